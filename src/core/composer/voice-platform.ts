/**
 * Whether this page can record voice at all, from plain facts (testable in Node). Apart from the
 * recorder's own decisions (voice-capability.ts) because the composer needs it up front, to show
 * or hide its microphone, while the rest loads with the recorder.
 */

/** What the page offers, read by the element (plain facts, so the decision is testable). */
export interface VoicePlatform {
  readonly secureContext: boolean;
  readonly getUserMedia: boolean;
  readonly mediaRecorder: boolean;
}

/** Why recording can never work here (the microphone button is then hidden), or null when it may. */
export function voiceUnavailable(platform: VoicePlatform): 'insecure' | 'unsupported' | null {
  if (!platform.secureContext) return 'insecure';
  if (!platform.getUserMedia || !platform.mediaRecorder) return 'unsupported';
  return null;
}
