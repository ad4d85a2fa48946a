import { pickVoiceMimeType, VoiceUnavailableError, type VoiceRecorder } from '../../../core/composer/index.js';

/** What the recorder takes from the page; each can be replaced (tests, an app's own capture). */
export interface BrowserRecorderPlatform {
  readonly isSecureContext?: boolean;
  /** `navigator.mediaDevices.getUserMedia` unless given; null: there is none. */
  readonly getUserMedia?: ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | null;
  /** `MediaRecorder` unless given; null: there is none. */
  readonly MediaRecorder?: typeof MediaRecorder | null;
  /** `AudioContext` for the level meter unless given; null: no meter. */
  readonly AudioContext?: typeof AudioContext | null;
}

/**
 * The browser's voice recorder: the microphone through `getUserMedia`, `MediaRecorder` in the
 * first format of the kit's preference list it supports (`pickVoiceMimeType`), and a Web Audio
 * `AnalyserNode` on the same stream for the level meter. Stopping or discarding releases the
 * microphone (its light goes off) and closes the audio context.
 */
export class BrowserVoiceRecorder implements VoiceRecorder {
  private stream: MediaStream | null = null;
  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private audio: AudioContext | null = null;
  private analyser: AnalyserNode | null = null;
  private samples: Uint8Array<ArrayBuffer> | null = null;
  private discarded = false;
  /** The format asked for ('' : the browser's default). */
  mimeType = '';

  constructor(private readonly platform: BrowserRecorderPlatform = {}) {}

  async start(): Promise<void> {
    const page = globalThis as typeof globalThis & { isSecureContext?: boolean };
    if (!(this.platform.isSecureContext ?? page.isSecureContext)) throw new VoiceUnavailableError('insecure');
    const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    const getUserMedia =
      this.platform.getUserMedia === undefined ? devices?.getUserMedia?.bind(devices) : (this.platform.getUserMedia ?? undefined);
    const Recorder = this.platform.MediaRecorder === undefined ? globalThis.MediaRecorder : this.platform.MediaRecorder;
    if (!getUserMedia || typeof Recorder !== 'function') throw new VoiceUnavailableError('unsupported');
    const stream = await getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true } });
    if (this.discarded) {
      stopTracks(stream);
      return;
    }
    this.stream = stream;
    try {
      this.mimeType = pickVoiceMimeType(Recorder.isTypeSupported?.bind(Recorder));
      const recorder = new Recorder(stream, this.mimeType ? { mimeType: this.mimeType } : {});
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) this.chunks.push(event.data);
      });
      // Chunks every second: a long take is not held in one piece by the recorder until the end.
      recorder.start(1000);
      this.recorder = recorder;
    } catch (error) {
      this.release();
      throw error;
    }
    this.startMeter(stream);
  }

  stop(): Promise<Blob> {
    const recorder = this.recorder;
    if (!recorder || recorder.state === 'inactive') {
      this.release();
      return Promise.resolve(new Blob([], { type: this.mimeType }));
    }
    return new Promise((resolve, reject) => {
      recorder.addEventListener(
        'stop',
        () => {
          const blob = new Blob(this.chunks, { type: recorder.mimeType || this.mimeType || 'audio/webm' });
          this.release();
          resolve(blob);
        },
        { once: true },
      );
      recorder.addEventListener(
        'error',
        (event) => {
          const error = (event as Event & { error?: unknown }).error;
          this.release();
          reject(error instanceof Error ? error : new Error('The recorder stopped with an error.'));
        },
        { once: true },
      );
      recorder.stop();
    });
  }

  discard(): void {
    this.discarded = true;
    try {
      if (this.recorder && this.recorder.state !== 'inactive') this.recorder.stop();
    } catch {
      // Already stopped.
    }
    this.chunks = [];
    this.release();
  }

  /** The loudness now (root mean square of the waveform), scaled so speech fills most of the meter. */
  level(): number {
    const analyser = this.analyser;
    const samples = this.samples;
    if (!analyser || !samples) return 0;
    analyser.getByteTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) {
      const centred = (sample - 128) / 128;
      sum += centred * centred;
    }
    return Math.min(1, Math.sqrt(sum / samples.length) * 4);
  }

  private startMeter(stream: MediaStream): void {
    const Context = this.platform.AudioContext === undefined ? globalThis.AudioContext : this.platform.AudioContext;
    if (typeof Context !== 'function') return;
    try {
      const audio = new Context();
      const analyser = audio.createAnalyser();
      analyser.fftSize = 512;
      audio.createMediaStreamSource(stream).connect(analyser);
      // Started from a click or a touch, so the page may run audio; resume in case it started suspended.
      void audio.resume?.().catch(() => {});
      this.audio = audio;
      this.analyser = analyser;
      this.samples = new Uint8Array(analyser.fftSize);
    } catch {
      // No meter; the recording itself goes on.
    }
  }

  private release(): void {
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
    this.recorder = null;
    void this.audio?.close().catch(() => {});
    this.audio = null;
    this.analyser = null;
    this.samples = null;
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
