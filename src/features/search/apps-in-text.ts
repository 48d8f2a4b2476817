// Which mail app a pasted message or typed phrase names ("Outlook keeps asking…", "iPhone メール…"), so the
// finder can open a symptom seen in several apps with the app already chosen. Only clear names count:
// "Outlook.com" and "Hotmail" are providers, and "Gmail" alone is usually the account, not the app.
import type { Client } from '@/engine/types';

const PATTERNS: [Client, RegExp][] = [
  ['iphone-mail', /iphone|ipad|アイフォン/i],
  ['outlook-new', /(?:新しい|新)\s*outlook|new\s+outlook|outlook\s*\(\s*new\s*\)/i],
  ['outlook-classic', /outlook(?!\s*\.\s*com)/i],
  ['gmail', /gmail\s*(?:の\s*)?(?:アプリ|app)/i],
];

/** The apps `text` names. The new Outlook also says "Outlook": it is not counted as the classic one too. */
export function appsInText(text: string): Client[] {
  const normal = text.normalize('NFKC');
  const found = PATTERNS.filter(([, pattern]) => pattern.test(normal)).map(([client]) => client);
  return found.includes('outlook-new') ? found.filter((c) => c !== 'outlook-classic') : found;
}
