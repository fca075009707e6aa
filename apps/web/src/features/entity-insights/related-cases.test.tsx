import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { RelatedCases, type RelatedCases_CaseFragment } from "./related-cases.tsx";
import type { FragmentType } from "../../generated/gql/index.ts";

const theme = (key: string, label: string) => ({ __typename: "Theme", id: `Theme:${key}`, label, url: `/theme/${key}` });

const cases = [
  {
    __typename: "RelatedCase",
    score: 0.85,
    entity: { __typename: "City", id: "City:seoul", kind: "CITY", label: "Seoul", url: "/city/seoul" },
    reasons: [
      {
        __typename: "RelatedReason",
        kind: "SHARED_THEME",
        text: "shares the themes Legal framework and Networking (and 2 more)",
        entities: [theme("legal-framework", "Legal framework"), theme("networking", "Networking"), theme("training", "Training")],
      },
      {
        __typename: "RelatedReason",
        kind: "SHARED_PERSON",
        text: "Kim Joung-youl and Laurence Kwark took part in both",
        entities: [
          { __typename: "Person", id: "Person:kim", label: "Kim Joung-youl", url: "/person/kim-joung-youl" },
          { __typename: "Person", id: "Person:kwark", label: "Laurence Kwark", url: "/person/laurence-kwark" },
        ],
      },
      { __typename: "RelatedReason", kind: "SIMILAR_TEXT", text: "similar words: capital, gsef", entities: [] },
    ],
  },
] as unknown as FragmentType<typeof RelatedCases_CaseFragment>[];

describe("related cases", () => {
  it("gives each case its reasons in words, with the shared entities linked where the text names them", () => {
    renderWithApp(<RelatedCases cases={cases} />);
    expect(screen.getByRole("link", { name: "Seoul" }).getAttribute("href")).toBe("/city/seoul");
    const reasons = screen.getByRole("list", { name: "Why Seoul is related" });
    const items = within(reasons).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "shares the themes Legal framework and Networking (and 2 more)",
      "Kim Joung-youl and Laurence Kwark took part in both",
      "similar words: capital, gsef",
    ]);
    expect(within(items[0]!).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["/theme/legal-framework", "/theme/networking"]);
    expect(within(items[1]!).getByRole("link", { name: "Laurence Kwark" }).getAttribute("href")).toBe("/person/laurence-kwark");
    expect(within(items[2]!).queryAllByRole("link")).toHaveLength(0);
  });

  it("renders nothing when there is no related case", () => {
    const { container } = renderWithApp(<RelatedCases cases={[]} />);
    expect(container.textContent).toBe("");
  });
});
