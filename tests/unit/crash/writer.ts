import { createCore } from '../../../src-main/core';
import { adminSession } from '../../support/session';

// The crash test's child process: saves 学习会议 records through the core, one after another, and prints
// "ack <n>" only after save n has returned (committed). The parent kills it with SIGKILL at a random moment.

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer.ts <dataDir>');
const core = createCore(dataDir, { log: () => {} });
// The parent going away ends the loop too.
process.stdout.on('error', () => process.exit(0));
// Every trial reopens the same folder: the administrator account made by the first is found by the next.
const session = adminSession(core);
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  const result = await core.invoke(
    'registers.create',
    {
      register: 'studyMeeting',
      data: {
        meeting_date: '2025-03-01',
        meeting_type: '政治学习',
        topic: `崩溃测试-${n}`,
        registered_on: '2025-03-01',
        content: '记录内容'.repeat(50),
      },
    },
    session,
  );
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`ack ${n}\n`);
}
