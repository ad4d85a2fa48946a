import { html, nothing, type TemplateResult } from 'lit';
import type { GroupApplicationView } from '../../../core/store/index.js';
import type { GroupApplicationStrings } from './strings.js';

/** A notice row's application, ready to draw: where it stands and the names its buttons say. */
export interface ApplicationRow {
  readonly view: GroupApplicationView;
  /** The applicant (join request) or the inviter (invitation), as the reader knows them. */
  readonly person: string;
  readonly group: string;
}

/**
 * Under a join request or an invitation: Accept and Decline while it waits (their names say which
 * request: "Accept Emma Wilson's request to join Product Team"), what is happening while the answer
 * goes out, and the outcome; after a failure the buttons come back with the reason.
 */
export function renderGroupApplication(row: ApplicationRow, t: GroupApplicationStrings, answer: (accept: boolean) => void): TemplateResult {
  const { view, person, group } = row;
  const invitation = view.kind === 'invite';
  const status: Partial<Record<GroupApplicationView['status'], string>> = {
    accepting: t.accepting,
    declining: t.declining,
    accepted: t.accepted,
    declined: t.declined,
    handled: t.handled,
  };
  const said = status[view.status];
  if (said) {
    const outcome = view.status === 'accepted' ? 'accepted' : view.status === 'declined' ? 'declined' : '';
    return html`<div class="application" part="application"><span class="application-status ${outcome}" part="application-status" role="status">${said}</span></div>`;
  }
  return html`<div class="application" part="application">
    ${view.status === 'failed' ? html`<span class="application-error" part="application-error" role="alert">${t.failed}</span>` : nothing}
    <span class="application-buttons">
      <button
        class="application-button accept"
        part="application-accept"
        aria-label=${invitation ? t.acceptInvitation(person, group) : t.acceptRequest(person, group)}
        @click=${() => answer(true)}
      >${t.accept}</button>
      <button
        class="application-button"
        part="application-decline"
        aria-label=${invitation ? t.declineInvitation(person, group) : t.declineRequest(person, group)}
        @click=${() => answer(false)}
      >${t.decline}</button>
    </span>
  </div>`;
}
