// Reads the curated YAML files and proves them consistent before anything touches a database:
// schema, unique ids, references to the right kinds, and quotes that really are in their source.
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { PRISMA_DIR } from "../paths.ts";
import { datasetSchema, type Dataset, type DatasetFile } from "./data-schema.ts";
import { normaliseWhitespace } from "../text/normalise.ts";

export const DEFAULT_DATA_DIR = resolve(PRISMA_DIR, "data");

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DatasetError";
  }
}

type Kind = "source" | "country" | "city" | "theme" | "organisation" | "person" | "session" | "resource";

export function loadDataset(dataDir = DEFAULT_DATA_DIR): Dataset {
  const problems: string[] = [];
  const dataset = {} as Record<DatasetFile, unknown>;
  for (const file of Object.keys(datasetSchema) as DatasetFile[]) {
    const path = join(dataDir, `${file}.yaml`);
    if (!existsSync(path)) {
      problems.push(`${file}.yaml: file is missing`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, "utf8")) ?? [];
    } catch (error) {
      problems.push(`${file}.yaml: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    const parsed = datasetSchema[file].safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file}.yaml: ${describePath(raw, issue.path)}: ${issue.message}`);
      }
      continue;
    }
    dataset[file] = parsed.data;
  }
  if (problems.length) throw new DatasetError(problems);
  const data = dataset as Dataset;
  checkReferences(data, dataDir, problems);
  if (problems.length) throw new DatasetError(problems);
  return data;
}

