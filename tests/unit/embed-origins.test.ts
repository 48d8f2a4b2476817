// Which host origins the frame talks to: the build-time allowlist (VITE_EMBED_ALLOWED_ORIGINS).
import { describe, expect, test } from 'vitest';
import { originAllowed, parseAllowlist } from '@/features/embed/protocol';

describe('the host origin allowlist', () => {
  test('with no allowlist, any web origin that does the handshake is answered', () => {
    const list = parseAllowlist(undefined);
    expect(list).toEqual([]);
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080', list)).toBe(true);
  });

  test('an opaque or non-web origin is never answered, allowlist or not', () => {
    for (const origin of ['null', '', 'file://', 'chrome-extension://abc', 'https://a.example/path']) {
      expect(originAllowed(origin, [])).toBe(false);
    }
  });

  test('listed origins are answered, others are not', () => {
    const list = parseAllowlist(' https://help.example.com/ , https://Support.Example.jp ');
    expect(list).toEqual(['https://help.example.com', 'https://support.example.jp']);
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('https://support.example.jp', list)).toBe(true);
    expect(originAllowed('http://help.example.com', list)).toBe(false);
    expect(originAllowed('https://help.example.com:8443', list)).toBe(false);
    expect(originAllowed('https://help.example.com.evil.test', list)).toBe(false);
    expect(originAllowed('https://evil.test', list)).toBe(false);
  });

  test('a wildcard entry covers subdomains but not the bare domain or look-alikes', () => {
    const list = parseAllowlist('https://*.example.com');
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('https://a.b.example.com', list)).toBe(true);
    expect(originAllowed('https://example.com', list)).toBe(false);
    expect(originAllowed('https://evilexample.com', list)).toBe(false);
    expect(originAllowed('http://help.example.com', list)).toBe(false);
    expect(originAllowed('https://help.example.com:444', list)).toBe(false);
  });

  test('a mistyped allowlist locks embedding down instead of opening it to everyone', () => {
    const list = parseAllowlist('help.example.com');
    expect(list).not.toEqual([]);
    expect(originAllowed('https://help.example.com', list)).toBe(false);
    expect(originAllowed('https://evil.test', list)).toBe(false);
  });
});
