// Reading import files, without a database: RFC 4180 edge cases (quotes, commas, line breaks in
// cells, a byte-order mark, CRLF), accents and Korean, how rows are numbered, what each kind of
// cell becomes, and the one-line errors for files that cannot be read at all.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvColumns, ImportFormatError, kindFromFileName, parseRowKind, readImportFiles, type ImportFile } from "@agora/db";
import { REPO_ROOT } from "../setup/paths.ts";

const read = (...files: ImportFile[]) => readImportFiles(files);
const only = (file: ImportFile) => {
  const { rows, problems } = read(file);
  expect(problems).toEqual([]);
  return rows as any[];
};

describe("CSV", () => {
  it("reads quoted cells with commas, doubled quotes, line breaks, accents and Korean, with a BOM and CRLF", () => {
    const content =
      "\uFEFFname,bio,aliases,source\r\n" +
      '"Ndiaye, Awa","She said ""tontines work"".\r\nSecond line, with a comma.",김민지|TRANSLATION;Nđiaye Awa|spelling variant,gsef-about\r\n' +
      "José Núñez,,,gsef-about\r\n";
    const rows = only({ name: "people.csv", content });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      type: "entity",
      kind: "PERSON",
      row: 1,
      fields: { name: "Ndiaye, Awa", bio: 'She said "tontines work".\r\nSecond line, with a comma.' },
      aliases: [
        { name: "김민지", kind: "TRANSLATION" },
        { name: "Nđiaye Awa", kind: "SPELLING_VARIANT" },
      ],
      sources: [{ source: "gsef-about" }],
    });
    expect(rows[1]).toMatchObject({ row: 2, fields: { name: "José Núñez" } });
    expect(rows[1].fields).not.toHaveProperty("bio"); // an empty cell is "not given"
  });

  it("numbers rows from 1 after the header, one per record however many lines it spans, counting blank lines", () => {
    const content = 'title,sessionKind,summary\n"A",WORKSHOP,"two\nlines"\n\nB,WORKSHOP,\n';
    expect(only({ name: "sessions.csv", content }).map((r) => [r.row, r.fields.title])).toEqual([
      [1, "A"],
      [3, "B"],
    ]);
  });

  it("turns cells into values: numbers, choices in any case, lists by line or by ';', one citation per row", () => {
    const content =
      "title,sessionKind,participantCount,participantCountQualifier,objectives,keyQuestions,source_title,source_url,passage\n" +
      'Forum,Learning session,60,Around,"One; still one\nTwo",A?;B?,New report,https://example.org/r,"as ""stated"""\n';
    const [row] = only({ name: "sessions.csv", content });
    expect(row.fields).toEqual({
      title: "Forum",
      sessionKind: "LEARNING_SESSION",
      participantCount: 60,
      participantCountQualifier: "around",
      objectives: ["One; still one", "Two"],
      keyQuestions: ["A?", "B?"],
    });
    expect(row.sources).toEqual([{ newSource: { title: "New report", url: "https://example.org/r", publisher: null }, passage: 'as "stated"' }]);
  });

  it("matches headers ignoring case, spaces and punctuation, and reports unknown and repeated ones on row 0", () => {
    const { rows, problems } = read({ name: "sessions.csv", content: "Title,Session kind,Start date,Source Title,venu,title\nA,WORKSHOP,2020,R,x,B\n" });
    expect((rows[0] as any).fields).toMatchObject({ title: "A", sessionKind: "WORKSHOP", startDate: "2020" });
    expect(problems).toEqual([
      { file: "sessions.csv", row: 0, column: "venu", message: expect.stringMatching(/^is not a column of a session file; the columns are key, title, /) },
      { file: "sessions.csv", row: 0, column: "title", message: 'repeats column 1 ("Title")' },
    ]);
    // Issues are reported under the header as the file writes it.
    expect((rows[0] as any).columnOf(["startDate"])).toBe("Start date");
    expect((rows[0] as any).columnOf(["sources", "0", "newSource", "title"])).toBe("Source Title");
  });

  it("flags a row with more or fewer cells than the header", () => {
    const rows = read({ name: "people.csv", content: "name,bio\nA,b,c\nB\n" }).rows;
    expect(rows.map((r) => r.issues.map((i) => i.message))).toEqual([["has 3 cells where the header has 2: check the quotes and commas"], ["has 1 cells where the header has 2: check the quotes and commas"]]);
  });

  it("reads links.csv", () => {
    const [row] = only({ name: "links.csv", content: "type,from,to,role,capacity,asOf,source\nparticipation,Mr. KWARK Laurence,gsef-2014,Speaker,Chair,2014,gsef-about\n" });
    expect(row).toMatchObject({ type: "link", linkType: "participation", from: "Mr. KWARK Laurence", to: "gsef-2014", role: "Speaker", fields: { capacity: "Chair", asOf: "2014" } });
  });

  it("refuses, in one line, a file it cannot read", () => {
    const refused = (file: ImportFile) => {
      try {
        read(file);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportFormatError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refused({ name: "people.csv", content: 'name,bio\nA,"unclosed\n' })).toMatch(/^people\.csv: not valid CSV: Quote Not Closed/);
    expect(refused({ name: "people.csv", content: 'name\n"A"x\n' })).toMatch(/^people\.csv: not valid CSV: Invalid Closing Quote/);
    expect(refused({ name: "people.csv", content: "" })).toBe("people.csv: the file is empty: the first line must name the columns");
    expect(refused({ name: "stuff.csv", content: "name\nA\n" })).toMatch(/^stuff\.csv: cannot tell what the file holds: name it people\.csv, .* or give the kind$/);
    expect(refused({ name: "people.txt", content: "name\nA\n" })).toBe("people.txt: cannot tell the format: name it .csv or .json");
    expect(refused({ name: "data.json", content: "{ nope" })).toMatch(/^data\.json: not valid JSON: /);
  });

  it("tells the kind from the file name or from what the person says", () => {
    expect(["people.csv", "2026-sessions.csv", "people-dakar.csv", "data/cities.CSV", "my_links.csv", "stuff.csv"].map(kindFromFileName)).toEqual(["PERSON", "SESSION", "PERSON", "CITY", "LINK", null]);
    expect(["SESSION", "sessions", "Organizations", "link", "nope"].map(parseRowKind)).toEqual(["SESSION", "SESSION", "ORGANISATION", "LINK", null]);
    expect((only({ name: "speakers.csv", content: "name\nA\n", kind: "PERSON" })[0] as any).kind).toBe("PERSON");
  });
});

