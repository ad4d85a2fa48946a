/**
 * Recording a voice message, as a state machine on injected timers (no DOM): the element renders
 * its state and drives the browser through a `VoiceRecorder` adapter.
 *
 *   idle → requesting (asking for the microphone) → recording (the timer ticks) → stopping → sending → idle
 *                    ↘ failed (denied, no microphone…)       ↘ cancelled (by the user, too short, left)
 *
 * Touch holds to talk (`hold`: release sends, sliding away arms cancel, release then cancels); a
 * mouse or keyboard clicks to start and again to send (`toggle`). Either way the take stops and is
 * sent at the limit (60 s, TIM's), with a warning in its last seconds; a take shorter than the
 * minimum (1 s) is thrown away and says so. `cancelled` and `failed` rest until the next start or
 * `dismiss()`, so the view can say why.
 */
import { StateStore, type Unsubscribe } from '../store/state-store.js';
import { systemTimers, type Timers } from '../util/timers.js';
import { voiceFailureOf, type VoiceFailure } from './voice-capability.js';

/** The longest voice message: recording stops and sends at this length (TIM's 60 s). */
export const VOICE_LIMIT_MS = 60_000;
/** Shorter takes are thrown away ("too short"), as a slip of the finger. */
export const VOICE_MIN_MS = 1_000;
/** The last stretch before the limit in which the view warns that recording is about to stop. */
export const VOICE_WARNING_MS = 10_000;
/** How often the timer updates while recording. */
const VOICE_TICK_MS = 200;

export type VoicePhase = 'idle' | 'requesting' | 'recording' | 'stopping' | 'sending' | 'cancelled' | 'failed';
/** `hold`: touch, release sends; `toggle`: click to start, click (or Send) to stop and send. */
export type VoiceMode = 'hold' | 'toggle';
/** Why a take was thrown away: the user cancelled, it was too short, or the composer left the conversation. */
export type VoiceCancelReason = 'user' | 'too-short' | 'left';

export interface VoiceRecordingState {
  readonly phase: VoicePhase;
  readonly mode: VoiceMode;
  /** Milliseconds recorded so far (updated on each tick). */
  readonly elapsedMs: number;
  /** Milliseconds left before the limit, within the warning stretch; null before it. */
  readonly remainingMs: number | null;
  /** Hold mode: the finger slid away, so releasing cancels ("release to cancel"). */
  readonly cancelArmed: boolean;
  /** Why the last take was thrown away (phase `cancelled`). */
  readonly cancelReason: VoiceCancelReason | null;
  /** Why recording failed (phase `failed`). */
  readonly failure: VoiceFailure | null;
  /** The last take was stopped by the limit (and sent). */
  readonly reachedLimit: boolean;
}

/** A finished take, ready to send as a sound message. */
export interface VoiceTake {
  readonly blob: Blob;
  /** Whole seconds, as a sound element carries them (at least 1). */
  readonly seconds: number;
  readonly durationMs: number;
}

/** The browser side, injected: asks for the microphone, records, gives the audio. */
export interface VoiceRecorder {
  /** Ask for the microphone and start recording; rejects with the platform's error (its `name` decides the failure). */
  start(): Promise<void>;
  /** Stop and give what was recorded. */
  stop(): Promise<Blob>;
  /** Stop and throw away what was recorded; releases the microphone. Safe to call at any time, more than once. */
  discard(): void;
  /** The input level now, 0 (silence) to 1, for a meter. */
  level?(): number;
}

export interface VoiceRecordingOptions {
  /** A recorder for each take. */
  readonly recorder: () => VoiceRecorder;
  /** Send a finished take (the composer's send path); the phase is `sending` until it settles. */
  readonly send: (take: VoiceTake) => Promise<void> | void;
  readonly timers?: Timers;
  readonly limitMs?: number;
  readonly minMs?: number;
  readonly warningMs?: number;
  readonly tickMs?: number;
}

const INITIAL: VoiceRecordingState = {
  phase: 'idle',
  mode: 'toggle',
  elapsedMs: 0,
  remainingMs: null,
  cancelArmed: false,
  cancelReason: null,
  failure: null,
  reachedLimit: false,
};

/** Phases in which a take is under way (the view shows the recording panel). */
export function voiceBusy(phase: VoicePhase): boolean {
  return phase === 'requesting' || phase === 'recording' || phase === 'stopping' || phase === 'sending';
}

export class VoiceRecording {
  readonly state = new StateStore<VoiceRecordingState>(INITIAL);
  private readonly timers: Timers;
  private readonly limitMs: number;
  private readonly minMs: number;
  private readonly warningMs: number;
  private readonly tickMs: number;
  private recorder: VoiceRecorder | null = null;
  /** Bumped by every start and every end, so a late answer from an old take is ignored. */
  private take = 0;
  private startedAt = 0;
  private tickTimer: unknown = null;
  private limitTimer: unknown = null;
  /** Released (or cancelled) while the microphone was still being asked for. */
  private endedEarly: VoiceCancelReason | null = null;

  constructor(private readonly options: VoiceRecordingOptions) {
    this.timers = options.timers ?? systemTimers;
    this.limitMs = options.limitMs ?? VOICE_LIMIT_MS;
    this.minMs = options.minMs ?? VOICE_MIN_MS;
    this.warningMs = options.warningMs ?? VOICE_WARNING_MS;
    this.tickMs = Math.max(10, options.tickMs ?? VOICE_TICK_MS);
  }

