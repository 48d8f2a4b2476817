// The wording and safety phase: every wording file against the content: missing, empty, stale and risky text,
// and server values written outside the provider table.
import type { FixStep, GuideNode, LocaleGuide, LocaleShared } from '../../../src/engine/types';
import { SHARED_NS } from '../../../src/engine/shared';
import { graphIndex } from '../../../src/engine/graph';
import { localeGuideSchema, localeProvidersSchema, localeSharedSchema } from '../schema';
import type { LocalePath } from '../locale-walk';
import { LOCALE_GUIDE_SPEC, LOCALE_SHARED_SPEC, walkLocale } from '../locale-walk';
import type { HostMention } from '../wording';
import { WEB_HOSTS, hostMentions, isExampleHost, riskySentence } from '../wording';
import { termMisuses } from '../terms';
import type { ContentModel, GuideEntry, LocaleFile, Problem, Rec, Reporter } from './context';
import { COMMON_NS, PROVIDERS_NS, at, formatPath, isRec, keysOf, q } from './context';
import { didYouMean } from './suggestions';
import { parse } from './zod-problems';

const BLANK = /^\s*$/;

interface LocaleView {
  file: string;
  data: Rec;
}

interface GuideView {
  view: LocaleView;
  nodes: unknown;
}

const viewKey = (lang: string, ns: string) => `${lang}/${ns}`;

/** Same answer as BLANK.test(text); most strings start with a character \s cannot match and skip the regex. */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0); // NaN for '', which the regex then accepts
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff)) return false;
  return BLANK.test(text);
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

/** Where a node's wording lives: shared.json for a shared fix, else the guide's own file. */
const isSharedFix = (node: GuideNode) => node.kind === 'fix' && node.shared !== undefined;

/** A step of a fix worded in the guide's own file, not a shared step (worded in shared.json). */
function hasOwnStep(steps: readonly FixStep[], id: string): boolean {
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i] as FixStep;
    if (st.id === id && st.shared === undefined) return true;
  }
  return false;
}

/**
 * The phase's working state: the wording files read so far and which missing files were reported. It lives for
 * one run of the phase; the model it reads is never changed.
 */
class WordingCheck {
  readonly views = new Map<string, LocaleView>();
  readonly reportedMissingFile = new Set<string>();

  constructor(
    readonly model: ContentModel,
    readonly out: Reporter,
  ) {}

  // Wording files are read defensively (a file with a schema error is still checked for everything else).
  checkLocaleFile(loc: LocaleFile): void {
    const { model, out } = this;
    const isShared = loc.ns === SHARED_NS;
    const isCommon = loc.ns === COMMON_NS;
    if (loc.ns === PROVIDERS_NS) {
      this.checkProvidersFile(loc);
      return;
    }
    // One walk checks the shape and every string; zod runs only to explain a file whose shape is wrong.
    const textProblems: Problem[] = [];
    const spec = isCommon ? undefined : isShared ? LOCALE_SHARED_SPEC : LOCALE_GUIDE_SPEC;
    const fits = walkLocale(loc.data, spec, (text, path) =>
      this.checkText(loc.file, loc.lang, isCommon, textProblems, text, path),
    );
    if (!isCommon) {
      if (
        !isShared &&
        !model.guides.has(loc.ns) &&
        !model.input.guides.some((g) => g.file.endsWith(`${loc.ns}.json`))
      ) {
        out.report(
          loc.file,
          undefined,
          `wording file for guide ${q(loc.ns)}, which does not exist`,
          'Delete the file, or rename it after its guide.',
        );
      }
      if (!model.langs.includes(loc.lang)) {
        out.report(
          loc.file,
          undefined,
          `language ${q(loc.lang)} is not one of ${model.langs.join(', ')}`,
          'Move the file under a supported language folder.',
        );
      }
      if (!fits) {
        const parsed = isShared
          ? parse<LocaleShared>(localeSharedSchema, loc, 'the LocaleShared type in src/engine/types.ts', true)
          : parse<LocaleGuide>(localeGuideSchema, loc, 'the LocaleGuide type in src/engine/types.ts', true);
        // A missing title is reported below with what it is the title of.
        out.add(
          parsed.problems.filter(
            (p) => !/\.title is missing$|^(title|description) is missing$/.test(p.message),
          ),
        );
      }
      if (isRec(loc.data)) this.views.set(viewKey(loc.lang, loc.ns), { file: loc.file, data: loc.data });
    }
    out.add(textProblems);
  }

