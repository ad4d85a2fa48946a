import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Spanish (es; es-MX, es-419, es-AR… fall back to it), "tú" as WhatsApp and Telegram use it:
 * chat, grupo, fijar, silenciar, eliminar para mí, anular envío.
 */

const L = 'es';
const words = { you: 'tú', youAtStart: 'Tú', someone: 'Alguien', others: (n: number) => plural(L, n, { one: '# más', other: '# más' }) };
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
/** The reader as an object after "a": "a ti"; others are named ("a Ana"). */
const whom = (people: readonly Person[]) => nameList(L, people, 'object', { ...words, you: 'ti', someone: 'alguien' });
const self = (people: readonly Person[]) => people.some((p) => p.isSelf);
/** "ha" / "han" / "has" (present perfect); "tú y Ana" reads as "han", as in spoken Latin American Spanish. */
const has = (people: readonly Person[]) => (people.length === 1 && self(people) ? 'has' : people.length > 1 ? 'han' : 'ha');
const is = (people: readonly Person[]) => (people.length === 1 && self(people) ? 'eres' : people.length > 1 ? 'son' : 'es');
const admin = (people: readonly Person[]) => (people.length > 1 ? 'administradores' : 'administrador');
const group = (name: string) => (name ? `el grupo «${name}»` : 'el grupo');
const Group = (name: string) => (name ? `El grupo «${name}»` : 'El grupo');
const toGroup = (name: string) => (name ? `al grupo «${name}»` : 'al grupo');
const ofGroup = (name: string) => (name ? `del grupo «${name}»` : 'del grupo');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: «${note}»` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `cambiado el nombre del grupo a «${change.value}»` : 'cambiado el nombre del grupo';
    case 'notification':
      return change.value ? `cambiado el anuncio del grupo a «${change.value}»` : 'borrado el anuncio del grupo';
    case 'introduction':
      return change.value ? `cambiado la descripción del grupo a «${change.value}»` : 'borrado la descripción del grupo';
    case 'avatar':
      return 'cambiado la foto del grupo';
    case 'owner':
      return `transferido la propiedad del grupo a ${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? 'silenciado a todos los miembros' : 'quitado el silencio a todos los miembros';
    case 'other':
      return 'actualizado el perfil del grupo';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `El grupo ahora se llama «${change.value}»` : 'Se cambió el nombre del grupo';
    case 'notification':
      return change.value ? `Nuevo anuncio del grupo: «${change.value}»` : 'Se borró el anuncio del grupo';
    case 'introduction':
      return change.value ? `Nueva descripción del grupo: «${change.value}»` : 'Se borró la descripción del grupo';
    case 'avatar':
      return 'Se cambió la foto del grupo';
    case 'owner':
      return `${who([change.owner])} ${is([change.owner])} ahora ${change.owner.isSelf ? 'el propietario' : 'propietario'} del grupo`;
    case 'muteAll':
      return change.on ? 'Se silenció a todos los miembros' : 'Se quitó el silencio a todos los miembros';
    case 'other':
      return 'Se actualizó el perfil del grupo';
  }
}

