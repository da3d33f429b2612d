import { openCore } from '../../../src-main/core';
import { invokeAsAdmin } from '../../support/session';

// The restore crash test's child process: opens the ledger in <dataDir> as the app does, prints "ready", restores the
// backup <file> as the administrator and prints "restored" once the restore has returned. The parent kills it with
// SIGKILL at a random moment in between.

const [dataDir, file] = process.argv.slice(2);
if (!dataDir || !file) throw new Error('usage: restorer.ts <dataDir> <backup file>');
const core = await openCore(dataDir, { log: () => {} });
process.stdout.on('error', () => process.exit(0));
process.stdout.write('ready\n');
const result = await invokeAsAdmin(core, 'backups.restore', { file });
if (!result.ok) throw new Error(result.error.message);
process.stdout.write('restored\n');
await core.close();
