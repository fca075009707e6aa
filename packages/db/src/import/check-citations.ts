// The provenance of a row, checked without writing anything: the edit functions check it too, but
// only once the rest of the row is valid, and an import reports everything wrong with a row at once.
import type { CitationInput } from "../edits/citations.ts";
import type { Issue } from "../edits/edit-error.ts";

type Tx = any;

export class SourceKeys {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly tx: Tx) {}

  async exists(key: string): Promise<boolean> {
    if (!this.known.has(key)) this.known.set(key, (await this.tx.source.findUnique({ where: { id: key }, select: { id: true } })) !== null);
    return this.known.get(key)!;
  }
}

export async function checkCitations(citations: readonly CitationInput[], required: boolean, sources: SourceKeys): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (!citations.length) {
    if (required) issues.push({ path: ["sources"], message: "cite at least one source that states this" });
    return issues;
  }
  for (const [i, c] of citations.entries()) {
    const at = ["sources", String(i)];
    if (!!c.source === !!c.newSource) {
      issues.push({ path: at, message: "give either an existing source's key or a new source's title" });
      continue;
    }
    if (c.passage != null && typeof c.passage !== "string") issues.push({ path: [...at, "passage"], message: "must be text" });
    else if ((c.passage?.trim().length ?? 0) > 5000) issues.push({ path: [...at, "passage"], message: "must be at most 5000 characters" });
    if (c.source) {
      if (typeof c.source !== "string") issues.push({ path: [...at, "source"], message: "must be a source's key" });
      else if (!(await sources.exists(c.source))) issues.push({ path: [...at, "source"], message: `no source has the key "${c.source}"` });
      continue;
    }
    const { title, url } = (typeof c.newSource === "object" ? c.newSource : {}) as { title?: unknown; url?: unknown };
    if (typeof title !== "string" || !title.trim()) issues.push({ path: [...at, "newSource", "title"], message: "is required for a new source" });
    if (url != null && url !== "") {
      try {
        new URL(String(url));
      } catch {
        issues.push({ path: [...at, "newSource", "url"], message: `must be a web address, got ${JSON.stringify(url)}` });
      }
    }
  }
  return issues;
}
