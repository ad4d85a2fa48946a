import { defineLocale } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

export default defineLocale<LocaleStrings>({});
