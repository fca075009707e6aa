import { builder } from "../builder.ts";
import { EntityRef } from "./entity.ts";
import { linksOfType } from "./link.ts";
import { Participation } from "./participation.ts";
import { Affiliation } from "./affiliation.ts";
import { ResourceLink } from "./resource-link.ts";
import { Mention } from "./mention.ts";

export const Person = builder.prismaNode("Entity", {
  variant: "Person",
  description: "A person: an official, practitioner, researcher or speaker in the network.",
  interfaces: [EntityRef],
  // Select mode, as Session: only the columns the requested fields name.
  select: { id: true, kind: true, label: true, deletedAt: true },
  id: { field: "id" },
  findUnique: (id) => ({ id_kind: { id, kind: "PERSON" } }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    name: t.string({ select: { person: { select: { name: true } } }, description: "Full name, in the order the person uses.", resolve: (e) => e.person!.name }),
    honorific: t.string({ select: { person: { select: { honorific: true } } }, nullable: true, description: "Mr., Ms., Rev., Pr, Dato' Sr Hj, ... as the source gives it.", resolve: (e) => e.person!.honorific }),
    givenName: t.string({ select: { person: { select: { givenName: true } } }, description: "Given name(s), when the source makes them clear.", nullable: true, resolve: (e) => e.person!.givenName }),
    familyName: t.string({ select: { person: { select: { familyName: true } } }, description: "Family name, when the source makes it clear.", nullable: true, resolve: (e) => e.person!.familyName }),
    bio: t.string({ select: { person: { select: { bio: true } } }, nullable: true, description: "A short biography built from the sources.", resolve: (e) => e.person!.bio }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Person, (t) => ({
    participations: t.relatedConnection("outLinks", {
      type: Participation,
      cursor: "id",
      totalCount: true,
      description: "Sessions this person took part in, with role and capacity.",
      query: linksOfType("PARTICIPATION"),
    }),
    affiliations: t.relatedConnection("outLinks", {
      type: Affiliation,
      cursor: "id",
      totalCount: true,
      description: "Positions this person held in organisations.",
      query: linksOfType("AFFILIATION"),
    }),
    resources: t.relatedConnection("inLinks", {
      type: ResourceLink,
      cursor: "id",
      totalCount: true,
      description: "Resources about or by this person (interviews, messages, ...).",
      query: linksOfType("RESOURCE_LINK"),
    }),
    mentionedIn: t.relatedConnection("inLinks", {
      type: Mention,
      cursor: "id",
      totalCount: true,
      description: "Sessions that name this person.",
      query: linksOfType("MENTION"),
    }),
}));
