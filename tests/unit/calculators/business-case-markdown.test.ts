// The business case's Markdown export (src/calculators/business-case/markdown.ts) against a small
// document written out by hand: every expected line below is typed, not copied from the program.
import { describe, expect, it } from 'vitest';
import { chartTable, citedSources, type CaseDocument } from '../../../src/calculators/business-case/document.ts';
import { caseMarkdown, markdownTable } from '../../../src/calculators/business-case/markdown.ts';
import type { ChartSpec } from '../../../src/calculators/shared/chart-spec.ts';

const DOC: CaseDocument = {
  date: '30 November 2026',
  summary: [{ section: 'Cost of churn', text: '“Today”: Margin lost per year €20,000.' }],
  sections: [
    {
      id: 'churn-1',
      tool: 'churn',
      toolTitle: 'Cost of churn',
      scenario: 'Today',
      href: 'https://example.org/tools/churn/',
      inputs: [
        { label: 'Customers today', value: '1,000' },
        { label: 'Annual churn', value: '20%' },
      ],
      results: [
        { label: 'Margin lost per year', value: '€20,000', emphasis: true },
        { label: 'Customers lost per year', value: '200', note: 'of 1,000 | a fifth' },
      ],
      charts: [],
      tables: [{ id: 't', title: 'Customers left', head: ['Year', 'Customers'], rows: [['Year 1', '800']] }],
      method: { summary: 'Churn times revenue and margin.', href: 'https://example.org/tools/churn/#method' },
    },
  ],
  evidence: [
    {
      id: 'not-measuring',
      title: 'Not measuring what matters',
      summary: 'Nobody tracks how customers behave.',
      href: 'https://example.org/failures/not-measuring/',
      stats: [
        {
          value: '60-80%',
          claim: 'of lost customers had said they were satisfied',
          cite: 'Bain & Company, reported by J. Walters, 2018',
          source: 'walters',
        },
      ],
    },
  ],
  sources: [{ id: 'walters', citation: 'J. Walters (3 January 2018). “Preventing failure”. https://example.org/a_b' }],
};

describe('caseMarkdown', () => {
  it('writes the whole document: summary, a section per scenario with tables, evidence with citations, sources', () => {
    // Each line as a reader of the Markdown sees it; the "|" inside a note is escaped so the table keeps two columns.
    const expected = [
      '# Business case',
      '',
      'Prepared on 30 November 2026. Every figure was recalculated in the browser from the saved inputs below.',
      '',
      '## Summary',
      '',
      '- **Cost of churn**: “Today”: Margin lost per year €20,000.',
      '- **Failure patterns this case addresses**: Not measuring what matters',
      '',
      '## Cost of churn: “Today”',
      '',
      '[Open the tool](https://example.org/tools/churn/)',
      '',
      '### Inputs',
      '',
      '| Input | Value |',
      '| --- | --- |',
      '| Customers today | 1,000 |',
      '| Annual churn | 20% |',
      '',
      '### Results',
      '',
      '| Result | Value |',
      '| --- | --- |',
      '| Margin lost per year | €20,000 |',
      '| Customers lost per year | 200 (of 1,000 \\| a fifth) |',
      '',
      '### Chart data',
      '',
      '#### Customers left',
      '',
      '| Year | Customers |',
      '| --- | --- |',
      '| Year 1 | 800 |',
      '',
      '### Method',
      '',
      'Churn times revenue and margin. [The full method](https://example.org/tools/churn/#method)',
      '',
      '## Evidence from the playbook',
      '',
      '### Not measuring what matters',
      '',
      'Nobody tracks how customers behave.',
      '',
      '- **60-80%** of lost customers had said they were satisfied (Bain & Company, reported by J. Walters, 2018)',
      '',
      '[Read the pattern](https://example.org/failures/not-measuring/)',
      '',
      '## Sources',
      '',
      '- J. Walters (3 January 2018). “Preventing failure”. https://example.org/a_b',
      '',
    ].join('\n');
    expect(caseMarkdown(DOC)).toBe(expected);
  });

  it('says when no pattern was chosen, and leaves out the evidence and sources headings', () => {
    const md = caseMarkdown({ ...DOC, evidence: [], sources: [] });
    expect(md).toContain('- **Failure patterns this case addresses**: No failure patterns chosen.\n');
    expect(md).not.toContain('## Evidence');
    expect(md).not.toContain('## Sources');
    expect(md.endsWith('[The full method](https://example.org/tools/churn/#method)\n')).toBe(true);
  });

  it('says so when a chosen pattern has no study or survey behind it', () => {
    const md = caseMarkdown({ ...DOC, evidence: [{ ...DOC.evidence[0]!, stats: [] }], sources: [] });
    expect(md).toContain(
      'Nobody tracks how customers behave.\n\nThe playbook records no study or survey figures for this pattern.\n\n[Read',
    );
  });

  it('keeps markup a scenario name could carry from changing the document', () => {
    const md = caseMarkdown({ ...DOC, sections: [{ ...DOC.sections[0]!, scenario: 'A *bold* [link]' }] });
    expect(md).toContain('## Cost of churn: “A \\*bold\\* \\[link\\]”');
  });
});

describe('markdownTable', () => {
  it('writes a header, a separator and one line per row, with line breaks and pipes made safe', () => {
    expect(markdownTable(['A', 'B'], [['x|y', 'one\ntwo']])).toEqual(['| A | B |', '| --- | --- |', '| x\\|y | one two |']);
  });
});

describe('chartTable', () => {
  it('writes a row per category, a column per series, each column in its own format, a range by its end', () => {
    const spec: ChartSpec = {
      id: 'c',
      title: 'T',
      summary: 'S',
      kind: 'xy',
      categoryTitle: 'Year',
      categories: ['Year 1', 'Year 2'],
      unit: 'count',
      series: [
        { label: 'A', type: 'bar', values: [1, 2], tone: 0 },
        {
          label: 'B',
          type: 'bar',
          values: [
            [0, 5],
            [1, 7],
          ],
          tone: 1,
        },
      ],
    };
    // The column formatter sees each column's values (ranges by their end: 5 and 7) and writes "n:<value>".
    const seen: number[][] = [];
    const table = chartTable(spec, (values) => {
      seen.push([...values]);
      return (v) => `n:${v}`;
    });
    expect(seen).toEqual([
      [1, 2],
      [5, 7],
    ]);
    expect(table).toEqual({
      id: 'c',
      title: 'T',
      head: ['Year', 'A', 'B'],
      rows: [
        ['Year 1', 'n:1', 'n:5'],
        ['Year 2', 'n:2', 'n:7'],
      ],
    });
  });
});

describe('citedSources', () => {
  it('lists each cited source once, in the order first cited, and leaves out ids it does not know', () => {
    const stat = (source: string) => ({ value: '1', claim: 'c', cite: 'x', source });
    const evidence = [
      { id: 'a', title: 'A', summary: '', href: '', stats: [stat('s2'), stat('s1')] },
      { id: 'b', title: 'B', summary: '', href: '', stats: [stat('s2'), stat('gone')] },
    ];
    expect(citedSources(evidence, { s1: 'One', s2: 'Two' })).toEqual([
      { id: 's2', citation: 'Two' },
      { id: 's1', citation: 'One' },
    ]);
  });
});
