// The language helpers: where each language's pages live, which language a path is in, how a
// page's links follow its language, and the site config's languages with their defaults.
import { describe, expect, it } from 'vitest';
import { fill, languageOf, languagePrefix, localizeLinks, localizePath, splitLanguagePath } from '../../../src/lib/build/languages.ts';
import { languagesOf } from '../../../src/schemas/site.ts';

const en = { code: 'en', name: 'English', locale: 'en-GB' };
const de = { code: 'de', name: 'Deutsch', locale: 'de-DE' };
const fr = { code: 'fr', name: 'Français', locale: 'fr-FR' };
const two = languagesOf({ locale: 'en-GB', languages: [en, de], defaultLanguage: 'en' });

describe('languagesOf', () => {
  it('gives a site without languages one language, named by its locale', () => {
    // locale en-GB: language subtag "en", the locale itself for dates and numbers.
    expect(languagesOf({ locale: 'en-GB' })).toEqual({
      all: [{ code: 'en', name: 'en', locale: 'en-GB' }],
      default: { code: 'en', name: 'en', locale: 'en-GB' },
    });
  });

  it('puts the default language first wherever it is listed', () => {
    const l = languagesOf({ locale: 'de-DE', languages: [en, fr, de], defaultLanguage: 'de' });
    expect(l.default).toBe(de);
    expect(l.all.map((x) => x.code)).toEqual(['de', 'en', 'fr']);
  });

  it('takes the first language as the default when none is named', () => {
    expect(languagesOf({ locale: 'en-GB', languages: [fr, en] }).default).toBe(fr);
  });
});

describe('path mapping', () => {
  it('keeps the default language at the root and puts the others under their code', () => {
    expect(languagePrefix('en', two)).toBe('');
    expect(languagePrefix('de', two)).toBe('/de');
    expect(localizePath('/failures/x/', 'en', two)).toBe('/failures/x/');
    expect(localizePath('/failures/x/', 'de', two)).toBe('/de/failures/x/');
    expect(localizePath('/', 'de', two)).toBe('/de/');
  });

  it('reads the language off a path and gives the path in no language', () => {
    expect(splitLanguagePath('/de/failures/x/', two)).toEqual({ language: de, path: '/failures/x/' });
    expect(splitLanguagePath('/de/', two)).toEqual({ language: de, path: '/' });
    expect(splitLanguagePath('/failures/x/', two)).toEqual({ language: en, path: '/failures/x/' });
    // A page whose name starts with a language code is not in that language.
    expect(splitLanguagePath('/design/', two)).toEqual({ language: en, path: '/design/' });
  });

  it('falls back to the default language for an unknown or missing locale', () => {
    expect(languageOf('de', two)).toBe(de);
    expect(languageOf(undefined, two)).toBe(en);
    expect(languageOf('fr', two)).toBe(en);
  });
});

describe('fill', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(fill('Level {level}: {title}', { level: 2, title: 'Help' })).toBe('Level 2: Help');
    expect(fill('{count} pages match “{query}”', { count: 3 })).toBe('3 pages match “{query}”');
  });
});

describe('localizeLinks', () => {
  it('points links to pages at the page language, and leaves files, fragments, other sites and named languages alone', () => {
    const html = [
      '<a href="/failures/">',
      '<a class="x" href="/search/?q=pyramid">',
      '<a href="/#top">',
      '<form action="/search/" method="get">',
      '<a href="/logo.svg">',
      '<link rel="stylesheet" href="/theme.css">',
      '<a href="/_astro/x/">',
      '<a href="#method">',
      '<a href="https://example.org/a/">',
      '<a href="/en/x/" hreflang="en">',
      '<a href="/de/failures/">',
    ].join('');
    expect(localizeLinks(html, 'de', two)).toBe(
      [
        '<a href="/de/failures/">',
        '<a class="x" href="/de/search/?q=pyramid">',
        '<a href="/de/#top">',
        '<form action="/de/search/" method="get">',
        '<a href="/logo.svg">',
        '<link rel="stylesheet" href="/theme.css">',
        '<a href="/_astro/x/">',
        '<a href="#method">',
        '<a href="https://example.org/a/">',
        '<a href="/en/x/" hreflang="en">',
        '<a href="/de/failures/">',
      ].join(''),
    );
  });

  it('keeps the base path in front of the language', () => {
    expect(localizeLinks('<a href="/handbook/tools/">', 'de', two, '/handbook/')).toBe('<a href="/handbook/de/tools/">');
    expect(localizeLinks('<a href="/elsewhere/">', 'de', two, '/handbook/')).toBe('<a href="/elsewhere/">');
  });

  it('changes nothing on a page of the default language', () => {
    expect(localizeLinks('<a href="/failures/">', 'en', two)).toBe('<a href="/failures/">');
  });
});
