// What the business case page (/tools/business-case/) hands its island about the playbook: every
// failure pattern in reading order with its evidence (studies and surveys only, as the pattern's
// page lists them) and short citations, in the page's language where translated, and the full
// citation of each source. Plain data: it crosses into the island as props.
import { citation, sourceCitation } from '../lib/build/cite.ts';
import { withBase } from '../lib/build/url.ts';
import { formatLongDate } from '../shared/format.ts';
import { isEvidence } from '../schemas/stats.ts';
import { getCitedStats, getFailuresInOrder, getSourcesWithStats } from './content.ts';
import { languages, localize, pageLanguage } from './i18n.ts';

/** One failure pattern as the business case offers it. */
export interface CasePatternData {
  id: string;
  title: string;
  summary: string;
  href: string;
  stats: { value: string; claim: string; cite: string; source: string; lang?: string }[];
  /** The default language's code when the pattern is not translated into the page's language. */
  lang?: string;
}

/**
 * Every pattern with its evidence, in the language `code` (the default when left out): a pattern's
 * title, summary and statistics from their translations, each with the default language's `lang`
 * where it has none (a pattern not translated stays in the default language as a whole); and each
 * source's full citation by id.
 */
export async function getCaseEvidence(
  code: string = languages.default.code,
): Promise<{ patterns: CasePatternData[]; sources: Record<string, string> }> {
  const [failures, sources] = await Promise.all([getFailuresInOrder(), getSourcesWithStats()]);
  const date = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`), 'en-GB');
  const patterns = await Promise.all(
    failures.map(async (f): Promise<CasePatternData> => {
      const local = await localize('failures', f, code);
      const textCode = local.fallback ? languages.default.code : code;
      const cited = (await getCitedStats(f.data.stats)).filter((s) => isEvidence(s.stat.kind));
      const stats = await Promise.all(
        cited.map(async (s) => {
          const stat = await localize('stats', s.entry, textCode);
          const { t } = pageLanguage(stat.lang.code);
          const words = { reportedBy: t('mdx.reportedBy'), quotedTitle: t('mdx.quotedTitle') };
          const { value, claim } = stat.entry.data;
          const lang = stat.lang.code !== code ? { lang: stat.lang.code } : {};
          return { value, claim, cite: citation(stat.entry.data, s.source.data, words), source: s.source.id, ...lang };
        }),
      );
      return {
        id: f.id,
        title: local.entry.data.title,
        summary: local.entry.data.summary,
        href: withBase(`/failures/${f.id}/`),
        stats,
        ...(local.fallback ? { lang: local.lang.code } : {}),
      };
    }),
  );
  return { patterns, sources: Object.fromEntries(sources.map(({ source }) => [source.id, sourceCitation(source.data, date)])) };
}
