import { inspect } from 'node:util';
import fc from 'fast-check';
import { CREDENTIAL_SHAPES, createTranslator, formatErrorSummary, readElbError, redactText, toElbError, type ElbError } from 'elb-status-ui/core';
import { redactUrl } from '../../src/core/text.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const FERNET = 'gAAAAABlXq3d9mYk3c2FJb0-zQk6t1A2xvPz8h4QYwWnqZC7rR1s2o3pLkT5u6v7w8x9y0zA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6';
const PKI = 'MIIBkQYJKoZIhvcNAQcCoIIBgjCCAX4CAQExDTALBglghkgBZQMEAgEw+ABC/DEF=';
const UUID = '3b1a6c2e-0f4d-4a9b-8c7e-1d2f3a4b5c6d';
const REQUEST_ID = '0a7b5f2c4d6e8f901a2b3c4d5e6f7a8b';

/** Examples for each row of the table: [input, what must be gone, what must stay]. */
const ROW_EXAMPLES: Record<string, Array<[string, string, string]>> = {
  'private key': [
    ['-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC/abc/def\n-----END PRIVATE KEY----- next', 'BADANBgk', '-----BEGIN PRIVATE KEY-----[redacted] next'],
    // escaped line breaks (a JSON body), and a key whose end was cut off
    ['{"key":"-----BEGIN RSA PRIVATE KEY-----\\nMIIE/ab12/cd34\\n-----END RSA PRIVATE KEY-----"}', 'ab12/cd34', '{"key":"-----BEGIN RSA PRIVATE KEY-----[redacted]"}'],
    ['-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI/xyz9', 'MHcCAQ', '-----BEGIN EC PRIVATE KEY-----[redacted]'],
  ],
  'user info': [
    ['request to https://admin:hunter2@elb.example/x failed', 'hunter2', 'request to https://[redacted]@elb.example/x failed'],
    ['https:/u:p4ss@elb.example/x', 'p4ss', 'https:/[redacted]@elb.example/x'],
    ['https://u:pa/ss@elb.example/x', 'pa/ss', 'https://[redacted]@elb.example/x'],
    ['//admin:pw@elb.example/x', 'admin:pw', '//[redacted]@elb.example/x'],
    // up to the last @, as URL parsers read it
    ['https://john@example.com:Passw0rd!@elb.example.com/v3/lbs', 'Passw0rd', 'https://[redacted]@elb.example.com/v3/lbs'],
    ['https://admin:S3cr@tP4ss@elb.example.com/v3/lbs', 'tP4ss', 'https://[redacted]@elb.example.com/v3/lbs'],
    // an @ in the path is not part of the user info
    ['GET https://admin:s3cret@elb.example.com/v3/users/bob@example.com/keys 401', 's3cret', 'GET https://[redacted]@elb.example.com/v3/users/bob@example.com/keys 401'],
  ],
  JWT: [
    [`The token ${JWT} expired`, JWT.slice(0, 20), 'The token [redacted] expired'],
    [`/x#${JWT}`, JWT.slice(0, 20), '/x#[redacted]'],
  ],
  'Keystone Fernet token': [
    [`token ${FERNET} is invalid`, FERNET.slice(0, 20), 'token [redacted] is invalid'],
    [`/v3/auth/tokens/${FERNET}/check`, FERNET.slice(0, 20), '/v3/auth/tokens/[redacted]/check'],
  ],
  'Keystone PKI token': [
    [`/t/${PKI}/x`, PKI.slice(0, 20), '/t/[redacted]/x'],
    [`PKI ${PKI} rejected`, 'DEF=', 'PKI [redacted] rejected'],
  ],
  'AWS access key id': [['key AKIAIOSFODNN7EXAMPLE leaked', 'AKIAIOSFODNN7EXAMPLE', 'key [redacted] leaked']],
  'Bearer / Basic credentials': [
    ['sent Bearer abc.def-ghi123 to the gateway', 'abc.def', 'sent Bearer [redacted] to the gateway'],
    ['sent Basic dXNlcjpwYXNz once', 'dXNlcjpwYXNz', 'sent Basic [redacted] once'],
  ],
  'authorization header': [
    ['Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b', '9944b0', 'Authorization: [redacted]'],
    ['Authorization: Bearer abc.def-ghi123', 'abc.def', 'Authorization: [redacted]'],
    ['sent "Authorization: AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=" twice', 'frJIUN8', 'sent "Authorization: [redacted]" twice'],
    ['Authorization: SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host, Signature=ab12', 'QTWAOYTT', 'Authorization: [redacted]'],
    ['Proxy-Authorization: Zk3uV9xq7Lw2Pa\nnext line', 'Zk3uV9', 'Proxy-Authorization: [redacted]\nnext line'],
    // nginx's spelling, and after a written-out line break
    ['http_authorization: Hunter2x', 'Hunter2x', 'http_authorization: [redacted]'],
    // Go's http.Header and PHP's print_r
    ['map[Accept:[*/*] Authorization:[Token abc123xyz] User-Agent:[Go]]', 'abc123xyz', 'map[Accept:[*/*] Authorization:[[redacted]] User-Agent:[Go]]'],
    ['[HTTP_AUTHORIZATION] => Token abc123xyz', 'abc123xyz', '[HTTP_AUTHORIZATION] => [redacted]'],
    ['HTTP/1.1\\r\\nAuthorization: Token Hunter2x\\r\\nAccept: */*', 'Hunter2x', 'HTTP/1.1\\r\\nAuthorization: [redacted]\\r\\nAccept: */*'],
    // a key=value log: the scheme word and its credential, never the scheme word alone
    ['Authorization=Bearer abcdefghijklmnop sent', 'abcdefghijk', 'Authorization=[redacted] sent'],
    ['authorization = Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz', 'authorization = [redacted]'],
    ['"authorization"="Token 9944b09199c62bcf" user=bob', '9944b0', '"authorization"=[redacted] user=bob'],
    ['Authorization=SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, Signature=ab12', 'QTWAOYTT', 'Authorization=[redacted]'],
    // := (Go, Pascal) and => (Ruby, PHP), as for any label
    ['Authorization => Bearer abcdefghi', 'abcdefghi', 'Authorization => [redacted]'],
    ['authorization := Token x1y2z3w4', 'x1y2z3w4', 'authorization := [redacted]'],
  ],
  'cookie header': [
    ['Cookie: theme=dark; connect.sid=s%3AQ7nS7x2Z4r7Bv0X2m1bY', 'Q7nS7x', 'Cookie: [redacted]'],
    ['Cookie: a=1; sid=x9y8z7 Host: elb.example.com', 'x9y8z7', 'Cookie: [redacted] Host: elb.example.com'],
    ['Set-Cookie: sid=abc123; Path=/; HttpOnly\nnext line', 'abc123', 'Set-Cookie: [redacted]; HttpOnly\nnext line'],
    // quoted values and brackets inside a cookie, aligned header dumps, PHP's print_r; prose and ids stay
    ['Cookie: lang=en; laravel_session="Abc12345def"', 'Abc12345def', 'Cookie: [redacted]'],
    ['Cookie: filter=a]b; app_state=Abc12345xyz', 'Abc12345xyz', 'Cookie: [redacted]'],
    ['Cookie:          lang=en; app_state=Abc12345xyz', 'Abc12345xyz', 'Cookie:          [redacted]'],
    ['[HTTP_COOKIE] => lang=en; app_state=Abc12345xyz', 'Abc12345xyz', '[HTTP_COOKIE] => [redacted]'],
    ['method=GET cookie=sid=Abc12345 status=401 lb_id=3f2a', 'Abc12345', 'method=GET cookie=[redacted] status=401 lb_id=3f2a'],
    ['{lang=en, Cookie=[lang=en; app_sid=Zq81LmX0pT]}', 'Zq81LmX0pT', '{lang=en, Cookie=[redacted]}'],
    ['"cookie": "a=b; remember-me=YWRtaW46MTcw", "x": 1', 'YWRtaW46MTcw', '"cookie": [redacted], "x": 1'],
  ],
  'labelled secret': [
    // a request dump inside a JSON string: its line breaks written out (\r\n), the labels after them
    ['GET / HTTP/1.1\\r\\nX-Api-Key: Hunter2x\\r\\nAccept: */*', 'Hunter2x', 'GET / HTTP/1.1\\r\\nX-Api-Key: [redacted]\\r\\nAccept: */*'],
    ['cfg\\naccess_key: AKIDX\\nsecret_key: Hunter2x', 'Hunter2x', 'cfg\\naccess_key: [redacted]\\nsecret_key: [redacted]'],
    ['C:\\token=abc123 failed', 'abc123', 'C:\\token=[redacted] failed'],
    // names with a prefix or an ending: Huawei Cloud's and OpenStack's variables, confirmations, app codes
    ['HW_SECRET_KEY=Hunter2x OS_SECRET_KEY=Hunter3x', 'Hunter', 'HW_SECRET_KEY=[redacted] OS_SECRET_KEY=[redacted]'],
    ['CLOUD_SDK_SK=Hunter2x, obs.secret_key=Hunter3x', 'Hunter', 'CLOUD_SDK_SK=[redacted], obs.secret_key=[redacted]'],
    ['DB_PASS=Hunter2x bypass=true', 'Hunter2x', 'DB_PASS=[redacted] bypass=true'],
    ['{"password_confirmation":"Hunter2x","adminPass":"Hunter3x"}', 'Hunter', '{"password_confirmation":[redacted],"adminPass":[redacted]}'],
    ['X-Apig-AppCode: Hunter2x', 'Hunter2x', 'X-Apig-AppCode: [redacted]'],
    ["{'HTTP_AUTHORIZATION': 'Token Hunter2x', 'HTTP_HOST': 'elb'}", 'Hunter2x', "{'HTTP_AUTHORIZATION': [redacted], 'HTTP_HOST': 'elb'}"],
    // Go's map formatting; a full-width colon (messages in Chinese)
    ['map[api_key:Hunter2x region:cn-north-4]', 'Hunter2x', 'map[api_key:[redacted] region:cn-north-4]'],
    ['密码 password：Hunter2x', 'Hunter2x', '密码 password：[redacted]'],
    // Chinese has no spaces: the value ends at its punctuation, the rest of the sentence stays
    ['认证失败，token：A1b2c3d4。负载均衡器lb-1不可用', 'A1b2c3d4', '认证失败，token：[redacted]。负载均衡器lb-1不可用'],
    ['next /login?x\\u003d1\\u0026password\\u003dHunter2x', 'Hunter2x', 'next /login?x\\u003d1\\u0026password\\u003d[redacted]'],
    // a value repeated after its label: the bare credential, without the sentence's full stop
    ['password: Hunter2x. Retry with Hunter2x', 'Hunter2x', 'password: [redacted] Retry with [redacted]'],
    ['x-api-key: 7f3a9c1e5bQz', '7f3a9c', 'x-api-key: [redacted]'],
    ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtn', 'AWS_SECRET_ACCESS_KEY=[redacted]'],
    ['appKey: Zk3uV9xq7Lw2Pa, X-Auth-Key: Zk3uV9xq7Lw2Pb', 'Zk3uV9', 'appKey: [redacted], X-Auth-Key: [redacted]'],
    ['AK: QTWAOYTTINDUT2QVKYUC SK: MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc', 'QTWAOYTTINDUT2QVKYUC', 'AK: [redacted] SK: [redacted]'],
    ['{"access_key":"QTWA0YTT","secret_key":"MFyf vK41"}', 'MFyf', '{"access_key":[redacted],"secret_key":[redacted]}'],
    ['Authorization: Bearer s3cr3t', 's3cr3t', 'Authorization: [redacted]'],
    ['X-Auth-Token: abc123 was refused', 'abc123', 'X-Auth-Token: [redacted] was refused'],
    // a value in brackets is one value, to its closing bracket
    ['password: (correct horse) is too short', 'horse', 'password: [redacted] is too short'],
    ['password: (hun(ter)2), token: {a b}', 'ter', 'password: [redacted], token: [redacted]'],
    ['password=Tr0ub4dor&3 rejected', '&3', 'password=[redacted] rejected'],
    // := (Go, Pascal) and => (Ruby, PHP) between the label and the value
    ['PASSWORD := hunter2; :password => "x1y2"', 'hunter2', 'PASSWORD := [redacted]; :password => [redacted]'],
    ['password=ab12&lt;cd34&amp;limit=5', 'cd34', 'password=[redacted]&amp;limit=5'],
    // Huawei Cloud's AK/SK credential: "access" is an access key when its value looks like one
    ['{"access":"QTWAOYTTINDUT2QVKYUC","secret":"MFyfvK41"}', 'QTWAOYTT', '{"access":[redacted],"secret":[redacted]}'],
    ['{\\"access\\":\\"QTWAOYTTINDUTQVKYUCX\\"} access: QTWAOYTTINDUT2QVKYUC: not found', 'QTWAOYTT', '{\\"access\\":[redacted]} access: [redacted] found'],
    ['{"credential":{"access":"QTWAOYTTINDUT2QVKYUC","secret":"MFyfvK41"}}', 'QTWAOYTT', '{"credential":[redacted]}'],
  ],
  'XML element': [
    ['<password>hunter2</password>', 'hunter2', '<password>[redacted]</password>'],
    // pretty-printed, with child elements, comments and CDATA: the whole content
    ['<password>\n  <value>hun<!-- c -->ter2</value>\n</password>', 'ter2', '<password>[redacted]</value>\n</password>'],
    ['<password><![CDATA[abc]]>def</password>', 'def', '<password>[redacted]</password>'],
    // escaped for an HTML page, or by a JSON encoder
    ['&lt;password&gt;hunter2&lt;/password&gt;', 'hunter2', '&lt;password&gt;[redacted]&lt;/password&gt;'],
    ['{"m":"\\u003cpassword\\u003ehunter2\\u003c/password\\u003e"}', 'hunter2', '{"m":"\\u003cpassword\\u003e[redacted]\\u003c/password\\u003e"}'],
    ['<access>\n  QTWAOYTTINDUT2QVKYUC\n</access>', 'QTWAOYTT', '<access>[redacted]</access>'],
    // in a JSON string, whose encoder may escape the slash of an end tag
    ['{"m":"<password>\\n  ab12 cd34\\n<\\/password>"}', 'cd34', '{"m":"<password>[redacted]<\\/password>"}'],
    ['<ns:Token a="1"><![CDATA[ab<c1]]></ns:Token>', 'ab<c1', '<ns:Token a="1">[redacted]</ns:Token>'],
    // an object storage's signature error (S3, OBS) echoes the key id and the signature it got
    [
      '<Error><Code>SignatureDoesNotMatch</Code><AccessKeyId>QTWAOYTTINDUT2QVKYUC</AccessKeyId><SignatureProvided>5d672d79</SignatureProvided></Error>',
      '5d672d79',
      '<Error><Code>SignatureDoesNotMatch</Code><AccessKeyId>[redacted]</AccessKeyId><SignatureProvided>[redacted]</SignatureProvided></Error>',
    ],
    // cut off before its end tag
    ['<password>hunter2', 'hunter2', '<password>[redacted]'],
    ['<password>\n <![CDATA[hunter2', 'hunter2', '<password>[redacted]'],
    ['<password>\n    ab12cd34\n', 'ab12cd34', '<password>[redacted]\n'],
  ],
  'echoed field value': [
    // jsonschema's wording (Nova, Zun), and the value echoed again in the same message
    ["Invalid input for field 'password'.Value: 'Hunter2x'. 'Hunter2x' is too short", 'Hunter2x', "Invalid input for field 'password'.Value: [redacted]. '[redacted]' is too short"],
    ["Invalid input for field/attribute adminPass. Value: Hunter2x. u'Hunter2x' is too short", 'Hunter2x', "Invalid input for field/attribute adminPass. Value: [redacted]. u'[redacted]' is too short"],
    ["Invalid input for field/attribute password. Value: 'hunter2'. Value should be a string.", 'hunter2', "Invalid input for field/attribute password. Value: [redacted]. Value should be a string."],
    ['Invalid input for field/attribute admin_password. Value: Tr0ub4dor 3. Mandatory field missing.', 'Tr0ub4dor', 'Invalid input for field/attribute admin_password. Value: [redacted]. Mandatory field missing.'],
    // WSME does not escape the value: a quote inside it is not its end, nor is a line break
    ["Invalid input for field/attribute password. Value: 'hun'ter2'. Value should be a string.", 'ter2', "Invalid input for field/attribute password. Value: [redacted]. Value should be a string."],
    ['Invalid input for field/attribute passphrase Value: "a "quoted" one"', 'quoted', 'Invalid input for field/attribute passphrase Value: [redacted]'],
    ["Invalid input for field/attribute private_key. Value: 'MIIEvQ\nline2s3cr3t'. Invalid key.", 's3cr3t', 'Invalid input for field/attribute private_key. Value: [redacted]. Invalid key.'],
    ["Invalid input for Field/Attribute user.password. Value: 'x1'. x", "'x1'", 'Invalid input for Field/Attribute user.password. Value: [redacted]. x'],
    ['field/attribute private_key. Value: abc123', 'abc123', 'field/attribute private_key. Value: [redacted]'],
  ],
  'secret parameter': [
    ['/x?sessionid=a1&sid=b2&jwt=c3&bearer=d4&limit=5', '=a1', '/x?sessionid=[redacted]&sid=[redacted]&jwt=[redacted]&bearer=[redacted]&limit=5'],
    ['/x?%2574oken=abc9', 'abc9', '/x?%2574oken=[redacted]'],
    ['/x?auth[token]=abc9&user[password]=hunter2&page[limit]=5', 'hunter2', '/x?auth[token]=[redacted]&user[password]=[redacted]&page[limit]=5'],
    ['/o?X-Goog-Signature=dead01&X-Goog-Credential=me%2F2024&AWSAccessKeyId=K3Y&Expires=1', 'dead01', '/o?X-Goog-Signature=[redacted]&X-Goog-Credential=[redacted]&AWSAccessKeyId=[redacted]&Expires=1'],
    ['/x#a=1&pw=Tr0ub4dor&3&limit=5', '&3', '/x#a=1&pw=[redacted]&limit=5'],
    ['/x?token=ab&amp;cd&amp;limit=5', 'cd', '/x?token=[redacted]&amp;limit=5'],
  ],
  'encoded secret parameter': [
    ['/login?next=%2Fapi%2Flbs%3Ftoken%3Dabc123%26limit%3D5', 'abc123', '/login?next=%2Fapi%2Flbs%3Ftoken%3D[redacted]%26limit%3D5'],
    ['/x?r=%2Fy%23access_token%3Dey1%252Bz%2F', 'ey1', '/x?r=%2Fy%23access_token%3D[redacted]'],
    ['/x?r=%2fy%3fapi%255Fkey%3dK3Y9&page=2', 'K3Y9', '/x?r=%2fy%3fapi%255Fkey%3d[redacted]&page=2'],
    // the first parameter of an encoded form, an encoded ;, a twice-encoded & inside the value
    ['/login?body=password%3Dhunter2%26user%3Dbob', 'hunter2', '/login?body=password%3D[redacted]%26user%3Dbob'],
    ['/cb?next=%2Fapi%3Bjsessionid%3D8d7f6e5c', '8d7f6e5c', '/cb?next=%2Fapi%3Bjsessionid%3D[redacted]'],
    ['/login?next=%2Fapi%3Fpassword%3DTr0ub4dor%25263%26limit%3D5', '%25263', '/login?next=%2Fapi%3Fpassword%3D[redacted]%26limit%3D5'],
  ],
  'twice-encoded secret parameter': [
    ['/cb?r=%252Fcb%253Fcode%253DSplx1OB%2526state%253D1', 'Splx1OB', '/cb?r=%252Fcb%253Fcode%253D[redacted]%2526state%253D1'],
    ['/a?r=%2Fb%3Fnext%3D%252Fc%253Fpw%253Dp%252523ss%2526x%253D1', 'ss%25', '/a?r=%2Fb%3Fnext%3D%252Fc%253Fpw%253D[redacted]%2526x%253D1'],
    ['/a?f=password%253Dhunter2%2526u%253Db', 'hunter2', '/a?f=password%253D[redacted]%2526u%253Db'],
  ],
  'secret matrix parameter': [
    ['/app;jsessionid=ABC123;token=XYZ9?x=1', 'ABC123', '/app;jsessionid=[redacted];token=[redacted]?x=1'],
    ['/app;jsessionid=ABC123/next/page', 'ABC123', '/app;jsessionid=[redacted]/next/page'],
  ],
  'long opaque token': [['signature AbCdEf0123456789AbCdEf0123456789AbCdEf0123456789xyz done', 'AbCdEf0123', 'signature [redacted] done']],
};

