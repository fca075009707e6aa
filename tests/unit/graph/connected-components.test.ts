// connectedComponents: numbered largest first, whatever order the graph was given in.
import { expect, it } from "vitest";
import { connectedComponents } from "@agora/graph";
import { graphOf } from "./fixtures.ts";

it("numbers components largest first, ties by smallest id, members in id order", () => {
  const graph = graphOf(["x-y", "c-b", "b-a", "p-q"], {}, ["lonely"]);
  const { componentOf, components } = connectedComponents(graph);
  expect(components).toEqual([
    { id: 0, members: ["a", "b", "c"] },
    { id: 1, members: ["p", "q"] },
    { id: 2, members: ["x", "y"] },
    { id: 3, members: ["lonely"] },
  ]);
  expect(componentOf[graph.indexOf("y")]).toBe(2);
});
