// The radar chart of dimension scores, with the same figures in a table for readers who cannot
// see it. chart.js is fetched only when the chart comes into view.
import { useEffect, useRef, useState } from 'react';
import type { RadarData, RadarHandle } from './radar-draw.ts';

interface Props {
  data: RadarData;
  /** Accessible name of the picture. */
  label: string;
}

export function RadarChart({ data, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<RadarHandle | null>(null);
  const latest = useRef(data);
  latest.current = data;
  const [visible, setVisible] = useState(false);

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
    import('./radar-draw.ts').then(({ drawRadar }) => {
      if (cancelled || !canvas.current) return;
      handle.current = drawRadar(canvas.current, latest.current);
      box.current?.setAttribute('data-ready', 'true');
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

  return (
    <div className="as-radar" ref={box}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
