import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { PersonPicker, type PersonOption } from '../pickers/PersonPicker';
import { sharedPrefix } from '../register/registerRows';
import type { Geometry } from 'geojson';
import type { PotList } from '../../api/client';
import type { PlannerAction } from '../../api/client';
import { useSaveAction, type ActionBody } from '../../api/actionPlan';
import { useDistrictParcels } from '../../api/districts';
import { ACTION_STATUSES, FOCUS_AREAS } from '../../../server/domain/actionPlan';
import type { ShapeKind } from '../../map/draw/useBoundaryEditor';
import { formatSek } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

type Action = PlannerAction;

export interface LocationTool {
  geometry: Geometry | null;
  drawing: boolean;
  start: (kind: ShapeKind) => void;
  clear: () => void;
}

interface ActionFormProps {
  districtId: string;
  action: Action | null;
  pots: PotList['pots'];
  location: LocationTool;
  onDone: (savedId: string | null) => void;
}

/**
 * Who can be responsible: the district's owners and tenants, and whoever is responsible now,
 * each with what tells them apart (their kind and parcel, or the premises they rent).
 */
function useResponsibleCandidates(districtId: string, action: Action | null): PersonOption[] {
  const { t } = useTranslation();
  const features = useDistrictParcels(districtId).data?.features;
  // Hundreds of parcels: worked out when they or the action change, not at every keystroke.
  return useMemo(() => responsibleCandidates(features ?? [], action, t), [features, action, t]);
}

function responsibleCandidates(
  parcels: NonNullable<ReturnType<typeof useDistrictParcels>['data']>['features'],
  action: Action | null,
  t: (key: string) => string,
): PersonOption[] {
  const prefix = sharedPrefix(parcels.map((p) => p.properties.designation));
  const byId = new Map<string, { name: string; places: string[]; role: string }>();
  const add = (id: string, name: string, role: string, place: string) => {
    const entry = byId.get(id) ?? { name, places: [], role };
    if (!entry.places.includes(place)) entry.places.push(place);
    byId.set(id, entry);
  };
  for (const p of parcels) {
    const designation = p.properties.designation.slice(prefix.length);
    for (const o of p.properties.owners) if (o.name) add(o.id, o.name, t(`stakeholderKinds.${o.kind}`), designation);
    for (const s of p.properties.tenants)
      add(s.id, s.name, t('plan.tenantOf'), s.premisesName && s.premisesName !== s.name ? s.premisesName : designation);
  }
  const options = [...byId].map(([id, e]) => ({
    id,
    name: e.name,
    detail: `${e.role} · ${e.places[0]}${e.places.length > 1 ? ` +${e.places.length - 1}` : ''}`,
  }));
  if (action?.responsibleStakeholderId && !byId.has(action.responsibleStakeholderId))
    options.push({
      id: action.responsibleStakeholderId,
      name: action.responsibleName ?? action.responsibleStakeholderId,
      detail: t('plan.outsideDistrict'),
    });
  return options.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.detail.localeCompare(b.detail, 'sv'));
}

const percent = (share: number) => String(Math.round(share * 1000) / 10).replace('.', ',');

