import { Route, Switch } from "wouter";
import { EntityPage } from "../features/entity-page/entity-page.tsx";
import { SearchPage } from "../features/search/search-page.tsx";
import { SessionListPage } from "../features/session-list/session-list-page.tsx";
import { SessionPage } from "../features/session-page/session-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

const ENTITY_KINDS = ["person", "organisation", "city", "country", "resource", "theme"] as const;

export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <SessionListPage />
      </Route>
      <Route path="/search">
        <SearchPage />
      </Route>
      <Route path="/session/:key">{({ key }) => <SessionPage key={key} sessionKey={key} />}</Route>
      {ENTITY_KINDS.map((kind) => (
        <Route key={kind} path={`/${kind}/:key`}>
          {({ key }) => <EntityPage key={key} kind={kind} entityKey={key} />}
        </Route>
      ))}
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
