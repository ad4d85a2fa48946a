import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Arabic (ar; ar-EG, ar-SA… fall back to it), written right to left: `<tim-chat>` sets dir="rtl"
 * on itself when nothing above it sets a direction. Modern Standard Arabic in WhatsApp's words:
 * دردشة، مجموعة، تثبيت، كتم، حذف لديّ. Verbs take the masculine form the kit cannot avoid without
 * knowing a person's gender, as WhatsApp and Telegram do; counts use all six plural forms.
 */

const L = 'ar';
const words = {
  you: 'أنت',
  someone: 'شخص ما',
  others: (n: number) => plural(L, n, { one: 'شخص آخر', two: 'شخصان آخران', few: '# أشخاص آخرين', many: '# شخصًا آخر', other: '# شخص آخر' }),
};
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
const whom = (people: readonly Person[]) => nameList(L, people, 'object', words);
const self = (people: readonly Person[]) => people.length === 1 && people[0]!.isSelf;
/** "انضمّ" / "انضممتَ" / "انضمّوا": the verb for one other person, for the reader, for several. */
const verb = (people: readonly Person[], one: string, you: string, many: string) => (self(people) ? you : people.length > 1 ? many : one);
const group = (name: string) => (name ? `المجموعة «${name}»` : 'المجموعة');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: «${note}»` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `غيّر اسم المجموعة إلى «${change.value}»` : 'غيّر اسم المجموعة';
    case 'notification':
      return change.value ? `غيّر إعلان المجموعة إلى «${change.value}»` : 'حذف إعلان المجموعة';
    case 'introduction':
      return change.value ? `غيّر وصف المجموعة إلى «${change.value}»` : 'حذف وصف المجموعة';
    case 'avatar':
      return 'غيّر صورة المجموعة';
    case 'owner':
      return `نقل ملكية المجموعة إلى ${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? 'كتم جميع الأعضاء' : 'ألغى كتم جميع الأعضاء';
    case 'other':
      return 'حدّث ملف المجموعة';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `تم تغيير اسم المجموعة إلى «${change.value}»` : 'تم تغيير اسم المجموعة';
    case 'notification':
      return change.value ? `تم تغيير إعلان المجموعة إلى «${change.value}»` : 'تم حذف إعلان المجموعة';
    case 'introduction':
      return change.value ? `تم تغيير وصف المجموعة إلى «${change.value}»` : 'تم حذف وصف المجموعة';
    case 'avatar':
      return 'تم تغيير صورة المجموعة';
    case 'owner':
      return `أصبح ${who([change.owner])} مالك المجموعة`;
    case 'muteAll':
      return change.on ? 'تم كتم جميع الأعضاء' : 'تم إلغاء كتم جميع الأعضاء';
    case 'other':
      return 'تم تحديث ملف المجموعة';
  }
}

