// Content validator: schema, graph, wording and safety checks over every guide, with a fix for each problem.
import { z } from 'zod';
import type {
  CheckField,
  FixStep,
  Guide,
  GuideNode,
  LocaleGuide,
  LocaleShared,
  Provider,
  ProviderTable,
  ResolvedGuide,
  ResolvedNode,
  ResolvedStep,
  RuleName,
  SharedContent,
} from './types';
import { LANGS, RULE_NAMES } from './types';
import {
  guideSchema,
  localeGuideSchema,
  localeSharedSchema,
  providerTableSchema,
  sharedContentSchema,
} from './schema';
import { SHARED_NS, resolveGuide } from './shared';
import { graphIndex, reachableFromStart, reachesOutcome } from './graph';
import type { GuideLike } from './url';
import { currentId } from './url';
import type { HostMention } from './wording';
import { WEB_HOSTS, hostMentions, riskySentence } from './wording';
import type { LocalePath } from './locale-walk';
import { LOCALE_GUIDE_SPEC, LOCALE_SHARED_SPEC, walkLocale } from './locale-walk';

export interface Problem {
  file: string;
  node?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it, in plain English. */
  fix: string;
}

export interface ContentFile {
  file: string;
  data: unknown;
}

export interface LocaleFile extends ContentFile {
  lang: string;
  /** A guide id, 'shared', or 'common' (UI strings: only checked for server names). */
  ns: string;
}

export interface ContentInput {
  guides: ContentFile[];
  shared: ContentFile;
  providers: ContentFile;
  locales: LocaleFile[];
  /** Every node id ever published, by guide (src/content/published.json). */
  published?: Record<string, string[]>;
  publishedFile?: string;
  /** YYYY-MM-DD; defaults to today (UTC). `checked` may not be later. */
  today?: string;
  /** Languages every string must exist in; defaults to LANGS. */
  langs?: readonly string[];
}

const COMMON_NS = 'common';
const BLANK = /^\s*$/;
const MIN_ANSWERS = 2;
const MAX_ANSWERS = 6;

/** Fields each rule reads; a check that does not ask for them can never fail that rule. */
const RULE_FIELDS: Record<RuleName, CheckField[]> = {
  'encryption-on': ['security'],
  'port-matches-security': ['port', 'security'],
  'smtp-port-not-25': ['port'],
  'host-matches-provider': ['host'],
  'port-matches-provider': ['port'],
};
const PROVIDER_RULES: ReadonlySet<RuleName> = new Set(['host-matches-provider', 'port-matches-provider']);

// Issues that leave the data's shape intact, so the deeper checks can still run and report everything at once.
const SHAPE_PRESERVING = new Set(['invalid_format', 'invalid_value', 'unrecognized_keys']);

const q = (s: string) => JSON.stringify(s);

/** Whether list[i] repeats an earlier item's key (lists here are a handful long: no Set needed). */
function repeats<T>(list: readonly T[], i: number, key: (item: T) => string): boolean {
  const k = key(list[i] as T);
  for (let j = 0; j < i; j++) if (key(list[j] as T) === k) return true;
  return false;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[part];
  }
  return cur;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/** " Did you mean "x"?" for a near miss (typo), or ''. */
function didYouMean(id: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - id.length) >= bestDistance) continue;
    const d = levenshtein(id, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` Did you mean ${q(best)}?`;
}

function schemaProblems(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  schemaFile: string,
  localeFile: boolean,
): Problem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const at = path === '' ? 'the top level' : path;
    const value = valueAt(data, issue.path);
    let node: string | undefined;
    if (issue.path[0] === 'nodes') {
      if (localeFile && typeof issue.path[1] === 'string') node = issue.path[1];
      const id = valueAt(data, ['nodes', issue.path[1] ?? '', 'id']);
      if (!localeFile && typeof id === 'string') node = id;
    }
    let message = `${at}: ${issue.message}`;
    let fix = `Correct ${at} so that it matches ${schemaFile}.`;
    if (issue.code === 'invalid_format' && issue.format === 'regex') {
      message = `${at}: ${q(String(value))} is not a lowercase kebab-case id`;
      fix =
        'Use lowercase letters, digits and single hyphens (e.g. "check-port"). If the old id was already published, add it to `redirects`.';
    } else if (issue.code === 'invalid_format' && issue.format === 'date') {
      message = `${at}: ${q(String(value))} is not an ISO date`;
      fix = 'Write the date as YYYY-MM-DD, e.g. "2026-11-23".';
    } else if (issue.code === 'invalid_value' && issue.path.at(-1) === 'rule') {
      message = `${at}: unknown rule ${q(String(value))}`;
      fix = `Use one of the rules in engine/rules.ts: ${RULE_NAMES.join(', ')}.`;
    } else if (issue.code === 'invalid_value') {
      message = `${at}: ${JSON.stringify(value)} is not allowed`;
      fix = `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue) {
      message = `${at}: ${JSON.stringify(value)} is not a node kind`;
      fix = 'Set "kind" to one of: question, fix, check, outcome.';
    } else if (issue.code === 'unrecognized_keys') {
      message = `${at}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(q).join(', ')}`;
      fix = `Remove ${issue.keys.length > 1 ? 'them' : 'it'} or correct the spelling (see ${schemaFile}).`;
    } else if (issue.code === 'invalid_type' && value === undefined) {
      message = `${at} is missing`;
      fix = `Add ${q(String(issue.path.at(-1) ?? at))} (${issue.expected}).`;
    } else if (issue.code === 'invalid_type') {
      message = `${at}: expected ${issue.expected}, found ${JSON.stringify(value)?.slice(0, 60)}`;
      fix = `Change ${at} to a ${issue.expected}.`;
    }
    return node === undefined ? { file, message, fix } : { file, node, message, fix };
  });
}

interface Parsed<T> {
  data: T | undefined;
  problems: Problem[];
}

/**
 * Checks `input` against `schema`. `data` is the file itself (never a copy): zod's boolean `validate` answers
 * for a valid file without building the copy `safeParse` makes (10,000 node objects on a big guide), and
 * `safeParse` runs only to explain a file that fails.
 */
function parse<T>(schema: z.ZodType, input: ContentFile, schemaFile: string, localeFile = false): Parsed<T> {
  if (schema.validate(input.data)) return { data: input.data as T, problems: [] };
  const result = schema.safeParse(input.data);
  if (result.success) return { data: input.data as T, problems: [] };
  const problems = schemaProblems(input.file, input.data, result.error.issues, schemaFile, localeFile);
  const usable = result.error.issues.every((i) => SHAPE_PRESERVING.has(i.code));
  return { data: usable ? (input.data as T) : undefined, problems };
}

type Rec = Record<string, unknown>;

interface LocaleView {
  file: string;
  data: Rec;
}

const isRec = (value: unknown): value is Rec =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value[key]` for own keys only (an id like "constructor" never reads Object.prototype). */
function at(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  // The load comes first: a missing key (the common case for optional fields) needs no own-key test.
  const found = (value as Rec)[key];
  return found !== undefined && !Array.isArray(value) && Object.hasOwn(value, key) ? found : undefined;
}

