// The shape of a guide map laid out at build time (scripts/lib/guide-map.ts, run by the Vite plugin in
// scripts/lib/map-layout-plugin.ts): positions and wrapped wording only, so the browser draws it without
// any layout code.

/** Which shape a node gets: its kind, and for an outcome which one (resolved, hand-off, continue elsewhere). */
export type MapShape = 'question' | 'fix' | 'check' | 'resolved' | 'handoff' | 'continue';

export interface MapNode {
  id: string;
  shape: MapShape;
  /** The full title (the outline and the link's name use it). */
  title: string;
  /** The title wrapped to fit the box; the last line ends in "…" when the title was cut. */
  lines: string[];
  /** Centre and size of the box, in SVG units (px). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The answer the URL carries for this edge (?<from>=<value>). */
  value: string;
  /** The answer's text in full (the outline uses it). */
  label: string;
  /** The label wrapped for the drawing. */
  lines: string[];
  /** The edge's route, flattened: x0, y0, x1, y1, … */
  points: number[];
  /** Centre and size of the label's box. */
  lx: number;
  ly: number;
  lw: number;
  lh: number;
}

/**
 * The map page's own wording in the layout's language (locales/<lang>/common.json "map", without the edge
 * labels, which are already in the edges): it travels in the map chunk, not in the entry (see
 * scripts/lib/map-layout-plugin.ts). `{{guide}}` stands for the guide's title.
 */
export interface MapWords {
  title: string;
  intro: string;
  figure: string;
  canvas: string;
  legend: string;
  kinds: Record<MapShape, string>;
  journey: string;
  outline: string;
  joins: string;
  start: string;
}

export interface MapLayout {
  guide: string;
  words: MapWords;
  start: string;
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}
