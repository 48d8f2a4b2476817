// Types of the decision-tree data model: guide files, shared nodes, the provider table, journeys.
// This module is the contract between content files, the engine, the validator and the UI.

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Columns of the coverage matrix: which mail app a symptom is seen in. */
export const CLIENTS = ['outlook-classic', 'outlook-new', 'iphone-mail', 'gmail'] as const;
export type Client = (typeof CLIENTS)[number];

/** Encryption as a mail app shows it: implicit TLS ("SSL/TLS", "SSL"), STARTTLS, or none. */
export const SECURITIES = ['ssl', 'starttls', 'none'] as const;
export type Security = (typeof SECURITIES)[number];

export const PROTOCOLS = ['imap', 'pop', 'smtp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

// ---------------------------------------------------------------------------------------------
// Provider table (src/content/providers.json): the one place where a host or port is written.

export interface ServerSetting {
  protocol: Protocol;
  /**
   * A host name, or a pattern where the name is the customer's own: `*` stands for one or more letters,
   * digits or hyphens inside one label (`sv*.xserver.jp` matches `sv1234.xserver.jp`). Shown as `○○○`
   * with a hint (providers.json wording `hostHints.<id>`) saying where the person finds their own name.
   */
  host: string;
  port: number;
  /** Never 'none': we do not publish unencrypted settings. */
  security: 'ssl' | 'starttls';
}

export const PROVIDER_LINK_KINDS = ['setup', 'password', 'status', 'help', 'errors', 'signin'] as const;
export type ProviderLinkKind = (typeof PROVIDER_LINK_KINDS)[number];

/** A page of the provider's own (a plain link: nothing is fetched). Its label is common.json outcome.providerLink.<kind>. */
export interface ProviderLink {
  kind: ProviderLinkKind;
  /** https only; taken from a source in facts.md that was read, never guessed. */
  url: string;
}

export interface Provider {
  /** kebab-case id, e.g. "gmail", "docomo", "other". Its name is in locales/<lang>/common.json providers.<id>. */
  id: string;
  /**
   * Only values facts.md allows (docs/providers.md says which and why). Empty when none may be printed: the
   * UI then says the values cannot be checked here and points to the provider's own pages.
   */
  servers: ServerSetting[];
  /** The provider's own pages that a hand-off (and a "cannot check" note) points to. */
  links?: ProviderLink[];
  /** ISO date (YYYY-MM-DD) the row was last checked against its sources; shown next to every table. */
  checked: string;
  /** facts.md source keys (e.g. "XS-MAN") or URLs that were read; empty only for a row with nothing printed. */
  sources: string[];
}

/** A check's `provider` or a step's `settings.provider` that takes the provider from the journey's `provider` answer. */
export const ANSWER_PROVIDER = '@answer';

/** A `provider` question may offer this many answers (every other question: 2–6). */
export const MAX_PROVIDER_ANSWERS = 16;

/** The question whose answer names the provider (its answer ids are provider ids, or e.g. "other"). */
export const PROVIDER_QUESTION = 'provider';

export interface ProviderTable {
  $schema?: string;
  providers: Provider[];
}

// ---------------------------------------------------------------------------------------------
// Guide files (src/content/guides/<guide>.json). Wording lives in locales/<lang>/<guide>.json,
// keyed by node id (see LocaleGuide below); data files never hold sentences.

/** A step of a fix. Its wording is at nodes.<fixId>.steps.<stepId> in the locale file. */
export interface FixStep {
  /** kebab-case, unique within its fix. */
  id: string;
  /** Take the step (data and wording) from src/content/shared.json steps.<shared>. */
  shared?: string;
  /**
   * Show a settings table for this provider's servers, filtered by protocol. `"@answer"` (ANSWER_PROVIDER):
   * the provider the person chose at the `provider` question (the validator proves every way here passes it).
   */
  settings?: { provider: string; protocols: Protocol[] };
  /**
   * The step is diagnostic only or touches security (e.g. "try once on mobile data", "look at the
   * certificate but do not press Yes"). The UI shows a warning; the validator rejects a step whose wording
   * looks risky and that is not marked.
   */
  diagnostic?: boolean;
}

export interface QuestionAnswer {
  /** kebab-case; the value written to the URL (?<questionId>=<answerId>). */
  id: string;
  /** Next node id in this guide. */
  next: string;
}

export interface QuestionNode {
  kind: 'question';
  /** kebab-case; also the query-string key for the answer. */
  id: string;
  /** 2–6 answers; the `provider` question up to MAX_PROVIDER_ANSWERS. */
  answers: QuestionAnswer[];
}

export interface FixNode {
  kind: 'fix';
  id: string;
  /** Take steps and wording from src/content/shared.json nodes.<shared> (then `steps` is omitted). */
  shared?: string;
  steps?: FixStep[];
  /** "Did this fix it?" yes → usually a resolved outcome. URL value: ?<fixId>=yes */
  yes: string;
  /** "Did this fix it?" no → the next likely cause, or a hand-off. URL value: ?<fixId>=no */
  no: string;
}

/** Fields a person can type on a check node. Nothing typed leaves the page. */
export const CHECK_FIELDS = ['protocol', 'host', 'port', 'security'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** Names of the pure rules in engine/rules.ts. */
export const RULE_NAMES = [
  'encryption-on',
  'port-matches-security',
  'smtp-port-not-25',
  'host-matches-provider',
  'port-matches-provider',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export interface CheckRuleRef {
  rule: RuleName;
  /** Where a failure of this rule leads. URL value: ?<checkId>=<rule> (the rule name, never typed text). */
  fail: string;
}

export interface CheckNode {
  kind: 'check';
  id: string;
  fields: CheckField[];
  /**
   * Provider to compare against (needed by host-/port-matches-provider), or `"@answer"` (ANSWER_PROVIDER):
   * the one chosen at the `provider` question.
   */
  provider?: string;
  /** Evaluated in order; the first failing rule decides. */
  rules: CheckRuleRef[];
  /** All rules hold. URL value: ?<checkId>=pass */
  pass: string;
  /** "I can't find these settings". URL value: ?<checkId>=skip */
  skip?: string;
}

/**
 * Where a `continue` outcome leads: another guide, opened past the questions `answers` already settle
 * (like a symptom link: the answers are replayed from the target's start and go in the query).
 */
export interface ContinueTo {
  /** The guide to continue in. */
  guide: string;
  /** Node of that guide to open. Without it, the furthest node `answers` lead to from its start. */
  node?: string;
  /** Answers of the target guide (question id → answer id) that this journey has already settled. */
  answers?: Record<string, string>;
}

export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  /**
   * resolved: fixed. handoff: a summary for the helpdesk. continue: this guide only narrowed the problem
   * down (a triage); the page leads on into `continue`. All three are terminal nodes of this guide's graph.
   */
  outcome: 'resolved' | 'handoff' | 'continue';
  /** Other guides (or nodes of them) that fit better, shown as links (e.g. "this message does not appear in Gmail"). */
  related?: { guide: string; node?: string }[];
  /** Required with outcome `continue`, not allowed otherwise. */
  continue?: ContinueTo;
}

export type GuideNode = QuestionNode | FixNode | CheckNode | OutcomeNode;
export type NodeKind = GuideNode['kind'];

/** An entry point for the error finder. Title/summary wording: locales/<lang>/<guide>.json symptoms.<id>. */
export interface Symptom {
  /** kebab-case, unique across all guides. */
  id: string;
  /** Node to open; defaults to the guide's start. */
  node?: string;
  /**
   * Answers the symptom already implies (question id → answer id), e.g. `{ client: 'iphone-mail',
   * message: 'ssl' }`. Its link replays them from the start and opens the node they lead to, with them in
   * the query, so the person is not asked what they already told us. An answer to a question further on
   * is kept until the journey gets there (see resolve.ts). Not used together with `node`.
   */
  answers?: Record<string, string>;
  /** Apps this symptom is covered for (coverage matrix, home list). */
  clients: Client[];
  /**
   * What people paste or type: exact messages in ja and en, error codes in their usual spellings
   * (0x800CCC1A, 800CCC1A), common paraphrases. Matching is normalised (NFKC, case, width, spacing).
   */
  aliases: string[];
}

export interface Guide {
  $schema?: string;
  /** kebab-case, equals the file name and the URL segment. */
  id: string;
  /** ISO date the facts were last checked (shown to users). */
  checked: string;
  start: string;
  symptoms: Symptom[];
  nodes: GuideNode[];
  /** Renamed or removed node ids → the id that replaces them. */
  redirects?: Record<string, string>;
}

// Shared nodes and steps (src/content/shared.json), wording in locales/<lang>/shared.json.
export interface SharedFix {
  id: string;
  steps: FixStep[];
}
export interface SharedContent {
  $schema?: string;
  nodes: SharedFix[];
  steps: FixStep[];
}

// ---------------------------------------------------------------------------------------------
// Wording files. locales/<lang>/<guide>.json and locales/<lang>/shared.json.

export interface LocaleStep {
  title: string;
  body?: string;
  /** Exact menu path as the device shows it in this language, rendered as chips: ["ファイル", "アカウント設定"]. */
  menu?: string[];
  /** Shown in a warning box (required wording for a diagnostic step is optional; a generic one is used). */
  warning?: string;
}

export interface LocaleNode {
  title: string;
  /** Optional text under the heading. Plain text; `backticks` render as code. Paragraphs split on blank lines. */
  body?: string;
  /** question: answer id → label */
  answers?: Record<string, string>;
  /** question: answer id → short hint under the label */
  hints?: Record<string, string>;
  /** fix: step id → wording */
  steps?: Record<string, LocaleStep>;
  /**
   * fix: what not to do while following the steps (e.g. "never set it up without SSL"), shown in a 注意 box
   * above step 1. A "don't" is not a step: a step is something to do. Plain text like `body`.
   */
  caution?: string;
  /** check: rule name → what is wrong and what to do, shown when that rule fails */
  rules?: Record<string, string>;
}

export interface LocaleGuide {
  title: string;
  description: string;
  symptoms: Record<string, { title: string; summary?: string }>;
  nodes: Record<string, LocaleNode>;
}

export interface LocaleShared {
  nodes: Record<string, LocaleNode>;
  steps: Record<string, LocaleStep>;
}

export interface ProviderUiText {
  /** "確認日 {{date}}" under a settings table. */
  checked: string;
  /** "出典：{{sources}}". */
  sources: string;
  /** The values of {{what}} (protocols) for {{provider}} cannot be checked here: look on {{page}}. */
  cannotCheck: string;
  /** {{page}} when the provider has no `pages` entry: "{{provider}}'s own help". */
  pageFallback: string;
  /** Heading of a provider's notes: "About {{provider}}". */
  notesHeading: string;
  /** Label before a host hint: replace ○○○ with your own value. */
  ownValue: string;
  /** A settings table that reads "@answer" on a page opened without the provider answer. */
  providerUnknown: string;
  /** A check's verdict when the generic rules hold and the provider's values could not be compared. */
  resultPassUnchecked: string;
  /** A check that reads "@answer" on a page opened without the provider answer. */
  checkProviderUnknown: string;
}

/**
 * locales/<lang>/providers.json: what is said about a provider beyond its name (common.json providers.<id>).
 * Loaded with a guide, not with the first page. Plain text like a node's body; never a host name or port.
 */
export interface LocaleProviders {
  /**
   * The strings of settings tables and checks that only provider pages need (kept here, not in common.json,
   * so the first page does not carry them). `{{name}}` placeholders as in common.json.
   */
  ui: ProviderUiText;
  /** provider id → what to know about it (its own causes), shown where the provider comes from the answer. */
  notes: Record<string, string>;
  /** provider id → where the person finds their own server name, for a row whose host is a pattern. */
  hostHints: Record<string, string>;
  /** provider id → the provider's own page named in words, where its values cannot be checked here. */
  pages: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Resolved content: a guide with shared references flattened (engine/shared.ts). The UI and the
// validator work on this shape.

export interface ResolvedStep extends FixStep {
  /** Where the wording is: the guide's namespace or 'shared', and the key prefix. */
  text: { ns: string; key: string };
}

export type ResolvedNode =
  | (QuestionNode & { text: { ns: string; key: string } })
  | (Omit<FixNode, 'steps'> & { steps: ResolvedStep[]; text: { ns: string; key: string } })
  | (CheckNode & { text: { ns: string; key: string } })
  | (OutcomeNode & { text: { ns: string; key: string } });

export interface ResolvedGuide extends Omit<Guide, 'nodes'> {
  nodes: ResolvedNode[];
  /** Same nodes by id. */
  byId: Map<string, ResolvedNode>;
}

// ---------------------------------------------------------------------------------------------
// Journeys

/** Answers from the URL: question id → answer id; fix id → 'yes' | 'no'; check id → rule | 'pass' | 'skip'. */
export type Answers = Record<string, string>;

export type DropReason = 'unknown-key' | 'invalid-value' | 'off-path' | 'duplicate' | 'too-long';

export interface DroppedAnswer {
  key: string;
  value: string;
  reason: DropReason;
}

export interface JourneyStep {
  /** Node visited. */
  node: string;
  /** Answer given there (absent for the target node). */
  answer?: string;
}

export type Journey =
  | {
      ok: true;
      guide: string;
      /** The node the URL names (after redirects). */
      target: string;
      /** True when the URL's answers lead from the start to the target. */
      reached: boolean;
      /**
       * Nodes from the start to the target. When the answers reach it: the replayed path. Otherwise the
       * shortest path in the graph (so Back still has somewhere sensible to go); `answer` is then the
       * answer that edge stands for.
       */
      path: JourneyStep[];
      /** Answers that hold (on the path to the target), in path order. */
      answers: Answers;
      /**
       * Answers the URL gives for the target itself or for nodes that can still be reached from it: kept,
       * not shown as given, so that they apply when the person gets there (a changed answer keeps the
       * later ones that still fit; a symptom implies the provider before it is asked).
       */
      ahead: Answers;
      dropped: DroppedAnswer[];
      /** Set when the URL used an old id that redirects. */
      redirectedFrom?: string;
    }
  | { ok: false; reason: 'unknown-guide' | 'unknown-node'; guide: string; node?: string };
