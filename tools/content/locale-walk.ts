// One pass over a wording file: visits every string and says whether the file has the LocaleGuide/LocaleShared shape.
// The validator uses it so that zod (slow on 10,000-node files) only runs to explain a file that is wrong.

type Spec =
  | { type: 'string' }
  | { type: 'array'; of: Spec }
  | { type: 'record'; of: Spec }
  | { type: 'object'; byName: Map<string, { spec: Spec; required: boolean }>; required: number };

const string: Spec = { type: 'string' };
const record = (of: Spec): Spec => ({ type: 'record', of });
const object = (required: Record<string, Spec>, optional: Record<string, Spec> = {}): Spec => {
  const byName = new Map<string, { spec: Spec; required: boolean }>();
  for (const [k, spec] of Object.entries(required)) byName.set(k, { spec, required: true });
  for (const [k, spec] of Object.entries(optional)) byName.set(k, { spec, required: false });
  return { type: 'object', byName, required: byName.size - Object.keys(optional).length };
};

// Mirrors localeStepSchema / localeNodeSchema / localeGuideSchema / localeSharedSchema in schema.ts
// (tests/unit/locale-walk.test.ts holds the two to the same answers).
const step = object(
  { title: string },
  { body: string, menu: { type: 'array', of: string }, warning: string },
);
const node = object(
  { title: string },
  {
    body: string,
    answers: record(string),
    hints: record(string),
    steps: record(step),
    caution: string,
    rules: record(string),
  },
);
export const LOCALE_GUIDE_SPEC: Spec = object(
  {
    title: string,
    description: string,
    symptoms: record(object({ title: string }, { summary: string })),
    nodes: record(node),
  },
  { $schema: string },
);
export const LOCALE_SHARED_SPEC: Spec = object(
  { nodes: record(node), steps: record(step) },
  { $schema: string },
);

export type LocalePath = (string | number)[];

/**
 * Calls `visit` for every string in `value` (except a top-level `$schema`) with its path, and returns
 * whether `value` fits `spec`. With no spec, only visits. `path` is reused: copy it to keep it.
 */
export function walkLocale(
  value: unknown,
  spec: Spec | undefined,
  visit: (text: string, path: LocalePath) => void,
  path: LocalePath = [],
): boolean {
  if (typeof value === 'string') {
    if (!(path.length === 1 && path[0] === '$schema')) visit(value, path);
    return spec === undefined || spec.type === 'string';
  }
  if (Array.isArray(value)) {
    let ok = spec !== undefined && spec.type === 'array';
    const of = spec?.type === 'array' ? spec.of : undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (!walkLocale(value[i], of, visit, path)) ok = false;
      path.pop();
    }
    return spec === undefined || ok;
  }
  if (value === null || typeof value !== 'object') return spec === undefined;
  if (spec !== undefined && spec.type !== 'record' && spec.type !== 'object') {
    walkLocale(value, undefined, visit, path);
    return false;
  }
  let ok = true;
  let seen = 0;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const child = rec[key];
    let childSpec: Spec | undefined;
    if (spec !== undefined) {
      if (spec.type === 'record') {
        childSpec = spec.of;
      } else {
        const field = spec.byName.get(key);
        if (!field)
          ok = false; // an unknown key (zod's strict objects reject it, whatever its value)
        else if (child !== undefined) {
          childSpec = field.spec;
          if (field.required) seen++;
        }
      }
    }
    // As in zod, an optional field holding undefined counts as absent (JSON never has one).
    if (child === undefined) {
      if (spec?.type === 'record') ok = false;
      continue;
    }
    path.push(key);
    if (!walkLocale(child, childSpec, visit, path)) ok = false;
    path.pop();
  }
  if (spec?.type === 'object' && seen !== spec.required) ok = false;
  return spec === undefined || ok;
}
