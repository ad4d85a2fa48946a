import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Japanese, in LINE's words: トーク, グループ, ピン留め, 通知オフ, 送信取消, スタンプ, 既読.
 * Japanese has no plural forms; counts read "3件", "3人".
 */

const L = 'ja';
const words = { you: 'あなた', someone: '誰か', others: (n: number) => `他${n}人` };
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
const whom = who;
const group = (name: string) => (name ? `グループ「${name}」` : 'グループ');
const withNote = (sentence: string, note: string) => (note ? `${sentence}：「${note}」` : sentence);
const duration = (seconds: number) => durationText(L, seconds).replace(/\s/g, '');

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `グループ名を「${change.value}」に変更しました` : 'グループ名を変更しました';
    case 'notification':
      return change.value ? `グループのお知らせを「${change.value}」に変更しました` : 'グループのお知らせを削除しました';
    case 'introduction':
      return change.value ? `グループの説明を「${change.value}」に変更しました` : 'グループの説明を削除しました';
    case 'avatar':
      return 'グループのアイコンを変更しました';
    case 'owner':
      return `${whom([change.owner])}にオーナー権限を譲渡しました`;
    case 'muteAll':
      return change.on ? '全員の発言を制限しました' : '全員の発言制限を解除しました';
    case 'other':
      return 'グループ情報を更新しました';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `グループ名が「${change.value}」に変更されました` : 'グループ名が変更されました';
    case 'notification':
      return change.value ? `グループのお知らせが「${change.value}」に変更されました` : 'グループのお知らせが削除されました';
    case 'introduction':
      return change.value ? `グループの説明が「${change.value}」に変更されました` : 'グループの説明が削除されました';
    case 'avatar':
      return 'グループのアイコンが変更されました';
    case 'owner':
      return `${who([change.owner])}がグループのオーナーになりました`;
    case 'muteAll':
      return change.on ? '全員の発言が制限されました' : '全員の発言制限が解除されました';
    case 'other':
      return 'グループ情報が更新されました';
  }
}

