// The iframe side of embedding: once the host page's embed.js has said hello, tell that host (and only
// that origin) the content height, each page shown and each outcome reached. Ids and paths only: answers,
// typed settings and the summary never leave the frame, and neither does a check's verdict before the
// person moves on (see sendHeight).
import type { PageEvent } from '@/lib/page-events';
import { onPageEvent } from '@/lib/page-events';
import { basePath } from '@/lib/paths';
import type { EmbedMessage } from '@/features/embed/protocol';
import { hostAllowed } from '@/features/embed/hosts';
import {
  appRelativePath,
  envelope,
  HELLO_INTERVAL,
  parseAllowlist,
  rateLimit,
  readMessage,
} from '@/features/embed/protocol';
import './embed-frame.css';

/** Starts listening for the host's hello; returns a function that stops everything (tests, HMR). */
export function startEmbedBridge(): () => void {
  // Build-time setting (replaced by Vite): no list means our own origin only, "*" every site.
  const allowlist = parseAllowlist(import.meta.env.VITE_EMBED_ALLOWED_ORIGINS as string | undefined);
  const root = document.documentElement;
  let host: string | undefined;
  // On a check page once the person starts answering: its height would tell the host the verdict.
  let frozen = false;
  let page: PageEvent | undefined;
  let sentPath: string | undefined;
  let sentHeight = -1;
  // Each answer measures the page and posts: a parent that floods hellos gets a few answers a second.
  const helloAllowed = rateLimit(HELLO_INTERVAL);

  // Never '*': only the origin that embedded us, learned from its hello.
  const post = (message: EmbedMessage) => {
    if (host) window.parent.postMessage(envelope(message), host);
  };

  // The frame scrolls itself when its content does not fit: a check page whose height is frozen, or a host
  // that capped the height below what we asked for (embed.js's data-max-height). A host that grants it
  // does so within a message hop; judged a moment later, so no scrollbar flashes while a height is on
  // its way.
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const syncScroll = () =>
    root.toggleAttribute('data-embed-scroll', frozen || window.innerHeight < sentHeight);
  const syncScrollSoon = () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(syncScroll, 250);
  };

  const sendHeight = () => {
    // A check page's result (pass or the problem found) changes its height: from the first thing typed
    // until the page changes, no height leaves the frame, whoever asks and however often.
    if (!host || frozen) return;
    // The root's own box, not scrollHeight: scrollHeight never drops below the frame's current height,
    // so a page that got shorter would keep the old, taller frame.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sentHeight) return;
    sentHeight = height;
    post({ type: 'resize', height });
    syncScrollSoon();
  };

  const freeze = () => {
    if (page?.kind !== 'check' || frozen) return;
    frozen = true;
    syncScroll();
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
    if (!hostAllowed(event.origin, allowlist, window.location.origin)) return;
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
    if (event.path !== page?.path) {
      frozen = false;
      syncScroll();
    }
    page = event;
    sendPage();
    sendHeight();
  });
  window.addEventListener('message', onMessage);
  window.addEventListener('load', sendHeight);
  // The host set the frame's height: did it give us all we asked for?
  window.addEventListener('resize', syncScrollSoon);
  // Capture phase: before the check form's own handlers render anything that depends on the input.
  document.addEventListener('input', freeze, true);
  document.addEventListener('submit', freeze, true);
  // System fonts only, but a late font swap still changes line heights.
  void document.fonts?.ready.then(sendHeight);

  return () => {
    resizeObserver.disconnect();
    stopPages();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', sendHeight);
    window.removeEventListener('resize', syncScrollSoon);
    clearTimeout(scrollTimer);
    document.removeEventListener('input', freeze, true);
    document.removeEventListener('submit', freeze, true);
    root.removeAttribute('data-embed-sized');
    root.removeAttribute('data-embed-scroll');
    host = undefined;
  };
}
