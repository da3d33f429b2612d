import { Button, Group, Text } from '@mantine/core';

interface SaveBarProps {
  saving: boolean;
  onSave: () => void;
  onSaveAndNew: () => void;
  onCancel: () => void;
  /** Only for a saved record. */
  onDelete?: (() => void) | undefined;
}

/** The bar at the foot of every form, kept in sight while the form scrolls (global.css keeps fields clear of it). */
export function SaveBar({ saving, onSave, onSaveAndNew, onCancel, onDelete }: SaveBarProps) {
  return (
    <Group
      justify="space-between"
      pos="sticky"
      bottom={0}
      py="sm"
      bg="var(--mantine-color-body)"
      style={{ zIndex: 2 }}
      role="group"
      aria-label="保存栏"
    >
      <Group>
        <Button onClick={onSave} loading={saving} aria-keyshortcuts="Control+S">
          保存
        </Button>
        <Button
          variant="light"
          onClick={onSaveAndNew}
          loading={saving}
          aria-keyshortcuts="Control+Shift+S"
          rightSection={
            <Text span size="xs" aria-hidden>
              Ctrl+Shift+S
            </Text>
          }
        >
          保存并新增
        </Button>
        <Button variant="default" onClick={onCancel}>
          返回列表
        </Button>
        <Text size="xs" c="dimmed">
          Ctrl+S 也可保存
        </Text>
      </Group>
      {onDelete && (
        <Button color="red" variant="outline" onClick={onDelete}>
          删除
        </Button>
      )}
    </Group>
  );
}
