import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signInAs, signOutAfter } from "../../test/viewer.ts";
import { ImportPage } from "./import-page.tsx";

afterEach(signOutAfter);

const counts = (created: number, updated = 0, unchanged = 0) => ({ __typename: "ImportCounts", created, updated, unchanged });

const report = (variables: Record<string, unknown>) => {
  const broken = String(variables["content"]).includes("2019-13");
  return {
    importData: {
      __typename: "ImportReport",
      dryRun: variables["dryRun"] === true,
      written: !broken && variables["dryRun"] !== true,
      created: broken ? 0 : 2,
      updated: 0,
      unchanged: 1,
      links: counts(broken ? 0 : 1),
      problems: broken
        ? [
            { __typename: "ImportProblem", file: "sessions.csv", row: 2, column: "startDate", message: 'must be a date like 2019, 2019-08 or 2019-08-21, got "2019-13"' },
            { __typename: "ImportProblem", file: "sessions.csv", row: 3, column: "", message: "cite at least one source that states this" },
            { __typename: "ImportProblem", file: "sessions.csv", row: 0, column: "venu", message: "unknown column venu" },
          ]
        : [],
      rows: broken
        ? []
        : [
            { __typename: "ImportRow", file: "sessions.csv", row: 1, action: "CREATED", kind: "SESSION", entityKey: "dakar-2026", linkId: null },
            { __typename: "ImportRow", file: "sessions.csv", row: 2, action: "UNCHANGED", kind: "SESSION", entityKey: "gsef-2013", linkId: null },
          ],
    },
  };
};

const file = (content: string) => new File([content], "sessions.csv", { type: "text/csv" });

describe("importing a file", () => {
  it("checks first, lists every problem with file, row and column, and refuses to import until the file is clean", async () => {
    const view = renderWithApp(<ImportPage />, { fixtures: { Viewer: signInAs("MEMBER"), ImportData: report } });
    const input = await screen.findByLabelText(/^CSV or JSON file/);
    const importButton = screen.getByRole("button", { name: "Import" });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);

    await userEvent.upload(input, file("title,startDate\nA,2019-13\n"));
    await screen.findByText("sessions.csv, 26 bytes");
    expect((screen.getByLabelText("Format") as HTMLSelectElement).value).toBe("CSV");
    await userEvent.click(screen.getByRole("button", { name: "Check the file" }));

    expect(await screen.findByRole("heading", { name: "3 problems: nothing was written" })).toBeTruthy();
    expect(view.calls.at(-1)).toEqual({
      name: "ImportData",
      variables: { format: "CSV", kind: null, fileName: "sessions.csv", content: "title,startDate\nA,2019-13\n", dryRun: true },
    });
    const table = screen.getByRole("table", { name: /^Problems/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["sessions.csv", "2", "startDate", 'must be a date like 2019, 2019-08 or 2019-08-21, got "2019-13"'],
      ["sessions.csv", "3", "whole row", "cite at least one source that states this"],
      ["sessions.csv", "header / whole file", "venu", "unknown column venu"],
    ]);
    expect((screen.getByRole("button", { name: "Import" }) as HTMLButtonElement).disabled).toBe(true);

    await userEvent.upload(input, file("title,startDate\nA,2019-03\n"));
    await userEvent.click(screen.getByRole("button", { name: "Check the file" }));
    expect(await screen.findByRole("heading", { name: "Ready to import" })).toBeTruthy();
    const would = screen.getByRole("table", { name: "What the import would do" });
    expect(within(would).getAllByRole("row").map((row) => row.textContent)).toEqual(["RowsAddedChangedUnchanged", "Entities201", "Links100"]);

    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByRole("heading", { name: "Imported" })).toBeTruthy();
    expect(view.calls.at(-1)?.variables).toMatchObject({ dryRun: false });
    expect(screen.getByRole("link", { name: "dakar-2026" }).getAttribute("href")).toBe("/session/dakar-2026");
  });
});
