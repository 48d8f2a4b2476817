// Graph view of a guide: the edges of each node kind, reachability, shortest paths, exits to outcomes and
// how many questions may still lie ahead.
import type { Answers, GuideNode, JourneyStep, ResolvedNode } from './types';

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
      // Resolved, hand-off and continue alike: a continue outcome leads into another guide (a link on
      // its page), never further in this one, so it is a terminal node here.
      return [];
  }
}

/**
 * Nodes numbered in file order (first occurrence of an id wins), with their edges. Graph searches run on
 * the numbers: a 10,000-node guide is searched in well under a millisecond.
 */
export interface GraphIndex {
  ids: string[];
  /** id → number, which is also the node's position among the unique ids in the guide file. */
  index: Map<string, number>;
  byId: Map<string, AnyNode>;
  edges: Edge[][];
  /** Edge targets as numbers (-1 when the target does not exist), edge k of node i at offsets[i] + k. */
  offsets: Int32Array;
  targets: Int32Array;
  /** BFS tree from the start, computed on first use: parent number (-1 none) and the edge taken. */
  parent?: Int32Array;
  parentEdge?: Int32Array;
}

// Guides are treated as immutable once loaded, so indexes are cached by object identity.
const cache = new WeakMap<GraphLike, GraphIndex>();

export function graphIndex(guide: GraphLike): GraphIndex {
  let g = cache.get(guide);
  if (g) return g;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const byId = new Map<string, AnyNode>();
  const nodeEdges: Edge[][] = [];
  for (const node of guide.nodes) {
    if (byId.has(node.id)) continue;
    index.set(node.id, ids.length);
    ids.push(node.id);
    byId.set(node.id, node);
    nodeEdges.push(edges(node));
  }
  const offsets = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++)
    offsets[i + 1] = (offsets[i] as number) + (nodeEdges[i] as Edge[]).length;
  const targets = new Int32Array(offsets[ids.length] as number);
  for (let i = 0; i < ids.length; i++) {
    const list = nodeEdges[i] as Edge[];
    const base = offsets[i] as number;
    for (let k = 0; k < list.length; k++) targets[base + k] = index.get((list[k] as Edge).next) ?? -1;
  }
  g = { ids, index, byId, edges: nodeEdges, offsets, targets };
  cache.set(guide, g);
  return g;
}

/** Where answering `value` on `nodeId` leads, or undefined when that is not an answer of that node. */
export function edgeTarget(guide: GraphLike, nodeId: string, value: string): string | undefined {
  const g = graphIndex(guide);
  const i = g.index.get(nodeId);
  if (i === undefined) return undefined;
  // The first edge wins on a duplicate value (the validator reports the duplicate).
  for (const e of g.edges[i] as Edge[]) if (e.value === value) return e.next;
  return undefined;
}

function bfs(guide: GraphLike): GraphIndex & { parent: Int32Array; parentEdge: Int32Array } {
  const g = graphIndex(guide);
  if (g.parent && g.parentEdge) return g as GraphIndex & { parent: Int32Array; parentEdge: Int32Array };
  const n = g.ids.length;
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const start = g.index.get(guide.start);
  if (start !== undefined) {
    const queue = new Int32Array(n);
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    for (let head = 0; head < tail; head++) {
      const i = queue[head] as number;
      for (let e = g.offsets[i] as number, end = g.offsets[i + 1] as number; e < end; e++) {
        const t = g.targets[e] as number;
        if (t < 0 || seen[t]) continue;
        seen[t] = 1;
        parent[t] = i;
        parentEdge[t] = e - (g.offsets[i] as number);
        queue[tail++] = t;
      }
    }
  }
  g.parent = parent;
  g.parentEdge = parentEdge;
  return g as GraphIndex & { parent: Int32Array; parentEdge: Int32Array };
}

/** Ids of the nodes that can be reached from the start (edges to missing nodes are ignored). */
export function reachableFromStart(guide: GraphLike): Set<string> {
  const g = bfs(guide);
  const out = new Set<string>();
  const start = g.index.get(guide.start);
  g.ids.forEach((id, i) => {
    if (i === start || (g.parent[i] as number) >= 0) out.add(id);
  });
  return out;
}

