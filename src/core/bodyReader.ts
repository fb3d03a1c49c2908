// Reading an error body: one byte limit and one deadline, whatever the body's form.
import { get } from './inputShape.js';
import { MAX_BODY_CHARS } from './parseBody.js';

/** Longest time spent reading an error body before using what has arrived (the default). */
export const BODY_READ_TIMEOUT_MS = 5000;
/** The most `bodyTimeoutMs` may ask for; larger values (and `Infinity`) are clamped to it. */
export const MAX_BODY_READ_TIMEOUT_MS = 60_000;

/** `bodyTimeoutMs` as a timer may take it: NaN, negatives and non-numbers give the default; huge values the maximum. */
export function clampBodyTimeout(value: unknown): number {
  return typeof value === 'number' && value >= 0 ? Math.min(value, MAX_BODY_READ_TIMEOUT_MS) : BODY_READ_TIMEOUT_MS;
}

const TIMEOUT = Symbol('timeout');
/**
 * Empty chunks in a row a stream may send before reading stops: chunks that resolve at once keep the
 * read in microtasks, where the deadline's timer never gets to run.
 */
const MAX_EMPTY_CHUNKS = 100;

/** Collects at most `MAX_BODY_CHARS` bytes (or characters) of a body; an oversized chunk is cut before it is decoded. */
function collector() {
  const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder() : null;
  let size = 0;
  let text = '';
  let empty = 0;
  return {
    /** Adds a chunk; `false` when the body is complete enough (the limit is reached, too many empty chunks) or the chunk unreadable. */
    add(value: unknown): boolean {
      const room = MAX_BODY_CHARS - size;
      const before = size;
      if (typeof value === 'string') {
        const part = value.slice(0, room);
        text += part;
        size += part.length;
      } else {
        // Tag checks rather than instanceof: chunks may come from another realm (jsdom, iframes).
        const buffer = Object.prototype.toString.call(value) === '[object ArrayBuffer]';
        if (!decoder || !(buffer || ArrayBuffer.isView(value))) return false;
        const view = value as ArrayBufferView;
        const bytes = buffer ? new Uint8Array(value as ArrayBuffer, 0, Math.min(room, (value as ArrayBuffer).byteLength)) : new Uint8Array(view.buffer, view.byteOffset, Math.min(room, view.byteLength));
        size += bytes.byteLength;
        text += decoder.decode(bytes, { stream: true });
      }
      empty = size === before ? empty + 1 : 0;
      if (empty > MAX_EMPTY_CHUNKS) return false;
      return size < MAX_BODY_CHARS;
    },
    text(): string {
      return text + (decoder?.decode() ?? '');
    },
  };
}

/**
 * Reads at most `MAX_BODY_CHARS` bytes of a body, whatever its form: a WHATWG stream (fetch), an
 * async-iterable stream (node-fetch 2), else `blob()`, `arrayBuffer()` or `text()` (polyfills).
 * Settles by `deadline` with what has arrived. `null` when it cannot be read.
 */
async function readBody(response: unknown, deadline: Promise<typeof TIMEOUT>): Promise<string | null> {
  if (get(response, 'bodyUsed') === true) return null;
  const within = <T>(value: T): Promise<Awaited<T> | typeof TIMEOUT> => Promise.race([value, deadline]);
  const body = get(response, 'body');
  const getReader = get(body, 'getReader');
  const iterate = get(body, Symbol.asyncIterator);
  if (typeof getReader === 'function' || typeof iterate === 'function') {
    const collected = collector();
    const reader = (typeof getReader === 'function' ? getReader.call(body) : (iterate as () => unknown).call(body)) as {
      read?: () => Promise<IteratorResult<unknown>>;
      next?: () => Promise<IteratorResult<unknown>>;
      cancel?: () => Promise<void>;
      return?: () => Promise<unknown>;
    };
    try {
      for (;;) {
        const chunk = await within(reader.read ? reader.read() : reader.next!());
        if (chunk === TIMEOUT || chunk.done || !collected.add(chunk.value)) break;
      }
    } catch {
      /* a stream that errors mid-way: keep what arrived */
    } finally {
      // Stop the download; an error here (already closed) is of no interest.
      try {
        Promise.resolve(reader.cancel ? reader.cancel() : reader.return?.()).catch(() => undefined);
      } catch {
        /* ignore */
      }
    }
    return collected.text();
  }
  for (const method of ['blob', 'arrayBuffer', 'text'] as const) {
    const read = get(response, method);
    if (typeof read !== 'function') continue;
    let value: unknown = await within(read.call(response));
    if (value === TIMEOUT) return null;
    // A Blob is cut before it is read.
    const slice = method === 'blob' ? get(value, 'slice') : undefined;
    if (typeof slice === 'function') {
      const part = slice.call(value, 0, MAX_BODY_CHARS) as Blob;
      value = await within(typeof part.arrayBuffer === 'function' ? part.arrayBuffer() : part.text());
      if (value === TIMEOUT) return null;
    }
    const collected = collector();
    collected.add(value);
    return collected.text();
  }
  return null;
}

/** `readBody` with one time limit for the whole read. */
export async function readBoundedText(response: unknown, timeoutMs: number): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), timeoutMs);
  });
  try {
    return await readBody(response, deadline);
  } finally {
    clearTimeout(timer);
  }
}
