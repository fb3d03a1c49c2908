import { cleanId, cleanMessage, looksLikeMarkup, MAX_CODE, MAX_REQUEST_ID } from './text.js';

/** What an error body says, whatever its shape. */
export interface ParsedBody {
  code: string | null;
  serverMessage: string | null;
  requestId: string | null;
}

const EMPTY: ParsedBody = { code: null, serverMessage: null, requestId: null };
/** Largest body text parsed as JSON (bytes of text); the rest is cut before parsing. */
export const MAX_BODY_CHARS = 64 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A numeric `error.code` (Keystone's 401, `"401"`) is a status, not an error code. */
function codeOrNull(value: unknown): string | null {
  if (typeof value === 'number') return null;
  const text = cleanId(value, MAX_CODE);
  if (!text || /^\d{3}$/.test(text)) return null;
  return text;
}

function joinMessage(message: unknown, detail: unknown): string | null {
  const m = cleanMessage(message);
  const d = cleanMessage(detail);
  return m && d && !m.includes(d) ? cleanMessage(`${m} ${d}`) : (m ?? d);
}

/** Reads the fields out of a parsed JSON body of any known shape. */
export function parseJsonBody(body: unknown): ParsedBody {
  if (!isObj(body)) return EMPTY;
  let code: unknown = body.code;
  let serverMessage: string | null;
  let innerRequestId: unknown;
  const keys = Object.keys(body);
  const only = keys.length === 1 ? body[keys[0]!] : undefined;
  if ('error_code' in body || 'error_msg' in body) {
    // flat: dedicated ELB (v3), API Gateway
    code = body.error_code;
    serverMessage = cleanMessage(body.error_msg);
  } else if (isObj(body.error)) {
    // classic, keystone, nested numeric: { error: { code, message, title? } }
    code = body.error.code;
    serverMessage = cleanMessage(body.error.message) ?? cleanMessage(body.error.title);
    innerRequestId = body.error.request_id;
  } else if ('faultstring' in body) {
    // octavia (WSME): faultcode is only Client/Server
    code = null;
    serverMessage = cleanMessage(body.faultstring);
  } else if (isObj(only) && 'message' in only && 'type' in only) {
    // neutron: NeutronError, NotImplementedError, or any single key holding { type, message }
    code = only.type;
    serverMessage = joinMessage(only.message, only.detail);
  } else if ('title' in body || 'detail' in body) {
    // RFC 9457 problem details
    serverMessage = cleanMessage(body.detail) ?? cleanMessage(body.title);
  } else {
    // generic { code?, message? } / { error: "text" }
    serverMessage = cleanMessage(body.message) ?? cleanMessage(body.error) ?? cleanMessage(body.msg);
  }
  return {
    code: codeOrNull(code),
    serverMessage,
    requestId: cleanId(body.request_id ?? body.requestId, MAX_REQUEST_ID) ?? cleanId(innerRequestId, MAX_REQUEST_ID),
  };
}

/**
 * Unescapes a JSON string fragment that may be cut off mid-way (also inside an escape: `\u00`, `\`), so that
 * what an encoder escaped (Gson writes `=` and `&` as `\u003d` and `\u0026`) reads as it was written.
 */
function unescapeFragment(fragment: string): string {
  const whole = fragment.replace(/\\(?:u[\da-fA-F]{0,3})?$/, '');
  try {
    return JSON.parse(`"${whole}"`) as string;
  } catch {
    return whole
      .replace(/\\u([\da-fA-F]{4})/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\(["\\/])/g, '$1')
      .replace(/\\[nrt]/g, ' ');
  }
}

/** Recovers fields from a truncated or otherwise invalid JSON document by pattern. */
function salvage(text: string): ParsedBody {
  const field = (names: string): string | null => {
    const re = new RegExp(`"(?:${names})"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"?`);
    const m = re.exec(text);
    return m ? unescapeFragment(m[1]!) : null;
  };
  const code = codeOrNull(field('error_code')) ?? codeOrNull(field('code')) ?? codeOrNull(field('type'));
  const message = field('error_msg') ?? field('message') ?? field('faultstring') ?? field('detail');
  return {
    code,
    serverMessage: cleanMessage(message),
    requestId: cleanId(field('request_id'), MAX_REQUEST_ID),
  };
}

/**
 * Reads the fields out of a body: a parsed object, raw text (JSON, truncated JSON, HTML, plain
 * text) or bytes. HTML is never used as a message. Never throws.
 */
export function parseBody(body: unknown, contentType?: string | null): ParsedBody {
  try {
    if (body == null) return EMPTY;
    if (typeof body === 'string') return parseText(body, contentType);
    // Tag checks rather than instanceof: buffers may come from another realm.
    const isBuffer = Object.prototype.toString.call(body) === '[object ArrayBuffer]';
    if (isBuffer || ArrayBuffer.isView(body)) {
      if (typeof TextDecoder === 'undefined') return EMPTY;
      const view = body as ArrayBufferView;
      const bytes = isBuffer ? new Uint8Array(body as ArrayBuffer) : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      return parseText(new TextDecoder().decode(bytes.subarray(0, MAX_BODY_CHARS)), contentType);
    }
    return parseJsonBody(body);
  } catch {
    return EMPTY;
  }
}

function parseText(raw: string, contentType?: string | null): ParsedBody {
  const text = raw.length > MAX_BODY_CHARS ? raw.slice(0, MAX_BODY_CHARS) : raw;
  const trimmed = text.trim();
  if (!trimmed) return EMPTY;
  if (/html|xml/i.test(contentType ?? '') || looksLikeMarkup(trimmed)) return EMPTY;
  if (trimmed.startsWith('{') || /json/i.test(contentType ?? '')) {
    if (text.length === raw.length) {
      try {
        return parseJsonBody(JSON.parse(trimmed));
      } catch {
        /* truncated or invalid: salvage below */
      }
    }
    return salvage(trimmed);
  }
  // Plain text from a proxy ("upstream connect error ..."); markup was turned away above.
  return { ...EMPTY, serverMessage: cleanMessage(trimmed) };
}
