import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages: every element's API (attributes, properties, events, slots, parts, CSS properties)
  // from custom-elements.json, which `npm run storybook` / `build-storybook` make first.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};
export default config;
