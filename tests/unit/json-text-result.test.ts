// A planned answer travels as the database's JSON text (sql-plans/json-text-result.ts), and still
// behaves as a plain ExecutionResult for anything that reads, copies or stores it.
import { describe, expect, it } from "vitest";
import { jsonTextResult } from "../../packages/api/src/sql-plans/json-text-result.ts";

// PostgreSQL's json functions write spaces around ':' and after ','.
const TEXT = `{"sessions" : {"edges" : [{"node" : {"key" : "s1", "title" : "Café"}}]}}`;

describe("jsonTextResult", () => {
  it("is sent as the database's text, unparsed", () => {
    const result = jsonTextResult(TEXT) as ReturnType<typeof jsonTextResult> & { stringify(value: unknown): string };
    expect(result.stringify(result)).toBe(`{"data":${TEXT}}`);
  });

  it("reads as the parsed answer, whichever way a plugin looks at it", () => {
    const result = jsonTextResult(TEXT);
    const data = { sessions: { edges: [{ node: { key: "s1", title: "Café" } }] } };
    expect(result.data).toEqual(data);
    expect("data" in result).toBe(true);
    expect("errors" in result).toBe(false);
    expect({ ...result }.data).toEqual(data);
    expect(JSON.parse(JSON.stringify(result))).toEqual({ data });
  });

  it("stringifies whatever a plugin derived from it, not its own text", () => {
    const result = jsonTextResult(TEXT) as ReturnType<typeof jsonTextResult> & { stringify(value: unknown): string };
    const derived = { ...result, errors: [{ message: "late" }] };
    expect(JSON.parse(result.stringify(derived))).toEqual({ data: result.data, errors: [{ message: "late" }] });
  });

  it("follows a replaced answer", () => {
    const result = jsonTextResult(TEXT) as ReturnType<typeof jsonTextResult> & { stringify(value: unknown): string };
    result.data = { sessions: null };
    expect(result.stringify(result)).toBe(`{"data":{"sessions":null}}`);
    expect(result.data).toEqual({ sessions: null });
  });

  it("answers null data for no row", () => {
    const result = jsonTextResult(null) as ReturnType<typeof jsonTextResult> & { stringify(value: unknown): string };
    expect(result.data).toBeNull();
    expect(result.stringify(result)).toBe(`{"data":null}`);
  });
});
