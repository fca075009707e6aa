// The CSV exports, read back with csv-parse (strict RFC 4180 reading): Gephi's column names,
// every row, and tricky values (commas, quotes, line breaks, accents, Hangul) unchanged.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { collect, csvField, edgesCsv, nodesCsv } from "@agora/export";
import { fixture, node, TRICKY_DESCRIPTION } from "./fixture.ts";

type Row = Record<string, string>;
const read = (text: string): Row[] => parse(text, { columns: true, bom: true, relax_quotes: false, relax_column_count: false });
const header = (text: string): string[] => (parse(text, { bom: true, to_line: 1 }) as string[][])[0]!;

const nodesText = collect(nodesCsv(fixture));
const edgesText = collect(edgesCsv(fixture));
const nodes = read(nodesText);
const edges = read(edgesText);
const row = (rows: Row[], id: string) => rows.find((r) => r.Id === id)!;

describe("CSV", () => {
  it("names the columns as Gephi's spreadsheet import expects", () => {
    expect(header(nodesText).slice(0, 2)).toEqual(["Id", "Label"]);
    expect(header(nodesText)).toEqual(expect.arrayContaining(["Kind", "Description", "URL", "StartDate", "EndDate", "Latitude", "Longitude", "Degree"]));
    expect(header(edgesText)).toEqual(["Source", "Target", "Type", "Id", "Label", "LinkType", "Role", "Capacity", "StartDate", "EndDate", "AsOf"]);
  });

  it("has one row per node and per edge", () => {
    expect(nodes.map((r) => r.Id)).toEqual(fixture.nodes.map((n) => n.id));
    expect(edges.map((r) => r.Id)).toEqual(fixture.edges.map((e) => e.id));
    for (const e of fixture.edges) {
      const r = row(edges, e.id);
      expect([r.Source, r.Target, r.LinkType, r.Role]).toEqual([e.source, e.target, e.type, e.role]);
      // Gephi's Type is the edge's direction, not Agora's link type.
      expect(r.Type).toBe("Directed");
    }
  });

  it("reads back commas, quotes, line breaks, accents and Hangul unchanged", () => {
    for (const n of fixture.nodes) expect(row(nodes, n.id).Label).toBe(n.label);
    expect(row(nodes, "jose-maria-arizmendiarrieta").Description).toBe(TRICKY_DESCRIPTION);
    expect(row(nodes, "rd-lab").Label).toBe("R&D <lab>");
    expect(row(nodes, "kim-joung-youl").Label).toBe("Kim Joung-Youl 김정열");
    expect(row(nodes, "mondragon").Label).toBe("Mondragon Corporation, Co-op");
    expect(row(nodes, "gsef-2018-bilbao").Label).toBe(node("gsef-2018-bilbao").label);
    expect(row(nodes, "training-2019").Label).toBe("Training,\nSenegal\u0007");
    expect(row(edges, "l6").Capacity).toBe('Co-chair, "GSEF" & friends');
  });

  it("writes numbers, booleans and partial dates as they are, and nothing for missing values", () => {
    const training = row(nodes, "training-2019");
    expect([training.participantCount, training.online, training.rating, training.StartDate, training.EndDate]).toEqual(["120", "false", "4.5", "2019-05", ""]);
    expect(row(nodes, "seoul").Latitude).toBe("37.5665");
    expect(row(nodes, "rd-lab").acronym).toBe("");
    expect(row(edges, "l1").AsOf).toBe("2018-10");
  });

  it("ends every record with CRLF and quotes only the fields that need it", () => {
    expect(nodesText.endsWith("\r\n")).toBe(true);
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("starts with a UTF-8 byte order mark only when asked, for Excel", () => {
    expect(nodesText.charCodeAt(0)).not.toBe(0xfeff);
    const withBom = collect(nodesCsv(fixture, { bom: true }));
    expect(new TextEncoder().encode(withBom).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(read(withBom)).toEqual(nodes);
    expect(read(collect(edgesCsv(fixture, { bom: true })))).toEqual(edges);
  });
});
