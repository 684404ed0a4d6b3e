import type { ResultItem } from './types.ts';

/** The headline numbers as a description list; `emphasis` items are drawn larger. */
export function ResultList({ id, items }: { id: string; items: ResultItem[] }) {
  return (
    <dl className="calc-results-list" id={id}>
      {items.map((item) => (
        <div key={item.id} className={item.emphasis ? 'calc-result is-key' : 'calc-result'} data-result={item.id}>
          <dt>{item.label}</dt>
          <dd>
            <span className="calc-value">{item.value}</span>
            {item.note ? <span className="calc-note">{item.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
