// The German print page (/de/print/): each block of the playbook in German where it is translated,
// as on its own page, the rest in English marked `lang="en"` on that block only; no "not yet
// translated" notice while anything is translated; a statistic in the language of the block around
// it; the glossary in German alphabetical order. Relies on content/translations/de/: every pyramid
// level, every failure theme, the pyramid introduction and the pattern inverted-pyramid are
// translated, not-measuring and too-busy-for-customers are not; the statistic
// ceos-behind-expectations is, and it is cited both in the German level needs-anticipated and in
// the English pattern too-busy-for-customers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, LANGUAGES } from './dist-helpers.ts';

const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** The element whose opening tag has `attr` (e.g. `id="x"`), from its opening tag to its closing tag (not nested in its own kind). */
function element(html: string, attr: string): { open: string; inner: string; text: string } {
  const at = html.indexOf(attr);
  if (at < 0) throw new Error(`no element with ${attr}`);
  const start = html.lastIndexOf('<', at);
  const name = /^<(\w+)/.exec(html.slice(start))![1]!;
  const openEnd = html.indexOf('>', at) + 1;
  const end = html.indexOf(`</${name}>`, openEnd);
  const inner = html.slice(openEnd, end);
  return { open: html.slice(start, openEnd), inner, text: inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() };
}

/** A block (article or section) of the page, from its opening tag to the next block's. */
function block(html: string, labelledBy: string): { open: string; html: string } {
  const at = html.indexOf(`aria-labelledby="${labelledBy}"`);
  if (at < 0) throw new Error(`no block labelled by ${labelledBy}`);
  const start = html.lastIndexOf('<', at);
  const next = html.slice(start + 1).search(/<(article|section) class="part"/);
  const body = next < 0 ? html.slice(start) : html.slice(start, start + 1 + next);
  return { open: body.slice(0, body.indexOf('>') + 1), html: body };
}

const langOf = (openTag: string) => / lang="([^"]+)"/.exec(openTag)?.[1];

