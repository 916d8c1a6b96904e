import { useMe } from '../api/auth';
import type { DistrictCollection } from '../api/client';
import { DrawPanel } from '../panels/DrawPanel';
import { ParcelPanel } from '../panels/ParcelPanel';
import { PremisesPanel } from '../panels/PremisesPanel';
import { StakeholderPanel } from '../panels/StakeholderPanel';
import { CounterPanel } from '../panels/CounterPanel';
import { OwnerPanel } from '../panels/OwnerPanel';
import { DistrictPanel } from '../panels/DistrictPanel';
import { useEditSession } from './EditSession';
import { useWorkspace } from './Workspace';

type District = DistrictCollection['features'][number];

/** What the analysis area shows: the drawing tool while drawing, else what is selected, else the open district. */
export function PanelContent({ district }: { district: District | null }) {
  const role = useMe().data?.user?.role;
  const { selection, select, openDistrict } = useWorkspace();
  const { drawingDistrict } = useEditSession();
  const close = () => select(null);
  if (drawingDistrict) return <DrawPanel />;
  switch (selection?.type) {
    case 'parcel':
      return <ParcelPanel id={selection.id} onSelect={select} onClose={close} />;
    case 'premises':
      return <PremisesPanel id={selection.id} onSelect={select} onClose={close} />;
    case 'stakeholder':
      return <StakeholderPanel id={selection.id} onSelect={select} onClose={close} />;
    case 'counter':
      return <CounterPanel id={selection.id} onClose={close} />;
  }
  if (role === 'owner' && !district) return <OwnerPanel />;
  return district ? <DistrictPanel district={district} onClose={() => openDistrict(null)} /> : null;
}