/** Shortest path from the start to `target`, with the answer each edge stands for; undefined if unreachable. */
export function shortestPath(guide: GraphLike, target: string): JourneyStep[] | undefined {
  const g = bfs(guide);
  const start = g.index.get(guide.start);
  let i = g.index.get(target);
  if (i === undefined || start === undefined) return undefined;
  if (i !== start && (g.parent[i] as number) < 0) return undefined;
  const path: JourneyStep[] = [{ node: target }];
  while (i !== start) {
    const p = g.parent[i] as number;
    const edge = (g.edges[p] as Edge[])[g.parentEdge[i] as number] as Edge;
    path.push({ node: g.ids[p] as string, answer: edge.value });
    i = p;
  }
  return path.reverse();
}

/** Shortest path from `from` to `to` (a fresh BFS, not cached); undefined when `to` cannot be reached. */
function pathBetween(g: GraphIndex, from: number, to: number): JourneyStep[] | undefined {
  const n = g.ids.length;
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  queue[tail++] = from;
  seen[from] = 1;
  for (let head = 0; head < tail && !seen[to]; head++) {
    const i = queue[head] as number;
    for (let e = g.offsets[i] as number, end = g.offsets[i + 1] as number; e < end; e++) {
      const t = g.targets[e] as number;
      if (t < 0 || seen[t]) continue;
      seen[t] = 1;
      parent[t] = i;
      parentEdge[t] = e - (g.offsets[i] as number);
      queue[tail++] = t;
    }
  }
  if (!seen[to]) return undefined;
  const path: JourneyStep[] = [{ node: g.ids[to] as string }];
  for (let i = to; i !== from;) {
    const p = parent[i] as number;
    path.push({
      node: g.ids[p] as string,
      answer: ((g.edges[p] as Edge[])[parentEdge[i] as number] as Edge).value,
    });
    i = p;
  }
  return path.reverse();
}

/**
 * The answers on the shortest way from the start to `target` (node id → answer, in path order): what a
 * link to `target` carries so that it opens as if the person had answered their way there. With `via`,
 * the way must give answer `via.value` on node `via.node` (an app in the "which app" question) and is the
 * shortest of those. Undefined when there is no such way (or it would pass a node twice). `{}` for the start.
 */
export function shortestAnswers(
  guide: GraphLike,
  target: string,
  via?: { node: string; value: string },
): Answers | undefined {
  let path: JourneyStep[] | undefined;
  if (via === undefined) path = shortestPath(guide, target);
  else {
    const g = graphIndex(guide);
    const next = edgeTarget(guide, via.node, via.value);
    const to = g.index.get(target);
    const from = next === undefined ? undefined : g.index.get(next);
    const before = shortestPath(guide, via.node);
    const after = from === undefined || to === undefined ? undefined : pathBetween(g, from, to);
    if (!before || !after) return undefined;
    path = [...before.slice(0, -1), { node: via.node, answer: via.value }, ...after];
    if (new Set(path.map((step) => step.node)).size !== path.length) return undefined;
  }
  if (!path) return undefined;
  const answers: Answers = {};
  for (const step of path) if (step.answer !== undefined) answers[step.node] = step.answer;
  return answers;
}

