// Which host pages the frame answers: the build's allowlist, "*" for all, no list only the app's origin.
import { originAllowed } from '@/features/embed/protocol';

/** localhost, 127.0.0.1 or [::1] on any port: a copy of the app a developer runs (npm start, the tests). */
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Whether the host page at `origin` may receive our height, navigation and outcome messages.
 * `allowlist` is parseAllowlist(VITE_EMBED_ALLOWED_ORIGINS); `own` is the app's origin (location.origin).
 * The app's own pages are always answered: they learn nothing they could not read themselves. Never an
 * opaque origin (a sandboxed page), whatever the list says.
 */
export function hostAllowed(origin: string, allowlist: readonly string[], own: string): boolean {
  // "*" must be written out: an empty or missing list is not an open door.
  if (origin === own || allowlist.includes('*')) return originAllowed(origin, []);
  if (allowlist.length > 0) return originAllowed(origin, allowlist);
  // No list: nobody else, except that a copy served from this machine answers pages on this machine,
  // which no other site can be.
  return LOOPBACK.test(own) && LOOPBACK.test(origin);
}
