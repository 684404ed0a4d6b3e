// The analysis as rows stream: each response row is checked (every mapped score on its scale) and
// added to running counts, overall, per value of each segment column and per week, month and
// quarter. Only counts are kept, so a million rows take as little memory as ten. A row with any
// score that cannot be read is excluded whole and its reason kept; nothing is coerced.
import type { NpsCounts } from '../nps/parse.ts';
import type { ColumnMapping } from './columns.ts';
import { parseDate, periodKey, type DateOrder, type Period } from './dates.ts';
import { addDriver, emptyDriverTally, type DriverTally } from './drivers.ts';
import { readAnswer, SCALES, smallWhole, type ScaleKind } from './scales.ts';
import { NO_ANSWER as NO_ANSWER_WORDS, OTHER_VALUES, SURVEY_WORKER_WORDS, type SurveyWorkerWords } from './words.ts';

/** Running counts of one group of responses. */
export interface Tally {
  /** Responses used, in rows. */
  rows: number;
  /** Likelihood answers by group, in responses. */
  nps: NpsCounts;
  /** Satisfaction answers, and those of 4 or 5, in responses. */
  csat: { total: number; satisfied: number };
  /** Effort answers, those of 5 to 7, their sum and sum of squares (scale points). */
  ces: { total: number; top: number; sum: number; sumOfSquares: number };
  /** Filled comment cells, in responses. */
  comments: number;
}

/** One excluded row: its row number as a spreadsheet shows it (row 1 is the first header row) and why. */
export interface ExcludedRow {
  row: number;
  reason: string;
}

/** Where a likelihood answer puts a respondent: 9-10 promoter, 7-8 passive, 0-6 detractor. */
export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** One comment kept for reading, with its row and the respondent's NPS group (undefined without a likelihood answer). */
export interface KeptComment {
  row: number;
  text: string;
  group: NpsGroup | undefined;
}

/** Most comments kept for reading (all are counted); a file with more keeps its first ones. */
export const MAX_COMMENTS_KEPT = 1000;

/** Everything counted from a file. */
export interface SurveyTallies {
  overall: Tally;
  /** Per segment column (by column index): each value's tally, in first-seen order. */
  segments: Record<number, [string, Tally][]>;
  /** Per period: each period's tally, sorted by time. */
  periods: Record<Period, [string, Tally][]>;
  /** Used rows whose date cell could not be read (left out of the period views only), in rows. */
  undated: number;
  /** Rows used, in rows. */
  used: number;
  /** Rows excluded, in rows. */
  excluded: number;
  /** The first EXCLUDED_LISTED excluded rows. */
  firstExcluded: ExcludedRow[];
  /** Blank rows skipped (not responses), in rows. */
  blank: number;
  /** The first MAX_COMMENTS_KEPT comments of used rows, in file order. */
  comments: KeptComment[];
  /** Each driver column's paired counts with the likelihood score, by column index. */
  drivers: [number, DriverTally][];
  /** Two segment columns at once (of the first MAX_CROSSED_SEGMENTS): `${a},${b}` -> [value of a, value of b, tally][]. */
  crossed: Record<string, [string, string, Tally][]>;
}

/** Segment columns (the first ones of the mapping) that are also counted two at a time. */
export const MAX_CROSSED_SEGMENTS = 4;

/** The key of two segment columns in `crossed`, lower index first. */
export const crossKey = (a: number, b: number): string => (a < b ? `${a},${b}` : `${b},${a}`);

/** How many excluded rows are listed with their reason. */
export const EXCLUDED_LISTED = 5;

/** Most values one segment column keeps; later new values count under OTHER_SEGMENT. */
export const MAX_SEGMENTS_KEPT = 50;

/** The segment of a blank cell, and of values past MAX_SEGMENTS_KEPT, in the default language (the aggregator's words name them). */
export const NO_ANSWER = NO_ANSWER_WORDS;
export const OTHER_SEGMENT = OTHER_VALUES;

