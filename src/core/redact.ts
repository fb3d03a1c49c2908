/**
 * Credentials kept out of everything this library shows, copies or logs. One table of shapes,
 * applied in order by `redactText`; every string that leaves an `ElbError` passes it.
 *
 * Each pattern is global with two groups: group 1 is kept (a label, a `?name=`), group 2 is the
 * secret and becomes `[redacted]`. Patterns stay linear on hostile input: every unbounded run
 * starts at a boundary (a lookbehind keeps a match from starting inside the run) or is bounded.
 */
export const REDACTED = '[redacted]';

/** One credential shape: what it is, how to find it, and (optionally) a check on what was found. */
export interface CredentialShape {
  readonly name: string;
  /** Global; group 1 is kept, group 2 is replaced. */
  readonly pattern: RegExp;
  /** Is this match a secret? `secret` is group 2, `kept` group 1. Absent: always. */
  readonly test?: (secret: string, kept: string) => boolean;
  /** Every match holds one of these: a text without any is skipped at once (most texts hold no secret). */
  readonly hint?: readonly string[];
  /** The shortest match: a shorter text is skipped at once (codes, methods, short paths). */
  readonly minLength?: number;
}

/** decodeURIComponent that keeps malformed text as it is. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Names (of query, matrix or fragment parameters, headers and labels) whose values are secrets.
 * Compared decoded (up to three times: `%2574oken`), lower-cased, without `-`, `_`, `.` and spaces.
 * `sort_key`, `marker`, `limit`, `tokens_used` are ordinary.
 */
const SECRET_NAME =
  /(token|secret|passw(or)?ds?|passw(or)?dconfirm(ation)?|pwd|passphrase|credentials?|signature(provided)?|sess(ion)?id|cookie|bearer|jwt|secret(access)?key|privatekey|apikey|appkey|appcode|tempurlsig|tempurlkey2?|storagepass)$|^x(amz|obs|goog)|^(x?(aws)?(api|access|secret(access)?|private|app|auth|security|client|encryption|signing)key(id|pem)?|key(id)?|sig|xsdkdate|(http)?(proxy)?auth(orization)?|code|(obs|sdk|huaweicloudsdk|cloudsdk)?(ak|sk)|sid|session|passcode|pw|(admin|db|user|root)pass)$/;

/** Is `name` (as written in a URL or a label) the name of a secret? */
export function isSecretName(name: string): boolean {
  let text = name;
  // Only what decoding changes (a lone "%" is not decoded again and again: each try throws)
  for (let i = 0; i < 3 && /%[\da-f]{2}/i.test(text); i++) {
    const decoded = decode(text);
    if (decoded === text) break;
    text = decoded;
  }
  // auth[token], user[password]: the brackets of form-style names are not part of the word
  return text.length <= 256 && SECRET_NAME.test(text.toLowerCase().replace(/[-_.\s[\]]/g, ''));
}

/** Words that are labels in prose ("error code: ELB.1003", "key: sort_key") rather than secrets. */
const PROSE_LABEL = /^(code|key|auth)$/i;

/**
 * What an "access" label holds when it is an access key (Huawei Cloud's AK, an EC2 credential), not prose:
 * 16-64 letters and digits with a digit, or 20 capitals, quoted or not, perhaps followed by more words.
 */
