// Astro's collection queries behind the content check: the data layer reads content only through
// these. In `astro dev`, while the latest check of the content has errors, every query throws them
// (file:line: field), so a page never renders content that breaks a rule and Astro's error overlay
// shows the same message as the terminal. In a build the check has passed before any page renders.
import { getCollection as astroGetCollection, getEntry as astroGetEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentCheckPassed } from '../lib/content/check-gate.ts';

/** Every entry of a collection, once the content check has passed. */
export async function getCollection<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  await contentCheckPassed();
  return astroGetCollection(collection);
}

/** One entry by id, once the content check has passed. */
export async function getEntry<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C> | undefined> {
  await contentCheckPassed();
  return (await astroGetEntry(collection, id)) as CollectionEntry<C> | undefined;
}
