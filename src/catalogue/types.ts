import type { ErrorCategory } from '../core/types.js';

/** The API generation a published error code belongs to. */
export type ErrorCodeFamily = 'dedicated' | 'shared' | 'classic' | 'gateway';

/** [code, status, category, family, message] as generated (compact on purpose: ~440 rows). */
export type ErrorCodeRow = readonly [string, number, ErrorCategory, ErrorCodeFamily, string];

/** One published ELB / API Gateway error code. */
export interface ErrorCodeInfo {
  code: string;
  /** Every status the code was published with (the same code has several across API generations). */
  statuses: readonly number[];
  category: ErrorCategory;
  families: readonly ErrorCodeFamily[];
  /** Every published message for the code, verbatim (some contain `%s`). */
  messages: readonly string[];
}
