import { withoutBidiControls } from '../../../core/util/index.js';
import { html, nothing } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import type { FileElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';
import { safeUrl } from '../../../core/model/index.js';
import type { ChatStoreApi } from '../../../core/store/index.js';
import { formatBytes } from '../../../core/i18n/index.js';
import { TimElement } from '../../base/tim-element.js';
import { icon } from '../../icons/icons.js';
import { FILE_KIND_ICONS, fileExtension, fileKind } from './file-kind.js';
import { messageFileStrings } from './strings.js';
import { timMessageFileStyles } from './tim-message-file.styles.js';

type DownloadState = { phase: 'idle' } | { phase: 'downloading'; fraction: number } | { phase: 'done' } | { phase: 'failed' };

/** The name as a base that may be cut with "…" and its extension, kept whole. */
function renderFileName(name: string, ext: string) {
  if (!ext || ext.length > 12 || !name.toLowerCase().endsWith(`.${ext}`)) return html`<span class="base">${name}</span>`;
  return html`<span class="base">${name.slice(0, name.length - ext.length - 1)}</span><span class="extension">.${name.slice(-ext.length)}</span>`;
}

/**
 * @summary A file message: an icon for the file's type, its name and size, and a download
 * button. The download goes through the store (`downloadElement`) with a progress bar, then
 * saves the file through an object URL; without a store, a safe URL is offered as a link.
 *
 * @csspart icon - The file-type icon.
 * @csspart name - The file name.
 * @csspart size - The size line.
 * @csspart download - The download button.
 * @csspart progress - The download progress bar.
 *
 * @cssprop --tim-message-file-icon-color - Colour of the file-type icon (default `--tim-color-primary`).
 */
export class TimMessageFile extends TimElement {
  static override styles = timMessageFileStyles;

  @property({ attribute: false }) message?: Message;
  @property({ type: Number, attribute: 'element-index' }) elementIndex = 0;
  /** The store that downloads the file (with progress). */
  @property({ attribute: false }) store?: ChatStoreApi;

  @state() private download: DownloadState = { phase: 'idle' };

  private get elem(): FileElem | undefined {
    const elem = this.message?.elements[this.elementIndex];
    return elem?.type === 'TIMFileElem' ? elem : undefined;
  }

  override render() {
    const t = this.strings(messageFileStrings);
    const elem = this.elem;
    // Without directional controls, so "invoice\u202Efdp.exe" shows as what it is: an .exe.
    const name = (typeof elem?.fileName === 'string' && withoutBidiControls(elem.fileName).trim()) || t.untitled;
    const kind = fileKind(name);
    const ext = fileExtension(name);
    const url = safeUrl(elem?.fileUrl);
    const canDownload = !!elem && (!!this.store || !!url) && this.message?.status !== 'unSend';
    const d = this.download;
    const percent = d.phase === 'downloading' ? Math.round(d.fraction * 100) : 0;
    return html`<div class="file">
      <span part="icon" class="icon-box" aria-hidden="true">${icon(FILE_KIND_ICONS[kind])}${ext && kind === 'other' ? html`<span class="ext">${ext.slice(0, 4)}</span>` : nothing}</span>
      <span>
        <div part="name" class="name" title=${name} dir="auto">${renderFileName(name, ext)}</div>
        <div part="size" class="size">${formatBytes(elem?.fileSize ?? 0, this.resolvedLocale)}${d.phase === 'downloading' ? ` · ${percent}%` : d.phase === 'done' ? ` · ${t.downloaded}` : ''}</div>
      </span>
      ${
        !canDownload
          ? html`<button part="download" type="button" disabled aria-label=${t.unavailable}>${icon('download', 20)}</button>`
          : this.store
            ? // aria-disabled, not disabled, while downloading: a disabled button drops the keyboard focus to <body>.
              html`<button part="download" type="button" aria-label=${d.phase === 'downloading' ? t.downloading(percent) : t.download(name)}
              aria-disabled=${d.phase === 'downloading' ? 'true' : 'false'} @click=${this.startDownload}>${icon('download', 20)}</button>`
            : html`<a part="download" class="download" href=${url} download=${name} target="_blank" rel="noopener noreferrer"
              aria-label=${t.download(name)}>${icon('download', 20)}</a>`
      }
      ${
        d.phase === 'downloading'
          ? html`<div part="progress" class="bar" role="progressbar" aria-label=${t.downloading(percent)} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}>
            <div style=${inlineStyle({ 'inline-size': `${percent}%` })}></div></div>`
          : nothing
      }
      ${d.phase === 'failed' ? html`<div class="note" role="alert">${t.failed}</div>` : nothing}
    </div>`;
  }

  private async startDownload(): Promise<void> {
    const message = this.message;
    const store = this.store;
    const elem = this.elem;
    if (!message || !store || !elem || this.download.phase === 'downloading') return;
    this.download = { phase: 'downloading', fraction: 0 };
    try {
      const blob = await store.downloadElement(message, this.elementIndex, (loaded, total) => {
        if (total > 0) this.download = { phase: 'downloading', fraction: Math.min(1, loaded / total) };
      });
      saveBlob(blob, withoutBidiControls(elem.fileName ?? '').trim() || 'download');
      this.download = { phase: 'done' };
    } catch {
      this.download = { phase: 'failed' };
    }
  }
}

/** Hands a downloaded file to the browser's save flow. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
