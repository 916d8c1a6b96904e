import { addDays } from './calendar';

/**
 * The seven steps of the BID process (Service-BID, about 18 months) with their planned weeks
 * and checklists, from the domain description. Item keys are stable: ticks refer to them, and
 * the UI translates them.
 */
export const PROCESS_STEPS = [
  {
    number: 1,
    phase: 'prepare',
    weeks: 8,
    checklist: [
      'define-area',
      'choose-bid-type',
      'identify-stakeholders',
      'send-letters-of-intent',
      'appoint-steering-group',
      'hire-coach',
      'employ-bid-manager',
      'recruit-stakeholders',
    ],
  },
  {
    number: 2,
    phase: 'carry-out',
    weeks: 8,
    checklist: ['kick-off', 'train-focus-areas', 'form-focus-groups', 'site-walk', 'start-current-state-analysis'],
  },
  {
    number: 3,
    phase: 'carry-out',
    weeks: 15,
    checklist: ['study-visits', 'coach-current-state-analysis', 'anchor-analysis'],
  },
  {
    number: 4,
    phase: 'carry-out',
    weeks: 12,
    checklist: ['vision-and-target', 'sub-goals', 'action-plan', 'test-cases'],
  },
  {
    number: 5,
    phase: 'carry-out',
    weeks: 12,
    checklist: ['compile-business-plan', 'steering-group-comments', 'anchor-with-municipality'],
  },
  { number: 6, phase: 'compile', weeks: 12, checklist: ['present-plan', 'agree-who-runs-it', 'sign-agreement'] },
  { number: 7, phase: 'compile', weeks: 12, checklist: ['final-report', 'spread-results', 'celebrate'] },
] as const;

export const CHECKLIST_ITEMS: readonly string[] = PROCESS_STEPS.flatMap((s) => s.checklist);

/** The documents a BID produces, each belonging to the step where it is made. */
export const DOCUMENT_KINDS = [
  'letter-of-intent',
  'current-state-analysis',
  'business-plan',
  'agreement',
  'final-report',
  'other',
] as const;

export type StepStatus = 'done' | 'late' | 'in-progress' | 'upcoming';

/**
 * Planned dates from a start date, one step after the other; `plannedEnd` is the day after the
 * step's last day (exclusive), which is the next step's start.
 */
export function plannedSteps(startDate: string) {
  let start = startDate;
  return PROCESS_STEPS.map((step) => {
    const end = addDays(start, step.weeks * 7);
    const planned = { ...step, plannedStart: start, plannedEnd: end };
    start = end;
    return planned;
  });
}

/** Done when every item is ticked; late when its planned end has passed without that. */
export function stepStatus(
  plannedStart: string,
  plannedEnd: string,
  ticked: number,
  total: number,
  today: string,
): StepStatus {
  if (ticked === total) return 'done';
  if (today >= plannedEnd) return 'late';
  if (today >= plannedStart) return 'in-progress';
  return 'upcoming';
}
