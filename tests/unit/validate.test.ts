// The content validator: every rule reports the file, the node and a fix an author can act on.
import { readFileSync } from 'node:fs';
import { validateContent, type ContentInput, type Problem } from '../../tools/content/validate';
import { GUIDE_FILE, SAMPLE_ID, sampleInput } from './fixtures/sample-content';

const BROKEN_FILE = 'tests/unit/fixtures/broken/broken-guide.json';
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/broken/${name}`, import.meta.url), 'utf8'));

function brokenInput(): ContentInput {
  const input = sampleInput();
  input.guides.push({ file: BROKEN_FILE, data: readFixture('broken-guide.json') });
  input.locales.push(
    { lang: 'ja', ns: 'broken', file: 'locales/ja/broken.json', data: readFixture('ja.json') },
    { lang: 'en', ns: 'broken', file: 'locales/en/broken.json', data: readFixture('en.json') },
  );
  input.published = { ...input.published, broken: ['start', 'vanished'] };
  return input;
}

function expectProblem(problems: Problem[], file: string, node: string | undefined, message: RegExp): void {
  const match = problems.find((p) => p.file === file && p.node === node && message.test(p.message));
  if (!match) {
    const seen = problems.map((p) => `${p.file} › ${p.node ?? '-'}: ${p.message}`).join('\n');
    throw new Error(`no problem ${file} › ${node ?? '-'} matching ${message}; got:\n${seen}`);
  }
  expect(match.fix.length).toBeGreaterThan(10);
}

describe('the sample content', () => {
  it('passes the validator', () => {
    expect(validateContent(sampleInput())).toEqual([]);
  });
});

describe('a guide broken in many ways', () => {
  const problems = validateContent(brokenInput());
  const inGuide = (node: string | undefined, message: RegExp) =>
    expectProblem(problems, BROKEN_FILE, node, message);

  it('names a node id that is not kebab-case, with its JSON path', () => {
    inGuide('Bad_Id', /^nodes\[2\]\.id: "Bad_Id" is not a lowercase kebab-case id/);
  });
  it('names an unknown rule', () =>
    inGuide('check', /nodes\[3\]\.rules\[0\]\.rule: unknown rule "magic-rule"/));
  it('names a guide whose id is not its file name', () =>
    inGuide(undefined, /id "broken" does not match the file name "broken-guide"/));
  it('rejects a "checked" date in the future', () =>
    inGuide(undefined, /"checked" is 2999-01-01, a date in the future/));
  it('finds duplicate node ids', () => inGuide('done', /node id "done" is used by more than one node/));
  it('finds a symptom id used by another guide', () =>
    inGuide(undefined, /symptom id "sample-0x800ccc1a" is already used in guide "sample-mail"/));
  it('counts the answers of a question', () => {
    inGuide('start', /question has 7 answers; a question needs 2 to 6/);
    inGuide('one-answer', /question has 1 answer; a question needs 2 to 6/);
  });
  it('finds an answer that leads to a missing node', () =>
    inGuide('start', /answer "b" leads to "nowhere", which is not a node/));
  it('finds a step that names an unknown provider', () => inGuide('Bad_Id', /unknown provider "yahoo"/));
  it('finds a rule that needs a field the check does not ask for', () =>
    inGuide('check', /rule "port-matches-security" needs security/));
  it('finds a missing shared node', () =>
    inGuide('shared-missing', /shared node "no-such-shared", which does not exist/));
  it('finds a fix without steps', () => inGuide('no-steps', /fix has no steps/));
  it('finds a redirect that ends nowhere and one whose old id still exists', () => {
    inGuide('gone', /redirect from "gone" to "also-gone" does not end at a node/);
    inGuide('start', /redirect from "start", but a node with that id still exists/);
  });
  it('finds a loop with no way out', () => {
    inGuide('loop-a', /no outcome can be reached from node "loop-a"/);
    inGuide('loop-b', /no outcome can be reached/);
  });
  it('finds a node that cannot be reached', () => inGuide('island', /cannot be reached from the start/));
  it('finds a related link to a missing guide', () =>
    inGuide('done', /related link to guide "no-such-guide"/));
  it('finds a published id that no longer resolves', () =>
    inGuide('vanished', /published node "vanished" no longer resolves/));

  it('finds missing, empty and stale wording', () => {
    expectProblem(
      problems,
      'locales/en/broken.json',
      'done',
      /^nodes\.done\.title is missing \(the node title\)/,
    );
    expectProblem(problems, 'locales/ja/broken.json', undefined, /^description is empty/);
    expectProblem(problems, 'locales/ja/broken.json', 'removed-node', /nodes\.removed-node is not used/);
  });
  it('finds server values written in wording', () => {
    expectProblem(problems, 'locales/ja/broken.json', 'done', /server value "imap\.mail-host\.jp"/);
    expectProblem(problems, 'locales/en/broken.json', 'done', /server value "smtp\.gmail\.com:25"/);
  });
  it('finds risky advice in both languages and lets the negated sentence through', () => {
    for (const lang of ['ja', 'en']) {
      const file = `locales/${lang}/broken.json`;
      expectProblem(problems, file, 'risky', /steps\.ssl-off seems to advise/);
      expectProblem(problems, file, 'risky', /steps\.trust seems to advise/);
    }
    expect(problems.filter((p) => p.message.includes('steps.safe'))).toEqual([]);
  });
  it('reports a missing title once, with what it is for', () => {
    expect(problems.filter((p) => p.message.startsWith('nodes.done.title is missing'))).toHaveLength(1);
  });
});

describe('single breaks of the sample', () => {
  const guideOf = (input: ContentInput) =>
    input.guides[0]?.data as Record<string, unknown> & { nodes: Record<string, unknown>[] };

  it('reports a schema error with its JSON path and stops there for a shape it cannot read', () => {
    const input = sampleInput();
    guideOf(input).nodes[1] = { kind: 'question', id: 'direction', answers: 'sending' };
    const problems = validateContent(input);
    expectProblem(problems, GUIDE_FILE, 'direction', /^nodes\[1\]\.answers: expected array/);
    expect(problems.every((p) => p.file === GUIDE_FILE)).toBe(true);
  });

  it('reports an unknown node kind', () => {
    const input = sampleInput();
    guideOf(input).nodes[0] = { kind: 'quiz', id: 'client', answers: [] };
    expectProblem(
      validateContent(input),
      GUIDE_FILE,
      'client',
      /nodes\[0\]\.kind: "quiz" is not a node kind/,
    );
  });

  it('reports a misspelt key and suggests the fix', () => {
    const input = sampleInput();
    (guideOf(input).nodes[3] as Record<string, unknown>).nxt = 'x';
    const problems = validateContent(input);
    expectProblem(problems, GUIDE_FILE, 'fix-encryption', /unknown key "nxt"/);
  });

  it('suggests the id that was probably meant', () => {
    const input = sampleInput();
    guideOf(input).nodes[0] = {
      kind: 'question',
      id: 'client',
      answers: [
        { id: 'a', next: 'directoin' },
        { id: 'b', next: 'direction' },
      ],
    };
    const problem = validateContent(input).find((p) => p.message.includes('"directoin"'));
    expect(problem?.fix).toContain('Did you mean "direction"?');
  });

  it('reports a missing wording file for a language', () => {
    const input = sampleInput();
    input.locales = input.locales.filter((l) => !(l.lang === 'en' && l.ns === SAMPLE_ID));
    expectProblem(
      validateContent(input),
      `locales/en/${SAMPLE_ID}.json`,
      undefined,
      /the en wording file for "sample-mail" is missing/,
    );
  });

  it('reports a missing answer label, rule message and symptom title', () => {
    const input = sampleInput();
    const ja = input.locales[0]?.data as {
      symptoms: Record<string, unknown>;
      nodes: Record<string, { answers?: Record<string, string>; rules?: Record<string, string> }>;
    };
    delete ja.nodes.client?.answers?.gmail;
    delete ja.nodes['check-smtp']?.rules?.['encryption-on'];
    delete ja.symptoms['sample-ssl'];
    const problems = validateContent(input);
    const file = `locales/ja/${SAMPLE_ID}.json`;
    expectProblem(problems, file, 'client', /nodes\.client\.answers\.gmail is missing/);
    expectProblem(problems, file, 'check-smtp', /nodes\.check-smtp\.rules\.encryption-on is missing/);
    expectProblem(problems, file, undefined, /symptoms\.sample-ssl\.title is missing/);
  });

  it('reports a missing shared step and a missing shared step title', () => {
    const input = sampleInput();
    const shared = input.shared.data as { steps: { id: string }[] };
    shared.steps = shared.steps.filter((s) => s.id !== 'auto-time');
    const problems = validateContent(input);
    expectProblem(
      problems,
      GUIDE_FILE,
      'fix-receive',
      /step "clock" uses shared step "auto-time", which does not exist/,
    );
    expectProblem(problems, 'locales/ja/shared.json', undefined, /steps\.auto-time is not used/);
  });

  it('accepts a risky step once it is marked diagnostic', () => {
    const input = sampleInput();
    const en = input.locales[1]?.data as {
      nodes: Record<string, { steps?: Record<string, { title: string }> }>;
    };
    const step = en.nodes['fix-receive']?.steps?.retry;
    if (!step) throw new Error('fixture changed');
    step.title = 'Turn off Use SSL once, only to see whether it connects';
    expectProblem(
      validateContent(input),
      `locales/en/${SAMPLE_ID}.json`,
      'fix-receive',
      /steps\.retry seems to advise/,
    );
    const fix = (guideOf(input).nodes[6] as { steps: { id: string; diagnostic?: boolean }[] }).steps[1];
    if (!fix) throw new Error('fixture changed');
    fix.diagnostic = true;
    expect(validateContent(input)).toEqual([]);
  });

  it('reports a provider id listed twice and a provider rule without a provider', () => {
    const input = sampleInput();
    const table = input.providers.data as { providers: unknown[] };
    table.providers.push({ id: 'gmail', servers: [], checked: '2026-11-01', sources: [] });
    delete (guideOf(input).nodes[2] as { provider?: string }).provider;
    const problems = validateContent(input);
    expectProblem(problems, 'src/content/providers.json', undefined, /provider "gmail" is listed twice/);
    expectProblem(problems, GUIDE_FILE, 'check-smtp', /compares with a provider, but the check names none/);
  });

  it('rejects a provider server without encryption', () => {
    const input = sampleInput();
    const table = input.providers.data as { providers: { servers: { security: string }[] }[] };
    const server = table.providers[0]?.servers[0];
    if (!server) throw new Error('fixture changed');
    server.security = 'none';
    expectProblem(
      validateContent(input),
      'src/content/providers.json',
      undefined,
      /providers\[0\]\.servers\[0\]\.security: "none" is not allowed/,
    );
  });

  it('reports an answer, a step and a rule listed twice', () => {
    const input = sampleInput();
    const nodes = guideOf(input).nodes as { answers?: unknown[]; steps?: unknown[]; rules?: unknown[] }[];
    nodes[1]?.answers?.push({ id: 'sending', next: 'fix-test' });
    nodes[3]?.steps?.push({ id: 'open' });
    nodes[2]?.rules?.push({ rule: 'encryption-on', fail: 'fix-test' });
    const problems = validateContent(input);
    expectProblem(problems, GUIDE_FILE, 'direction', /answer id "sending" is used twice/);
    expectProblem(problems, GUIDE_FILE, 'fix-encryption', /step id "open" is used twice in this fix/);
    expectProblem(problems, GUIDE_FILE, 'check-smtp', /rule "encryption-on" is listed twice/);
  });

  it('reports a guide named after a wording file once, and judges nothing else in it', () => {
    const input = sampleInput();
    const guide = structuredClone(guideOf(input)) as unknown as { id: string; symptoms: unknown[] };
    guide.id = 'shared';
    guide.symptoms = [];
    input.guides.push({ file: 'src/content/guides/shared.json', data: guide });
    // Nothing else: not its wording (which would be read from shared.json), not links into it.
    expect(validateContent(input).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'src/content/guides/shared.json: guide id "shared" is reserved for wording files',
    ]);
  });

  it('finds a node id repeated in a long guide, once per repeat', () => {
    const input = sampleInput();
    const nodes = guideOf(input).nodes as { id: string; kind: string }[];
    const done = nodes.find((n) => n.kind === 'outcome');
    if (!done) throw new Error('fixture changed');
    // Past 16 nodes the repeat search goes through a Set instead of a scan: both must report the same.
    for (let i = 0; i < 20; i++) nodes.push({ ...done, id: i === 19 ? 'extra-0' : `extra-${i}` });
    const repeats = validateContent(input).filter((p) => /is used by more than one node/.test(p.message));
    expect(repeats).toEqual([expect.objectContaining({ file: GUIDE_FILE, node: 'extra-0' })]);
  });

  it('names the file, the key and the preferred form for a term the term list rejects', () => {
    const input = sampleInput();
    const ja = input.locales[0]?.data as { nodes: Record<string, { title: string }> };
    const node = ja.nodes.client;
    if (!node) throw new Error('fixture changed');
    node.title = 'docomo メールの設定を開きます';
    const problem = validateContent(input).find((p) => /term list/.test(p.message));
    expect(problem).toEqual({
      file: `locales/ja/${SAMPLE_ID}.json`,
      node: 'client',
      message: 'nodes.client.title writes "docomo メール"; the term list prefers "ドコモメール"',
      fix: expect.stringContaining('tools/content/terms.ts'),
    });
  });

  it('rejects a provider link that is not https', () => {
    const input = sampleInput();
    const table = input.providers.data as { providers: { links?: unknown[] }[] };
    const first = table.providers[0];
    if (!first) throw new Error('fixture changed');
    first.links = [{ kind: 'status', url: 'http://status.example.com/' }];
    expectProblem(
      validateContent(input),
      'src/content/providers.json',
      undefined,
      /providers\[0\]\.links\[0\]\.url: "http:\/\/status\.example\.com\/" is not an https link/,
    );
    first.links = [{ kind: 'status', url: 'https://status.example.com/' }];
    expect(validateContent(input)).toEqual([]);
  });

  it('reports a published guide that no longer exists', () => {
    const input = sampleInput();
    input.published = { ...input.published, 'old-guide': ['start'] };
    expectProblem(
      validateContent(input),
      'src/content/published.json',
      undefined,
      /guide "old-guide" was published and no longer exists/,
    );
  });
});

describe("a symptom's implied answers", () => {
  /** The sample with the first symptom implying `answers` (the second one opens a node of its own). */
  function withAnswers(answers: Record<string, string>, symptom = 0): ContentInput {
    const input = sampleInput();
    const symptoms = (input.guides[0]?.data as { symptoms: Record<string, unknown>[] }).symptoms;
    const target = symptoms[symptom];
    if (!target) throw new Error('fixture changed');
    target.answers = answers;
    return input;
  }
  const problemsFor = (answers: Record<string, string>, symptom = 0) =>
    validateContent(withAnswers(answers, symptom));

  it('accepts answers on the way from the start, and one for a question that comes later', () => {
    expect(problemsFor({ client: 'outlook-classic', direction: 'sending' })).toEqual([]);
    // Not asked yet where the link opens (the start), but the direction question can come after it.
    expect(problemsFor({ direction: 'sending' })).toEqual([]);
  });

  it('names an id that is not a node, with a suggestion', () => {
    const problems = problemsFor({ clinet: 'outlook-classic' });
    expectProblem(
      problems,
      GUIDE_FILE,
      undefined,
      /symptom "sample-0x800ccc1a" implies an answer to "clinet", which is not a node of this guide/,
    );
    expect(problems.find((p) => p.message.includes('clinet'))?.fix).toMatch(/"client"/);
  });

  it('rejects an answer to a node that is not a question', () =>
    expectProblem(
      problemsFor({ 'fix-port': 'no' }),
      GUIDE_FILE,
      undefined,
      /implies an answer to "fix-port", which is a fix, not a question/,
    ));

  it('names an answer the question does not have, and lists the ones it has', () => {
    const problems = problemsFor({ client: 'thunderbird' });
    expectProblem(
      problems,
      GUIDE_FILE,
      undefined,
      /implies "thunderbird" for question "client", which has no such answer/,
    );
    expect(problems[0]?.fix).toMatch(/"outlook-classic", "iphone-mail", "gmail"/);
  });

  it('rejects answers that are not one journey from the start', () =>
    // The iPhone answer leads away from the direction question: it could never be asked.
    expectProblem(
      problemsFor({ client: 'iphone-mail', direction: 'sending' }),
      GUIDE_FILE,
      undefined,
      /symptom "sample-0x800ccc1a" implies "sending" for question "direction", but replaying its answers from the start stops at "iphone-ssl", and "direction" can never come after it/,
    ));

  it('rejects answers on a symptom that opens a node of its own', () =>
    expectProblem(
      problemsFor({ client: 'iphone-mail' }, 1),
      GUIDE_FILE,
      undefined,
      /symptom "sample-ssl" has both "node" and "answers"/,
    ));

  it('is described in the guide schema editors use', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../src/content/guide.schema.json', import.meta.url), 'utf8'),
    ) as { properties: { symptoms: { items: { properties: Record<string, unknown> } } } };
    expect(schema.properties.symptoms.items.properties).toHaveProperty('answers');
  });
});
