// Pure rules for `check` nodes: compare what a person typed with the facts and the provider table.
import type {
  Answers,
  CheckField,
  CheckNode,
  Protocol,
  Provider,
  ProviderTable,
  RuleName,
  Security,
  ServerSetting,
} from './types';
import { ANSWER_PROVIDER, PROVIDER_QUESTION } from './types';

/**
 * Encryption as a person reads it off their app: one of the table's values, or Outlook's 「自動」 ("Auto"),
 * which lets the app pick. Auto is not "none", but it says nothing that can be compared with a port.
 */
export type TypedSecurity = Security | 'auto';

/** What a person typed on a check node. Nothing here leaves the page. */
export interface CheckInput {
  protocol?: Protocol;
  host?: string;
  port?: number;
  security?: TypedSecurity;
}

interface Expected {
  host?: string[];
  port?: number[];
  security?: Security[];
}

interface RuleFailure {
  ok: false;
  rule: RuleName;
  detail?: { expected: Expected };
  /** Set when the rule failed because it could not judge: 'auto' = the encryption is 「自動」. */
  reason?: 'auto';
}

/**
 * `unchecked`: the rule could not judge, because the provider table has no value to compare with (no
 * provider, a provider with nothing printed, or none for this protocol). Not a pass: the page says so.
 */
type RuleResult = { ok: true; unchecked?: true } | RuleFailure;

/** Implicit TLS ports ("SSL/TLS", iPhone's "Use SSL"). */
export const IMPLICIT_TLS_PORTS: readonly number[] = [465, 993, 995];
/**
 * Ports where the connection starts plain and is upgraded with STARTTLS: submission (587), SMTP (25), and
 * the plain IMAP (143) and POP (110) ports. "SSL/TLS" on any of them fails the handshake.
 */
const STARTTLS_PORTS: readonly number[] = [587, 25, 143, 110];

/** The encryption a well-known port takes; undefined for a port we cannot judge (2525, 8465, ...). */
function securityForPort(port: number): ServerSetting['security'] | undefined {
  if (IMPLICIT_TLS_PORTS.includes(port)) return 'ssl';
  if (STARTTLS_PORTS.includes(port)) return 'starttls';
  return undefined;
}

const OK: RuleResult = { ok: true };
const UNCHECKED: RuleResult = { ok: true, unchecked: true };

function fail(rule: RuleName, expected?: Expected): RuleResult {
  return expected ? { ok: false, rule, detail: { expected } } : { ok: false, rule };
}

/** Host names compare case-insensitively, ignoring surrounding spaces and a trailing root dot. */
function normalizeHost(host: string): string {
  return host.normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
}

/** True for a table host that is a pattern (`sv*.xserver.jp`): the name is the customer's own. */
export function isHostPattern(host: string): boolean {
  return host.includes('*');
}

