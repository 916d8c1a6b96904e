import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  const widths = useRef(new Map<string, number>());
  const [fitting, setFitting] = useState(tabs.length);
  const [menuOpen, setMenuOpen] = useState(false);
  const labels = tabs.map((tab) => tab.label).join('|');

  useLayoutEffect(() => {
    const el = bar.current!;
    widths.current.clear();
    const measure = () => {
      // Widths are read while every tab is on the line (the first pass after the labels change).
      for (const button of el.querySelectorAll<HTMLButtonElement>('[role="tab"]'))
        if (!widths.current.has(button.dataset.tab!)) widths.current.set(button.dataset.tab!, button.offsetWidth + 2);
      const available = el.clientWidth;
      const total = [...widths.current.values()].reduce((a, b) => a + b, 0);
      if (total <= available) return setFitting(tabs.length);
      let used = MORE_WIDTH;
      let count = 0;
      for (const tab of tabs) {
        used += widths.current.get(tab.id) ?? 0;
        if (used > available) break;
        count++;
      }
      setFitting(Math.max(1, count));
    };
    setFitting(tabs.length);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels decide the widths
  }, [labels]);

  let shown = tabs.slice(0, fitting);
  if (!shown.some((tab) => tab.id === active)) shown = [...shown.slice(0, -1), tabs.find((tab) => tab.id === active)!];
  const overflow = tabs.filter((tab) => !shown.includes(tab));

  return (
    <div className="tab-bar" ref={bar}>
      <div className="tabs" role="tablist">
        {shown.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            data-tab={tab.id}
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
