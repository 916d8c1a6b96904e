import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { placePath } from '../place';
import { PdfDownload } from './PdfDownload';

/** An A4 report page: a toolbar for the screen (print, PDF, back) and the document itself. */
export function ReportShell({
  kicker,
  title,
  pdfHref,
  ready,
  tools,
  children,
}: {
  kicker: string;
  title: string;
  pdfHref: string;
  ready: boolean;
  tools?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-page" data-report-ready={ready ? 'true' : 'false'}>
      <nav className="report-toolbar" aria-label={t('report.toolbar')}>
        <a href={placePath('/')}>← {t('report.back')}</a>
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <PdfDownload href={pdfHref} />
        {tools}
        <LanguageSwitch />
      </nav>
      <article className="report">
        <header>
          <p className="kicker">{kicker}</p>
          <h1>{title}</h1>
        </header>
        {children}
      </article>
    </div>
  );
}

export function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
