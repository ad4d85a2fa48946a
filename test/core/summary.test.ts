import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  conversationSummary,
  createNameLookup,
  flattenSummary,
  senderName,
  summarizeMessage,
  summaryText,
  type NameLookup,
} from '../../src/core/notices/index.js';
import { localize } from '../../src/core/i18n/index.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import type { MessageElement } from '../../src/core/model/elements.js';
import type { GroupMember } from '../../src/core/model/profile.js';

const SELF = 'me';

const member = (userID: string, nick: string, nameCard: string): GroupMember => ({
  userID,
  nick,
  nameCard,
  avatar: '',
  role: 'Member',
  muteUntil: 0,
});

const names = createNameLookup({
  users: [
    { userID: 'alice', nick: 'Alice', avatar: '' },
    { userID: 'bob', nick: 'Bob', avatar: '' },
  ],
  members: [member('bob', 'Bobby', 'Bob (Design)')],
});

function message(fields: Partial<Message> & { elements: readonly MessageElement[] }): Message {
  return { ...EMPTY_MESSAGE, ID: 'm1', conversationID: 'C2Calice', conversationType: 'C2C', from: 'alice', to: SELF, ...fields };
}

const text = (t: string): MessageElement => ({ type: 'TIMTextElem', text: t });

/** The body alone, in both languages. */
function body(elements: readonly MessageElement[], fields: Partial<Message> = {}): [string, string] {
  const summary = summarizeMessage(message({ elements, ...fields }), { selfID: SELF, names });
  return [flattenSummary(summary, 'en'), flattenSummary(summary, 'zh-CN')];
}

test('text is kept as typed, emoji codes included, on one line', () => {
  assert.deepEqual(body([text('See you at 9 [Smile]')]), ['See you at 9 [Smile]', 'See you at 9 [Smile]']);
  assert.deepEqual(body([text('first line\n\n  second line\r\nthird')]), ['first line second line third', 'first line second line third']);
});

test('image, voice, video, file, location, sticker', () => {
  assert.deepEqual(body([{ type: 'TIMImageElem', uuid: 'i', imageFormat: 'JPG', imageInfoArray: [] }]), ['[Image]', '[图片]']);
  assert.deepEqual(body([{ type: 'TIMSoundElem', uuid: 's', url: '', second: 7, size: 1 }]), ['[Voice] 0:07', '[语音] 0:07']);
  assert.deepEqual(body([{ type: 'TIMSoundElem', uuid: 's', url: '', second: 0, size: 1 }]), ['[Voice]', '[语音]']);
  const video = {
    type: 'TIMVideoFileElem',
    uuid: 'v',
    videoUrl: '',
    videoSize: 1,
    videoFormat: 'mp4',
    thumbUrl: '',
    thumbWidth: 0,
    thumbHeight: 0,
  } as const;
  assert.deepEqual(body([{ ...video, videoSecond: 62 }]), ['[Video] 1:02', '[视频] 1:02']);
  assert.deepEqual(body([{ ...video, videoSecond: 3723 }]), ['[Video] 1:02:03', '[视频] 1:02:03']);
  assert.deepEqual(body([{ type: 'TIMFileElem', uuid: 'f', fileName: 'report.pdf', fileSize: 10, fileUrl: '' }]), [
    '[File] report.pdf',
    '[文件] report.pdf',
  ]);
  assert.deepEqual(body([{ type: 'TIMFileElem', uuid: 'f', fileName: '', fileSize: 10, fileUrl: '' }]), ['[File]', '[文件]']);
  assert.deepEqual(body([{ type: 'TIMLocationElem', description: 'Shenzhen Bay Park', longitude: 113.9, latitude: 22.5 }]), [
    '[Location] Shenzhen Bay Park',
    '[位置] Shenzhen Bay Park',
  ]);
  assert.deepEqual(body([{ type: 'TIMLocationElem', description: '', longitude: 0, latitude: 0 }]), ['[Location]', '[位置]']);
  assert.deepEqual(body([{ type: 'TIMFaceElem', index: 1, data: 'pack/01' }]), ['[Sticker]', '[表情]']);
});

