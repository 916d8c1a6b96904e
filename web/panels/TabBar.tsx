import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';

interface Tab<T extends string> {
  id: T;
  label: string;
}

/** Room kept for the "More" button when some tabs do not fit. */
const MORE_WIDTH = 72;

/**
 * Tabs on one line that never wrap: those that do not fit the width move to a "More" menu
 * (the open tab always stays on the line), so the row does not jump when the tab changes.
 */
export function TabBar<T extends string>({
  tabs,
  active,
  onChange,
}: {
  tabs: Tab<T>[];
  active: T;
  onChange: (id: T) => void;
}) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const [fitting, setFitting] = useState(tabs.length);
  const [menuOpen, setMenuOpen] = useState(false);
  const labels = tabs.map((tab) => tab.label).join('|');

  // Every tab's width is read from an invisible copy of the row, so the fit is known before paint.
  useLayoutEffect(() => {
    const measure = () => {
      const widths = [...ruler.current!.children].map((el) => (el as HTMLElement).offsetWidth + 2);
      const available = bar.current!.clientWidth;
      if (widths.reduce((a, b) => a + b, 0) <= available) return setFitting(widths.length);
      let used = MORE_WIDTH;
      let count = 0;
      for (const width of widths) {
        used += width;
        if (used > available) break;
        count++;
      }
      setFitting(Math.max(1, count));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar.current!);
    return () => observer.disconnect();
  }, [labels]);

  let shown = tabs.slice(0, fitting);
  if (!shown.some((tab) => tab.id === active)) shown = [...shown.slice(0, -1), tabs.find((tab) => tab.id === active)!];
  const overflow = tabs.filter((tab) => !shown.includes(tab));

  return (
    <div className="tab-bar" ref={bar}>
      <div className="tabs tab-ruler" ref={ruler} aria-hidden>
        {tabs.map((tab) => (
          <span key={tab.id}>{tab.label}</span>
        ))}
      </div>
      <div className="tabs" role="tablist">
        {shown.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {overflow.length > 0 && (
        <div
          className="tab-more"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setMenuOpen(false);
          }}
          onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}
        >
          <button
            type="button"
            className="secondary"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('tabs.more')} ▾
          </button>
          {menuOpen && (
            <ul role="menu">
              {overflow.map((tab) => (
                <li key={tab.id} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    onClick={() => {
                      setMenuOpen(false);
                      onChange(tab.id);
                    }}
                  >
                    {tab.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
