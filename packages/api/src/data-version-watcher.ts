// Watches the database's DataVersion (bumped by triggers on every write, from any process,
// including the seed and hand-written SQL) and tells listeners when it moved: the response
// cache drops everything, so no process serves data older than one polling interval.
import { dataVersion, type Db } from "@agora/db";

export interface DataVersionWatcher {
  /** Resolves after the first reading. */
  ready(): Promise<void>;
  /** Reads the version now and notifies if it moved; returns the version read. */
  check(): Promise<number>;
  stop(): void;
}

export function watchDataVersion(
  db: Db,
  onChange: (version: number) => void | Promise<void>,
  { intervalMs = 1000, log = (_line: string) => {} }: { intervalMs?: number; log?: (line: string) => void } = {},
): DataVersionWatcher {
  let last: number | null = null;
  let failing = false;
  const check = async () => {
    try {
      const version = await dataVersion(db);
      failing = false;
      if (last !== null && version !== last) await onChange(version);
      last = version;
      return version;
    } catch (error) {
      // The database may be restarting: say so once, keep polling.
      if (!failing) log(`cannot read the data version (${(error as Error).message.split("\n")[0]}); retrying`);
      failing = true;
      return last ?? 0;
    }
  };
  const first = check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { ready: async () => void (await first), check, stop: () => clearInterval(timer) };
}
