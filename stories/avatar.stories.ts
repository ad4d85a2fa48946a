import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = { title: 'Elements/tim-avatar', component: 'tim-avatar' };
export default meta;

const names = ['Alice Chen', 'Bob Martin', '韩梅梅', '李雷', '周末徒步 Weekend Hikers', 'emma', '张伟', "James O'Connor"];

export const Initials: StoryObj = {
  render: () =>
    html`<div style="display:flex;gap:12px;flex-wrap:wrap">${names.map((n) => html`<tim-avatar name=${n} seed=${n}></tim-avatar>`)}</div>`,
};
export const Sizes: StoryObj = {
  render: () =>
    html`<div style="display:flex;gap:12px;align-items:center">${[24, 32, 40, 56, 80].map(
      (size) => html`<tim-avatar name="Alice Chen" style="--tim-avatar-size:${size}px"></tim-avatar>`,
    )}</div>`,
};
export const UnsafeUrlFallsBack: StoryObj = {
  name: 'Unsafe or broken URL falls back to initials',
  render: () => html`<tim-avatar name="Mallory" src="javascript:alert(1)"></tim-avatar>
    <tim-avatar name="Broken" src="http://127.0.0.1:9/missing.png"></tim-avatar>`,
};
