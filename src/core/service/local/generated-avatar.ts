import { initialsOf, paletteIndexFor } from '../../util/color-from-id.js';

/** Background colours of generated avatars; white initials read well on each. */
const AVATAR_COLOURS = ['#5B8FF9', '#5AD8A6', '#F6903D', '#E8684A', '#6DC8EC', '#9270CA', '#FF9D4D', '#269A99'] as const;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An avatar made on the spot, with no network: the initials of `name` on a colour chosen
 * from `seed` (the userID or groupID), as an SVG `data:image/svg+xml` URL.
 */
export function generatedAvatar(name: string, seed: string = name): string {
  const colour = AVATAR_COLOURS[paletteIndexFor(seed, AVATAR_COLOURS.length)]!;
  const initials = escapeXml(initialsOf(name || seed));
  const fontSize = [...initials].length > 1 ? 26 : 32;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="8" fill="${colour}"/>` +
    `<text x="32" y="33" dominant-baseline="middle" text-anchor="middle" fill="#fff" ` +
    `font-family="system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif" ` +
    `font-size="${fontSize}" font-weight="600">${initials}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
