/**
 * An ARIA tab strip with a roving tab stop: Tab reaches the selected tab
 * only, the arrow keys move between tabs (wrapping), Home and End jump to
 * the ends, and moving selects. The caller renders the selected panel with
 * {@link tabPanelProps}, so only that panel's content exists. Holds no
 * selection of its own.
 */
import { type ReactNode, useRef } from 'react';

export type TabItem<K extends string> = { id: K; label: ReactNode };

const tabId = (idBase: string, id: string) => `${idBase}-tab-${id}`;
const panelId = (idBase: string, id: string) => `${idBase}-panel-${id}`;

/** Props for the selected tab's panel element. */
export const tabPanelProps = (idBase: string, selected: string) => ({
  role: 'tabpanel' as const,
  id: panelId(idBase, selected),
  'aria-labelledby': tabId(idBase, selected),
});

export type TabsProps<K extends string> = {
  /** The strip's accessible name, e.g. "Charts". */
  label: string;
  /** A page-unique prefix for the tab and panel ids (`useId()` or a record id). */
  idBase: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect: (id: K) => void;
  className?: string;
  tabClassName?: string;
};

export const Tabs = <K extends string>({
  label,
  idBase,
  items,
  selected,
  onSelect,
  className,
  tabClassName,
}: TabsProps<K>) => {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const go = (index: number) => {
    const target = items[(index + items.length) % items.length];
    if (!target) return;
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {items.map((item, i) => (
        <button
          key={item.id}
          ref={(el) => {
            if (el) refs.current.set(item.id, el);
            else refs.current.delete(item.id);
          }}
          type="button"
          role="tab"
          id={tabId(idBase, item.id)}
          aria-selected={item.id === selected}
          aria-controls={item.id === selected ? panelId(idBase, item.id) : undefined}
          tabIndex={item.id === selected ? 0 : -1}
          className={tabClassName}
          onClick={() => onSelect(item.id)}
          onKeyDown={(e) => {
            const moves: Record<string, number> = {
              ArrowRight: i + 1,
              ArrowLeft: i - 1,
              Home: 0,
              End: items.length - 1,
            };
            const to = moves[e.key];
            if (to === undefined) return;
            e.preventDefault();
            go(to);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
};
