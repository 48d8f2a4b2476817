// Graph view of a guide: the edges of each node kind, reachability, shortest paths and exits to outcomes.
import type { GuideNode, JourneyStep, ResolvedNode } from './types';

/** One way out of a node: `value` is what the URL carries for it (?<nodeId>=<value>). */
export interface Edge {
  value: string;
  next: string;
}

type AnyNode = GuideNode | ResolvedNode;

/** The part of a guide (raw or resolved) the graph functions need. */
export interface GraphLike {
  start: string;
  nodes: readonly AnyNode[];
}

export function edges(node: AnyNode): Edge[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => ({ value: a.id, next: a.next }));
    case 'fix':
      return [
        { value: 'yes', next: node.yes },
        { value: 'no', next: node.no },
      ];
    case 'check': {
      const out = node.rules.map((r) => ({ value: r.rule as string, next: r.fail }));
      out.push({ value: 'pass', next: node.pass });
      if (node.skip !== undefined) out.push({ value: 'skip', next: node.skip });
      return out;
    }
    case 'outcome':
      return [];
  }
}

interface Parent {
  from: string;
  value: string;
}

export interface GraphIndex {
  byId: Map<string, AnyNode>;
  /** Position of each node in the guide file (first occurrence). */
  order: Map<string, number>;
  /** node id → (answer value → next node id); the first edge wins on a duplicate value. */
  out: Map<string, Map<string, string>>;
  /** BFS tree from the start, computed on first use. */
  parents?: Map<string, Parent | null>;
}

// Guides are treated as immutable once loaded, so indexes are cached by object identity.
const cache = new WeakMap<GraphLike, GraphIndex>();

export function graphIndex(guide: GraphLike): GraphIndex {
  let index = cache.get(guide);
  if (index) return index;
  const byId = new Map<string, AnyNode>();
  const order = new Map<string, number>();
  const out = new Map<string, Map<string, string>>();
  guide.nodes.forEach((node, i) => {
    if (byId.has(node.id)) return;
    byId.set(node.id, node);
    order.set(node.id, i);
    const values = new Map<string, string>();
    for (const e of edges(node)) if (!values.has(e.value)) values.set(e.value, e.next);
    out.set(node.id, values);
  });
  index = { byId, order, out };
  cache.set(guide, index);
  return index;
}

/** Where answering `value` on `nodeId` leads, or undefined when that is not an answer of that node. */
export function edgeTarget(guide: GraphLike, nodeId: string, value: string): string | undefined {
  return graphIndex(guide).out.get(nodeId)?.get(value);
}

function bfsParents(guide: GraphLike): Map<string, Parent | null> {
  const index = graphIndex(guide);
  if (index.parents) return index.parents;
  const parents = new Map<string, Parent | null>();
  if (index.byId.has(guide.start)) {
    parents.set(guide.start, null);
    const queue = [guide.start];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as string;
      for (const [value, next] of index.out.get(id) ?? []) {
        if (parents.has(next) || !index.byId.has(next)) continue;
        parents.set(next, { from: id, value });
        queue.push(next);
      }
    }
  }
  index.parents = parents;
  return parents;
}

/** Ids of the nodes that can be reached from the start (edges to missing nodes are ignored). */
export function reachableFromStart(guide: GraphLike): Set<string> {
  return new Set(bfsParents(guide).keys());
}

/** Shortest path from the start to `target`, with the answer each edge stands for; undefined if unreachable. */
export function shortestPath(guide: GraphLike, target: string): JourneyStep[] | undefined {
  const parents = bfsParents(guide);
  if (!parents.has(target)) return undefined;
  const path: JourneyStep[] = [{ node: target }];
  let parent = parents.get(target);
  while (parent) {
    path.push({ node: parent.from, answer: parent.value });
    parent = parents.get(parent.from);
  }
  return path.reverse();
}

/** Ids of the nodes from which some outcome node can be reached (outcomes included). */
export function reachesOutcome(guide: GraphLike): Set<string> {
  const index = graphIndex(guide);
  const incoming = new Map<string, string[]>();
  for (const [from, values] of index.out) {
    for (const next of values.values()) {
      const list = incoming.get(next);
      if (list) list.push(from);
      else incoming.set(next, [from]);
    }
  }
  const ok = new Set<string>();
  const queue: string[] = [];
  for (const node of index.byId.values()) {
    if (node.kind === 'outcome') {
      ok.add(node.id);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const from of incoming.get(queue[head] as string) ?? []) {
      if (ok.has(from)) continue;
      ok.add(from);
      queue.push(from);
    }
  }
  return ok;
}
