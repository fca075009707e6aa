// Long computations are written as step generators: each `next()` does a slice of the work and
// the last returns the result, so a server can interleave them with requests
// (packages/api/src/graph/run-in-slices.ts) while scripts and tests run them in one go.

export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to its end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
