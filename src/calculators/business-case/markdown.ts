// The business case as Markdown in the default language's words, for code that runs without a page
// (tests); the page loads ./markdown-in.ts and writes it in its own language's words.
import type { CaseDocument } from './document.ts';
import { caseMarkdownIn, markdownTable } from './markdown-in.ts';
import { CASE_WORDS } from './words.ts';

export { caseMarkdownIn, markdownTable };

/** The whole document as Markdown in the default language's words, ending with one newline. */
export const caseMarkdown = (doc: CaseDocument): string => caseMarkdownIn(doc, CASE_WORDS);
