import { html, type TemplateResult } from 'lit';
import type { MembersStatus } from '../../core/composer/index.js';
import type { MentionCandidate } from '../../core/composer/index.js';
import type { ComposerStrings } from './strings.js';

export interface MentionListProps {
  readonly t: ComposerStrings;
  /** Prefix of the list's and rows' IDs (the text area points at them with aria-activedescendant). */
  readonly idPrefix: string;
  readonly candidates: readonly MentionCandidate[];
  readonly active: number;
  readonly query: string;
  readonly status: MembersStatus;
  readonly onChoose: (candidate: MentionCandidate) => void;
}

/** The listbox of group members offered after '@', or why it is empty. */
export function mentionListTemplate({ t, idPrefix, candidates, active, query, status, onChoose }: MentionListProps): TemplateResult {
  const empty = status === 'loading' ? t.loadingMembers : status === 'error' ? t.membersFailed : t.noMembers(query);
  return html`<div class="popup">
    <ul class="mentions" part="mention-list" id="${idPrefix}-mentions" role="listbox" aria-label=${t.mentionList}>
      ${
        candidates.length === 0
          ? html`<li class="status" role="presentation">${empty}</li>`
          : candidates.map(
              (candidate, index) => html`<li class="mention ${candidate.member ? '' : 'all'}" part="mention-option" role="option"
              id="${idPrefix}-mention-${index}" aria-selected=${index === active ? 'true' : 'false'}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => onChoose(candidate)}>
              <tim-avatar .src=${candidate.member?.avatar ?? ''} .name=${candidate.label} .seed=${candidate.userID} aria-hidden="true"></tim-avatar>
              <span class="name">${candidate.label}</span>
              <span class="sub">${candidate.member ? (candidate.label !== candidate.userID ? candidate.userID : '') : t.mentionAllHint}</span>
            </li>`,
            )
      }
    </ul>
  </div>`;
}
