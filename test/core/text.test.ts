import { cleanMessage, toElbError } from 'elb-status-ui/core';
import { cleanText } from '../../src/core/text.js';
import { parseRetryAfter } from '../../src/core/retryAfter.js';

describe('cleanText: what never reaches a person', () => {
  it.each([
    ['C1 controls (NEL, CSI)', 'a\u0085b\u009bc', 'abc'],
    ['C0 controls and DEL', 'a\u0000b\u0007c\u001bd\u007fe', 'abcde'],
    ['the Arabic letter mark U+061C', 'a\u061Cb', 'ab'],
    ['the word joiner U+2060 and invisible operators', 'a\u2060b\u2062c\u2064d', 'abcd'],
    ['the byte order mark U+FEFF', '\uFEFFab\uFEFFc', 'abc'],
    ['the soft hyphen U+00AD', 'pass\u00ADword', 'password'],
    ['the Mongolian vowel separator U+180E', 'a\u180Eb', 'ab'],
    ['zero-width characters U+200B-U+200F', 'a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff', 'abcdef'],
    ['bidi embeddings and overrides U+202A-U+202E', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['bidi isolates U+2066-U+2069', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['tag characters U+E0000-U+E007F', `a${String.fromCodePoint(0xe0001, 0xe0041, 0xe007f, 0xe0000)}b`, 'ab'],
    ['lone surrogates', 'a\ud800b\udc00c\udbff', 'abc'],
  ])('strips %s', (_label, input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('keeps surrogate pairs (emoji, CJK extension B) and ordinary scripts', () => {
    expect(cleanText('ok 👍 𠀀 Grüße 负载均衡器 مرحبا')).toBe('ok 👍 𠀀 Grüße 负载均衡器 مرحبا');
  });

  it('folds line breaks and other white space into single spaces (words never run together)', () => {
    expect(cleanText('line one\nline two\r\n\tthree\u2028four')).toBe('line one line two three four');
  });

  it('caps combining marks on one character', () => {
    const zalgo = `Z${'\u0301'.repeat(1000)}a${'\u0308\u0323'.repeat(10)}`;
    const out = cleanText(zalgo)!;
    expect(out).toBe(`Z\u0301\u0301\u0301a\u0308\u0323\u0308`);
    // Legitimate marks stay: Vietnamese, decomposed German, Devanagari.
    expect(cleanText('Vie\u0302\u0323t, u\u0308ber, नमस्ते')).toBe('Vie\u0302\u0323t, u\u0308ber, नमस्ते');
  });
});

describe('identifiers', () => {
  it('are one word: no inner white space', () => {
    expect(toElbError({ status: 400, body: { error_code: 'ELB.1003 <b>x</b>', error_msg: 'm', request_id: 'req 42\tx' } })).toMatchObject({ code: 'ELB.1003', requestId: 'req' });
    expect(toElbError({ status: 400, headers: { 'x-request-id': ' \u200Breq-1 2 ' } }).requestId).toBe('req-1');
  });
});

describe('cleanMessage: a server message that is not one', () => {
  it.each([
    ['markup after some words', 'Gateway error <html><body><h1>502</h1></body></html>'],
    ['a document', '<!DOCTYPE html><html>…'],
    ['an XML declaration', 'upstream said <?xml version="1.0"?><error/>'],
    ['a body in the middle', 'upstream failed: <body>Bad Gateway</body>'],
    ['mostly punctuation', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['],
    ['a JSON fragment', '{"a":[1,{"b":{}}]}'],
    ['only symbols', '!!! ??? ...'],
  ])('%s is not shown', (_label, text) => {
    expect(cleanMessage(text)).toBeNull();
    expect(toElbError({ status: 502, body: { error_msg: text } }).serverMessage).toBeNull();
  });

  it.each([
    'Invalid value <none> for field listener_id.',
    'Load Balancer 8a2c is immutable and cannot be updated.',
    'Quota exceeded (10/10).',
    '负载均衡器不存在。',
    '404',
    'Name "<b>web</b>" is not allowed.',
  ])('%s is shown', (text) => {
    expect(cleanMessage(text)).toBe(text);
  });
});

describe('parseRetryAfter: waits past the largest date', () => {
  it('clamps so that now + wait is still a valid date', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    for (const value of ['9999999999999', '9'.repeat(400)]) {
      const ms = parseRetryAfter(value, now)!;
      expect(ms).toBeGreaterThan(0);
      expect(() => new Date(now + ms).toISOString()).not.toThrow();
    }
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });
});
