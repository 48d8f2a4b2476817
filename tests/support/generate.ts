// Generates large, valid synthetic guides (with wording) for property tests and benchmarks.
import type {
  CheckNode,
  FixNode,
  Guide,
  GuideNode,
  LocaleGuide,
  LocaleNode,
  ProviderTable,
  QuestionNode,
} from '../../src/engine/types';
import { RULE_NAMES } from '../../src/engine/types';
import { rules } from '../../src/engine/rules';

export interface GeneratedGuide {
  guide: Guide;
  locales: { ja: LocaleGuide; en: LocaleGuide };
  /** The provider table the guide's checks and settings steps refer to. */
  providers: ProviderTable;
}

export interface GenerateOptions {
  /** Let some fixes' "no" lead back to an earlier node (a loop that still has exits). */
  cycles?: boolean;
}

const GENERATED_PROVIDER = 'gen-mail';

/** mulberry32: small, fast and reproducible from a seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An edge whose target is not chosen yet. */
interface OpenEdge {
  set: (next: string) => void;
  /** Number of the node the edge leaves from. */
  from: number;
  role: 'yes' | 'no' | 'other';
}

/**
 * A guide of `n` nodes (at least 3): questions with 2–6 answers, fixes, checks and outcomes. Every node is
 * reachable from the start and every node can reach an outcome. Branches are built depth-first, so long
 * journeys exist (useful for timing a 30-answer replay).
 */