const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? `silenciado a ${whom(m.users)} durante ${duration(m.seconds)}` : `quitado el silencio a ${whom(m.users)}`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `Se silenció a ${whom(m.users)} durante ${duration(m.seconds)}` : `Se quitó el silencio a ${whom(m.users)}`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) =>
      p.users.length === 1 && self(p.users)
        ? 'Te uniste al grupo'
        : `${who(p.users)} se ${p.users.length > 1 ? 'unieron' : 'unió'} al grupo`,
    'tip.invited': (p) => `${who([p.operator])} ${has([p.operator])} añadido a ${whom(p.users)} al grupo`,
    'tip.left': (p) =>
      p.users.length === 1 && self(p.users)
        ? 'Saliste del grupo'
        : `${who(p.users)} ${p.users.length > 1 ? 'salieron' : 'salió'} del grupo`,
    'tip.removed': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} eliminado a ${whom(p.users)} del grupo`
        : `Se eliminó a ${whom(p.users)} del grupo`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} nombrado ${admin(p.users)} a ${whom(p.users)}`
        : `${who(p.users)} ${is(p.users)} ahora ${admin(p.users)}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} quitado a ${whom(p.users)} como ${admin(p.users)}`
        : `${who(p.users)} ya no ${is(p.users)} ${admin(p.users)}`,
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
        ? 'Se actualizó la información de un miembro'
        : p.users.length === 1 && p.users[0]!.isSelf
          ? 'Se actualizó tu información de miembro'
          : `Se actualizó la información de miembro de ${whom(p.users)}`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} ${has([p.operator])} expulsado a ${whom(p.users)} de la sala`
        : `Se expulsó a ${whom(p.users)} de la sala`,
    'tip.unbannedFromRoom': (p) =>
      p.operator ? `${who([p.operator])} ${has([p.operator])} readmitido a ${whom(p.users)}` : `Se readmitió a ${whom(p.users)}`,
    'tip.unknown': 'Notificación del grupo',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} quiere unirse ${toGroup(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} aceptado tu solicitud para unirte ${toGroup(p.group)}`
          : `Se aceptó tu solicitud para unirte ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} rechazado tu solicitud para unirte ${toGroup(p.group)}`
          : `Se rechazó tu solicitud para unirte ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} te ${has([p.operator])} eliminado ${ofGroup(p.group)}`
          : `Ya no formas parte ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.dismissed': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} ${has([p.operator])} disuelto ${group(p.group)}` : `${Group(p.group)} se disolvió`,
        p.note,
      ),
    'notice.created': (p) =>
      withNote(p.operator ? `${who([p.operator])} ${has([p.operator])} creado ${group(p.group)}` : `Se creó ${group(p.group)}`, p.note),
    'notice.invited': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} te ${has([p.operator])} añadido ${toGroup(p.group)}` : `Te añadieron ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.quit': (p) => withNote(`Saliste ${ofGroup(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} te ${has([p.operator])} nombrado administrador ${ofGroup(p.group)}`
          : `Ahora eres administrador ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} te ${has([p.operator])} quitado como administrador ${ofGroup(p.group)}`
          : `Ya no eres administrador ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`El sistema eliminó ${group(p.group)}`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator ? `${who([p.operator])} te invita a unirte ${toGroup(p.group)}` : `Te invitaron a unirte ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} aceptado tu invitación para unirse ${toGroup(p.group)}`
          : `Se aceptó tu invitación para unirse ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} ${has([p.operator])} rechazado tu invitación para unirse ${toGroup(p.group)}`
          : `Se rechazó tu invitación para unirse ${toGroup(p.group)}`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `Aviso ${ofGroup(p.group)}: ${p.content}` : `Aviso personalizado ${ofGroup(p.group)}`),
    'notice.unknown': (p) => (p.group ? `Notificación del sistema del grupo «${p.group}»` : 'Notificación del sistema del grupo'),

    'summary.image': '[Foto]',
    'summary.voice': (p) => (p.seconds > 0 ? `[Mensaje de voz] ${formatDuration(p.seconds)}` : '[Mensaje de voz]'),
    'summary.video': (p) => (p.seconds > 0 ? `[Video] ${formatDuration(p.seconds)}` : '[Video]'),
    'summary.file': (p) => (p.name ? `[Archivo] ${p.name}` : '[Archivo]'),
    'summary.location': (p) => (p.description ? `[Ubicación] ${p.description}` : '[Ubicación]'),
    'summary.sticker': '[Sticker]',
    'summary.custom': '[Mensaje personalizado]',
    'summary.unsupported': '[Mensaje no compatible]',
    'summary.chatHistory': '[Historial de chat]',
    'merged.titleOne': (p) => `Historial de chat de ${p.name}`,
    'merged.titleTwo': (p) => `Historial de chat de ${p.first} y ${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `Historial de chat de ${p.group}` : 'Historial del chat grupal'),
    'summary.revokedBySelf': 'Anulaste el envío de un mensaje',
    'summary.revokedByOther': (p) => `${p.name} anuló el envío de un mensaje`,
    'summary.draft': '[Borrador]',
    'summary.atMe': '[Te mencionaron]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': 'La solicitud no es válida',
    'error.notLoggedIn': 'No has iniciado sesión',
    'error.uploadFailed': 'No se pudo subir el archivo',
    'error.uploadCancelled': 'Se canceló la subida',
    'error.fileTooLarge': 'El archivo es demasiado grande',
    'error.sendFailed': 'No se pudo enviar el mensaje',
    'error.revokeFailed': 'No se pudo anular el envío del mensaje',
    'error.messageNotFound': 'No se encontró el mensaje',
    'error.conversationNotFound': 'No se encontró el chat',
    'error.network': 'Error de red. Comprueba tu conexión e inténtalo de nuevo',
    'error.timeout': 'Se agotó el tiempo de espera. Inténtalo de nuevo',
    'error.offline': 'Estás sin conexión',
    'error.notGroupMember': 'No eres miembro de este grupo',
    'error.mutedInGroup': 'Estás silenciado en este grupo',
    'error.revokeTimeLimit': 'Ya es tarde para anular el envío de este mensaje',
    'error.revokeNotSender': 'Solo puedes anular el envío de tus propios mensajes',
    'error.textTooLong': 'El mensaje es demasiado largo',
    'error.kickedOut': 'Se cerró tu sesión',
    'error.storage': 'No se pudo guardar en este dispositivo',
    'error.unsupported': 'Esta función no está disponible aquí',
    'error.noResult': 'No hay traducción ni transcripción disponible',
    'error.editNotAllowed': 'Solo puedes editar tus propios mensajes de texto',
    'error.editTimeLimit': 'Ya no se puede editar este mensaje',
    'error.editConflict': 'El mensaje se cambió en otro lugar mientras tanto. Inténtalo de nuevo',
    'error.pinNotAllowed': 'Solo el propietario y los administradores del grupo pueden fijar mensajes',
    'error.pinLimit': 'Este grupo ya tiene el máximo de mensajes fijados',
    'error.unknown': 'Algo salió mal',
    'error.withCode': (p) => `Algo salió mal (error ${p.code})`,

    'cache.unavailable':
      'El almacenamiento sin conexión no está disponible en este navegador; los mensajes solo se guardan hasta cerrar la página',
    'cache.blocked': 'Otra pestaña está bloqueando el almacenamiento sin conexión; los mensajes solo se guardan hasta cerrar la página',
    'cache.quota': 'El almacenamiento de este dispositivo está lleno; los mensajes nuevos solo se guardan hasta cerrar la página',
    'cache.error': 'Falló el almacenamiento sin conexión; los mensajes solo se guardan hasta cerrar la página',
  },

  chat: {
    label: 'Chat',
    back: 'Volver a los chats',
    members: (count) => plural(L, count, { one: '# miembro', other: '# miembros' }),
    dismissed: 'Este grupo se disolvió',
    typing: 'escribiendo…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'está' : 'están'} escribiendo…`
        : plural(L, names.length, { one: '# persona está escribiendo…', other: '# personas están escribiendo…' }),
    pickConversation: 'Elige un chat para empezar a conversar',
    connecting: 'Conectando…',
    offline: 'Estás sin conexión. Los mensajes se enviarán cuando vuelva la conexión.',
    kickedOut: 'Se cerró tu sesión porque tu cuenta inició sesión en otro lugar.',
    signatureExpired: 'Tu sesión caducó. Vuelve a iniciar sesión.',
    dismiss: 'Cerrar',
    system: 'Notificaciones del sistema',
    starting: 'Iniciando…',
    startFailed: 'No se pudo iniciar el chat.',
    retry: 'Reintentar',
  },
  composer: {
    inputLabel: 'Mensaje',
    placeholder: 'Escribe un mensaje',
    hintEnter: 'Intro para enviar, Mayús+Intro para un salto de línea',
    hintCtrlEnter: 'Ctrl+Intro (⌘+Intro) para enviar, Intro para un salto de línea',
    toolbar: 'Herramientas del mensaje',
    emoji: 'Emojis y stickers',
    image: 'Enviar una foto',
    video: 'Enviar un video',
    file: 'Enviar un archivo',
    voice: 'Grabar un mensaje de voz',
    location: 'Enviar una ubicación',
    voiceStop: 'Detener la grabación y enviar',
    send: 'Enviar',
    replyingTo: (name) => `Respondiendo a ${name}`,
    cancelReply: 'Cancelar respuesta',
    editing: 'Editando mensaje',
    cancelEdit: 'Cancelar edición',
    saveEdit: 'Guardar',
    mentionList: 'Miembros del grupo',
    mentionAll: 'Todos',
    mentionAllHint: 'Todos los miembros del grupo',
    loadingMembers: 'Cargando miembros…',
    membersFailed: 'No se pudieron cargar los miembros.',
    noMembers: (query) => `Ningún miembro coincide con «${query}»`,
    noConversation: 'Elige un chat para escribir un mensaje.',
    starting: 'Conectando…',
    signedOut: 'Cerraste sesión, así que no puedes enviar mensajes.',
    system: 'No se puede responder a las notificaciones del sistema.',
    mutedUntil: (time) => `Estás silenciado en este grupo hasta ${time}.`,
    mutedAll: 'Todos están silenciados: solo el propietario y los administradores pueden escribir.',
    notMember: 'No eres miembro de este grupo, así que no puedes enviar mensajes aquí.',
    dismissed: 'Este grupo se disolvió; ya no se pueden enviar mensajes aquí.',
    offline: 'Estás sin conexión. Los mensajes se enviarán cuando vuelva la conexión.',
    textTooLong: (size, limit) => `Este mensaje es demasiado largo (${size}; el límite es ${limit}). Acórtalo o envíalo en partes.`,
    fileTooLarge: (name, size, limit) => `«${name}» ocupa ${size}; los archivos pueden ocupar como máximo ${limit}.`,
    imageType: (name) => `«${name}» no se puede enviar como foto (JPG, PNG, GIF, BMP o WebP). Envíalo como archivo.`,
    videoType: (name) => `«${name}» no se puede enviar como video (MP4, MOV o WebM). Envíalo como archivo.`,
    fileEmpty: (name) => `«${name}» está vacío.`,
    imageUnreadable: (name) => `No se pudo leer «${name}» como imagen.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `«${name}» mide ${width} × ${height} píxeles; las fotos pueden tener como máximo ${limit} megapíxeles. Envíalo como archivo.`,
    unnamedFile: 'El archivo',
    dropHere: 'Suelta los archivos para enviarlos',
    trayLabel: (count, max) => `Imágenes para enviar con el mensaje: ${count} de ${max}`,
    trayImage: (n, name) => (name ? `Imagen ${n}, ${name}` : `Imagen ${n}`),
    trayRemove: (picture) => `Quitar ${picture}`,
    tooManyImages: (max) => `Un mensaje puede llevar como máximo ${max} imágenes. Envía estas primero y luego añade más.`,
    dismiss: 'Cerrar',
  },
  confirmDialog: {
    cancel: 'Cancelar',
  },
  conversationList: {
    label: 'Chats',
    search: 'Buscar',
    searchLabel: 'Buscar chats',
    empty: 'Aún no hay chats',
    noMatch: (query) => `Ningún chat coincide con «${query}»`,
    loading: 'Cargando chats…',
    actions: 'Más acciones',
    pin: 'Fijar chat',
    unpin: 'Dejar de fijar',
    mute: 'Silenciar notificaciones',
    unmute: 'Activar notificaciones',
    markRead: 'Marcar como leído',
    markUnread: 'Marcar como no leído',
    markedUnread: 'Marcado como no leído',
    online: 'En línea',
    delete: 'Eliminar chat',
    deleteWithMessages: 'Eliminar chat y mensajes',
    deleteTitle: (name) => `¿Eliminar el chat con ${name}?`,
    deleteText: 'Desaparece de tu lista. Sus mensajes se conservan y vuelve a aparecer con el próximo mensaje.',
    deleteWithMessagesTitle: (name) => `¿Eliminar el chat con ${name} y sus mensajes?`,
    deleteWithMessagesText: 'El chat y su historial se eliminan de todos tus dispositivos. Esta acción no se puede deshacer.',
    deleteConfirm: 'Eliminar',
    pinned: 'Fijado',
    muted: 'Silenciado',
    unread: (count) => plural(L, count, { one: '# sin leer', other: '# sin leer' }),
    system: 'Notificaciones del sistema',
    cannotShow: 'No se puede mostrar este chat',
  },
  emojiParser: {
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  emojiPicker: {
    label: 'Emojis y stickers',
    tabs: 'Secciones',
    emojiTab: 'Emojis',
    stickersTab: 'Stickers',
    search: 'Buscar emojis',
    searchStickers: 'Buscar stickers',
    recent: 'Usados recientemente',
    all: 'Todos los emojis',
    results: 'Resultados',
    stickers: 'Stickers',
    noResults: (query) => `Ningún emoji coincide con «${query}»`,
    noStickers: (query) => `Ningún sticker coincide con «${query}»`,
  },
  imageViewer: {
    label: 'Visor de imágenes',
    close: 'Cerrar',
    openOriginal: 'Abrir el original en una pestaña nueva',
    loadingOriginal: 'Cargando el original…',
    failed: 'No se pudo cargar la imagen.',
    image: 'Imagen',
    previous: 'Imagen anterior',
    next: 'Imagen siguiente',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    download: 'Descargar',
    position: (index, total) => `${index} de ${total}`,
  },
  messageSearch: {
    open: 'Buscar mensajes',
    openHere: 'Buscar en este chat',
    title: 'Buscar mensajes',
    titleHere: 'Buscar en este chat',
    searchLabel: 'Palabras que buscar en los mensajes',
    searchPlaceholder: 'Buscar mensajes',
    hint: 'Escribe palabras para encontrarlas en los mensajes guardados en este dispositivo.',
    searching: 'Buscando…',
    noResults: (query) => `No se encontraron mensajes para «${query}»`,
    failed: 'La búsqueda falló. Inténtalo de nuevo.',
    results: (count) => (count === 1 ? '1 mensaje encontrado' : `${count} mensajes encontrados`),
    inConversation: (name, count) => (count === 1 ? `${name}, 1 mensaje` : `${name}, ${count} mensajes`),
    moreOnServer: (count) => (count === 1 ? `1 más en el servidor` : `${count} más en el servidor`),
    showMore: 'Mostrar más resultados',
    loadingMore: 'Cargando más…',
    searchingServer: 'Buscando en el servidor…',
    everywhere: 'Todos los chats',
    you: 'Tú',
    close: 'Cerrar',
  },
  newChat: {
    open: 'Nuevo chat',
    title: 'Nuevo chat',
    searchLabel: 'Buscar personas y grupos por ID o nombre',
    searchPlaceholder: 'ID de usuario, ID de grupo o nombre',
    hint: 'Escribe un ID o un nombre para encontrar con quién chatear o un grupo al que unirte.',
    searching: 'Buscando…',
    noResults: (query) => `No se encontró a nadie ni ningún grupo para «${query}»`,
    failed: 'La búsqueda falló. Comprueba la conexión e inténtalo de nuevo.',
    results: (count) => `${count} resultados`,
    person: 'Persona',
    group: 'Grupo',
    members: (count) => `${count} miembros`,
    chat: 'Chatear',
    openGroup: 'Abrir',
    join: 'Unirse',
    request: 'Pedir unirse',
    closed: 'Solo por invitación',
    joining: 'Uniéndote…',
    requested: 'Solicitud enviada',
    joinFailed: 'No se pudo unir',
    requestSent: (group) => `Pediste unirte a ${group}. Podrás chatear cuando un propietario o administrador lo acepte.`,
    close: 'Cerrar',
  },
  forward: {
    rowSelected: 'Seleccionado',
    rowNotSelected: 'No seleccionado',
    pickerTitle: 'Reenviar a',
    searchLabel: 'Buscar chats',
    searchPlaceholder: 'Buscar',
    noMatches: 'Ningún chat coincide',
    noConversations: 'Aún no hay chats',
    selected: (count) => `${count} seleccionados`,
    send: 'Enviar',
    cancel: 'Cancelar',
    forwarded: 'Reenviado',
    forwardFailed: 'Algunos mensajes no se pudieron reenviar.',
    selectMessage: 'Seleccionar mensaje',
    selectionBar: 'Mensajes seleccionados',
    forwardSeparate: 'Reenviar uno a uno',
    forwardMerged: 'Reenviar combinados',
    deleteForMe: 'Eliminar para mí',
    done: 'Listo',
    deleteSelectedTitle: (count) => `¿Eliminar ${count} mensajes para ti?`,
    deleteSelectedText: 'Solo se eliminan de este dispositivo; los demás participantes del chat los siguen viendo.',
    chatHistory: 'Historial de chat',
    openHistory: (title) => `${title}. Abrir el historial de chat`,
    viewerClose: 'Cerrar',
    viewerBack: 'Atrás',
    viewerLoading: 'Cargando el historial de chat…',
    viewerFailed: 'No se pudo abrir el historial de chat.',
    viewerEmpty: 'Este historial de chat no contiene mensajes.',
    layersOverLimit: 'Algunos mensajes reenviados anteriores están anidados a demasiada profundidad para mostrarse.',
    retry: 'Reintentar',
  },
  messageActions: {
    label: 'Acciones del mensaje',
    copy: 'Copiar',
    translate: 'Traducir',
    'convert-to-text': 'Convertir a texto',
    reply: 'Responder',
    edit: 'Editar',
    pin: 'Fijar',
    unpin: 'Dejar de fijar',
    forward: 'Reenviar',
    select: 'Seleccionar',
    revoke: 'Anular envío',
    delete: 'Eliminar para mí',
    'delete-from-history': 'Eliminar del historial',
    resend: 'Reenviar mensaje',
  },
  messageList: {
    label: 'Mensajes',
    labelWith: (name) => `Mensajes con ${name}`,
    empty: 'Aún no hay mensajes',
    emptyHint: 'Saluda 👋',
    loading: 'Cargando mensajes…',
    loadingOlder: 'Cargando mensajes anteriores…',
    loadFailed: 'No se pudieron cargar los mensajes.',
    olderFailed: 'No se pudieron cargar los mensajes anteriores.',
    retry: 'Reintentar',
    newMessages: (count) => plural(L, count, { one: '# mensaje nuevo', other: '# mensajes nuevos' }),
    jumpToLatest: 'Ir al último mensaje',
    newDivider: 'Mensajes nuevos',
    unreadAbove: (count) => plural(L, count, { one: '# mensaje sin leer', other: '# mensajes sin leer' }),
    jumpToUnread: 'Ir al primer mensaje sin leer',
    copied: 'Copiado',
    pinned: 'Mensaje fijado',
    unpinned: 'Mensaje desfijado',
    pinnedMessage: 'Mensaje fijado',
    pinnedNumbered: (position, count) => `Mensaje fijado ${position} de ${count}`,
    goToPinned: 'Ir al mensaje',
    allPinned: 'Todos los mensajes fijados',
    pinnedCount: (count) => plural(L, count, { one: '# mensaje fijado', other: '# mensajes fijados' }),
    unpin: 'Dejar de fijar',
    unpinMessage: (text) => `Dejar de fijar «${text}»`,
    copyFailed: 'No se pudo copiar al portapapeles',
    originalNotFound: 'El mensaje original ya no está disponible',
    dismiss: 'Cerrar',
    beginning: 'Este es el inicio del chat',
    notFound: 'No se encontró el chat',
    notFoundText: 'Este grupo o esta persona no existe, o no estás en el grupo.',
    deleteForMeTitle: '¿Eliminar este mensaje para ti?',
    deleteForMeText: 'Se elimina solo de este dispositivo. Los demás participantes lo siguen viendo.',
    deleteForMe: 'Eliminar para mí',
    deleteFromHistoryTitle: '¿Eliminar este mensaje de tu historial?',
    deleteFromHistoryText: 'Se elimina para siempre de tu historial en todos tus dispositivos. Los demás participantes lo siguen viendo.',
    deleteFromHistory: 'Eliminar',
  },
  message: {
    you: 'Tú',
    sticker: '[Sticker]',
    location: 'Ubicación',
    openMap: 'Abrir en OpenStreetMap',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'N' : 'S'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'E' : 'O'}`,
    customMessage: '[Mensaje personalizado]',
    viewDetails: 'Ver detalles',
    unsupported: '[Mensaje no compatible]',
    unsupportedNamed: (summary) => `[Mensaje no compatible: ${summary}]`,
    sending: 'Enviando…',
    failed: 'No se pudo enviar',
    failedWithReason: (reason) => `No se pudo enviar: ${reason}`,
    resend: 'Reenviar',
    sent: 'Enviado',
    read: 'Leído',
    uploading: (percent) => `Subiendo, ${percent} %`,
    cancelUpload: 'Cancelar subida',
    replyTo: (name) => `Respuesta a ${name}`,
    showOriginal: 'Ver el mensaje original',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: 'Acciones del mensaje',
    edited: 'editado',
    reEdit: 'Volver a editar',
    cannotShow: '[Este mensaje no se puede mostrar]',
    showMore: 'Ver más',
    showMoreLabel: (shown, total) => `Ver más (se muestran ${shown} de ${total})`,
    translating: 'Traduciendo…',
    transcribing: 'Convirtiendo a texto…',
    translatedInto: (language) => `Traducción: ${language}`,
    transcriptLabel: 'Voz a texto',
    noTranslation: 'No hay traducción disponible',
    noTranscript: 'No hay texto disponible para este mensaje de voz',
    conversionRetry: 'Reintentar',
    conversionHide: 'Ocultar',
    showTranslation: 'Mostrar traducción',
    showTranscript: 'Mostrar texto',
    conversionClose: 'Cerrar',
  },
  messageReactions: {
    label: 'Reacciones',
    quickReactions: 'Reacciones rápidas',
    moreReactions: 'Más reacciones',
    chooseReaction: 'Elige una reacción',
    you: 'Tú',
    reactedWith: (names, reaction) => `${names} reaccionó con ${reaction}`,
    andMore: (count) => `y ${count} más`,
    loading: 'Cargando…',
    someoneReacted: (name, reaction) => `${name} reaccionó con ${reaction}`,
    newReactions: (count) => `Reacciones nuevas: ${count}`,
  },
  readReceipts: {
    unread: 'No leído',
    readCount: (count) => plural(L, count, { other: 'Leído por #' }),
    allRead: 'Leído por todos',
    showReaders: 'Ver quién lo ha leído',
    title: 'Confirmaciones de lectura',
    readTab: (count) => plural(L, count, { other: 'Leído (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'No leído (#)' }),
    nobodyRead: 'Nadie lo ha leído todavía',
    everyoneRead: 'Todos lo han leído',
    loading: 'Cargando…',
    loadMore: 'Ver más',
    failed: 'No se pudo cargar la lista.',
    retry: 'Reintentar',
    close: 'Cerrar',
  },
  groupApplications: {
    accept: 'Aceptar',
    decline: 'Rechazar',
    acceptRequest: (person, group) => `Aceptar la solicitud de ${person} para unirse a ${group}`,
    declineRequest: (person, group) => `Rechazar la solicitud de ${person} para unirse a ${group}`,
    acceptInvitation: (person, group) => `Aceptar la invitación de ${person} para unirte a ${group}`,
    declineInvitation: (person, group) => `Rechazar la invitación de ${person} para unirte a ${group}`,
    accepting: 'Aceptando…',
    declining: 'Rechazando…',
    accepted: 'Aceptada',
    declined: 'Rechazada',
    handled: 'Ya respondida',
    failed: 'No se pudo enviar tu respuesta. Inténtalo de nuevo.',
  },
  messageFile: {
    download: (name) => `Descargar ${name}`,
    downloading: (percent) => `Descargando, ${percent} %`,
    downloaded: 'Descargado',
    failed: 'No se pudo descargar. Inténtalo de nuevo.',
    unavailable: 'Archivo no disponible',
    untitled: 'Archivo sin nombre',
  },
  messageImage: {
    image: 'Foto',
    openImage: 'Abrir foto',
    loading: 'Cargando foto',
    unavailable: 'Foto no disponible',
  },
  messageSound: {
    play: (duration) => `Reproducir mensaje de voz, ${duration}`,
    pause: 'Pausar mensaje de voz',
    unplayed: 'Sin escuchar',
    unavailable: 'Mensaje de voz no disponible',
    playFailed: 'No se puede reproducir este mensaje de voz',
    position: 'Posición de reproducción',
  },
  messageVideo: {
    play: (duration) => `Reproducir video, ${duration}`,
    video: 'Video',
    unavailable: 'Video no disponible',
  },
  locationPicker: {
    panel: 'Enviar una ubicación',
    useCurrent: 'Usar mi ubicación actual',
    locating: 'Buscando tu ubicación…',
    description: 'Lugar',
    descriptionPlaceholder: 'Un nombre o una dirección (opcional)',
    latitude: 'Latitud',
    longitude: 'Longitud',
    cancel: 'Cancelar',
    send: 'Enviar ubicación',
    missingLatitude: 'Escribe una latitud.',
    missingLongitude: 'Escribe una longitud.',
    notANumber: 'Escribe un número en grados, como 22.5405.',
    latitudeRange: 'La latitud está entre −90 y 90.',
    longitudeRange: 'La longitud está entre −180 y 180.',
    denied:
      'Se denegó el acceso a la ubicación. Permite la ubicación para este sitio en los ajustes del navegador o escribe las coordenadas.',
    unavailable: 'No se pudo encontrar tu ubicación. Inténtalo de nuevo o escribe las coordenadas.',
    timeout: 'Buscar tu ubicación tardó demasiado. Inténtalo de nuevo o escribe las coordenadas.',
    unsupported: 'Este navegador no puede indicar tu ubicación. Escribe las coordenadas.',
    insecure: 'Tu ubicación solo se puede usar en una página segura (https). Escribe las coordenadas.',
  },
  voiceRecorder: {
    panel: 'Mensaje de voz',
    requesting: 'Esperando el micrófono…',
    recorded: (time: string) => `Grabando, ${time}`,
    slideToCancel: 'Desliza hacia arriba para cancelar',
    releaseToCancel: 'Suelta para cancelar',
    escToCancel: 'Esc para cancelar',
    endsIn: (seconds: number) => `Se envía en ${seconds} s`,
    endsSoon: 'La grabación se detendrá y se enviará en 10 segundos.',
    cancel: 'Cancelar la grabación',
    send: 'Enviar mensaje de voz',
    sending: 'Enviando…',
    tooShort: 'Demasiado corto para enviarlo: graba al menos 1 segundo.',
    denied:
      'Se denegó el acceso al micrófono. Permite el micrófono para este sitio en la configuración del navegador para enviar mensajes de voz.',
    noMicrophone: 'No se encontró ningún micrófono. Conecta uno y vuelve a intentarlo.',
    busy: 'No se pudo iniciar el micrófono: puede que otra aplicación lo esté usando.',
    insecure: 'Los mensajes de voz necesitan una página segura (https): aquí el navegador no da acceso al micrófono.',
    unsupported: 'Este navegador no puede grabar audio.',
    failed: 'La grabación falló. Vuelve a intentarlo.',
    dismiss: 'Cerrar',
  },
  groupInfo: {
    open: 'Información del grupo',
    title: 'Información del grupo',
    close: 'Cerrar',
    groupID: (id: string) => `ID del grupo: ${id}`,
    typeWork: 'Grupo de trabajo',
    typePublic: 'Grupo público',
    typeMeeting: 'Grupo de reunión',
    typeCommunity: 'Comunidad',
    typeAVChatRoom: 'Sala en directo',
    name: 'Nombre del grupo',
    avatar: 'Foto del grupo (URL)',
    notification: 'Anuncio del grupo',
    introduction: 'Descripción',
    nameCard: 'Mi apodo en el grupo',
    mute: 'Silenciar notificaciones',
    none: 'Ninguno',
    edit: (field: string) => `Editar ${field}`,
    save: 'Guardar',
    cancel: 'Cancelar',
    saving: 'Guardando…',
    editHint: 'Intro guarda, Esc cancela.',
    saveFailed: (reason: string) => `No se guardó. ${reason}`,
    readOnly: 'Solo el propietario y los administradores pueden cambiar el perfil del grupo.',
    members: (count: string) => `Miembros: ${count}`,
    searchMembers: 'Buscar miembros',
    noMatch: (query: string) => `Ningún miembro coincide con «${query}»`,
    loadingMembers: 'Cargando miembros…',
    membersFailed: 'No se pudieron cargar los miembros.',
    retry: 'Reintentar',
    owner: 'Propietario',
    admin: 'Administrador',
    you: 'Tú',
    leave: 'Salir del grupo',
    dismiss: 'Disolver el grupo',
    leaveTitle: (group: string) => `¿Salir de ${group}?`,
    leaveMessage: 'Dejarás de recibir sus mensajes. El historial del chat se queda en este dispositivo.',
    dismissTitle: (group: string) => `¿Disolver ${group}?`,
    dismissMessage: 'El grupo termina para todos los miembros. No se puede deshacer.',
    leaveFailed: (reason: string) => `No se pudo salir del grupo. ${reason}`,
    dismissFailed: (reason: string) => `No se pudo disolver el grupo. ${reason}`,
    notMember: 'No eres miembro de este grupo.',
    dismissed: 'Este grupo se disolvió.',
  },
  groupMembers: {
    memberActions: (name: string) => `Acciones para ${name}`,
    makeAdmin: 'Hacer administrador',
    removeAdmin: 'Quitar administrador',
    muteFor: 'Silenciar durante',
    muteForDuration: (duration: string) => `Silenciar durante ${duration}`,
    unmute: 'Quitar silencio',
    transferOwner: 'Transferir la propiedad',
    removeMember: 'Eliminar del grupo',
    removeTitle: (name: string) => `¿Eliminar a ${name} del grupo?`,
    removeMessage: 'Dejará de recibir sus mensajes. Podrá volver a unirse si lo invitan.',
    remove: 'Eliminar',
    transferTitle: (name: string) => `¿Hacer a ${name} propietario?`,
    transferMessage: 'Pasarás a ser un miembro normal y perderás los permisos de propietario.',
    transfer: 'Transferir',
    muted: 'Silenciado',
    mutedUntil: (time: string) => `Silenciado hasta ${time}`,
    updating: (name: string) => `Actualizando a ${name}…`,
    memberActionFailed: (name: string, reason: string) => `No se pudo actualizar a ${name}. ${reason}`,
    dismissError: 'Cerrar',
  },
  profileCard: {
    label: (name: string) => `Perfil de ${name}`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `Apodo en el grupo: ${card}`,
    sendMessage: 'Enviar mensaje',
    close: 'Cerrar',
  },
});
