import {
  MultiSelect,
  Select,
  type ComboboxData,
  type ComboboxItem,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useState, type CompositionEvent, type FocusEvent } from 'react';

// Every pick list of the app, taking what a clerk types: the first match is highlighted as the clerk types so Enter
// picks it; leaving the box with an exact or only match keeps that match (Mantine would blank the box); clicking the
// chosen option keeps it; and while an input method is still composing pinyin, "no match" is not flashed.

const NOTHING_FOUND = '没有匹配的选项';

type Listed = string | { value?: unknown; label?: unknown; disabled?: boolean; group?: unknown; items?: unknown };

/** The options of a pick list, groups flattened. */
function itemsOf(data: ComboboxData | undefined): ComboboxItem[] {
  const items: ComboboxItem[] = [];
  const visit = (list: readonly Listed[]) => {
    for (const item of list) {
      if (typeof item === 'string') items.push({ value: item, label: item });
      else if (Array.isArray(item.items)) visit(item.items as Listed[]);
      else if (typeof item.value === 'string' && typeof item.label === 'string')
        items.push({ value: item.value, label: item.label, disabled: item.disabled ?? false });
    }
  };
  visit((data ?? []) as readonly Listed[]);
  return items;
}

/** The option a clerk meant by `typed`: the one labelled exactly so, else the only one containing it. */
export function typedChoice(data: ComboboxData | undefined, typed: string): ComboboxItem | null {
  const search = typed.trim().toLowerCase();
  if (!search) return null;
  const items = itemsOf(data).filter((item) => !item.disabled);
  const exact = items.find((item) => item.label.toLowerCase() === search);
  if (exact) return exact;
  const containing = items.filter((item) => item.label.toLowerCase().includes(search));
  return containing.length === 1 ? containing[0]! : null;
}

/** Whether an input method is composing in the box: its half-typed pinyin matches nothing yet. */
function useComposing() {
  const [composing, setComposing] = useState(false);
  return {
    composing,
    handlers: {
      onCompositionStart: (_event: CompositionEvent<HTMLInputElement>) => setComposing(true),
      onCompositionEnd: (_event: CompositionEvent<HTMLInputElement>) => setComposing(false),
    },
  };
}

export function ChoiceSelect({ nothingFoundMessage = NOTHING_FOUND, onBlur, onChange, ...props }: SelectProps) {
  const { composing, handlers } = useComposing();
  return (
    <Select
      searchable
      allowDeselect={false}
      selectFirstOptionOnChange
      {...props}
      {...handlers}
      nothingFoundMessage={composing ? undefined : nothingFoundMessage}
      onChange={onChange}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const typed = event.currentTarget.value;
        const chosen = itemsOf(props.data).find((item) => item.value === props.value);
        if (typed !== chosen?.label) {
          const meant = typedChoice(props.data, typed);
          if (meant) onChange?.(meant.value, meant);
        }
        onBlur?.(event);
      }}
    />
  );
}

export function ChoiceMultiSelect({
  nothingFoundMessage = NOTHING_FOUND,
  onBlur,
  onChange,
  ...props
}: MultiSelectProps) {
  const { composing, handlers } = useComposing();
  const [search, setSearch] = useState('');
  const chosen = props.value ?? [];
  return (
    <MultiSelect
      searchable
      selectFirstOptionOnChange
      {...props}
      {...handlers}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={composing ? undefined : nothingFoundMessage}
      onChange={onChange}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const meant = typedChoice(props.data, search);
        if (meant && !chosen.includes(meant.value)) onChange?.([...chosen, meant.value]);
        setSearch('');
        onBlur?.(event);
      }}
    />
  );
}
