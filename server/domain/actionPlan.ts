/** The five focus areas every action, observation and focus group belongs to. */
export const FOCUS_AREAS = ['place-brand', 'offering', 'place', 'accessibility', 'clean-safe'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const ACTION_STATUSES = ['idea', 'planned', 'ongoing', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const POT_KINDS = ['investment', 'operating'] as const;

export const INDICATORS = ['vacancy-rate', 'footfall-per-week', 'turnover-index', 'members'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Financing shares must make a whole; a hair of floating-point slack is allowed. */
export function sharesMakeWhole(shares: number[]): boolean {
  return Math.abs(shares.reduce((s, x) => s + x, 0) - 1) < 1e-9;
}

/**
 * How far a goal has come from its baseline toward its target, 0–1. Works both ways: a
 * vacancy rate going down toward a lower target is progress like footfall going up.
 */
export function goalProgress(baseline: number, target: number, current: number | null): number | null {
  if (current === null || !Number.isFinite(current)) return null;
  if (target === baseline) return current === target ? 1 : 0;
  return Math.max(0, Math.min(1, (current - baseline) / (target - baseline)));
}
