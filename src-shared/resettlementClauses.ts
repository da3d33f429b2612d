// 《帮教协议书》's four parties and what each undertakes (docs/spec/formats.md §12; the 如东 handbook 四(六)(4)(5)(12)):
// numbered clauses the office edits in 设置 (本所 → 帮教协议条款), printed in this order under each party's heading.
import { z } from 'zod';

export const agreementParties = [
  { key: 'office', label: '司法所' },
  { key: 'village', label: '村（居）帮教人员' },
  { key: 'family', label: '帮教对象亲属' },
  { key: 'subject', label: '帮教对象' },
] as const;

export type AgreementParty = (typeof agreementParties)[number]['key'];

export type AgreementClauses = Record<AgreementParty, string[]>;

/** Drawn from the handbook: the duties it gives the office, the 帮教小组, the family and the person. */
export const DEFAULT_AGREEMENT_CLAUSES: AgreementClauses = {
  office: [
    '确定帮教责任人，成立帮教小组，制定帮教计划，组织开展入帮教育。',
    '按规定开展社会适应指数评估，根据评估结果调整帮教措施。',
    '按规定走访帮教对象，了解其思想动态、工作、生活及家庭情况，及时谈心教育和帮困解难。',
    '协调有关部门落实就业指导、技能培训、社会救助、社会保障等安置帮扶政策。',
    '发现帮教对象有重新违法犯罪苗头的，采取必要的防范措施，并及时向公安机关通报。',
  ],
  village: [
    '掌握帮教对象的居住、工作和生活情况，按规定走访，做好走访记录。',
    '对帮教对象进行思想教育、法治教育，帮助解决生产生活中的实际困难。',
    '帮教对象家庭发生重大变故、外出务工或下落不明的，及时向司法所报告。',
    '在重大节日、重要时段及时走访，掌握帮教对象动态。',
  ],
  family: [
    '关心帮教对象的思想、生活和工作，营造和睦的家庭环境，督促其遵纪守法。',
    '配合司法所和帮教小组开展帮教工作，如实反映帮教对象的情况。',
    '帮教对象外出、变更居住地或出现异常情况的，及时告知帮教小组。',
  ],
  subject: [
    '遵守国家法律法规，自觉接受帮教，不再违法犯罪。',
    '按要求参加入帮教育和有关教育活动，如实反映自己的思想、工作和生活情况。',
    '外出务工、变更居住地或联系方式的，及时告知司法所或帮教小组，保持联系。',
    '积极参加劳动，自食其力，遇到困难主动向帮教小组求助。',
  ],
};

/** At most this many clauses per party, each at most this many characters: one printed page of agreement text. */
export const MAX_CLAUSES = 12;
export const MAX_CLAUSE_CHARS = 200;

const partyClauses = (label: string) =>
  z
    .array(
      z
        .string({ error: `${label}的条款应为文字` })
        .transform((v) => v.trim())
        .refine((v) => v !== '', { message: `${label}的条款不能为空，不需要的请删除` })
        .refine((v) => v.length <= MAX_CLAUSE_CHARS, {
          message: `${label}的每条不能超过${MAX_CLAUSE_CHARS}个字`,
        }),
      { error: `${label}的条款应为文字列表` },
    )
    .min(1, `${label}至少写一条`)
    .max(MAX_CLAUSES, `${label}最多${MAX_CLAUSES}条`);

export const agreementClausesSchema = z.strictObject({
  office: partyClauses('司法所'),
  village: partyClauses('村（居）帮教人员'),
  family: partyClauses('帮教对象亲属'),
  subject: partyClauses('帮教对象'),
});

/**
 * Clauses read back from storage: what was saved, or the handbook's where nothing (or something no longer valid) is
 * stored, so the 协议书 can always be printed.
 */
export function parseStoredClauses(stored: string | null): AgreementClauses {
  if (!stored) return DEFAULT_AGREEMENT_CLAUSES;
  try {
    const parsed = agreementClausesSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_AGREEMENT_CLAUSES;
  } catch {
    return DEFAULT_AGREEMENT_CLAUSES;
  }
}
