import type { ReactNode } from 'react';
import 'elb-status-ui/styles.css';
import { Providers } from './providers';

// No favicon request (the check in scripts/check-next-page.mjs wants a console without errors).
export const metadata = { title: 'Load balancers', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
