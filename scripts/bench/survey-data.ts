// A generated survey export for the bench's survey stage: 20 columns (an id, an ISO date, two
// segments, the three scores, a comment on one row in five, quoted with a comma, and 12 other
// ratings 0-10), every value made from the row number so the file is the same on every run.
const REGIONS = ['North', 'South', 'East', 'West'];
const PLANS = ['Basic', 'Pro', 'Enterprise'];

/** The export's text: a header row and `rows` responses, LF line ends. */
export function surveyExport(rows: number): string {
  const header = [
    'id',
    'date',
    'region',
    'plan',
    'nps',
    'satisfaction',
    'effort',
    'comment',
    ...Array.from({ length: 12 }, (_, i) => `rating ${i + 1}`),
  ];
  const lines = [header.join(',')];
  const day = 86_400_000;
  for (let i = 0; i < rows; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + (i % 366) * day).toISOString().slice(0, 10);
    const ratings = Array.from({ length: 12 }, (_, j) => (i * (j + 3)) % 11);
    lines.push(
      [i + 1, date, REGIONS[i % 4], PLANS[i % 3], i % 11, 1 + (i % 5), 1 + (i % 7), i % 5 ? '' : '"Quick, friendly"', ...ratings].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
