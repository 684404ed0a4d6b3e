// My plan: tick ids, reading stored ticks (untrusted), choosing what was ticked, and the CSV and
// Markdown exports. Every expected value is written out by hand from the inputs beside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TICKS_KEY, parseTicks, planCsv, planMarkdown, selectPlan, type PlanPattern } from '../../../src/lib/browser/plan.ts';
import { fnv1a, tickId } from '../../../src/lib/build/tick-id.ts';

describe('tick ids', () => {
  it('hash with 32-bit FNV-1a (the published test vectors)', () => {
    // From the FNV reference (isthe.com/chongo/tech/comp/fnv): FNV-1a 32 of "" is the offset
    // basis 0x811c9dc5; of "a" it is 0xe40c292c; of "foobar" 0xbf9cf968.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('are the pattern id, p or s for play or symptom, and the hash in base 36', () => {
    expect(tickId('no-clear-ownership', 'play', 'a')).toBe(`no-clear-ownership:p:${(0xe40c292c).toString(36)}`);
    expect(tickId('no-clear-ownership', 'symptom', 'a')).toBe(`no-clear-ownership:s:${(0xe40c292c).toString(36)}`);
  });

  it('use the storage key the pattern pages’ script writes', () => {
    expect(readFileSync('src/scripts/ticks.js', 'utf8')).toContain(`const KEY = '${TICKS_KEY}';`);
  });
});

describe('stored ticks', () => {
  it('count only the keys of an object whose value is 1', () => {
    expect([...parseTicks('{"a":1,"b":0,"c":"1","d":1}')]).toEqual(['a', 'd']);
  });

  it('count nothing when storage holds nothing, bad JSON, an array or a number', () => {
    for (const text of [null, '', 'not json', '["a"]', '1', 'null']) expect(parseTicks(text).size, String(text)).toBe(0);
  });
});

const patterns: PlanPattern[] = [
  {
    id: 'one',
    title: 'Pattern one',
    href: '/failures/one/',
    theme: 'Theme A',
    symptoms: [{ id: 'one:s:1', text: 'Symptom one' }],
    plays: [
      { id: 'one:p:1', text: 'Play one', owner: 'CX lead', effort: 'days' },
      { id: 'one:p:2', text: 'Play two, with a comma', owner: 'Leadership team', effort: 'weeks' },
    ],
  },
  {
    id: 'two',
    title: 'Pattern two',
    href: '/failures/two/',
    theme: 'Theme B',
    symptoms: [{ id: 'two:s:1', text: 'Symptom two' }],
    plays: [{ id: 'two:p:1', text: 'Play three', owner: 'Research team', effort: 'hours' }],
  },
];

describe('the plan', () => {
  it('keeps only the ticked lines, and only the patterns with one, in the order given', () => {
    const plan = selectPlan(patterns, new Set(['one:p:2', 'one:s:1', 'missing:p:1']));
    expect(plan).toEqual([{ ...patterns[0], plays: [patterns[0]!.plays[1]] }]);
    expect(selectPlan(patterns, new Set())).toEqual([]);
  });

  it('exports as CSV: a row per play with owner and effort, then a row per symptom', () => {
    const plan = selectPlan(patterns, new Set(['one:p:2', 'one:s:1', 'two:p:1']));
    expect(planCsv(plan)).toBe(
      'pattern,kind,text,owner,effort\r\n' +
        'Pattern one,play,"Play two, with a comma",Leadership team,weeks\r\n' +
        'Pattern two,play,Play three,Research team,hours\r\n' +
        'Pattern one,symptom,Symptom one,,\r\n',
    );
  });

  it('exports as Markdown: a heading and link per pattern, plays as open tasks with owner and effort, then symptoms', () => {
    const plan = selectPlan(patterns, new Set(['one:p:1', 'one:s:1', 'two:p:1']));
    expect(planMarkdown(plan, 'CX Playbook: my plan', 'https://example.org')).toBe(
      [
        '# CX Playbook: my plan',
        '',
        '## Pattern one',
        '',
        'https://example.org/failures/one/',
        '',
        'Plays:',
        '',
        '- [ ] Play one (owner: CX lead; effort: days)',
        '',
        'Symptoms we recognised:',
        '',
        '- Symptom one',
        '',
        '## Pattern two',
        '',
        'https://example.org/failures/two/',
        '',
        'Plays:',
        '',
        '- [ ] Play three (owner: Research team; effort: hours)',
        '',
      ].join('\n'),
    );
  });
});
