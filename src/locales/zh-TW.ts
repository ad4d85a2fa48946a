import { defineLocale, durationZhHant, formatDuration, nameListZh, zh, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Traditional Chinese as written in Taiwan (zh-TW; zh-HK and zh-MO fall back to it), in LINE's and
 * Telegram's words: 聊天、群組、訊息、置頂、關閉通知、收回、貼圖、已讀、影片、檔案、網路、登入.
 * Spacing between Han and Latin text is left to the `zh` tag, as in zh-CN.
 */

const who = (people: readonly Person[]) => nameListZh(people, 'subject');
const whom = (people: readonly Person[]) => nameListZh(people, 'object');
/** 群組「名稱」, or just 群組 when the group has no name. */
const groupRef = (group: string) => (group ? `群組「${group}」` : '群組');
const withNote = (sentence: string, note: string) => (note ? `${sentence}：「${note}」` : sentence);
/** "a", "a，並b", "a，b，並c". */
const clauses = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('，')}，並${parts[parts.length - 1]}`;

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `將群組名稱改為「${change.value}」` : '修改了群組名稱';
    case 'notification':
      return change.value ? `將群組公告改為「${change.value}」` : '清除了群組公告';
    case 'introduction':
      return change.value ? `將群組簡介改為「${change.value}」` : '清除了群組簡介';
    case 'avatar':
      return '更換了群組頭貼';
    case 'owner':
      return zh`將群組擁有者轉讓給${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? '開啟了全員禁言' : '關閉了全員禁言';
    case 'other':
      return '更新了群組資料';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `群組名稱已改為「${change.value}」` : '群組名稱已修改';
    case 'notification':
      return change.value ? `群組公告已改為「${change.value}」` : '群組公告已清除';
    case 'introduction':
      return change.value ? `群組簡介已改為「${change.value}」` : '群組簡介已清除';
    case 'avatar':
      return '群組頭貼已更換';
    case 'owner':
      return zh`${who([change.owner])}已成為群組擁有者`;
    case 'muteAll':
      return change.on ? '已開啟全員禁言' : '已關閉全員禁言';
    case 'other':
      return '群組資料已更新';
  }
}

