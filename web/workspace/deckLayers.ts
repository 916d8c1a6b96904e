/**
 * The workspace's deck.gl layers in one module, imported when the first of them is needed (an
 * open district, a drawn boundary's problem, an owner's parcels, the index zones): the first
 * map, drawn by MapLibre alone, does not download deck.gl.
 */
export { districtParcelsLayer } from '../map/layers/districtParcels';
export { versionCompareLayers } from '../map/layers/versionCompare';
export { boundaryProblemLayers } from '../map/layers/boundaryProblem';
export { actionsLayer } from '../map/layers/actions';
export { observationsLayer } from '../map/layers/observations';
export { ownerParcelsLayer } from '../map/layers/ownerParcels';
export { indexZonesLayer } from '../map/layers/indexZones';
