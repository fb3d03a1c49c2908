// toElbError and readElbError: anything a failed request produces, as one ElbError.
import { clampBodyTimeout, readBoundedText } from './bodyReader.js';
import { build, type NormalizeOptions } from './buildElbError.js';
import { isOwn } from './elbError.js';
import { classifyInput, responseOf } from './inputShape.js';
import type { ElbError, RequestContext } from './types.js';

export { isElbError } from './elbError.js';
export type { NormalizeOptions } from './buildElbError.js';

/**
 * Turns anything a failed request produces into one `ElbError`. Synchronous and never throws;
 * a `Response`'s body is not read (use `readElbError` for that).
 */
export function toElbError(input: unknown, context?: RequestContext, options?: NormalizeOptions): ElbError {
  // Only an error made by this copy is returned as it is; anything else carrying the brand (another
  // copy's error, a forgery) is rebuilt from its fields, re-checked like any input.
  if (isOwn(input)) return withContext(input, context, options);
  try {
    return build(classifyInput(input), context, input, options);
  } catch {
    // Only reached through hostile input (a throwing getter deep inside): what is left is the input itself.
    return build({ kind: 'unknown', status: null }, undefined, input, undefined);
  }
}

/**
 * Like `toElbError`, and also reads the body of a `Response` (or of the response inside an
 * axios / ky error) - a bounded prefix, with a time limit. Never rejects.
 */
export async function readElbError(
  input: unknown,
  context?: RequestContext,
  options?: NormalizeOptions & { bodyTimeoutMs?: number },
): Promise<ElbError> {
  try {
    if (isOwn(input)) return withContext(input, context, options);
    const response = responseOf(input);
    if (!response || (context && context.body !== undefined)) return toElbError(input, context, options);
    let text: string | null = null;
    try {
      text = await readBoundedText(response, clampBodyTimeout(options?.bodyTimeoutMs));
    } catch {
      text = null;
    }
    const fields = classifyInput(input);
    if (text != null) fields.body = text;
    return build(fields, context, input, options);
  } catch {
    return toElbError(input, context, options);
  }
}

/**
 * An ElbError made without the request's method or URL (`throwIfNotOk(response)` with no context) takes
 * them from the context it is given later (`useElbError`, a banner report, an operation): the retry
 * policy needs the method. What the error already has stays; without anything to add it is returned as it is.
 */
function withContext(error: ElbError, context: RequestContext | undefined, options: NormalizeOptions | undefined): ElbError {
  const addsMethod = error.method == null && context?.method != null;
  const addsUrl = error.url == null && context?.url != null;
  if (!addsMethod && !addsUrl) return error;
  const fields = classifyInput(error);
  return build(fields, { method: context?.method, url: context?.url }, error.cause, options);
}
