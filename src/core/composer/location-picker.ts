/**
 * Sending a location (TIM's `TIMLocationElem {description, latitude, longitude}`): the picker's
 * state — the fields the user types, the browser's position asked for with permission, why it
 * could not be had — and the check of what is sent. The browser's Geolocation API is injected
 * (`PositionReader`), so the decisions run in Node.
 */
import type { OutgoingContent } from '../store/chat-store-api.js';
import { StateStore } from '../store/state-store.js';

/** Why the device's position could not be had. */
export type LocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'insecure';

/** What is wrong with a typed coordinate. */
export type CoordinateProblem = 'missing' | 'number' | 'range';

/** The device's position, as the Geolocation API gives it (degrees; accuracy in metres). */
export interface DevicePosition {
  readonly latitude: number;
  readonly longitude: number;
  readonly accuracy?: number;
}

/** Reads the device's position (the browser asks the user's permission); rejects as the Geolocation API does. */
export interface PositionReader {
  /** null: this page cannot ask at all (no Geolocation API, or an insecure page). */
  unavailable(): Extract<LocationFailure, 'unsupported' | 'insecure'> | null;
  read(): Promise<DevicePosition>;
}

export interface LocationPickerState {
  readonly description: string;
  readonly latitude: string;
  readonly longitude: string;
  /** Asking the device for its position. */
  readonly locating: boolean;
  /** Why the last ask failed (cleared by the next ask or by typing coordinates). */
  readonly failure: LocationFailure | null;
  /** Problems shown after a send was tried (cleared field by field as the user types). */
  readonly problems: { readonly latitude?: CoordinateProblem; readonly longitude?: CoordinateProblem };
}

/** Longest description kept (the message body has room; a place name is short). */
export const MAX_LOCATION_DESCRIPTION = 200;

const EMPTY: LocationPickerState = { description: '', latitude: '', longitude: '', locating: false, failure: null, problems: {} };

/**
 * A coordinate typed by a person: a decimal number (a comma may stand for the decimal point, as
 * many locales write it), within ±90 for a latitude, ±180 for a longitude.
 */
export function parseCoordinate(text: string, axis: 'latitude' | 'longitude'): number | CoordinateProblem {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (!trimmed) return 'missing';
  const normalized = trimmed.includes('.') ? trimmed : trimmed.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalized)) return 'number';
  const value = Number(normalized);
  if (!Number.isFinite(value)) return 'number';
  return Math.abs(value) <= (axis === 'latitude' ? 90 : 180) ? value : 'range';
}

/** The Geolocation API's error (`GeolocationPositionError.code`: 1 denied, 2 unavailable, 3 timeout) as a failure. */
export function positionFailure(error: unknown): LocationFailure {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

/** Degrees with six decimals (about 10 cm): what the fields show for the device's position. */
function coordinateText(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

export class LocationPicker {
  readonly state = new StateStore<LocationPickerState>(EMPTY);
  /** Answers of an older ask are dropped (a reset, or a newer ask). */
  private ask = 0;

  setField(field: 'description' | 'latitude' | 'longitude', value: string): void {
    this.state.set((s) => {
      const problems = { ...s.problems };
      if (field !== 'description') delete problems[field];
      return { [field]: value, problems, ...(field !== 'description' ? { failure: null } : {}) };
    });
  }

  /** Ask the device where it is (the browser asks the user first); fills the coordinates, or says why not. */
  async locate(reader: PositionReader): Promise<void> {
    const ask = ++this.ask;
    const unavailable = reader.unavailable();
    if (unavailable) {
      this.state.set({ locating: false, failure: unavailable });
      return;
    }
    this.state.set({ locating: true, failure: null });
    try {
      const position = await reader.read();
      if (ask !== this.ask) return;
      this.state.set({
        locating: false,
        latitude: coordinateText(position.latitude),
        longitude: coordinateText(position.longitude),
        problems: {},
      });
    } catch (error) {
      if (ask !== this.ask) return;
      this.state.set({ locating: false, failure: positionFailure(error) });
    }
  }

  /** The location to send, or null with the problems shown by the fields. */
  content(): Extract<OutgoingContent, { type: 'location' }> | null {
    const s = this.state.get();
    const latitude = parseCoordinate(s.latitude, 'latitude');
    const longitude = parseCoordinate(s.longitude, 'longitude');
    if (typeof latitude !== 'number' || typeof longitude !== 'number') {
      this.state.set({
        problems: {
          ...(typeof latitude !== 'number' ? { latitude } : {}),
          ...(typeof longitude !== 'number' ? { longitude } : {}),
        },
      });
      return null;
    }
    const description = s.description.trim().replace(/\s+/g, ' ').slice(0, MAX_LOCATION_DESCRIPTION);
    return { type: 'location', description, latitude, longitude };
  }

  /** Empty again (after a send, on closing, or in another conversation); an ask still running is forgotten. */
  reset(): void {
    this.ask++;
    this.state.set(EMPTY);
  }
}
