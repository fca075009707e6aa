// A deterministic synthetic Agora network, for scale tests and benchmarks: the same scale and
// seed always give the same rows. Pure: no I/O (see bulk-load.ts for the writing).
//
// Shape, chosen to resemble a grown GSEF rather than a random graph:
// - every endpoint is drawn from a power law (ranks shuffled over the ids), so a few forums,
//   network organisations, hub cities, broad themes and busy people gather thousands of links
//   while most entities have one or two;
// - every person, session and resource gets one link of its own first (nobody is isolated),
//   then the remaining links are spread by type share;
// - themes form a three-level tree, sessions have series with numbered editions and congress
//   sessions inside congresses and forums, dates spread over 2011-2025 (more events in later
//   years), with the partial dates (year, year-month) the sources give;
// - places are invented (user-assigned ISO codes, made-up names) so nothing collides with a
//   GSEF record, and every id starts with `syn-`.
import { normaliseForSearch } from "../text/normalise.ts";
import type { AliasRow, EntityKind, EntityRow } from "../seed/dataset-rows.ts";
import type { LinkTypeName } from "../seed/data-schema.ts";
import { createRandom, pickOf, powerLawWeights, randomInt, Sampler, shuffled, weighted } from "./random.ts";
import { entityCount, type Scale, type ScaleName } from "./scales.ts";
import { formatDate, packDate, SyntheticLinks, type PackedDate } from "./synthetic-links.ts";
import {
  LINK_SHARES,
  SESSION_KINDS,
  PARENT_SHARE,
  SESSION_PULL,
  IN_SERIES,
  SERIES_NAMES,
  ORGANISATION_KINDS,
  NETWORK_KINDS,
  RESOURCE_KINDS,
  PARTICIPATION_ROLES,
  ORGANISATION_ROLES,
  MEMBERSHIP_ROLES,
  SPEAKING_ROLES,
  FIRST_YEAR,
  LAST_YEAR,
  YEARS,
} from "./distributions.ts";

import {
  AUDIENCES,
  CONTINENTS,
  COUNTRY_CODES,
  COUNTRY_TAILS,
  HONORIFICS,
  MOTTOS,
  ORGANISATION_WORDS,
  POSITIONS,
  RESOURCE_KIND_WORDS,
  SESSION_KIND_WORDS,
  THEME_ASPECTS,
  THEME_FACETS,
  TOP_THEMES,
  type Continent,
  type ContinentWords,
} from "./vocabulary.ts";

/** Every synthetic id starts with this; the GSEF dataset's slugs never do. */
export const SYNTHETIC_PREFIX = "syn-";

export interface CountryRow { id: string; code: string; name: string; continent: Continent; region: string }
export interface CityRow { id: string; name: string; countryId: string; region: string | null; latitude: number; longitude: number }
export interface ThemeRow { id: string; name: string; parentId: string | null }
export interface OrganisationRow {
  id: string; name: string; acronym: string | null; kind: string; cityId: string | null; countryId: string | null;
  website: string | null; address: string | null; phone: string | null; fax: string | null;
}
export interface PersonRow { id: string; name: string; honorific: string | null; givenName: string; familyName: string; bio: string | null }
export interface SessionRow {
  id: string; title: string; subtitle: string | null; kind: string; series: string | null; edition: number | null;
  startDate: string | null; endDate: string | null; venue: string | null; cityId: string | null; countryId: string | null;
  parentId: string | null; summary: string | null; objectives: string | null; keyQuestions: string | null; outcomes: string | null;
  language: string | null; audience: string | null; participantCount: number | null; participantCountQualifier: string | null;
  applicationDeadline: string | null;
}
export interface ResourceRow { id: string; title: string; kind: string; language: string | null; url: string | null; date: string | null }

