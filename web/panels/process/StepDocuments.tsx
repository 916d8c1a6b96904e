import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useAddDocument, useDeleteDocument, type Process } from '../../api/process';
import { formatDate } from '../../i18n/format';
import { ErrorText } from '../../api/errorText';

const KINDS = [
  'letter-of-intent',
  'current-state-analysis',
  'business-plan',
  'agreement',
  'final-report',
  'other',
] as const;
type Document = Process['steps'][number]['documents'][number];

/** The step's documents (letter of intent, analysis, plan, agreement, final report): a file or a link. */
export function StepDocuments({
  districtId,
  step,
  documents,
}: {
  districtId: string;
  step: number;
  documents: Document[];
}) {
  const { t } = useTranslation();
  const add = useAddDocument(districtId);
  const remove = useDeleteDocument(districtId);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('other');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData();
    form.set('kind', kind);
    form.set('title', title);
    if (file) form.set('file', file);
    else form.set('url', url);
    add.mutate(
      { step, form },
      {
        onSuccess: () => {
          setTitle('');
          setUrl('');
          setFile(null);
          e.currentTarget?.reset();
        },
      },
    );
  };
  return (
    <div className="documents">
      <h4>{t('process.documents')}</h4>
      {documents.length === 0 && <p className="muted">{t('process.noDocuments')}</p>}
      <ul className="rows">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={d.url ?? d.file ?? '#'} target={d.url ? '_blank' : undefined} rel="noreferrer">
              {d.title}
            </a>
            <span className="muted">
              {t(`process.documentKinds.${d.kind}`)} · {formatDate(d.createdAt)} · {d.createdBy}
            </span>
            <button
              type="button"
              className="link"
              onClick={() => remove.mutate(d.id)}
              aria-label={t('process.removeDocument', { title: d.title })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="document-form">
        <div className="two">
          <label>
            {t('process.documentKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`process.documentKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('process.documentTitle')}
            <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
        </div>
        <label>
          {t('process.documentLink')}
          <input
            type="url"
            placeholder="https://"
            value={url}
            disabled={file !== null}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label>
          {t('process.documentFile')}
          <input type="file" accept=".pdf,.docx,.odt,image/*" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <ErrorText error={add.error} />
        <button type="submit" className="secondary" disabled={add.isPending || (!file && !url)}>
          {t('process.addDocument')}
        </button>
      </form>
    </div>
  );
}
