import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signInAs, signOutAfter } from "../../test/viewer.ts";
import { HistoryPage } from "./history-page.tsx";
import { diffWords } from "./word-diff.ts";

afterEach(signOutAfter);

const revision = (version: number, action: string, changes: [string, unknown, unknown][], extra: object = {}) => ({
  __typename: "Revision",
  revisionId: `rev_${version}`,
  action,
  reason: null,
  authorName: action === "CREATE" ? null : "Ada Editor",
  createdAt: "2026-03-14T10:00:00.000Z",
  version,
  entityKey: "east-africa-training-uganda-2019",
  linkId: null,
  changes: changes.map(([field, before, after]) => ({
    __typename: "FieldChange",
    field,
    before: before === undefined ? null : JSON.stringify(before),
    after: after === undefined ? null : JSON.stringify(after),
  })),
  ...extra,
});

const history = () => ({
  entity: {
    __typename: "Session",
    id: "U2Vzc2lvbjpl",
    key: "east-africa-training-uganda-2019",
    kind: "SESSION",
    label: "East Africa Training in Uganda",
    url: "/session/east-africa-training-uganda-2019",
    version: 3,
    history: {
      __typename: "EntityHistoryConnection",
      totalCount: 3,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      edges: [
        revision(3, "UPDATE", [
          ["detail.title", "East Africa Training", "East Africa Training in Uganda"],
          ["label", "East Africa Training", "East Africa Training in Uganda"],
          ["detail.startDate", "2019", "2019-08-21"],
          ["aliases", [], [{ name: "EAT 2019", kind: "ACRONYM" }]],
        ], { reason: "the report gives the day" }),
        revision(2, "UPDATE", [], { linkId: "lnk_1", changes: [{ __typename: "FieldChange", field: "role", before: '"participant"', after: '"speaker"' }] }),
        revision(1, "CREATE", [
          ["aliases", undefined, []],
          ["deleted", undefined, false],
          ["detail.cityId", undefined, "kampala"],
          ["key", undefined, "east-africa-training-uganda-2019"],
          ["label", undefined, "East Africa Training"],
        ]),
      ].map((node) => ({ __typename: "EntityHistoryConnectionEdge", node })),
    },
  },
});

describe("an entity's history", () => {
  it("shows each revision's fields before and after, with the changed words marked", async () => {
    renderWithApp(<HistoryPage kind="SESSION" entityKey="east-africa-training-uganda-2019" />, { fixtures: { EntityHistory: history } });
    const latest = (await screen.findByRole("heading", { name: "Changed (version 3)" })).closest("li")!;
    expect(within(latest).getByText(/by Ada Editor/).textContent).toContain("“the report gives the day”");
    const rows = within(latest).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(["Title", "Start date", "Aliases"]);
    const [label, date, aliases] = rows.map((row) => within(row).getAllByRole("cell"));
    expect(label![0]!.querySelector("del")).toBeNull();
    expect(label![1]!.querySelector("ins")?.textContent).toBe("in Uganda");
    expect(date![0]!.querySelector("del")?.textContent).toBe("2019");
    expect(date![1]!.querySelector("ins")?.textContent).toBe("2019-08-21");
    expect(aliases![0]!.textContent).toBe("(none)");
    expect(aliases![1]!.textContent).toBe("EAT 2019 (Acronym)");
    expect(screen.getByRole("heading", { name: "Changed a link" })).toBeTruthy();
    const created = screen.getByRole("heading", { name: "Added (version 1)" }).closest("li")!;
    expect(created.textContent).toContain("from the curated dataset");
    // Identity, "not deleted" and empty lists say nothing about a new entity.
    expect(within(created).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["City", "Name or title"]);
  });

  it("lets editors restore an earlier version of the entity, sending the version they loaded", async () => {
    const view = renderWithApp(<HistoryPage kind="SESSION" entityKey="east-africa-training-uganda-2019" />, {
      fixtures: {
        Viewer: signInAs("EDITOR"),
        EntityHistory: history,
        RestoreRevision: () => ({
          restoreRevision: { __typename: "EntityPayload", revisionId: "rev_4", entity: { __typename: "Session", id: "U2Vzc2lvbjpl", key: "east-africa-training-uganda-2019", version: 4 }, userErrors: [] },
        }),
      },
    });
    await screen.findByRole("heading", { name: "Changed (version 3)" });
    // Not the current version, nor a link's revision: only version 1 can be restored.
    expect(screen.getAllByRole("button", { name: /^Restore/ }).map((button) => button.textContent)).toEqual(["Restore version 1…"]);
    await userEvent.click(screen.getByRole("button", { name: "Restore version 1…" }));
    await userEvent.type(screen.getByLabelText("Reason for restoring version 1"), "the day is not sure");
    await userEvent.click(screen.getByRole("button", { name: "Restore version 1" }));
    expect((await screen.findByRole("status")).textContent).toBe("Restored: version 4 is now as version 1 was.");
    expect(view.calls.find((call) => call.name === "RestoreRevision")?.variables).toEqual({ revisionId: "rev_1", expectedVersion: 3, reason: "the day is not sure" });
  });

  it("offers no restore to members", async () => {
    renderWithApp(<HistoryPage kind="SESSION" entityKey="east-africa-training-uganda-2019" />, { fixtures: { Viewer: signInAs("MEMBER"), EntityHistory: history } });
    await screen.findByRole("heading", { name: "Changed (version 3)" });
    expect(screen.queryByRole("button", { name: /^Restore/ })).toBeNull();
  });
});

describe("word diffs", () => {
  it("mark the words that changed and keep the rest", () => {
    expect(diffWords("held in Kampala in 2019", "held in Kampala, Uganda in 2019")).toEqual([
      { text: "held in ", change: "same" },
      { text: "Kampala ", change: "removed" },
      { text: "Kampala, Uganda ", change: "added" },
      { text: "in 2019", change: "same" },
    ]);
  });
});
