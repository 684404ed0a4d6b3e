// The business case document as the page shows and prints it: the summary, a section per chosen
// scenario (inputs, results, charts drawn when scrolled into view with their tables, method), the
// chosen patterns' evidence with citations, and the sources. Only renders: the document is
// assembled by ./assemble.ts.
import type { CaseDocument, CaseRange, CaseSection, CaseTable } from '../../calculators/business-case/document.ts';
import type { CaseWords } from '../../calculators/business-case/words.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { ChartSpec, ChartUnit } from '../../calculators/shared/chart-spec.ts';
import { ChartFigure } from '../calculator/ChartFigure.tsx';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
import {
  formatMoney,
  formatMoneyCompact,
  formatMoneyDigits,
  formatNumber,
  formatShare,
  moneyColumnDigits,
  type NumberStyle,
} from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';

export interface CaseViewProps {
  doc: CaseDocument;
  /** The currency and locale the document was written in. */
  style: NumberStyle;
  /** Lets the print button draw every chart first (ChartFigure's register). */
  register: (load: () => Promise<void>) => () => void;
  /** The page's words for its charts (the `calculator.*` strings). */
  words: ChartWords;
  /** The document's own words (the `businessCase.*` strings). */
  caseWords: CaseWords;
}

/** A table of written cells: the first column as row headers. */
function Table({ table, w, captionHidden = false }: { table: CaseTable; w: CaseWords; captionHidden?: boolean }) {
  return (
    <div className="calc-table-scroll" tabIndex={0} role="region" aria-label={fillWords(w.tableLabel, { title: table.title })}>
      <DataTable
        caption={table.title}
        captionHidden={captionHidden}
        columns={table.head}
        rows={table.rows.map((row, i) => ({ key: i, head: row[0] ?? '', cells: row.slice(1) }))}
      />
    </div>
  );
}

/**
 * How a chart's values are written, by its unit: as the tool's own chart writes them (Calculator.tsx
 * with its Formatters), from src/shared/format.ts directly, which this page already loads.
 */
function chartFormats(unit: ChartUnit, style: NumberStyle) {
  const { locale } = style;
  return {
    money: {
      full: (v: number) => formatMoney(v, style),
      axis: (v: number) => formatMoneyCompact(v, style),
      column: (values: readonly number[]) => {
        const digits = moneyColumnDigits(values);
        return (v: number) => formatMoneyDigits(v, style, digits);
      },
    },
    percent: { full: (v: number) => formatShare(v, locale, 1), axis: (v: number) => formatShare(v, locale, 0), column: undefined },
    count: { full: (v: number) => formatNumber(v, locale, 2), axis: (v: number) => formatNumber(v, locale, 0), column: undefined },
  }[unit];
}

/** A chart drawn when in view, with its numbers as a plain table for paper (which cannot open the figure's table). */
function Chart({
  spec,
  table,
  idPrefix,
  style,
  register,
  words,
  caseWords,
}: { spec: ChartSpec; table: CaseTable; idPrefix: string } & Omit<CaseViewProps, 'doc'>) {
  const f = chartFormats(spec.unit, style);
  return (
    <div className="bc-chart">
      <ChartFigure
        spec={spec}
        idPrefix={idPrefix}
        format={f.full}
        formatColumn={f.column}
        formatAxis={f.axis}
        register={register}
        words={words}
      />
      <div className="calc-data bc-print-table">
        <Table table={table} w={caseWords} />
      </div>
    </div>
  );
}

/** ROI's range of outcomes: notes, tables, and the histogram with its table. */
function Range({ r, sectionId, style, register, words, caseWords }: { r: CaseRange; sectionId: string } & Omit<CaseViewProps, 'doc'>) {
  return (
    <div className="calc-data bc-block bc-range" data-range={r.charts.length ? 'simulated' : 'single'}>
      <h4>{r.title}</h4>
      {r.notes.map((note, i) => (
        <p key={i}>{note}</p>
      ))}
      {r.tables.map((t) => (
        <div key={t.id} data-table={t.id}>
          <Table table={t} w={caseWords} />
        </div>
      ))}
      {r.charts.map((spec, i) => (
        <Chart
          key={spec.id}
          spec={spec}
          table={r.chartTables[i]!}
          idPrefix={`bc-${sectionId}-${spec.id}`}
          style={style}
          register={register}
          words={words}
          caseWords={caseWords}
        />
      ))}
    </div>
  );
}

