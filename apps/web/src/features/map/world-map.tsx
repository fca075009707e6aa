// The world (Natural Earth 1:110m countries from world-atlas, shipped in the bundle) projected
// with d3-geo and drawn as SVG, with a circle per city. Country outlines are computed once.
import { useMemo } from "react";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { FeatureCollection, MultiPoint } from "geojson";
import world from "world-atlas/countries-110m.json";

export interface MapCity {
  key: string;
  name: string;
  latitude: number;
  longitude: number;
  sessions: number;
}

const WIDTH = 960;
const HEIGHT = 500;
const topology = world as unknown as Topology;
const countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection;

const radius = (sessions: number) => (sessions > 0 ? 4 + 3 * Math.sqrt(sessions) : 3);

export function WorldMap({ cities, fit, chosen, onChoose }: { cities: readonly MapCity[]; fit: boolean; chosen: string | null; onChoose: (key: string) => void }) {
  const cityPoints = cities.map((city) => [city.longitude, city.latitude]);
  const fitKey = fit ? JSON.stringify(cityPoints) : "world";
  const { outlines, project } = useMemo(() => {
    const projection = geoNaturalEarth1();
    if (fit && cityPoints.length > 0) {
      const points: MultiPoint = { type: "MultiPoint", coordinates: cityPoints };
      projection.fitExtent(
        [
          [80, 60],
          [WIDTH - 80, HEIGHT - 60],
        ],
        points,
      );
      // A single city, or cities close together, would zoom to street level: keep a region in view.
      projection.scale(Math.min(projection.scale(), 900));
    } else {
      projection.fitSize([WIDTH, HEIGHT], { type: "Sphere" });
    }
    const path = geoPath(projection);
    return {
      outlines: countries.features.map((country, index) => ({ id: String(country.id ?? index), d: path(country) ?? "" })),
      project: (longitude: number, latitude: number) => projection([longitude, latitude]),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the points' text
  }, [fitKey]);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="world-map" role="group" aria-label={`World map with ${cities.length} cities; the same cities are listed in the table below`}>
      <rect width={WIDTH} height={HEIGHT} className="map-sea" aria-hidden="true" />
      <g className="map-land" aria-hidden="true">
        {outlines.map((outline) => (
          <path key={outline.id} d={outline.d} />
        ))}
      </g>
      {[...cities]
        .sort((a, b) => b.sessions - a.sessions)
        .map((city) => {
          const point = project(city.longitude, city.latitude);
          if (!point) return null;
          const label = `${city.name}: ${city.sessions === 1 ? "1 session" : `${city.sessions} sessions`}`;
          return (
            <a
              key={city.key}
              href={`?city=${encodeURIComponent(city.key)}`}
              aria-label={label}
              className={city.key === chosen ? "map-city chosen" : "map-city"}
              onClick={(event) => {
                event.preventDefault();
                onChoose(city.key);
              }}
            >
              <title>{label}</title>
              <circle cx={point[0]} cy={point[1]} r={radius(city.sessions)} />
            </a>
          );
        })}
    </svg>
  );
}
