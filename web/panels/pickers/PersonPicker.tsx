import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';

export interface PersonOption {
  id: string;
  name: string;
  /** What tells two people of the same name apart: organisation kind, parcel, premises. */
  detail: string;
}

const MAX_SHOWN = 50;

/**
 * A searchable combobox for choosing a person or organisation among hundreds: type to filter
 * by name or detail, arrows to move, Enter to choose. Each option shows its detail, so "Amir
 * Berg" on Diamanten 1 is told from "Amir Berg" at Mahalle.
 */
export function PersonPicker({
  label,
  options,
  value,
  onChange,
  noneLabel,
}: {
  label: string;
  options: PersonOption[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** The choice of nobody, offered first. */
  noneLabel: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = options.find((o) => o.id === value) ?? null;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = (query ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
    const all = [{ id: '', name: noneLabel, detail: '' }, ...options];
    return all
      .filter((o) => words.every((w) => `${o.name} ${o.detail}`.toLocaleLowerCase('sv').includes(w)))
      .slice(0, MAX_SHOWN);
  }, [query, options, noneLabel]);
  const choose = (option: { id: string } | undefined) => {
    if (!option) return;
    onChange(option.id || null);
    setQuery(null);
    setOpen(false);
  };
  const shownText = query ?? (chosen ? `${chosen.name} (${chosen.detail})` : '');

  return (
    <div className="person-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-option-${active}` : undefined}
        placeholder={chosen ? undefined : noneLabel}
        value={shownText}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length);
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            setQuery(null);
          }
        }}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="picker-options">
          {matches.map((o, i) => (
            <li
              key={o.id || 'none'}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              <span>{o.name}</span>
              {o.detail && <span className="muted"> · {o.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && matches.length === 0 && <p className="muted">{t('picker.nothing')}</p>}
    </div>
  );
}
