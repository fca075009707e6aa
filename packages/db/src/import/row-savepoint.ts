// Each row of an import is written inside a savepoint of the import's one transaction: a row that
// fails halfway (its entity written, its citation refused) leaves nothing behind for the rows after
// it to trip over, and on PostgreSQL a failed statement does not poison the whole transaction.
import { EditError, type Issue } from "../edits/edit-error.ts";

type Tx = any;

const SAVEPOINT = "agora_import_row";

/**
 * Runs `write` and keeps what it wrote only if neither it nor the checks done before (`found`)
 * found anything wrong. Issues on a field already named in `found` are left out: the first
 * explanation is the more specific one.
 */
export async function writeRow<T>(tx: Tx, found: Issue[], write: () => Promise<T>): Promise<{ value: T; issues?: undefined } | { issues: Issue[] }> {
  await tx.$executeRawUnsafe(`SAVEPOINT ${SAVEPOINT}`);
  let issues = found;
  let value: T | undefined;
  try {
    value = await write();
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    issues = mergeIssues(found, error.issues);
  }
  if (issues.length) await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  return issues.length ? { issues } : { value: value as T };
}

export function mergeIssues(first: Issue[], more: readonly Issue[]): Issue[] {
  const named = new Set(first.map((i) => i.path[0]).filter(Boolean));
  return [...first, ...more.filter((i) => !i.path[0] || !named.has(i.path[0]))];
}
