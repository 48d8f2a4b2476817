// What the build says about embedding: a warning, with the fix, when no host origins are allowed.
import { describe, expect, test } from 'vitest';
import { embedOriginsWarning } from '../../scripts/lib/build-embed.mjs';

describe('building for embedding', () => {
  test.each([undefined, '', '   '])(
    'with VITE_EMBED_ALLOWED_ORIGINS %j the build warns and says how to allow hosts',
    (raw) => {
      const warning = embedOriginsWarning(raw);
      expect(warning).toContain("only to pages of the app's own origin");
      expect(warning).toContain('VITE_EMBED_ALLOWED_ORIGINS="https://');
      expect(warning).toContain('"*"');
      expect(warning).toContain('frame-ancestors');
    },
  );

  test.each(['https://support.example.jp', '*'])(
    'with VITE_EMBED_ALLOWED_ORIGINS=%s it does not warn',
    (raw) => {
      expect(embedOriginsWarning(raw)).toBeUndefined();
    },
  );
});