describe('the credential table', () => {
  it('has examples for every row (a new row needs its test)', () => {
    expect(CREDENTIAL_SHAPES.map((row) => row.name).sort()).toEqual(Object.keys(ROW_EXAMPLES).sort());
  });

  describe.each(CREDENTIAL_SHAPES.map((row) => [row.name, row] as const))('row "%s"', (name, row) => {
    it.each(ROW_EXAMPLES[name]!)('%s', (input, secret, expected) => {
      expect(redactText(input)).toBe(expected);
      expect(redactText(input)).not.toContain(secret);
      // The row finds it on its own, not only with the help of another row (and its hint lets it look).
      if (row.hint) expect(row.hint.some((part) => input.includes(part))).toBe(true);
      row.pattern.lastIndex = 0;
      const found = [...input.matchAll(row.pattern)].some((m) => !row.test || row.test(m[2]!, m[1]!));
      expect(found).toBe(true);
    });
  });

  // A row skips texts shorter than its minLength without looking: that length must be its
  // shortest possible match, or a short credential would slip through.
  it.each([
    ['Bearer / Basic credentials', 'Basic abc1defg'],
    ['long opaque token', 'AbCdEf0123456789'.repeat(3)],
    ['echoed field value', 'field/attribute pw Value:x'],
    ['XML element', '<pw>x'],
  ])('row "%s" still redacts its shortest match, %s', (name, shortest) => {
    const row = CREDENTIAL_SHAPES.find((shape) => shape.name === name)!;
    expect(shortest.length).toBe(row.minLength);
    expect(redactText(shortest)).toContain('[redacted]');
    expect(redactText(shortest.slice(0, -3))).not.toContain('[redacted]');
  });

  it('is idempotent', () => {
    for (const examples of Object.values(ROW_EXAMPLES)) for (const [input] of examples) expect(redactText(redactText(input))).toBe(redactText(input));
  });

  it('is idempotent where a first pass shortens the text and brings an end into reach', () => {
    for (const input of [
      `field/attribute password. Value: ${'x'.repeat(100)} ${'z'.repeat(420)}`,
      "field/attribute password. Value: 'hun'ter2'. Value should be a string.",
      'field/attribute password. Value:" "]x',
      'password=Bearer \\u003c[redacted]'.repeat(3),
      '<password><![CDATA['.repeat(60),
      `field/attribute password. Value: '${'a'.repeat(600)}'. x`,
    ]) {
      const once = redactText(input);
      expect(once).toContain('[redacted]');
      expect(redactText(once)).toBe(once);
    }
  });
});

