import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { Viewport } from '../map/MapView';
import type { ParcelColouring } from '../map/layers/districtParcels';
import { DEFAULT_VISIBILITY, type LayerVisibility, type Selection } from '../selection';
import { readUrlState, writeUrlState, type DistrictTab } from './urlState';

export type { DistrictTab };

/**
 * What the planner is looking at: the map and its view, the open district and tab, what is
 * selected, the time cursor, and how the layers are shown. Panels read and change it here
 * instead of having it relayed through props.
 */
export interface Workspace {
  map: maplibregl.Map | null;
  setMap: (map: maplibregl.Map | null) => void;
  viewport: Viewport | null;
  setViewport: (viewport: Viewport) => void;
  visibility: LayerVisibility;
  setVisibility: (visibility: LayerVisibility) => void;
  selection: Selection;
  select: (selection: Selection) => void;
  /** The parcel the register points at (row hovered or focused, or clicked on the map). */
  highlightedParcelId: string | null;
  highlightParcel: (id: string | null) => void;
  districtId: string | null;
  /** Opens a district (or closes it with null); whatever was selected or compared is let go. */
  openDistrict: (id: string | null) => void;
  tab: DistrictTab;
  setTab: (tab: DistrictTab) => void;
  /**
   * The one time cursor: the Monday of the week the map, the charts, the key figures and the
   * lists show (null: the latest full week, premises as they are today).
   */
  week: string | null;
  setWeek: (week: string | null) => void;
  selectedActionId: string | null;
  selectAction: (id: string | null) => void;
  colouring: ParcelColouring;
  setColouring: (colouring: ParcelColouring) => void;
  /** Two boundary versions shown against each other. */
  compare: [number, number] | null;
  setCompare: (versions: [number, number] | null) => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [visibility, setVisibility] = useState<LayerVisibility>(DEFAULT_VISIBILITY);
  // A link opens the picture it was copied from: district, tab, week and selection come from the address.
  const [initial] = useState(readUrlState);
  const [selection, select] = useState<Selection>(initial.selection);
  const [districtId, setDistrictId] = useState<string | null>(initial.districtId);
  const [tab, setTab] = useState<DistrictTab>(initial.tab);
  const [week, setWeek] = useState<string | null>(initial.week);
  const [highlightedParcelId, highlightParcel] = useState<string | null>(null);
  const [selectedActionId, selectAction] = useState<string | null>(null);
  const [colouring, setColouring] = useState<ParcelColouring>('engagement');
  const [compare, setCompare] = useState<[number, number] | null>(null);

  useEffect(() => writeUrlState({ districtId, tab, week, selection }), [districtId, tab, week, selection]);

  const workspace = useMemo<Workspace>(
    () => ({
      map,
      setMap,
      viewport,
      setViewport,
      visibility,
      setVisibility,
      selection,
      select,
      highlightedParcelId,
      highlightParcel,
      districtId,
      openDistrict: (id) => {
        setDistrictId(id);
        select(null);
        setCompare(null);
        highlightParcel(null);
      },
      tab,
      setTab,
      week,
      setWeek,
      selectedActionId,
      selectAction,
      colouring,
      setColouring,
      compare,
      setCompare,
    }),
    [
      map,
      viewport,
      visibility,
      selection,
      highlightedParcelId,
      districtId,
      tab,
      week,
      selectedActionId,
      colouring,
      compare,
    ],
  );
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside <WorkspaceProvider>');
  return workspace;
}
