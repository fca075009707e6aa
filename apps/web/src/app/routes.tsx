// Every view has its own address. Home is in the first download; the others load when first
// visited, so the graph's WebGL renderer, the world map and the contribution forms never weigh on
// the first page.
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Switch } from "wouter";
import { HomePage } from "../features/home/home-page.tsx";
import type { EntityKind } from "../generated/gql/graphql.ts";
import { Loading } from "../lib/query-state.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

const SearchPage = lazy(() => import("../features/search/search-page.tsx").then((m) => ({ default: m.SearchPage })));
const EntityPage = lazy(() => import("../features/entity-page/entity-page.tsx").then((m) => ({ default: m.EntityPage })));
const SessionPage = lazy(() => import("../features/session-page/session-page.tsx").then((m) => ({ default: m.SessionPage })));
const EntityInsights = lazy(() => import("../features/entity-insights/entity-insights.tsx").then((m) => ({ default: m.EntityInsights })));
const GraphExplorerPage = lazy(() => import("../features/graph-explorer/graph-explorer-page.tsx").then((m) => ({ default: m.GraphExplorerPage })));
const PathFinderPage = lazy(() => import("../features/path-finder/path-finder-page.tsx").then((m) => ({ default: m.PathFinderPage })));
const TimelinePage = lazy(() => import("../features/timeline/timeline-page.tsx").then((m) => ({ default: m.TimelinePage })));
const MapPage = lazy(() => import("../features/map/map-page.tsx").then((m) => ({ default: m.MapPage })));
const CoveragePage = lazy(() => import("../features/coverage/coverage-page.tsx").then((m) => ({ default: m.CoveragePage })));
const DownloadsPage = lazy(() => import("../features/downloads/downloads-page.tsx").then((m) => ({ default: m.DownloadsPage })));
const SignInPage = lazy(() => import("../features/account/sign-in-page.tsx").then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import("../features/account/sign-up-page.tsx").then((m) => ({ default: m.SignUpPage })));
const AccountPage = lazy(() => import("../features/account/account-page.tsx").then((m) => ({ default: m.AccountPage })));
const ContributePage = lazy(() => import("../features/contribute/contribute-page.tsx").then((m) => ({ default: m.ContributePage })));
const RecentChanges = lazy(() => import("../features/recent-changes/recent-changes.tsx").then((m) => ({ default: m.RecentChanges })));
const NewEntityPage = lazy(() => import("../features/contribute/new-entity-page.tsx").then((m) => ({ default: m.NewEntityPage })));
const EditEntityPage = lazy(() => import("../features/contribute/edit-entity-page.tsx").then((m) => ({ default: m.EditEntityPage })));
const LinkFormPage = lazy(() => import("../features/contribute/link-form-page.tsx").then((m) => ({ default: m.LinkFormPage })));
const EntityActions = lazy(() => import("../features/contribute/entity-actions.tsx").then((m) => ({ default: m.EntityActions })));
const HistoryPage = lazy(() => import("../features/history/history-page.tsx").then((m) => ({ default: m.HistoryPage })));
const ImportPage = lazy(() => import("../features/import/import-page.tsx").then((m) => ({ default: m.ImportPage })));
const DuplicatesPage = lazy(() => import("../features/duplicates/duplicates-page.tsx").then((m) => ({ default: m.DuplicatesPage })));

const ENTITY_KINDS = ["person", "organisation", "city", "country", "resource", "theme"] as const;
const ALL_KINDS = ["session", ...ENTITY_KINDS] as const;
const kindOf = (word: (typeof ALL_KINDS)[number]) => word.toUpperCase() as EntityKind;

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading what="Loading the page" lines={8} />}>{children}</Suspense>;
}

/** The contribution bar, loaded on its own so that reading an entity never waits for it. */
function Actions({ entityKey }: { entityKey: string }) {
  return (
    <Suspense fallback={<div className="entity-actions" aria-hidden="true" />}>
      <EntityActions entityKey={entityKey} />
    </Suspense>
  );
}

export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <HomePage />
      </Route>
      <Route path="/search">
        <Page>
          <SearchPage />
        </Page>
      </Route>
      <Route path="/session/:key">
        {({ key }) => (
          <Page>
            <SessionPage key={key} sessionKey={key} actions={<Actions entityKey={key} />}>
              <EntityInsights entityKey={key} />
            </SessionPage>
          </Page>
        )}
      </Route>
      {ENTITY_KINDS.map((kind) => (
        <Route key={kind} path={`/${kind}/:key`}>
          {({ key }) => (
            <Page>
              <EntityPage key={key} kind={kind} entityKey={key} actions={<Actions entityKey={key} />}>
                <EntityInsights entityKey={key} />
              </EntityPage>
            </Page>
          )}
        </Route>
      ))}
      {ALL_KINDS.map((kind) => (
        <Route key={`${kind}-edit`} path={`/${kind}/:key/edit`}>
          {({ key }) => (
            <Page>
              <EditEntityPage key={key} kind={kindOf(kind)} entityKey={key} />
            </Page>
          )}
        </Route>
      ))}
      {ALL_KINDS.map((kind) => (
        <Route key={`${kind}-history`} path={`/${kind}/:key/history`}>
          {({ key }) => (
            <Page>
              <HistoryPage key={key} kind={kindOf(kind)} entityKey={key} />
            </Page>
          )}
        </Route>
      ))}
      {ALL_KINDS.map((kind) => (
        <Route key={`${kind}-link`} path={`/${kind}/:key/link`}>
          {({ key }) => (
            <Page>
              <LinkFormPage key={key} kind={kindOf(kind)} entityKey={key} />
            </Page>
          )}
        </Route>
      ))}
      <Route path="/graph">
        <Page>
          <GraphExplorerPage />
        </Page>
      </Route>
      <Route path="/path">
        <Page>
          <PathFinderPage />
        </Page>
      </Route>
      <Route path="/timeline">
        <Page>
          <TimelinePage />
        </Page>
      </Route>
      <Route path="/map">
        <Page>
          <MapPage />
        </Page>
      </Route>
      <Route path="/coverage">
        <Page>
          <CoveragePage />
        </Page>
      </Route>
      <Route path="/downloads">
        <Page>
          <DownloadsPage />
        </Page>
      </Route>
      <Route path="/sign-in">
        <Page>
          <SignInPage />
        </Page>
      </Route>
      <Route path="/sign-up">
        <Page>
          <SignUpPage />
        </Page>
      </Route>
      <Route path="/account">
        <Page>
          <AccountPage />
        </Page>
      </Route>
      <Route path="/contribute">
        <Page>
          <ContributePage>
            <RecentChanges />
          </ContributePage>
        </Page>
      </Route>
      {ALL_KINDS.map((kind) => (
        <Route key={`${kind}-new`} path={`/contribute/new/${kind}`}>
          <Page>
            <NewEntityPage key={kind} kind={kindOf(kind)} />
          </Page>
        </Route>
      ))}
      <Route path="/contribute/import">
        <Page>
          <ImportPage />
        </Page>
      </Route>
      <Route path="/contribute/duplicates">
        <Page>
          <DuplicatesPage />
        </Page>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
