import { acquireDataLock } from '../../../src-main/core/instanceLock';

// Another program on the data folder, for instanceLock.test.ts: takes the lock, says so, and holds it until killed.

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: holder.ts <dataDir>');
acquireDataLock(dataDir);
process.stdout.write('held\n');
setInterval(() => {}, 60_000);
