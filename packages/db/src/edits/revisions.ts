import { randomUUID } from "node:crypto";

type Tx = any;

export interface RevisionInput {
  entityId: string;
  linkId?: string | null;
  userId: string | null;
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "MERGE";
  reason?: string | null;
  before: unknown;
  after: unknown;
  version: number;
}

export async function recordRevision(tx: Tx, r: RevisionInput) {
  return tx.revision.create({
    data: {
      id: `rev_${randomUUID()}`,
      entityId: r.entityId,
      linkId: r.linkId ?? null,
      userId: r.userId,
      action: r.action,
      reason: r.reason?.trim() || null,
      before: r.before == null ? null : JSON.stringify(r.before),
      after: r.after == null ? null : JSON.stringify(r.after),
      version: r.version,
    },
  });
}