/** The first risky sentence in a step's title, body or warning. */
function riskyStep(step: unknown): string | undefined {
  for (const field of ['title', 'body', 'warning']) {
    const text = at(step, field);
    const sentence = typeof text === 'string' ? riskySentence(text) : undefined;
    if (sentence !== undefined) return sentence;
  }
  return undefined;
}

const keysOf = (value: unknown): string[] => (isRec(value) ? Object.keys(value) : []);

function keyOf(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

// AOT-compiled copies of the schemas (zod builds them with `new Function`, fine at build and test time).
const compiledSchemas = new Map<string, z.ZodType>();
function compiled(name: string, schema: z.ZodType): z.ZodType {
  let c = compiledSchemas.get(name);
  if (!c) {
    c = z.compile(schema);
    compiledSchemas.set(name, c);
  }
  return c;
}

/** Same answer as BLANK.test(text); most strings start with a character \s cannot match and skip the regex. */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0); // NaN for '', which the regex then accepts
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff)) return false;
  return BLANK.test(text);
}

const byId = (item: { id: string }) => item.id;
const byRule = (item: { rule: string }) => item.rule;

/** A record without an own "__proto__" key, as zod copies it (the copy cannot hold one). */
function withoutProtoKey(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(record)) if (k !== '__proto__') out[k] = record[k] as string;
  return out;
}

interface GuideEntry {
  file: string;
  guide: Guide;
  /** The guide as a graph: a new object on every run, so no index cached on an earlier run's objects is read. */
  graph: GuideLike;
  /**
   * Only for a guide (wrongly) named "shared", whose wording file is shared.json itself: the guide with the
   * shared fixes and steps filled in. Any other guide's own wording does not depend on them, so its wording
   * is checked on the file itself, without the copy of every node that resolving makes.
   */
  resolved: ResolvedGuide | undefined;
}

interface GuideView {
  view: LocaleView;
  nodes: unknown;
}

/**
 * One run of the validator and the state its checks share. The checks are methods, not closures made on
 * every run, so that V8 compiles each hot loop once and keeps it (one 700-line function full of closures was
 * re-optimized, slowly, on every run). Problems are reported in the same order as they are found.
 */
class Validation {
  readonly input: ContentInput;
  readonly problems: Problem[] = [];
  readonly langs: readonly string[];
  readonly today: string;

  readonly providers = new Map<string, Provider>();
  providersKnown = false;
  readonly serverHosts = new Map<string, Set<number>>();

  readonly sharedFile: string;
  shared: SharedContent = { nodes: [], steps: [] };
  sharedKnown = false;
  readonly sharedNodeIds = new Set<string>();
  readonly sharedStepIds = new Set<string>();

  readonly guides = new Map<string, GuideEntry>();
  readonly symptomOwner = new Map<string, string>();
  readonly unreadable = new Set<string>();

  readonly views = new Map<string, LocaleView>();
  readonly reportedMissingFile = new Set<string>();

  constructor(input: ContentInput) {
    this.input = input;
    this.langs = input.langs ?? LANGS;
    this.today = input.today ?? new Date().toISOString().slice(0, 10);
    this.sharedFile = input.shared.file;
  }

  report(file: string, node: string | undefined, message: string, fix: string): void {
    this.problems.push(node === undefined ? { file, message, fix } : { file, node, message, fix });
  }

