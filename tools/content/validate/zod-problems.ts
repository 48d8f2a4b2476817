// The zod phase: checks a file against its schema and turns zod's issues into problems an author can act on.
import { z } from 'zod';
import { RULE_NAMES } from '../../../src/engine/types';
import type { ContentFile, Problem } from './context';
import { formatPath, q } from './context';

// Issues that leave the data's shape intact, so the deeper checks can still run and report everything at once.
const SHAPE_PRESERVING = new Set(['invalid_format', 'invalid_value', 'unrecognized_keys']);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[part];
  }
  return cur;
}

function schemaProblems(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  schemaFile: string,
  localeFile: boolean,
): Problem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const at = path === '' ? 'the top level' : path;
    const value = valueAt(data, issue.path);
    let node: string | undefined;
    if (issue.path[0] === 'nodes') {
      if (localeFile && typeof issue.path[1] === 'string') node = issue.path[1];
      const id = valueAt(data, ['nodes', issue.path[1] ?? '', 'id']);
      if (!localeFile && typeof id === 'string') node = id;
    }
    let message = `${at}: ${issue.message}`;
    let fix = `Correct ${at} so that it matches ${schemaFile}.`;
    if (issue.code === 'invalid_format' && issue.format === 'regex') {
      message = `${at}: ${q(String(value))} is not a lowercase kebab-case id`;
      fix =
        'Use lowercase letters, digits and single hyphens (e.g. "check-port"). If the old id was already published, add it to `redirects`.';
    } else if (issue.code === 'invalid_format' && issue.format === 'url') {
      message = `${at}: ${q(String(value))} is not an https link`;
      fix =
        "Link to the provider's own https page, copied from a source listed in facts.md (never a guessed address).";
    } else if (issue.code === 'invalid_format' && issue.format === 'date') {
      message = `${at}: ${q(String(value))} is not an ISO date`;
      fix = 'Write the date as YYYY-MM-DD, e.g. "2026-11-23".';
    } else if (issue.code === 'invalid_value' && issue.path.at(-1) === 'rule') {
      message = `${at}: unknown rule ${q(String(value))}`;
      fix = `Use one of the rules in engine/rules.ts: ${RULE_NAMES.join(', ')}.`;
    } else if (issue.code === 'invalid_value') {
      message = `${at}: ${JSON.stringify(value)} is not allowed`;
      fix = `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue) {
      message = `${at}: ${JSON.stringify(value)} is not a node kind`;
      fix = 'Set "kind" to one of: question, fix, check, outcome.';
    } else if (issue.code === 'unrecognized_keys') {
      message = `${at}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(q).join(', ')}`;
      fix = `Remove ${issue.keys.length > 1 ? 'them' : 'it'} or correct the spelling (see ${schemaFile}).`;
    } else if (issue.code === 'invalid_type' && value === undefined) {
      message = `${at} is missing`;
      fix = `Add ${q(String(issue.path.at(-1) ?? at))} (${issue.expected}).`;
    } else if (issue.code === 'invalid_type') {
      message = `${at}: expected ${issue.expected}, found ${JSON.stringify(value)?.slice(0, 60)}`;
      fix = `Change ${at} to a ${issue.expected}.`;
    }
    return node === undefined ? { file, message, fix } : { file, node, message, fix };
  });
}

export interface Parsed<T> {
  data: T | undefined;
  problems: Problem[];
}

/**
 * Checks `input` against `schema`. `data` is the file itself (never a copy): zod's boolean `validate` answers
 * for a valid file without building the copy `safeParse` makes (10,000 node objects on a big guide), and
 * `safeParse` runs only to explain a file that fails.
 */
export function parse<T>(
  schema: z.ZodType,
  input: ContentFile,
  schemaFile: string,
  localeFile = false,
): Parsed<T> {
  if (schema.validate(input.data)) return { data: input.data as T, problems: [] };
  const result = schema.safeParse(input.data);
  if (result.success) return { data: input.data as T, problems: [] };
  const problems = schemaProblems(input.file, input.data, result.error.issues, schemaFile, localeFile);
  const usable = result.error.issues.every((i) => SHAPE_PRESERVING.has(i.code));
  return { data: usable ? (input.data as T) : undefined, problems };
}

// AOT-compiled copies of the schemas (zod builds them with `new Function`, fine at build and test time).
const compiledSchemas = new Map<string, z.ZodType>();
export function compiled(name: string, schema: z.ZodType): z.ZodType {
  let c = compiledSchemas.get(name);
  if (!c) {
    c = z.compile(schema);
    compiledSchemas.set(name, c);
  }
  return c;
}
