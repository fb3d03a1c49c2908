// A Server Component (no 'use client'): functions cannot cross to the client provider, so the
// documentation link is given as a template; `{code}` becomes the URL-encoded ELB code.
import type { ReactNode } from 'react';
import { ElbUiProvider } from 'elb-status-ui';

export function WithErrorDocs({ children }: { children: ReactNode }) {
  return (
    <ElbUiProvider docsUrl="https://docs.example.com/elb/errors#{code}" docsTarget="_blank">
      {children}
    </ElbUiProvider>
  );
}