  // --- Provider table -------------------------------------------------------------------------
  checkProviders(): void {
    const input = this.input;
    const providersParsed = parse<ProviderTable>(
      providerTableSchema,
      input.providers,
      'src/content/providers.schema.json',
    );
    this.problems.push(...providersParsed.problems);
    const providers = this.providers;
    for (const p of providersParsed.data?.providers ?? []) {
      if (providers.has(p.id)) {
        this.report(
          input.providers.file,
          undefined,
          `provider ${q(p.id)} is listed twice`,
          'Merge the two entries into one.',
        );
      } else providers.set(p.id, p);
    }
    this.providersKnown = providersParsed.data !== undefined;
    const serverHosts = this.serverHosts;
    for (const p of providers.values()) {
      for (const s of p.servers) {
        const ports = serverHosts.get(s.host.toLowerCase()) ?? new Set<number>();
        ports.add(s.port);
        serverHosts.set(s.host.toLowerCase(), ports);
      }
    }
  }

  checkSettings(file: string, node: string, step: FixStep, sharedStep = false): void {
    if (!step.settings || !this.providersKnown) return;
    const where = `${sharedStep ? 'shared step' : 'step'} ${q(step.id)}`;
    const provider = this.providers.get(step.settings.provider);
    if (!provider) {
      this.report(
        file,
        node,
        `${where} shows settings for unknown provider ${q(step.settings.provider)}`,
        `Use a provider id from src/content/providers.json.${didYouMean(step.settings.provider, this.providers.keys())}`,
      );
      return;
    }
    if (provider.servers.length === 0) return;
    for (const protocol of step.settings.protocols) {
      if (!provider.servers.some((s) => s.protocol === protocol)) {
        this.report(
          file,
          node,
          `${where} asks for ${protocol} settings, but provider ${q(provider.id)} has no ${protocol} server`,
          `Remove ${q(protocol)} from settings.protocols, or add the server to src/content/providers.json.`,
        );
      }
    }
  }

  // --- Shared nodes and steps -----------------------------------------------------------------
  checkShared(): void {
    const sharedFile = this.sharedFile;
    const sharedParsed = parse<SharedContent>(
      sharedContentSchema,
      this.input.shared,
      'src/content/shared.schema.json',
    );
    this.problems.push(...sharedParsed.problems);
    const shared: SharedContent = sharedParsed.data ?? { nodes: [], steps: [] };
    this.shared = shared;
    this.sharedKnown = sharedParsed.data !== undefined;
    const sharedNodeIds = this.sharedNodeIds;
    const sharedStepIds = this.sharedStepIds;
    for (const step of shared.steps) {
      if (sharedStepIds.has(step.id)) {
        this.report(
          sharedFile,
          undefined,
          `shared step ${q(step.id)} is defined twice`,
          'Rename or remove one of them.',
        );
      }
      sharedStepIds.add(step.id);
      if (step.shared !== undefined) {
        this.report(
          sharedFile,
          undefined,
          `shared step ${q(step.id)} refers to another shared step`,
          'Write the step itself here: shared steps cannot point at each other.',
        );
      }
      this.checkSettings(sharedFile, step.id, step, true);
    }
    for (const node of shared.nodes) {
      if (sharedNodeIds.has(node.id)) {
        this.report(
          sharedFile,
          node.id,
          `shared node ${q(node.id)} is defined twice`,
          'Rename or remove one of them.',
        );
      }
      sharedNodeIds.add(node.id);
      if (node.steps.length === 0) {
        this.report(sharedFile, node.id, `shared fix ${q(node.id)} has no steps`, 'Add at least one step.');
      }
      const stepIds = new Set<string>();
      for (const step of node.steps) {
        if (stepIds.has(step.id)) {
          this.report(
            sharedFile,
            node.id,
            `step id ${q(step.id)} is used twice in this fix`,
            'Give each step its own id.',
          );
        }
        stepIds.add(step.id);
        if (step.shared !== undefined && !sharedStepIds.has(step.shared)) {
          this.report(
            sharedFile,
            node.id,
            `step ${q(step.id)} refers to shared step ${q(step.shared)}, which does not exist`,
            `Add it to "steps" in ${sharedFile}, or correct the id.${didYouMean(step.shared, sharedStepIds)}`,
          );
        }
        this.checkSettings(sharedFile, node.id, step);
      }
    }
  }

