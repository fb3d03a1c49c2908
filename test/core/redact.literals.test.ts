// A labelled secret whose value is a Python string literal with a prefix: u'…' (every string of a Python 2
// OpenStack service's repr, e.g. Keystone's jsonschema "On instance[...]" dump) or b'…' (bytes: header values in
// Python 3 dumps); also a value in a wrapper word (Rust's Some("…"), Java's Optional[…]). The whole literal is the value.
import { createTranslator, formatErrorSummary, redactText, toElbError } from 'elb-status-ui/core';

// Keystone (Python 2) answering POST /v3/auth/tokens with an extra property in the user object
const KEYSTONE_PY2 =
  "Invalid input for field 'identity/password/user': Additional properties are not allowed (u'extra' was unexpected)\n\n" +
  "Failed validating 'additionalProperties' in schema['properties']['identity']['properties']['password']['properties']['user']:\n" +
  "    {'additionalProperties': False, 'type': 'object'}\n\n" +
  "On instance['identity']['password']['user']:\n" +
  "    {u'domain': {u'name': u'Default'},\n     u'extra': 1,\n     u'name': u'admin',\n     u'password': u'S3cure-Passw0rd'}";

describe('Python u\'…\' / b\'…\' string literals after a secret label', () => {
  it.each([
    ["{u'password': u'S3cure-Passw0rd', u'name': u'admin'}", 'S3cure-Passw0rd'],
    ["request headers: {b'X-Auth-Token': b'a7Bq92LmXz0pQr'}", 'a7Bq92LmXz0pQr'],
    ["{'X-Auth-Token': b'a7Bq92LmXz0pQr', 'Accept': b'*/*'}", 'a7Bq92LmXz0pQr'],
    // the authorization-header row has the same gap
    ["{b'Authorization': b'Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b', b'Accept': b'*/*'}", '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b'],
    // the same root cause with a wrapper word: Rust's Debug of Option<String>, Java's Optional.toString()
    ['Creds { user: "admin", password: Some("S3cure-Passw0rd") }', 'S3cure-Passw0rd'],
    ['Creds[user=admin, password=Optional[S3cure-Passw0rd]]', 'S3cure-Passw0rd'],
  ])('redactText hides the value of %s', (text, secret) => {
    expect(redactText(text)).not.toContain(secret);
  });

  it("Keystone's Python 2 validation error does not show the password (panel text, message, copied summary)", () => {
    const error = toElbError({ status: 400, body: { error: { code: 400, title: 'Bad Request', message: KEYSTONE_PY2 } } });
    expect(error.serverMessage).toContain('Additional properties are not allowed');
    expect(error.serverMessage).not.toContain('S3cure-Passw0rd');
    expect(error.message).not.toContain('S3cure-Passw0rd');
    expect(formatErrorSummary(error, createTranslator('en'))).not.toContain('S3cure-Passw0rd');
  });
});
