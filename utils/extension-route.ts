/** Sections of the extension page (options.html), addressed by the URL hash (#/reach, #/settings ...). */
export const ROUTES = ['reach', 'drafts', 'settings', 'data', 'onboarding'] as const;
export type Route = (typeof ROUTES)[number];

/** The section a hash names; the reach dashboard by default ("dashboard" is its alias). */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (name === 'dashboard') return 'reach';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'reach';
}