export function generateGuide(
  n: number,
  seed: number | string = 1,
  options: GenerateOptions = {},
): GeneratedGuide {
  const numericSeed =
    typeof seed === 'number'
      ? seed
      : [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
  const rand = random(numericSeed);
  const guideId = `gen-${Math.abs(Math.trunc(numericSeed)) % 1_000_000}`;

  const total = Math.max(3, Math.floor(n));
  const outcomeCount = Math.max(2, Math.floor(total * 0.1));
  const innerCount = total - outcomeCount;
  const nodes: GuideNode[] = [];
  const ids: string[] = [];
  const open: OpenEdge[] = [];

  for (let i = 0; i < innerCount; i++) {
    const r = i === 0 ? 0 : rand();
    const mine: OpenEdge[] = [];
    let node: QuestionNode | FixNode | CheckNode;
    if (r < 0.55) {
      const count = 2 + Math.floor(rand() * 5);
      const question: QuestionNode = { kind: 'question', id: `q-${i}`, answers: [] };
      for (let a = 0; a < count; a++) {
        const answer = { id: `a-${a + 1}`, next: '' };
        question.answers.push(answer);
        mine.push({ from: i, role: 'other', set: (next) => (answer.next = next) });
      }
      node = question;
    } else if (r < 0.85) {
      const stepCount = 1 + Math.floor(rand() * 4);
      const fix: FixNode = { kind: 'fix', id: `f-${i}`, steps: [], yes: '', no: '' };
      for (let s = 0; s < stepCount; s++) {
        fix.steps?.push(
          rand() < 0.2
            ? { id: `s-${s + 1}`, settings: { provider: GENERATED_PROVIDER, protocols: ['imap', 'smtp'] } }
            : { id: `s-${s + 1}` },
        );
      }
      mine.push(
        { from: i, role: 'yes', set: (next) => (fix.yes = next) },
        { from: i, role: 'no', set: (next) => (fix.no = next) },
      );
      node = fix;
    } else {
      const ruleCount = 1 + Math.floor(rand() * 3);
      const chosen = [...RULE_NAMES].sort(() => rand() - 0.5).slice(0, ruleCount);
      const fields = [...new Set(chosen.flatMap((rule) => rules[rule].fields))];
      const check: CheckNode = {
        kind: 'check',
        id: `c-${i}`,
        fields: ['protocol', ...fields],
        provider: GENERATED_PROVIDER,
        rules: chosen.map((rule) => ({ rule, fail: '' })),
        pass: '',
      };
      for (const ref of check.rules) mine.push({ from: i, role: 'other', set: (next) => (ref.fail = next) });
      mine.push({ from: i, role: 'other', set: (next) => (check.pass = next) });
      if (rand() < 0.5) {
        check.skip = '';
        mine.push({ from: i, role: 'other', set: (next) => (check.skip = next) });
      }
      node = check;
    }
    if (i > 0) {
      // Mostly the newest open edge (deep branches, so long journeys exist), sometimes any (bushy trees).
      const slot = rand() < 0.8 ? open.length - 1 : Math.floor(rand() * open.length);
      open.splice(slot, 1)[0]?.set(node.id);
    }
    open.push(...mine);
    nodes.push(node);
    ids.push(node.id);
  }

  for (let o = 0; o < outcomeCount; o++) {
    const id = `o-${innerCount + o}`;
    nodes.push({ kind: 'outcome', id, outcome: o % 2 === 0 ? 'resolved' : 'handoff' });
    ids.push(id);
  }
  // Every remaining edge goes to an outcome (all outcomes get at least one), so the graph is acyclic...
  const yesToOutcome = new Set(open.filter((e) => e.role === 'yes').map((e) => e.from));
  open.forEach((edge, k) => {
    // ...unless asked for loops: then some fixes whose "yes" ends the guide get a "no" that goes back.
    if (
      options.cycles &&
      k >= outcomeCount &&
      edge.role === 'no' &&
      edge.from > 0 &&
      yesToOutcome.has(edge.from) &&
      rand() < 0.3
    ) {
      edge.set(ids[Math.floor(rand() * edge.from)] as string);
      return;
    }
    edge.set(ids[innerCount + (k < outcomeCount ? k : Math.floor(rand() * outcomeCount))] as string);
  });

  const symptomCount = Math.min(5, innerCount);
  const symptoms = Array.from({ length: symptomCount }, (_, k) => ({
    id: `${guideId}-symptom-${k}`,
    ...(k === 0 ? {} : { node: ids[Math.floor(rand() * innerCount)] as string }),
    clients: ['outlook-classic' as const],
    aliases: [
      `0x${(((numericSeed >>> 0) * 31 + k) >>> 0).toString(16).toUpperCase()}`,
      `Generated error ${guideId} number ${k}`,
    ],
  }));

  const redirects: Record<string, string> = {};
  for (let i = 0; i < innerCount; i += 97) redirects[`old-${ids[i] as string}`] = ids[i] as string;

  const guide: Guide = {
    id: guideId,
    checked: '2026-01-01',
    start: ids[0] as string,
    symptoms,
    nodes,
    redirects,
  };
  return {
    guide,
    locales: { ja: wording(guide, 'ja'), en: wording(guide, 'en') },
    providers: generatedProviders(),
  };
}

function wording(guide: Guide, lang: 'ja' | 'en'): LocaleGuide {
  const ja = lang === 'ja';
  const nodes: Record<string, LocaleNode> = {};
  for (const node of guide.nodes) {
    const entry: LocaleNode = { title: ja ? `ノード ${node.id} の見出し` : `Heading of node ${node.id}` };
    if (node.kind === 'question') {
      entry.answers = Object.fromEntries(
        node.answers.map((a) => [a.id, ja ? `答え ${a.id}` : `Answer ${a.id}`]),
      );
    } else if (node.kind === 'fix') {
      entry.steps = Object.fromEntries(
        (node.steps ?? []).map((s) => [
          s.id,
          {
            title: ja ? `手順 ${s.id} を行います` : `Do step ${s.id}`,
            menu: ja ? ['設定', 'メール'] : ['Settings', 'Mail'],
          },
        ]),
      );
    } else if (node.kind === 'check') {
      entry.rules = Object.fromEntries(
        node.rules.map((r) => [r.rule, ja ? `${r.rule} に合いません` : `This does not match ${r.rule}`]),
      );
    }
    nodes[node.id] = entry;
  }
  return {
    title: ja ? `生成されたガイド ${guide.id}` : `Generated guide ${guide.id}`,
    description: ja ? 'テスト用に生成したガイドです。' : 'A guide generated for tests.',
    symptoms: Object.fromEntries(
      guide.symptoms.map((s) => [s.id, { title: ja ? `症状 ${s.id}` : `Symptom ${s.id}` }]),
    ),
    nodes,
  };
}

function generatedProviders(): ProviderTable {
  return {
    providers: [
      {
        id: GENERATED_PROVIDER,
        servers: [
          { protocol: 'imap', host: 'imap.gen-mail.test', port: 993, security: 'ssl' },
          { protocol: 'smtp', host: 'smtp.gen-mail.test', port: 587, security: 'starttls' },
        ],
        checked: '2026-11-01',
        sources: ['generated'],
      },
    ],
  };
}
