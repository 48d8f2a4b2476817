// Flattens shared-node and shared-step references so the UI and the validator see one self-contained guide.
import type {
  FixStep,
  Guide,
  GuideNode,
  ResolvedGuide,
  ResolvedNode,
  ResolvedStep,
  SharedContent,
} from './types';

export const SHARED_NS = 'shared';

const EMPTY_SHARED: SharedContent = { nodes: [], steps: [] };

function sharedStep(
  step: FixStep,
  sharedSteps: Map<string, FixStep>,
  ownKey: { ns: string; key: string },
): ResolvedStep | undefined {
  if (step.shared === undefined) return { ...step, text: ownKey };
  const source = sharedSteps.get(step.shared);
  // A missing reference is the validator's to report; the UI just shows the steps that exist.
  if (!source) return undefined;
  // The local id stays (step links and ticks are per fix); data comes from the shared step unless overridden here.
  const data: Omit<FixStep, 'id' | 'shared'> = {};
  if (source.settings) data.settings = source.settings;
  if (source.diagnostic !== undefined) data.diagnostic = source.diagnostic;
  return { ...data, ...step, text: { ns: SHARED_NS, key: `steps.${step.shared}` } };
}

function resolveNode(
  node: GuideNode,
  ns: string,
  sharedNodes: Map<string, SharedContent['nodes'][number]>,
  sharedSteps: Map<string, FixStep>,
): ResolvedNode {
  const key = `nodes.${node.id}`;
  if (node.kind !== 'fix') return { ...node, text: { ns, key } };

  const steps: ResolvedStep[] = [];
  // Built field by field rather than with a rest spread: this runs for every node of every guide.
  const fix: Extract<ResolvedNode, { kind: 'fix' }> = {
    kind: 'fix',
    id: node.id,
    yes: node.yes,
    no: node.no,
    steps,
    text: { ns, key },
  };
  if (node.shared !== undefined) {
    fix.shared = node.shared;
    const sharedKey = `nodes.${node.shared}`;
    fix.text = { ns: SHARED_NS, key: sharedKey };
    for (const step of sharedNodes.get(node.shared)?.steps ?? []) {
      const resolved = sharedStep(step, sharedSteps, { ns: SHARED_NS, key: `${sharedKey}.steps.${step.id}` });
      if (resolved) steps.push(resolved);
    }
    return fix;
  }
  for (const step of node.steps ?? []) {
    const resolved = sharedStep(step, sharedSteps, { ns, key: `${key}.steps.${step.id}` });
    if (resolved) steps.push(resolved);
  }
  return fix;
}

/** The guide with every `shared` reference replaced by the shared data and wording keys filled in. Never throws. */
export function resolveGuide(guide: Guide, shared: SharedContent = EMPTY_SHARED): ResolvedGuide {
  const sharedNodes = new Map(shared.nodes.map((n) => [n.id, n] as const));
  const sharedSteps = new Map(shared.steps.map((s) => [s.id, s] as const));
  const nodes = guide.nodes.map((node) => resolveNode(node, guide.id, sharedNodes, sharedSteps));
  const byId = new Map<string, ResolvedNode>();
  // First occurrence wins on a duplicate id, matching how the validator names the later one as the duplicate.
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return { ...guide, nodes, byId };
}

/**
 * The wording a resolved node or step points to: `text.key` (dotted) in its guide's own wording, or in the
 * shared wording when `text.ns` is SHARED_NS. Undefined when it is missing (the validator reports that).
 */
export function wordingOf(
  text: { ns: string; key: string },
  guideWording: unknown,
  sharedWording: unknown,
): unknown {
  let cur: unknown = text.ns === SHARED_NS ? sharedWording : guideWording;
  for (const part of text.key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
