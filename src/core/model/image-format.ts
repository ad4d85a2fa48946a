/**
 * Image format codes shared by the Web SDK (`imageFormat`) and the desktop SDK
 * (`image_elem_format`); the model keeps the name ('JPG', 'PNG', …) as a string.
 */
export const IMAGE_FORMAT_CODES = { JPG: 1, GIF: 2, PNG: 3, BMP: 4, UNKNOWN: 255 } as const;

const NAMES_BY_CODE = new Map<number, string>(Object.entries(IMAGE_FORMAT_CODES).map(([name, code]) => [code, name]));

/** 'JPG' for 1 … 'UNKNOWN' for 255 and for any code not in the table. */
export function imageFormatName(code: number): string {
  return NAMES_BY_CODE.get(code) ?? 'UNKNOWN';
}

/** 1 for 'JPG' (and 'JPEG', any case) … 255 for anything else. */
export function imageFormatCode(name: string): number {
  const upper = name.trim().toUpperCase();
  if (upper === 'JPEG') return IMAGE_FORMAT_CODES.JPG;
  return (IMAGE_FORMAT_CODES as Record<string, number>)[upper] ?? IMAGE_FORMAT_CODES.UNKNOWN;
}
