// Pure rules for `check` nodes: compare what a person typed with the facts and the provider table.
import type { CheckField, CheckNode, Protocol, Provider, ProviderTable, RuleName, Security } from './types';

/** What a person typed on a check node. Nothing here leaves the page. */
export interface CheckInput {
  protocol?: Protocol;
  host?: string;
  port?: number;
  security?: Security;
}

interface Expected {
  host?: string[];
  port?: number[];
  security?: Security[];
}

type RuleResult = { ok: true } | { ok: false; rule: RuleName; detail?: { expected: Expected } };

/** Implicit TLS ports ("SSL/TLS", iPhone's "Use SSL"). */
export const IMPLICIT_TLS_PORTS: readonly number[] = [465, 993, 995];
/** Ports where the connection starts plain and is upgraded with STARTTLS. */
const STARTTLS_PORTS: readonly number[] = [587, 25];

const OK: RuleResult = { ok: true };

function fail(rule: RuleName, expected?: Expected): RuleResult {
  return expected ? { ok: false, rule, detail: { expected } } : { ok: false, rule };
}

/** Host names compare case-insensitively, ignoring surrounding spaces and a trailing root dot. */
function normalizeHost(host: string): string {
  return host.normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
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
      const expected: Security | undefined = IMPLICIT_TLS_PORTS.includes(input.port)
        ? 'ssl'
        : STARTTLS_PORTS.includes(input.port)
          ? 'starttls'
          : undefined;
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
      if (servers.length === 0) return OK;
      const typed = normalizeHost(input.host);
      if (servers.some((s) => normalizeHost(s.host) === typed)) return OK;
      return fail('host-matches-provider', { host: unique(servers.map((s) => s.host)) });
    },
  },

  'port-matches-provider': {
    fields: ['port'],
    usesProvider: true,
    run: (input, provider) => {
      if (input.port === undefined) return OK;
      const servers = serversFor(input, provider);
      if (servers.length === 0) return OK;
      if (servers.some((s) => s.port === input.port)) return OK;
      return fail('port-matches-provider', { port: unique(servers.map((s) => s.port)) });
    },
  },
};

function findProvider(
  providers: ProviderTable | readonly Provider[],
  id: string | undefined,
): Provider | undefined {
  if (id === undefined) return undefined;
  const list = Array.isArray(providers) ? providers : (providers as ProviderTable).providers;
  return list.find((p) => p.id === id);
}

export interface CheckOutcome {
  /** The URL value: the failing rule's name, or 'pass'. */
  value: string;
  next: string;
  result?: RuleResult;
}

/** The first failing rule decides where a check leads; if all hold, `pass`. */
export function evaluateCheck(
  node: CheckNode,
  input: CheckInput,
  providers: ProviderTable | readonly Provider[],
): CheckOutcome {
  const provider = findProvider(providers, node.provider);
  for (const ref of node.rules) {
    // Content is validated, but an unknown name must not reach Object.prototype.
    if (!Object.hasOwn(rules, ref.rule)) continue;
    const result = rules[ref.rule].run(input, provider);
    if (!result.ok) return { value: ref.rule, next: ref.fail, result };
  }
  return { value: 'pass', next: node.pass };
}
