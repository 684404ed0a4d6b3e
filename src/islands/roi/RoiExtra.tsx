// ROI's own part of the shared calculator (CalculatorDefinition.extra), after the scenarios: the
// button that opens the ranges, risk adjustments and seed, and the simulation's results. It is small
// and loads the real code with import() when it is needed, so the page's first download leaves it out.
import { lazy, Suspense, useState } from 'react';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import type { RoiWords } from '../../calculators/roi/words.ts';
import { roiRanges, type RoiInput } from '../../calculators/roi/fields.ts';
import type { ExtraProps } from '../calculator/types.ts';

type Props = ExtraProps<RoiInput, RoiResult>;

const Panel = lazy(() => import('./RoiRangesPanel.tsx'));
const Simulation = lazy(() => import('./RoiSimulation.tsx'));

/** The inputs that are not used while they hold these texts (the form's defaults). */
const UNUSED: Record<string, string> = { ranges: '', riskRetention: '0', riskSpend: '0', riskDeflection: '0' };

/** Whether the typed inputs use a range or a risk adjustment (then the panel opens by itself, e.g. from a share link). */
const inUse = (raw: Readonly<Record<string, string>>) => Object.entries(UNUSED).some(([key, unused]) => (raw[key] ?? unused) !== unused);

/** The section "Ranges and risk": the panel behind a button, then the simulation when some driver has a range. */
export function RoiExtra(props: Props) {
  const { id, calc } = props;
  // The section's words from `tools.roi.*` of the page's language (the panel and the simulation read the same prop).
  const w = props.content.toolWords as RoiWords;
  const [asked, setAsked] = useState<boolean | null>(null);
  const open = asked ?? inUse(calc.raw);
  const panelId = `${id}-uncertainty`;
  return (
    <section className="calc-data roi-uncertainty" aria-labelledby={`${id}-uncertainty-title`}>
      <h2 id={`${id}-uncertainty-title`}>{w.extraTitle}</h2>
      <p className="calc-help">{w.extraHelp}</p>
      <button
        type="button"
        className="calc-button secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setAsked(!open)}
      >
        {open ? w.extraHide : w.extraShow}
      </button>
      {open ? (
        <div id={panelId}>
          <Suspense fallback={<p className="calc-help">{w.extraLoading}</p>}>
            <Panel {...props} />
          </Suspense>
        </div>
      ) : null}
      {calc.hydrated && roiRanges(calc.input).length ? (
        <Suspense fallback={null}>
          <Simulation {...props} />
        </Suspense>
      ) : null}
    </section>
  );
}