/** Several clauses of one operator: all but the last end in "し、" rather than "しました". */
const chain = (clauses: readonly string[]) => clauses.map((c, i) => (i < clauses.length - 1 ? c.replace(/しました$/, 'し') : c)).join('、');
const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? `${whom(m.users)}の発言を${duration(m.seconds)}制限しました` : `${whom(m.users)}の発言制限を解除しました`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `${who(m.users)}の発言が${duration(m.seconds)}制限されました` : `${who(m.users)}の発言制限が解除されました`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)}がグループに参加しました`,
    'tip.invited': (p) => `${who([p.operator])}が${whom(p.users)}をグループに招待しました`,
    'tip.left': (p) => `${who(p.users)}がグループを退会しました`,
    'tip.removed': (p) =>
      p.operator ? `${who([p.operator])}が${whom(p.users)}をグループから削除しました` : `${who(p.users)}がグループから削除されました`,
    'tip.adminSet': (p) =>
      p.operator ? `${who([p.operator])}が${whom(p.users)}を管理者に設定しました` : `${who(p.users)}が管理者になりました`,
    'tip.adminRemoved': (p) =>
      p.operator ? `${who([p.operator])}が${whom(p.users)}の管理者権限を解除しました` : `${who(p.users)}は管理者ではなくなりました`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator ? `${who([p.operator])}が${chain(changes.map(changeActive))}` : changes.map(changePassive).join('。');
    },
    'tip.membersMuted': (p) =>
      p.operator ? `${who([p.operator])}が${chain(p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('。'),
    'tip.memberProfileUpdated': (p) => (p.users.length ? `${who(p.users)}のメンバー情報が更新されました` : 'メンバー情報が更新されました'),
    'tip.bannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])}が${whom(p.users)}をルームから追放しました` : `${who(p.users)}がルームから追放されました`,
    'tip.unbannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])}が${whom(p.users)}の追放を解除しました` : `${who(p.users)}の追放が解除されました`,
    'tip.unknown': 'グループ通知',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])}が${group(p.group)}への参加をリクエストしました`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])}が${group(p.group)}への参加リクエストを承認しました`
          : `${group(p.group)}への参加リクエストが承認されました`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])}が${group(p.group)}への参加リクエストを拒否しました`
          : `${group(p.group)}への参加リクエストが拒否されました`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator ? `${who([p.operator])}があなたを${group(p.group)}から削除しました` : `${group(p.group)}から削除されました`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(p.operator ? `${who([p.operator])}が${group(p.group)}を解散しました` : `${group(p.group)}は解散されました`, p.note),
    'notice.created': (p) =>
      withNote(p.operator ? `${who([p.operator])}が${group(p.group)}を作成しました` : `${group(p.group)}が作成されました`, p.note),
    'notice.invited': (p) =>
      withNote(p.operator ? `${who([p.operator])}があなたを${group(p.group)}に追加しました` : `${group(p.group)}に追加されました`, p.note),
    'notice.quit': (p) => withNote(`${group(p.group)}を退会しました`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator ? `${who([p.operator])}があなたを${group(p.group)}の管理者に設定しました` : `${group(p.group)}の管理者になりました`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])}があなたの${group(p.group)}での管理者権限を解除しました`
          : `${group(p.group)}の管理者ではなくなりました`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${group(p.group)}はシステムにより削除されました`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator ? `${who([p.operator])}から${group(p.group)}への招待が届きました` : `${group(p.group)}への招待が届きました`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator ? `${who([p.operator])}が${group(p.group)}への招待を承諾しました` : `${group(p.group)}への招待が承諾されました`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator ? `${who([p.operator])}が${group(p.group)}への招待を辞退しました` : `${group(p.group)}への招待が辞退されました`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `${group(p.group)}からのお知らせ：${p.content}` : `${group(p.group)}からのカスタム通知`),
    'notice.unknown': (p) => (p.group ? `${group(p.group)}からのシステム通知` : 'グループのシステム通知'),

    'summary.image': '[写真]',
    'summary.voice': (p) => (p.seconds > 0 ? `[ボイスメッセージ] ${formatDuration(p.seconds)}` : '[ボイスメッセージ]'),
    'summary.video': (p) => (p.seconds > 0 ? `[動画] ${formatDuration(p.seconds)}` : '[動画]'),
    'summary.file': (p) => (p.name ? `[ファイル] ${p.name}` : '[ファイル]'),
    'summary.location': (p) => (p.description ? `[位置情報] ${p.description}` : '[位置情報]'),
    'summary.sticker': '[スタンプ]',
    'summary.custom': '[カスタムメッセージ]',
    'summary.unsupported': '[未対応のメッセージ]',
    'summary.chatHistory': '[チャット履歴]',
    'merged.titleOne': (p) => `${p.name}のチャット履歴`,
    'merged.titleTwo': (p) => `${p.first}と${p.second}のチャット履歴`,
    'merged.titleGroup': (p) => (p.group ? `${p.group}のチャット履歴` : 'グループチャットの履歴'),
    'summary.revokedBySelf': 'メッセージの送信を取り消しました',
    'summary.revokedByOther': (p) => `${p.name}がメッセージの送信を取り消しました`,
    'summary.draft': '[下書き]',
    'summary.atMe': '[メンションされました]',
    'summary.prefixSeparator': '',
    'summary.senderSeparator': '：',

    'error.invalidArgument': 'リクエストが無効です',
    'error.notLoggedIn': 'ログインしていません',
    'error.uploadFailed': 'アップロードに失敗しました',
    'error.uploadCancelled': 'アップロードをキャンセルしました',
    'error.fileTooLarge': 'ファイルが大きすぎます',
    'error.sendFailed': 'メッセージを送信できませんでした',
    'error.revokeFailed': 'メッセージの送信を取り消せませんでした',
    'error.messageNotFound': 'メッセージが見つかりません',
    'error.conversationNotFound': 'トークが見つかりません',
    'error.network': 'ネットワークエラーです。接続を確認してもう一度お試しください',
    'error.timeout': 'タイムアウトしました。もう一度お試しください',
    'error.offline': 'オフラインです',
    'error.notGroupMember': 'このグループのメンバーではありません',
    'error.mutedInGroup': 'このグループでは発言が制限されています',
    'error.revokeTimeLimit': 'このメッセージは送信を取り消せる時間を過ぎています',
    'error.revokeNotSender': '送信を取り消せるのは自分のメッセージだけです',
    'error.textTooLong': 'メッセージが長すぎます',
    'error.kickedOut': 'ログアウトされました',
    'error.storage': 'この端末への保存に失敗しました',
    'error.unsupported': 'この機能はここでは使えません',
    'error.noResult': '翻訳または文字起こしはありません',
    'error.editNotAllowed': '編集できるのは自分が送ったテキストメッセージだけです',
    'error.editTimeLimit': 'このメッセージは編集できる時間を過ぎています',
    'error.editConflict': 'メッセージが別の場所で変更されました。もう一度お試しください',
    'error.pinNotAllowed': 'メッセージをピン留めできるのはグループのオーナーと管理者だけです',
    'error.pinLimit': 'このグループのピン留めメッセージは上限に達しています',
    'error.unknown': '問題が発生しました',
    'error.withCode': (p) => `問題が発生しました（エラー ${p.code}）`,

    'cache.unavailable': 'このブラウザではオフライン保存を利用できないため、メッセージはページを閉じるまでしか保持されません',
    'cache.blocked': '別のタブがオフライン保存を使用中のため、メッセージはページを閉じるまでしか保持されません',
    'cache.quota': 'この端末の保存容量がいっぱいのため、新しいメッセージはページを閉じるまでしか保持されません',
    'cache.error': 'オフライン保存でエラーが発生したため、メッセージはページを閉じるまでしか保持されません',
  },

  chat: {
    label: 'トーク',
    back: 'トーク一覧に戻る',
    members: (count) => `メンバー${count}人`,
    dismissed: 'このグループは解散されました',
    typing: '入力中…',
    typingPeople: (names) => (names.length <= 2 ? `${listAnd(L, names)}が入力中…` : `${names.length}人が入力中…`),
    pickConversation: 'トークを選んで会話を始めましょう',
    connecting: '接続中…',
    offline: 'オフラインです。接続が回復するとメッセージが送信されます。',
    kickedOut: 'アカウントが別の場所でログインしたため、ログアウトされました。',
    signatureExpired: 'ログインの有効期限が切れました。もう一度ログインしてください。',
    dismiss: '閉じる',
    system: 'システム通知',
    starting: '起動中…',
    startFailed: 'トークを開始できませんでした。',
    retry: '再試行',
  },
  composer: {
    inputLabel: 'メッセージ',
    placeholder: 'メッセージを入力',
    hintEnter: 'Enterで送信、Shift+Enterで改行',
    hintCtrlEnter: 'Ctrl+Enter（⌘+Enter）で送信、Enterで改行',
    toolbar: 'メッセージツール',
    emoji: '絵文字とスタンプ',
    image: '写真を送信',
    video: '動画を送信',
    file: 'ファイルを送信',
    voice: 'ボイスメッセージを録音',
    voiceStop: '録音を停止して送信',
    send: '送信',
    replyingTo: (name) => `${name}に返信`,
    cancelReply: '返信をキャンセル',
    editing: 'メッセージを編集中',
    cancelEdit: '編集をキャンセル',
    saveEdit: '保存',
    mentionList: 'グループのメンバー',
    mentionAll: '全員',
    mentionAllHint: 'グループの全員にメンション',
    loadingMembers: 'メンバーを読み込み中…',
    membersFailed: 'メンバーを読み込めませんでした。',
    noMembers: (query) => `「${query}」に一致するメンバーはいません`,
    noConversation: 'トークを選ぶとメッセージを入力できます。',
    starting: '接続中…',
    signedOut: 'ログアウトしているため、メッセージを送信できません。',
    system: 'システム通知には返信できません。',
    mutedUntil: (time) => `このグループでは${time}まで発言が制限されています。`,
    mutedAll: '全員の発言が制限されています。オーナーと管理者のみ発言できます。',
    notMember: 'このグループのメンバーではないため、メッセージを送信できません。',
    dismissed: 'このグループは解散されたため、メッセージを送信できません。',
    offline: 'オフラインです。接続が回復するとメッセージが送信されます。',
    textTooLong: (size, limit) => `メッセージが長すぎます（${size}、上限は${limit}）。短くするか、分けて送信してください。`,
    fileTooLarge: (name, size, limit) => `「${name}」は${size}です。ファイルの上限は${limit}です。`,
    imageType: (name) => `「${name}」は写真として送信できません（JPG、PNG、GIF、BMP、WebP）。ファイルとして送信してください。`,
    videoType: (name) => `「${name}」は動画として送信できません（MP4、MOV、WebM）。ファイルとして送信してください。`,
    fileEmpty: (name) => `「${name}」は空のファイルです。`,
    imageUnreadable: (name) => `「${name}」を画像として読み込めませんでした。`,
    imageTooManyPixels: (name, width, height, limit) =>
      `「${name}」は${width} × ${height}ピクセルです。写真は最大${limit}メガピクセルです。ファイルとして送信してください。`,
    unnamedFile: 'このファイル',
    dropHere: 'ドロップしてファイルを送信',
    dismiss: '閉じる',
  },
  confirmDialog: {
    cancel: 'キャンセル',
  },
  conversationList: {
    label: 'トーク一覧',
    search: '検索',
    searchLabel: 'トークを検索',
    empty: 'トークはまだありません',
    noMatch: (query) => `「${query}」に一致するトークはありません`,
    loading: 'トークを読み込み中…',
    actions: 'その他の操作',
    pin: 'ピン留め',
    unpin: 'ピン留めを解除',
    mute: '通知オフ',
    unmute: '通知オン',
    markRead: '既読にする',
    markUnread: '未読にする',
    markedUnread: '未読にしました',
    online: 'オンライン',
    delete: 'トークを削除',
    deleteWithMessages: 'トークとメッセージを削除',
    deleteTitle: (name) => `${name}とのトークを削除しますか？`,
    deleteText: '一覧から消えます。メッセージは残り、次のメッセージが届くと再び表示されます。',
    deleteWithMessagesTitle: (name) => `${name}とのトークとメッセージを削除しますか？`,
    deleteWithMessagesText: 'トークとその履歴がすべての端末から削除されます。元に戻すことはできません。',
    deleteConfirm: '削除',
    pinned: 'ピン留め中',
    muted: '通知オフ',
    unread: (count) => `未読${count}件`,
    system: 'システム通知',
    cannotShow: 'このトークは表示できません',
  },
  emojiParser: {
    opensInNewTab: '（新しいタブで開きます）',
  },
  emojiPicker: {
    label: '絵文字とスタンプ',
    tabs: 'カテゴリ',
    emojiTab: '絵文字',
    stickersTab: 'スタンプ',
    search: '絵文字を検索',
    searchStickers: 'スタンプを検索',
    recent: '最近使用した項目',
    all: 'すべての絵文字',
    results: '検索結果',
    stickers: 'スタンプ',
    noResults: (query) => `「${query}」に一致する絵文字はありません`,
    noStickers: (query) => `「${query}」に一致するスタンプはありません`,
  },
  imageViewer: {
    label: '画像ビューア',
    close: '閉じる',
    openOriginal: 'オリジナルを新しいタブで開く',
    loadingOriginal: 'オリジナルを読み込み中…',
    failed: '画像を読み込めませんでした。',
    image: '画像',
    previous: '前の画像',
    next: '次の画像',
    zoomIn: '拡大',
    zoomOut: '縮小',
    download: 'ダウンロード',
    position: (index, total) => `${index} / ${total}`,
  },
  messageSearch: {
    open: 'メッセージを検索',
    openHere: 'このチャットで検索',
    title: 'メッセージを検索',
    titleHere: 'このチャットで検索',
    searchLabel: 'メッセージ内で探す語句',
    searchPlaceholder: 'メッセージを検索',
    hint: 'この端末に保存されたメッセージから探す語句を入力してください。',
    searching: '検索中…',
    noResults: (query) => `「${query}」に一致するメッセージはありません`,
    failed: '検索に失敗しました。もう一度お試しください。',
    results: (count) => `${count} 件のメッセージが見つかりました`,
    inConversation: (name, count) => `${name}、${count} 件`,
    moreOnServer: (count) => `サーバーにさらに ${count} 件`,
    searchingServer: 'サーバーを検索中…',
    everywhere: 'すべてのチャット',
    you: '自分',
    close: '閉じる',
  },
  newChat: {
    open: '新しいチャット',
    title: '新しいチャット',
    searchLabel: 'ID または名前でユーザーとグループを検索',
    searchPlaceholder: 'ユーザー ID、グループ ID または名前',
    hint: 'ID または名前を入力して、チャットする相手や参加するグループを探します。',
    searching: '検索中…',
    noResults: (query) => `「${query}」に一致するユーザーやグループは見つかりませんでした`,
    failed: '検索できませんでした。接続を確認してもう一度お試しください。',
    results: (count) => `${count} 件`,
    person: 'ユーザー',
    group: 'グループ',
    members: (count) => `メンバー ${count} 人`,
    chat: 'チャット',
    openGroup: '開く',
    join: '参加',
    request: '参加を申請',
    closed: '招待制',
    joining: '参加中…',
    requested: '申請済み',
    joinFailed: '参加できませんでした',
    requestSent: (group) => `${group} への参加を申請しました。オーナーか管理者が承認するとチャットできます。`,
    close: '閉じる',
  },
  forward: {
    rowSelected: '選択済み',
    rowNotSelected: '未選択',
    pickerTitle: '転送先',
    searchLabel: 'トークを検索',
    searchPlaceholder: '検索',
    noMatches: '一致するトークはありません',
    noConversations: 'トークはまだありません',
    selected: (count) => `${count} 件選択中`,
    send: '送信',
    cancel: 'キャンセル',
    forwarded: '転送しました',
    forwardFailed: '一部のメッセージを転送できませんでした。',
    selectMessage: 'メッセージを選択',
    selectionBar: '選択したメッセージ',
    forwardSeparate: '1件ずつ転送',
    forwardMerged: 'まとめて転送',
    deleteForMe: '自分の端末から削除',
    done: '完了',
    deleteSelectedTitle: (count) => `${count} 件のメッセージを削除しますか？`,
    deleteSelectedText: 'この端末からのみ削除されます。トークの他のメンバーには表示されたままです。',
    chatHistory: 'チャット履歴',
    openHistory: (title) => `${title}。チャット履歴を開く`,
    viewerClose: '閉じる',
    viewerBack: '戻る',
    viewerLoading: 'チャット履歴を読み込み中…',
    viewerFailed: 'チャット履歴を開けませんでした。',
    viewerEmpty: 'このチャット履歴にはメッセージがありません。',
    layersOverLimit: '入れ子が深すぎるため、古い転送メッセージの一部は表示できません。',
    retry: '再試行',
  },
  messageActions: {
    label: 'メッセージの操作',
    copy: 'コピー',
    translate: '翻訳',
    'convert-to-text': 'テキストに変換',
    reply: 'リプライ',
    edit: '編集',
    pin: 'ピン留め',
    unpin: 'ピン留めを外す',
    forward: '転送',
    select: '選択',
    revoke: '送信取消',
    delete: '自分の端末から削除',
    'delete-from-history': '履歴から削除',
    resend: '再送信',
  },
  messageList: {
    label: 'メッセージ',
    labelWith: (name) => `${name}とのメッセージ`,
    empty: 'メッセージはまだありません',
    emptyHint: 'あいさつしてみましょう 👋',
    loading: 'メッセージを読み込み中…',
    loadingOlder: '以前のメッセージを読み込み中…',
    loadFailed: 'メッセージを読み込めませんでした。',
    olderFailed: '以前のメッセージを読み込めませんでした。',
    retry: '再試行',
    newMessages: (count) => `新着メッセージ${count}件`,
    jumpToLatest: '最新のメッセージへ',
    newDivider: 'ここから未読メッセージ',
    unreadAbove: (count) => `未読メッセージ${count}件`,
    jumpToUnread: '最初の未読メッセージへ',
    copied: 'コピーしました',
    pinned: 'メッセージをピン留めしました',
    unpinned: 'ピン留めを外しました',
    pinnedMessage: 'ピン留めされたメッセージ',
    pinnedNumbered: (position, count) => `ピン留めされたメッセージ ${position}/${count}`,
    goToPinned: 'メッセージへ移動',
    allPinned: 'ピン留めされたすべてのメッセージ',
    pinnedCount: (count) => `ピン留め${count}件`,
    unpin: 'ピン留めを外す',
    unpinMessage: (text) => `「${text}」のピン留めを外す`,
    copyFailed: 'クリップボードにコピーできませんでした',
    originalNotFound: '元のメッセージは表示できなくなりました',
    dismiss: '閉じる',
    beginning: 'ここがトークの始まりです',
    notFound: 'トークが見つかりません',
    notFoundText: 'このグループまたはユーザーは存在しないか、あなたはこのグループのメンバーではありません。',
    deleteForMeTitle: 'このメッセージを自分の端末から削除しますか？',
    deleteForMeText: 'この端末からのみ削除されます。トークの相手には引き続き表示されます。',
    deleteForMe: '自分の端末から削除',
    deleteFromHistoryTitle: 'このメッセージを履歴から削除しますか？',
    deleteFromHistoryText: 'すべての端末の履歴から完全に削除されます。トークの相手には引き続き表示されます。',
    deleteFromHistory: '削除',
  },
  message: {
    you: 'あなた',
    sticker: '[スタンプ]',
    location: '位置情報',
    openMap: 'OpenStreetMapで開く',
    coordinates: (lat, lon) => `${lat}、${lon}`,
    latitude: (degrees, north) => `${north ? '北緯' : '南緯'}${degrees}°`,
    longitude: (degrees, east) => `${east ? '東経' : '西経'}${degrees}°`,
    customMessage: '[カスタムメッセージ]',
    viewDetails: '詳細を見る',
    unsupported: '[未対応のメッセージ]',
    unsupportedNamed: (summary) => `[未対応のメッセージ：${summary}]`,
    sending: '送信中…',
    failed: '送信失敗',
    failedWithReason: (reason) => `送信失敗：${reason}`,
    resend: '再送信',
    sent: '送信済み',
    read: '既読',
    uploading: (percent) => `アップロード中 ${percent}%`,
    cancelUpload: 'アップロードをキャンセル',
    replyTo: (name) => `${name}へのリプライ`,
    showOriginal: '元のメッセージを表示',
    messageFrom: (name, time) => `${name}、${time}`,
    actions: 'メッセージの操作',
    edited: '編集済み',
    reEdit: '再編集',
    cannotShow: '[このメッセージは表示できません]',
    showMore: '続きを表示',
    showMoreLabel: (shown, total) => `続きを表示（${total}のうち${shown}を表示中）`,
    translating: '翻訳中…',
    transcribing: 'テキストに変換中…',
    translatedInto: (language) => `${language}に翻訳`,
    transcriptLabel: '音声をテキストに変換',
    noTranslation: '利用できる翻訳はありません',
    noTranscript: 'この音声メッセージのテキストはありません',
    conversionRetry: '再試行',
    conversionHide: '閉じる',
    showTranslation: '翻訳を表示',
    showTranscript: 'テキストを表示',
    conversionClose: '閉じる',
  },
  messageReactions: {
    label: 'リアクション',
    quickReactions: 'クイックリアクション',
    moreReactions: 'その他のリアクション',
    chooseReaction: 'リアクションを選択',
    you: 'あなた',
    reactedWith: (names, reaction) => `${names}が${reaction}でリアクションしました`,
    andMore: (count) => `ほか${count}人`,
    loading: '読み込み中…',
    someoneReacted: (name, reaction) => `${name}が${reaction}でリアクションしました`,
    newReactions: (count) => `新しいリアクション ${count} 件`,
  },
  readReceipts: {
    unread: '未読',
    readCount: (count) => plural(L, count, { other: '#人が既読' }),
    allRead: '全員既読',
    showReaders: '既読のメンバーを表示',
    title: '既読の詳細',
    readTab: (count) => plural(L, count, { other: '既読 (#)' }),
    unreadTab: (count) => plural(L, count, { other: '未読 (#)' }),
    nobodyRead: 'まだ誰も読んでいません',
    everyoneRead: '全員が読みました',
    loading: '読み込み中…',
    loadMore: 'さらに表示',
    failed: 'リストを読み込めませんでした。',
    retry: '再試行',
    close: '閉じる',
  },
  groupApplications: {
    accept: '承認',
    decline: '拒否',
    acceptRequest: (person, group) => `${person}さんの${group}への参加リクエストを承認`,
    declineRequest: (person, group) => `${person}さんの${group}への参加リクエストを拒否`,
    acceptInvitation: (person, group) => `${person}さんからの${group}への招待を承認`,
    declineInvitation: (person, group) => `${person}さんからの${group}への招待を拒否`,
    accepting: '承認しています…',
    declining: '拒否しています…',
    accepted: '承認済み',
    declined: '拒否済み',
    handled: '対応済み',
    failed: '回答を送信できませんでした。もう一度お試しください。',
  },
  messageFile: {
    download: (name) => `${name}をダウンロード`,
    downloading: (percent) => `ダウンロード中 ${percent}%`,
    downloaded: 'ダウンロード済み',
    failed: 'ダウンロードに失敗しました。もう一度お試しください。',
    unavailable: 'ファイルを利用できません',
    untitled: '無題のファイル',
  },
  messageImage: {
    image: '写真',
    openImage: '写真を開く',
    loading: '写真を読み込み中',
    unavailable: '写真を表示できません',
  },
  messageSound: {
    play: (duration) => `ボイスメッセージを再生、${duration}`,
    pause: 'ボイスメッセージを一時停止',
    unplayed: '未再生',
    unavailable: 'ボイスメッセージを再生できません',
    playFailed: 'このボイスメッセージを再生できませんでした',
    position: '再生位置',
  },
  messageVideo: {
    play: (duration) => `動画を再生、${duration}`,
    video: '動画',
    unavailable: '動画を再生できません',
  },
  voiceRecorder: {
    panel: 'ボイスメッセージ',
    requesting: 'マイクを待っています…',
    recorded: (time: string) => `録音中、${time}`,
    slideToCancel: '上にスライドしてキャンセル',
    releaseToCancel: '指を離すとキャンセル',
    escToCancel: 'Escでキャンセル',
    endsIn: (seconds: number) => `あと${seconds}秒で送信`,
    endsSoon: 'あと10秒で録音を終了して送信します。',
    cancel: '録音をキャンセル',
    send: 'ボイスメッセージを送信',
    sending: '送信中…',
    tooShort: '短すぎるため送信できません。1秒以上録音してください。',
    denied: 'マイクへのアクセスが拒否されました。ボイスメッセージを送るには、ブラウザの設定でこのサイトのマイクを許可してください。',
    noMicrophone: 'マイクが見つかりません。接続してからもう一度お試しください。',
    busy: 'マイクを開始できませんでした。ほかのアプリが使用している可能性があります。',
    insecure: 'ボイスメッセージには安全な（https）ページが必要です。このページではブラウザがマイクを使わせません。',
    unsupported: 'このブラウザは録音できません。',
    failed: '録音に失敗しました。もう一度お試しください。',
    dismiss: '閉じる',
  },
  groupInfo: {
    open: 'グループ情報',
    title: 'グループ情報',
    close: '閉じる',
    groupID: (id: string) => `グループID：${id}`,
    typeWork: 'ワークグループ',
    typePublic: '公開グループ',
    typeMeeting: 'ミーティンググループ',
    typeCommunity: 'コミュニティ',
    typeAVChatRoom: 'ライブルーム',
    name: 'グループ名',
    avatar: 'グループ画像（URL）',
    notification: 'グループのお知らせ',
    introduction: '紹介文',
    nameCard: 'グループでの自分のニックネーム',
    mute: '通知をミュート',
    none: '未設定',
    edit: (field: string) => `${field}を編集`,
    save: '保存',
    cancel: 'キャンセル',
    saving: '保存中…',
    editHint: 'Enterで保存、Escでキャンセルします。',
    saveFailed: (reason: string) => `保存できませんでした。${reason}`,
    readOnly: 'グループのプロフィールを変更できるのはオーナーと管理者だけです。',
    members: (count: string) => `メンバー${count}人`,
    searchMembers: 'メンバーを検索',
    noMatch: (query: string) => `「${query}」に一致するメンバーはいません`,
    loadingMembers: 'メンバーを読み込み中…',
    membersFailed: 'メンバーを読み込めませんでした。',
    retry: '再試行',
    owner: 'オーナー',
    admin: '管理者',
    you: '自分',
    leave: 'グループを退出',
    dismiss: 'グループを解散',
    leaveTitle: (group: string) => `「${group}」を退出しますか？`,
    leaveMessage: 'このグループのメッセージは届かなくなります。この端末のチャット履歴は残ります。',
    dismissTitle: (group: string) => `「${group}」を解散しますか？`,
    dismissMessage: 'すべてのメンバーにとってグループが終了します。元に戻すことはできません。',
    leaveFailed: (reason: string) => `グループを退出できませんでした。${reason}`,
    dismissFailed: (reason: string) => `グループを解散できませんでした。${reason}`,
    notMember: 'このグループのメンバーではありません。',
    dismissed: 'このグループは解散されました。',
  },
  profileCard: {
    label: (name: string) => `${name}のプロフィール`,
    userID: (id: string) => `ID：${id}`,
    nameCard: (card: string) => `グループでのニックネーム：${card}`,
    sendMessage: 'メッセージを送る',
    close: '閉じる',
  },
});
