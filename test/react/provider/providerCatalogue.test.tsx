import { render, screen } from '@testing-library/react';
import { ElbUiProvider, ErrorPanel, toCodeLookup, toElbError } from 'elb-status-ui';
import { categoryOfCode, ERROR_CODE_ROWS } from 'elb-status-ui/error-codes';

// What a Server Component can hand a client component: data only (functions cannot cross).
const asServerProps = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the provider takes the error-code catalogue as data', () => {
  it.each([
    ['the catalogue rows', asServerProps(ERROR_CODE_ROWS)],
    ['a record of codes', asServerProps({ 'ELB.1003': 'not-found' as const })],
  ])('%s give the catalogue hint', (_name, errorCodes) => {
    render(
      <ElbUiProvider errorCodes={errorCodes}>
        <ErrorPanel error={toElbError({ status: 400, body: { error_code: 'elb.1003', error_msg: 'Lb not exist.' } })} />
      </ElbUiProvider>,
    );
    expect(screen.getByRole('region')).toHaveTextContent('Refresh the list');
  });

  it('the rows answer like categoryOfCode for every published code and status', () => {
    const lookup = toCodeLookup(asServerProps(ERROR_CODE_ROWS))!;
    const differ = ERROR_CODE_ROWS.filter(([code, status]) => lookup(code, status) !== categoryOfCode(code, status) || lookup(code, null) !== categoryOfCode(code, null));
    expect(differ).toEqual([]);
    expect(lookup('NOPE.1', 400)).toBeNull();
  });

  it('skips malformed entries and never throws on hostile data', () => {
    const lookup = toCodeLookup([['ELB.1', 400, 'bogus'], null, 'x', [42, 400, 'quota'], ['ELB.2', 409, 'conflict']] as never)!;
    expect(lookup('ELB.1', 400)).toBeNull();
    expect(lookup('ELB.2', 500)).toBe('conflict');
    const hostile = new Proxy([], { get: () => { throw new Error('trap'); } });
    expect(() => toCodeLookup(hostile as never)).not.toThrow();
    expect(toCodeLookup(undefined)).toBeUndefined();
    expect(toCodeLookup(categoryOfCode)).toBe(categoryOfCode);
  });
});
