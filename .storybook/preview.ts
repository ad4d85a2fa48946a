import type { Preview } from '@storybook/web-components-vite';
import { installTheme } from '../src/themes/theme-css.js';

installTheme(document);

const preview: Preview = {
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
