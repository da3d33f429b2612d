import { notifications } from '@mantine/notifications';
import type { GeneratedFile } from '../../../src-shared/documents';

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Has the browser save `href` as `fileName`, through a link nobody sees: the page stays where it is. */
export function downloadFrom(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Hands a generated file to the clerk: the desktop app has already kept and opened it; the browser downloads it.
 * Documents and returns are tens of kilobytes, so they come inside the API answer; a backup, which may be gigabytes,
 * is downloaded from the server instead (BackupsPanel).
 */
export function deliver(file: GeneratedFile, what: string): void {
  if (window.ledgerBridge) {
    notifications.show({ color: 'green', title: `${what}已生成`, message: `已保存并打开：${file.savedPath}` });
    return;
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const type = MIME[file.fileName.split('.').pop() ?? ''] ?? 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  downloadFrom(url, file.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  notifications.show({ color: 'green', title: `${what}已生成`, message: `正在下载：${file.fileName}` });
}
