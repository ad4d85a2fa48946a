import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import { setVoiceTranscript } from '../src/core/service/local/server-conversions.js';
import { withMarkdownFormat } from '../src/core/model/markdown-wire.js';
import type { ChatStoreApi } from '../src/core/store/chat-store-api.js';
import { makeMessageWorld, toneWav } from '../test/fixtures/message-world.js';

/**
 * **Translate** (text messages) and **Convert to text** (voice messages) are items of the message
 * menu where the backend has them (`ServiceFeatures.translate`, `.voiceToText`; the embedded
 * backend translates the demo's lines with a fixed dictionary, Tencent Cloud Chat through
 * `translateText` / `convertVoiceToText`). The result shows under the bubble: a spinner while it
 * loads, then the text with what it is ("Translated into English") and Hide; hidden, a chip shows
 * it again without asking the backend; a failure says why, with Retry when trying again can help.
 * The menu fires the cancelable `tim-message-translate` / `tim-message-convert-to-text`.
 *
 * **Markdown** messages (TUIKit's chatbot messages, and text sent with `withMarkdownFormat()` in
 * `cloudCustomData`) are drawn formatted: bold, italic, strikethrough, code, code blocks, lists,
 * quotes and http(s) links, emoji included; raw HTML stays text. `markdown="false"` shows the
 * plain text.
 */
const meta: Meta = {
  title: 'Features/Translate, voice to text, markdown',
  component: 'tim-message-list',
  parameters: { layout: 'fullscreen' },
};
export default meta;

function frame(store: ChatStoreApi, conversationID: string, options: { markdown?: boolean; lang?: string } = {}): TemplateResult {
  return html`<div lang=${options.lang ?? 'en'} style="height: 560px; max-width: 640px; display: flex; flex-direction: column">
    <tim-message-list .store=${store} conversation-id=${conversationID} .markdown=${options.markdown ?? true}></tim-message-list>
  </div>`;
}

const story = (make: () => Promise<TemplateResult>): StoryObj => ({
  render: () => html`${until(make(), html`<p>Starting the embedded backend…</p>`)}`,
});

/** A translation shown, one collapsed, one the dictionary does not know, and a voice message's words. */
export const TranslateAndVoiceToText = story(async () => {
  const world = await makeMessageWorld();
  const known = await world.bob.sendText('C2Calice', '周六你去吗？');
  const hidden = await world.bob.sendText('C2Calice', '照常出发，带好雨衣！');
  const unknown = await world.bob.sendText('C2Calice', 'A line the demo dictionary does not know');
  const voice = await world.bob.send('C2Calice', { type: 'sound', file: toneWav(2), second: 2 });
  await setVoiceTranscript(world.server, voice.ID, 'See you at the east gate at eight.');
  const find = (id: string) =>
    world.alice
      .messageList(world.c2c)
      .get()
      .messages.find((m) => m.ID === id);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await world.alice.translateMessage(find(known.ID) ?? known, 'en');
  await world.alice.translateMessage(find(hidden.ID) ?? hidden, 'en');
  world.alice.setConversionHidden('translation', hidden.ID, true);
  await world.alice.translateMessage(find(unknown.ID) ?? unknown, 'zh').catch(() => {});
  await world.alice.convertVoiceToText(find(voice.ID) ?? voice);
  return frame(world.alice, world.c2c);
});

const MARKDOWN = [
  '**Release plan v2.3** 🚀 [Smile]',
  '',
  '1. Freeze strings: *Wednesday*',
  '2. Regression pass, ~~Thursday~~ Friday',
  '3. Ship it',
  '',
  '> Keep release talk in this group, please',
  '',
  'Run `npm run release:check`, or see [the dashboard](https://cloud.tencent.com/product/im).',
  '',
  '```',
  'npm ci && npm test',
  '```',
].join('\n');

/** Markdown text and a TUIKit chatbot answer, formatted; raw HTML and a javascript: link stay text. */
export const Markdown = story(async () => {
  const world = await makeMessageWorld();
  await world.bob.sendText('C2Calice', MARKDOWN, { cloudCustomData: withMarkdownFormat() });
  await world.alice.sendText(world.c2c, '- [x] reviewed\n- **LGTM** <b>not html</b> [no](javascript:alert(1))', {
    cloudCustomData: withMarkdownFormat(),
  });
  await world.server.createUser({ userID: '@RBT#helper', nick: 'Release bot' });
  await world.server.postMessages([
    {
      from: '@RBT#helper',
      conversationID: 'C2Calice',
      elements: [
        {
          type: 'TIMCustomElem',
          data: JSON.stringify({ chunks: ['### Build 2.3.0\n', '- tests: **passed**\n- size: `176 kB`'], isFinished: 1 }),
          description: 'Build 2.3.0',
          extension: '',
        },
      ],
    },
  ]);
  return html`<div style="display: grid; gap: 16px">${frame(world.alice, world.c2c)}${frame(world.alice, 'C2C@RBT#helper')}</div>`;
});

/** The same markdown message with `markdown="false"`: its plain text. */
export const MarkdownOff = story(async () => {
  const world = await makeMessageWorld();
  await world.bob.sendText('C2Calice', MARKDOWN, { cloudCustomData: withMarkdownFormat() });
  return frame(world.alice, world.c2c, { markdown: false });
});
