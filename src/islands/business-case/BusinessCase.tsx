// The business case (/tools/business-case/): choose scenarios saved in the tools and the failure
// patterns the case addresses, and get one document to print or download as Markdown. Everything
// happens in this browser: the page reads what the tools saved (./saved-texts.ts), its worker
// (./case-worker.ts) checks and recalculates it with each tool's own model, and nothing is sent
// anywhere. Without JavaScript the page says so.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseWords } from '../../calculators/business-case/words.ts';
import type { CaseDocument } from '../../calculators/business-case/document.ts';
import { saveFile } from '../../lib/browser/download.ts';
import type { ChartWords, FieldWords } from '../../lib/browser/calculator-words.ts';
import type { NumberStyle } from '../../shared/format.ts';
import type { CasePatternInfo, CaseToolInfo } from './assemble.ts';
import type { CaseToolId, CaseToolWords } from './case-tools-ids.ts';
import type { FromCaseWorker, ToCaseWorker } from './case-messages.ts';
import { CaseView } from './CaseView.tsx';
import { readSavedTexts, type SavedTexts } from './saved-texts.ts';
import '../calculator/calculator.css';
import './business-case.css';

export interface BusinessCaseProps {
  tools: CaseToolInfo[];
  patterns: CasePatternInfo[];
  /** Each source's full citation, by id. */
  sources: Record<string, string>;
  /** The site's currency and locale, used until the reader's own choice (kept by the tools) is read. */
  currency: string;
  locale: string;
  /** The page's words for messages about saved values (the `calculator.*` strings). */
  words: FieldWords;
  /** The page's words for the charts (the `calculator.*` strings). */
  chartWords: ChartWords;
  /** The page's words for the business case itself (the `businessCase.*` strings). */
  caseWords: CaseWords;
  /** Each tool's own words (`tools.<id>.*`) by tool id, for the worker to present its sections in. */
  toolWords: CaseToolWords;
}

/** A link as an absolute URL, so it still works when the Markdown is pasted elsewhere. */
const absolute = (href: string) => new URL(href, window.location.href).href;
const pickKey = (tool: string, name: string) => `${tool}\n${name}`;