  // --- Guides: structure --------------------------------------------------------------------------
  checkGuide(entry: ContentFile): void {
    const parsed = parse<Guide>(compiled('guide', guideSchema), entry, 'src/content/guide.schema.json');
    this.problems.push(...parsed.problems);
    let guide = parsed.data;
    if (!guide) {
      // Its problems are reported; links into it are not judged until it can be read.
      const id = at(entry.data, 'id');
      this.unreadable.add(
        typeof id === 'string' ? id : (entry.file.split(/[\\/]/).pop() ?? '').replace(/\.json$/, ''),
      );
      return;
    }
    // A valid file is read as it is, where zod's copy used to be: the one thing the copy left out is an own
    // "__proto__" redirect key (zod skips it), so it is left out here too.
    if (parsed.problems.length === 0 && guide.redirects && Object.hasOwn(guide.redirects, '__proto__')) {
      guide = { ...guide, redirects: withoutProtoKey(guide.redirects) };
    }
    const file = entry.file;
    const base = file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.json$/, '');
    if (base !== guide.id) {
      this.report(
        file,
        undefined,
        `guide id ${q(guide.id)} does not match the file name ${q(base ?? file)}`,
        `Rename the file to ${guide.id}.json, or set "id" to ${q(base ?? '')}.`,
      );
    }
    if (guide.id === SHARED_NS || guide.id === COMMON_NS) {
      this.report(
        file,
        undefined,
        `guide id ${q(guide.id)} is reserved for wording files`,
        'Choose another id.',
      );
    }
    if (this.guides.has(guide.id)) {
      this.report(
        file,
        undefined,
        `guide id ${q(guide.id)} is used by another file too`,
        'Give each guide its own id.',
      );
      return;
    }
    if (guide.checked > this.today) {
      this.report(
        file,
        undefined,
        `"checked" is ${guide.checked}, a date in the future`,
        `Set it to the day the facts were last checked (today is ${this.today} or earlier).`,
      );
    }
    const graph: GuideLike = { start: guide.start, nodes: guide.nodes, redirects: guide.redirects };
    const resolved = guide.id === SHARED_NS ? resolveGuide(guide, this.shared) : undefined;
    this.guides.set(guide.id, { file, guide, graph, resolved });

    const ids = new Set<string>();
    for (const node of guide.nodes) {
      if (ids.has(node.id)) {
        this.report(
          file,
          node.id,
          `node id ${q(node.id)} is used by more than one node`,
          'Give each node its own id (and never reuse a published one).',
        );
      }
      ids.add(node.id);
    }
    if (!ids.has(guide.start)) this.missingTarget(file, ids, undefined, '"start"', guide.start);

    for (const symptom of guide.symptoms) {
      const owner = this.symptomOwner.get(symptom.id);
      if (owner !== undefined) {
        this.report(
          file,
          undefined,
          `symptom id ${q(symptom.id)} is already used in guide ${q(owner)}`,
          'Symptom ids are unique across all guides: rename one of them.',
        );
      } else this.symptomOwner.set(symptom.id, guide.id);
      if (symptom.node !== undefined && !ids.has(symptom.node))
        this.missingTarget(file, ids, undefined, `symptom ${q(symptom.id)}`, symptom.node);
      if (symptom.aliases.filter((a) => a.trim() !== '').length === 0) {
        this.report(
          file,
          undefined,
          `symptom ${q(symptom.id)} has no aliases, so the error finder cannot find it`,
          'Add the exact error messages (ja and en) and codes people see.',
        );
      }
      if (symptom.clients.length === 0) {
        this.report(
          file,
          undefined,
          `symptom ${q(symptom.id)} lists no clients`,
          'List the apps it is covered for (outlook-classic, outlook-new, iphone-mail, gmail).',
        );
      }
    }

    for (const node of guide.nodes) this.checkNode(file, node, ids);

    for (const [from, to] of Object.entries(guide.redirects ?? {})) {
      if (ids.has(from)) {
        this.report(
          file,
          from,
          `redirect from ${q(from)}, but a node with that id still exists`,
          'Remove the redirect, or rename the node: a URL cannot name two things.',
        );
      } else if (currentId(graph, from) === undefined) {
        this.report(
          file,
          from,
          `redirect from ${q(from)} to ${q(to)} does not end at a node`,
          `Point the redirect at an existing node id.${didYouMean(to, ids)}`,
        );
      }
    }

