import { readFileSync } from 'node:fs';
import { createTranslator, describeMemberReason, describeResourceStatus, ELB_RESOURCE_STATUSES, en as enUi, enResource, enResourceBase, getResourceStatusInfo, MEMBER_REASON_CODES, resolveResourceStatus, type ElbApi, type MessageKey, type ResourceStatusField } from 'elb-status-ui/core';
import { MAX_RESOURCE_STATUS_LENGTH } from '../../src/core/resourceStatus.js';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';
import { buildResourceStatusRows } from '../../scripts/resource-status-lib.mjs';

interface FactValue {
  api: ElbApi;
  field: 'provisioning_status' | 'operating_status';
  value: string;
  resources: string[];
  transitional: boolean;
  suggested_severity: string;
  alias_of?: string;
}
const facts = JSON.parse(readFileSync('data/resource-status.json', 'utf8')) as {
  values: FactValue[];
  member_reason_codes: Array<{ code: string }>;
};
const fieldOf = (f: FactValue['field']): ResourceStatusField => (f === 'provisioning_status' ? 'provisioning' : 'operating');
const en = { ...enUi, ...enResourceBase, ...enResource };
const LOCALES = { en, de, 'zh-CN': zhCN } as const;

describe('the resource status vocabulary', () => {
  it('every value of the facts file has a label and a description in en, de and zh-CN', () => {
    expect(facts.values.length).toBeGreaterThan(40);
    for (const fact of facts.values) {
      const field = fieldOf(fact.field);
      for (const resource of [undefined, ...fact.resources.filter((r) => r !== 'amphora')] as const) {
        const r = resolveResourceStatus(fact.value, field, { api: fact.api, resource: resource as never });
        expect(r.info.documented, `${fact.api} ${fact.value}`).toBe(true);
        expect(r.api, `${fact.api} ${fact.value}`).toBe(fact.api);
        for (const [locale, bundle] of Object.entries(LOCALES)) {
          const where = `${locale} ${fact.api} ${field} ${fact.value} ${resource ?? ''}`;
          expect((bundle as Record<string, string>)[r.labelKey as string], where).toBeTruthy();
          expect((bundle as Record<string, string>)[r.descriptionKey as string], where).toBeTruthy();
          if (field === 'provisioning') expect((bundle as Record<string, string>)[r.shortKey as string], where).toBeTruthy();
        }
      }
    }
  });

  it('severity and transitional match the facts file for every value and API (no resource, no admin state)', () => {
    for (const fact of facts.values) {
      const info = getResourceStatusInfo(fact.value, fieldOf(fact.field), { api: fact.api });
      expect(info.severity, `${fact.api} ${fact.value}`).toBe(fact.suggested_severity);
      expect(info.transitional, `${fact.api} ${fact.value}`).toBe(fact.transitional);
      expect(info.value).toBe(fact.alias_of ?? fact.value);
    }
  });

  it('the member reason codes all have explanations in every locale', () => {
    expect(MEMBER_REASON_CODES).toEqual(facts.member_reason_codes.map((r) => r.code));
    for (const code of MEMBER_REASON_CODES) {
      for (const bundle of Object.values(LOCALES)) expect((bundle as Record<string, string>)[`rs.reason.${code}`], code).toBeTruthy();
    }
  });

  it('the generator refuses facts it cannot represent', () => {
    expect(() => buildResourceStatusRows({})).toThrow(/values/);
    expect(() => buildResourceStatusRows({ values: [{ api: 'elb-v3', field: 'x', value: 'A', suggested_severity: 'info' }] })).toThrow(/field/);
    expect(() => buildResourceStatusRows({ values: [{ api: 'elb-v3', field: 'operating_status', value: 'A', suggested_severity: 'red' }] })).toThrow(/severity/);
  });

  it('ELB_RESOURCE_STATUSES lists each value once per field, documented and frozen', () => {
    const pairs = ELB_RESOURCE_STATUSES.map((s) => `${s.field} ${s.value}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const expected = new Set(facts.values.filter((v) => !v.alias_of).map((v) => `${fieldOf(v.field)} ${v.value}`));
    expect(new Set(pairs)).toEqual(expected);
    expect(ELB_RESOURCE_STATUSES.every((s) => s.documented)).toBe(true);
    expect(Object.isFrozen(ELB_RESOURCE_STATUSES)).toBe(true);
    expect(Object.isFrozen(ELB_RESOURCE_STATUSES[0])).toBe(true);
    expect(ELB_RESOURCE_STATUSES.find((s) => s.value === 'OFFLINE')?.severity).toBe('error');
  });
});

describe('getResourceStatusInfo', () => {
  it('normalises: trimmed, upper-case, DISABLE is DISABLED', () => {
    expect(getResourceStatusInfo('  pending_update ', 'provisioning')).toMatchObject({ value: 'PENDING_UPDATE', transitional: true, severity: 'info', documented: true });
    expect(getResourceStatusInfo('Disable', 'operating')).toMatchObject({ value: 'DISABLED', documented: true });
  });

  it("OFFLINE: Octavia's is administratively disabled or not reporting, ELB's is down", () => {
    expect(getResourceStatusInfo('OFFLINE', 'operating', { api: 'octavia-v2' }).severity).toBe('info');
    expect(getResourceStatusInfo('OFFLINE', 'operating', { api: 'octavia-v2', adminStateUp: false }).severity).toBe('info');
    expect(getResourceStatusInfo('OFFLINE', 'operating', { api: 'octavia-v2', adminStateUp: true }).severity).toBe('warning');
    expect(getResourceStatusInfo('OFFLINE', 'operating', { api: 'elb-v3', resource: 'member' }).severity).toBe('error');
    expect(getResourceStatusInfo('OFFLINE', 'operating', { api: 'elb-v2', resource: 'member' }).severity).toBe('error');
    expect(getResourceStatusInfo('OFFLINE', 'operating').severity).toBe('error'); // elb-v3 by default
    const t = createTranslator('en');
    expect(describeResourceStatus('OFFLINE', 'operating', { api: 'octavia-v2', adminStateUp: false }, t).label).toBe('Disabled');
    expect(describeResourceStatus('OFFLINE', 'operating', { api: 'octavia-v2', adminStateUp: true }, t).label).toBe('Not reporting');
    expect(describeResourceStatus('OFFLINE', 'operating', { api: 'elb-v3' }, t).description).toMatch(/no traffic/);
  });

  it('an admin-down OFFLINE ELB member reads as DISABLED, and a DISABLED member is a warning', () => {
    expect(getResourceStatusInfo('DISABLED', 'operating', { resource: 'member' }).severity).toBe('warning');
    expect(getResourceStatusInfo('DISABLE', 'operating', { resource: 'member', api: 'elb-v2' }).severity).toBe('warning');
    expect(getResourceStatusInfo('DISABLED', 'operating', { resource: 'listener' }).severity).toBe('info');
    const t = createTranslator('en');
    const offline = describeResourceStatus('OFFLINE', 'operating', { resource: 'member', adminStateUp: false }, t);
    expect(offline.label).toBe('Disabled');
    expect(offline.info).toMatchObject({ value: 'OFFLINE', severity: 'warning' });
  });

  it('DEGRADED, FROZEN and a value another API documents', () => {
    expect(getResourceStatusInfo('degraded', 'operating')).toMatchObject({ severity: 'warning', documented: true });
    expect(getResourceStatusInfo('FROZEN', 'operating')).toMatchObject({ severity: 'error', transitional: false });
    // ELB v3 does not document PENDING_UPDATE; the shared API does.
    expect(getResourceStatusInfo('PENDING_UPDATE', 'provisioning', { api: 'elb-v3' })).toMatchObject({ transitional: true, documented: true });
    expect(getResourceStatusInfo('DRAINING', 'operating', { api: 'elb-v3' })).toMatchObject({ severity: 'info', documented: true });
  });

  it('unknown values are kept verbatim (upper-case), neutral and undocumented', () => {
    expect(getResourceStatusInfo('REBUILDING', 'provisioning')).toEqual({
      value: 'REBUILDING',
      field: 'provisioning',
      severity: 'info',
      transitional: false,
      documented: false,
    });
    // An operating value is not a provisioning value.
    expect(getResourceStatusInfo('ONLINE', 'provisioning').documented).toBe(false);
    const t = createTranslator('de', de);
    expect(describeResourceStatus('Rebuilding', 'provisioning', undefined, t)).toMatchObject({ label: 'REBUILDING', description: de['rs.undocumented'] });
  });

  it('never throws on hostile input', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      {},
      [],
      Symbol('x'),
      123,
      NaN,
      10n,
      () => 'ACTIVE',
      { toString: () => 'ACTIVE' },
      { toString() { throw new Error('boom'); } },
      new Proxy({}, { get() { throw new Error('trap'); } }),
      'x'.repeat(5_000_000),
      ' \u0000ACTIVE',
      '__proto__',
      'constructor',
    ];
    const options: unknown[] = [
      undefined,
      null,
      { api: 'nope' },
      { api: Symbol('a') },
      new Proxy({}, { get() { throw new Error('trap'); } }),
      { resource: {}, adminStateUp: 'yes' },
    ];
    for (const value of hostile) {
      for (const field of ['provisioning', 'operating', 'bogus', undefined] as unknown[]) {
        for (const option of options) {
          const info = getResourceStatusInfo(value, field as ResourceStatusField, option as never);
          expect(typeof info.value).toBe('string');
          expect(info.value.length).toBeLessThanOrEqual(MAX_RESOURCE_STATUS_LENGTH);
          expect(['success', 'info', 'warning', 'error']).toContain(info.severity);
        }
      }
    }
    expect(getResourceStatusInfo({ toString: () => 'ACTIVE' }, 'provisioning').documented).toBe(false);
    expect(getResourceStatusInfo('__proto__', 'provisioning').documented).toBe(false);
  });

  it('a fresh call returns the same frozen object (cheap in tables)', () => {
    const a = getResourceStatusInfo('active', 'provisioning');
    expect(getResourceStatusInfo('ACTIVE ', 'provisioning')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('member reasons', () => {
  const t = createTranslator('en');
  it('explains a reason object, a bare code and the mismatched codes', () => {
    expect(describeMemberReason({ reason_code: 'CONNECT_TIMEOUT' }, t)).toBe(en['rs.reason.CONNECT_TIMEOUT']);
    expect(describeMemberReason('connect_refused', t)).toBe(en['rs.reason.CONNECT_REFUSED']);
    expect(describeMemberReason({ reason_code: 'RESPONSE_MISMATCH', expected_response: '200-299', healthcheck_response: 503 }, t)).toBe(
      `${en['rs.reason.RESPONSE_MISMATCH']} Expected 200-299, received 503.`,
    );
  });

  it('shows an unknown code verbatim and bounded, and ignores garbage', () => {
    expect(describeMemberReason({ reason_code: 'NEW_THING' }, t)).toBe('Health check failed: NEW_THING');
    expect(describeMemberReason('y'.repeat(100_000), t)!.length).toBeLessThan(120);
    for (const garbage of [null, undefined, 5, {}, [], Symbol('s'), new Proxy({}, { get() { throw new Error('x'); } })]) {
      expect(describeMemberReason(garbage, t)).toBeNull();
    }
  });

  it('is translated', () => {
    const zh = createTranslator('zh-CN', zhCN);
    expect(describeMemberReason({ reason_code: 'CONNECT_TIMEOUT' }, zh)).toBe(zhCN['rs.reason.CONNECT_TIMEOUT']);
    const key: MessageKey = 'rs.reason.codes';
    expect(de[key]).toContain('{expected}');
  });
});
