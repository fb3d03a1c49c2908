import { createTranslator, describeError, en as enUi, enResource, enResourceBase, toElbError } from 'elb-status-ui/core';
import { resolveLocale } from '../../../src/core/messages/index.js';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

// The resource status vocabulary's English lives in modules of its own; the locales translate every key.
const en = { ...enUi, ...enResourceBase, ...enResource };
const MESSAGES = { en, de, 'zh-CN': zhCN } as const;

const keys = Object.keys(MESSAGES.en) as Array<keyof typeof en>;

describe('messages', () => {
  it.each(['de', 'zh-CN'] as const)('%s has every key, non-empty, with the same placeholders', (locale) => {
    for (const key of keys) {
      const text = MESSAGES[locale][key];
      expect(text, key).toBeTruthy();
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text), key).toEqual(placeholders(MESSAGES.en[key]));
    }
    // Besides the English keys, only translations of the status descriptions (English keeps those in StatusInfo).
    expect(Object.keys(MESSAGES[locale]).filter((k) => !k.startsWith('desc.')).sort()).toEqual([...keys].sort());
  });

  it.each([
    ['de-AT', 'de'], ['DE', 'de'], ['zh', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['zh-TW', 'en'], ['fr', 'en'], [undefined, 'en'],
  ])('resolves %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('overrides win, missing keys fall back to English, never to the key name', () => {
    const t = createTranslator('de', { ...de, 'ui.retry': 'Nochmal' });
    expect(t('ui.retry')).toBe('Nochmal');
    expect(t('ui.dismiss')).toBe('Schließen');
    const broken = createTranslator('de', { ...de, 'ui.dismiss': '' });
    expect(broken('ui.dismiss')).toBe('Dismiss'); // an empty override falls back to English
    expect(createTranslator('en')('ui.attempt', { attempt: 2, max: 3 })).toBe('Attempt 2 of 3');
    expect(createTranslator('zh-CN', zhCN)('ui.attempt', { attempt: 2, max: 3 })).toBe('第 2 次，共 3 次');
  });

  it('uses its locale to choose among bundles given per locale', () => {
    const bundles = { de, 'zh-CN': zhCN };
    expect(createTranslator('de', bundles)('ui.retry')).toBe('Erneut versuchen');
    expect(createTranslator('de-AT', bundles)('ui.retry')).toBe('Erneut versuchen');
    expect(createTranslator('zh-CN', bundles)('ui.retry')).toBe(zhCN['ui.retry']);
    expect(createTranslator('en', bundles)('ui.retry')).toBe('Retry');
    // A locale whose bundle was not given falls back to English: the core ships English only.
    expect(createTranslator('zh-CN', { de })('ui.retry')).toBe('Retry');
    expect(createTranslator('fr', bundles)('ui.retry')).toBe('Retry');
  });

  it('falls back to English for a shipped locale whose bundle is not passed (documented)', () => {
    expect(createTranslator('de')('ui.retry')).toBe('Retry');
    expect(createTranslator('de', null)('ui.dismiss')).toBe('Dismiss');
  });

  it.each([
    [503, 'The service is temporarily unavailable', 'Der Dienst ist vorübergehend nicht verfügbar', '服务暂时不可用'],
    [418, 'The request could not be processed', 'Die Anfrage konnte nicht verarbeitet werden', '无法处理该请求'],
    [599, 'The service failed', 'Der Dienst ist fehlgeschlagen', '服务处理失败'],
  ])('titles status %i in every locale', (status, enTitle, deTitle, zh) => {
    const error = toElbError(status);
    expect(describeError(error, createTranslator('en')).title).toBe(enTitle);
    expect(describeError(error, createTranslator('de', MESSAGES.de)).title).toBe(deTitle);
    expect(describeError(error, createTranslator('zh-CN', MESSAGES['zh-CN'])).title).toBe(zh);
  });

  it('gives a lock its own title and hint', () => {
    const lock = toElbError({ status: 409, body: { faultstring: 'Load Balancer 1 is immutable and cannot be updated.' } });
    const text = describeError(lock, createTranslator('en'));
    expect(text.title).toBe('The resource is busy');
    expect(text.hint).toMatch(/PENDING/);
  });

  it('titles failures without a status by kind', () => {
    const t = createTranslator('en');
    expect(describeError(toElbError(new TypeError('Failed to fetch')), t).title).toBe('No connection to the service');
    expect(describeError(toElbError(new DOMException('x', 'TimeoutError')), t).title).toBe('The request timed out');
    expect(describeError(toElbError('??'), t)).toMatchObject({ title: 'Something went wrong', hint: null });
  });
});
