// A small simulated ELB v3 endpoint for the console demo, answered by msw in the browser. It serves
// load balancers, listeners and pool members, accepts a rename (PUT), and fails on demand with the
// bodies and headers the real API and its gateway send: a burst of 503s with Retry-After, a 409 while
// the load balancer is PENDING_UPDATE, 429 throttling with Retry-After, a 403 on the members list, and
// the network going away. Every fault ends by itself (the 403 when its time is up), or on recover().
import { delay, http, HttpResponse } from 'msw';

export const PROJECT = '0c5f2a9d7e1b4c3a8f6d5e4c3b2a1f0e';
export const API = `/api/v3/${PROJECT}/elb`;

export type Fault = 'none' | '503-burst' | '409-lock' | '429-throttle' | '403-forbidden' | 'network-down';
export const FAULTS: ReadonlyArray<{ fault: Exclude<Fault, 'none'>; label: string }> = [
  { fault: '503-burst', label: '503 burst' },
  { fault: '409-lock', label: '409 lock' },
  { fault: '429-throttle', label: '429 Retry-After' },
  { fault: '403-forbidden', label: '403 on members' },
  { fault: 'network-down', label: 'Network down' },
];

export interface LoadBalancer {
  id: string;
  name: string;
  vip_address: string;
  provisioning_status: 'ACTIVE' | 'PENDING_UPDATE';
  operating_status: 'ONLINE' | 'DEGRADED';
  pool_id: string;
}
export interface Listener {
  id: string;
  name: string;
  protocol: string;
  protocol_port: number;
}
export interface Member {
  id: string;
  address: string;
  protocol_port: number;
  operating_status: 'ONLINE' | 'OFFLINE' | 'NO_MONITOR';
}