function Section({ s, style, register, words, caseWords }: { s: CaseSection } & Omit<CaseViewProps, 'doc'>) {
  const W = caseWords;
  const own = s.tables.slice(s.charts.length);
  return (
    <section className="bc-section" aria-labelledby={`bc-${s.id}`} data-section={s.tool}>
      <h3 id={`bc-${s.id}`}>{fillWords(W.sectionTitle, { tool: s.toolTitle, scenario: s.scenario })}</h3>
      <p className="bc-tool-link">
        <a href={s.href}>
          {W.toolLink}
          <span className="visually-hidden">: {s.toolTitle}</span>
        </a>
      </p>
      <div className="bc-pair">
        <div className="calc-data bc-block bc-inputs">
          <h4>{W.inputs}</h4>
          <Table
            captionHidden
            w={W}
            table={{
              id: 'inputs',
              title: fillWords(W.inputsCaption, { tool: s.toolTitle, scenario: s.scenario }),
              head: [W.input, W.value],
              rows: s.inputs.map((r) => [r.label, r.value]),
            }}
          />
        </div>
        <div className="calc-data bc-block">
          <h4>{W.results}</h4>
          <dl className="bc-results">
            {s.results.map((r) => (
              <div key={r.label} className={r.emphasis ? 'bc-result is-key' : 'bc-result'}>
                <dt>{r.label}</dt>
                <dd>
                  <span className="bc-value">{r.value}</span>
                  {r.note ? <span className="bc-note">{r.note}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      {s.charts.map((spec, i) => (
        <Chart
          key={spec.id}
          spec={spec}
          table={s.tables[i]!}
          idPrefix={`bc-${s.id}-${spec.id}`}
          style={style}
          register={register}
          words={words}
          caseWords={caseWords}
        />
      ))}
      {own.map((t) => (
        <div key={t.id} className="calc-data bc-block">
          <h4>{t.title}</h4>
          <Table table={t} w={W} captionHidden />
        </div>
      ))}
      {s.range ? <Range r={s.range} sectionId={s.id} style={style} register={register} words={words} caseWords={W} /> : null}
      <h4>{W.method}</h4>
      <p>
        {s.method.summary}{' '}
        <a href={s.method.href}>
          {W.methodLink}
          <span className="visually-hidden">: {s.toolTitle}</span>
        </a>
      </p>
    </section>
  );
}

export function CaseView({ doc, style, register, words, caseWords }: CaseViewProps) {
  const W = caseWords;
  return (
    <article className="bc-doc" aria-labelledby="bc-title">
      <h2 id="bc-title">{W.title}</h2>
      <p className="bc-prepared">{fillWords(W.prepared, { date: doc.date })}</p>
      <section aria-labelledby="bc-summary">
        <h3 id="bc-summary">{W.summary}</h3>
        <ul>
          {doc.summary.map((line, i) => (
            <li key={i}>
              <strong>{line.section}</strong>: {line.text}
            </li>
          ))}
          <li>
            <strong>{W.patternsAddressed}</strong>: {doc.evidence.length ? doc.evidence.map((e) => e.title).join('; ') : W.noPatterns}
          </li>
        </ul>
      </section>
      {doc.sections.map((s) => (
        <Section
          key={s.id}
          s={s}
          style={s.currency ? { ...style, currency: s.currency } : style}
          register={register}
          words={words}
          caseWords={W}
        />
      ))}
      {doc.evidence.length ? (
        <section aria-labelledby="bc-evidence" className="bc-evidence">
          <h3 id="bc-evidence">{W.evidence}</h3>
          {doc.evidence.map((e) => (
            <section key={e.id} aria-labelledby={`bc-ev-${e.id}`} data-pattern={e.id}>
              {/* A pattern not yet translated: its title and summary are marked, the page's own words around them are not. */}
              <h4 id={`bc-ev-${e.id}`} lang={e.lang}>
                {e.title}
              </h4>
              <p lang={e.lang}>{e.summary}</p>
              {e.stats.length ? (
                <ul>
                  {e.stats.map((s, i) => (
                    <li key={i} lang={s.lang}>
                      <strong className="bc-stat">{s.value}</strong> {s.claim} <cite>({s.cite})</cite>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{W.noEvidence}</p>
              )}
              <p>
                <a href={e.href}>
                  {W.patternLink}
                  <span className="visually-hidden">
                    : <span lang={e.lang}>{e.title}</span>
                  </span>
                </a>
              </p>
            </section>
          ))}
        </section>
      ) : null}
      {doc.sources.length ? (
        <section aria-labelledby="bc-sources">
          <h3 id="bc-sources">{W.sources}</h3>
          <ul className="bc-sources">
            {doc.sources.map((s) => (
              <li key={s.id}>{s.citation}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
