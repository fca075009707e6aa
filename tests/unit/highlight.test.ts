import { expect, it } from "vitest";
import { highlight, queryWords, snippet } from "../../packages/api/src/search/highlight.ts";

it("marks the words a query starts, accent- and case-insensitively", () => {
  expect(highlight("José María Arizmendiarrieta", queryWords("jose ARIZ"))).toEqual([
    { text: "José", matched: true },
    { text: " María ", matched: false },
    { text: "Arizmendiarrieta", matched: true },
  ]);
});

it("keeps consecutive matches in one part, separators included", () => {
  expect(highlight("Kampala Capital City Authority", queryWords("kampala capital"))).toEqual([
    { text: "Kampala Capital", matched: true },
    { text: " City Authority", matched: false },
  ]);
});

it("leaves a text the query does not match whole", () => {
  expect(highlight("Seoul", queryWords("kampala"))).toEqual([{ text: "Seoul", matched: false }]);
  expect(highlight("김정열 Kim", queryWords("김정열"))).toEqual([{ text: "김정열", matched: true }, { text: " Kim", matched: false }]);
});

it("cuts a snippet around the first match, marking the cuts", () => {
  const text = `${"Lorem ipsum dolor sit amet. ".repeat(10)}The Kampala declaration was adopted. ${"More words follow here. ".repeat(10)}`;
  const parts = snippet(text, queryWords("kampala"), 80)!;
  expect(parts[0]).toMatchObject({ matched: false, text: expect.stringMatching(/^…/) });
  expect(parts.at(-1)).toMatchObject({ matched: false, text: expect.stringMatching(/…$/) });
  expect(parts.filter((p) => p.matched).map((p) => p.text)).toEqual(["Kampala"]);
  expect(parts.map((p) => p.text).join("").length).toBeLessThanOrEqual(82);
  expect(snippet(text, queryWords("bilbao"))).toBeNull();
  expect(snippet(null, queryWords("bilbao"))).toBeNull();
});
