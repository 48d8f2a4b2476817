// The cross-reference phase: links between guides (related outcomes) and every id ever published.
import { currentId } from '../../../src/engine/url';
import type { ContentModel, Reporter } from './context';
import { q } from './context';
import { didYouMean } from './suggestions';

export function checkCrossReferences(model: ContentModel, out: Reporter): void {
  const { guides, unreadable } = model;
  for (const { file, guide } of guides.values()) {
    for (const node of guide.nodes) {
      if (node.kind !== 'outcome') continue;
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
