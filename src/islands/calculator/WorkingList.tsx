import type { WorkingStep } from './types.ts';

/** "Show the working": a disclosure listing each formula, then with the reader's numbers, then the result. */
export function WorkingList({ steps, open }: { steps: WorkingStep[]; open?: boolean }) {
  return (
    <details className="calc-working" open={open}>
      <summary>Show the working</summary>
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
    </details>
  );
}