describe("JSON", () => {
  it("reads entities and links, with a BOM, names its lists in the file, and reports shape problems", () => {
    const content =
      "\uFEFF" +
      JSON.stringify({
        entities: [
          { kind: "session", title: "Forum 서울", sessionKind: "forum", startDate: 2019, objectives: ["a"], aliases: ["F", { name: "Forum S", kind: "short name" }], sources: ["gsef-about"] },
          { kind: "PLANET", name: "Mars" },
          "nope",
        ],
        links: [{ type: "MENTION", from: "a", to: "b", role: "mention", note: null, colour: "red" }],
        extra: 1,
      });
    const { rows, problems } = read({ name: "data.json", content });
    expect(rows[0]).toMatchObject({
      file: "data.json#entities",
      row: 1,
      kind: "SESSION",
      fields: { title: "Forum 서울", sessionKind: "FORUM", startDate: "2019", objectives: ["a"] },
      aliases: [
        { name: "F", kind: "SPELLING_VARIANT" },
        { name: "Forum S", kind: "SHORT_NAME" },
      ],
      sources: [{ source: "gsef-about" }],
    });
    expect(rows[1]).toMatchObject({ file: "data.json#links", row: 1, linkType: "MENTION", fields: { note: null } });
    expect(rows[1]!.issues).toEqual([{ path: ["colour"], message: expect.stringMatching(/^is not a property of a link/) }]);
    expect(rows[0]!.columnOf(["sources", "0", "source"])).toBe("sources.0.source");
    expect(problems).toEqual([
      { file: "data.json", row: 0, column: "extra", message: 'is not part of an import: give "entities" and "links"' },
      { file: "data.json#entities", row: 2, column: "kind", message: 'must be PERSON, COUNTRY, CITY, ORGANISATION, SESSION, RESOURCE or THEME, got "PLANET"' },
      { file: "data.json#entities", row: 3, column: "", message: "must be an object" },
    ]);
  });
});

describe("templates", () => {
  const dir = join(REPO_ROOT, "templates", "import");
  it("each CSV template has every column of its kind, in order, and reads without a problem", () => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
      const content = readFileSync(join(dir, name), "utf8");
      expect(content.split(/\r?\n/)[0]!.split(","), name).toEqual(csvColumns(kindFromFileName(name)!));
      expect(read({ name, content }).problems, name).toEqual([]);
    }
  });
});
