import { useState } from 'react';
import { useTranslation } from '../i18n';

type State = { step: 'idle' } | { step: 'making' } | { step: 'failed'; message: string | null };

/**
 * The report as a PDF printed by the server: 10–20 s the first time (a browser prints it), so the
 * button says it is working; a second download of the same data comes from the server's cache.
 */
export function PdfDownload({ href }: { href: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'idle' });
  const download = async () => {
    setState({ step: 'making' });
    try {
      const res = await fetch(href, { credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ step: 'failed', message: body?.error?.message ?? null });
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'rapport.pdf';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ step: 'idle' });
    } catch {
      setState({ step: 'failed', message: null });
    }
  };
  const making = state.step === 'making';
  return (
    <>
      <button type="button" className="secondary" onClick={download} disabled={making} aria-busy={making}>
        {making ? t('report.pdfMaking') : t('report.pdf')}
      </button>
      <span role="status" className="muted small" data-testid="pdf-status">
        {making && t('report.pdfWait')}
        {state.step === 'failed' && (state.message ?? t('report.pdfFailed'))}
      </span>
    </>
  );
}
