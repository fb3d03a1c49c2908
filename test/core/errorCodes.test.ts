import { readFileSync } from 'node:fs';
import { ERROR_CODE_ROWS, getErrorCodeInfo, categoryOfCode } from 'elb-status-ui/error-codes';
import { toElbError } from 'elb-status-ui/core';
import { buildCatalogue } from '../../scripts/catalogue-lib.mjs';

interface SourceRow { code: string | null; status: number; message: string | null; family: string; message_variants?: string[] }
const source = JSON.parse(readFileSync('data/error-codes.json', 'utf8')) as { rows: SourceRow[] };

describe('error-code catalogue', () => {
  it('matches what the generator makes of data/error-codes.json (npm run generate is up to date)', () => {
    expect(ERROR_CODE_ROWS).toEqual(buildCatalogue(source.rows));
  });

  it('lists every published code with every published status', () => {
    for (const row of source.rows) {
      if (!row.code) continue;
      const info = getErrorCodeInfo(row.code);
      expect(info, row.code).not.toBeNull();
      expect(info!.statuses).toContain(row.status);
      if (row.message) expect(info!.messages).toContain(row.message);
      for (const variant of row.message_variants ?? []) expect(info!.messages).toContain(variant);
    }
  });

  it.each([
    ['ELB.1091', 403, 'quota'],
    ['ELB.6091', 403, 'quota'],
    ['ELB.9802', 403, 'permission'],
    ['ELB.1002', 404, 'not-found'],
    ['ELB.1101', 400, 'conflict'],
    ['APIG.0308', 429, 'throttled'],
    ['APIG.0301', 401, 'auth'],
    ['ELB.1103', 401, 'auth'],
    ['ELB.0002', 400, 'invalid-input'],
    ['ELB.3001', 400, 'server'],
    ['APIG.0202', 502, 'server'],
    ['ELB.8962', 403, 'unsupported'],
  ] as const)('%s (%i) is in category %s', (code, status, category) => {
    expect(getErrorCodeInfo(code, status)?.category).toBe(category);
  });

  it('keeps every status of a code that changed between API generations and never infers one', () => {
    expect(getErrorCodeInfo('ELB.1102')!.statuses).toEqual(expect.arrayContaining([400, 401, 403]));
    expect(getErrorCodeInfo('APIG.0201')!.statuses).toEqual(expect.arrayContaining([400, 413, 414, 494, 500, 502, 504]));
    const e = toElbError({ status: 502, body: { error_code: 'APIG.0201', error_msg: 'Backend unavailable.' } }, undefined, { errorCodes: categoryOfCode });
    expect(e.status).toBe(502);
  });

  it('is looked up case-insensitively and answers null for unknown codes', () => {
    expect(getErrorCodeInfo('elb.1002')?.code).toBe('ELB.1002');
    expect(getErrorCodeInfo('NOPE.0000')).toBeNull();
    expect(getErrorCodeInfo('')).toBeNull();
    expect(getErrorCodeInfo(null)).toBeNull();
  });

  it('refines the category of a normalised error when handed to toElbError', () => {
    const body = { error_code: 'ELB.1091', error_msg: 'The number of load balancers exceeds the quota.' };
    expect(toElbError({ status: 403, body }, undefined, { errorCodes: categoryOfCode }).category).toBe('quota');
    const plain = toElbError({ status: 400, body: { error_code: 'ELB.3001', error_msg: 'Creating the EIP failed.' } });
    expect(plain.category).toBe('invalid-input');
    expect(toElbError({ status: 400, body: { error_code: 'ELB.3001', error_msg: 'Creating the EIP failed.' } }, undefined, { errorCodes: categoryOfCode }).category).toBe('server');
  });
});
