import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';

/** The right-hand panel frame: a heading, a close button, and the subject's content. */
export function SidePanel({
  kicker,
  title,
  onClose,
  children,
}: {
  kicker: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <aside className="panel side-panel" aria-labelledby="side-panel-title" data-testid="side-panel">
      <header>
        <p className="kicker">{kicker}</p>
        <h2 id="side-panel-title">{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
