// The ROI simulation's results: loaded when some driver has a range. The draws run in a Web Worker
// (./roi-worker.ts), so typing never waits for them; a newer run's answer replaces an older one,
// and an answer for inputs already changed is dropped.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import type { RoiInput } from '../../calculators/roi/fields.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { ChartFigure } from '../calculator/ChartFigure.tsx';
import type { ExtraProps } from '../calculator/types.ts';
import './roi.css';
import type { SimulationAnswer, SimulationRequest } from './roi-worker.ts';
import { SIMULATION_TABLE, simulationChances, simulationChart, simulationRows } from './roi-simulation-text.ts';

export default function RoiSimulation({ id, calc, content, register }: ExtraProps<RoiInput, RoiResult>) {
  const { input, fmt } = calc;
  const [answer, setAnswer] = useState<SimulationAnswer | null>(null);
  const [pending, setPending] = useState(true);
  const [failed, setFailed] = useState(false);
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);
  const key = JSON.stringify(input);

  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    if (!worker.current) {
      try {
        const w = new Worker(new URL('./roi-worker.ts', import.meta.url), { type: 'module', name: 'roi-simulation' });
        w.onmessage = (e: MessageEvent<SimulationAnswer>) => {
          if (e.data.run !== run.current) return;
          setAnswer(e.data);
          setPending(false);
        };
        w.onerror = () => setFailed(true);
        worker.current = w;
      } catch {
        setFailed(true);
        return;
      }
    }
    run.current += 1;
    setPending(true);
    worker.current.postMessage({ run: run.current, input } satisfies SimulationRequest);
    // The inputs' content decides a new run, not their object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const sim = answer?.simulation;
  const chart = useMemo(() => (sim ? simulationChart(sim, fmt) : null), [sim, fmt]);
  const title = `${id}-simulation-title`;

  return (
    <div
      className="roi-simulation"
      role="region"
      aria-labelledby={title}
      aria-busy={pending}
      data-simulation={pending ? 'running' : 'ready'}
      data-seed={sim?.seed}
      data-simulation-ms={answer ? answer.ms.toFixed(1) : undefined}
    >
      <h3 id={title}>Range of outcomes</h3>
      {failed ? (
        <p className="calc-error">
          The simulation could not run in this browser: it needs Web Workers. The figures above do not depend on it.
        </p>
      ) : null}
      {sim ? (
        <>
          <p className="calc-help">
            {fmt.number(sim.draws, 0)} cases, each drawing every driver you gave a range from a triangular distribution (low, most likely,
            high), with seed {sim.seed}; every other input as in the form, risk adjustments included. P10 is the value one case in ten falls
            below; P90 the value one in ten rises above.
          </p>
          <ul className="roi-sim-chances">
            {simulationChances(sim, fmt, input.horizon).map((c) => (
              <li key={c.key} data-sim={c.key}>
                {c.label}: <strong>{c.value}</strong>
              </li>
            ))}
          </ul>
          <div className="calc-table-scroll" tabIndex={0} role="region" aria-label={`Table: ${SIMULATION_TABLE.caption}`}>
            <DataTable
              data-table="roi-simulation"
              caption={SIMULATION_TABLE.caption}
              columns={[...SIMULATION_TABLE.columns]}
              rows={simulationRows(sim, fmt, input.horizon)}
            />
          </div>
          {chart ? (
            <ChartFigure
              spec={chart}
              idPrefix={`${id}-${chart.id}`}
              format={(v) => fmt.number(v, 0)}
              formatAxis={(v) => fmt.number(v, 0)}
              register={register}
              words={content.words}
            />
          ) : null}
        </>
      ) : failed ? null : (
        <p className="calc-help">Drawing the cases…</p>
      )}
    </div>
  );
}
