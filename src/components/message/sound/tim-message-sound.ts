import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import type { SoundElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';
import { safeUrl } from '../../../core/model/index.js';
import type { ChatStoreApi } from '../../../core/store/index.js';
import { formatDuration } from '../../../core/i18n/index.js';
import { TimElement } from '../../base/tim-element.js';
import { icon } from '../../icons/icons.js';
import { isSoundPlayed, markSoundPlayed } from './played-state.js';
import { messageSoundStrings } from './strings.js';
import { timMessageSoundStyles } from './tim-message-sound.styles.js';

/** Only one voice message plays at a time: starting one pauses the one before. */
let playing: TimMessageSound | undefined;

/**
 * @summary A voice message: play/pause button, duration, progress, and an "unplayed" dot on
 * incoming messages until first played (kept locally, see `played-state.ts`).
 *
 * @csspart button - Play/pause button.
 * @csspart progress - The progress track.
 * @csspart duration - The duration / elapsed time.
 * @csspart unplayed - The dot on an incoming message not yet played.
 *
 * @cssprop --tim-message-sound-accent - Button and progress colour (default `currentColor`).
 */
export class TimMessageSound extends TimElement {
  static override styles = timMessageSoundStyles;

  @property({ attribute: false }) message?: Message;
  @property({ type: Number, attribute: 'element-index' }) elementIndex = 0;
  /** Where the played mark is written; without one it goes to localStorage. */
  @property({ attribute: false }) store?: ChatStoreApi;

  @state() private isPlaying = false;
  /** Seconds played. */
  @state() private position = 0;
  @state() private played = false;
  @state() private failed = false;

  private audio?: HTMLAudioElement;

  private get elem(): SoundElem | undefined {
    const elem = this.message?.elements[this.elementIndex];
    return elem?.type === 'TIMSoundElem' ? elem : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('message') && this.message) {
      this.played = this.played || this.message.flow === 'out' || isSoundPlayed(this.message);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    const t = this.strings(messageSoundStrings);
    const elem = this.elem;
    const url = safeUrl(elem?.url);
    const total = Math.max(0, elem?.second ?? 0) || this.audio?.duration || 0;
    const fraction = total > 0 ? Math.min(1, this.position / total) : 0;
    const shown = this.isPlaying || this.position > 0 ? formatDuration(this.position) : formatDuration(total);
    return html`<div class="sound">
      <button part="button" type="button" ?disabled=${!url}
        aria-label=${!url ? t.unavailable : this.isPlaying ? t.pause : t.play(formatDuration(total))}
        aria-pressed=${this.isPlaying ? 'true' : 'false'} @click=${this.toggle}>
        ${icon(this.isPlaying ? 'pause' : 'play', 16)}
      </button>
      <div part="progress" class="track" role="progressbar" aria-label=${t.position}
        aria-valuemin="0" aria-valuemax=${Math.round(total)} aria-valuenow=${Math.round(this.position)}>
        <div class="fill" style=${inlineStyle({ 'inline-size': `${(fraction * 100).toFixed(2)}%` })}></div>
      </div>
      <span part="duration" class="duration">${shown}</span>
      ${!this.played && url ? html`<span part="unplayed" class="dot" role="img" aria-label=${t.unplayed}></span>` : nothing}
    </div>
    ${this.failed ? html`<div class="error" role="status">${t.playFailed}</div>` : nothing}`;
  }

  private toggle(): void {
    if (this.isPlaying) this.pause();
    else void this.play();
  }

  /** Start or resume playback. */
  async play(): Promise<void> {
    const url = safeUrl(this.elem?.url);
    if (!url) return;
    if (playing && playing !== this) playing.pause();
    playing = this;
    if (!this.audio) {
      const audio = new Audio();
      audio.preload = 'auto';
      audio.src = url;
      audio.addEventListener('timeupdate', () => (this.position = audio.currentTime));
      audio.addEventListener('ended', () => {
        this.isPlaying = false;
        this.position = 0;
      });
      audio.addEventListener('pause', () => (this.isPlaying = false));
      audio.addEventListener('error', () => {
        this.failed = true;
        this.isPlaying = false;
      });
      this.audio = audio;
    }
    this.failed = false;
    this.isPlaying = true;
    if (!this.played && this.message) {
      this.played = true;
      void markSoundPlayed(this.message, this.store);
    }
    try {
      await this.audio.play();
    } catch (error) {
      // A pause() before play() settled is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.failed = true;
      this.isPlaying = false;
    }
  }

  pause(): void {
    this.audio?.pause();
    this.isPlaying = false;
    if (playing === this) playing = undefined;
  }

  private stop(): void {
    this.pause();
    if (this.audio) {
      this.audio.removeAttribute('src');
      this.audio.load();
      this.audio = undefined;
    }
    this.position = 0;
  }
}
