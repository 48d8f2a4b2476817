// The host-page script (dist/embed.js, its own tiny bundle): turns <script src=".../embed.js" data-guide>
// or <div data-mail-troubleshooter> into an iframe of the wizard, keeps its height equal to its content
// (up to data-max-height), relays its events as DOM events and optionally mirrors its position into the
// host page's URL.
import { readMaxHeight } from './host-options';
import {
  appBase,
  embedPath,
  envelope,
  frameUrl,
  readAccent,
  readLang,
  readMessage,
  readMirror,
  readMirrorKey,
  readMirrorMode,
  readTheme,
  writeMirror,
} from '../src/features/embed/protocol';

const TARGET = 'data-mail-troubleshooter';
const MOUNTED = 'data-mail-troubleshooter-mounted';
// A <script> with any of these is the <script> form: it embeds where it stands.
const OPTIONS = '[data-guide],[data-node],[data-lang],[data-theme],[data-accent],[data-mirror]';

// Captured now: currentScript is only set while this file runs (async included; not for modules).
const script = document.currentScript as HTMLScriptElement | null;
// The app is wherever this file came from, never anything the markup says (no data-src): a help centre
// that lets its users post HTML must not let them choose which site is framed, trusted with messages
// and given clipboard access.
const home = appBase(script && script.src, document.baseURI);

function mount(target: HTMLElement, inPlace: boolean): void {
  target.setAttribute(MOUNTED, '');
  // Options come from the element being replaced: the <script> itself, or a data-mail-troubleshooter element.
  const get = (name: string) => target.getAttribute(`data-${name}`);
  if (!home) return;
  const appOrigin = new URL(home).origin;
  // The host's own ceiling: no message, genuine or not, makes the frame taller than this.
  const maxHeight = readMaxHeight(get('max-height'));
  const px = (height: number) => `${Math.min(height, maxHeight)}px`;
  const lang = readLang(get('lang'), document.documentElement.lang);
  const mirror = readMirrorMode(get('mirror'));
  const key = readMirrorKey(get('mirror-key'));
  // The part of the host's URL the position is kept in.
  const part = mirror === 'hash' ? 'hash' : 'search';
  const restored = mirror && readMirror(location[part], key);

  const iframe = document.createElement('iframe');
  iframe.src = frameUrl(
    home,
    restored || embedPath(lang, get('guide'), get('node')),
    readTheme(get('theme')),
    readAccent(get('accent')),
  );
  iframe.title = get('title') || (lang === 'en' ? 'Mail Troubleshooter' : 'メールトラブル解決ナビ');
  // A marker that survives full page loads inside the frame (for the app's boot script).
  iframe.name = 'mail-troubleshooter';
  iframe.allow = 'clipboard-write';
  // CSSOM, not a style attribute, so a host CSP without 'unsafe-inline' styles still allows it.
  const style = iframe.style;
  style.cssText = `display:block;width:100%;border:0;height:${px(600)}`;

  let timer: ReturnType<typeof setInterval> | undefined;
  let lastPath: string | undefined;
  // The page the host URL does not need to name: where this embed starts when nothing is mirrored.
  let cleanPath: string | undefined = restored ? '' : undefined;
  const hello = () => {
    const frame = iframe.contentWindow;
    if (frame) frame.postMessage(envelope({ type: 'hello' }), appOrigin);
  };

  // Each document in the frame (the first, and any full page load inside it) needs its own handshake.
  // The wizard's bridge loads after the page renders, so keep saying hello until it answers.
  iframe.addEventListener('load', () => {
    clearInterval(timer);
    let tries = 0;
    hello();
    timer = setInterval(() => (++tries > 100 ? clearInterval(timer) : hello()), 100);
  });

  addEventListener('message', (event) => {
    // Only this frame's window, and only while it shows the app: not another embed, not a forger.
    if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
    const message = readMessage(event.data);
    if (!message) return;
    // Answered: stop saying hello.
    clearInterval(timer);
    // readMessage rebuilt the message from known fields only: the rest is the event's detail as is.
    const { type, ...detail } = message;
    if (message.type === 'resize') {
      style.height = px(message.height);
      return;
    }
    if (message.type === 'navigate') {
      const { path } = message;
      if (path === lastPath) return;
      // A new page starts at its top: bring the frame's top into view if the reader scrolled past it.
      if (lastPath && iframe.getBoundingClientRect().top < 0) iframe.scrollIntoView();
      lastPath = path;
      cleanPath ??= path;
      if (mirror) {
        const url = new URL(location.href);
        // Empty assigns drop the "?" or "#" too.
        url[part] = writeMirror(location[part], key, path === cleanPath ? undefined : path);
        history.replaceState(history.state, '', url);
      }
    } else if (type !== 'outcome') {
      return;
    }
    // DOM events go to the <div> target, or to the iframe itself for the <script> form; they bubble.
    (inPlace ? iframe : target).dispatchEvent(
      new CustomEvent(`mail-troubleshooter:${type}`, { bubbles: true, detail }),
    );
  });

  if (inPlace) target.after(iframe);
  else target.replaceChildren(iframe);
}

const mountTargets = () =>
  document
    .querySelectorAll<HTMLElement>(`[${TARGET}]:not([${MOUNTED}]):not(script)`)
    .forEach((el) => mount(el, false));

if (script && script.matches(OPTIONS)) mount(script, true);
mountTargets();
const whenParsed = () => {
  mountTargets();
  // A bare <script src=".../embed.js"> with no targets on the page embeds the home page where it stands.
  if (script && !script.hasAttribute(MOUNTED) && !document.querySelector(`[${TARGET}]`)) mount(script, true);
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenParsed);
else whenParsed();
