import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { PathFinderPage } from "./path-finder-page.tsx";

const entity = (typename: string, key: string, label: string) => ({
  __typename: typename,
  id: `${typename}:${key}`,
  key,
  kind: typename.toUpperCase(),
  label,
  url: `/${typename.toLowerCase()}/${key}`,
});

const fixtures = {
  EntityPickerLabel: ({ key }: Record<string, unknown>) => ({
    entity: key === "laurence-kwark" ? entity("Person", "laurence-kwark", "Laurence Kwark") : entity("City", "kampala", "Kampala"),
  }),
  EntityPickerSearch: () => ({ search: { __typename: "QuerySearchConnection", edges: [] } }),
  PathFinder: () => ({
    path: [
      {
        __typename: "Path",
        length: 2,
        sentence: "Laurence Kwark was a delegate to East Africa Training in Uganda; East Africa Training in Uganda was held in Kampala",
        nodes: [entity("Person", "laurence-kwark", "Laurence Kwark"), entity("Session", "east-africa-2019", "East Africa Training in Uganda"), entity("City", "kampala", "Kampala")],
        steps: [
          { __typename: "PathStep", sentence: "Laurence Kwark was a delegate to East Africa Training in Uganda", edge: { __typename: "GraphEdge", key: "e1", roleName: "delegate" } },
          { __typename: "PathStep", sentence: "East Africa Training in Uganda was held in Kampala", edge: { __typename: "GraphEdge", key: "e2", roleName: "held-in" } },
        ],
      },
    ],
  }),
};

describe("path finder", () => {
  it("tells the chain between the two entities of the address in words, and links each entity", async () => {
    const view = renderWithApp(<PathFinderPage />, { path: "/path?from=laurence-kwark&to=kampala", fixtures });
    expect(await screen.findByText("Laurence Kwark was a delegate to East Africa Training in Uganda; East Africa Training in Uganda was held in Kampala.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "2 steps" })).toBeTruthy();
    const chain = screen.getByRole("list", { name: "The chain, entity by entity" });
    expect([...chain.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/person/laurence-kwark", "/session/east-africa-2019", "/city/kampala"]);
    expect(chain.textContent).toContain("East Africa Training in Uganda was held in Kampala");
    expect((screen.getByRole("combobox", { name: "From" }) as HTMLInputElement).value).toBe("Laurence Kwark");
    expect(view.calls.find((call) => call.name === "PathFinder")?.variables).toEqual({ from: "laurence-kwark", to: "kampala" });
    expect(screen.getByRole("link", { name: "Show it on the network graph" }).getAttribute("href")).toBe("/graph?focus=laurence-kwark&pathFrom=laurence-kwark&pathTo=kampala&depth=1");
  });

  it("asks for two entities before searching", () => {
    const view = renderWithApp(<PathFinderPage />, { path: "/path?from=kampala", fixtures });
    expect(screen.getByText("Pick an entity in each box.")).toBeTruthy();
    expect(view.calls.some((call) => call.name === "PathFinder")).toBe(false);
  });

  it("says so when no path joins them", async () => {
    renderWithApp(<PathFinderPage />, { path: "/path?from=laurence-kwark&to=kampala", fixtures: { ...fixtures, PathFinder: () => ({ path: [] }) } });
    expect(await screen.findByText("No chain of six links or fewer joins them.")).toBeTruthy();
  });
});
