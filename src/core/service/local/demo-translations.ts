/**
 * The embedded backend's translator: a fixed dictionary between the demo's English and Chinese
 * lines (seed-demo.ts), so that "Translate" in the demo gives a real, repeatable answer. Text it
 * does not know has no translation (the service says so with `CHAT_ERROR.noResult`): it never
 * makes one up. Each pair is [English, Simplified Chinese].
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ["Welcome to the new team space [Smile] Let's keep release talk here.", '欢迎来到新的团队空间 [Smile] 发布相关的讨论都放在这里吧。'],
  ['Morning all! The draft of the v2.3 release notes is in the shared folder.', '大家早！v2.3 发布说明的草稿已经放在共享文件夹里了。'],
  ['I’ll take a look this afternoon 👍', '收到，我下午看一下 👍'],
  ['Photos from the offsite, the view was unreal 🏔', '团建的照片，风景美得不真实 🏔'],
  ["[Stareyes][Stareyes] I'm coming next time", '[Stareyes][Stareyes] 下次我也要去'],
  ["Checklist for Thursday's release, please tick your parts.", '周四发布的检查清单，请勾选各自负责的部分。'],
  ['Meeting room 12F-03 for the retro.', '复盘会在 12F-03 会议室。'],
  ['Screen recording of the new onboarding flow:', '新版引导流程的录屏：'],
  [
    '@Alice Chen could you review the new empty-state copy before 5pm? Thanks!',
    '@Alice Chen could you review the new empty-state copy before 5pm? 谢谢！',
  ],
  ['🔥 Hiking boots on sale for a limited time, click the link for a coupon!!!', '🔥 限时特价登山鞋，点击链接领取优惠券！！！'],
  ['rc3 is up, the crash on login is fixed ✅', 'rc3 已上线，登录崩溃的问题修好了 ✅'],
  ['Regression pass done, two minor issues filed.', '回归测试完成，提了两个小问题。'],
  [
    'Welcome, everyone! This Saturday we hike Wutong Mountain, meet at the metro station at 8am [Smile]',
    '欢迎大家！这周六去梧桐山，早上 8 点地铁站集合 [Smile]',
  ],
  ['I brought two trekking poles, who needs one?', '我带了两根登山杖，谁需要？'],
  ['Sunset from last trip!', '上次徒步看到的日落！'],
  ['Thanks! First time hiking with a group 😄', '谢谢！第一次跟团徒步 😄'],
  ["Can't make it this week, sorry 😢 I'll leave for now, too much travel.", '这周去不了，抱歉 😢 出差太多，我先退群了。'],
  ['The forecast says showers on Saturday 🌧️ Are we still going?', '天气预报说周六有阵雨 🌧️ 还去吗？'],
  ['Going as planned, bring a raincoat!', '照常出发，带好雨衣！'],
  ["I'm in, rain or shine ☔", '风雨无阻，我去 ☔'],
  ['This month: "The Three-Body Problem" 三体 📚', '本月共读：《三体》 📚'],
  ['Alice, have you seen the design for the new home page?', 'Alice，新版首页的设计稿你看了吗？'],
  ['I have, it looks great overall; the navigation could be a bit simpler [Blink]', '看了，整体很好，导航那里可以再简化一点 [Blink]'],
  ["OK, I'll do a new version tonight", '好的，我今晚改一版'],
  ['Taken at the weekend, West Lake 🌅', '周末拍的，西湖 🌅'],
  ['So beautiful! [Lustful]', '太美了！[Lustful]'],
  [
    'The components are written with Lit, docs here: https://lit.dev/docs/ source https://github.com/lit/lit',
    '组件用 Lit 写的，文档在这：https://lit.dev/docs/ 源码 https://github.com/lit/lit',
  ],
  ['Done, I emailed you the link', '改好了，链接发你邮箱了'],
  ['Got it 👌', '收到 👌'],
  ['Meimei, are the user interviews for next week arranged?', '梅梅，下周的用户访谈安排好了吗？'],
  ['Yes, two sessions each on Tuesday and Thursday', '安排好了，周二和周四各两场'],
  ['Great, thank you!', '太好了，辛苦！'],
  ['Are you going on Saturday?', '周六你去吗？'],
  ["Yes! I'll bring snacks", '去！我带零食'],
  ['Sure thing [Ok]', '好嘞 [Ok]'],
  ["Hi Alice, I'm Zhang Wei, the new backend engineer", 'Alice 你好，我是新来的后端同事张伟'],
  ['Welcome! Ask me anything, any time [Smile]', '欢迎欢迎！有问题随时找我 [Smile]'],
  ['Hi Alice, the client asked for the updated pricing sheet.', 'Alice 你好，客户想要更新后的价格表。'],
  ['Perfect, thanks! 🙏', '太好了，谢谢！🙏'],
  ['Do you have 10 minutes today to go through the bug list?', '你今天有 10 分钟一起过一下问题列表吗？'],
  ['Sure, after lunch?', '可以，午饭后？'],
  ['Works for me [Ok]', '我可以 [Ok]'],
  ['Are we still on for the design sync?', '设计同步会还照常开吗？'],
  ['Yes! Running 5 min late, grabbing coffee ☕', '开！我晚到 5 分钟，在买咖啡 ☕'],
  ['Want anything? Oat latte again? 😄', '要带点什么吗？还是燕麦拿铁？😄'],
  [
    '**Release plan v2.3** 🚀\n\n1. Freeze strings: *Wednesday*\n2. Regression pass\n3. Ship on **Thursday**\n\n> Keep release talk in this group, please [Smile]\n\nStatus page: [build dashboard](https://cloud.tencent.com/product/im), or run `npm run release:check`',
    '**v2.3 发布计划** 🚀\n\n1. 冻结文案：*周三*\n2. 回归测试\n3. **周四**发布\n\n> 发布相关的讨论请都放在这个群里 [Smile]\n\n状态页：[构建看板](https://cloud.tencent.com/product/im)，或运行 `npm run release:check`',
  ],
  [
    'Agenda for the sync:\n- onboarding copy\n- **empty states** (see ~~v1~~ v2)\n- blockers for `2.3.0-rc3`',
    '同步会议程：\n- 引导文案\n- **空状态**（看 ~~v1~~ v2）\n- `2.3.0-rc3` 的阻塞问题',
  ],
  ['The project is over, thank you all for this year of work 🎉', '项目结束啦，感谢大家这一年的付出 🎉'],
];

function key(text: string): string {
  return text.trim().normalize('NFC');
}

const TO_CHINESE = new Map(PAIRS.map(([en, zh]) => [key(en), zh]));
const TO_ENGLISH = new Map(PAIRS.map(([en, zh]) => [key(zh), en]));

/**
 * The demo dictionary's translation of `text` into `language` ('en', or 'zh' for Simplified
 * Chinese), or null when it has none. A text already in that language is its own translation.
 */
export function demoTranslation(text: string, language: string): string | null {
  const k = key(typeof text === 'string' ? text : '');
  if (!k) return null;
  if (language === 'zh') return TO_CHINESE.get(k) ?? (TO_ENGLISH.has(k) ? k : null);
  if (language === 'en') return TO_ENGLISH.get(k) ?? (TO_CHINESE.has(k) ? k : null);
  return null;
}
