// Widening partial dates to the full-date periods GEXF timelines need.
import { describe, expect, it } from "vitest";
import { edgeInterval, nodeInterval, widenEnd, widenStart } from "@agora/export";

describe("partial dates", () => {
  it("widens a year, a month and a day to the period they name", () => {
    expect([widenStart("2019"), widenEnd("2019")]).toEqual(["2019-01-01", "2019-12-31"]);
    expect([widenStart("2019-08"), widenEnd("2019-08")]).toEqual(["2019-08-01", "2019-08-31"]);
    expect([widenStart("2019-08-21"), widenEnd("2019-08-21")]).toEqual(["2019-08-21", "2019-08-21"]);
  });

  it("knows month lengths and leap years", () => {
    expect(widenEnd("2019-04")).toBe("2019-04-30");
    expect(widenEnd("2019-02")).toBe("2019-02-28");
    expect(widenEnd("2020-02")).toBe("2020-02-29");
    expect(widenEnd("1900-02")).toBe("1900-02-28");
    expect(widenEnd("2000-02")).toBe("2000-02-29");
  });

  it("refuses what is not a date", () => {
    for (const bad of ["19", "2019-13", "2019-00", "2019-02-30", "2019/08", "2019-8", "August 2019", ""]) {
      expect(() => widenStart(bad), bad).toThrow();
    }
  });

  it("closes a session's or resource's interval at the end of its start, and leaves others open", () => {
    expect(nodeInterval("SESSION", "2019-10", null)).toEqual({ start: "2019-10-01", end: "2019-10-31" });
    expect(nodeInterval("RESOURCE", "2019", undefined)).toEqual({ start: "2019-01-01", end: "2019-12-31" });
    expect(nodeInterval("ORGANISATION", "2010", null)).toEqual({ start: "2010-01-01" });
    expect(nodeInterval("PERSON", null, "2020")).toEqual({ end: "2020-12-31" });
    expect(nodeInterval("THEME", null, null)).toEqual({});
  });

  it("dates an edge by its period, else by the period of its as-of date", () => {
    expect(edgeInterval("2014", "2018-10", "2019")).toEqual({ start: "2014-01-01", end: "2018-10-31" });
    expect(edgeInterval(null, null, "2019-10")).toEqual({ start: "2019-10-01", end: "2019-10-31" });
    expect(edgeInterval("2015-03-02", null, null)).toEqual({ start: "2015-03-02" });
    expect(edgeInterval(null, null, null)).toEqual({});
  });
});