test('custom: its description, else a placeholder', () => {
  assert.deepEqual(body([{ type: 'TIMCustomElem', data: '{"businessID":"order"}', description: 'Order #1024 shipped', extension: '' }]), [
    'Order #1024 shipped',
    'Order #1024 shipped',
  ]);
  assert.deepEqual(body([{ type: 'TIMCustomElem', data: '{}', description: '', extension: '' }]), ['[Custom message]', '[自定义消息]']);
});

test('unsupported: a placeholder, or the summary it carries', () => {
  assert.deepEqual(body([{ type: 'unsupported', originalType: 'TIMNewElem', summary: '', raw: {} }]), [
    '[Unsupported message]',
    '[暂不支持的消息]',
  ]);
  assert.deepEqual(body([{ type: 'unsupported', originalType: 'TIMRelayElem', summary: 'Chat history of Alice and Bob', raw: {} }]), [
    'Chat history of Alice and Bob',
    'Chat history of Alice and Bob',
  ]);
  assert.deepEqual(body([{ type: 'bogus' } as unknown as MessageElement]), ['[Unsupported message]', '[暂不支持的消息]']);
});

test('group tips and system notices summarise as their line', () => {
  const tip: MessageElement = {
    type: 'TIMGroupTipElem',
    operationType: 1,
    operatorID: 'bob',
    userIDList: ['bob'],
    groupID: 'g',
    groupProfileChanges: [],
    memberMuteChanges: [],
  };
  assert.deepEqual(body([tip], { conversationType: 'GROUP', from: 'bob' }), ['Bob (Design) joined the group', 'Bob (Design) 加入了群聊']);
  const notice: MessageElement = {
    type: 'TIMGroupSystemNoticeElem',
    operationType: 4,
    operatorID: 'alice',
    groupID: 'g',
    groupName: 'Hikers',
    handleMessage: '',
    userDefinedField: '',
  };
  assert.deepEqual(body([notice], { conversationType: '@TIM#SYSTEM', from: '@TIM#SYSTEM' }), [
    'Alice removed you from Hikers',
    'Alice 将你移出了群聊“Hikers”',
  ]);
});

test('several elements: the first meaningful one', () => {
  const image: MessageElement = { type: 'TIMImageElem', uuid: 'i', imageFormat: 'PNG', imageInfoArray: [] };
  assert.deepEqual(body([text('  '), image, text('caption')]), ['[Image]', '[图片]']);
  assert.deepEqual(body([text('look'), image]), ['look', 'look']);
  assert.deepEqual(body([{ type: 'unsupported', originalType: 'X', summary: '', raw: null }, text('hello')]), ['hello', 'hello']);
  assert.deepEqual(body([text('')]), ['', '']);
  assert.deepEqual(body([]), ['', '']);
});

test('revoked by the reader and by someone else', () => {
  assert.deepEqual(body([text('oops')], { isRevoked: true, from: SELF, flow: 'out', revoker: SELF }), [
    'You recalled a message',
    '你撤回了一条消息',
  ]);
  assert.deepEqual(body([text('oops')], { isRevoked: true, from: 'alice', revoker: 'alice' }), [
    'Alice recalled a message',
    'Alice 撤回了一条消息',
  ]);
  assert.deepEqual(
    body([text('oops')], { isRevoked: true, from: 'alice', revoker: '' }),
    ['Alice recalled a message', 'Alice 撤回了一条消息'],
    'no revoker: the sender',
  );
  assert.deepEqual(
    body([text('oops')], { isRevoked: true, conversationType: 'GROUP', from: 'alice', revoker: 'bob' }),
    ['Bob (Design) recalled a message', 'Bob (Design) 撤回了一条消息'],
    'an admin recalled it: the admin is named, no sender prefix',
  );
  assert.deepEqual(body([text('oops')], { isRevoked: true, from: 'alice', revoker: SELF }), ['You recalled a message', '你撤回了一条消息']);
  assert.deepEqual(body([text('oops')], { isRevoked: true, from: '张三', revoker: '张三' }), [
    '张三 recalled a message',
    '张三撤回了一条消息',
  ]);
  // Without a selfID, the message's flow says whose it is.
  const own = summarizeMessage(message({ elements: [text('x')], isRevoked: true, flow: 'out', from: 'me' }));
  assert.equal(localize('en', own.body), 'You recalled a message');
});

