// @vitest-environment node
// The certificate-name-mismatch guide, node by node and along the journeys real people take.
import guideData from '@/content/guides/certificate-name-mismatch.json';
import jaData from '../../locales/ja/certificate-name-mismatch.json';
import enData from '../../locales/en/certificate-name-mismatch.json';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { walk, steps, text } = kit;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'when',
    'outlook-new': 'new-outlook',
    'iphone-mail': 'on-iphone',
    gmail: 'not-in-gmail',
  },
  when: { 'every-time': 'issued-to', 'some-networks': 'network-check', 'after-change': 'issued-to' },
  'network-check': { yes: 'resolved-network', no: 'issued-to' },
  'issued-to': {
    'provider-domain': 'use-certificate-name',
    'own-domain': 'exact-name',
    unrelated: 'unrelated-name',
    expired: 'expired',
    'not-sure': 'use-certificate-name',
  },
  'use-certificate-name': { yes: 'resolved-name', no: 'handoff-provider' },
  'exact-name': { yes: 'resolved-name', no: 'use-certificate-name' },
  'unrelated-name': { yes: 'resolved-network', no: 'handoff-network' },
  expired: { yes: 'resolved-clock', no: 'handoff-expired' },
  'new-outlook': { yes: 'resolved-new-outlook', no: 'handoff-provider' },
};

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('certificate-name-mismatch: journeys', () => {
  it('a classic Outlook user whose certificate names the hosting provider is told to use the name on the certificate', () => {
    const fix = walk('outlook-classic', 'after-change', 'provider-domain');
    expect(fix.id).toBe('use-certificate-name');
    expect(text('ja', fix)).toContain('「発行先」');
    expect(text('ja', fix)).toContain('「サブジェクト代替名」');
    expect(text('ja', fix)).toContain('「受信メール サーバー」');
    expect(text('en', fix)).toContain('"Issued to"');
    expect(text('en', fix)).toContain('Subject Alternative Name');
    // The server names come from the provider, never from text: the step shows the "ask your provider" table.
    expect(steps(fix).find((s) => s.id === 'set-server-names')?.settings).toEqual({
      provider: 'other',
      protocols: ['imap', 'pop', 'smtp'],
    });
  });

  it('a user who reads "Issued by" by mistake is pointed to "Issued to" instead', () => {
    const question = walk('outlook-classic', 'every-time');
    expect(question.id).toBe('issued-to');
    expect(text('ja', question)).toMatch(/「発行者」ではありません/);
    expect(text('en', question)).toMatch(/Not "Issued by"/);
  });

  it('someone who sees the warning only on hotel Wi-Fi is told to stop mail there, and never to press Yes', () => {
    const fix = walk('outlook-classic', 'some-networks');
    expect(fix.id).toBe('network-check');
    expect(text('ja', fix)).toContain('「はい」は押さないでください');
    expect(text('en', fix)).toContain('do not select "Yes"');
    expect(steps(fix).find((s) => s.id === 'try-trusted-network')?.diagnostic).toBe(true);
    expect(walk('outlook-classic', 'some-networks', 'yes').id).toBe('resolved-network');
  });

  it('an expired certificate with a correct PC clock ends at a hand-off asking the provider to renew it', () => {
    const end = walk('outlook-classic', 'every-time', 'expired', 'no');
    expect(end).toMatchObject({ id: 'handoff-expired', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('更新');
    expect(text('en', end)).toContain('renewed');
  });

  it('an unrelated name that stays on a trusted network ends with the security-software hand-off', () => {
    const end = walk('outlook-classic', 'every-time', 'unrelated', 'no');
    expect(end).toMatchObject({ id: 'handoff-network', outcome: 'handoff' });
    expect(text('ja', end)).toContain('セキュリティソフト');
    expect(text('en', end)).toContain('security software');
  });

  it('a new Outlook user is told to add the account again with the name on the certificate', () => {
    const fix = walk('outlook-new');
    expect(fix.id).toBe('new-outlook');
    expect(text('ja', fix)).toContain('追加し直');
    expect(text('en', fix)).toContain('Add the account again');
  });

  it('an iPhone user is sent to the "Cannot Verify Server Identity" part of the SSL guide', () => {
    const end = walk('iphone-mail');
    expect(end).toMatchObject({
      kind: 'outcome',
      related: [{ guide: 'cannot-connect-ssl', node: 'identity-network' }],
    });
    expect(text('ja', end)).toContain('「サーバの識別情報を検証できません」');
    expect(text('en', end)).toContain('Cannot Verify Server Identity');
  });

  it('a Gmail user is told plainly that Gmail does not show this warning', () => {
    const end = walk('gmail');
    expect(end).toMatchObject({ id: 'not-in-gmail', outcome: 'handoff' });
    expect(end.kind === 'outcome' && end.related?.map((r) => r.guide)).toContain('cannot-connect-ssl');
    expect(text('ja', end)).toContain('Gmail のアプリやウェブ版には出ません');
  });
});

describe('certificate-name-mismatch: safe advice', () => {
  it('no step or outcome, in either language, advises pressing Yes on the warning or turning encryption off', () => {
    expect(kit.riskySentences()).toEqual([]);
  });
});
