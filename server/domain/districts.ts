export const DISTRICT_TYPES = ['city-centre', 'service-bid', 'purple-flag', 'other'] as const;
export type DistrictType = (typeof DISTRICT_TYPES)[number];

/** A parcel with less than this share of its area inside a district is listed apart, as "edge". */
export const EDGE_SHARE = 0.1;

export const ENGAGEMENT_STEPS = ['identified', 'contacted', 'letter-of-intent', 'member', 'steering-group'] as const;
export type EngagementStep = (typeof ENGAGEMENT_STEPS)[number];

export const STAKEHOLDER_KINDS = [
  'property-owner',
  'business',
  'association',
  'municipality-department',
  'region',
  'county-board',
  'business-support',
  'police',
  'church',
  'school',
  'media',
  'other',
] as const;

export const CONTACT_CHANNELS = ['meeting', 'phone', 'email', 'letter', 'site-visit', 'other'] as const;
