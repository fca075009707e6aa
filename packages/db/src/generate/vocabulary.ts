// Words the synthetic network is made of: plausible names per continent (with the accents and
// apostrophes search must fold), invented places (so that no synthetic city is mistaken for a
// real one, nor collides with a GSEF record), and the SSE vocabulary of themes and events.

export type Continent = "AFRICA" | "ASIA" | "EUROPE" | "NORTH_AMERICA" | "SOUTH_AMERICA" | "OCEANIA";

export interface ContinentWords {
  continent: Continent;
  adjective: string;
  /** Share of countries, cities and people on this continent. */
  share: number;
  regions: string[];
  /** Latitude and longitude ranges cities are placed in. */
  box: { lat: [number, number]; lon: [number, number] };
  given: string[];
  family: string[];
  /** Invented place names are a head and a tail from these. */
  placeHeads: string[];
  placeTails: string[];
  languages: string[];
}

export const CONTINENTS: ContinentWords[] = [
  {
    continent: "AFRICA",
    adjective: "African",
    share: 0.24,
    regions: ["Eastern Africa", "Western Africa", "Southern Africa", "Northern Africa", "Middle Africa"],
    box: { lat: [-33, 33], lon: [-16, 48] },
    given: ["Amina", "Kwame", "Fatou", "Moussa", "Aïcha", "Chinedu", "Wanjiru", "Tendai", "Nomvula", "Ibrahima", "Abebe", "Zanele", "Kofi", "Mariam", "Oumar", "Thandiwe", "Yaw", "Halima", "Sipho", "Awa", "Ngozi", "Babacar"],
    family: ["Okafor", "Diallo", "Mensah", "Ndiaye", "Kamau", "Mwangi", "Traoré", "Banda", "Nkosi", "Osei", "Touré", "Abubakar", "Moyo", "Kiprono", "Sow", "Adeyemi", "Tshabalala", "Keïta", "Achieng", "Boateng", "Nakato", "Ssempala"],
    placeHeads: ["Ka", "Nko", "Bu", "Ma", "Lu", "Ose", "Mbo", "Ta", "Zi", "Ki", "Ndi", "Wa"],
    placeTails: ["mbeni", "roma", "lenge", "sanga", "tende", "bara", "wezi", "goma", "kuru", "shasa", "dougou", "nkese"],
    languages: ["en", "fr", "pt", "sw"],
  },
  {
    continent: "ASIA",
    adjective: "Asian",
    share: 0.26,
    regions: ["Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia", "Central Asia"],
    box: { lat: [-8, 50], lon: [60, 145] },
    given: ["Min-jun", "Seo-yeon", "Hiroshi", "Yuki", "Arjun", "Priya", "Wei", "Mei", "Thi Lan", "Rizal", "Siti", "Jun", "Ananya", "Tuan", "Hyun-woo", "Aiko", "Ravi", "Dewi", "Kenji", "Ji-woo", "Farida", "Bayarmaa"],
    family: ["Kim", "Park", "Lee", "Tanaka", "Satō", "Sharma", "Patel", "Wang", "Chen", "Nguyen", "Tran", "Santos", "Reyes", "Rahman", "Hossain", "Choi", "Yamamoto", "Gupta", "Lim", "Tan", "Wijaya", "Perera"],
    placeHeads: ["Sura", "Han", "Kota", "Bin", "Chi", "Pa", "Dong", "Na", "Sen", "Mala", "Yeo", "Tai"],
    placeTails: ["wang", "bari", "pur", "nagar", "jaya", "shima", "gyeong", "lang", "kot", "hai", "abad", "pura"],
    languages: ["en", "ko", "ja", "id", "vi"],
  },
  {
    continent: "EUROPE",
    adjective: "European",
    share: 0.22,
    regions: ["Western Europe", "Northern Europe", "Southern Europe", "Eastern Europe"],
    box: { lat: [36, 64], lon: [-9, 30] },
    given: ["Élodie", "Lukas", "Giulia", "Mateo", "Sofia", "Jean-Pierre", "Ingrid", "Marek", "Ana", "Pieter", "Chiara", "Jørgen", "Zoë", "Dmitri", "Inês", "François", "Katarzyna", "Björn", "Léa", "Tomás", "Siobhán", "Anneke"],
    family: ["Dubois", "Müller", "Rossi", "García", "Novák", "Jansen", "Kowalski", "Lefèvre", "Bianchi", "Fernández", "Nielsen", "Schmidt", "Moreau", "Costa", "Horváth", "O'Brien", "Lindqvist", "Petrov", "Silva", "Martin", "D'Angelo", "Van der Berg"],
    placeHeads: ["Val", "Mont", "Bel", "Ros", "Kar", "Lin", "Ber", "Cas", "Aur", "Sten", "Vil", "Mar"],
    placeTails: ["ford", "ville", "burg", "esca", "stad", "ona", "heim", "avo", "wick", "ac", "ingen", "ella"],
    languages: ["en", "fr", "es", "it", "de"],
  },
  {
    continent: "NORTH_AMERICA",
    adjective: "North American",
    share: 0.11,
    regions: ["Northern America", "Central America", "Caribbean"],
    box: { lat: [9, 55], lon: [-125, -60] },
    given: ["Emily", "Marcus", "Chantal", "José", "Aaliyah", "Ethan", "Guadalupe", "Tyrone", "Madison", "Luc", "Keisha", "Diego", "Geneviève", "Jamal", "Rosa", "Noémie"],
    family: ["Johnson", "Tremblay", "Hernández", "Williams", "Gagnon", "Brown", "López", "Roy", "Davis", "Martínez", "Bouchard", "Wilson", "Jackson", "Ramírez", "Côté", "Nguyen"],
    placeHeads: ["Ash", "Lake", "Pine", "Mill", "Red", "Clear", "Saint-", "Eagle", "Oak", "Grand", "San ", "Fair"],
    placeTails: ["field", "ton", "view", "haven", "brook", "ridge", "dale", "Rémi", "Pedro", "mont", "port", "creek"],
    languages: ["en", "fr", "es"],
  },
  {
    continent: "SOUTH_AMERICA",
    adjective: "Latin American",
    share: 0.11,
    regions: ["South America"],
    box: { lat: [-40, 10], lon: [-78, -36] },
    given: ["Camila", "João", "Valentina", "Santiago", "Lucía", "Matías", "Fernanda", "Thiago", "Isabela", "Andrés", "Gabriela", "Rafael", "Mariana", "Sebastián", "Carolina", "Joaquín"],
    family: ["Oliveira", "González", "Rodríguez", "Pereira", "Souza", "Gómez", "Díaz", "Ferreira", "Torres", "Alves", "Vargas", "Castro", "Rojas", "Lima", "Morales", "Quispe"],
    placeHeads: ["Santa ", "Villa ", "Puerto ", "São ", "Río ", "Nova ", "Campo ", "Alto ", "Monte ", "Bahía ", "Ciudad ", "Porto "],
    placeTails: ["Esperanza", "Clara", "Luz", "Bento", "Verde", "Aurora", "Blanca", "Serena", "Vitória", "Alegre", "Dorada", "Fértil"],
    languages: ["es", "pt", "en"],
  },
  {
    continent: "OCEANIA",
    adjective: "Pacific",
    share: 0.06,
    regions: ["Australia and New Zealand", "Melanesia", "Polynesia", "Micronesia"],
    box: { lat: [-45, -5], lon: [115, 180] },
    given: ["Aroha", "Liam", "Mere", "Jack", "Losana", "Olivia", "Tevita", "Charlotte", "Sione", "Noah", "Ana", "Manaia"],
    family: ["Smith", "Ngata", "Taufa", "Wilson", "Fifita", "Walker", "Tupou", "Thompson", "Parata", "Kelly", "Vaka", "Robinson"],
    placeHeads: ["Wai", "Port ", "Mount ", "Nuku", "Kai", "Tara", "Rangi", "Lau", "Ara", "Mata", "Coral ", "Bay "],
    placeTails: ["kato", "Elena", "Harbour", "alofa", "kura", "nui", "hiwi", "toka", "moana", "vai", "Springs", "lea"],
    languages: ["en", "mi", "fr"],
  },
];

