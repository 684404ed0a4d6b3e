// The drivers' quadrant chart: chart.js (drivers-draw.ts) is fetched only when the chart comes near
// the view, or when the report is printed; the drivers table beside it is its text alternative.
// Once drawn, it can be saved as a slide-sized PNG or copied, like the other charts.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuadrantChart } from '../../calculators/survey/quadrant.ts';
import { canCopyImage } from '../shared/clipboard.ts';
import { useNearView } from '../shared/use-near-view.ts';
import type { DriversHandle, exportDrivers } from './drivers-draw.ts';

interface Props {
  data: QuadrantChart;
  title: string;
  format: (x: number) => string;
  /** Registers a function that draws the chart now (printing calls it); returns the unregister. */
  register: (load: () => Promise<void>) => () => void;
}

type Phase = 'waiting' | 'loading' | 'ready' | 'failed';

export function DriversChart({ data, title, format, register }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<DriversHandle | null>(null);
  const code = useRef<{ exportDrivers: typeof exportDrivers } | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  const latest = useRef({ data, format });
  latest.current = { data, format };
  const [near, nearRef] = useNearView<HTMLDivElement>();
  const [phase, setPhase] = useState<Phase>('waiting');
  const [copyable, setCopyable] = useState(false);
  const [saved, setSaved] = useState('');

  const load = useCallback(() => {
    pending.current ??= import('./drivers-draw.ts')
      .then((m) => {
        if (!canvas.current) return;
        code.current = m;
        handle.current = m.drawDrivers(canvas.current, latest.current.data, latest.current.format);
        setPhase('ready');
      })
      .catch(() => setPhase('failed'));
    setPhase((p) => (p === 'waiting' ? 'loading' : p));
    return pending.current;
  }, []);

  useEffect(() => {
    if (near) void load();
  }, [near, load]);
  useEffect(() => register(load), [register, load]);
  useEffect(() => handle.current?.update(data), [data]);
  useEffect(() => setCopyable(canCopyImage()), []);
  useEffect(
    () => () => {
      handle.current?.destroy();
      handle.current = null;
    },
    [],
  );

  const exportAs = (how: 'download' | 'copy') =>
    void code.current?.exportDrivers(latest.current.data, latest.current.format, title, how).then(setSaved);

  return (
    <figure className="survey-quadrant" data-chart="survey-drivers-quadrant" data-chart-state={phase}>
      <figcaption className="calc-figure-title">{title}</figcaption>
      <p className="calc-figure-summary">{data.summary}</p>
      <div ref={nearRef} className="survey-quadrant-canvas">
        <canvas ref={canvas} role="img" aria-label={`Chart: ${title}. ${data.summary} The numbers are in the drivers table.`}>
          {data.summary}
        </canvas>
        {phase === 'failed' ? <p>The chart could not be drawn; the table has the same numbers.</p> : null}
      </div>
      {phase === 'ready' ? (
        <div className="calc-chart-export">
          <button type="button" className="button secondary" onClick={() => exportAs('download')}>
            Download PNG<span className="visually-hidden">: {title}</span>
          </button>
          {copyable ? (
            <button type="button" className="button secondary" onClick={() => exportAs('copy')}>
              Copy image<span className="visually-hidden">: {title}</span>
            </button>
          ) : null}
          <p className="calc-chart-export-status" role="status">
            {saved}
          </p>
        </div>
      ) : null}
    </figure>
  );
}
