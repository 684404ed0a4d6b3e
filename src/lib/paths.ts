// Moved to src/lib/build/paths.ts. This re-export stays only while src/integrations/content-check.ts
// (frozen on the branch that moved it) imports the old path; delete it when that import changes.
export * from './build/paths.ts';
