// A link in words, in its natural direction: "Laurence Kwark moderated Economic Development for
// Inclusive Cities". Pure: labels in, sentence out.

export interface SentenceEdge {
  type: string;
  role: string;
  capacity?: string | null;
}

type Phrase = (from: string, to: string, capacity?: string | null) => string;

const PARTICIPATION: Record<string, Phrase> = {
  speaker: (a, b) => `${a} spoke at ${b}`,
  moderator: (a, b) => `${a} moderated ${b}`,
  lecturer: (a, b) => `${a} lectured at ${b}`,
  trainer: (a, b) => `${a} was a trainer at ${b}`,
  panellist: (a, b) => `${a} was a panellist at ${b}`,
  presenter: (a, b) => `${a} presented at ${b}`,
  delegate: (a, b) => `${a} was a delegate to ${b}`,
  host: (a, b) => `${a} hosted ${b}`,
  "courtesy-call-host": (a, b) => `${a} received a courtesy call during ${b}`,
};

const ORGANISATION_ROLE: Record<string, Phrase> = {
  organiser: (a, b) => `${a} organised ${b}`,
  "co-organiser": (a, b) => `${a} co-organised ${b}`,
  host: (a, b) => `${a} hosted ${b}`,
  partner: (a, b) => `${a} was a partner of ${b}`,
  funder: (a, b) => `${a} funded ${b}`,
  inviter: (a, b) => `${a} invited participants to ${b}`,
  contributor: (a, b) => `${a} contributed to ${b}`,
};

const MEMBERSHIP: Record<string, Phrase> = {
  chair: (a, b) => `${a} chairs ${b}`,
  "co-chair": (a, b) => `${a} co-chairs ${b}`,
  "vice-chair": (a, b) => `${a} is a vice-chair of ${b}`,
  "steering-committee-member": (a, b) => `${a} sits on the steering committee of ${b}`,
};

const RESOURCE_LINK: Record<string, Phrase> = {
  author: (a, b) => `${b} wrote ${a}`,
  publisher: (a, b) => `${b} published ${a}`,
  interviewee: (a, b) => `${b} is interviewed in ${a}`,
  speaker: (a, b) => `${b} speaks in ${a}`,
};

const STRUCTURAL: Record<string, Phrase> = {
  HELD_IN: (a, b) => `${a} was held in ${b}`,
  PART_OF: (a, b) => `${a} was part of ${b}`,
  BASED_IN: (a, b) => `${a} is based in ${b}`,
  IN_COUNTRY: (a, b) => `${a} is in ${b}`,
  BROADER: (a, b) => `${a} is a narrower theme of ${b}`,
};

export function linkSentence(edge: SentenceEdge, from: string, to: string): string {
  const role = edge.role;
  switch (edge.type) {
    case "PARTICIPATION":
      return (PARTICIPATION[role] ?? ((a, b) => `${a} took part in ${b}`))(from, to);
    case "ORGANISATION_ROLE":
      return (ORGANISATION_ROLE[role] ?? ((a, b) => `${a} took part in ${b}`))(from, to);
    case "AFFILIATION":
      return edge.capacity ? `${from} served at ${to} as ${edge.capacity}` : `${from} held a position at ${to}`;
    case "MEMBERSHIP":
      return (MEMBERSHIP[role] ?? ((a, b) => `${a} is a member of ${b}`))(from, to);
    case "RESOURCE_LINK":
      return (RESOURCE_LINK[role] ?? ((a, b) => `${a} is about ${b}`))(from, to);
    case "THEME_TAG":
      return `${from} deals with ${to}`;
    case "MENTION":
      return `${from} mentions ${to}`;
    default:
      return (STRUCTURAL[edge.type] ?? ((a, b) => `${a} is linked to ${b}`))(from, to);
  }
}
