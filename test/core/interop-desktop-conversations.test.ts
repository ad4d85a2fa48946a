import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  conversationFromDesktopJson,
  conversationToDesktop,
  conversationToDesktopJson,
  conversationsFromDesktopJson,
  conversationsToDesktopJson,
  locatorFromDesktopJson,
  locatorToDesktop,
  locatorToDesktopJson,
  messagesFromDesktopJson,
} from '../../src/core/interop/desktop-json.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import { locatorOf, type Message } from '../../src/core/model/message.js';
import * as fx from './interop-desktop-fixtures.js';

function importConversation(json: fx.Json): Conversation {
  const result = conversationFromDesktopJson(JSON.stringify(json));
  assert.deepEqual(result.errors, []);
  assert.ok(result.conversation);
  return result.conversation;
}

test('a group conversation with last message, draft, @me, pin and mute round-trips', () => {
  const conversation = importConversation(fx.groupConversation);
  assert.equal(conversation.conversationID, 'GROUP@TGS#2ABCDEFGH');
  assert.equal(conversation.type, 'GROUP');
  assert.equal(conversation.unreadCount, 4);
  assert.equal(conversation.isPinned, true);
  assert.equal(conversation.messageRemindType, 'AcceptNotNotify');
  assert.equal(conversation.atMe, true);
  assert.equal(conversation.activeTime, 1620877800);
  assert.deepEqual(conversation.draft, { text: 'half a thought', editTime: 1620877900, userDefine: '{"reply":"m0"}' });
  assert.equal(conversation.groupProfile?.name, 'Team');
  assert.equal(conversation.groupProfile?.avatar, 'https://cdn.example.com/groups/team.png');
  assert.equal(conversation.groupProfile?.type, 'Work');
  assert.equal(conversation.lastMessage?.conversationID, 'GROUP@TGS#2ABCDEFGH');
  assert.deepEqual(conversation.lastMessage?.elements, [{ type: 'TIMTextElem', text: 'Hello 你好 [微笑] 😀\nsecond line' }]);
  assert.ok(Object.isFrozen(conversation));
  assert.deepEqual(JSON.parse(conversationToDesktopJson(conversation)), fx.groupConversation);
});

test('the SDK example C2C conversation round-trips', () => {
  const conversation = importConversation(fx.c2cConversation);
  assert.equal(conversation.conversationID, 'C2C98826');
  assert.equal(conversation.draft, null);
  assert.equal(conversation.atMe, false);
  assert.equal(conversation.messageRemindType, 'AcceptAndNotify');
  assert.deepEqual(conversationToDesktop(conversation), fx.c2cConversation);
});

test('changes made in the app are exported over the remembered values', () => {
  const conversation = importConversation(fx.groupConversation);
  const changed: Conversation = {
    ...conversation,
    isPinned: false,
    unreadCount: 0,
    draft: null,
    atMe: false,
    messageRemindType: 'AcceptAndNotify',
  };
  const exported = conversationToDesktop(changed);
  assert.equal(exported.conv_is_pinned, false);
  assert.equal(exported.conv_unread_num, 0);
  assert.equal(exported.conv_is_has_draft, false);
  assert.equal(exported.conv_draft, undefined);
  assert.deepEqual(exported.conv_group_at_info_array, []);
  assert.equal(exported.conv_recv_opt, 0);
  assert.equal(exported.conv_owner, '', 'a key the model has no place for is still kept');
});

test('a draft made of several elems keeps its text; other elems come back on export', () => {
  const json = {
    ...fx.c2cConversation,
    conv_is_has_draft: true,
    conv_draft: {
      draft_msg: {
        message_elem_array: [
          { elem_type: 0, text_elem_content: 'see ' },
          { elem_type: 6, face_elem_index: 1, face_elem_buf: 'x' },
          { elem_type: 0, text_elem_content: 'you' },
        ],
      },
      draft_user_define: '',
      draft_edit_time: 1620877999,
    },
  };
  const conversation = importConversation(json);
  assert.equal(conversation.draft?.text, 'see you');
  assert.deepEqual(conversationToDesktop(conversation), json);
});

test('a draft with an image imports with a warning that names it (its text is kept, the image is not shown), not silently empty', () => {
  const json = {
    ...fx.c2cConversation,
    conv_is_has_draft: true,
    conv_draft: {
      draft_msg: {
        message_elem_array: [
          { elem_type: 1, image_elem_orig_path: '/tmp/a.png', image_elem_level: 0, image_elem_format: 1 },
          { elem_type: 0, text_elem_content: 'look at this' },
        ],
      },
      draft_user_define: '{"reply":"m1"}',
      draft_edit_time: 1620877999,
    },
  };
  const result = conversationFromDesktopJson(json);
  assert.deepEqual(
    [result.conversation?.draft?.text, result.conversation?.draft?.editTime, result.conversation?.draft?.userDefine],
    ['look at this', 1620877999, '{"reply":"m1"}'],
    'the text, the real edit time and the app’s data',
  );
  assert.deepEqual(
    result.warnings.map((w) => [w.field, w.message]),
    [
      [
        'conv_draft.draft_msg.message_elem_array[0]',
        'a TIMImageElem in a draft cannot be shown in the composer; the draft keeps its text only',
      ],
    ],
  );
});

