import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from './i18n';

export interface ErrorBoundaryProps {
  /** Locale key of the short message shown instead of the part that failed. */
  messageKey: string;
  /** Told once when a render error is caught (the panel then makes Publish ask plainly). */
  onError?: (error: unknown) => void;
  children: ReactNode;
}

/**
 * Keeps a render error in one panel or page section from leaving a dead surface: the part that failed is
 * replaced by a short localised message (issue 10). Class component: React has no hook for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error);
    if (import.meta.env.DEV) console.error('[porte-voix] render error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <RenderFailed messageKey={this.props.messageKey} /> : this.props.children;
  }
}

function RenderFailed({ messageKey }: { messageKey: string }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="pv-render-failed">
      {t(messageKey)}
    </p>
  );
}
