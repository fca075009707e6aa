import { builder } from "../builder.ts";
import { EntityRef, loaded } from "./entity.ts";
import { detailConnection } from "./detail-connection.ts";
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
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    name: t.string({ description: "The city's name in English usage.", resolve: (e) => e.city!.name }),
    region: t.string({ nullable: true, description: "State, province or region within the country.", resolve: (e) => e.city!.region }),
    latitude: t.float({ nullable: true, description: "Latitude of the city centre, in decimal degrees (WGS 84).", resolve: (e) => e.city!.latitude }),
    longitude: t.float({ nullable: true, description: "Longitude of the city centre, in decimal degrees (WGS 84).", resolve: (e) => e.city!.longitude }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(City, (t) => ({
    country: t.field({
      type: Country,
      description: "The country the city is in.",
      select: (_args, _ctx, nested) => ({ city: { select: { country: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.city!.country.entity),
    }),
    sessions: detailConnection(t, {
      type: Session,
      model: "Session",
      path: ["city", "sessions"],
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }],
      description: "Sessions held in this city, latest first.",
    }),
    organisations: detailConnection(t, {
      type: Organisation,
      model: "Organisation",
      path: ["city", "organisations"],
      orderBy: [{ name: "asc" }],
      description: "Organisations based in this city, by name.",
    }),
    memberships: t.relatedConnection("outLinks", {
      type: Membership,
      cursor: "id",
      totalCount: true,
      description: "Networks this city belongs to, e.g. as GSEF's chair or vice-chair city.",
      query: linksOfType("MEMBERSHIP"),
    }),
}));
