// What the explorer benchmark runs inside the page (explorer-bench.ts installs it with
// addInitScript before the app's own code): a requestAnimationFrame loop that keeps every
// frame's timestamp, sigma's renders with the node count drawn (hooked on the canvas element,
// where the graph canvas exposes its renderer), and the long tasks of the main thread.
// Everything is in the page's own clock (performance.now()), so phases are time windows.

export interface PageSamples {
  frames: number[];
  /** [time, nodes in the graph] after each sigma render. */
  renders: [number, number][];
  longTasks: [number, number][];
}

declare global {
  interface Window {
    __explorerBench?: PageSamples;
  }
}

/** Runs in the browser: keep it self-contained (it is serialised by Playwright). */
export function installSampler(): void {
  const samples: PageSamples = { frames: [], renders: [], longTasks: [] };
  window.__explorerBench = samples;
  let hooked: unknown = null;
  const frame = (time: number) => {
    samples.frames.push(time);
    const container = document.querySelector('[data-testid="graph-canvas"]') as
      | (HTMLElement & { sigma?: { on(event: string, listener: () => void): void; getGraph(): { order: number } } })
      | null;
    const sigma = container?.sigma;
    if (sigma && sigma !== hooked) {
      hooked = sigma;
      sigma.on("afterRender", () => samples.renders.push([performance.now(), sigma.getGraph().order]));
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) samples.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing in this browser: the frames say enough.
  }
}

export interface FrameStats {
  seconds: number;
  frames: number;
  fps: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames that took longer than 50 ms (three frames or more missed at 60 Hz). */
  over50: number;
  /** Main-thread tasks over 50 ms, and their total time. */
  longTasks: number;
  longTaskMs: number;
  /** How many times sigma drew. */
  renders: number;
}

/** Frame times inside [from, to] of the page's clock. */
export function frameStats(samples: PageSamples, from: number, to: number): FrameStats {
  const deltas: number[] = [];
  const frames = samples.frames;
  for (let i = 1; i < frames.length; i++) {
    const end = frames[i]!;
    if (end > from && end <= to) deltas.push(end - Math.max(frames[i - 1]!, from));
  }
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  const tasks = samples.longTasks.filter(([start]) => start >= from && start <= to);
  return {
    seconds: (to - from) / 1000,
    frames: deltas.length,
    fps: deltas.length / ((to - from) / 1000),
    p50: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1) ?? NaN,
    over50: deltas.filter((d) => d > 50).length,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, [, duration]) => sum + duration, 0),
    renders: samples.renders.filter(([time]) => time >= from && time <= to).length,
  };
}
