// The demo's own custom message, a lunch poll: what an app does for its custom `data` with
// registerCustomMessageRenderer. Lit escapes every value, so the poll's text stays plain text.
import { html } from 'lit';
import { registerCustomMessageRenderer } from '../src/index.js';

interface Poll {
  readonly kind: 'poll';
  readonly question: string;
  readonly options: readonly string[];
}

function isPoll(data: unknown): data is Poll {
  const poll = data as Partial<Poll> | null;
  return (
    poll?.kind === 'poll' &&
    typeof poll.question === 'string' &&
    Array.isArray(poll.options) &&
    poll.options.every((o) => typeof o === 'string')
  );
}

/** The app's own word for its custom message, in each language the demo offers. */
const POLL: Record<string, string> = {
  zh: '投票',
  ja: '投票',
  ko: '투표',
  es: 'Encuesta',
  fr: 'Sondage',
  de: 'Umfrage',
  pt: 'Enquete',
  ru: 'Опрос',
  ar: 'استطلاع',
};
const label = (locale: string) => POLL[locale.split('-')[0]!] ?? 'Poll';

export function registerPollRenderer(): () => void {
  return registerCustomMessageRenderer(
    (_elem, data) => isPoll(data),
    (_elem, { data, locale }) => {
      const poll = data as Poll;
      return html`<div style="display:grid;gap:6px;min-inline-size:200px">
        <span style="font-size:12px;opacity:.75">📊 ${label(locale)}</span>
        <strong dir="auto">${poll.question}</strong>
        <ol style="margin:0;padding-inline-start:20px;display:grid;gap:2px">
          ${poll.options.map((option) => html`<li dir="auto">${option}</li>`)}
        </ol>
      </div>`;
    },
  );
}
