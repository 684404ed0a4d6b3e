// The team's picture at a glance: each dimension's mean, spread and range in the order of
// discussion, and how many say each pyramid level is met. The tables are also the accessible
// version of the strips. The pyramid table is shared with the team view.
import type { PyramidCount, WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import type { LevelInfo } from '../../data/assessment.ts';
import { formatNumber } from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { formatScore } from './words.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

const sd = (x: number | null, locale: string, w: AssessmentWords) => (x === null ? w.notScored : formatNumber(x, locale, 1));

/** "1 person", "3 people". */
export const peopleCount = (n: number, w: AssessmentWords) => fill(n === 1 ? w.personOne : w.personMany, { count: n });

export function DimensionSummaryTable({
  summary,
  locale,
  caption,
  w,
}: {
  summary: WorkshopSummary;
  locale: string;
  caption: string;
  w: AssessmentWords;
}) {
  return (
    <DataTable
      className="as-table"
      stack
      data-testid="workshop-table"
      caption={caption}
      columns={[w.dimension, w.people, w.mean, w.spread, w.range]}
      rows={[
        ...summary.dimensions.map((d) => ({
          key: d.id,
          attributes: { 'data-dimension': d.id, className: d.flagged ? 'as-flagged' : undefined },
          head: d.flagged ? fill(w.wsWideTitle, { title: d.title }) : d.title,
          cells: [
            d.n,
            formatScore(d.mean, locale, w),
            sd(d.sd, locale, w),
            d.min === null ? '' : `${formatScore(d.min, locale, w)}–${formatScore(d.max, locale, w)}`,
          ],
        })),
        {
          key: 'overall',
          attributes: { className: 'as-total' },
          head: w.overall,
          cells: [
            summary.overall.n,
            formatScore(summary.overall.mean, locale, w),
            sd(summary.overall.sd, locale, w),
            summary.overall.min === null
              ? ''
              : `${formatScore(summary.overall.min, locale, w)}–${formatScore(summary.overall.max, locale, w)}`,
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
  w: AssessmentWords;
}

/** How many people say each level is met: "yes" there and at every level below, and the answers themselves. */
export function PyramidCountTable({ pyramid, levels, people, dontKnow, w }: PyramidProps) {
  return (
    <DataTable
      className="as-table"
      stack
      data-testid="pyramid-counts"
      caption={fill(w.pyramidCounts, { people })}
      columns={[w.level, w.met, w.answerYes, w.answerNo, dontKnow, w.noAnswer]}
      labels={[w.metLabel, w.answerYes, w.answerNo, dontKnow, w.noAnswer]}
      rows={pyramid.map((p) => {
        const level = levels.find((l) => l.level === p.number);
        return {
          key: p.level,
          head: `${p.number}. ${level?.shortTitle ?? p.level}`,
          cells: [fill(w.metOf, { met: p.met, people }), p.yes, p.no, p.dontKnow, p.unanswered],
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
  w,
}: {
  summary: WorkshopSummary;
  locale: string;
  levels: LevelInfo[];
  dontKnow: string;
  w: AssessmentWords;
}) {
  if (summary.people === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="ws-overview-title">
      <h2 id="ws-overview-title">{w.wsGlance}</h2>
      <p data-testid="workshop-people">
        {fill(summary.overall.n > 1 ? w.wsPeopleSpread : w.wsPeopleOne, {
          people: peopleCount(summary.people, w),
          mean: formatScore(summary.overall.mean, locale, w),
          sd: sd(summary.overall.sd, locale, w),
          n: summary.overall.n,
        })}
      </p>
      <DimensionSummaryTable summary={summary} locale={locale} caption={w.wsGlanceCaption} w={w} />
      <p>{w.wsPyramidNote}</p>
      <PyramidCountTable pyramid={summary.pyramid} levels={levels} people={summary.people} dontKnow={dontKnow} w={w} />
    </section>
  );
}
