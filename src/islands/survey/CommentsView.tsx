// The comments, readable filtered by the respondent's NPS group: the first ones kept by the
// aggregation, listed with their row number. Comment text is the reader's own data, shown as text.
import { useState } from 'react';
import { MAX_COMMENTS_KEPT, type KeptComment, type NpsGroup } from '../../calculators/survey/aggregate.ts';
import { formatNumber } from '../../shared/format.ts';

/** How many comments are listed at once. */
const SHOWN = 50;

const FILTERS: readonly [NpsGroup | 'all', string][] = [
  ['all', 'All comments'],
  ['promoter', 'Promoters (9-10)'],
  ['passive', 'Passives (7-8)'],
  ['detractor', 'Detractors (0-6)'],
];

export function CommentsView({ comments, total, locale }: { comments: readonly KeptComment[]; total: number; locale: string }) {
  const [filter, setFilter] = useState<NpsGroup | 'all'>('all');
  const matching = filter === 'all' ? comments : comments.filter((c) => c.group === filter);
  const count = (x: number) => formatNumber(x, locale, 0);
  return (
    <section className="survey-comments" aria-labelledby="survey-comments-heading">
      <h3 id="survey-comments-heading">Comments</h3>
      <label className="survey-select">
        Show
        <select value={filter} onChange={(e) => setFilter(e.target.value as NpsGroup | 'all')}>
          {FILTERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p data-testid="survey-comments-count">
        {matching.length > SHOWN ? `The first ${SHOWN} of ${count(matching.length)} comments` : `${count(matching.length)} comments`}
        {total > comments.length ? ` (of the first ${count(MAX_COMMENTS_KEPT)} of ${count(total)} in the file)` : ''}.
      </p>
      <ul className="survey-comment-list">
        {matching.slice(0, SHOWN).map((c) => (
          <li key={c.row}>
            <span className="survey-comment-row">Row {count(c.row)}:</span> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
