import { GraphQLError } from "graphql";
import { expect, it } from "vitest";
import { JsonBytesResponse } from "../../packages/api/src/http/json-bytes-response.ts";
import { jsonBytes, utf8Bytes } from "../../packages/api/src/http/json-bytes.ts";

it("encodes text to the same UTF-8 bytes as Buffer.from, ASCII or not", () => {
  const texts = ["", `{"data":{"label":"Seoul"}}`, `{"label":"Montréal"}`, `{"label":"Économie sociale et solidaire – 社会的経済 🌍"}`, "ü".repeat(70_000), "a".repeat(300_000) + "é"];
  for (const text of texts) {
    const bytes = utf8Bytes(text);
    expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(bytes.toString("utf8")).toBe(text);
  }
});

it("writes a result in pieces to exactly the bytes of its JSON", () => {
  const edge = (i: number) => ({ key: `lnk_${i}`, fromKey: `syn-person-${i}`, sentence: i % 7 ? `Person ${i} took part in Workshop ${i}` : `Satō ${i} a pris part à l’atelier « Économie » 🌍`, startDate: i % 3 ? null : "2019-05-01" });
  const results: unknown[] = [
    { data: null },
    { data: { neighbourhood: { nodeCount: 0, edges: [], truncated: false } } },
    // Large enough for many groups, with lists of lists, empty objects and escapes.
    { data: { neighbourhood: { nodeCount: 3, truncated: true, edges: Array.from({ length: 5000 }, (_, i) => edge(i)), grid: [[1, 2], [], [{ a: "\"quoted\"\n\\" }]], empty: {} } } },
    // JSON.stringify leaves out undefined, functions and symbols in objects and writes them as null in lists.
    { data: { a: undefined, b: () => 1, c: Symbol("x"), d: [undefined, () => 1, 1.5, -0, true], e: "x" } },
    // Errors serialise through their own toJSON.
    { data: { a: 1 }, errors: [new GraphQLError("Not found: syn-person-1", { path: ["entity"], extensions: { code: "NOT_FOUND" } })], extensions: { cost: 3 } },
    // Inherited properties are not the object's own: JSON leaves them out.
    { data: Object.assign(Object.create({ inherited: 1 }), { own: 2 }) },
  ];
  for (const result of results) {
    const bytes = jsonBytes(result);
    expect(bytes.toString("utf8")).toBe(JSON.stringify(result));
    expect(bytes.equals(Buffer.from(JSON.stringify(result), "utf8"))).toBe(true);
  }
});

it("sends JSON answers as bytes with their length, and leaves other bodies alone", async () => {
  const json = new JsonBytesResponse(`{"label":"Économie – 🌍"}`, { headers: { "content-type": "application/graphql-response+json; charset=utf-8" } });
  expect(await json.text()).toBe(`{"label":"Économie – 🌍"}`);
  const plain = new JsonBytesResponse("ok");
  expect(plain.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(await plain.text()).toBe("ok");
});
