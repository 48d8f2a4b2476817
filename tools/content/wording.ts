// Heuristics over wording: advice that weakens security, and server names written outside the provider table.

const OPENING = '「『“（(';
const CLOSING = '」』”）)';
const ENDS = '。！？!?\n';

/**
 * Sentences are judged one at a time, so a "do not" in one sentence cannot excuse another. A quoted
 * dialog (「SSLなしで設定しますか？」) stays inside the sentence that quotes it.
 */
function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let straight = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    else if (
      depth === 0 &&
      !straight &&
      (ENDS.includes(ch) || (ch === '.' && /\s/.test(text[i + 1] ?? ' ')))
    ) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.filter((s) => s.trim() !== '');
}

const CERT_JA = /証明書|識別情報|セキュリティ警告|プリンシパル/;
const ACCEPT_JA = /「はい」|はいを|「続ける」|続ける|続行|「信頼」|信頼する|信頼して|信頼を|受け入れ|許可/;
const OFF_JA =
  /(ssl|tls|暗号化)[^。]*?(をオフ|オフにし|オフにす|オフへ|を無効|無効にし|無効にす|チェックを外|を外し|を外す|なしに(?!な)|なしで|「なし」に(?!な)|「なし」を(選|指定)|を使わない|を使用しない|を切る|を切って|を切り(?!替))/i;
// Checked outside quotes: a quoted dialog such as 「…できません」 is not the writer saying "don't".
const NEGATION_JA = /しない|しないで|せず|押さない|選ばない|ないで|ません|いけない|だめ|ダメ|禁止|避け/;

const CERT_EN = /\b(certificates?|server identity|security (warning|alert)|principal name)\b/i;
const ACCEPT_EN =
  /\btrust\b(?! cent(?:er|re))|\bcontinue\b|["“]yes["”]|\b(tap|click|press|choose|select) yes\b|\baccept\b|\bproceed\b|\bignore\b/i;
const OFF_EN = [
  /\bwithout (ssl|tls|encryption)\b/i,
  /\b(turn|switch|toggle|set)\s+off\b[^.]*\b(ssl|tls|encryption)\b/i,
  /\b(ssl|tls|encryption)\b[^.]*\b(turn|switch|toggle|set)\s+(it\s+|them\s+)?off\b/i,
  /\b(ssl|tls|encryption)\s+(to\s+)?off\b/i,
  /\b(disable|deactivate|untick|uncheck)\b[^.]*\b(ssl|tls|encryption)\b/i,
];
const SET_NONE_EN = /\b(set|change|switch|select|choose|pick)\b[^.]*\bnone\b/i;
const ENCRYPTION_EN = /\b(ssl|tls|encryption|encrypted)\b/i;
const NEGATION_EN =
  /\b(don't|do not|never|not|no need|avoid|instead of|rather than|isn't|aren't|doesn't|won't|shouldn't|must not)\b|\bdon’t\b/i;
// Choosing the safe button is fine wherever it is quoted.
const SAFE_CHOICE = /いいえ|キャンセル|\bcancel\b|["“]no["”]/i;
const QUOTED = /「[^」]*」|『[^』]*』|“[^”]*”|"[^"]*"/g;

// Cheap first look, so the sentence rules only run on text that mentions encryption or certificates.
const MAY_BE_RISKY =
  /ssl|tls|ｓｓｌ|ｔｌｓ|暗号|証明書|識別情報|セキュリティ|プリンシパル|certif|encrypt|identity|security|principal/i;

function riskyAlone(s: string): boolean {
  if (OFF_JA.test(s) || (CERT_JA.test(s) && ACCEPT_JA.test(s))) return true;
  if (OFF_EN.some((re) => re.test(s))) return true;
  if (SET_NONE_EN.test(s) && ENCRYPTION_EN.test(s)) return true;
  return CERT_EN.test(s) && ACCEPT_EN.test(s);
}

/**
 * The first sentence that seems to advise turning encryption off or accepting a certificate warning,
 * or undefined. Sentences that say not to, or that choose Cancel / いいえ, are allowed.
 */
export function riskySentence(text: string): string | undefined {
  if (!MAY_BE_RISKY.test(text)) return undefined;
  for (const raw of sentences(text)) {
    const s = raw.normalize('NFKC');
    if (!riskyAlone(s)) continue;
    const unquoted = s.replace(QUOTED, ' ');
    if (NEGATION_JA.test(unquoted) || NEGATION_EN.test(unquoted) || SAFE_CHOICE.test(s)) continue;
    return raw.trim();
  }
  return undefined;
}

/**
 * Web pages that instructions may name (sign-in and account pages). They are not mail servers, so they
 * do not belong in the provider table; with a port they are still reported.
 */
export const WEB_HOSTS: ReadonlySet<string> = new Set([
  'myaccount.google.com',
  'accounts.google.com',
  'mail.google.com',
  'support.google.com',
  'account.microsoft.com',
  'support.microsoft.com',
  'outlook.live.com',
  'support.apple.com',
  'www.icloud.com',
  'www.docomo.ne.jp',
  'www.nttdocomo.co.jp',
]);

/**
 * Names reserved for examples (RFC 2606 and JPRS's example.jp): wording may use them to explain, e.g. which
 * names a wildcard certificate covers, since nobody can mistake them for a server to type.
 */
export function isExampleHost(host: string): boolean {
  return /(?:^|\.)example\.(?:com|net|org|jp|co\.jp|ne\.jp)$/.test(host);
}

const HOST = /(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,})(?::(\d{1,5}))?(?![\w-])/gi;

export interface HostMention {
  host: string;
  port?: number;
}

/**
 * Server-like names in text: names of three or more labels (imap.example.com) and any name:port.
 * Two-label names are left alone, since brands are written that way ("Outlook.com").
 */
export function hostMentions(text: string): HostMention[] {
  const out: HostMention[] = [];
  // Fast exit only when no character that NFKC turns into a dot is present (．, ․ and ﹒ all become '.').
  if (!/[.．․﹒]/.test(text)) return out;
  for (const m of text.normalize('NFKC').matchAll(HOST)) {
    const host = (m[1] as string).toLowerCase();
    const port = m[2] === undefined ? undefined : Number(m[2]);
    if (port === undefined && host.split('.').length < 3) continue;
    out.push(port === undefined ? { host } : { host, port });
  }
  return out;
}
