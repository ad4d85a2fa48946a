import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import '../src/components/conversation-list/define.js';
import type { TimMessage } from '../src/components/message/tim-message.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Messages/Group requests',
  component: 'tim-message',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Join requests and invitations in System notifications (`ServiceFeatures.groupApplications`): under each one still waiting,',
          '**Accept** and **Decline**, named for the request for screen readers ("Accept James O’Connor’s request to join Weekend Hikers").',
          'A press fires the cancelable `tim-group-application-answer` (`detail.message` is the notice, `detail.accept`) on the list;',
          'unless prevented, the store answers through the backend (`handleGroupApplication` on Tencent Cloud Chat): the row says',
          '"Accepting…", then "Accepted" or "Declined"; a failure keeps the buttons with the reason. A request answered elsewhere',
          '(another admin, another device) says "Already answered". The applicant or inviter hears the answer in their own System',
          'notifications, and a newcomer joins the group with its tip. Keyboard: the row is one tab stop, Enter steps onto Accept,',
          'the arrows move to Decline, Enter or Space answers, Esc steps back; the focus stays on the row once answered.',
          'The core decides where each notice stands (`store.use(groupApplicationsFeature)`); without the backend feature no button shows.',
        ].join(' '),
      },
    },
  },
};
export default meta;

const SYSTEM = '@TIM#SYSTEM';

function requests(theme: 'light' | 'dark', locale = 'en', answered = false) {
  return html`${until(
    storyStore('alice', { open: SYSTEM }).then(async ({ store, server }) => {
      if (answered) await server.answerJoinRequest('weekend-hikers', 'alice', 'james', true, 'Welcome back!');
      return html`<div class="tim-theme-${theme}" lang=${locale}
          style="height: 640px; max-width: 680px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-message-list .store=${store} conversation-id=${SYSTEM}></tim-message-list>
      </div>`;
    }),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** The newest request's row, once its buttons show, with Accept focused (as Enter leaves it). */
async function focusAccept(canvas: HTMLElement): Promise<void> {
  const list = () => canvas.querySelector('tim-message-list');
  const accept = () =>
    [...(list()?.shadowRoot?.querySelectorAll<TimMessage>('tim-message') ?? [])]
      .map((row) => row.shadowRoot?.querySelector<HTMLElement>('[part~="application-accept"]'))
      .filter((b): b is HTMLElement => !!b)
      .pop();
  for (let i = 0; i < 100 && !accept(); i++) await new Promise((r) => setTimeout(r, 50));
  accept()?.focus();
}

export const Pending: StoryObj = { render: () => requests('light') };
export const Dark: StoryObj = { render: () => requests('dark') };
export const Chinese: StoryObj = { render: () => requests('light', 'zh-CN') };
export const AnsweredElsewhere: StoryObj = { render: () => requests('light', 'en', true) };
export const AcceptFocused: StoryObj = {
  render: () => requests('light'),
  play: async ({ canvasElement }) => focusAccept(canvasElement),
};

/**
 * From the conversation list: the System notifications row whose newest notice waits for an answer
 * (here Emma's invitation to the Book Club) offers Accept / Decline under its summary, without
 * opening the conversation; the row's menu (ContextMenu, Shift+F10) has "Accept …" / "Decline …" for
 * the keyboard.
 */
export const FromTheConversationList: StoryObj = {
  render: () =>
    html`${until(
      storyStore('alice').then(
        ({
          store,
        }) => html`<div style="height: 640px; max-width: 360px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
          <tim-conversation-list .store=${store}></tim-conversation-list>
        </div>`,
      ),
      html`<p>Starting the embedded backend…</p>`,
    )}`,
};
