import { builder } from "../builder.ts";
import { EntityRef, LIVE, loaded } from "./entity.ts";
import { linksOfType } from "./link.ts";
import { Country } from "./country.ts";
import { Session } from "./session.ts";
import { Organisation } from "./organisation.ts";
import { Membership } from "./membership.ts";

export const City = builder.prismaNode("Entity", {
  variant: "City",
  description: "A city or other locality where sessions take place and members are based.",
  interfaces: [EntityRef],
  include: { city: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "CITY" }),
  fields: (t) => ({
    name: t.string({ resolve: (e) => e.city!.name }),
    region: t.string({ nullable: true, description: "State, province or region within the country.", resolve: (e) => e.city!.region }),
    latitude: t.float({ nullable: true, resolve: (e) => e.city!.latitude }),
    longitude: t.float({ nullable: true, resolve: (e) => e.city!.longitude }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(City, (t) => ({
    country: t.field({
      type: Country,
      select: (_args, _ctx, nested) => ({ city: { select: { country: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.city!.country.entity),
    }),
    sessions: t.field({
      type: [Session],
      description: "Sessions held in this city, latest first.",
      select: (_args, _ctx, nested) => ({
        city: { select: { sessions: { where: { entity: LIVE }, orderBy: { startDate: "desc" }, select: { entity: nested() } } } },
      }),
      resolve: (e) => loaded(e.city?.sessions.map((s) => s.entity) ?? []),
    }),
    organisations: t.field({
      type: [Organisation],
      description: "Organisations based in this city.",
      select: (_args, _ctx, nested) => ({
        city: { select: { organisations: { where: { entity: LIVE }, orderBy: { name: "asc" }, select: { entity: nested() } } } },
      }),
      resolve: (e) => loaded(e.city?.organisations.map((o) => o.entity) ?? []),
    }),
    memberships: t.relatedConnection("outLinks", {
      type: Membership,
      cursor: "id",
      totalCount: true,
      description: "Networks this city belongs to, e.g. as GSEF's chair or vice-chair city.",
      query: linksOfType("MEMBERSHIP"),
    }),
}));
