import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CombinedError } from "urql";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signInAs, signOutAfter } from "../../test/viewer.ts";
import { EditEntityPage } from "./edit-entity-page.tsx";

afterEach(signOutAfter);

const connection = (typename: string, nodes: object[]) => ({ __typename: typename, edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })) });

const session = (version: number, subtitle: string) => ({
  entity: {
    __typename: "Session",
    id: "U2Vzc2lvbjpz",
    key: "dakar-2026",
    kind: "SESSION",
    label: "Peer learning, Dakar",
    url: "/session/dakar-2026",
    version,
    description: null,
    aliases: connection("EntityAliasesConnection", []),
    sources: connection("EntitySourcesConnection", [{ __typename: "Citation", source: { __typename: "Source", key: "gsef-about", title: "About GSEF" } }]),
    title: "Peer learning, Dakar",
    subtitle,
    sessionKind: "LEARNING_SESSION",
    startDate: "2026-03-10",
    endDate: null,
    city: null,
    country: null,
    venue: null,
    partOf: null,
    series: null,
    edition: null,
    summary: null,
    objectives: [],
    keyQuestions: [],
    outcomes: null,
    language: null,
    audience: null,
    participantCount: null,
    participantCountQualifier: null,
    applicationDeadline: null,
  },
});

const payload = (userErrors: object[], version?: number) => ({
  __typename: "Mutation",
  updateSession: {
    __typename: "EntityPayload",
    revisionId: version ? "rev_2" : null,
    entity: version ? { __typename: "Session", id: "U2Vzc2lvbjpz", key: "dakar-2026", kind: "SESSION", label: "My title", url: "/session/dakar-2026", version } : null,
    userErrors,
  },
});

describe("editing when someone else saved first (STALE)", () => {
  it("offers to reload their version, keeps the reader's changes, and saves against the new version", async () => {
    let loads = 0;
    let saves = 0;
    const view = renderWithApp(<EditEntityPage kind="SESSION" entityKey="dakar-2026" />, {
      fixtures: {
        Viewer: signInAs("MEMBER"),
        EditEntity: () => (++loads === 1 ? session(3, "Old subtitle") : session(4, "Their subtitle")),
        UpdateSession: () =>
          ++saves === 1
            ? payload([{ __typename: "UserError", code: "STALE", path: ["expectedVersion"], message: "the entity is at version 4, not 3: reload and reapply your change" }])
            : payload([], 5),
      },
    });
    const title = await screen.findByLabelText(/^Title/);
    await userEvent.clear(title);
    await userEvent.type(title, "My title");
    await userEvent.click(screen.getByRole("button", { name: "Save changes" }));

    const notice = await screen.findByRole("alert");
    expect(notice.textContent).toContain("Not saved: someone else changed this session after you opened the form. Your changes to Title stay in the form.");
    expect(view.calls.find((call) => call.name === "UpdateSession")?.variables).toMatchObject({ expectedVersion: 3, patch: { title: "My title" } });

    await userEvent.click(within(notice).getByRole("button", { name: "Reload their version" }));
    await expect.poll(() => (screen.getByLabelText(/^Subtitle/) as HTMLInputElement).value).toBe("Their subtitle");
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("My title");
    expect(screen.queryByRole("alert")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await expect.poll(view.location).toBe("/session/dakar-2026");
    expect(view.calls.filter((call) => call.name === "UpdateSession").at(-1)?.variables).toEqual({
      key: "dakar-2026",
      expectedVersion: 4,
      patch: { title: "My title" },
      reason: null,
    });
  });

  it("explains a refusal to a member who did not add the entity (FORBIDDEN)", async () => {
    renderWithApp(<EditEntityPage kind="SESSION" entityKey="dakar-2026" />, {
      fixtures: {
        Viewer: signInAs("MEMBER"),
        EditEntity: () => session(3, "Old subtitle"),
        UpdateSession: () =>
          new CombinedError({
            graphQLErrors: [new GraphQLError("members may change only what they created; this entity was not created by you", { extensions: { code: "FORBIDDEN" } })],
          }),
      },
    });
    await userEvent.type(await screen.findByLabelText(/^Venue/), "City Hall");
    await userEvent.click(screen.getByRole("button", { name: "Save changes" }));
    const refusal = await screen.findByRole("alert");
    expect(refusal.textContent).toContain("You cannot change this session.");
    expect(refusal.textContent).toContain("an editor can change anything");
  });

  it("says when nothing has changed instead of sending an empty patch", async () => {
    const view = renderWithApp(<EditEntityPage kind="SESSION" entityKey="dakar-2026" />, {
      fixtures: { Viewer: signInAs("EDITOR"), EditEntity: () => session(3, "Old subtitle") },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Save changes" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Nothing has changed yet");
    expect(view.calls.some((call) => call.name === "UpdateSession")).toBe(false);
  });
});
