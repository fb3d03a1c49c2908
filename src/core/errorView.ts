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

/**
 * What a badge needs from an `ElbError` or its plain-data form, without loading the normaliser: an
 * `ElbError` as it is; the plain-data form re-checked (known kind, a real status, severity derived
 * from them, code and message bounded). `null` for nothing or a tagged value that does not hold up.
 */
export function elbErrorView(value: ElbError | SerializedElbError | null | undefined): ElbErrorView | null {
  if (typeof value !== 'object' || value === null) return null;
  if (get(value, '$type') !== SERIALIZED_ELB_ERROR) return value as ElbError;
  const kind = get(value, 'kind') as ErrorKind;
  const status = get(value, 'status') as number;
  if (!KINDS.includes(kind)) return null;
  const http = kind === 'http' && Number.isInteger(status) && status >= 100 && status <= 999;
  return {
    kind: http ? 'http' : kind === 'http' ? 'unknown' : kind,
    status: http ? status : null,
    severity: (http ? classifyStatus(status) : classifyKind(kind === 'http' ? 'unknown' : kind)).severity,
    code: bounded(get(value, 'code')),
    serverMessage: bounded(get(value, 'serverMessage')),
  };
}
