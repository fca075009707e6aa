// /map?continent=AFRICA&city=kampala: the network's cities on a world map drawn offline from
// the world-atlas TopoJSON (no tile server), sized by the sessions they hosted.
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../generated/gql/index.ts";
import { DateRange } from "../../lib/date-range.tsx";
import { plural } from "../../lib/humanize.ts";
import { ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { nodes } from "../../lib/nodes.ts";
import { useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CONTINENT_LABEL, CONTINENTS, isContinent } from "../../lib/vocabulary.ts";
import { WorldMap, type MapCity } from "./world-map.tsx";

const MapQuery = graphql(`
  query MapCities {
    cities(first: 100, orderBy: { field: CONNECTIONS }) {
      totalCount
      edges {
        node {
          id
          key
          name
          url
          latitude
          longitude
          country {
            id
            name
            continent
          }
          sessions(first: 5) {
            totalCount
            edges {
              node {
                id
                title
                url
                startDate
                endDate
              }
            }
          }
        }
      }
    }
  }
`);

export function MapPage() {
  const [params, setParams] = useQueryState();
  useDocumentTitle("Map of cities");
  const continentParam = params.get("continent") ?? "";
  const continent = isContinent(continentParam) ? continentParam : null;
  const chosenKey = params.get("city");
  const [{ data, error }] = useQuery({ query: MapQuery });

  const all = data ? nodes(data.cities) : [];
  const cities = all.filter((city) => !continent || city.country.continent === continent);
  const mapped: MapCity[] = cities
    .filter((city) => city.latitude != null && city.longitude != null)
    .map((city) => ({ key: city.key, name: city.name, latitude: city.latitude!, longitude: city.longitude!, sessions: city.sessions.totalCount }));
  const chosen = all.find((city) => city.key === chosenKey) ?? null;

  return (
    <div className="page-wide">
      <h1>Map of cities</h1>
      <form className="inline-form" aria-label="Map region" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="map-continent">Continent</label>
        <select id="map-continent" value={continent ?? ""} onChange={(event) => setParams({ continent: event.target.value || null, city: null })}>
          <option value="">Whole world</option>
          {CONTINENTS.map((value) => (
            <option key={value} value={value}>
              {CONTINENT_LABEL[value]}
            </option>
          ))}
        </select>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="map-layout">
        <div className="map-frame">
          {data ? (
            <WorldMap cities={mapped} fit={continent !== null} chosen={chosenKey} onChoose={(key) => setParams({ city: key })} />
          ) : (
            <Loading what="Loading the map" height="100%" />
          )}
        </div>
        <aside className="map-panel" aria-live="polite" aria-label="Chosen city">
          {chosen ? (
            <>
              <h2>
                <Link href={chosen.url}>{chosen.name}</Link>
              </h2>
              <p className="meta">
                {chosen.country.name} · {plural(chosen.sessions.totalCount, "session")}
              </p>
              <ul>
                {nodes(chosen.sessions).map((session) => (
                  <li key={session.id}>
                    <Link href={session.url}>{session.title}</Link>{" "}
                    <span className="meta">
                      <DateRange start={session.startDate} end={session.endDate} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="meta">Choose a city on the map or in the table to see its sessions.</p>
          )}
        </aside>
      </div>
      <section aria-labelledby="cities-heading">
        <h2 id="cities-heading">{continent ? `Cities in ${CONTINENT_LABEL[continent]}` : "All cities"}</h2>
        {!data ? <Loading what="Loading cities" lines={6} /> : null}
        {data ? (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">City</th>
                  <th scope="col">Country</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">
                    <span className="visually-hidden">On the map</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...cities]
                  .sort((a, b) => b.sessions.totalCount - a.sessions.totalCount || a.name.localeCompare(b.name))
                  .map((city) => (
                    <tr key={city.id}>
                      <th scope="row">
                        <Link href={city.url}>{city.name}</Link>
                      </th>
                      <td>{city.country.name}</td>
                      <td>{city.sessions.totalCount}</td>
                      <td>
                        <button type="button" className="small secondary" onClick={() => setParams({ city: city.key })} aria-label={`Show ${city.name}'s sessions`}>
                          Show
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
