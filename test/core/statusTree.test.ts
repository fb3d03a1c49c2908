import { readStatusTree, type StatusTreeNode } from 'elb-status-ui/core';
import { MAX_STATUS_TREE_NODES } from '../../src/core/statusTree.js';

const flat = (node: StatusTreeNode): StatusTreeNode[] => [node, ...node.children.flatMap(flat)];
const shape = (node: StatusTreeNode): unknown => [node.type, node.id, ...node.children.map(shape)];

// The v3 example of the facts file (our own), with the pool repeated at the load balancer.
const v3 = {
  statuses: {
    loadbalancer: {
      id: 'lb-1', name: 'web', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
      listeners: [{
        id: 'ls-1', name: 'https', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
        pools: [{
          id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
          healthmonitor: { id: 'hm-1', name: '', type: 'HTTP', provisioning_status: 'ACTIVE' },
          members: [
            { id: 'm-1', address: '10.0.0.5', protocol_port: 8080, provisioning_status: 'ACTIVE', operating_status: 'OFFLINE' },
            { id: 'm-2', address: '10.0.0.6', protocol_port: 8080, provisioning_status: 'ACTIVE', operating_status: 'DISABLED' },
          ],
        }],
        l7policies: [{
          id: 'pol-1', name: 'api', action: 'REDIRECT_TO_POOL', provisioning_status: 'ACTIVE',
          rules: [{ id: 'r-1', type: 'PATH', provisioning_status: 'ACTIVE' }],
        }],
      }],
      pools: [
        { id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED', healthmonitor: {}, members: [] },
        { id: 'p-2', name: 'spare', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [] },
      ],
    },
  },
  request_id: 'req-1',
};

// Octavia as the code builds it: health_monitor, named members, no LB-level pools.
const octaviaCode = {
  statuses: {
    loadbalancer: {
      id: 'lb-1', name: 'web', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
      listeners: [{
        id: 'ls-1', name: 'http', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
        pools: [{
          id: 'p-1', name: 'app', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
          health_monitor: { id: 'hm-1', name: '', type: 'HTTP', provisioning_status: 'ACTIVE', operating_status: 'ONLINE' },
          members: [{ id: 'm-1', name: '', address: '10.0.0.5', protocol_port: 80, provisioning_status: 'PENDING_CREATE', operating_status: 'OFFLINE' }],
        }],
      }],
    },
  },
};

// Octavia as the api-ref example shows it: healthmonitor ({} when none), LB pools, l7policies.
const octaviaRef = {
  statuses: {
    loadbalancer: {
      id: 'lb-1', name: 'web', provisioning_status: 'ACTIVE', operating_status: 'ONLINE',
      listeners: [{
        id: 'ls-1', name: 'http', provisioning_status: 'ACTIVE', operating_status: 'ONLINE',
        pools: [{ id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [] }],
        l7policies: [{ id: 'pol-1', name: 'x', action: 'REJECT', provisioning_status: 'ACTIVE', rules: [{ id: 'r-1', type: 'PATH', provisioning_status: 'ACTIVE' }] }],
      }],
      pools: [{ id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [] }],
    },
  },
};

describe('readStatusTree', () => {
  it('reads the ELB v3 (and shared v2) tree: listeners, pools once, monitor without operating status, nameless members, policies', () => {
    const root = readStatusTree(v3)!;
    expect(shape(root)).toEqual([
      'loadbalancer', 'lb-1',
      ['listener', 'ls-1', ['pool', 'p-1', ['healthmonitor', 'hm-1'], ['member', 'm-1'], ['member', 'm-2']], ['l7policy', 'pol-1', ['l7rule', 'r-1']]],
      ['pool', 'p-2'],
    ]);
    const member = flat(root).find((n) => n.id === 'm-1')!;
    expect(member).toMatchObject({ name: '', address: '10.0.0.5', port: 8080, operating: 'OFFLINE', provisioning: 'ACTIVE' });
    expect(flat(root).find((n) => n.type === 'healthmonitor')).toMatchObject({ operating: null, detail: 'HTTP' });
    expect(flat(root).find((n) => n.type === 'l7policy')).toMatchObject({ detail: 'REDIRECT_TO_POOL' });
    expect(root.api).toBeNull();
    const keys = flat(root).map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reads Octavia's tree as its code builds it (health_monitor, named members)", () => {
    const root = readStatusTree(octaviaCode)!;
    expect(shape(root)).toEqual(['loadbalancer', 'lb-1', ['listener', 'ls-1', ['pool', 'p-1', ['healthmonitor', 'hm-1'], ['member', 'm-1']]]]);
    expect(flat(root).find((n) => n.type === 'healthmonitor')?.operating).toBe('ONLINE');
    expect(root.api).toBe('octavia-v2');
  });

  it("reads Octavia's api-ref shape (healthmonitor {}, LB pools, l7policies)", () => {
    const root = readStatusTree(octaviaRef)!;
    expect(shape(root)).toEqual(['loadbalancer', 'lb-1', ['listener', 'ls-1', ['pool', 'p-1'], ['l7policy', 'pol-1', ['l7rule', 'r-1']]]]);
  });

  it('accepts the load balancer without its envelope', () => {
    expect(readStatusTree(v3.statuses)?.id).toBe('lb-1');
    expect(readStatusTree(v3.statuses.loadbalancer)?.id).toBe('lb-1');
  });

  it('never throws, and says null when there is no load balancer', () => {
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    for (const body of [null, undefined, 0, 'text', [], {}, { statuses: null }, { statuses: [] }, Symbol('s'), trap, { statuses: trap }]) {
      expect(readStatusTree(body)).toBeNull();
    }
    const weird = readStatusTree({
      statuses: {
        loadbalancer: {
          id: 5, name: { x: 1 }, operating_status: ['ONLINE'],
          listeners: [null, 1, 'x', trap, { pools: [{ members: [trap, { protocol_port: '99999999', address: 'a'.repeat(10_000) }], health_monitor: trap }], l7policies: 'no' }],
          pools: { length: 1e9 },
        },
      },
    })!;
    expect(weird).not.toBeNull();
    expect(weird.id).toBe('5');
    expect(weird.name).toBe('');
    expect(weird.operating).toBeNull();
    const member = flat(weird).find((n) => n.type === 'member' && n.address)!;
    expect(member.port).toBeNull();
    expect(member.address!.length).toBeLessThanOrEqual(200);
  });

  it('bounds a huge tree', () => {
    const members = Array.from({ length: MAX_STATUS_TREE_NODES + 500 }, (_, i) => ({ id: `m-${i}`, operating_status: 'ONLINE' }));
    const root = readStatusTree({ loadbalancer: { listeners: [{ pools: [{ members }] }] } })!;
    expect(flat(root).length).toBeLessThanOrEqual(MAX_STATUS_TREE_NODES);
  });

  it('strips control characters and bounds names', () => {
    const root = readStatusTree({ loadbalancer: { name: `web\u0000\n<b>x</b>${'n'.repeat(1000)}`, listeners: [] } })!;
    expect(root.name.startsWith('web <b>x</b>')).toBe(true);
    expect(root.name.length).toBeLessThanOrEqual(200);
  });

  it('keys each object by the path of types and ids, the same whatever order the server lists it in', () => {
    const m = (id: string) => ({ id, address: '10.0.0.1', operating_status: 'ONLINE' });
    const ls = (id: string, members: object[]) => ({ id, pools: [{ id: `p-${id}`, members }] });
    const keysById = (body: unknown) => new Map(flat(readStatusTree(body)!).map((n) => [n.id, n.key]));
    const one = keysById({ loadbalancer: { id: 'lb-1', listeners: [ls('a', [m('m-1'), m('m-2')]), ls('b', [])] } });
    const other = keysById({ loadbalancer: { id: 'lb-1', listeners: [ls('new', []), ls('b', []), ls('a', [m('m-2'), m('m-1')])] } });
    for (const id of ['a', 'b', 'p-a', 'm-1', 'm-2']) expect(other.get(id)).toBe(one.get(id));
    expect(one.get('m-1')).toBe('lb/listener:a/pool:p-a/member:m-1');
  });

  it('falls back to the place for a missing or repeated id, and keys carry no white space', () => {
    const root = readStatusTree({ loadbalancer: { listeners: [{ id: 'x y', pools: [{ members: [{ id: 'm' }, { id: 'm' }, {}, { id: '' }] }] }] } })!;
    const keys = flat(root).map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).not.toMatch(/\s/);
    expect(keys).toContain('lb/listener:x%20y/pool#0/member:m');
    expect(keys).toContain('lb/listener:x%20y/pool#0/member#1');
  });
  it('keeps an object whose id holds half a surrogate pair (valid JSON), or is cut inside a pair', () => {
    const body = JSON.parse('{"loadbalancer":{"id":"lb","listeners":[{"id":"a\\ud800","name":"L1","pools":[{"id":"p","members":[{"id":"m1"}]}]},{"id":"b","name":"L2"}]}}');
    const root = readStatusTree(body)!;
    expect(root.children.map((c) => c.name)).toEqual(['L1', 'L2']);
    expect(flat(root).map((n) => n.id)).toContain('m1');
    const cut = readStatusTree({ loadbalancer: { id: 'lb', listeners: [{ id: `${'a'.repeat(198)}\u{1F600}zz`, name: 'L' }] } })!;
    expect(cut.children).toHaveLength(1);
    expect(cut.children[0]!.id).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('reads a bounded number of entries from an array of any length (sparse, or array-like with throwing entries)', () => {
    let reads = 0;
    const huge = new Proxy([] as unknown[], {
      get(target, key, receiver) {
        if (key === 'length') return 2 ** 32 - 1;
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads += 1;
          if (reads % 2) throw new Error('hostile entry');
          return undefined;
        }
        return Reflect.get(target, key, receiver);
      },
    });
    expect(readStatusTree({ loadbalancer: { listeners: huge, pools: huge } })).not.toBeNull();
    expect(reads).toBeLessThanOrEqual(MAX_STATUS_TREE_NODES * 4);
  });
});
