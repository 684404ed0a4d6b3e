import { useEffect, useState } from 'react';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import { canCopyImage } from '../shared/clipboard.ts';
import { exportSlide } from './chart-render.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';

/** Props of a drawn chart's export buttons. */
export interface ChartExportProps {
  spec: ChartSpec;
  format: (value: number) => string;
  formatAxis: (value: number) => string;
  /** The page's words for the buttons, the status line and the slide. */
  words: ChartWords;
}

/**
 * "Download PNG" (and "Copy image" where the browser can copy images): the chart as a
 * slide-sized, light-theme PNG with its title, units and source line (issue 14). Loaded with the
 * chart's code, once the chart is drawn.
 */
export default function ChartExport({ spec, format, formatAxis, words }: ChartExportProps) {
  const [copyable, setCopyable] = useState(false);
  const [saved, setSaved] = useState('');
  useEffect(() => setCopyable(canCopyImage()), []);
  const exportAs = (how: 'download' | 'copy') => void exportSlide(spec, format, formatAxis, how, words).then(setSaved);
  return (
    <div className="calc-chart-export">
      <button type="button" className="calc-button secondary" onClick={() => exportAs('download')}>
        {words.pngDownload}
        <span className="visually-hidden">: {spec.title}</span>
      </button>
      {copyable ? (
        <button type="button" className="calc-button secondary" onClick={() => exportAs('copy')}>
          {words.pngCopy}
          <span className="visually-hidden">: {spec.title}</span>
        </button>
      ) : null}
      <p className="calc-chart-export-status" role="status">
        {saved}
      </p>
    </div>
  );
}
