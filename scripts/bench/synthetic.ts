// Synthetic playbook content for the benchmark: N failure patterns (MDX, about the size of the
// real ones) in groups of 50, each mapped to an existing assessment dimension, so the content
// check passes and the build sees a playbook N patterns bigger. Text comes from a seeded
// generator, so the same N always gives the same files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Patterns per synthetic group (one /failures/ section each). */
const GROUP_SIZE = 50;

const WORDS = (
  'customer team journey service promise channel feedback loop owner budget review signal ' +
  'experience habit decision change process contact complaint renewal product support leader ' +
  'front line survey insight queue handover standard rhythm goal outcome friction effort trust ' +
  'moment visit order delivery account billing onboarding retention loyalty churn advocate'
).split(' ');
const VERBS = 'shapes slows hides changes repeats breaks follows weakens frames delays blocks rewards'.split(' ');
const ADJ = 'quiet slow costly visible shared hidden uneven late careful narrow broad steady'.split(' ');

/** A small seeded generator (mulberry32), so every run writes the same text. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(seed: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = () => {
    const s = `The ${pick(ADJ)} ${pick(WORDS)} ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} when the ${pick(WORDS)} ${pick(WORDS)} is ${pick(ADJ)}`;
    return `${s}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const phrase = () => `${pick(ADJ)} ${pick(WORDS)} ${pick(WORDS)}`;
  return { pick, sentence, paragraph, phrase };
}

const ids = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(`.${ext}`))
    .map((f) => f.slice(0, -ext.length - 1))
    .sort();

/** The id of synthetic pattern `i` (0-based). */
export const syntheticId = (i: number) => `bench-pattern-${String(i + 1).padStart(4, '0')}`;

/**
 * Adds `n` synthetic failure patterns to the content folder `contentDir` (a scratch copy: files
 * are written in place). Returns the ids written.
 */
export function addSyntheticPatterns(contentDir: string, n: number): string[] {
  const sources = ids(join(contentDir, 'sources'), 'yaml');
  const stats = ids(join(contentDir, 'stats'), 'yaml');
  const terms = ids(join(contentDir, 'glossary'), 'yaml');
  const levels = ids(join(contentDir, 'pyramid'), 'mdx');
  const themes = ids(join(contentDir, 'failure-themes'), 'yaml');
  const tools = ids(join(contentDir, 'tools'), 'mdx');
  const dimDir = join(contentDir, 'assessment', 'dimensions');
  const dimensions = ids(dimDir, 'yaml');
  const groupDir = join(contentDir, 'failure-groups');
  const groupOrders = ids(groupDir, 'yaml').map((g) =>
    Number((parse(readFileSync(join(groupDir, `${g}.yaml`), 'utf8')) as { order: number }).order),
  );
  const firstOrder = Math.max(0, ...groupOrders) + 1;
  if (!sources.length || !stats.length || !terms.length || !levels.length || !themes.length || !dimensions.length) {
    throw new Error(`synthetic content: ${contentDir} lacks sources, stats, glossary, pyramid, failure themes or dimensions to refer to`);
  }

  const written: string[] = [];
  const groups = Math.ceil(n / GROUP_SIZE);
  for (let g = 0; g < groups; g++) {
    const w = writer(10_000 + g);
    const id = `bench-group-${String(g + 1).padStart(3, '0')}`;
    writeFileSync(
      join(groupDir, `${id}.yaml`),
      stringify({ title: `Synthetic group ${g + 1}`, order: firstOrder + g, intro: w.paragraph(2), source: sources[g % sources.length] }),
    );
  }

  const mapped = new Map<string, string[]>(dimensions.map((d) => [d, []]));
  mkdirSync(join(contentDir, 'failures'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const w = writer(i + 1);
    const id = syntheticId(i);
    const group = `bench-group-${String(Math.floor(i / GROUP_SIZE) + 1).padStart(3, '0')}`;
    const related = [i - 1, i + 1].filter((j) => j >= 0 && j < n).map(syntheticId);
    const term = (k: number) => terms[(i + k) % terms.length]!;
    const data = {
      title: `Synthetic pattern ${i + 1}: ${w.phrase()}`,
      group,
      order: (i % GROUP_SIZE) + 1,
      summary: w.sentence(),
      symptoms: Array.from({ length: 4 }, w.sentence),
      // Spread round the existing themes, after their own patterns (positions from 100 up).
      theme: themes[i % themes.length],
      themeOrder: 100 + Math.floor(i / themes.length),
      plays: Array.from({ length: 5 }, (_, k) => ({
        text: w.sentence(),
        owner: 'CX lead',
        effort: (['hours', 'days', 'weeks', 'months'] as const)[k % 4],
      })),
      questions: Array.from({ length: 3 }, () => `${w.sentence().slice(0, -1)}?`),
      sources: [sources[i % sources.length]!],
      stats: [stats[i % stats.length]!],
      levels: [levels[i % levels.length]!],
      tools: tools.length ? [tools[i % tools.length]!] : [],
      related,
      terms: [term(0), term(1)],
    };
    const body = [
      w.paragraph(4),
      `${w.paragraph(2)} <Term id="${term(0)}">${w.pick(WORDS)} ${w.pick(WORDS)}</Term> ${w.paragraph(1)}`,
      '## Why it happens',
      w.paragraph(5),
      `${w.paragraph(2)} <Stat id="${stats[i % stats.length]}" />. ${w.paragraph(2)}`,
      `<Callout title="Example">\n${w.paragraph(3)}\n</Callout>`,
      '## What to do instead',
      w.paragraph(5),
      `${w.paragraph(2)} See also <Term id="${term(1)}">${w.pick(WORDS)}</Term>${related[0] ? ` and [the neighbouring pattern](/failures/${related[0]}/)` : ''}.`,
    ].join('\n\n');
    writeFileSync(join(contentDir, 'failures', `${id}.mdx`), `---\n${stringify(data)}---\n\n${body}\n`);
    mapped.get(dimensions[i % dimensions.length]!)!.push(id);
    written.push(id);
  }

  // Every pattern must be listed by a dimension; spread them round the existing ones.
  for (const [dim, added] of mapped) {
    if (!added.length) continue;
    const file = join(dimDir, `${dim}.yaml`);
    const doc = parse(readFileSync(file, 'utf8')) as { failures: string[] };
    doc.failures = [...doc.failures, ...added];
    writeFileSync(file, stringify(doc));
  }
  return written;
}
