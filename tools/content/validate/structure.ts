// The structure phase: providers, shared nodes and steps, guides, nodes and redirects; it builds the content model.
import type {
  FixStep,
  Guide,
  GuideNode,
  Provider,
  ProviderTable,
  SharedContent,
  Symptom,
} from '../../../src/engine/types';
import { ANSWER_PROVIDER, LANGS, MAX_PROVIDER_ANSWERS, PROVIDER_QUESTION } from '../../../src/engine/types';
import { rules } from '../../../src/engine/rules';
import { SHARED_NS } from '../../../src/engine/shared';
import { edges, graphIndex, reachableFromStart, reachesOutcome } from '../../../src/engine/graph';
import { answersLeadTo, reachableFrom } from '../../../src/engine/resolve';
import type { GuideLike } from '../../../src/engine/url';
import { currentId } from '../../../src/engine/url';
import { guideSchema, providerTableSchema, sharedContentSchema } from '../schema';
import type {
  ContentFile,
  ContentInput,
  ContentModel,
  GuideEntry,
  ProviderModel,
  Reporter,
  SharedModel,
} from './context';
import { COMMON_NS, PROVIDERS_NS, at, byId, forEachRepeat, q } from './context';
import { didYouMean } from './suggestions';
import { compiled, parse } from './zod-problems';

/** Node ids that name another page under /<lang>/<guide>/ (src/app/routes.tsx), with what that page is. */
const RESERVED_NODE_IDS = new Map([['map', "guide's map"]]);
/** Guide ids that name another page under /<lang>/ (src/app/routes.tsx), with what that page is. */
const RESERVED_GUIDE_IDS = new Map([['helpdesk', 'helpdesk index']]);

const MIN_ANSWERS = 2;
const MAX_ANSWERS = 6;

const byRule = (item: { rule: string }) => item.rule;

/** A record without an own "__proto__" key, as zod copies it (the copy cannot hold one). */
function withoutProtoKey(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(record)) if (k !== '__proto__') out[k] = record[k] as string;
  return out;
}

function readProviders(input: ContentInput, out: Reporter): ProviderModel {
  const parsed = parse<ProviderTable>(
    providerTableSchema,
    input.providers,
    'src/content/providers.schema.json',
  );
  out.add(parsed.problems);
  const list = parsed.data?.providers ?? [];
  forEachRepeat(list, byId, (p) =>
    out.report(
      input.providers.file,
      undefined,
      `provider ${q(p.id)} is listed twice`,
      'Merge the two entries into one.',
    ),
  );
  const providers = new Map<string, Provider>();
  for (const p of list) if (!providers.has(p.id)) providers.set(p.id, p);
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  for (const p of providers.values()) {
    if (p.checked > today) {
      out.report(
        input.providers.file,
        undefined,
        `provider ${q(p.id)}: "checked" is ${p.checked}, a date in the future`,
        `Set it to the day its values were last checked against their sources (today is ${today} or earlier).`,
      );
    }
    if (p.sources.length === 0 && (p.servers.length > 0 || (p.links?.length ?? 0) > 0)) {
      out.report(
        input.providers.file,
        undefined,
        `provider ${q(p.id)} prints values or links but names no source`,
        'Add to "sources" the facts.md source keys (e.g. "XS-MAN") or the URLs read for them.',
      );
    }
  }
  const serverHosts = new Map<string, Set<number>>();
  for (const p of providers.values()) {
    for (const s of p.servers) {
      const ports = serverHosts.get(s.host.toLowerCase()) ?? new Set<number>();
      ports.add(s.port);
      serverHosts.set(s.host.toLowerCase(), ports);
    }
  }
  return { providers, providersKnown: parsed.data !== undefined, serverHosts };
}

