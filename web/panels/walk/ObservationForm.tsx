import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useAddObservation } from '../../api/siteWalks';
import { FOCUS_AREA_COLORS, rgbaCss } from '../../map/layers/colors';
import { FOCUS_AREAS } from '../../../server/domain/actionPlan';
import { ErrorText } from '../../api/errorText';

/** One observation at the tapped place: focus area, good or problem, a short text, maybe a photo. */
export function ObservationForm({
  districtId,
  walkId,
  at,
  onDone,
}: {
  districtId: string;
  walkId: string;
  at: [number, number];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddObservation(districtId);
  const [focusArea, setFocusArea] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<'good' | 'problem'>('problem');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!focusArea) return;
    const form = new FormData();
    for (const [k, v] of Object.entries({ walkId, focusArea, verdict, text, lon: String(at[0]), lat: String(at[1]) }))
      form.set(k, v);
    if (photo) form.set('photo', photo);
    add.mutate(form, { onSuccess: onDone });
  };
  return (
    <form className="observation-form" onSubmit={submit} aria-label={t('walk.newObservation')}>
      <fieldset>
        <legend>{t('walk.focusArea')}</legend>
        <div className="chips">
          {FOCUS_AREAS.map((f) => (
            <label
              key={f}
              className={`chip${focusArea === f ? ' chip-on' : ''}`}
              style={{ borderColor: rgbaCss(FOCUS_AREA_COLORS[f]) }}
            >
              <input
                type="radio"
                name="focusArea"
                value={f}
                checked={focusArea === f}
                onChange={() => setFocusArea(f)}
                required
              />
              {t(`focusAreas.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('walk.verdict')}</legend>
        <div className="segmented">
          {(['good', 'problem'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="verdict" checked={verdict === v} onChange={() => setVerdict(v)} />
              {t(`walk.verdicts.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t('walk.text')}
        <textarea required maxLength={1000} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('walk.photo')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
        />
      </label>
      <ErrorText error={add.error} />
      <div className="buttons">
        <button type="submit" disabled={add.isPending || !focusArea}>
          {t('walk.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('walk.cancel')}
        </button>
      </div>
    </form>
  );
}