/** "sessions[3] (east-africa-training-2019).participants[0].role" reads better than a bare path. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  let out = "";
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === "object" && "id" in node ? (node as { id: unknown }).id : undefined;
      if (typeof id === "string") out += ` (${id})`;
    } else {
      out += `${out ? "." : ""}${String(key)}`;
      node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || "(top level)";
}

function checkReferences(data: Dataset, dataDir: string, problems: string[]) {
  const kindOf = new Map<string, Kind>();
  const where = new Map<string, string>();
  const register = (kind: Kind, file: string, id: string) => {
    if (kind !== "source" && kindOf.has(id)) {
      problems.push(`${file}.yaml: id '${id}' is already used in ${where.get(id)}`);
      return;
    }
    if (kind !== "source") {
      kindOf.set(id, kind);
      where.set(id, `${file}.yaml`);
    }
  };
  const sourceText = new Map<string, string | null>();
  for (const s of data.sources) {
    if (sourceText.has(s.id)) problems.push(`sources.yaml: id '${s.id}' appears twice`);
    const path = s.file ? join(dataDir, "sources", s.file) : null;
    if (path && !existsSync(path)) problems.push(`sources.yaml: ${s.id}: file sources/${s.file} does not exist`);
    sourceText.set(s.id, path && existsSync(path) ? normaliseWhitespace(readFileSync(path, "utf8")) : null);
  }
  data.countries.forEach((x) => register("country", "countries", x.id));
  data.cities.forEach((x) => register("city", "cities", x.id));
  data.themes.forEach((x) => register("theme", "themes", x.id));
  data.organisations.forEach((x) => register("organisation", "organisations", x.id));
  data.people.forEach((x) => register("person", "people", x.id));
  data.sessions.forEach((x) => register("session", "sessions", x.id));
  data.resources.forEach((x) => register("resource", "resources", x.id));

  const codes = new Set<string>();
  for (const c of data.countries) {
    if (codes.has(c.code)) problems.push(`countries.yaml: ${c.id}: ISO code ${c.code} is used twice`);
    codes.add(c.code);
  }

  const expect = (at: string, id: string | undefined, kinds: Kind[]) => {
    if (id === undefined) return;
    const kind = kindOf.get(id);
    if (!kind) problems.push(`${at}: '${id}' does not exist`);
    else if (!kinds.includes(kind)) problems.push(`${at}: '${id}' is a ${kind}, expected ${kinds.join(" or ")}`);
  };
  const cite = (at: string, list: { doc: string; quote?: string | undefined }[]) => {
    list.forEach((c, i) => {
      if (!sourceText.has(c.doc)) {
        problems.push(`${at}.sources[${i}]: source '${c.doc}' is not in sources.yaml`);
        return;
      }
      const textOfSource = sourceText.get(c.doc);
      if (c.quote && textOfSource !== null && textOfSource !== undefined && !textOfSource.includes(normaliseWhitespace(c.quote))) {
        problems.push(`${at}.sources[${i}]: quote not found verbatim in ${c.doc}: "${c.quote.slice(0, 80)}"`);
      }
      if (!c.quote && textOfSource) {
        problems.push(`${at}.sources[${i}]: a citation of '${c.doc}' needs the quote that states the fact`);
      }
    });
  };
  const common = (file: string, x: { id: string; sources: { doc: string; quote?: string }[]; figures: { metric: string; sources: { doc: string; quote?: string }[] }[] }) => {
    cite(`${file}.yaml: ${x.id}`, x.sources);
    x.figures.forEach((f) => cite(`${file}.yaml: ${x.id}.figures(${f.metric})`, f.sources));
  };
  const themes = (at: string, list: string[]) => list.forEach((t) => expect(`${at}.themes`, t, ["theme"]));

  for (const x of data.countries) common("countries", x);
  for (const x of data.cities) {
    common("cities", x);
    expect(`cities.yaml: ${x.id}.country`, x.country, ["country"]);
    x.memberships.forEach((m, i) => {
      expect(`cities.yaml: ${x.id}.memberships[${i}].network`, m.network, ["organisation"]);
      cite(`cities.yaml: ${x.id}.memberships[${i}]`, m.sources);
    });
  }
  for (const x of data.themes) {
    common("themes", x);
    expect(`themes.yaml: ${x.id}.parent`, x.parent, ["theme"]);
  }
  const parentOf = new Map(data.themes.map((t) => [t.id, t.parent]));
  for (const t of data.themes) {
    const seen = new Set<string>();
    for (let p: string | undefined = t.id; p; p = parentOf.get(p)) {
      if (seen.has(p)) {
        problems.push(`themes.yaml: ${t.id}: parent chain loops through '${p}'`);
        break;
      }
      seen.add(p);
    }
  }
  for (const x of data.organisations) {
    const at = `organisations.yaml: ${x.id}`;
    common("organisations", x);
    expect(`${at}.city`, x.city, ["city"]);
    expect(`${at}.country`, x.country, ["country"]);
    themes(at, x.themes);
    x.memberships.forEach((m, i) => {
      expect(`${at}.memberships[${i}].network`, m.network, ["organisation"]);
      cite(`${at}.memberships[${i}]`, m.sources);
    });
  }
  for (const x of data.people) {
    const at = `people.yaml: ${x.id}`;
    common("people", x);
    x.affiliations.forEach((a, i) => {
      expect(`${at}.affiliations[${i}].organisation`, a.organisation, ["organisation"]);
      cite(`${at}.affiliations[${i}]`, a.sources);
    });
  }
  for (const x of data.sessions) {
    const at = `sessions.yaml: ${x.id}`;
    common("sessions", x);
    expect(`${at}.city`, x.city, ["city"]);
    expect(`${at}.country`, x.country, ["country"]);
    expect(`${at}.partOf`, x.partOf, ["session"]);
    if (x.start && x.end && x.end < x.start) problems.push(`${at}: end ${x.end} is before start ${x.start}`);
    themes(at, x.themes);
    x.organisations.forEach((o, i) => {
      expect(`${at}.organisations[${i}].organisation`, o.organisation, ["organisation"]);
      cite(`${at}.organisations[${i}]`, o.sources);
    });
    x.participants.forEach((p, i) => {
      expect(`${at}.participants[${i}].person`, p.person, ["person"]);
      cite(`${at}.participants[${i}]`, p.sources);
    });
    x.mentions.forEach((m, i) => {
      expect(`${at}.mentions[${i}].entity`, m.entity, ["person", "country", "city", "organisation", "session", "resource"]);
      cite(`${at}.mentions[${i}]`, m.sources);
    });
  }
  for (const x of data.resources) {
    const at = `resources.yaml: ${x.id}`;
    common("resources", x);
    themes(at, x.themes);
    x.links.forEach((l, i) => {
      expect(`${at}.links[${i}].entity`, l.entity, ["person", "country", "city", "organisation", "session", "resource"]);
      cite(`${at}.links[${i}]`, l.sources);
    });
  }
}
