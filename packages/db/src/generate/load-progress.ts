// What both loaders report: a line per step and per tenth of a big table, and the time each took.

export interface LoadResult {
  /** Synthetic entities deleted first (--replace). */
  replaced: number;
  entities: number;
  links: number;
  aliases: number;
  /** Seconds per step ("wipe", "insert", "degree", "search", ...), in the order run. */
  steps: Record<string, number>;
  seconds: number;
}

export interface LoadOptions {
  /** Delete earlier synthetic rows instead of refusing to load beside them. */
  replace?: boolean;
  log?: (line: string) => void;
  /** The load's createdAt/updatedAt (default: now). */
  now?: Date;
}

export function stepTimer(log: (line: string) => void) {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const record = (name: string, t0: number) => {
    const seconds = (performance.now() - t0) / 1000;
    steps[name] = (steps[name] ?? 0) + seconds;
    log(`  ${name}: ${seconds.toFixed(1)} s`);
  };
  return {
    steps,
    elapsed: () => (performance.now() - started) / 1000,
    async step<T>(name: string, run: () => Promise<T>): Promise<T> {
      const t0 = performance.now();
      const result = await run();
      record(name, t0);
      return result;
    },
    /** For better-sqlite3 transactions, which must not await. */
    stepSync<T>(name: string, run: () => T): T {
      const t0 = performance.now();
      const result = run();
      record(name, t0);
      return result;
    },
    /** Logs "  Link 100000/1000000" at every tenth of a big table, and each table's size when done. */
    progress(table: string, count: number) {
      const every = count >= 200_000 ? Math.ceil(count / 10) : Infinity;
      let next = every;
      return (done: number) => {
        if (done === count) log(`  ${table}: ${count} rows`);
        else if (done >= next) {
          log(`  ${table} ${done}/${count}`);
          next += every;
        }
      };
    },
  };
}
