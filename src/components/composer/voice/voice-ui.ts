import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  VoiceRecording,
  voiceBusy,
  type VoiceFailure,
  type VoiceRecorder,
  type VoiceRecordingState,
  type VoiceTake,
} from '../../../core/composer/index.js';
import { formatDuration } from '../../../core/i18n/index.js';
import type { Locale } from '../../base/locale.js';
import { stringsFor } from '../../base/strings.js';
import { icon } from '../../icons/icons.js';
import { BrowserVoiceRecorder } from './browser-recorder.js';
import { voiceRecorderStrings, type VoiceRecorderStrings } from './strings.js';
import { voiceStyles } from './voice.styles.js';

/** What the recorder needs from `<tim-composer>`. */
export interface VoiceHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly conversationId?: string;
}

export interface VoiceUiOptions {
  readonly locale: () => Locale;
  /** The app's recorder for a take, or undefined for the browser's. */
  readonly recorder: () => VoiceRecorder | undefined;
  /** Send a finished take through the composer (its cancelable `tim-message-send`, then the store). */
  readonly send: (take: VoiceTake) => Promise<void>;
  /** The microphone button in the toolbar. */
  readonly button: () => HTMLElement | null | undefined;
}

/** Bars in the level meter: the most recent levels, newest on the inline end. */
const BARS = 28;
/** A new bar this often (ms) while the level is sampled every frame. */
const BAR_MS = 70;
/** Sliding the finger this far up (px), or this far sideways, arms "release to cancel". */
const SLIDE_UP_PX = 64;
const SLIDE_SIDE_PX = 140;

/** A long press must not open the context menu while holding to talk (Android). */
const preventDefault = (event: Event) => event.preventDefault();

const FAILURE_KEYS: Readonly<Record<VoiceFailure, keyof VoiceRecorderStrings>> = {
  insecure: 'insecure',
  unsupported: 'unsupported',
  denied: 'denied',
  'no-microphone': 'noMicrophone',
  busy: 'busy',
  failed: 'failed',
};

/**
 * The composer's voice recorder (loaded on the first press of the microphone): renders the
 * `VoiceRecording` state machine as a panel in place of the input row (a blinking dot, the timer,
 * a level meter, the hint or the last-seconds warning, Cancel and Send), turns touch presses into
 * hold-to-talk (release sends; sliding up or away arms "release to cancel"), clicks into
 * start / stop, and Esc into cancel; a failure or a too-short take leaves a dismissible line.
 */
export class VoiceUi implements ReactiveController {
  readonly recording: VoiceRecording;
  private recorder: VoiceRecorder | null = null;
  private conversation: string | undefined;
  private press: { readonly id: number; readonly x: number; readonly y: number; readonly target: HTMLElement } | null = null;
  private frame = 0;
  private levels: number[] = [];
  private lastBar = 0;
  private listening = false;

  constructor(
    private readonly host: VoiceHost,
    private readonly options: VoiceUiOptions,
  ) {
    this.recording = new VoiceRecording({
      recorder: () => (this.recorder = options.recorder() ?? new BrowserVoiceRecorder()),
      send: options.send,
    });
    this.recording.subscribe((state) => this.changed(state));
    this.conversation = host.conversationId;
    const root = host.renderRoot;
    const sheet = voiceStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    host.addController(this);
  }

  /** A take is under way: the panel shows instead of the input row. */
  get busy(): boolean {
    return voiceBusy(this.recording.phase);
  }

  /** Recording (or asking for the microphone): the microphone button shows pressed. */
  get on(): boolean {
    const phase = this.recording.phase;
    return phase === 'recording' || phase === 'requesting';
  }

  hostUpdate(): void {
    if (this.host.conversationId === this.conversation) return;
    // Another conversation: a take under way belongs to the one it started in, so it goes.
    this.conversation = this.host.conversationId;
    this.recording.dispose();
    this.recording.dismiss();
  }

