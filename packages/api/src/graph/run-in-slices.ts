// Building the graph and its whole-graph metrics takes seconds at a million links. Run in one
// go, that would hold the event loop, and every request to the process would wait; run here, in
// slices of a few milliseconds (the algorithms are step generators, see packages/graph/src/steps.ts),
// requests are served between slices.
import type { Steps } from "@agora/graph";

const SLICE_MS = 10;

/** Runs `steps` to its end, letting the event loop turn every SLICE_MS; resolves to its result. */
export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await new Promise((resume) => setImmediate(resume));
      deadline = performance.now() + SLICE_MS;
    }
  }
}

