import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CoordinateProblem, LocationFailure, LocationPickerState, PositionReader } from '../../../core/composer/index.js';
import { MAX_LOCATION_DESCRIPTION } from '../../../core/composer/index.js';
import type { MessageComposer } from '../../../core/composer/index.js';
import type { Locale } from '../../base/locale.js';
import { stringsFor } from '../../base/strings.js';
import { icon } from '../../icons/icons.js';
import { browserPositionReader } from './browser-position.js';
import { locationStyles } from './location.styles.js';
import { locationPickerStrings, type LocationPickerStrings } from './strings.js';

/** What the picker needs from `<tim-composer>`. */
export interface LocationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly conversationId?: string;
}

export interface LocationUiOptions {
  readonly locale: () => Locale;
  readonly core: MessageComposer;
  /** The app's position reader, or undefined for the browser's Geolocation API. */
  readonly reader: () => PositionReader | undefined;
  /** Send what the picker holds through the composer (its cancelable `tim-message-send`, then the store); false when nothing went. */
  readonly send: () => Promise<boolean>;
  /** The location button in the toolbar (the focus goes back there on Esc or Cancel). */
  readonly button: () => HTMLElement | null | undefined;
  /** The text box (the focus goes there after a send). */
  readonly input: () => HTMLElement | null | undefined;
}

const FAILURE_KEYS: Readonly<Record<LocationFailure, keyof LocationPickerStrings>> = {
  denied: 'denied',
  unavailable: 'unavailable',
  timeout: 'timeout',
  unsupported: 'unsupported',
  insecure: 'insecure',
};

function problemText(t: LocationPickerStrings, axis: 'latitude' | 'longitude', problem: CoordinateProblem): string {
  if (problem === 'missing') return axis === 'latitude' ? t.missingLatitude : t.missingLongitude;
  if (problem === 'number') return t.notANumber;
  return axis === 'latitude' ? t.latitudeRange : t.longitudeRange;
}

let panels = 0;

/**
 * The composer's location picker (loaded on the first press of the location button): a panel
 * above the input with "Use my current location" (the browser asks the user's permission), the
 * place's name and its coordinates, Cancel and Send. It renders the core's `LocationPicker`; a
 * refusal or a page that cannot locate says so, and the coordinates can always be typed.
 */
export class LocationUi implements ReactiveController {
  open = false;
  private conversation: string | undefined;
  private readonly id = `tim-location-${++panels}`;

  constructor(
    private readonly host: LocationHost,
    private readonly options: LocationUiOptions,
  ) {
    this.conversation = host.conversationId;
    const root = host.renderRoot;
    const sheet = locationStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.conversationId === this.conversation) return;
    // Another conversation: the picker was for the one it opened in (the core emptied it).
    this.conversation = this.host.conversationId;
    this.open = false;
  }

  toggle(): void {
    if (this.open) this.close(true);
    else this.show();
  }

  show(): void {
    this.open = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.field('description')?.focus());
  }

  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.options.core.location.reset();
    this.host.requestUpdate();
    if (returnFocus) void this.host.updateComplete.then(() => this.options.button()?.focus());
  }

  private field(name: string): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.id}-${name}`);
  }

  private locate(): void {
    void this.options.core.location.locate(this.options.reader() ?? browserPositionReader());
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const state = this.options.core.location.state.get();
    if (state.locating) return;
    if (await this.options.send()) {
      this.close(false);
      void this.host.updateComplete.then(() => this.options.input()?.focus());
      return;
    }
    // The first field with a problem takes the focus, so its message is read.
    const problems = this.options.core.location.state.get().problems;
    const first = problems.latitude ? 'latitude' : problems.longitude ? 'longitude' : null;
    if (first) void this.host.updateComplete.then(() => this.field(first)?.focus());
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  render(blocked: boolean): TemplateResult | typeof nothing {
    if (!this.open || blocked) return nothing;
    const t = stringsFor(locationPickerStrings, this.options.locale());
    const state = this.options.core.location.state.get();
    const failure = state.failure ? (t[FAILURE_KEYS[state.failure]] as string) : '';
    return html`<form class="location-panel" part="location-panel" aria-labelledby="${this.id}-title" novalidate
      @submit=${(event: Event) => this.submit(event)} @keydown=${this.onKeyDown}>
      <h2 id="${this.id}-title">${t.panel}</h2>
      <div class="location-actions">
        <button type="button" part="location-current" ?disabled=${state.locating} @click=${() => this.locate()}>
          ${icon('mapPin', 16)}<span>${t.useCurrent}</span>
        </button>
        <p class="status" role="status">${state.locating ? t.locating : ''}</p>
      </div>
      ${failure ? html`<p class="failure" part="location-failure" role="alert">${icon('alertOutline', 16)}<span>${failure}</span></p>` : nothing}
      <div class="location-fields">
        ${this.input(t, state, 'description', t.description, { wide: true })}
        ${this.input(t, state, 'latitude', t.latitude)}
        ${this.input(t, state, 'longitude', t.longitude)}
      </div>
      <div class="location-actions">
        <span class="spacer"></span>
        <button type="button" part="location-cancel" @click=${() => this.close(true)}>${t.cancel}</button>
        <button type="submit" class="primary" part="location-send" ?disabled=${state.locating}>${icon('send', 16)}<span>${t.send}</span></button>
      </div>
    </form>`;
  }

  private input(
    t: LocationPickerStrings,
    state: LocationPickerState,
    name: 'description' | 'latitude' | 'longitude',
    label: string,
    options: { wide?: boolean } = {},
  ): TemplateResult {
    const id = `${this.id}-${name}`;
    const problem = name === 'description' ? undefined : state.problems[name];
    const problemID = `${id}-problem`;
    const coordinate = name !== 'description';
    return html`<label class="location-field ${options.wide ? 'wide' : ''}" for=${id}>
      <span>${label}</span>
      <input id=${id} part="location-${name}" type="text" dir=${coordinate ? 'ltr' : 'auto'} autocomplete="off"
        inputmode=${coordinate ? 'decimal' : nothing}
        maxlength=${coordinate ? 24 : MAX_LOCATION_DESCRIPTION}
        placeholder=${coordinate ? (name === 'latitude' ? '22.5405' : '113.9441') : t.descriptionPlaceholder}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? problemID : nothing}
        .value=${live(state[name])}
        @input=${(event: Event) => this.options.core.location.setField(name, (event.target as HTMLInputElement).value)} />
      ${problem && coordinate ? html`<span class="problem" id=${problemID}>${problemText(t, name, problem)}</span>` : nothing}
    </label>`;
  }
}
