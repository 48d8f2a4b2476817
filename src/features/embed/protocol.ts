// The embedding protocol shared by the wizard in its iframe (bridge.ts) and the host-page script
// (embed/embed.ts): message shapes and the pure checks both sides make. No DOM and no imports, so the
// host script stays tiny and every rule here is unit-tested directly.

const SOURCE = 'mail-troubleshooter';
const VERSION = 1;

type Outcome = 'resolved' | 'handoff';
export type Theme = 'light' | 'dark';
export type MirrorMode = 'hash' | 'query';

export type EmbedMessage =
  /** host → frame, repeated until answered: "embed.js is here; this is my origin". */
  | { type: 'hello' }
  /** frame → host: the handshake is done; resize/navigate/outcome follow. */
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'navigate'; path: string; title: string }
  | { type: 'outcome'; guide: string; node: string; outcome: Outcome };

export type Envelope = EmbedMessage & { source: typeof SOURCE; version: typeof VERSION };

/** Taller than any page we render; a bigger number is a broken or hostile sender. */
export const MAX_HEIGHT = 100_000;
const MAX_TITLE = 300;
/** Longer than any app path or mirrored position ("en/<guide>/<node>"); also bounds a crafted link's cost. */
export const MAX_PATH = 300;
/** The host repeats its hello every 100 ms until answered: answer at most once per this many ms. */
export const HELLO_INTERVAL = 250;

/** Node, guide and question ids: lowercase kebab-case (the URL contract). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * An app path: no query, no fragment, no scheme, nothing that could leave the app ("//host") or climb
 * out of its base path (a "." or ".." segment, also percent-encoded, which URLs resolve as one).
 */
const PATH = /^(?!.*\/(\.|%2e){1,2}(\/|$))\/(?!\/)[\w.~%/-]*$/i;
/** A brand colour: 3 or 6 hex digits, nothing else (the same rule boot.js applies in the frame). */
const ACCENT = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** What a mirrored position may look like in the host URL: lang[/guide[/node]]. */
const MIRROR = /^(ja|en)(\/[a-z0-9]+(?:-[a-z0-9]+)*){0,2}$/;
const MIRROR_KEY = /^[\w-]{1,32}$/;

export function envelope(message: EmbedMessage): Envelope {
  return { source: SOURCE, version: VERSION, ...message };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isAppPath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PATH && PATH.test(value);
}

/**
 * A received message in our protocol, rebuilt from the fields we know (so nothing else a sender adds
 * ever reaches the host page's event listeners), or undefined for anything else.
 */
