import { buffer, booleanIntersects, featureCollection } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Db } from '../store/db';
import {
  financingShares,
  ownedParcels,
  ownerActionDistance,
  placedActions,
  premisesOnParcels,
} from '../store/ownerPortal';

/**
 * "Mina fastigheter": the owner's parcels with premises and their status, the actions on or near
 * them (within the distance the planner sets), and the owner's part of each action's financing.
 */
export async function ownerOverview(db: Db, stakeholderId: string, userId: string) {
  const parcels = await ownedParcels(db, stakeholderId);
  const [premises, distance, actions] = await Promise.all([
    premisesOnParcels(
      db,
      parcels.map((p) => p.id),
      userId,
    ),
    ownerActionDistance(db),
    placedActions(db),
  ]);
  const shapes: Feature<Polygon>[] = parcels.map((p) => ({
    type: 'Feature',
    properties: {},
    geometry: p.geometry as Polygon,
  }));
  const reach = shapes.length ? buffer(featureCollection(shapes), distance, { units: 'meters' }) : null;
  const near = reach ? actions.filter((a) => reach.features.some((r) => booleanIntersects(r, a.geometry))) : [];
  const financing =
    near.length === 0
      ? []
      : await financingShares(
          db,
          stakeholderId,
          near.map((a) => a.id),
        );
  return {
    distanceM: distance,
    parcels: parcels.map((p) => ({ ...p, premises: premises.filter((pr) => pr.parcelId === p.id) })),
    actions: near.map(({ costSek, ...a }) => {
      const share = financing.filter((f) => f.actionId === a.id).reduce((s, f) => s + f.share, 0);
      return { ...a, myShare: share, mySek: Math.round(share * costSek) };
    }),
  };
}