/** A pattern as people read it: each `*` becomes ○○○ (`sv○○○.xserver.jp`). */
export function displayHost(host: string): string {
  return host.replace(/\*/g, '○○○');
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a typed host is the table's host: equal, or for a pattern, `*` standing for one or more letters,
 * digits or hyphens inside one label (never a dot, so `sv*.xserver.jp` does not match `a.b.xserver.jp`).
 */
export function hostMatches(tableHost: string, typed: string): boolean {
  const wanted = normalizeHost(tableHost);
  const given = normalizeHost(typed);
  if (!isHostPattern(wanted)) return wanted === given;
  const source = wanted.split('*').map(escapeRegExp).join('[a-z0-9-]+');
  return new RegExp(`^${source}$`).test(given);
}

function serversFor(input: CheckInput, provider: Provider | undefined) {
  if (!provider) return [];
  return provider.servers.filter((s) => input.protocol === undefined || s.protocol === input.protocol);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** One named rule: what it reads, whether it compares with a provider, and the comparison itself. */
export interface Rule {
  /** The fields a check must ask for; a check without them can never fail this rule. */
  readonly fields: readonly CheckField[];
  /** Whether the rule compares with the check's provider (the check must name one). */
  readonly usesProvider: boolean;
  readonly run: (input: CheckInput, provider?: Provider) => RuleResult;
}

// A rule that needs a field nobody typed passes: the page cannot judge what it was not told.
export const rules: Record<RuleName, Rule> = {
  'encryption-on': {
    fields: ['security'],
    usesProvider: false,
    run: (input) =>
      input.security === 'none' ? fail('encryption-on', { security: ['ssl', 'starttls'] }) : OK,
  },

  'port-matches-security': {
    fields: ['port', 'security'],
    usesProvider: false,
    run: (input) => {
      if (input.port === undefined || input.security === undefined) return OK;
      const expected = securityForPort(input.port);
      // 「自動」 cannot be held against the port, and passing it would hide the likeliest cause of the
      // error the person came with: it fails, marked, so the page can say why and name the explicit choice.
      if (input.security === 'auto') {
        const failure: RuleFailure = { ok: false, rule: 'port-matches-security', reason: 'auto' };
        return expected ? { ...failure, detail: { expected: { security: [expected] } } } : failure;
      }
      if (expected === undefined || expected === input.security) return OK;
      return fail('port-matches-security', { security: [expected] });
    },
  },

  'smtp-port-not-25': {
    fields: ['port'],
    usesProvider: false,
    run: (input) => {
      // Japanese ISPs block outbound port 25 (OP25B); submission goes to 587 (STARTTLS) or 465 (SSL/TLS).
      if (input.port !== 25 || (input.protocol !== undefined && input.protocol !== 'smtp')) return OK;
      return fail('smtp-port-not-25', { port: [587, 465] });
    },
  },

  'host-matches-provider': {
    fields: ['host'],
    usesProvider: true,
    run: (input, provider) => {
      if (input.host === undefined || input.host.trim() === '') return OK;
      const servers = serversFor(input, provider);
      if (servers.length === 0) return UNCHECKED;
      const typed = input.host;
      if (servers.some((s) => hostMatches(s.host, typed))) return OK;
      return fail('host-matches-provider', { host: unique(servers.map((s) => s.host)) });
    },
  },

  'port-matches-provider': {
    fields: ['port'],
    usesProvider: true,
    run: (input, provider) => {
      if (input.port === undefined) return OK;
      const servers = serversFor(input, provider);
      if (servers.length === 0) return UNCHECKED;
      if (servers.some((s) => s.port === input.port)) return OK;
      return fail('port-matches-provider', { port: unique(servers.map((s) => s.port)) });
    },
  },
};

/**
 * The provider id a check or a settings step means: its own, or for `"@answer"` the answer to the
 * `provider` question in `answers` (undefined when there is none: then nothing is compared).
 */
export function resolveProviderRef(ref: string | undefined, answers: Answers = {}): string | undefined {
  if (ref !== ANSWER_PROVIDER) return ref;
  return Object.hasOwn(answers, PROVIDER_QUESTION) ? answers[PROVIDER_QUESTION] : undefined;
}

function findProvider(
  providers: ProviderTable | readonly Provider[],
  id: string | undefined,
): Provider | undefined {
  if (id === undefined) return undefined;
  const list = Array.isArray(providers) ? providers : (providers as ProviderTable).providers;
  return list.find((p) => p.id === id);
}

/** One field to change, with what was typed and what to set instead (one value, or any one of several). */
export type FieldChange =
  | { field: 'host'; typed: string; set: string[] }
  | { field: 'port'; typed: number; set: number[] }
  | { field: 'security'; typed: TypedSecurity; set: ServerSetting['security'][] };

const hasRule = (node: CheckNode, rule: RuleName) => node.rules.some((r) => r.rule === rule);

/**
 * Field by field, what to change so that what was typed becomes a known-good setting: the nearest row of
 * the provider's table when there is one (same port, else same encryption, else the first row), otherwise
 * the encryption that goes with the port (and 587/465 instead of 25). [] when nothing can be said.
 */
export function suggestChanges(
  node: CheckNode,
  input: CheckInput,
  providers: ProviderTable | readonly Provider[],
  answers?: Answers,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const { port, security } = input;
  const provider = findProvider(providers, resolveProviderRef(node.provider, answers));
  const rows = input.protocol && provider ? serversFor(input, provider) : [];

  const host = input.host?.trim();
  if (host && rows.length > 0 && hasRule(node, 'host-matches-provider')) {
    if (!rows.some((s) => hostMatches(s.host, host))) {
      changes.push({ field: 'host', typed: host, set: unique(rows.map((s) => s.host)) });
    }
  }

  const first = rows[0];
  if (first && hasRule(node, 'port-matches-provider')) {
    if (port === undefined && security === undefined) return changes;
    const row = rows.find((s) => s.port === port) ?? rows.find((s) => s.security === security) ?? first;
    if (port !== undefined && port !== row.port)
      changes.push({ field: 'port', typed: port, set: [row.port] });
    if (security !== undefined && security !== row.security) {
      changes.push({ field: 'security', typed: security, set: [row.security] });
    }
    return changes;
  }

  // No table to compare with: the port decides, as the rules do.
  let target = port;
  if (
    port === 25 &&
    input.protocol !== 'imap' &&
    input.protocol !== 'pop' &&
    hasRule(node, 'smtp-port-not-25')
  ) {
    target = security === 'ssl' ? 465 : 587;
    changes.push({ field: 'port', typed: port, set: [target] });
  }
  if (security !== undefined) {
    const expected = target === undefined ? undefined : securityForPort(target);
    const judged =
      hasRule(node, 'port-matches-security') || (security === 'none' && hasRule(node, 'encryption-on'));
    if (expected !== undefined && expected !== security && judged) {
      changes.push({ field: 'security', typed: security, set: [expected] });
    } else if (expected === undefined && security === 'none' && hasRule(node, 'encryption-on')) {
      changes.push({ field: 'security', typed: security, set: ['ssl', 'starttls'] });
    }
  }
  return changes;
}

export interface CheckOutcome {
  /** The URL value: the failing rule's name, or 'pass'. */
  value: string;
  next: string;
  result?: RuleResult;
  /**
   * Rules that held only because there was nothing to compare with (the provider's values are not in the
   * table for this protocol): a pass must not be claimed for them.
   */
  unchecked: RuleName[];
}

/**
 * The first failing rule decides where a check leads; if all hold, `pass`. `answers` are the journey's
 * (reached) answers: a check whose provider is `"@answer"` compares with the one chosen there.
 */
export function evaluateCheck(
  node: CheckNode,
  input: CheckInput,
  providers: ProviderTable | readonly Provider[],
  answers?: Answers,
): CheckOutcome {
  const provider = findProvider(providers, resolveProviderRef(node.provider, answers));
  const unchecked: RuleName[] = [];
  for (const ref of node.rules) {
    // Content is validated, but an unknown name must not reach Object.prototype.
    if (!Object.hasOwn(rules, ref.rule)) continue;
    const result = rules[ref.rule].run(input, provider);
    if (!result.ok) return { value: ref.rule, next: ref.fail, result, unchecked };
    if (result.unchecked) unchecked.push(ref.rule);
  }
  return { value: 'pass', next: node.pass, unchecked };
}
