import { builder } from "../builder.ts";
import type { Prisma } from "@agora/db";
import { LIVE } from "./entity.ts";
import { textMatch } from "./entity-list.ts";
import { Session, SessionKind } from "./session.ts";

const SessionOrder = builder.enumType("SessionOrder", {
  description: "Orders for session lists.",
  values: {
    DATE_DESC: { description: "Latest first (undated last)." },
    DATE_ASC: { description: "Earliest first (undated last)." },
    TITLE: { description: "By title, A to Z." },
  } as const,
});

const SessionFilter = builder.inputType("SessionFilter", {
  description: "Narrows a session list. All given conditions must hold.",
  fields: (t) => ({
    search: t.string({ description: "Words that must all appear in the title, series, summary or aliases." }),
    kinds: t.field({ type: [SessionKind], description: "Any of these kinds." }),
    series: t.string({ description: "Exactly this series, e.g. \"GSEF Training & Workshop Series\"." }),
    city: t.string({ description: "Key of the city it was held in, e.g. `seoul`." }),
    from: t.field({ type: "Date", description: "Ends on or after this date." }),
    to: t.field({ type: "Date", description: "Starts on or before this date." }),
  }),
});

type Filter = {
  search?: string | null;
  kinds?: ("FORUM" | "TRAINING" | "LEARNING_SESSION" | "ACADEMY" | "WORKSHOP" | "LECTURE" | "CONGRESS" | "CONGRESS_SESSION" | "POLICY_DIALOGUE" | "MEETING")[] | null;
  series?: string | null;
  city?: string | null;
  from?: string | null;
  to?: string | null;
};

function sessionWhere(filter: Filter | null | undefined): Prisma.EntityWhereInput {
  const f = filter ?? {};
  const session: Prisma.SessionWhereInput = {};
  if (f.kinds?.length) session.kind = { in: f.kinds };
  if (f.series) session.series = f.series;
  if (f.city) session.cityId = f.city;
  // Partial dates compare as strings: "2019" <= "2019-08-21" <= "2019-12-31~" holds.
  if (f.from) session.endDate = { gte: f.from };
  if (f.to) session.startDate = { lte: `${f.to}~` };
  return { kind: "SESSION", ...LIVE, ...textMatch(f.search), session };
}

const ORDER: Record<"DATE_DESC" | "DATE_ASC" | "TITLE", Prisma.EntityOrderByWithRelationInput[]> = {
  DATE_DESC: [{ session: { startDate: { sort: "desc", nulls: "last" } } }, { id: "asc" }],
  DATE_ASC: [{ session: { startDate: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
  TITLE: [{ sortKey: "asc" }, { id: "asc" }],
};

builder.queryField("sessions", (t) =>
  t.prismaConnection({
    type: Session,
    cursor: "id",
    description: "Knowledge-exchange sessions: forums, trainings, learning sessions, academies...",
    args: {
      filter: t.arg({ type: SessionFilter, required: false }),
      orderBy: t.arg({ type: SessionOrder, required: false, defaultValue: "DATE_DESC" }),
    },
    totalCount: (_parent, args, ctx) => ctx.db.prisma.entity.count({ where: sessionWhere(args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.prisma.entity.findMany({ ...query, where: sessionWhere(args.filter), orderBy: ORDER[args.orderBy ?? "DATE_DESC"] }),
  }),
);
