// The survey import: pick, drop or paste an export; a worker reads it (rows read, cancel); the
// detected columns can be changed (and are remembered for files with the same headers); the
// results are tables with 95% intervals. The file never leaves the browser. Its words are the
// page's (`survey.*` and the chart words of `calculator.*`, as props).
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { SurveyTallies } from '../../calculators/survey/aggregate.ts';
import { hasScore, type ColumnMapping } from '../../calculators/survey/columns.ts';
import type { SurveyFormat } from '../../calculators/survey/headers.ts';
import { csvHeaderIn, csvRowsIn, type ResultView } from '../../calculators/survey/export.ts';
import type { Inspection } from '../../calculators/survey/read.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import { csvFileName, toCsv } from '../../lib/browser/csv.ts';
import { formatNumber } from '../../shared/format.ts';
import { MappingEditor } from './MappingEditor.tsx';
import { readMapping, writeMapping } from './mapping-store.ts';
import { ResultsView } from './ResultsView.tsx';
import type { FromWorker, ToWorker, WorkerProblem } from './survey-messages.ts';
import './survey.css';
import { saveFile } from '../../lib/browser/download.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';

export interface SurveyToolProps {
  /** The page's locale, for numbers. */
  locale: string;
  /** The charts' words (the `calculator.*` strings of the page's language). */
  chartWords: ChartWords;
  /** The tool's words (the `survey.*` strings of the page's language). */
  words: SurveyWords;
}

type Phase = 'idle' | 'reading' | 'analysing' | 'done' | 'error' | 'cancelled';

/** Each format's, encoding's and refusal's key in the words. */
const FORMATS: Record<SurveyFormat, keyof SurveyWords> = {
  qualtrics: 'formatQualtrics',
  surveymonkey: 'formatSurveymonkey',
  typeform: 'formatTypeform',
  'google-forms': 'formatGoogleForms',
  plain: 'formatPlain',
};
const ENCODINGS: Record<string, keyof SurveyWords> = {
  'utf-16le': 'encodingUtf16le',
  'utf-16be': 'encodingUtf16be',
  pasted: 'encodingPasted',
};
const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };
const SEPARATORS: Record<string, keyof SurveyWords> = { ',': 'separatorComma', ';': 'separatorSemicolon', '\t': 'separatorTab' };
const PROBLEMS: Record<WorkerProblem, keyof SurveyWords> = {
  empty: 'fileEmpty',
  xlsx: 'fileXlsx',
  xls: 'fileXls',
  pdf: 'filePdf',
  noResponses: 'noResponses',
  unreadable: 'fileUnreadable',
};

export default function SurveyTool({ locale, chartWords, words: w }: SurveyToolProps) {
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
      setMessage(w.noScore);
      return;
    }
    setPhase('analysing');
    setRowsRead(0);
    worker.current?.postMessage({ type: 'analyse', mapping: m } satisfies ToWorker);
  };

  const start = (load: Extract<ToWorker, { type: 'load' }>, name: string) => {
    worker.current?.terminate();
    const reader = new Worker(new URL('./survey-worker.ts', import.meta.url), { type: 'module', name: 'survey' });
    worker.current = reader;
    setSource(name);
    setInspection(undefined);
    setMapping(undefined);
    setTallies(undefined);
    setMessage('');
    setRowsRead(0);
    setPhase('reading');
    reader.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'error') {
        setPhase('error');
        setMessage(fillWords(w[PROBLEMS[m.problem]], { error: m.detail ?? '' }));
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
    reader.postMessage(load);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setPhase('cancelled');
    setMessage(w.cancelled);
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
    if (file) start({ type: 'load', file, words: w }, file.name);
  };

  const exportResults = (views: ResultView[], format: 'csv' | 'json') => {
    if (format === 'csv') saveFile(csvFileName('survey'), toCsv([csvHeaderIn(w), ...csvRowsIn(views, w)]), 'text/csv');
    else {
      const json = { tool: 'survey', file: source, used: tallies?.used, excluded: tallies?.excluded, views };
      saveFile(csvFileName('survey').replace(/\.csv$/, '.json'), JSON.stringify(json, null, 2), 'application/json');
    }
  };

  const busy = phase === 'reading' || phase === 'analysing';
  const rows = formatNumber(rowsRead, locale, 0);
  return (
    <div className="survey" data-tool="survey" data-hydrated={hydrated ? 'true' : undefined} data-phase={phase}>
      <section className="survey-import" aria-labelledby="survey-import-heading">
        <h2 id="survey-import-heading">{w.importHeading}</h2>
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
          <label htmlFor="survey-file">{w.chooseFile}</label>
          <input
            id="survey-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            disabled={!hydrated}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) start({ type: 'load', file, words: w }, file.name);
              e.target.value = '';
            }}
          />
          <p className="survey-hint">{w.fileHint}</p>
        </div>
        <details className="survey-paste">
          <summary>{w.pasteSummary}</summary>
          <label htmlFor="survey-pasted">{w.pasteLabel}</label>
          <textarea id="survey-pasted" rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <button
            type="button"
            className="button"
            disabled={!hydrated || pasted.trim() === ''}
            onClick={() => start({ type: 'load', text: pasted, words: w }, w.pastedSource)}
          >
            {w.pasteButton}
          </button>
        </details>
      </section>

      <div className="survey-status" role="status" aria-live="polite">
        {busy ? (
          <div className="survey-progress">
            <label htmlFor="survey-progress">{fillWords(phase === 'reading' ? w.reading : w.analysing, { source, rows })}</label>
            <progress id="survey-progress" aria-valuetext={fillWords(w.rowsRead, { rows })} />
            <button type="button" className="button secondary" onClick={cancel}>
              {w.cancel}
            </button>
          </div>
        ) : null}
        {phase === 'done' && tallies ? fillWords(w.readDone, { rows, source }) : null}
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
          description={fillWords(w.described, {
            format: w[FORMATS[inspection.header.format]],
            separator: w[SEPARATORS[inspection.delimiter] ?? 'separatorOther'],
            encoding: ENCODINGS[encoding] ? w[ENCODINGS[encoding]] : (ENCODING_NAMES[encoding] ?? encoding),
          })}
          remembered={remembered}
          words={w}
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
          words={w}
        />
      ) : null}
    </div>
  );
}
