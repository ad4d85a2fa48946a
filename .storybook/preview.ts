/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { installTheme } from '../src/themes/theme-css.js';

installTheme(document);

// The manifest (`npm run analyze`, run before Storybook starts or builds) feeds the controls and
// the docs pages. Globbed rather than imported, so a checkout without it still type-checks.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run "npm run analyze" for the docs pages and controls.');

const preview: Preview = {
  // A docs page for every element (stories/*.stories.ts): its API from the manifest, and its stories.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', items: ['en', 'zh-CN'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      root.classList.toggle('tim-theme-dark', context.globals.theme === 'dark');
      root.classList.toggle('tim-theme-light', context.globals.theme !== 'dark');
      root.lang = context.globals.locale ?? 'en';
      document.body.style.background = 'var(--tim-color-bg)';
      document.body.style.color = 'var(--tim-color-text)';
      return story();
    },
  ],
  parameters: { layout: 'padded' },
};
export default preview;
