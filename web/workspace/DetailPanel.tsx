import { lazy, Suspense } from 'react';
import { useMe } from '../api/auth';
import type { DistrictCollection } from '../api/client';
import { useEditSession } from './EditSession';
import { useWorkspace } from './Workspace';
import { AnalysisResizer } from './AnalysisResizer';

// The panels (charts, tables, forms) load when something is opened: the first map does not wait for them.
const PanelContent = lazy(() => import('./PanelContent').then((m) => ({ default: m.PanelContent })));

type District = DistrictCollection['features'][number];

/**
 * The analysis area on the right, as wide as the planner drags it: the drawing tool while
 * drawing, else what is selected, else the open district.
 */
export function DetailPanel({
  district,
  width,
  onWidthChange,
}: {
  district: District | null;
  width: number;
  onWidthChange: (width: number) => void;
}) {
  const role = useMe().data?.user?.role;
  const { selection } = useWorkspace();
  const { drawingDistrict } = useEditSession();
  if (!drawingDistrict && !selection && !district && role !== 'owner') return null;
  return (
    <>
      <AnalysisResizer width={width} onChange={onWidthChange} />
      <Suspense fallback={null}>
        <PanelContent district={district} />
      </Suspense>
    </>
  );
}
