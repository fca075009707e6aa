import { describe, expect, it } from "vitest";
import { patchParams, readList, toQueryString, toggled } from "./url-state.ts";

describe("address state", () => {
  it("keeps commas readable and drops emptied parameters", () => {
    const params = patchParams(new URLSearchParams("q=kim joung&kinds=CITY"), { kinds: ["SESSION", "PERSON"], years: [], from: 2017, to: null });
    expect(toQueryString(params)).toBe("q=kim%20joung&kinds=SESSION,PERSON&from=2017");
    expect(readList(params, "kinds")).toEqual(["SESSION", "PERSON"]);
    expect(toggled(["a", "b"], "a")).toEqual(["b"]);
    expect(toggled(["a"], "b")).toEqual(["a", "b"]);
  });
});
