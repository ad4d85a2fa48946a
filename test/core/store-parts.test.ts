// Parts of the store tested alone: each gets its narrow dependencies as fakes, no ChatStore, no service.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { UserProfile } from '../../src/core/model/profile.js';
import { typingCustomElem } from '../../src/core/model/tuikit-wire.js';
import { TYPING_SHOWN_MS } from '../../src/core/typing/typing-signal.js';
import { CacheWrites } from '../../src/core/store/cache-writes.js';
import type { ChatState } from '../../src/core/store/chat-store-api.js';
import { applyEvents, type IncomingEventsDeps } from '../../src/core/store/incoming-events.js';
import { initialState } from '../../src/core/store/initial-state.js';
import { LocalEdits } from '../../src/core/store/local-edits.js';
import { MentionedProfiles } from '../../src/core/store/mentioned-profiles.js';
import { MessageLists } from '../../src/core/store/message-lists.js';
import { ServerClock } from '../../src/core/store/server-clock.js';
import { StateStore } from '../../src/core/store/state-store.js';
import { StoreBatches } from '../../src/core/store/store-batches.js';
import { StoreChanges } from '../../src/core/store/store-changes.js';
import { StateErrorSink } from '../../src/core/store/store-errors.js';
import { StoreSession } from '../../src/core/store/store-session.js';
import { ManualTimers } from '../support/manual-timers.js';

/** The state, lists, session and batches a part reads, as real small objects over a MemoryCache. */
function pieces(userID = 'alice') {
  const state = new StateStore<ChatState>(initialState('en'));
  const session = new StoreSession();
  session.userID = userID;
  session.id = 1;
  session.serviceReady = true;
  const lists = new MessageLists();
  const cache = new CacheWrites(new MemoryCache(), session, state);
  const committed: StoreChanges[] = [];
  const batches = new StoreBatches({
    host: { state, list: (id) => lists.list(id), findList: (id) => lists.findList(id) },
    pendingEvents: { size: 0, flush: () => {} },
    cache,
    onCommitted: (changes) => committed.push(changes),
  });
  return { state, session, lists, cache, batches, committed, errors: new StateErrorSink(state) };
}

const message = (overrides: Partial<Message>): Message => ({
  ...EMPTY_MESSAGE,
  conversationID: 'C2Cbob',
  from: 'bob',
  to: 'alice',
  flow: 'in',
  status: 'success',
  time: 1_700_000_000,
  ...overrides,
});

describe('MentionedProfiles alone', () => {
  const tip = (ID: string, userIDs: string[]) =>
    message({
      ID,
      conversationID: 'GROUPteam',
      elements: [
        {
          type: 'TIMGroupTipElem',
          operationType: 1,
          operatorID: userIDs[0]!,
          userIDList: userIDs.slice(1),
          groupID: 'team',
          groupProfileChanges: [],
          memberMuteChanges: [],
        },
      ],
    });

  it('asks for the people a batch names in one request when the task ends, once per session, and not for known people or oneself', async () => {
    const { state, session, batches, errors } = pieces('bob');
    const timers = new ManualTimers();
    const asked: string[][] = [];
    const service = {
      getUserProfiles: async (userIDs: readonly string[]): Promise<UserProfile[]> => {
        asked.push([...userIDs]);
        return userIDs.map((userID) => ({ userID, nick: userID.toUpperCase(), avatar: '' }));
      },
    };
    const profiles = new MentionedProfiles({ session, state, service, batches, errors, timers });
    const changes = batches.changes();
    changes.upsertMessage(tip('t1', ['dave', 'carol', 'bob']), 'service', { persist: false });
    changes.upsertMessage(tip('t2', ['dave']), 'service', { persist: false });
    profiles.noteChanges(changes);
    assert.deepEqual(asked, [], 'nothing asked before the task ends');
    timers.advance(0);
    assert.deepEqual(asked, [['dave', 'carol']], 'one request; never oneself');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(state.get().users.dave?.nick, 'DAVE', 'the answer is committed');

    profiles.noteChanges(changes);
    timers.advance(0);
    assert.equal(asked.length, 1, 'asked once per session');
    session.id = 2;
    state.set({ users: Object.freeze({}) });
    profiles.noteChanges(changes);
    timers.advance(0);
    assert.deepEqual(asked[1], ['dave', 'carol'], 'a new session asks again');
  });
});

describe('applyEvents alone', () => {
  function incoming(reading: boolean) {
    const base = pieces('alice');
    const asked = { markRead: [] as string[], fetch: [] as string[], typingExpiry: 0 };
    const now = 1_700_000_000_000;
    const deps: IncomingEventsDeps = {
      ...base,
      local: new LocalEdits(),
      serverClock: new ServerClock(() => now),
      now: () => now,
      isReadingNow: () => reading,
      persistServerClock: () => {},
      fetchConversation: (id) => asked.fetch.push(id),
      markReadInBackground: (id) => asked.markRead.push(id),
      scheduleTypingExpiry: () => asked.typingExpiry++,
    };
    return { ...base, deps, asked, now };
  }

  it('a typing signal marks the peer typing for 5 s and asks for the expiry timer; it is never shown or stored', async () => {
    const { deps, state, lists, asked, now, cache } = incoming(false);
    applyEvents(deps, [
      { kind: 'received', source: 'service', messages: [message({ ID: 'sig', onlineOnly: true, elements: [typingCustomElem(true)] })] },
    ]);
    assert.equal(state.get().typing['C2Cbob']?.['bob'], now + TYPING_SHOWN_MS);
    assert.equal(asked.typingExpiry, 1);
    assert.equal(lists.findList('C2Cbob')?.size ?? 0, 0);
    await cache.writesDone();
    assert.equal(await cache.current.getMessage('sig'), undefined);
  });

  it('a message in the conversation being read is read at once, its sender stops typing, and the unknown conversation is fetched', async () => {
    const { deps, state, lists, asked, cache } = incoming(true);
    applyEvents(deps, [
      { kind: 'received', source: 'service', messages: [message({ ID: 'sig', onlineOnly: true, elements: [typingCustomElem(true)] })] },
    ]);
    applyEvents(deps, [
      { kind: 'received', source: 'service', messages: [message({ ID: 'm1', elements: [{ type: 'TIMTextElem', text: 'hi' }] })] },
    ]);
    assert.equal(lists.findList('C2Cbob')?.get('m1')?.isRead, true);
    assert.equal(state.get().typing['C2Cbob'], undefined, 'the message ends the indicator');
    assert.deepEqual(asked.markRead, ['C2Cbob']);
    assert.deepEqual(asked.fetch, ['C2Cbob']);
    const conversation = state.get().conversations.find((c) => c.conversationID === 'C2Cbob');
    assert.equal(conversation?.unreadCount, 0);
    assert.equal(conversation?.lastMessage?.ID, 'm1');
    await cache.writesDone();
    assert.equal((await cache.current.getMessage('m1'))?.isRead, true, 'written through');
  });
});
