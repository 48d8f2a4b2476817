// The cross-reference phase: links between guides (related outcomes) and every id ever published.
import { currentId } from '../../../src/engine/url';
import { edgeTarget, graphIndex } from '../../../src/engine/graph';
import type { OutcomeNode } from '../../../src/engine/types';
import { ANSWER_PROVIDER, PROVIDER_QUESTION } from '../../../src/engine/types';
import { answerProviderNodes } from './structure';
import type { ContentModel, GuideEntry, Reporter } from './context';
import { q } from './context';
import { didYouMean } from './suggestions';

/** A `continue` outcome: it has a target, only it has one, and the target guide, node and answers exist. */
function checkContinue(model: ContentModel, from: GuideEntry, node: OutcomeNode, out: Reporter): void {
  const { file } = from;
  const to = node.continue;
  if (node.outcome !== 'continue') {
    if (to !== undefined) {
      out.report(
        file,
        node.id,
        `outcome ${q(node.outcome)} has a "continue" target`,
        'Set "outcome": "continue", or remove "continue" (only a continue outcome leads into another guide).',
      );
    }
    return;
  }
  if (to === undefined) {
    out.report(
      file,
      node.id,
      'continue outcome without a "continue" target',
      'Add "continue": { "guide": "<guide id>", "answers": { "<question>": "<answer>" } }.',
    );
    return;
  }
  if (model.unreadable.has(to.guide)) return;
  const other = model.guides.get(to.guide);
  if (!other) {
    out.report(
      file,
      node.id,
      `continues in guide ${q(to.guide)}, which does not exist`,
      `Use an existing guide id in "continue.guide".${didYouMean(to.guide, model.guides.keys())}`,
    );
    return;
  }
  if (to.guide === from.guide.id) {
    out.report(
      file,
      node.id,
      'continues in its own guide',
      'Link the node directly (an answer or "no" edge) instead of a continue outcome.',
    );
  }
  if (to.node !== undefined && currentId(other.graph, to.node) === undefined) {
    out.report(
      file,
      node.id,
      `continues at ${q(`${to.guide}/${to.node}`)}, which is not a node of that guide`,
      `Use an existing node of ${q(to.guide)} in "continue.node", or leave it out to open where the answers lead.${didYouMean(to.node, graphIndex(other.graph).ids)}`,
    );
  }
  const byId = graphIndex(other.graph).byId;
  for (const [question, answer] of Object.entries(to.answers ?? {})) {
    const target = byId.get(question);
    if (target?.kind !== 'question') {
      out.report(
        file,
        node.id,
        `continue answer ${q(question)} is not a question of ${q(to.guide)}`,
        `Use question ids of ${q(to.guide)} as keys of "continue.answers".${didYouMean(
          question,
          [...byId.values()].filter((n) => n.kind === 'question').map((n) => n.id),
        )}`,
      );
    } else if (edgeTarget(other.graph, question, answer) === undefined) {
      out.report(
        file,
        node.id,
        `continue answer ${q(`${question}=${answer}`)} is not an answer of that question in ${q(to.guide)}`,
        `Use one of: ${target.answers.map((a) => q(a.id)).join(', ')}.`,
      );
    }
  }
}

/** Whether `nodeId` (or what it redirects to) in `entry` takes its provider from the answer ("@answer"). */
function readsAnswer(model: ContentModel, entry: GuideEntry, nodeId: string): boolean {
  const id = currentId(entry.graph, nodeId);
  return id !== undefined && answerProviderNodes(model, entry.guide).includes(id);
}

export function checkCrossReferences(model: ContentModel, out: Reporter): void {
  const { guides, unreadable } = model;
  for (const entry of guides.values()) {
    const { file, guide } = entry;
    for (const node of guide.nodes) {
      if (node.kind !== 'outcome') continue;
      checkContinue(model, entry, node, out);
      for (const link of node.related ?? []) {
        const other = guides.get(link.guide);
        if (unreadable.has(link.guide)) continue;
        if (!other) {
          out.report(
            file,
            node.id,
            `related link to guide ${q(link.guide)}, which does not exist`,
            `Use an existing guide id.${didYouMean(link.guide, guides.keys())}`,
          );
        } else if (link.node !== undefined && currentId(other.graph, link.node) === undefined) {
          out.report(
            file,
            node.id,
            `related link to ${q(`${link.guide}/${link.node}`)}, which is not a node of that guide`,
            'Link to an existing node, or leave "node" out to open the guide at its start.',
          );
        } else if (link.node !== undefined && readsAnswer(model, other, link.node)) {
          // A related link carries no answers: the node would not know which provider to show.
          out.report(
            file,
            node.id,
            `related link to ${q(`${link.guide}/${link.node}`)}, which takes its provider from the answer to ${q(PROVIDER_QUESTION)} ("${ANSWER_PROVIDER}") that a link cannot carry`,
            `Link to ${q(`${link.guide}/${PROVIDER_QUESTION}`)} (or to the guide's start) instead.`,
          );
        }
      }
    }
  }
  const publishedFile = model.input.publishedFile ?? 'src/content/published.json';
  for (const [guideId, ids] of Object.entries(model.input.published ?? {})) {
    const entry = guides.get(guideId);
    if (unreadable.has(guideId)) continue;
    if (!entry) {
      out.report(
        publishedFile,
        undefined,
        `guide ${q(guideId)} was published and no longer exists`,
        'Restore the guide: published links must keep working.',
      );
      continue;
    }
    for (const id of ids) {
      if (currentId(entry.graph, id) === undefined) {
        out.report(
          entry.file,
          id,
          `published node ${q(id)} no longer resolves`,
          `Add "redirects": { ${q(id)}: "<new id>" } to the guide, so links already sent keep working.`,
        );
      }
    }
  }
}
