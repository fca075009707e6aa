import { builder } from "../builder.ts";
import { EntityRef, loaded } from "./entity.ts";
import { linksOfType } from "./link.ts";
import { City } from "./city.ts";
import { Country } from "./country.ts";
import { OrganisationRole } from "./organisation-role.ts";
import { Affiliation } from "./affiliation.ts";
import { Membership } from "./membership.ts";
import { ResourceLink } from "./resource-link.ts";
import { ThemeTag } from "./theme-tag.ts";

export const OrganisationKind = builder.enumType("OrganisationKind", {
  description: "The kinds of organisation in the network.",
  values: {
    LOCAL_GOVERNMENT: { description: "A city, municipality or other local government." },
    NATIONAL_GOVERNMENT: { description: "A national government or ministry." },
    PUBLIC_BODY: { description: "Another public agency or body." },
    TRADITIONAL_AUTHORITY: { description: "A traditional or customary authority, such as a kingdom." },
    LOCAL_GOVERNMENT_NETWORK: { description: "A network or association of local governments." },
    SSE_NETWORK: { description: "A network of social and solidarity economy actors." },
    INTERNATIONAL_ORGANISATION: { description: "An intergovernmental or international organisation." },
    NGO: { description: "A non-governmental, non-profit organisation." },
    FAITH_BASED_ORGANISATION: { description: "A religious or faith-based organisation." },
    COOPERATIVE: { description: "A cooperative or federation of cooperatives." },
    SOCIAL_FINANCE: { description: "A social finance institution or fund." },
    BUSINESS_SUPPORT: { description: "A business support or incubation organisation." },
    TRADE_UNION: { description: "A trade union." },
    ACADEMIC: { description: "A university or other academic institution." },
    RESEARCH_INSTITUTE: { description: "A research institute or think tank." },
    TRAINING_INSTITUTE: { description: "A training institute." },
    FOUNDATION: { description: "A foundation." },
    COMPANY: { description: "A company." },
    OTHER: { description: "Any other kind of organisation." },
  } as const,
});

export const Organisation = builder.prismaNode("Entity", {
  variant: "Organisation",
  description: "A local government, network, NGO, cooperative, institute or other body.",
  interfaces: [EntityRef],
  // Select mode, as Session: only the columns the requested fields name.
  select: { id: true, kind: true, label: true, deletedAt: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "ORGANISATION" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    name: t.string({ select: { organisation: { select: { name: true } } }, description: "The organisation's name in its own usage.", resolve: (e) => e.organisation!.name }),
    acronym: t.string({ select: { organisation: { select: { acronym: true } } }, description: "Its acronym or initialism, e.g. `KCCA`.", nullable: true, resolve: (e) => e.organisation!.acronym }),
    organisationKind: t.field({ select: { organisation: { select: { kind: true } } }, description: "What kind of organisation it is.", type: OrganisationKind, resolve: (e) => e.organisation!.kind }),
    website: t.string({ select: { organisation: { select: { website: true } } }, description: "Its website.", nullable: true, resolve: (e) => e.organisation!.website }),
    address: t.string({ select: { organisation: { select: { address: true } } }, description: "Its postal address, as published.", nullable: true, resolve: (e) => e.organisation!.address }),
    phone: t.string({ select: { organisation: { select: { phone: true } } }, description: "Its telephone number, as published.", nullable: true, resolve: (e) => e.organisation!.phone }),
    fax: t.string({ select: { organisation: { select: { fax: true } } }, description: "Its fax number, as published.", nullable: true, resolve: (e) => e.organisation!.fax }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Organisation, (t) => ({
    city: t.field({
      type: City,
      nullable: true,
      description: "Home city.",
      select: (_args, _ctx, nested) => ({ organisation: { select: { city: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.organisation?.city?.entity ?? null),
    }),
    country: t.field({
      type: Country,
      nullable: true,
      description: "Home country, given directly or through the city.",
      select: (_args, _ctx, nested) => ({
        organisation: {
          select: {
            country: { select: { entity: nested() } },
            city: { select: { country: { select: { entity: nested() } } } },
          },
        },
      }),
      resolve: (e) => loaded(e.organisation?.country?.entity ?? e.organisation?.city?.country.entity ?? null),
    }),
    sessionRoles: t.relatedConnection("outLinks", {
      type: OrganisationRole,
      cursor: "id",
      totalCount: true,
      description: "Sessions this organisation organised, hosted, partnered or funded.",
      query: linksOfType("ORGANISATION_ROLE"),
    }),
    people: t.relatedConnection("inLinks", {
      type: Affiliation,
      cursor: "id",
      totalCount: true,
      description: "People who held positions here.",
      query: linksOfType("AFFILIATION"),
    }),
    memberships: t.relatedConnection("outLinks", {
      type: Membership,
      cursor: "id",
      totalCount: true,
      description: "Networks this organisation belongs to.",
      query: linksOfType("MEMBERSHIP"),
    }),
    members: t.relatedConnection("inLinks", {
      type: Membership,
      cursor: "id",
      totalCount: true,
      description: "When this organisation is a network: its members, chairs and vice-chairs.",
      query: linksOfType("MEMBERSHIP"),
    }),
    resources: t.relatedConnection("inLinks", {
      type: ResourceLink,
      cursor: "id",
      totalCount: true,
      description: "Resources about or published by this organisation.",
      query: linksOfType("RESOURCE_LINK"),
    }),
    themes: t.relatedConnection("outLinks", {
      type: ThemeTag,
      cursor: "id",
      totalCount: true,
      description: "Themes this organisation works on.",
      query: linksOfType("THEME_TAG"),
    }),
}));
