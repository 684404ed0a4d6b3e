// "My plan": the symptoms and plays a reader ticked on the pattern pages, kept in this browser
// only, gathered by pattern, and written out as CSV or Markdown. Pure functions but the two that
// touch storage; the island (src/islands/plan/) only renders what they return.
import type { Effort } from '../../schemas/failures.ts';
import { removeStored } from './storage.ts';
import { toCsv } from './csv.ts';
import { fill } from './calculator-words.ts';

/**
 * Where the ticks are kept: `{ "<tick id>": 1, … }`. src/scripts/ticks.js, the pattern pages'
 * inline script, writes the same key (a unit test holds the two to it).
 */
export const TICKS_KEY = 'cx-playbook:ticks:v1';

/** One line a reader can tick. */
export interface TickLine {
  /** The id the pattern page ticks it under (src/lib/build/tick-id.ts). */
  id: string;
  text: string;
}

/** A play: a line with who takes it and roughly how long it takes. */
export interface PlanPlay extends TickLine {
  owner: string;
  effort: Effort;
}

/** A failure pattern with everything a reader could tick on its page. */
export interface PlanPattern {
  id: string;
  title: string;
  /** Link to the pattern's page, base path included. */
  href: string;
  /** Title of the pattern's theme. */
  theme: string;
  symptoms: TickLine[];
  plays: PlanPlay[];
}

/**
 * The ids ticked in stored text, which is untrusted: only an object's keys whose value is 1 count;
 * anything else (no text, bad JSON, an array, other values) counts as nothing ticked. Checked by
 * hand rather than with zod, which would more than double the page's JavaScript for one check.
 */
export function parseTicks(text: string | null): Set<string> {
  try {
    const data: unknown = JSON.parse(text ?? '{}');
    if (!data || typeof data !== 'object' || Array.isArray(data)) return new Set();
    return new Set(Object.entries(data).flatMap(([id, v]) => (v === 1 ? [id] : [])));
  } catch {
    return new Set();
  }
}

/** The ids ticked in this browser (none when storage is off, empty or malformed). */
export function readTicks(): Set<string> {
  try {
    return parseTicks(localStorage.getItem(TICKS_KEY));
  } catch {
    return new Set(); // storage blocked
  }
}

/** Forgets every tick kept in this browser. */
export function clearTicks(): void {
  removeStored(TICKS_KEY);
}

/** The patterns with at least one tick, in the order given, each keeping only its ticked lines. */
export function selectPlan(patterns: readonly PlanPattern[], ticked: ReadonlySet<string>): PlanPattern[] {
  return patterns
    .map((p) => ({ ...p, symptoms: p.symptoms.filter((s) => ticked.has(s.id)), plays: p.plays.filter((s) => ticked.has(s.id)) }))
    .filter((p) => p.symptoms.length > 0 || p.plays.length > 0);
}

/**
 * The downloads' words (`plan.csv*`, `plan.md*` in content/strings/<code>.yaml) and each effort's
 * name in the page's language; PLAN_FILE_WORDS is the default language's copy, held equal to
 * en.yaml by tests/unit/lib/plan-words.test.ts.
 */
export interface PlanFileWords {
  csvPattern: string;
  csvKind: string;
  csvText: string;
  csvOwner: string;
  csvEffort: string;
  csvPlay: string;
  csvSymptom: string;
  mdPlays: string;
  mdSymptoms: string;
  /** One play as a task line: `{text}`, `{owner}`, `{effort}`. */
  mdPlay: string;
  /** Each effort's name; left out, the effort's id (the English word) is written. */
  effort?: Readonly<Record<Effort, string>>;
}

export const PLAN_FILE_WORDS: PlanFileWords = {
  csvPattern: 'pattern',
  csvKind: 'kind',
  csvText: 'text',
  csvOwner: 'owner',
  csvEffort: 'effort',
  csvPlay: 'play',
  csvSymptom: 'symptom',
  mdPlays: 'Plays:',
  mdSymptoms: 'Symptoms we recognised:',
  mdPlay: '- [ ] {text} (owner: {owner}; effort: {effort})',
};

const effortIn = (w: PlanFileWords, effort: Effort) => w.effort?.[effort] ?? effort;

/** The plan as CSV: one row per ticked play, then one per ticked symptom (owner and effort empty). */
export function planCsv(plan: readonly PlanPattern[], w: PlanFileWords = PLAN_FILE_WORDS): string {
  const rows: string[][] = [[w.csvPattern, w.csvKind, w.csvText, w.csvOwner, w.csvEffort]];
  for (const p of plan) for (const play of p.plays) rows.push([p.title, w.csvPlay, play.text, play.owner, effortIn(w, play.effort)]);
  for (const p of plan) for (const s of p.symptoms) rows.push([p.title, w.csvSymptom, s.text, '', '']);
  return toCsv(rows);
}

/** The plan as Markdown: a heading per pattern, its plays as a task list with owner and effort, then the symptoms. */
export function planMarkdown(plan: readonly PlanPattern[], title: string, origin = '', w: PlanFileWords = PLAN_FILE_WORDS): string {
  const out = [`# ${title}`, ''];
  for (const p of plan) {
    out.push(`## ${p.title}`, '', `${origin}${p.href}`, '');
    if (p.plays.length) {
      out.push(w.mdPlays, '');
      for (const play of p.plays) out.push(fill(w.mdPlay, { text: play.text, owner: play.owner, effort: effortIn(w, play.effort) }));
      out.push('');
    }
    if (p.symptoms.length) {
      out.push(w.mdSymptoms, '');
      for (const s of p.symptoms) out.push(`- ${s.text}`);
      out.push('');
    }
  }
  return out.join('\n');
}