describe('invisible characters do not hide a secret', () => {
  it.each([
    ['a zero-width space inside a Fernet token', `token gAAAAAB\u200b${FERNET.slice(7)} is invalid`],
    ['a soft hyphen inside a JWT', `jwt ${JWT.slice(0, 10)}\u00ad${JWT.slice(10)}`],
    ['a bidi override inside a parameter name', '/x?to\u202eken=SECRET99'],
    ['a line break between label and value', 'password:\nSECRET99'],
  ])('%s', (_label, text) => {
    const error = toElbError({ status: 401, body: { error_msg: text } }, { url: text });
    expect(error.serverMessage).toContain('[redacted]');
    expect(`${error.serverMessage} ${error.url}`).not.toMatch(/SECRET99|Zq|9mYk3c2FJb0|eyJzdWIi/);
  });
});

describe('a label that is not a secret does not hide the one after it', () => {
  it.each([
    ['Error: X-Auth-Token: abc123def', 'abc123def'],
    ['Authentication failed: password=hunter2', 'hunter2'],
    ['detail: "password": "hunter2"', 'hunter2'],
    ['Bad request: api_key=hunter2', 'hunter2'],
    ['code: token=abc123def', 'abc123def'],
    ['ak: token: QaA00A00z', 'QaA00A00z'],
    ['Ak: token":"QaAa0A00z"', 'QaAa0A00z'],
    ['AK: "token": "QaAa0A00z"', 'QaAa0A00z'],
    ['sk: token = QaAa0A00z', 'QaAa0A00z'],
    ['password: abc: def', 'abc'],
    ['Invalid value for password: "hunter2": too short', 'hunter2'],
    ['X-Auth-Token: abc123\n==========\nbody', 'abc123'],
    ['token=abc123 => rejected', 'abc123'],
    ["password: 'hunter2' = wrong", 'hunter2'],
    ['X-Auth-Token: abc123 : invalid', 'abc123'],
    ['user[password]=hunter2&x=1', 'hunter2'],
    ['auth[password]: hunter2', 'hunter2'],
    ['Authorization: abc123def X-Auth-Token: hS8kq2Lmx9Pq', 'hS8kq2Lmx9Pq'],
    ['Authorization: SDK-HMAC-SHA256 Access=HPUAX, SignedHeaders=host;x-sdk-date, Signature="5d672d79c15b13162d9279b0855cfba6"', '5d672d79'],
    ['Authorization: Signature keyId="k1",algorithm="rsa",signature="abcd1234"', 'abcd1234'],
    ['Authorization: Digest username="admin", realm="r", response="6629fae49393a05397450978507c4ef1"', '6629fae4'],
    ['{"X-Auth-Token":["hS8kq2Lmx9Pq"]}', 'hS8kq2Lmx9Pq'],
    ['map[Content-Type:[json] X-Auth-Token:[hS8kq2Lmx9Pq]]', 'hS8kq2Lmx9Pq'],
    ["{'X-Auth-Token': ['hS8kq2Lmx9Pq']}", 'hS8kq2Lmx9Pq'],
    ['{\\"password\\": \\"hunter2XYZ\\"}', 'hunter2XYZ'],
    ['{"password": "hun\\"ter2XYZ", "name": "lb-1"}', 'ter2XYZ'],
    ["{'password': 'hun\\'ter2XYZ'}", 'ter2XYZ'],
    ['<error><password>hunter2</password></error>', 'hunter2'],
    ['<error><message>short</message><ns:token a="1">hS8kq2Lmx9Pq</ns:token></error>', 'hS8kq2Lmx9Pq'],
    ['pw=hunter3 passcode=1234x client_key: k2y2 encryption_key=k3z3 obs_sk=k5k5 HUAWEICLOUD_SDK_SK=k6k6', 'k6k6'],
  ])('%s', (input, secret) => {
    expect(redactText(input)).not.toContain(secret);
    expect(redactText(input)).toContain('[redacted]');
  });

  it('reaches neither the server message nor the copied summary', () => {
    const error = toElbError({ status: 400, body: { error_msg: 'Authentication failed: password=hunter2' } });
    expect(error.serverMessage).not.toContain('hunter2');
    expect(formatErrorSummary(error)).not.toContain('hunter2');
  });

  it('stays linear on runs of labels (each rejected value is scanned again only when short)', () => {
    for (const text of ['a:'.repeat(50_000), 'x='.repeat(50_000), ('a:'.repeat(250) + ' ').repeat(200), 'a: '.repeat(33_000) + '= x', ('a: '.repeat(100) + '=').repeat(300)]) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('decodes a percent-encoded name only where decoding changes it (a lone % threw three times per label)', () => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');
    try {
      expect(redactText('?%=1&a%=2&%tok]:=3 100% done')).toBe('?%=1&a%=2&%tok]:=3 100% done');
      expect(decode).not.toHaveBeenCalled();
      expect(redactText('/x?%2574oken=abc9')).toBe('/x?%2574oken=[redacted]');
    } finally {
      decode.mockRestore();
    }
  });

  it('stays linear on elements and ampersands that never end', () => {
    expect(redactText('<password>'.repeat(50_000))).toBe('<password>'.repeat(50_000));
    expect(redactText(`<password><![CDATA[${'<password>'.repeat(20_000)}`)).toBe(`<password><![CDATA[${'<password>'.repeat(20_000)}`);
    expect(redactText(`<password a="${'x'.repeat(200)}">s3cret`)).toBe(`<password a="${'x'.repeat(200)}">[redacted]`);
    expect(redactText('<a b="'.repeat(100_000))).toBe('<a b="'.repeat(100_000));
    expect(redactText('&lt;a '.repeat(100_000))).toBe('&lt;a '.repeat(100_000));
    expect(redactText(`<x>${'<a>'.repeat(50_000)}s</x>`)).toBe(`<x>${'<a>'.repeat(50_000)}s</x>`);
    expect(redactText('-----BEGIN PRIVATE KEY-----'.repeat(30_000))).toBe('-----BEGIN PRIVATE KEY-----'.repeat(30_000));
    // escaped start tags whose attributes could end at any of many brackets; comments that chain across tags
    expect(redactText('\\u003ca \\u003e'.repeat(50_000))).toBe('\\u003ca \\u003e'.repeat(50_000));
    expect(redactText('}=\\u003c--><!--'.repeat(50_000))).toBe('}=\\u003c--><!--'.repeat(50_000));
    expect(redactText(`password=${'&a'.repeat(50_000)}`)).toBe('password=[redacted]');
    expect(redactText(`/x?token=${'&'.repeat(100_000)}`)).toBe('/x?token=[redacted]');
  });

  it('stays linear on encoded separators that start no secret parameter', () => {
    // (escapes in lower case: a long run with capitals, lower case and digits is a long opaque token)
    for (const text of ['%3f'.repeat(100_000), ('%3f' + 'a'.repeat(300)).repeat(300), '%26a%3d'.repeat(30_000), '%25'.repeat(60_000) + '3d', '%253fx%253d%2526'.repeat(10_000), '%3fab%25zz%3d'.repeat(20_000)]) {
      expect(redactText(text)).toBe(text);
    }
    expect(redactText(`%3Ftoken%3D${'a%2'.repeat(40_000)}`)).toBe('%3Ftoken%3D[redacted]');
    // an escape read one way only: a name of escapes that never reaches its = is not tried every way
    const chinese = encodeURIComponent(encodeURIComponent('负载均衡器健康检查')).toLowerCase();
    const message = `GET /login?next=%252fconsole%2523${chinese}&limit%3d10 returned 401`;
    expect(redactText(message)).toBe(message);
    for (const text of [`?next=%3fa${'%2541'.repeat(20_000)} 3d`, `?n=%253fa${'%252541'.repeat(15_000)} 3d`, `=${'%41'.repeat(50_000)}&`]) expect(redactText(text)).toBe(text);
  });

  it('stays linear on echoed field values that never end', () => {
    // No end of the sentence within 512 characters: the rest of the line goes, however long.
    expect(redactText(`field/attribute password. Value: ${'z'.repeat(100_000)}`)).toBe('field/attribute password. Value: [redacted]');
    expect(redactText(`field/attribute password. Value: s3cret ${'z'.repeat(600)}\nnext`)).toBe('field/attribute password. Value: [redacted]\nnext');
    expect(redactText(`field/attribute password. Value: '${"'".repeat(100_000)}`)).toBe('field/attribute password. Value: [redacted]');
    expect(redactText('field/attribute pw Value: '.repeat(4_000))).toMatch(/\[redacted\]$/);
  });
});

describe('an Authorization value is redacted, not the prose after it', () => {
  it.each([
    // a scheme word and a credential: "failed for" reads as one, and goes; the rest of the line stays
    ['authorization: failed for project 123', 'project 123'],
    ['Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b (request req-1)', '(request req-1)'],
    ['Authorization: abc123def Host: elb.example.com', 'Host: elb.example.com'],
    ['GET /v3/elb/listeners?authorization=abc&limit=10&marker=xyz', '&limit=10&marker=xyz'],
    ['authorization=granted role=admin', 'role=admin'],
    ['{"authorization":["read","write"]}', '"write"]}'],
  ])('%s', (input, kept) => {
    expect(redactText(input)).toContain(kept);
    expect(redactText(input)).toContain('[redacted]');
  });
});

describe('what stays readable', () => {
  it.each([
    `/v3/99a3fff0d03c428eac3678da6a7d0f24/elb/loadbalancers/${UUID}`,
    `/v3/lbs?marker=${UUID}&limit=10&sort_key=name&sort_dir=desc&page_reverse=true`,
    '/login?next=%2Fv3%3Flimit%3D10%23top',
    '/x?q=100%25%20sure%3Dyes%25%3D',
    'https://elb.eu-de.otc.t-systems.com:8443/v3/lbs?limit=1',
    'https://elb.example:8443/v3/members/a@b',
    `Error code: ELB.1003, request id ${REQUEST_ID}, load balancer ${UUID}, port 8080`,
    'req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a',
    'APIGW.0101 The token is missing.',
    'Basic authentication required; Bearer token is missing',
    'Load balancer my-very-long-load-balancer-name-for-production-eu-de-01 is immutable',
    'Invalid state PENDING_UPDATE of loadbalancer resource 1f2e',
    '{"error_code":"ELB.1003","request_id":"r-1"}',
    '{"endpoint":"https://elb.example.com","contacts":["a@x.com","b@y.com"]}',
    'task: deploy, desk: 3, passed: 4 tests, sort_key=name, marker=abc, key: sort_key',
    // the same validation message under a secret's label and another's (the repeat pass looks for credentials only)
    '{"username":["This field is required."],"email":["Must be 8-32 characters"]}',
    `Missing cookie. Request id ${REQUEST_ID}, listener ${UUID}`,
    'Invalid input for field/attribute listener. Value: 8080. Quota exceeded for resources: [loadbalancer].',
    "Invalid input for field/attribute name. Value: 'web-01'. Value should be at most 255 characters.",
    // an L7 rule's key is the name of a header or cookie
    "Invalid input for field/attribute key. Value: 'X-Forwarded-For'. Value should be a valid header name.",
    'session_persistence: SOURCE_IP, protocol: HTTPS, availability_zone_list: az1, at 10:11:12 on 2001:db8::1',
    'Caution: pass: 3 of 5 checks succeeded; pass=2 fail=1 skip=0; keypem=none x-key=layout-v2 proxy_key=none',
    'ELB.4015: The private key is invalid. Please check -----BEGIN PRIVATE KEY----- format.',
    // "access" is prose unless its value looks like a key
    'Access: denied for user bob; access=12345678; access: read-only',
    '<Error><Code>ELB.1001</Code><Message>Load balancer not found</Message></Error>',
    '<html><head><title>401 Authorization Required</title></head></html>',
    '/v3/lbs?limit=10&marker=abc&page_reverse=true&flag&x=1',
    // a placeholder in prose is not an element; an empty element is empty
    'Send the token as <token> in the header and retry (error ELB.1003, request 0a7b5f2c)',
    '<password/> <password /> Listener 3b1a6c2e not found',
    'Token: <b>expired</b>',
  ])('%s', (text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('redactUrl: the variants that leaked', () => {
  it.each([
    [`/v3/auth/tokens/${FERNET}`, '/v3/auth/tokens/[redacted]'],
    [`https://elb.example/x#${JWT}`, 'https://elb.example/x#[redacted]'],
    ['/x?sessionid=a&sid=b&jwt=c&bearer=d', '/x?sessionid=[redacted]&sid=[redacted]&jwt=[redacted]&bearer=[redacted]'],
    ['/x;token=abc;jsessionid=def/y', '/x;token=[redacted];jsessionid=[redacted]/y'],
    ['/x?%2574oken=abc', '/x?%2574oken=[redacted]'],
    ['/b/o?X-Goog-Signature=abc&X-Goog-Credential=def&AWSAccessKeyId=ghi', '/b/o?X-Goog-Signature=[redacted]&X-Goog-Credential=[redacted]&AWSAccessKeyId=[redacted]'],
    ['https:/u:p@elb.example/x', 'https:/[redacted]@elb.example/x'],
    ['https://u:pa/ss@elb.example/x', 'https://[redacted]@elb.example/x'],
  ])('%s', (input, output) => {
    expect(redactUrl(input)).toBe(output);
  });

  it('redacts before it cuts: a token straddling the 2,048th character is not shown in part', () => {
    const token = 'Zq8'.repeat(24); // 72 characters
    const url = `/v3/lbs?${'limit=1&'.repeat(253)}q=${token}&limit=2`;
    expect(url.indexOf(token)).toBeLessThan(2048);
    expect(url.indexOf(token) + token.length).toBeGreaterThan(2048);
    const out = redactUrl(url)!;
    expect(out.length).toBeLessThanOrEqual(2048);
    expect(out).not.toContain('Zq8Zq8');
  });

  it('never shows part of a token cut by the window, however much redaction shortened what came before', () => {
    const token = 'Xy7'.repeat(30);
    const url = `/x?${'token=abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop&'.repeat(200)}q=${token}`;
    expect(redactUrl(url)!).not.toContain('Xy7Xy7');
  });
});

describe('the window over a long message', () => {
  it('cuts at white space: a URL cut before its @ does not show the password in front of it', () => {
    const error = toElbError({ status: 400, body: { error_msg: `${' '.repeat(8162)}https://admin:Secr3tPassw0rd/xyz@elb.example.com` } });
    for (const out of outputs(error)) expect(out).not.toContain('Secr3t');
    const words = toElbError({ status: 400, body: { error_msg: `${'word '.repeat(1636)}sent https://admin:Secr3tPassw0rd/xyz@elb.example.com` } });
    for (const out of outputs(words)) expect(out).not.toContain('Secr3t');
  });
});

// ---- every way out of an ElbError ----------------------------------------------------------

/** Every string a person or a log can get from an error. */
function outputs(error: ElbError): string[] {
  return [
    error.url ?? '',
    error.message,
    String(error),
    (error as ElbError & Error).stack ?? '',
    error.serverMessage ?? '',
    formatErrorSummary(error, createTranslator('en')),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ];
}

describe('ElbError: message, stack, inspect', () => {
  const kyTimeout = Object.assign(new Error('Request timed out: GET http://elb.example/slow?token=SECRET-1'), {
    name: 'TimeoutError',
    request: new Request('http://elb.example/slow?token=SECRET-1', { headers: { 'X-Auth-Token': 'SECRET-2', Authorization: 'Bearer SECRET-3' } }),
  });
  const nodeFetch = Object.assign(new Error('request to https://admin:hunter2@elb.example/x?token=SECRET-4 failed, reason: connect ECONNREFUSED'), {
    name: 'FetchError',
    type: 'system',
    code: 'ECONNREFUSED',
  });
  const axios401 = Object.assign(new Error('Request failed with status code 401'), {
    isAxiosError: true,
    config: { method: 'get', url: '/v3/lbs?X-Auth-Token=SECRET-5', headers: { 'X-Auth-Token': 'SECRET-6', Authorization: 'Bearer SECRET-7' } },
    response: { status: 401, data: { error_msg: `token ${FERNET} is invalid` }, headers: { 'x-request-id': 'r-1', 'set-cookie': 'sid=SECRET-8' } },
  });

  it.each([
    ['a ky TimeoutError', kyTimeout, 'timeout'],
    ['a node-fetch FetchError with user info', nodeFetch, 'network'],
    ['an Error with a token in its message', new Error('401 for /v3/lbs?access_token=SECRET-9'), 'unknown'],
    ['a plain string', 'GET https://elb.example/x?password=SECRET-10 failed', 'unknown'],
    ['an axios error with request headers', axios401, 'http'],
  ])('%s: no output holds a secret', (_label, input, kind) => {
    const error = toElbError(input);
    expect(error.kind).toBe(kind);
    for (const text of outputs(error)) {
      expect(text).not.toMatch(/SECRET|hunter2|gAAAAAB/);
    }
    expect(error.cause).toBe(input);
  });

  it('keeps the readable part of the message', () => {
    expect(toElbError(kyTimeout).message).toBe('Request timed out: GET http://elb.example/slow?token=[redacted]');
  });

  it('hides the cause from util.inspect and own properties, and still returns it', () => {
    const error = toElbError(axios401);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toBeUndefined();
    const printed = inspect(error, { showHidden: true, depth: Infinity });
    expect(printed).not.toMatch(/SECRET|Bearer/);
    expect(inspect(error)).toContain("requestId: 'r-1'");
    expect(error.cause).toBe(axios401);
    expect(error).toBeInstanceOf(Error);
  });

  it('redacts a server message that echoes a credential, in the error and in the copied summary', async () => {
    const response = new Response(JSON.stringify({ error_code: 'APIGW.0301', error_msg: `Token ${JWT} is invalid` }), { status: 401 });
    const error = await readElbError(response);
    expect(error.serverMessage).toBe('Token [redacted] is invalid');
    expect(formatErrorSummary(error)).not.toContain(JWT.slice(0, 20));
  });

  it('the copied summary is redacted even for an error whose fields were not', () => {
    const forged = { ...toElbError(500), url: '/x?token=SECRET-11', serverMessage: `bad ${FERNET}` } as ElbError;
    expect(formatErrorSummary(forged)).not.toMatch(/SECRET|gAAAAAB/);
  });
});

// ---- property: secrets never survive, UUIDs always do ------------------------------------------

const word = fc.stringMatching(/^[a-z\u00e9\u4e2d.,()!-]{1,12}$/);
/** Random prose without labels (no ':' or '='), credentials schemes or URLs. */
const context = fc.array(word, { maxLength: 12 }).map((words) => words.join(' ')).filter((text) => !/bearer|basic/i.test(text));
const b64url = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`));
/** A random value that looks generated: it has upper case, lower case and a digit. */
const value = fc.tuple(fc.stringMatching(/^[A-Za-z0-9]{6,40}$/), fc.integer({ min: 0, max: 9 })).map(([v, d]) => `Q${v}${d}z`);
const secretName = fc.constantFrom('token', 'access_token', 'X-Auth-Token', 'password', 'client_secret', 'api_key', 'sessionid', 'sid', 'jwt', 'bearer', 'X-Goog-Signature', 'AWSAccessKeyId', 'Signature', 'ak', 'sk');

/** [text holding the secret, the secret] */
const secret = fc.oneof(
  fc.tuple(b64url(8, 60), b64url(8, 200), b64url(0, 80)).map(([h, p, s]) => {
    const jwt = `eyJ${h}.${p}.${s}`;
    return [jwt, jwt] as const;
  }),
  b64url(40, 200).map((rest) => [`gAAAAAB${rest}`, `gAAAAAB${rest}`] as const),
  fc.stringMatching(/^[A-Za-z0-9+=]{30,200}$/).map((rest) => [`MII${rest}`, `MII${rest}`] as const),
  fc.tuple(fc.constantFrom('Bearer', 'Basic', 'bearer'), value).map(([scheme, v]) => [`${scheme} ${v}`, v] as const),
  fc.tuple(secretName, fc.constantFrom('=', ': ', '":"', ' = '), value).map(([name, sep, v]) => [`${name}${sep}${v}`, v] as const),
  fc.tuple(secretName, fc.constantFrom('?', '&', '#', ';'), value).map(([name, lead, v]) => [`https://elb.example/v3/lbs${lead}${name}=${v}&limit=1`, v] as const),
  fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), value).map(([user, pw]) => [`https://${user}:${pw}@elb.example/x`, pw] as const),
);

describe('property: redaction', () => {
  const runs = (n: number) => ({ numRuns: Math.round(n * Number(process.env.PROP_SCALE ?? 1)) });

  it('a random secret in random context never survives redactText', () => {
    fc.assert(
      fc.property(context, secret, context, (before, [text, hidden], after) => {
        expect(redactText(`${before} ${text} ${after}`)).not.toContain(hidden);
      }),
      runs(3000),
    );
  }, 60_000);

  it('a label that is not a secret does not hide a secret right after it ("failed: password=…")', () => {
    const label = fc.tuple(fc.stringMatching(/^[A-Za-z][\w.-]{0,11}$/), fc.constantFrom(': ', ':', '=', ' = ', '": "'));
    fc.assert(
      fc.property(context, fc.array(label, { minLength: 1, maxLength: 3 }), secret, context, (before, labels, [text, hidden], after) => {
        const prefix = labels.map(([name, sep]) => name + sep).join('');
        expect(redactText(`${before} ${prefix}${text} ${after}`)).not.toContain(hidden);
      }),
      runs(2000),
    );
  }, 60_000);

  it('a random secret in random context never survives, on any way out of an ElbError', () => {
    fc.assert(
      fc.property(context, secret, context, (before, [text, hidden], after) => {
        const input = `${before} ${text} ${after}`;
        const error = toElbError({ status: 400, body: { error_msg: input } }, { url: `/v3/x?q=1&${text.replace(/^https:\/\/elb\.example\/v3\/lbs./, '')}` });
        for (const out of outputs(error)) expect(out).not.toContain(hidden);
        for (const out of outputs(toElbError(new Error(input)))) expect(out).not.toContain(hidden);
      }),
      runs(300),
    );
  }, 60_000);

  it('a random UUID in random context always survives', () => {
    fc.assert(
      fc.property(context, fc.uuid(), context, (before, uuid, after) => {
        const input = `${before} ${uuid} ${after}`;
        expect(redactText(input)).toContain(uuid);
        expect(redactUrl(`https://elb.example/v3/${uuid}/elb/loadbalancers/${uuid}?marker=${uuid}&limit=5`)).toContain(`marker=${uuid}`);
        expect(toElbError({ status: 404, body: { error_msg: input } }).serverMessage ?? uuid).toContain(uuid);
      }),
      runs(1000),
    );
  }, 60_000);
});

describe('the copied summary in every shipped language keeps what support needs', () => {
  it.each(['en', 'de', 'zh-CN'] as const)('%s', async (locale) => {
    const messages = locale === 'de' ? (await import('elb-status-ui/locales/de')).de : locale === 'zh-CN' ? (await import('elb-status-ui/locales/zh-CN')).zhCN : undefined;
    const t = createTranslator(locale, messages);
    const error = toElbError(
      { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: REQUEST_ID } },
      { method: 'GET', url: `https://elb.example:8443/v3/lbs/${UUID}?marker=${UUID}&limit=10&token=SECRET-12` },
    );
    const summary = formatErrorSummary(error, t);
    for (const kept of ['ELB.8906', 'Internal server error.', REQUEST_ID, 'GET', `https://elb.example:8443/v3/lbs/${UUID}?marker=${UUID}&limit=10&token=[redacted]`]) {
      expect(summary).toContain(kept);
    }
    expect(summary).not.toContain('SECRET');
  });
});

describe('published ELB messages are never mistaken for secrets', () => {
  it('every message of the error-code catalogue passes redactText unchanged', async () => {
    const { ERROR_CODE_ROWS, getErrorCodeInfo } = await import('elb-status-ui/error-codes');
    const changed: string[] = [];
    for (const row of ERROR_CODE_ROWS) {
      for (const message of getErrorCodeInfo(row[0], row[1])?.messages ?? [row[4]]) {
        if (redactText(message) !== message) changed.push(message);
      }
    }
    expect(ERROR_CODE_ROWS.length).toBeGreaterThan(400);
    expect(changed).toEqual([]);
  });
});

describe('the library\'s own texts pass redaction unchanged (announcements may be redacted whole)', () => {
  it.each(['en', 'de', 'zh-CN'] as const)('%s', async (locale) => {
    const bundle = locale === 'de' ? (await import('elb-status-ui/locales/de')).de : locale === 'zh-CN' ? (await import('elb-status-ui/locales/zh-CN')).zhCN : (await import('elb-status-ui/core')).en;
    const texts = Object.values(bundle as Record<string, string>);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => redactText(text) !== text)).toEqual([]);
  });
});