export function readMessage(data: unknown): EmbedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.source !== SOURCE || m.version !== VERSION) return undefined;
  switch (m.type) {
    case 'hello':
    case 'ready':
      return { type: m.type };
    case 'resize': {
      const h = m.height;
      // Also rejects NaN, which fails every comparison.
      return typeof h === 'number' && h >= 0 && h <= MAX_HEIGHT
        ? { type: 'resize', height: Math.ceil(h) }
        : undefined;
    }
    case 'navigate':
      return isAppPath(m.path) && typeof m.title === 'string'
        ? { type: 'navigate', path: m.path, title: m.title.slice(0, MAX_TITLE) }
        : undefined;
    case 'outcome':
      return isId(m.guide) && isId(m.node) && (m.outcome === 'resolved' || m.outcome === 'handoff')
        ? { type: 'outcome', guide: m.guide, node: m.node, outcome: m.outcome }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * A gate that lets at most one call through per `interval` ms of the clock passed to it (the frame
 * answers hellos through one). Pure: the caller, or a test, brings the clock.
 */
export function rateLimit(interval: number): (now: number) => boolean {
  let last = -Infinity;
  return (now) => {
    if (now - last < interval) return false;
    last = now;
    return true;
  };
}

/** The router-relative path of a page: query and fragment (answers, step) dropped, base path removed. */
export function appRelativePath(path: string, basePath: string): string {
  const bare = path.replace(/[?#].*$/, '');
  return basePath && bare.startsWith(`${basePath}/`) ? bare.slice(basePath.length) : bare;
}

// ---------------------------------------------------------------------------------------------
// Origins

/**
 * The build-time allowlist of host origins (VITE_EMBED_ALLOWED_ORIGINS, comma-separated), normalised.
 * Entries may be exact origins ("https://help.example.com") or one wildcard level
 * ("https://*.example.com"). An entry that is not a valid origin is kept, so a typo locks the list down
 * (it matches nothing) instead of emptying it and letting every host in.
 */
export function parseAllowlist(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** Whether a host origin may receive our events: never an opaque origin; any origin when the list is empty. */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
  if (!/^https?:\/\/[^/]+$/.test(origin)) return false;
  if (allowlist.length === 0) return true;
  const o = origin.toLowerCase();
  return allowlist.some((entry) => {
    if (entry === o) return true;
    const star = /^(https?:\/\/)\*(\.[^/*]+)$/.exec(entry);
    if (!star) return false;
    const [, scheme = '', suffix = ''] = star;
    // "https://*.example.com" matches "https://a.example.com" (and deeper), not "https://example.com".
    return o.startsWith(scheme) && o.endsWith(suffix) && o.length > scheme.length + suffix.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Host-side options (embed.js reads data-* attributes; anything invalid is ignored, never injected)

export function readAccent(value: string | null | undefined): string | undefined {
  return value && ACCENT.test(value) ? value.replace('#', '').toLowerCase() : undefined;
}

export function readTheme(value: string | null | undefined): Theme | undefined {
  // 'auto' (or nothing) leaves the choice to the reader's system setting inside the frame.
  return value === 'light' || value === 'dark' ? value : undefined;
}

export function readLang(value: string | null | undefined, hostLang: string): 'ja' | 'en' {
  if (value === 'ja' || value === 'en') return value;
  return /^en\b/i.test(hostLang) ? 'en' : 'ja';
}

export function readMirrorMode(value: string | null | undefined): MirrorMode | undefined {
  return value === 'hash' || value === 'query' ? value : undefined;
}

export function readMirrorKey(value: string | null | undefined): string {
  return value && MIRROR_KEY.test(value) ? value : 'mt';
}

/** Where an embed opens: the guide's node, the guide's start (no or bad node), or the home (no or bad guide). */
export function embedPath(
  lang: 'ja' | 'en',
  guide: string | null | undefined,
  node: string | null | undefined,
): string {
  if (!isId(guide)) return `/${lang}/`;
  return isId(node) ? `/${lang}/${guide}/${node}/` : `/${lang}/${guide}/`;
}

/**
 * The app's base URL (ending in "/") from embed.js's own URL (never from markup): the folder the
 * file is in, or the URL itself when it names a folder. Only http(s), so markup cannot smuggle in a
 * javascript: or data: frame.
 */
export function appBase(src: string | null | undefined, relativeTo: string): string | undefined {
  if (!src) return undefined;
  let url: URL;
  try {
    url = new URL(src, relativeTo);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  // new URL('.', x) also drops x's query and fragment.
  return new URL('.', /\.js$/i.test(url.pathname) ? url : url.origin + url.pathname.replace(/\/?$/, '/'))
    .href;
}

/** The iframe's URL: an app path under the app base, in embed mode, with the validated theme and colour. */
export function frameUrl(base: string, path: string, theme?: Theme, accent?: string): string {
  const url = new URL(isAppPath(path) ? path.slice(1) : '', base);
  url.search = `embed=1${theme ? `&theme=${theme}` : ''}${accent ? `&accent=${accent}` : ''}`;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Host URL mirroring: "?mt=ja/encryption-mismatch/provider" or "#mt=...", other parameters untouched.

function parts(search: string): string[] {
  return search.replace(/^[?#]/, '').split('&').filter(Boolean);
}

/** The app path mirrored under `key` in a query string or fragment, if it is a well-formed one. */
export function readMirror(search: string, key: string): string | undefined {
  for (const part of parts(search)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq) !== key) continue;
    const raw = part.slice(eq + 1);
    // Checked before decoding, which never makes a value longer.
    if (raw.length > MAX_PATH) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    return MIRROR.test(value) ? `/${value}/` : undefined;
  }
  return undefined;
}

/**
 * A query string or fragment body (without "?"/"#") with `key` set to the app path, or removed when
 * `path` is undefined. Other parameters keep their exact spelling: a host's own URL is not ours to
 * re-encode.
 */
export function writeMirror(search: string, key: string, path: string | undefined): string {
  const kept = parts(search).filter((part) => part !== key && !part.startsWith(`${key}=`));
  const value = path?.replace(/^\/|\/$/g, '');
  if (value && value.length <= MAX_PATH && MIRROR.test(value)) kept.push(`${key}=${value}`);
  return kept.join('&');
}
