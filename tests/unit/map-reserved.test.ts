// The map page lives at /<lang>/<guide>/map/, beside the guide's nodes: no node may take the id "map".
import { validateContent } from '../../tools/content/validate';
import { GUIDE_FILE, sampleInput } from './fixtures/sample-content';

type Nodes = { id: string; pass?: string; yes?: string; no?: string }[];

/** The sample content with its node "fix-test" renamed to `id` (data, references and wording). */
function renamed(id: string) {
  const input = sampleInput();
  const guide = input.guides[0]?.data as { nodes: Nodes };
  for (const node of guide.nodes) {
    if (node.id === 'fix-test') node.id = id;
    if (node.pass === 'fix-test') node.pass = id;
  }
  for (const locale of input.locales) {
    const nodes = (locale.data as { nodes?: Record<string, unknown> }).nodes;
    if (nodes && 'fix-test' in nodes) {
      nodes[id] = nodes['fix-test'];
      delete nodes['fix-test'];
    }
  }
  return input;
}

describe('the reserved node id "map"', () => {
  it('is rejected, naming the node and the page it would hide', () => {
    const problems = validateContent(renamed('map'));
    const found = problems.find((p) => p.file === GUIDE_FILE && p.node === 'map');
    expect(found?.message).toMatch(
      /node id "map" is reserved: \/<lang>\/sample-mail\/map\/ is the guide's map/,
    );
    expect(found?.fix).toMatch(/another id/);
  });

  it('leaves other ids alone', () => {
    expect(validateContent(renamed('fix-map'))).toEqual([]);
  });
});
