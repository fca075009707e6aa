// Turns the validated dataset into table rows. Pure: ids are derived from natural keys, so the
// same dataset always gives the same rows, which is what makes seeding idempotent.
import { createHash } from "node:crypto";
import type { Dataset } from "./data-schema.ts";
import { normaliseForSearch } from "../text/normalise.ts";

type Cite = { doc: string; quote?: string | undefined };
type AliasIn = { name: string; kind: string };
type FigureIn = { metric: string; label: string; value: number; unit?: string | undefined; asOf?: string | undefined; sources: Cite[] };

export type EntityKind = "PERSON" | "COUNTRY" | "CITY" | "ORGANISATION" | "SESSION" | "RESOURCE" | "THEME";
export type LinkType =
  | "PARTICIPATION"
  | "ORGANISATION_ROLE"
  | "AFFILIATION"
  | "MEMBERSHIP"
  | "RESOURCE_LINK"
  | "THEME_TAG"
  | "MENTION";

export interface EntityRow {
  id: string;
  kind: EntityKind;
  label: string;
  sortKey: string;
  searchText: string;
  description: string | null;
}
export interface LinkRow {
  id: string;
  type: LinkType;
  sourceId: string;
  targetId: string;
  role: string;
  capacity: string | null;
  startDate: string | null;
  endDate: string | null;
  asOf: string | null;
  note: string | null;
}
export interface AliasRow {
  id: string;
  entityId: string;
  name: string;
  normalised: string;
  kind: string;
}
export interface FigureRow {
  id: string;
  entityId: string;
  metric: string;
  label: string;
  value: number;
  unit: string | null;
  asOf: string | null;
}
export interface CitationRow {
  id: string;
  sourceId: string;
  passage: string | null;
  entityId: string | null;
  linkId: string | null;
  figureId: string | null;
}

export interface DatasetRows {
  sources: Dataset["sources"];
  entities: EntityRow[];
  details: {
    person: Record<string, unknown>[];
    country: Record<string, unknown>[];
    city: Record<string, unknown>[];
    organisation: Record<string, unknown>[];
    session: Record<string, unknown>[];
    resource: Record<string, unknown>[];
    theme: Record<string, unknown>[];
  };
  links: LinkRow[];
  aliases: AliasRow[];
  figures: FigureRow[];
  citations: CitationRow[];
}

export const hashId = (prefix: string, ...parts: (string | undefined | null)[]) =>
  `${prefix}_${createHash("sha1").update(parts.map((p) => p ?? "").join("\u0000")).digest("hex").slice(0, 20)}`;

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const lines = (list: string[]) => (list.length ? list.join("\n") : null);

