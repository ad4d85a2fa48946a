import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimProfileCard } from './tim-profile-card.js';

defineElement('tim-profile-card', TimProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'tim-profile-card': TimProfileCard;
  }
}

export { TimProfileCard };
