// The messages between the business case page and its worker (./case-worker.ts).
import type { CaseDocument } from '../../calculators/business-case/document.ts';
import type { CaseWords } from '../../calculators/business-case/words.ts';
import type { MessageStyle } from '../../lib/browser/inputs.ts';
import type { NumberStyle } from '../../shared/format.ts';
import type { CasePatternInfo, CaseToolInfo } from './assemble.ts';
import type { CaseToolId, CaseToolWords } from './case-tools-ids.ts';
import type { SavedTexts } from './saved-texts.ts';

/** From the page: what is saved, what was chosen, and what the document draws on. */
export interface ToCaseWorker {
  /** Numbers the replies, so the page keeps only the latest. */
  id: number;
  texts: SavedTexts;
  /** The site's currency and locale, used where the reader chose none, and the page's words for messages. */
  site: MessageStyle;
  tools: CaseToolInfo[];
  /** The chosen scenarios, by tool and name. */
  picks: { tool: CaseToolId; name: string }[];
  /** The chosen patterns, with their evidence. */
  patterns: CasePatternInfo[];
  sources: Record<string, string>;
  /** The business case's words in the page's language (`businessCase.*`): the summary, the ROI range, the messages. */
  words: CaseWords;
  /** Each tool's own words in the page's language, by tool id: what the worker presents each section in. */
  toolWords: CaseToolWords;
}

/** From the worker: the number style in use, each tool's usable scenario names, what was left out, and the document (null when nothing is chosen). */
export interface FromCaseWorker {
  id: number;
  style: NumberStyle;
  names: Partial<Record<CaseToolId, string[]>>;
  problems: string[];
  /** Scenarios used with a change: an input saved without (the tool's default used), or one the tool no longer has. */
  notes: string[];
  doc: CaseDocument | null;
}
