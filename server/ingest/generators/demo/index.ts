import type { DemoDistrict } from '../demoDistrict';
import { MALMO_DEMO } from './malmoCity';
import { STOCKHOLM_DEMO } from './stockholmCity';

/** The demo district the seed generates in a place, by place id. */
export const DEMO_DISTRICTS: Record<string, DemoDistrict> = {
  'malmo-centrum': MALMO_DEMO,
  'stockholm-city': STOCKHOLM_DEMO,
};
