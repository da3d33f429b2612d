import { Box, Button, Checkbox, Menu, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DocumentOption } from '../../../src-shared/documents';
import type { RegisterKey } from '../../../src-shared/registers';
import { api, errorMessage } from '../lib/api';
import { deliver } from '../lib/download';
import { FontNotice } from './FontNotice';
import { useApi } from '../lib/useApi';

/** 生成文书: the Word documents a saved record can produce; unavailable ones say what is missing. */
export function DocumentsMenu({
  register,
  id,
  version,
  only,
  size,
}: {
  register: RegisterKey;
  id: number;
  version: string;
  /** Only these of the record's documents: those of one 审批事项, beside it. */
  only?: (option: DocumentOption) => boolean;
  size?: 'compact-xs';
}) {
  // A button in the title bar, not content: until the list is in (or if it fails) the button is simply not there.
  const listed = useApi('documents.list', { register, id }, { version }).data?.documents ?? [];
  const options = only ? listed.filter(only) : listed;
  const fonts = useApi('documents.fonts', {});
  const [busy, setBusy] = useState(false);
  // 按卷宗连续编页: a piece printed on its own is numbered from its page in the 卷宗, as the 卷内目录 lists it.
  const [caseFilePaging, setCaseFilePaging] = useState(false);

  // Until the fonts are known (or could not be), the menu waits too, so nothing appears in it once it is open.
  if (options.length === 0 || (fonts.data === undefined && fonts.error === null)) return null;
  const pageable = options.some((option) => option.caseFilePaging);

  const generate = async (option: DocumentOption) => {
    setBusy(true);
    try {
      const file = await api('documents.generate', {
        register,
        id,
        kind: option.kind,
        ...(option.index !== undefined ? { index: option.index } : {}),
        ...(caseFilePaging && option.caseFilePaging ? { caseFilePaging: true } : {}),
      });
      deliver(file, '文书');
    } catch (error) {
      notifications.show({ color: 'red', title: '未生成文书', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    // A case with many records lists many documents, under the font notice: the list is as tall as the window leaves
    // room for, and scrolls. Fixed to the window: reaching its last item scrolls the list, never the page, which on
    // a long record would carry the button away and close the menu.
    <Menu
      shadow="md"
      width={320}
      position="bottom-end"
      floatingStrategy="fixed"
      middlewares={{ flip: true, shift: true, size: { padding: 8 } }}
    >
      <Menu.Target>
        <Button variant="outline" loading={busy} {...(size ? { size } : {})}>
          生成文书
        </Button>
      </Menu.Target>
      <Menu.Dropdown style={{ overflowY: 'auto' }}>
        <FontNotice fonts={fonts.data?.fonts ?? []} />
        <Menu.Label>按已保存的内容生成 Word 文书</Menu.Label>
        {pageable && (
          <Box px="sm" pb="xs">
            <Checkbox
              label="按卷宗连续编页"
              description="单份文书的页码从它在卷宗中的页号编起，与卷内目录一致；不选则每份从第1页编起"
              checked={caseFilePaging}
              onChange={(event) => setCaseFilePaging(event.currentTarget.checked)}
            />
          </Box>
        )}
        {options.map((option) => {
          const item = (
            <Menu.Item
              key={`${option.kind}-${option.index ?? ''}`}
              disabled={!option.available}
              onClick={() => void generate(option)}
            >
              <Text size="sm">{option.title}</Text>
              {!option.available && option.missing && (
                <Text size="xs" c="dimmed">
                  {option.missing}
                </Text>
              )}
            </Menu.Item>
          );
          return option.available || !option.missing ? (
            item
          ) : (
            <Tooltip
              key={`${option.kind}-${option.index ?? ''}`}
              label={option.missing}
              position="left"
              multiline
              w={240}
            >
              <div>{item}</div>
            </Tooltip>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
