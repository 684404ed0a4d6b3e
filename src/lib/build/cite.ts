import type { Source } from '../../schemas/sources.ts';
import type { Stat } from '../../schemas/stats.ts';

/**
 * A citation line for a source, from only what the article states, e.g.
 * `Jeannie Walters (3 January 2018). “How to prevent …”.` Fields the article does not give are
 * left out; `formatDate` writes an ISO date the way the page does.
 */
export function sourceCitation(
  source: Pick<Source, 'title' | 'author' | 'date' | 'publisher' | 'url'>,
  formatDate: (iso: string) => string,
): string {
  const date = source.date ? ` (${formatDate(source.date)})` : '';
  const head = source.author ? `${source.author}${date}. “${source.title}”.` : `“${source.title}”${date}.`;
  return [head, source.publisher && `${source.publisher}.`, source.url].filter(Boolean).join(' ');
}

/** Short citation for a statistic: the study if named, then the article's author or title. */
export function citation(stat: Pick<Stat, 'study'>, source: Pick<Source, 'title' | 'author' | 'date'>): string {
  const article = source.author ? `${source.author}${source.date ? `, ${source.date.slice(0, 4)}` : ''}` : `“${source.title}”`;
  return stat.study ? `${stat.study}, reported by ${article}` : article;
}
