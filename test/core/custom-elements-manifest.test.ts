// custom-elements.json, made here as `npm run build` makes it, is the public API that Storybook,
// editors and the framework typings read. It must list every public element's events with their
// types (this fails when one loses its type or disappears), its attributes, parts, slots and CSS
// properties (the global theme tokens too), and point into dist/, which the package ships.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  events?: ManifestEvent[];
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string } }>;
  members?: Array<{ name: string; kind: string; privacy?: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string; default?: string }>;
  slots?: Array<{ name: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}

/** The public events, element by element: a change here is a change of the public API. */
const EXPECTED_EVENTS: Record<string, Record<string, string>> = {
  'tim-chat': {
    'tim-conversation-select': 'TimConversationSelectEvent',
    'tim-conversation-action': 'TimConversationActionEvent',
    'tim-message-send': 'TimMessageSendEvent',
    'tim-attachment-error': 'TimAttachmentErrorEvent',
    'tim-message-copy': 'TimMessageCopyEvent',
    'tim-message-reply': 'TimMessageReplyEvent',
    'tim-message-forward': 'TimMessageForwardEvent',
    'tim-message-revoke': 'TimMessageRevokeEvent',
    'tim-message-delete': 'TimMessageDeleteEvent',
    'tim-message-resend': 'TimMessageResendEvent',
    'tim-message-translate': 'TimMessageTranslateEvent',
    'tim-message-convert-to-text': 'TimMessageConvertToTextEvent',
    'tim-message-react': 'TimMessageReactEvent',
    'tim-message-edit': 'TimMessageEditEvent',
    'tim-message-pin': 'TimMessagePinEvent',
    'tim-message-unpin': 'TimMessageUnpinEvent',
    'tim-message-re-edit': 'TimMessageReEditEvent',
    'tim-unread-change': 'TimUnreadChangeEvent',
    'tim-group-application-answer': 'TimGroupApplicationAnswerEvent',
    'tim-group-info-save': 'TimGroupInfoSaveEvent',
    'tim-group-leave': 'TimGroupLeaveEvent',
    'tim-group-member-action': 'TimGroupMemberActionEvent',
    'tim-message-search-select': 'TimMessageSearchSelectEvent',
  },
  'tim-conversation-list': {
    'tim-conversation-select': 'TimConversationSelectEvent',
    'tim-conversation-action': 'TimConversationActionEvent',
    'tim-message-search-select': 'TimMessageSearchSelectEvent',
    'tim-group-application-answer': 'TimGroupApplicationAnswerEvent',
  },
  'tim-composer': { 'tim-message-send': 'TimMessageSendEvent', 'tim-attachment-error': 'TimAttachmentErrorEvent' },
  'tim-message-list': {
    'tim-message-copy': 'TimMessageCopyEvent',
    'tim-message-reply': 'TimMessageReplyEvent',
    'tim-message-forward': 'TimMessageForwardEvent',
    'tim-message-select': 'TimMessageSelectEvent',
    'tim-messages-forward': 'TimMessagesForwardEvent',
    'tim-forward-send': 'TimForwardSendEvent',
    'tim-messages-delete': 'TimMessagesDeleteEvent',
    'tim-merged-open': 'TimMergedOpenEvent',
    'tim-message-revoke': 'TimMessageRevokeEvent',
    'tim-message-delete': 'TimMessageDeleteEvent',
    'tim-message-resend': 'TimMessageResendEvent',
    'tim-message-translate': 'TimMessageTranslateEvent',
    'tim-message-convert-to-text': 'TimMessageConvertToTextEvent',
    'tim-message-react': 'TimMessageReactEvent',
    'tim-message-edit': 'TimMessageEditEvent',
    'tim-message-pin': 'TimMessagePinEvent',
    'tim-message-unpin': 'TimMessageUnpinEvent',
    'tim-message-re-edit': 'TimMessageReEditEvent',
    'tim-group-application-answer': 'TimGroupApplicationAnswerEvent',
    'tim-conversation-select': 'TimConversationSelectEvent',
  },
  'tim-emoji-picker': {
    'tim-emoji-select': 'TimEmojiSelectEvent',
    'tim-sticker-select': 'TimStickerSelectEvent',
    'tim-emoji-picker-close': 'TimEmojiPickerCloseEvent',
  },
  'tim-message-actions': { 'tim-message-action-select': 'TimMessageActionSelectEvent' },
  'tim-image-viewer': { 'tim-image-viewer-close': 'TimImageViewerCloseEvent' },
  'tim-message': {},
  'tim-emoji-parser': {},
  'tim-avatar': {},
  'tim-confirm-dialog': {},
  'tim-forward-picker': {},
  'tim-merged-viewer': {},
  'tim-new-chat': {},
  'tim-message-search': {},
  'tim-read-receipts': {},
  'tim-group-info': {
    'tim-group-info-save': 'TimGroupInfoSaveEvent',
    'tim-group-leave': 'TimGroupLeaveEvent',
    'tim-group-member-action': 'TimGroupMemberActionEvent',
    'tim-conversation-action': 'TimConversationActionEvent',
    'tim-conversation-select': 'TimConversationSelectEvent',
  },
  'tim-profile-card': {},
};

