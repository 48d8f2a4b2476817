// The validator on provider content: "@answer" nodes must sit behind the `provider` question, the provider
// question may list up to 16 providers, and every provider row says when it was checked and against what.
import { validateContent, type ContentInput, type Problem } from '../../tools/content/validate';
import { GUIDE_FILE, SAMPLE_ID, sampleInput } from './fixtures/sample-content';

type Rec = Record<string, unknown>;
const PROVIDERS_FILE = 'src/content/providers.json';

function find(problems: Problem[], file: string, node: string | undefined, message: RegExp): Problem {
  const match = problems.find((p) => p.file === file && p.node === node && message.test(p.message));
  if (!match) {
    const seen = problems.map((p) => `${p.file} › ${p.node ?? '-'}: ${p.message}`).join('\n');
    throw new Error(`no problem ${file} › ${node ?? '-'} matching ${message}; got:\n${seen}`);
  }
  return match;
}

const nodesOf = (input: ContentInput) => (input.guides[0]?.data as { nodes: Rec[] }).nodes;
const nodeOf = (input: ContentInput, id: string) => {
  const found = nodesOf(input).find((n) => n.id === id);
  if (!found) throw new Error(`fixture changed: no ${id}`);
  return found;
};

/**
 * The sample with a `provider` question between "sending" and the SMTP check, and the check reading its
 * provider from that answer: valid as it stands.
 */
function withProviderQuestion(): ContentInput {
  const input = sampleInput();
  const nodes = nodesOf(input);
  const direction = nodeOf(input, 'direction') as { answers: { id: string; next: string }[] };
  direction.answers[0] = { id: 'sending', next: 'provider' };
  nodes.splice(2, 0, {
    kind: 'question',
    id: 'provider',
    answers: [
      { id: 'gmail', next: 'check-smtp' },
      { id: 'other', next: 'check-smtp' },
    ],
  });
  nodeOf(input, 'check-smtp').provider = '@answer';
  for (const loc of input.locales) {
    if (loc.ns !== SAMPLE_ID) continue;
    const wording = loc.data as { nodes: Rec };
    wording.nodes.provider = { title: 'Provider?', answers: { gmail: 'Gmail', other: 'Other' } };
  }
  return input;
}

describe('a node that takes its provider from the answer ("@answer")', () => {
  it('is accepted when every way to it passes the provider question', () => {
    expect(validateContent(withProviderQuestion())).toEqual([]);
  });

  it('is rejected when a way from the start bypasses the question, naming the node and the way', () => {
    const input = withProviderQuestion();
    // fix-port shows the provider's table, and "receiving" reaches it through fix-receive's "no".
    const fixPort = nodeOf(input, 'fix-port') as { steps: { id: string; settings?: Rec }[] };
    fixPort.steps[1] = { id: 'match-port', settings: { provider: '@answer', protocols: ['smtp'] } };
    const problem = find(
      validateContent(input),
      GUIDE_FILE,
      'fix-port',
      /takes its provider from the answer to "provider".*reached without that question: client → direction → fix-receive → fix-port/,
    );
    expect(problem.fix).toMatch(/through the question "provider"/);
  });

  it('is rejected when the guide has no provider question at all (the question taken out of the graph)', () => {
    const input = sampleInput();
    nodeOf(input, 'check-smtp').provider = '@answer';
    find(validateContent(input), GUIDE_FILE, 'check-smtp', /this guide has no question "provider"/);
  });

  it('is rejected when a symptom opens it directly', () => {
    const input = withProviderQuestion();
    const guide = input.guides[0]?.data as { symptoms: Rec[] };
    guide.symptoms.push({
      id: 'sample-check',
      node: 'check-smtp',
      clients: ['outlook-classic'],
      aliases: ['x'],
    });
    find(validateContent(input), GUIDE_FILE, 'check-smtp', /reached without that question: check-smtp$/);
  });

  it('is rejected when a provider answer leading to it is not a provider of the table', () => {
    const input = withProviderQuestion();
    const question = nodeOf(input, 'provider') as { answers: { id: string; next: string }[] };
    question.answers.push({ id: 'workspace', next: 'check-smtp' });
    for (const loc of input.locales) {
      if (loc.ns === SAMPLE_ID) ((loc.data as { nodes: Rec }).nodes.provider as Rec).answers = {};
    }
    find(
      validateContent(input),
      GUIDE_FILE,
      'provider',
      /answer "workspace" leads to "check-smtp".*not a provider/,
    );
  });

  it('cannot be the target of a related link, which carries no answers', () => {
    const input = withProviderQuestion();
    nodeOf(input, 'not-here').related = [{ guide: SAMPLE_ID, node: 'check-smtp' }];
    find(
      validateContent(input),
      GUIDE_FILE,
      'not-here',
      /related link to "sample-mail\/check-smtp".*cannot carry/,
    );
  });
});

