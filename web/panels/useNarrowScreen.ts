import { useSyncExternalStore } from 'react';

/** Where the layout turns into the phone's (the same width as the style sheet's breakpoints). */
const NARROW = '(max-width: 700px)';

let query: MediaQueryList | null = null;
/** One media query for the page, asked for when first needed. */
const narrowQuery = () => (query ??= window.matchMedia(NARROW));

/** Whether the screen is a phone's, kept in step as it turns or the window is resized. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      narrowQuery().addEventListener('change', changed);
      return () => narrowQuery().removeEventListener('change', changed);
    },
    () => narrowQuery().matches,
  );
}