    const reachable = reachableFromStart(graph);
    const exits = reachesOutcome(graph);
    const startExists = ids.has(guide.start);
    for (const node of guide.nodes) {
      if (startExists && !reachable.has(node.id)) {
        this.report(
          file,
          node.id,
          `node ${q(node.id)} cannot be reached from the start`,
          'Link to it from an answer, a fix or a check, or remove it (and add a redirect if it was published).',
        );
      }
      if (!exits.has(node.id)) {
        this.report(
          file,
          node.id,
          `no outcome can be reached from node ${q(node.id)} (a loop with no way out)`,
          'Make at least one answer lead on towards a resolved or hand-off outcome.',
        );
      }
    }
  }

  /** Reports a link (`what`) to `target`, which is not a node id of the guide. */
  missingTarget(
    file: string,
    ids: Set<string>,
    node: string | undefined,
    what: string,
    target: string,
  ): void {
    this.report(
      file,
      node,
      `${what} leads to ${q(target)}, which is not a node of this guide`,
      `Point it at an existing node id, or add a node ${q(target)}.${didYouMean(target, ids)}`,
    );
  }

  checkNode(file: string, node: GuideNode, ids: Set<string>): void {
    const id = node.id;
    switch (node.kind) {
      case 'question': {
        if (node.answers.length < MIN_ANSWERS || node.answers.length > MAX_ANSWERS) {
          this.report(
            file,
            id,
            `question has ${node.answers.length} answer${node.answers.length === 1 ? '' : 's'}; a question needs 2 to 6`,
            node.answers.length < MIN_ANSWERS
              ? 'Add answers, or turn the node into the step it leads to.'
              : 'Split it into two questions.',
          );
        }
        for (let i = 0; i < node.answers.length; i++) {
          const a = node.answers[i] as (typeof node.answers)[number];
          if (repeats(node.answers, i, byId))
            this.report(file, id, `answer id ${q(a.id)} is used twice`, 'Give each answer its own id.');
          if (!ids.has(a.next)) this.missingTarget(file, ids, id, `answer ${q(a.id)}`, a.next);
        }
        break;
      }
      case 'fix': {
        if (!ids.has(node.yes)) this.missingTarget(file, ids, id, '"yes"', node.yes);
        if (!ids.has(node.no)) this.missingTarget(file, ids, id, '"no"', node.no);
        if (node.shared !== undefined) {
          if (this.sharedKnown && !this.sharedNodeIds.has(node.shared)) {
            this.report(
              file,
              id,
              `fix uses shared node ${q(node.shared)}, which does not exist`,
              `Add it to "nodes" in ${this.sharedFile}, or correct the id.${didYouMean(node.shared, this.sharedNodeIds)}`,
            );
          }
          if (node.steps !== undefined) {
            this.report(
              file,
              id,
              'fix has both "shared" and "steps"',
              'Keep one: a shared fix takes its steps from shared.json.',
            );
          }
          break;
        }
        if (!node.steps || node.steps.length === 0) {
          this.report(
            file,
            id,
            'fix has no steps',
            'Add at least one step, or use "shared" to take the steps of a shared fix.',
          );
        }
        const steps = node.steps ?? [];
        for (let i = 0; i < steps.length; i++) {
          const step = steps[i] as FixStep;
          if (repeats(steps, i, byId))
            this.report(
              file,
              id,
              `step id ${q(step.id)} is used twice in this fix`,
              'Give each step its own id.',
            );
          if (step.shared !== undefined && this.sharedKnown && !this.sharedStepIds.has(step.shared)) {
            this.report(
              file,
              id,
              `step ${q(step.id)} uses shared step ${q(step.shared)}, which does not exist`,
              `Add it to "steps" in ${this.sharedFile}, or correct the id.${didYouMean(step.shared, this.sharedStepIds)}`,
            );
          }
          this.checkSettings(file, id, step);
        }
        break;
      }
      case 'check': {
        if (node.pass !== undefined && !ids.has(node.pass))
          this.missingTarget(file, ids, id, '"pass"', node.pass);
        if (node.skip !== undefined && !ids.has(node.skip))
          this.missingTarget(file, ids, id, '"skip"', node.skip);
        if (node.rules.length === 0)
          this.report(
            file,
            id,
            'check has no rules, so it always passes',
            'Add a rule, or use a question instead.',
          );
        if (node.provider !== undefined && this.providersKnown && !this.providers.has(node.provider)) {
          this.report(
            file,
            id,
            `check compares with unknown provider ${q(node.provider)}`,
            `Use a provider id from src/content/providers.json.${didYouMean(node.provider, this.providers.keys())}`,
          );
        }
        for (let i = 0; i < node.rules.length; i++) {
          const ref = node.rules[i] as (typeof node.rules)[number];
          if (repeats(node.rules, i, byRule))
            this.report(
              file,
              id,
              `rule ${q(ref.rule)} is listed twice`,
              'Remove the second one: only the first can ever fail.',
            );
          if (!ids.has(ref.fail)) this.missingTarget(file, ids, id, `rule ${q(ref.rule)}`, ref.fail);
          if (!Object.hasOwn(RULE_FIELDS, ref.rule)) continue; // unknown rule: reported by the schema
          const needed = RULE_FIELDS[ref.rule].filter((f) => !node.fields.includes(f));
          if (needed.length > 0) {
            this.report(
              file,
              id,
              `rule ${q(ref.rule)} needs ${needed.join(' and ')}, which this check does not ask for`,
              `Add ${needed.map(q).join(', ')} to "fields", or remove the rule.`,
            );
          }
          if (PROVIDER_RULES.has(ref.rule) && node.provider === undefined) {
            this.report(
              file,
              id,
              `rule ${q(ref.rule)} compares with a provider, but the check names none`,
              'Set "provider" to a provider id from src/content/providers.json.',
            );
          }
        }
        break;
      }
      case 'outcome':
        break;
    }
  }

  // --- Cross-guide references: related links and published ids -----------------------------------
  checkCrossReferences(): void {
    const guides = this.guides;
    const unreadable = this.unreadable;
    for (const { file, guide } of guides.values()) {
      for (const node of guide.nodes) {
        if (node.kind !== 'outcome') continue;
        for (const link of node.related ?? []) {
          const other = guides.get(link.guide);
          if (unreadable.has(link.guide)) continue;
          if (!other) {
            this.report(
              file,
              node.id,
              `related link to guide ${q(link.guide)}, which does not exist`,
              `Use an existing guide id.${didYouMean(link.guide, guides.keys())}`,
            );
          } else if (link.node !== undefined && currentId(other.graph, link.node) === undefined) {
            this.report(
              file,
              node.id,
              `related link to ${q(`${link.guide}/${link.node}`)}, which is not a node of that guide`,
              'Link to an existing node, or leave "node" out to open the guide at its start.',
            );
          }
        }
      }
    }
    const publishedFile = this.input.publishedFile ?? 'src/content/published.json';
    for (const [guideId, ids] of Object.entries(this.input.published ?? {})) {
      const entry = guides.get(guideId);
      if (unreadable.has(guideId)) continue;
      if (!entry) {
        this.report(
          publishedFile,
          undefined,
          `guide ${q(guideId)} was published and no longer exists`,
          'Restore the guide: published links must keep working.',
        );
        continue;
      }
      for (const id of ids) {
        if (currentId(entry.graph, id) === undefined) {
          this.report(
            entry.file,
            id,
            `published node ${q(id)} no longer resolves`,
            `Add "redirects": { ${q(id)}: "<new id>" } to the guide, so links already sent keep working.`,
          );
        }
      }
    }
  }

  // --- Wording ---------------------------------------------------------------------------------------
  // Wording files are read defensively (a file with a schema error is still checked for everything else).
  checkLocaleFile(loc: LocaleFile): void {
    const isShared = loc.ns === SHARED_NS;
    const isCommon = loc.ns === COMMON_NS;
    // One walk checks the shape and every string; zod runs only to explain a file whose shape is wrong.
    const textProblems: Problem[] = [];
    const spec = isCommon ? undefined : isShared ? LOCALE_SHARED_SPEC : LOCALE_GUIDE_SPEC;
    const fits = walkLocale(loc.data, spec, (text, path) =>
      this.checkText(loc.file, isCommon, textProblems, text, path),
    );
    if (!isCommon) {
      if (
        !isShared &&
        !this.guides.has(loc.ns) &&
        !this.input.guides.some((g) => g.file.endsWith(`${loc.ns}.json`))
      ) {
        this.report(
          loc.file,
          undefined,
          `wording file for guide ${q(loc.ns)}, which does not exist`,
          'Delete the file, or rename it after its guide.',
        );
      }
      if (!this.langs.includes(loc.lang)) {
        this.report(
          loc.file,
          undefined,
          `language ${q(loc.lang)} is not one of ${this.langs.join(', ')}`,
          'Move the file under a supported language folder.',
        );
      }
      if (!fits) {
        const parsed = isShared
          ? parse<LocaleShared>(localeSharedSchema, loc, 'the LocaleShared type in src/engine/types.ts', true)
          : parse<LocaleGuide>(localeGuideSchema, loc, 'the LocaleGuide type in src/engine/types.ts', true);
        // A missing title is reported below with what it is the title of.
        this.problems.push(
          ...parsed.problems.filter(
            (p) => !/\.title is missing$|^(title|description) is missing$/.test(p.message),
          ),
        );
      }
      if (isRec(loc.data)) this.views.set(viewKey(loc.lang, loc.ns), { file: loc.file, data: loc.data });
    }
    this.problems.push(...textProblems);
  }

  /** Checks one string of a wording file (called for every string, so nothing is built unless it fails). */
  checkText(file: string, isCommon: boolean, out: Problem[], text: string, path: LocalePath): void {
    if (!isCommon && isBlank(text))
      out.push(
        textProblem(
          file,
          path,
          `${keyOf(path)} is empty`,
          'Write the text, or remove the key if it is optional.',
        ),
      );
    const mentions = hostMentions(text);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as HostMention;
      const ports = this.serverHosts.get(m.host);
      const known =
        m.port === undefined ? ports !== undefined || WEB_HOSTS.has(m.host) : ports?.has(m.port) === true;
      if (!known) {
        const written = m.port === undefined ? m.host : `${m.host}:${m.port}`;
        out.push(
          textProblem(
            file,
            path,
            `${keyOf(path)} writes the server value ${q(written)}, which is not in the provider table`,
            'Write server values only in src/content/providers.json and show them with a "settings" step.',
          ),
        );
      }
    }
  }

  /** The wording file for lang/ns, or undefined (then reported once as missing). */
  viewFor(lang: string, ns: string): LocaleView | undefined {
    const k = viewKey(lang, ns);
    const view = this.views.get(k);
    if (!view && !this.reportedMissingFile.has(k)) {
      this.reportedMissingFile.add(k);
      if (!this.input.locales.some((l) => l.lang === lang && l.ns === ns)) {
        this.report(
          `locales/${lang}/${ns}.json`,
          undefined,
          `the ${lang} wording file for ${q(ns)} is missing`,
          `Create locales/${lang}/${ns}.json with the wording of every node.`,
        );
      }
    }
    return view;
  }

  /** Reports `key` unless it holds a string. */
  needText(view: LocaleView, value: unknown, key: string, node: string | undefined, what: string): void {
    if (typeof value !== 'string') this.missing(view, key, node, what);
  }

  missing(view: LocaleView, key: string, node: string | undefined, what: string): void {
    this.report(view.file, node, `${key} is missing (${what})`, `Add ${q(key)} to ${view.file}.`);
  }

  staleKey(view: LocaleView, key: string, node: string | undefined, why: string): void {
    this.report(
      view.file,
      node,
      `${key} is not used: ${why}`,
      'Delete it (or move it to where the node now is).',
    );
  }

  /** Reports risky wording in a step that is not marked diagnostic. */
  checkRisky(
    view: LocaleView,
    key: string,
    node: string,
    step: unknown,
    diagnostic: boolean | undefined,
  ): void {
    if (diagnostic) return;
    const sentence = riskyStep(step);
    if (sentence !== undefined) this.reportRisky(view, key, node, sentence);
  }

  reportRisky(view: LocaleView, key: string, node: string, sentence: string): void {
    this.report(
      view.file,
      node,
      `${key} seems to advise turning encryption off or accepting a certificate warning: ${q(sentence)}`,
      'Rewrite it so the fix never weakens security, or, if it is only a diagnostic step, set "diagnostic": true on the step so the UI shows a warning.',
    );
  }

  /** Keys of a wording record that the content does not use. */
  staleIn(
    view: LocaleView,
    record: unknown,
    prefix: string,
    valid: ReadonlySet<string>,
    node: string | undefined,
    why: string,
  ): void {
    for (const k of keysOf(record)) if (!valid.has(k)) this.staleKey(view, `${prefix}.${k}`, node, why);
  }

  checkSharedWording(lang: string): void {
    const shared = this.shared;
    // With nothing shared, a shared wording file is optional (but still checked for stale keys if present).
    const hasShared = shared.nodes.length > 0 || shared.steps.length > 0;
    const sharedView = hasShared ? this.viewFor(lang, SHARED_NS) : this.views.get(viewKey(lang, SHARED_NS));
    if (!sharedView) return;
    const nodes = at(sharedView.data, 'nodes');
    const steps = at(sharedView.data, 'steps');
    for (const node of shared.nodes) {
      const text = at(nodes, node.id);
      this.needText(
        sharedView,
        at(text, 'title'),
        `nodes.${node.id}.title`,
        node.id,
        'the title of a shared fix',
      );
      const ownSteps = new Set<string>();
      for (const step of node.steps) {
        if (step.shared !== undefined) continue;
        ownSteps.add(step.id);
        const stepText = at(at(text, 'steps'), step.id);
        this.needText(
          sharedView,
          at(stepText, 'title'),
          `nodes.${node.id}.steps.${step.id}.title`,
          node.id,
          'the title of a step',
        );
        this.checkRisky(sharedView, `nodes.${node.id}.steps.${step.id}`, node.id, stepText, step.diagnostic);
      }
      this.staleIn(
        sharedView,
        at(text, 'steps'),
        `nodes.${node.id}.steps`,
        ownSteps,
        node.id,
        'the fix has no such step of its own',
      );
    }
    for (const step of shared.steps) {
      const stepText = at(steps, step.id);
      this.needText(
        sharedView,
        at(stepText, 'title'),
        `steps.${step.id}.title`,
        undefined,
        'the title of a shared step',
      );
      this.checkRisky(sharedView, `steps.${step.id}`, step.id, stepText, step.diagnostic);
    }
    if (this.sharedKnown) {
      this.staleIn(
        sharedView,
        nodes,
        'nodes',
        this.sharedNodeIds,
        undefined,
        'there is no shared node with that id',
      );
      this.staleIn(
        sharedView,
        steps,
        'steps',
        this.sharedStepIds,
        undefined,
        'there is no shared step with that id',
      );
    }
  }

  checkGuideWording({ guide, graph, resolved }: GuideEntry): void {
    const ns = guide.id;
    const guideViews: GuideView[] = [];
    for (const lang of this.langs) {
      const view = this.viewFor(lang, ns);
      if (!view) continue;
      const data = view.data;
      guideViews.push({ view, nodes: at(data, 'nodes') });
      this.needText(view, at(data, 'title'), 'title', undefined, 'the guide title');
      this.needText(view, at(data, 'description'), 'description', undefined, 'the guide description');
      const symptoms = at(data, 'symptoms');
      for (const symptom of guide.symptoms) {
        if (typeof at(at(symptoms, symptom.id), 'title') !== 'string')
          this.missing(
            view,
            `symptoms.${symptom.id}.title`,
            undefined,
            `the title of symptom ${q(symptom.id)}`,
          );
      }
      for (const k of keysOf(symptoms)) {
        if (!guide.symptoms.some((sy) => sy.id === k))
          this.staleKey(view, `symptoms.${k}`, undefined, 'the guide has no symptom with that id');
      }
    }
    if (guideViews.length === 0) return;

    // Nodes by id, the first of a repeated id winning (as in the resolved guide).
    const byId: ReadonlyMap<string, GuideNode | ResolvedNode> = resolved?.byId ?? graphIndex(graph).byId;
    const viaResolved = resolved !== undefined;
    for (const node of byId.values()) {
      // A shared fix: its wording is checked with shared.json.
      if (wordingNs(node, ns, viaResolved) !== ns) continue;
      for (let v = 0; v < guideViews.length; v++)
        this.checkNodeWording(guideViews[v] as GuideView, node, ns, viaResolved);
    }
    for (const { view, nodes } of guideViews) {
      for (const id of keysOf(nodes)) {
        const node = byId.get(id);
        if (!node) {
          const hint = didYouMean(id, byId.keys());
          this.staleKey(
            view,
            `nodes.${id}`,
            id,
            `the guide has no node with that id.${hint}`.replace(/\.$/, ''),
          );
        } else if (wordingNs(node, ns, viaResolved) !== ns) {
          const text = wordingOf(node, ns, viaResolved);
          this.staleKey(
            view,
            `nodes.${id}`,
            id,
            `this fix takes its wording from ${text.ns}.json ${text.key}`,
          );
        }
      }
    }
  }

  /** The wording of one node of a guide in one language: what is missing, risky or no longer used. */
  checkNodeWording(
    { view, nodes }: GuideView,
    node: GuideNode | ResolvedNode,
    ns: string,
    viaResolved: boolean,
  ): void {
    const id = node.id;
    const text = at(nodes, id);
    if (typeof at(text, 'title') !== 'string') this.missing(view, `nodes.${id}.title`, id, 'the node title');
    const answers = at(text, 'answers');
    const hints = at(text, 'hints');
    const rules = at(text, 'rules');
    const steps = at(text, 'steps');
    if (node.kind === 'question') {
      for (const a of node.answers) {
        if (typeof at(answers, a.id) !== 'string')
          this.missing(view, `nodes.${id}.answers.${a.id}`, id, `the label of answer ${q(a.id)}`);
      }
    } else if (node.kind === 'check') {
      for (const r of node.rules) {
        if (typeof at(rules, r.rule) !== 'string')
          this.missing(view, `nodes.${id}.rules.${r.rule}`, id, `what to say when ${q(r.rule)} fails`);
      }
    } else if (node.kind === 'fix') {
      for (const step of node.steps ?? []) {
        if (!ownWording(step, ns, viaResolved)) continue; // a shared step: checked with shared.json
        const stepText = at(steps, step.id);
        if (typeof at(stepText, 'title') !== 'string')
          this.missing(view, `nodes.${id}.steps.${step.id}.title`, id, `the title of step ${q(step.id)}`);
        const sentence = step.diagnostic ? undefined : riskyStep(stepText);
        if (sentence !== undefined) this.reportRisky(view, `nodes.${id}.steps.${step.id}`, id, sentence);
      }
    }
    // Wording for answers, rules or steps the node does not have (renamed or removed).
    if (isRec(answers)) this.staleAnswers(view, node, 'answers', answers);
    if (isRec(hints)) this.staleAnswers(view, node, 'hints', hints);
    if (isRec(rules)) {
      for (const k in rules) {
        if (node.kind !== 'check' || !hasRule(node.rules, k)) {
          this.staleKey(view, `nodes.${id}.rules.${k}`, id, 'the check has no such rule');
        }
      }
    }
    if (isRec(steps)) {
      for (const k in steps) {
        if (node.kind !== 'fix' || !hasOwnStep(node.steps ?? [], k, ns, viaResolved)) {
          this.staleKey(view, `nodes.${id}.steps.${k}`, id, 'the fix has no such step of its own');
        }
      }
    }
  }

  staleAnswers(
    view: LocaleView,
    node: GuideNode | ResolvedNode,
    part: 'answers' | 'hints',
    record: Rec,
  ): void {
    for (const k in record) {
      if (node.kind !== 'question' || !hasId(node.answers, k)) {
        this.staleKey(view, `nodes.${node.id}.${part}.${k}`, node.id, 'the question has no such answer');
      }
    }
  }
}

