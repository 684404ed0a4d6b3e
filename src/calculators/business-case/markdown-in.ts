// The business case as Markdown, to paste into a deck or a wiki: headings, tables with a header
// row, evidence with its citations and a list of sources, in a language's words (`businessCase.*`
// of the page's strings). Pure: the island saves the text with saveFile (src/lib/browser/download.ts);
// tests/unit/calculators/business-case-markdown.test.ts holds it to a hand-written document
// (./markdown.ts writes it in the default language's words). This file holds no words.
import { fillWords } from '../shared/words.ts';
import type { CaseDocument, CaseSection, CaseTable } from './document.ts';
import type { CaseWords } from './words.ts';

/** Text made safe for one table cell: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
/** Text made safe for a line of prose: no line breaks, and characters Markdown would read as markup escaped. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*[\]<>])/g, '\\$1');

/** A Markdown table: the header row, the separator, then each row. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)];
}

const tableBlock = (t: CaseTable) => [`#### ${inline(t.title)}`, '', ...markdownTable(t.head, t.rows), ''];

function section(W: CaseWords, s: CaseSection): string[] {
  return [
    `## ${fillWords(W.sectionTitle, { tool: inline(s.toolTitle), scenario: inline(s.scenario) })}`,
    '',
    `[${W.toolLink}](${s.href})`,
    '',
    `### ${W.inputs}`,
    '',
    ...markdownTable(
      [W.input, W.value],
      s.inputs.map((r) => [r.label, r.value]),
    ),
    '',
    `### ${W.results}`,
    '',
    ...markdownTable(
      [W.result, W.value],
      s.results.map((r) => [r.label, r.note ? `${r.value} (${r.note})` : r.value]),
    ),
    '',
    ...(s.tables.length ? [`### ${W.chartData}`, '', ...s.tables.flatMap(tableBlock)] : []),
    ...(s.range
      ? [
          `### ${inline(s.range.title)}`,
          '',
          ...s.range.notes.flatMap((n) => [inline(n), '']),
          ...[...s.range.tables, ...s.range.chartTables].flatMap(tableBlock),
        ]
      : []),
    `### ${W.method}`,
    '',
    `${inline(s.method.summary)} [${W.methodLink}](${s.method.href})`,
    '',
  ];
}

/** The whole document as Markdown in the words `W`, ending with one newline. */
export function caseMarkdownIn(doc: CaseDocument, W: CaseWords): string {
  const lines = [
    `# ${W.title}`,
    '',
    inline(fillWords(W.prepared, { date: doc.date })),
    '',
    `## ${W.summary}`,
    '',
    ...doc.summary.map((s) => `- **${inline(s.section)}**: ${inline(s.text)}`),
    `- **${W.patternsAddressed}**: ${doc.evidence.length ? doc.evidence.map((e) => inline(e.title)).join('; ') : W.noPatterns}`,
    '',
    ...doc.sections.flatMap((s) => section(W, s)),
  ];
  if (doc.evidence.length) {
    lines.push(`## ${W.evidence}`, '');
    for (const e of doc.evidence) {
      lines.push(`### ${inline(e.title)}`, '', inline(e.summary), '');
      if (e.stats.length) lines.push(...e.stats.map((s) => `- **${inline(s.value)}** ${inline(s.claim)} (${inline(s.cite)})`), '');
      else lines.push(W.noEvidence, '');
      lines.push(`[${W.patternLink}](${e.href})`, '');
    }
  }
  if (doc.sources.length) lines.push(`## ${W.sources}`, '', ...doc.sources.map((s) => `- ${inline(s.citation)}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
