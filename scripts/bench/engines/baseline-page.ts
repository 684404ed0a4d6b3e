// The bench's baseline: the same page fetching the same export into a Blob, and no engine, so each
// engine's memory can be read against what the page and the file cost alone (one stand-in month,
// as the harness checks that every group has an NPS).
import { runEngine } from './harness.ts';

void runEngine(async (_file, started) => {
  started();
  return { segments: {}, months: [['none', { promoters: 1, passives: 0, detractors: 0 }]], used: 0, excluded: 0 };
});
