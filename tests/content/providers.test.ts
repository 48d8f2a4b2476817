// Server values live only in src/content/providers.json: every reference to it resolves, and no text repeats them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import providersData from '@/content/providers.json';
import sharedData from '@/content/shared.json';
import type { FixStep, Guide, ProviderTable, SharedContent } from '@/engine/types';
import { IMPLICIT_TLS_PORTS } from '@/engine/rules';
import { WEB_HOSTS, hostMentions, isExampleHost } from '../../tools/content/wording';

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
      if (!step.settings) continue;
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
        if (n.kind !== 'check' || n.provider === undefined) continue;
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
