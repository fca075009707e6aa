import { builder } from "../builder.ts";
import { EntityRef, loaded } from "./entity.ts";
import { detailConnection } from "./detail-connection.ts";
import { linksOfType } from "./link.ts";
import { City } from "./city.ts";
import { Country } from "./country.ts";
import { Participation } from "./participation.ts";
import { OrganisationRole } from "./organisation-role.ts";
import { ResourceLink } from "./resource-link.ts";
import { ThemeTag } from "./theme-tag.ts";
import { Mention } from "./mention.ts";

export const SessionKind = builder.enumType("SessionKind", {
  description: "The kinds of knowledge-exchange event.",
  values: {
    FORUM: { description: "A large international forum, such as the biennial GSEF forums." },
    TRAINING: { description: "A capacity-building training programme." },
    LEARNING_SESSION: { description: "A learning or peer-learning session." },
    ACADEMY: { description: "A multi-day academy, such as the ILO SSE Academy." },
    WORKSHOP: { description: "A workshop." },
    LECTURE: { description: "A lecture." },
    CONGRESS: { description: "A congress hosting several sessions." },
    CONGRESS_SESSION: { description: "A session held within a congress." },
    POLICY_DIALOGUE: { description: "A regional or national policy dialogue." },
    MEETING: { description: "A meeting or courtesy call." },
  } as const,
});

const lines = (text: string | null) => (text ? text.split("\n").filter(Boolean) : []);

export const Session = builder.prismaNode("Entity", {
  variant: "Session",
  description: "A knowledge-exchange event: a forum, training, learning session, academy, workshop or congress session.",
  interfaces: [EntityRef],
  // Select mode: the Entity columns the requested fields expose, and of the Session row only the
  // columns each field names. `deletedAt` is read by node(id:) (builder.ts).
  select: { id: true, kind: true, label: true, deletedAt: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "SESSION" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    title: t.string({ select: { session: { select: { title: true } } }, description: "The session's title.", resolve: (e) => e.session!.title }),
    subtitle: t.string({ select: { session: { select: { subtitle: true } } }, nullable: true, description: "The motto or theme the event gave itself.", resolve: (e) => e.session!.subtitle }),
    sessionKind: t.field({ select: { session: { select: { kind: true } } }, description: "What kind of event it is.", type: SessionKind, resolve: (e) => e.session!.kind }),
    series: t.string({ select: { session: { select: { series: true } } }, nullable: true, description: "The series it belongs to, e.g. \"GSEF Training & Workshop Series\".", resolve: (e) => e.session!.series }),
    edition: t.int({ select: { session: { select: { edition: true } } }, nullable: true, description: "Its number within the series, when the source gives one.", resolve: (e) => e.session!.edition }),
    startDate: t.field({ select: { session: { select: { startDate: true } } }, description: "First day, as precisely as the source says (`2019`, `2019-10` or `2019-10-28`).", type: "Date", nullable: true, resolve: (e) => e.session!.startDate }),
    endDate: t.field({ select: { session: { select: { endDate: true } } }, description: "Last day (the start date for one-day events).", type: "Date", nullable: true, resolve: (e) => e.session!.endDate }),
    venue: t.string({ select: { session: { select: { venue: true } } }, description: "Where in the city it was held.", nullable: true, resolve: (e) => e.session!.venue }),
    summary: t.string({ select: { session: { select: { summary: true } } }, description: "What happened, in a paragraph.", nullable: true, resolve: (e) => e.session!.summary }),
    objectives: t.stringList({ select: { session: { select: { objectives: true } } }, description: "What it set out to achieve, one per item.", resolve: (e) => lines(e.session!.objectives) }),
    keyQuestions: t.stringList({ select: { session: { select: { keyQuestions: true } } }, description: "The questions it set out to discuss.", resolve: (e) => lines(e.session!.keyQuestions) }),
    outcomes: t.string({ select: { session: { select: { outcomes: true } } }, nullable: true, description: "What came out of it: declarations, recommendations, action plans.", resolve: (e) => e.session!.outcomes }),
    language: t.string({ select: { session: { select: { language: true } } }, nullable: true, description: "Working language(s), BCP 47, comma separated.", resolve: (e) => e.session!.language }),
    audience: t.string({ select: { session: { select: { audience: true } } }, description: "Whom it was for.", nullable: true, resolve: (e) => e.session!.audience }),
    participantCount: t.int({ select: { session: { select: { participantCount: true } } }, description: "How many took part, as the source counts them (see participantCountQualifier).", nullable: true, resolve: (e) => e.session!.participantCount }),
    participantCountQualifier: t.string({ select: { session: { select: { participantCountQualifier: true } } },
      nullable: true,
      description: "How the source qualifies the count: `over`, `around` or `exactly`.",
      resolve: (e) => e.session!.participantCountQualifier,
    }),
    applicationDeadline: t.field({ select: { session: { select: { applicationDeadline: true } } }, description: "Last day to apply, for events with an application.", type: "Date", nullable: true, resolve: (e) => e.session!.applicationDeadline }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Session, (t) => ({
    city: t.field({
      type: City,
      nullable: true,
      description: "The city it was held in; null for online or unplaced events.",
      select: (_args, _ctx, nested) => ({ session: { select: { city: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.session?.city?.entity ?? null),
    }),
    country: t.field({
      type: Country,
      nullable: true,
      description: "The country, given directly or through the city.",
      select: (_args, _ctx, nested) => ({
        session: {
          select: {
            country: { select: { entity: nested() } },
            city: { select: { country: { select: { entity: nested() } } } },
          },
        },
      }),
      resolve: (e) => loaded(e.session?.country?.entity ?? e.session?.city?.country.entity ?? null),
    }),
    partOf: t.field({
      type: Session,
      nullable: true,
      description: "The congress or forum this session was part of.",
      select: (_args, _ctx, nested) => ({ session: { select: { parent: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.session?.parent?.entity ?? null),
    }),
    parts: detailConnection(t, {
      type: Session,
      model: "Session",
      path: ["session", "parts"],
      orderBy: [{ startDate: { sort: "asc", nulls: "last" } }],
      description: "Sessions held within this one, in order.",
    }),
    participants: t.relatedConnection("inLinks", {
      type: Participation,
      cursor: "id",
      totalCount: true,
      description: "People who took part, with their role and capacity.",
      query: linksOfType("PARTICIPATION"),
    }),
    organisations: t.relatedConnection("inLinks", {
      type: OrganisationRole,
      cursor: "id",
      totalCount: true,
      description: "Organisations that organised, hosted, partnered or funded it.",
      query: linksOfType("ORGANISATION_ROLE"),
    }),
    resources: t.relatedConnection("inLinks", {
      type: ResourceLink,
      cursor: "id",
      totalCount: true,
      description: "Reports, declarations, photos, interviews and other resources from it.",
      query: linksOfType("RESOURCE_LINK"),
    }),
    themes: t.relatedConnection("outLinks", {
      type: ThemeTag,
      cursor: "id",
      totalCount: true,
      description: "Themes it dealt with.",
      query: linksOfType("THEME_TAG"),
    }),
    mentions: t.relatedConnection("outLinks", {
      type: Mention,
      cursor: "id",
      totalCount: true,
      description: "Entities it names without a stronger relation.",
      query: linksOfType("MENTION"),
    }),
}));
