import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/chat/define.js';
import type { TimChat } from '../src/components/chat/tim-chat.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Conversations/Group info',
  component: 'tim-group-info',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          "The group's info panel, as TUIKit's group profile page: the chat header's **Group info** button (or a click on the",
          "group's name or picture) opens `<tim-group-info>`, loaded on first use, as a side sheet (the whole screen on a phone). It",
          "shows the group's picture, name, type and ID; its name, announcement, introduction and picture, edited in place where the",
          "reader's role allows (Tencent's rules: any member of a Work group; the owner and admins of Public, Meeting and Community",
          "groups; the owner of a live room) — Enter saves, Escape cancels, and every member sees the group tip; one's own",
          'nickname in the group; "Mute notifications"; the members, virtualized and searchable (pages load as you scroll or',
          'search), the owner and admins first with their roles; and Leave group or Dismiss group (the owner, never a Work group)',
          'behind a confirmation. A member opens `<tim-profile-card>` (name, ID, Send message), as an avatar in the message list',
          'does. Each member has a menu (its "…" button, a right-click, or Shift+F10 on the row) with what the reader\'s role',
          'allows over theirs (`memberActionsOf`): Make admin / Remove admin (the owner, where the type has admins), Mute for 10',
          'minutes … 1 day / Unmute (owner and admins, not in Work groups; a "Muted" badge says until when), Transfer ownership',
          'and Remove from group (both confirmed). The core decides (`groupInfoFeature`, `groupInfoPermissions`,',
          '`memberActions`); the backends need `ServiceFeatures.groupManagement` and `groupMemberManagement`.',
          'Events: `tim-group-info-save`, `tim-group-leave`, `tim-group-member-action` (all cancelable), `tim-conversation-action`',
          'for mute, and `tim-conversation-select` from Send message.',
        ].join(' '),
      },
    },
  },
};
export default meta;

function chat(user: string, theme: 'light' | 'dark', locale = 'en', conversationID = 'GROUPproduct-team') {
  return html`${until(
    storyStore(user).then(
      ({ store }) => html`<div class="tim-theme-${theme}" lang=${locale} style="height: 680px; display: flex">
        <tim-chat .store=${store} locale=${locale} conversation-id=${conversationID} style="flex: 1"></tim-chat>
      </div>`,
    ),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** Press the header's Group info button, as a person would. */
async function openPanel(canvas: HTMLElement): Promise<void> {
  const button = () =>
    canvas.querySelector<TimChat>('tim-chat')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="group-info-button"]');
  for (let i = 0; i < 100 && !button(); i++) await new Promise((r) => setTimeout(r, 50));
  button()?.click();
}

/** Open the first member menu of the panel, as a click on a row's "…" button does. */
async function openMemberMenu(canvas: HTMLElement): Promise<void> {
  await openPanel(canvas);
  const more = () =>
    canvas
      .querySelector<TimChat>('tim-chat')
      ?.shadowRoot?.querySelector('tim-group-info')
      ?.shadowRoot?.querySelector<HTMLElement>('[part~="member-more-button"]');
  for (let i = 0; i < 100 && !more(); i++) await new Promise((r) => setTimeout(r, 50));
  more()?.click();
}

/**
 * The owner of a Work group: every field editable; Leave (a Work group's owner may leave), no Dismiss; a
 * member's menu has Transfer ownership and Remove from group (Work groups have no admins and no muting).
 */
export const Owner: StoryObj = { render: () => chat('alice', 'light'), play: ({ canvasElement }) => openPanel(canvasElement) };
/** The owner's menu over a member of a Work group: Transfer ownership, Remove from group. */
export const OwnerMemberMenu: StoryObj = {
  render: () => chat('alice', 'light'),
  play: ({ canvasElement }) => openMemberMenu(canvasElement),
};
/**
 * An admin (Alice in 周末徒步 Weekend Hikers, a Public group Wang Fang owns), in the dark theme: she edits the
 * profile, and her menu over a member has Mute for … and Remove from group (not over the owner).
 */
export const Admin: StoryObj = {
  render: () => chat('alice', 'dark', 'en', 'GROUPweekend-hikers'),
  play: ({ canvasElement }) => openMemberMenu(canvasElement),
};
export const Chinese: StoryObj = { render: () => chat('alice', 'light', 'zh-CN'), play: ({ canvasElement }) => openPanel(canvasElement) };
