import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createRetryBudget, ElbUiProvider, useElbUi, type ElbUiConfig } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';
import { takeConsoleMessages } from '../../setup.js';

function Probe({ seen }: { seen: ElbUiConfig[] }) {
  seen.push(useElbUi());
  return null;
}

describe('ElbUiProvider: the retry budget it owns', () => {
  it('gives each provider a budget of its own, and none outside a provider', () => {
    const a: ElbUiConfig[] = [];
    const b: ElbUiConfig[] = [];
    const outside: ElbUiConfig[] = [];
    render(
      <>
        <ElbUiProvider>
          <Probe seen={a} />
        </ElbUiProvider>
        <ElbUiProvider>
          <Probe seen={b} />
        </ElbUiProvider>
        <Probe seen={outside} />
      </>,
    );
    expect(a.at(-1)!.retryBudget).not.toBeNull();
    expect(b.at(-1)!.retryBudget).not.toBeNull();
    expect(a.at(-1)!.retryBudget).not.toBe(b.at(-1)!.retryBudget);
    expect(outside.at(-1)!.retryBudget).toBeNull();
  });

  it('reads hostile budget options without throwing: a cycle, a BigInt and a throwing getter are left at their defaults', () => {
    const cyclic: Record<string, unknown> = { capacity: 10 };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({ capacity: 12 }, 'retryCost', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    for (const options of [cyclic, { capacity: 10n, retryCost: 2 }, hostile]) {
      const seen: ElbUiConfig[] = [];
      render(
        <ElbUiProvider retryBudget={options as never}>
          <Probe seen={seen} />
        </ElbUiProvider>,
      );
      expect(seen.at(-1)!.retryBudget).not.toBeNull();
    }
  });

  it('keeps its budget when re-rendered with equal options, and makes a new one when they change', () => {
    const seen: ElbUiConfig[] = [];
    const { rerender } = render(
      <ElbUiProvider retryBudget={{ capacity: 10 }}>
        <Probe seen={seen} />
      </ElbUiProvider>,
    );
    const first = seen.at(-1)!.retryBudget!;
    first.acquire({ kind: 'http' } as never);
    rerender(
      <ElbUiProvider retryBudget={{ capacity: 10 }}>
        <Probe seen={seen} />
      </ElbUiProvider>,
    );
    expect(seen.at(-1)!.retryBudget).toBe(first);
    expect(first.available).toBe(5);
    rerender(
      <ElbUiProvider retryBudget={{ capacity: 20 }}>
        <Probe seen={seen} />
      </ElbUiProvider>,
    );
    expect(seen.at(-1)!.retryBudget).not.toBe(first);
    expect(seen.at(-1)!.retryBudget!.available).toBe(20);
    rerender(
      <ElbUiProvider retryBudget={false}>
        <Probe seen={seen} />
      </ElbUiProvider>,
    );
    expect(seen.at(-1)!.retryBudget).toBeNull();
  });

  it('uses a budget it is given as is', () => {
    const budget = createRetryBudget({ capacity: 7 });
    const seen: ElbUiConfig[] = [];
    render(
      <ElbUiProvider retryBudget={budget}>
        <Probe seen={seen} />
      </ElbUiProvider>,
    );
    expect(seen.at(-1)!.retryBudget).toBe(budget);
  });
});

describe('ElbUiProvider: locale texts', () => {
  it('translates with the bundle given for its locale, one per locale or one for all', () => {
    const seen: ElbUiConfig[] = [];
    render(
      <>
        <ElbUiProvider locale="de-CH" messages={{ de }}>
          <Probe seen={seen} />
        </ElbUiProvider>
        <ElbUiProvider locale="de" messages={de}>
          <Probe seen={seen} />
        </ElbUiProvider>
      </>,
    );
    expect(seen.map((c) => c.t('ui.retry'))).toContain('Erneut versuchen');
    expect(new Set(seen.map((c) => c.t('ui.retry')))).toEqual(new Set(['Erneut versuchen']));
  });

  it('says a missing bundle after rendering, never while rendering (server rendering stays silent)', () => {
    const html = renderToString(
      <ElbUiProvider locale="de">
        <Probe seen={[]} />
      </ElbUiProvider>,
    );
    expect(html).toBe('');
    expect(takeConsoleMessages(/shows English/)).toBe(0);
  });

  it('says a missing bundle once, however often it renders', () => {
    const { rerender } = render(
      <StrictMode>
        <ElbUiProvider locale="de" messages={{ 'ui.dismiss': 'Zu' }}>
          <Probe seen={[]} />
        </ElbUiProvider>
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <ElbUiProvider locale="de" messages={{ 'ui.dismiss': 'Zu' }}>
          <Probe seen={[]} />
        </ElbUiProvider>
      </StrictMode>,
    );
    expect(takeConsoleMessages(/locale "de" shows English.*elb-status-ui\/locales\/de/)).toBe(1);
  });
});
