// The shape of the helpdesk index (virtual:helpdesk-index/<lang>, built by scripts/lib/helpdesk-index-plugin.ts).

export interface HelpdeskStep {
  id: string;
  title: string;
  /** Menu path as the device shows it. */
  menu?: string[];
  /** Settings table rows of the step, one line each ("受信（IMAP） imap.gmail.com 993 SSL/TLS"). */
  settings?: string[];
}

export interface HelpdeskFix {
  guide: string;
  id: string;
  title: string;
  steps: HelpdeskStep[];
}

/** A fix listed under one app of a guide, with the answers that lead to it the shortest way. */
export interface HelpdeskPlacement {
  /** Index in `fixes`. */
  fix: number;
  /** Index in `guides`, and of the group in that guide. */
  guide: number;
  group: number;
  /** Serialised answers (no '?'): the link's query. */
  query: string;
  /** The same answers in words: question (or fix, check) title and the answer given. */
  path: { q: string; a: string }[];
}

export interface HelpdeskGroup {
  /** The answer id of the "which app" question (usually a client id), or null: reached without it. */
  client: string | null;
  /** The app's name ('' for null: the page says "any app"). */
  label: string;
  /** Indexes in `placements`. */
  placements: number[];
}

export interface HelpdeskGuide {
  id: string;
  title: string;
  groups: HelpdeskGroup[];
}

export interface HelpdeskData {
  lang: 'ja' | 'en';
  guides: HelpdeskGuide[];
  fixes: HelpdeskFix[];
  placements: HelpdeskPlacement[];
  /**
   * Search forms (engine/search.ts matchForm), fields joined by \u0001. Per fix: title, body and caution,
   * error codes and messages. Per step of each fix: title, menu, body and warning, settings values.
   */
  forms: { fixes: string[]; steps: string[][] };
}
