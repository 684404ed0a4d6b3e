// What the page weigher counts as loaded up front and as loaded later, on code as the bundler emits it.
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../../scripts/bench/page-weight.ts';

describe('importsOf', () => {
  it('splits static imports from dynamic import() and worker scripts', () => {
    const code = [
      'import{a as e}from"./core.js";',
      'export{b}from`./b.js`;',
      'const m=()=>import(`./lazy.js`);',
      // Vite's output for new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }):
      'new Worker(new URL(`/_astro/survey-worker-Cz7cQ36R.js`,``+import.meta.url),{type:`module`,name:`survey`});',
      'const s="./not-a-module.js is just text";',
    ].join('\n');
    expect(importsOf(code)).toEqual({
      static: ['./core.js', './b.js'],
      dynamic: ['./lazy.js', '/_astro/survey-worker-Cz7cQ36R.js'],
    });
  });
});