/** A settings step must name a known provider and only protocols it has servers for. */
function checkSettings(
  model: ProviderModel,
  out: Reporter,
  file: string,
  node: string,
  step: FixStep,
  sharedStep = false,
): void {
  if (!step.settings || !model.providersKnown) return;
  // Taken from the answer: which providers can be chosen is checked with the guide (checkAnswerProvider).
  if (step.settings.provider === ANSWER_PROVIDER) return;
  const where = `${sharedStep ? 'shared step' : 'step'} ${q(step.id)}`;
  const provider = model.providers.get(step.settings.provider);
  if (!provider) {
    out.report(
      file,
      node,
      `${where} shows settings for unknown provider ${q(step.settings.provider)}`,
      `Use a provider id from src/content/providers.json.${didYouMean(step.settings.provider, model.providers.keys())}`,
    );
    return;
  }
  if (provider.servers.length === 0) return;
  for (const protocol of step.settings.protocols) {
    if (!provider.servers.some((s) => s.protocol === protocol)) {
      out.report(
        file,
        node,
        `${where} asks for ${protocol} settings, but provider ${q(provider.id)} has no ${protocol} server`,
        `Remove ${q(protocol)} from settings.protocols, or add the server to src/content/providers.json.`,
      );
    }
  }
}

function readShared(input: ContentInput, providers: ProviderModel, out: Reporter): SharedModel {
  const sharedFile = input.shared.file;
  const parsed = parse<SharedContent>(sharedContentSchema, input.shared, 'src/content/shared.schema.json');
  out.add(parsed.problems);
  const shared: SharedContent = parsed.data ?? { nodes: [], steps: [] };
  const sharedStepIds = new Set(shared.steps.map(byId));
  forEachRepeat(shared.steps, byId, (step) =>
    out.report(
      sharedFile,
      undefined,
      `shared step ${q(step.id)} is defined twice`,
      'Rename or remove one of them.',
    ),
  );
  for (const step of shared.steps) {
    if (step.shared !== undefined) {
      out.report(
        sharedFile,
        undefined,
        `shared step ${q(step.id)} refers to another shared step`,
        'Write the step itself here: shared steps cannot point at each other.',
      );
    }
    checkSettings(providers, out, sharedFile, step.id, step, true);
  }
  forEachRepeat(shared.nodes, byId, (node) =>
    out.report(
      sharedFile,
      node.id,
      `shared node ${q(node.id)} is defined twice`,
      'Rename or remove one of them.',
    ),
  );
  for (const node of shared.nodes) {
    if (node.steps.length === 0) {
      out.report(sharedFile, node.id, `shared fix ${q(node.id)} has no steps`, 'Add at least one step.');
    }
    forEachRepeat(node.steps, byId, (step) =>
      out.report(
        sharedFile,
        node.id,
        `step id ${q(step.id)} is used twice in this fix`,
        'Give each step its own id.',
      ),
    );
    for (const step of node.steps) {
      if (step.shared !== undefined && !sharedStepIds.has(step.shared)) {
        out.report(
          sharedFile,
          node.id,
          `step ${q(step.id)} refers to shared step ${q(step.shared)}, which does not exist`,
          `Add it to "steps" in ${sharedFile}, or correct the id.${didYouMean(step.shared, sharedStepIds)}`,
        );
      }
      checkSettings(providers, out, sharedFile, node.id, step);
    }
  }
  return {
    sharedFile,
    shared,
    sharedKnown: parsed.data !== undefined,
    sharedNodeIds: new Set(shared.nodes.map(byId)),
    sharedStepIds,
  };
}

/** What checking one guide needs from the phase so far, and the guides read before it. */
interface GuideScope {
  readonly providers: ProviderModel;
  readonly shared: SharedModel;
  readonly today: string;
  readonly out: Reporter;
  readonly guides: Map<string, GuideEntry>;
  readonly unreadable: Set<string>;
  readonly symptomOwner: Map<string, string>;
}

/** Reports a link (`what`) to `target`, which is not a node id of the guide. */
function missingTarget(
  out: Reporter,
  file: string,
  ids: ReadonlySet<string>,
  node: string | undefined,
  what: string,
  target: string,
): void {
  out.report(
    file,
    node,
    `${what} leads to ${q(target)}, which is not a node of this guide`,
    `Point it at an existing node id, or add a node ${q(target)}.${didYouMean(target, ids)}`,
  );
}

const fileBase = (file: string) => (file.split(/[\\/]/).pop() ?? '').replace(/\.json$/, '');

