/** Light, dark or the system's choice; remembered, applied as data-theme on <html>. */
const STORAGE_KEY = 'roi-studio.theme';
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

function saved(): ThemeChoice {
  const value = localStorage.getItem(STORAGE_KEY);
  return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'system';
}

export class Theme {
  choice = $state<ThemeChoice>(saved());
  private systemDark = $state(false);
  /** What is shown now: the choice, or the system's when the choice is 'system'. */
  readonly effective = $derived<'light' | 'dark'>(this.choice === 'system' ? (this.systemDark ? 'dark' : 'light') : this.choice);

  constructor() {
    const query = matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = query.matches;
    query.addEventListener('change', (e) => (this.systemDark = e.matches));
    $effect.root(() => {
      $effect(() => {
        document.documentElement.dataset.theme = this.effective;
        localStorage.setItem(STORAGE_KEY, this.choice);
      });
    });
  }
}
