// The iframe side of embedding: once the host page's embed.js has said hello, tell that host (and only
// that origin) the content height, each page shown and each outcome reached. Ids and paths only: answers,
// typed settings and the summary never leave the frame.
import type { PageEvent } from '@/lib/page-events';
import { onPageEvent } from '@/lib/page-events';
import { basePath } from '@/lib/paths';
import type { EmbedMessage } from '@/features/embed/protocol';
import {
  appRelativePath,
  envelope,
  HELLO_INTERVAL,
  originAllowed,
  parseAllowlist,
  rateLimit,
  readMessage,
} from '@/features/embed/protocol';
import './embed-frame.css';

// Build-time setting: empty means any host that does the handshake may receive our events.
const allowlist = parseAllowlist(import.meta.env.VITE_EMBED_ALLOWED_ORIGINS as string | undefined);

/** Starts listening for the host's hello; returns a function that stops everything (tests, HMR). */
export function startEmbedBridge(): () => void {
  const root = document.documentElement;
  let host: string | undefined;
  let page: PageEvent | undefined;
  let sentPath: string | undefined;
  let sentHeight = -1;
  // Each answer measures the page and posts: a parent that floods hellos gets a few answers a second.
  const helloAllowed = rateLimit(HELLO_INTERVAL);

  // Never '*': only the origin that embedded us, learned from its hello.
  const post = (message: EmbedMessage) => {
    if (host) window.parent.postMessage(envelope(message), host);
  };

  const sendHeight = () => {
    if (!host) return;
    // The root's own box, not scrollHeight: scrollHeight never drops below the frame's current height,
    // so a page that got shorter would keep the old, taller frame.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sentHeight) return;
    sentHeight = height;
    post({ type: 'resize', height });
  };

  const sendPage = () => {
    if (!host || !page) return;
    const path = appRelativePath(page.path, basePath);
    if (path === sentPath) return;
    sentPath = path;
    post({ type: 'navigate', path, title: page.title });
    const { kind, guide, node, outcome } = page;
    if (kind === 'outcome' && guide && node && (outcome === 'resolved' || outcome === 'handoff')) {
      post({ type: 'outcome', guide, node, outcome });
    }
  };

  const onMessage = (event: MessageEvent) => {
    // Only our parent is our embedder: a sibling frame, a popup or the opener may also post to us.
    if (event.source !== window.parent || readMessage(event.data)?.type !== 'hello') return;
    if (!originAllowed(event.origin, allowlist)) return;
    // A second hello from another origin would mean the parent changed under us: keep the first.
    if ((host && host !== event.origin) || !helloAllowed(performance.now())) return;
    host = event.origin;
    root.setAttribute('data-embed-sized', '');
    post({ type: 'ready' });
    // The host may have retried its hello, or the frame reloaded: the size is cheap to repeat, the page
    // is not (each navigate becomes an analytics event on the host).
    sentHeight = -1;
    sendHeight();
    sendPage();
  };

  const resizeObserver = new ResizeObserver(sendHeight);
  resizeObserver.observe(root);
  const stopPages = onPageEvent((event) => {
    page = event;
    sendPage();
  });
  window.addEventListener('message', onMessage);
  window.addEventListener('load', sendHeight);
  // System fonts only, but a late font swap still changes line heights.
  void document.fonts?.ready.then(sendHeight);

  return () => {
    resizeObserver.disconnect();
    stopPages();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', sendHeight);
    root.removeAttribute('data-embed-sized');
    host = undefined;
  };
}
