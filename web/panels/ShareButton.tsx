import { useState } from 'react';
import { useTranslation } from '../i18n';

/** Shares a link the way the device does (the share sheet on a phone), else copies it. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined); // closing the sheet is not an error
      return;
    }
    await navigator.clipboard?.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 3000);
  };
  return (
    <>
      <button type="button" className="secondary small-button" onClick={() => void share()}>
        {t('public.share')}
      </button>
      <span role="status" className="muted small">
        {copied ? t('public.linkCopied') : ''}
      </span>
    </>
  );
}
