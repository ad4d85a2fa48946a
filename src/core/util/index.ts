// What the elements use from core/util (they import the core only through entries: eslint.config.js).
export { initialsOf, paletteIndexFor } from './color-from-id.js';
export { withoutBidiControls } from './bidi.js';
export { ownValue } from './own-value.js';
export { systemTimers, type Timers } from './timers.js';
