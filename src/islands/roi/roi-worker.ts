// The ROI simulation off the main thread: the island posts validated inputs, the worker answers
// with the simulation (src/calculators/roi/monte-carlo.ts) and how long it took. Loaded with
// new Worker(new URL('./roi-worker.ts', import.meta.url)) from RoiSimulation.tsx, so the page
// weigher counts it with the simulation's code (scripts/bench/page-weight.ts).
import type { RoiInput } from '../../calculators/roi/fields.ts';
import { simulateRoi, type RoiSimulation } from '../../calculators/roi/monte-carlo.ts';

/** What the island asks: a run number (to drop stale answers) and the inputs. */
export interface SimulationRequest {
  run: number;
  input: RoiInput;
}

/** What the worker answers. */
export interface SimulationAnswer {
  run: number;
  simulation: RoiSimulation;
  /** Time the draws took inside the worker, ms. */
  ms: number;
}

const scope = globalThis as unknown as {
  postMessage(m: SimulationAnswer): void;
  onmessage: ((e: MessageEvent<SimulationRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const start = performance.now();
  const simulation = simulateRoi(event.data.input);
  scope.postMessage({ run: event.data.run, simulation, ms: performance.now() - start });
};
