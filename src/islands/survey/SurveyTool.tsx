// The survey import: pick, drop or paste an export; a worker reads it (rows read, cancel); the
// detected columns can be changed (and are remembered for files with the same headers); the
// results are tables with 95% intervals. The file never leaves the browser.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { SurveyTallies } from '../../calculators/survey/aggregate.ts';
import { hasScore, NO_SCORE_MESSAGE, type ColumnMapping } from '../../calculators/survey/columns.ts';
import { FORMAT_NAMES } from '../../calculators/survey/headers.ts';
import { CSV_HEADER, csvRows, type ResultView } from '../../calculators/survey/export.ts';
import type { Inspection } from '../../calculators/survey/read.ts';
import { csvFileName, toCsv } from '../../lib/browser/csv.ts';
import { formatNumber } from '../../shared/format.ts';
import { MappingEditor } from './MappingEditor.tsx';
import { readMapping, writeMapping } from './mapping-store.ts';
import { ResultsView } from './ResultsView.tsx';
import type { FromWorker, ToWorker } from './survey-messages.ts';
import './survey.css';
import { saveFile } from '../../lib/browser/download.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';

export interface SurveyToolProps {
  /** The site's locale, for numbers. */
  locale: string;
  /** The trend chart's words (the `calculator.*` strings). */
  chartWords: ChartWords;
}

type Phase = 'idle' | 'reading' | 'analysing' | 'done' | 'error' | 'cancelled';

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
  pasted: 'pasted text',
};
const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export default function SurveyTool({ locale, chartWords }: SurveyToolProps) {
  const worker = useRef<Worker | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [message, setMessage] = useState('');
  const [source, setSource] = useState('');
  const [inspection, setInspection] = useState<Inspection>();
  const [encoding, setEncoding] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [remembered, setRemembered] = useState(false);
  const [tallies, setTallies] = useState<SurveyTallies>();
  const [rowsRead, setRowsRead] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    setHydrated(true);
    return () => worker.current?.terminate();
  }, []);

  const analyse = (m: ColumnMapping) => {
    setMapping(m);
    setTallies(undefined);
    if (!hasScore(m)) {
      setPhase('error');
      setMessage(NO_SCORE_MESSAGE);
      return;
    }
    setPhase('analysing');
    setRowsRead(0);
    worker.current?.postMessage({ type: 'analyse', mapping: m } satisfies ToWorker);
  };

  const start = (load: ToWorker, name: string) => {
    worker.current?.terminate();
    const w = new Worker(new URL('./survey-worker.ts', import.meta.url), { type: 'module', name: 'survey' });
    worker.current = w;
    setSource(name);
    setInspection(undefined);
    setMapping(undefined);
    setTallies(undefined);
    setMessage('');
    setRowsRead(0);
    setPhase('reading');
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'error') {
        setPhase('error');
        setMessage(m.message);
      } else if (m.type === 'inspected') {
        setInspection(m.inspection);
        setEncoding(m.encoding);
        const stored = readMapping(m.inspection.header.labels);
        setRemembered(stored !== null);
        analyse(stored ?? m.inspection.mapping);
      } else if (m.type === 'progress') setRowsRead(m.rowsRead);
      else {
        setRowsRead(m.rowsRead);
        setTallies(m.tallies);
        setPhase('done');
      }
    };
    w.postMessage(load);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setPhase('cancelled');
    setMessage('Reading cancelled. Choose the file again to start over.');
  };

  const changeMapping = (m: ColumnMapping) => {
    if (inspection) writeMapping(inspection.header.labels, m);
    setRemembered(false);
    analyse(m);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) start({ type: 'load', file }, file.name);
  };

  const exportResults = (views: ResultView[], format: 'csv' | 'json') => {
    if (format === 'csv') saveFile(csvFileName('survey'), toCsv([[...CSV_HEADER], ...csvRows(views)]), 'text/csv');
    else {
      const json = { tool: 'survey', file: source, used: tallies?.used, excluded: tallies?.excluded, views };
      saveFile(csvFileName('survey').replace(/\.csv$/, '.json'), JSON.stringify(json, null, 2), 'application/json');
    }
  };

  const busy = phase === 'reading' || phase === 'analysing';
  return (
    <div className="survey" data-tool="survey" data-hydrated={hydrated ? 'true' : undefined} data-phase={phase}>
      <section className="survey-import" aria-labelledby="survey-import-heading">
        <h2 id="survey-import-heading">Import responses</h2>
        <div
          className={`survey-drop${dragging ? ' is-dragging' : ''}`}
          data-testid="survey-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="survey-file">Choose a CSV or TSV export, or drop it here</label>
          <input
            id="survey-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            disabled={!hydrated}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) start({ type: 'load', file }, file.name);
              e.target.value = '';
            }}
          />
          <p className="survey-hint">Qualtrics, SurveyMonkey, Typeform, Google Forms or any CSV with a header row.</p>
        </div>
        <details className="survey-paste">
          <summary>Or paste the rows</summary>
          <label htmlFor="survey-pasted">Rows copied from a spreadsheet or CSV, header first</label>
          <textarea id="survey-pasted" rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <button
            type="button"
            className="button"
            disabled={!hydrated || pasted.trim() === ''}
            onClick={() => start({ type: 'load', text: pasted }, 'pasted rows')}
          >
            Analyse pasted rows
          </button>
        </details>
      </section>

      <div className="survey-status" role="status" aria-live="polite">
        {busy ? (
          <div className="survey-progress">
            <label htmlFor="survey-progress">
              {phase === 'reading' ? `Reading ${source}…` : `Analysing ${source}: ${formatNumber(rowsRead, locale, 0)} rows read`}
            </label>
            <progress id="survey-progress" aria-valuetext={`${formatNumber(rowsRead, locale, 0)} rows read`} />
            <button type="button" className="button secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        ) : null}
        {phase === 'done' && tallies ? `Read ${formatNumber(rowsRead, locale, 0)} rows of ${source}.` : null}
      </div>
      {message ? (
        <p className="survey-error" role="alert" data-testid="survey-message">
          {message}
        </p>
      ) : null}

      {inspection && mapping ? (
        <MappingEditor
          inspection={inspection}
          mapping={mapping}
          description={`${FORMAT_NAMES[inspection.header.format]}, ${SEPARATORS[inspection.delimiter] ?? 'other'} separated, ${ENCODING_NAMES[encoding] ?? encoding}.`}
          remembered={remembered}
          disabled={busy}
          onChange={changeMapping}
        />
      ) : null}

      {phase === 'done' && tallies && mapping && inspection ? (
        <ResultsView
          tallies={tallies}
          mapping={mapping}
          labels={inspection.header.labels}
          locale={locale}
          onExport={exportResults}
          chartWords={chartWords}
        />
      ) : null}
    </div>
  );
}
