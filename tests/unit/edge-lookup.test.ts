import { expect, it } from "vitest";
import { EdgeLookup } from "../../packages/api/src/graph/edge-lookup.ts";

it("finds every id's index and nothing else", () => {
  const ids = ["lnk_b", "held-in:x", "lnk_a", "part-of:y", "broader:z", "lnk_c"];
  const lookup = new EdgeLookup(ids);
  ids.forEach((id, e) => expect(lookup.get(id)).toBe(e));
  expect(lookup.get("lnk_d")).toBeUndefined();
  expect(lookup.has("")).toBe(false);
  expect(new EdgeLookup([]).get("x")).toBeUndefined();
});
