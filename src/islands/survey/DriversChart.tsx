// The drivers' quadrant chart: chart.js (drivers-draw.ts) is fetched only when the chart comes near
// the view, or when the report is printed; the drivers table beside it is its text alternative.
// Once drawn, it can be saved as a slide-sized PNG or copied, like the other charts.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuadrantChart } from '../../calculators/survey/quadrant.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
import { canCopyImage } from '../shared/clipboard.ts';
import { useNearView } from '../shared/use-near-view.ts';
import type { DriversHandle, exportDrivers } from './drivers-draw.ts';

interface Props {
  data: QuadrantChart;
  title: string;
  format: (x: number) => string;
  /** Registers a function that draws the chart now (printing calls it); returns the unregister. */
  register: (load: () => Promise<void>) => () => void;
  /** The page's words (`survey.quadrant*`) and chart words (`calculator.png*`). */
  words: SurveyWords;
  chartWords: ChartWords;
}

type Phase = 'waiting' | 'loading' | 'ready' | 'failed';

export function DriversChart({ data, title, format, register, words, chartWords }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<DriversHandle | null>(null);
  const code = useRef<{ exportDrivers: typeof exportDrivers } | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  const latest = useRef({ data, format, words });
  latest.current = { data, format, words };
  const [near, nearRef] = useNearView<HTMLDivElement>();
  const [phase, setPhase] = useState<Phase>('waiting');
  const [copyable, setCopyable] = useState(false);
  const [saved, setSaved] = useState('');

  const load = useCallback(() => {
    pending.current ??= import('./drivers-draw.ts')
      .then((m) => {
        if (!canvas.current) return;
        code.current = m;
        handle.current = m.drawDrivers(canvas.current, latest.current.data, latest.current.format, latest.current.words);
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
    void code.current?.exportDrivers(latest.current.data, latest.current.format, title, how, words, chartWords).then(setSaved);

  return (
    <figure className="survey-quadrant" data-chart="survey-drivers-quadrant" data-chart-state={phase}>
      <figcaption className="calc-figure-title">{title}</figcaption>
      <p className="calc-figure-summary">{data.summary}</p>
      <div ref={nearRef} className="survey-quadrant-canvas">
        <canvas ref={canvas} role="img" aria-label={fillWords(words.quadrantLabel, { title, summary: data.summary })}>
          {data.summary}
        </canvas>
        {phase === 'failed' ? <p>{words.quadrantFailed}</p> : null}
      </div>
      {phase === 'ready' ? (
        <div className="calc-chart-export">
          <button type="button" className="button secondary" onClick={() => exportAs('download')}>
            {chartWords.pngDownload}
            <span className="visually-hidden">: {title}</span>
          </button>
          {copyable ? (
            <button type="button" className="button secondary" onClick={() => exportAs('copy')}>
              {chartWords.pngCopy}
              <span className="visually-hidden">: {title}</span>
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
