/** What a ground-floor premises is used for; the map colours premises by this. */
export const PREMISES_KINDS = [
  'restaurant',
  'cafe',
  'bar',
  'fast-food',
  'retail',
  'service',
  'office',
  'culture',
  'other',
] as const;
export type PremisesKind = (typeof PREMISES_KINDS)[number];

const AMENITY_KINDS: Record<string, PremisesKind> = {
  restaurant: 'restaurant',
  cafe: 'cafe',
  ice_cream: 'cafe',
  bar: 'bar',
  pub: 'bar',
  nightclub: 'bar',
  biergarten: 'bar',
  fast_food: 'fast-food',
  food_court: 'fast-food',
  bank: 'service',
  pharmacy: 'service',
  post_office: 'service',
  dentist: 'service',
  doctors: 'service',
  clinic: 'service',
  theatre: 'culture',
  cinema: 'culture',
  library: 'culture',
  arts_centre: 'culture',
  veterinary: 'service',
  bureau_de_change: 'service',
  money_transfer: 'service',
  marketplace: 'retail',
};

const SERVICE_SHOPS = new Set([
  'hairdresser',
  'beauty',
  'dry_cleaning',
  'laundry',
  'optician',
  'travel_agency',
  'tailor',
  'massage',
  'tattoo',
]);

/** Maps OpenStreetMap tags to a premises kind, or null if the feature is no premises at all. */
export function premisesKindFromOsmTags(tags: Record<string, unknown>): PremisesKind | null {
  const amenity = typeof tags.amenity === 'string' ? tags.amenity : undefined;
  const shop = typeof tags.shop === 'string' ? tags.shop : undefined;
  if (amenity && AMENITY_KINDS[amenity]) return AMENITY_KINDS[amenity];
  if (shop) return SERVICE_SHOPS.has(shop) ? 'service' : 'retail';
  if (typeof tags.office === 'string') return 'office';
  if (typeof tags.craft === 'string') return 'service';
  if (tags.leisure === 'fitness_centre') return 'service';
  // Benches, parking, waste baskets and the like are amenities too, but no premises.
  return null;
}
