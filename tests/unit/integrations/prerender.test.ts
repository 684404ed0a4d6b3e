import { describe, expect, it } from 'vitest';
import { reviveError, workerCount } from '../../../src/integrations/prerender.ts';

describe('workerCount', () => {
  it('uses one worker thread per spare core, at most three', () => {
    expect(workerCount({}, 1)).toBe(0); // one core: the main thread renders alone
    expect(workerCount({}, 2)).toBe(1);
    expect(workerCount({}, 4)).toBe(3);
    expect(workerCount({}, 16)).toBe(3);
  });

  it('follows CXP_RENDER_WORKERS when it is set', () => {
    expect(workerCount({ CXP_RENDER_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount({ CXP_RENDER_WORKERS: '5' }, 2)).toBe(5);
    expect(workerCount({ CXP_RENDER_WORKERS: '' }, 2)).toBe(1);
  });

  it('names the variable and the bad value', () => {
    expect(() => workerCount({ CXP_RENDER_WORKERS: 'two' }, 2)).toThrow('CXP_RENDER_WORKERS must be a whole number of 0 or more, not "two"');
    expect(() => workerCount({ CXP_RENDER_WORKERS: '-1' }, 2)).toThrow('not "-1"');
    expect(() => workerCount({ CXP_RENDER_WORKERS: '1.5' }, 2)).toThrow('not "1.5"');
  });
});

describe('reviveError', () => {
  it('keeps what Astro prints of an error thrown while a worker rendered a page', () => {
    const error = reviveError({ name: 'AstroError', message: 'Missing parameter: id', stack: 'AstroError: Missing parameter: id\n    at page.astro:3', hint: 'Pass id.', title: 'Missing parameter' });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Missing parameter: id');
    expect(error.name).toBe('AstroError');
    expect(error.stack).toContain('at page.astro:3');
    expect(error).toMatchObject({ hint: 'Pass id.', title: 'Missing parameter' });
    expect(String(error)).toBe('AstroError: Missing parameter: id');
  });
});
