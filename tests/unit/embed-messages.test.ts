// The embed message protocol: what either side accepts from postMessage, and what it passes on.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  appRelativePath,
  envelope,
  HELLO_INTERVAL,
  MAX_HEIGHT,
  MAX_PATH,
  rateLimit,
  readMessage,
} from '@/features/embed/protocol';

const base = { source: 'mail-troubleshooter', version: 1 };

describe('messages between the frame and the host page', () => {
  test('every message we send is read back as the same message', () => {
    const sent = [
      { type: 'hello' },
      { type: 'ready' },
      { type: 'resize', height: 812 },
      { type: 'navigate', path: '/ja/encryption-mismatch/client/', title: 'どのアプリ？' },
      { type: 'outcome', guide: 'encryption-mismatch', node: 'resolved', outcome: 'handoff' },
    ] as const;
    for (const message of sent) expect(readMessage(envelope(message))).toEqual(message);
  });

  test.each([
    ['no source', { version: 1, type: 'ready' }],
    ['another source', { ...base, source: 'iframe-resizer', type: 'ready' }],
    ['another version', { ...base, version: 2, type: 'ready' }],
    ['an unknown type', { ...base, type: 'eval', code: 'alert(1)' }],
    ['a string', JSON.stringify({ ...base, type: 'ready' })],
    ['null', null],
    ['a negative height', { ...base, type: 'resize', height: -1 }],
    ['a huge height', { ...base, type: 'resize', height: MAX_HEIGHT + 1 }],
    ['a NaN height', { ...base, type: 'resize', height: Number.NaN }],
    ['a height as text', { ...base, type: 'resize', height: '300' }],
    [
      'a path with answers in its query',
      { ...base, type: 'navigate', path: '/ja/g/n/?client=outlook', title: 't' },
    ],
    ['a path with a fragment', { ...base, type: 'navigate', path: '/ja/g/n/#step-2', title: 't' }],
    ['an absolute URL as path', { ...base, type: 'navigate', path: 'https://evil.example/', title: 't' }],
    ['a protocol-relative path', { ...base, type: 'navigate', path: '//evil.example/', title: 't' }],
    ['a navigate without title', { ...base, type: 'navigate', path: '/ja/' }],
    ['a path that climbs with ".."', { ...base, type: 'navigate', path: '/ja/../../admin/', title: 't' }],
    ['a path ending in ".."', { ...base, type: 'navigate', path: '/ja/g/..', title: 't' }],
    ['a path with a "." segment', { ...base, type: 'navigate', path: '/ja/./g/', title: 't' }],
    ['a path that climbs with "%2e%2e"', { ...base, type: 'navigate', path: '/ja/%2e%2E/x/', title: 't' }],
    ['a path that climbs with ".%2e"', { ...base, type: 'navigate', path: '/ja/.%2e/x/', title: 't' }],
    [
      'a path longer than any app path',
      { ...base, type: 'navigate', path: `/${'a'.repeat(MAX_PATH)}`, title: 't' },
    ],
    [
      'an outcome with a bad node id',
      { ...base, type: 'outcome', guide: 'g', node: 'A B', outcome: 'resolved' },
    ],
    ['an outcome of an unknown kind', { ...base, type: 'outcome', guide: 'g', node: 'n', outcome: 'maybe' }],
  ])('a message with %s is ignored', (_name, data) => {
    expect(readMessage(data)).toBeUndefined();
  });

  test('fields the protocol does not define are dropped, so they never reach host listeners', () => {
    const read = readMessage({
      ...base,
      type: 'navigate',
      path: '/ja/encryption-mismatch/check-port/',
      title: 'Port',
      answers: { port: '587' },
      summary: 'server: mail.example.jp',
    });
    expect(read).toEqual({ type: 'navigate', path: '/ja/encryption-mismatch/check-port/', title: 'Port' });
  });

  test('a fractional height is rounded up, so the last pixel row is never cut off', () => {
    expect(readMessage({ ...base, type: 'resize', height: 640.2 })).toEqual({ type: 'resize', height: 641 });
  });

  test('whatever arrives, a navigate path read from it has no query, fragment or other origin', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, title) => {
        const read = readMessage({ ...base, type: 'navigate', path, title });
        if (read?.type !== 'navigate') return;
        expect(read.path).toMatch(/^\/(?!\/)[^?#:]*$/);
        expect(new URL(read.path, 'https://app.example/').origin).toBe('https://app.example');
      }),
    );
  });

  test('dots inside a segment are not a climb: such a path is still read', () => {
    for (const path of ['/ja/g/n.v2/', '/ja/.well-known/', '/ja/g/.../', `/${'a'.repeat(MAX_PATH - 1)}`]) {
      expect(readMessage({ ...base, type: 'navigate', path, title: 't' })).toEqual({
        type: 'navigate',
        path,
        title: 't',
      });
    }
  });

  test('whatever arrives, a navigate path read from it stays under the base path it is resolved against', () => {
    const pathPart = fc.constantFrom('/', '.', '..', '%2e', '%2E', 'a', '-', '~', '%');
    fc.assert(
      fc.property(fc.array(pathPart, { maxLength: 30 }), (parts) => {
        const read = readMessage({ ...base, type: 'navigate', path: `/${parts.join('')}`, title: '' });
        if (read?.type !== 'navigate') return;
        expect(new URL(`.${read.path}`, 'https://app.example/help/mail/').pathname).toMatch(
          /^\/help\/mail\//,
        );
      }),
    );
  });

  test('hellos are answered at most once per interval of the clock, however many arrive', () => {
    const allowed = rateLimit(HELLO_INTERVAL);
    const answeredAt = [0, 10, 100, 249, 250, 251, 499, 500, 900, 999].filter((t) => allowed(t));
    expect(answeredAt).toEqual([0, 250, 500, 900]);
    const flood = rateLimit(HELLO_INTERVAL);
    const inOneSecond = Array.from({ length: 1000 }, (_, t) => t).filter((t) => flood(t));
    expect(inOneSecond.length).toBeLessThanOrEqual(4);
  });

  test('the path reported to the host drops answers, the step and the base path', () => {
    expect(appRelativePath('/ja/g/n/?client=outlook#step-2', '')).toBe('/ja/g/n/');
    expect(appRelativePath('/help/mail/ja/missing/', '/help/mail')).toBe('/ja/missing/');
    expect(appRelativePath('/ja/g/n/', '/help/mail')).toBe('/ja/g/n/');
  });
});
