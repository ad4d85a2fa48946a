import type { MessageElement } from '../../model/elements.js';
import { SYSTEM_CONVERSATION_ID, c2cConversationID, groupConversationID } from '../../model/ids.js';
import { demoPicture, demoSound } from './demo-media.js';
import { sharedDemoVideo } from './demo-video.js';
import type { LocalServer, PostedMessage } from './local-server.js';
import { setVoiceTranscript } from './server-conversions.js';
import { withMarkdownFormat } from '../../model/markdown-wire.js';

/** The demo's people; `alice` is the one the demo signs in as. */
export const DEMO_USERS = [
  { userID: 'alice', nick: 'Alice Chen', selfSignature: 'Product manager · 产品经理' },
  { userID: 'bob', nick: 'Bob Martin', selfSignature: 'Backend, coffee, bikes' },
  { userID: 'lilei', nick: '李雷', selfSignature: '前端开发，喜欢摄影' },
  { userID: 'hanmeimei', nick: '韩梅梅', selfSignature: 'UX 设计' },
  { userID: 'emma', nick: 'Emma Wilson', selfSignature: 'QA lead' },
  { userID: 'wangfang', nick: '王芳', selfSignature: '周末爬山的人' },
  { userID: 'zhangwei', nick: '张伟', selfSignature: '' },
  { userID: 'james', nick: "James O'Connor", selfSignature: 'Sales, EMEA' },
] as const;

export const DEMO_DEFAULT_USER = 'alice';

export const DEMO_GROUPS = {
  productTeam: 'product-team',
  hikers: 'weekend-hikers',
  bookClub: 'book-club',
  oldProject: 'launch-2023',
  photography: 'photo-walks',
} as const;

const SEEDED_KEY = 'demoSeeded';
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const text = (value: string): MessageElement => ({ type: 'TIMTextElem', text: value });

/**
 * Fill a server with the demo: eight people, C2C chats and groups whose history spans the last
 * days and holds every element type, group tips and system notices, a recalled message,
 * a pinned and a muted conversation, unread counts (one with an @mention) and a draft.
 * Runs once per server state (and once across tabs sharing it); later calls do nothing.
 */
export async function seedDemo(server: LocalServer): Promise<void> {
  const run = async (): Promise<void> => {
    if (await server.getMeta<boolean>(SEEDED_KEY)) return;
    await fillDemo(server);
    await server.setMeta(SEEDED_KEY, true);
  };
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (locks && server.storage.kind === 'indexeddb') {
    await locks.request(`tim-local-server-seed-${server.namespace}`, run);
  } else {
    await run();
  }
}

