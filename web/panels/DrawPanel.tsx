import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { boundaryFigures } from '../map/draw/figures';
import { formatDecimal, formatInteger } from '../i18n/format';
import { DISTRICT_TYPES, type DistrictType } from '../../server/domain/districts';
import { geometryProblemText, useErrorText } from '../api/errorText';
import { useEditSession } from '../workspace/EditSession';
import { useWorkspace } from '../workspace/Workspace';
import { useBoundaryPreview } from '../api/districts';
import { MIN_ZOOM } from '../selection';

/** While drawing: live area and perimeter, snapping, undo/redo, and the save form. */
export function DrawPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const {
    editor,
    editing,
    snapping,
    setSnapping: onSnappingChange,
    problem,
    saving,
    save: onSave,
    ...session
  } = useEditSession();
  const saveError = errorText(session.saveError);
  const [name, setName] = useState('');
  const [type, setType] = useState<DistrictType>('city-centre');
  const [note, setNote] = useState('');
  const figures = editor.boundary ? boundaryFigures(editor.boundary) : null;
  const preview = useBoundaryPreview(editor.boundary);
  const inside = preview.data;
  const zoom = useWorkspace().viewport?.zoom ?? 0;
  const closed = editor.state === 'editing' && editor.boundary !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editor.boundary) onSave({ name, type, note, geometry: editor.boundary });
  };

  return (
    <aside className="panel side-panel draw-panel" aria-labelledby="draw-title" data-testid="draw-panel">
      <header>
        <p className="kicker">{editing ? t('draw.editKicker') : t('draw.newKicker')}</p>
        <h2 id="draw-title">{editing ? editing.name : t('draw.newTitle')}</h2>
      </header>
      <p className="muted">{closed ? t('draw.editHelp') : t('draw.drawHelp')}</p>
      <dl className="draw-figures" data-testid="draw-figures">
        <div className="field">
          <dt>{t('draw.area')}</dt>
          <dd>
            {figures
              ? `${t('units.m2', { value: formatInteger(figures.areaM2) })} (${formatDecimal(figures.areaM2 / 10_000)} ha)`
              : '–'}
          </dd>
        </div>
        <div className="field">
          <dt>{t('draw.perimeter')}</dt>
          <dd>{figures ? `${formatInteger(figures.perimeterM)} m` : '–'}</dd>
        </div>
        <div className="field" data-testid="draw-inside">
          <dt>{t('draw.inside')}</dt>
          <dd aria-busy={inside && figures ? preview.updating : undefined}>
            {inside && figures
              ? t('draw.insideCounts', {
                  parcels: formatInteger(inside.parcels),
                  owners: formatInteger(inside.owners),
                  premises: formatInteger(inside.premises),
                  vacant: formatInteger(inside.vacantPremises),
                })
              : '–'}
          </dd>
        </div>
      </dl>
      <label className="layer-row">
        <input type="checkbox" checked={snapping} onChange={(e) => onSnappingChange(e.target.checked)} />
        {t('draw.snapping')}
      </label>
      {snapping && zoom < MIN_ZOOM.parcels && (
        <p className="hint" data-testid="snap-hint">
          {t('draw.zoomInToSnap')}
        </p>
      )}
      <div className="buttons">
        <button type="button" className="secondary" onClick={editor.undo} disabled={!editor.canUndo} title="Ctrl+Z">
          {t('draw.undo')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={editor.redo}
          disabled={!editor.canRedo}
          title="Ctrl+Shift+Z"
        >
          {t('draw.redo')}
        </button>
        <button type="button" className="secondary" onClick={editor.cancel} title="Esc">
          {t('common.cancel')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="error" data-testid="boundary-problem">
          {t('errors.invalid_geometry', { problem: geometryProblemText(t, problem.problem) })}
        </p>
      )}
      {saveError && !problem && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}
      {closed && (
        <form className="save-form" onSubmit={submit}>
          {!editing && (
            <>
              <label>
                {t('draw.name')}
                <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
              </label>
              <label>
                {t('draw.type')}
                <select value={type} onChange={(e) => setType(e.target.value as DistrictType)}>
                  {DISTRICT_TYPES.map((dt) => (
                    <option key={dt} value={dt}>
                      {t(`district.type.${dt}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          <label>
            {t('draw.note')}
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={1000}
              placeholder={t('draw.notePlaceholder')}
            />
          </label>
          <button type="submit" disabled={saving || problem !== null}>
            {editing ? t('draw.saveVersion') : t('draw.save')}
          </button>
        </form>
      )}
    </aside>
  );
}
