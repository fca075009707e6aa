// Entity resolution keys: the spellings one person's name takes across sources meet; different
// names do not.
import { describe, expect, it } from "vitest";
import { nameKey, nameKeys } from "@agora/db";

const meet = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));

describe("name keys", () => {
  it("ignore accents, case, honorifics, hyphens and name order", () => {
    expect(nameKey("Rev. KIM Joung-Youl")).toBe("joungyoul kim");
    expect(nameKey("Joungyoul Kim")).toBe("joungyoul kim");
    expect(nameKey("Dato' Sri Dr. José María Arizmendiarrieta")).toBe(nameKey("arizmendiarrieta jose maria"));
  });

  it("let a compound given name written as two words meet its joined spelling", () => {
    expect(meet("Joung Youl Kim", "Joungyoul Kim")).toBe(true);
    expect(meet("Kim Joung-Youl", "Joung Youl Kim")).toBe(true);
    expect(meet("Park Won Soon", "Park Won-soon")).toBe(true);
  });

  it("keep different names apart", () => {
    expect(meet("Joung Youl Kim", "Youl Kim")).toBe(false);
    expect(meet("Laurence Kwark", "Laurence Kim")).toBe(false);
    expect(meet("Seoul Social Economy Center", "Seoul Social Economy Network")).toBe(false);
  });

  it("do not join the words of long titles", () => {
    expect(nameKeys("Global Social Economy Forum Learning Session")).toHaveLength(1);
    expect(nameKeys("Mr.")).toEqual([]);
  });
});
