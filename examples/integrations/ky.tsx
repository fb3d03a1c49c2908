import ky from 'ky';
import { readElbError, type ElbError } from 'elb-status-ui';

/** The answer, or the ElbError of the failed request (its ELB code, message and request id read from the body). */
export function listLoadBalancers(url: string): Promise<unknown> | Promise<ElbError> {
  return ky.get(url).json().catch((error: unknown) => readElbError(error));
}
