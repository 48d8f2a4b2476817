// Server values live only in src/content/providers.json: every reference to it resolves, and no text repeats them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import providersData from '@/content/providers.json';
import sharedData from '@/content/shared.json';
import type { FixStep, Guide, ProviderTable, SharedContent } from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { IMPLICIT_TLS_PORTS } from '@/engine/rules';
import { WEB_HOSTS, hostMentions, isExampleHost } from '../../tools/content/wording';
import { PROVIDERS_BY_ANSWER } from './guide-kit';

const root = fileURLToPath(new URL('../../', import.meta.url));
const providers = (providersData as ProviderTable).providers;
const guides = fs
  .readdirSync(path.join(root, 'src/content/guides'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(root, 'src/content/guides', f), 'utf8')) as Guide);

/** Every step with its place, from all guides and from shared.json. */
const steps: { where: string; step: FixStep }[] = [
  ...guides.flatMap((g) =>
    g.nodes.flatMap((n) =>
      n.kind === 'fix' ? (n.steps ?? []).map((step) => ({ where: `${g.id} › ${n.id}`, step })) : [],
    ),
  ),
  ...(sharedData as SharedContent).nodes.flatMap((n) =>
    n.steps.map((step) => ({ where: `shared › ${n.id}`, step })),
  ),
  ...(sharedData as SharedContent).steps.map((step) => ({ where: 'shared › steps', step })),
];

/** Every string in every locale file, with file and key path. */
function localeStrings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (typeof value === 'string') out.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}.${i}`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
  };
  for (const lang of fs.readdirSync(path.join(root, 'locales'))) {
    for (const file of fs.readdirSync(path.join(root, 'locales', lang)).filter((f) => f.endsWith('.json'))) {
      visit(
        JSON.parse(fs.readFileSync(path.join(root, 'locales', lang, file), 'utf8')),
        `locales/${lang}/${file}:`,
      );
    }
  }
  return out;
}

describe('provider table and its uses', () => {
  it('finds steps with settings tables to check (so the checks below are not empty)', () => {
    expect(steps.filter((s) => s.step.settings).length).toBeGreaterThan(5);
  });

  it('names only known providers in settings tables, each with servers for every listed protocol', () => {
    const problems: string[] = [];
    for (const { where, step } of steps) {
      if (!step.settings || step.settings.provider === ANSWER_PROVIDER) continue;
      const provider = providers.find((p) => p.id === step.settings?.provider);
      if (!provider) {
        problems.push(`${where} › ${step.id}: unknown provider ${step.settings.provider}`);
        continue;
      }
      for (const protocol of step.settings.protocols) {
        if (provider.id !== 'other' && !provider.servers.some((s) => s.protocol === protocol)) {
          problems.push(`${where} › ${step.id}: ${provider.id} has no ${protocol} server`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('compares check nodes only with providers that have servers', () => {
    for (const guide of guides) {
      for (const n of guide.nodes) {
        if (n.kind !== 'check' || n.provider === undefined || n.provider === ANSWER_PROVIDER) continue;
        const provider = providers.find((p) => p.id === n.provider);
        expect(provider?.servers.length, `${guide.id} › ${n.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('pairs every published port with its encryption: 465/993/995 with SSL/TLS, 587 with STARTTLS', () => {
    for (const p of providers) {
      for (const s of p.servers) {
        expect(s.security, `${p.id} ${s.protocol} ${s.port}`).toBe(
          IMPLICIT_TLS_PORTS.includes(s.port) ? 'ssl' : 'starttls',
        );
      }
    }
  });

  it('writes no server name or host:port in any wording, in any language', () => {
    const hosts = providers.flatMap((p) => p.servers.map((s) => s.host.toLowerCase()));
    const found = localeStrings().flatMap(({ where, text }) => [
      // Web pages people open (WEB_HOSTS) and names reserved for examples are allowed, as in the validator.
      ...hostMentions(text)
        .filter((m) => m.port !== undefined || !(WEB_HOSTS.has(m.host) || isExampleHost(m.host)))
        .map((m) => `${where} ${m.host}${m.port === undefined ? '' : `:${m.port}`}`),
      ...hosts.filter((h) => text.toLowerCase().includes(h)).map((h) => `${where} ${h}`),
    ]);
    expect([...new Set(found)]).toEqual([]);
  });
});

describe('every printed value can be traced', () => {
  const doc = fs.readFileSync(path.join(root, 'docs/providers.md'), 'utf8');
  const rowOf = (id: string) =>
    doc.split('\n').find((line) => line.startsWith('|') && line.includes(`(\`${id}\`)`));

  it('docs/providers.md has a row for each provider, naming each host it prints', () => {
    const problems: string[] = [];
    for (const p of providers) {
      const row = rowOf(p.id);
      if (!row) {
        problems.push(`no row for ${p.id}`);
        continue;
      }
      for (const s of p.servers)
        if (!row.includes(`\`${s.host}\``)) problems.push(`${p.id}: ${s.host} not in its row`);
    }
    expect(problems).toEqual([]);
  });

  it('each row says when it was checked (not in the future) and, if it prints anything, against what', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const p of providers) {
      expect(p.checked, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.checked <= today, `${p.id} checked ${p.checked}`).toBe(true);
      if (p.servers.length > 0 || (p.links ?? []).length > 0)
        expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
  });

  it('au carrier mail, 楽メール, OCN and So-net print no values; the customer-specific hosts are patterns', () => {
    for (const id of ['au', 'rakuten-mobile', 'ocn', 'so-net']) {
      expect(providers.find((p) => p.id === id)?.servers, id).toEqual([]);
    }
    const hosts = (id: string) => new Set(providers.find((p) => p.id === id)?.servers.map((s) => s.host));
    expect(hosts('xserver')).toEqual(new Set(['sv*.xserver.jp']));
    expect(hosts('sakura')).toEqual(new Set(['*.sakura.ne.jp']));
  });

  it('a pattern host has a hint in both languages saying where to find one’s own name', () => {
    for (const lang of ['ja', 'en']) {
      const text = JSON.parse(
        fs.readFileSync(path.join(root, 'locales', lang, 'providers.json'), 'utf8'),
      ) as {
        hostHints: Record<string, string>;
      };
      for (const p of providers.filter((p) => p.servers.some((s) => s.host.includes('*')))) {
        expect(text.hostHints[p.id], `${lang} ${p.id}`).toBeTruthy();
      }
    }
  });
});

describe('the provider question of the Outlook guides', () => {
  it.each(['encryption-mismatch', 'outlook-connection-errors'])(
    '%s lists the common providers first, "other" last, at most 16, and reads the new ones from the answer',
    (id) => {
      const guide = guides.find((g) => g.id === id);
      const question = guide?.nodes.find((n) => n.id === 'provider');
      if (question?.kind !== 'question') throw new Error(`${id} has no provider question`);
      const ids = question.answers.map((a) => a.id);
      expect(ids.length).toBeLessThanOrEqual(16);
      expect(ids.slice(0, 5)).toEqual(['gmail', 'outlook-com', 'microsoft-365', 'icloud', 'docomo']);
      expect(ids.at(-1)).toBe('other');
      const byAnswer = question.answers.filter((a) => a.next === 'check-by-provider').map((a) => a.id);
      expect(byAnswer).toEqual([...PROVIDERS_BY_ANSWER]);
      for (const a of byAnswer)
        expect(
          providers.some((p) => p.id === a),
          a,
        ).toBe(true);
      const check = guide?.nodes.find((n) => n.id === 'check-by-provider');
      expect(check).toMatchObject({ kind: 'check', provider: ANSWER_PROVIDER });
    },
  );
});
