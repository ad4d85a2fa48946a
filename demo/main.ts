// The demo page: a full chat on the embedded backend, with switches for the network so the
// failure paths can be seen. ?user=bob&lang=zh-CN&theme=dark&conversation=GROUPproduct-team&latency=3000
//
// It starts as an app should: the chat is on the page at once, gets its store before the store
// starts, and so shows the cached conversations and messages (a skeleton on a first visit) while
// the backend connects.
import { toolbarStrings } from './toolbar-strings.js';
import '../src/index.js';
import { createDemoSetup } from '../src/components/chat/demo-store.js';
import { registerPollRenderer } from './poll-renderer.js';

registerPollRenderer();

const params = new URLSearchParams(location.search);
const userID = params.get('user') || 'alice';
const chat = document.createElement('tim-chat');
document.getElementById('stage')!.append(chat);
const conversation = params.get('conversation');
if (conversation) chat.conversationId = conversation;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function applyTheme(theme: string) {
  chat.theme = theme as typeof chat.theme;
  document.documentElement.classList.toggle('tim-theme-dark', theme === 'dark');
  document.documentElement.classList.toggle('tim-theme-light', theme === 'light');
}

const toolbarText = (key: string) =>
  (toolbarStrings[document.documentElement.lang] ?? toolbarStrings[document.documentElement.lang.split('-')[0]!] ?? toolbarStrings.en)![
    key
  ] ?? key;

function applyLocale(locale: string) {
  document.documentElement.lang = locale;
  chat.locale = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = toolbarText(el.dataset.t!);
}

// The network switches sit in the toolbar on wide screens and fold away on phones.
const switches = $<HTMLDetailsElement>('switches');
const wide = matchMedia('(min-width: 701px)');
const fitSwitches = () => (switches.open = wide.matches);
fitSwitches();
wide.addEventListener('change', fitSwitches);

const theme = params.get('theme') || 'auto';
// Any language tag works (the kit falls back: fr-CA → fr, zh-HK → zh-TW); the menu lists the shipped ones.
const offered = [...$<HTMLSelectElement>('locale').options].map((o) => o.value);
const locale =
  params.get('lang') ||
  offered.find((code) => code.toLowerCase() === navigator.language.toLowerCase()) ||
  navigator.language.split('-')[0] ||
  'en';
$<HTMLSelectElement>('theme').value = theme;
$<HTMLSelectElement>('locale').value = offered.includes(locale) ? locale : 'en';
applyTheme(theme);
applyLocale(locale);

// "Reset demo data": this tab reloads and deletes every database; the other tabs reload too and
// wait until it has made the fresh data, so none holds the old databases open or writes old state back.
const RESET_STARTED = 'tim-demo-reset-started';
const RESET_WAIT_MS = 15000;
const demoChannel = new BroadcastChannel('tim-demo');
demoChannel.addEventListener('message', (event) => {
  if (event.data === 'reset') location.reload();
});
const resetting = Boolean(sessionStorage.getItem('tim-demo-reset'));
const resetInProgress = () => Date.now() - Number(localStorage.getItem(RESET_STARTED) ?? 0) < RESET_WAIT_MS;
while (!resetting && resetInProgress()) await new Promise((resolve) => setTimeout(resolve, 100));
if (resetting) {
  sessionStorage.removeItem('tim-demo-reset');
  const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('tim-'));
  await Promise.all(
    names.map(
      (name) =>
        new Promise((done) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = done;
        }),
    ),
  );
}

const latency = Number(params.get('latency') ?? 150);
const { store, backend, start } = createDemoSetup(userID, { latencyMs: latency });
// The cache shows now; the backend opens, is seeded (on a first visit) and connects behind it.
chat.store = store;
// The tab's title counts what is unread, as a chat app's does.
const title = document.title;
chat.addEventListener('tim-unread-change', (e) => (document.title = e.detail.totalUnread ? `(${e.detail.totalUnread}) ${title}` : title));
const started = start().then(() => {
  if (resetting) localStorage.removeItem(RESET_STARTED);
});
started.catch((error) => console.error('The demo could not start:', error));
// The switches show the URL's settings now; they act once the backend is there.
$<HTMLSelectElement>('user').add(new Option(userID, userID, true, true));
const latencyInput = $<HTMLInputElement>('latency');
latencyInput.step = '1'; // show exactly what the service uses, whatever the URL said
latencyInput.max = String(Math.max(Number(latencyInput.max), latency));
latencyInput.value = String(latency);
latencyInput.addEventListener('pointerdown', () => (latencyInput.step = '50'), { once: true });
const showLatency = () => ($('latency-out').textContent = `${Number(latencyInput.value)} ms`);
showLatency();
const { service, server } = await backend;

// Users to sign in as: everyone the demo server knows.
const userSelect = $<HTMLSelectElement>('user');
userSelect.replaceChildren();
for (const user of await server.listUsers()) {
  userSelect.add(new Option(`${user.nick} (${user.userID})`, user.userID, false, user.userID === userID));
}
userSelect.addEventListener('change', () => {
  params.set('user', userSelect.value);
  location.search = params.toString();
});

$<HTMLSelectElement>('theme').addEventListener('change', (e) => applyTheme((e.target as HTMLSelectElement).value));
$<HTMLSelectElement>('locale').addEventListener('change', (e) => applyLocale((e.target as HTMLSelectElement).value));

latencyInput.addEventListener('input', () => {
  service.setLatency(Number(latencyInput.value));
  showLatency();
});
$<HTMLSelectElement>('failures').addEventListener('change', (e) => service.setFailureRate(Number((e.target as HTMLSelectElement).value)));
$<HTMLInputElement>('offline').addEventListener('change', (e) => service.setOffline((e.target as HTMLInputElement).checked));
$('reset').addEventListener('click', () => {
  if (!confirm(toolbarText('confirmReset'))) return;
  sessionStorage.setItem('tim-demo-reset', '1');
  localStorage.setItem(RESET_STARTED, String(Date.now()));
  demoChannel.postMessage('reset');
  location.reload();
});

Object.assign(window, { timDemo: { store, service, server } });
