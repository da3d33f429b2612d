import { Button, Group } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';

// 设置 has one way to save on each tab: its 保存 button, or Ctrl+S while that tab is the one shown (the tabs stay
// mounted, so an edit on another tab waits there for its own 保存).

export function useTabSave(active: boolean, save: () => void): void {
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (active) save();
        },
      ],
    ],
    // In the fields too: that is where Ctrl+S is pressed.
    [],
  );
}

/**
 * The tab's 保存, with `children` (other actions of the tab) beside it. `above`: over a long table, where it is on the
 * first screen, rather than under a few fields.
 */
export function TabSaveButton({
  onSave,
  busy = false,
  label = '保存',
  above = false,
  children,
}: {
  onSave: () => void;
  busy?: boolean;
  label?: string;
  above?: boolean;
  children?: ReactNode;
}) {
  return (
    <Group {...(above ? { mb: 'sm' } : { mt: 'md' })}>
      <Button loading={busy} onClick={onSave} aria-keyshortcuts="Control+S">
        {label}
      </Button>
      {children}
      <span style={{ fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-dimmed)' }}>
        Ctrl+S 也可保存
      </span>
    </Group>
  );
}
