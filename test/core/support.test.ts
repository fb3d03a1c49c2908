import fc from 'fast-check';
import { createTranslator, docsLink, formatAge, formatErrorSummary, requestScope, toElbError } from 'elb-status-ui/core';
import { nextAgeChange } from '../../src/core/support.js';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const PROJECT = '0a1b2c3d4e5f67890a1b2c3d4e5f6789';
const UUID = '6d7d1e5c-9b2a-4f7e-8c3d-2a1b0c9d8e7f';

describe('formatAge: the age of a failure in words', () => {
  it.each([
    ['en', 2 * 60_000 + 59_000, '2 minutes ago'],
    ['de', 2 * 60_000, 'vor 2 Minuten'],
    ['zh-CN', 2 * 60_000, '2分钟前'],
    ['en', 5_000, '5 seconds ago'],
    ['en', 3 * 3_600_000, '3 hours ago'],
    ['de', 26 * 3_600_000, 'gestern'],
    ['en', 40 * 86_400_000, 'last month'],
    ['zh-CN', 3 * 365 * 86_400_000, '3年前'],
  ])('%s, %i ms ago: %s', (locale, ago, expected) => {
    expect(formatAge(NOW - ago, NOW, locale)).toBe(expected);
  });

  it('keeps each locale apart when formatters are reused, and falls back to English for a bad tag every time', () => {
    for (let i = 0; i < 3; i++) {
      expect(formatAge(NOW - 120_000, NOW, 'de')).toBe('vor 2 Minuten');
      expect(formatAge(NOW - 120_000, NOW, 'zh-CN')).toBe('2分钟前');
      expect(formatAge(NOW - 120_000, NOW, 'not a tag!')).toBe('2 minutes ago');
    }
    // Many distinct tags (a locale from user input) neither throw nor change what the others say.
    for (let i = 0; i < 200; i++) formatAge(NOW - 1_000, NOW, `x-private-${i}`);
    expect(formatAge(NOW - 120_000, NOW, 'de')).toBe('vor 2 Minuten');
  });

  it('reads a time in the future (clock skew) as now, in each locale', () => {
    expect(formatAge(NOW + 90_000, NOW, 'en')).toBe('now');
    expect(formatAge(NOW + 1e300, NOW, 'de')).toBe('jetzt');
    expect(formatAge(1e300, NOW, 'zh-CN')).toBe('现在');
  });

  it('never throws for odd times and gives "" when there is no age', () => {
    const odd: unknown[] = [NaN, Infinity, -Infinity, undefined, null, '2026-12-07', {}, Symbol('t'), 10n];
    for (const time of odd) {
      expect(formatAge(time, NOW, 'en')).toBe('');
      expect(formatAge(NOW, time, 'en')).toBe('');
      expect(nextAgeChange(time, NOW)).toBeNull();
    }
    expect(formatAge(-1e300, NOW, 'en')).toMatch(/^[\d,]+ years ago$/);
    expect(formatAge(-8.64e15, 8.64e15, 'en')).toMatch(/years ago$/);
  });

  it('falls back to English for a locale Intl rejects', () => {
    expect(formatAge(NOW - 120_000, NOW, 'not a locale!')).toBe('2 minutes ago');
  });

  it('ticks only when the text can change, within 1 s and a day', () => {
    expect(nextAgeChange(NOW - 5_400, NOW)).toBe(1000); // counts seconds: at least a second
    expect(nextAgeChange(NOW - 150_000, NOW)).toBe(30_000); // 2.5 min: next whole minute
    expect(nextAgeChange(NOW - 2 * 3_600_000, NOW)).toBe(3_600_000);
    expect(nextAgeChange(NOW - 1e15, NOW)).toBe(86_400_000);
    expect(nextAgeChange(NOW + 1e300, NOW)).toBe(1000);
  });
});

