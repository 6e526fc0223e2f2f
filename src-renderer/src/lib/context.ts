/** What every component may reach without props: language, theme, session, host, jobs. */
import { getContext, setContext } from 'svelte';
import type { Host } from './host.js';
import type { Locale } from './i18n.svelte.js';
import type { JobTracker } from './jobs.svelte.js';
import type { Session } from './session.svelte.js';
import type { Theme } from './theme.svelte.js';

export interface AppContext {
  host: Host;
  locale: Locale;
  theme: Theme;
  jobs: JobTracker;
  session: Session;
}

const KEY = Symbol('roi-studio');

export function provideApp(context: AppContext): void {
  setContext(KEY, context);
}

export function useApp(): AppContext {
  return getContext<AppContext>(KEY);
}
