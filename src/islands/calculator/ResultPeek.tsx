import type { MouseEvent } from 'react';
import { fillWords as fill } from '../../calculators/shared/words.ts';
import type { ResultItem } from './types.ts';

/**
 * Moves to an in-page target without writing its id into the URL fragment (the fragment holds the
 * reader's numbers once they change one); the plain link still works before hydration and without JS.
 */
export function jumpTo(e: MouseEvent<HTMLAnchorElement>, target: string): void {
  const el = document.getElementById(target);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/**
 * The headline results (the `emphasis` items) in a bar kept at the bottom of a narrow screen while the
 * form scrolls past (CSS hides it where the results sit beside the form, and in print). Not a live
 * region: the calculator's polite announcement already speaks the results once typing pauses.
 */
export function ResultPeek({
  items,
  resultsId,
  stale,
  label,
  staleLabel,
}: {
  items: ResultItem[];
  resultsId: string;
  stale: boolean;
  label: string;
  /** A result's label while an input has a problem, `{label}` filled (the calculator's `stalePeek`). */
  staleLabel: string;
}) {
  const key = items.filter((item) => item.emphasis).slice(0, 2);
  const shown = key.length ? key : items.slice(0, 1);
  return (
    <div className="calc-peek" data-peek="">
      <dl className="calc-peek-list">
        {shown.map((item) => (
          <div key={item.id} className="calc-peek-item" data-peek-result={item.id}>
            <dt>{stale ? fill(staleLabel, { label: item.label }) : item.label}</dt>
            <dd className="calc-peek-value">{item.value}</dd>
          </div>
        ))}
      </dl>
      <a className="calc-peek-link" href={`#${resultsId}`} onClick={(e) => jumpTo(e, resultsId)}>
        {label}
      </a>
    </div>
  );
}
