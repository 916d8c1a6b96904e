import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { csrfHeaders } from '../../api/csrf';
import { formatInteger } from '../../i18n/format';

type Mapping = { counter?: string; timestamp?: string; count?: string };
interface Preview {
  columns: string[]; mapping: Mapping; rows: number; errors: { row: number; column: string; message: string }[];
  preview: { row: number; counterId: string; t: string; count: number }[];
}

/** Upload a CSV of hourly counts: preview with column mapping and every problem by row, then commit (all or nothing). */
export function ImportFootfall() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (mode: 'preview' | 'commit', f: File, m: Mapping) => {
    setBusy(true);
    setMessage(null);
    const form = new FormData();
    form.set('file', f);
    const query = new URLSearchParams({ mode, ...Object.fromEntries(Object.entries(m).filter(([, v]) => v)) });
    try {
      const res = await fetch(`/api/imports/footfall?${query}`, { method: 'POST', body: form, headers: csrfHeaders() });
      const body = await res.json();
      if (res.status === 422 && body.error?.details?.columns) {
        setPreview({ columns: body.error.details.columns, mapping: body.error.details.mapping, rows: 0, errors: [], preview: [] });
        setMessage(body.error.message);
      } else if (!res.ok) {
        setMessage(body.error?.message ?? `HTTP ${res.status}`);
        if (body.error?.details?.errors) setPreview((p) => (p ? { ...p, errors: body.error.details.errors } : p));
      } else if (mode === 'preview') {
        setPreview(body);
        setMapping(body.mapping);
      } else {
        setMessage(t('trends.imported', { inserted: formatInteger(body.inserted), changed: formatInteger(body.changed), unchanged: formatInteger(body.unchanged) }));
        setPreview(null);
        void client.invalidateQueries({ queryKey: ['districts'] });
        void client.invalidateQueries({ queryKey: ['footfall'] });
        void client.invalidateQueries({ queryKey: ['trends'] });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('trends.import')}</h3>
      <input type="file" accept=".csv,text/csv" aria-label={t('trends.csvFile')}
        onChange={(e) => { const f = e.target.files?.[0] ?? null; setFile(f); setPreview(null); if (f) void send('preview', f, {}); }} />
      {preview && preview.columns.length > 0 && (
        <div className="two">
          {(['counter', 'timestamp', 'count'] as const).map((k) => (
            <label key={k}>{t(`trends.column.${k}`)}
              <select value={mapping[k] ?? ''} onChange={(e) => { const m = { ...mapping, [k]: e.target.value }; setMapping(m); if (file) void send('preview', file, m); }}>
                <option value="">–</option>
                {preview.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}
      {preview && preview.rows > 0 && <p className="muted" data-testid="import-summary">{t('trends.previewSummary', { rows: formatInteger(preview.rows), errors: formatInteger(preview.errors.length) })}</p>}
      {preview && preview.preview.length > 0 && (
        <table className="pots" data-testid="import-preview">
          <thead><tr><th>{t('trends.row')}</th><th>{t('trends.column.counter')}</th><th>{t('trends.column.timestamp')}</th><th>{t('trends.column.count')}</th></tr></thead>
          <tbody>{preview.preview.map((r) => <tr key={r.row}><td>{r.row}</td><td>{r.counterId}</td><td>{r.t}</td><td>{formatInteger(r.count)}</td></tr>)}</tbody>
        </table>
      )}
      {preview && preview.errors.length > 0 && (
        <ul className="rows import-errors" data-testid="import-errors">
          {preview.errors.map((e) => <li key={`${e.row}-${e.column}`}><strong>{t('trends.row')} {e.row}</strong> <span className="muted">{e.column}</span> {e.message}</li>)}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
      {file && preview && preview.rows > 0 && (
        <button type="button" disabled={busy || preview.errors.length > 0} onClick={() => void send('commit', file, mapping)}>{t('trends.commit')}</button>
      )}
    </section>
  );
}
