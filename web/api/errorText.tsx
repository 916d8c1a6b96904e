import { hasText, useTranslation } from '../i18n';
import { ApiRequestError } from './client';
import { formatDateTime } from '../i18n/format';
import { GEOMETRY_PROBLEMS } from '../../server/domain/errorCodes';

type Problem = (typeof GEOMETRY_PROBLEMS)[number];

/**
 * The reader's-language text for an error: an API error by its code (with the fields, rows or
 * shape problem its details name), anything else as "something went wrong".
 */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: Error | null | undefined): string | null => {
    if (!error) return null;
    if (!(error instanceof ApiRequestError) || !hasText(`errors.${error.code}`)) return t('errors.unknown');
    const details = error.details as Record<string, unknown> | { field: string }[] | undefined;
    switch (error.code) {
      case 'invalid_request': {
        const fields = Array.isArray(details) ? [...new Set(details.map((d) => d.field))].join(', ') : '';
        return t('errors.invalid_request', { fields });
      }
      case 'invalid_geometry':
        return t('errors.invalid_geometry', {
          problem: geometryProblemText(t, (details as { problem?: Problem })?.problem),
        });
      case 'invalid_rows':
        return t('errors.invalid_rows', { count: ((details as { errors?: unknown[] })?.errors ?? []).length });
      case 'mapping_needed':
        return t('errors.mapping_needed', { fields: ((details as { missing?: string[] })?.missing ?? []).join(', ') });
      case 'edit_conflict': {
        const {
          changedBy,
          changedAt,
          fields = [],
        } = details as { changedBy: string; changedAt: string; fields?: string[] };
        return t('errors.edit_conflict', {
          by: changedBy,
          at: formatDateTime(changedAt),
          fields: fields
            .map((f) => (hasText(`errors.editedFields.${f}`) ? t(`errors.editedFields.${f}`) : f))
            .join(', '),
        });
      }
      default:
        return t(`errors.${error.code}`);
    }
  };
}

export function geometryProblemText(t: (key: string) => string, problem: Problem | undefined): string {
  return problem && (GEOMETRY_PROBLEMS as readonly string[]).includes(problem) ? t(`errors.geometry.${problem}`) : '';
}

/** An error as an alert line, or nothing. */
export function ErrorText({ error, className = 'error' }: { error: Error | null | undefined; className?: string }) {
  const text = useErrorText()(error);
  return text ? (
    <p role="alert" className={className}>
      {text}
    </p>
  ) : null;
}
