// The state behind every calculator: what is typed, the last valid inputs and their result,
// the currency and locale, and their round trips through the share link (URL fragment) and the
// browser's storage. Nothing here talks to a server.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fieldSpecs, type FieldSpec } from '../../calculators/shared/fields.ts';
import { formatInput, type NumberStyle } from '../../shared/format.ts';
import { checkForm, parseNumber, type InputValue, type MessageStyle, type Rules } from '../../lib/browser/inputs.ts';
import { isRecord, readStoredAs, removeStored, storageKey, writeStored } from '../../lib/browser/storage.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { encodeState, isStateHash } from '../../lib/browser/url-fragment.ts';
import type { StateContext } from '../../lib/browser/url-state.ts';

/** The checks for values from a link or storage: loaded only when there is something to read. */
const reader = () => import('../../lib/browser/url-state.ts');
type Reader = Awaited<ReturnType<typeof reader>>;
import { makeFormatters, type Formatters } from './formatters.ts';
import type { CalculatorContent, CalculatorDefinition, CalculatorPreset, ViewContext } from './types.ts';

/** A message shown above the calculator after loading a link or saved inputs. */
export interface CalculatorNotice {
  /** One sentence saying what happened. */
  title: string;
  /** One sentence per field or problem. */
  items: string[];
}

/** What useCalculator returns: state to render and the actions a form needs. */
export interface CalculatorState<I, R> extends ViewContext<I, R> {
  /** Every input's spec (unit, range), in schema order. */
  specs: FieldSpec[];
  /** The current currency and locale. */
  style: MessageStyle;
  /** The text in each input box, by key. */
  raw: Record<string, string>;
  /** The message for each input with a problem, by key. */
  errors: Partial<Record<string, string>>;
  /** True while some input has a problem: the result shown is for the last valid inputs. */
  stale: boolean;
  /** True once the island has hydrated and read the link and storage. */
  hydrated: boolean;
  /** A notice about a share link or saved inputs, or null. */
  notice: CalculatorNotice | null;
  /** Feedback on the last action ("Link copied."), shown in a polite status region. */
  status: string;
  /** Text for the polite live region, updated when typing pauses. */
  announcement: string;
  /** The preset whose values are loaded unchanged, or null. */
  activePreset: string | null;
  setField: (key: string, text: string) => void;
  setCurrency: (currency: string) => void;
  setLocale: (locale: string) => void;
  applyPreset: (id: string) => void;
  /** Loads a complete set of valid inputs into the form (a saved scenario), as a preset does. */
  loadValues: (values: Record<string, InputValue>) => void;
  reset: () => void;
  dismissNotice: () => void;
  setStatus: (text: string) => void;
  /** The share link for the current inputs, currency and locale. */
  shareUrl: () => string;
}

/** Saved inputs: `{ values: {...} }`; each value is checked later, field by field (acceptValues). */
const isStored = (v: unknown): v is { values: Record<string, unknown> } => isRecord(v) && isRecord(v['values']);
/** The reader's number style: `{ currency?, locale? }`, each a string when present. */
const isPrefs = (v: unknown): v is { currency?: string; locale?: string } =>
  isRecord(v) && [v['currency'], v['locale']].every((x) => x === undefined || typeof x === 'string');
/** Where the reader's currency and locale are kept (shared by every tool). */
export const PREFS_KEY = storageKey('number-style');
/** How long typing must pause before results are announced, ms. */
const ANNOUNCE_DELAY = 1200;
/** How long typing must pause before the URL and storage are updated, ms. */
const PERSIST_DELAY = 250;

/** State and actions of one calculator; see index.ts for how the pieces fit. */
/** The id of a calculator's form on the page; each input's is `<this>-<key>` (Calculator.tsx). */
export const calculatorId = (tool: string) => `calc-${tool}`;

/**
 * What the reader typed into the page's boxes before its script had loaded, by input key: a box
 * whose text is no longer the HTML's own (`defaultValue`). Read once, on the first render in the
 * browser (the hydration), before React sets each box to its state; on the server, nothing.
 */
function typedBeforeHydration(tool: string, specs: readonly FieldSpec[]): Record<string, string> {
  if (typeof document === 'undefined') return {};
  const typed: Record<string, string> = {};
  for (const { key } of specs) {
    const box = document.getElementById(`${calculatorId(tool)}-${key}`);
    if ((box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) && box.value !== box.defaultValue) typed[key] = box.value;
  }
  return typed;
}

