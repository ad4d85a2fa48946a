import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * French (fr; fr-CA, fr-BE, fr-CH… fall back to it). Vocabulary of WhatsApp and Telegram in French:
 * discussion, groupe, épingler, mettre en sourdine, supprimer pour moi. Sentences avoid gendered
 * participles where a neutral turn exists ("ne fait plus partie du groupe").
 */

const L = 'fr';
const words = {
  you: 'vous',
  youAtStart: 'Vous',
  someone: 'Quelqu’un',
  others: (n: number) => plural(L, n, { one: '# autre', other: '# autres' }),
};
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
const whom = (people: readonly Person[]) => nameList(L, people, 'object', { ...words, someone: 'quelqu’un' });
/** "a" / "ont" / "avez": the verb agrees with "vous" whenever the reader is among them. */
const has = (people: readonly Person[]) => (people.some((p) => p.isSelf) ? 'avez' : people.length > 1 ? 'ont' : 'a');
const is = (people: readonly Person[]) => (people.some((p) => p.isSelf) ? 'êtes' : people.length > 1 ? 'sont' : 'est');
const admin = (people: readonly Person[]) => (people.length > 1 || people.some((p) => p.isSelf) ? 'administrateurs' : 'administrateur');
const group = (name: string) => (name ? `le groupe « ${name} »` : 'le groupe');
const Group = (name: string) => (name ? `Le groupe « ${name} »` : 'Le groupe');
const toGroup = (name: string) => (name ? `au groupe « ${name} »` : 'au groupe');
const ofGroup = (name: string) => (name ? `du groupe « ${name} »` : 'du groupe');
const withNote = (sentence: string, note: string) => (note ? `${sentence} : « ${note} »` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `a renommé le groupe en « ${change.value} »` : 'a modifié le nom du groupe';
    case 'notification':
      return change.value ? `a modifié l’annonce du groupe : « ${change.value} »` : 'a effacé l’annonce du groupe';
    case 'introduction':
      return change.value ? `a modifié la description du groupe : « ${change.value} »` : 'a effacé la description du groupe';
    case 'avatar':
      return 'a changé la photo du groupe';
    case 'owner':
      return `a transféré la propriété du groupe à ${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? 'a mis tous les membres en sourdine' : 'a réactivé la parole de tous les membres';
    case 'other':
      return 'a modifié le profil du groupe';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `Le groupe s’appelle désormais « ${change.value} »` : 'Le nom du groupe a été modifié';
    case 'notification':
      return change.value ? `Nouvelle annonce du groupe : « ${change.value} »` : 'L’annonce du groupe a été effacée';
    case 'introduction':
      return change.value ? `Nouvelle description du groupe : « ${change.value} »` : 'La description du groupe a été effacée';
    case 'avatar':
      return 'La photo du groupe a été changée';
    case 'owner':
      return `${who([change.owner])} ${is([change.owner])} désormais propriétaire du groupe`;
    case 'muteAll':
      return change.on ? 'Tous les membres sont en sourdine' : 'Tous les membres peuvent de nouveau écrire';
    case 'other':
      return 'Le profil du groupe a été mis à jour';
  }
}

/** "a mis Anna en sourdine pendant 10 minutes" after the operator, with "et" between clauses. */
const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? `a mis ${whom(m.users)} en sourdine pendant ${duration(m.seconds)}` : `a réactivé la parole de ${whom(m.users)}`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0
    ? `${who(m.users)} ${is(m.users)} en sourdine pendant ${duration(m.seconds)}`
    : `${who(m.users)} ${m.users.some((p) => p.isSelf) ? 'pouvez' : m.users.length > 1 ? 'peuvent' : 'peut'} de nouveau écrire`;
/** Clauses that share the operator: "a …, a … et a …". */
const clauses = (parts: readonly string[]) => listAnd(L, parts);

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)} ${has(p.users)} rejoint le groupe`,
    'tip.invited': (p) => `${who([p.operator])} ${has([p.operator])} ajouté ${whom(p.users)} au groupe`,
    'tip.left': (p) => `${who(p.users)} ${has(p.users)} quitté le groupe`,
    'tip.removed': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} retiré ${whom(p.users)} du groupe`
        : `${who(p.users)} ne ${p.users.some((u) => u.isSelf) ? 'faites' : p.users.length > 1 ? 'font' : 'fait'} plus partie du groupe`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} nommé ${whom(p.users)} ${admin(p.users)}`
        : `${who(p.users)} ${is(p.users)} désormais ${admin(p.users)}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} retiré les droits d’administrateur à ${whom(p.users)}`
        : `${who(p.users)} ne ${is(p.users)} plus ${admin(p.users)}`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      if (!p.operator) return changes.map(changePassive).join('. ');
      const self = p.operator.isSelf;
      return `${who([p.operator])} ${clauses(changes.map(changeActive).map((c) => (self ? c.replace(/^a /, 'avez ') : c)))}`;
    },
    'tip.membersMuted': (p) => {
      if (!p.operator) return p.mutes.map(mutePassive).join('. ');
      const self = p.operator.isSelf;
      return `${who([p.operator])} ${clauses(p.mutes.map(muteActive).map((c) => (self ? c.replace(/^a /, 'avez ') : c)))}`;
    },
    'tip.memberProfileUpdated': (p) =>
      p.users.length === 0
        ? 'Les infos d’un membre ont été mises à jour'
        : p.users.length === 1 && p.users[0]!.isSelf
          ? 'Vos infos de membre ont été mises à jour'
          : `Les infos de membre de ${whom(p.users)} ont été mises à jour`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} banni ${whom(p.users)} du salon`
        : `${who(p.users)} ${is(p.users)} banni${p.users.length > 1 ? 's' : ''} du salon`,
    'tip.unbannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} levé le bannissement de ${whom(p.users)}`
        : `Le bannissement de ${whom(p.users)} a été levé`,
    'tip.unknown': 'Notification du groupe',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} demande à rejoindre ${group(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} accepté votre demande pour rejoindre ${group(p.group)}`
          : `Votre demande pour rejoindre ${group(p.group)} a été acceptée`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} refusé votre demande pour rejoindre ${group(p.group)}`
          : `Votre demande pour rejoindre ${group(p.group)} a été refusée`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} vous ${has([p.operator])} retiré ${ofGroup(p.group)}`
          : `Vous ne faites plus partie ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${has([p.operator])} dissous ${group(p.group)}` : `${Group(p.group)} a été dissous`,
        p.note,
      ),
    'notice.created': (p) =>
      withNote(p.operator ? `${who([p.operator])} ${has([p.operator])} créé ${group(p.group)}` : `${Group(p.group)} a été créé`, p.note),
    'notice.invited': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} vous ${has([p.operator])} ajouté ${toGroup(p.group)}`
          : `Vous avez été ajouté ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.quit': (p) => withNote(`Vous avez quitté ${group(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} vous ${has([p.operator])} nommé administrateur ${ofGroup(p.group)}`
          : `Vous êtes désormais administrateur ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} vous ${has([p.operator])} retiré les droits d’administrateur ${ofGroup(p.group)}`
          : `Vous n’êtes plus administrateur ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${Group(p.group)} a été supprimé par le système`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} vous invite à rejoindre ${group(p.group)}` : `Vous êtes invité à rejoindre ${group(p.group)}`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} accepté votre invitation à rejoindre ${group(p.group)}`
          : `Votre invitation à rejoindre ${group(p.group)} a été acceptée`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} refusé votre invitation à rejoindre ${group(p.group)}`
          : `Votre invitation à rejoindre ${group(p.group)} a été refusée`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `Annonce ${ofGroup(p.group)} : ${p.content}` : `Notification personnalisée ${ofGroup(p.group)}`),
    'notice.unknown': (p) => (p.group ? `Notification système du groupe « ${p.group} »` : 'Notification système du groupe'),

    'summary.image': '[Photo]',
    'summary.voice': (p) => (p.seconds > 0 ? `[Message vocal] ${formatDuration(p.seconds)}` : '[Message vocal]'),
    'summary.video': (p) => (p.seconds > 0 ? `[Vidéo] ${formatDuration(p.seconds)}` : '[Vidéo]'),
    'summary.file': (p) => (p.name ? `[Fichier] ${p.name}` : '[Fichier]'),
    'summary.location': (p) => (p.description ? `[Position] ${p.description}` : '[Position]'),
    'summary.sticker': '[Autocollant]',
    'summary.custom': '[Message personnalisé]',
    'summary.unsupported': '[Message non pris en charge]',
    'summary.chatHistory': '[Historique de discussion]',
    'merged.titleOne': (p) => `Historique de discussion de ${p.name}`,
    'merged.titleTwo': (p) => `Historique de discussion de ${p.first} et ${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `Historique de discussion de ${p.group}` : 'Historique de la discussion de groupe'),
    'summary.revokedBySelf': 'Vous avez retiré un message',
    'summary.revokedByOther': (p) => `${p.name} a retiré un message`,
    'summary.draft': '[Brouillon]',
    'summary.atMe': '[Vous êtes mentionné]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ' : ',

    'error.invalidArgument': 'La requête n’est pas valide',
    'error.notLoggedIn': 'Vous n’êtes pas connecté',
    'error.uploadFailed': 'L’envoi du fichier a échoué',
    'error.uploadCancelled': 'L’envoi du fichier a été annulé',
    'error.fileTooLarge': 'Le fichier est trop volumineux',
    'error.sendFailed': 'Le message n’a pas pu être envoyé',
    'error.revokeFailed': 'Le message n’a pas pu être retiré',
    'error.messageNotFound': 'Message introuvable',
    'error.conversationNotFound': 'Discussion introuvable',
    'error.network': 'Erreur réseau. Vérifiez votre connexion et réessayez',
    'error.timeout': 'La requête a expiré. Réessayez',
    'error.offline': 'Vous êtes hors ligne',
    'error.notGroupMember': 'Vous n’êtes pas membre de ce groupe',
    'error.mutedInGroup': 'Vous êtes en sourdine dans ce groupe',
    'error.revokeTimeLimit': 'Il est trop tard pour retirer ce message',
    'error.revokeNotSender': 'Vous ne pouvez retirer que vos propres messages',
    'error.textTooLong': 'Le message est trop long',
    'error.kickedOut': 'Vous avez été déconnecté',
    'error.storage': 'L’enregistrement sur cet appareil a échoué',
    'error.unsupported': 'Cette fonction n’est pas disponible ici',
    'error.noResult': 'Aucune traduction ni transcription disponible',
    'error.editNotAllowed': 'Vous ne pouvez modifier que vos propres messages texte',
    'error.editTimeLimit': 'Il est trop tard pour modifier ce message',
    'error.editConflict': 'Le message a été modifié ailleurs entre-temps. Réessayez',
    'error.pinNotAllowed': 'Seuls le propriétaire et les administrateurs du groupe peuvent épingler des messages',
    'error.pinLimit': 'Ce groupe a atteint le nombre maximal de messages épinglés',
    'error.unknown': 'Une erreur est survenue',
    'error.withCode': (p) => `Une erreur est survenue (erreur ${p.code})`,

    'cache.unavailable':
      'Le stockage hors ligne n’est pas disponible dans ce navigateur : les messages ne sont conservés que jusqu’à la fermeture de la page',
    'cache.blocked':
      'Le stockage hors ligne est bloqué par un autre onglet : les messages ne sont conservés que jusqu’à la fermeture de la page',
    'cache.quota': 'Le stockage de cet appareil est plein : les nouveaux messages ne sont conservés que jusqu’à la fermeture de la page',
    'cache.error': 'Le stockage hors ligne a échoué : les messages ne sont conservés que jusqu’à la fermeture de la page',
  },

  chat: {
    label: 'Discussion',
    back: 'Retour aux discussions',
    members: (count) => plural(L, count, { one: '# membre', other: '# membres' }),
    dismissed: 'Ce groupe a été dissous',
    typing: 'écrit…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'écrit' : 'écrivent'}…`
        : plural(L, names.length, { one: '# personne écrit…', other: '# personnes écrivent…' }),
    pickConversation: 'Choisissez une discussion pour commencer',
    connecting: 'Connexion…',
    offline: 'Vous êtes hors ligne. Les messages seront envoyés dès le retour de la connexion.',
    kickedOut: 'Vous avez été déconnecté, car votre compte s’est connecté ailleurs.',
    signatureExpired: 'Votre session a expiré. Reconnectez-vous.',
    dismiss: 'Fermer',
    system: 'Notifications système',
    starting: 'Démarrage…',
    startFailed: 'Impossible de démarrer la discussion.',
    retry: 'Réessayer',
  },
  composer: {
    inputLabel: 'Message',
    placeholder: 'Écrire un message',
    hintEnter: 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne',
    hintCtrlEnter: 'Ctrl+Entrée (⌘+Entrée) pour envoyer, Entrée pour aller à la ligne',
    toolbar: 'Outils du message',
    emoji: 'Emoji et autocollants',
    image: 'Envoyer une photo',
    video: 'Envoyer une vidéo',
    file: 'Envoyer un fichier',
    voice: 'Enregistrer un message vocal',
    location: 'Envoyer une position',
    voiceStop: "Arrêter l'enregistrement et envoyer",
    send: 'Envoyer',
    replyingTo: (name) => `Réponse à ${name}`,
    cancelReply: 'Annuler la réponse',
    editing: 'Modification du message',
    cancelEdit: 'Annuler la modification',
    saveEdit: 'Enregistrer',
    mentionList: 'Membres du groupe',
    mentionAll: 'Tout le monde',
    mentionAllHint: 'Tous les membres du groupe',
    loadingMembers: 'Chargement des membres…',
    membersFailed: 'Impossible de charger les membres.',
    noMembers: (query) => `Aucun membre ne correspond à « ${query} »`,
    noConversation: 'Choisissez une discussion pour écrire un message.',
    starting: 'Connexion…',
    signedOut: 'Vous êtes déconnecté : impossible d’envoyer des messages.',
    system: 'Impossible de répondre aux notifications système.',
    mutedUntil: (time) => `Vous êtes en sourdine dans ce groupe jusqu’à ${time}.`,
    mutedAll: 'Tout le monde est en sourdine : seuls le propriétaire et les administrateurs peuvent écrire.',
    notMember: 'Vous n’êtes pas membre de ce groupe : impossible d’y envoyer des messages.',
    dismissed: 'Ce groupe a été dissous : plus aucun message ne peut y être envoyé.',
    offline: 'Vous êtes hors ligne. Les messages seront envoyés dès le retour de la connexion.',
    textTooLong: (size, limit) =>
      `Ce message est trop long (${size} ; maximum ${limit}). Raccourcissez-le ou envoyez-le en plusieurs fois.`,
    fileTooLarge: (name, size, limit) => `« ${name} » fait ${size} ; un fichier ne peut dépasser ${limit}.`,
    imageType: (name) => `« ${name} » ne peut pas être envoyé comme photo (JPG, PNG, GIF, BMP ou WebP). Envoyez-le comme fichier.`,
    videoType: (name) => `« ${name} » ne peut pas être envoyé comme vidéo (MP4, MOV ou WebM). Envoyez-le comme fichier.`,
    fileEmpty: (name) => `« ${name} » est vide.`,
    imageUnreadable: (name) => `« ${name} » n’a pas pu être lu comme une image.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `« ${name} » fait ${width} × ${height} pixels ; une photo ne peut dépasser ${limit} mégapixels. Envoyez-la comme fichier.`,
    unnamedFile: 'Le fichier',
    dropHere: 'Déposez les fichiers pour les envoyer',
    trayLabel: (count, max) => `Images à envoyer avec le message : ${count} sur ${max}`,
    trayImage: (n, name) => (name ? `Image ${n}, ${name}` : `Image ${n}`),
    trayRemove: (picture) => `Retirer ${picture}`,
    tooManyImages: (max) => `Un message peut contenir au plus ${max} images. Envoyez celles-ci d’abord, puis ajoutez-en d’autres.`,
    dismiss: 'Fermer',
  },
  confirmDialog: {
    cancel: 'Annuler',
  },
  conversationList: {
    label: 'Discussions',
    search: 'Rechercher',
    searchLabel: 'Rechercher une discussion',
    empty: 'Aucune discussion pour l’instant',
    noMatch: (query) => `Aucune discussion ne correspond à « ${query} »`,
    loading: 'Chargement des discussions…',
    actions: 'Plus d’actions',
    pin: 'Épingler',
    unpin: 'Désépingler',
    mute: 'Mettre en sourdine',
    unmute: 'Réactiver les notifications',
    markRead: 'Marquer comme lu',
    markUnread: 'Marquer comme non lu',
    markedUnread: 'Marqué comme non lu',
    online: 'En ligne',
    delete: 'Supprimer la discussion',
    deleteWithMessages: 'Supprimer la discussion et les messages',
    deleteTitle: (name) => `Supprimer la discussion avec ${name} ?`,
    deleteText: 'Elle disparaît de votre liste. Ses messages sont conservés et elle revient au prochain message.',
    deleteWithMessagesTitle: (name) => `Supprimer la discussion avec ${name} et ses messages ?`,
    deleteWithMessagesText: 'La discussion et son historique sont supprimés de tous vos appareils. Cette action est irréversible.',
    deleteConfirm: 'Supprimer',
    pinned: 'Épinglée',
    muted: 'En sourdine',
    unread: (count) => plural(L, count, { one: '# non lu', other: '# non lus' }),
    system: 'Notifications système',
    cannotShow: 'Impossible d’afficher cette discussion',
  },
  emojiParser: {
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  emojiPicker: {
    label: 'Emoji et autocollants',
    tabs: 'Sections',
    emojiTab: 'Emoji',
    stickersTab: 'Autocollants',
    search: 'Rechercher un emoji',
    searchStickers: 'Rechercher un autocollant',
    recent: 'Récents',
    all: 'Tous les emoji',
    results: 'Résultats',
    stickers: 'Autocollants',
    noResults: (query) => `Aucun emoji ne correspond à « ${query} »`,
    noStickers: (query) => `Aucun autocollant ne correspond à « ${query} »`,
  },
  imageViewer: {
    label: 'Visionneuse d’images',
    close: 'Fermer',
    openOriginal: 'Ouvrir l’original dans un nouvel onglet',
    loadingOriginal: 'Chargement de l’original…',
    failed: 'L’image n’a pas pu être chargée.',
    image: 'Image',
    previous: 'Image précédente',
    next: 'Image suivante',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    download: 'Télécharger',
    position: (index, total) => `${index} sur ${total}`,
  },
  messageSearch: {
    open: 'Rechercher dans les messages',
    openHere: 'Rechercher dans cette discussion',
    title: 'Rechercher dans les messages',
    titleHere: 'Rechercher dans cette discussion',
    searchLabel: 'Mots à chercher dans les messages',
    searchPlaceholder: 'Rechercher dans les messages',
    hint: 'Tapez des mots pour les trouver dans les messages gardés sur cet appareil.',
    searching: 'Recherche…',
    noResults: (query) => `Aucun message trouvé pour « ${query} »`,
    failed: 'La recherche a échoué. Réessayez.',
    results: (count) => (count <= 1 ? `${count} message trouvé` : `${count} messages trouvés`),
    inConversation: (name, count) => (count <= 1 ? `${name}, ${count} message` : `${name}, ${count} messages`),
    moreOnServer: (count) => (count <= 1 ? `${count} autre sur le serveur` : `${count} autres sur le serveur`),
    showMore: 'Afficher plus de résultats',
    loadingMore: 'Chargement de la suite…',
    searchingServer: 'Recherche sur le serveur…',
    everywhere: 'Toutes les discussions',
    you: 'Vous',
    close: 'Fermer',
  },
  newChat: {
    open: 'Nouvelle discussion',
    title: 'Nouvelle discussion',
    searchLabel: 'Rechercher des personnes et des groupes par ID ou par nom',
    searchPlaceholder: 'ID utilisateur, ID de groupe ou nom',
    hint: 'Saisissez un ID ou un nom pour trouver quelqu’un avec qui discuter ou un groupe à rejoindre.',
    searching: 'Recherche…',
    noResults: (query) => `Personne et aucun groupe trouvé pour « ${query} »`,
    failed: 'La recherche a échoué. Vérifiez la connexion et réessayez.',
    results: (count) => `${count} résultats`,
    person: 'Personne',
    group: 'Groupe',
    members: (count) => `${count} membres`,
    chat: 'Discuter',
    openGroup: 'Ouvrir',
    join: 'Rejoindre',
    request: 'Demander à rejoindre',
    closed: 'Sur invitation uniquement',
    joining: 'Adhésion…',
    requested: 'Demande envoyée',
    joinFailed: 'Impossible de rejoindre',
    requestSent: (group) =>
      `Demande envoyée pour rejoindre ${group}. Vous pourrez discuter dès qu’un propriétaire ou un administrateur l’acceptera.`,
    close: 'Fermer',
  },
  forward: {
    rowSelected: 'Sélectionné',
    rowNotSelected: 'Non sélectionné',
    pickerTitle: 'Transférer à',
    searchLabel: 'Rechercher des discussions',
    searchPlaceholder: 'Rechercher',
    noMatches: 'Aucune discussion ne correspond',
    noConversations: 'Aucune discussion pour l’instant',
    selected: (count) => `${count} sélectionné(s)`,
    send: 'Envoyer',
    cancel: 'Annuler',
    forwarded: 'Transféré',
    forwardFailed: 'Certains messages n’ont pas pu être transférés.',
    selectMessage: 'Sélectionner le message',
    selectionBar: 'Messages sélectionnés',
    forwardSeparate: 'Transférer un par un',
    forwardMerged: 'Transférer regroupés',
    deleteForMe: 'Supprimer pour moi',
    done: 'Terminé',
    deleteSelectedTitle: (count) => `Supprimer ${count} messages pour vous ?`,
    deleteSelectedText: 'Ils sont supprimés de cet appareil uniquement ; les autres membres de la discussion les voient toujours.',
    chatHistory: 'Historique de discussion',
    openHistory: (title) => `${title}. Ouvrir l’historique de discussion`,
    viewerClose: 'Fermer',
    viewerBack: 'Retour',
    viewerLoading: 'Chargement de l’historique de discussion…',
    viewerFailed: 'Impossible d’ouvrir l’historique de discussion.',
    viewerEmpty: 'Cet historique de discussion ne contient aucun message.',
    layersOverLimit: 'Certains anciens messages transférés sont imbriqués trop profondément pour être affichés.',
    retry: 'Réessayer',
  },
  messageActions: {
    label: 'Actions du message',
    copy: 'Copier',
    translate: 'Traduire',
    'convert-to-text': 'Convertir en texte',
    reply: 'Répondre',
    edit: 'Modifier',
    pin: 'Épingler',
    unpin: 'Désépingler',
    forward: 'Transférer',
    select: 'Sélectionner',
    revoke: 'Retirer',
    delete: 'Supprimer pour moi',
    'delete-from-history': 'Supprimer de l’historique',
    resend: 'Renvoyer',
  },
  messageList: {
    label: 'Messages',
    labelWith: (name) => `Messages avec ${name}`,
    empty: 'Aucun message pour l’instant',
    emptyHint: 'Dites bonjour 👋',
    loading: 'Chargement des messages…',
    loadingOlder: 'Chargement des messages précédents…',
    loadFailed: 'Les messages n’ont pas pu être chargés.',
    olderFailed: 'Les messages précédents n’ont pas pu être chargés.',
    retry: 'Réessayer',
    newMessages: (count) => plural(L, count, { one: '# nouveau message', other: '# nouveaux messages' }),
    jumpToLatest: 'Aller au dernier message',
    newDivider: 'Nouveaux messages',
    unreadAbove: (count) => plural(L, count, { one: '# message non lu', other: '# messages non lus' }),
    jumpToUnread: 'Aller au premier message non lu',
    copied: 'Copié',
    pinned: 'Message épinglé',
    unpinned: 'Message désépinglé',
    pinnedMessage: 'Message épinglé',
    pinnedNumbered: (position, count) => `Message épinglé ${position} sur ${count}`,
    goToPinned: 'Aller au message',
    allPinned: 'Tous les messages épinglés',
    pinnedCount: (count) => plural(L, count, { one: '# message épinglé', other: '# messages épinglés' }),
    unpin: 'Désépingler',
    unpinMessage: (text) => `Désépingler « ${text} »`,
    copyFailed: 'Impossible de copier dans le presse-papiers',
    originalNotFound: 'Le message d’origine n’est plus disponible',
    dismiss: 'Fermer',
    beginning: 'C’est le début de la discussion',
    notFound: 'Discussion introuvable',
    notFoundText: 'Ce groupe ou cette personne n’existe pas, ou vous ne faites pas partie du groupe.',
    deleteForMeTitle: 'Supprimer ce message pour vous ?',
    deleteForMeText: 'Il est supprimé de cet appareil uniquement. Les autres participants le voient toujours.',
    deleteForMe: 'Supprimer pour moi',
    deleteFromHistoryTitle: 'Supprimer ce message de votre historique ?',
    deleteFromHistoryText:
      'Il est supprimé définitivement de votre historique sur tous vos appareils. Les autres participants le voient toujours.',
    deleteFromHistory: 'Supprimer',
  },
  message: {
    you: 'Vous',
    sticker: '[Autocollant]',
    location: 'Position',
    openMap: 'Ouvrir dans OpenStreetMap',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'N' : 'S'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'E' : 'O'}`,
    customMessage: '[Message personnalisé]',
    viewDetails: 'Voir les détails',
    unsupported: '[Message non pris en charge]',
    unsupportedNamed: (summary) => `[Message non pris en charge : ${summary}]`,
    sending: 'Envoi…',
    failed: 'Échec de l’envoi',
    failedWithReason: (reason) => `Échec de l’envoi : ${reason}`,
    resend: 'Renvoyer',
    sent: 'Envoyé',
    read: 'Lu',
    uploading: (percent) => `Envoi du fichier, ${percent} %`,
    cancelUpload: 'Annuler l’envoi',
    replyTo: (name) => `Réponse à ${name}`,
    showOriginal: 'Afficher le message d’origine',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: 'Actions du message',
    edited: 'modifié',
    reEdit: 'Modifier à nouveau',
    cannotShow: '[Ce message ne peut pas être affiché]',
    showMore: 'Afficher plus',
    showMoreLabel: (shown, total) => `Afficher plus (${shown} sur ${total} affichés)`,
    translating: 'Traduction…',
    transcribing: 'Conversion en texte…',
    translatedInto: (language) => `Traduit en ${language}`,
    transcriptLabel: 'Transcription vocale',
    noTranslation: 'Aucune traduction disponible',
    noTranscript: 'Aucun texte disponible pour ce message vocal',
    conversionRetry: 'Réessayer',
    conversionHide: 'Masquer',
    showTranslation: 'Afficher la traduction',
    showTranscript: 'Afficher le texte',
    conversionClose: 'Fermer',
  },
  messageReactions: {
    label: 'Réactions',
    quickReactions: 'Réactions rapides',
    moreReactions: 'Plus de réactions',
    chooseReaction: 'Choisir une réaction',
    you: 'Vous',
    reactedWith: (names, reaction) => `${names} a réagi avec ${reaction}`,
    andMore: (count) => `et ${count} autres`,
    loading: 'Chargement…',
    someoneReacted: (name, reaction) => `${name} a réagi avec ${reaction}`,
    newReactions: (count) => `Nouvelles réactions : ${count}`,
  },
  readReceipts: {
    unread: 'Non lu',
    readCount: (count) => plural(L, count, { other: 'Lu par #' }),
    allRead: 'Lu par tous',
    showReaders: 'Voir qui l’a lu',
    title: 'Confirmations de lecture',
    readTab: (count) => plural(L, count, { other: 'Lu (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'Non lu (#)' }),
    nobodyRead: 'Personne ne l’a encore lu',
    everyoneRead: 'Tout le monde l’a lu',
    loading: 'Chargement…',
    loadMore: 'Afficher plus',
    failed: 'Impossible de charger la liste.',
    retry: 'Réessayer',
    close: 'Fermer',
  },
  groupApplications: {
    accept: 'Accepter',
    decline: 'Refuser',
    acceptRequest: (person, group) => `Accepter la demande de ${person} pour rejoindre ${group}`,
    declineRequest: (person, group) => `Refuser la demande de ${person} pour rejoindre ${group}`,
    acceptInvitation: (person, group) => `Accepter l’invitation de ${person} à rejoindre ${group}`,
    declineInvitation: (person, group) => `Refuser l’invitation de ${person} à rejoindre ${group}`,
    accepting: 'Acceptation…',
    declining: 'Refus…',
    accepted: 'Acceptée',
    declined: 'Refusée',
    handled: 'Déjà traitée',
    failed: 'Votre réponse n’a pas été envoyée. Réessayez.',
  },
  messageFile: {
    download: (name) => `Télécharger ${name}`,
    downloading: (percent) => `Téléchargement, ${percent} %`,
    downloaded: 'Téléchargé',
    failed: 'Échec du téléchargement. Réessayez.',
    unavailable: 'Fichier indisponible',
    untitled: 'Fichier sans nom',
  },
  messageImage: {
    image: 'Photo',
    openImage: 'Ouvrir la photo',
    loading: 'Chargement de la photo',
    unavailable: 'Photo indisponible',
  },
  messageSound: {
    play: (duration) => `Écouter le message vocal, ${duration}`,
    pause: 'Mettre en pause le message vocal',
    unplayed: 'Pas encore écouté',
    unavailable: 'Message vocal indisponible',
    playFailed: 'Impossible de lire ce message vocal',
    position: 'Position de lecture',
  },
  messageVideo: {
    play: (duration) => `Lire la vidéo, ${duration}`,
    video: 'Vidéo',
    unavailable: 'Vidéo indisponible',
  },
  locationPicker: {
    panel: 'Envoyer une position',
    useCurrent: 'Utiliser ma position actuelle',
    locating: 'Recherche de votre position…',
    description: 'Lieu',
    descriptionPlaceholder: 'Un nom ou une adresse (facultatif)',
    latitude: 'Latitude',
    longitude: 'Longitude',
    cancel: 'Annuler',
    send: 'Envoyer la position',
    missingLatitude: 'Saisissez une latitude.',
    missingLongitude: 'Saisissez une longitude.',
    notANumber: 'Saisissez un nombre en degrés, par exemple 22.5405.',
    latitudeRange: 'Une latitude est comprise entre −90 et 90.',
    longitudeRange: 'Une longitude est comprise entre −180 et 180.',
    denied:
      'L’accès à la position a été refusé. Autorisez la position pour ce site dans les réglages du navigateur, ou saisissez les coordonnées.',
    unavailable: 'Votre position est introuvable. Réessayez, ou saisissez les coordonnées.',
    timeout: 'La recherche de votre position a pris trop de temps. Réessayez, ou saisissez les coordonnées.',
    unsupported: 'Ce navigateur ne peut pas donner votre position. Saisissez plutôt les coordonnées.',
    insecure: 'Votre position n’est utilisable que sur une page sécurisée (https). Saisissez plutôt les coordonnées.',
  },
  voiceRecorder: {
    panel: 'Message vocal',
    requesting: 'En attente du micro…',
    recorded: (time: string) => `Enregistrement, ${time}`,
    slideToCancel: 'Glissez vers le haut pour annuler',
    releaseToCancel: 'Relâchez pour annuler',
    escToCancel: 'Échap pour annuler',
    endsIn: (seconds: number) => `Envoi dans ${seconds} s`,
    endsSoon: "L'enregistrement s'arrête et sera envoyé dans 10 secondes.",
    cancel: "Annuler l'enregistrement",
    send: 'Envoyer le message vocal',
    sending: 'Envoi…',
    tooShort: 'Trop court pour être envoyé : enregistrez au moins 1 seconde.',
    denied:
      "L'accès au micro a été refusé. Autorisez le micro pour ce site dans les réglages du navigateur pour envoyer des messages vocaux.",
    noMicrophone: "Aucun micro n'a été trouvé. Branchez-en un et réessayez.",
    busy: "Le micro n'a pas pu démarrer : une autre application l'utilise peut-être.",
    insecure: 'Les messages vocaux exigent une page sécurisée (https) : le navigateur ne donne pas accès au micro ici.',
    unsupported: 'Ce navigateur ne peut pas enregistrer de son.',
    failed: "L'enregistrement a échoué. Réessayez.",
    dismiss: 'Fermer',
  },
  groupInfo: {
    open: 'Infos du groupe',
    title: 'Infos du groupe',
    close: 'Fermer',
    groupID: (id: string) => `ID du groupe : ${id}`,
    typeWork: 'Groupe de travail',
    typePublic: 'Groupe public',
    typeMeeting: 'Groupe de réunion',
    typeCommunity: 'Communauté',
    typeAVChatRoom: 'Salon en direct',
    name: 'Nom du groupe',
    avatar: 'Photo du groupe (URL)',
    notification: 'Annonce du groupe',
    introduction: 'Description',
    nameCard: 'Mon surnom dans le groupe',
    mute: 'Mettre les notifications en sourdine',
    none: 'Aucun',
    edit: (field: string) => `Modifier : ${field}`,
    save: 'Enregistrer',
    cancel: 'Annuler',
    saving: 'Enregistrement…',
    editHint: 'Entrée enregistre, Échap annule.',
    saveFailed: (reason: string) => `Non enregistré. ${reason}`,
    readOnly: 'Seuls le propriétaire et les administrateurs peuvent modifier le profil du groupe.',
    members: (count: string) => `Membres : ${count}`,
    searchMembers: 'Rechercher des membres',
    noMatch: (query: string) => `Aucun membre ne correspond à « ${query} »`,
    loadingMembers: 'Chargement des membres…',
    membersFailed: 'Impossible de charger les membres.',
    retry: 'Réessayer',
    owner: 'Propriétaire',
    admin: 'Admin',
    you: 'Vous',
    leave: 'Quitter le groupe',
    dismiss: 'Dissoudre le groupe',
    leaveTitle: (group: string) => `Quitter ${group} ?`,
    leaveMessage: 'Vous ne recevrez plus ses messages. L’historique reste sur cet appareil.',
    dismissTitle: (group: string) => `Dissoudre ${group} ?`,
    dismissMessage: 'Le groupe prend fin pour tous les membres. Action irréversible.',
    leaveFailed: (reason: string) => `Impossible de quitter le groupe. ${reason}`,
    dismissFailed: (reason: string) => `Impossible de dissoudre le groupe. ${reason}`,
    notMember: 'Vous ne faites pas partie de ce groupe.',
    dismissed: 'Ce groupe a été dissous.',
  },
  groupMembers: {
    memberActions: (name: string) => `Actions pour ${name}`,
    makeAdmin: 'Nommer administrateur',
    removeAdmin: 'Retirer l’administration',
    muteFor: 'Rendre muet pendant',
    muteForDuration: (duration: string) => `Rendre muet pendant ${duration}`,
    unmute: 'Rétablir la parole',
    transferOwner: 'Transférer la propriété',
    removeMember: 'Retirer du groupe',
    removeTitle: (name: string) => `Retirer ${name} du groupe ?`,
    removeMessage: 'Cette personne ne recevra plus ses messages. Elle pourra revenir si on l’invite.',
    remove: 'Retirer',
    transferTitle: (name: string) => `Faire de ${name} le propriétaire ?`,
    transferMessage: 'Vous deviendrez un membre ordinaire et perdrez les droits du propriétaire.',
    transfer: 'Transférer',
    muted: 'Muet',
    mutedUntil: (time: string) => `Muet jusqu’à ${time}`,
    updating: (name: string) => `Mise à jour de ${name}…`,
    memberActionFailed: (name: string, reason: string) => `Impossible de mettre à jour ${name}. ${reason}`,
    dismissError: 'Fermer',
  },
  profileCard: {
    label: (name: string) => `Profil de ${name}`,
    userID: (id: string) => `ID : ${id}`,
    nameCard: (card: string) => `Surnom dans le groupe : ${card}`,
    sendMessage: 'Envoyer un message',
    close: 'Fermer',
  },
});
