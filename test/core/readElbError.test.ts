import { readElbError, throwIfNotOk } from 'elb-status-ui/core';
import { MAX_BODY_CHARS } from '../../src/core/parseBody.js';

function streamOf(chunks: Array<string | Error>, { hang = false } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= chunks.length) {
        if (!hang) controller.close();
        return hang ? new Promise<void>(() => undefined) : undefined;
      }
      const next = chunks[i++]!;
      if (next instanceof Error) controller.error(next);
      else controller.enqueue(encoder.encode(next));
      return undefined;
    },
  });
}

describe('readElbError', () => {
  it('reads a flat ELB body from a Response', async () => {
    const res = new Response(JSON.stringify({ error_msg: 'The load balancer does not exist.', error_code: 'ELB.1003', request_id: 'r-1' }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
    await expect(readElbError(res, { method: 'GET', url: '/v3/p/elb/loadbalancers/x' })).resolves.toMatchObject({
      kind: 'http', status: 400, code: 'ELB.1003', serverMessage: 'The load balancer does not exist.', requestId: 'r-1', method: 'GET',
    });
  });

  it('reads only a bounded prefix of a 5 MB body, and salvages what it can', async () => {
    const big = JSON.stringify({ error_code: 'ELB.1001', error_msg: 'x'.repeat(5 * 1024 * 1024) });
    const res = new Response(big, { status: 400 });
    const error = await readElbError(res);
    expect(error.code).toBe('ELB.1001');
    expect(error.serverMessage!.length).toBeLessThanOrEqual(1000);
  });

  it('stops reading a stream at the bound without pulling the rest', async () => {
    let pulled = 0;
    const chunk = 'y'.repeat(16 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(pulled === 1 ? `{"error_code":"ELB.1","error_msg":"${chunk}` : chunk));
      },
    });
    const error = await readElbError(new Response(stream, { status: 400 }));
    expect(error.code).toBe('ELB.1');
    expect(pulled).toBeLessThanOrEqual(Math.ceil(MAX_BODY_CHARS / chunk.length) + 2);
  });

  it('keeps what arrived when the stream errors mid-way', async () => {
    const res = new Response(streamOf(['{"error_code":"ELB.6101","error_msg":"listener ', new Error('connection reset')]), { status: 400 });
    await expect(readElbError(res)).resolves.toMatchObject({ status: 400, code: 'ELB.6101', serverMessage: 'listener' });
  });

  it('gives up on a body that stalls, after the time limit', async () => {
    const res = new Response(streamOf(['{"error_code":"ELB.9"'], { hang: true }), { status: 503 });
    const error = await readElbError(res, undefined, { bodyTimeoutMs: 20 });
    expect(error).toMatchObject({ status: 503, code: 'ELB.9' });
  });

  it('stops on a stream of empty chunks (they resolve at once, so the deadline timer would never run)', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        // A bound of its own, so that a reader that never stops fails this test instead of hanging it.
        if (pulled > 100_000) controller.close();
        else controller.enqueue(pulled === 1 ? new TextEncoder().encode('{"error_code":"ELB.7"}') : new Uint8Array(0));
      },
    });
    const error = await readElbError(new Response(stream, { status: 503 }), undefined, { bodyTimeoutMs: 60_000 });
    expect(error.code).toBe('ELB.7');
    expect(pulled).toBeLessThan(1000);
  });

  it('counts empty chunks in a row: data between them resets the count', async () => {
    const parts = ['{"error_code":"ELB.8', ...Array(60).fill(''), '906","error_msg":"busy', ...Array(60).fill(''), '"}'];
    let i = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i >= parts.length) controller.close();
        else controller.enqueue(new TextEncoder().encode(parts[i++]!));
      },
    });
    await expect(readElbError(new Response(stream, { status: 503 }))).resolves.toMatchObject({ code: 'ELB.8906', serverMessage: 'busy' });
  });

  it('stops on an async-iterable body that yields empty strings forever', async () => {
    let pulled = 0;
    const body = {
      async *[Symbol.asyncIterator]() {
        yield '{"error_code":"ELB.8"}';
        while (pulled < 100_000) {
          pulled += 1;
          yield '';
        }
      },
    };
    const error = await readElbError({ status: 502, ok: false, headers: new Headers(), bodyUsed: false, body }, undefined, { bodyTimeoutMs: 60_000 });
    expect(error.code).toBe('ELB.8');
    expect(pulled).toBeLessThan(1000);
  });

  it('works on a body that was already read', async () => {
    const res = new Response('{"error_code":"ELB.1"}', { status: 404, headers: { 'x-request-id': 'h-1' } });
    await res.text();
    await expect(readElbError(res)).resolves.toMatchObject({ status: 404, code: null, requestId: 'h-1' });
  });

  it('never shows HTML where JSON was expected', async () => {
    const res = new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'application/json' } });
    await expect(readElbError(res)).resolves.toMatchObject({ status: 502, serverMessage: null, reason: 'Bad Gateway' });
  });

  it('reads the response inside a ky HTTPError', async () => {
    const response = new Response('{"NeutronError":{"type":"HTTPNotFound","message":"Pool 9 could not be found.","detail":""}}', { status: 404 });
    const kyError = Object.assign(new Error('Not Found'), { name: 'HTTPError', response, request: new Request('https://elb.example/v2/lbaas/pools/9') });
    await expect(readElbError(kyError)).resolves.toMatchObject({ code: 'HTTPNotFound', serverMessage: 'Pool 9 could not be found.', method: 'GET' });
  });

  it('never rejects, whatever it is given', async () => {
    const evil = { status: 500, ok: false, headers: { get() { throw new Error('x'); } }, get body(): unknown { throw new Error('y'); } };
    await expect(readElbError(evil)).resolves.toMatchObject({ kind: 'http', status: 500 });
    const textThrows = { status: 500, ok: false, headers: new Headers(), bodyUsed: false, body: null, text: () => Promise.reject(new Error('z')) };
    await expect(readElbError(textThrows)).resolves.toMatchObject({ status: 500 });
    await expect(readElbError(null)).resolves.toMatchObject({ kind: 'unknown' });
    await expect(readElbError(new TypeError('Failed to fetch'))).resolves.toMatchObject({ kind: 'network' });
  });
});