describe('custom-elements.json', () => {
  let out: string;
  let manifest: Manifest;
  let elements: Map<string, ManifestDeclaration>;

  before(() => {
    out = mkdtempSync(path.join(tmpdir(), 'tim-manifest-'));
    // The analyzer joins its outdir to the working directory: a relative path it must be.
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CEM_OUTDIR: path.relative(root, out) } },
    );
    assert.equal(result.status, 0, result.stderr);
    manifest = JSON.parse(readFileSync(path.join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    elements = new Map(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d] as const)),
    );
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('lists each public element with a summary and a description', () => {
    for (const tag of Object.keys(EXPECTED_EVENTS)) {
      const element = elements.get(tag);
      assert.ok(element, `<${tag}> is in the manifest`);
      assert.ok(element.summary, `<${tag}> has a summary`);
      assert.ok(element.description, `<${tag}> has a description (the docs page shows it)`);
    }
  });

  for (const [tag, events] of Object.entries(EXPECTED_EVENTS)) {
    it(`<${tag}>: its events, each with its event class and detail`, () => {
      const listed = elements.get(tag)?.events ?? [];
      assert.deepEqual(Object.fromEntries(listed.map((e) => [e.name, e.type?.text ?? '(untyped)'])), events, `the events of <${tag}>`);
      for (const event of listed) assert.match(event.description ?? '', /\S/, `${event.name} is described`);
    });
  }

  it('types each event with a class the elements entry exports', async () => {
    const api = (await import('../../src/index.js')) as Record<string, unknown>;
    const classes = new Set(Object.values(EXPECTED_EVENTS).flatMap((events) => Object.values(events)));
    for (const name of classes) assert.equal(typeof api[name], 'function', `tim-elements exports ${name}`);
  });

  it('has no events the analyzer guessed (unnamed, or not tim-*)', () => {
    for (const [tag, element] of elements) {
      for (const event of element.events ?? [])
        assert.match(event.name ?? '', /^tim-[a-z-]+$/, `<${tag}> lists an event named "${event.name}"`);
    }
  });

  it('lists attributes, parts, slots and CSS properties, the global theme tokens among them', () => {
    const chat = elements.get('tim-chat')!;
    const attributes = (chat.attributes ?? []).map((a) => a.name);
    for (const name of ['demo', 'theme', 'conversation-id', 'user-id', 'locale'])
      assert.ok(attributes.includes(name), `<tim-chat ${name}>`);
    assert.equal(
      chat.attributes!.find((a) => a.name === 'theme')?.type?.text,
      "'auto' | 'light' | 'dark'",
      'a literal union is spelled out',
    );
    assert.ok(
      (chat.members ?? []).some((m) => m.name === 'store'),
      'the store property',
    );
    assert.ok(
      (chat.members ?? []).every((m) => m.privacy !== 'private' && m.privacy !== 'protected'),
      'only public members',
    );
    assert.deepEqual((chat.slots ?? []).map((s) => s.name).sort(), ['composer', 'empty', 'header-actions']);
    assert.ok((chat.cssParts ?? []).some((p) => p.name === 'header'));
    const properties = new Map((chat.cssProperties ?? []).map((p) => [p.name, p]));
    assert.ok(properties.has('--tim-chat-sidebar-width'), 'its own hook');
    assert.equal(properties.get('--tim-color-bg')?.default, '#ffffff', 'a theme token it reads, with its value');
    const composer = elements.get('tim-composer')!;
    assert.ok((composer.cssProperties ?? []).some((p) => p.name === '--tim-color-primary'));
  });

  it('points into dist/, not src/ (which the package does not ship)', () => {
    const text = JSON.stringify(manifest);
    assert.doesNotMatch(text, /"src\//);
    for (const mod of manifest.modules) assert.match(mod.path, /^dist\/.*\.js$/);
  });
});