export default function BusinessCase({
  tools,
  patterns,
  sources,
  currency,
  locale,
  words,
  chartWords,
  caseWords: W,
  toolWords,
}: BusinessCaseProps) {
  const [reply, setReply] = useState<FromCaseWorker | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  // Before hydration (and with JavaScript off) the page shows only its <noscript> note.
  const [hydrated, setHydrated] = useState(false);
  const worker = useRef<Worker | null>(null);
  const texts = useRef<SavedTexts | null>(null);
  const asked = useRef(0);

  // The worker and the saved texts, once after hydration; the worker goes with the page.
  useEffect(() => {
    texts.current = readSavedTexts(tools.map((t) => t.id));
    const w = new Worker(new URL('./case-worker.ts', import.meta.url), { type: 'module', name: 'business-case' });
    w.onmessage = (event: MessageEvent<FromCaseWorker>) => {
      if (event.data.id === asked.current) setReply(event.data);
    };
    w.onerror = () => setFailed(true);
    worker.current = w;
    setHydrated(true);
    return () => w.terminate();
  }, [tools]);

  // Every choice asks the worker again; only the reply to the latest question is kept.
  useEffect(() => {
    if (!worker.current || !texts.current) return;
    const toAbsolute = (t: CaseToolInfo) => ({ ...t, href: absolute(t.href), methodHref: absolute(t.methodHref) });
    const message: ToCaseWorker = {
      id: ++asked.current,
      texts: texts.current,
      site: { currency, locale, words },
      tools: tools.map(toAbsolute),
      picks: picked.map((key) => {
        const [tool, name] = key.split('\n') as [CaseToolId, string];
        return { tool, name };
      }),
      patterns: patterns.filter((p) => chosen.includes(p.id)).map((p) => ({ ...p, href: absolute(p.href) })),
      sources,
      words: W,
      toolWords,
    };
    worker.current.postMessage(message);
  }, [picked, chosen, tools, patterns, sources, currency, locale, words, W, toolWords]);

  const loaders = useRef(new Set<() => Promise<void>>());
  const register = useCallback((load: () => Promise<void>) => {
    loaders.current.add(load);
    return () => void loaders.current.delete(load);
  }, []);

  const toggle = (list: string[], set: (next: string[]) => void, key: string) => {
    setStatus('');
    set(list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  };
  // The document's sections follow the tools' order and each tool's saved order, whatever the order of ticking.
  const names = reply?.names ?? {};
  const order = tools.flatMap((t) => (names[t.id] ?? []).map((n) => pickKey(t.id, n)));
  const tick = (key: string) => toggle(picked, (next) => setPicked(order.filter((k) => next.includes(k))), key);

  const doc: CaseDocument | null = reply && reply.id === asked.current ? reply.doc : (reply?.doc ?? null);
  const style: NumberStyle = reply?.style ?? { currency, locale };

  const print = async () => {
    // Draw every chart first: a chart not yet scrolled into view has not been drawn.
    await Promise.all([...loaders.current].map((load) => load()));
    window.requestAnimationFrame(() => window.print());
  };

  const download = async () => {
    if (!doc) return;
    const { caseMarkdownIn } = await import('../../calculators/business-case/markdown-in.ts');
    saveFile(
      `cx-playbook-business-case-${new Date().toISOString().slice(0, 10)}.md`,
      caseMarkdownIn(doc, W),
      'text/markdown;charset=utf-8',
    );
    setStatus(W.downloaded);
  };

  const total = Object.values(names).reduce((n, list) => n + list.length, 0);
  const problems = failed ? [W.loadFailed] : (reply?.problems ?? []);

  return (
    <div className="bc">
      {hydrated && reply === null && !failed ? <p>{W.loading}</p> : null}
      {problems.length ? (
        <div className="calc-notice bc-problems" role="status">
          <p className="calc-notice-title">{W.problemsTitle}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reply?.notes.length ? (
        <div className="calc-notice bc-notes" role="status">
          <p className="calc-notice-title">{W.notesTitle}</p>
          <ul>
            {reply.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reply !== null && total === 0 ? (
        <section className="bc-empty" aria-labelledby="bc-empty-title">
          <h2 id="bc-empty-title">{W.noScenariosTitle}</h2>
          <p>{W.noScenarios}</p>
          <ul>
            {tools.map((t) => (
              <li key={t.id}>
                <a href={t.href}>{t.title}</a>: {t.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {reply !== null && total > 0 ? (
        <section className="bc-choose" aria-labelledby="bc-choose-title">
          <h2 id="bc-choose-title">{W.chooseScenarios}</h2>
          <p className="calc-help">{W.chooseHelp}</p>
          <div className="bc-tools">
            {tools.map((t) => (
              <fieldset key={t.id} className="bc-tool" data-tool={t.id}>
                <legend>{t.title}</legend>
                {(names[t.id] ?? []).length ? (
                  (names[t.id] ?? []).map((name, i) => {
                    const id = `bc-pick-${t.id}-${i}`;
                    const key = pickKey(t.id, name);
                    return (
                      <div key={name} className="bc-check">
                        <input type="checkbox" id={id} checked={picked.includes(key)} onChange={() => tick(key)} />
                        <label htmlFor={id}>{name}</label>
                      </div>
                    );
                  })
                ) : (
                  <p className="calc-help">
                    {W.noneForTool}{' '}
                    <a href={t.href}>
                      {W.toolLink}
                      <span className="visually-hidden">: {t.title}</span>
                    </a>
                  </p>
                )}
              </fieldset>
            ))}
          </div>
        </section>
      ) : null}
      {reply !== null ? (
        <section className="bc-choose" aria-labelledby="bc-patterns-title">
          <h2 id="bc-patterns-title">{W.choosePatterns}</h2>
          <p className="calc-help">{W.choosePatternsHelp}</p>
          <fieldset className="bc-patterns">
            <legend className="visually-hidden">{W.choosePatterns}</legend>
            {patterns.map((p) => (
              <div key={p.id} className="bc-check">
                <input
                  type="checkbox"
                  id={`bc-pattern-${p.id}`}
                  checked={chosen.includes(p.id)}
                  onChange={() => toggle(chosen, setChosen, p.id)}
                />
                <label htmlFor={`bc-pattern-${p.id}`} lang={p.lang}>
                  {p.title}
                </label>
              </div>
            ))}
          </fieldset>
        </section>
      ) : null}
      {reply !== null ? (
        <div className="bc-actions">
          {doc ? (
            <>
              <button type="button" className="calc-button" onClick={() => void print()}>
                {W.print}
              </button>
              <button type="button" className="calc-button secondary" onClick={() => void download()}>
                {W.download}
              </button>
            </>
          ) : null}
          <p className="bc-status" role="status">
            {doc ? status : W.nothingChosen}
          </p>
        </div>
      ) : null}
      {doc ? <CaseView doc={doc} style={style} register={register} words={chartWords} caseWords={W} /> : null}
    </div>
  );
}
