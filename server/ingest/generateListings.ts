import { SEED_USER, type SeedContext } from './context';

/**
 * About two in five generated vacant premises listed by their (generated) owner, so the public
 * map has offers to show; the rest count only in the rates. The contact is the centre's office,
 * never a person. Chosen by a hash of the id, so the same premises are listed every seed.
 */
export async function generateListings(ctx: SeedContext): Promise<void> {
  await ctx.tx.run(
    `INSERT INTO premises_listings (premises_id, text, contact, published_by, generated)
     SELECT pr.id,
       'Lokal att hyra' || coalesce(' om ' || round(pr.floor_area_m2)::INTEGER || ' m²', '') || coalesce(' på ' || pr.address, '') ||
         '. Fastighetsägaren tar gärna emot idéer om verksamhet.',
       'Centrumkontoret, via kommunens växel', $user, true
     FROM premises pr JOIN premises_status st ON st.premises_id = pr.id AND st.valid_to IS NULL AND st.status = 'vacant'
     WHERE pr.generated AND hash(pr.id) % 5 < 2 AND pr.id NOT IN (SELECT premises_id FROM premises_listings)`,
    { user: SEED_USER },
  );
}
