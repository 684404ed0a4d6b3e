import type { Source } from '../../schemas/sources.ts';
import type { Stat } from '../../schemas/stats.ts';

/** Short citation for a statistic: the study if named, then the article's author or title. */
export function citation(stat: Pick<Stat, 'study'>, source: Pick<Source, 'title' | 'author' | 'date'>): string {
  const article = source.author ? `${source.author}${source.date ? `, ${source.date.slice(0, 4)}` : ''}` : `“${source.title}”`;
  return stat.study ? `${stat.study}, reported by ${article}` : article;
}