const ACCESS_KEY_VALUE = /^\s*(?:\\?["'])?(?:(?=[a-zA-Z]*\d)[a-zA-Z\d]{16,64}|[A-Z\d]{20})(?![a-zA-Z\d])/;

/** Does a label (or an element) with this name hold a secret, given what it holds? */
function namesSecret(name: string, secret: string): boolean {
  return (!PROSE_LABEL.test(name) && isSecretName(name)) || (/^access$/i.test(name) && ACCESS_KEY_VALUE.test(secret));
}

/** The angle brackets of a tag, also escaped for HTML (&lt;) or by a JSON encoder (\u003c). */
const LT = String.raw`(?:<|&lt;|\\u003c)`;
const GT = String.raw`(?:>|&gt;|\\u003e)`;
/** A character of an element's text: anything but the start of a tag (<, &lt; or \u003c). */
const TEXT = String.raw`(?:[^<&\\]|&(?!lt;)|\\(?!u003c))`;
/**
 * A character of an unquoted labelled value: not a space, quote, bracket or separator (also the full-width
 * punctuation of Chinese, which has no spaces between words), and not a written-out line break (`\r\n`, as
 * in a request dump inside a JSON string: the next header starts there) or & (`\u0026`: the next pair).
 */
const VALUE_CHAR = String.raw`(?:[^\s"',;&?#<>()[\]{}\\，。；：！？、（）【】「」]|\\(?![nrt]|u0026))`;
/** A character entity (&amp;, &lt;, &#38;, &#x26;): one unit inside a value, never its end. */
const ENTITY = String.raw`(?:[a-zA-Z]{2,6};|#\d{1,7};|#[xX][\da-fA-F]{1,6};)`;
/** A start tag's attributes: they end at the first bracket of either kind (also escaped), so that a tag has one end. */
const ATTRIBUTES = String.raw`(?:\s(?:[^<>&\\]|&(?![lg]t;)|\\(?!u003[ce])){0,256})?`;

/** Looks random: upper and lower case and a digit, or a hex run longer than a request id. */
function looksRandom(text: string): boolean {
  return (/[A-Z]/.test(text) && /[a-z]/.test(text) && /\d/.test(text)) || text.split(/[-_]/).some((part) => part.length > 32 && /^[\da-f]+$/i.test(part));
}

/**
 * A character of a percent-encoded query's name or value: anything but a raw separator, one escape
 * (`%2F`; `%2541` is the escape `%25` and two characters: one reading only, so that a failed match is
 * not tried every way), or a lone `%`. `ends` are the escapes' codes that end it: the separators
 * `&` `#` `?` `=` `;` of that query's level.
 */
function encodedChar(ends: string): string {
  return String.raw`(?:[^&#;?=\s"'<>%]|%(?!${ends})[\da-fA-F]{2}|%(?![\da-fA-F]{2}))`;
}

/**
 * The row for the parameters of a query or form percent-encoded once (`%3F`, `%26`, `%3D`) or twice
 * (`%253F`…) inside a parameter's value: they start after an encoded `?`, `&`, `#` or `;` of their level,
 * or right after a `=` (the first one; twice encoded, also after an encoded `=`), and end at a separator of
 * their level (twice encoded, also at a once-encoded one, which belongs to the query around them).
 */
function encodedParameterRow(name: string, twice: boolean): CredentialShape {
  const pct = twice ? '%25' : '%';
  const char = encodedChar(twice ? '(?:25)?(?:26|23|3F|3D|3B)' : '(?:26|23|3F|3D|3B)');
  const start = twice ? '(?<==|%3D)' : '(?<==)';
  return {
    name,
    hint: twice ? ['253D', '253d'] : ['3D', '3d'],
    pattern: new RegExp(String.raw`((?:${pct}(?:3F|26|23|3B)|${start})${char}{1,256}${pct}3D)(${char}*)`, 'gi'),
    // the name without its separators: "?name="
    test: (secret, kept) => secretParameter(secret, `?${kept.replace(/^%(?:25)?(?:3F|26|23|3B)/i, '').replace(/%(?:25)?3D$/i, '=')}`),
  };
}

/** A parameter is secret by its name, or by a value that looks like a token. */
function secretParameter(secret: string, kept: string): boolean {
  return isSecretName(kept.slice(1).split('=')[0]!.trim()) || (secret.length >= 48 && /^[\w+/=-]{48,}$/.test(decode(secret)));
}

/** Rows whose values are looked for again in the rest of the text (`redactEchoes`): labelled values, which servers echo. */
const ECHOED = new WeakSet<CredentialShape>();
function echoed(row: CredentialShape): CredentialShape {
  ECHOED.add(row);
  return row;
}

/** The table. Order matters: specific shapes first, the catch-alls last. */
export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  {
    // -----BEGIN (RSA |EC |ENCRYPTED )PRIVATE KEY----- … -----END … (a certificate's key echoed back): all of
    // it, also when the end is missing (then when key material follows) or its line breaks are escaped. The
    // search for the end stops at the next BEGIN, and a key already redacted is not read again.
    name: 'private key',
    hint: ['PRIVATE KEY'],
    pattern: /(-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)(?!\[redacted\])((?:(?!-----BEGIN )[\s\S]){0,20000}?-----END [A-Z ]{0,40}PRIVATE KEY-----|(?=\s{0,8}[\w+/=\\]{12})[\s\S]+)/g,
  },
  {
    // https://user:password@host, //user@host, https:/u:p@h, https://u:pa/ss@h (a port is not a password);
    // up to the last @ before the path, as URL parsers read it: https://john@example.com:p@ss@host/users/a@b;
    // also with the slashes escaped by a JSON encoder (https:\/\/user:pw@host, PHP's json_encode)
    name: 'user info',
    hint: ['@'],
    pattern: /((?<![\w+.-])[a-z][\w+.-]{0,30}:(?:\\?\/){1,3}|(?<![:/])\/\/)([^\s/?#:"<>[\]]{0,256}(?::(?!\d{1,5}(?:[/?#\s]|$))(?:[^\s/?#"<>[\]]{0,512}(?=@)|[^\s?#@"<>[\]]{0,512}))?)(?=@)/gi,
  },
  {
    // header.payload[.signature], JWS and JWE
    name: 'JWT',
    hint: ['eyJ'],
    pattern: /()(?<![\w-])(eyJ[\w-]{4,}\.[\w-]{4,}(?:\.[\w-]*){0,3})/g,
  },
  {
    // Keystone Fernet tokens: base64url of 0x80 + timestamp
    name: 'Keystone Fernet token',
    hint: ['gAAAAA'],
    pattern: /()(?<![\w-])(gAAAAA[\w-]{20,}(?:=|%3D){0,2})/g,
  },
  {
    // Keystone PKI / PKIZ tokens (CMS, base64, also percent-encoded); a following path word is kept
    name: 'Keystone PKI token',
    hint: ['MII', 'PKIZ_'],
    pattern: /()(?<![\w%+-])((?:MII|PKIZ_)[\w%+=-]{20,}(?:\/(?![a-z\d._-]*(?:[/?#;\s"'<>)\]]|$))[\w%+=-]+)*)/g,
  },
  {
    name: 'AWS access key id',
    hint: ['AKIA', 'ASIA'],
    pattern: /()(?<![A-Z\d])((?:AKIA|ASIA)[A-Z\d]{16})(?![A-Z\d])/g,
  },
  echoed({
    // Authorization: Bearer …, Basic …; prose ("Basic authentication") is left alone
    name: 'Bearer / Basic credentials',
    minLength: 14,
    pattern: /(\b(?:Bearer|Basic)\s{1,8})([\w~+/.=-]{8,})/gi,
    test: (secret) => secret.length >= 20 || /[\d+/=.~-]|.[A-Z]/.test(secret),
  }),
  echoed({
    // Authorization: Token …, Authorization: AWS id:signature, SDK-HMAC-SHA256 Access=…, Signature=…:
    // whatever the scheme, the scheme word (after a colon: a header; after "=" in a key=value log only a
    // known scheme's name, so "authorization=granted role=admin" keeps its next pair), the credential and
    // its comma-separated parameters; a next header ("Authorization: abc X-Auth-Token: …") is not taken
    // for a credential
    name: 'authorization header',
    hint: ['uthorization', 'UTHORIZATION'],
    pattern:
      /((?:(?<![a-z\d])|(?<=\\[nrt]))(?:proxy-)?authorization["'\]]?\s{0,8}(?::=|=>|[:=])\s{0,8}(?:\[(?!redacted\]))?)((?:(?<=:[ \t]{0,8}\[?)[a-z][\w-]{0,30}[ \t]{1,8}(?![\w-]{1,64}:(?:\s|$))|(?<=[=>][ \t]{0,8})(?:Bearer|Basic|Token|Digest|Negotiate|NTLM|OAuth|AWS4?(?:-HMAC-SHA256)?|(?:SDK-)?HMAC-SHA256)[ \t]{1,8})?(?:[\w-]{1,64}=)?(?:[uUbB]{1,2}(?=["']))?(?:"[^"\n]{0,512}"|'[^'\n]{0,512}'|\[redacted\]|(?:[^\s"',&[\]{}\\]|\\(?![nrt]))+)(?:,\s{0,8}[\w-]{1,64}=(?:"[^"\n]{0,512}"|(?:[^\s"',&\\]|\\(?![nrt]))*)){0,16})/gi,
  }),
  echoed({
    // Cookie: a=1; sid=…; csrf=…, Set-Cookie: …, Java's Cookie=[a=1; sid=…], PHP's [HTTP_COOKIE] => …: every
    // name=value pair of the header, whatever their names (a session cookie may be called anything), and no
    // further ("Missing cookie: please log in" is prose, left to the label row)
    name: 'cookie header',
    hint: ['ookie', 'OOKIE'],
    pattern:
      /((?:(?<![a-z\d])|(?<=\\[nrt]))(?:set-)?cookie["'\]]?\s{0,8}(?::=|=>|[:=])[ \t]{0,64}(?!\s))(?!\[redacted\])("[^"\n]{1,4096}"|'[^'\n]{1,4096}'|\[[^\]\n]{1,4096}\]|[^\s;=&"'[\]{}\\]{1,256}=[^\s;\\]{0,4096}(?:;[ \t]{0,8}[^\s;=&\\]{1,256}=[^\s;\\]{0,4096}){0,64})/gi,
  }),
  echoed({
    // password=…, "client_secret": "…", X-Auth-Token: …, AK: … SK: …, password: (…), "access": "<an AK>",
    // user:admin;password:… (after a ";" only with a colon: ";jsessionid=…" is a path's matrix parameter),
    // Python's {u'password': u'…'} and b'…' (a prefix glued to the quote), Rust's Some("…"), Java's Optional[…]
    name: 'labelled secret',
    hint: [':', '=', '：', '\\u003d', '\\u003D'],
    // The value runs on over what a label in its place would hide: "ak: token: x", "ak: token = x",
    // 'password: "hunter2": too short' (a word or two too many is redacted, never one too few). A value in
    // brackets is one value, to its closing bracket; an & (or an entity) that does not start a next name=value
    // pair is part of a value ("password=Tr0ub4dor&3").
    pattern: new RegExp(
      String.raw`((?:\\[nrt]|\\u0026|(?<![\w.%;[\]\\-])|(?<=\\)(?![nrt])|(?<=;)(?=[\w.%[\]-]{1,64}[ \t]{0,8}:(?!=)))(?!\[redacted\])[\w.%[\]-]{1,64}(?:\\?["'])?\s{0,8}(?::=|=>|[:=：]|\\u003[dD])\s{0,8}(?:\[(?!redacted\])\s{0,8})?)((?:(?:[uUbBrR]{1,2}(?=\\?["'])|(?:Some|Optional|Ok)(?=[([]))?(?:\\"[^\n]{0,512}?\\"|"(?:[^"\\\n]|\\.){0,512}"|'(?:[^'\\\n]|\\.){0,512}'|\((?:[^()\n]|\([^()\n]{0,64}\)){0,512}\)|\[[^[\]\n]{0,512}\]|\{[^{}\n]{0,512}\}|(?!=)["']?(?:(?:Bearer|Basic)\s{1,8})?(?:${VALUE_CHAR}|&(?!${ENTITY}?[\w.%+[\]-]{1,64}=)${ENTITY}?)+))(?:(?<=:)[ \t]{1,8}${VALUE_CHAR}+|["']?[ \t]{0,8}[:=][ \t]{0,8}(?:"[^"\n]{0,512}"|'[^'\n]{0,512}'|["']?${VALUE_CHAR}+))*)`,
      'g',
    ),
    test: (secret, kept) => {
      // After a written-out line break ("\nX-Api-Key: …") or & ("\u0026password\u003d…", JSON written out twice)
      // the label is what follows it; "C:\token=…" is read both ways.
      const [, escape, name] = /^(\\[nrt]|\\u0026)?([\w.%[\]-]+)/.exec(kept)!;
      return namesSecret(name!, secret) || (escape != null && namesSecret(escape[1] + name!, secret));
    },
  }),
  echoed({
    // <password>…</password>, <ns:Token a="1">, an object storage's <AccessKeyId>, also escaped for HTML (&lt;)
    // or by a JSON encoder (\u003c): an element named as a secret, its whole content (text, CDATA, comments,
    // child elements) up to the next end tag. Without an end tag (a body cut off) only its first word or
    // CDATA: "<token> and retry" is a placeholder in prose, not an element. <password/> is empty.
    name: 'XML element',
    hint: ['<', '&lt;', '&LT;', '\\u003c', '\\u003C'],
    minLength: 5,
    pattern: new RegExp(
      `(${LT}(?:[\\w.-]{1,64}:)?[\\w.-]{1,64}${ATTRIBUTES}(?<!/)${GT})` +
        // The content, taken whole (a lookahead is atomic: no backtracking into it), then an end tag: up to
        // four child elements' start tags (<password><value>…), then text, CDATA and comments, none of which
        // runs over a "<" (so the scans from many start tags do not overlap). A CDATA with a "<" in it is
        // taken by the second branch.
        `((?=((?:\\s*${LT}(?!\\\\?/)[\\w.:-]{1,128}${ATTRIBUTES}${GT}){0,4}(?:<!\\[CDATA\\[(?:(?!\\]\\]>)${TEXT})*(?:\\]\\]>)?|<!--(?:(?!-->)${TEXT})*(?:-->)?|${TEXT})+))\\3(?=${LT}\\\\?/)` +
        // Without an end tag: a CDATA that ends, or one cut off with no "<" after it, or else the first word
        // (on the next line in pretty-printed XML; after a space it is prose: "<token> and retry")
        `|(?!\\[redacted\\])(?:\\s*<!\\[CDATA\\[(?:[\\s\\S]{0,512}?\\]\\]>|[^<]{0,512}$)|(?:[ \\t]*\\n\\s*)?[^\\s<\\]&\\\\]+))`,
      'gi',
    ),
    test: (secret, kept) => namesSecret(/^(?:<|&lt;|\\u003c)(?:[\w.-]+:)?([\w.-]+)/i.exec(kept)![1]!, secret),
  }),
  echoed({
    // OpenStack's WSME validation echoes the value it rejected, unescaped: "Invalid input for
    // field/attribute password. Value: 'hun'ter2'. …" (Octavia), jsonschema validators as "Invalid input
    // for field 'password'. Value: '…'" (Nova, Zun). When the field's name is a secret's:
    // a quoted value to the quote that ends the sentence (quotes and line breaks inside it included),
    // else to the sentence's end, else the rest of the line; "[redacted]" stays as it is (idempotent)
    name: 'echoed field value',
    hint: ['Value:', 'VALUE:', 'value:'],
    minLength: 26,
    pattern:
      /(field(?:\/attribute\s{1,8}[\w.[\]-]{1,64}?|\s{1,8}'[\w.[\]-]{1,64}')\.?\s{0,8}Value:\s{0,8})(\[redacted\](?=\.?(?:\s|$))|'[\s\S]{0,512}?'(?=\.(?:\s|$)|$)|"[\s\S]{0,512}?"(?=\.(?:\s|$)|$)|[^\n]{1,512}?(?=\.\s|\.?$|\n)|[^\n]+)/gi,
    test: (_secret, kept) => {
      const name = /field(?:\/attribute\s+([\w.[\]-]+?)\.?\s|\s+'([\w.[\]-]+)')/i.exec(kept)!.slice(1).find(Boolean)!;
      // An L7 rule's "key" is a header or cookie name, not a key
      return !PROSE_LABEL.test(name) && isSecretName(name);
    },
  }),
  {
    // ?token=…, &X-Goog-Signature=…, #access_token=…; also any long token-like value. An & that starts no
    // next name=value pair is part of the value (?password=Tr0ub4dor&3)
    name: 'secret parameter',
    hint: ['='],
    pattern: new RegExp(String.raw`([?&#][^=&#;?\s"'<>]{1,256}\s{0,8}=\s{0,8})((?:[^&#;?\s"'<>]|&(?!${ENTITY}?[^=&#;?\s"'<>]{1,64}=)${ENTITY}?)*)`, 'g'),
    test: secretParameter,
  },
  // A query or form inside a parameter's value, percent-encoded once (a login page's return address:
  // ?next=%2Fapi%3Ftoken%3D…, a form body: ?body=password%3D…%26user%3D…): its parameters are found as
  // above, also the first one and those after an encoded `;`. A twice-encoded & or = is part of a value.
  encodedParameterRow('encoded secret parameter', false),
  // The same, encoded twice (redirect_uri=…%253Fcode%253D…).
  encodedParameterRow('twice-encoded secret parameter', true),
  {
    // /app;jsessionid=…/next, ;token=…: a matrix parameter ends at the next path segment
    name: 'secret matrix parameter',
    hint: [';'],
    pattern: /(;[^=&#;?/\s"'<>]{1,256}\s{0,8}=\s{0,8})([^&#;?/\s"'<>]*)/g,
    test: secretParameter,
  },
  {
    // a long random-looking run anywhere (keys, signatures, session ids); UUIDs and 32-hex ids are shorter
    name: 'long opaque token',
    minLength: 48,
    pattern: /()(?<![\w%+=-])([\w%+=-]{48,})/g,
    test: looksRandom,
  },
];

/** Does `text` hold one of `parts`? */
function mentions(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/**
 * Replaces every credential in `text` with `[redacted]`: the one redaction path for URLs,
 * messages, stacks, server messages, copied summaries and announcements. Linear in the
 * length of the text; never throws. Redact before you truncate.
 */
export function redactText(text: string): string {
  if (typeof text !== 'string') return '';
  let out = text;
  const found: string[] = [];
  for (const row of CREDENTIAL_SHAPES) {
    if (out.length < (row.minLength ?? 0) || (row.hint && !mentions(out, row.hint))) continue;
    const noted = ECHOED.has(row) ? found : null;
    out = row.test
      ? redactTested(out, row.pattern, row.test, noted)
      : out.replace(row.pattern, (_match: string, kept: string, secret: string) => {
          if (noted) noteSecret(noted, secret);
          return kept + REDACTED;
        });
  }
  return found.length ? redactEchoes(out, found) : out;
}

/** Distinct secrets looked for again (`redactEchoes`): a bound on the extra passes. */
const MAX_ECHOED = 16;

/**
 * Keeps a redacted value to look for again elsewhere in the text: one word, without its quotes or brackets,
 * when it looks like a credential (a digit, a capital after the first letter, or a symbol: not a word of
 * prose that happened to follow a label, as in "token: expired") and is long enough not to be part of others.
 */
function noteSecret(found: string[], secret: string): void {
  if (found.length >= MAX_ECHOED) return;
  // Without quotes and brackets, and the punctuation that ends a sentence; of a scheme word and its
  // credential ("Token 9944…"), the credential; a value of several words is prose, not looked for.
  const words = secret.trim().replace(/^(?:\\?["'([{<])+|(?:\\?["')\]}>])+$/g, '').replace(/[.,;:!?。，；：！？]+$/, '').split(/\s+/);
  const value = words.length === 2 && /^[A-Za-z][\w-]*$/.test(words[0]!) ? words[1]! : words.length === 1 ? words[0]! : '';
  if (value.length < 6 || value.length > 512 || value.includes('[redacted') || found.includes(value)) return;
  if (/\d/.test(value) || /.[A-Z]/.test(value) || /[^\w]/.test(value)) found.push(value);
}

/**
 * A credential repeated after its label ("Value: 'Hunter2x'. 'Hunter2x' is too short", a request dump that
 * echoes a header): every other occurrence of a value redacted above, as a whole word where it starts or
 * ends with a letter or digit, and not where it is followed by = or : (a name, which is kept).
 */
function redactEchoes(text: string, found: readonly string[]): string {
  let out = text;
  for (const value of found) {
    if (!out.includes(value)) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const start = /^\w/.test(value) ? '(?<!\\w)' : '';
    // Not where it stands as a label (followed by = or :): what names a value is kept, as above.
    const end = `${/\w$/.test(value) ? '(?!\\w)' : ''}(?!\\s{0,8}[=:])`;
    out = out.replace(new RegExp(start + escaped + end, 'g'), REDACTED);
  }
  return out;
}

/** The longest rejected secret part that is scanned again (a bound that keeps the scan linear). */
const RESCAN_LIMIT = 512;

/**
 * One row with a test. A match the test rejects ("failed: password=…" is not a secret labelled
 * "failed") gives its secret part back: the scan goes on right after the kept part, so a credential
 * inside that part is still found. A longer part is skipped whole: scanning each of its labels to
 * the end of the run again would make "a:a:a:…" quadratic.
 */
function redactTested(text: string, pattern: RegExp, test: NonNullable<CredentialShape['test']>, found: string[] | null): string {
  let out = '';
  let done = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const kept = match[1]!;
    if (test(match[2]!, kept)) {
      if (found) noteSecret(found, match[2]!);
      out += text.slice(done, match.index) + kept + REDACTED;
      done = pattern.lastIndex;
    } else if (match[2]!.length <= RESCAN_LIMIT) {
      pattern.lastIndex = match.index + Math.max(kept.length, 1);
    }
  }
  return done === 0 ? text : out + text.slice(done);
}
