// zod schemas for content and wording files; used at build and test time only (never in the browser bundle).
import { z } from 'zod';
import type {
  Guide,
  LocaleGuide,
  LocaleProviders,
  LocaleShared,
  ProviderTable,
  SharedContent,
} from '../../src/engine/types';
import {
  ANSWER_PROVIDER,
  CHECK_FIELDS,
  CLIENTS,
  PROTOCOLS,
  PROVIDER_LINK_KINDS,
  RULE_NAMES,
} from '../../src/engine/types';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * A host name in lower case, or a pattern: at most one `*` per label, never in the last two labels (so a
 * pattern always names the provider's own domain).
 */
const HOST_OR_PATTERN =
  /^(?:(?:[a-z0-9-]*\*[a-z0-9-]*|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z]{2,}$/;

const id = z.string().regex(KEBAB_CASE);
const nodeRef = (what: string) => id.describe(`${what} (a node id of this guide)`);
const schemaRef = z.string().optional();

/** A provider id, or "@answer": the provider chosen at the guide's `provider` question. */
const providerRef = z
  .union([id, z.literal(ANSWER_PROVIDER)])
  .describe('A provider id from providers.json, or "@answer" for the answer to the "provider" question');

const fixStepSchema = z.strictObject({
  id,
  shared: id.describe('Take this step from src/content/shared.json steps.<id>').optional(),
  settings: z
    .strictObject({ provider: providerRef, protocols: z.array(z.enum(PROTOCOLS)) })
    .describe("Show a table of this provider's servers (from providers.json)")
    .optional(),
  diagnostic: z
    .boolean()
    .describe('Diagnostic or security-sensitive step: the UI shows a warning')
    .optional(),
});

const questionSchema = z.strictObject({
  kind: z.literal('question'),
  id,
  answers: z
    .array(
      z.strictObject({
        id: id.describe('Written to the URL as ?<question>=<answer>'),
        next: nodeRef('Where this answer leads'),
      }),
    )
    .describe('2 to 6 answers (the "provider" question: up to 16)'),
});

const fixSchema = z.strictObject({
  kind: z.literal('fix'),
  id,
  shared: id.describe('Take the steps and wording of src/content/shared.json nodes.<id>').optional(),
  steps: z.array(fixStepSchema).optional(),
  yes: nodeRef('"Did this fix it?" Yes'),
  no: nodeRef('"Did this fix it?" No: the next likely cause or a hand-off'),
});

const checkSchema = z.strictObject({
  kind: z.literal('check'),
  id,
  fields: z.array(z.enum(CHECK_FIELDS)),
  provider: providerRef.optional(),
  rules: z
    .array(z.strictObject({ rule: z.enum(RULE_NAMES), fail: nodeRef('Where a failure of this rule leads') }))
    .describe('Evaluated in order; the first failing rule decides'),
  pass: nodeRef('Where to go when every rule holds'),
  skip: nodeRef('"I can\'t find these settings"').optional(),
});

const outcomeSchema = z.strictObject({
  kind: z.literal('outcome'),
  id,
  outcome: z.enum(['resolved', 'handoff', 'continue']),
  related: z.array(z.strictObject({ guide: id, node: id.optional() })).optional(),
  continue: z
    .strictObject({
      guide: id.describe('The guide to continue in'),
      node: id
        .describe('Node of that guide to open (default: where "answers" lead from its start)')
        .optional(),
      answers: z
        .record(id, id)
        .describe('Answers of the target guide (question id → answer id) this journey already settled')
        .optional(),
    })
    .describe('With outcome "continue" only: the guide (and answers) the person continues in')
    .optional(),
});

const guideNodeSchema = z.discriminatedUnion('kind', [questionSchema, fixSchema, checkSchema, outcomeSchema]);

const symptomSchema = z.strictObject({
  id,
  node: id.optional(),
  answers: z
    .record(id, id)
    .describe(
      'Answers the symptom already implies (question id → answer id): its link opens the node they lead to. Not with "node"',
    )
    .optional(),
  clients: z.array(z.enum(CLIENTS)),
  aliases: z
    .array(z.string())
    .describe('Exact messages (ja and en), error codes in their usual spellings, paraphrases'),
});

export const guideSchema = z.strictObject({
  $schema: schemaRef,
  id,
  checked: z.iso.date().describe('The day the facts were last checked (YYYY-MM-DD)'),
  start: nodeRef('The first node'),
  symptoms: z.array(symptomSchema),
  nodes: z.array(guideNodeSchema),
  // Keys are old ids, so they are only required to be strings: an old id may predate the kebab-case rule.
  redirects: z
    .record(z.string(), id)
    .describe('Old (renamed or removed) node id → the id that replaces it; published ids must keep resolving')
    .optional(),
});

export const sharedContentSchema = z.strictObject({
  $schema: schemaRef,
  nodes: z.array(z.strictObject({ id, steps: z.array(fixStepSchema) })),
  steps: z.array(fixStepSchema),
});

export const providerTableSchema = z.strictObject({
  $schema: schemaRef,
  providers: z.array(
    z.strictObject({
      id,
      servers: z.array(
        z.strictObject({
          protocol: z.enum(PROTOCOLS),
          host: z
            .string()
            .regex(HOST_OR_PATTERN)
            .describe(
              'A lower-case host name, or a pattern where "*" stands for part of one label (sv*.xserver.jp)',
            ),
          port: z.number().int().min(1).max(65535),
          security: z.enum(['ssl', 'starttls']),
        }),
      ),
      links: z
        .array(
          z.strictObject({
            kind: z.enum(PROVIDER_LINK_KINDS),
            url: z.url({ protocol: /^https$/ }),
          }),
        )
        .optional(),
      checked: z.iso.date().describe('The day this row was last checked against its sources (YYYY-MM-DD)'),
      sources: z
        .array(z.string().min(1))
        .describe('facts.md source keys (e.g. "XS-MAN") or URLs that were read; empty only with no servers'),
    }),
  ),
});

const localeStepSchema = z.strictObject({
  title: z.string(),
  body: z.string().optional(),
  menu: z.array(z.string()).optional(),
  warning: z.string().optional(),
});

const localeNodeSchema = z.strictObject({
  title: z.string(),
  body: z.string().optional(),
  answers: z.record(z.string(), z.string()).optional(),
  hints: z.record(z.string(), z.string()).optional(),
  steps: z.record(z.string(), localeStepSchema).optional(),
  caution: z.string().describe('A fix only: what not to do, shown in a caution box above step 1').optional(),
  rules: z.record(z.string(), z.string()).optional(),
});

export const localeGuideSchema = z.strictObject({
  $schema: schemaRef,
  title: z.string(),
  description: z.string(),
  symptoms: z.record(z.string(), z.strictObject({ title: z.string(), summary: z.string().optional() })),
  nodes: z.record(z.string(), localeNodeSchema),
});

export const localeProvidersSchema = z.strictObject({
  $schema: schemaRef,
  ui: z.strictObject({
    checked: z.string(),
    sources: z.string(),
    cannotCheck: z.string(),
    pageFallback: z.string(),
    notesHeading: z.string(),
    ownValue: z.string(),
    providerUnknown: z.string(),
    resultPassUnchecked: z.string(),
    checkProviderUnknown: z.string(),
  }),
  notes: z.record(id, z.string()),
  hostHints: z.record(id, z.string()),
  pages: z.record(id, z.string()),
});

export const localeSharedSchema = z.strictObject({
  $schema: schemaRef,
  nodes: z.record(z.string(), localeNodeSchema),
  steps: z.record(z.string(), localeStepSchema),
});

// Compile-time proof that the schemas and the hand-written contract in types.ts describe the same shapes.
// `$schema` is allowed in locale files for editor support although LocaleGuide/LocaleShared do not name it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type WithoutSchema<T> = Omit<T, '$schema'>;
const sameGuide: Same<z.infer<typeof guideSchema>, Guide> = true;
const sameShared: Same<z.infer<typeof sharedContentSchema>, SharedContent> = true;
const sameProviders: Same<z.infer<typeof providerTableSchema>, ProviderTable> = true;
const sameLocaleGuide: Same<WithoutSchema<z.infer<typeof localeGuideSchema>>, LocaleGuide> = true;
const sameLocaleShared: Same<WithoutSchema<z.infer<typeof localeSharedSchema>>, LocaleShared> = true;
const sameLocaleProviders: Same<WithoutSchema<z.infer<typeof localeProvidersSchema>>, LocaleProviders> = true;
void [sameGuide, sameShared, sameProviders, sameLocaleGuide, sameLocaleShared, sameLocaleProviders];

/** JSON Schema files for editors, written by scripts/gen-schema.ts into src/content/. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
    title,
  });
  return {
    'guide.schema.json': make(guideSchema, 'Mail Troubleshooter guide (src/content/guides/<guide>.json)'),
    'shared.schema.json': make(
      sharedContentSchema,
      'Mail Troubleshooter shared nodes and steps (src/content/shared.json)',
    ),
    'providers.schema.json': make(
      providerTableSchema,
      'Mail Troubleshooter provider table (src/content/providers.json)',
    ),
  };
}
