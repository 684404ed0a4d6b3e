// The comments, readable filtered by the respondent's NPS group: the first ones kept by the
// aggregation, listed with their row number. Comment text is the reader's own data, shown as text.
import { useState } from 'react';
import { MAX_COMMENTS_KEPT, type KeptComment, type NpsGroup } from '../../calculators/survey/aggregate.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import { formatNumber } from '../../shared/format.ts';

/** How many comments are listed at once. */
const SHOWN = 50;

/** Each filter and its name's key in the words. */
const FILTERS: readonly [NpsGroup | 'all', keyof SurveyWords][] = [
  ['all', 'commentsAll'],
  ['promoter', 'commentsPromoters'],
  ['passive', 'commentsPassives'],
  ['detractor', 'commentsDetractors'],
];

interface Props {
  comments: readonly KeptComment[];
  total: number;
  locale: string;
  /** The page's words (`survey.*`). */
  words: SurveyWords;
}

export function CommentsView({ comments, total, locale, words: w }: Props) {
  const [filter, setFilter] = useState<NpsGroup | 'all'>('all');
  const matching = filter === 'all' ? comments : comments.filter((c) => c.group === filter);
  const count = (x: number) => formatNumber(x, locale, 0);
  return (
    <section className="survey-comments" aria-labelledby="survey-comments-heading">
      <h3 id="survey-comments-heading">{w.commentsHeading}</h3>
      <label className="survey-select">
        {w.commentsShow}
        <select value={filter} onChange={(e) => setFilter(e.target.value as NpsGroup | 'all')}>
          {FILTERS.map(([value, label]) => (
            <option key={value} value={value}>
              {w[label]}
            </option>
          ))}
        </select>
      </label>
      <p data-testid="survey-comments-count">
        {fillWords(matching.length > SHOWN ? w.commentsFirst : w.commentsCount, { shown: count(SHOWN), count: count(matching.length) })}
        {total > comments.length ? fillWords(w.commentsKept, { kept: count(MAX_COMMENTS_KEPT), total: count(total) }) : ''}.
      </p>
      <ul className="survey-comment-list">
        {matching.slice(0, SHOWN).map((c) => (
          <li key={c.row}>
            <span className="survey-comment-row">{fillWords(w.commentRow, { row: count(c.row) })}</span> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
