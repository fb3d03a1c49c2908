import type { ReactNode } from 'react';
import { ElbUiProvider } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

export function ConsoleTexts({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <ElbUiProvider locale={lang} messages={{ de, 'zh-CN': zhCN }}>
      {children}
    </ElbUiProvider>
  );
}
