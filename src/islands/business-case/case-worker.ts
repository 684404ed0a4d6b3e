// The business case's worker: checks the saved scenarios with each tool's form, recalculates the
// chosen ones with each tool's model (ROI's simulation of 10,000 draws included) and writes the
// document (./read-saved.ts, ./assemble.ts). It runs off the page's thread, and, being bundled on
// its own, it keeps the five tools' definitions and models out of the chunks their own pages share. It reads nothing and sends nothing: the page
// hands it the stored texts and the words of its language (the business case's and each tool's),
// and gets the document back in that language.
import { formatLongDate } from '../../shared/format.ts';
import { assembleCase } from './assemble.ts';
import { caseDefinitionsIn, caseFormsIn, caseRangesIn, type CaseDefinitions } from './case-views.ts';
import type { FromCaseWorker, ToCaseWorker } from './case-messages.ts';
import { readSaved } from './read-saved.ts';

const scope = self as unknown as { postMessage(m: FromCaseWorker): void; onmessage: ((e: MessageEvent<ToCaseWorker>) => void) | null };

scope.onmessage = (event) => {
  const m = event.data;
  // The tools' definitions in the page's words, built once: their forms check the saved scenarios,
  // then the same definitions write the document (both for the reader's locale).
  let definitions: CaseDefinitions | undefined;
  const definitionsIn = (locale: string) => (definitions ??= caseDefinitionsIn(m.toolWords, locale));
  const { style, lists, problems, notes } = readSaved(m.tools, m.site, m.texts, m.words, (locale) =>
    caseFormsIn(definitionsIn(locale), m.toolWords),
  );
  const names = Object.fromEntries(Object.entries(lists).map(([tool, list]) => [tool, list.map((s) => s.name)]));
  const picks = m.picks.flatMap((p) => {
    const scenario = lists[p.tool]?.find((s) => s.name === p.name);
    return scenario ? [{ tool: p.tool, scenario }] : [];
  });
  const doc =
    picks.length || m.patterns.length
      ? assembleCase({
          definitions: definitionsIn(style.locale),
          ranges: caseRangesIn(m.words, m.toolWords),
          picks,
          tools: m.tools,
          patterns: m.patterns,
          sources: m.sources,
          // The page's calculator words write units ("5 Jahre") as the tools' pages do.
          style: { ...style, words: m.site.words },
          date: formatLongDate(new Date(), style.locale),
          words: m.words,
        })
      : null;
  scope.postMessage({ id: m.id, style, names, problems, notes, doc });
};
