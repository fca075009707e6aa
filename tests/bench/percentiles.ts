// Nearest-rank percentiles of a list of timings, in milliseconds.

export interface Timings {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(times: number[]): Timings {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return {
    runs: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
}

export const ms = (t: number) => (t >= 100 ? `${t.toFixed(0)} ms` : `${t.toFixed(1)} ms`);
export const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
