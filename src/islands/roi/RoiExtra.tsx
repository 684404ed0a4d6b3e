// ROI's own parts of the shared calculator (CalculatorDefinition.extra): the button that opens the
// ranges and risk adjustments, and the place of the simulation's results. Both are small and load
// their real code with import() when it is needed, so the page's first download leaves it out.
import { lazy, Suspense, useState } from 'react';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import { roiRanges, type RoiInput } from '../../calculators/roi/fields.ts';
import type { ExtraProps } from '../calculator/types.ts';

type Props = ExtraProps<RoiInput, RoiResult>;

const Panel = lazy(() => import('./RoiRangesPanel.tsx'));
const Simulation = lazy(() => import('./RoiSimulation.tsx'));

/** The inputs that are not used while they hold these texts (the form's defaults). */
const UNUSED: Record<string, string> = { ranges: '', riskRetention: '0', riskSpend: '0', riskDeflection: '0' };

/** Whether the typed inputs use a range or a risk adjustment (then the panel opens by itself, e.g. from a share link). */
const inUse = (raw: Readonly<Record<string, string>>) => Object.entries(UNUSED).some(([key, unused]) => (raw[key] ?? unused) !== unused);

/** The disclosure of the ranges, risk adjustments and seed, at the end of the form. */
export function RoiRangesSlot(props: Props) {
  const [asked, setAsked] = useState<boolean | null>(null);
  const open = asked ?? inUse(props.calc.raw);
  const panelId = `${props.id}-uncertainty`;
  return (
    <div className="roi-uncertainty">
      <button
        type="button"
        className="calc-button secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setAsked(!open)}
      >
        {open ? 'Hide ranges and risk adjustments' : 'Add ranges and risk adjustments'}
      </button>
      {open ? (
        <div id={panelId}>
          <Suspense fallback={<p className="calc-help">Loading the ranges…</p>}>
            <Panel {...props} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}

/** The simulation's results, after the scenarios: only when some driver has a range. */
export function RoiSimulationSlot(props: Props) {
  if (!props.calc.hydrated || roiRanges(props.calc.input).length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Simulation {...props} />
    </Suspense>
  );
}
