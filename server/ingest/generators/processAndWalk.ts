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

export const SEED_WALK = { id: 'walk-2026-05-27', title: 'Platsvandring med fokusgrupperna', walkedOn: '2026-05-27' };

/** What the focus groups saw on the walk, at real places in the old town. */
export const SEED_OBSERVATIONS = [
  {
    id: 'obs-seed-1',
    focusArea: 'place',
    verdict: 'good',
    text: 'Stortorget är rymligt och vackert men känns tomt kvällstid',
    lon: 13.0007,
    lat: 55.6058,
  },
  {
    id: 'obs-seed-2',
    focusArea: 'accessibility',
    verdict: 'problem',
    text: 'Kullerstenen vid Lilla torg är svår för rullator och barnvagn',
    lon: 12.9986,
    lat: 55.6046,
  },
  {
    id: 'obs-seed-3',
    focusArea: 'clean-safe',
    verdict: 'problem',
    text: 'Mörk passage mellan Södergatan och Hjorttackegatan',
    lon: 13.0019,
    lat: 55.6033,
  },
  {
    id: 'obs-seed-4',
    focusArea: 'offering',
    verdict: 'problem',
    text: 'Tre tomma skyltfönster i rad på Södergatan',
    lon: 13.0012,
    lat: 55.6026,
  },
  {
    id: 'obs-seed-5',
    focusArea: 'place-brand',
    verdict: 'good',
    text: 'Gamla staden har en stark egen historia som syns i husen',
    lon: 12.9978,
    lat: 55.6062,
  },
  {
    id: 'obs-seed-6',
    focusArea: 'place',
    verdict: 'problem',
    text: 'Få sittplatser i skugga på Gustav Adolfs torg',
    lon: 13.0003,
    lat: 55.6016,
  },
  {
    id: 'obs-seed-7',
    focusArea: 'accessibility',
    verdict: 'good',
    text: 'Bra cykelparkering vid Malmö C',
    lon: 12.9995,
    lat: 55.6071,
  },
  {
    id: 'obs-seed-8',
    focusArea: 'clean-safe',
    verdict: 'problem',
    text: 'Nedskräpning vid återvinningsstationen',
    lon: 13.0046,
    lat: 55.6041,
  },
] as const;
