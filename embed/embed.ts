// The host-page script (dist/embed.js, its own tiny bundle): turns <script src=".../embed.js" data-guide>
// or <div data-mail-troubleshooter> into an iframe of the wizard, keeps its height equal to its content,
// relays its events as DOM events and optionally mirrors its position into the host page's URL.
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
const OPTIONS = ['guide', 'node', 'lang', 'theme', 'accent', 'mirror'];

// Captured now: currentScript is only set while this file runs (async included; not for modules).
const script = document.currentScript as HTMLScriptElement | null;

function mount(target: HTMLElement, inPlace: boolean): void {
  target.setAttribute(MOUNTED, '');
  const get = (name: string) => target.getAttribute(`data-${name}`);
  const base = appBase(get('src') || (script && script.src), document.baseURI);
  if (!base) return;
  const appOrigin = new URL(base).origin;
  const lang = readLang(get('lang'), document.documentElement.lang);
  const mirror = readMirrorMode(get('mirror'));
  const key = readMirrorKey(get('mirror-key'));
  const hostPart = () => (mirror === 'hash' ? location.hash : location.search);
  const restored = mirror && readMirror(hostPart(), key);

  const iframe = document.createElement('iframe');
  iframe.src = frameUrl(
    base,
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
  style.display = 'block';
  style.width = '100%';
  style.border = '0';
  style.height = '600px';

  // DOM events go to the <div> target, or to the iframe itself for the <script> form; they bubble.
  const eventTarget: HTMLElement = inPlace ? iframe : target;
  const fire = (name: string, detail: object) =>
    eventTarget.dispatchEvent(new CustomEvent(`mail-troubleshooter:${name}`, { bubbles: true, detail }));

  let answered = false;
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
    answered = false;
    clearInterval(timer);
    let tries = 0;
    hello();
    timer = setInterval(() => (answered || ++tries > 100 ? clearInterval(timer) : hello()), 100);
  });

  addEventListener('message', (event) => {
    // Only this frame's window, and only while it shows the app: not another embed, not a forger.
    if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
    const message = readMessage(event.data);
    if (!message) return;
    answered = true;
    if (message.type === 'resize') {
      style.height = `${message.height}px`;
    } else if (message.type === 'navigate') {
      const { path, title } = message;
      if (path === lastPath) return;
      // A new page starts at its top: bring the frame's top into view if the reader scrolled past it.
      if (lastPath && iframe.getBoundingClientRect().top < 0) iframe.scrollIntoView();
      lastPath = path;
      cleanPath ??= path;
      if (mirror) {
        const url = new URL(location.href);
        const part = writeMirror(hostPart(), key, path === cleanPath ? undefined : path);
        // Empty assigns drop the "?" or "#" too.
        if (mirror === 'hash') url.hash = part;
        else url.search = part;
        history.replaceState(history.state, '', url.href);
      }
      fire('navigate', { path, title });
    } else if (message.type === 'outcome') {
      fire('outcome', { guide: message.guide, node: message.node, outcome: message.outcome });
    }
  });

  if (inPlace) target.after(iframe);
  else target.replaceChildren(iframe);
}

const hasOptions = (el: Element) => OPTIONS.some((name) => el.hasAttribute(`data-${name}`));

function mountTargets(): number {
  const targets = document.querySelectorAll<HTMLElement>(`[${TARGET}]:not([${MOUNTED}]):not(script)`);
  targets.forEach((el) => mount(el, false));
  return targets.length;
}

if (script && hasOptions(script)) mount(script, true);
mountTargets();
const whenParsed = () => {
  // A bare <script src=".../embed.js"> with no targets on the page embeds the home page where it stands.
  if (!mountTargets() && script && !script.hasAttribute(MOUNTED) && !document.querySelector(`[${TARGET}]`)) {
    mount(script, true);
  }
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenParsed);
else whenParsed();
