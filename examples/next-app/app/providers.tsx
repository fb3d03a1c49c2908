'use client';
// Client-side providers for the App Router: the layout (a Server Component) renders this file's
// component, so functions such as the error-code lookup never cross to the client as props.
import type { ReactNode } from 'react';
import { ElbUiProvider } from 'elb-status-ui';
import { categoryOfCode } from 'elb-status-ui/error-codes';
import { de } from 'elb-status-ui/locales/de';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ElbUiProvider locale="de" messages={de} errorCodes={categoryOfCode}>
      {children}
    </ElbUiProvider>
  );
}