/** Clauses of one operator: "Anna: غيّر … و…"; the reader's own changes read as done ("تم …") by "أنت". */
const operatorSays = (operator: Person, clauses: readonly string[]) => `${who([operator])}: ${listAnd(L, clauses)}`;
/** "أنشأ Anna …" for someone else, "أنشأتَ …" when the reader did it. */
const act = (operator: Person, third: string, second: string) => (operator.isSelf ? second : `${third} ${who([operator])}`);
const muteActive = (m: MuteChange) => (m.seconds > 0 ? `كتم ${whom(m.users)} لمدة ${duration(m.seconds)}` : `ألغى كتم ${whom(m.users)}`);
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `تم كتم ${whom(m.users)} لمدة ${duration(m.seconds)}` : `تم إلغاء كتم ${whom(m.users)}`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) =>
      self(p.users) ? 'انضممتَ إلى المجموعة' : `${verb(p.users, 'انضم', 'انضممت', 'انضم')} ${who(p.users)} إلى المجموعة`,
    'tip.invited': (p) => `${p.operator.isSelf ? 'أضفت' : `أضاف ${who([p.operator])}`} ${whom(p.users)} إلى المجموعة`,
    'tip.left': (p) => (self(p.users) ? 'غادرتَ المجموعة' : `${verb(p.users, 'غادر', 'غادرت', 'غادر')} ${who(p.users)} المجموعة`),
    'tip.removed': (p) =>
      p.operator
        ? `${p.operator.isSelf ? 'أزلت' : `أزال ${who([p.operator])}`} ${whom(p.users)} من المجموعة`
        : `تمت إزالة ${whom(p.users)} من المجموعة`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${p.operator.isSelf ? 'عيّنت' : `عيّن ${who([p.operator])}`} ${whom(p.users)} ${p.users.length > 1 ? 'مشرفين' : 'مشرفًا'}`
        : `${self(p.users) ? 'أصبحت مشرفًا' : `أصبح ${who(p.users)} ${p.users.length > 1 ? 'مشرفين' : 'مشرفًا'}`}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${p.operator.isSelf ? 'أزلت' : `أزال ${who([p.operator])}`} صلاحيات الإشراف عن ${whom(p.users)}`
        : `لم يعد ${who(p.users)} ${p.users.length > 1 ? 'مشرفين' : 'مشرفًا'}`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator && !p.operator.isSelf ? operatorSays(p.operator, changes.map(changeActive)) : changes.map(changePassive).join('. ');
    },
    'tip.membersMuted': (p) =>
      p.operator && !p.operator.isSelf ? operatorSays(p.operator, p.mutes.map(muteActive)) : p.mutes.map(mutePassive).join('. '),
    'tip.memberProfileUpdated': (p) =>
      p.users.length === 0
        ? 'تم تحديث معلومات أحد الأعضاء'
        : self(p.users)
          ? 'تم تحديث معلومات عضويتك'
          : `تم تحديث معلومات عضوية ${whom(p.users)}`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${p.operator.isSelf ? 'حظرت' : `حظر ${who([p.operator])}`} ${whom(p.users)} من الغرفة`
        : `تم حظر ${whom(p.users)} من الغرفة`,
    'tip.unbannedFromRoom': (p) =>
      p.operator ? `${p.operator.isSelf ? 'ألغيت' : `ألغى ${who([p.operator])}`} حظر ${whom(p.users)}` : `تم إلغاء حظر ${whom(p.users)}`,
    'tip.unknown': 'إشعار المجموعة',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`طلب ${who(p.operator ? [p.operator] : [])} الانضمام إلى ${group(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${act(p.operator, 'وافق', 'وافقتَ')} على طلبك للانضمام إلى ${group(p.group)}`
          : `تمت الموافقة على طلبك للانضمام إلى ${group(p.group)}`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator ? `${act(p.operator, 'رفض', 'رفضتَ')} طلبك للانضمام إلى ${group(p.group)}` : `تم رفض طلبك للانضمام إلى ${group(p.group)}`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(p.operator ? `أزالك ${who([p.operator])} من ${group(p.group)}` : `تمت إزالتك من ${group(p.group)}`, p.note),
    'notice.dismissed': (p) =>
      withNote(p.operator ? `${act(p.operator, 'حلّ', 'حللتَ')} ${group(p.group)}` : `تم حلّ ${group(p.group)}`, p.note),
    'notice.created': (p) =>
      withNote(p.operator ? `${act(p.operator, 'أنشأ', 'أنشأتَ')} ${group(p.group)}` : `تم إنشاء ${group(p.group)}`, p.note),
    'notice.invited': (p) =>
      withNote(p.operator ? `أضافك ${who([p.operator])} إلى ${group(p.group)}` : `تمت إضافتك إلى ${group(p.group)}`, p.note),
    'notice.quit': (p) => withNote(`غادرتَ ${group(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(p.operator ? `عيّنك ${who([p.operator])} مشرفًا في ${group(p.group)}` : `أصبحت مشرفًا في ${group(p.group)}`, p.note),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator ? `أزال ${who([p.operator])} صلاحيات الإشراف عنك في ${group(p.group)}` : `لم تعد مشرفًا في ${group(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`حذف النظام ${group(p.group)}`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator ? `دعاك ${who([p.operator])} للانضمام إلى ${group(p.group)}` : `تمت دعوتك للانضمام إلى ${group(p.group)}`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator ? `قبل ${who([p.operator])} دعوتك للانضمام إلى ${group(p.group)}` : `تم قبول دعوتك للانضمام إلى ${group(p.group)}`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator ? `رفض ${who([p.operator])} دعوتك للانضمام إلى ${group(p.group)}` : `تم رفض دعوتك للانضمام إلى ${group(p.group)}`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `إشعار من ${group(p.group)}: ${p.content}` : `إشعار مخصص من ${group(p.group)}`),
    'notice.unknown': (p) => (p.group ? `إشعار النظام من المجموعة «${p.group}»` : 'إشعار نظام المجموعة'),

    'summary.image': '[صورة]',
    'summary.voice': (p) => (p.seconds > 0 ? `[رسالة صوتية] ${formatDuration(p.seconds)}` : '[رسالة صوتية]'),
    'summary.video': (p) => (p.seconds > 0 ? `[فيديو] ${formatDuration(p.seconds)}` : '[فيديو]'),
    'summary.file': (p) => (p.name ? `[ملف] ${p.name}` : '[ملف]'),
    'summary.location': (p) => (p.description ? `[موقع] ${p.description}` : '[موقع]'),
    'summary.sticker': '[ملصق]',
    'summary.custom': '[رسالة مخصصة]',
    'summary.unsupported': '[رسالة غير مدعومة]',
    'summary.chatHistory': '[سجل الدردشة]',
    'merged.titleOne': (p) => `سجل دردشة ${p.name}`,
    'merged.titleTwo': (p) => `سجل دردشة ${p.first} و${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `سجل دردشة ${p.group}` : 'سجل دردشة المجموعة'),
    'summary.revokedBySelf': 'سحبتَ رسالة',
    'summary.revokedByOther': (p) => `سحب ${p.name} رسالة`,
    'summary.draft': '[مسودة]',
    'summary.atMe': '[تمت الإشارة إليك]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': 'الطلب غير صالح',
    'error.notLoggedIn': 'لم تسجّل الدخول',
    'error.uploadFailed': 'تعذّر رفع الملف',
    'error.uploadCancelled': 'تم إلغاء الرفع',
    'error.fileTooLarge': 'الملف كبير جدًا',
    'error.sendFailed': 'تعذّر إرسال الرسالة',
    'error.revokeFailed': 'تعذّر سحب الرسالة',
    'error.messageNotFound': 'لم يتم العثور على الرسالة',
    'error.conversationNotFound': 'لم يتم العثور على الدردشة',
    'error.network': 'خطأ في الشبكة. تحقّق من اتصالك وحاول مرة أخرى',
    'error.timeout': 'انتهت مهلة الطلب. حاول مرة أخرى',
    'error.offline': 'أنت غير متصل',
    'error.notGroupMember': 'لست عضوًا في هذه المجموعة',
    'error.mutedInGroup': 'تم كتمك في هذه المجموعة',
    'error.revokeTimeLimit': 'فات الأوان لسحب هذه الرسالة',
    'error.revokeNotSender': 'يمكنك سحب رسائلك فقط',
    'error.textTooLong': 'الرسالة طويلة جدًا',
    'error.kickedOut': 'تم تسجيل خروجك',
    'error.storage': 'تعذّر الحفظ على هذا الجهاز',
    'error.unsupported': 'هذه الميزة غير متاحة هنا',
    'error.noResult': 'لا تتوفر ترجمة أو نص مكتوب',
    'error.editNotAllowed': 'يمكنك تعديل رسائلك النصية فقط',
    'error.editTimeLimit': 'فات وقت تعديل هذه الرسالة',
    'error.editConflict': 'تغيّرت الرسالة في مكان آخر في هذه الأثناء. حاول مرة أخرى',
    'error.pinNotAllowed': 'يمكن لمالك المجموعة ومشرفيها فقط تثبيت الرسائل',
    'error.pinLimit': 'بلغت هذه المجموعة الحد الأقصى للرسائل المثبّتة',
    'error.unknown': 'حدث خطأ ما',
    'error.withCode': (p) => `حدث خطأ ما (الخطأ ${p.code})`,

    'cache.unavailable': 'التخزين دون اتصال غير متاح في هذا المتصفح، لذا تُحفظ الرسائل حتى إغلاق الصفحة فقط',
    'cache.blocked': 'علامة تبويب أخرى تحجب التخزين دون اتصال، لذا تُحفظ الرسائل حتى إغلاق الصفحة فقط',
    'cache.quota': 'مساحة التخزين على هذا الجهاز ممتلئة، لذا تُحفظ الرسائل الجديدة حتى إغلاق الصفحة فقط',
    'cache.error': 'تعذّر التخزين دون اتصال، لذا تُحفظ الرسائل حتى إغلاق الصفحة فقط',
  },

  chat: {
    label: 'دردشة',
    back: 'العودة إلى الدردشات',
    members: (count) =>
      plural(L, count, { zero: 'لا أعضاء', one: 'عضو واحد', two: 'عضوان', few: '# أعضاء', many: '# عضوًا', other: '# عضو' }),
    dismissed: 'تم حلّ هذه المجموعة',
    typing: 'يكتب…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'يكتب' : 'يكتبان'}…`
        : plural(L, names.length, {
            one: 'شخص يكتب…',
            two: 'شخصان يكتبان…',
            few: '# أشخاص يكتبون…',
            many: '# شخصًا يكتبون…',
            other: '# شخص يكتبون…',
          }),
    pickConversation: 'اختر دردشة لبدء المحادثة',
    connecting: 'جارٍ الاتصال…',
    offline: 'أنت غير متصل. ستُرسل الرسائل عند عودة الاتصال.',
    kickedOut: 'تم تسجيل خروجك لأن حسابك سجّل الدخول في مكان آخر.',
    signatureExpired: 'انتهت صلاحية تسجيل الدخول. يرجى تسجيل الدخول مرة أخرى.',
    dismiss: 'إغلاق',
    system: 'إشعارات النظام',
    starting: 'جارٍ البدء…',
    startFailed: 'تعذّر بدء الدردشة.',
    retry: 'إعادة المحاولة',
  },
  composer: {
    inputLabel: 'رسالة',
    placeholder: 'اكتب رسالة',
    hintEnter: 'Enter للإرسال، وShift+Enter لسطر جديد',
    hintCtrlEnter: 'Ctrl+Enter (⌘+Enter) للإرسال، وEnter لسطر جديد',
    toolbar: 'أدوات الرسالة',
    emoji: 'الرموز التعبيرية والملصقات',
    image: 'إرسال صورة',
    video: 'إرسال فيديو',
    file: 'إرسال ملف',
    voice: 'تسجيل رسالة صوتية',
    location: 'إرسال موقع',
    voiceStop: 'إيقاف التسجيل والإرسال',
    send: 'إرسال',
    replyingTo: (name) => `الرد على ${name}`,
    cancelReply: 'إلغاء الرد',
    editing: 'تعديل الرسالة',
    cancelEdit: 'إلغاء التعديل',
    saveEdit: 'حفظ',
    mentionList: 'أعضاء المجموعة',
    mentionAll: 'الجميع',
    mentionAllHint: 'كل أعضاء هذه المجموعة',
    loadingMembers: 'جارٍ تحميل الأعضاء…',
    membersFailed: 'تعذّر تحميل الأعضاء.',
    noMembers: (query) => `لا يوجد عضو يطابق «${query}»`,
    noConversation: 'اختر دردشة لكتابة رسالة.',
    starting: 'جارٍ الاتصال…',
    signedOut: 'سجّلت الخروج، لذا لا يمكن إرسال الرسائل.',
    system: 'لا يمكن الرد على إشعارات النظام.',
    mutedUntil: (time) => `تم كتمك في هذه المجموعة حتى ${time}.`,
    mutedAll: 'الجميع مكتومون: يمكن للمالك والمشرفين فقط إرسال الرسائل.',
    notMember: 'لست عضوًا في هذه المجموعة، لذا لا يمكنك إرسال رسائل هنا.',
    dismissed: 'تم حلّ هذه المجموعة، ولم يعد بالإمكان إرسال رسائل هنا.',
    offline: 'أنت غير متصل. ستُرسل الرسائل عند عودة الاتصال.',
    textTooLong: (size, limit) => `هذه الرسالة طويلة جدًا (${size}؛ الحد الأقصى ${limit}). اختصرها أو أرسلها على أجزاء.`,
    fileTooLarge: (name, size, limit) => `حجم «${name}» هو ${size}؛ الحد الأقصى لحجم الملفات ${limit}.`,
    imageType: (name) => `لا يمكن إرسال «${name}» كصورة (JPG أو PNG أو GIF أو BMP أو WebP). أرسله كملف بدلًا من ذلك.`,
    videoType: (name) => `لا يمكن إرسال «${name}» كفيديو (MP4 أو MOV أو WebM). أرسله كملف بدلًا من ذلك.`,
    fileEmpty: (name) => `«${name}» فارغ.`,
    imageUnreadable: (name) => `تعذّرت قراءة «${name}» كصورة.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `أبعاد «${name}» ${width} × ${height} بكسل؛ الحد الأقصى للصور ${limit} ميغابكسل. أرسله كملف بدلًا من ذلك.`,
    unnamedFile: 'الملف',
    dropHere: 'أفلت الملفات لإرسالها',
    trayLabel: (count, max) => `صور تُرسل مع الرسالة: ${count} من ${max}`,
    trayImage: (n, name) => (name ? `الصورة ${n}، ${name}` : `الصورة ${n}`),
    trayRemove: (picture) => `إزالة ${picture}`,
    tooManyImages: (max) => `يمكن أن تضم الرسالة ${max} صور على الأكثر. أرسل هذه أولًا ثم أضف المزيد.`,
    dismiss: 'إغلاق',
  },
  confirmDialog: {
    cancel: 'إلغاء',
  },
  conversationList: {
    label: 'الدردشات',
    search: 'بحث',
    searchLabel: 'البحث في الدردشات',
    empty: 'لا توجد دردشات بعد',
    noMatch: (query) => `لا توجد دردشات تطابق «${query}»`,
    loading: 'جارٍ تحميل الدردشات…',
    actions: 'مزيد من الإجراءات',
    pin: 'تثبيت الدردشة',
    unpin: 'إلغاء التثبيت',
    mute: 'كتم الإشعارات',
    unmute: 'إلغاء كتم الإشعارات',
    markRead: 'تعليم كمقروءة',
    markUnread: 'تعليم كغير مقروءة',
    markedUnread: 'معلَّمة كغير مقروءة',
    online: 'متصل',
    delete: 'حذف الدردشة',
    deleteWithMessages: 'حذف الدردشة والرسائل',
    deleteTitle: (name) => `حذف الدردشة مع ${name}؟`,
    deleteText: 'ستختفي من قائمتك. تُحفظ رسائلها، وتعود مع الرسالة التالية.',
    deleteWithMessagesTitle: (name) => `حذف الدردشة مع ${name} ورسائلها؟`,
    deleteWithMessagesText: 'تُحذف الدردشة وسجل رسائلها من جميع أجهزتك. لا يمكن التراجع عن ذلك.',
    deleteConfirm: 'حذف',
    pinned: 'مثبّتة',
    muted: 'مكتومة',
    unread: (count) =>
      plural(L, count, {
        zero: 'لا رسائل غير مقروءة',
        one: 'رسالة غير مقروءة',
        two: 'رسالتان غير مقروءتين',
        few: '# غير مقروءة',
        many: '# غير مقروءة',
        other: '# غير مقروءة',
      }),
    system: 'إشعارات النظام',
    cannotShow: 'لا يمكن عرض هذه الدردشة',
  },
  emojiParser: {
    opensInNewTab: '(يفتح في علامة تبويب جديدة)',
  },
  emojiPicker: {
    label: 'الرموز التعبيرية والملصقات',
    tabs: 'الأقسام',
    emojiTab: 'الرموز التعبيرية',
    stickersTab: 'الملصقات',
    search: 'البحث عن رموز تعبيرية',
    searchStickers: 'البحث عن ملصقات',
    recent: 'المستخدمة مؤخرًا',
    all: 'كل الرموز التعبيرية',
    results: 'النتائج',
    stickers: 'الملصقات',
    noResults: (query) => `لا توجد رموز تعبيرية تطابق «${query}»`,
    noStickers: (query) => `لا توجد ملصقات تطابق «${query}»`,
  },
  imageViewer: {
    label: 'عارض الصور',
    close: 'إغلاق',
    openOriginal: 'فتح الأصل في علامة تبويب جديدة',
    loadingOriginal: 'جارٍ تحميل الأصل…',
    failed: 'تعذّر تحميل الصورة.',
    image: 'صورة',
    previous: 'الصورة السابقة',
    next: 'الصورة التالية',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    download: 'تنزيل',
    position: (index, total) => `${index} من ${total}`,
  },
  messageSearch: {
    open: 'البحث في الرسائل',
    openHere: 'البحث في هذه المحادثة',
    title: 'البحث في الرسائل',
    titleHere: 'البحث في هذه المحادثة',
    searchLabel: 'كلمات للبحث عنها في الرسائل',
    searchPlaceholder: 'البحث في الرسائل',
    hint: 'اكتب كلمات للبحث عنها في الرسائل المحفوظة على هذا الجهاز.',
    searching: 'جارٍ البحث…',
    noResults: (query) => `لم يُعثر على رسائل لـ «${query}»`,
    failed: 'فشل البحث. حاول مرة أخرى.',
    results: (count) => `عُثر على ${count} رسالة`,
    inConversation: (name, count) => `${name}، ${count} رسالة`,
    moreOnServer: (count) => `${count} أخرى على الخادم`,
    showMore: 'عرض مزيد من النتائج',
    loadingMore: 'جارٍ تحميل المزيد…',
    searchingServer: 'جارٍ البحث في الخادم…',
    everywhere: 'كل المحادثات',
    you: 'أنت',
    close: 'إغلاق',
  },
  newChat: {
    open: 'محادثة جديدة',
    title: 'محادثة جديدة',
    searchLabel: 'ابحث عن أشخاص ومجموعات بالمعرّف أو الاسم',
    searchPlaceholder: 'معرّف المستخدم أو معرّف المجموعة أو الاسم',
    hint: 'اكتب معرّفًا أو اسمًا للعثور على من تحادثه أو مجموعة تنضم إليها.',
    searching: 'جارٍ البحث…',
    noResults: (query) => `لم يُعثر على أحد ولا على مجموعة لـ «${query}»`,
    failed: 'فشل البحث. تحقق من الاتصال وحاول مرة أخرى.',
    results: (count) => `${count} نتيجة`,
    person: 'شخص',
    group: 'مجموعة',
    members: (count) => `${count} عضو`,
    chat: 'محادثة',
    openGroup: 'فتح',
    join: 'انضمام',
    request: 'طلب الانضمام',
    closed: 'بالدعوة فقط',
    joining: 'جارٍ الانضمام…',
    requested: 'أُرسل الطلب',
    joinFailed: 'تعذّر الانضمام',
    requestSent: (group) => `طلبت الانضمام إلى ${group}. يمكنك المحادثة فيها بعد موافقة المالك أو أحد المشرفين.`,
    close: 'إغلاق',
  },
  forward: {
    rowSelected: 'محددة',
    rowNotSelected: 'غير محددة',
    pickerTitle: 'إعادة التوجيه إلى',
    searchLabel: 'البحث في الدردشات',
    searchPlaceholder: 'بحث',
    noMatches: 'لا توجد دردشات مطابقة',
    noConversations: 'لا توجد دردشات بعد',
    selected: (count) => `تم تحديد ${count}`,
    send: 'إرسال',
    cancel: 'إلغاء',
    forwarded: 'تمت إعادة التوجيه',
    forwardFailed: 'تعذرت إعادة توجيه بعض الرسائل.',
    selectMessage: 'تحديد الرسالة',
    selectionBar: 'الرسائل المحددة',
    forwardSeparate: 'إعادة التوجيه واحدة تلو الأخرى',
    forwardMerged: 'إعادة التوجيه مجمّعة',
    deleteForMe: 'حذف لديّ',
    done: 'تم',
    deleteSelectedTitle: (count) => `حذف ${count} من الرسائل لديك؟`,
    deleteSelectedText: 'تُحذف من هذا الجهاز فقط؛ ويظل الآخرون في الدردشة يرونها.',
    chatHistory: 'سجل الدردشة',
    openHistory: (title) => `${title}. فتح سجل الدردشة`,
    viewerClose: 'إغلاق',
    viewerBack: 'رجوع',
    viewerLoading: 'جارٍ تحميل سجل الدردشة…',
    viewerFailed: 'تعذر فتح سجل الدردشة.',
    viewerEmpty: 'لا يحتوي سجل الدردشة هذا على رسائل.',
    layersOverLimit: 'بعض الرسائل المعاد توجيهها الأقدم متداخلة بعمق يمنع عرضها.',
    retry: 'إعادة المحاولة',
  },
  messageActions: {
    label: 'إجراءات الرسالة',
    copy: 'نسخ',
    translate: 'ترجمة',
    'convert-to-text': 'تحويل إلى نص',
    reply: 'رد',
    edit: 'تعديل',
    pin: 'تثبيت',
    unpin: 'إلغاء التثبيت',
    forward: 'إعادة توجيه',
    select: 'تحديد',
    revoke: 'سحب',
    delete: 'حذف لديّ',
    'delete-from-history': 'حذف من السجل',
    resend: 'إعادة الإرسال',
  },
  messageList: {
    label: 'الرسائل',
    labelWith: (name) => `الرسائل مع ${name}`,
    empty: 'لا توجد رسائل بعد',
    emptyHint: 'قل مرحبًا 👋',
    loading: 'جارٍ تحميل الرسائل…',
    loadingOlder: 'جارٍ تحميل الرسائل الأقدم…',
    loadFailed: 'تعذّر تحميل الرسائل.',
    olderFailed: 'تعذّر تحميل الرسائل الأقدم.',
    retry: 'إعادة المحاولة',
    newMessages: (count) =>
      plural(L, count, {
        zero: 'لا رسائل جديدة',
        one: 'رسالة جديدة',
        two: 'رسالتان جديدتان',
        few: '# رسائل جديدة',
        many: '# رسالة جديدة',
        other: '# رسالة جديدة',
      }),
    jumpToLatest: 'الانتقال إلى أحدث رسالة',
    newDivider: 'رسائل جديدة',
    unreadAbove: (count) =>
      plural(L, count, {
        zero: 'لا رسائل غير مقروءة',
        one: 'رسالة غير مقروءة',
        two: 'رسالتان غير مقروءتين',
        few: '# رسائل غير مقروءة',
        many: '# رسالة غير مقروءة',
        other: '# رسالة غير مقروءة',
      }),
    jumpToUnread: 'الانتقال إلى أول رسالة غير مقروءة',
    copied: 'تم النسخ',
    pinned: 'تم تثبيت الرسالة',
    unpinned: 'تم إلغاء تثبيت الرسالة',
    pinnedMessage: 'رسالة مثبّتة',
    pinnedNumbered: (position, count) => `رسالة مثبّتة ${position} من ${count}`,
    goToPinned: 'الانتقال إلى الرسالة',
    allPinned: 'كل الرسائل المثبّتة',
    pinnedCount: (count) =>
      plural(L, count, {
        zero: 'لا رسائل مثبّتة',
        one: 'رسالة مثبّتة واحدة',
        two: 'رسالتان مثبّتتان',
        few: '# رسائل مثبّتة',
        many: '# رسالة مثبّتة',
        other: '# رسالة مثبّتة',
      }),
    unpin: 'إلغاء التثبيت',
    unpinMessage: (text) => `إلغاء تثبيت «${text}»`,
    copyFailed: 'تعذّر النسخ إلى الحافظة',
    originalNotFound: 'الرسالة الأصلية لم تعد متاحة',
    dismiss: 'إغلاق',
    beginning: 'هذه بداية الدردشة',
    notFound: 'لم يتم العثور على الدردشة',
    notFoundText: 'هذه المجموعة أو هذا الشخص غير موجود، أو أنك لست في المجموعة.',
    deleteForMeTitle: 'حذف هذه الرسالة لديك؟',
    deleteForMeText: 'تُحذف من هذا الجهاز فقط. يظل الآخرون في الدردشة يرونها.',
    deleteForMe: 'حذف لديّ',
    deleteFromHistoryTitle: 'حذف هذه الرسالة من سجلك؟',
    deleteFromHistoryText: 'تُحذف نهائيًا من سجل رسائلك على جميع أجهزتك. يظل الآخرون في الدردشة يرونها.',
    deleteFromHistory: 'حذف',
  },
  message: {
    you: 'أنت',
    sticker: '[ملصق]',
    location: 'الموقع',
    openMap: 'فتح في OpenStreetMap',
    coordinates: (lat, lon) => `${lat}، ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'شمالًا' : 'جنوبًا'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'شرقًا' : 'غربًا'}`,
    customMessage: '[رسالة مخصصة]',
    viewDetails: 'عرض التفاصيل',
    unsupported: '[رسالة غير مدعومة]',
    unsupportedNamed: (summary) => `[رسالة غير مدعومة: ${summary}]`,
    sending: 'جارٍ الإرسال…',
    failed: 'تعذّر الإرسال',
    failedWithReason: (reason) => `تعذّر الإرسال: ${reason}`,
    resend: 'إعادة الإرسال',
    sent: 'تم الإرسال',
    read: 'مقروءة',
    uploading: (percent) => `جارٍ الرفع، ${percent}٪`,
    cancelUpload: 'إلغاء الرفع',
    replyTo: (name) => `رد على ${name}`,
    showOriginal: 'عرض الرسالة الأصلية',
    messageFrom: (name, time) => `${name}، ${time}`,
    actions: 'إجراءات الرسالة',
    edited: 'معدّلة',
    reEdit: 'إعادة التحرير',
    cannotShow: '[لا يمكن عرض هذه الرسالة]',
    showMore: 'عرض المزيد',
    showMoreLabel: (shown, total) => `عرض المزيد (معروض ${shown} من ${total})`,
    translating: 'جارٍ الترجمة…',
    transcribing: 'جارٍ التحويل إلى نص…',
    translatedInto: (language) => `الترجمة: ${language}`,
    transcriptLabel: 'تحويل الصوت إلى نص',
    noTranslation: 'لا تتوفر ترجمة',
    noTranscript: 'لا يتوفر نص لهذه الرسالة الصوتية',
    conversionRetry: 'إعادة المحاولة',
    conversionHide: 'إخفاء',
    showTranslation: 'إظهار الترجمة',
    showTranscript: 'إظهار النص',
    conversionClose: 'إغلاق',
  },
  messageReactions: {
    label: 'التفاعلات',
    quickReactions: 'تفاعلات سريعة',
    moreReactions: 'مزيد من التفاعلات',
    chooseReaction: 'اختر تفاعلًا',
    you: 'أنت',
    reactedWith: (names, reaction) => `تفاعل ${names} بـ ${reaction}`,
    andMore: (count) => `و${count} آخرون`,
    loading: 'جارٍ التحميل…',
    someoneReacted: (name, reaction) => `تفاعل ${name} بـ ${reaction}`,
    newReactions: (count) => `تفاعلات جديدة: ${count}`,
  },
  readReceipts: {
    unread: 'غير مقروءة',
    readCount: (count) => plural(L, count, { other: 'قرأها: #' }),
    allRead: 'قرأها الجميع',
    showReaders: 'عرض من قرأها',
    title: 'إشعارات القراءة',
    readTab: (count) => plural(L, count, { other: 'مقروءة (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'غير مقروءة (#)' }),
    nobodyRead: 'لم يقرأها أحد بعد',
    everyoneRead: 'قرأها الجميع',
    loading: 'جارٍ التحميل…',
    loadMore: 'عرض المزيد',
    failed: 'تعذّر تحميل القائمة.',
    retry: 'إعادة المحاولة',
    close: 'إغلاق',
  },
  groupApplications: {
    accept: 'قبول',
    decline: 'رفض',
    acceptRequest: (person, group) => `قبول طلب ${person} للانضمام إلى ${group}`,
    declineRequest: (person, group) => `رفض طلب ${person} للانضمام إلى ${group}`,
    acceptInvitation: (person, group) => `قبول دعوة ${person} للانضمام إلى ${group}`,
    declineInvitation: (person, group) => `رفض دعوة ${person} للانضمام إلى ${group}`,
    accepting: 'جارٍ القبول…',
    declining: 'جارٍ الرفض…',
    accepted: 'تم القبول',
    declined: 'تم الرفض',
    handled: 'تم الرد عليه',
    failed: 'لم يتم إرسال ردك. حاول مرة أخرى.',
  },
  messageFile: {
    download: (name) => `تنزيل ${name}`,
    downloading: (percent) => `جارٍ التنزيل، ${percent}٪`,
    downloaded: 'تم التنزيل',
    failed: 'تعذّر التنزيل. حاول مرة أخرى.',
    unavailable: 'الملف غير متاح',
    untitled: 'ملف بلا اسم',
  },
  messageImage: {
    image: 'صورة',
    openImage: 'فتح الصورة',
    loading: 'جارٍ تحميل الصورة',
    unavailable: 'الصورة غير متاحة',
  },
  messageSound: {
    play: (duration) => `تشغيل الرسالة الصوتية، ${duration}`,
    pause: 'إيقاف الرسالة الصوتية مؤقتًا',
    unplayed: 'لم تُسمع بعد',
    unavailable: 'الرسالة الصوتية غير متاحة',
    playFailed: 'تعذّر تشغيل هذه الرسالة الصوتية',
    position: 'موضع التشغيل',
  },
  messageVideo: {
    play: (duration) => `تشغيل الفيديو، ${duration}`,
    video: 'فيديو',
    unavailable: 'الفيديو غير متاح',
  },
  locationPicker: {
    panel: 'إرسال موقع',
    useCurrent: 'استخدام موقعي الحالي',
    locating: 'جارٍ تحديد موقعك…',
    description: 'المكان',
    descriptionPlaceholder: 'اسم أو عنوان (اختياري)',
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    cancel: 'إلغاء',
    send: 'إرسال الموقع',
    missingLatitude: 'أدخل خط العرض.',
    missingLongitude: 'أدخل خط الطول.',
    notANumber: 'أدخل رقمًا بالدرجات، مثل 22.5405.',
    latitudeRange: 'خط العرض بين ‎−90 و‎90.',
    longitudeRange: 'خط الطول بين ‎−180 و‎180.',
    denied: 'تم رفض الوصول إلى الموقع. اسمح لهذا الموقع باستخدام الموقع في إعدادات المتصفح، أو اكتب الإحداثيات.',
    unavailable: 'تعذّر تحديد موقعك. حاول مرة أخرى، أو اكتب الإحداثيات.',
    timeout: 'استغرق تحديد موقعك وقتًا طويلًا. حاول مرة أخرى، أو اكتب الإحداثيات.',
    unsupported: 'لا يستطيع هذا المتصفح تحديد موقعك. اكتب الإحداثيات بدلًا من ذلك.',
    insecure: 'لا يمكن استخدام موقعك إلا في صفحة آمنة (https). اكتب الإحداثيات بدلًا من ذلك.',
  },
  voiceRecorder: {
    panel: 'رسالة صوتية',
    requesting: 'في انتظار الميكروفون…',
    recorded: (time: string) => `جارٍ التسجيل، ${time}`,
    slideToCancel: 'اسحب لأعلى للإلغاء',
    releaseToCancel: 'ارفع إصبعك للإلغاء',
    escToCancel: 'Esc للإلغاء',
    endsIn: (seconds: number) => `يُرسل بعد ${seconds} ث`,
    endsSoon: 'سيتوقف التسجيل ويُرسل بعد 10 ثوانٍ.',
    cancel: 'إلغاء التسجيل',
    send: 'إرسال الرسالة الصوتية',
    sending: 'جارٍ الإرسال…',
    tooShort: 'قصيرة جدًا للإرسال: سجّل ثانية واحدة على الأقل.',
    denied: 'تم رفض الوصول إلى الميكروفون. اسمح باستخدام الميكروفون لهذا الموقع في إعدادات المتصفح لإرسال الرسائل الصوتية.',
    noMicrophone: 'لم يُعثر على ميكروفون. وصّل ميكروفونًا ثم حاول مجددًا.',
    busy: 'تعذّر تشغيل الميكروفون: ربما يستخدمه تطبيق آخر.',
    insecure: 'تحتاج الرسائل الصوتية إلى صفحة آمنة (https): لا يتيح المتصفح الميكروفون هنا.',
    unsupported: 'لا يستطيع هذا المتصفح تسجيل الصوت.',
    failed: 'فشل التسجيل. حاول مجددًا.',
    dismiss: 'إغلاق',
  },
  groupInfo: {
    open: 'معلومات المجموعة',
    title: 'معلومات المجموعة',
    close: 'إغلاق',
    groupID: (id: string) => `معرّف المجموعة: ${id}`,
    typeWork: 'مجموعة عمل',
    typePublic: 'مجموعة عامة',
    typeMeeting: 'مجموعة اجتماع',
    typeCommunity: 'مجتمع',
    typeAVChatRoom: 'غرفة بث مباشر',
    name: 'اسم المجموعة',
    avatar: 'صورة المجموعة (URL)',
    notification: 'إعلان المجموعة',
    introduction: 'الوصف',
    nameCard: 'لقبي في المجموعة',
    mute: 'كتم الإشعارات',
    none: 'لا شيء',
    edit: (field: string) => `تعديل ${field}`,
    save: 'حفظ',
    cancel: 'إلغاء',
    saving: 'جارٍ الحفظ…',
    editHint: 'Enter للحفظ، وEsc للإلغاء.',
    saveFailed: (reason: string) => `لم يُحفظ. ${reason}`,
    readOnly: 'يمكن للمالك والمشرفين فقط تغيير ملف المجموعة.',
    members: (count: string) => `الأعضاء: ${count}`,
    searchMembers: 'البحث في الأعضاء',
    noMatch: (query: string) => `لا يوجد عضو يطابق «${query}»`,
    loadingMembers: 'جارٍ تحميل الأعضاء…',
    membersFailed: 'تعذّر تحميل الأعضاء.',
    retry: 'إعادة المحاولة',
    owner: 'المالك',
    admin: 'مشرف',
    you: 'أنت',
    leave: 'مغادرة المجموعة',
    dismiss: 'حلّ المجموعة',
    leaveTitle: (group: string) => `مغادرة ${group}؟`,
    leaveMessage: 'لن تصلك رسائلها بعد الآن. يبقى سجل الدردشة على هذا الجهاز.',
    dismissTitle: (group: string) => `حلّ ${group}؟`,
    dismissMessage: 'تنتهي المجموعة لجميع الأعضاء. لا يمكن التراجع عن ذلك.',
    leaveFailed: (reason: string) => `تعذّرت مغادرة المجموعة. ${reason}`,
    dismissFailed: (reason: string) => `تعذّر حلّ المجموعة. ${reason}`,
    notMember: 'لست عضوًا في هذه المجموعة.',
    dismissed: 'تم حلّ هذه المجموعة.',
  },
  groupMembers: {
    memberActions: (name: string) => `إجراءات ${name}`,
    makeAdmin: 'تعيين مشرفًا',
    removeAdmin: 'إزالة الإشراف',
    muteFor: 'كتم لمدة',
    muteForDuration: (duration: string) => `كتم لمدة ${duration}`,
    unmute: 'إلغاء الكتم',
    transferOwner: 'نقل الملكية',
    removeMember: 'إزالة من المجموعة',
    removeTitle: (name: string) => `إزالة ${name} من المجموعة؟`,
    removeMessage: 'لن تصله رسائلها بعد الآن. يمكنه الانضمام مجددًا إذا دُعي.',
    remove: 'إزالة',
    transferTitle: (name: string) => `جعل ${name} مالك المجموعة؟`,
    transferMessage: 'ستصبح عضوًا عاديًا وتفقد صلاحيات المالك.',
    transfer: 'نقل',
    muted: 'مكتوم',
    mutedUntil: (time: string) => `مكتوم حتى ${time}`,
    updating: (name: string) => `جارٍ تحديث ${name}…`,
    memberActionFailed: (name: string, reason: string) => `تعذّر تحديث ${name}. ${reason}`,
    dismissError: 'إغلاق',
  },
  profileCard: {
    label: (name: string) => `الملف الشخصي لـ ${name}`,
    userID: (id: string) => `المعرّف: ${id}`,
    nameCard: (card: string) => `اللقب في المجموعة: ${card}`,
    sendMessage: 'إرسال رسالة',
    close: 'إغلاق',
  },
});
