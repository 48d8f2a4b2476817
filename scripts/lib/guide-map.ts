// Maps of the guides, at build and test time only: the decision graph of each guide with its wording
// (titles, short answer labels), laid out with dagre for the map page (/<lang>/<guide>/map/) and written
// as Mermaid for authors (npm run map → docs/maps/<guide>.mmd). Never imported by src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dagre from '@dagrejs/dagre';
import type {
  Guide,
  Lang,
  LocaleGuide,
  LocaleNode,
  LocaleShared,
  ResolvedGuide,
  ResolvedNode,
  SharedContent,
} from '../../src/engine/types';
import { resolveGuide, wordingOf } from '../../src/engine/shared';
import { edges as nodeEdges } from '../../src/engine/graph';
import type { MapEdge, MapLayout, MapNode, MapShape, MapWords } from '../../src/features/map/layout-types';

const LANGS: readonly Lang[] = ['ja', 'en'];

/** The edge labels a map needs from locales/<lang>/common.json (its "map.edge" section). */
interface EdgeWords {
  yes: string;
  no: string;
  pass: string;
  skip: string;
  rules: Record<string, string>;
}

export interface GraphNode {
  id: string;
  shape: MapShape;
  title: string;
}
export interface GraphEdge {
  from: string;
  to: string;
  value: string;
  label: string;
}
/** A guide's graph with its wording in one language, before layout. */
export interface GuideGraph {
  guide: string;
  start: string;
  words: MapWords;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface MapSources {
  /** Guide ids, sorted: every file in src/content/guides. */
  ids: string[];
  guides: Map<string, ResolvedGuide>;
  text: Record<
    Lang,
    { guides: Map<string, LocaleGuide | undefined>; shared: LocaleShared; words: EdgeWords; page: MapWords }
  >;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A file being written (or not yet written) reads as `fallback`: the validator reports it, a map skips it. */
function readJsonOr<T>(file: string, fallback: T): T {
  try {
    return readJson<T>(file);
  } catch {
    return fallback;
  }
}

/** Every guide in src/content/guides with its wording: new guide files are picked up by themselves. */
export function readMapSources(root: string): MapSources {
  const dir = join(root, 'src/content/guides');
  const shared = readJsonOr<SharedContent>(join(root, 'src/content/shared.json'), { nodes: [], steps: [] });
  const guides = new Map<string, ResolvedGuide>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = readJsonOr<Partial<Guide> | undefined>(join(dir, file), undefined);
    const id = file.replace(/\.json$/, '');
    if (!data || !Array.isArray(data.nodes) || typeof data.start !== 'string') continue;
    guides.set(id, resolveGuide({ ...data, id } as Guide, shared));
  }
  const ids = [...guides.keys()].sort();
  const text = {} as MapSources['text'];
  for (const lang of LANGS) {
    const common = readJsonOr<{ map?: Partial<MapWords> & { edge?: Partial<EdgeWords> } }>(
      join(root, 'locales', lang, 'common.json'),
      {},
    );
    const edge = common.map?.edge ?? {};
    text[lang] = {
      guides: new Map(
        ids.map((id) => [
          id,
          readJsonOr<LocaleGuide | undefined>(join(root, 'locales', lang, `${id}.json`), undefined),
        ]),
      ),
      shared: readJsonOr<LocaleShared>(join(root, 'locales', lang, 'shared.json'), { nodes: {}, steps: {} }),
      words: {
        yes: edge.yes ?? 'yes',
        no: edge.no ?? 'no',
        pass: edge.pass ?? 'pass',
        skip: edge.skip ?? 'skip',
        rules: edge.rules ?? {},
      },
      page: pageWords(common.map ?? {}),
    };
  }
  return { ids, guides, text };
}

/** The map page's wording from common.json "map" (a missing key reads as its name, as src/lib/i18n.ts does). */
function pageWords(map: Partial<MapWords> & { edge?: unknown }): MapWords {
  const { edge: _, ...words } = map;
  const keys = [
    'title',
    'intro',
    'figure',
    'canvas',
    'legend',
    'journey',
    'outline',
    'joins',
    'start',
  ] as const;
  const out = Object.fromEntries(keys.map((k) => [k, typeof words[k] === 'string' ? words[k] : `map.${k}`]));
  const shapes: MapShape[] = ['question', 'fix', 'check', 'resolved', 'handoff', 'continue'];
  const kinds = Object.fromEntries(shapes.map((k) => [k, words.kinds?.[k] ?? `map.kinds.${k}`]));
  return { ...out, kinds } as MapWords;
}

function shapeOf(node: ResolvedNode): MapShape {
  return node.kind === 'outcome' ? node.outcome : node.kind;
}

/** The graph of guide `id` with its wording in `lang`. */
export function guideGraph(sources: MapSources, id: string, lang: Lang): GuideGraph {
  const guide = sources.guides.get(id);
  if (!guide) throw new Error(`Unknown guide: ${id}`);
  const { guides, shared, words } = sources.text[lang];
  const text = guides.get(id);
  const wording = (node: ResolvedNode): LocaleNode | undefined =>
    wordingOf(node.text, text, shared) as LocaleNode | undefined;
  const ids = new Set(guide.nodes.map((n) => n.id));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const node of guide.byId.values()) {
    const own = wording(node);
    nodes.push({ id: node.id, shape: shapeOf(node), title: own?.title ?? node.id });
    for (const edge of nodeEdges(node)) {
      if (!ids.has(edge.next)) continue;
      let label: string;
      if (node.kind === 'question') label = own?.answers?.[edge.value] ?? edge.value;
      else if (node.kind === 'fix') label = edge.value === 'yes' ? words.yes : words.no;
      else if (edge.value === 'pass') label = words.pass;
      else if (edge.value === 'skip') label = words.skip;
      else label = words.rules[edge.value] ?? edge.value;
      edges.push({ from: node.id, to: edge.next, value: edge.value, label });
    }
  }
  return { guide: id, start: guide.start, words: sources.text[lang].page, nodes, edges };
}

