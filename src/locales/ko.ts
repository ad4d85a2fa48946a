import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Korean, in KakaoTalk's words: 채팅방, 그룹, 고정, 알림 끄기, 전송 취소, 이모티콘, 읽음.
 * Particles after a name (이/가, 을/를, 은/는) follow the name's last syllable.
 */

const L = 'ko';
const words = { you: '나', someone: '누군가', others: (n: number) => `외 ${n}명` };
const names = (people: readonly Person[]) => nameList(L, people, 'subject', words).replace(/, 외 /, ' 외 ');

/** Does the text end in a Hangul syllable with a final consonant (받침)? Latin names read as without. */
function hasBatchim(text: string): boolean {
  const code = text.trim().charCodeAt(text.trim().length - 1);
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 !== 0;
}
const particle = (text: string, withFinal: string, without: string) => `${text}${hasBatchim(text) ? withFinal : without}`;
/** Subject ("민수가", "지은이가" reads 지은이, kept simple: 이/가), object (을/를), topic (은/는). */
const who = (people: readonly Person[]) => (names(people) === '나' ? '내가' : particle(names(people), '이', '가'));
const whom = (people: readonly Person[]) => particle(names(people), '을', '를');
const topic = (people: readonly Person[]) => particle(names(people), '은', '는');
const group = (name: string) => (name ? `'${name}' 그룹` : '그룹');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: "${note}"` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `그룹 이름을 '${change.value}'(으)로 변경했습니다` : '그룹 이름을 변경했습니다';
    case 'notification':
      return change.value ? `그룹 공지를 '${change.value}'(으)로 변경했습니다` : '그룹 공지를 삭제했습니다';
    case 'introduction':
      return change.value ? `그룹 소개를 '${change.value}'(으)로 변경했습니다` : '그룹 소개를 삭제했습니다';
    case 'avatar':
      return '그룹 프로필 사진을 변경했습니다';
    case 'owner':
      return `${names([change.owner])}에게 방장을 넘겼습니다`;
    case 'muteAll':
      return change.on ? '전체 멤버의 채팅을 금지했습니다' : '전체 멤버의 채팅 금지를 해제했습니다';
    case 'other':
      return '그룹 정보를 수정했습니다';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `그룹 이름이 '${change.value}'(으)로 변경되었습니다` : '그룹 이름이 변경되었습니다';
    case 'notification':
      return change.value ? `그룹 공지가 '${change.value}'(으)로 변경되었습니다` : '그룹 공지가 삭제되었습니다';
    case 'introduction':
      return change.value ? `그룹 소개가 '${change.value}'(으)로 변경되었습니다` : '그룹 소개가 삭제되었습니다';
    case 'avatar':
      return '그룹 프로필 사진이 변경되었습니다';
    case 'owner':
      return `${who([change.owner])} 방장이 되었습니다`;
    case 'muteAll':
      return change.on ? '전체 멤버의 채팅이 금지되었습니다' : '전체 멤버의 채팅 금지가 해제되었습니다';
    case 'other':
      return '그룹 정보가 수정되었습니다';
  }
}

/** Clauses of one operator: all but the last end in "…하고". */
const chain = (clauses: readonly string[]) =>
  clauses.map((c, i) => (i < clauses.length - 1 ? c.replace(/했습니다$/, '하고').replace(/겼습니다$/, '기고') : c)).join(' ');
const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? `${whom(m.users)} ${duration(m.seconds)} 동안 채팅 금지했습니다` : `${names(m.users)}의 채팅 금지를 해제했습니다`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `${who(m.users)} ${duration(m.seconds)} 동안 채팅 금지되었습니다` : `${names(m.users)}의 채팅 금지가 해제되었습니다`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)} 그룹에 참여했습니다`,
    'tip.invited': (p) => `${who([p.operator])} ${whom(p.users)} 그룹에 초대했습니다`,
    'tip.left': (p) => `${who(p.users)} 그룹에서 나갔습니다`,
    'tip.removed': (p) =>
      p.operator ? `${who([p.operator])} ${whom(p.users)} 그룹에서 내보냈습니다` : `${who(p.users)} 그룹에서 내보내졌습니다`,
    'tip.adminSet': (p) =>
      p.operator ? `${who([p.operator])} ${whom(p.users)} 관리자로 지정했습니다` : `${who(p.users)} 관리자가 되었습니다`,
    'tip.adminRemoved': (p) =>
      p.operator ? `${who([p.operator])} ${names(p.users)}의 관리자 권한을 해제했습니다` : `${topic(p.users)} 더 이상 관리자가 아닙니다`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator ? `${who([p.operator])} ${chain(changes.map(changeActive))}` : changes.map(changePassive).join('. ');
    },
    'tip.membersMuted': (p) =>
      p.operator ? `${who([p.operator])} ${chain(p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('. '),
    'tip.memberProfileUpdated': (p) => (p.users.length ? `${names(p.users)}의 멤버 정보가 수정되었습니다` : '멤버 정보가 수정되었습니다'),
    'tip.bannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])} ${whom(p.users)} 방에서 차단했습니다` : `${who(p.users)} 방에서 차단되었습니다`,
    'tip.unbannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])} ${names(p.users)}의 차단을 해제했습니다` : `${names(p.users)}의 차단이 해제되었습니다`,
    'tip.unknown': '그룹 알림',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} ${group(p.group)} 참여를 요청했습니다`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${group(p.group)} 참여 요청을 수락했습니다` : `${group(p.group)} 참여 요청이 수락되었습니다`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${group(p.group)} 참여 요청을 거절했습니다` : `${group(p.group)} 참여 요청이 거절되었습니다`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} 나를 ${group(p.group)}에서 내보냈습니다` : `${group(p.group)}에서 내보내졌습니다`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${particle(group(p.group), '을', '를')} 해산했습니다`
          : `${particle(group(p.group), '이', '가')} 해산되었습니다`,
        p.note,
      ),
    'notice.created': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${particle(group(p.group), '을', '를')} 만들었습니다`
          : `${particle(group(p.group), '이', '가')} 만들어졌습니다`,
        p.note,
      ),
    'notice.invited': (p) =>
      withNote(p.operator ? `${who([p.operator])} 나를 ${group(p.group)}에 추가했습니다` : `${group(p.group)}에 추가되었습니다`, p.note),
    'notice.quit': (p) => withNote(`${group(p.group)}에서 나갔습니다`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} 나를 ${group(p.group)}의 관리자로 지정했습니다` : `${group(p.group)}의 관리자가 되었습니다`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${group(p.group)}에서 나의 관리자 권한을 해제했습니다`
          : `더 이상 ${group(p.group)}의 관리자가 아닙니다`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${particle(group(p.group), '이', '가')} 시스템에 의해 삭제되었습니다`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(p.operator ? `${who([p.operator])} 나를 ${group(p.group)}에 초대했습니다` : `${group(p.group)}에 초대되었습니다`, p.note),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${group(p.group)} 초대를 수락했습니다` : `${group(p.group)} 초대가 수락되었습니다`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${group(p.group)} 초대를 거절했습니다` : `${group(p.group)} 초대가 거절되었습니다`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `${group(p.group)} 알림: ${p.content}` : `${group(p.group)}의 사용자 지정 알림`),
    'notice.unknown': (p) => (p.group ? `${group(p.group)}의 시스템 알림` : '그룹 시스템 알림'),

    'summary.image': '[사진]',
    'summary.voice': (p) => (p.seconds > 0 ? `[음성 메시지] ${formatDuration(p.seconds)}` : '[음성 메시지]'),
    'summary.video': (p) => (p.seconds > 0 ? `[동영상] ${formatDuration(p.seconds)}` : '[동영상]'),
    'summary.file': (p) => (p.name ? `[파일] ${p.name}` : '[파일]'),
    'summary.location': (p) => (p.description ? `[위치] ${p.description}` : '[위치]'),
    'summary.sticker': '[이모티콘]',
    'summary.custom': '[사용자 지정 메시지]',
    'summary.unsupported': '[지원하지 않는 메시지]',
    'summary.chatHistory': '[채팅 기록]',
    'merged.titleOne': (p) => `${p.name}의 채팅 기록`,
    'merged.titleTwo': (p) => `${p.first}, ${p.second}의 채팅 기록`,
    'merged.titleGroup': (p) => (p.group ? `${p.group}의 채팅 기록` : '그룹 채팅 기록'),
    'summary.revokedBySelf': '메시지 전송을 취소했습니다',
    'summary.revokedByOther': (p) => `${p.name}님이 메시지 전송을 취소했습니다`,
    'summary.draft': '[임시 저장]',
    'summary.atMe': '[나를 멘션함]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': '요청이 올바르지 않습니다',
    'error.notLoggedIn': '로그인하지 않았습니다',
    'error.uploadFailed': '업로드하지 못했습니다',
    'error.uploadCancelled': '업로드를 취소했습니다',
    'error.fileTooLarge': '파일이 너무 큽니다',
    'error.sendFailed': '메시지를 보내지 못했습니다',
    'error.revokeFailed': '메시지 전송을 취소하지 못했습니다',
    'error.messageNotFound': '메시지를 찾을 수 없습니다',
    'error.conversationNotFound': '채팅방을 찾을 수 없습니다',
    'error.network': '네트워크 오류입니다. 연결을 확인한 후 다시 시도하세요',
    'error.timeout': '요청 시간이 초과되었습니다. 다시 시도하세요',
    'error.offline': '오프라인 상태입니다',
    'error.notGroupMember': '이 그룹의 멤버가 아닙니다',
    'error.mutedInGroup': '이 그룹에서 채팅이 금지되었습니다',
    'error.revokeTimeLimit': '전송을 취소할 수 있는 시간이 지났습니다',
    'error.revokeNotSender': '내가 보낸 메시지만 전송을 취소할 수 있습니다',
    'error.textTooLong': '메시지가 너무 깁니다',
    'error.kickedOut': '로그아웃되었습니다',
    'error.storage': '이 기기에 저장하지 못했습니다',
    'error.unsupported': '이 기능은 여기에서 사용할 수 없습니다',
    'error.noResult': '번역 또는 텍스트 변환 결과가 없습니다',
    'error.editNotAllowed': '내가 보낸 텍스트 메시지만 수정할 수 있습니다',
    'error.editTimeLimit': '수정할 수 있는 시간이 지났습니다',
    'error.editConflict': '메시지가 다른 곳에서 변경되었습니다. 다시 시도하세요',
    'error.pinNotAllowed': '그룹 방장과 관리자만 메시지를 고정할 수 있습니다',
    'error.pinLimit': '이 그룹의 고정 메시지가 최대 개수에 도달했습니다',
    'error.unknown': '문제가 발생했습니다',
    'error.withCode': (p) => `문제가 발생했습니다(오류 ${p.code})`,

    'cache.unavailable': '이 브라우저에서는 오프라인 저장소를 사용할 수 없어 메시지가 페이지를 닫을 때까지만 보관됩니다',
    'cache.blocked': '다른 탭이 오프라인 저장소를 사용 중이어서 메시지가 페이지를 닫을 때까지만 보관됩니다',
    'cache.quota': '이 기기의 저장 공간이 가득 차서 새 메시지가 페이지를 닫을 때까지만 보관됩니다',
    'cache.error': '오프라인 저장소에 오류가 발생해 메시지가 페이지를 닫을 때까지만 보관됩니다',
  },

  chat: {
    label: '채팅',
    back: '채팅 목록으로 돌아가기',
    members: (count) => `멤버 ${count}명`,
    dismissed: '해산된 그룹입니다',
    typing: '입력 중…',
    typingPeople: (list) => (list.length <= 2 ? `${listAnd(L, list)} 님이 입력 중…` : `${list.length}명이 입력 중…`),
    pickConversation: '채팅방을 선택해 대화를 시작하세요',
    connecting: '연결 중…',
    offline: '오프라인 상태입니다. 연결되면 메시지가 전송됩니다.',
    kickedOut: '다른 곳에서 계정에 로그인해 로그아웃되었습니다.',
    signatureExpired: '로그인이 만료되었습니다. 다시 로그인하세요.',
    dismiss: '닫기',
    system: '시스템 알림',
    starting: '시작하는 중…',
    startFailed: '채팅을 시작하지 못했습니다.',
    retry: '다시 시도',
  },
  composer: {
    inputLabel: '메시지',
    placeholder: '메시지 입력',
    hintEnter: 'Enter로 전송, Shift+Enter로 줄바꿈',
    hintCtrlEnter: 'Ctrl+Enter(⌘+Enter)로 전송, Enter로 줄바꿈',
    toolbar: '메시지 도구',
    emoji: '이모지와 이모티콘',
    image: '사진 보내기',
    video: '동영상 보내기',
    file: '파일 보내기',
    voice: '음성 메시지 녹음',
    location: '위치 보내기',
    voiceStop: '녹음 중지 후 보내기',
    send: '전송',
    replyingTo: (name) => `${name}님에게 답장`,
    cancelReply: '답장 취소',
    editing: '메시지 수정 중',
    cancelEdit: '수정 취소',
    saveEdit: '저장',
    mentionList: '그룹 멤버',
    mentionAll: '모두',
    mentionAllHint: '그룹의 모든 멤버',
    loadingMembers: '멤버를 불러오는 중…',
    membersFailed: '멤버를 불러오지 못했습니다.',
    noMembers: (query) => `'${query}'와(과) 일치하는 멤버가 없습니다`,
    noConversation: '채팅방을 선택하면 메시지를 입력할 수 있습니다.',
    starting: '연결 중…',
    signedOut: '로그아웃 상태여서 메시지를 보낼 수 없습니다.',
    system: '시스템 알림에는 답장할 수 없습니다.',
    mutedUntil: (time) => `${time}까지 이 그룹에서 채팅이 금지되었습니다.`,
    mutedAll: '전체 채팅 금지 중입니다. 방장과 관리자만 메시지를 보낼 수 있습니다.',
    notMember: '이 그룹의 멤버가 아니어서 메시지를 보낼 수 없습니다.',
    dismissed: '해산된 그룹이어서 더 이상 메시지를 보낼 수 없습니다.',
    offline: '오프라인 상태입니다. 연결되면 메시지가 전송됩니다.',
    textTooLong: (size, limit) => `메시지가 너무 깁니다(${size}, 최대 ${limit}). 줄이거나 나누어 보내세요.`,
    fileTooLarge: (name, size, limit) => `'${name}'의 크기는 ${size}입니다. 파일은 최대 ${limit}까지 보낼 수 있습니다.`,
    imageType: (name) => `'${name}'은(는) 사진으로 보낼 수 없습니다(JPG, PNG, GIF, BMP, WebP). 파일로 보내세요.`,
    videoType: (name) => `'${name}'은(는) 동영상으로 보낼 수 없습니다(MP4, MOV, WebM). 파일로 보내세요.`,
    fileEmpty: (name) => `'${name}'은(는) 빈 파일입니다.`,
    imageUnreadable: (name) => `'${name}'을(를) 이미지로 읽을 수 없습니다.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `'${name}'은(는) ${width} × ${height}픽셀입니다. 사진은 최대 ${limit}메가픽셀까지 가능합니다. 파일로 보내세요.`,
    unnamedFile: '이 파일',
    dropHere: '여기에 놓아 파일 보내기',
    trayLabel: (count, max) => `메시지와 함께 보낼 사진: ${count}/${max}`,
    trayImage: (n, name) => (name ? `사진 ${n}, ${name}` : `사진 ${n}`),
    trayRemove: (picture) => `${picture} 삭제`,
    tooManyImages: (max) => `메시지 하나에는 사진을 최대 ${max}장까지 넣을 수 있습니다. 먼저 이 사진들을 보낸 뒤 더 추가하세요.`,
    dismiss: '닫기',
  },
  confirmDialog: {
    cancel: '취소',
  },
  conversationList: {
    label: '채팅 목록',
    search: '검색',
    searchLabel: '채팅방 검색',
    empty: '아직 채팅이 없습니다',
    noMatch: (query) => `'${query}'와(과) 일치하는 채팅방이 없습니다`,
    loading: '채팅 목록을 불러오는 중…',
    actions: '더보기',
    pin: '상단 고정',
    unpin: '고정 해제',
    mute: '알림 끄기',
    unmute: '알림 켜기',
    markRead: '읽음으로 표시',
    markUnread: '읽지 않음으로 표시',
    markedUnread: '읽지 않음으로 표시됨',
    online: '온라인',
    delete: '채팅방 삭제',
    deleteWithMessages: '채팅방과 메시지 삭제',
    deleteTitle: (name) => `${name}님과의 채팅방을 삭제할까요?`,
    deleteText: '목록에서 사라집니다. 메시지는 보관되며 새 메시지가 오면 다시 나타납니다.',
    deleteWithMessagesTitle: (name) => `${name}님과의 채팅방과 메시지를 삭제할까요?`,
    deleteWithMessagesText: '채팅방과 대화 기록이 모든 기기에서 삭제됩니다. 되돌릴 수 없습니다.',
    deleteConfirm: '삭제',
    pinned: '고정됨',
    muted: '알림 꺼짐',
    unread: (count) => `읽지 않음 ${count}개`,
    system: '시스템 알림',
    cannotShow: '이 채팅방을 표시할 수 없습니다',
  },
  emojiParser: {
    opensInNewTab: '(새 탭에서 열림)',
  },
  emojiPicker: {
    label: '이모지와 이모티콘',
    tabs: '분류',
    emojiTab: '이모지',
    stickersTab: '이모티콘',
    search: '이모지 검색',
    searchStickers: '이모티콘 검색',
    recent: '최근 사용',
    all: '모든 이모지',
    results: '검색 결과',
    stickers: '이모티콘',
    noResults: (query) => `'${query}'와(과) 일치하는 이모지가 없습니다`,
    noStickers: (query) => `'${query}'와(과) 일치하는 이모티콘이 없습니다`,
  },
  imageViewer: {
    label: '이미지 뷰어',
    close: '닫기',
    openOriginal: '새 탭에서 원본 열기',
    loadingOriginal: '원본을 불러오는 중…',
    failed: '이미지를 불러오지 못했습니다.',
    image: '이미지',
    previous: '이전 이미지',
    next: '다음 이미지',
    zoomIn: '확대',
    zoomOut: '축소',
    download: '다운로드',
    position: (index, total) => `${index} / ${total}`,
  },
  messageSearch: {
    open: '메시지 검색',
    openHere: '이 채팅에서 검색',
    title: '메시지 검색',
    titleHere: '이 채팅에서 검색',
    searchLabel: '메시지에서 찾을 단어',
    searchPlaceholder: '메시지 검색',
    hint: '이 기기에 저장된 메시지에서 찾을 단어를 입력하세요.',
    searching: '검색 중…',
    noResults: (query) => `'${query}'에 대한 메시지가 없습니다`,
    failed: '검색하지 못했습니다. 다시 시도하세요.',
    results: (count) => `메시지 ${count}개를 찾았습니다`,
    inConversation: (name, count) => `${name}, 메시지 ${count}개`,
    moreOnServer: (count) => `서버에 ${count}개 더 있음`,
    showMore: '결과 더 보기',
    loadingMore: '더 불러오는 중…',
    searchingServer: '서버에서 검색 중…',
    everywhere: '모든 채팅',
    you: '나',
    close: '닫기',
  },
  newChat: {
    open: '새 채팅',
    title: '새 채팅',
    searchLabel: 'ID 또는 이름으로 사용자와 그룹 찾기',
    searchPlaceholder: '사용자 ID, 그룹 ID 또는 이름',
    hint: 'ID 또는 이름을 입력해 대화할 사람이나 참여할 그룹을 찾으세요.',
    searching: '검색 중…',
    noResults: (query) => `“${query}”와 일치하는 사용자나 그룹이 없습니다`,
    failed: '검색하지 못했습니다. 연결을 확인하고 다시 시도하세요.',
    results: (count) => `결과 ${count}개`,
    person: '사용자',
    group: '그룹',
    members: (count) => `멤버 ${count}명`,
    chat: '채팅',
    openGroup: '열기',
    join: '참여',
    request: '참여 요청',
    closed: '초대 전용',
    joining: '참여 중…',
    requested: '요청함',
    joinFailed: '참여할 수 없음',
    requestSent: (group) => `${group} 참여를 요청했습니다. 소유자나 관리자가 수락하면 채팅할 수 있습니다.`,
    close: '닫기',
  },
  forward: {
    rowSelected: '선택됨',
    rowNotSelected: '선택 안 됨',
    pickerTitle: '전달할 대상',
    searchLabel: '대화 검색',
    searchPlaceholder: '검색',
    noMatches: '일치하는 대화가 없습니다',
    noConversations: '아직 대화가 없습니다',
    selected: (count) => `${count}개 선택됨`,
    send: '보내기',
    cancel: '취소',
    forwarded: '전달했습니다',
    forwardFailed: '일부 메시지를 전달하지 못했습니다.',
    selectMessage: '메시지 선택',
    selectionBar: '선택한 메시지',
    forwardSeparate: '하나씩 전달',
    forwardMerged: '묶어서 전달',
    deleteForMe: '나에게서 삭제',
    done: '완료',
    deleteSelectedTitle: (count) => `메시지 ${count}개를 삭제할까요?`,
    deleteSelectedText: '이 기기에서만 삭제됩니다. 대화의 다른 사람에게는 계속 보입니다.',
    chatHistory: '채팅 기록',
    openHistory: (title) => `${title}. 채팅 기록 열기`,
    viewerClose: '닫기',
    viewerBack: '뒤로',
    viewerLoading: '채팅 기록을 불러오는 중…',
    viewerFailed: '채팅 기록을 열 수 없습니다.',
    viewerEmpty: '이 채팅 기록에는 메시지가 없습니다.',
    layersOverLimit: '너무 깊게 중첩되어 이전에 전달된 일부 메시지를 표시할 수 없습니다.',
    retry: '다시 시도',
  },
  messageActions: {
    label: '메시지 작업',
    copy: '복사',
    translate: '번역',
    'convert-to-text': '텍스트로 변환',
    reply: '답장',
    edit: '수정',
    pin: '고정',
    unpin: '고정 해제',
    forward: '전달',
    select: '선택',
    revoke: '전송 취소',
    delete: '나에게서 삭제',
    'delete-from-history': '대화 기록에서 삭제',
    resend: '다시 보내기',
  },
  messageList: {
    label: '메시지',
    labelWith: (name) => `${name}님과의 메시지`,
    empty: '아직 메시지가 없습니다',
    emptyHint: '인사를 건네 보세요 👋',
    loading: '메시지를 불러오는 중…',
    loadingOlder: '이전 메시지를 불러오는 중…',
    loadFailed: '메시지를 불러오지 못했습니다.',
    olderFailed: '이전 메시지를 불러오지 못했습니다.',
    retry: '다시 시도',
    newMessages: (count) => `새 메시지 ${count}개`,
    jumpToLatest: '최신 메시지로 이동',
    newDivider: '여기서부터 새 메시지',
    unreadAbove: (count) => `읽지 않은 메시지 ${count}개`,
    jumpToUnread: '첫 번째 읽지 않은 메시지로 이동',
    copied: '복사했습니다',
    pinned: '메시지를 고정했습니다',
    unpinned: '고정을 해제했습니다',
    pinnedMessage: '고정된 메시지',
    pinnedNumbered: (position, count) => `고정된 메시지 ${position}/${count}`,
    goToPinned: '메시지로 이동',
    allPinned: '고정된 모든 메시지',
    pinnedCount: (count) => `고정된 메시지 ${count}개`,
    unpin: '고정 해제',
    unpinMessage: (text) => `“${text}” 고정 해제`,
    copyFailed: '클립보드에 복사하지 못했습니다',
    originalNotFound: '원본 메시지를 더 이상 볼 수 없습니다',
    dismiss: '닫기',
    beginning: '대화의 시작입니다',
    notFound: '채팅방을 찾을 수 없습니다',
    notFoundText: '존재하지 않는 그룹 또는 사용자이거나, 이 그룹의 멤버가 아닙니다.',
    deleteForMeTitle: '이 메시지를 나에게서 삭제할까요?',
    deleteForMeText: '이 기기에서만 삭제됩니다. 채팅방의 다른 사람에게는 계속 보입니다.',
    deleteForMe: '나에게서 삭제',
    deleteFromHistoryTitle: '이 메시지를 대화 기록에서 삭제할까요?',
    deleteFromHistoryText: '모든 기기의 대화 기록에서 영구히 삭제됩니다. 채팅방의 다른 사람에게는 계속 보입니다.',
    deleteFromHistory: '삭제',
  },
  message: {
    you: '나',
    sticker: '[이모티콘]',
    location: '위치',
    openMap: 'OpenStreetMap에서 열기',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${north ? '북위' : '남위'} ${degrees}°`,
    longitude: (degrees, east) => `${east ? '동경' : '서경'} ${degrees}°`,
    customMessage: '[사용자 지정 메시지]',
    viewDetails: '자세히 보기',
    unsupported: '[지원하지 않는 메시지]',
    unsupportedNamed: (summary) => `[지원하지 않는 메시지: ${summary}]`,
    sending: '전송 중…',
    failed: '전송 실패',
    failedWithReason: (reason) => `전송 실패: ${reason}`,
    resend: '다시 보내기',
    sent: '전송됨',
    read: '읽음',
    uploading: (percent) => `업로드 중, ${percent}%`,
    cancelUpload: '업로드 취소',
    replyTo: (name) => `${name}님에게 답장`,
    showOriginal: '원본 메시지 보기',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: '메시지 작업',
    edited: '수정됨',
    reEdit: '다시 편집',
    cannotShow: '[이 메시지를 표시할 수 없습니다]',
    showMore: '더보기',
    showMoreLabel: (shown, total) => `더보기(${total} 중 ${shown} 표시됨)`,
    translating: '번역 중…',
    transcribing: '텍스트로 변환 중…',
    translatedInto: (language) => `번역: ${language}`,
    transcriptLabel: '음성을 텍스트로',
    noTranslation: '사용 가능한 번역이 없습니다',
    noTranscript: '이 음성 메시지의 텍스트가 없습니다',
    conversionRetry: '다시 시도',
    conversionHide: '숨기기',
    showTranslation: '번역 보기',
    showTranscript: '텍스트 보기',
    conversionClose: '닫기',
  },
  messageReactions: {
    label: '반응',
    quickReactions: '빠른 반응',
    moreReactions: '반응 더 보기',
    chooseReaction: '반응 선택',
    you: '나',
    reactedWith: (names, reaction) => `${names} 님이 ${reaction}(으)로 반응했습니다`,
    andMore: (count) => `외 ${count}명`,
    loading: '불러오는 중…',
    someoneReacted: (name, reaction) => `${name} 님이 ${reaction}(으)로 반응했습니다`,
    newReactions: (count) => `새 반응 ${count}개`,
  },
  readReceipts: {
    unread: '안 읽음',
    readCount: (count) => plural(L, count, { other: '#명 읽음' }),
    allRead: '모두 읽음',
    showReaders: '읽은 사람 보기',
    title: '읽음 확인',
    readTab: (count) => plural(L, count, { other: '읽음 (#)' }),
    unreadTab: (count) => plural(L, count, { other: '안 읽음 (#)' }),
    nobodyRead: '아직 아무도 읽지 않았습니다',
    everyoneRead: '모두 읽었습니다',
    loading: '불러오는 중…',
    loadMore: '더 보기',
    failed: '목록을 불러오지 못했습니다.',
    retry: '다시 시도',
    close: '닫기',
  },
  groupApplications: {
    accept: '수락',
    decline: '거절',
    acceptRequest: (person, group) => `${person}님의 ${group} 가입 요청 수락`,
    declineRequest: (person, group) => `${person}님의 ${group} 가입 요청 거절`,
    acceptInvitation: (person, group) => `${person}님의 ${group} 초대 수락`,
    declineInvitation: (person, group) => `${person}님의 ${group} 초대 거절`,
    accepting: '수락하는 중…',
    declining: '거절하는 중…',
    accepted: '수락함',
    declined: '거절함',
    handled: '이미 처리됨',
    failed: '답변을 보내지 못했습니다. 다시 시도하세요.',
  },
  messageFile: {
    download: (name) => `${name} 다운로드`,
    downloading: (percent) => `다운로드 중, ${percent}%`,
    downloaded: '다운로드됨',
    failed: '다운로드하지 못했습니다. 다시 시도하세요.',
    unavailable: '파일을 사용할 수 없음',
    untitled: '이름 없는 파일',
  },
  messageImage: {
    image: '사진',
    openImage: '사진 열기',
    loading: '사진을 불러오는 중',
    unavailable: '사진을 표시할 수 없음',
  },
  messageSound: {
    play: (duration) => `음성 메시지 재생, ${duration}`,
    pause: '음성 메시지 일시정지',
    unplayed: '아직 듣지 않음',
    unavailable: '음성 메시지를 재생할 수 없음',
    playFailed: '이 음성 메시지를 재생할 수 없습니다',
    position: '재생 위치',
  },
  messageVideo: {
    play: (duration) => `동영상 재생, ${duration}`,
    video: '동영상',
    unavailable: '동영상을 재생할 수 없음',
  },
  locationPicker: {
    panel: '위치 보내기',
    useCurrent: '현재 위치 사용',
    locating: '현재 위치를 찾는 중…',
    description: '장소',
    descriptionPlaceholder: '이름 또는 주소(선택)',
    latitude: '위도',
    longitude: '경도',
    cancel: '취소',
    send: '위치 보내기',
    missingLatitude: '위도를 입력하세요.',
    missingLongitude: '경도를 입력하세요.',
    notANumber: '도 단위 숫자를 입력하세요(예: 22.5405).',
    latitudeRange: '위도는 −90에서 90 사이입니다.',
    longitudeRange: '경도는 −180에서 180 사이입니다.',
    denied: '위치 접근이 거부되었습니다. 브라우저 설정에서 이 사이트의 위치 사용을 허용하거나 좌표를 입력하세요.',
    unavailable: '현재 위치를 찾을 수 없습니다. 다시 시도하거나 좌표를 입력하세요.',
    timeout: '현재 위치를 찾는 데 너무 오래 걸렸습니다. 다시 시도하거나 좌표를 입력하세요.',
    unsupported: '이 브라우저는 현재 위치를 알려 줄 수 없습니다. 좌표를 입력하세요.',
    insecure: '현재 위치는 보안(https) 페이지에서만 사용할 수 있습니다. 좌표를 입력하세요.',
  },
  voiceRecorder: {
    panel: '음성 메시지',
    requesting: '마이크를 기다리는 중…',
    recorded: (time: string) => `녹음 중, ${time}`,
    slideToCancel: '위로 밀어서 취소',
    releaseToCancel: '손을 떼면 취소',
    escToCancel: 'Esc로 취소',
    endsIn: (seconds: number) => `${seconds}초 후 전송`,
    endsSoon: '10초 후 녹음이 끝나고 전송됩니다.',
    cancel: '녹음 취소',
    send: '음성 메시지 보내기',
    sending: '보내는 중…',
    tooShort: '너무 짧아서 보낼 수 없습니다. 1초 이상 녹음하세요.',
    denied: '마이크 접근이 거부되었습니다. 음성 메시지를 보내려면 브라우저 설정에서 이 사이트의 마이크를 허용하세요.',
    noMicrophone: '마이크를 찾을 수 없습니다. 연결한 후 다시 시도하세요.',
    busy: '마이크를 시작할 수 없습니다. 다른 앱에서 사용 중일 수 있습니다.',
    insecure: '음성 메시지에는 보안(https) 페이지가 필요합니다. 이 페이지에서는 브라우저가 마이크를 제공하지 않습니다.',
    unsupported: '이 브라우저는 녹음할 수 없습니다.',
    failed: '녹음에 실패했습니다. 다시 시도하세요.',
    dismiss: '닫기',
  },
  groupInfo: {
    open: '그룹 정보',
    title: '그룹 정보',
    close: '닫기',
    groupID: (id: string) => `그룹 ID: ${id}`,
    typeWork: '업무 그룹',
    typePublic: '공개 그룹',
    typeMeeting: '회의 그룹',
    typeCommunity: '커뮤니티',
    typeAVChatRoom: '라이브 방',
    name: '그룹 이름',
    avatar: '그룹 사진(URL)',
    notification: '그룹 공지',
    introduction: '소개',
    nameCard: '그룹에서 내 닉네임',
    mute: '알림 끄기',
    none: '없음',
    edit: (field: string) => `${field} 수정`,
    save: '저장',
    cancel: '취소',
    saving: '저장 중…',
    editHint: 'Enter로 저장하고 Esc로 취소합니다.',
    saveFailed: (reason: string) => `저장하지 못했습니다. ${reason}`,
    readOnly: '그룹 프로필은 방장과 관리자만 변경할 수 있습니다.',
    members: (count: string) => `멤버 ${count}명`,
    searchMembers: '멤버 검색',
    noMatch: (query: string) => `'${query}'와(과) 일치하는 멤버가 없습니다`,
    loadingMembers: '멤버를 불러오는 중…',
    membersFailed: '멤버를 불러오지 못했습니다.',
    retry: '다시 시도',
    owner: '방장',
    admin: '관리자',
    you: '나',
    leave: '그룹 나가기',
    dismiss: '그룹 해산',
    leaveTitle: (group: string) => `'${group}'에서 나갈까요?`,
    leaveMessage: '이 그룹의 메시지를 더 이상 받지 않습니다. 이 기기의 대화 기록은 남습니다.',
    dismissTitle: (group: string) => `'${group}'을(를) 해산할까요?`,
    dismissMessage: '모든 멤버에게서 그룹이 사라집니다. 되돌릴 수 없습니다.',
    leaveFailed: (reason: string) => `그룹에서 나가지 못했습니다. ${reason}`,
    dismissFailed: (reason: string) => `그룹을 해산하지 못했습니다. ${reason}`,
    notMember: '이 그룹의 멤버가 아닙니다.',
    dismissed: '해산된 그룹입니다.',
  },
  groupMembers: {
    memberActions: (name: string) => `${name} 작업`,
    makeAdmin: '관리자로 지정',
    removeAdmin: '관리자 해제',
    muteFor: '채팅 금지 시간',
    muteForDuration: (duration: string) => `${duration} 동안 채팅 금지`,
    unmute: '채팅 금지 해제',
    transferOwner: '소유권 이전',
    removeMember: '그룹에서 내보내기',
    removeTitle: (name: string) => `${name}님을 그룹에서 내보낼까요?`,
    removeMessage: '이 그룹의 메시지를 더 이상 받지 않습니다. 초대를 받으면 다시 참여할 수 있습니다.',
    remove: '내보내기',
    transferTitle: (name: string) => `${name}님을 소유자로 지정할까요?`,
    transferMessage: '일반 멤버가 되며 소유자 권한을 잃게 됩니다.',
    transfer: '이전',
    muted: '채팅 금지',
    mutedUntil: (time: string) => `${time}까지 채팅 금지`,
    updating: (name: string) => `${name}님 정보 업데이트 중…`,
    memberActionFailed: (name: string, reason: string) => `${name}님을 업데이트하지 못했습니다. ${reason}`,
    dismissError: '닫기',
  },
  profileCard: {
    label: (name: string) => `${name}님의 프로필`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `그룹 닉네임: ${card}`,
    sendMessage: '메시지 보내기',
    close: '닫기',
  },
});
