// Under a strict Content Security Policy (`default-src 'self'; style-src 'self'; script-src 'self'`)
// the kit is styled: the theme's tokens come as a constructed stylesheet, the elements' styles as
// adopted sheets, inline styles through the CSSOM — nothing the policy blocks.
import { expect, waitUntil } from '@open-wc/testing';

interface CspPage {
  violations: string[];
  server: { createUser(u: { userID: string; nick: string }): Promise<unknown>; postMessages(m: readonly unknown[]): Promise<unknown> };
}

async function openCspPage(): Promise<{ frame: HTMLIFrameElement; win: Window & { cspPage?: CspPage } }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 960px; height: 660px; border: 0';
  frame.src = '/test/browser/csp/csp-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { cspPage?: CspPage };
  await waitUntil(() => win.cspPage, 'the page started its store', { timeout: 8000 });
  return { frame, win };
}

const shadow = (root: Element | null | undefined, selector: string) => root?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('under a strict Content Security Policy', () => {
  it('is served with the policy, which refuses a <style> tag', async () => {
    const response = await fetch('/test/browser/csp/csp-page.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; style-src 'self'; script-src 'self'");
    const { frame, win } = await openCspPage();
    expect(win.getComputedStyle(win.document.documentElement).getPropertyValue('--csp-probe')).to.equal('', 'the policy is enforced');
    expect(win.cspPage!.violations.some((v) => v.startsWith('style-src'))).to.equal(true, 'the probe was reported');
    frame.remove();
  });

  it('renders styled: theme colours, bubbles, avatars; no style the policy blocks', async () => {
    const { frame, win } = await openCspPage();
    const doc = win.document;
    const chat = doc.querySelector('tim-chat')!;
    const list = shadow(chat, 'tim-conversation-list');
    const messageList = shadow(chat, 'tim-message-list');
    await waitUntil(() => list?.shadowRoot?.querySelector('[data-id="C2Cbob"]'), 'the conversation row', { timeout: 8000 });
    await waitUntil(() => messageList?.shadowRoot?.querySelectorAll('tim-message').length === 2, 'the messages', { timeout: 8000 });

    // The tokens: a constructed sheet adopted by the document, not a <style> tag.
    expect(doc.querySelectorAll('style').length).to.equal(1, 'only the probe, which the policy refused');
    expect(doc.adoptedStyleSheets.length).to.be.greaterThan(0);
    const css = (el: Element) => win.getComputedStyle(el);
    expect(css(chat).getPropertyValue('--tim-color-primary').trim()).to.equal('#1f6feb');
    expect(css(chat).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(css(chat).fontFamily).to.contain('system-ui');

    // The elements' own styles: the header's border, the outgoing bubble's colour.
    const header = shadow(chat, '[part~="header"]')!;
    expect(css(header).borderBottomStyle).to.equal('solid');
    const [incoming, outgoing] = [...messageList!.shadowRoot!.querySelectorAll('tim-message')].map((m) =>
      m.shadowRoot!.querySelector('[part~="bubble"]')!,
    );
    expect(css(incoming!).backgroundColor).to.equal('rgb(241, 243, 245)', 'the incoming bubble is light grey');
    expect(css(outgoing!).backgroundColor).to.equal('rgb(31, 111, 235)', 'the outgoing bubble is primary blue');

    // Inline styles through the CSSOM: the avatars' colour from the palette, the header avatar's size.
    const headerAvatar = shadow(chat, 'tim-avatar')!;
    expect(css(headerAvatar).getPropertyValue('--tim-avatar-size').trim()).to.equal('36px');
    const initials = headerAvatar.shadowRoot!.querySelector('[part~="initials"]') ?? headerAvatar.shadowRoot!.querySelector('span');
    expect(css(initials!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)', 'the initials sit on their colour');

    // Without 'report-sample' a violation does not say what was blocked: the probe's is the only one.
    const styleViolations = win.cspPage!.violations.filter((v) => v.startsWith('style-src'));
    expect(styleViolations).to.deep.equal(
      ['style-src-elem: inline'],
      'the kit asked for nothing the policy blocks (the one refusal is the probe)',
    );
    expect(win.cspPage!.violations.filter((v) => v.startsWith('script-src'))).to.deep.equal([]);
    frame.remove();
  });

  it('announces new messages elsewhere in a live region styled through the CSSOM, which the policy allows', async () => {
    const { frame, win } = await openCspPage();
    const doc = win.document;
    const list = shadow(doc.querySelector('tim-chat'), 'tim-conversation-list');
    await waitUntil(() => list?.shadowRoot?.querySelector('[data-id="C2Cbob"]'), 'the conversation row', { timeout: 8000 });
    await win.cspPage!.server.createUser({ userID: 'carol', nick: 'Carol' });
    await win.cspPage!.server.postMessages([
      { from: 'carol', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hi from Carol' }] },
    ]);
    const region = () => doc.querySelector<HTMLElement>('[data-tim-live-region]');
    await waitUntil(() => region()?.textContent === 'New message from Carol', 'the announcement', { timeout: 8000 });
    expect(region()!.getBoundingClientRect().width).to.be.at.most(1, 'visually hidden');
    expect(win.cspPage!.violations.filter((v) => v.startsWith('style-src'))).to.deep.equal(['style-src-elem: inline'], 'only the probe');
    frame.remove();
  });
});