export function validateContent(input: ContentInput): Problem[] {
  const run = new Validation(input);
  run.checkProviders();
  run.checkShared();
  for (const entry of input.guides) run.checkGuide(entry);
  run.checkCrossReferences();
  for (const loc of input.locales) run.checkLocaleFile(loc);
  for (const lang of run.langs) run.checkSharedWording(lang);
  // Guide wording: each node is visited once for all languages; strings for a report are built only on failure.
  for (const entry of run.guides.values()) run.checkGuideWording(entry);
  return run.problems;
}

const viewKey = (lang: string, ns: string) => `${lang}/${ns}`;

function textProblem(file: string, path: LocalePath, message: string, fix: string): Problem {
  const node = path[0] === 'nodes' && typeof path[1] === 'string' ? path[1] : undefined;
  return node === undefined ? { file, message, fix } : { file, node, message, fix };
}

function hasId(list: readonly { id: string }[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] as { id: string }).id === id) return true;
  return false;
}

function hasRule(list: readonly { rule: string }[], rule: string): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] as { rule: string }).rule === rule) return true;
  return false;
}

/**
 * Where a node's wording is, as resolveGuide says (`text`, set in resolveNode in shared.ts): shared.json for a
 * shared fix, else the guide's own file.
 * `viaResolved`: the node is a ResolvedNode, which says it itself.
 */
