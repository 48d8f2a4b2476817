// The build-time layout of every guide's map (scripts/lib/guide-map.ts): every node and every edge of the
// guide is drawn, and no two boxes (nodes, answer labels) overlap, in ja and en.
import { fileURLToPath } from 'node:url';
import { edges } from '../../src/engine/graph';
import type { MapLayout } from '../../src/features/map/layout-types';
import { guideGraph, layoutGraph, readMapSources, wrapText } from '../../scripts/lib/guide-map';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = readMapSources(root);

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes that overlap by more than half a pixel (rounding), named. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      const dx = (a.w + b.w) / 2 - Math.abs(a.x - b.x);
      const dy = (a.h + b.h) / 2 - Math.abs(a.y - b.y);
      if (dx > 0.5 && dy > 0.5) found.push(`${a.name} overlaps ${b.name}`);
    }
  }
  return found;
}

function boxesOf(layout: MapLayout): Box[] {
  return [
    ...layout.nodes.map((n) => ({ name: `node ${n.id}`, x: n.x, y: n.y, w: n.w, h: n.h })),
    ...layout.edges.map((e) => ({ name: `label ${e.from}=${e.value}`, x: e.lx, y: e.ly, w: e.lw, h: e.lh })),
  ];
}

describe('guide map layouts', () => {
  it('cover every guide file', () => {
    expect(sources.ids.length).toBeGreaterThanOrEqual(7);
  });

  for (const id of sources.ids) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${lang}/${id}: every node and edge, no overlapping boxes, all inside the drawing`, () => {
        const guide = sources.guides.get(id)!;
        const layout = layoutGraph(guideGraph(sources, id, lang));

        expect(layout.nodes.map((n) => n.id).sort()).toEqual([...guide.byId.keys()].sort());
        const expected = [...guide.byId.values()].flatMap((node) =>
          edges(node)
            .filter((e) => guide.byId.has(e.next))
            .map((e) => `${node.id} -${e.value}-> ${e.next}`),
        );
        expect(layout.edges.map((e) => `${e.from} -${e.value}-> ${e.to}`).sort()).toEqual(expected.sort());
        for (const edge of layout.edges) {
          expect(edge.points.length, `${edge.from}=${edge.value} route`).toBeGreaterThanOrEqual(4);
          expect(edge.label.trim(), `${edge.from}=${edge.value} label`).not.toBe('');
        }
        for (const node of layout.nodes) {
          expect(node.title.trim(), `${node.id} title`).not.toBe('');
          expect(node.title, `${node.id} has wording in ${lang}`).not.toBe(node.id);
        }

        // The page's own wording travels with the layout (common.json "map"), in this language.
        expect(layout.words.title).toContain('{{guide}}');
        expect(Object.values(layout.words.kinds).every((k) => !k.startsWith('map.'))).toBe(true);

        expect(overlaps(boxesOf(layout))).toEqual([]);
        for (const box of boxesOf(layout)) {
          expect(box.x - box.w / 2, box.name).toBeGreaterThanOrEqual(0);
          expect(box.y - box.h / 2, box.name).toBeGreaterThanOrEqual(0);
          expect(box.x + box.w / 2, box.name).toBeLessThanOrEqual(layout.width);
          expect(box.y + box.h / 2, box.name).toBeLessThanOrEqual(layout.height);
        }
      });
    }
  }
});

describe('wrapText', () => {
  it('keeps English words whole and cuts the last line with an ellipsis', () => {
    const lines = wrapText('Turn on SSL for the outgoing server and try sending again', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\S…$/);
    for (const line of lines) expect(line).not.toMatch(/^\s/);
    // A line broken at a space keeps it, so the drawn text reads as the title (and as the link's name).
    expect(lines[0]).toBe('Turn on SSL for ');
    expect(wrapText('Turn on SSL for the outgoing server', 9, 4).join('')).toBe(
      'Turn on SSL for the outgoing server',
    );
  });
  it('never ends a line with an opening bracket', () => {
    for (const line of wrapText('Another provider (internet provider or hosting)', 9.5, 4)) {
      expect(line.trimEnd()).not.toMatch(/[(（「]$/);
    }
    expect(wrapText('送信サーバーの「SSLを使用」をオン', 7, 6).some((l) => /「$/.test(l))).toBe(false);
  });
  it('breaks Japanese between characters, never before 、 or 。', () => {
    const lines = wrapText('送信サーバーの設定で、SSLを使用をオンにします。', 6, 10);
    expect(lines.join('')).toBe('送信サーバーの設定で、SSLを使用をオンにします。');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。]/);
  });
});