describe('how many answers a question may have', () => {
  const answers = (n: number, next: string) =>
    Array.from({ length: n }, (_, i) => ({ id: i === 0 ? 'gmail' : `p${i}`, next }));

  it('the provider question up to 16, with a fix that says so', () => {
    const input = withProviderQuestion();
    (nodeOf(input, 'provider') as Rec).answers = answers(16, 'fix-test');
    expect(validateContent(input).filter((p) => /a question needs/.test(p.message))).toEqual([]);
    (nodeOf(input, 'provider') as Rec).answers = answers(17, 'fix-test');
    const problem = find(
      validateContent(input),
      GUIDE_FILE,
      'provider',
      /17 answers; a question needs 2 to 16/,
    );
    expect(problem.fix).toMatch(/16 most common providers/);
  });

  it('every other question still 2 to 6', () => {
    const input = withProviderQuestion();
    (nodeOf(input, 'direction') as Rec).answers = answers(7, 'fix-test');
    const problem = find(
      validateContent(input),
      GUIDE_FILE,
      'direction',
      /7 answers; a question needs 2 to 6/,
    );
    expect(problem.fix).toMatch(/Split it into two questions/);
  });
});

describe('provenance of a provider row', () => {
  const rows = (input: ContentInput) => (input.providers.data as { providers: Rec[] }).providers;

  it('needs a checked date and sources (schema), and a source whenever it prints values', () => {
    const input = sampleInput();
    delete rows(input)[0]?.checked;
    find(validateContent(input), PROVIDERS_FILE, undefined, /providers\[0\]\.checked is missing/);

    const noSource = sampleInput();
    (rows(noSource)[0] as Rec).sources = [];
    find(
      validateContent(noSource),
      PROVIDERS_FILE,
      undefined,
      /provider "gmail" prints values or links but names no source/,
    );
  });

  it('rejects a checked date in the future', () => {
    const input = sampleInput();
    input.today = '2026-11-29';
    (rows(input)[0] as Rec).checked = '2026-11-30';
    find(
      validateContent(input),
      PROVIDERS_FILE,
      undefined,
      /provider "gmail": "checked" is 2026-11-30, a date in the future/,
    );
  });

  it('accepts a host pattern inside one label only, never in the domain itself', () => {
    const input = sampleInput();
    const server = (rows(input)[0] as { servers: Rec[] }).servers[0] as Rec;
    server.host = 'sv*.gmail.com';
    expect(validateContent(input)).toEqual([]);
    server.host = 'imap.*.com';
    find(validateContent(input), PROVIDERS_FILE, undefined, /providers\[0\]\.servers\[0\]\.host/);
    server.host = 'imap.gmail.*';
    find(validateContent(input), PROVIDERS_FILE, undefined, /providers\[0\]\.servers\[0\]\.host/);
  });
});

describe('locales/<lang>/providers.json', () => {
  const ui = {
    checked: 'Checked {{date}}',
    sources: 'Sources: {{sources}}',
    cannotCheck: 'x',
    pageFallback: 'x',
    notesHeading: 'x',
    ownValue: 'x',
    providerUnknown: 'x',
    resultPassUnchecked: 'x',
    checkProviderUnknown: 'x',
  };

  it('names wording for a provider the table does not have, and a pattern host without its hint', () => {
    const input = sampleInput();
    const server = ((input.providers.data as { providers: Rec[] }).providers[0] as { servers: Rec[] })
      .servers[0] as Rec;
    server.host = 'sv*.gmail.com';
    const file = 'locales/en/providers.json';
    input.locales.push({
      lang: 'en',
      ns: 'providers',
      file,
      data: { ui, notes: { yahoo: 'Turn on IMAP.' }, hostHints: {}, pages: {} },
    });
    const problems = validateContent(input);
    find(
      problems,
      file,
      undefined,
      /notes\.yahoo is wording for provider "yahoo", which is not in the provider table/,
    );
    find(problems, file, undefined, /hostHints\.gmail is missing/);
    // It is not taken for the wording of a guide called "providers".
    expect(problems.filter((p) => /wording file for guide/.test(p.message))).toEqual([]);
  });
});