/** Create or edit an action: what, which focus area, when, what it costs and who pays, where. */
export function ActionForm({ districtId, action, pots, location, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const save = useSaveAction(districtId);
  // The version the planner opened: a refetch while the form is open must not hide another's save.
  const [basedOnVersion] = useState(action?.version);
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [focusArea, setFocusArea] = useState(action?.focusArea ?? 'place');
  const [status, setStatus] = useState(action?.status ?? 'planned');
  const [start, setStart] = useState(action?.start ?? '');
  const [end, setEnd] = useState(action?.end ?? '');
  const [cost, setCost] = useState(action ? String(action.costSek) : '0');
  const [financing, setFinancing] = useState(
    action?.financing.map((f) => ({ party: f.party, percent: percent(f.share) })) ?? [
      { party: 'Kommunen', percent: '50' },
      { party: 'Fastighetsägarna', percent: '50' },
    ],
  );
  const [potId, setPotId] = useState(action?.potId ?? '');
  const [responsible, setResponsible] = useState(action?.responsibleStakeholderId ?? '');
  const people = useResponsibleCandidates(districtId, action);
  const [isPublic, setPublic] = useState(action?.public ?? false);
  const [publicText, setPublicText] = useState(action?.publicText ?? '');
  const [warnings, setWarnings] = useState<string[]>([]);
  const geometry = location.geometry ?? action?.geometry ?? null;
  const total = financing.reduce((s, f) => s + (Number(f.percent.replace(',', '.')) || 0), 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      title,
      description: description || null,
      focusArea,
      status,
      start: start || null,
      end: end || null,
      costSek: Number(cost.replace(/\s/g, '')),
      financing: financing
        .filter((f) => f.party.trim())
        .map((f) => ({ party: f.party, share: Number(f.percent.replace(',', '.')) / 100 })),
      potId: potId || null,
      responsibleStakeholderId: responsible || null,
      geometry,
      public: isPublic,
      publicText: publicText || null,
    } as ActionBody;
    save.mutate(
      { id: action?.id ?? null, body, version: basedOnVersion },
      {
        onSuccess: (result) => {
          const w = (result as { warnings?: { message: string }[] }).warnings ?? [];
          setWarnings(w.map((x) => x.message));
          if (w.length === 0) onDone((result as { action: { id: string } }).action.id);
        },
      },
    );
  };

  return (
    <form
      className="save-form action-form"
      onSubmit={submit}
      aria-label={action ? t('plan.editAction') : t('plan.newAction')}
    >
      <label>
        {t('plan.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('plan.description')}
        <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} />
      </label>
      <div className="two">
        <label>
          {t('plan.focusArea')}
          <select value={focusArea} onChange={(e) => setFocusArea(e.target.value)}>
            {FOCUS_AREAS.map((f) => (
              <option key={f} value={f}>
                {t(`focusAreas.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="two">
        <label>
          {t('plan.start')}
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('plan.end')}
          <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <div className="two">
        <label>
          {t('plan.cost')}
          <input
            value={cost}
            onChange={(e) => setCost(e.target.value)}
            inputMode="numeric"
            pattern="[0-9 ]*"
            required
          />
        </label>
        <label>
          {t('plan.pot')}
          <select value={potId} onChange={(e) => setPotId(e.target.value)}>
            <option value="">{t('plan.noPot')}</option>
            {pots.map((p) => (
              <option key={p.id} value={p.id}>
                {t(`plan.potKind.${p.kind}`)} {p.year} ({formatSek(p.remainingSek)} {t('plan.left')})
              </option>
            ))}
          </select>
        </label>
      </div>
      <PersonPicker
        label={t('plan.responsible')}
        options={people}
        value={responsible || null}
        onChange={(id) => setResponsible(id ?? '')}
        noneLabel={t('plan.noResponsible')}
      />
      <fieldset>
        <legend>
          {t('plan.financing')} ({String(Math.round(total * 10) / 10).replace('.', ',')} %)
        </legend>
        {financing.map((f, i) => (
          <div className="two" key={i}>
            <input
              aria-label={`${t('plan.party')} ${i + 1}`}
              value={f.party}
              onChange={(e) => setFinancing(financing.map((x, j) => (j === i ? { ...x, party: e.target.value } : x)))}
            />
            <input
              aria-label={`${t('plan.share')} ${i + 1}`}
              value={f.percent}
              inputMode="decimal"
              onChange={(e) => setFinancing(financing.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))}
            />
          </div>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => setFinancing([...financing, { party: '', percent: '0' }])}
        >
          {t('plan.addParty')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('plan.location')}</legend>
        <p className="muted" data-testid="action-location">
          {location.drawing
            ? t('plan.clickMap')
            : geometry
              ? t(`plan.geometry.${geometry.type}`)
              : t('plan.noLocation')}
        </p>
        <div className="buttons">
          {(['point', 'linestring', 'polygon'] as const).map((k) => (
            <button key={k} type="button" className="secondary" onClick={() => location.start(k)}>
              {t(`plan.draw.${k}`)}
            </button>
          ))}
          {geometry && (
            <button type="button" className="link" onClick={location.clear}>
              {t('plan.removeLocation')}
            </button>
          )}
        </div>
      </fieldset>
      <label className="layer-row">
        <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />
        {t('plan.public')}
      </label>
      {isPublic && (
        <label>
          {t('plan.publicText')}
          <input value={publicText} onChange={(e) => setPublicText(e.target.value)} maxLength={2000} required />
        </label>
      )}
      <ErrorText error={save.error} />
      {warnings.map((w) => (
        <p key={w} role="alert" className="warning">
          {w}
        </p>
      ))}
      <div className="buttons">
        <button type="submit" disabled={save.isPending || location.drawing}>
          {t('plan.saveAction')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          {warnings.length ? t('panel.close') : t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
