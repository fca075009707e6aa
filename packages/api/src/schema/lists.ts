// The root lists of every entity type but sessions (see sessions-query.ts).
import { entityListField } from "./entity-list.ts";
import { Person } from "./person.ts";
import { Country } from "./country.ts";
import { City } from "./city.ts";
import { Organisation } from "./organisation.ts";
import { Resource } from "./resource.ts";
import { Theme } from "./theme.ts";

entityListField("people", Person, "PERSON", "People in the network, by name.");
entityListField("countries", Country, "COUNTRY", "Countries, by name.");
entityListField("cities", City, "CITY", "Cities, by name.");
entityListField("organisations", Organisation, "ORGANISATION", "Organisations, by name.");
entityListField("resources", Resource, "RESOURCE", "Resources, by title.");
entityListField("themes", Theme, "THEME", "Themes of the vocabulary, by name.");
