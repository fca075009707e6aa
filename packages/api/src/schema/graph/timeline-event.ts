import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntity } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EdgeView, edgeSentence, GraphEdge } from "./graph-edge.ts";

export interface TimelineEventShape {
  snapshot: GraphSnapshot;
  e: number;
  /** The other end of the edge. */
  other: string;
  date: string;
  endDate: string | null;
}

export const TimelineEvent = builder.objectRef<TimelineEventShape>("TimelineEvent").implement({
  description: "A dated event in an entity's history: a session it took part in, a position it held, a membership...",
  fields: (t) => ({
    date: t.field({ type: "Date", description: "When it happened or began (the link's own date, else the dated entity's).", resolve: (ev) => ev.date }),
    endDate: t.field({ type: "Date", nullable: true, description: "When it ended, if known.", resolve: (ev) => ev.endDate }),
    entity: t.field({ type: EntityRef, description: "The other entity involved.", resolve: (ev, _a, ctx, info) => loadEntity(ctx, ev.other, info) as never }),
    edge: t.field({ type: GraphEdge, description: "The edge that ties them.", resolve: (ev) => new EdgeView(ev.snapshot, ev.e) }),
    sentence: t.string({ description: "The event in words.", resolve: (ev) => edgeSentence(ev) }),
  }),
});

/** Every dated edge of node i, earliest first: its own period, else the other end's date. */
export function timelineOf(snapshot: GraphSnapshot, i: number): TimelineEventShape[] {
  const { graph } = snapshot;
  const events: TimelineEventShape[] = [];
  for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) {
    const e = graph.incidentEdge[k]!;
    const j = graph.neighbour[k]!;
    const edge = graph.edge(e);
    const otherDate = graph.attr(j, "date");
    const date = edge.start ?? edge.asOf ?? otherDate;
    if (!date) continue;
    events.push({ snapshot, e, other: graph.id(j), date, endDate: edge.end ?? null });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.other < b.other ? -1 : a.other > b.other ? 1 : a.e - b.e));
}
