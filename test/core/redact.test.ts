import { toElbError, formatErrorSummary, createTranslator } from 'elb-status-ui/core';
import { redactUrl } from '../../src/core/text.js';

describe('redactUrl', () => {
  it.each([
    ['https://elb.example/v3/lbs?limit=10', 'https://elb.example/v3/lbs?limit=10'],
    ['https://elb.example/v3/lbs?token=abc&limit=10', 'https://elb.example/v3/lbs?token=[redacted]&limit=10'],
    ['https://elb.example/x?X-Auth-Token=abc', 'https://elb.example/x?X-Auth-Token=[redacted]'],
    ['https://elb.example/x?access_token=abc&Signature=s', 'https://elb.example/x?access_token=[redacted]&Signature=[redacted]'],
    ['https://elb.example/x?X-Amz-Security-Token=t&X-Amz-Credential=c', 'https://elb.example/x?X-Amz-Security-Token=[redacted]&X-Amz-Credential=[redacted]'],
    ['https://elb.example/x?api_key=k&password=p&client_secret=s', 'https://elb.example/x?api_key=[redacted]&password=[redacted]&client_secret=[redacted]'],
    ['https://admin:hunter2@elb.example/x', 'https://[redacted]@elb.example/x'],
    ['/v3/lbs?name=web&t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', '/v3/lbs?name=web&t=[redacted]'],
    ['/x#access_token=abc&state=1', '/x#access_token=[redacted]&state=1'],
    ['/x?%74oken=abc', '/x?%74oken=[redacted]'],
    ['/v3/lbs', '/v3/lbs'],
    ['//admin:pw@elb.example/x', '//[redacted]@elb.example/x'],
    ['https://elb.example/v3/members?address=a@b&token=t', 'https://elb.example/v3/members?address=a@b&token=[redacted]'],
    ['/x#section-2', '/x#section-2'],
    ['/proxy/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln/v3/lbs?limit=1', '/proxy/[redacted]/v3/lbs?limit=1'],
    ['/t/MIIBkQYJKoZIhvcNAQcCoIIBgjCCAX4CAQExDTALBglghkgBZQMEAgEw/x', '/t/[redacted]/x'],
    ['/t/MIIBkQYJKoZIhvcNAQcC%2FoIIBgjCCAX4CAQExDTAL%2BBglghkgBZQMEAgEw?a=1', '/t/[redacted]?a=1'],
    ['/v3/a7c9b0e2-5b1f-4a8e-9f3d-2c6e8b1a4d70/elb/loadbalancers/3b1a6c2e-0f4d-4a9b-8c7e-1d2f3a4b5c6d', '/v3/a7c9b0e2-5b1f-4a8e-9f3d-2c6e8b1a4d70/elb/loadbalancers/3b1a6c2e-0f4d-4a9b-8c7e-1d2f3a4b5c6d'],
    ['/x?token&limit=1', '/x?token&limit=1'],
    ['/x?Token=&a=b=c', '/x?Token=[redacted]&a=b=c'],
    ['/x?%E0%A4%A=1&sig=%E0%A4%A', '/x?%E0%A4%A=1&sig=[redacted]'],
  ])('%s -> %s', (input, output) => {
    expect(redactUrl(input)).toBe(output);
  });

  it.each([
    'X-Auth-Token', 'x_auth_token', 'X-Subject-Token', 'X-Security-Token', 'X-Amz-Security-Token', 'X-Amz-Signature',
    'X-Amz-Credential', 'token', 'access_token', 'access-token', 'id_token', 'refresh_token', 'auth_token', 'security_token',
    'session_token', 'api_key', 'apikey', 'API-KEY', 'key', 'secret', 'client_secret', 'password', 'Passwd', 'pwd', 'signature',
    'sig', 'X-Sdk-Date', 'authorization', 'auth', 'credential', 'credentials', 'code', 'AK', 'sk', 'access_key', 'AccessKeyId',
    'secret_key', 'SecretAccessKey', 'private_key', 'X-Obs-Security-Token', 'X-Obs-Signature',
  ])('redacts the value of the secret parameter %s', (name) => {
    expect(redactUrl(`/v3/lbs?limit=5&${name}=v4lue`)).toBe(`/v3/lbs?limit=5&${name}=[redacted]`);
  });

  it.each(['limit', 'marker', 'name', 'id', 'keyword', 'tokens_used', 'description', 'page_reverse', 'sort_key', 'sort_dir'])('keeps the ordinary parameter %s', (name) => {
    expect(redactUrl(`/v3/lbs?${name}=v4lue`)).toBe(`/v3/lbs?${name}=v4lue`);
  });

  it('answers null for what is not a URL string', () => {
    expect(redactUrl(undefined)).toBeNull();
    expect(redactUrl(42)).toBeNull();
    expect(redactUrl('')).toBeNull();
  });

  it('accepts URL objects', () => {
    expect(redactUrl(new URL('https://elb.example/a?token=x'))).toBe('https://elb.example/a?token=[redacted]');
  });
});

describe('formatErrorSummary', () => {
  it('holds status, code, message, request id, method, redacted URL and time, and no tokens', () => {
    const error = toElbError(
      { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'req-42' }, headers: { 'X-Auth-Token': 'SECRET-TOKEN' } },
      { method: 'get', url: 'https://elb.example/v3/lbs?token=SECRET-TOKEN', headers: { 'X-Auth-Token': 'SECRET-TOKEN' } },
      { now: () => Date.parse('2026-11-24T10:00:00Z') },
    );
    const text = formatErrorSummary(error, createTranslator('en'));
    expect(text).toContain('Status: 503 Service Unavailable');
    expect(text).toContain('Error code: ELB.8906');
    expect(text).toContain('Message from the service: Internal server error.');
    expect(text).toContain('Request ID: req-42');
    expect(text).toContain('Method: GET');
    expect(text).toContain('URL: https://elb.example/v3/lbs?token=[redacted]');
    expect(text).toContain('Time: 2026-11-24T10:00:00.000Z');
    expect(text).not.toContain('SECRET');
  });
});

describe('the original input (cause)', () => {
  // An axios error as thrown: its config holds the request's headers, tokens included.
  const axiosError = Object.assign(new Error('Request failed with status code 401'), {
    isAxiosError: true,
    config: { method: 'get', url: '/v3/lbs?X-Auth-Token=SECRET-TOKEN', headers: { 'X-Auth-Token': 'SECRET-TOKEN', Authorization: 'Bearer SECRET-BEARER' } },
    response: { status: 401, data: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information.' }, headers: { 'x-request-id': 'r-1' } },
  });

  it('is kept, as a non-enumerable property like Error.cause, so serialising the error carries no token', () => {
    const error = toElbError(axiosError);
    expect(error.cause).toBe(axiosError);
    expect(Object.keys(error)).not.toContain('cause');
    const json = JSON.stringify(error);
    expect(json).toContain('"requestId":"r-1"');
    expect(json).not.toContain('SECRET');
    expect(JSON.stringify({ ...error })).not.toContain('SECRET');
  });
});