function readGuide(scope: GuideScope, entry: ContentFile): void {
  const { out } = scope;
  const parsed = parse<Guide>(compiled('guide', guideSchema), entry, 'src/content/guide.schema.json');
  out.add(parsed.problems);
  let guide = parsed.data;
  if (!guide) {
    // Its problems are reported; links into it are not judged until it can be read.
    const id = at(entry.data, 'id');
    scope.unreadable.add(typeof id === 'string' ? id : fileBase(entry.file));
    return;
  }
  // A valid file is read as it is, where zod's copy used to be: the one thing the copy left out is an own
  // "__proto__" redirect key (zod skips it), so it is left out here too.
  if (parsed.problems.length === 0 && guide.redirects && Object.hasOwn(guide.redirects, '__proto__')) {
    guide = { ...guide, redirects: withoutProtoKey(guide.redirects) };
  }
  const file = entry.file;
  const base = fileBase(file);
  if (base !== guide.id) {
    out.report(
      file,
      undefined,
      `guide id ${q(guide.id)} does not match the file name ${q(base)}`,
      `Rename the file to ${guide.id}.json, or set "id" to ${q(base)}.`,
    );
  }
  if (guide.id === SHARED_NS || guide.id === COMMON_NS || guide.id === PROVIDERS_NS) {
    // Its wording file would be shared.json or common.json: nothing further can be checked until it is renamed.
    out.report(
      file,
      undefined,
      `guide id ${q(guide.id)} is reserved for wording files`,
      'Choose another id.',
    );
    scope.unreadable.add(guide.id);
    return;
  }
  if (RESERVED_GUIDE_IDS.has(guide.id)) {
    out.report(
      file,
      undefined,
      `guide id ${q(guide.id)} is reserved: /<lang>/${guide.id}/ is the ${RESERVED_GUIDE_IDS.get(guide.id)}`,
      'Choose another id for this guide.',
    );
  }
  if (scope.guides.has(guide.id)) {
    out.report(
      file,
      undefined,
      `guide id ${q(guide.id)} is used by another file too`,
      'Give each guide its own id.',
    );
    return;
  }
  if (guide.checked > scope.today) {
    out.report(
      file,
      undefined,
      `"checked" is ${guide.checked}, a date in the future`,
      `Set it to the day the facts were last checked (today is ${scope.today} or earlier).`,
    );
  }
  const graph: GuideLike = { start: guide.start, nodes: guide.nodes, redirects: guide.redirects };
  scope.guides.set(guide.id, { file, guide, graph });

  forEachRepeat(guide.nodes, byId, (node) =>
    out.report(
      file,
      node.id,
      `node id ${q(node.id)} is used by more than one node`,
      'Give each node its own id (and never reuse a published one).',
    ),
  );
  for (const node of guide.nodes) {
    if (!RESERVED_NODE_IDS.has(node.id)) continue;
    out.report(
      file,
      node.id,
      `node id ${q(node.id)} is reserved: /<lang>/${guide.id}/${node.id}/ is the ${RESERVED_NODE_IDS.get(node.id)}`,
      'Choose another id for this node.',
    );
  }
  const ids = new Set(guide.nodes.map(byId));
  if (!ids.has(guide.start)) missingTarget(out, file, ids, undefined, '"start"', guide.start);

  for (const symptom of guide.symptoms) {
    const owner = scope.symptomOwner.get(symptom.id);
    if (owner !== undefined) {
      out.report(
        file,
        undefined,
        `symptom id ${q(symptom.id)} is already used in guide ${q(owner)}`,
        'Symptom ids are unique across all guides: rename one of them.',
      );
    } else scope.symptomOwner.set(symptom.id, guide.id);
    if (symptom.node !== undefined && !ids.has(symptom.node))
      missingTarget(out, file, ids, undefined, `symptom ${q(symptom.id)}`, symptom.node);
    if (symptom.aliases.filter((a) => a.trim() !== '').length === 0) {
      out.report(
        file,
        undefined,
        `symptom ${q(symptom.id)} has no aliases, so the error finder cannot find it`,
        'Add the exact error messages (ja and en) and codes people see.',
      );
    }
    if (symptom.clients.length === 0) {
      out.report(
        file,
        undefined,
        `symptom ${q(symptom.id)} lists no clients`,
        'List the apps it is covered for (outlook-classic, outlook-new, iphone-mail, gmail).',
      );
    }
    checkSymptomAnswers(out, file, graph, symptom);
  }

  for (const node of guide.nodes) checkNode(scope, file, node, ids);

  for (const [from, to] of Object.entries(guide.redirects ?? {})) {
    if (ids.has(from)) {
      out.report(
        file,
        from,
        `redirect from ${q(from)}, but a node with that id still exists`,
        'Remove the redirect, or rename the node: a URL cannot name two things.',
      );
    } else if (currentId(graph, from) === undefined) {
      out.report(
        file,
        from,
        `redirect from ${q(from)} to ${q(to)} does not end at a node`,
        `Point the redirect at an existing node id.${didYouMean(to, ids)}`,
      );
    }
  }

  checkAnswerProvider(scope, file, guide, graph);

  const reachable = reachableFromStart(graph);
  const exits = reachesOutcome(graph);
  const startExists = ids.has(guide.start);
  for (const node of guide.nodes) {
    if (startExists && !reachable.has(node.id)) {
      out.report(
        file,
        node.id,
        `node ${q(node.id)} cannot be reached from the start`,
        'Link to it from an answer, a fix or a check, or remove it (and add a redirect if it was published).',
      );
    }
    if (!exits.has(node.id)) {
      out.report(
        file,
        node.id,
        `no outcome can be reached from node ${q(node.id)} (a loop with no way out)`,
        'Make at least one answer lead on towards a resolved or hand-off outcome.',
      );
    }
  }
}

