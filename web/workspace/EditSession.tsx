import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Polygon } from 'geojson';
import { useParcels } from '../api/queries';
import { useMe } from '../api/auth';
import { useCreateDistrict, useSaveBoundary } from '../api/districts';
import { ApiRequestError, type DistrictCollection } from '../api/client';
import { useBoundaryEditor, type BoundaryEditor, type ShapeKind } from '../map/draw/useBoundaryEditor';
import { ParcelSnapper } from '../map/draw/parcelSnapper';
import { snapBbox } from '../map/bbox';
import { MIN_ZOOM } from '../selection';
import type { LocationTool } from '../panels/actionPlan/ActionForm';
import { validateBoundary, type GeometryProblem } from '../../server/domain/polygonValidation';
import type { DistrictType } from '../../server/domain/districts';
import { useWorkspace } from './Workspace';

const WHOLE_WORLD: [number, number, number, number] = [-180, -90, 180, 90];

export interface BoundaryDraft {
  name: string;
  type: DistrictType;
  note: string;
  geometry: Polygon;
}

/**
 * One drawing session on the map: a district's boundary (new or edited) or an action's place.
 * It owns the editor, the problems found live and by the server, and the save.
 */
export interface EditSession {
  editor: BoundaryEditor;
  /** A district boundary is being drawn (not an action's place). */
  drawingDistrict: boolean;
  /** The district whose boundary is being edited; null while drawing a new one. */
  editing: { id: string; name: string; version: number } | null;
  snapping: boolean;
  setSnapping: (on: boolean) => void;
  /** What is wrong with the boundary: found while drawing, or by the server on save. */
  problem: GeometryProblem | null;
  saving: boolean;
  saveError: Error | null;
  save: (draft: BoundaryDraft) => void;
  startNew: (polygon?: Polygon) => void;
  startEdit: (district: DistrictCollection['features'][number]) => void;
  /** The drawing tool as the action form uses it, for an action's point, line or area. */
  location: LocationTool;
}

const EditSessionContext = createContext<EditSession | null>(null);

export function EditSessionProvider({ children }: { children: ReactNode }) {
  const { map, viewport, openDistrict, select, setCompare } = useWorkspace();
  const [snapping, setSnapping] = useState(true);
  const [target, setTarget] = useState<'district' | 'action'>('district');
  const [editing, setEditing] = useState<{ id: string; name: string; version: number } | null>(null);
  const [serverProblem, setServerProblem] = useState<GeometryProblem | null>(null);

  // Only planners draw: for anyone else neither the parcels to snap to nor terra-draw are fetched.
  const isPlanner = useMe().data?.user?.role === 'planner';
  // Snap to the parcels of this viewport.
  const viewParcels = useParcels(
    isPlanner && viewport && viewport.zoom >= MIN_ZOOM.parcels ? snapBbox(viewport.bbox) : null,
  );
  const snapper = useMemo(
    () =>
      viewParcels.data
        ? new ParcelSnapper(
            viewParcels.data.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : [])),
          )
        : null,
    [viewParcels.data],
  );
  const editor = useBoundaryEditor(isPlanner ? map : null, snapper, snapping);
  const drawingDistrict = editor.state !== 'idle' && target === 'district';

  // The boundary is checked as it is drawn; the server checks again (and the data extent) on save.
  const liveProblem = useMemo(() => {
    if (editor.state !== 'editing' || !editor.boundary || target !== 'district') return null;
    const result = validateBoundary(editor.boundary, WHOLE_WORLD);
    return 'problem' in result ? result.problem : null;
  }, [editor.state, editor.boundary, target]);

  const createDistrict = useCreateDistrict();
  const saveBoundary = useSaveBoundary();

  const begin = (district: { id: string; name: string; version: number } | null) => {
    setCompare(null);
    setServerProblem(null);
    setEditing(district);
    setTarget('district');
  };

  const session: EditSession = {
    editor,
    drawingDistrict,
    editing,
    snapping,
    setSnapping,
    problem: liveProblem ?? (drawingDistrict ? serverProblem : null),
    saving: createDistrict.isPending || saveBoundary.isPending,
    saveError: createDistrict.error ?? saveBoundary.error,
    save: ({ name, type, note, geometry }) => {
      setServerProblem(null);
      const onError = (error: Error) => {
        if (error instanceof ApiRequestError && error.status === 422 && error.details) {
          setServerProblem(error.details as GeometryProblem);
        }
      };
      const onSuccess = ({ id }: { id: string }) => {
        editor.cancel();
        setEditing(null);
        openDistrict(id);
      };
      if (editing)
        saveBoundary.mutate(
          { id: editing.id, geometry, note: note || undefined, version: editing.version },
          { onSuccess, onError },
        );
      else createDistrict.mutate({ name, type, geometry, note: note || undefined }, { onSuccess, onError });
    },
    startNew: (polygon) => {
      begin(null);
      select(null);
      if (polygon) editor.startEdit(polygon);
      else editor.startNew();
    },
    startEdit: (district) => {
      if (district.geometry.type !== 'Polygon') return;
      begin({ id: district.id, name: district.properties.name, version: district.properties.version });
      editor.startEdit(district.geometry);
    },
    location: {
      geometry: target === 'action' ? editor.shape : null,
      drawing: target === 'action' && editor.state === 'drawing',
      start: (kind: ShapeKind) => {
        setTarget('action');
        editor.startNew(kind);
      },
      clear: () => {
        if (target === 'action') editor.cancel();
      },
    },
  };
  return <EditSessionContext.Provider value={session}>{children}</EditSessionContext.Provider>;
}

export function useEditSession(): EditSession {
  const session = useContext(EditSessionContext);
  if (!session) throw new Error('useEditSession outside <EditSessionProvider>');
  return session;
}
