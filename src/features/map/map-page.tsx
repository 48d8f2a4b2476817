// The map of one guide (/<lang>/<guide>/map/): the decision graph drawn as SVG from a layout computed at
// build time (scripts/lib/guide-map.ts), every node a link to its page, and the same graph as a nested list
// for screen readers and print. Opened with answers in the query, the way they lead is highlighted (after
// hydration: the prerendered page knows no query). This module and each layout are their own lazy chunks.
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { layouts } from 'virtual:guide-maps';
import type { LoadedGuide } from '@/content/catalog';
import type { Lang, ResolvedGuide } from '@/engine/types';
import { parseAnswers, serializeAnswers } from '@/engine/url';
import { answersBefore, answersLeadTo, resolveJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { useDocumentHead } from '@/lib/head';
import { useHydrated } from '@/lib/hydrated';
import { paths } from '@/lib/paths';
import { PageHeading } from '@/components/page-heading';
import type { MapEdge, MapLayout, MapNode, MapShape } from '@/features/map/layout-types';
import './map.css';

/** The layout of a guide's map in one language, or undefined when the build made none. */
export function loadMapLayout(lang: Lang, guide: string): Promise<MapLayout | undefined> {
  const load = layouts[`${lang}/${guide}`];
  return load ? load().then((m) => m.default) : Promise.resolve(undefined);
}

const SHAPES: readonly MapShape[] = ['question', 'fix', 'check', 'resolved', 'handoff', 'continue'];
const edgeKey = (from: string, value: string) => `${from}\u0000${value}`;

interface Journey {
  /** Node id → the query its link carries (the answers given before it). */
  nodes: Map<string, string>;
  edges: Set<string>;
  /** Where the answers lead. */
  current: string;
}

/** Where the query's answers lead from the start, as the nodes and edges to highlight. */
function journeyOf(guide: ResolvedGuide, search: string): Journey | undefined {
  const given = parseAnswers(guide, search).answers;
  if (Object.keys(given).length === 0) return undefined;
  const to = answersLeadTo(guide, given);
  const journey = resolveJourney(guide, guide.id, to.node, to.answers);
  if (!journey.ok || !journey.reached || journey.path.length < 2) return undefined;
  const last = journey.path.length - 1;
  const nodes = new Map<string, string>();
  const edges = new Set<string>();
  journey.path.forEach((step, k) => {
    nodes.set(step.node, serializeAnswers(guide, k === last ? to.answers : answersBefore(journey, k)));
    if (step.answer !== undefined) edges.add(edgeKey(step.node, step.answer));
  });
  return { nodes, edges, current: journey.target };
}

/** The outline of a shape in SVG path syntax, centred on the node's box. */
function shapePath({ shape, x, y, w, h }: MapNode): string {
  const l = x - w / 2;
  const r = x + w / 2;
  const t = y - h / 2;
  const b = y + h / 2;
  const s = 11;
  const p = (...pts: number[]) => {
    const pairs: string[] = [];
    for (let i = 0; i < pts.length; i += 2) pairs.push(`${pts[i]},${pts[i + 1]}`);
    return `M${pairs.join('L')}Z`;
  };
  switch (shape) {
    case 'question':
      return p(l + s, t, r - s, t, r, y, r - s, b, l + s, b, l, y);
    case 'check':
      return p(l + s, t, r, t, r - s, b, l, b);
    case 'fix':
      return p(l, t, r, t, r, b, l, b);
    case 'continue':
      return p(l, t, r - s, t, r, y, r - s, b, l, b);
    default: {
      const rad = h / 2;
      return `M${l + rad},${t}L${r - rad},${t}A${rad},${rad} 0 0 1 ${r - rad},${b}L${l + rad},${b}A${rad},${rad} 0 0 1 ${l + rad},${t}Z`;
    }
  }
}

function edgePath(points: number[]): string {
  let d = '';
  for (let i = 0; i < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${points[i]},${points[i + 1]}`;
  return d;
}

/** A small drawing of a shape for the key. */
function Swatch({ shape }: { shape: MapShape }) {
  return (
    <svg width="44" height="24" viewBox="0 0 44 24" aria-hidden="true" className="map-swatch">
      <path
        className={`map-shape map-${shape}`}
        d={shapePath({ id: '', shape, title: '', lines: [], x: 22, y: 12, w: 40, h: 20 })}
      />
    </svg>
  );
}

export function MapPage({ loaded, layout }: { loaded: LoadedGuide; layout: MapLayout }) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const location = useLocation();
  const hydrated = useHydrated();
  const canvas = useRef<HTMLDivElement>(null);
  const guideTitle = loaded.text.title;
  const { words } = layout;
  const fill = (text: string) => text.replace('{{guide}}', guideTitle);
  useDocumentHead(`${fill(words.title)} | ${t('app.name')}`, loaded.text.description);

  const search = hydrated ? location.search : '';
  const journey = useMemo(() => (search ? journeyOf(guide, search) : undefined), [guide, search]);
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  // Tab order follows the drawing: top to bottom, then left to right.
  const drawOrder = useMemo(() => [...layout.nodes].sort((a, b) => a.y - b.y || a.x - b.x), [layout]);
  const kind = (shape: MapShape) => words.kinds[shape];
  const href = (id: string) => paths.node(lang, guide.id, id, journey?.nodes.get(id));

  // With answers, bring the node they lead to into view inside the box (the page itself does not move).
  useEffect(() => {
    const box = canvas.current;
    const node = journey ? byId.get(journey.current) : undefined;
    if (!box || !node) return;
    box.scrollLeft = Math.max(0, node.x - box.clientWidth / 2);
    box.scrollTop = Math.max(0, node.y - box.clientHeight / 2);
  }, [journey, byId]);

  const onJourney = (edge: MapEdge) => journey?.edges.has(edgeKey(edge.from, edge.value)) ?? false;
  const edges = [...layout.edges].sort((a, b) => Number(onJourney(a)) - Number(onJourney(b)));

  return (
    <article aria-labelledby="page-heading" className="map-page">
      <PageHeading>{fill(words.title)}</PageHeading>
      <p className="mt-3">{words.intro}</p>
      <p className="mt-2">
        <Link to={paths.node(lang, guide.id, guide.start)} className="btn-quiet map-start">
          {words.start}
        </Link>
      </p>

      <div className="map-key">
        <h2 className="map-subheading">{words.legend}</h2>
        <ul className="map-legend">
          {SHAPES.map((shape) => (
            <li key={shape}>
              <Swatch shape={shape} />
              {kind(shape)}
            </li>
          ))}
          <li>
            <svg width="44" height="24" viewBox="0 0 44 24" aria-hidden="true" className="map-swatch">
              <path className="map-shape map-fix is-journey" d="M2,2L42,2L42,22L2,22Z" />
            </svg>
            {words.journey}
          </li>
        </ul>
      </div>

      <figure className="map-figure" aria-labelledby="map-caption">
        <figcaption id="map-caption" className="sr-only">
          {fill(words.figure)}
        </figcaption>
        <div ref={canvas} className="map-canvas" role="region" tabIndex={0} aria-label={words.canvas}>
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            aria-labelledby="map-caption"
            className="map-svg"
          >
            <defs>
              <marker
                id="map-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0L10,5L0,10Z" className="map-arrowhead" />
              </marker>
              <marker
                id="map-arrow-journey"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto-start-reverse"
              >
                <path d="M0,0L10,5L0,10Z" className="map-arrowhead is-journey" />
              </marker>
            </defs>
            <g aria-hidden="true">
              {edges.map((edge) => {
                const on = onJourney(edge);
                return (
                  <path
                    key={`${edge.from}/${edge.value}`}
                    d={edgePath(edge.points)}
                    className={`map-edge${on ? ' is-journey' : ''}`}
                    markerEnd={on ? 'url(#map-arrow-journey)' : 'url(#map-arrow)'}
                  />
                );
              })}
              {edges.map((edge) => (
                <EdgeLabel key={`${edge.from}/${edge.value}`} edge={edge} on={onJourney(edge)} />
              ))}
            </g>
            {drawOrder.map((node) => {
              const on = journey?.nodes.has(node.id) ?? false;
              const current = journey?.current === node.id;
              return (
                <Link
                  key={node.id}
                  to={href(node.id)}
                  className={`map-node${on ? ' is-journey' : ''}`}
                  aria-label={`${kind(node.shape)}: ${node.title}`}
                  aria-current={current ? 'step' : undefined}
                  data-node={node.id}
                >
                  <title>{node.title}</title>
                  <path
                    className={`map-shape map-${node.shape}${on ? ' is-journey' : ''}`}
                    d={shapePath(node)}
                  />
                  <text
                    className="map-text"
                    x={node.x}
                    y={node.y}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {node.lines.map((line, i) => (
                      <tspan key={i} x={node.x} y={node.y + (i - (node.lines.length - 1) / 2) * 19}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </Link>
              );
            })}
          </svg>
        </div>
      </figure>

      <h2 className="map-subheading">{words.outline}</h2>
      <Outline layout={layout} journey={journey} href={href} kind={kind} />
    </article>
  );
}

/** An answer on its edge, on a plate of the page colour so that lines behind it do not cross the words. */
function EdgeLabel({ edge, on }: { edge: MapEdge; on: boolean }) {
  const lineHeight = 15;
  const top = edge.ly - (edge.lines.length * lineHeight) / 2;
  return (
    <g className={`map-edge-label${on ? ' is-journey' : ''}`}>
      <rect x={edge.lx - edge.lw / 2} y={edge.ly - edge.lh / 2} width={edge.lw} height={edge.lh} rx="3" />
      <text x={edge.lx} y={edge.ly} textAnchor="middle" dominantBaseline="central">
        {edge.lines.map((line, i) => (
          <tspan key={i} x={edge.lx} y={top + lineHeight * (i + 0.5)}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

interface OutlineProps {
  layout: MapLayout;
  journey: Journey | undefined;
  href: (id: string) => string;
  kind: (shape: MapShape) => string;
}

/**
 * The graph as nested lists: each node sits under the answer that first reaches it from the start
 * (breadth first, so under its shortest way); an answer that leads to a node listed elsewhere names it
 * and says so. Every item is a link to the node's page.
 */
function Outline({ layout, journey, href, kind }: OutlineProps) {
  const { out, parentEdge, byId } = useMemo(() => {
    const out = new Map<string, MapEdge[]>();
    for (const edge of layout.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const parentEdge = new Map<string, MapEdge | null>([[layout.start, null]]);
    const queue = [layout.start];
    for (let head = 0; head < queue.length; head++) {
      for (const edge of out.get(queue[head] as string) ?? []) {
        if (parentEdge.has(edge.to)) continue;
        parentEdge.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
    return { out, parentEdge, byId };
  }, [layout]);

  const title = (id: string) => byId.get(id)?.title ?? id;
  const shape = (id: string) => byId.get(id)?.shape ?? 'fix';

  const item = (id: string, via: MapEdge | null) => {
    const on = journey?.nodes.has(id) ?? false;
    const children = out.get(id) ?? [];
    return (
      <li key={via ? `${via.from}/${via.value}` : id} className={on ? 'is-journey' : undefined}>
        {via ? <Answer label={via.label} /> : null}
        <span className={`map-kind map-kind-${shape(id)}`}>{kind(shape(id))}</span>{' '}
        <Link to={href(id)} aria-current={journey?.current === id ? 'step' : undefined}>
          {title(id)}
        </Link>
        {children.length > 0 ? (
          <ul>
            {children.map((edge) =>
              parentEdge.get(edge.to) === edge ? (
                item(edge.to, edge)
              ) : (
                <li key={`${edge.from}/${edge.value}`} className="map-ref">
                  <Answer label={edge.label} />
                  <span className={`map-kind map-kind-${shape(edge.to)}`}>{kind(shape(edge.to))}</span>{' '}
                  <Link to={href(edge.to)}>{title(edge.to)}</Link>{' '}
                  <span className="map-joins">{layout.words.joins}</span>
                </li>
              ),
            )}
          </ul>
        ) : null}
      </li>
    );
  };
  // Nodes the start cannot reach (the validator rejects them) still get an entry.
  const orphans = layout.nodes.filter((n) => !parentEdge.has(n.id));
  return (
    <ul className="map-outline">
      {item(layout.start, null)}
      {orphans.map((n) => item(n.id, null))}
    </ul>
  );
}

function Answer({ label }: { label: string }) {
  return (
    <>
      <span className="map-answer">{label}</span>
      <span aria-hidden="true"> → </span>
      <span className="sr-only">: </span>
    </>
  );
}
