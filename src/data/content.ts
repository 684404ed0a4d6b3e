// Every collection query lives here; pages never filter collections ad hoc. Cross-references
// are already proven to resolve by the content check (src/lib/content/), which runs first.
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { getCollection, getEntry } from './checked.ts';
import type { ToolId } from '../tools/registry.ts';
import { isEvidence } from '../schemas/stats.ts';

export type Level = CollectionEntry<'pyramid'>;
export type Failure = CollectionEntry<'failures'>;
export type Group = CollectionEntry<'groups'>;
export type Theme = CollectionEntry<'themes'>;
export type StatEntry = CollectionEntry<'stats'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type ToolEntry = CollectionEntry<'tools'>;
export type DimensionEntry = CollectionEntry<'dimensions'>;

/** Looks up an id the content check has already resolved; throws if that guarantee breaks. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not found; run npm run check:content`);
  return value;
}

/**
 * `fn`, computed once per build. Collections do not change during `astro build`, yet every page
 * asks for the ordered lists (previous/next alone needs every failure pattern), so without this a
 * build of N pages sorts and filters the collections N times: quadratic, about two seconds of a
 * 1,000-page build. In `astro dev` each call recomputes, so edits show at once. Callers must not
 * mutate what they get (copy before sorting).
 */
export function oncePerBuild<T>(fn: () => Promise<T>): () => Promise<T> {
  if (import.meta.env.DEV) return fn;
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

const indexes = new Map<CollectionKey, Promise<Map<string, unknown>>>();

/**
 * One entry by id. In a build each collection is read once into a map: pages look up the same
 * stats, sources, terms and groups again and again, and `getEntry` copies the entry and imports a
 * module on every call (about a third of a second of a 1,000-page build). In `astro dev` it is
 * `getEntry`, so edits show at once.
 */
async function entryById<C extends CollectionKey>(collection: C, id: string, what: string): Promise<CollectionEntry<C>> {
  if (import.meta.env.DEV) return must((await getEntry(collection, id)) as CollectionEntry<C> | undefined, what);
  let index = indexes.get(collection);
  if (!index) {
    index = getCollection(collection).then((all) => new Map(all.map((e) => [e.id, e])));
    indexes.set(collection, index);
  }
  return must((await index).get(id) as CollectionEntry<C> | undefined, what);
}

/** The five pyramid levels from the base (level 1) up. */
export const getLevels: () => Promise<Level[]> = oncePerBuild(async () =>
  (await getCollection('pyramid')).sort((a, b) => a.data.level - b.data.level),
);

export async function getLevelsById(ids: string[]): Promise<Level[]> {
  const all = await getLevels();
  return all.filter((l) => ids.includes(l.id));
}

export async function getGroup(id: string): Promise<Group> {
  return entryById('groups', id, `failure group "${id}"`);
}

/** Failure groups in order, each with its patterns in order. */
export const getGroupsWithFailures: () => Promise<{ group: Group; failures: Failure[] }[]> = oncePerBuild(async () => {
  const groups = (await getCollection('groups')).sort((a, b) => a.data.order - b.data.order);
  const byGroup = new Map<string, Failure[]>(groups.map((g) => [g.id, []]));
  for (const f of await getCollection('failures')) byGroup.get(f.data.group)?.push(f);
  return groups.map((group) => ({ group, failures: byGroup.get(group.id)!.sort((a, b) => a.data.order - b.data.order) }));
});

/** Failure themes in order, each with its patterns in theme order: the main way through /failures/. */
export const getThemesWithFailures: () => Promise<{ theme: Theme; failures: Failure[] }[]> = oncePerBuild(async () => {
  const themes = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
  const byTheme = new Map<string, Failure[]>(themes.map((t) => [t.id, []]));
  for (const f of await getCollection('failures')) byTheme.get(f.data.theme)?.push(f);
  return themes.map((theme) => ({ theme, failures: byTheme.get(theme.id)!.sort((a, b) => a.data.themeOrder - b.data.themeOrder) }));
});

/** All failure patterns in reading order (by theme, then position in the theme). */
export const getFailuresInOrder: () => Promise<Failure[]> = oncePerBuild(async () =>
  (await getThemesWithFailures()).flatMap((t) => t.failures),
);

/** The patterns that share a failure pattern's theme, itself included, in theme order. */
export async function getThemeOf(failure: Failure): Promise<{ theme: Theme; failures: Failure[] }> {
  return must(
    (await getThemesWithFailures()).find((t) => t.theme.id === failure.data.theme),
    `failure theme "${failure.data.theme}"`,
  );
}

const getFailureMap = oncePerBuild(async () => new Map((await getFailuresInOrder()).map((f) => [f.id, f])));

export async function getFailuresById(ids: string[]): Promise<Failure[]> {
  const all = await getFailureMap();
  return ids.map((id) => must(all.get(id), `failure pattern "${id}"`));
}

/** Failure patterns that hold an organisation back from a pyramid level. */
export async function getFailuresForLevel(levelId: string): Promise<Failure[]> {
  return (await getFailuresInOrder()).filter((f) => f.data.levels.includes(levelId));
}

const getDimensions = oncePerBuild(async () => (await getCollection('dimensions')).sort((a, b) => a.data.order - b.data.order));

/** Assessment dimensions that list a failure pattern, in order. */
export async function getDimensionsForFailure(failureId: string): Promise<DimensionEntry[]> {
  return (await getDimensions()).filter((d) => d.data.failures.includes(failureId));
}

/** A statistic with its source entry, ready for the Stat component. */
export interface CitedStat {
  id: string;
  stat: StatEntry['data'];
  source: SourceEntry;
}

export async function getCitedStat(id: string): Promise<CitedStat & { entry: StatEntry }> {
  const stat = await entryById('stats', id, `stat "${id}"`);
  const source = await entryById('sources', stat.data.source, `source "${stat.data.source}"`);
  return { id, stat: stat.data, source, entry: stat };
}

export async function getCitedStats(ids: string[]): Promise<(CitedStat & { entry: StatEntry })[]> {
  return Promise.all(ids.map(getCitedStat));
}

/** A page's statistic ids split, in the order listed: evidence (studies, surveys) and examples (illustrations, anecdotes). */
export async function splitStats(ids: string[]): Promise<{ evidence: string[]; examples: string[] }> {
  const stats = await getCitedStats(ids);
  return {
    evidence: stats.filter((s) => isEvidence(s.stat.kind)).map((s) => s.id),
    examples: stats.filter((s) => !isEvidence(s.stat.kind)).map((s) => s.id),
  };
}

/** Sources in order, each with the statistics taken from it. */
export async function getSourcesWithStats(): Promise<{ source: SourceEntry; stats: StatEntry[] }[]> {
  const sources = (await getCollection('sources')).sort((a, b) => a.data.order - b.data.order);
  const stats = await getCollection('stats');
  return sources.map((source) => ({ source, stats: stats.filter((s) => s.data.source === source.id) }));
}

export async function getSourcesById(ids: string[]): Promise<SourceEntry[]> {
  return Promise.all(ids.map((id) => entryById('sources', id, `source "${id}"`)));
}

/** Glossary terms in alphabetical order of the term, by the rules of `locale` (the language the terms are in). */
export async function getGlossary(locale: string) {
  return sortTerms(await getCollection('glossary'), locale);
}

/** Terms in alphabetical order by the rules of `locale` (German sorts "Ä" with "A"). */
export function sortTerms<T extends { data: { term: string } }>(terms: T[], locale: string): T[] {
  return [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, locale));
}

export async function getTerm(id: string) {
  return entryById('glossary', id, `glossary term "${id}"`);
}

export async function getTermsById(ids: string[]) {
  return Promise.all(ids.map(getTerm));
}

/** Tools in order. */
export const getTools: () => Promise<ToolEntry[]> = oncePerBuild(async () =>
  (await getCollection('tools')).sort((a, b) => a.data.order - b.data.order),
);

/** A tool's content entry: the one whose `calculator` names the tool (the content check proves there is exactly one). */
export async function getTool(id: ToolId): Promise<ToolEntry> {
  return must(
    (await getTools()).find((t) => t.data.calculator === id),
    `the content entry of the "${id}" tool`,
  );
}

export async function getToolsById(ids: string[]): Promise<ToolEntry[]> {
  const all = await getTools();
  return ids.map((id) =>
    must(
      all.find((t) => t.id === id),
      `tool "${id}"`,
    ),
  );
}

export async function getPage(id: string) {
  return entryById('pages', id, `page "${id}"`);
}

/** Path of a content file from the project root, for "Edit this page" links. */
export function contentFile(collectionDir: string, id: string, ext: 'mdx' | 'yaml' = 'mdx'): string {
  return `content/${collectionDir}/${id}.${ext}`;
}
