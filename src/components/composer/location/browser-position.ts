import type { DevicePosition, PositionReader } from '../../../core/composer/index.js';

/** How long the browser may look for the position, and how old a position it may give back (ms). */
const TIMEOUT_MS = 15_000;
const MAXIMUM_AGE_MS = 60_000;

/** The browser's Geolocation API as a `PositionReader` (the browser asks the user's permission on the first read). */
export function browserPositionReader(): PositionReader {
  return {
    unavailable: () => {
      if (typeof navigator === 'undefined' || !navigator.geolocation) return 'unsupported';
      return globalThis.isSecureContext === false ? 'insecure' : null;
    },
    read: () =>
      new Promise<DevicePosition>((resolve, reject) =>
        navigator.geolocation.getCurrentPosition(
          ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy }),
          reject,
          { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: MAXIMUM_AGE_MS },
        ),
      ),
  };
}
