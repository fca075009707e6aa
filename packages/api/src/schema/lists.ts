// The root lists of every entity type, each with its filter and order.
import { entityListField } from "./entity-list.ts";
import { Person } from "./person.ts";
import { Country } from "./country.ts";
import { City } from "./city.ts";
import { Organisation } from "./organisation.ts";
import { Resource } from "./resource.ts";
import { Session } from "./session.ts";
import { Theme } from "./theme.ts";
import { EntityOrder, type EntityOrderShape } from "./ordering/entity-order.ts";
import { DatedEntityOrder, type DatedEntityOrderShape } from "./ordering/dated-entity-order.ts";
import { entityOrderBy } from "./ordering/order-by.ts";
import { SessionFilter } from "./filters/session-filter.ts";
import { PersonFilter } from "./filters/person-filter.ts";
import { OrganisationFilter } from "./filters/organisation-filter.ts";
import { CityFilter } from "./filters/city-filter.ts";
import { CountryFilter } from "./filters/country-filter.ts";
import { ResourceFilter } from "./filters/resource-filter.ts";
import { ThemeFilter } from "./filters/theme-filter.ts";

const byName = { order: EntityOrder, defaultOrder: { field: "NAME" } as EntityOrderShape, orderBy: (o: EntityOrderShape) => entityOrderBy(o) };

entityListField({
  name: "sessions",
  type: Session,
  description: "Knowledge-exchange sessions: forums, trainings, learning sessions, academies... Latest first unless ordered otherwise.",
  filter: SessionFilter,
  order: DatedEntityOrder,
  defaultOrder: { field: "DATE" } as DatedEntityOrderShape,
  orderBy: (o: DatedEntityOrderShape) => entityOrderBy(o),
});
entityListField({
  name: "resources",
  type: Resource,
  description: "Reports, declarations, interviews, photos and other resources. Latest first unless ordered otherwise.",
  filter: ResourceFilter,
  order: DatedEntityOrder,
  defaultOrder: { field: "DATE" } as DatedEntityOrderShape,
  orderBy: (o: DatedEntityOrderShape) => entityOrderBy(o),
});
entityListField({ name: "people", type: Person, description: "People in the network, by name unless ordered otherwise.", filter: PersonFilter, ...byName });
entityListField({ name: "organisations", type: Organisation, description: "Organisations, by name unless ordered otherwise.", filter: OrganisationFilter, ...byName });
entityListField({ name: "cities", type: City, description: "Cities, by name unless ordered otherwise.", filter: CityFilter, ...byName });
entityListField({ name: "countries", type: Country, description: "Countries, by name unless ordered otherwise.", filter: CountryFilter, ...byName });
entityListField({ name: "themes", type: Theme, description: "Themes of the vocabulary, by name unless ordered otherwise.", filter: ThemeFilter, ...byName });