describe.runIf(LANGUAGES.all.length > 1)('the German print page', () => {
  const html = read('de/print');
  const main = /<main[\s\S]*<\/main>/.exec(html)![0];

  it('shows no "not yet translated" notice, since most of it is translated', () => {
    expect(html).toMatch(/<html lang="de"/);
    expect(html).not.toContain('class="fallback-note"');
    expect(html).not.toContain('Noch nicht übersetzt.');
  });

  it('shows the translated pyramid introduction and levels in German, without lang', () => {
    const intro = block(main, 'part-pyramid');
    expect(langOf(intro.open)).toBeUndefined();
    expect(element(intro.html, 'id="part-pyramid"').text).toBe('Die CX-Pyramide');

    const level = block(main, 'level-useful-information');
    expect(langOf(level.open)).toBeUndefined();
    const title = element(level.html, 'id="level-useful-information"');
    expect(title.text).toBe('Stufe 1: Kunden Informationen geben, mit denen sie etwas anfangen können');
    expect(title.open + title.inner).not.toContain(' lang=');
    const heading = element(level.html, 'id="level-useful-information-for-the-customer"');
    expect(heading.text).toBe('Für die Kundschaft');
    expect(langOf(heading.open)).toBeUndefined();
    // The level's own text is the translation's.
    expect(level.html).toContain('Ich finde heraus, was ich wissen muss');
    // Nothing in the five levels is marked English.
    for (const id of ['useful-information', 'brand-problem-solved', 'customer-problem-solved', 'needs-anticipated', 'customers-empowered'])
      expect(block(main, `level-${id}`).html, id).not.toContain('lang="en"');
  });

  it('shows the translated themes and the translated pattern in German, without lang', () => {
    const theme = block(main, 'theme-strategy-and-goals');
    expect(langOf(theme.open)).toBeUndefined();
    expect(element(theme.html, 'id="theme-strategy-and-goals"').text).toBe('Strategie und Ziele');

    const pattern = block(main, 'failure-inverted-pyramid');
    expect(langOf(pattern.open)).toBeUndefined();
    expect(element(pattern.html, 'id="failure-inverted-pyramid"').text).toBe('Die umgekehrte Pyramide');
    expect(pattern.html).not.toContain('lang="en"');
  });

  it('shows an untranslated pattern in English, lang="en" on its article, the German section headings inside marked German', () => {
    const pattern = block(main, 'failure-not-measuring');
    expect(langOf(pattern.open)).toBe('en');
    expect(element(pattern.html, 'id="failure-not-measuring"').text).toMatch(/^Not measuring/);
    const symptoms = element(pattern.html, 'id="failure-not-measuring-symptoms"');
    expect(langOf(symptoms.open)).toBe('de');
    expect(symptoms.text).toBe('Woran Sie es merken');
    // "Zuständig: {owner}. Aufwand: …": the page's words German, the play's owner English.
    expect(pattern.html).toMatch(/<span class="play-meta"[^>]* lang="de"[^>]*>Zuständig: <span lang="en"[^>]*>[^<]+<\/span>\. Aufwand: /);
  });

  it('marks only the untranslated entries of the contents: the introduction, levels and themes carry no lang', () => {
    const toc = element(main, 'class="print-toc"').inner;
    expect(element(toc, 'href="#part-pyramid"').open).not.toContain(' lang=');
    expect(element(toc, 'href="#part-pyramid"').text).toBe('Die CX-Pyramide');
    expect(element(toc, 'href="#level-useful-information"').inner).not.toContain(' lang=');
    expect(element(toc, 'href="#theme-strategy-and-goals"').open).not.toContain(' lang=');
    expect(toc).toMatch(/<li(?: data-astro-cid-\w+)?><a href="#failure-inverted-pyramid"[^>]*>Die umgekehrte Pyramide<\/a>/);
    expect(toc).toMatch(/<li lang="en"[^>]*><a href="#failure-not-measuring"[^>]*>Not measuring/);
  });

  it('shows a statistic in German inside a German block and in English inside an English block', () => {
    /** Each time the statistic is cited in a block: in its body text (MDX) and in its evidence list. */
    const stats = (part: string) => {
      const body = block(main, part).html;
      const found = [...body.matchAll(/<span[^>]* data-stat="ceos-behind-expectations"/g)].map((m) => element(body.slice(m.index), 'data-stat='));
      expect(found, `the statistic in ${part}`).toHaveLength(2);
      return found;
    };
    for (const german of stats('level-needs-anticipated')) {
      expect(german.text).toMatch(/^Mehr als die Hälfte der CEOs/);
      expect(langOf(german.open)).toBeUndefined();
    }
    for (const english of stats('failure-too-busy-for-customers')) {
      expect(english.text).toMatch(/^More than half of CEOs/);
      // Inside the English article it needs no lang of its own.
      expect(langOf(english.open)).toBeUndefined();
    }
    const germanBlocks = ['part-pyramid', 'level-needs-anticipated', 'failure-inverted-pyramid'].map((p) => block(main, p).html).join('');
    const englishBlock = block(main, 'failure-too-busy-for-customers').html;
    expect(germanBlocks).not.toContain('More than half of CEOs');
    expect(englishBlock).not.toContain('Mehr als die Hälfte der CEOs');
  });

  it('lists the glossary in German alphabetical order, English terms marked on their dt and dd', () => {
    const glossary = block(main, 'part-glossary').html;
    expect(langOf(element(glossary, 'id="part-glossary"').open)).toBeUndefined();
    const terms = [...glossary.matchAll(/<dt([^>]*)>([^<]*)/g)].map((m) => ({ lang: langOf(m[1]!), term: m[2]!.trim() }));
    expect(terms.length).toBeGreaterThan(30);
    const names = terms.map((t) => t.term);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(names[0]).toBe('Amortisationsdauer');
    expect(terms.find((t) => t.term === 'CX-Pyramide')?.lang).toBeUndefined();
    expect(terms.find((t) => t.term.startsWith('Customer loyalty'))?.lang).toBe('en');
    expect(glossary).toMatch(/<dd lang="en"[^>]*>/);
  });

  it('keeps the English /print/ free of lang marks in its content', () => {
    const english = /<main[\s\S]*<\/main>/.exec(read('print'))![0];
    expect(english).not.toContain(' lang=');
    expect(english).toContain('<h2 id="part-glossary"');
  });
});