test('a bad conversation is refused; a bad last message or draft alone is left out', () => {
  const result = conversationsFromDesktopJson([
    fx.c2cConversation,
    { ...fx.c2cConversation, conv_type: 7 },
    { ...fx.c2cConversation, conv_id: undefined },
    { ...fx.c2cConversation, conv_id: 'u3', conv_last_msg: fx.c2cMessage(fx.textElem, { message_seq: -1 }) },
    { ...fx.c2cConversation, conv_id: 'u4', conv_is_has_draft: true, conv_draft: { draft_edit_time: 'now' } },
    { ...fx.c2cConversation, conv_id: 'u5', conv_unread_num: 2.5 },
    null,
  ]);
  assert.deepEqual(
    result.conversations.map((conversation) => conversation.conversationID),
    ['C2C98826', 'C2Cu3', 'C2Cu4'],
  );
  assert.deepEqual(
    result.errors.map(({ index, field }) => [index, field]),
    [
      [1, 'conv_type'],
      [2, 'conv_id'],
      [3, 'conv_last_msg.message_seq'],
      [4, 'conv_draft.draft_edit_time'],
      [5, 'conv_unread_num'],
      [6, ''],
    ],
  );
  const [, withoutLast, withoutDraft] = result.conversations;
  assert.equal(withoutLast?.lastMessage, null);
  assert.equal(withoutDraft?.draft, null);
  // What was left out is still exported as it came.
  assert.deepEqual(conversationToDesktop(withoutLast as Conversation).conv_last_msg, fx.c2cMessage(fx.textElem, { message_seq: -1 }));
  assert.equal(conversationFromDesktopJson('{').errors[0]?.index, -1);
  assert.deepEqual(JSON.parse(conversationsToDesktopJson(result.conversations.slice(0, 1))), [fx.c2cConversation]);
});

test('the conversation receive options map to messageRemindType', () => {
  const expected = ['AcceptAndNotify', 'Discard', 'AcceptNotNotify'];
  expected.forEach((remind, code) => {
    const json = { ...fx.c2cConversation, conv_recv_opt: code };
    const conversation = importConversation(json);
    assert.equal(conversation.messageRemindType, remind);
    assert.deepEqual(conversationToDesktop(conversation), json);
  });
});

test('a locator in the reference form (five keys) round-trips; the conversation comes from the caller', () => {
  const json = {
    message_locator_is_revoked: false,
    message_locator_is_self: false,
    message_locator_rand: 12345678,
    message_locator_seq: 1,
    message_locator_time: 123,
  };
  const { locator, errors } = locatorFromDesktopJson(JSON.stringify(json), 'C2Cuser2');
  assert.deepEqual(errors, []);
  assert.deepEqual(locator, { conversationID: 'C2Cuser2', isRevoked: false, time: 123, sequence: 1, isSelf: false, random: 12345678 });
  assert.deepEqual(locatorToDesktop(locator!), json);
  assert.deepEqual(JSON.parse(locatorToDesktopJson(locator!)), json);
});

test('a locator with its conversation keys round-trips with withConversation', () => {
  const json = {
    message_locator_conv_id: '@TGS#2ABCDEFGH',
    message_locator_conv_type: 2,
    message_locator_is_revoked: true,
    message_locator_is_self: true,
    message_locator_rand: 77,
    message_locator_seq: 15840,
    message_locator_time: 1620877800,
  };
  const { locator } = locatorFromDesktopJson(json);
  assert.equal(locator?.conversationID, 'GROUP@TGS#2ABCDEFGH');
  assert.deepEqual(locatorToDesktop(locator!, { withConversation: true }), json);
});

test('the locator of an imported message finds the same fields as the desktop locator', () => {
  const message = messagesFromDesktopJson([fx.groupMessage(fx.textElem, { message_is_from_self: true, message_status: 6 })])
    .messages[0] as Message;
  assert.deepEqual(locatorToDesktop(locatorOf(message), { withConversation: true }), {
    message_locator_conv_id: '@TGS#2ABCDEFGH',
    message_locator_conv_type: 2,
    message_locator_is_revoked: true,
    message_locator_is_self: true,
    message_locator_rand: 77,
    message_locator_seq: 15840,
    message_locator_time: 1620877709,
  });
});

test('a bad locator names its field', () => {
  const missing = locatorFromDesktopJson({ message_locator_time: 1, message_locator_seq: 2 });
  assert.equal(missing.locator, null);
  assert.deepEqual(
    missing.errors.map((error) => error.field),
    ['message_locator_rand'],
  );
  const wrong = locatorFromDesktopJson({
    message_locator_time: '1',
    message_locator_seq: 2,
    message_locator_rand: 3,
    message_locator_is_self: 1,
  });
  assert.deepEqual(
    wrong.errors.map((error) => error.field),
    ['message_locator_time', 'message_locator_is_self'],
  );
  assert.equal(locatorFromDesktopJson([1]).errors[0]?.message, 'expected a locator object, got an array of 1');
});

test("a pinned conversation's flagged conv_active_time is not taken as a time, and comes back exactly", () => {
  const text = JSON.stringify(fx.c2cConversation).replace('"conv_active_time":1620877709', '"conv_active_time":4611686018427387909');
  const result = conversationFromDesktopJson(text);
  assert.deepEqual(result.errors, []);
  assert.equal(result.conversation?.activeTime, 1620877709, 'the last message time stands in');
  assert.ok(conversationToDesktopJson(result.conversation as Conversation).includes('"conv_active_time":4611686018427387909'));
});