export interface SyntheticNetwork {
  scale: ScaleName;
  seed: number;
  /** Entity rows (degree left to the database), in the order of `links`' entity indices. */
  entities: EntityRow[];
  countries: CountryRow[];
  cities: CityRow[];
  /** Parents before children. */
  themes: ThemeRow[];
  organisations: OrganisationRow[];
  people: PersonRow[];
  /** Parents (forums, congresses) before their sessions. */
  sessions: SessionRow[];
  resources: ResourceRow[];
  aliases: AliasRow[];
  links: SyntheticLinks;
}

export interface GenerateOptions {
  scale: Scale;
  seed?: number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
};

/** Splits `total` between shares by largest remainder, at least one each when there is room. */
function apportion(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const counts = exact.map((x) => Math.max(total >= shares.length ? 1 : 0, Math.floor(x)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]![1]]!++;
  for (let k = counts.length - 1; left < 0; k = (k - 1 + counts.length) % counts.length) {
    if (counts[k]! > 1) (counts[k]!--, left++);
  }
  return counts;
}

export function generateSyntheticNetwork({ scale, seed = 1 }: GenerateOptions): SyntheticNetwork {
  const random = createRandom(seed);
  const total = entityCount(scale);
  const ids: string[] = [];
  const kinds: EntityKind[] = [];
  const addEntity = (kind: EntityKind, n: number) => {
    ids.push(`${SYNTHETIC_PREFIX}${kind.toLowerCase()}-${n}`);
    kinds.push(kind);
    return ids.length - 1;
  };
  const unique = uniqueNames();

  // --- Places -------------------------------------------------------------------------------
  const continentCountries = apportion(Math.min(scale.countries, COUNTRY_CODES.length), CONTINENTS.map((c) => c.share));
  const countries: (CountryRow & { index: number; words: ContinentWords })[] = [];
  CONTINENTS.forEach((words, c) => {
    for (let k = 0; k < continentCountries[c]!; k++) {
      const name = unique(() => `${pickOf(random, words.placeHeads).replace(/[^\p{L}]/gu, "")}${pickOf(random, COUNTRY_TAILS)}`);
      const index = addEntity("COUNTRY", countries.length);
      countries.push({ id: ids[index]!, code: COUNTRY_CODES[countries.length]!, name, continent: words.continent, region: pickOf(random, words.regions), index, words });
    }
  });
  const countriesOn = (continent: Continent) => countries.filter((c) => c.continent === continent);

  const continentCities = apportion(scale.cities, CONTINENTS.map((c) => c.share));
  const cities: (CityRow & { index: number; country: (typeof countries)[number] })[] = [];
  const cityModifiers = ["", "New ", "Upper ", "Lower ", "East ", "West ", "North ", "South ", "Old ", "Greater "];
  CONTINENTS.forEach((words, c) => {
    const local = countriesOn(words.continent);
    const byCountry = new Sampler(powerLawWeights(random, local.length, 0.8, 1));
    for (let k = 0; k < continentCities[c]!; k++) {
      const country = local[byCountry.draw(random)]!;
      const name = unique(() => {
        const head = pickOf(random, words.placeHeads);
        const tail = pickOf(random, words.placeTails);
        const joined = /[\s-]$/.test(head) ? `${head}${capitalise(tail)}` : `${head}${tail.toLowerCase()}`;
        return `${random() < 0.7 ? "" : pickOf(random, cityModifiers)}${joined}`;
      });
      const index = addEntity("CITY", cities.length);
      const [lat0, lat1] = words.box.lat;
      const [lon0, lon1] = words.box.lon;
      cities.push({
        id: ids[index]!,
        name,
        countryId: country.id,
        region: random() < 0.5 ? `${pickOf(random, ["Central", "Northern", "Southern", "Eastern", "Western", "Coastal"])} Province` : null,
        latitude: Math.round((lat0 + random() * (lat1 - lat0)) * 1e4) / 1e4,
        longitude: Math.round((lon0 + random() * (lon1 - lon0)) * 1e4) / 1e4,
        index,
        country,
      });
    }
  });
  const citySampler = new Sampler(powerLawWeights(random, cities.length, 1, 2));
  const countrySampler = new Sampler(powerLawWeights(random, countries.length, 0.8, 1));

  // --- Themes: a three-level tree ----------------------------------------------------------
  const themes: (ThemeRow & { index: number; level: number; facet: string })[] = [];
  const { top, children, grandchildren } = scale.themes;
  for (let t = 0; t < top; t++) {
    const name = TOP_THEMES[t % TOP_THEMES.length]! + (t >= TOP_THEMES.length ? ` ${Math.floor(t / TOP_THEMES.length) + 1}` : "");
    const index = addEntity("THEME", themes.length);
    themes.push({ id: ids[index]!, name, parentId: null, index, level: 0, facet: name.toLowerCase() });
  }
  for (const parent of themes.slice(0, top)) {
    const facets = shuffled(random, THEME_FACETS).slice(0, children);
    for (const facet of facets) {
      const index = addEntity("THEME", themes.length);
      themes.push({ id: ids[index]!, name: `${capitalise(facet)} in ${parent.name.toLowerCase()}`, parentId: parent.id, index, level: 1, facet });
    }
  }
  for (const parent of themes.filter((t) => t.level === 1)) {
    const aspects = shuffled(random, THEME_ASPECTS).slice(0, grandchildren);
    for (const aspect of aspects) {
      const index = addEntity("THEME", themes.length);
      themes.push({ id: ids[index]!, name: `${parent.name}: ${aspect}`, parentId: parent.id, index, level: 2, facet: parent.facet });
    }
  }
  const themeSampler = new Sampler(powerLawWeights(random, themes.length, 0.8, 3, (i) => [4, 2, 1][themes[i]!.level]!));
  const facet = () => themes[themeSampler.draw(random)]!.facet;

  // --- Organisations ------------------------------------------------------------------------
  const organisations: (OrganisationRow & { index: number; network: boolean; continent: Continent | null })[] = [];
  const orgNames = uniqueNames();
  for (let k = 0; k < scale.organisations; k++) {
    const kind = weighted(random, ORGANISATION_KINDS);
    const network = NETWORK_KINDS.has(kind);
    const u = random();
    const city = u < (network ? 0.4 : 0.85) ? cities[citySampler.draw(random)]! : null;
    const country = city ? city.country : u < 0.95 ? countries[countrySampler.draw(random)]! : null;
    const place =
      kind === "NATIONAL_GOVERNMENT" && country
        ? country.name
        : network && !city
          ? country && random() < 0.5
            ? country.name
            : (country?.words ?? pickOf(random, CONTINENTS)).adjective
          : (city?.name ?? country?.name ?? "Global");
    const topic = capitalise(facet());
    const name = orgNames(() => ORGANISATION_WORDS[kind]!(place, topic), true);
    const index = addEntity("ORGANISATION", organisations.length);
    const acronym = random() < 0.4 ? acronymOf(name) : null;
    organisations.push({
      id: ids[index]!,
      name,
      acronym,
      kind,
      cityId: city?.id ?? null,
      countryId: country?.id ?? null,
      website: random() < 0.4 ? `https://example.org/agora-synthetic/organisations/${organisations.length}` : null,
      address: null,
      phone: null,
      fax: null,
      index,
      network,
      continent: country?.continent ?? null,
    });
  }
  const networks = organisations.filter((o) => o.network);
  if (networks.length === 0) networks.push(organisations[0]!);
  const orgSampler = new Sampler(powerLawWeights(random, organisations.length, 0.9, 5, (i) => (organisations[i]!.network ? 3 : 1)));
  const networkSampler = new Sampler(powerLawWeights(random, networks.length, 1.1, 1));
  const orgDescription = new Map<number, string>();
  for (const o of organisations) {
    if (random() < 0.2) orgDescription.set(o.index, `${capitalise(o.kind.toLowerCase().replace(/_/g, " "))} working on ${facet()}.`);
  }

  // --- Sessions -----------------------------------------------------------------------------
  type Draft = SessionRow & { index: number; start: PackedDate; end: PackedDate; topic: string; parent: Draft | null };
  const sessions: Draft[] = [];
  const series: { name: string; kind: string; home: (typeof cities)[number] | null }[] = [];
  for (let k = 0; k < scale.series; k++) {
    const kind = weighted(random, [["FORUM", 2], ["ACADEMY", 2], ["TRAINING", 3], ["LEARNING_SESSION", 2], ["POLICY_DIALOGUE", 1]] as const);
    const home = random() < 0.6 ? cities[citySampler.draw(random)]! : null;
    const where = home ? home.name : pickOf(random, CONTINENTS).adjective;
    series.push({ name: unique(() => `${where} ${SERIES_NAMES[kind]}${random() < 0.3 ? ` on ${facet()}` : ""}`), kind, home });
  }
  const seriesOf = (kind: string) => series.filter((s) => s.kind === kind);
  const seriesSamplers = new Map(
    Object.keys(SERIES_NAMES).map((kind) => {
      const list = seriesOf(kind);
      return [kind, list.length ? { list, sampler: new Sampler(powerLawWeights(random, list.length, 0.7, 1)) } : null] as const;
    }),
  );
  const randomDate = (): [PackedDate, PackedDate] => {
    const year = weighted(random, YEARS);
    const month = randomInt(random, 1, 12);
    const day = randomInt(random, 1, 28);
    const precision = random();
    if (precision < 0.1) return [packDate(year), packDate(year)];
    if (precision < 0.25) return [packDate(year, month), packDate(year, month)];
    return [packDate(year, month, day), 0];
  };
  const parentCount = Math.max(1, Math.round(scale.sessions * PARENT_SHARE));
  for (let k = 0; k < scale.sessions; k++) {
    const isParent = k < parentCount;
    let kind = isParent ? (random() < 0.6 ? "FORUM" : "CONGRESS") : weighted(random, SESSION_KINDS);
    const parent = kind === "CONGRESS_SESSION" ? sessions[Math.floor(random() ** 2 * parentCount)] : undefined;
    if (kind === "CONGRESS_SESSION" && !parent) kind = "WORKSHOP";
    const inSeries = !parent && random() < (IN_SERIES[kind] ?? 0) ? seriesSamplers.get(kind) : null;
    const theSeries = inSeries ? inSeries.list[inSeries.sampler.draw(random)]! : null;
    let [start, end] = randomDate();
    let city: (typeof cities)[number] | null = null;
    let country: (typeof countries)[number] | null = null;
    let venue: string | null = null;
    if (parent) {
      start = parent.start;
      end = parent.end;
      const p = parent.cityId ? cities.find((c) => c.id === parent.cityId) ?? null : null;
      city = p;
      country = p ? p.country : countries.find((c) => c.id === parent.countryId) ?? null;
      venue = parent.venue;
    } else {
      const u = random();
      if (u < 0.88) city = theSeries?.home && random() < 0.5 ? theSeries.home : cities[citySampler.draw(random)]!;
      else if (u < 0.93) country = countries[countrySampler.draw(random)]!;
      else venue = "Online";
      country ??= city?.country ?? null;
      if (city && random() < 0.3) venue = `${city.name} ${pickOf(random, ["Convention Centre", "City Hall", "University Campus", "Social Economy Centre"])}`;
    }
    if (!end) {
      // A full date: events last a day, forums and academies up to five.
      const days = kind === "FORUM" || kind === "CONGRESS" || kind === "ACADEMY" ? randomInt(random, 1, 4) : random() < 0.7 ? 0 : 1;
      const day = Math.min(28, (start % 100) + days);
      end = start - (start % 100) + day;
    }
    const place = city?.name ?? country?.name ?? null;
    const topic = facet();
    const year = Math.floor(start / 10_000);
    const kindWord = SESSION_KIND_WORDS[kind]!;
    const title = theSeries
      ? `${theSeries.name} ${year}`
      : parent
        ? "" // named below, once the congress's title is final
        : kind === "FORUM"
          ? `${place ?? "Global"} Forum on ${topic} ${year}`
          : kind === "CONGRESS"
            ? `${(country?.words ?? pickOf(random, CONTINENTS)).adjective} Congress on the Social Economy ${year}`
            : `${kindWord} on ${topic} ${place ? `in ${place}` : "(online)"}`;
    const index = addEntity("SESSION", sessions.length);
    const big = kind === "FORUM" || kind === "CONGRESS";
    sessions.push({
      id: ids[index]!,
      title,
      subtitle: (big || kind === "ACADEMY") && random() < 0.6 ? pickOf(random, MOTTOS) : null,
      kind,
      series: theSeries?.name ?? null,
      edition: null,
      startDate: formatDate(start),
      endDate: formatDate(end),
      venue,
      cityId: city?.id ?? null,
      countryId: country?.id ?? null,
      parentId: parent?.id ?? null,
      summary: random() < 0.25 ? `A ${kindWord.toLowerCase()} on ${topic} for ${pickOf(random, AUDIENCES)}${place ? ` in ${place}` : ""}.` : null,
      objectives: null,
      keyQuestions: null,
      outcomes: null,
      language: weighted(random, (country?.words ?? CONTINENTS[2]!).languages.map((l, i) => [l, i === 0 ? 6 : 1] as const)),
      audience: random() < 0.3 ? pickOf(random, AUDIENCES) : null,
      participantCount: random() < 0.4 ? (big ? randomInt(random, 300, 5000) : randomInt(random, 10, 200)) : null,
      participantCountQualifier: null,
      applicationDeadline: null,
      index,
      start,
      end,
      topic,
      parent: parent ?? null,
    });
    const s = sessions[sessions.length - 1]!;
    if (s.participantCount !== null) s.participantCountQualifier = weighted(random, [["over", 2], ["around", 3], ["exactly", 1]] as const);
    if ((kind === "TRAINING" || kind === "ACADEMY") && start % 100 && random() < 0.3) {
      const month = Math.floor(start / 100) % 100;
      s.applicationDeadline = formatDate(month > 1 ? start - 100 : start - 10_000 + 1_100);
    }
  }
  // Editions in date order within each series; the title says which.
  const bySeries = new Map<string, Draft[]>();
  for (const s of sessions) if (s.series) bySeries.set(s.series, [...(bySeries.get(s.series) ?? []), s]);
  for (const [name, members] of bySeries) {
    members.sort((a, b) => a.start - b.start || a.index - b.index);
    members.forEach((s, i) => {
      s.edition = i + 1;
      s.title = `${ordinal(i + 1)} ${name} (${Math.floor(s.start / 10_000)})`;
    });
  }
  for (const s of sessions) if (s.parent) s.title = `Session on ${s.topic} at the ${s.parent.title}`;
  const sessionSampler = new Sampler(powerLawWeights(random, sessions.length, 0.85, 10, (i) => SESSION_PULL[sessions[i]!.kind] ?? 1));

  // --- Resources ----------------------------------------------------------------------------
  const resources: (ResourceRow & { index: number; about: Draft | null })[] = [];
  for (let k = 0; k < scale.resources; k++) {
    const kind = weighted(random, RESOURCE_KINDS);
    const about = random() < 0.7 ? sessions[sessionSampler.draw(random)]! : null;
    const country = about ? null : countries[countrySampler.draw(random)]!;
    const date = about ? Math.max(about.start - (about.start % 100), packDate(Math.floor(about.start / 10_000))) : randomDate()[0];
    const index = addEntity("RESOURCE", resources.length);
    resources.push({
      id: ids[index]!,
      title: about ? `${RESOURCE_KIND_WORDS[kind]}: ${about.title}` : `${RESOURCE_KIND_WORDS[kind]} on ${facet()} in ${country!.name}`,
      kind,
      language: about?.language ?? "en",
      url: random() < 0.8 ? `https://example.org/agora-synthetic/resources/${resources.length}` : null,
      date: formatDate(date),
      index,
      about,
    });
  }
  const resourceSampler = new Sampler(powerLawWeights(random, resources.length, 0.6, 10));

  // --- People -------------------------------------------------------------------------------
  const people: (PersonRow & { index: number; org: (typeof organisations)[number] | null; position: string })[] = [];
  const continentPeople = apportion(scale.people, CONTINENTS.map((c) => c.share));
  CONTINENTS.forEach((words, c) => {
    for (let k = 0; k < continentPeople[c]!; k++) {
      const givenName = pickOf(random, words.given);
      const familyName = pickOf(random, words.family);
      const position = pickOf(random, POSITIONS);
      const index = addEntity("PERSON", people.length);
      people.push({
        id: ids[index]!,
        name: `${givenName} ${familyName}`,
        honorific: random() < 0.08 ? pickOf(random, HONORIFICS) : null,
        givenName,
        familyName,
        bio: random() < 0.1 ? `${position} working on ${facet()}.` : null,
        index,
        org: null,
        position,
      });
    }
  });
  const personSampler = new Sampler(powerLawWeights(random, people.length, 0.7, 30));
  if (ids.length !== total) throw new Error(`generated ${ids.length} entities, expected ${total}`);

  // --- Rows ---------------------------------------------------------------------------------
  // Made before the links, so that M and L, which differ in links only, share every entity.
  const entities: EntityRow[] = [];
  const aliases: AliasRow[] = [];
  const entity = (kind: EntityKind, id: string, label: string, names: string[], extra: (string | null | undefined)[], description: string | null = null) => {
    const searchParts = [label, ...names, ...extra, description];
    entities.push({
      id,
      kind,
      label,
      sortKey: normaliseForSearch(label),
      searchText: normaliseForSearch(searchParts.filter(Boolean).join(" ")),
      description,
    });
  };
  const alias = (entityId: string, name: string, kind: string) => {
    aliases.push({ id: `${SYNTHETIC_PREFIX}alias-${aliases.length}`, entityId, name, normalised: normaliseForSearch(name), kind });
    return [name];
  };
  // Same order as `ids`, so that entity i is ids[i].
  for (const c of countries) entity("COUNTRY", c.id, c.name, [], [c.code]);
  for (const c of cities) {
    const names = random() < 0.1 && c.name.length > 5 ? alias(c.id, c.name.slice(0, 3) + c.name.slice(4), "MISSPELLING") : [];
    entity("CITY", c.id, c.name, names, [c.region]);
  }
  for (const t of themes) entity("THEME", t.id, t.name, [], []);
  for (const o of organisations) entity("ORGANISATION", o.id, o.name, [], [o.acronym], orgDescription.get(o.index) ?? null);
  for (const s of sessions) entity("SESSION", s.id, s.title, [], [s.subtitle, s.series, s.summary]);
  for (const r of resources) entity("RESOURCE", r.id, r.title, [], []);
  for (const p of people) {
    const names = random() < 0.08 ? alias(p.id, `${p.familyName.toUpperCase()} ${p.givenName}`, "NAME_ORDER") : [];
    entity("PERSON", p.id, p.name, names, [p.honorific, p.bio]);
  }
  entities.forEach((e, i) => {
    if (e.id !== ids[i] || e.kind !== kinds[i]) throw new Error(`entity ${i} is out of order`);
  });

  // --- Links --------------------------------------------------------------------------------
  const links = new SyntheticLinks(ids, scale.links);
  const counts: Record<LinkTypeName, number> = { PARTICIPATION: 0, ORGANISATION_ROLE: 0, AFFILIATION: 0, MEMBERSHIP: 0, RESOURCE_LINK: 0, THEME_TAG: 0, MENTION: 0 };
  const link = (type: LinkTypeName, role: string, source: number, target: number, extra?: Parameters<SyntheticLinks["add"]>[4]) => {
    const added = links.add(type, role, source, target, extra);
    if (added) counts[type]++;
    return added;
  };
  const session = () => sessions[sessionSampler.draw(random)]!;
  const organisation = () => organisations[orgSampler.draw(random)]!;
  const person = () => people[personSampler.draw(random)]!;
  const theme = () => themes[themeSampler.draw(random)]!;

  const participation = (p: (typeof people)[number], s: Draft) => {
    const role = weighted(random, PARTICIPATION_ROLES);
    const capacity = SPEAKING_ROLES.has(role) && random() < 0.4 ? (p.org ? `${p.position}, ${p.org.name}` : p.position) : undefined;
    return link("PARTICIPATION", role, p.index, s.index, capacity ? { capacity } : {});
  };
  const affiliation = (p: (typeof people)[number], o: (typeof organisations)[number]) => {
    const startYear = randomInt(random, 2005, LAST_YEAR);
    const start = random() < 0.6 ? packDate(startYear) : packDate(startYear, randomInt(random, 1, 12));
    const ended = random() < 0.45 && startYear < LAST_YEAR;
    const position = p.org ? pickOf(random, POSITIONS) : p.position;
    const added = link("AFFILIATION", "position", p.index, o.index, {
      capacity: `${position}, ${o.name}`,
      start,
      ...(ended ? { end: packDate(randomInt(random, startYear + 1, Math.min(LAST_YEAR, startYear + 8))) } : {}),
    });
    if (added) p.org ??= o;
    return added;
  };
  const membership = (source: number) => {
    const network = networks[networkSampler.draw(random)]!;
    const year = randomInt(random, FIRST_YEAR, LAST_YEAR);
    return link("MEMBERSHIP", weighted(random, MEMBERSHIP_ROLES), source, network.index, random() < 0.8 ? { start: packDate(year) } : { asOf: packDate(year) });
  };
  const resourceLink = (r: (typeof resources)[number]) => {
    const u = random();
    if (u < 0.45) return link("RESOURCE_LINK", random() < 0.7 ? "about" : "subject", r.index, session().index);
    if (u < 0.7) return link("RESOURCE_LINK", weighted(random, [["publisher", 5], ["author", 3], ["about", 2]] as const), r.index, organisation().index);
    if (u < 0.95) return link("RESOURCE_LINK", weighted(random, [["author", 2], ["speaker", 1], ["interviewee", 1]] as const), r.index, person().index);
    return link("RESOURCE_LINK", "about", r.index, cities[citySampler.draw(random)]!.index);
  };
  const themeTag = (source: number) => link("THEME_TAG", "tag", source, theme().index);
  const mention = () => {
    const source = random() < 0.6 ? session().index : resources[resourceSampler.draw(random)]!.index;
    const u = random();
    const target =
      u < 0.4 ? person().index : u < 0.75 ? organisation().index : u < 0.9 ? cities[citySampler.draw(random)]!.index : countries[countrySampler.draw(random)]!.index;
    return link("MENTION", "mention", source, target);
  };

  // Everyone first: no person, session or resource without a link.
  for (const p of people) {
    if (random() < 0.4) affiliation(p, organisation());
    if (!p.org || random() < 0.6) participation(p, session());
  }
  for (const s of sessions) {
    link("ORGANISATION_ROLE", s.kind === "CONGRESS_SESSION" ? "organiser" : weighted(random, [["organiser", 3], ["co-organiser", 1]] as const), organisation().index, s.index);
    themeTag(s.index);
  }
  for (const r of resources) {
    if (r.about) link("RESOURCE_LINK", "about", r.index, r.about.index);
    else link("RESOURCE_LINK", "publisher", r.index, organisation().index);
    themeTag(r.index);
  }
  for (const o of organisations) {
    if (random() < 0.5) themeTag(o.index);
    if (!o.network && random() < 0.3) membership(o.index);
  }
  for (const c of cities) if (random() < 0.2) membership(c.index);

  // Then the rest, by type, towards each type's share of the total.
  const base = links.count;
  const deficits = (Object.keys(LINK_SHARES) as LinkTypeName[]).map((type) => [type, Math.max(0, LINK_SHARES[type] * scale.links - counts[type])] as const);
  const deficitSum = deficits.reduce((a, [, d]) => a + d, 0);
  const makers: Record<LinkTypeName, () => boolean> = {
    PARTICIPATION: () => participation(person(), session()),
    ORGANISATION_ROLE: () => link("ORGANISATION_ROLE", weighted(random, ORGANISATION_ROLES), organisation().index, session().index),
    AFFILIATION: () => affiliation(person(), organisation()),
    MEMBERSHIP: () => membership(random() < 0.7 ? organisation().index : cities[citySampler.draw(random)]!.index),
    RESOURCE_LINK: () => resourceLink(resources[resourceSampler.draw(random)]!),
    THEME_TAG: () => {
      const u = random();
      return themeTag(u < 0.55 ? session().index : u < 0.8 ? resources[resourceSampler.draw(random)]!.index : organisation().index);
    },
    MENTION: mention,
  };
  let planned = 0;
  deficits.forEach(([type, deficit], i) => {
    // The last type takes the rounding, so the total comes out exact.
    const want = i === deficits.length - 1 ? scale.links - base - planned : Math.round(((scale.links - base) * deficit) / deficitSum);
    planned += want;
    const make = makers[type];
    // Hubs meeting hubs repeat pairs; a pair already linked is drawn again, a few times at most.
    for (let made = 0, misses = 0; made < want && misses < want + 1000; ) {
      if (make()) made++;
      else misses++;
    }
  });
  // Whatever duplicates left short is made up with participations, the most plentiful type.
  for (let misses = 0; links.count < scale.links && misses < 100_000; ) if (!makers.PARTICIPATION()) misses++;

  const strip = <T extends { index: number }>(rows: T[], keys: string[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "index" && !keys.includes(k))));
  return {
    scale: scale.name,
    seed,
    entities,
    countries: strip(countries, ["words"]) as unknown as CountryRow[],
    cities: strip(cities, ["country"]) as unknown as CityRow[],
    themes: strip(themes, ["level", "facet"]) as unknown as ThemeRow[],
    organisations: strip(organisations, ["network", "continent"]) as unknown as OrganisationRow[],
    people: strip(people, ["org", "position"]) as unknown as PersonRow[],
    sessions: strip(sessions, ["start", "end", "topic", "parent"]) as unknown as SessionRow[],
    resources: strip(resources, ["about"]) as unknown as ResourceRow[],
    aliases,
    links,
  };
}

/** A name-maker that retries until the name is new, or numbers it when `number` is set. */
function uniqueNames() {
  const used = new Map<string, number>();
  return (make: () => string, number = false): string => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = make();
      if (!used.has(name)) {
        used.set(name, 1);
        return name;
      }
      if (number) {
        const n = used.get(name)! + 1;
        used.set(name, n);
        return `${name} ${n}`;
      }
    }
    // Fifty collisions in a row: the vocabulary is exhausted; a number keeps the name unique.
    const name = make();
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return `${name} ${n}`;
  };
}

function acronymOf(name: string): string | null {
  const letters = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.normalize("NFKD").charAt(0))
    .join("");
  return letters.length >= 2 ? letters : null;
}

