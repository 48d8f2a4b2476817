// The helpdesk index built from the real content: every step of every guide is in it, each fix's link
// carries the answers that lead to it, and search finds steps by wording, menu names, settings values
// and error codes. Also: `helpdesk` cannot be a guide id (it is the index's URL).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as types from '../../src/engine/types';
import * as graph from '../../src/engine/graph';
import * as resolve from '../../src/engine/resolve';
import * as url from '../../src/engine/url';
import * as search from '../../src/engine/search';
import * as shared from '../../src/engine/shared';
import type { Guide, SharedContent } from '../../src/engine/types';
import { buildHelpdeskData, entryCommon, ENTRY_STRINGS } from '../../scripts/lib/helpdesk-index-plugin';
import { searchHelpdesk } from '../../src/features/helpdesk/search';
import type { HelpdeskData } from '../../src/features/helpdesk/types';
import { validateContent } from '../../tools/content/validate';
import { sampleInput } from './fixtures/sample-content';

const root = fileURLToPath(new URL('../../', import.meta.url));
const engine = { types, graph, resolve, url, search, shared };
const data = { ja: buildHelpdeskData(engine, root, 'ja'), en: buildHelpdeskData(engine, root, 'en') };
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;
const guideIds = readdirSync(`${root}src/content/guides`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const sharedData = readJson<SharedContent>('src/content/shared.json');

/** "guide/fix#n" for every hit. */
function found(d: HelpdeskData, query: string): string[] {
  return searchHelpdesk(d, query, 10_000).hits.map((h) => {
    const fix = d.fixes[d.placements[h.placement]!.fix]!;
    return `${fix.guide}/${fix.id}#${h.step + 1}`;
  });
}

describe('the helpdesk index', () => {
  test.each(['ja', 'en'] as const)(
    '%s: every fix and every step of every guide is listed, in order',
    (lang) => {
      const d = data[lang];
      expect(d.guides.map((g) => g.id)).toEqual(guideIds);
      for (const id of guideIds) {
        const guide = shared.resolveGuide(readJson<Guide>(`src/content/guides/${id}.json`), sharedData);
        for (const node of guide.nodes) {
          if (node.kind !== 'fix') continue;
          const fix = d.fixes.find((f) => f.guide === id && f.id === node.id);
          expect(fix, `${id}/${node.id}`).toBeDefined();
          expect(fix!.steps.map((s) => s.id)).toEqual(node.steps.map((s) => s.id));
          // Listed under at least one app (or "any app") of its guide.
          const placed = d.placements.filter((p) => d.fixes[p.fix] === fix);
          expect(placed.length, `${id}/${node.id} placed`).toBeGreaterThan(0);
        }
      }
    },
  );

  test('each link carries the answers that lead to its fix: replayed, they reach it', () => {
    const d = data.ja;
    for (const placement of d.placements) {
      const fix = d.fixes[placement.fix]!;
      const guide = readJson<Guide>(`src/content/guides/${fix.guide}.json`);
      const journey = resolve.resolveJourney(guide, fix.guide, fix.id, placement.query);
      expect(journey.ok && journey.reached, `${fix.guide}/${fix.id}?${placement.query}`).toBe(true);
      expect(placement.path).toHaveLength(placement.query === '' ? 0 : placement.query.split('&').length);
    }
  });

  test('a fix behind the "which app" question is listed under that app, with the app in its link', () => {
    const d = data.ja;
    const guide = d.guides.find((g) => g.id === 'cannot-connect-ssl')!;
    const iphone = guide.groups.find((g) => g.client === 'iphone-mail')!;
    expect(iphone.label).toBe('iPhone のメール');
    for (const p of iphone.placements) expect(d.placements[p]!.query).toMatch(/(^|&)client=iphone-mail(&|$)/);
  });

  test('「SSLを使用」 finds the steps that mention it, best (titles) first', () => {
    const hits = found(data.ja, 'SSLを使用');
    expect(hits.length).toBeGreaterThan(3);
    // Every hit really mentions it (in the match form: case, width and spacing folded).
    const form = search.matchForm('SSLを使用');
    for (const h of searchHelpdesk(data.ja, 'SSLを使用', 10_000).hits) {
      const fix = data.ja.placements[h.placement]!.fix;
      const text = h.step < 0 ? data.ja.forms.fixes[fix]! : data.ja.forms.steps[fix]![h.step]!;
      expect(text).toContain(form);
    }
    expect(searchHelpdesk(data.ja, 'SSLを使用').hits[0]!.field).toBe('title');
    // Spelled with a space and full-width letters, it is the same search.
    expect(found(data.ja, 'ＳＳＬ を使用')).toEqual(hits);
  });

  test('993 finds the steps whose settings table shows 993', () => {
    const result = searchHelpdesk(data.ja, '993', 10_000);
    const bySettings = result.hits.filter((h) => h.field === 'settings');
    expect(bySettings.length).toBeGreaterThan(2);
    for (const h of bySettings) {
      const fix = data.ja.fixes[data.ja.placements[h.placement]!.fix]!;
      expect(fix.steps[h.step]!.settings!.join(' ')).toMatch(/\b993\b/);
    }
    // The Gmail settings step is among them.
    expect(
      bySettings.some((h) =>
        data.ja.fixes[data.ja.placements[h.placement]!.fix]!.steps[h.step]!.settings!.some((s) =>
          s.includes('imap.gmail.com 993'),
        ),
      ),
    ).toBe(true);
  });

  test('an error code finds the fixes its symptom leads to; English wording is searched on the en index', () => {
    const code = searchHelpdesk(data.ja, '0x800CCC1A', 10_000).hits;
    expect(code.length).toBeGreaterThan(0);
    expect(code.some((h) => h.field === 'code')).toBe(true);
    expect(found(data.en, 'Use SSL').length).toBeGreaterThan(0);
    expect(found(data.ja, '')).toEqual([]);
  });
});

describe('helpdesk strings', () => {
  test('the entry keeps only the strings an end-user page shows; the helpdesk chunks get the rest', () => {
    const raw = readFileSync(`${root}locales/ja/common.json`, 'utf8');
    const entry = JSON.parse(entryCommon(raw)) as { helpdesk: Record<string, unknown>; app: unknown };
    expect(Object.keys(entry.helpdesk).sort()).toEqual([...ENTRY_STRINGS].sort());
    expect(entry.app).toEqual((JSON.parse(raw) as { app: unknown }).app);
  });
});

describe('the reserved guide id', () => {
  test('a guide named helpdesk is reported: its URL is the helpdesk index', () => {
    const input = sampleInput();
    const guide = structuredClone(input.guides[0]!.data) as { id: string; symptoms: unknown[] };
    guide.id = 'helpdesk';
    guide.symptoms = [];
    input.guides.push({ file: 'src/content/guides/helpdesk.json', data: guide });
    const problems = validateContent(input).filter((p) => p.file === 'src/content/guides/helpdesk.json');
    expect(problems.map((p) => p.message)).toContain(
      'guide id "helpdesk" is reserved: /<lang>/helpdesk/ is the helpdesk index',
    );
  });
});
