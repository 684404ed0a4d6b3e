// The radar chart of dimension scores, with the same figures in a table beside it for readers who
// cannot see it. chart.js is fetched only when the chart comes into view; once drawn, the chart
// can be saved as a slide-sized PNG (light theme, title, units and source line), or copied where
// the browser can copy images, like the calculators' charts.
import { useEffect, useRef, useState } from 'react';
import type { RadarData, RadarHandle, RadarSlideText, exportRadar } from './radar-draw.ts';
import { canCopyImage } from '../shared/clipboard.ts';
import type { AssessmentContent } from '../../data/assessment.ts';

interface Props {
  data: RadarData;
  /** Accessible name of the picture. */
  label: string;
  /** What the slide image says besides the chart. */
  slide: RadarSlideText;
  /** The PNG buttons and what they report, in the page's language. */
  words: AssessmentContent['chartWords'];
}

export function RadarChart({ data, label, slide, words }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<RadarHandle | null>(null);
  const chartCode = useRef<{ exportRadar: typeof exportRadar } | null>(null);
  const latest = useRef({ data, slide });
  latest.current = { data, slide };
  const [visible, setVisible] = useState(false);
  const [ready, setReady] = useState(false);
  const [copyable, setCopyable] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') return setVisible(true);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          io.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    import('./radar-draw.ts').then((m) => {
      if (cancelled || !canvas.current) return;
      chartCode.current = m;
      handle.current = m.drawRadar(canvas.current, latest.current.data);
      box.current?.setAttribute('data-ready', 'true');
      setReady(true);
    });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [visible]);

  useEffect(() => {
    handle.current?.update(data);
  }, [data]);
  useEffect(() => setCopyable(canCopyImage()), []);

  const exportAs = (how: 'download' | 'copy') => {
    void chartCode.current?.exportRadar(latest.current.data, latest.current.slide, how, words).then(setSaved);
  };

  return (
    <div className="as-radar-figure">
      <div className="as-radar" ref={box}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      {ready && (
        <div className="as-chart-export">
          <button type="button" className="button secondary" onClick={() => exportAs('download')}>
            {words.pngDownload}
            <span className="visually-hidden">: {slide.title}</span>
          </button>
          {copyable && (
            <button type="button" className="button secondary" onClick={() => exportAs('copy')}>
              {words.pngCopy}
              <span className="visually-hidden">: {slide.title}</span>
            </button>
          )}
          <p className="as-status" role="status">
            {saved}
          </p>
        </div>
      )}
    </div>
  );
}
