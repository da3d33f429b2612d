// The measuring process of `npm run bench` (one size): copies the generated ledger into a temp folder, measures it and
// leaves the numbers as JSON. It runs bundled like the app's core (bundle.ts), not through jiti, whose TypeScript
// transpiler would add its own memory to the peak the bench reports for the core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { measureLedger } from './measure';

const [source, out, importSheet] = process.argv.slice(2) as [string, string, string];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
try {
  const copy = path.join(dir, DATABASE_FILE);
  fs.copyFileSync(source, copy);
  // Written to disk before measuring: gigabytes of the copy still being flushed would stretch every save's own sync.
  const handle = fs.openSync(copy, 'r+');
  fs.fsyncSync(handle);
  fs.closeSync(handle);
  fs.writeFileSync(out, JSON.stringify(await measureLedger(dir, importSheet, (line) => console.log(line))));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
