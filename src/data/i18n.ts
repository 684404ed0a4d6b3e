// The site's languages, each language's interface strings, and content in a page's language: a
// translation (content/translations/<code>/…) when there is one, else the default language's
// entry, marked as a fallback so the page can say so.
import { join } from 'node:path';
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { getCollection } from './checked.ts';
import { site } from './site.ts';
import { CONTENT_DIR } from '../lib/build/paths.ts';
import { fill, languageOf, localizePath } from '../lib/build/languages.ts';
import { readStrings, STRINGS_DIR, type Strings } from '../lib/content/strings.ts';
import { languagesOf, type Language } from '../schemas/site.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { keptMatches } from '../lib/content/kept.ts';
import { hasTranslations } from '../lib/content/translations.ts';
import type { ToolId } from '../tools/registry.ts';
import { getTool, oncePerBuild } from './content.ts';
import type { SearchWords } from '../lib/build/inline-scripts.ts';
import { CALCULATOR_WORD_KEYS, CHART_WORD_KEYS, type CalculatorWords, type ChartWords } from '../lib/browser/calculator-words.ts';

/** Every language of the site, the default first. */
export const languages = languagesOf(site);

/** Whether the site has more than one language (a switcher, alternates and prefixes only then). */
export const multilingual = languages.all.length > 1;

const cache = new Map<string, Strings>();
function stringsOf(code: string): Strings {
  let strings = cache.get(code);
  if (!strings) {
    const file = join(CONTENT_DIR, STRINGS_DIR, `${code}.yaml`);
    strings = readStrings(file, file).strings;
    cache.set(code, strings);
  }
  return strings;
}

/** A language's interface text for `key`, placeholders filled; the default language's when this one lacks it. */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/**
 * The page's language (Astro's `currentLocale`, undefined on a one-language site) with its strings.
 * A key no strings file has is a mistake in the code, so it stops the build with its name.
 */
export function pageLanguage(currentLocale: string | undefined): { language: Language; t: Translate; href: (path: string) => string } {
  const language = languageOf(currentLocale, languages);
  const own = stringsOf(language.code);
  const main = stringsOf(languages.default.code);
  const t: Translate = (key, values = {}) => {
    const text = own[key] ?? main[key];
    if (text === undefined)
      throw new Error(`content/strings/${languages.default.code}.yaml has no key "${key}"; add it (and to every other language's file)`);
    return fill(text, values);
  };
  return { language, t, href: (path) => localizePath(path, language.code, languages) };
}

/** An entry in a page's language. */
export interface Localized<C extends CollectionName> {
  /** The translation when there is one (with its source's id), else the source entry. */
  entry: CollectionEntry<C>;
  /** The language its text is in. */
  lang: Language;
  /** True when the page's language has no translation and the default language's text stands in. */
  fallback: boolean;
  /** Its file from the project root (for "Edit this page"), as Astro's loader recorded it. */
  file: string | undefined;
  /** Renders its MDX body (translation or source). */
  render: () => ReturnType<typeof render>;
}

const translationIndexes = new Map<CollectionName, () => Promise<Map<string, CollectionEntry<CollectionKey>>>>();
/** A collection's translations by `<code>/<id>`, read once per build (asking for a missing entry one by one logs a warning each). */
function translationsOf(collection: CollectionName): Promise<Map<string, CollectionEntry<CollectionKey>>> {
  let index = translationIndexes.get(collection);
  if (!index) {
    // A collection without translations is left unasked: Astro warns about an empty collection.
    index = oncePerBuild(async () =>
      hasTranslations(CONTENT_DIR, COLLECTIONS[collection])
        ? new Map((await getCollection(`${collection}Translations` as CollectionKey)).map((e) => [e.id, e]))
        : new Map(),
    );
    translationIndexes.set(collection, index);
  }
  return index();
}

/** What a page's layout tells the components inside it: whether its text stands in for a missing translation. */
interface PageText {
  fallbackText?: boolean;
}

/** Records, for the components the layout renders inside it, whether the page's text is the default language's (BaseLayout). */
export function setFallbackText(locals: object, fallback: boolean): void {
  (locals as PageText).fallbackText = fallback;
}

/** Whether the text around a component is the default language's, standing in for a missing translation (set by BaseLayout). */
export const isFallbackText = (locals: object): boolean => (locals as PageText).fallbackText === true;

/** The entries `localize` made from a translation: any other entry is in the default language. */
const translated = new WeakSet<object>();

/**
 * The `lang` an entry's text needs on a page in the language `code`: the default language's code
 * when it stands in for a missing translation (a card of `localizeAll`'s list), else none.
 */
export function fallbackLang(entry: object, code: string): string | undefined {
  return code === languages.default.code || translated.has(entry) ? undefined : languages.default.code;
}

