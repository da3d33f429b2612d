// Code tables from docs/spec/formats.md. Values are what the database stores; labels are what a clerk sees.

export interface CodeOption {
  readonly value: string;
  readonly label: string;
  /** A warning colour the option is shown in (the 三色预警 of the 社会适应指数), and what the colour means. */
  readonly warning?: { readonly color: WarningColor; readonly meaning: string };
}

export type WarningColor = 'red' | 'yellow' | 'green' | 'orange';

/** The warning an option of a field carries, if any. */
export function optionWarning(options: readonly CodeOption[] | undefined, value: unknown): CodeOption['warning'] {
  return options?.find((o) => o.value === value)?.warning;
}

/** An enumeration whose stored value is its Chinese label. */
export function labels(...items: string[]): readonly CodeOption[] {
  return items.map((label) => ({ value: label, label }));
}

export type DisputeTypeVersion = 'A' | 'B' | 'C';

/** §4.2 纠纷类型, three versions; C (全国人民调解信息系统, 2019–) is the default. */
export const disputeTypeVersions: Readonly<Record<DisputeTypeVersion, readonly CodeOption[]>> = {
  A: [
    'A01:婚姻家庭',
    'A02:邻里',
    'A03:房屋宅基地',
    'A04:合同',
    'A05:生产经营',
    'A06:损害赔偿',
    'A07:山林土地',
    'A08:征地拆迁',
    'A09:环境污染',
    'A10:劳动争议',
    'A11:消费',
    'A12:医疗',
    'A13:道路交通事故',
    'A14:物业',
    'A99:其他',
  ].map(splitCode),
  B: [
    'B01:婚姻家庭',
    'B02:邻里',
    'B03:房屋宅基地',
    'B04:合同',
    'B05:生产经营',
    'B06:损害赔偿',
    'B07:山林土地',
    'B08:征地拆迁',
    'B09:环境污染',
    'B10:拖欠农民工工资',
    'B11:其他劳动争议',
    'B12:旅游',
    'B13:电子商务',
    'B14:其他消费',
    'B15:医疗',
    'B16:道路交通事故',
    'B17:物业',
    'B99:其他',
  ].map(splitCode),
  C: [
    '01:婚姻家庭纠纷',
    '02:邻里纠纷',
    '03:房屋宅基地纠纷',
    '04:合同纠纷',
    '05:生产经营纠纷',
    '06:损害赔偿纠纷',
    '07:山林土地纠纷',
    '08:征地拆迁纠纷',
    '09:环境污染纠纷',
    '10:劳动争议纠纷',
    '11:旅游纠纷',
    '12:消费纠纷',
    '13:医疗纠纷',
    '14:道路交通事故纠纷',
    '15:物业纠纷',
    '16:知识产权纠纷',
    '17:互联网纠纷',
    '99:其他纠纷',
  ].map(splitCode),
};

export const DEFAULT_DISPUTE_TYPE_VERSION: DisputeTypeVersion = 'C';
export const disputeTypes = disputeTypeVersions[DEFAULT_DISPUTE_TYPE_VERSION];

function splitCode(entry: string): CodeOption {
  const [value, label] = entry.split(':') as [string, string];
  return { value, label };
}

/** §4.1 / §5.4 案件来源, the full enumeration used by the statistics. */
export const caseSources = labels(
  '依申请调解',
  '主动调解',
  '法院委托移送',
  '检察院委托移送',
  '公安机关委托移送',
  '信访部门委托移送',
  '其他部门委托移送',
);

export const mediationResults = labels('成功', '不成功', '终止');
export const agreementForms = labels('书面协议', '口头协议');
export const performanceStates = labels('已履行', '部分履行', '未履行', '履行中');

/** §6.1 所属调委会 kinds (调解主体, §4.1). */
export const committeeKinds = labels(
  '村调委会',
  '居（社区）调委会',
  '乡镇调委会',
  '街道调委会',
  '企事业单位调委会',
  '行业性专业性调委会',
);

export const sexes = labels('男', '女');

export const ethnicities = labels(
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其他',
  '外国血统中国籍人士',
);

export const politicalStatuses = labels('中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众');
export const educationLevels = labels('研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学', '文盲或半文盲');

export const correctionCategories = labels('管制', '缓刑', '假释', '暂予监外执行');
export const supervisionLevels = labels('严管', '普管', '宽管');
export const correctionStates = labels('在矫', '期满解矫', '收监', '死亡', '迁出');
/** The 状态 of a person now under correction: the roster's default, and who owes reports and visits. */
export const SERVING_STATE = '在矫';
/** The 状态 of a person released at the end of the term: only the 安置帮教 duties still apply. */
export const RELEASED_STATE = '期满解矫';

