'use client';
export { ElbUiProvider, useElbUi, type ElbUiConfig, type ElbUiProviderProps } from './provider/ElbUiProvider.js';
export { preloadStatusBadgeTooltip, StatusBadge, type StatusBadgeProps } from './status-badge/StatusBadge.js';
export { ErrorPanel, type ErrorPanelDisplayProps, type ErrorPanelOwnerProps, type ErrorPanelProps, type ErrorPanelStateProps, type Politeness } from './error-panel/ErrorPanel.js';
export { useElbError, type UseElbErrorOptions, type UseElbErrorResult } from './hooks/useElbError.js';
export { ElbErrorFallback, type ElbErrorFallbackProps } from './integrations/ElbErrorFallback.js';
export { ElbBannerProvider, ErrorBanners, useElbBanners, type ElbBannerProviderProps, type ErrorBannersProps } from './banners/ErrorBanners.js';
