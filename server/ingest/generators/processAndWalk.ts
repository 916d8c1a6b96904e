import { PROCESS_STEPS } from '../../domain/bidProcess';

/**
 * The demo district's BID process, started in March 2026: step 1 done, step 2 nearly, so the
 * tracker has a current step and (as the months pass) a late one. Made up, marked generated.
 */
export const SEED_PROCESS_START = '2026-03-02';
export const SEED_TICKS: { item: string; doneOn: string }[] = [
  ...PROCESS_STEPS[0].checklist.map((item, i) => ({ item, doneOn: `2026-03-${String(9 + i * 2).padStart(2, '0')}` })),
  { item: 'kick-off', doneOn: '2026-04-29' },
  { item: 'train-focus-areas', doneOn: '2026-05-12' },
  { item: 'form-focus-groups', doneOn: '2026-05-20' },
  { item: 'site-walk', doneOn: '2026-05-27' },
];
