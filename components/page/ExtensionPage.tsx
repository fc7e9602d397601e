import { useEffect, useRef, useState } from 'react';
import { DataSection } from '../dashboard/DataSection';
import { DraftsSection } from '../dashboard/DraftsSection';
import { ReachSection } from '../dashboard/ReachSection';
import { OnboardingFlow } from '../onboarding/OnboardingFlow';
import { SettingsPage } from '../settings/SettingsPage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useI18n } from '../ui/i18n';
import { routeFromHash, type Route } from '../../utils/extension-route';
import type { DataSectionProps } from '../dashboard/DataSection';
import './page.css';

const NAV: Array<{ route: Route; key: string }> = [
  { route: 'reach', key: 'page_nav_reach' },
  { route: 'drafts', key: 'page_nav_drafts' },
  { route: 'settings', key: 'page_nav_settings' },
  { route: 'data', key: 'page_nav_data' },
];

const SECTIONS_WITH_TITLE = new Set<Route>(['settings', 'onboarding']);

export interface ExtensionPageProps {
  /** How the data section reads and applies settings in exports (the page wiring passes storage). */
  settingsIo?: Pick<DataSectionProps, 'getSettings' | 'applySettings' | 'deleteSettings'>;
  /** True until the person finished or skipped onboarding: a calm invitation, never a gate. */
  onboardingPending?: boolean;
}

/** Onboarding, settings, drafts, reach dashboard and data, in one extension page. Thin: sections do the work. */
export function ExtensionPage({ settingsIo, onboardingPending = false }: ExtensionPageProps) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(route === 'onboarding' ? 'page_nav_onboarding' : (NAV.find((n) => n.route === route)?.key ?? ''))} · Porte-Voix`;
  }, [route, t]);

  const go = (next: Route) => {
    location.hash = `#/${next}`;
    setRoute(next);
    // Move focus to the new section so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => (headingRef.current ?? document.getElementById('pv-main'))?.focus());
  };

  return (
    <div className="pv-page">
      <a className="pv-skip" href="#pv-main">
        {t('page_skip_to_content')}
      </a>
      <header className="pv-page__header">
        <p className="pv-page__brand">Porte-Voix</p>
        <nav aria-label={t('page_nav_label')}>
          <ul>
            {NAV.map(({ route: target, key }) => (
              <li key={target}>
                <a href={`#/${target}`} aria-current={route === target ? 'page' : undefined}>
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="pv-main" className="pv-page__main" tabIndex={-1}>
        {/* Settings and onboarding carry their own h1; the other sections start at h2. */}
        {!SECTIONS_WITH_TITLE.has(route) && (
          <h1 ref={headingRef} tabIndex={-1} className="pv-visually-hidden">
            {t(NAV.find((n) => n.route === route)?.key ?? '')}
          </h1>
        )}
        {onboardingPending && route !== 'onboarding' && (
          <aside className="pv-invite" aria-label={t('page_invite_label')}>
            <p>{t('page_invite_text')}</p>
            <button type="button" onClick={() => go('onboarding')}>
              {t('page_invite_action')}
            </button>
          </aside>
        )}
        {/* One section failing to render shows a short message; the navigation keeps working (issue 10). */}
        <ErrorBoundary key={route} messageKey="page_render_failed">
          {route === 'onboarding' && <OnboardingFlow onDone={() => go('reach')} />}
          {route === 'reach' && <ReachSection />}
          {route === 'drafts' && <DraftsSection />}
          {route === 'settings' && <SettingsPage onReopenOnboarding={() => go('onboarding')} />}
          {route === 'data' && <DataSection {...settingsIo} />}
        </ErrorBoundary>
      </main>
      <footer className="pv-page__footer">
        <p>{t('page_privacy_footer')}</p>
      </footer>
    </div>
  );
}
