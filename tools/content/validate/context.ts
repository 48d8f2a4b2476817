// What every validator phase shares: the input and problem types, the reporter, and the read-only content model.
import type { GuideLike } from '../../../src/engine/url';
import type { Guide, Provider, SharedContent } from '../../../src/engine/types';

export interface Problem {
  file: string;
  node?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it, in plain English. */
  fix: string;
}

export interface ContentFile {
  file: string;
  data: unknown;
}

export interface LocaleFile extends ContentFile {
  lang: string;
  /** A guide id, 'shared', or 'common' (UI strings: only checked for server names). */
  ns: string;
}

export interface ContentInput {
  guides: ContentFile[];
  shared: ContentFile;
  providers: ContentFile;
  locales: LocaleFile[];
  /** Every node id ever published, by guide (src/content/published.json). */
  published?: Record<string, string[]>;
  publishedFile?: string;
  /** YYYY-MM-DD; defaults to today (UTC). `checked` may not be later. */
  today?: string;
  /** Languages every string must exist in; defaults to LANGS. */
  langs?: readonly string[];
}

/** Collects problems in the order the phases find them. */
export class Reporter {
  readonly problems: Problem[] = [];

  report(file: string, node: string | undefined, message: string, fix: string): void {
    this.problems.push(node === undefined ? { file, message, fix } : { file, node, message, fix });
  }

  add(problems: readonly Problem[]): void {
    for (const p of problems) this.problems.push(p);
  }
}

/** The provider table as the structure phase read it. */
export interface ProviderModel {
  readonly providers: ReadonlyMap<string, Provider>;
  /** False when the table could not be read: checks against providers are then skipped, not guessed. */
  readonly providersKnown: boolean;
  /** Lower-case host name → the ports the table lists for it. */
  readonly serverHosts: ReadonlyMap<string, ReadonlySet<number>>;
}

/** shared.json as the structure phase read it. */
export interface SharedModel {
  readonly sharedFile: string;
  readonly shared: SharedContent;
  readonly sharedKnown: boolean;
  readonly sharedNodeIds: ReadonlySet<string>;
  readonly sharedStepIds: ReadonlySet<string>;
}

export interface GuideEntry {
  readonly file: string;
  readonly guide: Guide;
  /** The guide as a graph: a new object on every run, so no index cached on an earlier run's objects is read. */
  readonly graph: GuideLike;
}

/** Everything the later phases (cross-references, wording and safety) read; none of them changes it. */
export interface ContentModel extends ProviderModel, SharedModel {
  readonly input: ContentInput;
  readonly langs: readonly string[];
  readonly today: string;
  /** Readable guides by id (the first file wins when two share an id). */
  readonly guides: ReadonlyMap<string, GuideEntry>;
  /** Ids of guides that could not be read: links into them are not judged until they can be. */
  readonly unreadable: ReadonlySet<string>;
}

export const COMMON_NS = 'common';
/** locales/<lang>/providers.json: notes, host hints and page names per provider (LocaleProviders). */
export const PROVIDERS_NS = 'providers';

export const q = (s: string) => JSON.stringify(s);

export type Rec = Record<string, unknown>;

export const isRec = (value: unknown): value is Rec =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value[key]` for own keys only (an id like "constructor" never reads Object.prototype). */
export function at(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  // The load comes first: a missing key (the common case for optional fields) needs no own-key test.
  const found = (value as Rec)[key];
  return found !== undefined && !Array.isArray(value) && Object.hasOwn(value, key) ? found : undefined;
}

export const keysOf = (value: unknown): string[] => (isRec(value) ? Object.keys(value) : []);

/** A JSON path as authors read it: `nodes[2].steps.s-1.title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Calls `onRepeat` for every item whose key an earlier item already had: the one way the validator finds
 * duplicate ids. Short lists (answers, steps, rules) are scanned; long ones (nodes) go through a Set.
 */
export function forEachRepeat<T>(
  items: readonly T[],
  key: (item: T) => string,
  onRepeat: (item: T, key: string) => void,
): void {
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++) {
      const k = key(items[i] as T);
      for (let j = 0; j < i; j++) {
        if (key(items[j] as T) === k) {
          onRepeat(items[i] as T, k);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) onRepeat(item, k);
    else seen.add(k);
  }
}

export const byId = (item: { id: string }) => item.id;