/** Whether a fix shows a settings table whose provider comes from the answer (own, shared node or shared step). */
function fixReadsAnswer(shared: SharedModel, node: GuideNode): boolean {
  if (node.kind !== 'fix') return false;
  const reads = (step: FixStep): boolean => {
    if (step.settings?.provider === ANSWER_PROVIDER) return true;
    if (step.shared === undefined) return false;
    return shared.shared.steps.some((s) => s.id === step.shared && s.settings?.provider === ANSWER_PROVIDER);
  };
  if (node.shared !== undefined) {
    return shared.shared.nodes.find((n) => n.id === node.shared)?.steps.some(reads) ?? false;
  }
  return (node.steps ?? []).some(reads);
}

/** Ids of the nodes of `guide` that take their provider from the `provider` answer ("@answer"). */
export function answerProviderNodes(shared: SharedModel, guide: Guide): string[] {
  return guide.nodes
    .filter((n) => (n.kind === 'check' && n.provider === ANSWER_PROVIDER) || fixReadsAnswer(shared, n))
    .map(byId);
}

/**
 * A node that takes its provider from the answer ("@answer") must only be reachable through the `provider`
 * question: with that question taken out of the graph, no way from the start (or from a symptom that opens
 * a node of its own) may reach it. And every provider answer that leads to it must name a provider of the
 * table, or there would be nothing to compare with.
 */
function checkAnswerProvider(scope: GuideScope, file: string, guide: Guide, graph: GuideLike): void {
  const { out, providers } = scope;
  const readers = answerProviderNodes(scope.shared, guide);
  if (readers.length === 0) return;
  const { byId: nodes } = graphIndex(graph);
  const question = nodes.get(PROVIDER_QUESTION);
  if (question === undefined || question.kind !== 'question') {
    for (const id of readers) {
      out.report(
        file,
        id,
        `node ${q(id)} takes its provider from the answer to ${q(PROVIDER_QUESTION)} ("${ANSWER_PROVIDER}"), but this guide has no question ${q(PROVIDER_QUESTION)}`,
        `Add a question with id ${q(PROVIDER_QUESTION)} before it, or name the provider in the node instead of "${ANSWER_PROVIDER}".`,
      );
    }
    return;
  }
  // Breadth-first from the start and from every symptom's own node, never entering the provider question.
  const parent = new Map<string, string | undefined>();
  const queue: string[] = [];
  const enter = (id: string, from: string | undefined) => {
    if (id === PROVIDER_QUESTION || parent.has(id) || !nodes.has(id)) return;
    parent.set(id, from);
    queue.push(id);
  };
  enter(guide.start, undefined);
  for (const symptom of guide.symptoms) if (symptom.node !== undefined) enter(symptom.node, undefined);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const edge of edges(nodes.get(id) as GuideNode)) enter(edge.next, id);
  }
  const wayTo = (id: string): string => {
    const path: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = parent.get(at)) path.unshift(at);
    return path.join(' → ');
  };
  for (const id of readers) {
    if (!parent.has(id)) continue;
    out.report(
      file,
      id,
      `node ${q(id)} takes its provider from the answer to ${q(PROVIDER_QUESTION)} ("${ANSWER_PROVIDER}"), but it can be reached without that question: ${wayTo(id)}`,
      `Lead every way to ${q(id)} through the question ${q(PROVIDER_QUESTION)}, or name the provider in the node instead of "${ANSWER_PROVIDER}".`,
    );
  }
  if (!providers.providersKnown) return;
  for (const answer of question.answers) {
    if (providers.providers.has(answer.id) || !nodes.has(answer.next)) continue;
    const reached = reachableFrom(graph, answer.next);
    const reader = readers.find((r) => reached.has(r));
    if (reader === undefined) continue;
    out.report(
      file,
      PROVIDER_QUESTION,
      `answer ${q(answer.id)} leads to ${q(reader)}, which takes its provider from this answer, but ${q(answer.id)} is not a provider in the provider table`,
      `Use a provider id from src/content/providers.json as the answer id, or lead ${q(answer.id)} elsewhere.${didYouMean(answer.id, providers.providers.keys())}`,
    );
  }
}

