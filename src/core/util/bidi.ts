/**
 * Directional formatting characters (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM)
 * let a name reorder what follows it: "invoice\u202Efdp.exe" shows as "invoiceexe.pdf". Names are
 * shown without them; letters of right-to-left scripts keep their natural direction.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return typeof text === 'string' ? text.replace(BIDI_CONTROLS, '') : '';
}