  /**
   * locales/<lang>/providers.json: its shape, every string like a guide's (empty, terms, server values),
   * and every key a provider of the table.
   */
  checkProvidersFile(loc: LocaleFile): void {
    const { model, out } = this;
    const parsed = parse(localeProvidersSchema, loc, 'the LocaleProviders type in src/engine/types.ts', true);
    out.add(parsed.problems);
    if (!isRec(loc.data)) return;
    const problems: Problem[] = [];
    const ui = at(loc.data, 'ui');
    for (const key of keysOf(ui)) {
      const text = at(ui, key);
      if (typeof text === 'string') this.checkText(loc.file, loc.lang, false, problems, text, ['ui', key]);
    }
    for (const part of ['notes', 'hostHints', 'pages'] as const) {
      const record = at(loc.data, part);
      for (const key of keysOf(record)) {
        const text = at(record, key);
        if (typeof text === 'string') this.checkText(loc.file, loc.lang, false, problems, text, [part, key]);
        if (model.providersKnown && !model.providers.has(key)) {
          problems.push({
            file: loc.file,
            message: `${part}.${key} is wording for provider ${q(key)}, which is not in the provider table`,
            fix: `Use a provider id from src/content/providers.json, or remove the entry.${didYouMean(key, model.providers.keys())}`,
          });
        }
      }
    }
    // A pattern host is shown with a hint saying where the person finds their own name.
    for (const provider of model.providers.values()) {
      if (!provider.servers.some((s) => s.host.includes('*'))) continue;
      if (typeof at(at(loc.data, 'hostHints'), provider.id) !== 'string') {
        problems.push({
          file: loc.file,
          message: `hostHints.${provider.id} is missing: provider ${q(provider.id)} has a server name that is a pattern`,
          fix: 'Say where the person finds their own server name (e.g. the setup mail or the control panel).',
        });
      }
    }
    out.add(problems);
  }

