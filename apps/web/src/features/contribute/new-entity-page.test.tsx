import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signInAs, signOutAfter } from "../../test/viewer.ts";
import { NewEntityPage } from "./new-entity-page.tsx";

afterEach(signOutAfter);

const errorsOf = (input: HTMLElement) =>
  (input.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains("field-errors"))
    .map((element) => element!.textContent);

describe("adding a session", () => {
  it("shows what is missing beside each field and in a summary that links to it, before asking the API", async () => {
    const view = renderWithApp(<NewEntityPage kind="SESSION" />, { fixtures: { Viewer: signInAs("MEMBER") } });
    await userEvent.click(await screen.findByRole("button", { name: "Add the session" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading").textContent).toBe("Please correct these 3 things");
    expect(within(summary).getByRole("link", { name: "Title: Enter the title." }).getAttribute("href")).toBe("#field-title");
    expect(within(summary).getByRole("link", { name: /^Sources: Cite at least one source/ }).getAttribute("href")).toBe("#field-sources");

    const title = screen.getByLabelText(/^Title/);
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(errorsOf(title)).toEqual(["Enter the title."]);
    expect(errorsOf(screen.getByLabelText(/^Kind of event/))).toEqual(["Enter the kind of event."]);
    expect(view.calls.some((call) => call.name === "CreateSession")).toBe(false);
  });

  it("puts the API's userErrors beside the fields they name, sources included", async () => {
    const view = renderWithApp(<NewEntityPage kind="SESSION" />, {
      fixtures: {
        Viewer: signInAs("MEMBER"),
        CreateSession: () => ({
          // Root __typename first, as the app's documents ask for it (codegen adds it).
          __typename: "Mutation",
          createSession: {
            __typename: "EntityPayload",
            revisionId: null,
            entity: null,
            userErrors: [
              { __typename: "UserError", code: "INVALID_INPUT", path: ["endDate"], message: "must not be before startDate" },
              { __typename: "UserError", code: "INVALID_INPUT", path: ["sources", "0", "source"], message: 'no source has the key "gsef-typo"' },
              { __typename: "UserError", code: "CONFLICT", path: [], message: "an entity already has the key peer-learning-dakar" },
            ],
          },
        }),
      },
    });
    await userEvent.type(await screen.findByLabelText(/^Title/), "Peer learning, Dakar");
    await userEvent.selectOptions(screen.getByLabelText(/^Kind of event/), "LEARNING_SESSION");
    await userEvent.type(screen.getByLabelText(/^Source key/), "gsef-typo");
    await userEvent.type(screen.getByLabelText(/^Passage/), "held in Dakar");
    await userEvent.click(screen.getByRole("button", { name: "Add the session" }));

    await screen.findByRole("alert");
    expect(view.calls.find((call) => call.name === "CreateSession")?.variables).toEqual({
      input: { title: "Peer learning, Dakar", sessionKind: "LEARNING_SESSION", sources: [{ source: "gsef-typo", passage: "held in Dakar" }] },
      reason: null,
    });
    expect(errorsOf(screen.getByLabelText(/^Last day/))).toEqual(["must not be before startDate"]);
    expect(errorsOf(screen.getByLabelText(/^Source key/))).toEqual(['no source has the key "gsef-typo"']);
    const summary = screen.getByRole("alert");
    expect(within(summary).getByText("an entity already has the key peer-learning-dakar")).toBeTruthy();
    expect(within(summary).getByRole("link", { name: /^Source 1, key: no source/ }).getAttribute("href")).toBe("#field-sources-0-source");
    expect(view.location()).toBe("/");
  });

  it("goes to the new session's page once saved", async () => {
    const view = renderWithApp(<NewEntityPage kind="THEME" />, {
      fixtures: {
        Viewer: signInAs("MEMBER"),
        CreateTheme: () => ({
          __typename: "Mutation",
          createTheme: {
            __typename: "EntityPayload",
            revisionId: "rev_1",
            entity: { __typename: "Theme", id: "VGhlbWU6eA==", key: "guarantee-funds", kind: "THEME", label: "Guarantee funds", url: "/theme/guarantee-funds", version: 1 },
            userErrors: [],
          },
        }),
      },
    });
    await userEvent.type(await screen.findByLabelText(/^Name/), "Guarantee funds");
    await userEvent.click(screen.getByLabelText("A new source"));
    await userEvent.type(screen.getByLabelText(/^Title of the document/), "Dakar report");
    await userEvent.click(screen.getByRole("button", { name: "Add the theme" }));
    await expect.poll(view.location).toBe("/theme/guarantee-funds");
  });

  it("asks readers to sign in", async () => {
    renderWithApp(<NewEntityPage kind="PERSON" />);
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add the person" })).toBeNull();
  });
});