/**
 * A symptom's implied answers must be real answers of real questions, and replaying them from the start
 * must be a journey: each one is used on the way, or belongs to a question that can still come after the
 * node they lead to (it is kept until then). Otherwise the symptom's link would carry an answer that never
 * applies.
 */
function checkSymptomAnswers(out: Reporter, file: string, graph: GuideLike, symptom: Symptom): void {
  if (symptom.answers === undefined) return;
  const what = `symptom ${q(symptom.id)}`;
  if (symptom.node !== undefined) {
    out.report(
      file,
      undefined,
      `${what} has both "node" and "answers"`,
      'Keep one: with "answers", its link opens the node those answers lead to.',
    );
    return;
  }
  const { byId: nodes } = graphIndex(graph);
  const valid: Record<string, string> = {};
  for (const [question, answer] of Object.entries(symptom.answers)) {
    const node = nodes.get(question);
    if (node === undefined) {
      out.report(
        file,
        undefined,
        `${what} implies an answer to ${q(question)}, which is not a node of this guide`,
        `Use the id of a question of this guide.${didYouMean(question, nodes.keys())}`,
      );
    } else if (node.kind !== 'question') {
      out.report(
        file,
        undefined,
        `${what} implies an answer to ${q(question)}, which is a ${node.kind}, not a question`,
        'A symptom can only imply the answer to a question: remove this entry.',
      );
    } else if (!node.answers.some((a) => a.id === answer)) {
      const offered = node.answers.map((a) => a.id);
      out.report(
        file,
        undefined,
        `${what} implies ${q(answer)} for question ${q(question)}, which has no such answer`,
        `Use one of ${offered.map(q).join(', ')}.${didYouMean(answer, offered)}`,
      );
    } else valid[question] = answer;
  }
  const led = answersLeadTo(graph, valid);
  for (const [question, answer] of Object.entries(valid)) {
    if (Object.hasOwn(led.answers, question)) continue;
    out.report(
      file,
      undefined,
      `${what} implies ${q(answer)} for question ${q(question)}, but replaying its answers from the start stops at ${q(led.node)}, and ${q(question)} can never come after it`,
      `Imply the answers that lead from the start to ${q(question)} too, or remove this one.`,
    );
  }
}