describe('requestScope: project id and region a URL names', () => {
  it.each<[string, string | null, string | null]>([
    [`https://elb.eu-de.otc.t-systems.com/v3/${PROJECT}/elb/loadbalancers?limit=1`, PROJECT, 'eu-de'],
    [`https://elb.cn-north-4.myhuaweicloud.com/v3/${PROJECT}/elb/listeners/${UUID}`, PROJECT, 'cn-north-4'],
    [`https://elb.eu-ch2.sc.otc.t-systems.com/v2/${PROJECT}/elb/pools`, PROJECT, 'eu-ch2'],
    [`https://elb.ap-southeast-1.myhuaweicloud.com:443/v1.0/${PROJECT}/elbaas/loadbalancers`, PROJECT, 'ap-southeast-1'],
    [`https://[redacted]@elb.eu-nl.otc.t-systems.com/v3/${UUID}/elb/members`, UUID, 'eu-nl'],
    ['https://elb.example/v3/p/elb/loadbalancers?token=[redacted]', 'p', null],
    ['https://elb.eu-de.example/v3/p/elb/loadbalancers/1', 'p', 'eu-de'],
    ['/v3/p/elb/pools', 'p', null],
    [`/api/proxy/v3/${PROJECT}/elb/pools`, PROJECT, null],
    ['https://vpc.eu-de.otc.t-systems.com/v2.0/lbaas/loadbalancers', null, 'eu-de'],
    ['https://elb.example/v2/lbaas/pools', null, null],
    ['https://elb.example/v3/lbs?limit=10', null, null],
    ['https://elb.example/v3/elb/loadbalancers', null, null],
    ['https://api.my-company.com/v3/lbs', null, null],
    ['https://elb.example.com/v3/x', null, null],
    ['https://10.0.0.1:8443/v3/p/elb/pools', 'p', null],
    ['https://[::1]:8443/v3/p/elb/pools', 'p', null],
    ['https://elb.example/x?next=/v3/p/elb/pools', null, null],
    [`https://elb.example/x#/v3/${PROJECT}/elb`, null, null],
    ['https://elb.example/v3/[redacted]/elb/pools', null, null],
    ['', null, null],
    ['not a url', null, null],
  ])('%s', (url, projectId, region) => {
    expect(requestScope(url)).toEqual({ projectId, region });
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('u'), () => 'x', new URL('https://elb.eu-de.otc.t-systems.com/v3/p/elb')]) {
      expect(requestScope(value)).toEqual({ projectId: null, region: null });
    }
  });

  it('stays bounded on hostile and huge input', () => {
    const hostile = [
      'https://' + 'a.'.repeat(200_000) + 'com/' + 'v3/'.repeat(100_000),
      '/v3/' + 'a'.repeat(500_000) + '/elb',
      '/v3/'.repeat(200_000) + `${PROJECT}/elb`,
      'https://' + 'eu-'.repeat(100_000) + 'de.x.y/v1.0/' + '-'.repeat(100_000),
      'https://' + '@'.repeat(300_000),
      'x://'.repeat(100_000),
    ];
    for (const url of hostile) {
      const scope = requestScope(url);
      expect(scope.projectId === null || scope.projectId.length <= 64).toBe(true);
      expect(scope.region === null || scope.region.length <= 64).toBe(true);
    }
    // Only the first MAX_URL characters count: a project named after them is not looked for.
    expect(requestScope('https://elb.example/' + 'x/'.repeat(2000) + `v3/${PROJECT}/elb`).projectId).toBeNull();
  }, 10_000);
});

