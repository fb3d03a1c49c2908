import { categoryOfCode, ERROR_CODE_ROWS } from 'elb-status-ui/error-codes';
import { createTranslator, describeError, en, quotationMarks, toElbError, translateDescriptions, ELB_STATUS_CODES, type ErrorCategory, type RetryPlan } from 'elb-status-ui/core';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const t = createTranslator('en');
const CATEGORIES: ErrorCategory[] = ['invalid-input', 'not-found', 'quota', 'conflict', 'locked', 'auth', 'permission', 'throttled', 'unsupported', 'server'];

describe('hints use the catalogue whenever it is at hand', () => {
  it('every catalogue row: an error made without the catalogue gets the same category and hint as one made with it', () => {
    const differ: string[] = [];
    for (const [code, status, , , message] of ERROR_CODE_ROWS) {
      const input = { status, body: { error_code: code, error_msg: message } };
      const made = describeError(toElbError(input, undefined, { errorCodes: categoryOfCode }), t);
      const late = describeError(toElbError(input), t, { errorCodes: categoryOfCode });
      if (late.hint !== made.hint || late.category !== made.category || late.title !== made.title) differ.push(`${code} ${status}`);
    }
    expect(differ).toEqual([]);
    expect(ERROR_CODE_ROWS.length).toBeGreaterThan(400);
  });

  it('ELB.1003 on a 400 reads as "not found", not "invalid input"', () => {
    const error = toElbError({ status: 400, body: { error_code: 'ELB.1003', error_msg: 'Lb not exist.' } });
    expect(describeError(error, t).category).toBe('invalid-input');
    expect(describeError(error, t, { errorCodes: categoryOfCode })).toMatchObject({ category: 'not-found', hint: en['hint.not-found'] });
  });

  it('a failing or unknowing lookup keeps the error own category', () => {
    const error = toElbError({ status: 409, body: { error_code: 'ELB.X', error_msg: 'Listener already exists.' } });
    expect(describeError(error, t, { errorCodes: () => null }).category).toBe('conflict');
    expect(describeError(error, t, { errorCodes: () => { throw new Error('broken'); } }).category).toBe('conflict');
  });
});

describe('hints agree with the retry plan', () => {
  const bundles = [
    ['en', createTranslator('en'), /in a moment|wait a moment/i, /try again|retr/i],
    ['de', createTranslator('de', de), /\bgleich\b|einen Moment|kurz/i, /versuchen Sie es|erneut versuchen|noch einmal|wiederhol/i],
    ['zh-CN', createTranslator('zh-CN', zhCN), /稍后|稍候|片刻/, /重试|再试/],
  ] as const;

  it.each(bundles)('%s: no "in a moment" while a countdown runs, no "try again" when retrying cannot help', (_locale, tr, soon, again) => {
    for (const category of CATEGORIES) {
      const error = { kind: 'http' as const, status: 503, severity: 'error' as const, category, retryable: true };
      const scheduled = describeError(error, tr, { retry: 'scheduled' }).hint!;
      expect(scheduled, `${category} scheduled`).not.toMatch(soon);
      for (const plan of ['none', 'later'] as RetryPlan[]) {
        const hint = describeError({ ...error, retryable: plan !== 'none' }, tr, { retry: plan }).hint!;
        expect(hint, `${category} ${plan}`).not.toMatch(again);
        expect(hint, `${category} ${plan}`).not.toMatch(soon);
      }
    }
  });

  it('without a plan, a failure that is not retryable gets the hint without a retry', () => {
    const error = toElbError(505);
    expect(error.retryable).toBe(false);
    expect(describeError(error, t).hint).toBe(en['hint.server.final']);
    expect(describeError(toElbError(503), t).hint).toBe(en['hint.server']);
    expect(describeError(toElbError(503), t, { retry: 'scheduled' }).hint).toBe(en['hint.server.auto']);
  });
});

describe('status descriptions and quotes in the reader language', () => {
  it.each([['de', de], ['zh-CN', zhCN]] as const)('%s translates every line of every documented status', (locale, bundle) => {
    const tr = createTranslator(locale, bundle);
    for (const info of ELB_STATUS_CODES) {
      const lines = translateDescriptions(info.status, info.descriptions, tr);
      expect(lines).toHaveLength(info.descriptions.length);
      lines.forEach((line, i) => expect(line, `${info.status}.${i + 1}`).not.toBe(info.descriptions[i]));
      // The verbatim English stays on the StatusInfo.
      expect(info.descriptions.join(' ')).toMatch(/^[\x20-\x7e]+$/);
    }
    const keys = Object.keys(bundle).filter((k) => k.startsWith('desc.'));
    expect(keys.length).toBe(ELB_STATUS_CODES.reduce((n, info) => n + info.descriptions.length, 0));
  });

  it('English (and a partial bundle) fall back to the verbatim lines', () => {
    const info = ELB_STATUS_CODES.find((i) => i.status === 400)!;
    expect(translateDescriptions(400, info.descriptions, t)).toEqual(info.descriptions);
    const partial = createTranslator('de', { 'desc.400.2': 'Zu langer Anfrage-Header.' });
    expect(translateDescriptions(400, info.descriptions, partial)).toEqual([info.descriptions[0], 'Zu langer Anfrage-Header.', info.descriptions[2], info.descriptions[3]]);
    expect(translateDescriptions(null, ['x'], createTranslator('de', de))).toEqual(['x']);
  });

  it('quotation marks follow the locale', () => {
    expect(quotationMarks(t)).toEqual(['“', '”']);
    expect(quotationMarks(createTranslator('de', de))).toEqual(['„', '“']);
    expect(quotationMarks(createTranslator('zh-CN', zhCN))).toEqual(['“', '”']);
  });
});