  hostDisconnected(): void {
    this.recording.dispose();
    this.endPress();
    this.listen(false);
    this.stopMeter();
  }

  /** A click or Enter/Space on the microphone: start; again (or Send): stop and send. */
  toggle(): void {
    const phase = this.recording.phase;
    if (phase === 'recording') void this.recording.finish();
    else if (!this.busy) void this.recording.start('toggle');
  }

  /**
   * A finger pressed the microphone (which captured the pointer): hold to talk. When the finger
   * already lifted while this module loaded, the capture is gone: the take ends as too short.
   */
  hold(event: PointerEvent, target: HTMLElement): void {
    if (this.busy) return;
    const held = target.hasPointerCapture(event.pointerId);
    void this.recording.start('hold');
    if (!held) {
      this.recording.release();
      return;
    }
    this.press = { id: event.pointerId, x: event.clientX, y: event.clientY, target };
    target.addEventListener('pointermove', this.onPointerMove);
    target.addEventListener('pointerup', this.onPointerUp);
    target.addEventListener('pointercancel', this.onPointerCancel);
    target.addEventListener('contextmenu', preventDefault);
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.id) return;
    const up = press.y - event.clientY;
    const side = Math.abs(event.clientX - press.x);
    this.recording.armCancel(up > SLIDE_UP_PX || side > SLIDE_SIDE_PX);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.press || event.pointerId !== this.press.id) return;
    this.endPress();
    this.recording.release();
  };

  private readonly onPointerCancel = (event: PointerEvent): void => {
    if (!this.press || event.pointerId !== this.press.id) return;
    this.endPress();
    this.recording.cancel();
  };

  private endPress(): void {
    const target = this.press?.target;
    this.press = null;
    target?.removeEventListener('pointermove', this.onPointerMove);
    target?.removeEventListener('pointerup', this.onPointerUp);
    target?.removeEventListener('pointercancel', this.onPointerCancel);
    target?.removeEventListener('contextmenu', preventDefault);
  }

  /** Esc anywhere cancels a take under way (before the composer's own Esc: reply, edit). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.isComposing || !this.busy) return;
    event.preventDefault();
    event.stopPropagation();
    this.recording.cancel();
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('keydown', this.onKeyDown, true);
    else document.removeEventListener('keydown', this.onKeyDown, true);
  }

  private changed(state: VoiceRecordingState): void {
    const panelHadFocus = this.panel()?.contains(this.focused()) ?? false;
    this.listen(voiceBusy(state.phase));
    if (state.phase === 'recording') this.startMeter();
    else this.stopMeter();
    if (state.phase !== 'recording' && state.phase !== 'requesting') this.endPress();
    this.host.requestUpdate();
    // The panel is going: focus goes back to the microphone rather than to the page.
    if (panelHadFocus && !voiceBusy(state.phase)) void this.afterRender().then(() => this.options.button()?.focus());
  }

  private async afterRender(): Promise<void> {
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }

  private focused(): Element | null {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? root.activeElement : null;
  }

  private panel(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="voice-panel"]');
  }

  // ───────────────────────────── level meter ─────────────────────────────

  private startMeter(): void {
    if (this.frame || typeof requestAnimationFrame !== 'function') return;
    this.levels = [];
    this.lastBar = 0;
    const step = (time: number) => {
      this.frame = requestAnimationFrame(step);
      this.drawMeter(time);
    };
    this.frame = requestAnimationFrame(step);
  }

  private stopMeter(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Straight to the bars' transforms (CSSOM, allowed by a strict CSP): no re-render per frame. */
  private drawMeter(time: number): void {
    const level = Math.max(0, Math.min(1, this.recorder?.level?.() ?? 0));
    if (time - this.lastBar >= BAR_MS || this.levels.length === 0) {
      this.lastBar = time;
      this.levels.push(level);
      if (this.levels.length > BARS) this.levels.shift();
    } else {
      this.levels[this.levels.length - 1] = Math.max(this.levels[this.levels.length - 1]!, level);
    }
    const meter = this.host.renderRoot.querySelector<HTMLElement>('[part~="voice-meter"]');
    if (!meter) return;
    meter.dataset.level = level.toFixed(2);
    const bars = meter.children;
    const offset = BARS - this.levels.length;
    for (let i = 0; i < bars.length; i++) {
      const value = i < offset ? 0 : this.levels[i - offset]!;
      (bars[i] as HTMLElement).style.transform = `scaleY(${(0.08 + value * 0.92).toFixed(3)})`;
    }
  }

  // ───────────────────────────── rendering ─────────────────────────────

  /** The notice line (a failure, a too-short take) and, while a take is under way, the panel. */
  render(): TemplateResult | typeof nothing {
    const t = stringsFor(voiceRecorderStrings, this.options.locale());
    const state = this.recording.state.get();
    const message =
      state.phase === 'failed'
        ? t[FAILURE_KEYS[state.failure ?? 'failed']]
        : state.phase === 'cancelled' && state.cancelReason === 'too-short'
          ? t.tooShort
          : '';
    if (message) {
      return html`<div class="notice error" part="notice voice-notice" role="alert">
        ${icon('alertOutline', 16)}<span>${message as string}</span>
        <button class="icon-button" type="button" aria-label=${t.dismiss} title=${t.dismiss}
          @click=${() => this.recording.dismiss()}>${icon('close', 14)}</button>
      </div>`;
    }
    if (!voiceBusy(state.phase)) return nothing;
    return html`<div class="voice ${state.cancelArmed ? 'armed' : ''}" part="voice-panel" role="group" aria-label=${t.panel}
      data-phase=${state.phase} data-mode=${state.mode}>
      ${this.body(t, state)}
    </div>`;
  }

  private body(t: VoiceRecorderStrings, state: VoiceRecordingState): TemplateResult {
    if (state.phase === 'requesting') {
      return html`<span class="status" role="status">${t.requesting}</span>${this.cancelButton(t)}`;
    }
    if (state.phase !== 'recording') return html`<span class="status" role="status">${t.sending}</span>`;
    const time = formatDuration(Math.floor(state.elapsedMs / 1000));
    const seconds = state.remainingMs === null ? null : Math.ceil(state.remainingMs / 1000);
    const hint =
      state.mode === 'hold'
        ? state.cancelArmed
          ? t.releaseToCancel
          : t.slideToCancel
        : seconds === null
          ? t.escToCancel
          : t.endsIn(seconds);
    return html`${state.mode === 'toggle' ? this.cancelButton(t) : nothing}
      <span class="dot" aria-hidden="true"></span>
      <span class="timer" part="voice-timer" role="timer" aria-label=${t.recorded(time)}>${time}</span>
      <span class="meter" part="voice-meter" aria-hidden="true">${Array.from({ length: BARS }, () => html`<span></span>`)}</span>
      <span class="hint ${seconds !== null && !state.cancelArmed ? 'warning' : ''}" part="voice-hint" aria-live=${state.mode === 'hold' ? 'assertive' : 'off'}
        >${state.mode === 'hold' && seconds !== null && !state.cancelArmed ? t.endsIn(seconds) : hint}</span>
      <span class="visually-hidden" role="status">${seconds !== null ? t.endsSoon : ''}</span>
      ${
        state.mode === 'toggle'
          ? html`<button class="send" part="voice-send" type="button" aria-label=${t.send} title=${t.send}
              @click=${() => void this.recording.finish()}>${icon('send', 16)}</button>`
          : nothing
      }`;
  }

  private cancelButton(t: VoiceRecorderStrings): TemplateResult {
    return html`<button class="cancel" part="voice-cancel" type="button" aria-label=${t.cancel} title=${t.cancel}
      @click=${() => this.recording.cancel()}>${icon('trash', 18)}</button>`;
  }
}
