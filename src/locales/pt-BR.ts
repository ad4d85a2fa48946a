import { defineLocale, durationText, formatDuration, listAnd, nameList, plural, type Person } from '../core/i18n/index.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from '../core/i18n/index.js';
import type { LocaleStrings } from './locale-strings.js';

/**
 * Brazilian Portuguese (pt-BR; pt and pt-PT fall back to it when no pt table is registered),
 * "você" as WhatsApp Brasil uses it: conversa, grupo, fixar, silenciar, apagar para mim, apagar para todos.
 */

const L = 'pt-BR';
const words = {
  you: 'você',
  youAtStart: 'Você',
  someone: 'Alguém',
  others: (n: number) => plural(L, n, { one: 'mais #', other: 'mais #' }),
};
const who = (people: readonly Person[]) => nameList(L, people, 'subject', words);
const whom = (people: readonly Person[]) => nameList(L, people, 'object', { ...words, someone: 'alguém' });
/** Third person throughout ("você entrou", "Ana entrou", "Ana e Bia entraram"). */
const plural3 = (people: readonly Person[], one: string, many: string) => (people.length > 1 ? many : one);
const admin = (people: readonly Person[]) => (people.length > 1 ? 'administradores' : 'administrador');
const group = (name: string) => (name ? `o grupo "${name}"` : 'o grupo');
const Group = (name: string) => (name ? `O grupo "${name}"` : 'O grupo');
const ofGroup = (name: string) => (name ? `do grupo "${name}"` : 'do grupo');
const toGroup = (name: string) => (name ? `ao grupo "${name}"` : 'ao grupo');
const inGroup = (name: string) => (name ? `no grupo "${name}"` : 'no grupo');
const withNote = (sentence: string, note: string) => (note ? `${sentence}: "${note}"` : sentence);
const duration = (seconds: number) => durationText(L, seconds);

function changeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `mudou o nome do grupo para "${change.value}"` : 'mudou o nome do grupo';
    case 'notification':
      return change.value ? `mudou o aviso do grupo para "${change.value}"` : 'apagou o aviso do grupo';
    case 'introduction':
      return change.value ? `mudou a descrição do grupo para "${change.value}"` : 'apagou a descrição do grupo';
    case 'avatar':
      return 'mudou a foto do grupo';
    case 'owner':
      return `transferiu a posse do grupo para ${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? 'silenciou todos os membros' : 'reativou todos os membros';
    case 'other':
      return 'atualizou o perfil do grupo';
  }
}

function changePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `O nome do grupo mudou para "${change.value}"` : 'O nome do grupo mudou';
    case 'notification':
      return change.value ? `O aviso do grupo mudou para "${change.value}"` : 'O aviso do grupo foi apagado';
    case 'introduction':
      return change.value ? `A descrição do grupo mudou para "${change.value}"` : 'A descrição do grupo foi apagada';
    case 'avatar':
      return 'A foto do grupo mudou';
    case 'owner':
      return `${who([change.owner])} agora é dono do grupo`;
    case 'muteAll':
      return change.on ? 'Todos os membros foram silenciados' : 'Todos os membros foram reativados';
    case 'other':
      return 'O perfil do grupo foi atualizado';
  }
}

const muteActive = (m: MuteChange) =>
  m.seconds > 0 ? `silenciou ${whom(m.users)} por ${duration(m.seconds)}` : `reativou ${whom(m.users)}`;
const mutePassive = (m: MuteChange) =>
  m.seconds > 0
    ? `${who(m.users)} ${plural3(m.users, 'foi silenciado', 'foram silenciados')} por ${duration(m.seconds)}`
    : `${who(m.users)} ${plural3(m.users, 'não está mais silenciado', 'não estão mais silenciados')}`;

export default defineLocale<LocaleStrings>({
  core: {
    'tip.joined': (p) => `${who(p.users)} ${plural3(p.users, 'entrou', 'entraram')} no grupo`,
    'tip.invited': (p) => `${who([p.operator])} adicionou ${whom(p.users)} ao grupo`,
    'tip.left': (p) => `${who(p.users)} ${plural3(p.users, 'saiu', 'saíram')} do grupo`,
    'tip.removed': (p) =>
      p.operator
        ? `${who([p.operator])} removeu ${whom(p.users)} do grupo`
        : `${who(p.users)} ${plural3(p.users, 'foi removido', 'foram removidos')} do grupo`,
    'tip.adminSet': (p) =>
      p.operator
        ? `${who([p.operator])} tornou ${whom(p.users)} ${admin(p.users)}`
        : `${who(p.users)} agora ${plural3(p.users, 'é', 'são')} ${admin(p.users)}`,
    'tip.adminRemoved': (p) =>
      p.operator
        ? `${who([p.operator])} removeu ${whom(p.users)} como ${admin(p.users)}`
        : `${who(p.users)} não ${plural3(p.users, 'é', 'são')} mais ${admin(p.users)}`,
    'tip.groupProfileUpdated': (p) => {
      const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
      return p.operator ? `${who([p.operator])} ${listAnd(L, changes.map(changeActive))}` : changes.map(changePassive).join('. ');
    },
    'tip.membersMuted': (p) =>
      p.operator ? `${who([p.operator])} ${listAnd(L, p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('. '),
    'tip.memberProfileUpdated': (p) =>
      p.users.length === 0
        ? 'As informações de um membro foram atualizadas'
        : p.users.length === 1 && p.users[0]!.isSelf
          ? 'Suas informações de membro foram atualizadas'
          : `As informações de membro de ${whom(p.users)} foram atualizadas`,
    'tip.bannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} baniu ${whom(p.users)} da sala`
        : `${who(p.users)} ${plural3(p.users, 'foi banido', 'foram banidos')} da sala`,
    'tip.unbannedFromRoom': (p) =>
      p.operator
        ? `${who([p.operator])} desbaniu ${whom(p.users)}`
        : `${who(p.users)} ${plural3(p.users, 'foi desbanido', 'foram desbanidos')}`,
    'tip.unknown': 'Notificação do grupo',

    'notice.joinRequest': (p: SystemNoticeParams) =>
      withNote(`${who(p.operator ? [p.operator] : [])} pediu para entrar ${inGroup(p.group)}`, p.note),
    'notice.joinAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} aprovou seu pedido para entrar ${inGroup(p.group)}`
          : `Seu pedido para entrar ${inGroup(p.group)} foi aprovado`,
        p.note,
      ),
    'notice.joinRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} recusou seu pedido para entrar ${inGroup(p.group)}`
          : `Seu pedido para entrar ${inGroup(p.group)} foi recusado`,
        p.note,
      ),
    'notice.kickedOut': (p) =>
      withNote(p.operator ? `${who([p.operator])} removeu você ${ofGroup(p.group)}` : `Você foi removido ${ofGroup(p.group)}`, p.note),
    'notice.dismissed': (p) =>
      withNote(p.operator ? `${who([p.operator])} encerrou ${group(p.group)}` : `${Group(p.group)} foi encerrado`, p.note),
    'notice.created': (p) => withNote(p.operator ? `${who([p.operator])} criou ${group(p.group)}` : `${Group(p.group)} foi criado`, p.note),
    'notice.invited': (p) =>
      withNote(p.operator ? `${who([p.operator])} adicionou você ${toGroup(p.group)}` : `Você foi adicionado ${toGroup(p.group)}`, p.note),
    'notice.quit': (p) => withNote(`Você saiu ${ofGroup(p.group)}`, p.note),
    'notice.adminSet': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} tornou você administrador ${ofGroup(p.group)}`
          : `Agora você é administrador ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.adminRemoved': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} removeu você como administrador ${ofGroup(p.group)}`
          : `Você não é mais administrador ${ofGroup(p.group)}`,
        p.note,
      ),
    'notice.recycled': (p) => withNote(`${Group(p.group)} foi apagado pelo sistema`, p.note),
    'notice.inviteRequest': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} convidou você para entrar ${inGroup(p.group)}`
          : `Você foi convidado para entrar ${inGroup(p.group)}`,
        p.note,
      ),
    'notice.inviteAccepted': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} aceitou seu convite para entrar ${inGroup(p.group)}`
          : `Seu convite para entrar ${inGroup(p.group)} foi aceito`,
        p.note,
      ),
    'notice.inviteRefused': (p) =>
      withNote(
        p.operator
          ? `${who([p.operator])} recusou seu convite para entrar ${inGroup(p.group)}`
          : `Seu convite para entrar ${inGroup(p.group)} foi recusado`,
        p.note,
      ),
    'notice.custom': (p) => (p.content ? `Aviso ${ofGroup(p.group)}: ${p.content}` : `Aviso personalizado ${ofGroup(p.group)}`),
    'notice.unknown': (p) => (p.group ? `Notificação do sistema do grupo "${p.group}"` : 'Notificação do sistema do grupo'),

    'summary.image': '[Foto]',
    'summary.voice': (p) => (p.seconds > 0 ? `[Mensagem de voz] ${formatDuration(p.seconds)}` : '[Mensagem de voz]'),
    'summary.video': (p) => (p.seconds > 0 ? `[Vídeo] ${formatDuration(p.seconds)}` : '[Vídeo]'),
    'summary.file': (p) => (p.name ? `[Arquivo] ${p.name}` : '[Arquivo]'),
    'summary.location': (p) => (p.description ? `[Localização] ${p.description}` : '[Localização]'),
    'summary.sticker': '[Figurinha]',
    'summary.custom': '[Mensagem personalizada]',
    'summary.unsupported': '[Mensagem não suportada]',
    'summary.chatHistory': '[Histórico de conversa]',
    'merged.titleOne': (p) => `Histórico de conversa de ${p.name}`,
    'merged.titleTwo': (p) => `Histórico de conversa de ${p.first} e ${p.second}`,
    'merged.titleGroup': (p) => (p.group ? `Histórico de conversa de ${p.group}` : 'Histórico da conversa em grupo'),
    'summary.revokedBySelf': 'Você apagou uma mensagem',
    'summary.revokedByOther': (p) => `${p.name} apagou uma mensagem`,
    'summary.draft': '[Rascunho]',
    'summary.atMe': '[Você foi mencionado]',
    'summary.prefixSeparator': ' ',
    'summary.senderSeparator': ': ',

    'error.invalidArgument': 'A solicitação não é válida',
    'error.notLoggedIn': 'Você não está conectado',
    'error.uploadFailed': 'Falha no envio do arquivo',
    'error.uploadCancelled': 'O envio do arquivo foi cancelado',
    'error.fileTooLarge': 'O arquivo é grande demais',
    'error.sendFailed': 'Não foi possível enviar a mensagem',
    'error.revokeFailed': 'Não foi possível apagar a mensagem',
    'error.messageNotFound': 'Mensagem não encontrada',
    'error.conversationNotFound': 'Conversa não encontrada',
    'error.network': 'Erro de rede. Verifique sua conexão e tente novamente',
    'error.timeout': 'A solicitação expirou. Tente novamente',
    'error.offline': 'Você está offline',
    'error.notGroupMember': 'Você não é membro deste grupo',
    'error.mutedInGroup': 'Você foi silenciado neste grupo',
    'error.revokeTimeLimit': 'Já é tarde demais para apagar esta mensagem',
    'error.revokeNotSender': 'Você só pode apagar suas próprias mensagens',
    'error.textTooLong': 'A mensagem é longa demais',
    'error.kickedOut': 'Você foi desconectado',
    'error.storage': 'Não foi possível salvar neste dispositivo',
    'error.unsupported': 'Este recurso não está disponível aqui',
    'error.noResult': 'Nenhuma tradução ou transcrição disponível',
    'error.editNotAllowed': 'Você só pode editar suas próprias mensagens de texto',
    'error.editTimeLimit': 'Não é mais possível editar esta mensagem',
    'error.editConflict': 'A mensagem foi alterada em outro lugar enquanto isso. Tente novamente',
    'error.pinNotAllowed': 'Só o dono e os administradores do grupo podem fixar mensagens',
    'error.pinLimit': 'Este grupo já tem o máximo de mensagens fixadas',
    'error.unknown': 'Algo deu errado',
    'error.withCode': (p) => `Algo deu errado (erro ${p.code})`,

    'cache.unavailable':
      'O armazenamento offline não está disponível neste navegador; as mensagens ficam salvas só até a página ser fechada',
    'cache.blocked': 'O armazenamento offline está bloqueado por outra aba; as mensagens ficam salvas só até a página ser fechada',
    'cache.quota': 'O armazenamento deste dispositivo está cheio; as novas mensagens ficam salvas só até a página ser fechada',
    'cache.error': 'O armazenamento offline falhou; as mensagens ficam salvas só até a página ser fechada',
  },

  chat: {
    label: 'Conversa',
    back: 'Voltar às conversas',
    members: (count) => plural(L, count, { one: '# membro', other: '# membros' }),
    dismissed: 'Este grupo foi encerrado',
    typing: 'digitando…',
    typingPeople: (names) =>
      names.length <= 2
        ? `${listAnd(L, names)} ${names.length === 1 ? 'está' : 'estão'} digitando…`
        : plural(L, names.length, { one: '# pessoa está digitando…', other: '# pessoas estão digitando…' }),
    pickConversation: 'Escolha uma conversa para começar',
    connecting: 'Conectando…',
    offline: 'Você está offline. As mensagens serão enviadas quando a conexão voltar.',
    kickedOut: 'Você foi desconectado porque sua conta entrou em outro lugar.',
    signatureExpired: 'Sua sessão expirou. Entre novamente.',
    dismiss: 'Fechar',
    system: 'Notificações do sistema',
    starting: 'Iniciando…',
    startFailed: 'Não foi possível iniciar a conversa.',
    retry: 'Tentar novamente',
  },
  composer: {
    inputLabel: 'Mensagem',
    placeholder: 'Digite uma mensagem',
    hintEnter: 'Enter para enviar, Shift+Enter para nova linha',
    hintCtrlEnter: 'Ctrl+Enter (⌘+Enter) para enviar, Enter para nova linha',
    toolbar: 'Ferramentas da mensagem',
    emoji: 'Emojis e figurinhas',
    image: 'Enviar uma foto',
    video: 'Enviar um vídeo',
    file: 'Enviar um arquivo',
    voice: 'Gravar uma mensagem de voz',
    location: 'Enviar uma localização',
    voiceStop: 'Parar a gravação e enviar',
    send: 'Enviar',
    replyingTo: (name) => `Respondendo a ${name}`,
    cancelReply: 'Cancelar resposta',
    editing: 'Editando mensagem',
    cancelEdit: 'Cancelar edição',
    saveEdit: 'Salvar',
    mentionList: 'Membros do grupo',
    mentionAll: 'Todos',
    mentionAllHint: 'Todos os membros do grupo',
    loadingMembers: 'Carregando membros…',
    membersFailed: 'Não foi possível carregar os membros.',
    noMembers: (query) => `Nenhum membro corresponde a "${query}"`,
    noConversation: 'Escolha uma conversa para escrever uma mensagem.',
    starting: 'Conectando…',
    signedOut: 'Você saiu da conta, então não é possível enviar mensagens.',
    system: 'Não é possível responder a notificações do sistema.',
    mutedUntil: (time) => `Você está silenciado neste grupo até ${time}.`,
    mutedAll: 'Todos estão silenciados: só o dono e os administradores podem enviar mensagens.',
    notMember: 'Você não é membro deste grupo, então não pode enviar mensagens aqui.',
    dismissed: 'Este grupo foi encerrado; não é mais possível enviar mensagens aqui.',
    offline: 'Você está offline. As mensagens serão enviadas quando a conexão voltar.',
    textTooLong: (size, limit) => `Esta mensagem é longa demais (${size}; o limite é ${limit}). Encurte-a ou envie em partes.`,
    fileTooLarge: (name, size, limit) => `"${name}" tem ${size}; os arquivos podem ter no máximo ${limit}.`,
    imageType: (name) => `"${name}" não pode ser enviado como foto (JPG, PNG, GIF, BMP ou WebP). Envie como arquivo.`,
    videoType: (name) => `"${name}" não pode ser enviado como vídeo (MP4, MOV ou WebM). Envie como arquivo.`,
    fileEmpty: (name) => `"${name}" está vazio.`,
    imageUnreadable: (name) => `Não foi possível ler "${name}" como imagem.`,
    imageTooManyPixels: (name, width, height, limit) =>
      `"${name}" tem ${width} × ${height} pixels; as fotos podem ter no máximo ${limit} megapixels. Envie como arquivo.`,
    unnamedFile: 'O arquivo',
    dropHere: 'Solte os arquivos para enviar',
    trayLabel: (count, max) => `Imagens para enviar com a mensagem: ${count} de ${max}`,
    trayImage: (n, name) => (name ? `Imagem ${n}, ${name}` : `Imagem ${n}`),
    trayRemove: (picture) => `Remover ${picture}`,
    tooManyImages: (max) => `Uma mensagem pode levar no máximo ${max} imagens. Envie estas primeiro e depois adicione mais.`,
    dismiss: 'Fechar',
  },
  confirmDialog: {
    cancel: 'Cancelar',
  },
  conversationList: {
    label: 'Conversas',
    search: 'Pesquisar',
    searchLabel: 'Pesquisar conversas',
    empty: 'Nenhuma conversa ainda',
    noMatch: (query) => `Nenhuma conversa corresponde a "${query}"`,
    loading: 'Carregando conversas…',
    actions: 'Mais ações',
    pin: 'Fixar conversa',
    unpin: 'Desafixar',
    mute: 'Silenciar notificações',
    unmute: 'Reativar notificações',
    markRead: 'Marcar como lida',
    markUnread: 'Marcar como não lida',
    markedUnread: 'Marcada como não lida',
    online: 'Online',
    delete: 'Apagar conversa',
    deleteWithMessages: 'Apagar conversa e mensagens',
    deleteTitle: (name) => `Apagar a conversa com ${name}?`,
    deleteText: 'Ela sai da sua lista. As mensagens são mantidas e ela volta com a próxima mensagem.',
    deleteWithMessagesTitle: (name) => `Apagar a conversa com ${name} e as mensagens?`,
    deleteWithMessagesText: 'A conversa e o histórico são apagados de todos os seus dispositivos. Isso não pode ser desfeito.',
    deleteConfirm: 'Apagar',
    pinned: 'Fixada',
    muted: 'Silenciada',
    unread: (count) => plural(L, count, { one: '# não lida', other: '# não lidas' }),
    system: 'Notificações do sistema',
    cannotShow: 'Não é possível mostrar esta conversa',
  },
  emojiParser: {
    opensInNewTab: '(abre em uma nova aba)',
  },
  emojiPicker: {
    label: 'Emojis e figurinhas',
    tabs: 'Seções',
    emojiTab: 'Emojis',
    stickersTab: 'Figurinhas',
    search: 'Pesquisar emojis',
    searchStickers: 'Pesquisar figurinhas',
    recent: 'Usados recentemente',
    all: 'Todos os emojis',
    results: 'Resultados',
    stickers: 'Figurinhas',
    noResults: (query) => `Nenhum emoji corresponde a "${query}"`,
    noStickers: (query) => `Nenhuma figurinha corresponde a "${query}"`,
  },
  imageViewer: {
    label: 'Visualizador de imagens',
    close: 'Fechar',
    openOriginal: 'Abrir o original em uma nova aba',
    loadingOriginal: 'Carregando o original…',
    failed: 'Não foi possível carregar a imagem.',
    image: 'Imagem',
    previous: 'Imagem anterior',
    next: 'Próxima imagem',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    download: 'Baixar',
    position: (index, total) => `${index} de ${total}`,
  },
  messageSearch: {
    open: 'Pesquisar mensagens',
    openHere: 'Pesquisar nesta conversa',
    title: 'Pesquisar mensagens',
    titleHere: 'Pesquisar nesta conversa',
    searchLabel: 'Palavras a procurar nas mensagens',
    searchPlaceholder: 'Pesquisar mensagens',
    hint: 'Digite palavras para encontrá-las nas mensagens guardadas neste dispositivo.',
    searching: 'Pesquisando…',
    noResults: (query) => `Nenhuma mensagem encontrada para “${query}”`,
    failed: 'A pesquisa falhou. Tente de novo.',
    results: (count) => (count === 1 ? '1 mensagem encontrada' : `${count} mensagens encontradas`),
    inConversation: (name, count) => (count === 1 ? `${name}, 1 mensagem` : `${name}, ${count} mensagens`),
    moreOnServer: (count) => (count === 1 ? `mais 1 no servidor` : `mais ${count} no servidor`),
    showMore: 'Mostrar mais resultados',
    loadingMore: 'Carregando mais…',
    searchingServer: 'Buscando no servidor…',
    everywhere: 'Todas as conversas',
    you: 'Você',
    close: 'Fechar',
  },
  newChat: {
    open: 'Nova conversa',
    title: 'Nova conversa',
    searchLabel: 'Encontrar pessoas e grupos por ID ou nome',
    searchPlaceholder: 'ID de usuário, ID de grupo ou nome',
    hint: 'Digite um ID ou um nome para encontrar alguém para conversar ou um grupo para entrar.',
    searching: 'Pesquisando…',
    noResults: (query) => `Nenhuma pessoa ou grupo encontrado para “${query}”`,
    failed: 'A pesquisa falhou. Verifique a conexão e tente de novo.',
    results: (count) => `${count} resultados`,
    person: 'Pessoa',
    group: 'Grupo',
    members: (count) => `${count} membros`,
    chat: 'Conversar',
    openGroup: 'Abrir',
    join: 'Entrar',
    request: 'Pedir para entrar',
    closed: 'Somente por convite',
    joining: 'Entrando…',
    requested: 'Pedido enviado',
    joinFailed: 'Não foi possível entrar',
    requestSent: (group) => `Você pediu para entrar em ${group}. Poderá conversar quando um dono ou administrador aceitar.`,
    close: 'Fechar',
  },
  forward: {
    rowSelected: 'Selecionada',
    rowNotSelected: 'Não selecionada',
    pickerTitle: 'Encaminhar para',
    searchLabel: 'Pesquisar conversas',
    searchPlaceholder: 'Pesquisar',
    noMatches: 'Nenhuma conversa encontrada',
    noConversations: 'Ainda não há conversas',
    selected: (count) => `${count} selecionadas`,
    send: 'Enviar',
    cancel: 'Cancelar',
    forwarded: 'Encaminhado',
    forwardFailed: 'Algumas mensagens não puderam ser encaminhadas.',
    selectMessage: 'Selecionar mensagem',
    selectionBar: 'Mensagens selecionadas',
    forwardSeparate: 'Encaminhar uma a uma',
    forwardMerged: 'Encaminhar combinadas',
    deleteForMe: 'Apagar para mim',
    done: 'Concluir',
    deleteSelectedTitle: (count) => `Apagar ${count} mensagens para você?`,
    deleteSelectedText: 'Elas são removidas só deste dispositivo; os outros participantes da conversa continuam a vê-las.',
    chatHistory: 'Histórico de conversa',
    openHistory: (title) => `${title}. Abrir o histórico de conversa`,
    viewerClose: 'Fechar',
    viewerBack: 'Voltar',
    viewerLoading: 'Carregando o histórico de conversa…',
    viewerFailed: 'Não foi possível abrir o histórico de conversa.',
    viewerEmpty: 'Este histórico de conversa não tem mensagens.',
    layersOverLimit: 'Algumas mensagens encaminhadas mais antigas estão aninhadas fundo demais para serem exibidas.',
    retry: 'Tentar novamente',
  },
  messageActions: {
    label: 'Ações da mensagem',
    copy: 'Copiar',
    translate: 'Traduzir',
    'convert-to-text': 'Converter em texto',
    reply: 'Responder',
    edit: 'Editar',
    pin: 'Fixar',
    unpin: 'Desafixar',
    forward: 'Encaminhar',
    select: 'Selecionar',
    revoke: 'Apagar para todos',
    delete: 'Apagar para mim',
    'delete-from-history': 'Apagar do histórico',
    resend: 'Reenviar',
  },
  messageList: {
    label: 'Mensagens',
    labelWith: (name) => `Mensagens com ${name}`,
    empty: 'Nenhuma mensagem ainda',
    emptyHint: 'Diga oi 👋',
    loading: 'Carregando mensagens…',
    loadingOlder: 'Carregando mensagens anteriores…',
    loadFailed: 'Não foi possível carregar as mensagens.',
    olderFailed: 'Não foi possível carregar as mensagens anteriores.',
    retry: 'Tentar novamente',
    newMessages: (count) => plural(L, count, { one: '# nova mensagem', other: '# novas mensagens' }),
    jumpToLatest: 'Ir para a mensagem mais recente',
    newDivider: 'Novas mensagens',
    unreadAbove: (count) => plural(L, count, { one: '# mensagem não lida', other: '# mensagens não lidas' }),
    jumpToUnread: 'Ir para a primeira mensagem não lida',
    copied: 'Copiado',
    pinned: 'Mensagem fixada',
    unpinned: 'Mensagem desafixada',
    pinnedMessage: 'Mensagem fixada',
    pinnedNumbered: (position, count) => `Mensagem fixada ${position} de ${count}`,
    goToPinned: 'Ir para a mensagem',
    allPinned: 'Todas as mensagens fixadas',
    pinnedCount: (count) => plural(L, count, { one: '# mensagem fixada', other: '# mensagens fixadas' }),
    unpin: 'Desafixar',
    unpinMessage: (text) => `Desafixar “${text}”`,
    copyFailed: 'Não foi possível copiar para a área de transferência',
    originalNotFound: 'A mensagem original não está mais disponível',
    dismiss: 'Fechar',
    beginning: 'Este é o início da conversa',
    notFound: 'Conversa não encontrada',
    notFoundText: 'Este grupo ou esta pessoa não existe, ou você não está no grupo.',
    deleteForMeTitle: 'Apagar esta mensagem para você?',
    deleteForMeText: 'Ela é removida só deste dispositivo. Os outros participantes continuam vendo.',
    deleteForMe: 'Apagar para mim',
    deleteFromHistoryTitle: 'Apagar esta mensagem do seu histórico?',
    deleteFromHistoryText: 'Ela é removida de vez do seu histórico em todos os seus dispositivos. Os outros participantes continuam vendo.',
    deleteFromHistory: 'Apagar',
  },
  message: {
    you: 'Você',
    sticker: '[Figurinha]',
    location: 'Localização',
    openMap: 'Abrir no OpenStreetMap',
    coordinates: (lat, lon) => `${lat}, ${lon}`,
    latitude: (degrees, north) => `${degrees}° ${north ? 'N' : 'S'}`,
    longitude: (degrees, east) => `${degrees}° ${east ? 'L' : 'O'}`,
    customMessage: '[Mensagem personalizada]',
    viewDetails: 'Ver detalhes',
    unsupported: '[Mensagem não suportada]',
    unsupportedNamed: (summary) => `[Mensagem não suportada: ${summary}]`,
    sending: 'Enviando…',
    failed: 'Falha no envio',
    failedWithReason: (reason) => `Falha no envio: ${reason}`,
    resend: 'Reenviar',
    sent: 'Enviada',
    read: 'Lida',
    uploading: (percent) => `Enviando arquivo, ${percent}%`,
    cancelUpload: 'Cancelar envio',
    replyTo: (name) => `Resposta a ${name}`,
    showOriginal: 'Ver a mensagem original',
    messageFrom: (name, time) => `${name}, ${time}`,
    actions: 'Ações da mensagem',
    edited: 'editada',
    reEdit: 'Editar novamente',
    cannotShow: '[Esta mensagem não pode ser exibida]',
    showMore: 'Ler mais',
    showMoreLabel: (shown, total) => `Ler mais (${shown} de ${total} exibidos)`,
    translating: 'Traduzindo…',
    transcribing: 'Convertendo em texto…',
    translatedInto: (language) => `Tradução: ${language}`,
    transcriptLabel: 'Voz para texto',
    noTranslation: 'Nenhuma tradução disponível',
    noTranscript: 'Nenhum texto disponível para esta mensagem de voz',
    conversionRetry: 'Tentar novamente',
    conversionHide: 'Ocultar',
    showTranslation: 'Mostrar tradução',
    showTranscript: 'Mostrar texto',
    conversionClose: 'Fechar',
  },
  messageReactions: {
    label: 'Reações',
    quickReactions: 'Reações rápidas',
    moreReactions: 'Mais reações',
    chooseReaction: 'Escolha uma reação',
    you: 'Você',
    reactedWith: (names, reaction) => `${names} reagiu com ${reaction}`,
    andMore: (count) => `e mais ${count}`,
    loading: 'Carregando…',
    someoneReacted: (name, reaction) => `${name} reagiu com ${reaction}`,
    newReactions: (count) => `Novas reações: ${count}`,
  },
  readReceipts: {
    unread: 'Não lida',
    readCount: (count) => plural(L, count, { other: 'Lida por #' }),
    allRead: 'Lida por todos',
    showReaders: 'Ver quem leu',
    title: 'Confirmações de leitura',
    readTab: (count) => plural(L, count, { other: 'Lida (#)' }),
    unreadTab: (count) => plural(L, count, { other: 'Não lida (#)' }),
    nobodyRead: 'Ninguém leu ainda',
    everyoneRead: 'Todos leram',
    loading: 'Carregando…',
    loadMore: 'Ver mais',
    failed: 'Não foi possível carregar a lista.',
    retry: 'Tentar novamente',
    close: 'Fechar',
  },
  groupApplications: {
    accept: 'Aceitar',
    decline: 'Recusar',
    acceptRequest: (person, group) => `Aceitar o pedido de ${person} para entrar em ${group}`,
    declineRequest: (person, group) => `Recusar o pedido de ${person} para entrar em ${group}`,
    acceptInvitation: (person, group) => `Aceitar o convite de ${person} para entrar em ${group}`,
    declineInvitation: (person, group) => `Recusar o convite de ${person} para entrar em ${group}`,
    accepting: 'Aceitando…',
    declining: 'Recusando…',
    accepted: 'Aceito',
    declined: 'Recusado',
    handled: 'Já respondido',
    failed: 'Sua resposta não foi enviada. Tente novamente.',
  },
  messageFile: {
    download: (name) => `Baixar ${name}`,
    downloading: (percent) => `Baixando, ${percent}%`,
    downloaded: 'Baixado',
    failed: 'Falha no download. Tente novamente.',
    unavailable: 'Arquivo indisponível',
    untitled: 'Arquivo sem nome',
  },
  messageImage: {
    image: 'Foto',
    openImage: 'Abrir foto',
    loading: 'Carregando foto',
    unavailable: 'Foto indisponível',
  },
  messageSound: {
    play: (duration) => `Ouvir mensagem de voz, ${duration}`,
    pause: 'Pausar mensagem de voz',
    unplayed: 'Ainda não ouvida',
    unavailable: 'Mensagem de voz indisponível',
    playFailed: 'Não foi possível tocar esta mensagem de voz',
    position: 'Posição da reprodução',
  },
  messageVideo: {
    play: (duration) => `Reproduzir vídeo, ${duration}`,
    video: 'Vídeo',
    unavailable: 'Vídeo indisponível',
  },
  locationPicker: {
    panel: 'Enviar uma localização',
    useCurrent: 'Usar minha localização atual',
    locating: 'Procurando sua localização…',
    description: 'Lugar',
    descriptionPlaceholder: 'Um nome ou endereço (opcional)',
    latitude: 'Latitude',
    longitude: 'Longitude',
    cancel: 'Cancelar',
    send: 'Enviar localização',
    missingLatitude: 'Digite uma latitude.',
    missingLongitude: 'Digite uma longitude.',
    notANumber: 'Digite um número em graus, como 22.5405.',
    latitudeRange: 'A latitude fica entre −90 e 90.',
    longitudeRange: 'A longitude fica entre −180 e 180.',
    denied:
      'O acesso à localização foi negado. Permita a localização para este site nas configurações do navegador ou digite as coordenadas.',
    unavailable: 'Não foi possível encontrar sua localização. Tente de novo ou digite as coordenadas.',
    timeout: 'Encontrar sua localização demorou demais. Tente de novo ou digite as coordenadas.',
    unsupported: 'Este navegador não consegue informar sua localização. Digite as coordenadas.',
    insecure: 'Sua localização só pode ser usada em uma página segura (https). Digite as coordenadas.',
  },
  voiceRecorder: {
    panel: 'Mensagem de voz',
    requesting: 'Aguardando o microfone…',
    recorded: (time: string) => `Gravando, ${time}`,
    slideToCancel: 'Deslize para cima para cancelar',
    releaseToCancel: 'Solte para cancelar',
    escToCancel: 'Esc para cancelar',
    endsIn: (seconds: number) => `Envia em ${seconds} s`,
    endsSoon: 'A gravação vai parar e ser enviada em 10 segundos.',
    cancel: 'Cancelar a gravação',
    send: 'Enviar mensagem de voz',
    sending: 'Enviando…',
    tooShort: 'Curta demais para enviar: grave pelo menos 1 segundo.',
    denied:
      'O acesso ao microfone foi negado. Permita o microfone para este site nas configurações do navegador para enviar mensagens de voz.',
    noMicrophone: 'Nenhum microfone encontrado. Conecte um e tente de novo.',
    busy: 'Não foi possível iniciar o microfone: outro app pode estar usando-o.',
    insecure: 'Mensagens de voz precisam de uma página segura (https): aqui o navegador não libera o microfone.',
    unsupported: 'Este navegador não consegue gravar áudio.',
    failed: 'A gravação falhou. Tente de novo.',
    dismiss: 'Fechar',
  },
  groupInfo: {
    open: 'Dados do grupo',
    title: 'Dados do grupo',
    close: 'Fechar',
    groupID: (id: string) => `ID do grupo: ${id}`,
    typeWork: 'Grupo de trabalho',
    typePublic: 'Grupo público',
    typeMeeting: 'Grupo de reunião',
    typeCommunity: 'Comunidade',
    typeAVChatRoom: 'Sala ao vivo',
    name: 'Nome do grupo',
    avatar: 'Foto do grupo (URL)',
    notification: 'Aviso do grupo',
    introduction: 'Descrição',
    nameCard: 'Meu apelido no grupo',
    mute: 'Silenciar notificações',
    none: 'Nenhum',
    edit: (field: string) => `Editar ${field}`,
    save: 'Salvar',
    cancel: 'Cancelar',
    saving: 'Salvando…',
    editHint: 'Enter salva, Esc cancela.',
    saveFailed: (reason: string) => `Não foi salvo. ${reason}`,
    readOnly: 'Só o dono e os administradores podem mudar o perfil do grupo.',
    members: (count: string) => `Membros: ${count}`,
    searchMembers: 'Buscar membros',
    noMatch: (query: string) => `Nenhum membro corresponde a "${query}"`,
    loadingMembers: 'Carregando membros…',
    membersFailed: 'Não foi possível carregar os membros.',
    retry: 'Tentar de novo',
    owner: 'Dono',
    admin: 'Admin',
    you: 'Você',
    leave: 'Sair do grupo',
    dismiss: 'Encerrar o grupo',
    leaveTitle: (group: string) => `Sair de ${group}?`,
    leaveMessage: 'Você não vai mais receber as mensagens dele. O histórico fica neste dispositivo.',
    dismissTitle: (group: string) => `Encerrar ${group}?`,
    dismissMessage: 'O grupo acaba para todos os membros. Não dá para desfazer.',
    leaveFailed: (reason: string) => `Não foi possível sair do grupo. ${reason}`,
    dismissFailed: (reason: string) => `Não foi possível encerrar o grupo. ${reason}`,
    notMember: 'Você não é membro deste grupo.',
    dismissed: 'Este grupo foi encerrado.',
  },
  groupMembers: {
    memberActions: (name: string) => `Ações para ${name}`,
    makeAdmin: 'Tornar administrador',
    removeAdmin: 'Remover administrador',
    muteFor: 'Silenciar por',
    muteForDuration: (duration: string) => `Silenciar por ${duration}`,
    unmute: 'Remover silêncio',
    transferOwner: 'Transferir a propriedade',
    removeMember: 'Remover do grupo',
    removeTitle: (name: string) => `Remover ${name} do grupo?`,
    removeMessage: 'A pessoa deixará de receber as mensagens do grupo. Poderá voltar se for convidada.',
    remove: 'Remover',
    transferTitle: (name: string) => `Tornar ${name} o proprietário?`,
    transferMessage: 'Você passará a ser um membro comum e perderá os direitos de proprietário.',
    transfer: 'Transferir',
    muted: 'Silenciado',
    mutedUntil: (time: string) => `Silenciado até ${time}`,
    updating: (name: string) => `Atualizando ${name}…`,
    memberActionFailed: (name: string, reason: string) => `Não foi possível atualizar ${name}. ${reason}`,
    dismissError: 'Fechar',
  },
  profileCard: {
    label: (name: string) => `Perfil de ${name}`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `Apelido no grupo: ${card}`,
    sendMessage: 'Enviar mensagem',
    close: 'Fechar',
  },
});
