import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import { applicationOfNotice, type GroupApplication, type NoticeApplication } from '../model/group-application.js';
import type { Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import { messageKind } from '../model/message-kind.js';
import type { ChatService } from '../service/chat-service.js';
import { StateStore } from './state-store.js';
import type { OnServiceEvent, StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

/**
 * Where a join request or an invitation in System notifications stands for the reader:
 * 'pending' (Accept / Decline), 'accepting' / 'declining' (sent), 'accepted' / 'declined' (by the
 * reader, this session), 'failed' (still pending; `error` says why), 'handled' (no longer pending:
 * answered elsewhere — another admin, another device — or withdrawn).
 */
export type GroupApplicationStatus = 'pending' | 'accepting' | 'declining' | 'accepted' | 'declined' | 'failed' | 'handled';

/** One answer given this session, by the notice's message ID. */
export interface GroupApplicationAnswer {
  readonly accept: boolean;
  readonly status: 'sending' | 'done' | 'failed';
  readonly error: ChatError | null;
}

export interface GroupApplicationsState {
  /** The backend's pending applications; null until first loaded (nothing can be answered yet). */
  readonly pending: readonly GroupApplication[] | null;
  readonly answers: Readonly<Record<string, GroupApplicationAnswer>>;
}

/** What a notice row shows: its application and where it stands. */
export interface GroupApplicationView extends NoticeApplication {
  readonly status: GroupApplicationStatus;
  /** Why the last answer failed ('failed'). */
  readonly error: ChatError | null;
}

/** What the applications are made of: the store's backend and who is signed in. */
export interface GroupApplicationsDeps {
  readonly service: ChatService;
  readonly session: SessionView;
}

const sameApplication = (
  a: Pick<GroupApplication, 'kind' | 'groupID' | 'userID'>,
  b: Pick<GroupApplication, 'kind' | 'groupID' | 'userID'>,
) => a.kind === b.kind && a.groupID === b.groupID && a.userID === b.userID;

/** Where a notice stands, or null when it asks nothing of the reader (or the pending list is not known yet). */
export function groupApplicationView(state: GroupApplicationsState, message: Message, selfID: string): GroupApplicationView | null {
  const application = applicationOfNotice(message, selfID);
  if (!application) return null;
  const answer = Object.prototype.hasOwnProperty.call(state.answers, message.ID) ? state.answers[message.ID] : undefined;
  const view = (status: GroupApplicationStatus, error: ChatError | null = null): GroupApplicationView => ({
    ...application,
    status,
    error,
  });
  if (answer?.status === 'sending') return view(answer.accept ? 'accepting' : 'declining');
  if (answer?.status === 'done') return view(answer.accept ? 'accepted' : 'declined');
  if (!state.pending) return null;
  if (!state.pending.some((p) => sameApplication(p, application))) return view('handled');
  return answer?.status === 'failed' ? view('failed', answer.error) : view('pending');
}

/**
 * Join requests and invitations of the System notifications conversation, answered through the
 * backend (`ServiceFeatures.groupApplications`). It keeps the backend's pending list (loaded once
 * signed in, again whenever a notice or group tip arrives, the connection returns, or an answer
 * went out) and this session's answers; a notice's state is `groupApplicationView(...)`.
 * A store feature: `store.use(groupApplicationsFeature)` gives the store's one.
 */
export class GroupApplications implements StoreExtension {
  readonly state = new StateStore<GroupApplicationsState>({ pending: null, answers: {} });
  private selfID = '';
  private loading: Promise<void> | null = null;
  private loadAgain = false;
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: GroupApplicationsDeps) {}

  subscribe(on: OnServiceEvent): void {
    const refresh = () => void this.refresh();
    on('messageReceived', ({ messages }) => {
      if (messages.some((m) => messageKind(m) === 'notice')) refresh();
    });
    on('groupUpdated', refresh);
    on('connectionStateChanged', (e) => e.state === 'connected' && refresh());
  }

  /** Signed in (again): this user's pending list. */
  connected(): void {
    this.signedIn(this.deps.session.userID);
  }

  /** Signed out: nothing is known of the next user's applications. */
  reset(): void {
    this.signedIn('');
  }

  /** The backend answers applications: the notices offer Accept and Decline. */
  get supported(): boolean {
    const service = this.deps.service;
    return !!(service.features?.groupApplications && service.getGroupApplications && service.answerGroupApplication);
  }

  /** Where a notice stands for the reader; null when it asks nothing (or the backend cannot answer). */
  viewOf(message: Message): GroupApplicationView | null {
    return this.supported ? groupApplicationView(this.state.get(), message, this.selfID) : null;
  }

  /**
   * What the System notifications row of the conversation list offers: the application of its
   * newest notice (answerable there without opening it), or null for any other row or notice.
   */
  viewOfConversation(conversation: Conversation): GroupApplicationView | null {
    if (conversation?.type !== '@TIM#SYSTEM' || !conversation.lastMessage) return null;
    return this.viewOf(conversation.lastMessage);
  }

  /** Load the backend's pending applications again (one load at a time; a call during one loads once more after it). */
  refresh(): Promise<void> {
    if (!this.supported || !this.selfID || this.deps.service.userID !== this.selfID) return Promise.resolve();
    if (this.loading) {
      this.loadAgain = true;
      return this.loading;
    }
    const selfID = this.selfID;
    const load = async () => {
      do {
        this.loadAgain = false;
        try {
          const pending = await this.deps.service.getGroupApplications!();
          if (selfID === this.selfID) this.state.set({ pending: Object.freeze([...pending]) });
        } catch {
          // Background: the buttons keep their last known state; the next notice or reconnection loads again.
        }
      } while (this.loadAgain && selfID === this.selfID);
    };
    const running = load().finally(() => {
      if (this.loading === running) this.loading = null;
    });
    this.loading = running;
    return running;
  }

  /**
   * Accept or decline the application a notice (operationType 1 or 12) is about. Rejects with
   * `unsupportedFeature` without the backend's support, with `invalidArgument` for any other notice
   * or one no longer pending, and with the backend's error (the notice then shows 'failed').
   * Answering a notice that is being answered joins that answer.
   */
  answer(message: Message, accept: boolean, note = ''): Promise<void> {
    const service = this.deps.service;
    if (!this.supported)
      return Promise.reject(unsupportedFeature('answering group applications', service.constructor?.name || 'This backend'));
    const application = applicationOfNotice(message, this.selfID);
    if (!application)
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, 'This notice is not a join request or an invitation.'));
    const joined = this.running.get(message.ID);
    if (joined) return joined;
    const run = (async () => {
      let pending = this.findPending(application);
      if (!pending) {
        await this.refresh();
        pending = this.findPending(application);
      }
      if (!pending) throw new ChatError(CHAT_ERROR.invalidArgument, 'This request was already answered.');
      const selfID = this.selfID;
      this.putAnswer(message.ID, { accept, status: 'sending', error: null });
      try {
        await service.answerGroupApplication!(pending, accept, note);
        if (selfID === this.selfID) this.putAnswer(message.ID, { accept, status: 'done', error: null });
      } catch (error) {
        const chatError = toChatError(error);
        if (selfID === this.selfID) this.putAnswer(message.ID, { accept, status: 'failed', error: chatError });
        throw chatError;
      } finally {
        void this.refresh();
      }
    })().finally(() => this.running.delete(message.ID));
    this.running.set(message.ID, run);
    return run;
  }

  private findPending(application: NoticeApplication): GroupApplication | undefined {
    return this.state.get().pending?.find((p) => sameApplication(p, application));
  }

  private putAnswer(messageID: string, answer: GroupApplicationAnswer): void {
    this.state.set((s) => ({ answers: { ...s.answers, [messageID]: Object.freeze(answer) } }));
  }

  /** Another user (or none): nothing known of theirs until their list loads; the same user: load it again. */
  private signedIn(userID: string): void {
    if (userID === this.selfID) return void this.refresh();
    this.selfID = userID;
    this.running.clear();
    this.state.set({ pending: null, answers: {} });
    void this.refresh();
  }
}

/** Answering join requests and invitations (installed by `<tim-message-list>` for System notifications). */
export const groupApplicationsFeature: StoreFeature<GroupApplications> = {
  name: 'groupApplications',
  create: (internals) => new GroupApplications(internals),
};