/** Ids of the nodes from which some outcome node can be reached (outcomes included). */
export function reachesOutcome(guide: GraphLike): Set<string> {
  const g = graphIndex(guide);
  const n = g.ids.length;
  // Reverse adjacency in the same packed form.
  const inCount = new Int32Array(n + 1);
  for (let e = 0; e < g.targets.length; e++) {
    const t = g.targets[e] as number;
    if (t >= 0) inCount[t + 1] = (inCount[t + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) inCount[i + 1] = (inCount[i + 1] as number) + (inCount[i] as number);
  const fill = inCount.slice(0, n);
  const sources = new Int32Array(inCount[n] as number);
  for (let i = 0; i < n; i++) {
    for (let e = g.offsets[i] as number, end = g.offsets[i + 1] as number; e < end; e++) {
      const t = g.targets[e] as number;
      if (t < 0) continue;
      sources[fill[t] as number] = i;
      fill[t] = (fill[t] as number) + 1;
    }
  }
  const ok = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  g.ids.forEach((id, i) => {
    if (g.byId.get(id)?.kind === 'outcome') {
      ok[i] = 1;
      queue[tail++] = i;
    }
  });
  for (let head = 0; head < tail; head++) {
    const t = queue[head] as number;
    for (let k = inCount[t] as number, end = inCount[t + 1] as number; k < end; k++) {
      const s = sources[k] as number;
      if (ok[s]) continue;
      ok[s] = 1;
      queue[tail++] = s;
    }
  }
  const out = new Set<string>();
  g.ids.forEach((id, i) => {
    if (ok[i]) out.add(id);
  });
  return out;
}

// Per guide (by its index, itself cached by guide identity): node number → questions ahead (-1: none).
const aheadCache = new WeakMap<GraphIndex, Map<number, number>>();

/**
 * The most questions a person can still meet on one way from `nodeId` to an outcome, not counting
 * `nodeId` itself: with the questions already answered, it bounds "question 2 of about 4". Content should
 * have no cycles, but a cycle must not hang us: a depth-first walk from `nodeId` ignores an edge back to
 * a node still on its way, so every way counted is a real path that visits no node twice (a lower bound
 * of the longest simple path, found in linear time). Undefined for an unknown node or one from which no
 * outcome can be reached. Pure; memoised per guide and node.
 */
export function questionsAhead(guide: GraphLike, nodeId: string): number | undefined {
  const g = graphIndex(guide);
  const root = g.index.get(nodeId);
  if (root === undefined) return undefined;
  let memo = aheadCache.get(g);
  if (!memo) {
    memo = new Map();
    aheadCache.set(g, memo);
  }
  let found = memo.get(root);
  if (found === undefined) {
    found = longestQuestions(g, root);
    memo.set(root, found);
  }
  return found < 0 ? undefined : found;
}

const isQuestion = (g: GraphIndex, i: number) => g.byId.get(g.ids[i] as string)?.kind === 'question';

/** Questions ahead of `root` (see questionsAhead), or -1 when no outcome can be reached. Iterative: no deep recursion. */
function longestQuestions(g: GraphIndex, root: number): number {
  const n = g.ids.length;
  const ON_WAY = 1;
  const DONE = 2;
  const state = new Uint8Array(n);
  // Questions on the longest way from node i to an outcome, i included; -1 when there is none.
  const best = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let top = 0;
  stack[0] = root;
  cursor[0] = g.offsets[root] as number;
  state[root] = ON_WAY;
  while (top >= 0) {
    const i = stack[top] as number;
    const e = cursor[top] as number;
    if (e < (g.offsets[i + 1] as number)) {
      cursor[top] = e + 1;
      const t = g.targets[e] as number;
      if (t >= 0 && state[t] === 0) {
        state[t] = ON_WAY;
        top++;
        stack[top] = t;
        cursor[top] = g.offsets[t] as number;
      }
      continue;
    }
    // Every way out of i is explored; an edge to a node still on the way (a cycle) is left out.
    if (g.byId.get(g.ids[i] as string)?.kind === 'outcome') best[i] = 0;
    else {
      let most = -1;
      for (let k = g.offsets[i] as number, end = g.offsets[i + 1] as number; k < end; k++) {
        const t = g.targets[k] as number;
        if (t >= 0 && state[t] === DONE && (best[t] as number) > most) most = best[t] as number;
      }
      best[i] = most < 0 ? -1 : most + (isQuestion(g, i) ? 1 : 0);
    }
    state[i] = DONE;
    top--;
  }
  const total = best[root] as number;
  return total < 0 ? -1 : total - (isQuestion(g, root) ? 1 : 0);
}
