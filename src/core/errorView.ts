import { classifyKind, classifyStatus } from './classify.js';
import type { SerializedElbError } from './serialize.js';
import type { ElbError, ErrorKind } from './types.js';

/**
 * The fields a status badge shows. From a plain-data form, `code` and `serverMessage` are bounded but
 * not yet cleaned: the badge's tooltip cleans them (with the redaction table) when it opens, so a
 * table of badges does not load that table up front.
 */
export type ElbErrorView = Pick<ElbError, 'kind' | 'status' | 'severity' | 'code' | 'serverMessage'>;

/**
 * The tag of an `ElbError`'s plain-data form (see serialize.ts). Defined here, where the badge reads it,
 * so that a page of badges does not load the serialiser.
 */
export const SERIALIZED_ELB_ERROR = 'elb-status-ui/ElbError@1';

const KINDS: readonly unknown[] = ['http', 'network', 'timeout', 'aborted', 'unknown', 'operation'];
// Longer than the window cleanText looks at, so that its rule for a token cut by the window still applies.
const MAX_VIEW_TEXT = 16_384;

function get(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const bounded = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, MAX_VIEW_TEXT) : null);

const SEVERITIES: readonly unknown[] = ['success', 'info', 'warning', 'error'];

/**
 * What a badge needs from an `ElbError` or its plain-data form, without loading the normaliser, read
 * defensively from either (a getter that throws reads as missing): a known kind, a real status,
 * code and message bounded. An `ElbError`'s own severity is kept (its ELB code may have set it); the
 * plain-data form's is derived again. Any other object (a plain `Error` given by mistake, `{}`) is a
 * failure of unknown kind, so that the badge still says what it is. `null` for nothing, and for a
 * tagged value that does not hold up.
 */
export function elbErrorView(value: ElbError | SerializedElbError | null | undefined): ElbErrorView | null {
  if (typeof value !== 'object' || value === null) return null;
  const serialized = get(value, '$type') === SERIALIZED_ELB_ERROR;
  let kind = get(value, 'kind') as ErrorKind;
  if (!KINDS.includes(kind)) {
    if (serialized) return null;
    kind = 'unknown';
  }
  const status = get(value, 'status') as number;
  const http = kind === 'http' && Number.isInteger(status) && status >= 100 && status <= 999;
  const shownKind: ErrorKind = http ? 'http' : kind === 'http' ? 'unknown' : kind;
  const own = serialized ? undefined : get(value, 'severity');
  return {
    kind: shownKind,
    status: http ? status : null,
    severity: SEVERITIES.includes(own) ? (own as ElbErrorView['severity']) : (http ? classifyStatus(status) : classifyKind(shownKind === 'http' ? 'unknown' : shownKind)).severity,
    code: bounded(get(value, 'code')),
    serverMessage: bounded(get(value, 'serverMessage')),
  };
}
