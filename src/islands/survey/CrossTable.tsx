// Two segment columns at once: a table with the values of one down the side and of the other
// across, each cell the first mapped score of the responses in both, with its count.
import { useState } from 'react';
import { crossKey, MAX_CROSSED_SEGMENTS, type SurveyTallies } from '../../calculators/survey/aggregate.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import { scoreGroup } from '../../calculators/survey/results.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
import { formatNumber } from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface Props {
  tallies: SurveyTallies;
  mapping: ColumnMapping;
  labels: readonly string[];
  /** The segment column chosen above, down the side. */
  column: number;
  locale: string;
  /** The page's words (`survey.*`), and the `table` label of its chart words. */
  words: SurveyWords;
  table: ChartWords['table'];
}

export function CrossTable({ tallies, mapping, labels, column, locale, words: w, table }: Props) {
  const crossable = [...mapping.segments].sort((a, b) => a - b).slice(0, MAX_CROSSED_SEGMENTS);
  const others = crossable.includes(column) ? crossable.filter((c) => c !== column) : [];
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  if (others.length === 0) return null;
  const across = chosen !== undefined && others.includes(chosen) ? chosen : undefined;
  const entries = across === undefined ? [] : (tallies.crossed[crossKey(column, across)] ?? []);
  // Entries hold the lower-numbered column's value first.
  const pair = (e: (typeof entries)[number]) => (column < across! ? [e[0], e[1]] : [e[1], e[0]]);
  const rows = [...new Set(entries.map((e) => pair(e)[0]!))];
  const cols = [...new Set(entries.map((e) => pair(e)[1]!))];
  const measure = mapping.nps !== undefined ? w.crossNps : mapping.csat !== undefined ? w.crossCsat : w.crossCes;
  const cell = (r: string, c: string) => {
    const e = entries.find((x) => pair(x)[0] === r && pair(x)[1] === c);
    if (!e) return w.crossNoResponses;
    const g = scoreGroup(`${r} / ${c}`, e[2]);
    const est = mapping.nps !== undefined ? g.nps : mapping.csat !== undefined ? g.csat : g.cesShare;
    const n = est?.responses ?? 0;
    if (!est) return w.noAnswers;
    const answers = fillWords(n === 1 ? w.crossAnswer : w.crossAnswers, { count: formatNumber(n, locale, 0) });
    return fillWords(w.crossCell, {
      score: formatNumber(est.score, locale, 1),
      answers: n < MIN_RESPONSES ? fillWords(w.crossTooFew, { answers }) : answers,
    });
  };
  const caption = across === undefined ? '' : fillWords(w.crossCaption, { measure, down: labels[column]!, across: labels[across]! });
  return (
    <div className="survey-cross">
      <label className="survey-select">
        {w.andAcross}
        <select value={across ?? ''} onChange={(e) => setChosen(e.target.value === '' ? undefined : Number(e.target.value))}>
          <option value="">{w.acrossNothing}</option>
          {others.map((c) => (
            <option key={c} value={c}>
              {labels[c]}
            </option>
          ))}
        </select>
      </label>
      {across !== undefined ? (
        <div className="survey-table calc-table-scroll" tabIndex={0} role="region" aria-label={fillWords(table, { title: caption })}>
          <DataTable
            caption={caption}
            columns={[labels[column], ...cols]}
            rows={rows.map((r) => ({ key: r, head: r, cells: cols.map((c) => cell(r, c)) }))}
          />
        </div>
      ) : null}
    </div>
  );
}