const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? zh`將${whom(m.users)}禁言${durationZhHant(m.seconds)}` : zh`解除了${whom(m.users)}的禁言`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? zh`${who(m.users)}被禁言${durationZhHant(m.seconds)}` : zh`${who(m.users)}已解除禁言`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => zh`${who(p.users)}加入了群組`,
    'tip.invited': (p) => zh`${who([p.operator])}邀請${whom(p.users)}加入了群組`,
    'tip.left': (p) => zh`${who(p.users)}退出了群組`,
    'tip.removed': (p) => (p.operator ? zh`${who([p.operator])}將${whom(p.users)}移出了群組` : zh`${who(p.users)}已被移出群組`),
    'tip.adminSet': (p) => (p.operator ? zh`${who([p.operator])}將${whom(p.users)}設為管理員` : zh`${who(p.users)}已成為管理員`),
    'tip.adminRemoved': (p) =>
      p.operator ? zh`${who([p.operator])}取消了${whom(p.users)}的管理員身分` : zh`${who(p.users)}已不再是管理員`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator ? zh`${who([p.operator])}${clauses(changes.map(changeActive))}` : changes.map(changePassive).join('；');
    },
    'tip.membersMuted': (p) =>
      p.operator ? zh`${who([p.operator])}${clauses(p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('；'),
    'tip.memberProfileUpdated': (p) => (p.users.length ? zh`${who(p.users)}的成員資料已更新` : '成員資料已更新'),
    'tip.bannedFromRoom': (p) => (p.operator ? zh`${who([p.operator])}封鎖了${whom(p.users)}` : zh`${who(p.users)}已被封鎖`),
    'tip.unbannedFromRoom': (p) => (p.operator ? zh`${who([p.operator])}解除了對${whom(p.users)}的封鎖` : zh`${who(p.users)}已解除封鎖`),
    'tip.unknown': '群組通知',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(zh`${who(p.operator ? [p.operator] : [])}申請加入${groupRef(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator ? zh`${who([p.operator])}同意了你加入${groupRef(p.group)}的申請` : `你加入${groupRef(p.group)}的申請已通過`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator ? zh`${who([p.operator])}拒絕了你加入${groupRef(p.group)}的申請` : `你加入${groupRef(p.group)}的申請已被拒絕`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}將你移出了${groupRef(p.group)}` : `你已被移出${groupRef(p.group)}`, p.note),
    'notice.dismissed': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}解散了${groupRef(p.group)}` : `${groupRef(p.group)}已解散`, p.note),
    'notice.created': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}建立了${groupRef(p.group)}` : `${groupRef(p.group)}已建立`, p.note),
    'notice.invited': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}將你加入了${groupRef(p.group)}` : `你已加入${groupRef(p.group)}`, p.note),
    'notice.quit': (p) => withNote(`你已退出${groupRef(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}將你設為${groupRef(p.group)}的管理員` : `你已成為${groupRef(p.group)}的管理員`, p.note),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator ? zh`${who([p.operator])}取消了你在${groupRef(p.group)}的管理員身分` : `你已不再是${groupRef(p.group)}的管理員`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${groupRef(p.group)}已被系統刪除`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(p.operator ? zh`${who([p.operator])}邀請你加入${groupRef(p.group)}` : `你收到了加入${groupRef(p.group)}的邀請`, p.note),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator ? zh`${who([p.operator])}接受了邀請，加入了${groupRef(p.group)}` : `加入${groupRef(p.group)}的邀請已被接受`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator ? zh`${who([p.operator])}拒絕了加入${groupRef(p.group)}的邀請` : `加入${groupRef(p.group)}的邀請已被拒絕`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `${groupRef(p.group)}的通知：${p.content}` : `${groupRef(p.group)}的自訂通知`),
    'notice.unknown': (p) => (p.group ? `來自${groupRef(p.group)}的系統通知` : '群組系統通知'),

    'summary.image': '[照片]',
    'summary.voice': (p) => (p.seconds > 0 ? `[語音訊息] ${formatDuration(p.seconds)}` : '[語音訊息]'),
    'summary.video': (p) => (p.seconds > 0 ? `[影片] ${formatDuration(p.seconds)}` : '[影片]'),
    'summary.file': (p) => (p.name ? `[檔案] ${p.name}` : '[檔案]'),
    'summary.location': (p) => (p.description ? `[位置] ${p.description}` : '[位置]'),
    'summary.sticker': '[貼圖]',
    'summary.custom': '[自訂訊息]',
    'summary.unsupported': '[不支援的訊息]',
    'summary.chatHistory': '[聊天記錄]',
    'merged.titleOne': (p) => `${p.name}的聊天記錄`,
    'merged.titleTwo': (p) => `${p.first}和${p.second}的聊天記錄`,
    'merged.titleGroup': (p) => (p.group ? `${p.group}的聊天記錄` : '群聊的聊天記錄'),
    'summary.revokedBySelf': '你已收回訊息',
    'summary.revokedByOther': (p) => zh`${p.name}已收回訊息`,
    'summary.draft': '[草稿]',
    'summary.atMe': '[有人提及你]',
    'summary.prefixSeparator': '',
    'summary.senderSeparator': '：',

    'error.invalidArgument': '請求參數無效',
    'error.notLoggedIn': '尚未登入',
    'error.uploadFailed': '上傳失敗',
    'error.uploadCancelled': '已取消上傳',
    'error.fileTooLarge': '檔案太大',
    'error.sendFailed': '訊息傳送失敗',
    'error.revokeFailed': '訊息收回失敗',
    'error.messageNotFound': '找不到這則訊息',
    'error.conversationNotFound': '找不到這個聊天',
    'error.network': '網路異常，請檢查網路連線後再試一次',
    'error.timeout': '請求逾時，請再試一次',
    'error.offline': '目前處於離線狀態',
    'error.notGroupMember': '你不是這個群組的成員',
    'error.mutedInGroup': '你在這個群組中已被禁言',
    'error.revokeTimeLimit': '已超過可收回的時間',
    'error.revokeNotSender': '只能收回自己傳送的訊息',
    'error.textTooLong': '訊息內容過長',
    'error.kickedOut': '你已被強制登出',
    'error.storage': '無法儲存到這部裝置',
    'error.unsupported': '此功能在這裡無法使用',
    'error.noResult': '暫無可用的翻譯或轉寫結果',
    'error.editNotAllowed': '只能編輯自己傳送的文字訊息',
    'error.editTimeLimit': '已超過可編輯時間',
    'error.editConflict': '訊息已在其他地方被修改，請重試',
    'error.pinNotAllowed': '只有群組擁有者和管理員可以置頂訊息',
    'error.pinLimit': '置頂訊息數量已達上限',
    'error.unknown': '發生錯誤，請稍後再試',
    'error.withCode': (p) => `發生錯誤（錯誤碼 ${p.code}）`,

    'cache.unavailable': '這個瀏覽器無法使用離線儲存空間，訊息只會保留到關閉頁面為止',
    'cache.blocked': '離線儲存空間正被其他分頁使用，訊息只會保留到關閉頁面為止',
    'cache.quota': '這部裝置的儲存空間已滿，新訊息只會保留到關閉頁面為止',
    'cache.error': '離線儲存發生錯誤，訊息只會保留到關閉頁面為止',
  },

  chat: {
    label: '聊天',
    back: '返回聊天列表',
    members: (count) => `${count} 位成員`,
    dismissed: '這個群組已解散',
    typing: '對方正在輸入…',
    typingPeople: (names) =>
      names.length === 1
        ? `${names[0]} 正在輸入…`
        : names.length === 2
          ? `${names[0]} 和 ${names[1]} 正在輸入…`
          : `${names.length} 人正在輸入…`,
    pickConversation: '選擇一個聊天開始對話',
    connecting: '連線中…',
    offline: '網路已中斷，恢復連線後會自動傳送訊息。',
    kickedOut: '你的帳號已在其他地方登入，目前已登出。',
    signatureExpired: '登入已過期，請重新登入。',
    dismiss: '關閉',
    system: '系統通知',
    starting: '正在啟動…',
    startFailed: '無法啟動聊天。',
    retry: '重試',
  },
  composer: {
    inputLabel: '訊息',
    placeholder: '輸入訊息',
    hintEnter: 'Enter 傳送，Shift+Enter 換行',
    hintCtrlEnter: 'Ctrl+Enter（⌘+Enter）傳送，Enter 換行',
    toolbar: '訊息工具',
    emoji: '表情符號與貼圖',
    image: '傳送照片',
    video: '傳送影片',
    file: '傳送檔案',
    voice: '錄製語音訊息',
    location: '傳送位置',
    voiceStop: '停止錄音並傳送',
    send: '傳送',
    replyingTo: (name) => `回覆 ${name}`,
    cancelReply: '取消回覆',
    editing: '編輯訊息',
    cancelEdit: '取消編輯',
    saveEdit: '儲存',
    mentionList: '群組成員',
    mentionAll: '所有人',
    mentionAllHint: '提及群組中的所有人',
    loadingMembers: '正在載入成員…',
    membersFailed: '無法載入成員名單。',
    noMembers: (query) => `沒有符合「${query}」的成員`,
    noConversation: '選擇一個聊天後即可輸入訊息。',
    starting: '連線中…',
    signedOut: '你已登出，無法傳送訊息。',
    system: '無法回覆系統通知。',
    mutedUntil: (time) => `你已被禁言，解除時間 ${time}。`,
    mutedAll: '全員禁言中，只有群組擁有者和管理員可以發言。',
    notMember: '你不是這個群組的成員，無法在此傳送訊息。',
    dismissed: '這個群組已解散，無法再傳送訊息。',
    offline: '網路已中斷，訊息將在恢復連線後傳送。',
    textTooLong: (size, limit) => `訊息太長（${size}，上限 ${limit}），請刪減或分段傳送。`,
    fileTooLarge: (name, size, limit) => `「${name}」大小為 ${size}，檔案不能超過 ${limit}。`,
    imageType: (name) => `「${name}」無法以照片傳送（支援 JPG、PNG、GIF、BMP、WebP），請改以檔案傳送。`,
    videoType: (name) => `「${name}」無法以影片傳送（支援 MP4、MOV、WebM），請改以檔案傳送。`,
    fileEmpty: (name) => `「${name}」是空白檔案。`,
    imageUnreadable: (name) => `無法讀取圖片「${name}」。`,
    imageTooManyPixels: (name, width, height, limit) =>
      `「${name}」為 ${width} × ${height} 像素，照片最多 ${limit} 百萬像素，請改以檔案傳送。`,
    unnamedFile: '這個檔案',
    dropHere: '放開即可傳送檔案',
    trayLabel: (count, max) => `隨訊息傳送的圖片：${count}/${max}`,
    trayImage: (n, name) => (name ? `圖片 ${n}，${name}` : `圖片 ${n}`),
    trayRemove: (picture) => `移除${picture}`,
    tooManyImages: (max) => `一則訊息最多可包含 ${max} 張圖片。請先傳送這些圖片，再加入更多。`,
    dismiss: '關閉',
  },
  confirmDialog: {
    cancel: '取消',
  },
  conversationList: {
    label: '聊天列表',
    search: '搜尋',
    searchLabel: '搜尋聊天',
    empty: '目前沒有聊天',
    noMatch: (query) => `沒有符合「${query}」的聊天`,
    loading: '正在載入聊天…',
    actions: '更多操作',
    pin: '置頂聊天',
    unpin: '取消置頂',
    mute: '關閉通知',
    unmute: '開啟通知',
    markRead: '標示為已讀',
    markUnread: '標示為未讀',
    markedUnread: '已標示為未讀',
    online: '線上',
    delete: '刪除聊天',
    deleteWithMessages: '刪除聊天及聊天記錄',
    deleteTitle: (name) => `要刪除與「${name}」的聊天嗎？`,
    deleteText: '聊天會從列表中移除，聊天記錄會保留，收到新訊息時會再次出現。',
    deleteWithMessagesTitle: (name) => `要刪除與「${name}」的聊天及聊天記錄嗎？`,
    deleteWithMessagesText: '聊天及聊天記錄將從你所有的裝置中刪除，且無法復原。',
    deleteConfirm: '刪除',
    pinned: '已置頂',
    muted: '已關閉通知',
    unread: (count) => `${count} 則未讀`,
    system: '系統通知',
    cannotShow: '無法顯示這個聊天',
  },
  emojiParser: {
    opensInNewTab: '（在新分頁中開啟）',
  },
  emojiPicker: {
    label: '表情符號與貼圖',
    tabs: '分類',
    emojiTab: '表情符號',
    stickersTab: '貼圖',
    search: '搜尋表情符號',
    searchStickers: '搜尋貼圖',
    recent: '最近使用',
    all: '所有表情符號',
    results: '搜尋結果',
    stickers: '貼圖',
    noResults: (query) => `沒有符合「${query}」的表情符號`,
    noStickers: (query) => `沒有符合「${query}」的貼圖`,
  },
  imageViewer: {
    label: '圖片檢視器',
    close: '關閉',
    openOriginal: '在新分頁中開啟原圖',
    loadingOriginal: '正在載入原圖…',
    failed: '無法載入圖片。',
    image: '圖片',
    previous: '上一張',
    next: '下一張',
    zoomIn: '放大',
    zoomOut: '縮小',
    download: '下載',
    position: (index, total) => `第 ${index} 張，共 ${total} 張`,
  },
  newChat: {
    open: '發起聊天',
    title: '發起聊天',
    searchLabel: '依 ID 或名稱尋找使用者和群組',
    searchPlaceholder: '使用者 ID、群組 ID 或名稱',
    hint: '輸入 ID 或名稱，尋找要聊天的人或要加入的群組。',
    searching: '搜尋中…',
    noResults: (query) => `沒有找到符合「${query}」的使用者或群組`,
    failed: '搜尋失敗，請檢查網路後再試一次。',
    results: (count) => `${count} 個結果`,
    person: '使用者',
    group: '群組',
    members: (count) => `${count} 位成員`,
    chat: '聊天',
    openGroup: '開啟',
    join: '加入',
    request: '申請加入',
    closed: '僅限邀請',
    joining: '加入中…',
    requested: '已申請',
    joinFailed: '無法加入',
    requestSent: (group) => `已申請加入 ${group}，群主或管理員同意後即可聊天。`,
    close: '關閉',
  },
  forward: {
    rowSelected: '已選取',
    rowNotSelected: '未選取',
    pickerTitle: '轉傳給',
    searchLabel: '搜尋對話',
    searchPlaceholder: '搜尋',
    noMatches: '沒有符合的對話',
    noConversations: '尚無對話',
    selected: (count) => `已選取 ${count} 項`,
    send: '傳送',
    cancel: '取消',
    forwarded: '已轉傳',
    forwardFailed: '部分訊息無法轉傳。',
    selectMessage: '選取訊息',
    selectionBar: '已選取的訊息',
    forwardSeparate: '逐則轉傳',
    forwardMerged: '合併轉傳',
    deleteForMe: '在本機刪除',
    done: '完成',
    deleteSelectedTitle: (count) => `在本機刪除這 ${count} 則訊息？`,
    deleteSelectedText: '只會從這部裝置刪除；對話中的其他人仍看得到。',
    chatHistory: '聊天記錄',
    openHistory: (title) => `${title}。開啟聊天記錄`,
    viewerClose: '關閉',
    viewerBack: '返回',
    viewerLoading: '正在載入聊天記錄…',
    viewerFailed: '無法開啟聊天記錄。',
    viewerEmpty: '這則聊天記錄中沒有訊息。',
    layersOverLimit: '部分較早的轉傳訊息巢狀層級過深，無法顯示。',
    retry: '重試',
  },
  messageActions: {
    label: '訊息操作',
    copy: '複製',
    translate: '翻譯',
    'convert-to-text': '轉文字',
    reply: '回覆',
    edit: '編輯',
    pin: '置頂',
    unpin: '取消置頂',
    forward: '轉傳',
    select: '多選',
    revoke: '收回',
    delete: '在這部裝置上刪除',
    'delete-from-history': '從聊天記錄中刪除',
    resend: '重新傳送',
  },
  messageList: {
    label: '訊息',
    labelWith: (name) => `與 ${name} 的訊息`,
    empty: '目前沒有訊息',
    emptyHint: '打個招呼吧 👋',
    loading: '正在載入訊息…',
    loadingOlder: '正在載入較早的訊息…',
    loadFailed: '無法載入訊息。',
    olderFailed: '無法載入較早的訊息。',
    retry: '重試',
    newMessages: (count) => `${count} 則新訊息`,
    jumpToLatest: '跳到最新訊息',
    newDivider: '以下為新訊息',
    unreadAbove: (count) => `${count} 則未讀訊息`,
    jumpToUnread: '跳到第一則未讀訊息',
    copied: '已複製',
    pinned: '已置頂',
    unpinned: '已取消置頂',
    pinnedMessage: '置頂訊息',
    pinnedNumbered: (position, count) => `置頂訊息 ${position}/${count}`,
    goToPinned: '前往該訊息',
    allPinned: '所有置頂訊息',
    pinnedCount: (count) => `${count} 則置頂訊息`,
    unpin: '取消置頂',
    unpinMessage: (text) => `取消置頂「${text}」`,
    copyFailed: '無法複製到剪貼簿',
    originalNotFound: '原始訊息已無法查看',
    dismiss: '關閉',
    beginning: '以上為所有訊息',
    notFound: '找不到這個聊天',
    notFoundText: '這個群組或使用者不存在，或你不在這個群組中。',
    deleteForMeTitle: '要在這部裝置上刪除這則訊息嗎？',
    deleteForMeText: '只會從這部裝置刪除，聊天中的其他人仍看得到。',
    deleteForMe: '在這部裝置上刪除',
    deleteFromHistoryTitle: '要從聊天記錄中刪除這則訊息嗎？',
    deleteFromHistoryText: '將從你所有裝置的聊天記錄中永久刪除，聊天中的其他人仍看得到。',
    deleteFromHistory: '刪除',
  },
  message: {
    you: '你',
    sticker: '[貼圖]',
    location: '位置',
    openMap: '在 OpenStreetMap 中開啟',
    coordinates: (lat, lon) => `${lat}，${lon}`,
    latitude: (degrees, north) => `${north ? '北緯' : '南緯'} ${degrees}°`,
    longitude: (degrees, east) => `${east ? '東經' : '西經'} ${degrees}°`,
    customMessage: '[自訂訊息]',
    viewDetails: '查看詳細資料',
    unsupported: '[不支援的訊息]',
    unsupportedNamed: (summary) => `[不支援的訊息：${summary}]`,
    sending: '傳送中…',
    failed: '傳送失敗',
    failedWithReason: (reason) => `傳送失敗：${reason}`,
    resend: '重新傳送',
    sent: '已傳送',
    read: '已讀',
    uploading: (percent) => `正在上傳，${percent}%`,
    cancelUpload: '取消上傳',
    replyTo: (name) => `回覆 ${name}`,
    showOriginal: '查看原始訊息',
    messageFrom: (name, time) => `${name}，${time}`,
    actions: '訊息操作',
    edited: '已編輯',
    reEdit: '重新編輯',
    cannotShow: '[無法顯示這則訊息]',
    showMore: '顯示更多',
    showMoreLabel: (shown, total) => `顯示更多（已顯示 ${shown}，共 ${total}）`,
    translating: '翻譯中…',
    transcribing: '正在轉文字…',
    translatedInto: (language) => `已翻譯為${language}`,
    transcriptLabel: '語音轉文字',
    noTranslation: '暫無可用翻譯',
    noTranscript: '此語音暫無可用文字',
    conversionRetry: '重試',
    conversionHide: '收起',
    showTranslation: '顯示翻譯',
    showTranscript: '顯示文字',
    conversionClose: '關閉',
  },
  messageReactions: {
    label: '表情回應',
    quickReactions: '快速回應',
    moreReactions: '更多表情',
    chooseReaction: '選擇表情回應',
    you: '你',
    reactedWith: (names, reaction) => `${names} 回應了 ${reaction}`,
    andMore: (count) => `及其他 ${count} 人`,
    loading: '載入中…',
    someoneReacted: (name, reaction) => `${name} 回應了 ${reaction}`,
    newReactions: (count) => `${count} 則新的表情回應`,
  },
  readReceipts: {
    unread: '未讀',
    readCount: (count) => `${count} 人已讀`,
    allRead: '全部已讀',
    showReaders: '查看誰已讀',
    title: '已讀詳情',
    readTab: (count) => `已讀 (${count})`,
    unreadTab: (count) => `未讀 (${count})`,
    nobodyRead: '還沒有人讀過',
    everyoneRead: '所有人都已讀',
    loading: '正在載入…',
    loadMore: '載入更多',
    failed: '無法載入清單。',
    retry: '重試',
    close: '關閉',
  },
  groupApplications: {
    accept: '同意',
    decline: '拒絕',
    acceptRequest: (person, group) => `同意 ${person} 加入 ${group} 的申請`,
    declineRequest: (person, group) => `拒絕 ${person} 加入 ${group} 的申請`,
    acceptInvitation: (person, group) => `同意 ${person} 的邀請，加入 ${group}`,
    declineInvitation: (person, group) => `拒絕 ${person} 的邀請，不加入 ${group}`,
    accepting: '正在同意…',
    declining: '正在拒絕…',
    accepted: '已同意',
    declined: '已拒絕',
    handled: '已處理',
    failed: '未能送出你的答覆，請再試一次。',
  },
  messageFile: {
    download: (name) => `下載 ${name}`,
    downloading: (percent) => `正在下載，${percent}%`,
    downloaded: '已下載',
    failed: '下載失敗，請再試一次。',
    unavailable: '無法使用檔案',
    untitled: '未命名檔案',
  },
  messageImage: {
    image: '照片',
    openImage: '查看大圖',
    loading: '照片載入中',
    unavailable: '無法顯示照片',
  },
  messageSound: {
    play: (duration) => `播放語音訊息，${duration}`,
    pause: '暫停語音訊息',
    unplayed: '尚未播放',
    unavailable: '無法播放語音訊息',
    playFailed: '無法播放這則語音訊息',
    position: '播放進度',
  },
  messageVideo: {
    play: (duration) => `播放影片，${duration}`,
    video: '影片',
    unavailable: '無法播放影片',
  },
  locationPicker: {
    panel: '傳送位置',
    useCurrent: '使用我目前的位置',
    locating: '正在取得你的位置…',
    description: '地點',
    descriptionPlaceholder: '名稱或地址（選填）',
    latitude: '緯度',
    longitude: '經度',
    cancel: '取消',
    send: '傳送位置',
    missingLatitude: '請輸入緯度。',
    missingLongitude: '請輸入經度。',
    notANumber: '請輸入以度為單位的數字，例如 22.5405。',
    latitudeRange: '緯度應介於 −90 到 90 之間。',
    longitudeRange: '經度應介於 −180 到 180 之間。',
    denied: '位置存取權遭拒。請在瀏覽器設定中允許此網站使用位置，或直接輸入座標。',
    unavailable: '無法取得你的位置。請再試一次，或直接輸入座標。',
    timeout: '取得位置的時間過長。請再試一次，或直接輸入座標。',
    unsupported: '此瀏覽器無法提供你的位置。請直接輸入座標。',
    insecure: '只有在安全（https）網頁上才能使用你的位置。請直接輸入座標。',
  },
  voiceRecorder: {
    panel: '語音訊息',
    requesting: '正在等待麥克風…',
    recorded: (time: string) => `錄音中，${time}`,
    slideToCancel: '上滑取消',
    releaseToCancel: '放開手指，取消傳送',
    escToCancel: '按 Esc 取消',
    endsIn: (seconds: number) => `${seconds} 秒後傳送`,
    endsSoon: '錄音將在 10 秒後結束並傳送。',
    cancel: '取消錄音',
    send: '傳送語音訊息',
    sending: '正在傳送…',
    tooShort: '說話時間太短，至少錄製 1 秒。',
    denied: '麥克風權限遭拒。請在瀏覽器設定中允許此網站使用麥克風，才能傳送語音訊息。',
    noMicrophone: '找不到麥克風，請連接後再試一次。',
    busy: '無法啟動麥克風，可能正被其他應用程式使用。',
    insecure: '語音訊息需要安全（https）頁面，瀏覽器在此頁面不提供麥克風。',
    unsupported: '此瀏覽器無法錄音。',
    failed: '錄音失敗，請再試一次。',
    dismiss: '關閉',
  },
});
