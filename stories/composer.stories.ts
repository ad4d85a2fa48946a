import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/composer/define.js';
import '../src/components/message-list/define.js';
import type { TimComposer } from '../src/components/composer/tim-composer.js';
import { BrowserVoiceRecorder } from '../src/components/composer/voice/browser-recorder.js';
import type { VoiceRecorder } from '../src/core/composer/index.js';
import { DEMO_GROUPS } from '../src/core/service/local/seed-demo.js';
import type { ChatStore } from '../src/core/store/chat-store.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Elements/tim-composer',
  component: 'tim-composer',
  argTypes: {
    sendKey: { control: 'inline-radio', options: ['enter', 'ctrl-enter'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
  },
  args: { sendKey: 'enter', locale: 'en' },
};
export default meta;

type Args = { sendKey: string; locale: string };

/** A conversation column: the list above, the composer below, as inside `<tim-chat>`. */
function column(
  store: ChatStore,
  conversationID: string,
  args: Args,
  composerAttrs: (c: TemplateResult) => TemplateResult = (c) => c,
): TemplateResult {
  return html`<div style="display: flex; flex-direction: column; height: 560px; max-width: 720px; border: 1px solid var(--tim-color-border); border-radius: 12px; overflow: hidden;">
    <tim-message-list style="flex: 1; min-height: 0" .store=${store} conversation-id=${conversationID} locale=${args.locale}></tim-message-list>
    ${composerAttrs(html`<tim-composer .store=${store} conversation-id=${conversationID} send-key=${args.sendKey} locale=${args.locale}></tim-composer>`)}
  </div>`;
}

function story(load: (args: Args) => Promise<TemplateResult>): StoryObj<Args> {
  return { render: (args) => html`${until(load(args), html`<p>Starting the embedded backend…</p>`)}` };
}

/** After the story renders: the composer in it. */
async function composerIn(): Promise<TimComposer> {
  for (let i = 0; i < 100; i++) {
    const found = document.querySelector('tim-composer');
    if (found) {
      await found.updateComplete;
      return found;
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('no composer rendered');
}

/** A generated picture, as a user would paste one. */
async function picture(width = 1200, height = 800): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#1f6feb');
  gradient.addColorStop(1, '#f6a623');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'sunset.png', { type: 'image/png' });
}

export const Default = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  return column(store, 'C2Cbob', args);
});

export const Group = story(async (args) => {
  const { store } = await storyStore('alice', { open: `GROUP${DEMO_GROUPS.productTeam}` });
  return column(store, `GROUP${DEMO_GROUPS.productTeam}`, args);
});
Group.storyName = 'Group (type @ to mention)';

export const DisabledMuted = story(async (args) => {
  const { store, server } = await storyStore('alice', { open: `GROUP${DEMO_GROUPS.hikers}` });
  await server.muteGroupMember(DEMO_GROUPS.hikers, 'wangfang', 'alice', 3600);
  return column(store, `GROUP${DEMO_GROUPS.hikers}`, args);
});
DisabledMuted.storyName = 'Disabled: muted in the group';

export const DisabledByApp: StoryObj<Args> = {
  render: (args) =>
    html`${until(
      storyStore('alice', { open: 'C2Cbob' }).then(({ store }) =>
        column(
          store,
          'C2Cbob',
          args,
          () =>
            html`<tim-composer .store=${store} conversation-id="C2Cbob" locale=${args.locale} disabled disabled-reason="This conversation is archived."></tim-composer>`,
        ),
      ),
      html`<p>Starting…</p>`,
    )}`,
};
DisabledByApp.storyName = 'Disabled: reason given by the app';

export const Offline = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob', offline: true });
  return column(store, 'C2Cbob', args);
});
Offline.storyName = 'Offline (messages queue)';

export const Replying = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  const view = column(store, 'C2Cbob', args);
  void composerIn().then(async (composer) => {
    const messages = store.messageList('C2Cbob').get().messages;
    const target = [...messages].reverse().find((m) => m.flow === 'in' && m.elements[0]?.type === 'TIMTextElem') ?? messages.at(-1);
    if (target) composer.replyTo(target);
  });
  return view;
});

