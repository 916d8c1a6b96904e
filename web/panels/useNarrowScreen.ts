import { useSyncExternalStore } from 'react';

/** Where the layout turns into the phone's (the same width as the style sheet's breakpoints). */
const NARROW = '(max-width: 700px)';

/** Whether the screen is a phone's, kept in step as it turns or the window is resized. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(NARROW).matches,
  );
}