  /** Checks one string of a wording file (called for every string, so nothing is built unless it fails). */
  checkText(
    file: string,
    lang: string,
    isCommon: boolean,
    problems: Problem[],
    text: string,
    path: LocalePath,
  ): void {
    if (!isCommon && isBlank(text))
      problems.push(
        textProblem(
          file,
          path,
          `${formatPath(path)} is empty`,
          'Write the text, or remove the key if it is optional.',
        ),
      );
    // A menu chip (…steps.<id>.menu[i]) is a label as the device shows it.
    const misuses = termMisuses(text, lang, path[path.length - 2] === 'menu');
    for (let i = 0; i < misuses.length; i++) {
      const { term, found } = misuses[i] as (typeof misuses)[number];
      problems.push(
        textProblem(
          file,
          path,
          `${formatPath(path)} writes ${q(found)}; the term list prefers ${q(term.preferred)}`,
          `Write ${q(term.preferred)} (${term.why}; see tools/content/terms.ts).`,
        ),
      );
    }
    const mentions = hostMentions(text);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as HostMention;
      const ports = this.model.serverHosts.get(m.host);
      const known =
        isExampleHost(m.host) ||
        (m.port === undefined ? ports !== undefined || WEB_HOSTS.has(m.host) : ports?.has(m.port) === true);
      if (!known) {
        const written = m.port === undefined ? m.host : `${m.host}:${m.port}`;
        problems.push(
          textProblem(
            file,
            path,
            `${formatPath(path)} writes the server value ${q(written)}, which is not in the provider table`,
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
      if (!this.model.input.locales.some((l) => l.lang === lang && l.ns === ns)) {
        this.out.report(
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
    this.out.report(view.file, node, `${key} is missing (${what})`, `Add ${q(key)} to ${view.file}.`);
  }

  staleKey(view: LocaleView, key: string, node: string | undefined, why: string): void {
    this.out.report(
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
    if (sentence !== undefined) {
      this.out.report(
        view.file,
        node,
        `${key} seems to advise turning encryption off or accepting a certificate warning: ${q(sentence)}`,
        'Rewrite it so the fix never weakens security, or, if it is only a diagnostic step, set "diagnostic": true on the step so the UI shows a warning.',
      );
    }
  }

  /**
   * A fix's caution (what not to do, shown above step 1): it is never a diagnostic step, so risky wording in
   * it is always reported; on any other kind of node nothing shows it.
   */
  checkCaution(view: LocaleView, text: unknown, node: GuideNode | { kind: 'fix'; id: string }): void {
    const caution = at(text, 'caution');
    if (caution === undefined) return;
    const key = `nodes.${node.id}.caution`;
    if (node.kind !== 'fix') {
      this.staleKey(view, key, node.id, `only a fix shows a caution, and this is a ${node.kind}`);
      return;
    }
    const sentence = typeof caution === 'string' ? riskySentence(caution) : undefined;
    if (sentence !== undefined) {
      this.out.report(
        view.file,
        node.id,
        `${key} seems to advise turning encryption off or accepting a certificate warning: ${q(sentence)}`,
        'A caution says what not to do: write it so it warns against weakening security, never advises it.',
      );
    }
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
    const { shared } = this.model;
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
      this.checkCaution(sharedView, text, { kind: 'fix', id: node.id });
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
    if (this.model.sharedKnown) {
      this.staleIn(
        sharedView,
        nodes,
        'nodes',
        this.model.sharedNodeIds,
        undefined,
        'there is no shared node with that id',
      );
      this.staleIn(
        sharedView,
        steps,
        'steps',
        this.model.sharedStepIds,
        undefined,
        'there is no shared step with that id',
      );
    }
  }

  checkGuideWording({ guide, graph }: GuideEntry): void {
    const ns = guide.id;
    const guideViews: GuideView[] = [];
    for (const lang of this.model.langs) {
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
    const byId = graphIndex(graph).byId;
    for (const node of byId.values()) {
      // A shared fix: its wording is checked with shared.json.
      if (isSharedFix(node)) continue;
      for (let v = 0; v < guideViews.length; v++) this.checkNodeWording(guideViews[v] as GuideView, node);
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
        } else if (node.kind === 'fix' && node.shared !== undefined) {
          this.staleKey(
            view,
            `nodes.${id}`,
            id,
            `this fix takes its wording from ${SHARED_NS}.json nodes.${node.shared}`,
          );
        }
      }
    }
  }

  /** The wording of one node of a guide in one language: what is missing, risky or no longer used. */
  checkNodeWording({ view, nodes }: GuideView, node: GuideNode): void {
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
        if (step.shared !== undefined) continue; // a shared step: checked with shared.json
        const stepText = at(steps, step.id);
        if (typeof at(stepText, 'title') !== 'string')
          this.missing(view, `nodes.${id}.steps.${step.id}.title`, id, `the title of step ${q(step.id)}`);
        this.checkRisky(view, `nodes.${id}.steps.${step.id}`, id, stepText, step.diagnostic);
      }
    }
    this.checkCaution(view, text, node);
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
        if (node.kind !== 'fix' || !hasOwnStep(node.steps ?? [], k)) {
          this.staleKey(view, `nodes.${id}.steps.${k}`, id, 'the fix has no such step of its own');
        }
      }
    }
  }

  staleAnswers(view: LocaleView, node: GuideNode, part: 'answers' | 'hints', record: Rec): void {
    for (const k in record) {
      if (node.kind !== 'question' || !hasId(node.answers, k)) {
        this.staleKey(view, `nodes.${node.id}.${part}.${k}`, node.id, 'the question has no such answer');
      }
    }
  }
}

/** Runs the wording and safety phase over every wording file, then shared and guide wording per language. */
export function checkWording(model: ContentModel, out: Reporter): void {
  const run = new WordingCheck(model, out);
  for (const loc of model.input.locales) run.checkLocaleFile(loc);
  for (const lang of model.langs) run.checkSharedWording(lang);
  // Guide wording: each node is visited once for all languages; strings for a report are built only on failure.
  for (const entry of model.guides.values()) run.checkGuideWording(entry);
}
