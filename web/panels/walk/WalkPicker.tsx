import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { useCreateWalk } from '../../api/siteWalks';
import { formatDate } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

interface Walk {
  id: string;
  title: string;
  walkedOn: string;
  observations: number;
}

/** Which walk the observations go into; starting a new one takes one tap. */
export function WalkPicker({
  districtId,
  walks,
  value,
  onChange,
}: {
  districtId: string;
  walks: Walk[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateWalk(districtId);
  const [naming, setNaming] = useState(false);
  const today = new Date().toLocaleDateString('sv-SE');
  const [title, setTitle] = useState(t('walk.defaultTitle', { date: today }));
  if (naming || walks.length === 0) {
    return (
      <form
        className="walk-new"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { title, walkedOn: today },
            {
              onSuccess: (w) => {
                onChange(w.id);
                setNaming(false);
              },
            },
          );
        }}
      >
        <label>
          {t('walk.newWalk')}
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('walk.start')}
        </button>
        <ErrorText error={create.error} />
      </form>
    );
  }
  return (
    <div className="walk-picker">
      <label>
        {t('walk.walk')}
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
          {walks.map((w) => (
            <option key={w.id} value={w.id}>
              {w.title} ({formatDate(w.walkedOn)}, {w.observations})
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" onClick={() => setNaming(true)}>
        {t('walk.newWalk')}
      </button>
    </div>
  );
}
