// The business case (/tools/business-case/): choose scenarios saved in the tools and the failure
// patterns the case addresses, and get one document to print or download as Markdown. Everything
// happens in this browser: the scenarios are read from its storage, recalculated with each tool's
// model (./assemble.ts), and nothing is sent anywhere. Without JavaScript the page says so.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { caseMarkdown } from '../../calculators/business-case/markdown.ts';
import { CASE_WORDS as W } from '../../calculators/business-case/words.ts';
import { readSavedScenarios, storedText } from '../../lib/browser/case-scenarios.ts';
import { saveFile } from '../../lib/browser/download.ts';
import { scenariosKey, type Scenario } from '../../lib/browser/scenarios.ts';
import { isRecord, readStoredAs } from '../../lib/browser/storage.ts';
import { formatLongDate, type NumberStyle } from '../../shared/format.ts';
import { makeFormatters } from '../calculator/formatters.ts';
import { PREFS_KEY } from '../calculator/use-calculator.ts';
import { assembleCase, scenarioCheck, type CasePatternInfo, type CasePick, type CaseToolInfo } from './assemble.ts';
import type { CaseToolId } from './case-tools.ts';
import { CaseView } from './CaseView.tsx';
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
}

const isPrefs = (v: unknown): v is { currency?: string; locale?: string } =>
  isRecord(v) && [v['currency'], v['locale']].every((x) => x === undefined || typeof x === 'string');

/** A link as an absolute URL, so it still works when the Markdown is pasted elsewhere. */
const absolute = (href: string) => new URL(href, window.location.href).href;
const pickKey = (tool: string, name: string) => `${tool}\n${name}`;

export default function BusinessCase({ tools, patterns, sources, currency, locale }: BusinessCaseProps) {
  const [style, setStyle] = useState<NumberStyle>({ currency, locale });
  const [saved, setSaved] = useState<Partial<Record<CaseToolId, Scenario[]>> | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  // After hydration: the reader's currency and locale as the tools keep them, then each tool's list.
  useEffect(() => {
    const prefs = readStoredAs(PREFS_KEY, isPrefs);
    const next = { currency: prefs?.currency ?? currency, locale: prefs?.locale ?? locale };
    const lists: Partial<Record<CaseToolId, Scenario[]>> = {};
    const found: string[] = [];
    for (const tool of tools) {
      const read = readSavedScenarios(storedText(scenariosKey(tool.id)), scenarioCheck(tool, next), tool.title);
      lists[tool.id] = read.scenarios;
      found.push(...read.problems);
    }
    setStyle(next);
    setSaved(lists);
    setProblems(found);
  }, [tools, currency, locale]);

  const loaders = useRef(new Set<() => Promise<void>>());
  const register = useCallback((load: () => Promise<void>) => {
    loaders.current.add(load);
    return () => void loaders.current.delete(load);
  }, []);

  const fmt = useMemo(() => makeFormatters(style), [style]);
  const doc = useMemo(() => {
    if (!saved || (!picked.length && !chosen.length)) return null;
    const picks: CasePick[] = tools.flatMap((t) =>
      (saved[t.id] ?? []).filter((s) => picked.includes(pickKey(t.id, s.name))).map((scenario) => ({ tool: t.id, scenario })),
    );
    return assembleCase({
      picks,
      tools: tools.map((t) => ({ ...t, href: absolute(t.href), methodHref: absolute(t.methodHref) })),
      patterns: patterns.filter((p) => chosen.includes(p.id)).map((p) => ({ ...p, href: absolute(p.href) })),
      sources,
      style,
      date: formatLongDate(new Date(), style.locale),
    });
  }, [saved, picked, chosen, tools, patterns, sources, style]);

  const toggle = (list: string[], set: (next: string[]) => void, key: string) =>
    set(list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

  const print = async () => {
    // Draw every chart first: a chart not yet scrolled into view has not been drawn.
    await Promise.all([...loaders.current].map((load) => load()));
    window.requestAnimationFrame(() => window.print());
  };

  const download = () => {
    if (!doc) return;
    saveFile(`business-case-${new Date().toISOString().slice(0, 10)}.md`, caseMarkdown(doc), 'text/markdown;charset=utf-8');
    setStatus(W.downloaded);
  };

  const total = saved ? Object.values(saved).reduce((n, list) => n + list.length, 0) : 0;

  return (
    <div className="bc">
      {saved === null ? <p>{W.loading}</p> : null}
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
      {saved !== null && total === 0 ? (
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
      {saved !== null && total > 0 ? (
        <section className="bc-choose" aria-labelledby="bc-choose-title">
          <h2 id="bc-choose-title">{W.chooseScenarios}</h2>
          <p className="calc-help">{W.chooseHelp}</p>
          <div className="bc-tools">
            {tools.map((t) => (
              <fieldset key={t.id} className="bc-tool" data-tool={t.id}>
                <legend>
                  <a href={t.href}>{t.title}</a>
                </legend>
                {(saved[t.id] ?? []).length ? (
                  (saved[t.id] ?? []).map((s, i) => {
                    const id = `bc-pick-${t.id}-${i}`;
                    return (
                      <div key={s.name} className="bc-check">
                        <input
                          type="checkbox"
                          id={id}
                          checked={picked.includes(pickKey(t.id, s.name))}
                          onChange={() => toggle(picked, setPicked, pickKey(t.id, s.name))}
                        />
                        <label htmlFor={id}>{s.name}</label>
                      </div>
                    );
                  })
                ) : (
                  <p className="calc-help">{W.noneForTool}</p>
                )}
              </fieldset>
            ))}
          </div>
        </section>
      ) : null}
      {saved !== null ? (
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
                <label htmlFor={`bc-pattern-${p.id}`}>{p.title}</label>
              </div>
            ))}
          </fieldset>
        </section>
      ) : null}
      {saved !== null ? (
        <div className="bc-actions">
          <button type="button" className="calc-button" disabled={!doc} onClick={() => void print()}>
            {W.print}
          </button>
          <button type="button" className="calc-button secondary" disabled={!doc} onClick={download}>
            {W.download}
          </button>
          <p className="bc-status" role="status">
            {doc ? status : W.nothingChosen}
          </p>
        </div>
      ) : null}
      {doc ? <CaseView doc={doc} fmt={fmt} register={register} /> : null}
    </div>
  );
}