  subscribe(listener: (state: VoiceRecordingState) => void): Unsubscribe {
    return this.state.subscribe((s) => s, listener);
  }

  get phase(): VoicePhase {
    return this.state.get().phase;
  }

  /** Start a take (from idle, or after a cancelled or failed one). Resolves once recording runs or it failed. */
  async start(mode: VoiceMode): Promise<void> {
    if (voiceBusy(this.phase)) return;
    const take = ++this.take;
    this.endedEarly = null;
    this.state.set({ ...INITIAL, phase: 'requesting', mode });
    let recorder: VoiceRecorder;
    try {
      recorder = this.options.recorder();
      this.recorder = recorder;
      await recorder.start();
    } catch (error) {
      if (take !== this.take) return;
      this.recorder = null;
      this.state.set({ phase: 'failed', failure: voiceFailureOf(error) });
      return;
    }
    if (take !== this.take) {
      // Cancelled while the microphone was being asked for.
      recorder.discard();
      return;
    }
    if (this.endedEarly) {
      // Released before recording began: nothing worth sending.
      this.throwAway(this.endedEarly);
      return;
    }
    this.startedAt = this.timers.now();
    this.state.set({ phase: 'recording', elapsedMs: 0 });
    this.scheduleTick();
    this.limitTimer = this.timers.setTimeout(() => void this.finish(true), this.limitMs);
  }

  /** Stop and send (release in hold mode, the second click or Send in toggle mode). Too short: thrown away. */
  async finish(atLimit = false): Promise<void> {
    const phase = this.phase;
    if (phase === 'requesting') {
      this.endedEarly = 'too-short';
      return;
    }
    if (phase !== 'recording' || !this.recorder) return;
    const durationMs = Math.min(this.limitMs, this.timers.now() - this.startedAt);
    this.clearTimers();
    if (durationMs < this.minMs) {
      this.throwAway('too-short');
      return;
    }
    const take = this.take;
    const recorder = this.recorder;
    this.state.set({ phase: 'stopping', elapsedMs: durationMs, cancelArmed: false, reachedLimit: atLimit });
    let blob: Blob;
    try {
      blob = await recorder.stop();
    } catch (error) {
      if (take === this.take) this.fail(voiceFailureOf(error));
      return;
    }
    if (take !== this.take) return;
    this.recorder = null;
    if (!blob || blob.size === 0) {
      this.fail('failed');
      return;
    }
    const seconds = Math.max(1, Math.min(Math.round(this.limitMs / 1000), Math.round(durationMs / 1000)));
    this.state.set({ phase: 'sending' });
    try {
      await this.options.send({ blob, seconds, durationMs });
    } catch {
      if (take === this.take) this.fail('failed');
      return;
    }
    if (take === this.take) this.state.set({ phase: 'idle' });
  }

  /** Throw the take away (Esc, the Cancel button, release while cancel is armed). Too late once it is being sent. */
  cancel(reason: VoiceCancelReason = 'user'): void {
    const phase = this.phase;
    if (phase === 'requesting') {
      // The recorder is discarded when its start answers.
      this.take++;
      this.recorder?.discard();
      this.recorder = null;
      this.state.set({ phase: 'cancelled', cancelReason: reason, cancelArmed: false });
      return;
    }
    if (phase === 'recording') this.throwAway(reason);
  }

  /** Hold mode: the finger slid away (armed: releasing cancels) or came back. */
  armCancel(armed: boolean): void {
    const s = this.state.get();
    if (s.mode === 'hold' && (s.phase === 'recording' || s.phase === 'requesting')) this.state.set({ cancelArmed: armed });
  }

  /** Hold mode: the finger lifted; sends, or cancels when armed. */
  release(): void {
    if (this.state.get().cancelArmed) this.cancel('user');
    else void this.finish();
  }

  /** Forget why the last take was cancelled or failed (the view's message goes). */
  dismiss(): void {
    const phase = this.phase;
    if (phase === 'cancelled' || phase === 'failed') this.state.set({ ...INITIAL, mode: this.state.get().mode });
  }

  /** The composer goes away or leaves the conversation: a take under way is thrown away. */
  dispose(): void {
    this.cancel('left');
  }

  private throwAway(reason: VoiceCancelReason): void {
    this.take++;
    this.clearTimers();
    this.recorder?.discard();
    this.recorder = null;
    this.state.set({ phase: 'cancelled', cancelReason: reason, cancelArmed: false, remainingMs: null });
  }

  private fail(failure: VoiceFailure): void {
    this.take++;
    this.clearTimers();
    this.recorder?.discard();
    this.recorder = null;
    this.state.set({ phase: 'failed', failure, cancelArmed: false });
  }

  /** Ticks fall on whole multiples of the tick from the start, so the timer never drifts. */
  private scheduleTick(): void {
    const since = this.timers.now() - this.startedAt;
    this.tickTimer = this.timers.setTimeout(() => this.tick(), this.tickMs - (since % this.tickMs));
  }

  private tick(): void {
    if (this.phase !== 'recording') return;
    const elapsedMs = Math.min(this.limitMs, this.timers.now() - this.startedAt);
    const left = this.limitMs - elapsedMs;
    this.state.set({ elapsedMs, remainingMs: left <= this.warningMs ? left : null });
    this.scheduleTick();
  }

  private clearTimers(): void {
    this.timers.clearTimeout(this.tickTimer);
    this.timers.clearTimeout(this.limitTimer);
    this.tickTimer = this.limitTimer = null;
  }
}
