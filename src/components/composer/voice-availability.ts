import { voiceUnavailable } from '../../core/composer/index.js';

/** Whether this page can record voice at all (a secure page with a microphone API and MediaRecorder): the microphone shows only then. */
export function pageCanRecord(): boolean {
  const page = globalThis as typeof globalThis & { isSecureContext?: boolean };
  return !voiceUnavailable({
    secureContext: page.isSecureContext === true,
    getUserMedia: typeof page.navigator?.mediaDevices?.getUserMedia === 'function',
    mediaRecorder: typeof page.MediaRecorder === 'function',
  });
}
