// Whole-graph metrics take a second or more at a million links. Run in one go, they would hold
// the event loop, and every request to the process would wait; run here, in slices of a few
// milliseconds (the algorithms are step generators), requests are served between slices.

const SLICE_MS = 10;

/** Runs `steps` to its end, letting the event loop turn every SLICE_MS; resolves to its result. */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
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

/** Runs `steps` to its end without pausing. */
export function runAtOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