function checkNode(scope: GuideScope, file: string, node: GuideNode, ids: ReadonlySet<string>): void {
  const { out, shared, providers } = scope;
  const id = node.id;
  switch (node.kind) {
    case 'question': {
      // The provider question lists providers, which people find by name: it may be longer.
      const max = id === PROVIDER_QUESTION ? MAX_PROVIDER_ANSWERS : MAX_ANSWERS;
      if (node.answers.length < MIN_ANSWERS || node.answers.length > max) {
        out.report(
          file,
          id,
          `question has ${node.answers.length} answer${node.answers.length === 1 ? '' : 's'}; a question needs 2 to ${max}`,
          node.answers.length < MIN_ANSWERS
            ? 'Add answers, or turn the node into the step it leads to.'
            : id === PROVIDER_QUESTION
              ? `Keep the ${max} most common providers and let "other" cover the rest.`
              : `Split it into two questions (only the "${PROVIDER_QUESTION}" question may have up to ${MAX_PROVIDER_ANSWERS}).`,
        );
      }
      forEachRepeat(node.answers, byId, (a) =>
        out.report(file, id, `answer id ${q(a.id)} is used twice`, 'Give each answer its own id.'),
      );
      for (const a of node.answers) {
        if (!ids.has(a.next)) missingTarget(out, file, ids, id, `answer ${q(a.id)}`, a.next);
      }
      break;
    }
    case 'fix': {
      if (!ids.has(node.yes)) missingTarget(out, file, ids, id, '"yes"', node.yes);
      if (!ids.has(node.no)) missingTarget(out, file, ids, id, '"no"', node.no);
      if (node.shared !== undefined) {
        if (shared.sharedKnown && !shared.sharedNodeIds.has(node.shared)) {
          out.report(
            file,
            id,
            `fix uses shared node ${q(node.shared)}, which does not exist`,
            `Add it to "nodes" in ${shared.sharedFile}, or correct the id.${didYouMean(node.shared, shared.sharedNodeIds)}`,
          );
        }
        if (node.steps !== undefined) {
          out.report(
            file,
            id,
            'fix has both "shared" and "steps"',
            'Keep one: a shared fix takes its steps from shared.json.',
          );
        }
        break;
      }
      if (!node.steps || node.steps.length === 0) {
        out.report(
          file,
          id,
          'fix has no steps',
          'Add at least one step, or use "shared" to take the steps of a shared fix.',
        );
      }
      const steps = node.steps ?? [];
      forEachRepeat(steps, byId, (step) =>
        out.report(file, id, `step id ${q(step.id)} is used twice in this fix`, 'Give each step its own id.'),
      );
      for (const step of steps) {
        if (step.shared !== undefined && shared.sharedKnown && !shared.sharedStepIds.has(step.shared)) {
          out.report(
            file,
            id,
            `step ${q(step.id)} uses shared step ${q(step.shared)}, which does not exist`,
            `Add it to "steps" in ${shared.sharedFile}, or correct the id.${didYouMean(step.shared, shared.sharedStepIds)}`,
          );
        }
        checkSettings(providers, out, file, id, step);
      }
      break;
    }
    case 'check': {
      if (node.pass !== undefined && !ids.has(node.pass))
        missingTarget(out, file, ids, id, '"pass"', node.pass);
      if (node.skip !== undefined && !ids.has(node.skip))
        missingTarget(out, file, ids, id, '"skip"', node.skip);
      if (node.rules.length === 0)
        out.report(
          file,
          id,
          'check has no rules, so it always passes',
          'Add a rule, or use a question instead.',
        );
      if (
        node.provider !== undefined &&
        node.provider !== ANSWER_PROVIDER &&
        providers.providersKnown &&
        !providers.providers.has(node.provider)
      ) {
        out.report(
          file,
          id,
          `check compares with unknown provider ${q(node.provider)}`,
          `Use a provider id from src/content/providers.json.${didYouMean(node.provider, providers.providers.keys())}`,
        );
      }
      forEachRepeat(node.rules, byRule, (ref) =>
        out.report(
          file,
          id,
          `rule ${q(ref.rule)} is listed twice`,
          'Remove the second one: only the first can ever fail.',
        ),
      );
      for (const ref of node.rules) {
        if (!ids.has(ref.fail)) missingTarget(out, file, ids, id, `rule ${q(ref.rule)}`, ref.fail);
        if (!Object.hasOwn(rules, ref.rule)) continue; // unknown rule: reported by the schema
        const rule = rules[ref.rule];
        const needed = rule.fields.filter((f) => !node.fields.includes(f));
        if (needed.length > 0) {
          out.report(
            file,
            id,
            `rule ${q(ref.rule)} needs ${needed.join(' and ')}, which this check does not ask for`,
            `Add ${needed.map(q).join(', ')} to "fields", or remove the rule.`,
          );
        }
        if (rule.usesProvider && node.provider === undefined) {
          out.report(
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

/** Runs the structure phase and returns the model the later phases read. */
export function checkStructure(input: ContentInput, out: Reporter): ContentModel {
  const providers = readProviders(input, out);
  const shared = readShared(input, providers, out);
  const scope: GuideScope = {
    providers,
    shared,
    today: input.today ?? new Date().toISOString().slice(0, 10),
    out,
    guides: new Map(),
    unreadable: new Set(),
    symptomOwner: new Map(),
  };
  for (const entry of input.guides) readGuide(scope, entry);
  return {
    input,
    langs: input.langs ?? LANGS,
    today: scope.today,
    ...providers,
    ...shared,
    guides: scope.guides,
    unreadable: scope.unreadable,
  };
}
