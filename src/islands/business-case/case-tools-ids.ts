// The ids of the tools a business case draws on, in the order their sections appear: apart from
// ./case-tools.ts (their definitions, which only the worker loads) so the page can name them.
export const CASE_TOOL_IDS = ['clv', 'roi', 'churn', 'nps', 'effort'] as const;
export type CaseToolId = (typeof CASE_TOOL_IDS)[number];
