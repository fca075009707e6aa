// Imports every type file, then builds. Import order does not matter: fields resolve lazily.
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./entity-kind.ts";
import "./entity.ts";
import "./link.ts";
import "./alias.ts";
import "./source.ts";
import "./citation.ts";
import "./figure.ts";
import "./person.ts";
import "./country.ts";
import "./city.ts";
import "./organisation.ts";
import "./session.ts";
import "./resource.ts";
import "./theme.ts";
import "./participation.ts";
import "./organisation-role.ts";
import "./affiliation.ts";
import "./membership.ts";
import "./resource-link.ts";
import "./theme-tag.ts";
import "./mention.ts";
import "./lists.ts";
import "./sessions-query.ts";
import "./search.ts";

export const schema = builder.toSchema({ sortSchema: true });
