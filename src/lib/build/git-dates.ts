// "Last updated" dates from git history: one `git log` for the whole content folder, read once
// per build, so the cost does not grow with one process per page.
import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

/** Parses `git log --format=%x00%cI --name-only` output into the newest date per file. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.trim().split('\n');
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, new Date(date));
  }
  return dates;
}

/** When `file` (a path from the repository root) last changed in git; undefined outside git. */
export function lastUpdated(file: string): Date | undefined {
  if (!cache) {
    try {
      const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      cache = parseGitLog(out);
    } catch {
      cache = new Map();
    }
  }
  return cache.get(file);
}
