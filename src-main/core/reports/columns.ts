// The columns of the 人民调解工作情况统计表 (docs/spec/formats.md §4.3 列顺序), for the 纠纷类型 version the county's template
// uses. One list drives the SQL fold (monthlyReturn.ts), the preview and the merged header (returnWorkbook.ts).
import { caseSources, disputeTypeVersions, type DisputeTypeVersion } from '../../../src-shared/codes';
import type { StatColumn } from '../../../src-shared/reports';

const MEDIATION = '调解情况';
const SCREENING = '排查预防纠纷';

/** 不同主体调解情况: committee kind (settings) → column. §4.1 counts 行业性专业性 under 社会团体和其他组织. */
export const SUBJECTS = [
  { key: 'subject.village', kind: '村调委会', header: '村调委会' },
  { key: 'subject.community', kind: '居（社区）调委会', header: '居（社区）调委会' },
  { key: 'subject.township', kind: '乡镇调委会', header: '乡镇调委会' },
  { key: 'subject.street', kind: '街道调委会', header: '街道调委会' },
  { key: 'subject.enterprise', kind: '企事业单位调委会', header: '企事业单位调委会' },
  { key: 'subject.social', kind: '行业性专业性调委会', header: '社会团体和其他组织调委会' },
] as const;

/** 案件来源: the stored 案件来源 (codes.caseSources) → column; the five 委托移送 sources also make up 接受委托移送调解. */
export const SOURCES = [
  { key: 'source.active', source: '主动调解', header: '主动调解', referral: false },
  { key: 'source.applied', source: '依申请调解', header: '依申请调解', referral: false },
  { key: 'source.court', source: '法院委托移送', header: '其中：法院', referral: true },
  { key: 'source.procuratorate', source: '检察院委托移送', header: '其中：检察院', referral: true },
  { key: 'source.police', source: '公安机关委托移送', header: '其中：公安机关', referral: true },
  { key: 'source.petitionOffice', source: '信访部门委托移送', header: '其中：信访部门', referral: true },
  { key: 'source.otherDept', source: '其他部门委托移送', header: '其中：其他部门', referral: true },
] as const;
export const REFERRED_KEY = 'source.referred';

// Every stored source has a column: a new source in codes.ts without one would silently drop out of the return.
for (const option of caseSources) {
  if (!SOURCES.some((s) => s.source === option.value)) throw new Error(`案件来源“${option.value}”没有统计列`);
}

/** 防止激化 (§4.1): the case's flag and persons fields, and the 排查 record's 可能激化 option, for each of the four. */
export const ESCALATIONS = [
  { key: 'suicide', label: '防止民间纠纷引起自杀', caseFlag: 'prevent_suicide', riskFlag: '可能引起自杀' },
  { key: 'criminal', label: '防止民间纠纷转化为刑事案件', caseFlag: 'prevent_criminal', riskFlag: '可能民转刑' },
  { key: 'petition', label: '防止群体性上访', caseFlag: 'prevent_petition', riskFlag: '可能群体性上访' },
  { key: 'fight', label: '防止群体性械斗', caseFlag: 'prevent_fight', riskFlag: '可能群体性械斗' },
] as const;

export const FORMS = [
  { key: 'form.oral', form: '口头协议', header: '口头协议' },
  { key: 'form.written', form: '书面协议', header: '书面协议' },
] as const;

export const SCREEN_OUTINGS = 'screen.outings';
export const SCREEN_PREVENTED = 'screen.prevented';

export const typeKey = (code: string) => `type.${code}`;
export const escalationKeys = (key: string) => ({ cases: `prevent.${key}.cases`, persons: `prevent.${key}.persons` });

/**
 * The 纠纷类型 columns of a version. Version C's names all end in 纠纷; the group header already says 案件分类情况, so
 * the leaf drops it (婚姻家庭, as versions A and B and the spec's picture write it) and the narrow columns stay short.
 */
export function typeColumns(version: DisputeTypeVersion): { code: string; header: string }[] {
  return disputeTypeVersions[version].map((t) => ({ code: t.value, header: t.label.replace(/纠纷$/, '') }));
}

/**
 * §4.3 列顺序: items 1–10 under 调解情况, 11–16 under 排查预防纠纷. A path of two is a single indicator (its header
 * is merged down rows 4–5); the four 防止… items are a pair of columns with the same path (件, 人), so their header is
 * merged across both columns and down rows 4–5, and the units row below tells 件 from 人, as in the spec's picture.
 */
export function statColumns(version: DisputeTypeVersion): StatColumn[] {
  return [
    { key: 'total', header: [MEDIATION, '调解案件总数'], unit: '件' },
    { key: 'parties', header: [MEDIATION, '涉及当事人数'], unit: '人' },
    { key: 'success', header: [MEDIATION, '调解成功'], unit: '件' },
    { key: 'difficult', header: [MEDIATION, '疑难复杂案件'], unit: '件' },
    { key: 'amount', header: [MEDIATION, '协议涉及金额'], unit: '万元' },
    ...SUBJECTS.map((s): StatColumn => ({ key: s.key, header: [MEDIATION, '不同主体调解情况', s.header], unit: '件' })),
    ...SOURCES.slice(0, 2).map((s): StatColumn => ({
      key: s.key,
      header: [MEDIATION, '案件来源', s.header],
      unit: '件',
    })),
    { key: REFERRED_KEY, header: [MEDIATION, '案件来源', '接受委托移送调解'], unit: '件' },
    ...SOURCES.slice(2).map((s): StatColumn => ({ key: s.key, header: [MEDIATION, '案件来源', s.header], unit: '件' })),
    ...typeColumns(version).map((t): StatColumn => ({
      key: typeKey(t.code),
      header: [MEDIATION, '案件分类情况', t.header],
      unit: '件',
    })),
    ...FORMS.map((f): StatColumn => ({ key: f.key, header: [MEDIATION, '协议形式', f.header], unit: '件' })),
    { key: SCREEN_OUTINGS, header: [SCREENING, '排查纠纷'], unit: '次' },
    { key: SCREEN_PREVENTED, header: [SCREENING, '预防纠纷'], unit: '件' },
    ...ESCALATIONS.flatMap((e): StatColumn[] => [
      { key: escalationKeys(e.key).cases, header: [SCREENING, e.label], unit: '件' },
      { key: escalationKeys(e.key).persons, header: [SCREENING, e.label], unit: '人' },
    ]),
  ];
}
