// The ids of the tools a business case draws on, in the order their sections appear: apart from
// ./case-tools.ts (their definitions, which only the worker loads) so the page can name them.
export const CASE_TOOL_IDS = ['clv', 'roi', 'churn', 'nps', 'effort'] as const;
export type CaseToolId = (typeof CASE_TOOL_IDS)[number];

/**
 * Each tool's own words (`tools.<id>.*` of the page's language, from localTool()) by tool id: the
 * page hands them to its worker, which builds each tool's definition from them (./case-tools.ts).
 * A tool whose words are still in code (NPS, so far) has none.
 */
export type CaseToolWords = Partial<Record<CaseToolId, Readonly<Record<string, string>>>>;
