// Moved to src/lib/build/search-index.ts. This re-export stays only while src/integrations/prerender.ts
// (frozen on the branch that moved it) imports the old path; delete it when that import changes.
export * from './build/search-index.ts';
