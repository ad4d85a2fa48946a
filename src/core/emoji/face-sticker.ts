/**
 * "Big face" stickers, sent as a TIMFaceElem `{ index, data }`. The SDK leaves both fields to
 * the app; here `data` names the sticker (e.g. 'tim-face/party') and `index` is its place.
 */
import type { EmojiNames } from './emoji-set.js';
import { safeEmojiUrl } from './safe-emoji-url.js';

export interface FaceSticker {
  readonly index: number;
  readonly data: string;
  readonly names: EmojiNames;
  readonly glyph?: string;
  /** Always an allowed, absolute URL. */
  readonly url?: string;
}

/**
 * The sticker a received face element stands for. A non-empty `data` must match exactly (a
 * face from another app's pack, such as TUIKit's 'yz00', is not ours even if its index is);
 * an empty `data` falls back to the index.
 */
export function findFaceSticker(
  face: { readonly index: number; readonly data: string },
  stickers: readonly FaceSticker[],
): FaceSticker | undefined {
  if (typeof face.data === 'string' && face.data !== '') return stickers.find((s) => s.data === face.data);
  return stickers.find((s) => s.index === face.index);
}

/**
 * Checks an app's sticker list: drops stickers without a data key, with an unsafe URL, or
 * with neither glyph nor URL, and says which (by position) in `dropped`.
 */
export function createFaceStickers(
  input: readonly FaceSticker[],
  options: { readonly baseUrl?: string } = {},
): { readonly stickers: readonly FaceSticker[]; readonly dropped: readonly number[] } {
  const stickers: FaceSticker[] = [];
  const dropped: number[] = [];
  const list: unknown = input;
  (Array.isArray(list) ? (list as unknown[]) : []).forEach((raw, position) => {
    const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const url = s.url === undefined ? undefined : safeEmojiUrl(s.url, options.baseUrl);
    const glyph = typeof s.glyph === 'string' && s.glyph !== '' ? s.glyph : undefined;
    const names = (typeof s.names === 'object' && s.names !== null ? s.names : {}) as Record<string, unknown>;
    const ok =
      typeof s.data === 'string' &&
      s.data !== '' &&
      Number.isInteger(s.index) &&
      (s.url === undefined || url !== undefined) &&
      (glyph !== undefined || url !== undefined);
    if (!ok) {
      dropped.push(position);
      return;
    }
    const en = typeof names.en === 'string' && names.en !== '' ? names.en : (s.data as string);
    const zh = typeof names['zh-CN'] === 'string' && names['zh-CN'] !== '' ? names['zh-CN'] : en;
    stickers.push(
      Object.freeze({
        index: s.index as number,
        data: s.data as string,
        names: Object.freeze({ en, 'zh-CN': zh }),
        ...(glyph !== undefined ? { glyph } : {}),
        ...(url !== undefined ? { url } : {}),
      }),
    );
  });
  return Object.freeze({ stickers: Object.freeze(stickers), dropped: Object.freeze(dropped) });
}
