import { html, nothing, type TemplateResult } from 'lit';
import type { LocationElem } from '../../../core/model/index.js';
import { icon } from '../../icons/icons.js';
import type { MessageStrings } from '../strings.js';

/** Valid WGS-84 coordinates, or null (a map link is only offered for real places). */
function validCoordinates(elem: LocationElem): { latitude: number; longitude: number } | null {
  const { latitude, longitude } = elem;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

/** The OpenStreetMap page of a place, with a marker. Only ever opened by the reader's click. */
function openStreetMapUrl(latitude: number, longitude: number, zoom = 16): string {
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}

function formatCoordinates(latitude: number, longitude: number, t: MessageStrings, locale: string): string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return t.coordinates(
    t.latitude(format.format(Math.abs(latitude)), latitude >= 0),
    t.longitude(format.format(Math.abs(longitude)), longitude >= 0),
  );
}

/** A location: a pin, the description, the coordinates and a link to the map. No map is loaded until clicked. */
export function renderLocation(elem: LocationElem, t: MessageStrings, locale: string): TemplateResult {
  const place = validCoordinates(elem);
  const description = typeof elem.description === 'string' && elem.description.trim() ? elem.description.trim() : t.location;
  return html`<div class="location" part="location">
    <span class="location-pin" aria-hidden="true">${icon('mapPin', 28)}</span>
    <span class="location-text">
      <span class="location-title">${description}</span>
      ${place ? html`<span class="location-coords">${formatCoordinates(place.latitude, place.longitude, t, locale)}</span>` : nothing}
      ${
        place
          ? html`<a class="location-link" part="location-link" href=${openStreetMapUrl(place.latitude, place.longitude)}
            target="_blank" rel="noopener noreferrer">${t.openMap} ${icon('externalLink')}</a>`
          : nothing
      }
    </span>
  </div>`;
}