const initialLoadBalancers = (): LoadBalancer[] => [
  { id: 'lb-7d1c', name: 'web-prod', vip_address: '192.168.10.15', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', pool_id: 'pool-a1' },
  { id: 'lb-2e9f', name: 'api-internal', vip_address: '192.168.20.8', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED', pool_id: 'pool-b2' },
  { id: 'lb-5a30', name: 'batch-eu-de', vip_address: '192.168.30.41', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', pool_id: 'pool-c3' },
];
const LISTENERS: Record<string, Listener[]> = {
  'lb-7d1c': [
    { id: 'ls-1', name: 'https-443', protocol: 'HTTPS', protocol_port: 443 },
    { id: 'ls-2', name: 'http-80', protocol: 'HTTP', protocol_port: 80 },
  ],
  'lb-2e9f': [{ id: 'ls-3', name: 'grpc-8443', protocol: 'TCP', protocol_port: 8443 }],
  'lb-5a30': [{ id: 'ls-4', name: 'udp-514', protocol: 'UDP', protocol_port: 514 }],
};
const MEMBERS: Record<string, Member[]> = {
  'pool-a1': [
    { id: 'm-1', address: '10.0.1.11', protocol_port: 8080, operating_status: 'ONLINE' },
    { id: 'm-2', address: '10.0.1.12', protocol_port: 8080, operating_status: 'ONLINE' },
  ],
  'pool-b2': [
    { id: 'm-3', address: '10.0.2.21', protocol_port: 9000, operating_status: 'ONLINE' },
    { id: 'm-4', address: '10.0.2.22', protocol_port: 9000, operating_status: 'OFFLINE' },
  ],
  'pool-c3': [{ id: 'm-5', address: '10.0.3.31', protocol_port: 514, operating_status: 'NO_MONITOR' }],
};

/** How long each fault lasts, in ms (the 503 burst is counted in responses instead). */
export const FAULT_MS = { lock: 2500, throttle: 2000, forbidden: 6000, down: 2500 } as const;
const BURST = 4;

let sequence = 0;
const requestId = () => `${Date.now().toString(16)}${(++sequence).toString(16).padStart(4, '0')}a9e0b1d2`;

/** The backend's state. One instance per story (made fresh in the story's beforeEach). */
export class FakeElb {
  loadBalancers = initialLoadBalancers();
  private burst = 0;
  private lockedUntil = 0;
  private throttledUntil = 0;
  private forbiddenUntil = 0;
  private downUntil = 0;
  private listeners = new Set<() => void>();

  inject(fault: Fault, now = Date.now()): void {
    if (fault === 'none') return this.recover();
    if (fault === '503-burst') this.burst = BURST;
    if (fault === '409-lock') this.lockedUntil = now + FAULT_MS.lock;
    if (fault === '429-throttle') this.throttledUntil = now + FAULT_MS.throttle;
    if (fault === '403-forbidden') this.forbiddenUntil = now + FAULT_MS.forbidden;
    if (fault === 'network-down') this.downUntil = now + FAULT_MS.down;
    this.changed();
  }

  /** Back to the first state: the initial load balancers, no fault. */
  reset(): void {
    this.loadBalancers = initialLoadBalancers();
    this.recover();
  }

  recover(): void {
    this.burst = 0;
    this.lockedUntil = this.throttledUntil = this.forbiddenUntil = this.downUntil = 0;
    this.changed();
  }

  /** Called when the simulated state changes (for the demo's "backend" line). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What is wrong right now, in words, for the demo's status line. */
  describe(now = Date.now()): string {
    const parts = [
      this.burst > 0 ? `next ${this.burst} responses 503` : '',
      now < this.lockedUntil ? 'web-prod PENDING_UPDATE' : '',
      now < this.throttledUntil ? 'throttling (429)' : '',
      now < this.forbiddenUntil ? 'members list forbidden (403)' : '',
      now < this.downUntil ? 'network down' : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'healthy';
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  /** The faults common to every request, in the order a real path meets them: network, gateway, service. */
  private common(now: number): Response | null {
    if (now < this.downUntil) return HttpResponse.error();
    if (now < this.throttledUntil) {
      return HttpResponse.json(
        { error_msg: 'The throttling threshold has been reached.', error_code: 'APIG.0308', request_id: requestId() },
        { status: 429, headers: { 'Retry-After': String(Math.ceil((this.throttledUntil - now) / 1000)) } },
      );
    }
    if (this.burst > 0) {
      this.burst -= 1;
      if (this.burst === 0) queueMicrotask(() => this.changed());
      return HttpResponse.json(
        { error_msg: 'The system is busy. Try again later.', error_code: 'ELB.8906', request_id: requestId() },
        { status: 503, headers: { 'Retry-After': '1' } },
      );
    }
    return null;
  }

  handlers() {
    const ok = <T>(body: T) => HttpResponse.json({ ...body, request_id: requestId() });
    const now = () => {
      const t = Date.now();
      for (const lb of this.loadBalancers) lb.provisioning_status = lb.id === 'lb-7d1c' && t < this.lockedUntil ? 'PENDING_UPDATE' : 'ACTIVE';
      return t;
    };
    return [
      http.get(`*${API}/loadbalancers`, async () => {
        await delay(40);
        return this.common(now()) ?? ok({ loadbalancers: this.loadBalancers });
      }),
      http.get(`*${API}/listeners`, async ({ request }) => {
        await delay(40);
        const lb = new URL(request.url).searchParams.get('loadbalancer_id') ?? '';
        return this.common(now()) ?? ok({ listeners: LISTENERS[lb] ?? [] });
      }),
      http.get(`*${API}/pools/:pool/members`, async ({ params }) => {
        await delay(40);
        const t = now();
        if (t < this.forbiddenUntil) {
          return HttpResponse.json(
            { error_msg: "Policy doesn't allow elb:members:list to be performed.", error_code: 'ELB.9802', request_id: requestId() },
            { status: 403 },
          );
        }
        return this.common(t) ?? ok({ members: MEMBERS[String(params.pool)] ?? [] });
      }),
      http.put(`*${API}/loadbalancers/:id`, async ({ params, request }) => {
        await delay(40);
        const t = now();
        const failed = this.common(t);
        if (failed) return failed;
        const lb = this.loadBalancers.find((l) => l.id === params.id);
        if (!lb) return HttpResponse.json({ error_msg: 'The load balancer is not found.', error_code: 'ELB.1002', request_id: requestId() }, { status: 404 });
        if (t < this.lockedUntil) {
          // Octavia's words for a load balancer that another operation is still changing.
          return HttpResponse.json(
            { faultcode: 'Client', faultstring: `Load Balancer ${lb.id} is immutable and cannot be updated.`, debuginfo: null },
            { status: 409, headers: { 'X-Openstack-Request-Id': `req-${requestId()}` } },
          );
        }
        const body = (await request.json().catch(() => null)) as { loadbalancer?: { name?: unknown } } | null;
        const name = typeof body?.loadbalancer?.name === 'string' ? body.loadbalancer.name.trim().slice(0, 64) : '';
        if (!name) {
          return HttpResponse.json({ error_msg: "Invalid input for field/attribute name. Value: ''.", error_code: 'ELB.0002', request_id: requestId() }, { status: 400 });
        }
        lb.name = name;
        return ok({ loadbalancer: lb });
      }),
    ];
  }
}
