/** One problem found in the content, located as precisely as the check can. */
export interface ContentError {
  /** Path of the file from the project root, e.g. `content/failures/lack-of-ownership.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted path of the field, e.g. `stats[1]` or `presets[0].values.retention`. */
  field?: string;
  /** What is wrong and, where it helps, how to fix it. */
  message: string;
}

/** Formats a field path the way editors read it: `presets[0].values.retention`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** `content/x.mdx:12: field "stats[1]": no stat "foo"`: one line per error, file first. */
export function formatError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  return e.field ? `${where}: field "${e.field}": ${e.message}` : `${where}: ${e.message}`;
}

/** Orders errors by file, then line, so a report reads top to bottom. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The closest candidate within a small edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The report printed by the CLI, thrown by the build and shown by the dev server: one line per error. */
export function formatReport(errors: ContentError[]): string {
  const lines = sortErrors(errors).map(formatError);
  return `Content check failed with ${errors.length} error(s):\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
