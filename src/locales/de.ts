import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * German (de; de-AT, de-CH fall back to it), informal "du" as WhatsApp, Telegram and Signal use
 * it: Chat, Gruppe, anheften, stummschalten, für mich löschen, zurückziehen.
 */

const L = 'de';
const words = {
  you: 'du',
  youAtStart: 'Du',
  someone: 'Jemand',
  others: (n: number) => plural(L, n, { one: '# weitere Person', other: '# weitere' }),
};
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
/** The reader as an object: "dich" (accusative). */
const whom = (people: readonly Person[]) => nameList(L, people, 'object', { ...words, you: 'dich', someone: 'jemanden' });
const self = (people: readonly Person[]) => people.some((p) => p.isSelf);
/** "hat" / "haben" / "hast" ("du hast", "du und Anna habt" is rare enough to read as "haben"). */
const has = (people: readonly Person[]) => (people.length === 1 && self(people) ? 'hast' : people.length > 1 ? 'haben' : 'hat');
const is = (people: readonly Person[]) => (people.length === 1 && self(people) ? 'bist' : people.length > 1 ? 'sind' : 'ist');
const was = (people: readonly Person[]) => (people.length === 1 && self(people) ? 'wurdest' : people.length > 1 ? 'wurden' : 'wurde');
const admin = (people: readonly Person[]) => (people.length > 1 ? 'Admins' : 'Admin');
const group = (name: string) => (name ? `der Gruppe „${name}“` : 'der Gruppe');
const toGroup = (name: string) => (name ? `zur Gruppe „${name}“` : 'zur Gruppe');
const theGroup = (name: string) => (name ? `die Gruppe „${name}“` : 'die Gruppe');
const TheGroup = (name: string) => (name ? `Die Gruppe „${name}“` : 'Die Gruppe');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: „${note}“` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

/** Clauses after the operator's verb: "hat den Gruppennamen … geändert und das Gruppenbild geändert". */
function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `den Gruppennamen in „${change.value}“ geändert` : 'den Gruppennamen geändert';
    case 'notification':
      return change.value ? `die Gruppenankündigung in „${change.value}“ geändert` : 'die Gruppenankündigung gelöscht';
    case 'introduction':
      return change.value ? `die Gruppenbeschreibung in „${change.value}“ geändert` : 'die Gruppenbeschreibung gelöscht';
    case 'avatar':
      return 'das Gruppenbild geändert';
    case 'owner':
      return `die Gruppenleitung an ${whom([change.owner])} übertragen`;
    case 'muteAll':
      return change.on ? 'alle Mitglieder stummgeschaltet' : 'die Stummschaltung aller Mitglieder aufgehoben';
    case 'other':
      return 'das Gruppenprofil aktualisiert';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `Der Gruppenname wurde in „${change.value}“ geändert` : 'Der Gruppenname wurde geändert';
    case 'notification':
      return change.value ? `Die Gruppenankündigung wurde in „${change.value}“ geändert` : 'Die Gruppenankündigung wurde gelöscht';
    case 'introduction':
      return change.value ? `Die Gruppenbeschreibung wurde in „${change.value}“ geändert` : 'Die Gruppenbeschreibung wurde gelöscht';
    case 'avatar':
      return 'Das Gruppenbild wurde geändert';
    case 'owner':
      return `${who([change.owner])} ${is([change.owner])} jetzt Gruppenleitung`;
    case 'muteAll':
      return change.on ? 'Alle Mitglieder wurden stummgeschaltet' : 'Die Stummschaltung aller Mitglieder wurde aufgehoben';
    case 'other':
      return 'Das Gruppenprofil wurde aktualisiert';
  }
}

const muteActive = (m: MuteChange) =>
  m.seconds > 0
    ? `${whom(m.users)} für ${duration(m.seconds)} stummgeschaltet`
    : `die Stummschaltung von ${whom(m.users).replace(/^dich$/, 'dir')} aufgehoben`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0
    ? `${who(m.users)} ${was(m.users)} für ${duration(m.seconds)} stummgeschaltet`
    : `${who(m.users)} ${is(m.users)} nicht mehr stummgeschaltet`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)} ${is(p.users)} der Gruppe beigetreten`,
    'tip.invited': (p) => `${who([p.operator])} ${has([p.operator])} ${whom(p.users)} zur Gruppe hinzugefügt`,
    'tip.left': (p) => `${who(p.users)} ${has(p.users)} die Gruppe verlassen`,
    'tip.removed': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} ${whom(p.users)} aus der Gruppe entfernt`
        : `${who(p.users)} ${was(p.users)} aus der Gruppe entfernt`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} ${whom(p.users)} zu ${admin(p.users)} gemacht`
        : `${who(p.users)} ${is(p.users)} jetzt ${admin(p.users)}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} ${whom(p.users)} die Admin-Rechte entzogen`
        : `${who(p.users)} ${is(p.users)} nicht mehr ${admin(p.users)}`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator
        ? `${who([p.operator])} ${has([p.operator])} ${listAnd(L, changes.map(changeActive))}`
        : changes.map(changePassive).join('. ');
    },
    'tip.membersMuted': (p) =>
      p.operator ? `${who([p.operator])} ${has([p.operator])} ${listAnd(L, p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('. '),
    'tip.memberProfileUpdated': (p) =>
      p.users.length === 0
        ? 'Die Mitgliedsinfo wurde aktualisiert'
        : p.users.length === 1 && p.users[0]!.isSelf
          ? 'Deine Mitgliedsinfo wurde aktualisiert'
          : `Die Mitgliedsinfo von ${whom(p.users)} wurde aktualisiert`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} ${whom(p.users)} aus dem Raum verbannt`
        : `${who(p.users)} ${was(p.users)} aus dem Raum verbannt`,
    'tip.unbannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} die Sperre von ${whom(p.users).replace(/^dich$/, 'dir')} aufgehoben`
        : `Die Sperre von ${whom(p.users).replace(/^dich$/, 'dir')} wurde aufgehoben`,
    'tip.unknown': 'Gruppenbenachrichtigung',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} möchte ${group(p.group)} beitreten`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} deine Beitrittsanfrage für ${theGroup(p.group)} angenommen`
          : `Deine Beitrittsanfrage für ${theGroup(p.group)} wurde angenommen`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} deine Beitrittsanfrage für ${theGroup(p.group)} abgelehnt`
          : `Deine Beitrittsanfrage für ${theGroup(p.group)} wurde abgelehnt`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} dich aus ${group(p.group)} entfernt`
          : `Du wurdest aus ${group(p.group)} entfernt`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${has([p.operator])} ${theGroup(p.group)} aufgelöst` : `${TheGroup(p.group)} wurde aufgelöst`,
        p.note,
      ),
    'notice.created': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${has([p.operator])} ${theGroup(p.group)} erstellt` : `${TheGroup(p.group)} wurde erstellt`,
        p.note,
      ),
    'notice.invited': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} dich ${toGroup(p.group)} hinzugefügt`
          : `Du wurdest ${toGroup(p.group)} hinzugefügt`,
        p.note,
      ),
    'notice.quit': (p) => withNote(`Du hast ${theGroup(p.group)} verlassen`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} dich zum Admin ${group(p.group)} gemacht`
          : `Du bist jetzt Admin ${group(p.group)}`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} dir die Admin-Rechte in ${group(p.group)} entzogen`
          : `Du bist nicht mehr Admin ${group(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${TheGroup(p.group)} wurde vom System gelöscht`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} dich eingeladen, ${group(p.group)} beizutreten`
          : `Du wurdest eingeladen, ${group(p.group)} beizutreten`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} deine Einladung in ${theGroup(p.group)} angenommen`
          : `Deine Einladung in ${theGroup(p.group)} wurde angenommen`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} deine Einladung in ${theGroup(p.group)} abgelehnt`
          : `Deine Einladung in ${theGroup(p.group)} wurde abgelehnt`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `Mitteilung ${group(p.group)}: ${p.content}` : `Benutzerdefinierte Mitteilung ${group(p.group)}`),
    'notice.unknown': (p) => (p.group ? `Systembenachrichtigung der Gruppe „${p.group}“` : 'Gruppen-Systembenachrichtigung'),

    'summary.image': '[Foto]',
    'summary.voice': (p) => (p.seconds > 0 ? `[Sprachnachricht] ${formatDuration(p.seconds)}` : '[Sprachnachricht]'),
    'summary.video': (p) => (p.seconds > 0 ? `[Video] ${formatDuration(p.seconds)}` : '[Video]'),
    'summary.file': (p) => (p.name ? `[Datei] ${p.name}` : '[Datei]'),
    'summary.location': (p) => (p.description ? `[Standort] ${p.description}` : '[Standort]'),
    'summary.sticker': '[Sticker]',
    'summary.custom': '[Benutzerdefinierte Nachricht]',
    'summary.unsupported': '[Nicht unterstützte Nachricht]',
    'summary.chatHistory': '[Chatverlauf]',
    'merged.titleOne': (p) => `Chatverlauf von ${p.name}`,
    'merged.titleTwo': (p) => `Chatverlauf von ${p.first} und ${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `Chatverlauf von „${p.group}“` : 'Gruppen-Chatverlauf'),
    'summary.revokedBySelf': 'Du hast eine Nachricht zurückgezogen',
    'summary.revokedByOther': (p) => `${p.name} hat eine Nachricht zurückgezogen`,
    'summary.draft': '[Entwurf]',
    'summary.atMe': '[Erwähnung]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': 'Die Anfrage war ungültig',
    'error.notLoggedIn': 'Du bist nicht angemeldet',
    'error.uploadFailed': 'Das Hochladen ist fehlgeschlagen',
    'error.uploadCancelled': 'Das Hochladen wurde abgebrochen',
    'error.fileTooLarge': 'Die Datei ist zu groß',
    'error.sendFailed': 'Die Nachricht konnte nicht gesendet werden',
    'error.revokeFailed': 'Die Nachricht konnte nicht zurückgezogen werden',
    'error.messageNotFound': 'Die Nachricht wurde nicht gefunden',
    'error.conversationNotFound': 'Der Chat wurde nicht gefunden',
    'error.network': 'Netzwerkfehler. Prüfe deine Verbindung und versuche es erneut',
    'error.timeout': 'Zeitüberschreitung. Versuche es erneut',
    'error.offline': 'Du bist offline',
    'error.notGroupMember': 'Du bist kein Mitglied dieser Gruppe',
    'error.mutedInGroup': 'Du bist in dieser Gruppe stummgeschaltet',
    'error.revokeTimeLimit': 'Diese Nachricht kann nicht mehr zurückgezogen werden',
    'error.revokeNotSender': 'Du kannst nur deine eigenen Nachrichten zurückziehen',
    'error.textTooLong': 'Die Nachricht ist zu lang',
    'error.kickedOut': 'Du wurdest abgemeldet',
    'error.storage': 'Das Speichern auf diesem Gerät ist fehlgeschlagen',
    'error.unsupported': 'Diese Funktion ist hier nicht verfügbar',
    'error.noResult': 'Keine Übersetzung oder Abschrift verfügbar',
    'error.editNotAllowed': 'Sie können nur Ihre eigenen Textnachrichten bearbeiten',
    'error.editTimeLimit': 'Diese Nachricht kann nicht mehr bearbeitet werden',
    'error.editConflict': 'Die Nachricht wurde inzwischen anderswo geändert. Versuchen Sie es erneut',
    'error.pinNotAllowed': 'Nur Gruppeninhaber und Admins können Nachrichten anheften',
    'error.pinLimit': 'Diese Gruppe hat bereits die maximale Anzahl angehefteter Nachrichten',
    'error.unknown': 'Etwas ist schiefgelaufen',
    'error.withCode': (p) => `Etwas ist schiefgelaufen (Fehler ${p.code})`,

    'cache.unavailable':
      'Offline-Speicher ist in diesem Browser nicht verfügbar, daher bleiben Nachrichten nur bis zum Schließen der Seite erhalten',
    'cache.blocked':
      'Der Offline-Speicher wird von einem anderen Tab blockiert, daher bleiben Nachrichten nur bis zum Schließen der Seite erhalten',
    'cache.quota': 'Der Speicher dieses Geräts ist voll, daher bleiben neue Nachrichten nur bis zum Schließen der Seite erhalten',
    'cache.error': 'Der Offline-Speicher ist fehlgeschlagen, daher bleiben Nachrichten nur bis zum Schließen der Seite erhalten',
  },

  chat: {
    label: 'Chat',
    back: 'Zurück zu den Chats',
    members: (count) => plural(L, count, { one: '# Mitglied', other: '# Mitglieder' }),
    dismissed: 'Diese Gruppe wurde aufgelöst',
    typing: 'schreibt…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'schreibt' : 'schreiben'}…`
        : plural(L, names.length, { one: '# Person schreibt…', other: '# Personen schreiben…' }),
    pickConversation: 'Wähle einen Chat, um loszulegen',
    connecting: 'Verbinden…',
    offline: 'Du bist offline. Nachrichten werden gesendet, sobald die Verbindung wieder da ist.',
    kickedOut: 'Du wurdest abgemeldet, weil sich dein Konto woanders angemeldet hat.',
    signatureExpired: 'Deine Anmeldung ist abgelaufen. Bitte melde dich erneut an.',
    dismiss: 'Schließen',
    system: 'Systembenachrichtigungen',
    starting: 'Wird gestartet…',
    startFailed: 'Der Chat konnte nicht gestartet werden.',
    retry: 'Erneut versuchen',
  },
  composer: {
    inputLabel: 'Nachricht',
    placeholder: 'Nachricht schreiben',
    hintEnter: 'Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile',
    hintCtrlEnter: 'Strg+Eingabe (⌘+Eingabe) zum Senden, Eingabe für eine neue Zeile',
    toolbar: 'Nachrichtenwerkzeuge',
    emoji: 'Emojis und Sticker',
    image: 'Foto senden',
    video: 'Video senden',
    file: 'Datei senden',
    voice: 'Sprachnachricht aufnehmen',
    location: 'Standort senden',
    voiceStop: 'Aufnahme beenden und senden',
    send: 'Senden',
    replyingTo: (name) => `Antwort an ${name}`,
    cancelReply: 'Antwort abbrechen',
    editing: 'Nachricht bearbeiten',
    cancelEdit: 'Bearbeiten abbrechen',
    saveEdit: 'Speichern',
    mentionList: 'Gruppenmitglieder',
    mentionAll: 'Alle',
    mentionAllHint: 'Alle in dieser Gruppe',
    loadingMembers: 'Mitglieder werden geladen…',
    membersFailed: 'Die Mitglieder konnten nicht geladen werden.',
    noMembers: (query) => `Kein Mitglied passt zu „${query}“`,
    noConversation: 'Wähle einen Chat, um eine Nachricht zu schreiben.',
    starting: 'Verbinden…',
    signedOut: 'Du bist abgemeldet und kannst keine Nachrichten senden.',
    system: 'Auf Systembenachrichtigungen kann nicht geantwortet werden.',
    mutedUntil: (time) => `Du bist in dieser Gruppe bis ${time} stummgeschaltet.`,
    mutedAll: 'Alle sind stummgeschaltet: Nur die Gruppenleitung und Admins können schreiben.',
    notMember: 'Du bist kein Mitglied dieser Gruppe und kannst hier keine Nachrichten senden.',
    dismissed: 'Diese Gruppe wurde aufgelöst; hier können keine Nachrichten mehr gesendet werden.',
    offline: 'Du bist offline. Nachrichten werden gesendet, sobald die Verbindung wieder da ist.',
    textTooLong: (size, limit) => `Diese Nachricht ist zu lang (${size}; höchstens ${limit}). Kürze sie oder sende sie in Teilen.`,
    fileTooLarge: (name, size, limit) => `„${name}“ ist ${size} groß; Dateien dürfen höchstens ${limit} groß sein.`,
    imageType: (name) => `„${name}“ kann nicht als Foto gesendet werden (JPG, PNG, GIF, BMP oder WebP). Sende es stattdessen als Datei.`,
    videoType: (name) => `„${name}“ kann nicht als Video gesendet werden (MP4, MOV oder WebM). Sende es stattdessen als Datei.`,
    fileEmpty: (name) => `„${name}“ ist leer.`,
    imageUnreadable: (name) => `„${name}“ konnte nicht als Bild gelesen werden.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `„${name}“ hat ${width} × ${height} Pixel; Fotos dürfen höchstens ${limit} Megapixel haben. Sende es stattdessen als Datei.`,
    unnamedFile: 'Die Datei',
    dropHere: 'Dateien zum Senden hier ablegen',
    trayLabel: (count, max) => `Bilder, die mit der Nachricht gesendet werden: ${count} von ${max}`,
    trayImage: (n, name) => (name ? `Bild ${n}, ${name}` : `Bild ${n}`),
    trayRemove: (picture) => `${picture} entfernen`,
    tooManyImages: (max) =>
      `Eine Nachricht kann höchstens ${max} Bilder enthalten. Senden Sie diese zuerst und fügen Sie dann weitere hinzu.`,
    dismiss: 'Schließen',
  },
  confirmDialog: {
    cancel: 'Abbrechen',
  },
  conversationList: {
    label: 'Chats',
    search: 'Suchen',
    searchLabel: 'Chats durchsuchen',
    empty: 'Noch keine Chats',
    noMatch: (query) => `Keine Chats passen zu „${query}“`,
    loading: 'Chats werden geladen…',
    actions: 'Weitere Aktionen',
    pin: 'Anheften',
    unpin: 'Loslösen',
    mute: 'Stummschalten',
    unmute: 'Stummschaltung aufheben',
    markRead: 'Als gelesen markieren',
    markUnread: 'Als ungelesen markieren',
    markedUnread: 'Als ungelesen markiert',
    online: 'Online',
    delete: 'Chat löschen',
    deleteWithMessages: 'Chat und Nachrichten löschen',
    deleteTitle: (name) => `Chat mit ${name} löschen?`,
    deleteText: 'Er verschwindet aus deiner Liste. Die Nachrichten bleiben erhalten, und er erscheint mit der nächsten Nachricht wieder.',
    deleteWithMessagesTitle: (name) => `Chat mit ${name} samt Nachrichten löschen?`,
    deleteWithMessagesText: 'Der Chat und sein Verlauf werden von all deinen Geräten gelöscht. Das kann nicht rückgängig gemacht werden.',
    deleteConfirm: 'Löschen',
    pinned: 'Angeheftet',
    muted: 'Stumm',
    unread: (count) => plural(L, count, { one: '# ungelesen', other: '# ungelesen' }),
    system: 'Systembenachrichtigungen',
    cannotShow: 'Dieser Chat kann nicht angezeigt werden',
  },
  emojiParser: {
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
  emojiPicker: {
    label: 'Emojis und Sticker',
    tabs: 'Bereiche',
    emojiTab: 'Emojis',
    stickersTab: 'Sticker',
    search: 'Emojis suchen',
    searchStickers: 'Sticker suchen',
    recent: 'Zuletzt verwendet',
    all: 'Alle Emojis',
    results: 'Ergebnisse',
    stickers: 'Sticker',
    noResults: (query) => `Keine Emojis passen zu „${query}“`,
    noStickers: (query) => `Keine Sticker passen zu „${query}“`,
  },
  imageViewer: {
    label: 'Bildbetrachter',
    close: 'Schließen',
    openOriginal: 'Original in neuem Tab öffnen',
    loadingOriginal: 'Original wird geladen…',
    failed: 'Das Bild konnte nicht geladen werden.',
    image: 'Bild',
    previous: 'Vorheriges Bild',
    next: 'Nächstes Bild',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    download: 'Herunterladen',
    position: (index, total) => `${index} von ${total}`,
  },
  messageSearch: {
    open: 'Nachrichten durchsuchen',
    openHere: 'In diesem Chat suchen',
    title: 'Nachrichten durchsuchen',
    titleHere: 'In diesem Chat suchen',
    searchLabel: 'Wörter, die in Nachrichten gesucht werden',
    searchPlaceholder: 'Nachrichten durchsuchen',
    hint: 'Gib Wörter ein, um sie in den auf diesem Gerät gespeicherten Nachrichten zu finden.',
    searching: 'Suche läuft…',
    noResults: (query) => `Keine Nachrichten zu „${query}“ gefunden`,
    failed: 'Die Suche ist fehlgeschlagen. Bitte erneut versuchen.',
    results: (count) => (count === 1 ? '1 Nachricht gefunden' : `${count} Nachrichten gefunden`),
    inConversation: (name, count) => (count === 1 ? `${name}, 1 Nachricht` : `${name}, ${count} Nachrichten`),
    moreOnServer: (count) => `${count} weitere auf dem Server`,
    showMore: 'Weitere Ergebnisse anzeigen',
    loadingMore: 'Weitere werden geladen…',
    searchingServer: 'Suche auf dem Server …',
    everywhere: 'Alle Chats',
    you: 'Du',
    close: 'Schließen',
  },
  newChat: {
    open: 'Neuer Chat',
    title: 'Neuer Chat',
    searchLabel: 'Personen und Gruppen nach ID oder Name suchen',
    searchPlaceholder: 'Benutzer-ID, Gruppen-ID oder Name',
    hint: 'Gib eine ID oder einen Namen ein, um jemanden zum Chatten oder eine Gruppe zum Beitreten zu finden.',
    searching: 'Suche…',
    noResults: (query) => `Niemand und keine Gruppe für „${query}“ gefunden`,
    failed: 'Die Suche ist fehlgeschlagen. Prüfe die Verbindung und versuche es erneut.',
    results: (count) => `${count} Ergebnisse`,
    person: 'Person',
    group: 'Gruppe',
    members: (count) => `${count} Mitglieder`,
    chat: 'Chatten',
    openGroup: 'Öffnen',
    join: 'Beitreten',
    request: 'Beitritt anfragen',
    closed: 'Nur auf Einladung',
    joining: 'Trete bei…',
    requested: 'Anfrage gesendet',
    joinFailed: 'Beitritt nicht möglich',
    requestSent: (group) => `Beitritt zu ${group} angefragt. Du kannst dort chatten, sobald ein Eigentümer oder Admin zustimmt.`,
    close: 'Schließen',
  },
  forward: {
    rowSelected: 'Ausgewählt',
    rowNotSelected: 'Nicht ausgewählt',
    pickerTitle: 'Weiterleiten an',
    searchLabel: 'Chats durchsuchen',
    searchPlaceholder: 'Suchen',
    noMatches: 'Kein Chat passt',
    noConversations: 'Noch keine Chats',
    selected: (count) => `${count} ausgewählt`,
    send: 'Senden',
    cancel: 'Abbrechen',
    forwarded: 'Weitergeleitet',
    forwardFailed: 'Einige Nachrichten konnten nicht weitergeleitet werden.',
    selectMessage: 'Nachricht auswählen',
    selectionBar: 'Ausgewählte Nachrichten',
    forwardSeparate: 'Einzeln weiterleiten',
    forwardMerged: 'Zusammengefasst weiterleiten',
    deleteForMe: 'Für mich löschen',
    done: 'Fertig',
    deleteSelectedTitle: (count) => `${count} Nachrichten für dich löschen?`,
    deleteSelectedText: 'Sie werden nur auf diesem Gerät gelöscht; die anderen im Chat sehen sie weiterhin.',
    chatHistory: 'Chatverlauf',
    openHistory: (title) => `${title}. Chatverlauf öffnen`,
    viewerClose: 'Schließen',
    viewerBack: 'Zurück',
    viewerLoading: 'Chatverlauf wird geladen…',
    viewerFailed: 'Der Chatverlauf konnte nicht geöffnet werden.',
    viewerEmpty: 'Dieser Chatverlauf enthält keine Nachrichten.',
    layersOverLimit: 'Einige ältere weitergeleitete Nachrichten sind zu tief verschachtelt, um sie anzuzeigen.',
    retry: 'Erneut versuchen',
  },
  messageActions: {
    label: 'Nachrichtenaktionen',
    copy: 'Kopieren',
    translate: 'Übersetzen',
    'convert-to-text': 'In Text umwandeln',
    reply: 'Antworten',
    edit: 'Bearbeiten',
    pin: 'Anheften',
    unpin: 'Loslösen',
    forward: 'Weiterleiten',
    select: 'Auswählen',
    revoke: 'Zurückziehen',
    delete: 'Für mich löschen',
    'delete-from-history': 'Aus dem Verlauf löschen',
    resend: 'Erneut senden',
  },
  messageList: {
    label: 'Nachrichten',
    labelWith: (name) => `Nachrichten mit ${name}`,
    empty: 'Noch keine Nachrichten',
    emptyHint: 'Sag Hallo 👋',
    loading: 'Nachrichten werden geladen…',
    loadingOlder: 'Ältere Nachrichten werden geladen…',
    loadFailed: 'Die Nachrichten konnten nicht geladen werden.',
    olderFailed: 'Ältere Nachrichten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    newMessages: (count) => plural(L, count, { one: '# neue Nachricht', other: '# neue Nachrichten' }),
    jumpToLatest: 'Zur neuesten Nachricht',
    newDivider: 'Neue Nachrichten',
    unreadAbove: (count) => plural(L, count, { one: '# ungelesene Nachricht', other: '# ungelesene Nachrichten' }),
    jumpToUnread: 'Zur ersten ungelesenen Nachricht',
    copied: 'Kopiert',
    pinned: 'Nachricht angeheftet',
    unpinned: 'Nachricht losgelöst',
    pinnedMessage: 'Angeheftete Nachricht',
    pinnedNumbered: (position, count) => `Angeheftete Nachricht ${position} von ${count}`,
    goToPinned: 'Zur Nachricht',
    allPinned: 'Alle angehefteten Nachrichten',
    pinnedCount: (count) => plural(L, count, { one: '# angeheftete Nachricht', other: '# angeheftete Nachrichten' }),
    unpin: 'Loslösen',
    unpinMessage: (text) => `„${text}“ loslösen`,
    copyFailed: 'Kopieren in die Zwischenablage nicht möglich',
    originalNotFound: 'Die ursprüngliche Nachricht ist nicht mehr verfügbar',
    dismiss: 'Schließen',
    beginning: 'Hier beginnt der Chat',
    notFound: 'Chat nicht gefunden',
    notFoundText: 'Diese Gruppe oder Person gibt es nicht, oder du bist nicht in der Gruppe.',
    deleteForMeTitle: 'Diese Nachricht für dich löschen?',
    deleteForMeText: 'Sie wird nur von diesem Gerät entfernt. Die anderen im Chat sehen sie weiterhin.',
    deleteForMe: 'Für mich löschen',
    deleteFromHistoryTitle: 'Diese Nachricht aus deinem Verlauf löschen?',
    deleteFromHistoryText:
      'Sie wird auf all deinen Geräten endgültig aus deinem Verlauf entfernt. Die anderen im Chat sehen sie weiterhin.',
    deleteFromHistory: 'Löschen',
  },
  message: {
    you: 'Du',
    sticker: '[Sticker]',
    location: 'Standort',
    openMap: 'In OpenStreetMap öffnen',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'N' : 'S'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'O' : 'W'}`,
    customMessage: '[Benutzerdefinierte Nachricht]',
    viewDetails: 'Details anzeigen',
    unsupported: '[Nicht unterstützte Nachricht]',
    unsupportedNamed: (summary) => `[Nicht unterstützte Nachricht: ${summary}]`,
    sending: 'Wird gesendet…',
    failed: 'Senden fehlgeschlagen',
    failedWithReason: (reason) => `Senden fehlgeschlagen: ${reason}`,
    resend: 'Erneut senden',
    sent: 'Gesendet',
    read: 'Gelesen',
    uploading: (percent) => `Wird hochgeladen, ${percent} %`,
    cancelUpload: 'Hochladen abbrechen',
    replyTo: (name) => `Antwort an ${name}`,
    showOriginal: 'Ursprüngliche Nachricht anzeigen',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: 'Nachrichtenaktionen',
    edited: 'bearbeitet',
    reEdit: 'Erneut bearbeiten',
    cannotShow: '[Diese Nachricht kann nicht angezeigt werden]',
    showMore: 'Mehr anzeigen',
    showMoreLabel: (shown, total) => `Mehr anzeigen (${shown} von ${total} angezeigt)`,
    translating: 'Wird übersetzt…',
    transcribing: 'Wird in Text umgewandelt…',
    translatedInto: (language) => `Übersetzung: ${language}`,
    transcriptLabel: 'Sprache zu Text',
    noTranslation: 'Keine Übersetzung verfügbar',
    noTranscript: 'Für diese Sprachnachricht ist kein Text verfügbar',
    conversionRetry: 'Erneut versuchen',
    conversionHide: 'Ausblenden',
    showTranslation: 'Übersetzung anzeigen',
    showTranscript: 'Text anzeigen',
    conversionClose: 'Schließen',
  },
  messageReactions: {
    label: 'Reaktionen',
    quickReactions: 'Schnellreaktionen',
    moreReactions: 'Weitere Reaktionen',
    chooseReaction: 'Reaktion auswählen',
    you: 'Du',
    reactedWith: (names, reaction) => `${names} hat mit ${reaction} reagiert`,
    andMore: (count) => `und ${count} weitere`,
    loading: 'Wird geladen …',
    someoneReacted: (name, reaction) => `${name} hat mit ${reaction} reagiert`,
    newReactions: (count) => `Neue Reaktionen: ${count}`,
  },
  readReceipts: {
    unread: 'Ungelesen',
    readCount: (count) => plural(L, count, { other: 'Von # gelesen' }),
    allRead: 'Von allen gelesen',
    showReaders: 'Anzeigen, wer es gelesen hat',
    title: 'Lesebestätigungen',
    readTab: (count) => plural(L, count, { other: 'Gelesen (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'Ungelesen (#)' }),
    nobodyRead: 'Noch niemand hat es gelesen',
    everyoneRead: 'Alle haben es gelesen',
    loading: 'Wird geladen…',
    loadMore: 'Mehr anzeigen',
    failed: 'Die Liste konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    close: 'Schließen',
  },
  groupApplications: {
    accept: 'Annehmen',
    decline: 'Ablehnen',
    acceptRequest: (person, group) => `Beitrittsanfrage von ${person} für ${group} annehmen`,
    declineRequest: (person, group) => `Beitrittsanfrage von ${person} für ${group} ablehnen`,
    acceptInvitation: (person, group) => `Einladung von ${person} in ${group} annehmen`,
    declineInvitation: (person, group) => `Einladung von ${person} in ${group} ablehnen`,
    accepting: 'Wird angenommen…',
    declining: 'Wird abgelehnt…',
    accepted: 'Angenommen',
    declined: 'Abgelehnt',
    handled: 'Bereits beantwortet',
    failed: 'Deine Antwort wurde nicht gesendet. Versuche es erneut.',
  },
  messageFile: {
    download: (name) => `${name} herunterladen`,
    downloading: (percent) => `Wird heruntergeladen, ${percent} %`,
    downloaded: 'Heruntergeladen',
    failed: 'Download fehlgeschlagen. Versuche es erneut.',
    unavailable: 'Datei nicht verfügbar',
    untitled: 'Unbenannte Datei',
  },
  messageImage: {
    image: 'Foto',
    openImage: 'Foto öffnen',
    loading: 'Foto wird geladen',
    unavailable: 'Foto nicht verfügbar',
  },
  messageSound: {
    play: (duration) => `Sprachnachricht abspielen, ${duration}`,
    pause: 'Sprachnachricht pausieren',
    unplayed: 'Noch nicht angehört',
    unavailable: 'Sprachnachricht nicht verfügbar',
    playFailed: 'Diese Sprachnachricht kann nicht abgespielt werden',
    position: 'Wiedergabeposition',
  },
  messageVideo: {
    play: (duration) => `Video abspielen, ${duration}`,
    video: 'Video',
    unavailable: 'Video nicht verfügbar',
  },
  locationPicker: {
    panel: 'Standort senden',
    useCurrent: 'Meinen aktuellen Standort verwenden',
    locating: 'Standort wird ermittelt…',
    description: 'Ort',
    descriptionPlaceholder: 'Ein Name oder eine Adresse (optional)',
    latitude: 'Breitengrad',
    longitude: 'Längengrad',
    cancel: 'Abbrechen',
    send: 'Standort senden',
    missingLatitude: 'Geben Sie einen Breitengrad ein.',
    missingLongitude: 'Geben Sie einen Längengrad ein.',
    notANumber: 'Geben Sie eine Zahl in Grad ein, z. B. 22.5405.',
    latitudeRange: 'Ein Breitengrad liegt zwischen −90 und 90.',
    longitudeRange: 'Ein Längengrad liegt zwischen −180 und 180.',
    denied:
      'Der Zugriff auf den Standort wurde verweigert. Erlauben Sie diesem Dienst den Standort in den Browsereinstellungen oder geben Sie die Koordinaten ein.',
    unavailable: 'Ihr Standort konnte nicht ermittelt werden. Versuchen Sie es erneut oder geben Sie die Koordinaten ein.',
    timeout: 'Die Standortermittlung hat zu lange gedauert. Versuchen Sie es erneut oder geben Sie die Koordinaten ein.',
    unsupported: 'Dieser Browser kann Ihren Standort nicht ermitteln. Geben Sie stattdessen die Koordinaten ein.',
    insecure: 'Ihr Standort kann nur auf einer sicheren (https-)Seite verwendet werden. Geben Sie stattdessen die Koordinaten ein.',
  },
  voiceRecorder: {
    panel: 'Sprachnachricht',
    requesting: 'Warte auf das Mikrofon…',
    recorded: (time: string) => `Aufnahme, ${time}`,
    slideToCancel: 'Nach oben wischen zum Abbrechen',
    releaseToCancel: 'Loslassen zum Abbrechen',
    escToCancel: 'Esc zum Abbrechen',
    endsIn: (seconds: number) => `Wird in ${seconds} s gesendet`,
    endsSoon: 'Die Aufnahme endet in 10 Sekunden und wird gesendet.',
    cancel: 'Aufnahme abbrechen',
    send: 'Sprachnachricht senden',
    sending: 'Wird gesendet…',
    tooShort: 'Zu kurz zum Senden: nimm mindestens 1 Sekunde auf.',
    denied:
      'Der Zugriff auf das Mikrofon wurde verweigert. Erlaube das Mikrofon für diese Seite in den Browser-Einstellungen, um Sprachnachrichten zu senden.',
    noMicrophone: 'Kein Mikrofon gefunden. Schließe eines an und versuche es erneut.',
    busy: 'Das Mikrofon konnte nicht gestartet werden: Vielleicht nutzt es eine andere App.',
    insecure: 'Sprachnachrichten brauchen eine sichere (https-)Seite: Hier gibt der Browser kein Mikrofon frei.',
    unsupported: 'Dieser Browser kann keinen Ton aufnehmen.',
    failed: 'Die Aufnahme ist fehlgeschlagen. Versuche es erneut.',
    dismiss: 'Schließen',
  },
  groupInfo: {
    open: 'Gruppeninfo',
    title: 'Gruppeninfo',
    close: 'Schließen',
    groupID: (id: string) => `Gruppen-ID: ${id}`,
    typeWork: 'Arbeitsgruppe',
    typePublic: 'Öffentliche Gruppe',
    typeMeeting: 'Besprechungsgruppe',
    typeCommunity: 'Community',
    typeAVChatRoom: 'Live-Raum',
    name: 'Gruppenname',
    avatar: 'Gruppenbild (URL)',
    notification: 'Gruppenankündigung',
    introduction: 'Beschreibung',
    nameCard: 'Mein Spitzname in der Gruppe',
    mute: 'Benachrichtigungen stummschalten',
    none: 'Keine',
    edit: (field: string) => `${field} bearbeiten`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    saving: 'Wird gespeichert…',
    editHint: 'Eingabe speichert, Esc bricht ab.',
    saveFailed: (reason: string) => `Nicht gespeichert. ${reason}`,
    readOnly: 'Nur Inhaber und Admins können das Gruppenprofil ändern.',
    members: (count: string) => `Mitglieder: ${count}`,
    searchMembers: 'Mitglieder suchen',
    noMatch: (query: string) => `Kein Mitglied passt zu „${query}“`,
    loadingMembers: 'Mitglieder werden geladen…',
    membersFailed: 'Die Mitglieder konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    owner: 'Inhaber',
    admin: 'Admin',
    you: 'Du',
    leave: 'Gruppe verlassen',
    dismiss: 'Gruppe auflösen',
    leaveTitle: (group: string) => `${group} verlassen?`,
    leaveMessage: 'Du erhältst keine Nachrichten der Gruppe mehr. Der Verlauf bleibt auf diesem Gerät.',
    dismissTitle: (group: string) => `${group} auflösen?`,
    dismissMessage: 'Die Gruppe endet für alle Mitglieder. Das lässt sich nicht rückgängig machen.',
    leaveFailed: (reason: string) => `Die Gruppe konnte nicht verlassen werden. ${reason}`,
    dismissFailed: (reason: string) => `Die Gruppe konnte nicht aufgelöst werden. ${reason}`,
    notMember: 'Du bist kein Mitglied dieser Gruppe.',
    dismissed: 'Diese Gruppe wurde aufgelöst.',
  },
  groupMembers: {
    memberActions: (name: string) => `Aktionen für ${name}`,
    makeAdmin: 'Zum Admin machen',
    removeAdmin: 'Adminrechte entziehen',
    muteFor: 'Stummschalten für',
    muteForDuration: (duration: string) => `Für ${duration} stummschalten`,
    unmute: 'Stummschaltung aufheben',
    transferOwner: 'Inhaberschaft übertragen',
    removeMember: 'Aus der Gruppe entfernen',
    removeTitle: (name: string) => `${name} aus der Gruppe entfernen?`,
    removeMessage: 'Die Person erhält keine Nachrichten der Gruppe mehr. Mit einer Einladung kann sie wieder beitreten.',
    remove: 'Entfernen',
    transferTitle: (name: string) => `${name} zum Inhaber machen?`,
    transferMessage: 'Du wirst ein normales Mitglied und verlierst die Rechte des Inhabers.',
    transfer: 'Übertragen',
    muted: 'Stumm',
    mutedUntil: (time: string) => `Stumm bis ${time}`,
    updating: (name: string) => `${name} wird aktualisiert…`,
    memberActionFailed: (name: string, reason: string) => `${name} konnte nicht aktualisiert werden. ${reason}`,
    dismissError: 'Schließen',
  },
  profileCard: {
    label: (name: string) => `Profil von ${name}`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `Spitzname in der Gruppe: ${card}`,
    sendMessage: 'Nachricht senden',
    close: 'Schließen',
  },
});
