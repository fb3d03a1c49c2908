import { getResourceStatusInfo, readStatusTree } from 'elb-status-ui/core';

// DESIGN.md, ResourceStatusInfo.value: "trimmed, upper-case". Values are bounded by cutting them before they are
// cleaned; leading white space is skipped first (up to a bound), so a status after a long run of padding is still
// read as PENDING_UPDATE (transitional) or ERROR (error), not as an empty, undocumented value.
describe('resource status: leading white space is trimmed before the value is bounded', () => {
  it('getResourceStatusInfo("<300 spaces>pending_update") is PENDING_UPDATE, transitional', () => {
    const info = getResourceStatusInfo(`${' '.repeat(300)}pending_update`, 'provisioning');
    expect(info.value).toBe('PENDING_UPDATE');
    expect(info.transitional).toBe(true);
    expect(info.documented).toBe(true);
  });

  it('getResourceStatusInfo("<300 tabs/newlines>ERROR") is an error', () => {
    const info = getResourceStatusInfo(`${'\t\n'.repeat(150)}ERROR`, 'provisioning');
    expect(info.value).toBe('ERROR');
    expect(info.severity).toBe('error');
  });

  it('readStatusTree keeps a padded id and provisioning status', () => {
    const tree = readStatusTree({ statuses: { loadbalancer: { id: `${' '.repeat(500)}lb-1`, provisioning_status: `${' '.repeat(500)}ERROR` } } });
    expect(tree?.provisioning).toBe('ERROR');
    expect(tree?.id).toBe('lb-1');
  });

  it('padding beyond the bound reads as empty, in bounded time', () => {
    const padded = `${' '.repeat(10_000_000)}ERROR`;
    const started = performance.now();
    expect(getResourceStatusInfo(padded, 'provisioning').value).toBe('');
    expect(readStatusTree({ statuses: { loadbalancer: { id: 'lb-1', provisioning_status: padded } } })?.provisioning).toBe('');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
