import type { UiKey } from '~/lib/i18n/ui-strings';

/** The header's links, in order: a path inside each locale and the UI string that names it. */
export const siteNav: readonly { path: string; label: UiKey }[] = [
  { path: '/', label: 'nav.home' },
  { path: '/course/', label: 'nav.course' },
  { path: '/graph/', label: 'nav.graph' },
  { path: '/concepts/', label: 'nav.concepts' },
  { path: '/table-1/', label: 'nav.table1' },
  { path: '/progress/', label: 'nav.progress' },
  { path: '/search/', label: 'nav.search' },
];