// ---------------------------------------------------------------------------------------------
// Text measurement without a DOM: a generous estimate per character, so the drawn text fits its box.

/** Width of one character in em. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) {
    if (ch === ' ') return 0.32;
    if (/[il.,:;'|!()[\]]/.test(ch)) return 0.34;
    if (/[mwMW@%]/.test(ch)) return 0.92;
    if (/[A-Z0-9]/.test(ch)) return 0.68;
    return 0.58;
  }
  if (c >= 0xff61 && c <= 0xff9f) return 0.55;
  if (c >= 0x2000 && c <= 0x206f && ch !== '…' && ch !== '—') return 0.5;
  return 1.02;
}

const textEm = (text: string) => [...text].reduce((sum, ch) => sum + charEm(ch), 0);

/** Characters that must not start a line (Japanese line-breaking rules, simplified). */
const NO_LINE_START = /^[、。，．）」』】〕!?！？:：;；,.)\]ー～・ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/;

/**
 * Wraps `text` into lines no wider than `maxEm`, at most `maxLines` (the last one cut with "…"). Latin
 * words stay whole unless one alone is too wide; CJK text breaks between characters. A line broken at a
 * space keeps it at its end, so the lines joined are the text again (a link's visible text then matches
 * its accessible name).
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  // An opening bracket stays with what follows it, so no line ends in "(" or 「.
  const tokens = text.trim().match(/\s+|[(（「『[]*(?:[A-Za-z0-9@._\-/:+#'’)]+|.)/gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = '';
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (textEm(line.trimEnd() + token) <= maxEm || line === '' || NO_LINE_START.test(token)) {
      if (line === '' && textEm(token) > maxEm) {
        // A single word wider than a line: split it by characters.
        for (const ch of token) {
          if (line !== '' && textEm(line + ch) > maxEm) push();
          line += ch;
        }
      } else line += token;
      continue;
    }
    push();
    line = token;
  }
  if (line.trim() !== '') push();
  if (lines.length <= maxLines) return lines;
  // Cut: the last line kept ends in "…" with no space before it.
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] as string;
  while (last.length > 0 && textEm(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Sizes in px; the map's stylesheet (src/features/map/map.css) uses the same font sizes. */
export const MAP_METRICS = {
  nodeFont: 14,
  nodeLine: 19,
  nodeMaxEm: 12.5,
  nodeMaxLines: 4,
  edgeFont: 12,
  edgeLine: 15,
  edgeMaxEm: 9.5,
  edgeMaxLines: 2,
  padX: 14,
  padY: 10,
  minWidth: 96,
} as const;