describe('throwIfNotOk', () => {
  it('passes ok responses through and throws an ElbError with the body read', async () => {
    const ok = new Response('{}', { status: 200 });
    await expect(throwIfNotOk(ok)).resolves.toBe(ok);
    const bad = new Response('{"error_code":"ELB.1002","error_msg":"The load balancer is not found."}', { status: 404 });
    await expect(throwIfNotOk(bad, { method: 'GET' })).rejects.toMatchObject({ name: 'ElbError', status: 404, code: 'ELB.1002', method: 'GET' });
  });

  it('gives the error it throws the stack of where it was thrown, its first line redacted', async () => {
    async function loadMembers() {
      return throwIfNotOk(new Response('{"error_msg":"denied"}', { status: 403 }), { url: '/v3/p/elb/members?token=SECRETVALUE1234567890' });
    }
    const error = (await loadMembers().catch((e: unknown) => e)) as Error;
    expect(error.stack?.split('\n')[0]).toBe(`ElbError: ${error.message}`);
    expect(error.stack).toMatch(/\n\s+at /);
    expect(error.stack).not.toContain('SECRETVALUE');
  });

  it('redacts the frames of that stack too (script URLs may carry tokens)', async () => {
    const load = Object.defineProperty(
      async () => throwIfNotOk(new Response('{}', { status: 400 })),
      'name',
      { value: 'load' },
    );
    // A frame's text as V8 prints it: the function's name and its script's URL. A name stands in for a URL here.
    const named = { async ['https://cdn.example/app.js?X-Amz-Signature=9f3c2a71&token=SECRETTOKEN123']() {
      return await load();
    } };
    const error = (await named['https://cdn.example/app.js?X-Amz-Signature=9f3c2a71&token=SECRETTOKEN123']().catch((e: unknown) => e)) as Error;
    expect(error.stack).toMatch(/\n\s+at /);
    expect(error.stack).not.toContain('SECRETTOKEN123');
    expect(error.stack).not.toContain('9f3c2a71');
  });
});
