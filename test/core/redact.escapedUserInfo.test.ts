// User info in a URL written inside a JSON string by an encoder that escapes "/" (PHP's json_encode does by
// default: "https:\/\/user:pass@host\/"), as when a gateway's message embeds its upstream's JSON.
import { createTranslator, formatErrorSummary, redactText, toElbError } from 'elb-status-ui/core';

const PASSWORD = 'Hunter2x!';
// What the failed service said (a PHP backend's JSON, passed on inside the gateway's message).
const inner = JSON.stringify({ message: `cannot reach https://svc_admin:${PASSWORD}@db.internal:5432/app` }).replace(/\//g, '\\/');
const body = JSON.stringify({ error_code: 'APIG.0201', error_msg: `Backend error: ${inner}`, request_id: 'r1' });

describe('user info with JSON-escaped slashes', () => {
  it('redactText hides the password of https:\\/\\/user:pass@host', () => {
    expect(redactText(`{"url":"https:\\/\\/svc_admin:${PASSWORD}@db.internal\\/app"}`)).not.toContain(PASSWORD);
  });

  it('the server message, the error message and the copied summary do not show it', () => {
    const error = toElbError({ status: 502, body, headers: { 'content-type': 'application/json' } });
    expect(error.serverMessage).toContain('cannot reach'); // the message is shown
    expect(error.serverMessage).not.toContain(PASSWORD);
    expect(error.message).not.toContain(PASSWORD);
    expect(formatErrorSummary(error, createTranslator('en'))).not.toContain(PASSWORD);
  });
});
