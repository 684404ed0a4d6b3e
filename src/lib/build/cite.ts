import type { Source } from '../../schemas/sources.ts';
import type { Stat } from '../../schemas/stats.ts';
import { fill } from './languages.ts';

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

/** The words of a short citation (`mdx.reportedBy`, `mdx.quotedTitle` of the page's language). */
export interface CitationWords {
  /** `{study}` and `{article}`: "{study}, reported by {article}". */
  reportedBy: string;
  /** `{title}` in quotation marks: "“{title}”". */
  quotedTitle: string;
}

/** The default language's words of a short citation (content/strings/en.yaml's `mdx.*`). */
const ENGLISH: CitationWords = { reportedBy: '{study}, reported by {article}', quotedTitle: '“{title}”' };

/** Short citation for a statistic: the study if named, then the article's author or title. */
export function citation(
  stat: Pick<Stat, 'study'>,
  source: Pick<Source, 'title' | 'author' | 'date'>,
  words: CitationWords = ENGLISH,
): string {
  const article = source.author
    ? `${source.author}${source.date ? `, ${source.date.slice(0, 4)}` : ''}`
    : fill(words.quotedTitle, { title: source.title });
  return stat.study ? fill(words.reportedBy, { study: stat.study, article }) : article;
}
