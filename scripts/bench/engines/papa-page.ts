// The bench's PapaParse engine: the survey tool's own worker (src/islands/survey/survey-worker.ts,
// bundled beside this page as papa-worker.js) reads the file and streams every row through the
// aggregator. `?mapping=full` keeps the detected mapping (all three scores, drivers, comments, the
// work the tool does); the default keeps only what the comparison asks: the likelihood score, the
// segments and the date.
import type { FromWorker, ToWorker } from '../../../src/islands/survey/survey-messages.ts';
import { SURVEY_WORKER_WORDS } from '../../../src/calculators/survey/words.ts';
import { runEngine } from './harness.ts';

const full = new URLSearchParams(location.search).get('mapping') === 'full';

void runEngine(
  (file, started) =>
    new Promise((resolve, reject) => {
      const worker = new Worker('papa-worker.js', { type: 'module' });
      started();
      let labels: string[] = [];
      const post = (m: ToWorker) => worker.postMessage(m);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === 'error') reject(new Error(`${m.problem}${m.detail ? `: ${m.detail}` : ''}`));
        else if (m.type === 'inspected') {
          labels = m.inspection.header.labels;
          const mapping = full
            ? m.inspection.mapping
            : { ...m.inspection.mapping, csat: undefined, ces: undefined, comment: undefined, drivers: [] };
          post({ type: 'analyse', mapping });
        } else if (m.type === 'done') {
          worker.terminate();
          const t = m.tallies;
          resolve({
            segments: Object.fromEntries(
              Object.entries(t.segments).map(([c, values]) => [labels[Number(c)] ?? c, values.map(([v, tally]) => [v, tally.nps])]),
            ),
            months: t.periods.month.map(([k, tally]) => [k, tally.nps]),
            used: t.used,
            excluded: t.excluded,
          });
        }
      };
      post({ type: 'load', file, words: SURVEY_WORKER_WORDS });
    }),
);
