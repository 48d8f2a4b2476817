// Content validator: runs the phases (structure, cross-references, wording and safety) over every guide,
// with a fix for each problem. zod problems and "did you mean" suggestions come from their own modules.
import { Reporter } from './validate/context';
import type { ContentInput, Problem } from './validate/context';
import { checkCrossReferences } from './validate/cross-references';
import { checkStructure } from './validate/structure';
import { checkWording } from './validate/wording-safety';

export type { ContentInput, LocaleFile, Problem } from './validate/context';

export function validateContent(input: ContentInput): Problem[] {
  const out = new Reporter();
  const model = checkStructure(input, out);
  checkCrossReferences(model, out);
  checkWording(model, out);
  return out.problems;
}
