// Turns part of the in-memory graph into the @agora/export input: each node gets its page URL,
// place, degree, community and the details of its kind (read from the database in chunks), each
// Link-table edge its role and dates. Structural edges (held in, part of...) become node
// attributes (`city`, `partOf`, `parent`) instead: the export formats model links only.
import type { ExportEdge, ExportGraph, ExportNode } from "@agora/export";
import type { Db } from "@agora/db";
import type { GraphSnapshot } from "../graph/graph-snapshot.ts";
import { entityPath } from "../entity-path.ts";

const LINK_TYPES = new Set(["PARTICIPATION", "ORGANISATION_ROLE", "AFFILIATION", "MEMBERSHIP", "RESOURCE_LINK", "THEME_TAG", "MENTION"]);
const DETAILS = { person: true, country: true, city: true, organisation: true, session: true, resource: true, theme: true } as const;
const CHUNK = 5_000;

type Row = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(db: Db, ids: string[]) {
  return db.prisma.entity.findMany({ where: { id: { in: ids } }, include: DETAILS });
}

const clean = (attributes: Record<string, string | number | boolean | null | undefined>) =>
  Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined && v !== null)) as Record<string, string | number | boolean>;

function exportNode(row: Row, snapshot: GraphSnapshot, i: number, origin: string, community: string | null): ExportNode {
  const { graph } = snapshot;
  const attrs = graph.attrs(i);
  const s = row.session;
  const r = row.resource;
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    description: row.description,
    url: `${origin}${entityPath(row.kind, row.id)}`,
    start: s?.startDate ?? r?.date ?? null,
    end: s?.endDate ?? null,
    country: attrs?.country ?? null,
    continent: attrs?.continent ?? null,
    latitude: row.city?.latitude ?? null,
    longitude: row.city?.longitude ?? null,
    degree: graph.degree(i),
    community,
    attributes: clean({
      sessionKind: s?.kind,
      series: s?.series,
      edition: s?.edition,
      venue: s?.venue,
      city: s?.cityId ?? row.organisation?.cityId,
      partOf: s?.parentId,
      participantCount: s?.participantCount,
      organisationKind: row.organisation?.kind,
      acronym: row.organisation?.acronym,
      website: row.organisation?.website,
      resourceKind: r?.kind,
      language: r?.language ?? s?.language,
      link: r?.url,
      code: row.country?.code,
      region: row.country?.region ?? row.city?.region,
      honorific: row.person?.honorific,
      parent: row.theme?.parentId,
    }),
  };
}

export async function exportGraph(
  db: Db,
  snapshot: GraphSnapshot,
  selection: { nodes: number[]; edges: number[] },
  { origin, title, generatedAt }: { origin: string; title: string; generatedAt: string },
): Promise<ExportGraph> {
  const { graph } = snapshot;
  const communities = await snapshot.communitiesReady();
  const nodes: ExportNode[] = [];
  for (let start = 0; start < selection.nodes.length; start += CHUNK) {
    const chunk = selection.nodes.slice(start, start + CHUNK);
    const rows = new Map((await loadRows(db, chunk.map((i) => graph.id(i)))).map((r) => [r.id, r]));
    for (const i of chunk) {
      const row = rows.get(graph.id(i));
      if (row) nodes.push(exportNode(row, snapshot, i, origin, communities.labels[communities.communityOf[i]!] ?? null));
    }
  }
  const kept = new Set(nodes.map((n) => n.id));
  const edges: ExportEdge[] = [];
  for (const e of selection.edges) {
    const edge = graph.edge(e);
    if (!LINK_TYPES.has(edge.type) || !kept.has(edge.source) || !kept.has(edge.target)) continue;
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type as ExportEdge["type"],
      role: edge.role,
      capacity: snapshot.capacity(e),
      start: edge.start ?? null,
      end: edge.end ?? null,
      asOf: edge.asOf ?? null,
    });
  }
  return { nodes, edges, meta: { title, source: origin, generatedAt } };
}
