import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import type { VideoElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';
import { safeUrl } from '../../../core/model/index.js';
import { formatDuration } from '../../../core/i18n/index.js';
import { TimElement } from '../../base/tim-element.js';
import { icon } from '../../icons/icons.js';
import { thumbnailBox } from '../image/image-box.js';
import { messageVideoStrings } from './strings.js';
import { timMessageVideoStyles } from './tim-message-video.styles.js';

/**
 * @summary A video message: the poster at the video's aspect ratio with its duration and a play
 * button; activating it plays the video inline with the browser's controls. A missing or
 * unsafe URL shows a placeholder instead.
 *
 * @csspart poster - The poster button.
 * @csspart duration - The duration badge.
 * @csspart video - The `<video>` once playing.
 * @csspart placeholder - Shown when the video cannot be played.
 *
 * @cssprop --tim-message-video-radius - Corner radius (default `--tim-radius-m`).
 */
export class TimMessageVideo extends TimElement {
  static override styles = timMessageVideoStyles;

  @property({ attribute: false }) message?: Message;
  @property({ type: Number, attribute: 'element-index' }) elementIndex = 0;

  @state() private playing = false;
  @state() private posterFailed = false;
  @state() private videoFailed = false;

  private get elem(): VideoElem | undefined {
    const elem = this.message?.elements[this.elementIndex];
    return elem?.type === 'TIMVideoFileElem' ? elem : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('message')) {
      const before = changed.get('message')?.elements[this.elementIndex];
      if (!before || before.type !== 'TIMVideoFileElem' || before.videoUrl !== this.elem?.videoUrl) {
        this.videoFailed = false;
        this.posterFailed = false;
      }
    }
  }

  override render() {
    const t = this.strings(messageVideoStrings);
    const elem = this.elem;
    const box = thumbnailBox(elem?.thumbWidth ?? 0, elem?.thumbHeight ?? 0);
    const size = inlineStyle({ 'inline-size': `${box.width}px`, 'block-size': `${box.height}px` });
    const videoUrl = safeUrl(elem?.videoUrl);
    const poster = this.posterFailed ? '' : safeUrl(elem?.thumbUrl);
    if (!videoUrl || this.videoFailed) {
      return html`<div part="placeholder" class="placeholder" style=${size} role="img" aria-label=${t.unavailable}>
        ${icon('fileVideo')}<span>${t.unavailable}</span>
      </div>`;
    }
    const duration = formatDuration(elem?.videoSecond ?? 0);
    if (this.playing) {
      return html`<div class="frame" style=${size}>
        <video part="video" src=${videoUrl} poster=${poster || nothing} controls autoplay playsinline preload="metadata"
          aria-label=${t.video} @error=${() => (this.videoFailed = true)}></video>
      </div>`;
    }
    return html`<button part="poster" class="frame" type="button" style=${size} aria-label=${t.play(duration)}
        @click=${this.startPlaying}>
      ${
        poster
          ? html`<img src=${poster} alt="" width=${box.width} height=${box.height} loading="lazy" decoding="async"
        @error=${() => (this.posterFailed = true)} />`
          : nothing
      }
      <span class="play" aria-hidden="true">${icon('play', 24)}</span>
      <span part="duration" class="duration" aria-hidden="true">${duration}</span>
    </button>`;
  }

  private async startPlaying(): Promise<void> {
    this.playing = true;
    await this.updateComplete;
    // The poster button is gone: keep keyboard focus on the video that replaced it.
    this.renderRoot.querySelector('video')?.focus();
  }
}