/** ISO 3166-1 user-assigned codes: never a real country, so never a GSEF one (XK left out: Kosovo). */
export const COUNTRY_CODES = [
  ...["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"].map((l) => `X${l}`),
  ...["M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"].map((l) => `Q${l}`),
  "AA",
  "ZZ",
];

export const COUNTRY_TAILS = ["ria", "via", "land", "stan", "nesia", "mbia", "ssa", "ndor", "lia", "goa"];

export const TOP_THEMES = [
  "Social finance",
  "Public policy for the social economy",
  "Capacity building",
  "Local economic development",
  "Cooperatives",
  "Food systems",
  "Affordable housing",
  "Gender equality",
  "Climate and just transition",
  "Digital platforms",
  "Decent work",
  "Culture and tourism",
];

export const THEME_FACETS = [
  "community lending", "public procurement", "youth employment", "urban agriculture", "waste recycling",
  "care work", "fair trade", "migrant inclusion", "renewable energy", "informal economy",
  "impact measurement", "legal frameworks", "local currencies", "participatory budgeting",
  "women's entrepreneurship", "indigenous economies", "incubation", "statistics", "partnerships",
  "mapping", "knowledge exchange", "platform cooperatives", "social housing", "microinsurance",
  "crowdfunding", "land trusts", "short supply chains", "worker buy-outs", "education", "health services",
];

