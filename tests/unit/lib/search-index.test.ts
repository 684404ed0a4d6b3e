import { describe, expect, it } from 'vitest';
import { builtFileOf } from '../../../src/lib/search-index.ts';

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
