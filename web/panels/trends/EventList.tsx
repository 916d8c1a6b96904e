import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useAddEvent, useDeleteEvent } from '../../api/events';
import { formatDate } from '../../i18n/format';
import { ProvenanceBadge } from '../ProvenanceBadge';
import { ErrorText } from '../../api/errorText';

interface Event {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  generated: boolean;
}

/** The events shaded on the chart, listed; planners add and remove them here. */
export function EventList({ events, canEdit }: { events: Event[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const add = useAddEvent();
  const remove = useDeleteEvent();
  const [draft, setDraft] = useState({ title: '', startsOn: '', endsOn: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { ...draft, endsOn: draft.endsOn || draft.startsOn },
      { onSuccess: () => setDraft({ title: '', startsOn: '', endsOn: '' }) },
    );
  };
  return (
    <details className="events">
      <summary>{t('trends.events', { count: events.length })}</summary>
      <ul className="rows" data-testid="event-list">
        {events.map((e) => (
          <li key={e.id}>
            <strong>{e.title}</strong> {e.generated && <ProvenanceBadge provenance="generated" />}
            <span className="muted">
              {formatDate(e.startsOn)}
              {e.endsOn !== e.startsOn ? ` – ${formatDate(e.endsOn)}` : ''}
            </span>
            {canEdit && (
              <button
                type="button"
                className="link"
                onClick={() => remove.mutate(e.id)}
                aria-label={t('trends.removeEvent', { title: e.title })}
              >
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form onSubmit={submit} className="event-form">
          <label>
            {t('trends.eventTitle')}
            <input
              required
              maxLength={120}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </label>
          <div className="two">
            <label>
              {t('trends.eventStart')}
              <input
                type="date"
                required
                value={draft.startsOn}
                onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
              />
            </label>
            <label>
              {t('trends.eventEnd')}
              <input
                type="date"
                value={draft.endsOn}
                min={draft.startsOn}
                onChange={(e) => setDraft({ ...draft, endsOn: e.target.value })}
              />
            </label>
          </div>
          <ErrorText error={add.error} />
          <button type="submit" className="secondary" disabled={add.isPending}>
            {t('trends.addEvent')}
          </button>
        </form>
      )}
    </details>
  );
}
