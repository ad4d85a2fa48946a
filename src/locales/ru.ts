import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Russian, in Telegram's words: чат, группа, закрепить, без звука, удалить у меня. Past-tense verbs
 * agree with a gender the kit does not know: one person reads "вступил(а)", as many Russian
 * interfaces write it; several people and "Вы" take the plural.
 */

const L = 'ru';
const words = { you: 'вы', youAtStart: 'Вы', someone: 'Кто-то', others: (n: number) => `ещё ${n}` };
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
/** The reader as a direct object ("вас"). */
const whom = (people: readonly Person[]) => nameList(L, people, 'object', { ...words, you: 'вас', someone: 'кого-то' });
/** Past tense: "вступил(а)" for one person, "вступили" for several or for "Вы". */
const past = (people: readonly Person[], stem: string, reflexive = false) =>
  people.length > 1 || people.some((p) => p.isSelf)
    ? `${stem}и${reflexive ? 'сь' : ''}`
    : `${stem}${reflexive ? 'ся' : ''}(${reflexive ? 'ась' : 'а'})`;
const group = (name: string) => (name ? `группу «${name}»` : 'группу');
const ofGroup = (name: string) => (name ? `группы «${name}»` : 'группы');
const inGroup = (name: string) => (name ? `группе «${name}»` : 'группе');
const Group = (name: string) => (name ? `Группа «${name}»` : 'Группа');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: «${note}»` : sentence);
/** "на 1 минуту": the accusative of the feminine units after "на". */
const duration = (seconds: number) =>
  durationText(L, seconds)
    .replace(/минута\b/g, 'минуту')
    .replace(/секунда\b/g, 'секунду');

function changeActive(change: ProfileChange, op: readonly Person[]): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `${past(op, 'изменил')} название группы на «${change.value}»` : `${past(op, 'изменил')} название группы`;
    case 'notification':
      return change.value ? `${past(op, 'изменил')} объявление группы: «${change.value}»` : `${past(op, 'удалил')} объявление группы`;
    case 'introduction':
      return change.value ? `${past(op, 'изменил')} описание группы: «${change.value}»` : `${past(op, 'удалил')} описание группы`;
    case 'avatar':
      return `${past(op, 'изменил')} фото группы`;
    case 'owner':
      return `${past(op, 'передал')} права владельца: ${whom([change.owner]).replace(/^вас$/, 'вам')}`;
    case 'muteAll':
      return change.on ? `${past(op, 'запретил')} писать всем участникам` : `${past(op, 'разрешил')} писать всем участникам`;
    case 'other':
      return `${past(op, 'обновил')} профиль группы`;
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `Новое название группы: «${change.value}»` : 'Название группы изменено';
    case 'notification':
      return change.value ? `Новое объявление группы: «${change.value}»` : 'Объявление группы удалено';
    case 'introduction':
      return change.value ? `Новое описание группы: «${change.value}»` : 'Описание группы удалено';
    case 'avatar':
      return 'Фото группы изменено';
    case 'owner':
      return `Новый владелец группы: ${who([change.owner])}`;
    case 'muteAll':
      return change.on ? 'Писать в группе могут только администраторы' : 'Все участники снова могут писать';
    case 'other':
      return 'Профиль группы обновлён';
  }
}

const muteActive = (m: MuteChange, op: readonly Person[]) =>
  m.seconds > 0
    ? `${past(op, 'ограничил')} ${whom(m.users)} на ${duration(m.seconds)}`
    : `${past(op, 'снял')} ограничения с ${whom(m.users).replace(/^вас$/, 'вас')}`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `${who(m.users)}: запрет писать на ${duration(m.seconds)}` : `${who(m.users)}: запрет писать снят`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)} ${past(p.users, 'вступил')} в группу`,
    'tip.invited': (p) => `${who([p.operator])} ${past([p.operator], 'добавил')} в группу ${whom(p.users)}`,
    'tip.left': (p) => `${who(p.users)} ${past(p.users, 'покинул')} группу`,
    'tip.removed': (p) =>
      p.operator
        ? `${who([p.operator])} ${past([p.operator], 'удалил')} из группы ${whom(p.users)}`
        : `${who(p.users)} ${p.users.length > 1 || p.users.some((u) => u.isSelf) ? 'больше не участники' : 'больше не участник'} группы`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${who([p.operator])} ${past([p.operator], 'назначил')} администратором ${whom(p.users)}`
        : `${who(p.users)} — теперь ${p.users.length > 1 ? 'администраторы' : 'администратор'}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${who([p.operator])} ${past([p.operator], 'снял')} права администратора с ${whom(p.users)}`
        : `${who(p.users)} — больше не ${p.users.length > 1 ? 'администраторы' : 'администратор'}`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator
        ? `${who([p.operator])} ${listAnd(
            L,
            changes.map((c) => changeActive(c, [p.operator!])),
          )}`
        : changes.map(changePassive).join('. ');
    },
    'tip.membersMuted': (p) =>
      p.operator
        ? `${who([p.operator])} ${listAnd(
            L,
            p.mutes.map((m) => muteActive(m, [p.operator!])),
          )}`
        : p.mutes.map(mutePassive).join('. '),
    'tip.memberProfileUpdated': (p) =>
      p.users.length === 0
        ? 'Данные участника обновлены'
        : p.users.length === 1 && p.users[0]!.isSelf
          ? 'Ваши данные участника обновлены'
          : `Данные участника обновлены: ${who(p.users)}`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${past([p.operator], 'заблокировал')} в комнате ${whom(p.users)}`
        : `${who(p.users)}: доступ в комнату заблокирован`,
    'tip.unbannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])} ${past([p.operator], 'разблокировал')} ${whom(p.users)}` : `${who(p.users)}: блокировка снята`,
    'tip.unknown': 'Уведомление группы',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} хочет вступить в ${group(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'одобрил')} вашу заявку на вступление в ${group(p.group)}`
          : `Ваша заявка на вступление в ${group(p.group)} одобрена`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'отклонил')} вашу заявку на вступление в ${group(p.group)}`
          : `Ваша заявка на вступление в ${group(p.group)} отклонена`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'удалил')} вас из ${ofGroup(p.group)}`
          : `Вы больше не участник ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${past([p.operator], 'распустил')} ${group(p.group)}` : `${Group(p.group)} распущена`,
        p.note,
      ),
    'notice.created': (p) =>
      withNote(p.operator ? `${who([p.operator])} ${past([p.operator], 'создал')} ${group(p.group)}` : `${Group(p.group)} создана`, p.note),
    'notice.invited': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${past([p.operator], 'добавил')} вас в ${group(p.group)}` : `Вас добавили в ${group(p.group)}`,
        p.note,
      ),
    'notice.quit': (p) => withNote(`Вы покинули ${group(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'назначил')} вас администратором ${ofGroup(p.group)}`
          : `Теперь вы администратор ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'снял')} с вас права администратора в ${inGroup(p.group)}`
          : `Вы больше не администратор ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${Group(p.group)} удалена системой`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'пригласил')} вас в ${group(p.group)}`
          : `Вас пригласили в ${group(p.group)}`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'принял')} ваше приглашение в ${group(p.group)}`
          : `Ваше приглашение в ${group(p.group)} принято`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${past([p.operator], 'отклонил')} ваше приглашение в ${group(p.group)}`
          : `Ваше приглашение в ${group(p.group)} отклонено`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `Объявление ${ofGroup(p.group)}: ${p.content}` : `Особое уведомление ${ofGroup(p.group)}`),
    'notice.unknown': (p) => (p.group ? `Системное уведомление группы «${p.group}»` : 'Системное уведомление группы'),

    'summary.image': '[Фото]',
    'summary.voice': (p) => (p.seconds > 0 ? `[Голосовое сообщение] ${formatDuration(p.seconds)}` : '[Голосовое сообщение]'),
    'summary.video': (p) => (p.seconds > 0 ? `[Видео] ${formatDuration(p.seconds)}` : '[Видео]'),
    'summary.file': (p) => (p.name ? `[Файл] ${p.name}` : '[Файл]'),
    'summary.location': (p) => (p.description ? `[Геопозиция] ${p.description}` : '[Геопозиция]'),
    'summary.sticker': '[Стикер]',
    'summary.custom': '[Особое сообщение]',
    'summary.unsupported': '[Неподдерживаемое сообщение]',
    'summary.chatHistory': '[История чата]',
    'merged.titleOne': (p) => `История чата: ${p.name}`,
    'merged.titleTwo': (p) => `История чата: ${p.first} и ${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `История чата «${p.group}»` : 'История группового чата'),
    'summary.revokedBySelf': 'Вы отозвали сообщение',
    'summary.revokedByOther': (p) => `${p.name} отозвал(а) сообщение`,
    'summary.draft': '[Черновик]',
    'summary.atMe': '[Вас упомянули]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': 'Недопустимый запрос',
    'error.notLoggedIn': 'Вы не вошли в аккаунт',
    'error.uploadFailed': 'Не удалось загрузить файл',
    'error.uploadCancelled': 'Загрузка отменена',
    'error.fileTooLarge': 'Файл слишком большой',
    'error.sendFailed': 'Не удалось отправить сообщение',
    'error.revokeFailed': 'Не удалось отозвать сообщение',
    'error.messageNotFound': 'Сообщение не найдено',
    'error.conversationNotFound': 'Чат не найден',
    'error.network': 'Ошибка сети. Проверьте подключение и попробуйте ещё раз',
    'error.timeout': 'Время ожидания истекло. Попробуйте ещё раз',
    'error.offline': 'Нет подключения к сети',
    'error.notGroupMember': 'Вы не участник этой группы',
    'error.mutedInGroup': 'Вам запрещено писать в этой группе',
    'error.revokeTimeLimit': 'Это сообщение уже нельзя отозвать',
    'error.revokeNotSender': 'Отозвать можно только свои сообщения',
    'error.textTooLong': 'Сообщение слишком длинное',
    'error.kickedOut': 'Вы вышли из аккаунта',
    'error.storage': 'Не удалось сохранить данные на этом устройстве',
    'error.unsupported': 'Эта функция здесь недоступна',
    'error.noResult': 'Перевод или расшифровка недоступны',
    'error.editNotAllowed': 'Изменять можно только свои текстовые сообщения',
    'error.editTimeLimit': 'Это сообщение уже нельзя изменить',
    'error.editConflict': 'Сообщение тем временем изменили в другом месте. Попробуйте ещё раз',
    'error.pinNotAllowed': 'Закреплять сообщения могут только владелец и администраторы группы',
    'error.pinLimit': 'В этой группе уже закреплено максимальное число сообщений',
    'error.unknown': 'Что-то пошло не так',
    'error.withCode': (p) => `Что-то пошло не так (ошибка ${p.code})`,

    'cache.unavailable': 'Офлайн-хранилище недоступно в этом браузере, поэтому сообщения хранятся только до закрытия страницы',
    'cache.blocked': 'Офлайн-хранилище занято другой вкладкой, поэтому сообщения хранятся только до закрытия страницы',
    'cache.quota': 'Память устройства заполнена, поэтому новые сообщения хранятся только до закрытия страницы',
    'cache.error': 'Сбой офлайн-хранилища, поэтому сообщения хранятся только до закрытия страницы',
  },

  chat: {
    label: 'Чат',
    back: 'Назад к чатам',
    members: (count) => plural(L, count, { one: '# участник', few: '# участника', many: '# участников', other: '# участника' }),
    dismissed: 'Группа распущена',
    typing: 'печатает…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'печатает' : 'печатают'}…`
        : plural(L, names.length, {
            one: '# человек печатает…',
            few: '# человека печатают…',
            many: '# человек печатают…',
            other: '# человека печатают…',
          }),
    pickConversation: 'Выберите чат, чтобы начать общение',
    connecting: 'Подключение…',
    offline: 'Нет подключения к сети. Сообщения будут отправлены, когда связь восстановится.',
    kickedOut: 'Вы вышли из аккаунта, потому что в него вошли на другом устройстве.',
    signatureExpired: 'Срок входа истёк. Войдите снова.',
    dismiss: 'Закрыть',
    system: 'Системные уведомления',
    starting: 'Запуск…',
    startFailed: 'Не удалось запустить чат.',
    retry: 'Повторить',
  },
  composer: {
    inputLabel: 'Сообщение',
    placeholder: 'Сообщение',
    hintEnter: 'Enter — отправить, Shift+Enter — новая строка',
    hintCtrlEnter: 'Ctrl+Enter (⌘+Enter) — отправить, Enter — новая строка',
    toolbar: 'Инструменты сообщения',
    emoji: 'Эмодзи и стикеры',
    image: 'Отправить фото',
    video: 'Отправить видео',
    file: 'Отправить файл',
    voice: 'Записать голосовое сообщение',
    location: 'Отправить местоположение',
    voiceStop: 'Остановить запись и отправить',
    send: 'Отправить',
    replyingTo: (name) => `Ответ для ${name}`,
    cancelReply: 'Отменить ответ',
    editing: 'Редактирование сообщения',
    cancelEdit: 'Отменить редактирование',
    saveEdit: 'Сохранить',
    mentionList: 'Участники группы',
    mentionAll: 'Все',
    mentionAllHint: 'Все участники группы',
    loadingMembers: 'Загрузка участников…',
    membersFailed: 'Не удалось загрузить участников.',
    noMembers: (query) => `Нет участников по запросу «${query}»`,
    noConversation: 'Выберите чат, чтобы написать сообщение.',
    starting: 'Подключение…',
    signedOut: 'Вы вышли из аккаунта, поэтому отправлять сообщения нельзя.',
    system: 'На системные уведомления нельзя ответить.',
    mutedUntil: (time) => `Вам запрещено писать в этой группе до ${time}.`,
    mutedAll: 'Писать могут только владелец и администраторы.',
    notMember: 'Вы не участник этой группы и не можете писать в ней.',
    dismissed: 'Группа распущена, писать в неё больше нельзя.',
    offline: 'Нет подключения к сети. Сообщения будут отправлены, когда связь восстановится.',
    textTooLong: (size, limit) => `Сообщение слишком длинное (${size}; максимум ${limit}). Сократите его или отправьте частями.`,
    fileTooLarge: (name, size, limit) => `Размер «${name}» — ${size}; максимальный размер файла — ${limit}.`,
    imageType: (name) => `«${name}» нельзя отправить как фото (JPG, PNG, GIF, BMP или WebP). Отправьте его как файл.`,
    videoType: (name) => `«${name}» нельзя отправить как видео (MP4, MOV или WebM). Отправьте его как файл.`,
    fileEmpty: (name) => `Файл «${name}» пуст.`,
    imageUnreadable: (name) => `Не удалось прочитать «${name}» как изображение.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `Размер «${name}» — ${width} × ${height} пикселей; у фото может быть не больше ${limit} мегапикселей. Отправьте его как файл.`,
    unnamedFile: 'Файл',
    dropHere: 'Перетащите файлы сюда, чтобы отправить',
    trayLabel: (count, max) => `Изображения, которые уйдут с сообщением: ${count} из ${max}`,
    trayImage: (n, name) => (name ? `Изображение ${n}, ${name}` : `Изображение ${n}`),
    trayRemove: (picture) => `Убрать: ${picture}`,
    tooManyImages: (max) => `В одном сообщении может быть не больше ${max} изображений. Отправьте эти, затем добавьте ещё.`,
    dismiss: 'Закрыть',
  },
  confirmDialog: {
    cancel: 'Отмена',
  },
  conversationList: {
    label: 'Чаты',
    search: 'Поиск',
    searchLabel: 'Поиск по чатам',
    empty: 'Чатов пока нет',
    noMatch: (query) => `Нет чатов по запросу «${query}»`,
    loading: 'Загрузка чатов…',
    actions: 'Другие действия',
    pin: 'Закрепить',
    unpin: 'Открепить',
    mute: 'Отключить уведомления',
    unmute: 'Включить уведомления',
    markRead: 'Отметить как прочитанное',
    markUnread: 'Отметить как непрочитанное',
    markedUnread: 'Отмечено как непрочитанное',
    online: 'В сети',
    delete: 'Удалить чат',
    deleteWithMessages: 'Удалить чат и сообщения',
    deleteTitle: (name) => `Удалить чат с ${name}?`,
    deleteText: 'Чат исчезнет из списка. Сообщения сохранятся, а чат появится снова с новым сообщением.',
    deleteWithMessagesTitle: (name) => `Удалить чат с ${name} вместе с сообщениями?`,
    deleteWithMessagesText: 'Чат и его история будут удалены со всех ваших устройств. Это действие нельзя отменить.',
    deleteConfirm: 'Удалить',
    pinned: 'Закреплён',
    muted: 'Без звука',
    unread: (count) =>
      plural(L, count, { one: '# непрочитанное', few: '# непрочитанных', many: '# непрочитанных', other: '# непрочитанного' }),
    system: 'Системные уведомления',
    cannotShow: 'Этот чат нельзя показать',
  },
  emojiParser: {
    opensInNewTab: '(откроется в новой вкладке)',
  },
  emojiPicker: {
    label: 'Эмодзи и стикеры',
    tabs: 'Разделы',
    emojiTab: 'Эмодзи',
    stickersTab: 'Стикеры',
    search: 'Поиск эмодзи',
    searchStickers: 'Поиск стикеров',
    recent: 'Недавние',
    all: 'Все эмодзи',
    results: 'Результаты',
    stickers: 'Стикеры',
    noResults: (query) => `Нет эмодзи по запросу «${query}»`,
    noStickers: (query) => `Нет стикеров по запросу «${query}»`,
  },
  imageViewer: {
    label: 'Просмотр изображений',
    close: 'Закрыть',
    openOriginal: 'Открыть оригинал в новой вкладке',
    loadingOriginal: 'Загрузка оригинала…',
    failed: 'Не удалось загрузить изображение.',
    image: 'Изображение',
    previous: 'Предыдущее изображение',
    next: 'Следующее изображение',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    download: 'Скачать',
    position: (index, total) => `${index} из ${total}`,
  },
  messageSearch: {
    open: 'Поиск по сообщениям',
    openHere: 'Поиск в этом чате',
    title: 'Поиск по сообщениям',
    titleHere: 'Поиск в этом чате',
    searchLabel: 'Слова для поиска в сообщениях',
    searchPlaceholder: 'Поиск по сообщениям',
    hint: 'Введите слова, чтобы найти их в сообщениях, сохранённых на этом устройстве.',
    searching: 'Поиск…',
    noResults: (query) => `Сообщения по запросу «${query}» не найдены`,
    failed: 'Не удалось выполнить поиск. Попробуйте ещё раз.',
    results: (count) => `Найдено сообщений: ${count}`,
    inConversation: (name, count) => `${name}, сообщений: ${count}`,
    moreOnServer: (count) => `ещё на сервере: ${count}`,
    showMore: 'Показать ещё',
    loadingMore: 'Загрузка…',
    searchingServer: 'Поиск на сервере…',
    everywhere: 'Все чаты',
    you: 'Вы',
    close: 'Закрыть',
  },
  newChat: {
    open: 'Новый чат',
    title: 'Новый чат',
    searchLabel: 'Найти людей и группы по ID или имени',
    searchPlaceholder: 'ID пользователя, ID группы или имя',
    hint: 'Введите ID или имя, чтобы найти собеседника или группу.',
    searching: 'Поиск…',
    noResults: (query) => `По запросу «${query}» никого не найдено`,
    failed: 'Поиск не удался. Проверьте подключение и попробуйте ещё раз.',
    results: (count) => `Найдено: ${count}`,
    person: 'Пользователь',
    group: 'Группа',
    members: (count) => `Участников: ${count}`,
    chat: 'Написать',
    openGroup: 'Открыть',
    join: 'Вступить',
    request: 'Подать заявку',
    closed: 'Только по приглашению',
    joining: 'Вступаем…',
    requested: 'Заявка отправлена',
    joinFailed: 'Не удалось вступить',
    requestSent: (group) => `Заявка на вступление в ${group} отправлена. Писать можно будет, когда владелец или администратор её примет.`,
    close: 'Закрыть',
  },
  forward: {
    rowSelected: 'Выбрано',
    rowNotSelected: 'Не выбрано',
    pickerTitle: 'Переслать',
    searchLabel: 'Поиск чатов',
    searchPlaceholder: 'Поиск',
    noMatches: 'Подходящих чатов нет',
    noConversations: 'Чатов пока нет',
    selected: (count) => `Выбрано: ${count}`,
    send: 'Отправить',
    cancel: 'Отмена',
    forwarded: 'Переслано',
    forwardFailed: 'Некоторые сообщения не удалось переслать.',
    selectMessage: 'Выбрать сообщение',
    selectionBar: 'Выбранные сообщения',
    forwardSeparate: 'Переслать по одному',
    forwardMerged: 'Переслать одним сообщением',
    deleteForMe: 'Удалить у меня',
    done: 'Готово',
    deleteSelectedTitle: (count) => `Удалить у вас сообщения (${count})?`,
    deleteSelectedText: 'Они удаляются только с этого устройства; остальные участники чата по-прежнему их видят.',
    chatHistory: 'История чата',
    openHistory: (title) => `${title}. Открыть историю чата`,
    viewerClose: 'Закрыть',
    viewerBack: 'Назад',
    viewerLoading: 'История чата загружается…',
    viewerFailed: 'Не удалось открыть историю чата.',
    viewerEmpty: 'В этой истории чата нет сообщений.',
    layersOverLimit: 'Некоторые более ранние пересланные сообщения вложены слишком глубоко, чтобы их показать.',
    retry: 'Повторить',
  },
  messageActions: {
    label: 'Действия с сообщением',
    copy: 'Копировать',
    translate: 'Перевести',
    'convert-to-text': 'Преобразовать в текст',
    reply: 'Ответить',
    edit: 'Изменить',
    pin: 'Закрепить',
    unpin: 'Открепить',
    forward: 'Переслать',
    select: 'Выбрать',
    revoke: 'Отозвать',
    delete: 'Удалить у меня',
    'delete-from-history': 'Удалить из истории',
    resend: 'Отправить снова',
  },
  messageList: {
    label: 'Сообщения',
    labelWith: (name) => `Сообщения с ${name}`,
    empty: 'Сообщений пока нет',
    emptyHint: 'Поздоровайтесь 👋',
    loading: 'Загрузка сообщений…',
    loadingOlder: 'Загрузка более ранних сообщений…',
    loadFailed: 'Не удалось загрузить сообщения.',
    olderFailed: 'Не удалось загрузить более ранние сообщения.',
    retry: 'Повторить',
    newMessages: (count) =>
      plural(L, count, { one: '# новое сообщение', few: '# новых сообщения', many: '# новых сообщений', other: '# нового сообщения' }),
    jumpToLatest: 'К последнему сообщению',
    newDivider: 'Новые сообщения',
    unreadAbove: (count) =>
      plural(L, count, {
        one: '# непрочитанное сообщение',
        few: '# непрочитанных сообщения',
        many: '# непрочитанных сообщений',
        other: '# непрочитанного сообщения',
      }),
    jumpToUnread: 'К первому непрочитанному сообщению',
    copied: 'Скопировано',
    pinned: 'Сообщение закреплено',
    unpinned: 'Сообщение откреплено',
    pinnedMessage: 'Закреплённое сообщение',
    pinnedNumbered: (position, count) => `Закреплённое сообщение ${position} из ${count}`,
    goToPinned: 'Перейти к сообщению',
    allPinned: 'Все закреплённые сообщения',
    pinnedCount: (count) =>
      plural(L, count, {
        one: '# закреплённое сообщение',
        few: '# закреплённых сообщения',
        many: '# закреплённых сообщений',
        other: '# закреплённого сообщения',
      }),
    unpin: 'Открепить',
    unpinMessage: (text) => `Открепить «${text}»`,
    copyFailed: 'Не удалось скопировать в буфер обмена',
    originalNotFound: 'Исходное сообщение больше недоступно',
    dismiss: 'Закрыть',
    beginning: 'Это начало чата',
    notFound: 'Чат не найден',
    notFoundText: 'Такой группы или пользователя нет, или вы не состоите в группе.',
    deleteForMeTitle: 'Удалить это сообщение у вас?',
    deleteForMeText: 'Оно будет удалено только с этого устройства. Другие участники чата по-прежнему его видят.',
    deleteForMe: 'Удалить у меня',
    deleteFromHistoryTitle: 'Удалить это сообщение из вашей истории?',
    deleteFromHistoryText: 'Оно будет навсегда удалено из вашей истории на всех устройствах. Другие участники чата по-прежнему его видят.',
    deleteFromHistory: 'Удалить',
  },
  message: {
    you: 'Вы',
    sticker: '[Стикер]',
    location: 'Геопозиция',
    openMap: 'Открыть в OpenStreetMap',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'с. ш.' : 'ю. ш.'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'в. д.' : 'з. д.'}`,
    customMessage: '[Особое сообщение]',
    viewDetails: 'Подробнее',
    unsupported: '[Неподдерживаемое сообщение]',
    unsupportedNamed: (summary) => `[Неподдерживаемое сообщение: ${summary}]`,
    sending: 'Отправка…',
    failed: 'Не отправлено',
    failedWithReason: (reason) => `Не отправлено: ${reason}`,
    resend: 'Отправить снова',
    sent: 'Отправлено',
    read: 'Прочитано',
    uploading: (percent) => `Загрузка, ${percent} %`,
    cancelUpload: 'Отменить загрузку',
    replyTo: (name) => `Ответ для ${name}`,
    showOriginal: 'Показать исходное сообщение',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: 'Действия с сообщением',
    edited: 'изменено',
    reEdit: 'Изменить снова',
    cannotShow: '[Это сообщение нельзя показать]',
    showMore: 'Показать полностью',
    showMoreLabel: (shown, total) => `Показать полностью (показано ${shown} из ${total})`,
    translating: 'Перевод…',
    transcribing: 'Преобразование в текст…',
    translatedInto: (language) => `Перевод: ${language}`,
    transcriptLabel: 'Голос в текст',
    noTranslation: 'Перевод недоступен',
    noTranscript: 'Для этого голосового сообщения нет текста',
    conversionRetry: 'Повторить',
    conversionHide: 'Скрыть',
    showTranslation: 'Показать перевод',
    showTranscript: 'Показать текст',
    conversionClose: 'Закрыть',
  },
  messageReactions: {
    label: 'Реакции',
    quickReactions: 'Быстрые реакции',
    moreReactions: 'Другие реакции',
    chooseReaction: 'Выберите реакцию',
    you: 'Вы',
    reactedWith: (names, reaction) => `${names}: реакция ${reaction}`,
    andMore: (count) => `и ещё ${count}`,
    loading: 'Загрузка…',
    someoneReacted: (name, reaction) => `${name}: реакция ${reaction}`,
    newReactions: (count) => `Новых реакций: ${count}`,
  },
  readReceipts: {
    unread: 'Не прочитано',
    readCount: (count) => plural(L, count, { other: 'Прочитали: #' }),
    allRead: 'Прочитано всеми',
    showReaders: 'Показать, кто прочитал',
    title: 'Отчёты о прочтении',
    readTab: (count) => plural(L, count, { other: 'Прочитали (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'Не прочитали (#)' }),
    nobodyRead: 'Ещё никто не прочитал',
    everyoneRead: 'Все прочитали',
    loading: 'Загрузка…',
    loadMore: 'Показать ещё',
    failed: 'Не удалось загрузить список.',
    retry: 'Повторить',
    close: 'Закрыть',
  },
  groupApplications: {
    accept: 'Принять',
    decline: 'Отклонить',
    acceptRequest: (person, group) => `Принять заявку ${person} на вступление в ${group}`,
    declineRequest: (person, group) => `Отклонить заявку ${person} на вступление в ${group}`,
    acceptInvitation: (person, group) => `Принять приглашение ${person} в ${group}`,
    declineInvitation: (person, group) => `Отклонить приглашение ${person} в ${group}`,
    accepting: 'Принимаем…',
    declining: 'Отклоняем…',
    accepted: 'Принято',
    declined: 'Отклонено',
    handled: 'Уже рассмотрено',
    failed: 'Ответ не отправлен. Попробуйте ещё раз.',
  },
  messageFile: {
    download: (name) => `Скачать ${name}`,
    downloading: (percent) => `Скачивание, ${percent} %`,
    downloaded: 'Скачано',
    failed: 'Не удалось скачать. Попробуйте ещё раз.',
    unavailable: 'Файл недоступен',
    untitled: 'Файл без названия',
  },
  messageImage: {
    image: 'Фото',
    openImage: 'Открыть фото',
    loading: 'Загрузка фото',
    unavailable: 'Фото недоступно',
  },
  messageSound: {
    play: (duration) => `Прослушать голосовое сообщение, ${duration}`,
    pause: 'Приостановить голосовое сообщение',
    unplayed: 'Не прослушано',
    unavailable: 'Голосовое сообщение недоступно',
    playFailed: 'Не удалось воспроизвести голосовое сообщение',
    position: 'Позиция воспроизведения',
  },
  messageVideo: {
    play: (duration) => `Воспроизвести видео, ${duration}`,
    video: 'Видео',
    unavailable: 'Видео недоступно',
  },
  locationPicker: {
    panel: 'Отправить местоположение',
    useCurrent: 'Моё текущее местоположение',
    locating: 'Определяем местоположение…',
    description: 'Место',
    descriptionPlaceholder: 'Название или адрес (необязательно)',
    latitude: 'Широта',
    longitude: 'Долгота',
    cancel: 'Отмена',
    send: 'Отправить местоположение',
    missingLatitude: 'Введите широту.',
    missingLongitude: 'Введите долготу.',
    notANumber: 'Введите число в градусах, например 22.5405.',
    latitudeRange: 'Широта — от −90 до 90.',
    longitudeRange: 'Долгота — от −180 до 180.',
    denied: 'Доступ к местоположению запрещён. Разрешите его для этого сайта в настройках браузера или введите координаты.',
    unavailable: 'Не удалось определить местоположение. Попробуйте ещё раз или введите координаты.',
    timeout: 'Определение местоположения заняло слишком много времени. Попробуйте ещё раз или введите координаты.',
    unsupported: 'Этот браузер не может определить местоположение. Введите координаты.',
    insecure: 'Местоположение доступно только на защищённой (https) странице. Введите координаты.',
  },
  voiceRecorder: {
    panel: 'Голосовое сообщение',
    requesting: 'Ожидание микрофона…',
    recorded: (time: string) => `Идёт запись, ${time}`,
    slideToCancel: 'Проведите вверх для отмены',
    releaseToCancel: 'Отпустите для отмены',
    escToCancel: 'Esc — отмена',
    endsIn: (seconds: number) => `Отправка через ${seconds} с`,
    endsSoon: 'Запись остановится и будет отправлена через 10 секунд.',
    cancel: 'Отменить запись',
    send: 'Отправить голосовое сообщение',
    sending: 'Отправка…',
    tooShort: 'Слишком коротко: запишите хотя бы 1 секунду.',
    denied: 'Доступ к микрофону запрещён. Разрешите микрофон для этого сайта в настройках браузера, чтобы отправлять голосовые сообщения.',
    noMicrophone: 'Микрофон не найден. Подключите его и попробуйте снова.',
    busy: 'Не удалось включить микрофон: возможно, он занят другим приложением.',
    insecure: 'Для голосовых сообщений нужна защищённая (https) страница: здесь браузер не даёт доступ к микрофону.',
    unsupported: 'Этот браузер не умеет записывать звук.',
    failed: 'Запись не удалась. Попробуйте снова.',
    dismiss: 'Закрыть',
  },
  groupInfo: {
    open: 'О группе',
    title: 'О группе',
    close: 'Закрыть',
    groupID: (id: string) => `ID группы: ${id}`,
    typeWork: 'Рабочая группа',
    typePublic: 'Открытая группа',
    typeMeeting: 'Группа встречи',
    typeCommunity: 'Сообщество',
    typeAVChatRoom: 'Прямой эфир',
    name: 'Название группы',
    avatar: 'Фото группы (URL)',
    notification: 'Объявление группы',
    introduction: 'Описание',
    nameCard: 'Мой ник в группе',
    mute: 'Без звука',
    none: 'Нет',
    edit: (field: string) => `Изменить: ${field}`,
    save: 'Сохранить',
    cancel: 'Отмена',
    saving: 'Сохранение…',
    editHint: 'Enter — сохранить, Esc — отменить.',
    saveFailed: (reason: string) => `Не сохранено. ${reason}`,
    readOnly: 'Менять профиль группы могут только владелец и администраторы.',
    members: (count: string) => `Участников: ${count}`,
    searchMembers: 'Поиск участников',
    noMatch: (query: string) => `Нет участников по запросу «${query}»`,
    loadingMembers: 'Загрузка участников…',
    membersFailed: 'Не удалось загрузить участников.',
    retry: 'Повторить',
    owner: 'Владелец',
    admin: 'Админ',
    you: 'Вы',
    leave: 'Выйти из группы',
    dismiss: 'Распустить группу',
    leaveTitle: (group: string) => `Выйти из группы «${group}»?`,
    leaveMessage: 'Вы перестанете получать её сообщения. История чата останется на этом устройстве.',
    dismissTitle: (group: string) => `Распустить группу «${group}»?`,
    dismissMessage: 'Группа закроется для всех участников. Это нельзя отменить.',
    leaveFailed: (reason: string) => `Не удалось выйти из группы. ${reason}`,
    dismissFailed: (reason: string) => `Не удалось распустить группу. ${reason}`,
    notMember: 'Вы не участник этой группы.',
    dismissed: 'Группа распущена.',
  },
  groupMembers: {
    memberActions: (name: string) => `Действия: ${name}`,
    makeAdmin: 'Сделать администратором',
    removeAdmin: 'Снять администратора',
    muteFor: 'Запретить писать на',
    muteForDuration: (duration: string) => `Запретить писать на ${duration}`,
    unmute: 'Разрешить писать',
    transferOwner: 'Передать права владельца',
    removeMember: 'Удалить из группы',
    removeTitle: (name: string) => `Удалить ${name} из группы?`,
    removeMessage: 'Участник больше не будет получать сообщения группы. Он сможет вернуться по приглашению.',
    remove: 'Удалить',
    transferTitle: (name: string) => `Сделать ${name} владельцем?`,
    transferMessage: 'Вы станете обычным участником и потеряете права владельца.',
    transfer: 'Передать',
    muted: 'Без права писать',
    mutedUntil: (time: string) => `Не может писать до ${time}`,
    updating: (name: string) => `Обновление: ${name}…`,
    memberActionFailed: (name: string, reason: string) => `Не удалось обновить ${name}. ${reason}`,
    dismissError: 'Закрыть',
  },
  profileCard: {
    label: (name: string) => `Профиль: ${name}`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `Ник в группе: ${card}`,
    sendMessage: 'Написать',
    close: 'Закрыть',
  },
});
