// What the business case page (/tools/business-case/) hands its island about the playbook: every
// failure pattern in reading order with its evidence (studies and surveys only, as the pattern's
// page lists them) and short citations, and the full citation of each source. Plain data: it
// crosses into the island as props.
import { citation, sourceCitation } from '../lib/build/cite.ts';
import { withBase } from '../lib/build/url.ts';
import { formatLongDate } from '../shared/format.ts';
import { isEvidence } from '../schemas/stats.ts';
import { getCitedStats, getFailuresInOrder, getSourcesWithStats } from './content.ts';

/** One failure pattern as the business case offers it. */
export interface CasePatternData {
  id: string;
  title: string;
  summary: string;
  href: string;
  stats: { value: string; claim: string; cite: string; source: string }[];
}

/** Every pattern with its evidence, and each source's full citation by id. */
export async function getCaseEvidence(): Promise<{ patterns: CasePatternData[]; sources: Record<string, string> }> {
  const [failures, sources] = await Promise.all([getFailuresInOrder(), getSourcesWithStats()]);
  const date = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`), 'en-GB');
  const patterns = await Promise.all(
    failures.map(async (f): Promise<CasePatternData> => {
      const cited = (await getCitedStats(f.data.stats)).filter((s) => isEvidence(s.stat.kind));
      return {
        id: f.id,
        title: f.data.title,
        summary: f.data.summary,
        href: withBase(`/failures/${f.id}/`),
        stats: cited.map((s) => ({ value: s.stat.value, claim: s.stat.claim, cite: citation(s.stat, s.source.data), source: s.source.id })),
      };
    }),
  );
  return { patterns, sources: Object.fromEntries(sources.map(({ source }) => [source.id, sourceCitation(source.data, date)])) };
}
