// Prisma's better-sqlite3 adapter runs everything on one connection and only makes transactions
// wait for each other. A query from another request that arrives while an interactive
// transaction is open (an import, a merge) runs inside it: it reads uncommitted rows, and its
// write is rolled back with someone else's failed transaction. This adapter keeps the
// transaction's connection to itself:
//   - reads outside a transaction go to a second, read-only connection, which sees the last
//     committed state (WAL lets it read while a writer works), so a long import blocks no reader;
//   - writes outside a transaction wait for the open transaction to end, then run on their own;
//   - transactions begin IMMEDIATE, so they take the write lock up front and wait for another
//     process's writer instead of failing half-way with SQLITE_BUSY.
// better-sqlite3 is synchronous: its busy timeout sleeps on the event loop, so a process waiting
// for another process's write lock would stop answering anyone. The writer's own busy timeout is
// therefore short, and waiting for the lock (BEGIN IMMEDIATE, a single write) is retried
// asynchronously until the configured timeout.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** Serialises writers; a transaction holds it from BEGIN to COMMIT or ROLLBACK. */
class WriteLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** How long the writer's SQLite busy handler may block the event loop at a time. */
const BLOCKING_BUSY_MS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = e?.cause?.originalCode ?? e?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** Runs work that fails with SQLITE_BUSY while another process writes, until it succeeds or time is up. */
async function whenNotBusy<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await pause(Math.min(2 ** attempt, 50));
    }
  }
}

const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|replace|create|drop|alter)\b/i;

/** A plain SELECT (or a WITH that writes nothing), safe to answer from the read connection. */
export function isReadOnlySql(sql: string): boolean {
  return READ_ONLY.test(sql) && !(/^\s*with\b/i.test(sql) && WRITES.test(sql));
}

class SerialisedSqliteAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #lock = new WriteLock();

  constructor(
    private readonly writer: Adapter,
    private readonly reader: Adapter | null,
    private readonly timeoutMs: number,
  ) {
    this.adapterName = writer.adapterName;
  }

  queryRaw(query: Query) {
    if (this.reader && isReadOnlySql(query.sql)) return this.reader.queryRaw(query);
    return this.#lock.run(() => whenNotBusy(this.timeoutMs, () => this.writer.queryRaw(query)));
  }

  // A single statement outside a transaction that meets SQLITE_BUSY has written nothing: safe to retry.
  executeRaw(query: Query) {
    return this.#lock.run(() => whenNotBusy(this.timeoutMs, () => this.writer.executeRaw(query)));
  }

  executeScript(script: string) {
    return this.#lock.run(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.writer.startTransaction(isolationLevel); // the adapter's own, clear error
    const release = await this.#lock.acquire();
    try {
      await whenNotBusy(this.timeoutMs, () => this.writer.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] }));
    } catch (error) {
      release();
      throw error;
    }
    const writer = this.writer;
    // Prisma sends COMMIT / ROLLBACK through executeRaw, then calls commit() / rollback().
    return {
      provider: "sqlite",
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query: Query) => writer.queryRaw(query),
      executeRaw: (query: Query) => writer.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
    } as Transaction;
  }

  async dispose() {
    await this.#lock.run(async () => {
      await this.reader?.dispose();
      await this.writer.dispose();
    });
  }
}

export interface SerialisedSqliteOptions {
  url: string;
  /** How long a write waits for a writer in another process, in milliseconds. */
  timeout: number;
}

/** A Prisma adapter factory for SQLite that never lets two requests share a transaction. */
export function serialisedSqliteAdapter({ url, timeout }: SerialisedSqliteOptions) {
  const writerFactory = new PrismaBetterSQLite3({ url, timeout: BLOCKING_BUSY_MS });
  // An in-memory database exists only on its own connection: no reader for it.
  const inMemory = /^(file:)?:memory:$/.test(url);
  const readerFactory = inMemory ? null : new PrismaBetterSQLite3({ url, timeout, readonly: true });
  return {
    provider: "sqlite" as const,
    adapterName: writerFactory.adapterName,
    async connect() {
      const writer = await writerFactory.connect();
      const reader = readerFactory ? await readerFactory.connect() : null;
      return new SerialisedSqliteAdapter(writer, reader, timeout) as unknown as Adapter;
    },
  } as unknown as Factory;
}
