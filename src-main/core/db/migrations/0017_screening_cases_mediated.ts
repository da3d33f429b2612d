import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// Turning a 矛盾纠纷排查 record into a 人民调解案件 used to write only its 关联案件卷号 and leave its 化解情况 as it
// was (正在化解 or blank), so the return never counted the dispute as 调处 while the case said it was mediated. The
// conversion now marks it 已调解 (docs/spec/formats.md §5.5: “已调解（关联案件号）”); this does the same for the records
// already linked to a live case. A record the clerk marked otherwise (已预防, 移交) keeps the clerk's word.

export const m0017_screeningCasesMediated: Migration = {
  version: 17,
  name: 'screening records linked to a case are mediated',
  up: (db) => {
    db.prepare(
      `UPDATE dispute_screening SET resolution = '已调解', updated_at = ?
       WHERE (resolution IS NULL OR resolution = '正在化解')
         AND zero_report = 0
         AND trim(coalesce(linked_case_no, '')) <> ''
         AND EXISTS (SELECT 1 FROM mediation_case m
                     WHERE m.case_no = trim(dispute_screening.linked_case_no) AND m.deleted_at IS NULL)`,
    ).run(new Date().toISOString());
  },
};
