'use client';
export { ElbUiProvider, useElbUi, type ElbUiConfig, type ElbUiProviderProps } from './provider/ElbUiProvider.js';
export { preloadStatusBadgeTooltip, StatusBadge, type StatusBadgeProps, type StatusBadgeState } from './status-badge/StatusBadge.js';
export { StatusBadgeGroup, type StatusBadgeGroupProps } from './status-badge/StatusBadgeGroup.js';
export { ErrorPanel, type ErrorPanelProps, type Politeness } from './error-panel/ErrorPanel.js';
export { useElbError, type UseElbErrorOptions, type UseElbErrorResult } from './hooks/useElbError.js';
export { ElbErrorFallback, type ElbErrorFallbackProps } from './integrations/ElbErrorFallback.js';
export { ElbBannerProvider, ErrorBanners, useElbBanners, type ElbBannerProviderProps, type ErrorBannersProps } from './banners/ErrorBanners.js';
