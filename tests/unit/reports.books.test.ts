// Each of the nine books (and 工作信息报送登记) exported as an Excel register book, read back with openpyxl (and exceljs):
// its header row against docs/spec/formats.md §5/§6 column by column; the title, every column header, the first row,
// the row count (deleted records left out), and the print setup.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRegisterBook } from '../../src-main/core/reports';
import { registers, type RegisterKey } from '../../src-shared/registers';
import { columnLetter, pyValue, readWithExceljs, readWithOpenpyxl, type PySheet } from '../support/xlsx';
import { useReportLedger } from './reportLedger';

const ledger = useReportLedger();
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const book = (register: RegisterKey, from: string, to: string) =>
  buildRegisterBook(ledger.core().ledger.db, { register, from, to, settings: ledger.settings() });

/** A header as one label again: “附加刑 /⏎禁止令” → “附加刑 / 禁止令”, “人群⏎类别” → “人群类别”. */
const unbroken = (header: string) => header.replaceAll(' /\n', ' / ').replaceAll('\n', '');

/** The header row (row 2) and the data rows (3 …) of a book, each row keyed by header. */
function rowsOf(sheet: PySheet): { headers: string[]; rows: Record<string, unknown>[] } {
  // A header's lines are broken by the app (reports/headerLines.ts): read as one label.
  const headers = Array.from({ length: sheet.maxColumn }, (_, i) =>
    unbroken(String(pyValue(sheet, `${columnLetter(i + 1)}2`))),
  );
  const rows = Array.from({ length: sheet.maxRow - 2 }, (_, r) =>
    Object.fromEntries(headers.map((h, i) => [h, pyValue(sheet, `${columnLetter(i + 1)}${r + 3}`)])),
  );
  return { headers, rows };
}

/** The books of this ledger too wide for one A4 page at 8 pt (reports/bookPages.ts): printed on pages side by side. */
const SIDE_BY_SIDE: readonly RegisterKey[] = [
  'mediationCase',
  'disputeScreening',
  'legalAid',
  'correctionSubject',
  'resettlement',
];

interface Expected {
  headers: string[];
  /** Live records of 2026 (deleted ones and other years left out). */
  count: number;
  /** Cells of the first row (ordered by the book's date). */
  first: Record<string, string | number | null>;
}

