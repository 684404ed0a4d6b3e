// YAML mistakes editors make, each with the line of the mistake (not the line the parser stopped
// on) and what to check. The texts are what an editor types; the expected lines are counted by hand.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/load.ts';

const errorsOf = (text: string, firstLine = 1) => parseYaml(text, firstLine).errors;

describe('YAML syntax errors', () => {
  it('an over-indented key is reported on its own line, not the line before, with what to do', () => {
    // Line 4 is indented one space deeper than "label:" on line 3, whose value is already "x".
    expect(errorsOf('title: A\nfields:\n  label: x\n   help: y\n')).toEqual([
      {
        line: 4,
        message:
          'YAML indentation: this line is indented deeper than "label:" on line 3, which already has a value; line it up with the keys around it (to nest it under "label", leave nothing after that colon)',
      },
    ]);
  });

  it('counts lines from where the frontmatter starts in an MDX file', () => {
    // Frontmatter starts on line 2 (after "---"), so text line 2 is file line 3.
    expect(errorsOf('a: b\n  c: d\n', 2).map((e) => e.line)).toEqual([3]);
  });

  it('a colon inside a value asks for quotes', () => {
    expect(errorsOf('title: Why: the reason\nsummary: B\n')).toEqual([
      { line: 1, message: 'YAML: the value of "title" contains ": ", which YAML reads as a new key; put the whole value in quotes, e.g. title: "…: …"' },
    ]);
  });

  it('a tab used for indentation', () => {
    expect(errorsOf('title: A\n\tsummary: B\n')).toEqual([{ line: 2, message: 'YAML indentation: this line is indented with a tab; use spaces' }]);
  });

  it('keys at one level that do not line up', () => {
    expect(errorsOf('a:\n  - x\n  y: 2\n')).toEqual([
      { line: 3, message: 'YAML indentation: keys at the same level must start at the same column; line this one up with the keys above it' },
    ]);
  });

  it('a key given twice', () => {
    expect(errorsOf('title: a\ntitle: b\n')).toEqual([{ line: 2, message: 'YAML: "title" appears twice at the same level; keep one' }]);
  });

  it('an unclosed quote is reported where the quote opens', () => {
    // The parser reaches the end of the text (line 3) before it notices.
    expect(errorsOf('title: "abc\nsummary: d\n')).toEqual([
      { line: 1, message: 'YAML: a quoted value is not closed; add the closing quote mark (a quote inside the value is written \\" or the value put in single quotes)' },
    ]);
  });

  it('an unclosed { is reported where it opens', () => {
    expect(errorsOf('a: {b: 1\nc: 2\n')).toEqual([
      { line: 1, message: 'YAML: a list or map opened with { is not closed; end it with } on the same line (or quote a value that starts with {)' },
    ]);
  });

  it('valid YAML gives no errors and its data', () => {
    const parsed = parseYaml('title: "Why: the reason"\nfields:\n  label: x\n  help: y\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ title: 'Why: the reason', fields: { label: 'x', help: 'y' } });
  });
});