export const emptyTally = (): Tally => ({
  rows: 0,
  nps: { promoters: 0, passives: 0, detractors: 0 },
  csat: { total: 0, satisfied: 0 },
  ces: { total: 0, top: 0, sum: 0, sumOfSquares: 0 },
  comments: 0,
});

/** A row's scores, reused from row to row (no object per row); NONE where a score is missing. */
interface Scores {
  nps: number;
  csat: number;
  ces: number;
}

/** A missing score in Scores. */
const NONE = -1;

/** A driver column: another 0-10 rating, or the likelihood, satisfaction or effort column itself. */
const DriverKind = { Rating: 0, Likelihood: 1, Csat: 2, Ces: 3 } as const;
type DriverKind = (typeof DriverKind)[keyof typeof DriverKind];

/** Whether every cell of a row is empty or spaces. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

/** The NPS group of a likelihood answer 0-10, or undefined without one. */
export function npsGroup(score: number | undefined): NpsGroup | undefined {
  if (score === undefined) return undefined;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

function add(t: Tally, s: Scores, comment: boolean): void {
  t.rows++;
  const nps = s.nps;
  if (nps >= 9) t.nps.promoters++;
  else if (nps >= 7) t.nps.passives++;
  else if (nps !== NONE) t.nps.detractors++;
  if (s.csat !== NONE) {
    t.csat.total++;
    if (s.csat >= 4) t.csat.satisfied++;
  }
  if (s.ces !== NONE) {
    t.ces.total++;
    if (s.ces >= 5) t.ces.top++;
    t.ces.sum += s.ces;
    t.ces.sumOfSquares += s.ces * s.ces;
  }
  if (comment) t.comments++;
}

const PERIODS: readonly Period[] = ['week', 'month', 'quarter'];
const SCORED: readonly ScaleKind[] = ['nps', 'csat', 'ces'];

/** One score cell read: its value, NONE when blank, or the reason it is refused (in `words`). */
function readScore(cell: string, scale: ScaleKind, words: SurveyWorkerWords): number | string {
  // The common case without readAnswer's object: a bare number of one or two digits on the scale
  // (readAnswer's own first step, so the outcome is the same).
  const quick = smallWhole(cell);
  if (quick >= SCALES[scale].min && quick <= SCALES[scale].max) return quick;
  const answer = readAnswer(cell, scale, words);
  return answer.kind === 'score' ? answer.value : answer.kind === 'blank' ? NONE : answer.reason;
}

/** Counts rows one at a time; `result()` gives the tallies at any point (for progress) and at the end. */
export class SurveyAggregator {
  private readonly overall = emptyTally();
  private readonly segments = new Map<number, Map<string, Tally>>();
  private readonly periods = new Map<Period, Map<string, Tally>>(PERIODS.map((p) => [p, new Map()]));
  private undated = 0;
  private used = 0;
  private excluded = 0;
  private blank = 0;
  private readonly firstExcluded: ExcludedRow[] = [];
  private readonly comments: KeptComment[] = [];
  private readonly drivers = new Map<number, DriverTally>();
  private row: number;
  private readonly mapping: ColumnMapping;
  private readonly order: DateOrder;
  private readonly words: SurveyWorkerWords;
  /** Each date cell's week, month and quarter tallies (null when it is not a date), by the cell's text. */
  private readonly dateCache = new Map<string, Tally[] | null>();
  /** The mapped score columns in SCORED's order (undefined when unmapped). */
  private readonly scoreColumns: (number | undefined)[];
  /** This row's scores. */
  private readonly scores: Scores = { nps: NONE, csat: NONE, ces: NONE };
  private readonly segmentColumns: number[];
  private readonly segmentValues: Map<string, Tally>[];
  private readonly driverColumns: number[];
  private readonly driverTallies: DriverTally[];
  /** What each driver column is, decided once instead of on every row. */
  private readonly driverKinds: DriverKind[];
  private readonly periodGroups: Map<string, Tally>[];
  /** Pairs of positions in segmentColumns, and each pair's tallies by "value a \u0000 value b". */
  private readonly pairs: [number, number][] = [];
  /** This row's value of each segment column, reused from row to row. */
  private readonly segmentSeen: string[] = [];
  /** Per pair: value of a -> value of b -> [value a, value b, tally]. */
  private readonly pairTallies: Map<string, Map<string, [string, string, Tally]>>[] = [];
  /** Per pair: its entries in first-seen order, as `crossed` lists them. */
  private readonly pairEntries: [string, string, Tally][][] = [];

  /**
   * `headerRows`: rows before the first response; `order`: how the date column writes non-ISO dates;
   * `words`: the reasons of excluded rows and the names of the blank and overflow segments.
   */
  constructor(mapping: ColumnMapping, headerRows: number, order: DateOrder, words: SurveyWorkerWords = SURVEY_WORKER_WORDS) {
    this.mapping = mapping;
    this.order = order;
    this.words = words;
    this.row = headerRows;
    for (const c of mapping.segments) this.segments.set(c, new Map());
    for (const c of mapping.drivers) this.drivers.set(c, emptyDriverTally());
    this.segmentColumns = [...this.segments.keys()].sort((a, b) => a - b);
    this.segmentValues = this.segmentColumns.map((c) => this.segments.get(c)!);
    this.driverColumns = [...this.drivers.keys()];
    this.driverTallies = [...this.drivers.values()];
    this.driverKinds = this.driverColumns.map((c) =>
      c === mapping.nps
        ? DriverKind.Likelihood
        : c === mapping.csat
          ? DriverKind.Csat
          : c === mapping.ces
            ? DriverKind.Ces
            : DriverKind.Rating,
    );
    this.periodGroups = PERIODS.map((p) => this.periods.get(p)!);
    this.scoreColumns = SCORED.map((scale) => mapping[scale]);
    const crossed = Math.min(MAX_CROSSED_SEGMENTS, this.segmentColumns.length);
    for (let a = 0; a < crossed; a++)
      for (let b = a + 1; b < crossed; b++) {
        this.pairs.push([a, b]);
        this.pairTallies.push(new Map());
        this.pairEntries.push([]);
      }
  }

  /** Adds the next row of the file (its cells); blank rows are counted as such and skipped. */
  addRow(cells: readonly string[]): void {
    if (isBlankRow(cells)) {
      this.row++;
      this.blank++;
      return;
    }
    this.addFilledRow(cells);
  }

  /** Adds the next row of the file, which the caller has found not blank (isBlankRow), without checking again. */
  addFilledRow(cells: readonly string[]): void {
    this.row++;
    const scores = this.scores;
    let answered = false;
    for (let i = 0; i < SCORED.length; i++) {
      const scale = SCORED[i]!;
      const column = this.scoreColumns[i];
      let score: number | string = NONE;
      if (column !== undefined) {
        score = readScore(cells[column] ?? '', scale, this.words);
        if (typeof score === 'string') return this.exclude(score);
        if (score !== NONE) answered = true;
      }
      scores[scale] = score;
    }
    if (!answered) return this.exclude(this.words.reasonNoScore);
    this.used++;
    const text = this.mapping.comment === undefined ? '' : (cells[this.mapping.comment] ?? '').trim();
    const comment = text !== '';
    if (comment && this.comments.length < MAX_COMMENTS_KEPT)
      this.comments.push({ row: this.row, text, group: npsGroup(scores.nps === NONE ? undefined : scores.nps) });
    add(this.overall, scores, comment);
    // Drivers and segments are walked as arrays: a Map's iterator allocates an entry per step, per row.
    const likelihood = scores.nps === NONE ? undefined : scores.nps;
    for (let i = 0; i < this.driverColumns.length; i++)
      addDriver(this.driverTallies[i]!, this.driverAnswer(this.driverKinds[i]!, this.driverColumns[i]!, cells, scores), likelihood);
    const seen = this.segmentSeen;
    for (let i = 0; i < this.segmentColumns.length; i++) {
      const column = this.segmentColumns[i]!;
      const values = this.segmentValues[i]!;
      let value = (cells[column] ?? '').trim() || this.words.noAnswer;
      let t = values.get(value);
      if (!t) {
        if (values.size >= MAX_SEGMENTS_KEPT) {
          value = this.words.otherValues;
          t = values.get(value);
        }
        if (!t) values.set(value, (t = emptyTally()));
      }
      add(t, scores, comment);
      seen[i] = value;
    }
    // Two columns at once, by nested maps (no key string made per row).
    for (let p = 0; p < this.pairs.length; p++) {
      const [a, b] = this.pairs[p]!;
      const groups = this.pairTallies[p]!;
      const va = seen[a]!;
      const vb = seen[b]!;
      let inner = groups.get(va);
      if (!inner) groups.set(va, (inner = new Map()));
      let entry = inner.get(vb);
      if (!entry) {
        inner.set(vb, (entry = [va, vb, emptyTally()]));
        this.pairEntries[p]!.push(entry);
      }
      add(entry[2], scores, comment);
    }
    if (this.mapping.date === undefined) return;
    const tallies = this.periodTallies(cells[this.mapping.date] ?? '');
    if (!tallies) {
      this.undated++;
      return;
    }
    for (let i = 0; i < tallies.length; i++) add(tallies[i]!, scores, comment);
  }

  /** The week, month and quarter tallies of a date cell (null when it is not a date), remembered per cell text. */
  private periodTallies(cell: string): Tally[] | null {
    let tallies = this.dateCache.get(cell);
    if (tallies === undefined) {
      const date = parseDate(cell, this.order);
      tallies = date
        ? PERIODS.map((p, i) => {
            const groups = this.periodGroups[i]!;
            const key = periodKey(date, p);
            let t = groups.get(key);
            if (!t) groups.set(key, (t = emptyTally()));
            return t;
          })
        : null;
      // Dates with times are mostly unique; the cache stays small by starting over when it fills.
      if (this.dateCache.size >= 10_000) this.dateCache.clear();
      this.dateCache.set(cell, tallies);
    }
    return tallies;
  }

  /**
   * A driver's answer in a used row: the satisfaction or effort score when the driver is that
   * column, else a whole number 0-10; an unreadable driver cell is missing for that driver only.
   */
  private driverAnswer(kind: DriverKind, column: number, cells: readonly string[], scores: Scores): number | undefined {
    if (kind === DriverKind.Rating) {
      const cell = cells[column] ?? '';
      const quick = smallWhole(cell);
      if (quick >= 0 && quick <= 10) return quick;
      const answer = readAnswer(cell, 'nps');
      return answer.kind === 'score' ? answer.value : undefined;
    }
    if (kind === DriverKind.Csat) return scores.csat === NONE ? undefined : scores.csat;
    if (kind === DriverKind.Ces) return scores.ces === NONE ? undefined : scores.ces;
    return undefined;
  }

  private exclude(reason: string): void {
    this.excluded++;
    if (this.firstExcluded.length < EXCLUDED_LISTED) this.firstExcluded.push({ row: this.row, reason });
  }

  /** The tallies so far, as plain data (safe to post between threads). */
  result(): SurveyTallies {
    const sorted = (m: Map<string, Tally>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      overall: structuredClone(this.overall),
      segments: Object.fromEntries([...this.segments].map(([c, values]) => [c, structuredClone([...values])])),
      periods: {
        week: structuredClone(sorted(this.periods.get('week')!)),
        month: structuredClone(sorted(this.periods.get('month')!)),
        quarter: structuredClone(sorted(this.periods.get('quarter')!)),
      },
      undated: this.undated,
      used: this.used,
      excluded: this.excluded,
      firstExcluded: [...this.firstExcluded],
      blank: this.blank,
      comments: [...this.comments],
      drivers: structuredClone([...this.drivers]),
      crossed: Object.fromEntries(
        this.pairs.map(([a, b], p) => [crossKey(this.segmentColumns[a]!, this.segmentColumns[b]!), structuredClone(this.pairEntries[p]!)]),
      ),
    };
  }

  /** Rows read so far (header rows included), in rows. */
  get rowsRead(): number {
    return this.row;
  }
}
