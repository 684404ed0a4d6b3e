import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ViewContext, WorkingFn, WorkingStep } from './types.ts';
import type { CalculatorWords } from '../../lib/browser/calculator-words.ts';

/** "Show the working" as static HTML: each formula, then with the numbers, then the result. `summary`: its words in the page's language. */
export function WorkingList({ steps, open, summary }: { steps: WorkingStep[]; open?: boolean; summary: string }) {
  return (
    <details className="calc-working" open={open}>
      <summary>{summary}</summary>
      <WorkingSteps steps={steps} />
    </details>
  );
}

function WorkingSteps({ steps }: { steps: WorkingStep[] }) {
  return (
    <ol>
      {steps.map((step) => (
        <li key={step.label}>
          <p className="calc-working-label">{step.label}</p>
          <p>
            <code>{step.formula}</code>
          </p>
          <p>
            = <code>{step.substituted}</code>
          </p>
          <p>
            = <strong>{step.result}</strong>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Props of the calculator's working: how to load it, what to work out, and the print hook. */
export interface LazyWorkingProps<I, R> {
  /** The definition's `working` loader. */
  load: () => Promise<WorkingFn<I, R>>;
  /** The current inputs and result. */
  view: ViewContext<I, R>;
  /** Registers a loader that printing waits for (returns the unregister function). */
  register: (load: () => Promise<void>) => () => void;
  /** The calculator's words in the page's language. */
  words: Pick<CalculatorWords, 'working' | 'workingFailed' | 'workingLoading'>;
}

/**
 * "Show the working" in the calculator: its code loads the first time the reader opens it, or
 * before printing, so the page's first download leaves it out. Rendered only after hydration; the
 * page carries the defaults' working in <noscript> for readers without JavaScript.
 */
export function LazyWorking<I, R>({ load, view, register, words: w }: LazyWorkingProps<I, R>) {
  // The working function once loaded, or false when loading failed.
  const [working, setWorking] = useState<WorkingFn<I, R> | false | null>(null);
  // Resolves the promise of `ensure` once the steps are on the page, so print sees them.
  const shown = useRef<() => void>(null);
  useEffect(() => shown.current?.(), [working]);
  const ensure = useCallback(
    () =>
      working
        ? Promise.resolve()
        : load().then(
            (fn) => new Promise<void>((resolve) => ((shown.current = resolve), setWorking(() => fn))),
            () => setWorking(false),
          ),
    [load, working],
  );
  useEffect(() => register(ensure), [register, ensure]);
  const steps = useMemo(() => (working ? working(view) : null), [working, view]);
  return (
    <details className="calc-working" onToggle={(e) => e.currentTarget.open && void ensure()}>
      <summary>{w.working}</summary>
      {steps ? <WorkingSteps steps={steps} /> : <p role="status">{working === false ? w.workingFailed : w.workingLoading}</p>}
    </details>
  );
}
