import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SYSTEM_CONVERSATION_ID, type Message } from '../../core/model/index.js';
import {
  groupApplicationsFeature,
  useFeature,
  type ChatStoreApi,
  type GroupApplications,
  type GroupApplicationsState,
} from '../../core/store/index.js';
import { StoreController } from '../base/store-controller.js';
import { TimApplicationRequestEvent, TimGroupApplicationAnswerEvent } from '../message/group-application/events.js';
import type { ApplicationRow } from '../message/group-application/render-group-application.js';

/** What the runner needs from `<tim-message-list>`. */
export interface ApplicationHost extends ReactiveControllerHost, HTMLElement {
  readonly conversationId: string;
  readonly actionStore: ChatStoreApi | undefined;
  /** A person as the list names them. */
  personName(userID: string): string;
}

/**
 * Join requests and invitations in `<tim-message-list>` showing System notifications: each such
 * notice row gets its state from the store's `groupApplicationsFeature` (the core decides; the row
 * draws Accept / Decline or the outcome). A row's button asks (`tim-application-request`); the runner
 * fires the public, cancelable `tim-group-application-answer` and, unless the app prevented it, the
 * store answers (the row shows the answer going out, then its outcome or why it failed).
 */
export class GroupApplicationRunner implements ReactiveController {
  private readonly state: StoreController<GroupApplicationsState, GroupApplicationsState>;

  constructor(private readonly host: ApplicationHost) {
    host.addController(this);
    this.state = new StoreController(
      host,
      () => this.applications?.state,
      (s) => s,
    );
  }

  hostConnected(): void {
    this.host.addEventListener(TimApplicationRequestEvent.type, this.onRequest as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(TimApplicationRequestEvent.type, this.onRequest as EventListener);
  }

  /** The store's applications (installed on first use), in the System notifications conversation of a store that takes features. */
  private get applications(): GroupApplications | undefined {
    if (this.host.conversationId !== SYSTEM_CONVERSATION_ID) return undefined;
    return useFeature(this.host.actionStore, groupApplicationsFeature);
  }

  /** A value that changes whenever any row's application may look different (for the rows' render deps). */
  get version(): unknown {
    return this.state.value;
  }

  /** What a notice row shows under it, or null. */
  rowOf(message: Message): ApplicationRow | null {
    const view = this.state.value ? this.applications?.viewOf(message) : null;
    if (!view) return null;
    const person = this.host.personName(view.kind === 'invite' ? view.notice.operatorID : view.userID);
    return { view, person, group: view.notice.groupName || view.groupID };
  }

  private readonly onRequest = (event: TimApplicationRequestEvent): void => {
    event.stopPropagation();
    const { message, accept } = event.detail;
    const applications = this.applications;
    if (!applications || !this.host.dispatchEvent(new TimGroupApplicationAnswerEvent(message, accept))) return;
    // A failure shows on the row itself (its reason, the buttons again), or as "Already answered".
    applications.answer(message, accept).catch(() => {});
  };
}
