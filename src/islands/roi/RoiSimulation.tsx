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
import type { RoiWords } from '../../calculators/roi/words.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import { simulationChancesIn, simulationChartIn, simulationRowsIn, simulationTableIn } from './roi-simulation-text.ts';

export default function RoiSimulation({ id, calc, content, register }: ExtraProps<RoiInput, RoiResult>) {
  const { input, fmt } = calc;
  // The words from `tools.roi.*` of the page's language; the worker answers with numbers only.
  const w = content.toolWords as RoiWords;
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
  const chart = useMemo(() => (sim ? simulationChartIn(w, sim, fmt) : null), [w, sim, fmt]);
  const table = simulationTableIn(w);
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
      <h3 id={title}>{w.simTitle}</h3>
      {failed ? <p className="calc-error">{w.simFailed}</p> : null}
      {sim ? (
        <>
          <p className="calc-help">{fillWords(w.simHelp, { draws: fmt.number(sim.draws, 0), seed: sim.seed })}</p>
          <ul className="roi-sim-chances">
            {simulationChancesIn(w, sim, fmt, input.horizon).map((c) => (
              <li key={c.key} data-sim={c.key}>
                {c.label}: <strong>{c.value}</strong>
              </li>
            ))}
          </ul>
          <div
            className="calc-table-scroll"
            tabIndex={0}
            role="region"
            aria-label={fillWords(content.words.table, { title: table.caption })}
          >
            <DataTable
              data-table="roi-simulation"
              caption={table.caption}
              columns={table.columns}
              rows={simulationRowsIn(w, sim, fmt, input.horizon)}
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
        <p className="calc-help">{w.simRunning}</p>
      )}
    </div>
  );
}
