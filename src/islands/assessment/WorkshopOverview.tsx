// The team's picture at a glance: each dimension's mean, spread and range in the order of
// discussion, and how many say each pyramid level is met. The tables are also the accessible
// version of the strips. The pyramid table is shared with the team view.
import type { PyramidCount, WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import type { LevelInfo } from '../../data/assessment.ts';
import { formatNumber } from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { formatScore } from './words.ts';

const sd = (x: number | null, locale: string) => (x === null ? 'not scored' : formatNumber(x, locale, 1));

export function DimensionSummaryTable({ summary, locale, caption }: { summary: WorkshopSummary; locale: string; caption: string }) {
  return (
    <DataTable
      className="as-table"
      stack
      data-testid="workshop-table"
      caption={caption}
      columns={['Dimension', 'People', 'Mean', 'Spread', 'Range']}
      rows={[
        ...summary.dimensions.map((d) => ({
          key: d.id,
          attributes: { 'data-dimension': d.id, className: d.flagged ? 'as-flagged' : undefined },
          head: d.flagged ? `${d.title} (wide disagreement)` : d.title,
          cells: [
            d.n,
            formatScore(d.mean, locale),
            sd(d.sd, locale),
            d.min === null ? '' : `${formatScore(d.min, locale)}–${formatScore(d.max, locale)}`,
          ],
        })),
        {
          key: 'overall',
          attributes: { className: 'as-total' },
          head: 'Overall',
          cells: [
            summary.overall.n,
            formatScore(summary.overall.mean, locale),
            sd(summary.overall.sd, locale),
            summary.overall.min === null ? '' : `${formatScore(summary.overall.min, locale)}–${formatScore(summary.overall.max, locale)}`,
          ],
        },
      ]}
    />
  );
}

interface PyramidProps {
  pyramid: PyramidCount[];
  levels: LevelInfo[];
  people: number;
  dontKnow: string;
}

/** How many people say each level is met: "yes" there and at every level below, and the answers themselves. */
export function PyramidCountTable({ pyramid, levels, people, dontKnow }: PyramidProps) {
  return (
    <DataTable
      className="as-table"
      stack
      data-testid="pyramid-counts"
      caption={`The CX pyramid: how many of the ${people} say each level is met`}
      columns={['Level', 'Met', 'Yes', 'No', dontKnow, 'No answer']}
      labels={['Met (yes here and below)', 'Yes', 'No', dontKnow, 'No answer']}
      rows={pyramid.map((p) => {
        const level = levels.find((l) => l.level === p.number);
        return {
          key: p.level,
          head: `${p.number}. ${level?.shortTitle ?? p.level}`,
          cells: [`${p.met} of ${people}`, p.yes, p.no, p.dontKnow, p.unanswered],
        };
      })}
    />
  );
}

export function WorkshopOverview({
  summary,
  locale,
  levels,
  dontKnow,
}: {
  summary: WorkshopSummary;
  locale: string;
  levels: LevelInfo[];
  dontKnow: string;
}) {
  if (summary.people === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="ws-overview-title">
      <h2 id="ws-overview-title">The team at a glance</h2>
      <p data-testid="workshop-people">
        {summary.people} {summary.people === 1 ? 'person' : 'people'}. Overall: mean {formatScore(summary.overall.mean, locale)}
        {summary.overall.n > 1 ? `, spread ${sd(summary.overall.sd, locale)}` : ''} ({summary.overall.n} whose overall score holds).
      </p>
      <DimensionSummaryTable summary={summary} locale={locale} caption="Each dimension, widest disagreement first (points 0 to 100)" />
      <p>
        The pyramid counts a level as met for a person when they answered “yes” to it and to every level below; “Yes” counts every “yes”,
        met or not.
      </p>
      <PyramidCountTable pyramid={summary.pyramid} levels={levels} people={summary.people} dontKnow={dontKnow} />
    </section>
  );
}