function wordingOf(
  node: GuideNode | ResolvedNode,
  ns: string,
  viaResolved: boolean,
): { ns: string; key: string } {
  if (viaResolved) return (node as ResolvedNode).text;
  return node.kind === 'fix' && node.shared !== undefined
    ? { ns: SHARED_NS, key: `nodes.${node.shared}` }
    : { ns, key: `nodes.${node.id}` };
}

/** wordingOf(node, ns, viaResolved).ns, without building the key. */
function wordingNs(node: GuideNode | ResolvedNode, ns: string, viaResolved: boolean): string {
  if (viaResolved) return (node as ResolvedNode).text.ns;
  return node.kind === 'fix' && node.shared !== undefined ? SHARED_NS : ns;
}

/**
 * Whether a step of a fix worded in the guide's file is worded there too (a shared step is worded in
 * shared.json; resolving drops one that names no shared step, and it has no wording of its own either).
 */
function ownWording(step: FixStep | ResolvedStep, ns: string, viaResolved: boolean): boolean {
  return viaResolved ? (step as ResolvedStep).text.ns === ns : step.shared === undefined;
}

function hasOwnStep(
  steps: readonly (FixStep | ResolvedStep)[],
  id: string,
  ns: string,
  viaResolved: boolean,
): boolean {
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i] as FixStep | ResolvedStep;
    if (st.id === id && ownWording(st, ns, viaResolved)) return true;
  }
  return false;
}
