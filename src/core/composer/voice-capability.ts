/**
 * What the platform can do for voice messages, decided from plain facts so it is testable in Node:
 * which audio format to record in, whether recording can work at all, and what a failed start
 * means (the browser's error names).
 */

/**
 * Audio formats to record in, best first: Opus in WebM (Chromium, Firefox) or Ogg (Firefox), then
 * AAC in MP4 (Safari), then whatever the container alone promises.
 */
const VOICE_MIME_PREFERENCES: readonly string[] = [
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/webm',
  'audio/ogg',
  'audio/aac',
  'audio/mpeg',
];

/**
 * The first preferred format the recorder says it supports; '' lets the browser pick its default
 * (when it cannot be asked, or supports none of these but still records).
 */
export function pickVoiceMimeType(isTypeSupported: ((type: string) => boolean) | undefined): string {
  if (typeof isTypeSupported !== 'function') return '';
  for (const type of VOICE_MIME_PREFERENCES) {
    try {
      if (isTypeSupported(type)) return type;
    } catch {
      // A recorder that throws for a type does not support it.
    }
  }
  return '';
}

/** Why recording cannot start, or why it stopped. */
export type VoiceFailure =
  /** The page is not a secure context (http:// other than localhost): browsers give no microphone there. */
  | 'insecure'
  /** No MediaRecorder or no getUserMedia in this browser. */
  | 'unsupported'
  /** The user or a policy refused the microphone. */
  | 'denied'
  /** No microphone is connected. */
  | 'no-microphone'
  /** The microphone is in use by another app or could not be opened. */
  | 'busy'
  /** Anything else (the recorder stopped with an error, nothing was recorded). */
  | 'failed';

/** Thrown by a recorder that knows why it cannot start (an insecure page, no MediaRecorder). */
export class VoiceUnavailableError extends Error {
  constructor(readonly failure: VoiceFailure) {
    super(`Voice recording is not available: ${failure}.`);
    this.name = 'VoiceUnavailableError';
  }
}

/** A failed `getUserMedia` or recorder start → the failure to tell the user, by the DOMException's name. */
export function voiceFailureOf(error: unknown): VoiceFailure {
  if (error instanceof VoiceUnavailableError) return error.failure;
  const raw = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const name = typeof raw === 'string' ? raw : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-microphone';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
