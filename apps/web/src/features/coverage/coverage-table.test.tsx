import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { CoverageTable, coverageGrid, shade } from "./coverage-table.tsx";

const cells = [
  { continent: "AFRICA" as const, year: 2019, sessions: 2, theme: { key: "capacity-building", name: "Capacity building" } },
  { continent: "ASIA" as const, year: 2017, sessions: 3, theme: { key: "capacity-building", name: "Capacity building" } },
  { continent: "ASIA" as const, year: 2018, sessions: 1, theme: { key: "capacity-building", name: "Capacity building" } },
  { continent: "ASIA" as const, year: 2018, sessions: 1, theme: { key: "networking", name: "Networking" } },
];
const themes = [
  { key: "networking", name: "Networking" },
  { key: "capacity-building", name: "Capacity building" },
  { key: "youth", name: "Youth" },
];

describe("coverage table", () => {
  it("is a table with theme rows and continent columns, counting each cell and linking it to its sessions", () => {
    renderWithApp(<CoverageTable cells={cells} themes={themes} from={null} to={null} />);
    const table = screen.getByRole("table", { name: /Sessions by top-level theme \(rows\) and continent \(columns\), all years/ });
    const headers = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(headers).toEqual(["Theme", "Africa", "Asia", "Europe", "North America", "South America", "Oceania"]);
    const capacity = within(table).getByRole("row", { name: /Capacity building/ });
    expect(within(capacity).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["2", "4", "0", "0", "0", "0"]);
    expect(within(capacity).getByRole("link", { name: "4" }).getAttribute("href")).toBe("/timeline?continents=ASIA&themes=capacity-building");
    const youth = within(table).getByRole("row", { name: /Youth/ });
    expect(within(youth).getAllByRole("cell").every((cell) => cell.textContent === "0")).toBe(true);
    expect(screen.getByText("15 of 18 continent × theme cells have no session (all years).")).toBeTruthy();
  });

  it("keeps to the chosen years", () => {
    expect(coverageGrid(cells, 2018, 2018)).toEqual(
      new Map([
        ["ASIA|capacity-building", 1],
        ["ASIA|networking", 1],
      ]),
    );
    renderWithApp(<CoverageTable cells={cells} themes={themes} from={2018} to={2019} />);
    const capacity = screen.getByRole("row", { name: /Capacity building/ });
    expect(within(capacity).getByRole("link", { name: "1" }).getAttribute("href")).toBe("/timeline?continents=ASIA&themes=capacity-building&from=2018&to=2019");
  });

  it("shades darker with more sessions, with text that stays readable", () => {
    expect(shade(0, 4).background).toBe("#ffffff");
    expect(shade(4, 4)).toEqual({ background: "#1e3a8a", color: "#ffffff" });
    expect(shade(1, 4).color).toBe("#1d2327");
  });
});
