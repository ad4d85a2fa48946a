import { formatDuration } from './format-time.js';
import { durationZh } from './duration.js';
import type { CoreStrings } from './en.js';
import { clauseListZh, nameListZh } from './name-list.js';
import type { MuteChange, ProfileChange } from './notice-params.js';
import type { Person } from './person.js';
import { zh } from './zh-spacing.js';

/**
 * The core's strings in Simplified Chinese. Typed as `CoreStrings`, so a key missing here, an
 * extra key, or text where English has a function (or the reverse) does not compile.
 * Spacing between Han and Latin text is left to the `zh` tag.
 */

const who = (people: readonly Person[]) => nameListZh(people, 'subject');
const whom = (people: readonly Person[]) => nameListZh(people, 'object');

/** 群聊“名称”, or just 群聊 when the group has no name. */
const groupRef = (group: string) => (group ? `群聊“${group}”` : '群聊');

const withNote = (sentence: string, note: string) => (note ? `${sentence}：“${note}”` : sentence);

function profileChangeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `将群名称修改为“${change.value}”` : '修改了群名称';
    case 'notification':
      return change.value ? `将群公告修改为“${change.value}”` : '清空了群公告';
    case 'introduction':
      return change.value ? `将群简介修改为“${change.value}”` : '清空了群简介';
    case 'avatar':
      return '更换了群头像';
    case 'owner':
      return zh`将群主转让给了${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? '开启了全员禁言' : '关闭了全员禁言';
    case 'other':
      return '修改了群资料';
  }
}

function profileChangePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `群名称已修改为“${change.value}”` : '群名称已修改';
    case 'notification':
      return change.value ? `群公告已修改为“${change.value}”` : '群公告已清空';
    case 'introduction':
      return change.value ? `群简介已修改为“${change.value}”` : '群简介已清空';
    case 'avatar':
      return '群头像已更换';
    case 'owner':
      return zh`${who([change.owner])}已成为群主`;
    case 'muteAll':
      return change.on ? '已开启全员禁言' : '已关闭全员禁言';
    case 'other':
      return '群资料已更新';
  }
}

const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? zh`将${whom(m.users)}禁言${durationZh(m.seconds)}` : zh`解除了${whom(m.users)}的禁言`;
const mutePassive = (m: MuteChange) => (m.seconds > 0 ? zh`${who(m.users)}被禁言${durationZh(m.seconds)}` : zh`${who(m.users)}被解除禁言`);

export const zhCN: CoreStrings = {
  'tip.joined': (p) => zh`${who(p.users)}加入了群聊`,
  'tip.invited': (p) => zh`${who([p.operator])}邀请${whom(p.users)}加入了群聊`,
  'tip.left': (p) => zh`${who(p.users)}退出了群聊`,
  'tip.removed': (p) => (p.operator ? zh`${who([p.operator])}将${whom(p.users)}移出了群聊` : zh`${who(p.users)}被移出了群聊`),
  'tip.adminSet': (p) => (p.operator ? zh`${who([p.operator])}将${whom(p.users)}设为管理员` : zh`${who(p.users)}已成为管理员`),
  'tip.adminRemoved': (p) => (p.operator ? zh`${who([p.operator])}取消了${whom(p.users)}的管理员身份` : zh`${who(p.users)}已不再是管理员`),
  'tip.groupProfileUpdated': (p) => {
    const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
    return p.operator
      ? zh`${who([p.operator])}${clauseListZh(changes.map(profileChangeActive))}`
      : changes.map(profileChangePassive).join('；');
  },
  'tip.membersMuted': (p) =>
    p.operator ? zh`${who([p.operator])}${clauseListZh(p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('；'),
  'tip.memberProfileUpdated': (p) => (p.users.length ? zh`${who(p.users)}的群成员资料已更新` : '群成员资料已更新'),
  'tip.bannedFromRoom': (p) => (p.operator ? zh`${who([p.operator])}封禁了${whom(p.users)}` : zh`${who(p.users)}已被封禁`),
  'tip.unbannedFromRoom': (p) => (p.operator ? zh`${who([p.operator])}解除了对${whom(p.users)}的封禁` : zh`${who(p.users)}已被解除封禁`),
  'tip.unknown': '群通知',

  'notice.joinRequest': (p) => withNote(zh`${who(p.operator ? [p.operator] : [])}申请加入${groupRef(p.group)}`, p.note),
  'notice.joinAccepted': (p) =>
    withNote(
      p.operator ? zh`${who([p.operator])}同意了你加入${groupRef(p.group)}的申请` : `你加入${groupRef(p.group)}的申请已通过`,
      p.note,
    ),
  'notice.joinRefused': (p) =>
    withNote(
      p.operator ? zh`${who([p.operator])}拒绝了你加入${groupRef(p.group)}的申请` : `你加入${groupRef(p.group)}的申请被拒绝`,
      p.note,
    ),
  'notice.kickedOut': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}将你移出了${groupRef(p.group)}` : `你已被移出${groupRef(p.group)}`, p.note),
  'notice.dismissed': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}解散了${groupRef(p.group)}` : `${groupRef(p.group)}已被解散`, p.note),
  'notice.created': (p) => withNote(p.operator ? zh`${who([p.operator])}创建了${groupRef(p.group)}` : `${groupRef(p.group)}已创建`, p.note),
  'notice.invited': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}邀请你加入了${groupRef(p.group)}` : `你已加入${groupRef(p.group)}`, p.note),
  'notice.quit': (p) => withNote(`你已退出${groupRef(p.group)}`, p.note),
  'notice.adminSet': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}将你设为${groupRef(p.group)}的管理员` : `你已成为${groupRef(p.group)}的管理员`, p.note),
  'notice.adminRemoved': (p) =>
    withNote(
      p.operator ? zh`${who([p.operator])}取消了你在${groupRef(p.group)}的管理员身份` : `你已不再是${groupRef(p.group)}的管理员`,
      p.note,
    ),
  'notice.recycled': (p) => withNote(`${groupRef(p.group)}已被系统回收`, p.note),
  'notice.inviteRequest': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}邀请你加入${groupRef(p.group)}` : `你收到了加入${groupRef(p.group)}的邀请`, p.note),
  'notice.inviteAccepted': (p) =>
    withNote(
      p.operator ? zh`${who([p.operator])}接受了邀请，加入了${groupRef(p.group)}` : `加入${groupRef(p.group)}的邀请已被接受`,
      p.note,
    ),
  'notice.inviteRefused': (p) =>
    withNote(p.operator ? zh`${who([p.operator])}拒绝了加入${groupRef(p.group)}的邀请` : `加入${groupRef(p.group)}的邀请已被拒绝`, p.note),
  'notice.custom': (p) => (p.content ? `${groupRef(p.group)}的通知：${p.content}` : `${groupRef(p.group)}的自定义通知`),
  'notice.unknown': (p) => (p.group ? `来自${groupRef(p.group)}的系统通知` : '群系统通知'),

  'summary.image': '[图片]',
  'summary.voice': (p) => (p.seconds > 0 ? `[语音] ${formatDuration(p.seconds)}` : '[语音]'),
  'summary.video': (p) => (p.seconds > 0 ? `[视频] ${formatDuration(p.seconds)}` : '[视频]'),
  'summary.file': (p) => (p.name ? `[文件] ${p.name}` : '[文件]'),
  'summary.location': (p) => (p.description ? `[位置] ${p.description}` : '[位置]'),
  'summary.sticker': '[表情]',
  'summary.custom': '[自定义消息]',
  'summary.unsupported': '[暂不支持的消息]',
  'summary.chatHistory': '[聊天记录]',
  /** A merged ("chat history") message's title, as the sender's client writes it. */
  'merged.titleOne': (p: { name: string }) => `${p.name}的聊天记录`,
  'merged.titleTwo': (p: { first: string; second: string }) => `${p.first}和${p.second}的聊天记录`,
  'merged.titleGroup': (p: { group: string }) => (p.group ? `${p.group}的聊天记录` : '群聊的聊天记录'),
  'summary.revokedBySelf': '你撤回了一条消息',
  'summary.revokedByOther': (p) => zh`${p.name}撤回了一条消息`,
  'summary.draft': '[草稿]',
  'summary.atMe': '[有人@我]',
  'summary.prefixSeparator': '',
  'summary.senderSeparator': '：',

  'error.invalidArgument': '请求参数无效',
  'error.notLoggedIn': '尚未登录',
  'error.uploadFailed': '上传失败',
  'error.uploadCancelled': '已取消上传',
  'error.fileTooLarge': '文件过大',
  'error.sendFailed': '消息发送失败',
  'error.revokeFailed': '消息撤回失败',
  'error.messageNotFound': '找不到该消息',
  'error.conversationNotFound': '找不到该会话',
  'error.network': '网络异常，请检查网络连接后重试',
  'error.timeout': '请求超时，请重试',
  'error.offline': '当前处于离线状态',
  'error.notGroupMember': '你不是该群的成员',
  'error.mutedInGroup': '你在本群中已被禁言',
  'error.revokeTimeLimit': '已超过可撤回的时间',
  'error.revokeNotSender': '只能撤回自己发送的消息',
  'error.textTooLong': '消息内容过长',
  'error.kickedOut': '你已被强制下线',
  'error.storage': '本地保存失败',
  'error.unsupported': '此功能在这里不可用',
  'error.noResult': '暂无可用的翻译或转写结果',
  'error.editNotAllowed': '只能编辑自己发送的文本消息',
  'error.editTimeLimit': '已超过可编辑时间',
  'error.editConflict': '消息已在别处被修改，请重试',
  'error.pinNotAllowed': '只有群主和管理员可以置顶消息',
  'error.pinLimit': '置顶消息数量已达上限',
  'error.unknown': '出错了，请稍后重试',
  'error.withCode': (p) => `出错了（错误码 ${p.code}）`,

  'cache.unavailable': '当前浏览器无法使用离线存储，消息仅保留到页面关闭',
  'cache.blocked': '离线存储被另一个标签页占用，消息仅保留到页面关闭',
  'cache.quota': '本设备存储空间已满，新消息仅保留到页面关闭',
  'cache.error': '离线存储出错，消息仅保留到页面关闭',
};
