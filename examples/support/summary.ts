// The same facts outside React: a support ticket's text, and the project and region of a request.
import { createTranslator, formatErrorSummary, requestScope, type ElbError } from 'elb-status-ui/core';
import { de } from 'elb-status-ui/locales/de';

export function ticketText(error: ElbError): string {
  return formatErrorSummary(error, createTranslator('de', de), {
    locale: 'de',
    docsUrl: (code) => `https://docs.example.com/elb/errors/${encodeURIComponent(code)}`,
  });
}

// { projectId: '0a1b2c3d4e5f67890a1b2c3d4e5f6789', region: 'eu-de' }
export const scope = requestScope('https://elb.eu-de.otc.t-systems.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/elb/loadbalancers');
