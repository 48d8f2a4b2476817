// What embed.js makes of a host's data-* attributes: colours, theme, language, start page, iframe URL.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { appBase, embedPath, frameUrl, readAccent, readLang, readTheme } from '@/features/embed/protocol';
import { DEFAULT_MAX_HEIGHT, readMaxHeight } from '../../embed/host-options';

describe('options a host page sets on the embed', () => {
  test.each([
    ['#0a66c2', '0a66c2'],
    ['0A66C2', '0a66c2'],
    ['#fc0', 'fc0'],
  ])('the brand colour %s is passed on as %s', (input, expected) => {
    expect(readAccent(input)).toBe(expected);
  });

  test.each([
    'red',
    '#12345',
    '#1234567',
    '#0a66c2;background:url(https://evil.test)',
    '0a66c2" onload="alert(1)',
    'rgb(0,0,0)',
    '',
    null,
  ])('the brand colour %s is ignored', (input) => {
    expect(readAccent(input)).toBeUndefined();
  });

  test('no colour string of any kind puts anything but hex digits into the frame URL', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const url = new URL(frameUrl('https://app.example/', '/ja/', undefined, readAccent(input)));
        const accent = url.searchParams.get('accent');
        if (accent !== null) expect(accent).toMatch(/^([0-9a-f]{3}|[0-9a-f]{6})$/);
        expect([...url.searchParams.keys()].every((k) => k === 'embed' || k === 'accent')).toBe(true);
      }),
    );
  });

  test('light and dark are passed on; auto and anything else leave it to the reader', () => {
    expect(readTheme('light')).toBe('light');
    expect(readTheme('dark')).toBe('dark');
    expect(readTheme('auto')).toBeUndefined();
    expect(readTheme('Dark')).toBeUndefined();
    expect(readTheme(null)).toBeUndefined();
  });

  test("the language is data-lang, else the host page's language, else Japanese", () => {
    expect(readLang('en', 'ja')).toBe('en');
    expect(readLang('ja', 'en-US')).toBe('ja');
    expect(readLang(null, 'en-GB')).toBe('en');
    expect(readLang('fr', 'en')).toBe('en');
    expect(readLang(null, 'fr')).toBe('ja');
    expect(readLang(null, '')).toBe('ja');
  });

  test('the embed opens the named node, the guide start, or the home page', () => {
    expect(embedPath('ja', 'encryption-mismatch', 'provider')).toBe('/ja/encryption-mismatch/provider/');
    expect(embedPath('en', 'encryption-mismatch', null)).toBe('/en/encryption-mismatch/');
    expect(embedPath('en', 'encryption-mismatch', '../../x')).toBe('/en/encryption-mismatch/');
    expect(embedPath('ja', null, 'provider')).toBe('/ja/');
    expect(embedPath('ja', '../admin', null)).toBe('/ja/');
  });

  test("the app's location comes from embed.js's own URL, under any base path", () => {
    const page = 'https://help.example.com/faq/mail.html';
    expect(appBase('https://app.example/embed.js', page)).toBe('https://app.example/');
    expect(appBase('https://app.example/help/mail/embed.js?v=3#x', page)).toBe(
      'https://app.example/help/mail/',
    );
    expect(appBase('/mail/embed.js', page)).toBe('https://help.example.com/mail/');
    expect(appBase('https://app.example/help/mail', page)).toBe('https://app.example/help/mail/');
    expect(appBase('https://app.example/help/mail/', page)).toBe('https://app.example/help/mail/');
  });

  test('an app location that is not http(s) is refused', () => {
    const page = 'https://help.example.com/';
    expect(appBase('javascript:alert(1)//embed.js', page)).toBeUndefined();
    expect(appBase('data:text/html,<script>alert(1)</script>', page)).toBeUndefined();
    expect(appBase('http://[bad', page)).toBeUndefined();
    expect(appBase('', page)).toBeUndefined();
    expect(appBase(null, page)).toBeUndefined();
  });

  test('the iframe URL is the app path in embed mode with the validated theme and colour', () => {
    expect(frameUrl('https://app.example/help/', '/ja/encryption-mismatch/client/', 'dark', '0a66c2')).toBe(
      'https://app.example/help/ja/encryption-mismatch/client/?embed=1&theme=dark&accent=0a66c2',
    );
    expect(frameUrl('https://app.example/', '/en/')).toBe('https://app.example/en/?embed=1');
    // A path that is not an app path (another origin) falls back to the app's own base.
    expect(frameUrl('https://app.example/help/', '//evil.test/x')).toBe('https://app.example/help/?embed=1');
  });

  test('a path that climbs out of the base path falls back to the base', () => {
    for (const path of ['/../admin/', '/ja/../../admin/', '/%2e%2e/admin/', '/ja/.%2E/.%2e/x']) {
      expect(frameUrl('https://app.example/help/', path)).toBe('https://app.example/help/?embed=1');
    }
  });

  test('data-max-height caps the frame at that many CSS pixels', () => {
    expect(readMaxHeight('800')).toBe(800);
    expect(readMaxHeight('100')).toBe(100);
    expect(readMaxHeight('100000')).toBe(100_000);
  });

  test.each([null, '', '0', '99', '-800', '800px', 'none', '100001', '1e9', 'Infinity'])(
    'data-max-height %s is ignored: the frame is capped at the default',
    (input) => {
      expect(readMaxHeight(input)).toBe(DEFAULT_MAX_HEIGHT);
    },
  );

  test('the default cap is far above any real page and far below a hostile 100,000 px', () => {
    // The tallest page measured (320 px wide, largest text) is about 12,400 px.
    expect(DEFAULT_MAX_HEIGHT).toBeGreaterThanOrEqual(15_000);
    expect(DEFAULT_MAX_HEIGHT).toBeLessThanOrEqual(25_000);
  });
});
