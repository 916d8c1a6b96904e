import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { ApiRequestError } from '../../api/client';
import { useCommitImport, usePreviewImport } from '../../api/imports';
import { useErrorText } from '../../api/errorText';
import { formatDecimal, formatInteger } from '../../i18n/format';

const KINDS = {
  'footfall-stations': ['station', 'name', 'lat', 'lon'],
  footfall: ['counter', 'timestamp', 'count'],
  'premises-status': ['premises', 'status', 'date'],
  'turnover-index': ['zone', 'period', 'value'],
} as const;
type Kind = keyof typeof KINDS;
type Mapping = Record<string, string | undefined>;
type Cell = string | number | null;
interface Preview {
  columns: string[];
  mapping: Mapping;
  rows: number;
  errors: { row: number; column: string; message: string }[];
  /** The first rows, each with its spreadsheet row number in `row`. */
  preview: Record<string, Cell>[];
}

/**
 * Upload a CSV (a counter vendor's stations, footfall counts, premises status changes or
 * turnover index): the server guesses
 * the columns, the planner can map them, sees the first rows and every problem by row, and
 * commits all or nothing.
 */
export function ImportCsv() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const previewImport = usePreviewImport();
  const commitImport = useCommitImport();
  const [kind, setKind] = useState<Kind>('footfall');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = KINDS[kind];

  const send = async (mode: 'preview' | 'commit', k: Kind, f: File, m: Mapping) => {
    setBusy(true);
    setMessage(null);
    const request = { kind: k, file: f, mapping: m };
    try {
      if (mode === 'preview') {
        const body = await previewImport.mutateAsync(request);
        setPreview(body);
        setMapping(body.mapping);
      } else {
        const body = await commitImport.mutateAsync(request);
        setMessage(
          t('trends.imported', {
            inserted: formatInteger(body.inserted),
            changed: formatInteger(body.changed),
            unchanged: formatInteger(body.unchanged),
          }),
        );
        setPreview(null);
      }
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      const details = error.details as
        { columns?: string[]; mapping?: Mapping; errors?: Preview['errors'] } | undefined;
      setMessage(errorText(error));
      // The columns could not be guessed: show them for the planner to map.
      if (details?.columns) {
        setPreview({ columns: details.columns, mapping: details.mapping ?? {}, rows: 0, errors: [], preview: [] });
        setMapping(details.mapping ?? {});
      }
      if (details?.errors) setPreview((p) => (p ? { ...p, errors: details.errors! } : p));
    } finally {
      setBusy(false);
    }
  };
  const restart = (k: Kind, f: File | null) => {
    setPreview(null);
    setMapping({});
    setMessage(null);
    if (f) void send('preview', k, f, {});
  };
  const cell = (field: string, value: Cell) => {
    if (value === null) return '–';
    if (field === 'status') return t(`trends.statusValue.${value}`);
    if (typeof value === 'number') return field === 'value' ? formatDecimal(value) : formatInteger(value);
    return value;
  };

  return (
    <section className="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('trends.import')}</h3>
      <label>
        {t('trends.importKind')}
        <select
          value={kind}
          onChange={(e) => {
            const k = e.target.value as Kind;
            setKind(k);
            restart(k, file);
          }}
        >
          {(Object.keys(KINDS) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {t(`trends.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t(`trends.importHelp.${kind}`)}</p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t('trends.csvFile')}
        onChange={(e) => {
          const f = e.target.files?.[0] ?? null;
          setFile(f);
          restart(kind, f);
        }}
      />
      {preview && preview.columns.length > 0 && (
        <div className="two">
          {fields.map((k) => (
            <label key={k}>
              {t(`trends.column.${k}`)}
              <select
                value={mapping[k] ?? ''}
                onChange={(e) => {
                  const m = { ...mapping, [k]: e.target.value };
                  setMapping(m);
                  if (file) void send('preview', kind, file, m);
                }}
              >
                <option value="">–</option>
                {preview.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {preview && preview.rows > 0 && (
        <p className="muted" data-testid="import-summary">
          {t('trends.previewSummary', {
            rows: formatInteger(preview.rows),
            errors: formatInteger(preview.errors.length),
          })}
        </p>
      )}
      {preview && preview.preview.length > 0 && (
        <table className="pots" data-testid="import-preview">
          <thead>
            <tr>
              <th>{t('trends.row')}</th>
              {fields.map((k) => (
                <th key={k}>{t(`trends.column.${k}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.preview.map((r) => (
              <tr key={String(r.row)}>
                <td>{r.row}</td>
                {fields.map((k) => (
                  <td key={k}>{cell(k, r[k] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && preview.errors.length > 0 && (
        <ul className="rows import-errors" data-testid="import-errors">
          {preview.errors.map((e) => (
            <li key={`${e.row}-${e.column}`}>
              <strong>
                {t('trends.row')} {e.row}
              </strong>{' '}
              <span className="muted">{e.column}</span> {e.message}
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
      {file && preview && preview.rows > 0 && (
        <button
          type="button"
          disabled={busy || preview.errors.length > 0}
          onClick={() => void send('commit', kind, file, mapping)}
        >
          {t('trends.commit')}
        </button>
      )}
    </section>
  );
}
