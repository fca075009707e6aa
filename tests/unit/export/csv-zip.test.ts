// The zip of both CSV files, opened with fflate's unzip (a separate code path from the zip writer)
// and parsed with csv-parse.
import { afterEach, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { parse } from "csv-parse/sync";
import { collect, csvZip, edgesCsv, nodesCsv } from "@agora/export";
import { fixture } from "./fixture.ts";

const zoneBefore = process.env.TZ;
afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe("CSV zip", () => {
  it("holds nodes.csv and edges.csv, byte for byte the CSV exports in UTF-8", () => {
    const files = unzipSync(csvZip(fixture, { bom: true }));
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(files["nodes.csv"]).toEqual(utf8(collect(nodesCsv(fixture, { bom: true }))));
    expect(files["edges.csv"]).toEqual(utf8(collect(edgesCsv(fixture, { bom: true }))));
    expect(files["nodes.csv"]!.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = parse(strFromU8(files["edges.csv"]!), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(fixture.edges.length);
    const nodes = parse(strFromU8(files["nodes.csv"]!), { columns: true, bom: true }) as Record<string, string>[];
    expect(nodes.find((r) => r.Id === "kim-joung-youl")?.Label).toBe("Kim Joung-Youl 김정열");
  });

  it("gives the same bytes for the same graph, whatever the machine's time zone", () => {
    process.env.TZ = "Asia/Seoul";
    const inSeoul = csvZip(fixture);
    process.env.TZ = "America/Los_Angeles";
    const inLosAngeles = csvZip(fixture);
    expect(inLosAngeles).toEqual(inSeoul);
    // And the entries are dated by the graph, not by the clock.
    const later = csvZip({ ...fixture, meta: { ...fixture.meta, generatedAt: "2027-06-01T00:00:00Z" } });
    expect(later).not.toEqual(inSeoul);
  });
});