export function useCalculator<I, R>(def: CalculatorDefinition<I, R>, content: CalculatorContent): CalculatorState<I, R> {
  type Input = I;
  const specs = useMemo(() => fieldSpecs(def.form.fields), [def]);
  const rules = def.form.rules?.bind(def.form) as Rules | undefined;
  const labels = useMemo(
    () => Object.fromEntries(specs.map((s) => [s.key, content.fields[s.key]?.label ?? s.key])),
    [specs, content.fields],
  );
  const toRaw = useCallback(
    (values: Record<string, InputValue>, locale: string) =>
      Object.fromEntries(
        specs.map((s) => {
          const v = values[s.key];
          return [s.key, typeof v === 'string' ? v : formatInput(v ?? NaN, locale)];
        }),
      ),
    [specs],
  );
  // Defaults and presets passed the content check at build time, and values from a link or storage
  // pass acceptValues first: every set of values loaded here has passed the form's own checks.
  const parse = useCallback((values: Record<string, InputValue>) => values as Input, []);

  const [numberStyle, setStyle] = useState<NumberStyle>({ currency: content.currency, locale: content.locale });
  // The reader's number style with the page's words, for every message about a value.
  const style: MessageStyle = useMemo(
    () => ({ currency: numberStyle.currency, locale: numberStyle.locale, words: content.words }),
    [numberStyle.currency, numberStyle.locale, content.words],
  );
  const w = content.words;
  const [raw, setRaw] = useState<Record<string, string>>(() => toRaw(content.defaults, content.locale));
  // On a slow phone the reader may type before the page hydrates; that typing is kept (below).
  const [typed] = useState(() => typedBeforeHydration(def.id, specs));
  const [input, setInput] = useState<Input>(() => parse(content.defaults));
  const [hydrated, setHydrated] = useState(false);
  const [notice, setNotice] = useState<CalculatorNotice | null>(null);
  const [status, setStatus] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // Set by anything the reader does; until then the URL and storage are left alone.
  const dirty = useRef(false);
  const key = storageKey(`calc:${def.id}`);

  const check = useMemo(() => checkForm<Input>(specs, rules, raw, labels, style), [specs, rules, raw, labels, style]);
  const result = useMemo(() => def.calculate(input), [def, input]);
  const fmt: Formatters = useMemo(() => makeFormatters(style), [style]);

  const load = useCallback(
    (values: Record<string, InputValue>, locale: string) => {
      setRaw(toRaw(values, locale));
      setInput(parse(values));
    },
    [toRaw, parse],
  );

  // On hydration: a share link wins, else saved inputs; then listen for links pasted in this tab.
  useEffect(() => {
    const ctx: StateContext = { rules, specs, labels, defaults: content.defaults, style };
    const offered = { currencies: content.currencies, locales: content.locales };
    const prefs = readStoredAs(PREFS_KEY, isPrefs);
    const saved: Partial<NumberStyle> = {};
    if (prefs?.currency && offered.currencies.includes(prefs.currency)) saved.currency = prefs.currency;
    if (prefs?.locale && offered.locales.includes(prefs.locale)) saved.locale = prefs.locale;

    const applyLink = ({ decodeState, describeRejected }: Reader, hash: string) => {
      const decoded = decodeState(hash, ctx, offered);
      const next = { ...numberStyle, ...saved, ...decoded.style };
      setStyle(next);
      load(decoded.values, next.locale);
      keepTyped(decoded.values, next.locale);
      const items = [...describeRejected(decoded.rejected, labels, w.linkWhere, w), ...decoded.problems];
      setNotice(items.length ? { title: w.noticeLink, items } : null);
      // A corrected link replaces the bad one, so a reload does not repeat the notice.
      dirty.current = items.length > 0;
    };

    const applyStored = ({ acceptValues, describeRejected }: Reader, stored: { values: Record<string, unknown> }, locale: string) => {
      const accepted = acceptValues(stored.values, ctx, { verb: w.savedHad, partial: true });
      load(accepted.values, locale);
      keepTyped(accepted.values, locale);
      const items = describeRejected(accepted.rejected, labels, w.savedWhere, w);
      if (items.length) setNotice({ title: w.noticeSaved, items });
    };
    const unreadable = () => setNotice({ title: w.noticeUnreadable, items: [w.noticeReload] });
    // What the reader typed before hydration goes on top of what was restored: it is their latest word.
    const keepTyped = (values: Record<string, InputValue>, locale: string) => {
      if (!Object.keys(typed).length) return;
      const next = { ...toRaw(values, locale), ...typed };
      dirty.current = true;
      setRaw(next);
      const checked = checkForm<Input>(specs, rules, next, labels, { ...style, locale });
      if (checked.value) setInput(checked.value);
    };

    let live = true;
    const hash = window.location.hash;
    const next = { ...numberStyle, ...saved };
    const stored = isStateHash(hash) ? null : readStoredAs(key, isStored);
    if (!isStateHash(hash)) {
      setStyle(next);
      if (!stored && next.locale !== style.locale) load(content.defaults, next.locale);
      if (!stored) keepTyped(content.defaults, next.locale);
    }
    if (isStateHash(hash) || stored)
      reader()
        .then((r) => {
          if (!live) return;
          if (stored) applyStored(r, stored, next.locale);
          else applyLink(r, hash);
        }, unreadable)
        .finally(() => live && setHydrated(true));
    else setHydrated(true);
    const onHash = () => {
      if (isStateHash(window.location.hash)) void reader().then((r) => live && applyLink(r, window.location.hash), unreadable);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
    // Runs once: later changes flow the other way (state -> URL and storage).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // State -> URL fragment and storage, once the reader has changed something.
  useEffect(() => {
    if (!hydrated || !dirty.current) return;
    const timer = window.setTimeout(() => {
      const url = `${window.location.pathname}${window.location.search}#${encodeState(input as Record<string, InputValue>, style)}`;
      window.history.replaceState(window.history.state, '', url);
      // Saved inputs leave out an input holding its `absent` value, so they read as before it existed.
      const fields = def.form.fields as Record<string, { absent?: unknown }>;
      writeStored(key, { values: Object.fromEntries(Object.entries(input as object).filter(([k, v]) => fields[k]?.absent !== v)) });
    }, PERSIST_DELAY);
    return () => window.clearTimeout(timer);
  }, [hydrated, input, style, key, def]);

  const view: ViewContext<Input, R> = { input, result, fmt, labels };
  const firstError = Object.values(check.errors)[0];

  // Results announced politely once typing pauses; never on load.
  useEffect(() => {
    if (!hydrated || !dirty.current) return;
    const timer = window.setTimeout(
      () => setAnnouncement(firstError ? fill(w.notUpdated, { error: firstError }) : def.summary({ input, result, fmt, labels })),
      ANNOUNCE_DELAY,
    );
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, input, firstError, fmt]);

  const setField = useCallback(
    (field: string, text: string) => {
      dirty.current = true;
      const next = { ...raw, [field]: text };
      setRaw(next);
      const checked = checkForm<Input>(specs, rules, next, labels, style);
      if (checked.value) setInput(checked.value);
    },
    [specs, rules, labels, style, raw],
  );

  const setCurrency = useCallback(
    (currency: string) => {
      if (!content.currencies.includes(currency)) return;
      dirty.current = true;
      setStyle((s) => ({ ...s, currency }));
      writeStored(PREFS_KEY, { ...readStoredAs(PREFS_KEY, isPrefs), currency });
    },
    [content.currencies],
  );

  const setLocale = useCallback(
    (locale: string) => {
      if (!content.locales.includes(locale)) return;
      dirty.current = true;
      // Readable numbers are rewritten in the new locale's style; anything else stays as typed.
      setRaw(
        Object.fromEntries(
          specs.map((s) => {
            if (s.kind !== 'number') return [s.key, raw[s.key] ?? ''];
            const value = parseNumber(raw[s.key] ?? '', style.locale);
            return [s.key, typeof value === 'number' ? formatInput(value, locale) : (raw[s.key] ?? '')];
          }),
        ),
      );
      setStyle((s) => ({ ...s, locale }));
      writeStored(PREFS_KEY, { ...readStoredAs(PREFS_KEY, isPrefs), locale });
    },
    [content.locales, specs, raw, style.locale],
  );

  const applyPreset = useCallback(
    (id: string) => {
      const preset = content.presets.find((p) => p.id === id);
      if (!preset) return;
      dirty.current = true;
      load({ ...content.defaults, ...preset.values }, style.locale);
      setStatus(fill(w.presetLoaded, { preset: fill(w.quoted, { text: preset.label }) }));
    },
    [content.presets, content.defaults, load, style.locale, w],
  );

  const loadValues = useCallback(
    (values: Record<string, InputValue>) => {
      dirty.current = true;
      load(values, style.locale);
    },
    [load, style.locale],
  );

  const reset = useCallback(() => {
    load(content.defaults, style.locale);
    dirty.current = false;
    removeStored(key);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    setNotice(null);
    setStatus(w.resetDone);
  }, [content.defaults, load, style.locale, key, w]);

  const activePreset = useMemo(() => {
    if (firstError) return null;
    const values = input as Record<string, InputValue>;
    const same = (p: CalculatorPreset) => specs.every((s) => ({ ...content.defaults, ...p.values })[s.key] === values[s.key]);
    return content.presets.find(same)?.id ?? null;
  }, [firstError, input, specs, content.presets, content.defaults]);

  const shareUrl = useCallback(
    () => `${window.location.origin}${window.location.pathname}#${encodeState(input as Record<string, InputValue>, style)}`,
    [input, style],
  );

  return {
    ...view,
    specs,
    style,
    raw,
    errors: check.errors,
    stale: Boolean(firstError),
    hydrated,
    notice,
    status,
    announcement,
    activePreset,
    setField,
    setCurrency,
    setLocale,
    applyPreset,
    loadValues,
    reset,
    dismissNotice: () => setNotice(null),
    setStatus,
    shareUrl,
  };
}
