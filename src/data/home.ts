/** Statistics shown on the home page, by id in content/stats/ (the content check resolves them). */
export const HEADLINE_STATS: string[] = [];