export const THEME_ASPECTS = ["policy", "practice", "research", "training", "finance", "measurement"];

export const SESSION_KIND_WORDS: Record<string, string> = {
  FORUM: "Forum",
  TRAINING: "Training",
  LEARNING_SESSION: "Learning session",
  ACADEMY: "Academy",
  WORKSHOP: "Workshop",
  LECTURE: "Lecture",
  CONGRESS: "Congress",
  CONGRESS_SESSION: "Session",
  POLICY_DIALOGUE: "Policy dialogue",
  MEETING: "Meeting",
};

export const MOTTOS = [
  "Cities and the social economy for an inclusive recovery",
  "Local actions for a global transition",
  "Solidarity in times of crisis",
  "Building resilient communities together",
  "The social economy as a driver of the SDGs",
  "From the ground up: co-constructing public policy",
];

export const AUDIENCES = ["local government officials", "SSE practitioners", "researchers", "young entrepreneurs", "network members", "the general public"];

export const POSITIONS = ["Director", "Programme officer", "Researcher", "Mayor", "Deputy mayor", "Advisor", "President", "Coordinator", "Secretary-general", "Project manager", "Professor", "Policy officer"];

export const HONORIFICS = ["Dr", "Mr.", "Ms.", "Pr", "Rev."];

export const ORGANISATION_WORDS: Record<string, (place: string, topic: string) => string> = {
  LOCAL_GOVERNMENT: (place) => `${place} City Government`,
  NATIONAL_GOVERNMENT: (place, topic) => `Ministry of ${topic} of ${place}`,
  PUBLIC_BODY: (place, topic) => `${place} Agency for ${topic}`,
  TRADITIONAL_AUTHORITY: (place) => `Kingdom of ${place} Council of Elders`,
  LOCAL_GOVERNMENT_NETWORK: (place) => `${place} Cities for the Social Economy`,
  SSE_NETWORK: (place, topic) => `${place} Network for ${topic}`,
  INTERNATIONAL_ORGANISATION: (place, topic) => `International Alliance for ${topic} (${place})`,
  NGO: (place, topic) => `${place} Centre for ${topic}`,
  FAITH_BASED_ORGANISATION: (place) => `${place} Solidarity Mission`,
  COOPERATIVE: (place, topic) => `${place} ${topic} Cooperative`,
  SOCIAL_FINANCE: (place) => `${place} Community Credit Union`,
  BUSINESS_SUPPORT: (place) => `${place} Social Enterprise Hub`,
  TRADE_UNION: (place) => `${place} Workers' Union`,
  ACADEMIC: (place) => `University of ${place}`,
  RESEARCH_INSTITUTE: (place, topic) => `${place} Institute for ${topic} Research`,
  TRAINING_INSTITUTE: (place) => `${place} Training Institute`,
  FOUNDATION: (place) => `${place} Foundation`,
  COMPANY: (place) => `${place} Impact Ventures`,
  OTHER: (place) => `${place} Citizens' Assembly`,
};

export const RESOURCE_KIND_WORDS: Record<string, string> = {
  REPORT: "Report",
  DECLARATION: "Declaration",
  PRESS_RELEASE: "Press release",
  INTERVIEW: "Interview",
  MESSAGE: "Message",
  PHOTO_GALLERY: "Photos",
  VIDEO: "Video",
  PRESENTATION: "Presentation",
  PUBLICATION: "Publication",
  WEB_PAGE: "Web page",
};
