import { Alert, Text } from '@mantine/core';
import type { OfficialFont } from '../../../src-shared/documents';

/** “仿宋_GB2312（正文，现以仿宋代替）”: a missing font, what it sets and what stands in for it. */
function describe(font: OfficialFont): string {
  return `${font.name}（${font.use}，现以${font.substitute ?? '其他字体'}代替）`;
}

/**
 * Above the document menu when this PC lacks the fonts the documents are set in (formats.md §2.1, §10 item 5): the
 * documents still open, in a substitute face, so the clerk is told which fonts to install before printing. The
 * fonts are asked for with the menu's documents, before it opens: a notice arriving in an open menu would push its
 * items down under the pointer.
 */
export function FontNotice({ fonts }: { fonts: readonly OfficialFont[] }) {
  const missing = fonts.filter((font) => !font.installed);
  if (missing.length === 0) return null;
  return (
    <Alert color="orange" variant="light" p="xs" m={4} title="本机缺少公文字体">
      <Text size="xs">
        {`${missing.map(describe).join('、')}。打印的文书字形与正式公文不同，每行字数也可能不同。` +
          `请安装${missing.map((f) => f.name).join('、')}字体（字体文件可向县司法局或单位信息员索取，` +
          '双击字体文件后点“安装”），再重新打开生成的文书。'}
      </Text>
    </Alert>
  );
}
