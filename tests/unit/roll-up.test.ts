// The pure helpers behind `stats`, on hand-built trees with known answers.
import { expect, it } from "vitest";
import { ancestry, coverageCells, rollUpTags } from "../../packages/api/src/schema/stats/roll-up.ts";

const parents = new Map<string, string | null>([
  ["root", null],
  ["mid", "root"],
  ["leaf", "mid"],
  ["other", null],
]);

it("lists a theme's ancestry nearest first, and survives a cycle", () => {
  expect(ancestry("leaf", parents)).toEqual(["leaf", "mid", "root"]);
  expect(ancestry("a", new Map([["a", "b"], ["b", "a"]]))).toEqual(["a", "b"]);
});

it("rolls tags up to every ancestor, counting each entity once per theme", () => {
  const rolled = rollUpTags(
    [
      { entityId: "s1", themeId: "leaf" },
      { entityId: "s1", themeId: "mid" },
      { entityId: "s2", themeId: "mid" },
      { entityId: "s3", themeId: "other" },
    ],
    parents,
  );
  expect([...rolled.get("root")!].sort()).toEqual(["s1", "s2"]);
  expect(rolled.get("leaf")!.size).toBe(1);
  expect(rolled.get("mid")!.size).toBe(2);
  expect(rolled.get("other")!.size).toBe(1);
});

it("puts sessions in continent × top-level theme × year cells", () => {
  const cells = coverageCells(
    [
      { sessionId: "s1", continent: "AFRICA", year: "2019", themeId: "leaf" },
      { sessionId: "s1", continent: "AFRICA", year: "2019", themeId: "mid" },
      { sessionId: "s2", continent: "AFRICA", year: "2019", themeId: "root" },
      { sessionId: "s3", continent: null, year: null, themeId: null },
    ],
    parents,
  );
  expect(cells).toEqual([
    { continent: "AFRICA", themeId: "root", year: 2019, sessions: 2 },
    { continent: null, themeId: null, year: null, sessions: 1 },
  ]);
});
