/**
 * The buurten of Maastricht as a choropleth, with each provision as a point. Leaflet (and its
 * CSS) is part of this module only, which the map page loads on its own: no other page
 * carries it. No map tiles: the CBS boundaries alone make the map. The table below the map
 * has the same numbers and is what assistive technology reads; the markers can be reached
 * with the keyboard and name their provision.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { largestCount, shadeOf } from '../../../../domain/dashboards/map-shades.ts';
import type { NeighbourhoodMapView } from '../../../../server/features/dashboards/dashboards.schemas.ts';

export default function BuurtMap({ map, label }: { map: NeighbourhoodMapView; label: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const leaflet = L.map(element, {
      attributionControl: true,
      scrollWheelZoom: false,
      keyboard: true,
      zoomSnap: 0.25,
    });
    leaflet.attributionControl.setPrefix(false).addAttribution(map.attribution);
    const largest = largestCount(map.buurten.map((b) => b.participants));
    type Shown = { name: string; participants: number | '<5' | null };
    const collection: GeoJSON.FeatureCollection<GeoJSON.Polygon, Shown> = {
      type: 'FeatureCollection',
      features: map.buurten.map((b) => ({
        type: 'Feature' as const,
        properties: { name: b.name, participants: b.participants },
        geometry: b.geometry,
      })),
    };
    const layer = L.geoJSON<Shown, GeoJSON.Polygon>(collection, {
      style: (feature) => ({
        color: '#1a1a1a',
        weight: 1,
        fillOpacity: 0.85,
        fillColor: shadeOf(feature?.properties.participants ?? 0, largest),
      }),
      onEachFeature: (feature, shape) => {
        const value = feature.properties.participants;
        shape.bindTooltip(`${feature.properties.name}: ${value === null ? 'x' : value}`);
      },
    }).addTo(leaflet);
    leaflet.fitBounds(layer.getBounds());
    for (const provision of map.provisions) {
      if (!provision.point) continue;
      const [lon, lat] = provision.point;
      const marker = L.circleMarker([lat, lon], {
        radius: 7,
        color: '#ffffff',
        weight: 2,
        fillColor: '#b3001b',
        fillOpacity: 1,
      })
        .bindPopup(`${provision.name} (${CATEGORY_LABELS[provision.category]})`)
        .addTo(leaflet);
      // A circle is an SVG path: it takes focus, names its provision, and opens on Enter.
      const path = marker.getElement();
      path?.setAttribute('tabindex', '0');
      path?.setAttribute('role', 'button');
      path?.setAttribute('aria-label', `${provision.name}, ${provision.organisationName}`);
      path?.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') marker.openPopup();
      });
    }
    const resize = () => leaflet.invalidateSize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      leaflet.remove();
    };
  }, [map]);

  return <div ref={container} className="sr-map" role="region" aria-label={label} tabIndex={0} />;
}