// Every column of every book, written out: 序号 first, then the definition's fields in order, the 卷宗-only fields of the
// mediation case and the 来访接待记录's text left out, the four 防止激化 flags as one column.
const BOOKS: Record<RegisterKey, Expected> = {
  petition: {
    headers: [
      '序号',
      '来信/来访日期',
      '时间',
      '方式',
      '来访人数',
      '来访人姓名',
      '性别',
      '年龄',
      '住址（单位）',
      '联系电话',
      '反映问题（来访事由）',
      '问题类别',
      '接待人',
      '处理意见',
      '转交部门',
      '处理结果及反馈',
      '反馈日期',
      '转为调解案件的卷号',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 6,
    first: {
      序号: 1,
      '来信/来访日期': '2026-03-03',
      方式: '来访',
      来访人数: 1,
      来访人姓名: '冯来访',
      性别: '男',
      年龄: 56,
      '住址（单位）': '东河镇老街村5组',
      联系电话: '13600000000',
      '反映问题（来访事由）': '冯来访反映宅基地界址不清。',
      问题类别: '纠纷',
      接待人: '李明',
      处理意见: '当场答复',
      时间: null,
    },
  },
  studyMeeting: {
    headers: [
      '序号',
      '日期',
      '开始时间',
      '结束时间',
      '地点',
      '类型',
      '主题（议题）',
      '主持人',
      '参加人员',
      '应到人数',
      '实到人数',
      '缺席人员及原因',
      '主要内容 / 会议记录',
      '形成决定 / 学习体会',
      '记录人',
      '附件',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 4,
    first: {
      序号: 1,
      日期: '2026-03-02',
      类型: '政治学习',
      '主题（议题）': '政治学习：学习人民调解法',
      登记日期: '2026-03-02',
    },
  },
  legalPublicity: {
    headers: [
      '序号',
      '活动日期',
      '地点',
      '主题',
      '形式',
      '针对人群',
      '组织单位',
      '联合单位',
      '宣讲人',
      '参加人数（受众人数）',
      '发放资料（份）',
      '接受咨询（人次）',
      '悬挂横幅（条）',
      '展板（块）',
      '主要内容',
      '照片附件',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 4,
    first: {
      活动日期: '2026-02-28',
      地点: '东河镇文化广场',
      主题: '民法典宣传月',
      形式: '摆摊咨询、横幅展板',
      针对人群: '村民',
      '参加人数（受众人数）': 1000,
      '发放资料（份）': 1000,
    },
  },
  mediationCase: {
    headers: [
      '序号',
      '卷号',
      '承办调委会',
      '受理日期',
      '纠纷类型',
      '案件来源',
      '人民调解员',
      '申请人',
      '被申请人',
      '纠纷简要情况',
      '涉及当事人数',
      '疑难复杂',
      '调解结果',
      '协议形式',
      '协议涉及金额（元）',
      '结案日期',
      '履行情况',
      '司法确认',
      '回访日期',
      '防止激化',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 25,
    first: {
      卷号: '（2026）新桥人调字第1号',
      承办调委会: '新桥村人民调解委员会',
      受理日期: '2026-01-05',
      纠纷类型: '道路交通事故纠纷',
      案件来源: '公安机关委托移送',
      '协议涉及金额（元）': 2000,
      防止激化: '无',
    },
  },
  disputeScreening: {
    headers: [
      '序号',
      '排查日期',
      '排查范围 / 地点',
      '排查人',
      '零报告（本次排查未发现纠纷）',
      '纠纷当事人',
      '纠纷类型',
      '纠纷简要情况',
      '涉及人数',
      '涉及金额（元）',
      '风险等级',
      '可能激化',
      '稳控措施',
      '化解责任单位',
      '责任人',
      '化解期限',
      '化解情况',
      '关联案件卷号',
      '办结日期',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 10,
    first: {
      排查日期: '2026-02-20',
      '排查范围 / 地点': '老街村',
      排查人: '王晓红、李明',
      '零报告（本次排查未发现纠纷）': '否',
      纠纷类型: '邻里纠纷',
      涉及人数: 2,
      可能激化: null,
      化解情况: '已预防',
    },
  },
  typicalCase: {
    headers: [
      '序号',
      '案例名称',
      '关联卷号',
      '纠纷类型',
      '受理日期',
      '结案日期',
      '承办调委会',
      '调解员',
      '基本案情',
      '调解过程（方法、技巧）',
      '调解结果',
      '案例评析 / 启示',
      '报送单位',
      '报送日期',
      '是否采用',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 3,
    first: {
      案例名称: '巧解邻里排水纠纷（2026-02-20）',
      承办调委会: '东河镇人民调解委员会',
      基本案情: '两户村民因排水沟走向发生争执。',
      是否采用: '否',
      登记日期: '2026-02-20',
    },
  },
  legalAid: {
    headers: [
      '序号',
      '接待日期',
      '接待人',
      '申请人姓名',
      '性别',
      '年龄（出生日期）',
      '民族',
      '身份证号',
      '住址',
      '联系电话',
      '人群类别',
      '事项类别（案由）',
      '申请事项及简要案情',
      '援助形式',
      '经济困难情况',
      '处理方式',
      '转交日期',
      '承办人（律师或法律服务工作者）',
      '办理结果',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 4,
    first: {
      接待日期: '2026-03-04',
      接待人: '李明',
      申请人姓名: '杨援助',
      性别: '女',
      '年龄（出生日期）': '66岁\n1960-01-02',
      民族: '回族',
      身份证号: '32062319600102002X',
      住址: '东河镇河西村7组',
      联系电话: '13500000000',
      '事项类别（案由）': '劳动报酬',
      处理方式: '当场解答',
      转交日期: null,
    },
  },
  mediator: {
    headers: [
      '序号',
      '所属调委会',
      '姓名',
      '身份证号',
      '性别',
      '民族',
      '出生日期',
      '年龄',
      '政治面貌',
      '文化程度',
      '联系电话',
      '调委会职务',
      '专职 / 兼职',
      '现工作单位及职务',
      '产生方式',
      '任职（聘任）日期',
      '任期届满',
      '参加培训情况',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 2,
    first: {
      所属调委会: '东河镇人民调解委员会',
      姓名: '李调解',
      性别: '男',
      出生日期: '1968-05-12',
      // On the row's 登记日期 (2026-01-02), not on the day the book is made.
      年龄: 57,
      联系电话: '13800000000',
      调委会职务: '主任',
    },
  },
  resettlement: {
    headers: [
      '序号',
      '姓名',
      '身份证号',
      '性别',
      '民族',
      '出生日期',
      '文化程度',
      '户籍地',
      '居住地',
      '联系电话',
      '人员类别',
      '罪名',
      '原判刑罚',
      '释放（解矫）日期',
      '释放机关',
      '收到预释放名单日期',
      '衔接日期',
      '是否必接必送',
      '报到日期',
      '帮教协议签订日期',
      '拒签帮教协议',
      '建档日期',
      '帮教类别',
      '社会适应指数等级',
      '帮教小组成员 / 责任人',
      '人户分离',
      '委托（受委托）司法所',
      '委托日期',
      '答复日期',
      '安置情况',
      '帮扶措施',
      '帮教期满日期',
      '当前状态',
      '解除日期',
      '解除方式',
      '提前撤销原因',
      '档案保存期',
      '走访',
      '评估',
      '帮扶',
      '通报列管',
      '登记日期',
      '登记人',
      '备注',
    ],
    // reportFixtures.ts resettlementPeople: released in 2026 are R1 and R8 (R7 is in the 回收站).
    count: 2,
    first: {
      姓名: '孙某甲',
      人员类别: '刑满释放',
      '释放（解矫）日期': '2026-03-02',
      报到日期: '2026-03-04',
      帮教类别: '重点',
      社会适应指数等级: '低',
      // 释放日期 + 5 年 − 1 日; the file is kept 15 years (重点) from the year after.
      帮教期满日期: '2031-03-01',
      当前状态: '在帮',
      档案保存期: '15年（至2046年底）',
      走访: '2条，最近\n2026-03-25',
      拒签帮教协议: '否',
    },
  },
  correctionSubject: {
    headers: [
      '序号',
      '社区矫正对象编号',
      '姓名',
      '身份证号',
      '性别',
      '民族',
      '出生日期',
      '文化程度',
      '户籍地',
      '居住地（执行地）',
      '联系电话',
      '罪名',
      '原判刑罚 / 刑期',
      '附加刑 / 禁止令',
      '判决（决定）机关',
      '判决（决定）日期',
      '矫正类别',
      '矫正期限',
      '矫正起始日期',
      '矫正终止日期',
      '报到（接收）日期',
      '管理等级',
      '矫正小组成员 / 责任人',
      '是否累犯、惯犯',
      '当前状态',
      '实地查访',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 2,
    first: {
      姓名: '秦某乙',
      矫正类别: '假释',
      矫正起始日期: '2026-03-10',
      矫正终止日期: '2027-03-09',
      当前状态: '在矫',
      实地查访: '1条，最近\n2026-03-15',
      '是否累犯、惯犯': '否',
      民族: null,
    },
  },
  workInfo: {
    headers: [
      '序号',
      '报送日期',
      '标题',
      '信息类别',
      '报送去向 / 平台',
      '采用情况',
      '采用单位 / 刊物',
      '内容摘要',
      '登记日期',
      '登记人',
      '备注',
    ],
    count: 2,
    first: {
      报送日期: '2026-03-03',
      标题: '东河镇司法所开展矛盾纠纷排查（2026-03-03）',
      信息类别: '工作信息',
      '报送去向 / 平台': '县司法局办公室',
      采用情况: '待反馈',
      内容摘要: null,
    },
  },
};

/**
 * docs/spec/formats.md §5 and §6, column by column: each spec column (the first cell of its table row, as the spec
 * writes it) and the book's headers that carry it. A spec column of several items (性别、年龄) is several headers.
 */
interface SpecColumns {
  /** The section of docs/spec/formats.md, or null for a register the spec has no table for. */
  section: string | null;
  columns: Record<string, string[]>;
  /** Headers beyond the spec's list, each with why it is there. */
  extra?: Record<string, string>;
}

/** Every book has 序号、登记日期、登记人、备注 (§5 preamble: 每本簿都建议有). */
const PREAMBLE = ['序号', '登记日期', '登记人', '备注'];

const SPEC: Record<RegisterKey, SpecColumns> = {
  petition: {
    section: '5.1',
    columns: {
      序号: ['序号'],
      '来信/来访日期': ['来信/来访日期', '时间'],
      方式: ['方式'],
      来访人姓名: ['来访人姓名'],
      '性别、年龄': ['性别', '年龄'],
      '住址（单位）': ['住址（单位）'],
      联系电话: ['联系电话'],
      来访人数: ['来访人数'],
      '反映问题（来访事由）': ['反映问题（来访事由）'],
      问题类别: ['问题类别'],
      接待人: ['接待人'],
      处理意见: ['处理意见', '转交部门'],
      处理结果及反馈: ['处理结果及反馈', '反馈日期'],
      是否转为调解案件: ['转为调解案件的卷号'],
      备注: ['备注'],
    },
  },
  studyMeeting: {
    section: '5.2',
    columns: {
      序号: ['序号'],
      '日期、起止时间': ['日期', '开始时间', '结束时间'],
      地点: ['地点'],
      类型: ['类型'],
      '主题（议题）': ['主题（议题）'],
      主持人: ['主持人'],
      '参加人员（应到、实到）': ['参加人员', '应到人数', '实到人数'],
      缺席人员及原因: ['缺席人员及原因'],
      '主要内容 / 会议记录': ['主要内容 / 会议记录'],
      '形成决定 / 学习体会': ['形成决定 / 学习体会'],
      记录人: ['记录人'],
      附件: ['附件'],
    },
  },
  legalPublicity: {
    section: '5.3',
    columns: {
      序号: ['序号'],
      活动日期: ['活动日期'],
      地点: ['地点'],
      主题: ['主题'],
      形式: ['形式'],
      针对人群: ['针对人群'],
      '组织单位、联合单位': ['组织单位', '联合单位'],
      宣讲人: ['宣讲人'],
      '参加人数（受众人数）': ['参加人数（受众人数）'],
      '发放资料（份）': ['发放资料（份）'],
      '接受咨询（人次）': ['接受咨询（人次）'],
      '悬挂横幅 / 展板（条/块）': ['悬挂横幅（条）', '展板（块）'],
      主要内容: ['主要内容'],
      照片附件: ['照片附件'],
    },
  },
  mediationCase: {
    section: '5.4',
    columns: {
      '序号 / 卷号': ['序号', '卷号'],
      受理日期: ['受理日期'],
      '申请人（姓名、性别、年龄、住址或单位、电话）': ['申请人'],
      '被申请人（同上）': ['被申请人'],
      纠纷类型: ['纠纷类型'],
      案件来源: ['案件来源'],
      纠纷简要情况: ['纠纷简要情况'],
      '承办调委会 / 人民调解员': ['承办调委会', '人民调解员'],
      调解结果: ['调解结果'],
      协议形式: ['协议形式'],
      '协议涉及金额（元）': ['协议涉及金额（元）'],
      涉及当事人数: ['涉及当事人数'],
      疑难复杂: ['疑难复杂'],
      防止激化标记: ['防止激化'],
      结案日期: ['结案日期'],
      履行情况: ['履行情况'],
      司法确认: ['司法确认'],
      回访日期: ['回访日期'],
      登记人: ['登记人'],
      备注: ['备注'],
    },
  },
  disputeScreening: {
    section: '5.5',
    columns: {
      序号: ['序号'],
      排查日期: ['排查日期'],
      '排查范围 / 地点': ['排查范围 / 地点'],
      排查人: ['排查人'],
      '纠纷当事人（各方）及电话': ['纠纷当事人'],
      纠纷类型: ['纠纷类型'],
      纠纷简要情况: ['纠纷简要情况'],
      '涉及人数、涉及金额': ['涉及人数', '涉及金额（元）'],
      '风险等级 / 是否可能激化': ['风险等级', '可能激化'],
      稳控措施: ['稳控措施'],
      '化解责任单位、责任人': ['化解责任单位', '责任人'],
      化解期限: ['化解期限'],
      化解情况: ['化解情况', '关联案件卷号'],
      办结日期: ['办结日期'],
      备注: ['备注'],
    },
    extra: { '零报告（本次排查未发现纠纷）': '§5.5：本月没有排查到纠纷的，要能生成“零报告”行' },
  },
  typicalCase: {
    section: '5.6',
    columns: {
      序号: ['序号'],
      案例名称: ['案例名称'],
      关联卷号: ['关联卷号'],
      纠纷类型: ['纠纷类型'],
      '受理 / 结案日期': ['受理日期', '结案日期'],
      '承办调委会、调解员': ['承办调委会', '调解员'],
      基本案情: ['基本案情'],
      '调解过程（方法、技巧）': ['调解过程（方法、技巧）'],
      调解结果: ['调解结果'],
      '案例评析 / 启示': ['案例评析 / 启示'],
      报送情况: ['报送单位', '报送日期', '是否采用'],
      登记人: ['登记人'],
    },
  },
  legalAid: {
    section: '5.7',
    columns: {
      序号: ['序号'],
      接待日期: ['接待日期'],
      '申请人姓名、性别、年龄（出生日期）、民族': ['申请人姓名', '性别', '年龄（出生日期）', '民族'],
      身份证号: ['身份证号'],
      '住址、联系电话': ['住址', '联系电话'],
      人群类别: ['人群类别'],
      '事项类别（案由）': ['事项类别（案由）'],
      援助形式: ['援助形式'],
      经济困难情况: ['经济困难情况'],
      处理方式: ['处理方式', '转交日期'],
      '承办人（律师或法律服务工作者）': ['承办人（律师或法律服务工作者）'],
      办理结果: ['办理结果'],
      接待人: ['接待人'],
      备注: ['备注'],
    },
    extra: { 申请事项及简要案情: '§5.7：列的要素来自申请表（§8），申请表有“申请事项”' },
  },
  mediator: {
    section: '6.1',
    columns: {
      序号: ['序号'],
      所属调委会: ['所属调委会'],
      姓名: ['姓名'],
      性别: ['性别'],
      民族: ['民族'],
      '出生年月（年龄）': ['出生日期', '年龄'],
      政治面貌: ['政治面貌'],
      文化程度: ['文化程度'],
      身份证号: ['身份证号'],
      调委会职务: ['调委会职务'],
      '专职 / 兼职': ['专职 / 兼职'],
      现工作单位及职务: ['现工作单位及职务'],
      产生方式: ['产生方式'],
      '任职（聘任）日期、任期届满': ['任职（聘任）日期', '任期届满'],
      联系电话: ['联系电话'],
      参加培训情况: ['参加培训情况'],
      备注: ['备注'],
    },
  },
  correctionSubject: {
    section: '6.2',
    columns: {
      序号: ['序号'],
      社区矫正对象编号: ['社区矫正对象编号'],
      姓名: ['姓名'],
      性别: ['性别'],
      民族: ['民族'],
      出生日期: ['出生日期'],
      身份证号: ['身份证号'],
      文化程度: ['文化程度'],
      户籍地: ['户籍地'],
      '居住地（执行地）': ['居住地（执行地）'],
      联系电话: ['联系电话'],
      罪名: ['罪名'],
      '原判刑罚 / 刑期': ['原判刑罚 / 刑期'],
      '附加刑 / 禁止令': ['附加刑 / 禁止令'],
      '判决（决定）机关、日期': ['判决（决定）机关', '判决（决定）日期'],
      矫正类别: ['矫正类别'],
      矫正期限: ['矫正期限'],
      '矫正起始日期、终止日期': ['矫正起始日期', '矫正终止日期'],
      '报到（接收）日期': ['报到（接收）日期'],
      管理等级: ['管理等级'],
      '矫正小组成员 / 责任人': ['矫正小组成员 / 责任人'],
      '是否累犯、惯犯': ['是否累犯、惯犯'],
      当前状态: ['当前状态'],
      备注: ['备注'],
    },
    extra: { 实地查访: '§7 社区矫正实地查访记录：条数和最近一次日期' },
  },
  // §12's columns are 推断 (from the handbook's items): what the handbook asks of the office besides them is extra.
  resettlement: {
    section: '12.',
    columns: {
      '序号、姓名、性别、民族、出生日期、身份证号、文化程度、户籍地、居住地、联系电话': [
        '序号',
        '姓名',
        '性别',
        '民族',
        '出生日期',
        '身份证号',
        '文化程度',
        '户籍地',
        '居住地',
        '联系电话',
      ],
      人员类别: ['人员类别'],
      '罪名、原判刑罚': ['罪名', '原判刑罚'],
      '释放（解矫）日期、释放机关（监狱 / 看守所 / 社区矫正机构）': ['释放（解矫）日期', '释放机关'],
      '衔接日期、是否必接必送': ['衔接日期', '是否必接必送'],
      报到日期: ['报到日期'],
      帮教类别: ['帮教类别'],
      社会适应指数等级: ['社会适应指数等级'],
      '帮教小组成员 / 责任人': ['帮教小组成员 / 责任人'],
      '帮教协议签订日期 / 拒签': ['帮教协议签订日期', '拒签帮教协议'],
      人户分离: ['人户分离', '委托（受委托）司法所', '委托日期', '答复日期'],
      安置情况: ['安置情况', '帮扶措施'],
      帮教期满日期: ['帮教期满日期'],
      当前状态: ['当前状态'],
      '解除日期、解除方式、提前撤销原因': ['解除日期', '解除方式', '提前撤销原因'],
      档案保存期: ['档案保存期'],
    },
    extra: {
      收到预释放名单日期: 'deadlines.md AB-01 starts from it',
      建档日期: 'deadlines.md AB-03 is completed by it',
      走访: '§12 记录：条数和最近一次日期',
      评估: '§12 记录：条数和最近一次日期',
      帮扶: '§12 记录：条数和最近一次日期',
      通报列管: '§12 记录：条数和最近一次日期',
    },
  },
  // 工作信息报送登记 is not one of the 七簿二册 and has no table in §5/§6 (its columns are 推断, deadlines.md MR-03):
  // only the preamble's columns are asked of it.
  workInfo: {
    section: null,
    columns: {},
    extra: {
      报送日期: '推断',
      标题: '推断',
      信息类别: '推断',
      '报送去向 / 平台': '推断',
      采用情况: '推断',
      '采用单位 / 刊物': '推断',
      内容摘要: '推断',
    },
  },
};

/** The first cell of each row of the table under `### <section> ` (or `## <section> `) in docs/spec/formats.md. */
function specTableColumns(section: string): string[] {
  const text = fs.readFileSync(path.join(REPO, 'docs', 'spec', 'formats.md'), 'utf8');
  // §5.x and §6.x are subsections; §12 (安置帮教) is a section of its own.
  const start = Math.max(text.indexOf(`\n### ${section} `), text.indexOf(`\n## ${section} `));
  expect(start, `§${section} in formats.md`).toBeGreaterThan(0);
  const body = text.slice(start + 1).split(/\n#{2,3} /u)[0]!;
  const rows = body.split('\n').filter((line) => line.startsWith('|'));
  // The header row (| 列 | 说明 |) and the separator come first.
  return rows.slice(2).map((line) => line.split('|')[1]!.trim());
}

describe('register books against docs/spec/formats.md §5 and §6', () => {
  it.each(registers.map((def) => ({ def, title: def.title })))(
    "$title: every column the spec lists is a header, and every header is the spec's",
    async ({ def }) => {
      const spec = SPEC[def.key];
      // The literal list above is the spec's, word for word.
      if (spec.section) expect(Object.keys(spec.columns)).toEqual(specTableColumns(spec.section));
      const { bytes } = await book(def.key, '2026-01-01', '2026-12-31');
      const { headers } = rowsOf(readWithOpenpyxl(bytes).sheets[0]!);
      const missing = Object.entries(spec.columns).flatMap(([column, carried]) =>
        carried.filter((h) => !headers.includes(h)).map((h) => `${column} → ${h}`),
      );
      expect(missing, `${def.title} lacks`).toEqual([]);
      expect(
        PREAMBLE.filter((h) => !headers.includes(h)),
        `${def.title} lacks`,
      ).toEqual([]);
      const accounted = new Set([...Object.values(spec.columns).flat(), ...PREAMBLE, ...Object.keys(spec.extra ?? {})]);
      expect(
        headers.filter((h) => !accounted.has(h)),
        `${def.title} has columns the spec does not list`,
      ).toEqual([]);
    },
  );
});

describe.each(registers.map((def) => ({ def, title: def.title })))('$title as a register book', ({ def }) => {
  it(`${def.title}: title, every column header, the first row, only live records of the year, print setup`, async () => {
    const expected = BOOKS[def.key];
    const { fileName, bytes } = await book(def.key, '2026-01-01', '2026-12-31');
    const title = `东河镇司法所${def.title}（2026年）`;
    expect(fileName).toBe(`${title}.xlsx`);
    const sheet = readWithOpenpyxl(bytes).sheets[0]!;
    expect(sheet.name).toBe(def.title);
    // Too wide for one legible A4 page: pages side by side, the title over each (not over the repeated 序号).
    const sideBySide = SIDE_BY_SIDE.includes(def.key);
    const titleCell = sideBySide ? 'B1' : 'A1';
    expect(pyValue(sheet, titleCell)).toBe(title);
    expect(sheet.cells[titleCell]?.font).toEqual(['宋体', 16, true]);
    if (!sideBySide) expect(sheet.merged).toContain(`A1:${columnLetter(expected.headers.length)}1`);
    const { headers, rows } = rowsOf(sheet);
    expect(headers).toEqual(expected.headers);
    expect(rows).toHaveLength(expected.count);
    expect(rows.map((r) => r['序号'])).toEqual(Array.from({ length: expected.count }, (_, i) => i + 1));
    expect(rows[0]).toMatchObject(expected.first);
    // Rows follow the book's date.
    const dateHeader = def.fields.find((f) => f.key === def.dateField)?.label ?? '';
    const dates = rows.map((r) => String(r[dateHeader]));
    expect(dates).toEqual([...dates].sort());
    for (const header of expected.headers)
      expect(sheet.cells[`${columnLetter(expected.headers.indexOf(header) + 1)}2`]).toMatchObject({
        font: ['宋体', 10, true],
        wrap: true,
        border: true,
      });
    expect(sheet.print).toEqual({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: !sideBySide,
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$1:$2',
      horizontalCentered: true,
    });
    expect(sheet.freeze).toBe('B3');
    expect(sheet.footer).toBe('第 &P 页 共 &N 页');
    if (sideBySide) {
      const { pageSetup } = (await readWithExceljs(bytes)).worksheets[0]!;
      expect(pageSetup).toMatchObject({ pageOrder: 'overThenDown', printTitlesColumn: 'A:A' });
      expect(pageSetup.scale).toBeGreaterThanOrEqual(80);
    }
  });
});

describe('人民调解收结案登记簿 for March', () => {
  it('writes M1 as a clerk reads it: labels, names, 元, 是/否, the 防止激化 it was flagged for', async () => {
    const { fileName, bytes } = await book('mediationCase', '2026-03-01', '2026-03-31');
    expect(fileName).toBe('东河镇司法所人民调解收结案登记簿（2026年3月）.xlsx');
    const sheet = readWithOpenpyxl(bytes).sheets[0]!;
    const { rows } = rowsOf(sheet);
    expect(rows).toHaveLength(21);
    expect(rows[0]).toEqual({
      序号: 1,
      卷号: '（2026）东人调字第2号',
      承办调委会: '东河镇人民调解委员会',
      受理日期: '2026-03-01',
      纠纷类型: '婚姻家庭纠纷',
      案件来源: '依申请调解',
      人民调解员: '李调解、王调解',
      申请人: '张秀英（女，45岁）\n东河镇新桥村3组\n13900001111',
      被申请人: '王建国（男，47岁）\n13900002222',
      纠纷简要情况: 'M1：双方因01号类型纠纷申请调解。',
      涉及当事人数: null,
      疑难复杂: '否',
      调解结果: '成功',
      协议形式: '书面协议',
      '协议涉及金额（元）': 50000,
      结案日期: '2026-03-10',
      履行情况: null,
      司法确认: '否',
      回访日期: null,
      防止激化: '防止民间纠纷引起自杀（1人）',
      登记日期: '2026-03-01',
      登记人: '王晓红',
      备注: null,
    });
    expect(sheet.cells['O3']?.fmt).toBe('0.00');
    const m8 = rows.find((r) => r['卷号'] === '（2026）新桥人调字第2号');
    expect(m8).toMatchObject({
      涉及当事人数: 30,
      疑难复杂: '是',
      防止激化: '防止群体性上访（25人）\n防止群体性械斗（20人）',
    });
    expect(rows.find((r) => r['卷号'] === '（2026）交调人调字第2号')?.['防止激化']).toBe('防止民间纠纷引起自杀');
    // An organisation is named with its 法定代表人; the deleted case (东 第10号) is not in the book.
    expect(rows.find((r) => r['卷号'] === '（2026）河西人调字第4号')?.['被申请人']).toBe(
      '河西物业服务有限公司（法定代表人何经理）\n0513-84000000',
    );
    expect(rows.some((r) => r['卷号'] === '（2026）东人调字第10号')).toBe(false);
    // exceljs reads the same file the same way.
    const ws = (await readWithExceljs(bytes)).worksheets[0]!;
    expect(ws.getCell('B3').value).toBe('（2026）东人调字第2号');
    expect(ws.getCell('O3').value).toBe(50000);
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });

  it('names other ranges by their dates, and an empty range still makes a book with its header', async () => {
    const { fileName, bytes } = await book('legalAid', '2026-03-05', '2026-04-30');
    expect(fileName).toBe('东河镇司法所法律援助登记簿（2026年3月5日至2026年4月30日）.xlsx');
    expect(rowsOf(readWithOpenpyxl(bytes).sheets[0]!).rows).toHaveLength(3);
    const empty = readWithOpenpyxl((await book('typicalCase', '2025-01-01', '2025-12-31')).bytes).sheets[0]!;
    expect(unbroken(String(pyValue(empty, 'B2')))).toBe(BOOKS.typicalCase.headers[1]);
    expect(pyValue(empty, 'A3')).toBe('（本时段没有登记记录）');
  });
});
