import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { useQueryState } from "../../lib/url-state.ts";
import { GraphControls } from "./graph-controls.tsx";
import { readGraphState } from "./graph-state.ts";

function Harness() {
  const [params, setParams] = useQueryState();
  return <GraphControls state={readGraphState(params)} span={[2013, 2020]} onChange={(patch, replace) => setParams(patch, { replace: replace ?? false })} />;
}

const fixtures = {
  EntityPickerLabel: () => ({ entity: { __typename: "Organisation", id: "Organisation:gsef", key: "gsef", kind: "ORGANISATION", label: "Global Social Economy Forum" } }),
  EntityPickerSearch: () => ({ search: { __typename: "QuerySearchConnection", edges: [] } }),
};

describe("graph filters", () => {
  it("write kinds, link types, colours and period to the address, readably", async () => {
    const view = renderWithApp(<Harness />, { path: "/graph?focus=gsef", fixtures });
    await userEvent.click(screen.getByRole("checkbox", { name: /Sessions/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /People/ }));
    expect(view.location()).toBe("/graph?focus=gsef&kinds=SESSION,PERSON");
    await userEvent.click(screen.getByRole("checkbox", { name: "Took part in" }));
    expect(view.location()).toBe("/graph?focus=gsef&kinds=SESSION,PERSON&linkTypes=PARTICIPATION");
    await userEvent.click(screen.getByRole("radio", { name: "Community" }));
    expect(view.location()).toContain("&colour=community");
    await userEvent.selectOptions(screen.getByLabelText("Depth"), "3");
    expect(view.location()).toContain("&depth=3");
    await userEvent.click(screen.getByRole("checkbox", { name: /Sessions/ }));
    expect(view.location()).toBe("/graph?focus=gsef&kinds=PERSON&linkTypes=PARTICIPATION&colour=community&depth=3");
  });

  it("reads the same address back into the explorer's state", () => {
    const state = readGraphState(new URLSearchParams("focus=kampala&depth=9&kinds=SESSION,NOPE&linkTypes=PARTICIPATION&from=2017&to=2019&colour=community&expand=seoul,gsef&pathFrom=a&pathTo=b"));
    expect(state).toEqual({
      focus: "kampala",
      depth: 2,
      kinds: ["SESSION"],
      linkTypes: ["PARTICIPATION"],
      from: 2017,
      to: 2019,
      colour: "community",
      expand: ["seoul", "gsef"],
      pathFrom: "a",
      pathTo: "b",
      selected: null,
    });
  });

  it("moves the period with the sliders without letting from pass to", () => {
    const view = renderWithApp(<Harness />, { path: "/graph?focus=gsef&from=2015&to=2016", fixtures });
    expect(screen.getByRole("slider", { name: /From/ })).toBeTruthy();
    fireEvent.change(screen.getByRole("slider", { name: /To/ }), { target: { value: "2014" } });
    expect(view.location()).toBe("/graph?focus=gsef&from=2014&to=2014");
    fireEvent.change(screen.getByRole("slider", { name: /From/ }), { target: { value: "2018" } });
    expect(view.location()).toBe("/graph?focus=gsef&from=2018&to=2018");
  });
});
