import { useTranslation } from '../../i18n';
import { useObservationToAction } from '../../api/siteWalks';
import { FOCUS_AREA_COLORS, rgbaCss } from '../../map/layers/colors';
import type { ObservationFeature } from '../../map/layers/observations';

type Observation = ObservationFeature & {
  properties: ObservationFeature['properties'] & {
    actionId: string | null;
    walkTitle: string;
    photo: string | null;
    createdAt: string;
  };
};

/** The observations shown on the map, as a list; a planner turns one into an action with one tap. */
export function ObservationList({
  districtId,
  features,
  selectedId,
  onSelect,
}: {
  districtId: string;
  features: ObservationFeature[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const toAction = useObservationToAction(districtId);
  return (
    <ul className="rows observations" data-testid="observation-list">
      {(features as Observation[]).map((o) => (
        <li key={o.id} aria-current={o.id === selectedId} onClick={() => onSelect(o.id)}>
          <strong>
            <span
              className="dot"
              style={{
                background: rgbaCss(FOCUS_AREA_COLORS[o.properties.focusArea as keyof typeof FOCUS_AREA_COLORS]),
              }}
              aria-hidden
            />{' '}
            {o.properties.text}
          </strong>
          <span className="muted">
            {t(`focusAreas.${o.properties.focusArea}`)} · {t(`walk.verdicts.${o.properties.verdict}`)} ·{' '}
            {o.properties.walkTitle}
          </span>
          {o.properties.photo && (
            <img
              src={o.properties.photo}
              alt={t('walk.photoOf', { text: o.properties.text })}
              className="thumb"
              loading="lazy"
            />
          )}
          {o.properties.actionId ? (
            <span className="badge badge-real">{t('walk.isAction')}</span>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={toAction.isPending}
              onClick={(e) => {
                e.stopPropagation();
                toAction.mutate(o.id);
              }}
            >
              {t('walk.toAction')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
