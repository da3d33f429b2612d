import { describe, expect, it } from 'vitest';
import { registerDef } from '../../src-shared/registers';
import { recordSchema } from '../../src-shared/registers/schema';
import { describeIssues } from '../../src-shared/errors';
import { errorList } from '../../src-renderer/src/lib/errorList';
import { emptyValues, toApiData } from '../../src-renderer/src/lib/formValues';

// The error summary above a form lists every message of a failed save, each saying which block it is in.

describe('errorList', () => {
  it('lists every error of an empty 来访 form, not only the first three', () => {
    const def = registerDef('petition');
    const parsed = recordSchema(def).safeParse(toApiData(def, emptyValues(def, '2026-12-02')));
    expect(parsed.success).toBe(false);
    const fields = parsed.success ? {} : (describeIssues(parsed.error, def).fields ?? {});
    expect(errorList(def, fields)).toEqual(
      expect.arrayContaining([
        { path: 'visitors.0.name', text: '来访人：姓名（名称）不能为空' },
        { path: 'matter', text: '反映问题（来访事由）不能为空' },
        { path: 'category', text: '问题类别不能为空' },
        { path: 'receiver', text: '接待人不能为空' },
      ]),
    );
    expect(errorList(def, fields)).toHaveLength(4);
  });

  it('names the party block and the entry a message belongs to, as the form titles them', () => {
    const def = registerDef('mediationCase');
    expect(
      errorList(def, {
        'applicants.1.id_number': '身份证号码校验位错误',
        'sessions.0.place': '地点不能为空',
        close_date: '结案日期不能早于受理日期',
        applicants: '至少填写一名申请人',
      }),
    ).toEqual([
      { path: 'applicants.1.id_number', text: '申请人第2人：身份证号码校验位错误' },
      { path: 'sessions.0.place', text: '调解记录（1）：地点不能为空' },
      { path: 'close_date', text: '结案日期不能早于受理日期' },
      { path: 'applicants', text: '至少填写一名申请人' },
    ]);
  });
});