export const WithDraft = story(async (args) => {
  const { store } = await storyStore('alice');
  await store.setDraft('C2Cbob', { text: 'About the release notes: I think [Smile] we should ' });
  await store.openConversation('C2Cbob');
  return column(store, 'C2Cbob', args);
});
WithDraft.storyName = 'With a draft';

export const Uploading = story(async (args) => {
  const { store, service } = await storyStore('alice', { open: 'C2Cbob' });
  // Slow only the upload: each chunk of the simulated transfer takes half the latency.
  service.setLatency(4000);
  const view = column(store, 'C2Cbob', args);
  void composerIn().then(async (composer) => composer.attachFiles([await picture()]));
  return view;
});
Uploading.storyName = 'Uploading an image (slow network)';

/**
 * Text with pictures as one message: pictures added while the box holds text wait in the tray above
 * it (remove any with its ×); Enter sends the text and the pictures as one message, in one bubble.
 */
export const TextWithPictures = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  const view = column(store, 'C2Cbob', args);
  void composerIn().then(async (composer) => {
    composer.value = 'Three shots from the launch party';
    await composer.attachFiles([await picture(640, 480), await picture(480, 640), await picture(800, 450)]);
  });
  return view;
});
TextWithPictures.storyName = 'Text with pictures (one message)';

/**
 * Sending a location: the map-pin button opens the picker above the input. "Use my current
 * location" asks the device (this story answers with Shenzhen Bay after a moment; a real page asks
 * the browser, which asks the user); the place and the coordinates can also be typed.
 */
export const SendingALocation = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  const view = column(store, 'C2Cbob', args);
  void composerIn().then((composer) => {
    composer.positionReader = () => ({
      unavailable: () => null,
      read: () => new Promise((resolve) => setTimeout(() => resolve({ latitude: 22.524, longitude: 113.9438 }), 800)),
    });
    composer.shadowRoot?.querySelector<HTMLButtonElement>('[part~="location-button"]')?.click();
  });
  return view;
});
SendingALocation.storyName = 'Sending a location';

export const TooLong = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  const view = column(
    store,
    'C2Cbob',
    args,
    () => html`<tim-composer .store=${store} conversation-id="C2Cbob" locale=${args.locale} max-text-bytes="40"></tim-composer>`,
  );
  void composerIn().then((composer) => (composer.value = 'This text is longer than the forty bytes this story allows.'));
  return view;
});
TooLong.storyName = 'Text over the limit';

/**
 * A microphone stand-in for the story: a warbling tone from Web Audio, handed to the browser's
 * recorder in place of `getUserMedia`, so recording works without a microphone or a prompt.
 */
function toneRecorder(): VoiceRecorder {
  return new BrowserVoiceRecorder({
    getUserMedia: () => {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const wobble = audio.createOscillator();
      const depth = audio.createGain();
      wobble.frequency.value = 3;
      depth.gain.value = 120;
      wobble.connect(depth).connect(tone.frequency);
      const out = audio.createMediaStreamDestination();
      tone.connect(out);
      tone.start();
      wobble.start();
      const stream = out.stream;
      // The recorder's release stops the track: the tone's audio context closes with it.
      for (const track of stream.getAudioTracks()) {
        const stop = track.stop.bind(track);
        track.stop = () => {
          stop();
          void audio.close();
        };
      }
      return Promise.resolve(stream);
    },
  });
}

/**
 * Voice messages: click the microphone to record (the timer runs, the level meter moves), click it
 * again or Send to send, the bin or Esc to cancel; on a touch screen hold it and release to send,
 * slide up to cancel. This story records a generated tone instead of the microphone (its
 * `voiceRecorder`), so it works with no microphone and no prompt; without one, the composer uses
 * the browser's microphone. The sent message plays in the list above.
 */
export const VoiceMessage = story(async (args) => {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  return column(
    store,
    'C2Cbob',
    args,
    () =>
      html`<tim-composer .store=${store} conversation-id="C2Cbob" send-key=${args.sendKey} locale=${args.locale} .voiceRecorder=${toneRecorder}></tim-composer>`,
  );
});
VoiceMessage.storyName = 'Voice message (a generated tone as the microphone)';