/** Extra width a shape needs for its slanted or pointed sides. */
const SHAPE_EXTRA: Record<MapShape, number> = {
  question: 22,
  check: 22,
  fix: 0,
  resolved: 12,
  handoff: 12,
  continue: 14,
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out a guide's graph top to bottom with dagre: every node and answer label gets its own box. */
export function layoutGraph(graph: GuideGraph): MapLayout {
  const m = MAP_METRICS;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  // Aligned up-left: the start sits at the top-left corner, where the box opens even without JavaScript.
  g.setGraph({ rankdir: 'TB', align: 'UL', nodesep: 28, ranksep: 40, edgesep: 14, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const wrapped = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const lines = wrapText(node.title, m.nodeMaxEm, m.nodeMaxLines);
    wrapped.set(node.id, lines);
    const textWidth = Math.max(...lines.map((l) => textEm(l.trimEnd()))) * m.nodeFont;
    g.setNode(node.id, {
      width: Math.ceil(Math.max(m.minWidth, textWidth + 2 * m.padX + SHAPE_EXTRA[node.shape])),
      height: lines.length * m.nodeLine + 2 * m.padY,
    });
  }
  const edgeLines = graph.edges.map((edge) => wrapText(edge.label, m.edgeMaxEm, m.edgeMaxLines));
  const labelSize = (lines: string[]) => ({
    width: Math.ceil(Math.max(...lines.map((l) => textEm(l.trimEnd()))) * m.edgeFont) + 8,
    height: lines.length * m.edgeLine + 4,
  });
  graph.edges.forEach((edge, i) => {
    g.setEdge(edge.from, edge.to, { ...labelSize(edgeLines[i] as string[]), labelpos: 'c' }, `${i}`);
  });
  dagre.layout(g);

  const nodes: MapNode[] = graph.nodes.map((node) => {
    const box = g.node(node.id) as { x: number; y: number; width: number; height: number };
    return {
      id: node.id,
      shape: node.shape,
      title: node.title,
      lines: wrapped.get(node.id) ?? [node.title],
      x: round(box.x),
      y: round(box.y),
      w: box.width,
      h: box.height,
    };
  });
  const edges: MapEdge[] = graph.edges.map((edge, i) => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: `${i}` }) as {
      points: { x: number; y: number }[];
      x: number;
      y: number;
    };
    const lines = edgeLines[i] as string[];
    const size = labelSize(lines);
    return {
      ...edge,
      lines,
      points: laid.points.flatMap((p) => [round(p.x), round(p.y)]),
      lx: round(laid.x),
      ly: round(laid.y),
      lw: size.width,
      lh: size.height,
    };
  });
  const size = g.graph() as { width?: number; height?: number };
  return {
    guide: graph.guide,
    words: graph.words,
    start: graph.start,
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    nodes,
    edges,
  };
}

// ---------------------------------------------------------------------------------------------
// Mermaid, for authors reviewing a change (npm run map).

const MERMAID_SHAPES: Record<MapShape, [string, string]> = {
  question: ['{{', '}}'],
  fix: ['[', ']'],
  check: ['[/', '/]'],
  resolved: ['([', '])'],
  handoff: ['([', '])'],
  continue: ['>', ']'],
};

/** Mermaid-safe text: quotes and the characters that end a label become entity codes. */
function mermaidText(text: string): string {
  return text.replace(/[#"<>|]/g, (c) => `#${c.codePointAt(0)};`).replace(/\s+/g, ' ');
}

/** Node ids as Mermaid sees them ("end" and friends are keywords): a prefix keeps them apart. */
const mermaidId = (id: string) => `n_${id.replace(/-/g, '_')}`;

/** A flowchart (top-down) of the graph: node labels are titles, shapes by kind, edge labels the answers. */
export function toMermaid(graph: GuideGraph): string {
  const out = [
    `%% ${graph.guide}: generated by npm run map from src/content/guides/${graph.guide}.json and`,
    `%% locales/ja/${graph.guide}.json. Do not edit: change the guide and run npm run map.`,
    'flowchart TD',
  ];
  for (const node of graph.nodes) {
    const [open, close] = MERMAID_SHAPES[node.shape];
    out.push(`  ${mermaidId(node.id)}${open}"${mermaidText(node.title)}"${close}`);
  }
  for (const edge of graph.edges) {
    out.push(`  ${mermaidId(edge.from)} -->|"${mermaidText(edge.label)}"| ${mermaidId(edge.to)}`);
  }
  const byShape = (shape: MapShape) =>
    graph.nodes.filter((n) => n.shape === shape).map((n) => mermaidId(n.id));
  out.push(
    '  classDef question fill:#e8f0fb,stroke:#1d4f91',
    '  classDef check fill:#fff4e5,stroke:#b35900',
    '  classDef resolved fill:#e8f5ec,stroke:#00703c',
    '  classDef handoff fill:#f3f4f5,stroke:#4a5459,stroke-dasharray:4 3',
    '  classDef continue fill:#ffffff,stroke:#1d4f91,stroke-width:2px',
  );
  for (const shape of ['question', 'check', 'resolved', 'handoff', 'continue'] as const) {
    const ids = byShape(shape);
    if (ids.length > 0) out.push(`  class ${ids.join(',')} ${shape}`);
  }
  return `${out.join('\n')}\n`;
}

/** docs/maps/<guide>.mmd for every guide, in Japanese: what npm run map writes and the test compares. */
export function mermaidFiles(root: string): { file: string; text: string }[] {
  const sources = readMapSources(root);
  return sources.ids.map((id) => ({
    file: `docs/maps/${id}.mmd`,
    text: toMermaid(guideGraph(sources, id, 'ja')),
  }));
}