/** §12 安置帮教: 人员类别 decides the 帮教期 (src-shared/resettlement.ts). */
export const PRISON_RELEASE = '刑满释放';
export const CORRECTION_ENDED = '解除社区矫正';
export const resettlementCategories = labels(PRISON_RELEASE, CORRECTION_ENDED);
/** 帮教类别: 重点 people are visited monthly (AB-06), 一般 ones quarterly then half-yearly (AB-07). */
export const KEY_SUPPORT = '重点';
export const ORDINARY_SUPPORT = '一般';
export const supportTypes: readonly CodeOption[] = [
  { value: KEY_SUPPORT, label: KEY_SUPPORT, warning: { color: 'orange', meaning: '重点帮教对象' } },
  { value: ORDINARY_SUPPORT, label: ORDINARY_SUPPORT },
];
/** 社会适应指数等级: a low index is a high risk of reoffending (the 三色预警: 低 红, 中 黄, 高 绿). */
export const LOW_ADAPTATION = '低';
export const adaptationLevels: readonly CodeOption[] = [
  { value: '高', label: '高', warning: { color: 'green', meaning: '绿色：社会适应良好' } },
  { value: '中', label: '中', warning: { color: 'yellow', meaning: '黄色预警' } },
  { value: LOW_ADAPTATION, label: LOW_ADAPTATION, warning: { color: 'red', meaning: '红色预警：重点关注' } },
];
/** The 状态 of a person the office is still helping: the roster's default, and who owes visits and assessments. */
export const IN_SUPPORT_STATE = '在帮';
export const REOFFENDED_STATE = '重新犯罪';
export const resettlementStates = labels(IN_SUPPORT_STATE, '期满解除', '提前撤销', REOFFENDED_STATE, '死亡', '迁出');
export const householdSeparations = labels('否', '委托居住地司法所双列管', '受委托');
export const placements = labels('就业', '自主创业', '务农', '未就业');
export const supportMeasures = labels('就业指导', '临时救助', '低保', '社保', '技能培训', '其他');
export const visitForms = labels('实地走访', '电话走访', '视频走访');
export const visitees = labels('本人', '亲属', '朋友', '同事', '邻里', '其他');

export const partyKinds = labels('自然人', '法人或其他组织');

/**
 * How a stored 纠纷类型 (always a version C code) is counted in the columns of an older county template (§4.2).
 * A and B split or merge C's types as follows; where C is finer the case goes to the broader column, and where the
 * template is finer than C the data cannot say which sub-column, so the general one is used:
 * - C 11 旅游 → A 消费 (A has no 旅游) / B 旅游; C 12 消费 → A 消费 / B 其他消费.
 * - C 10 劳动争议 → B 其他劳动争议: C does not record whether wages owed to migrant workers were the issue, so B's
 *   拖欠农民工工资 stays 0 unless the county re-sorts those cases by hand.
 * - C 16 知识产权 → 其他 in both. C 17 互联网 → 其他 in both, not B's 电子商务: B's 电子商务 is a kind of 消费
 *   (消费 → 旅游 / 电子商务 / 其他消费), while C's 互联网纠纷 also covers online defamation, privacy and lending, which
 *   are not consumer disputes; counting them as 消费 would overstate it. B 电子商务 therefore stays 0.
 */
export const disputeTypeColumns: Readonly<Record<'A' | 'B', Readonly<Record<string, string>>>> = {
  A: {
    '01': 'A01',
    '02': 'A02',
    '03': 'A03',
    '04': 'A04',
    '05': 'A05',
    '06': 'A06',
    '07': 'A07',
    '08': 'A08',
    '09': 'A09',
    '10': 'A10',
    '11': 'A11',
    '12': 'A11',
    '13': 'A12',
    '14': 'A13',
    '15': 'A14',
    '16': 'A99',
    '17': 'A99',
    '99': 'A99',
  },
  B: {
    '01': 'B01',
    '02': 'B02',
    '03': 'B03',
    '04': 'B04',
    '05': 'B05',
    '06': 'B06',
    '07': 'B07',
    '08': 'B08',
    '09': 'B09',
    '10': 'B11',
    '11': 'B12',
    '12': 'B14',
    '13': 'B15',
    '14': 'B16',
    '15': 'B17',
    '16': 'B99',
    '17': 'B99',
    '99': 'B99',
  },
};

/** The column (a code of `version`) a stored version C 纠纷类型 is counted in; null for a code C does not have. */
export function disputeTypeColumn(version: DisputeTypeVersion, storedCode: string): string | null {
  if (!disputeTypeVersions.C.some((t) => t.value === storedCode)) return null;
  return version === 'C' ? storedCode : (disputeTypeColumns[version][storedCode] ?? null);
}