async function fillDemo(server: LocalServer): Promise<void> {
  const now = server.now();
  /** Server time `days`, `hours` and `minutes` ago. */
  const ago = (days: number, hours = 0, minutes = 0): number => now - days * DAY - hours * HOUR - minutes * MINUTE;
  // Steps run in time order, so every thread (the system notices too) gets its history in order.
  const steps: { time: number; run: () => Promise<unknown> }[] = [];
  const step = (time: number, run: () => Promise<unknown>): void => void steps.push({ time, run });
  const post = (
    time: number,
    from: string,
    conversationID: string,
    elements: MessageElement | MessageElement[],
    extra: Partial<PostedMessage> = {},
  ) =>
    server.postMessages([{ from, conversationID, elements: Array.isArray(elements) ? elements : [elements], time, ...extra }], {
      at: time,
    });
  const say = (
    time: number,
    from: string,
    conversationID: string,
    elements: MessageElement | MessageElement[],
    extra: Partial<PostedMessage> = {},
  ): void => step(time, () => post(time, from, conversationID, elements, extra));
  const toC2C = (userID: string) => c2cConversationID(userID);
  const product = groupConversationID(DEMO_GROUPS.productTeam);
  const hikers = groupConversationID(DEMO_GROUPS.hikers);

  for (const user of DEMO_USERS) await server.createUser(user, { at: ago(30) });
  await server.createUser({ userID: 'promo-bot', nick: 'Promo Bot 推广' }, { at: ago(30) });

  const [mountains, sunset, lake] = await Promise.all([
    demoPicture('mountains'),
    demoPicture('sunset', 800, 600),
    demoPicture('lake', 480, 640),
  ]);
  const video = await sharedDemoVideo();

  // ── An old project group, dismissed four days ago ──
  step(ago(6, 3), () =>
    server.createGroup(
      { groupID: DEMO_GROUPS.oldProject, name: 'Launch 2023', ownerID: 'lilei', memberIDs: ['alice', 'bob'], type: 'Work' },
      { at: ago(6, 3) },
    ),
  );
  say(ago(6, 2, 50), 'lilei', groupConversationID(DEMO_GROUPS.oldProject), text('项目结束啦，感谢大家这一年的付出 🎉'));
  step(ago(4, 6), () => server.dismissGroup(DEMO_GROUPS.oldProject, 'lilei', { at: ago(4, 6) }));

  // ── Product Team (a Work group owned by Alice) ──
  step(ago(5, 9), () =>
    server.createGroup(
      {
        groupID: DEMO_GROUPS.productTeam,
        name: 'Product Team',
        ownerID: 'alice',
        memberIDs: ['bob', 'lilei', 'hanmeimei', 'emma'],
        type: 'Work',
        notification: 'Sprint review every Friday at 16:00.',
        introduction: 'Planning, releases and the occasional cake.',
      },
      { at: ago(5, 9) },
    ),
  );
  say(ago(5, 8, 55), 'alice', product, text("Welcome to the new team space [Smile] Let's keep release talk here."));
  say(ago(5, 8, 40), 'bob', product, text('Morning all! The draft of the v2.3 release notes is in the shared folder.'));
  say(ago(5, 8, 32), 'lilei', product, text('收到，我下午看一下 👍'));
  say(ago(5, 8, 30), 'hanmeimei', product, { type: 'TIMFaceElem', index: 0, data: 'tim-face/party' });
  // A Work group has no admins (model/group-rules.ts): the demo's admin is Alice, in Weekend Hikers below.
  say(ago(4, 6, 12), 'emma', product, text('Photos from the offsite, the view was unreal 🏔'));
  say(ago(4, 6, 11), 'emma', product, imageElement(640, 427), { files: { 0: mountains } });
  say(ago(4, 6, 2), 'lilei', product, text('[Stareyes][Stareyes] 下次我也要去'));
  // Markdown (the text flagged as TUIKit-readable markdown, see core/markdown): drawn formatted.
  const markdown = { cloudCustomData: withMarkdownFormat() };
  say(
    ago(3, 5, 45),
    'alice',
    product,
    text(
      '**Release plan v2.3** 🚀\n\n1. Freeze strings: *Wednesday*\n2. Regression pass\n3. Ship on **Thursday**\n\n> Keep release talk in this group, please [Smile]\n\nStatus page: [build dashboard](https://cloud.tencent.com/product/im), or run `npm run release:check`',
    ),
    markdown,
  );
  say(ago(3, 5, 40), 'alice', product, text("Checklist for Thursday's release, please tick your parts."));
  const checklist = new Blob(
    [
      '# Release checklist v2.3\n\n- [ ] Freeze strings (Han Meimei)\n- [ ] Regression pass (Emma)\n- [ ] Migration dry run (Bob)\n- [ ] Changelog (Alice)\n- [ ] 发布公告（李雷）\n',
    ],
    { type: 'text/markdown' },
  );
  say(
    ago(3, 5, 39),
    'alice',
    product,
    { type: 'TIMFileElem', uuid: '', fileName: 'release-checklist.md', fileSize: 0, fileUrl: '' },
    { files: { 0: checklist } },
  );
  // Voice messages carry what was said, so "Convert to text" has a real answer (server-conversions.ts).
  const voice = (time: number, from: string, conversationID: string, seconds: number, transcript: string): void =>
    step(time, async () => {
      const [sent] = await post(
        time,
        from,
        conversationID,
        { type: 'TIMSoundElem', uuid: '', url: '', second: seconds, size: 0 },
        {
          files: { 0: demoSound(seconds) },
        },
      );
      if (sent) await setVoiceTranscript(server, sent.ID, transcript);
    });
  voice(ago(3, 2, 15), 'bob', product, 3, 'Quick update: the migration dry run passed, so we are good for Thursday.');
  step(ago(2, 20), () =>
    server.updateGroupProfile(
      DEMO_GROUPS.productTeam,
      'alice',
      { notification: 'Release on Thursday; sprint review moves to Friday 15:00.' },
      { at: ago(2, 20) },
    ),
  );
  say(ago(2, 4, 5), 'emma', product, {
    type: 'TIMLocationElem',
    description: 'Tencent Binhai Towers, Nanshan, Shenzhen',
    longitude: 113.9358,
    latitude: 22.5226,
  });
  say(ago(2, 4, 4), 'emma', product, text('Meeting room 12F-03 for the retro.'));
  say(ago(2, 1, 30), 'lilei', product, {
    type: 'TIMCustomElem',
    data: JSON.stringify({
      businessID: 'text_link',
      text: 'Release dashboard: build 2.3.0-rc2 is green',
      link: 'https://cloud.tencent.com/product/im',
      version: 4,
    }),
    description: 'Release dashboard',
    extension: '',
  });
  if (video) {
    say(ago(1, 7, 20), 'hanmeimei', product, text('Screen recording of the new onboarding flow:'));
    say(
      ago(1, 7, 19),
      'hanmeimei',
      product,
      {
        type: 'TIMVideoFileElem',
        uuid: '',
        videoUrl: '',
        videoSecond: video.seconds,
        videoSize: 0,
        videoFormat: video.format,
        thumbUrl: '',
        thumbWidth: video.width,
        thumbHeight: video.height,
      },
      { files: { 0: video.blob }, thumbnails: { 0: video.poster } },
    );
  }
  say(ago(1, 3, 2), 'bob', product, {
    type: 'TIMCustomElem',
    data: JSON.stringify({ kind: 'poll', question: 'Team lunch on Friday?', options: ['Dim sum', 'Pizza', 'Hotpot 火锅'] }),
    description: '[Poll] Team lunch on Friday?',
    extension: '',
  });
  // The notice's user-defined field is shown to people as it is: words, not a data format.
  step(ago(1, 2), () =>
    server.sendGroupCustomNotice(DEMO_GROUPS.productTeam, 'alice', 'Quarterly team survey: please fill it in within 5 days.', undefined, {
      at: ago(1, 2),
    }),
  );
  say(ago(0, 2, 40), 'hanmeimei', product, text('@Alice Chen could you review the new empty-state copy before 5pm? 谢谢！'), {
    atUserList: ['alice'],
  });
  say(ago(0, 1, 5), 'bob', product, text('rc3 is up, the crash on login is fixed ✅'));
  say(ago(0, 0, 42), 'emma', product, text('Regression pass done, two minor issues filed.'));

  // ── 周末徒步 Weekend Hikers (a Public group, Wang Fang owns it, muted by Alice) ──
  step(ago(4, 20), () =>
    server.createGroup(
      {
        groupID: DEMO_GROUPS.hikers,
        name: '周末徒步 Weekend Hikers',
        ownerID: 'wangfang',
        memberIDs: ['alice', 'zhangwei', 'emma', 'james'],
        type: 'Public',
        joinOption: 'NeedPermission',
        notification: '每周六早上 8 点集合，注意防晒。',
      },
      { at: ago(4, 20) },
    ),
  );
  say(ago(4, 19, 50), 'wangfang', hikers, text('欢迎大家！这周六去梧桐山，早上 8 点地铁站集合 [Smile]'));
  say(ago(4, 19, 20), 'zhangwei', hikers, text('我带了两根登山杖，谁需要？'));
  say(ago(4, 18, 5), 'emma', hikers, text('Sunset from last trip!'));
  say(ago(4, 18, 4), 'emma', hikers, imageElement(800, 600), { files: { 0: sunset } });
  step(ago(3, 23), () => server.setGroupAdmin(DEMO_GROUPS.hikers, 'wangfang', 'alice', true, { at: ago(3, 23) }));
  step(ago(3, 9), () =>
    server.requestToJoinGroup(DEMO_GROUPS.hikers, 'bob', 'Alice told me about the group, can I join?', { at: ago(3, 9) }),
  );
  step(ago(3, 8), () => server.answerJoinRequest(DEMO_GROUPS.hikers, 'alice', 'bob', true, 'Welcome!', { at: ago(3, 8) }));
  say(ago(3, 7, 55), 'bob', hikers, text('Thanks! First time hiking with a group 😄'));
  say(ago(3, 2), 'james', hikers, text("Can't make it this week, sorry 😢 I'll leave for now, too much travel."));
  step(ago(3, 1, 58), () => server.quitGroup(DEMO_GROUPS.hikers, 'james', { at: ago(3, 1, 58) }));
  step(ago(2, 12), () => server.addGroupMembers(DEMO_GROUPS.hikers, 'alice', ['promo-bot'], { at: ago(2, 12) }));
  say(ago(2, 11, 59), 'promo-bot', hikers, text('🔥 限时特价登山鞋，点击链接领取优惠券！！！'));
  step(ago(2, 11, 50), () => server.kickGroupMembers(DEMO_GROUPS.hikers, 'wangfang', ['promo-bot'], 'Advertising', { at: ago(2, 11, 50) }));
  step(ago(2, 11, 40), () => server.muteGroupMember(DEMO_GROUPS.hikers, 'wangfang', 'zhangwei', 10 * MINUTE, { at: ago(2, 11, 40) }));
  step(ago(1, 10), () =>
    server.updateGroupProfile(DEMO_GROUPS.hikers, 'wangfang', { notification: '集合地点改为梧桐山东门停车场。' }, { at: ago(1, 10) }),
  );
  say(ago(1, 9, 58), 'wangfang', hikers, {
    type: 'TIMLocationElem',
    description: '梧桐山东门停车场 Wutong Mountain east gate',
    longitude: 114.217,
    latitude: 22.5806,
  });
  say(ago(0, 5, 30), 'zhangwei', hikers, text('天气预报说周六有阵雨 🌧️ 还去吗？'));
  say(ago(0, 5, 12), 'wangfang', hikers, text('照常出发，带好雨衣！'));
  say(ago(0, 4, 50), 'emma', hikers, text("I'm in, rain or shine ☔"));

  // James asks to rejoin: a request Alice (an admin) has not answered yet.
  step(ago(0, 7), () =>
    server.requestToJoinGroup(DEMO_GROUPS.hikers, 'james', 'Back from my travels, can I join again?', { at: ago(0, 7) }),
  );

  // ── Book Club: Emma invites Alice, who has not answered yet ──
  step(ago(1, 20), () =>
    server.createGroup(
      { groupID: DEMO_GROUPS.bookClub, name: 'Book Club 读书会', ownerID: 'emma', memberIDs: ['hanmeimei'], type: 'Public' },
      { at: ago(1, 20) },
    ),
  );
  say(ago(1, 19), 'emma', groupConversationID(DEMO_GROUPS.bookClub), text('This month: "The Three-Body Problem" 三体 📚'));
  step(ago(0, 6), () => server.inviteToGroup(DEMO_GROUPS.bookClub, 'emma', 'alice', "Join us, it's a good one!", { at: ago(0, 6) }));

  // ── Photo Walks: a public group anyone joins at once; Alice is not in it (find it with "New chat") ──
  step(ago(6), () =>
    server.createGroup(
      {
        groupID: DEMO_GROUPS.photography,
        name: 'Photo Walks 摄影漫步',
        ownerID: 'lilei',
        memberIDs: ['hanmeimei', 'wangfang'],
        type: 'Public',
        joinOption: 'FreeAccess',
        introduction: 'Weekend photo walks around the lake 周末西湖边拍照',
      },
      { at: ago(6) },
    ),
  );
  say(ago(5, 20), 'lilei', groupConversationID(DEMO_GROUPS.photography), text('This Saturday: sunrise at the lake, 6:00 🌅'));

  // ── C2C chats ──
  // 李雷: a long chat in Chinese, pinned.
  say(ago(3, 11), 'lilei', toC2C('alice'), text('Alice，新版首页的设计稿你看了吗？'));
  say(ago(3, 10, 50), 'alice', toC2C('lilei'), text('看了，整体很好，导航那里可以再简化一点 [Blink]'));
  say(ago(3, 10, 45), 'lilei', toC2C('alice'), text('好的，我今晚改一版'));
  say(ago(2, 9, 10), 'lilei', toC2C('alice'), imageElement(480, 640), { files: { 0: lake } });
  say(ago(2, 9, 9), 'lilei', toC2C('alice'), text('周末拍的，西湖 🌅'));
  say(ago(2, 8, 30), 'alice', toC2C('lilei'), text('太美了！[Lustful]'));
  say(ago(1, 4, 2), 'lilei', toC2C('alice'), text('组件用 Lit 写的，文档在这：https://lit.dev/docs/ 源码 https://github.com/lit/lit'));
  say(ago(1, 4), 'lilei', toC2C('alice'), text('改好了，链接发你邮箱了'));
  say(ago(1, 3, 40), 'alice', toC2C('lilei'), text('收到 👌'));

  // 韩梅梅: Alice's messages read by her (receipts), a face sticker.
  say(ago(2, 6), 'alice', toC2C('hanmeimei'), text('梅梅，下周的用户访谈安排好了吗？'));
  say(ago(2, 5, 45), 'hanmeimei', toC2C('alice'), text('安排好了，周二和周四各两场'));
  say(ago(2, 5, 44), 'hanmeimei', toC2C('alice'), { type: 'TIMFaceElem', index: 1, data: 'tim-face/thumbs-up' });
  say(ago(2, 5, 30), 'alice', toC2C('hanmeimei'), text('太好了，辛苦！'));

  // 王芳: one recalled message on each side.
  say(ago(1, 12), 'wangfang', toC2C('alice'), text('周六你去吗？'));
  const recalled: string[] = [];
  step(ago(1, 11, 59), async () =>
    recalled.push((await post(ago(1, 11, 59), 'wangfang', toC2C('alice'), text('哈哈哈 这张图笑死我了（发错人了）')))[0]!.ID),
  );
  step(ago(1, 11, 58), () => server.revokeAsAdmin(recalled.shift()!, { at: ago(1, 11, 58) }));
  say(ago(1, 11, 50), 'alice', toC2C('wangfang'), text('去！我带零食'));
  step(ago(1, 11, 49), async () =>
    recalled.push((await post(ago(1, 11, 49), 'alice', toC2C('wangfang'), text('还有，记得带我上次借你的')))[0]!.ID),
  );
  step(ago(1, 11, 48), () => server.revokeAsAdmin(recalled.shift()!, { at: ago(1, 11, 48) }));
  say(ago(1, 11, 40), 'wangfang', toC2C('alice'), text('好嘞 [Ok]'));

  // 张伟: an older chat.
  say(ago(4, 3), 'zhangwei', toC2C('alice'), text('Alice 你好，我是新来的后端同事张伟'));
  say(ago(4, 2, 55), 'alice', toC2C('zhangwei'), text('欢迎欢迎！有问题随时找我 [Smile]'));
  say(ago(4, 2, 50), 'zhangwei', toC2C('alice'), { type: 'TIMFaceElem', index: 5, data: 'tim-face/thanks' });

  // James: business talk, with a file.
  say(ago(2, 15), 'james', toC2C('alice'), text('Hi Alice, the client asked for the updated pricing sheet.'));
  const pricing = new Blob(['Plan,Seats,Monthly (USD)\nStarter,10,49\nTeam,50,199\nBusiness,250,799\n'], { type: 'text/csv' });
  say(
    ago(2, 14, 30),
    'alice',
    toC2C('james'),
    { type: 'TIMFileElem', uuid: '', fileName: 'pricing-2024.csv', fileSize: 0, fileUrl: '' },
    { files: { 0: pricing } },
  );
  say(ago(2, 14, 20), 'james', toC2C('alice'), text('Perfect, thanks! 🙏'));

  // Emma: Alice has a draft waiting.
  say(ago(0, 8), 'emma', toC2C('alice'), text('Do you have 10 minutes today to go through the bug list?'));
  say(ago(0, 7, 45), 'alice', toC2C('emma'), text('Sure, after lunch?'));
  say(ago(0, 7, 40), 'emma', toC2C('alice'), text('Works for me [Ok]'));

  // Bob: the newest chat, two unread, with a picture and his location.
  say(ago(0, 3, 10), 'alice', toC2C('bob'), text('Are we still on for the design sync?'));
  say(
    ago(0, 3, 8),
    'bob',
    toC2C('alice'),
    text('Agenda for the sync:\n- onboarding copy\n- **empty states** (see ~~v1~~ v2)\n- blockers for `2.3.0-rc3`'),
    markdown,
  );
  voice(ago(0, 3, 6), 'bob', toC2C('alice'), 2, 'Just finishing a call, one minute.');
  say(ago(0, 3, 2), 'bob', toC2C('alice'), text('Yes! Running 5 min late, grabbing coffee ☕'));
  say(ago(0, 0, 25), 'bob', toC2C('alice'), {
    type: 'TIMLocationElem',
    description: 'Blue Bottle Coffee, Nanshan',
    longitude: 113.9441,
    latitude: 22.5405,
  });
  say(ago(0, 0, 24), 'bob', toC2C('alice'), text('Want anything? Oat latte again? 😄'));

  // ── Read state, pins, mutes and drafts ──
  /** The user read these conversations at `at`: everything sent until then. */
  const readAll = (userID: string, conversationIDs: readonly string[], at: number): void => {
    for (const conversationID of conversationIDs)
      step(at, () => server.setConversationStateAsAdmin(userID, conversationID, { read: at }, { at }));
  };
  readAll('alice', [product, toC2C('bob')], ago(0, 3));
  readAll('alice', [toC2C('lilei'), toC2C('hanmeimei'), toC2C('zhangwei'), toC2C('james'), toC2C('wangfang'), toC2C('emma')], ago(0, 1));
  readAll('alice', [groupConversationID(DEMO_GROUPS.oldProject)], ago(4));
  readAll('alice', [hikers], ago(1, 9));
  readAll('lilei', [toC2C('alice')], ago(1, 3));
  readAll('hanmeimei', [toC2C('alice')], ago(2, 5));
  readAll('james', [toC2C('alice')], ago(2, 14));
  readAll('zhangwei', [toC2C('alice')], ago(4, 2));
  readAll('wangfang', [toC2C('alice')], ago(1, 11));
  readAll('bob', [toC2C('alice'), product], ago(0, 1));
  readAll('emma', [product], ago(0, 0, 40));
  step(ago(0, 1), () => server.setConversationStateAsAdmin('alice', toC2C('lilei'), { pinned: true }, { at: ago(0, 1) }));
  step(ago(0, 1), () => server.setConversationStateAsAdmin('alice', hikers, { remindType: 'AcceptNotNotify' }, { at: ago(0, 1) }));
  step(ago(0, 0, 15), () =>
    server.setConversationStateAsAdmin(
      'alice',
      toC2C('emma'),
      { draft: { text: 'Let me check the two issues first, then [Smile]', editTime: ago(0, 0, 15), userDefine: '' } },
      { at: ago(0, 0, 15) },
    ),
  );
  // The older notices are read; the survey and the book club invitation are new.
  readAll('alice', [SYSTEM_CONVERSATION_ID], ago(1, 3));

  steps.sort((a, b) => a.time - b.time);
  for (const { run } of steps) await run();
}

function imageElement(width: number, height: number): MessageElement {
  return { type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [{ type: 0, width, height, size: 0, url: '' }] };
}
