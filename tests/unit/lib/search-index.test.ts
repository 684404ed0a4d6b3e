import { describe, expect, it } from 'vitest';
import { builtFileOf, searchableDocument } from '../../../src/lib/build/search-index.ts';

describe('builtFileOf', () => {
  it('maps a page address to the file the directory build format writes', () => {
    expect(builtFileOf('/', '/')).toBe('index.html');
    expect(builtFileOf('/failures/not-measuring/', '/')).toBe('failures/not-measuring/index.html');
    expect(builtFileOf('/404.html', '/')).toBe('404.html');
  });

  it('drops the base path, with or without its trailing slash in the config', () => {
    expect(builtFileOf('/handbook/', '/handbook/')).toBe('index.html');
    expect(builtFileOf('/handbook/pyramid/', '/handbook')).toBe('pyramid/index.html');
    expect(builtFileOf('/handbook/404.html', '/handbook/')).toBe('404.html');
  });

  it('treats an address without a trailing slash as a folder, and decodes escapes', () => {
    expect(builtFileOf('/glossary', '/')).toBe('glossary/index.html');
    expect(builtFileOf('/caf%C3%A9/', '/')).toBe('café/index.html');
  });
});

describe('searchableDocument', () => {
  const page = (main: string) =>
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Churn · Playbook</title><link rel="stylesheet" href="/a.css"></head>' +
    `<body><header><nav><a href="/">Home</a></nav></header>${main}<footer>Footer text</footer></body></html>`;

  it('keeps the html tag, the title and the searchable main, and drops header, navigation, footer and head tags', () => {
    const doc = searchableDocument(page('<main id="main" data-pagefind-body><h1>Churn</h1><p>Why customers leave.</p></main>'));
    expect(doc).toBe(
      '<!doctype html><html lang="de"><head><title>Churn · Playbook</title></head>' +
        '<body><main id="main" data-pagefind-body><h1>Churn</h1><p>Why customers leave.</p></main></body></html>',
    );
    expect(doc).not.toContain('Footer text');
    expect(doc).not.toContain('Home');
  });

  it('is undefined for a page without searchable text', () => {
    expect(searchableDocument(page('<main id="main"><h1>Not found</h1></main>'))).toBeUndefined();
  });

  it('sends the whole page when the searchable element is not a single main', () => {
    const onDiv = page('<div data-pagefind-body><h1>Churn</h1></div>');
    expect(searchableDocument(onDiv)).toBe(onDiv);
    const twoMains = page('<main data-pagefind-body><h1>A</h1></main><main><h1>B</h1></main>');
    expect(searchableDocument(twoMains)).toBe(twoMains);
  });
});
