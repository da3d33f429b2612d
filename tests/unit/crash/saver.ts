import { createCore } from '../../../src-main/core';
import type { SavedCopy } from '../../../src-shared/backups';
import { adminSession } from '../../support/session';

// The crash test's 备份到… child: makes copies one after another, alternating the browser version's (a checked copy
// kept in 备份/, offered for download) and the desktop's (a checked copy written to a chosen file), printing
// "start <n> <how>" before each and "saved <n> <sha256>" after. The parent kills it with SIGKILL at a random moment.

const [dataDir, target] = process.argv.slice(2);
if (!dataDir || !target) throw new Error('usage: saver.ts <dataDir> <target file>');
const core = createCore(dataDir, { log: () => {} });
process.stdout.on('error', () => process.exit(0));
const session = adminSession(core);
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  const browser = n % 2 === 1;
  process.stdout.write(`start ${n} ${browser ? 'browser' : 'target'}\n`);
  let sha256: string;
  if (browser) {
    const result = await core.invoke('backups.saveAs', {}, session);
    if (!result.ok) throw new Error(result.error.message);
    sha256 = (result.value as SavedCopy).sha256;
  } else {
    sha256 = (await core.backups.saveTo(target)).sha256;
  }
  process.stdout.write(`saved ${n} ${sha256}\n`);
}