test('groups prefix the sender, except the reader, tips and C2C', () => {
  const group = { conversationType: 'GROUP', conversationID: 'GROUPg', to: 'g' } as const;
  assert.deepEqual(body([text('hi')], { ...group, from: 'alice' }), ['Alice: hi', 'Alice：hi']);
  assert.deepEqual(body([{ type: 'TIMImageElem', uuid: 'i', imageFormat: 'PNG', imageInfoArray: [] }], { ...group, from: 'alice' }), [
    'Alice: [Image]',
    'Alice：[图片]',
  ]);
  assert.deepEqual(body([text('hi')], { ...group, from: SELF, flow: 'out' }), ['hi', 'hi']);
  assert.deepEqual(body([text('hi')], { from: 'alice' }), ['hi', 'hi']);
  const summary = summarizeMessage(message({ ...group, from: 'alice', elements: [text('hi')] }), { selfID: SELF, names });
  assert.deepEqual(summary, { sender: 'Alice', body: { text: 'hi' } });
});

test('sender name order: name card, then nick, then user ID', () => {
  const lookupNone: NameLookup = () => undefined;
  const m = (fields: Partial<Message>) => ({ ...EMPTY_MESSAGE, from: 'carol', ...fields });
  assert.equal(senderName(m({ nameCard: 'Carol (Ops)', nick: 'Caz' }), lookupNone), 'Carol (Ops)');
  assert.equal(senderName(m({ nameCard: '', nick: 'Caz' }), lookupNone), 'Caz');
  assert.equal(senderName(m({ nameCard: '', nick: '' }), lookupNone), 'carol');
  // What the store knows wins over the nick the message carried; the card it carried wins over both.
  assert.equal(senderName(m({ from: 'bob', nick: 'old nick' }), names), 'Bob (Design)');
  assert.equal(senderName(m({ from: 'alice', nick: 'old nick' }), names), 'Alice');
  assert.equal(senderName(m({ from: 'alice', nameCard: 'Al (PM)' }), names), 'Al (PM)');
});

test('createNameLookup: member name card, then member nick, then profile nick, else unknown', () => {
  const lookup = createNameLookup({
    users: {
      u1: { userID: 'u1', nick: 'User One', avatar: '' },
      u2: { userID: 'u2', nick: 'User Two', avatar: '' },
      u3: { userID: 'u3', nick: '', avatar: '' },
    },
    members: [member('u1', 'Member One', 'Card One'), member('u2', 'Member Two', ''), member('u4', '', '')],
  });
  assert.equal(lookup('u1'), 'Card One');
  assert.equal(lookup('u2'), 'Member Two');
  assert.equal(lookup('u3'), undefined, 'an empty nick is not a name');
  assert.equal(lookup('u4'), undefined);
  assert.equal(lookup('nobody'), undefined);
  assert.equal(createNameLookup({ users: [{ userID: 'u5', nick: '  Five  ', avatar: '' }] })('u5'), 'Five');
  assert.equal(createNameLookup({})('u1'), undefined);
});

function conversation(fields: Partial<Conversation>): Conversation {
  return {
    conversationID: 'GROUPg',
    type: 'GROUP',
    unreadCount: 0,
    lastMessage: message({ conversationType: 'GROUP', conversationID: 'GROUPg', from: 'alice', elements: [text('lunch?')] }),
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime: 1,
    ...fields,
  };
}

test('conversation summary: the last message with its sender', () => {
  const summary = conversationSummary(conversation({}), { selfID: SELF, names, locale: 'en' });
  assert.deepEqual(summary, { sender: 'Alice', body: { text: 'lunch?' }, text: 'Alice: lunch?' });
  assert.equal(conversationSummary(conversation({}), { selfID: SELF, names, locale: 'zh-CN' }).text, 'Alice：lunch?');
  assert.equal(conversationSummary(conversation({ lastMessage: null }), { locale: 'en' }).text, '');
});

