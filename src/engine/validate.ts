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
import { reachableFromStart, reachesOutcome } from './graph';
import { currentId } from './url';
import { WEB_HOSTS, hostMentions, riskySentence } from './wording';
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

function parse<T>(schema: z.ZodType, input: ContentFile, schemaFile: string, localeFile = false): Parsed<T> {
  const result = schema.safeParse(input.data);
  if (result.success) return { data: result.data as T, problems: [] };
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

export function validateContent(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, node: string | undefined, message: string, fix: string) => {
    problems.push(node === undefined ? { file, message, fix } : { file, node, message, fix });
  };
  const langs = input.langs ?? LANGS;
  const today = input.today ?? new Date().toISOString().slice(0, 10);

  // --- Provider table -------------------------------------------------------------------------
  const providersParsed = parse<ProviderTable>(
    providerTableSchema,
    input.providers,
    'src/content/providers.schema.json',
  );
  problems.push(...providersParsed.problems);
  const providers = new Map<string, Provider>();
  for (const p of providersParsed.data?.providers ?? []) {
    if (providers.has(p.id)) {
      report(
        input.providers.file,
        undefined,
        `provider ${q(p.id)} is listed twice`,
        'Merge the two entries into one.',
      );
    } else providers.set(p.id, p);
  }
  const providersKnown = providersParsed.data !== undefined;
  const serverHosts = new Map<string, Set<number>>();
  for (const p of providers.values()) {
    for (const s of p.servers) {
      const ports = serverHosts.get(s.host.toLowerCase()) ?? new Set<number>();
      ports.add(s.port);
      serverHosts.set(s.host.toLowerCase(), ports);
    }
  }

  const checkSettings = (file: string, node: string, step: FixStep, sharedStep = false) => {
    if (!step.settings || !providersKnown) return;
    const where = `${sharedStep ? 'shared step' : 'step'} ${q(step.id)}`;
    const provider = providers.get(step.settings.provider);
    if (!provider) {
      report(
        file,
        node,
        `${where} shows settings for unknown provider ${q(step.settings.provider)}`,
        `Use a provider id from src/content/providers.json.${didYouMean(step.settings.provider, providers.keys())}`,
      );
      return;
    }
    if (provider.servers.length === 0) return;
    for (const protocol of step.settings.protocols) {
      if (!provider.servers.some((s) => s.protocol === protocol)) {
        report(
          file,
          node,
          `${where} asks for ${protocol} settings, but provider ${q(provider.id)} has no ${protocol} server`,
          `Remove ${q(protocol)} from settings.protocols, or add the server to src/content/providers.json.`,
        );
      }
    }
  };

  // --- Shared nodes and steps -----------------------------------------------------------------
  const sharedFile = input.shared.file;
  const sharedParsed = parse<SharedContent>(
    sharedContentSchema,
    input.shared,
    'src/content/shared.schema.json',
  );
  problems.push(...sharedParsed.problems);
  const shared: SharedContent = sharedParsed.data ?? { nodes: [], steps: [] };
  const sharedKnown = sharedParsed.data !== undefined;
  const sharedNodeIds = new Set<string>();
  const sharedStepIds = new Set<string>();
  for (const step of shared.steps) {
    if (sharedStepIds.has(step.id)) {
      report(
        sharedFile,
        undefined,
        `shared step ${q(step.id)} is defined twice`,
        'Rename or remove one of them.',
      );
    }
    sharedStepIds.add(step.id);
    if (step.shared !== undefined) {
      report(
        sharedFile,
        undefined,
        `shared step ${q(step.id)} refers to another shared step`,
        'Write the step itself here: shared steps cannot point at each other.',
      );
    }
    checkSettings(sharedFile, step.id, step, true);
  }
  for (const node of shared.nodes) {
    if (sharedNodeIds.has(node.id)) {
      report(
        sharedFile,
        node.id,
        `shared node ${q(node.id)} is defined twice`,
        'Rename or remove one of them.',
      );
    }
    sharedNodeIds.add(node.id);
    if (node.steps.length === 0) {
      report(sharedFile, node.id, `shared fix ${q(node.id)} has no steps`, 'Add at least one step.');
    }
    const stepIds = new Set<string>();
    for (const step of node.steps) {
      if (stepIds.has(step.id)) {
        report(
          sharedFile,
          node.id,
          `step id ${q(step.id)} is used twice in this fix`,
          'Give each step its own id.',
        );
      }
      stepIds.add(step.id);
      if (step.shared !== undefined && !sharedStepIds.has(step.shared)) {
        report(
          sharedFile,
          node.id,
          `step ${q(step.id)} refers to shared step ${q(step.shared)}, which does not exist`,
          `Add it to "steps" in ${sharedFile}, or correct the id.${didYouMean(step.shared, sharedStepIds)}`,
        );
      }
      checkSettings(sharedFile, node.id, step);
    }
  }

  // --- Guides: structure --------------------------------------------------------------------------
  const guides = new Map<string, { file: string; guide: Guide; resolved: ResolvedGuide }>();
  const symptomOwner = new Map<string, string>();
  const unreadable = new Set<string>();
  for (const entry of input.guides) {
    const parsed = parse<Guide>(compiled('guide', guideSchema), entry, 'src/content/guide.schema.json');
    problems.push(...parsed.problems);
    const guide = parsed.data;
    if (!guide) {
      // Its problems are reported; links into it are not judged until it can be read.
      const id = at(entry.data, 'id');
      unreadable.add(
        typeof id === 'string' ? id : (entry.file.split(/[\\/]/).pop() ?? '').replace(/\.json$/, ''),
      );
      continue;
    }
    const file = entry.file;
    const base = file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.json$/, '');
    if (base !== guide.id) {
      report(
        file,
        undefined,
        `guide id ${q(guide.id)} does not match the file name ${q(base ?? file)}`,
        `Rename the file to ${guide.id}.json, or set "id" to ${q(base ?? '')}.`,
      );
    }
    if (guide.id === SHARED_NS || guide.id === COMMON_NS) {
      report(file, undefined, `guide id ${q(guide.id)} is reserved for wording files`, 'Choose another id.');
    }
    if (guides.has(guide.id)) {
      report(
        file,
        undefined,
        `guide id ${q(guide.id)} is used by another file too`,
        'Give each guide its own id.',
      );
      continue;
    }
    if (guide.checked > today) {
      report(
        file,
        undefined,
        `"checked" is ${guide.checked}, a date in the future`,
        `Set it to the day the facts were last checked (today is ${today} or earlier).`,
      );
    }
    const resolved = resolveGuide(guide, shared);
    guides.set(guide.id, { file, guide, resolved });

    const ids = new Set<string>();
    for (const node of guide.nodes) {
      if (ids.has(node.id)) {
        report(
          file,
          node.id,
          `node id ${q(node.id)} is used by more than one node`,
          'Give each node its own id (and never reuse a published one).',
        );
      }
      ids.add(node.id);
    }
    const missing = (node: string | undefined, what: string, target: string) =>
      report(
        file,
        node,
        `${what} leads to ${q(target)}, which is not a node of this guide`,
        `Point it at an existing node id, or add a node ${q(target)}.${didYouMean(target, ids)}`,
      );
    if (!ids.has(guide.start)) missing(undefined, '"start"', guide.start);

    for (const symptom of guide.symptoms) {
      const owner = symptomOwner.get(symptom.id);
      if (owner !== undefined) {
        report(
          file,
          undefined,
          `symptom id ${q(symptom.id)} is already used in guide ${q(owner)}`,
          'Symptom ids are unique across all guides: rename one of them.',
        );
      } else symptomOwner.set(symptom.id, guide.id);
      if (symptom.node !== undefined && !ids.has(symptom.node))
        missing(undefined, `symptom ${q(symptom.id)}`, symptom.node);
      if (symptom.aliases.filter((a) => a.trim() !== '').length === 0) {
        report(
          file,
          undefined,
          `symptom ${q(symptom.id)} has no aliases, so the error finder cannot find it`,
          'Add the exact error messages (ja and en) and codes people see.',
        );
      }
      if (symptom.clients.length === 0) {
        report(
          file,
          undefined,
          `symptom ${q(symptom.id)} lists no clients`,
          'List the apps it is covered for (outlook-classic, outlook-new, iphone-mail, gmail).',
        );
      }
    }

    for (const node of guide.nodes) checkNode(file, node, ids, missing);

    for (const [from, to] of Object.entries(guide.redirects ?? {})) {
      if (ids.has(from)) {
        report(
          file,
          from,
          `redirect from ${q(from)}, but a node with that id still exists`,
          'Remove the redirect, or rename the node: a URL cannot name two things.',
        );
      } else if (currentId(guide, from) === undefined) {
        report(
          file,
          from,
          `redirect from ${q(from)} to ${q(to)} does not end at a node`,
          `Point the redirect at an existing node id.${didYouMean(to, ids)}`,
        );
      }
    }

    const reachable = reachableFromStart(guide);
    const exits = reachesOutcome(guide);
    for (const node of guide.nodes) {
      if (ids.has(guide.start) && !reachable.has(node.id)) {
        report(
          file,
          node.id,
          `node ${q(node.id)} cannot be reached from the start`,
          'Link to it from an answer, a fix or a check, or remove it (and add a redirect if it was published).',
        );
      }
      if (!exits.has(node.id)) {
        report(
          file,
          node.id,
          `no outcome can be reached from node ${q(node.id)} (a loop with no way out)`,
          'Make at least one answer lead on towards a resolved or hand-off outcome.',
        );
      }
    }
  }

  function checkNode(
    file: string,
    node: GuideNode,
    ids: Set<string>,
    missing: (node: string, what: string, target: string) => void,
  ) {
    const id = node.id;
    switch (node.kind) {
      case 'question': {
        if (node.answers.length < MIN_ANSWERS || node.answers.length > MAX_ANSWERS) {
          report(
            file,
            id,
            `question has ${node.answers.length} answer${node.answers.length === 1 ? '' : 's'}; a question needs 2 to 6`,
            node.answers.length < MIN_ANSWERS
              ? 'Add answers, or turn the node into the step it leads to.'
              : 'Split it into two questions.',
          );
        }
        node.answers.forEach((a, i) => {
          if (repeats(node.answers, i, (x) => x.id))
            report(file, id, `answer id ${q(a.id)} is used twice`, 'Give each answer its own id.');
          if (!ids.has(a.next)) missing(id, `answer ${q(a.id)}`, a.next);
        });
        break;
      }
      case 'fix': {
        if (!ids.has(node.yes)) missing(id, '"yes"', node.yes);
        if (!ids.has(node.no)) missing(id, '"no"', node.no);
        if (node.shared !== undefined) {
          if (sharedKnown && !sharedNodeIds.has(node.shared)) {
            report(
              file,
              id,
              `fix uses shared node ${q(node.shared)}, which does not exist`,
              `Add it to "nodes" in ${sharedFile}, or correct the id.${didYouMean(node.shared, sharedNodeIds)}`,
            );
          }
          if (node.steps !== undefined) {
            report(
              file,
              id,
              'fix has both "shared" and "steps"',
              'Keep one: a shared fix takes its steps from shared.json.',
            );
          }
          break;
        }
        if (!node.steps || node.steps.length === 0) {
          report(
            file,
            id,
            'fix has no steps',
            'Add at least one step, or use "shared" to take the steps of a shared fix.',
          );
        }
        const steps = node.steps ?? [];
        for (let i = 0; i < steps.length; i++) {
          const step = steps[i] as FixStep;
          if (repeats(steps, i, (x) => x.id))
            report(file, id, `step id ${q(step.id)} is used twice in this fix`, 'Give each step its own id.');
          if (step.shared !== undefined && sharedKnown && !sharedStepIds.has(step.shared)) {
            report(
              file,
              id,
              `step ${q(step.id)} uses shared step ${q(step.shared)}, which does not exist`,
              `Add it to "steps" in ${sharedFile}, or correct the id.${didYouMean(step.shared, sharedStepIds)}`,
            );
          }
          checkSettings(file, id, step);
        }
        break;
      }
      case 'check': {
        for (const [what, target] of [
          ['"pass"', node.pass],
          ['"skip"', node.skip],
        ] as const) {
          if (target !== undefined && !ids.has(target)) missing(id, what, target);
        }
        if (node.rules.length === 0)
          report(
            file,
            id,
            'check has no rules, so it always passes',
            'Add a rule, or use a question instead.',
          );
        if (node.provider !== undefined && providersKnown && !providers.has(node.provider)) {
          report(
            file,
            id,
            `check compares with unknown provider ${q(node.provider)}`,
            `Use a provider id from src/content/providers.json.${didYouMean(node.provider, providers.keys())}`,
          );
        }
        for (let i = 0; i < node.rules.length; i++) {
          const ref = node.rules[i] as (typeof node.rules)[number];
          if (repeats(node.rules, i, (x) => x.rule))
            report(
              file,
              id,
              `rule ${q(ref.rule)} is listed twice`,
              'Remove the second one: only the first can ever fail.',
            );
          if (!ids.has(ref.fail)) missing(id, `rule ${q(ref.rule)}`, ref.fail);
          if (!Object.hasOwn(RULE_FIELDS, ref.rule)) continue; // unknown rule: reported by the schema
          const needed = RULE_FIELDS[ref.rule].filter((f) => !node.fields.includes(f));
          if (needed.length > 0) {
            report(
              file,
              id,
              `rule ${q(ref.rule)} needs ${needed.join(' and ')}, which this check does not ask for`,
              `Add ${needed.map(q).join(', ')} to "fields", or remove the rule.`,
            );
          }
          if (PROVIDER_RULES.has(ref.rule) && node.provider === undefined) {
            report(
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
  for (const { file, guide } of guides.values()) {
    for (const node of guide.nodes) {
      if (node.kind !== 'outcome') continue;
      for (const link of node.related ?? []) {
        const other = guides.get(link.guide);
        if (unreadable.has(link.guide)) continue;
        if (!other) {
          report(
            file,
            node.id,
            `related link to guide ${q(link.guide)}, which does not exist`,
            `Use an existing guide id.${didYouMean(link.guide, guides.keys())}`,
          );
        } else if (link.node !== undefined && currentId(other.guide, link.node) === undefined) {
          report(
            file,
            node.id,
            `related link to ${q(`${link.guide}/${link.node}`)}, which is not a node of that guide`,
            'Link to an existing node, or leave "node" out to open the guide at its start.',
          );
        }
      }
    }
  }
  const publishedFile = input.publishedFile ?? 'src/content/published.json';
  for (const [guideId, ids] of Object.entries(input.published ?? {})) {
    const entry = guides.get(guideId);
    if (unreadable.has(guideId)) continue;
    if (!entry) {
      report(
        publishedFile,
        undefined,
        `guide ${q(guideId)} was published and no longer exists`,
        'Restore the guide: published links must keep working.',
      );
      continue;
    }
    for (const id of ids) {
      if (currentId(entry.guide, id) === undefined) {
        report(
          entry.file,
          id,
          `published node ${q(id)} no longer resolves`,
          `Add "redirects": { ${q(id)}: "<new id>" } to the guide, so links already sent keep working.`,
        );
      }
    }
  }

  // --- Wording ---------------------------------------------------------------------------------------
  // Wording files are read defensively (a file with a schema error is still checked for everything else).
  const views = new Map<string, LocaleView>();
  const viewKey = (lang: string, ns: string) => `${lang}/${ns}`;
  for (const loc of input.locales) {
    const isShared = loc.ns === SHARED_NS;
    const isCommon = loc.ns === COMMON_NS;
    // One walk checks the shape and every string; zod runs only to explain a file whose shape is wrong.
    const textProblems: Problem[] = [];
    const spec = isCommon ? undefined : isShared ? LOCALE_SHARED_SPEC : LOCALE_GUIDE_SPEC;
    const fits = walkLocale(loc.data, spec, (text, path) => {
      const node = path[0] === 'nodes' && typeof path[1] === 'string' ? path[1] : undefined;
      const add = (message: string, fix: string) =>
        textProblems.push(
          node === undefined ? { file: loc.file, message, fix } : { file: loc.file, node, message, fix },
        );
      if (!isCommon && BLANK.test(text))
        add(`${keyOf(path)} is empty`, 'Write the text, or remove the key if it is optional.');
      for (const m of hostMentions(text)) {
        const ports = serverHosts.get(m.host);
        const known =
          m.port === undefined ? ports !== undefined || WEB_HOSTS.has(m.host) : ports?.has(m.port) === true;
        if (!known) {
          const written = m.port === undefined ? m.host : `${m.host}:${m.port}`;
          add(
            `${keyOf(path)} writes the server value ${q(written)}, which is not in the provider table`,
            'Write server values only in src/content/providers.json and show them with a "settings" step.',
          );
        }
      }
    });
    if (!isCommon) {
      if (!isShared && !guides.has(loc.ns) && !input.guides.some((g) => g.file.endsWith(`${loc.ns}.json`))) {
        report(
          loc.file,
          undefined,
          `wording file for guide ${q(loc.ns)}, which does not exist`,
          'Delete the file, or rename it after its guide.',
        );
      }
      if (!langs.includes(loc.lang)) {
        report(
          loc.file,
          undefined,
          `language ${q(loc.lang)} is not one of ${langs.join(', ')}`,
          'Move the file under a supported language folder.',
        );
      }
      if (!fits) {
        const parsed = isShared
          ? parse<LocaleShared>(localeSharedSchema, loc, 'the LocaleShared type in src/engine/types.ts', true)
          : parse<LocaleGuide>(localeGuideSchema, loc, 'the LocaleGuide type in src/engine/types.ts', true);
        // A missing title is reported below with what it is the title of.
        problems.push(
          ...parsed.problems.filter(
            (p) => !/\.title is missing$|^(title|description) is missing$/.test(p.message),
          ),
        );
      }
      if (isRec(loc.data)) views.set(viewKey(loc.lang, loc.ns), { file: loc.file, data: loc.data });
    }
    problems.push(...textProblems);
  }

  const reportedMissingFile = new Set<string>();
  /** The wording file for lang/ns, or undefined (then reported once as missing). */
  const viewFor = (lang: string, ns: string): LocaleView | undefined => {
    const k = viewKey(lang, ns);
    const view = views.get(k);
    if (!view && !reportedMissingFile.has(k)) {
      reportedMissingFile.add(k);
      if (!input.locales.some((l) => l.lang === lang && l.ns === ns)) {
        report(
          `locales/${lang}/${ns}.json`,
          undefined,
          `the ${lang} wording file for ${q(ns)} is missing`,
          `Create locales/${lang}/${ns}.json with the wording of every node.`,
        );
      }
    }
    return view;
  };
  /** Reports `key` unless it holds a string. */
  const needText = (
    view: LocaleView,
    value: unknown,
    key: string,
    node: string | undefined,
    what: string,
  ) => {
    if (typeof value !== 'string')
      report(view.file, node, `${key} is missing (${what})`, `Add ${q(key)} to ${view.file}.`);
  };
  const staleKey = (view: LocaleView, key: string, node: string | undefined, why: string) =>
    report(view.file, node, `${key} is not used: ${why}`, 'Delete it (or move it to where the node now is).');
  /** Reports risky wording in a step that is not marked diagnostic; `key` is only built for a report. */
  const checkRisky = (
    view: LocaleView,
    key: () => string,
    node: string,
    step: unknown,
    diagnostic: boolean | undefined,
  ) => {
    if (diagnostic) return;
    const sentence = riskyStep(step);
    if (sentence === undefined) return;
    report(
      view.file,
      node,
      `${key()} seems to advise turning encryption off or accepting a certificate warning: ${q(sentence)}`,
      'Rewrite it so the fix never weakens security, or, if it is only a diagnostic step, set "diagnostic": true on the step so the UI shows a warning.',
    );
  };
  /** Keys of a wording record that the content does not use. */
  const staleIn = (
    view: LocaleView,
    record: unknown,
    prefix: string,
    valid: ReadonlySet<string>,
    node: string | undefined,
    why: string,
  ) => {
    for (const k of keysOf(record)) if (!valid.has(k)) staleKey(view, `${prefix}.${k}`, node, why);
  };

  for (const lang of langs) {
    // Shared wording.
    // With nothing shared, a shared wording file is optional (but still checked for stale keys if present).
    const hasShared = shared.nodes.length > 0 || shared.steps.length > 0;
    const sharedView = hasShared ? viewFor(lang, SHARED_NS) : views.get(viewKey(lang, SHARED_NS));
    if (sharedView) {
      const nodes = at(sharedView.data, 'nodes');
      const steps = at(sharedView.data, 'steps');
      for (const node of shared.nodes) {
        const text = at(nodes, node.id);
        needText(
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
          needText(
            sharedView,
            at(stepText, 'title'),
            `nodes.${node.id}.steps.${step.id}.title`,
            node.id,
            'the title of a step',
          );
          checkRisky(
            sharedView,
            () => `nodes.${node.id}.steps.${step.id}`,
            node.id,
            stepText,
            step.diagnostic,
          );
        }
        staleIn(
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
        needText(
          sharedView,
          at(stepText, 'title'),
          `steps.${step.id}.title`,
          undefined,
          'the title of a shared step',
        );
        checkRisky(sharedView, () => `steps.${step.id}`, step.id, stepText, step.diagnostic);
      }
      if (sharedKnown) {
        staleIn(sharedView, nodes, 'nodes', sharedNodeIds, undefined, 'there is no shared node with that id');
        staleIn(sharedView, steps, 'steps', sharedStepIds, undefined, 'there is no shared step with that id');
      }
    }
  }

  // Guide wording: each node is visited once for all languages; strings for a report are built only on failure.
  const missing = (view: LocaleView, key: string, node: string | undefined, what: string) =>
    report(view.file, node, `${key} is missing (${what})`, `Add ${q(key)} to ${view.file}.`);
  const isText = (value: unknown) => typeof value === 'string';
  for (const { guide, resolved } of guides.values()) {
    const ns = guide.id;
    const guideViews: { view: LocaleView; nodes: unknown }[] = [];
    for (const lang of langs) {
      const view = viewFor(lang, ns);
      if (!view) continue;
      const data = view.data;
      guideViews.push({ view, nodes: at(data, 'nodes') });
      needText(view, at(data, 'title'), 'title', undefined, 'the guide title');
      needText(view, at(data, 'description'), 'description', undefined, 'the guide description');
      const symptoms = at(data, 'symptoms');
      for (const symptom of guide.symptoms) {
        if (!isText(at(at(symptoms, symptom.id), 'title')))
          missing(view, `symptoms.${symptom.id}.title`, undefined, `the title of symptom ${q(symptom.id)}`);
      }
      for (const k of keysOf(symptoms)) {
        if (!guide.symptoms.some((sy) => sy.id === k))
          staleKey(view, `symptoms.${k}`, undefined, 'the guide has no symptom with that id');
      }
    }
    if (guideViews.length === 0) continue;

    for (const node of resolved.byId.values()) {
      if (node.text.ns !== ns) continue; // a shared fix: its wording is checked with shared.json
      const id = node.id;
      for (const { view, nodes } of guideViews) {
        const text = at(nodes, id);
        if (!isText(at(text, 'title'))) missing(view, `nodes.${id}.title`, id, 'the node title');
        const answers = at(text, 'answers');
        const hints = at(text, 'hints');
        const rules = at(text, 'rules');
        const steps = at(text, 'steps');
        if (node.kind === 'question') {
          for (const a of node.answers) {
            if (!isText(at(answers, a.id)))
              missing(view, `nodes.${id}.answers.${a.id}`, id, `the label of answer ${q(a.id)}`);
          }
        } else if (node.kind === 'check') {
          for (const r of node.rules) {
            if (!isText(at(rules, r.rule)))
              missing(view, `nodes.${id}.rules.${r.rule}`, id, `what to say when ${q(r.rule)} fails`);
          }
        } else if (node.kind === 'fix') {
          for (const step of node.steps) {
            if (step.text.ns !== ns) continue; // a shared step: checked with shared.json
            const stepText = at(steps, step.id);
            if (!isText(at(stepText, 'title')))
              missing(view, `nodes.${id}.steps.${step.id}.title`, id, `the title of step ${q(step.id)}`);
            if (!step.diagnostic && riskyStep(stepText) !== undefined) {
              checkRisky(view, () => `nodes.${id}.steps.${step.id}`, id, stepText, false);
            }
          }
        }
        // Wording for answers, rules or steps the node does not have (renamed or removed).
        if (isRec(answers) || isRec(hints)) {
          for (const [part, record] of [
            ['answers', answers],
            ['hints', hints],
          ] as const) {
            if (!isRec(record)) continue;
            for (const k in record) {
              if (node.kind !== 'question' || !node.answers.some((a) => a.id === k)) {
                staleKey(view, `nodes.${id}.${part}.${k}`, id, 'the question has no such answer');
              }
            }
          }
        }
        if (isRec(rules)) {
          for (const k in rules) {
            if (node.kind !== 'check' || !node.rules.some((r) => r.rule === k)) {
              staleKey(view, `nodes.${id}.rules.${k}`, id, 'the check has no such rule');
            }
          }
        }
        if (isRec(steps)) {
          for (const k in steps) {
            if (node.kind !== 'fix' || !node.steps.some((st) => st.id === k && st.text.ns === ns)) {
              staleKey(view, `nodes.${id}.steps.${k}`, id, 'the fix has no such step of its own');
            }
          }
        }
      }
    }
    for (const { view, nodes } of guideViews) {
      for (const id of keysOf(nodes)) {
        const node = resolved.byId.get(id);
        if (!node) {
          const hint = didYouMean(id, resolved.byId.keys());
          staleKey(view, `nodes.${id}`, id, `the guide has no node with that id.${hint}`.replace(/\.$/, ''));
        } else if (node.text.ns !== ns) {
          staleKey(
            view,
            `nodes.${id}`,
            id,
            `this fix takes its wording from ${node.text.ns}.json ${node.text.key}`,
          );
        }
      }
    }
  }
  return problems;
}
