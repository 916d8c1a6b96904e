import { useEffect, useState } from 'react';

export type DeckLayers = typeof import('./deckLayers');

/** The deck.gl layer factories once `needed` has been true (loaded once, kept from then on). */
export function useDeckLayers(needed: boolean): DeckLayers | null {
  const [factories, setFactories] = useState<DeckLayers | null>(null);
  useEffect(() => {
    if (!needed || factories) return;
    let current = true;
    void import('./deckLayers').then((m) => current && setFactories(m));
    return () => {
      current = false;
    };
  }, [needed, factories]);
  return factories;
}