export function datasetRows(data: Dataset): DatasetRows {
  const rows: DatasetRows = {
    sources: data.sources,
    entities: [],
    details: { person: [], country: [], city: [], organisation: [], session: [], resource: [], theme: [] },
    links: [],
    aliases: [],
    figures: [],
    citations: [],
  };

  const cite = (subject: { entityId?: string; linkId?: string; figureId?: string }, list: Cite[]) => {
    for (const c of list) {
      const key = subject.entityId ?? subject.linkId ?? subject.figureId;
      rows.citations.push({
        id: hashId("cit", key, c.doc, c.quote),
        sourceId: c.doc,
        passage: orNull(c.quote),
        entityId: orNull(subject.entityId),
        linkId: orNull(subject.linkId),
        figureId: orNull(subject.figureId),
      });
    }
  };

  const entity = (
    kind: EntityKind,
    x: { id: string; description?: string | undefined; aliases: AliasIn[]; figures: FigureIn[]; sources: Cite[] },
    label: string,
    extraSearch: (string | undefined)[] = [],
  ) => {
    const searchParts = [label, ...x.aliases.map((a) => a.name), ...extraSearch, x.description];
    rows.entities.push({
      id: x.id,
      kind,
      label,
      sortKey: normaliseForSearch(label),
      searchText: normaliseForSearch(searchParts.filter(Boolean).join(" ")),
      description: orNull(x.description),
    });
    for (const a of x.aliases) {
      rows.aliases.push({
        id: hashId("als", x.id, a.name),
        entityId: x.id,
        name: a.name,
        normalised: normaliseForSearch(a.name),
        kind: a.kind.toUpperCase().replace(/-/g, "_"),
      });
    }
    for (const f of x.figures) {
      const id = hashId("fig", x.id, f.metric, f.asOf);
      rows.figures.push({
        id,
        entityId: x.id,
        metric: f.metric,
        label: f.label,
        value: f.value,
        unit: orNull(f.unit),
        asOf: orNull(f.asOf),
      });
      cite({ figureId: id }, f.sources);
    }
    cite({ entityId: x.id }, x.sources);
  };

  const link = (
    type: LinkType,
    sourceId: string,
    targetId: string,
    role: string,
    extra: { capacity?: string | undefined; start?: string | undefined; end?: string | undefined; asOf?: string | undefined; note?: string | undefined },
    sources: Cite[],
  ) => {
    const id = hashId("lnk", type, sourceId, targetId, role);
    rows.links.push({
      id,
      type,
      sourceId,
      targetId,
      role,
      capacity: orNull(extra.capacity),
      startDate: orNull(extra.start),
      endDate: orNull(extra.end),
      asOf: orNull(extra.asOf),
      note: orNull(extra.note),
    });
    cite({ linkId: id }, sources);
  };
  const themeTags = (entityId: string, themes: string[], sources: Cite[]) => {
    // A theme tag is an editorial reading of the entity's own text: it cites the passage that
    // introduces the entity rather than repeating all of its citations on every tag.
    for (const t of themes) link("THEME_TAG", entityId, t, "tag", {}, sources.slice(0, 1));
  };

  // A session's or organisation's country is stored even when the source gives only the city,
  // so that "everything in Senegal" is one indexed lookup rather than two joins.
  const countryOfCity = new Map(data.cities.map((c) => [c.id, c.country]));
  const countryOf = (x: { country?: string | null; city?: string | null }) =>
    orNull(x.country ?? (x.city ? countryOfCity.get(x.city) : undefined));

  for (const x of data.countries) {
    entity("COUNTRY", x, x.name, [x.code]);
    rows.details.country.push({ id: x.id, code: x.code, name: x.name, continent: x.continent, region: x.region });
  }
  for (const x of data.cities) {
    entity("CITY", x, x.name, [x.region]);
    rows.details.city.push({
      id: x.id,
      name: x.name,
      countryId: x.country,
      region: orNull(x.region),
      latitude: orNull(x.latitude),
      longitude: orNull(x.longitude),
    });
    for (const m of x.memberships) link("MEMBERSHIP", x.id, m.network, m.role, m, m.sources);
  }
  for (const x of data.themes) {
    entity("THEME", x, x.name);
    rows.details.theme.push({ id: x.id, name: x.name, parentId: orNull(x.parent) });
  }
  for (const x of data.organisations) {
    entity("ORGANISATION", x, x.name, [x.acronym]);
    rows.details.organisation.push({
      id: x.id,
      name: x.name,
      acronym: orNull(x.acronym),
      kind: x.kind,
      cityId: orNull(x.city),
      countryId: countryOf(x),
      website: orNull(x.website),
      address: orNull(x.address),
      phone: orNull(x.phone),
      fax: orNull(x.fax),
    });
    themeTags(x.id, x.themes, x.sources);
    for (const m of x.memberships) link("MEMBERSHIP", x.id, m.network, m.role, m, m.sources);
  }
  for (const x of data.people) {
    const label = x.name;
    entity("PERSON", x, label, [x.honorific, x.bio]);
    rows.details.person.push({
      id: x.id,
      name: x.name,
      honorific: orNull(x.honorific),
      givenName: orNull(x.givenName),
      familyName: orNull(x.familyName),
      bio: orNull(x.bio),
    });
    for (const a of x.affiliations) {
      link("AFFILIATION", x.id, a.organisation, "position", { ...a, capacity: a.position }, a.sources);
    }
  }
  for (const x of data.sessions) {
    entity("SESSION", x, x.title, [x.subtitle, x.series, x.summary]);
    rows.details.session.push({
      id: x.id,
      title: x.title,
      subtitle: orNull(x.subtitle),
      kind: x.kind,
      series: orNull(x.series),
      edition: orNull(x.edition),
      startDate: orNull(x.start),
      endDate: orNull(x.end ?? x.start),
      venue: orNull(x.venue),
      cityId: orNull(x.city),
      countryId: countryOf(x),
      parentId: orNull(x.partOf),
      summary: orNull(x.summary),
      objectives: lines(x.objectives),
      keyQuestions: lines(x.keyQuestions),
      outcomes: orNull(x.outcomes),
      language: orNull(x.language),
      audience: orNull(x.audience),
      participantCount: orNull(x.participantCount),
      participantCountQualifier: orNull(x.participantCountQualifier),
      applicationDeadline: orNull(x.applicationDeadline),
    });
    themeTags(x.id, x.themes, x.sources);
    for (const o of x.organisations) link("ORGANISATION_ROLE", o.organisation, x.id, o.role, o, o.sources);
    for (const p of x.participants) link("PARTICIPATION", p.person, x.id, p.role, p, p.sources);
    for (const m of x.mentions) link("MENTION", x.id, m.entity, "mention", m, m.sources);
  }
  for (const x of data.resources) {
    entity("RESOURCE", x, x.title);
    rows.details.resource.push({
      id: x.id,
      title: x.title,
      kind: x.kind,
      language: orNull(x.language),
      url: orNull(x.url),
      date: orNull(x.date),
    });
    themeTags(x.id, x.themes, x.sources);
    for (const l of x.links) link("RESOURCE_LINK", x.id, l.entity, l.role, l, l.sources);
  }
  // A theme and its sub-theme both tagged is redundant but harmless; duplicate links are not.
  const seen = new Set<string>();
  rows.links = rows.links.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
  const seenCitations = new Set<string>();
  rows.citations = rows.citations.filter((c) => (seenCitations.has(c.id) ? false : (seenCitations.add(c.id), true)));
  return rows;
}
