import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { SearchPage } from "./search-page.tsx";

const facet = (value: string, label: string, count: number) => ({ __typename: "FacetValue", value, label, count });

const seoulResults = (variables: Record<string, unknown>) => ({
  search: {
    __typename: "QuerySearchConnection",
    totalCount: variables.types ? 1 : 2,
    facets: {
      __typename: "SearchFacets",
      partial: false,
      kinds: [facet("CITY", "City", 1), facet("ORGANISATION", "Organisation", 1)],
      continents: [facet("ASIA", "Asia", 2)],
      countries: [facet("korea", "Republic of Korea", 2)],
      themes: [facet("networking", "Networking", 1)],
      years: [],
    },
    edges: [
      {
        __typename: "QuerySearchConnectionEdge",
        highlight: [{ __typename: "TextPart", text: "Seoul", matched: true }],
        snippet: [
          { __typename: "TextPart", text: "Capital of Korea; ", matched: false },
          { __typename: "TextPart", text: "Seoul", matched: true },
          { __typename: "TextPart", text: " hosted GSEF 2014.", matched: false },
        ],
        node: { __typename: "City", id: "City:1", kind: "CITY", url: "/city/seoul", label: "Seoul", description: "Capital of Korea" },
      },
      {
        __typename: "QuerySearchConnectionEdge",
        highlight: [
          { __typename: "TextPart", text: "Seoul", matched: true },
          { __typename: "TextPart", text: " Social Economy Network", matched: false },
        ],
        snippet: null,
        node: { __typename: "Organisation", id: "Organisation:2", kind: "ORGANISATION", url: "/organisation/ssen", label: "Seoul Social Economy Network", description: null },
      },
    ],
    pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  },
});

describe("search results", () => {
  it("marks the matched words in names and snippets", async () => {
    renderWithApp(<SearchPage />, { path: "/search?q=seoul", fixtures: { SearchPage: seoulResults } });
    const heading = await screen.findByRole("heading", { name: /2 results for “seoul”/ });
    expect(heading).toBeTruthy();
    const first = screen.getByRole("link", { name: "Seoul" });
    expect(first.getAttribute("href")).toBe("/city/seoul");
    expect(first.querySelector("mark")?.textContent).toBe("Seoul");
    const network = screen.getByRole("link", { name: "Seoul Social Economy Network" });
    expect([...network.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["Seoul"]);
    const snippet = screen.getByText(/hosted GSEF 2014/);
    expect(snippet.closest("p")?.querySelector("mark")?.textContent).toBe("Seoul");
  });

  it("lists every facet with counts and puts the chosen ones in the address and the query", async () => {
    const view = renderWithApp(<SearchPage />, { path: "/search?q=seoul", fixtures: { SearchPage: seoulResults } });
    const kinds = await screen.findByRole("group", { name: "Kind" });
    expect(within(kinds).getByLabelText("City (1)")).toBeTruthy();
    expect(within(screen.getByRole("group", { name: "Country" })).getByLabelText("Republic of Korea (2)")).toBeTruthy();

    await userEvent.click(within(kinds).getByLabelText("City (1)"));
    expect(view.location()).toBe("/search?q=seoul&kinds=CITY");
    await screen.findByRole("heading", { name: /1 result for “seoul” \(filtered\)/ });
    expect(view.calls.at(-1)?.variables).toMatchObject({ query: "seoul", types: ["CITY"], continents: null });

    await userEvent.click(within(screen.getByRole("group", { name: "Continent" })).getByLabelText("Asia (2)"));
    expect(view.location()).toBe("/search?q=seoul&kinds=CITY&continents=ASIA");
    expect(view.calls.at(-1)?.variables).toMatchObject({ types: ["CITY"], continents: ["ASIA"] });

    await userEvent.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(view.location()).toBe("/search?q=seoul");
  });

  it("asks for words before searching, and says so when nothing matches", async () => {
    renderWithApp(<SearchPage />, { path: "/search", fixtures: {} });
    expect(screen.getByText(/Type a name, a place or a word/)).toBeTruthy();
  });
});
