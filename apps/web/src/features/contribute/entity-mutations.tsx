// create<Kind> and update<Kind> for every kind, one operation each so that each lands in the
// persisted-operations manifest; the form picks them by kind. Every payload answers the same
// way: the entity as saved (its new version), or userErrors.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../../generated/gql/index.ts";
import type { EntityKind } from "../../generated/gql/graphql.ts";

export interface EntityEditPayload {
  revisionId?: string | null;
  entity?: { id: string; key: string; kind: EntityKind; label: string; url: string; version: number } | null;
  userErrors: { code: string; path: string[]; message: string }[];
}

type Edit<V> = TypedDocumentNode<Record<string, EntityEditPayload>, V>;
export type CreateVariables = { input: Record<string, unknown>; reason?: string | null };
export type UpdateVariables = { key: string; expectedVersion: number; patch: Record<string, unknown>; reason?: string | null };

const CreateSessionMutation = graphql(`
  mutation CreateSession($input: CreateSessionInput!, $reason: String) {
    createSession(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateSessionMutation = graphql(`
  mutation UpdateSession($key: ID!, $expectedVersion: Int!, $patch: SessionPatch!, $reason: String) {
    updateSession(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!, $reason: String) {
    createPerson(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($key: ID!, $expectedVersion: Int!, $patch: PersonPatch!, $reason: String) {
    updatePerson(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!, $reason: String) {
    createOrganisation(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($key: ID!, $expectedVersion: Int!, $patch: OrganisationPatch!, $reason: String) {
    updateOrganisation(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreateCityMutation = graphql(`
  mutation CreateCity($input: CreateCityInput!, $reason: String) {
    createCity(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateCityMutation = graphql(`
  mutation UpdateCity($key: ID!, $expectedVersion: Int!, $patch: CityPatch!, $reason: String) {
    updateCity(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreateCountryMutation = graphql(`
  mutation CreateCountry($input: CreateCountryInput!, $reason: String) {
    createCountry(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateCountryMutation = graphql(`
  mutation UpdateCountry($key: ID!, $expectedVersion: Int!, $patch: CountryPatch!, $reason: String) {
    updateCountry(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreateResourceMutation = graphql(`
  mutation CreateResource($input: CreateResourceInput!, $reason: String) {
    createResource(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateResourceMutation = graphql(`
  mutation UpdateResource($key: ID!, $expectedVersion: Int!, $patch: ResourcePatch!, $reason: String) {
    updateResource(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: CreateThemeInput!, $reason: String) {
    createTheme(input: $input, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($key: ID!, $expectedVersion: Int!, $patch: ThemePatch!, $reason: String) {
    updateTheme(key: $key, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      revisionId
      entity {
        id
        key
        kind
        label
        url
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

// The generated variable types are exact per kind; the form builds inputs from the field table,
// checked against the same schema by entity-fields.test.ts.
export const CREATE_MUTATION = {
  SESSION: CreateSessionMutation as unknown as Edit<CreateVariables>,
  PERSON: CreatePersonMutation as unknown as Edit<CreateVariables>,
  ORGANISATION: CreateOrganisationMutation as unknown as Edit<CreateVariables>,
  CITY: CreateCityMutation as unknown as Edit<CreateVariables>,
  COUNTRY: CreateCountryMutation as unknown as Edit<CreateVariables>,
  RESOURCE: CreateResourceMutation as unknown as Edit<CreateVariables>,
  THEME: CreateThemeMutation as unknown as Edit<CreateVariables>,
} satisfies Record<EntityKind, Edit<CreateVariables>>;

export const UPDATE_MUTATION = {
  SESSION: UpdateSessionMutation as unknown as Edit<UpdateVariables>,
  PERSON: UpdatePersonMutation as unknown as Edit<UpdateVariables>,
  ORGANISATION: UpdateOrganisationMutation as unknown as Edit<UpdateVariables>,
  CITY: UpdateCityMutation as unknown as Edit<UpdateVariables>,
  COUNTRY: UpdateCountryMutation as unknown as Edit<UpdateVariables>,
  RESOURCE: UpdateResourceMutation as unknown as Edit<UpdateVariables>,
  THEME: UpdateThemeMutation as unknown as Edit<UpdateVariables>,
} satisfies Record<EntityKind, Edit<UpdateVariables>>;

/** The one payload of an edit's answer, whatever the mutation's name (`__typename` aside). */
export function payloadOf(data: Record<string, EntityEditPayload> | undefined | null): EntityEditPayload | null {
  const entry = Object.entries(data ?? {}).find(([field]) => field !== "__typename");
  return entry?.[1] ?? null;
}
