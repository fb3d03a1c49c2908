import { redactText, toElbError } from 'elb-status-ui/core';

// In a real browser: what the console (and any logger walking the object) can reach.
describe('ElbError in the browser', () => {
  const kyLike = Object.assign(new Error('Request timed out: GET https://elb.example/slow?token=SECRET-1'), {
    name: 'TimeoutError',
    request: new Request('https://elb.example/slow?token=SECRET-1', { headers: { 'X-Auth-Token': 'SECRET-2' } }),
  });

  it('has no own cause, a redacted message and stack, and still returns the cause', () => {
    const error = toElbError(kyLike);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toBeUndefined();
    expect(error.message).not.toContain('SECRET');
    expect((error as unknown as Error).stack ?? '').not.toContain('SECRET');
    // Everything reachable through the error's own properties, as a console expands them.
    const seen = Object.getOwnPropertyNames(error).map((key) => String((error as unknown as Record<string, unknown>)[key]));
    expect(seen.join('\n')).not.toContain('SECRET');
    expect(error.cause).toBe(kyLike);
  });

  it('redactText behaves the same as in Node', () => {
    expect(redactText('GET https://u:p@elb.example/x?token=abc&limit=1')).toBe('GET https://[redacted]@elb.example/x?token=[redacted]&limit=1');
  });
});