describe('docsLink: the documentation URL of an ELB code', () => {
  it('takes a function', () => {
    expect(docsLink((code) => `https://docs.example.com/errors/${code}`, 'ELB.8902')).toBe('https://docs.example.com/errors/ELB.8902');
  });

  it('takes a template, the code URL-encoded (what a Server Component passes)', () => {
    const template = 'https://docs.example.com/errors#{code}';
    expect(JSON.parse(JSON.stringify({ docsUrl: template })).docsUrl).toBe(template); // plain data crosses the boundary
    expect(docsLink(template, 'ELB.8902')).toBe('https://docs.example.com/errors#ELB.8902');
    expect(docsLink('https://docs.example.com/e?c={code}&again={code}', 'a b&c/"<x>')).toBe('https://docs.example.com/e?c=a%20b%26c%2F%22%3Cx%3E&again=a%20b%26c%2F%22%3Cx%3E');
  });

  it.each([
    ['javascript:alert(1)//{code}'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:x'],
    ['//docs.example.com/{code}'],
    ['/errors/{code}'],
    ['https://'],
    ['https://docs.example.com/a b'],
    ['https://docs.example.com/\u0000x'],
    ['ftp://docs.example.com/{code}'],
    ['https://' + 'a'.repeat(5000)],
  ])('rejects %s', (url) => {
    expect(docsLink(url, 'ELB.1')).toBeNull();
    expect(docsLink(() => url, 'ELB.1')).toBeNull();
  });

  it('ignores a function that throws or returns something other than a string', () => {
    expect(docsLink(() => {
      throw new Error('boom');
    }, 'ELB.1')).toBeNull();
    for (const value of [undefined, null, 42, {}, new URL('https://docs.example.com/')]) {
      expect(docsLink(() => value as never, 'ELB.1')).toBeNull();
    }
  });

  it('adds nothing without a source or a code', () => {
    expect(docsLink(undefined, 'ELB.1')).toBeNull();
    expect(docsLink('https://docs.example.com/{code}', null)).toBeNull();
    expect(docsLink('https://docs.example.com/{code}', '')).toBeNull();
    expect(docsLink('https://docs.example.com/{code}', 'x'.repeat(10_000))).toBeNull();
    expect(docsLink(42 as never, 'ELB.1')).toBeNull();
  });
});

describe('the copied summary names project, region, age and documentation', () => {
  const error = toElbError(
    { status: 409, body: { error_code: 'ELB.8902', error_msg: 'Load balancer is busy.', request_id: 'req-1' } },
    { method: 'PUT', url: `https://elb.eu-de.otc.t-systems.com/v3/${PROJECT}/elb/loadbalancers/${UUID}?token=SECRET` },
  );
  const frozen = { ...error, time: NOW - 120_000 } as typeof error;

  it.each([
    ['en', undefined, ['Project ID: ' + PROJECT, 'Region: eu-de', 'Time: 2026-12-07T11:58:00.000Z (2 minutes ago)', 'Documentation: https://docs.example.com/errors#ELB.8902']],
    ['de', de, ['Projekt-ID: ' + PROJECT, 'Region: eu-de', 'Zeit: 2026-12-07T11:58:00.000Z (vor 2 Minuten)', 'Dokumentation: https://docs.example.com/errors#ELB.8902']],
    ['zh-CN', zhCN, ['项目 ID: ' + PROJECT, '区域: eu-de', '时间: 2026-12-07T11:58:00.000Z （2分钟前）', '文档: https://docs.example.com/errors#ELB.8902']],
  ] as const)('%s', (locale, messages, lines) => {
    const text = formatErrorSummary(frozen, createTranslator(locale, messages), { now: NOW, locale, docsUrl: 'https://docs.example.com/errors#{code}' });
    for (const line of lines) expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('SECRET');
  });

  it('leaves the lines out when the URL names nothing, there is no docsUrl, or the time is odd', () => {
    const plain = toElbError(503, { url: 'https://elb.example/v3/lbs' });
    const text = formatErrorSummary({ ...plain, time: NaN } as typeof plain, undefined, { now: NOW });
    expect(text).not.toMatch(/Project ID|Region|Documentation|ago/);
    expect(text).toMatch(/^Time: NaN$/m);
    expect(() => formatErrorSummary({ ...plain, time: 1e300 } as typeof plain, undefined, { now: NOW, docsUrl: () => 'javascript:alert(1)' })).not.toThrow();
  });

  it('defaults to the current time', () => {
    const text = formatErrorSummary(toElbError(503, { url: `/v3/${PROJECT}/elb/pools` }));
    expect(text).toMatch(/\((now|\d+ seconds? ago)\)$/m);
    expect(text).toContain(`Project ID: ${PROJECT}`);
  });
});

describe('properties', () => {
  it('requestScope never throws and returns only well-formed parts, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webUrl({ withQueryParameters: true, withFragments: true })), fc.string({ maxLength: 40 }), (url, tail) => {
        const scope = requestScope(url + tail);
        if (scope.projectId !== null) expect(scope.projectId).toMatch(/^[\w-]{1,64}$/);
        if (scope.region !== null) expect(scope.region).toMatch(/^[a-z]{2}(-[a-z\d]{1,20}){1,3}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('docsLink gives only http(s) URLs, whatever the template or the function returns', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (template, code) => {
        for (const link of [docsLink(template, code), docsLink(() => template, code)]) {
          if (link !== null) expect(new URL(link).protocol).toMatch(/^https?:$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('formatAge never throws for any pair of numbers', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.constantFrom('en', 'de', 'zh-CN'), (time, now, locale) => {
        expect(typeof formatAge(time, now, locale)).toBe('string');
        const wait = nextAgeChange(time, now);
        if (wait !== null) expect(wait >= 1000 && wait <= 86_400_000).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
