// 设置 › 月度考核结果: the grades the office gives in its monthly 考核 and which of them count as 不合格 in the monthly
// return. The handbook names 合格 / 基本合格 / 不合格 (docs/spec/formats.md §13); counties that score in points or use
// other words set their own.

import { z } from 'zod';
import { DEFAULT_ASSESSMENT_GRADES, DEFAULT_FAILING_GRADES } from './correctionApprovals';

const gradeSchema = z
  .string({ error: '考核结果应为文字' })
  .trim()
  .min(1, '考核结果不能为空')
  .max(20, '每个考核结果不能超过20个字');

export const assessmentScaleSchema = z
  .strictObject({
    grades: z.array(gradeSchema).min(1, '至少设置一个考核结果').max(10, '考核结果最多10个'),
    failing: z.array(gradeSchema).max(10, '不合格的考核结果最多10个'),
  })
  .superRefine((scale, ctx) => {
    if (new Set(scale.grades).size !== scale.grades.length)
      ctx.addIssue({ code: 'custom', path: ['grades'], message: '考核结果有重复' });
    scale.failing.forEach((grade, i) => {
      if (!scale.grades.includes(grade))
        ctx.addIssue({ code: 'custom', path: ['failing', i], message: `“${grade}”不在考核结果中` });
    });
  });

export type AssessmentScale = z.output<typeof assessmentScaleSchema>;

export const DEFAULT_ASSESSMENT_SCALE: AssessmentScale = {
  grades: [...DEFAULT_ASSESSMENT_GRADES],
  failing: [...DEFAULT_FAILING_GRADES],
};

/** The scale read back from storage: what was saved, or the default where nothing (valid) is stored. */
export function parseStoredScale(stored: string | null): AssessmentScale {
  if (!stored) return DEFAULT_ASSESSMENT_SCALE;
  try {
    const parsed = assessmentScaleSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_ASSESSMENT_SCALE;
  } catch {
    return DEFAULT_ASSESSMENT_SCALE;
  }
}