test('conversation summary: a draft wins over the last message', () => {
  const draft = { text: 'half a thought [Smile]\nmore', editTime: 5, userDefine: '' };
  const en = conversationSummary(conversation({ draft }), { selfID: SELF, names, locale: 'en' });
  assert.deepEqual(en.prefix, { key: 'summary.draft' });
  assert.equal(en.sender, undefined);
  assert.equal(en.text, '[Draft] half a thought [Smile] more');
  assert.equal(
    conversationSummary(conversation({ draft }), { selfID: SELF, names, locale: 'zh-CN' }).text,
    '[草稿]half a thought [Smile] more',
  );
  assert.equal(
    conversationSummary(conversation({ draft, atMe: true }), { selfID: SELF, names, locale: 'en' }).text,
    '[Draft] half a thought [Smile] more',
  );
  // A draft of nothing but spaces (or only reply data) is no draft.
  assert.equal(
    conversationSummary(conversation({ draft: { text: '  ', editTime: 5, userDefine: '{"reply":1}' } }), { selfID: SELF, names }).text,
    'Alice: lunch?',
  );
});

test('conversation summary: the open conversation shows its last message while the user types; "[Draft]" once they leave', () => {
  const draft = { text: 'half a thought', editTime: 5, userDefine: '' };
  assert.equal(conversationSummary(conversation({ draft }), { selfID: SELF, names, locale: 'en', isOpen: true }).text, 'Alice: lunch?');
  assert.equal(
    conversationSummary(conversation({ draft }), { selfID: SELF, names, locale: 'en', isOpen: false }).text,
    '[Draft] half a thought',
  );
});

test('conversation summary: [@me] while mentioned', () => {
  const c = conversation({ atMe: true });
  assert.equal(conversationSummary(c, { selfID: SELF, names, locale: 'en' }).text, '[@me] Alice: lunch?');
  assert.equal(conversationSummary(c, { selfID: SELF, names, locale: 'zh-CN' }).text, '[有人@我]Alice：lunch?');
  assert.deepEqual(conversationSummary(c, { selfID: SELF, names }).prefix, { key: 'summary.atMe' });
  assert.equal(conversationSummary(conversation({ atMe: true, lastMessage: null }), { locale: 'en' }).text, '[@me]');
});

test('conversation summary: C2C has no sender; a recalled last message reads as such', () => {
  const c2c = conversation({ conversationID: 'C2Calice', type: 'C2C', lastMessage: message({ elements: [text('hey')] }) });
  assert.equal(conversationSummary(c2c, { selfID: SELF, names, locale: 'en' }).text, 'hey');
  const revoked = conversation({
    lastMessage: message({ conversationType: 'GROUP', from: SELF, flow: 'out', isRevoked: true, revoker: SELF, elements: [text('x')] }),
  });
  assert.equal(conversationSummary(revoked, { selfID: SELF, names, locale: 'zh-CN' }).text, '你撤回了一条消息');
});

test('summary text: long text is cut without breaking characters, emoji or emoji codes', () => {
  assert.equal(summaryText('short'), 'short');
  assert.equal(summaryText('a'.repeat(200)), 'a'.repeat(200));
  assert.equal(summaryText('a'.repeat(201)), `${'a'.repeat(200)}…`);
  assert.equal(summaryText(`${'a'.repeat(195)}[Smile] tail`), `${'a'.repeat(195)}…`, 'a cut code is dropped whole');
  assert.equal(summaryText(`${'a'.repeat(199)}👩‍👩‍👧 tail`), `${'a'.repeat(199)}👩‍👩‍👧…`, 'a ZWJ family is one character');
  assert.equal(summaryText(`${'😀'.repeat(300)}`), `${'😀'.repeat(200)}…`);
  const huge = summaryText(`${'word '.repeat(250_000)}`);
  assert.ok(huge.length <= 201 && huge.endsWith('…'), 'a 1 MB message gives a short line');
  assert.equal(summaryText(42), '');
});