/** Whether each translation keeps its source's `kept` fields, worked out once per translation entry. */
const matching = new WeakMap<object, boolean>();
function matchesSource(collection: CollectionName, translation: { data: unknown }, source: { data: unknown }): boolean {
  let matches = matching.get(translation);
  if (matches === undefined) {
    matches = keptMatches(translation.data as object, source.data as object, COLLECTIONS[collection].kept);
    matching.set(translation, matches);
  }
  return matches;
}

/** One entry in the language `code`: its translation, or the source marked as a fallback. */
export async function localize<C extends CollectionName>(collection: C, entry: CollectionEntry<C>, code: string): Promise<Localized<C>> {
  const source = { entry, lang: languages.default, file: entry.filePath, render: () => render(entry as CollectionEntry<CollectionKey>) };
  if (code === languages.default.code) return { ...source, fallback: false };
  const translation = (await translationsOf(collection)).get(`${code}/${entry.id}`);
  // A translation older than its source whose ids, numbers or order no longer match it (a statement
  // added since) would give this language other figures and links: the source stands in until the
  // translation is updated. The content check refuses such a difference in an up-to-date one.
  if (!translation || !matchesSource(collection, translation, entry)) return { ...source, fallback: true };
  const local = { ...translation, id: entry.id, collection } as unknown as CollectionEntry<C>;
  translated.add(local);
  return {
    entry: local,
    lang: languageOf(code, languages),
    fallback: false,
    file: translation.filePath,
    render: () => render(translation),
  };
}

/** Several entries in the language `code` (titles and summaries of lists and cards). */
export async function localizeAll<C extends CollectionName>(
  collection: C,
  entries: CollectionEntry<C>[],
  code: string,
): Promise<CollectionEntry<C>[]> {
  if (code === languages.default.code) return entries;
  return Promise.all(entries.map(async (e) => (await localize(collection, e, code)).entry));
}

/**
 * A tool's content entry in the page's language (its labels, help and presets from a translation
 * when there is one) and the number style its island starts in: the page language's locale.
 */
export async function localTool(id: ToolId, currentLocale: string | undefined) {
  const { language, t } = pageLanguage(currentLocale);
  const local = await localize('tools', await getTool(id), language.code);
  const locale = pageLocale(currentLocale);
  // Read raw: the island fills `{count}` and `{title}` itself.
  const words = Object.fromEntries(CALCULATOR_WORD_KEYS.map((k) => [k, t(`calculator.${k}`)])) as CalculatorWords;
  // The tool's own words (`tools.<id>.*`), read raw as well; the strings check makes sure each
  // language has them all.
  const toolWords = wordsUnder(`tools.${id}.`, currentLocale);
  return {
    tool: local.entry,
    style: {
      currency: site.currency,
      currencies: site.currencies,
      locale,
      locales: [...new Set([locale, ...site.locales])],
      words,
      // Left out for a tool whose words are still in code: nothing to add to its page's HTML.
      ...(Object.keys(toolWords).length ? { toolWords } : {}),
    },
  };
}

/**
 * Every key of the default language's strings under `prefix` (e.g. `assessment.`), in the page's
 * language, read raw (the island fills the placeholders), keys without the prefix.
 */
export function wordsUnder<K extends string>(prefix: string, currentLocale: string | undefined): Record<K, string> {
  const { t } = pageLanguage(currentLocale);
  return Object.fromEntries(
    Object.keys(stringsOf(languages.default.code))
      .filter((k) => k.startsWith(prefix))
      .map((k) => [k.slice(prefix.length), t(k)]),
  ) as Record<K, string>;
}

/** The page's locale for numbers and dates: the site's on the default language's pages, else the language's. */
export function pageLocale(currentLocale: string | undefined): string {
  const language = languageOf(currentLocale, languages);
  return language === languages.default ? site.locale : language.locale;
}

/** A chart's words (`calculator.*`) in one language (the default when `code` is left out), read raw. */
export function chartWordsIn(code?: string): ChartWords {
  const { t } = pageLanguage(code);
  return Object.fromEntries(CHART_WORD_KEYS.map((k) => [k, t(`calculator.${k}`)])) as ChartWords;
}

/** The search dialog's words in one language (the default when `code` is left out). */
export function searchWords(code?: string): SearchWords {
  const { t } = pageLanguage(code);
  const keys = ['dialogTitle', 'close', 'closeSearch', 'label', 'unavailable', 'none', 'one', 'many', 'manyCut'] as const;
  // Placeholders stay for the script to fill: each key is read raw, not filled.
  return Object.fromEntries(keys.map((k) => [k, t(`search.${k}`)])) as unknown as SearchWords;
}
