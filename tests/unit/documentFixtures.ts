// Realistic records for the document tests, the sample renderings (docs/samples) and the benchmark. They are created
// through a real ledger's API, so every value has passed the registers' validation as a clerk's input would.
// No vitest import here: scripts/samples.mjs and bench/ load this file outside the test runner.
import type { Core } from '../../src-main/core';
import { SEED_SETTINGS } from '../support/office';
import type { DocumentKind, GeneratedDocument } from '../../src-main/core/documents';
import { generateDocument } from '../../src-main/core/documents';
import type { ApiInput, ApiMethod, ApiOutput, RecordRow } from '../../src-shared/handlers';
import type { RegisterKey } from '../../src-shared/registers';
import type { Committee, Settings } from '../../src-shared/settings';
import { makeIdNumber, type SampleData } from './samples';
import { invokeAsAdmin } from '../support/session';

/** The day the documents are made on: ages are worked out on it. */
export const TODAY = '2026-11-21';

export interface DocumentFixtures {
  settings: Settings;
  /** 东河镇人民调解委员会 (简称 东): every case's committee. */
  committee: Committee;
  /** 张三 v 李四, 邻里纠纷 on application: investigation, two sessions, a written agreement, a revisit, a file note. */
  twoParty: RecordRow;
  /** 王五、赵六 v 东河建材有限公司 (an organisation): a 3000-character session record and a 20-term agreement. */
  threeParty: RecordRow;
  /** 孙八 v 周九: settled by an oral agreement. */
  oral: RecordRow;
  /** Only what the register requires: no sessions, no agreement, no revisit. */
  bare: RecordRow;
  /** A 来信来访登记簿 entry of 吴十's visit. */
  petition: RecordRow;
  /**
   * 郑某某 under 缓刑, with two 实地查访 and three 审批事项: a 外出 approved and posted, a 会客 not yet decided, a 警告
   * approved whose 公示 has begun (its end not yet worked out).
   */
  correction: RecordRow;
  /** 冯某某 under 管制, her term ending: a 表扬 and a 提请减刑, both approved and posted, and her 期满鉴定. */
  correctionEnding: RecordRow;
  /** 孙某某, 刑满释放, 重点 (低指数): 走访, 评估, 帮扶, a 通报列管, a 委托 to the place he lives. */
  resettlement: RecordRow;
  /** 钱某, who refused to sign the 帮教协议 (拒签), reported to the police the next day. */
  resettlementRefused: RecordRow;
  /** 郑某, from 社区矫正, 受委托, released from 帮教 early (提前撤销) in October. */
  resettlementEnded: RecordRow;
}

async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invokeAsAdmin(core, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

async function create(
  core: Core,
  register: RegisterKey,
  data: SampleData | Record<string, unknown>,
): Promise<RecordRow> {
  return call(core, 'registers.create', { register, data: data as SampleData });
}

const person = (name: string, sex: '男' | '女', birth: string, seq: string, extra: Record<string, string>) => ({
  kind: '自然人',
  name,
  sex,
  id_number: makeIdNumber(birth, seq),
  ...extra,
});

/** A mediator's record of a long session: questions, answers and the mediator's explanations, about 3000 characters. */
export function longSessionRecord(): string {
  const turns = [
    '调解员：今天我们在东河镇人民调解委员会调解室，就王五、赵六与东河建材有限公司之间因运输车辆撒漏砂石致房屋及农作物受损的纠纷进行调解。调解前，已向各方当事人告知了人民调解的性质、原则和效力，以及当事人在调解活动中享有的权利和承担的义务，各方均表示清楚，同意调解，不申请调解员回避。',
    '王五：我家住在纬二路边上，公司的运输车每天从门口过，车厢盖不严，砂石一路撒。去年十月开始，车多了，晚上也跑，灰大得窗户都不敢开，院子里晒的稻子全是灰，卖不上价钱。今年三月一辆车在我家门口掉了一块石头，把院墙砸了一个洞，门口的水泥路也压坏了。',
    '赵六：我是王五的邻居，我家种了两亩多青菜和一亩大棚草莓。车子带起来的灰落在大棚膜上，透光不好，草莓长得慢，减产一半多。我找过公司好几次，每次都说回去研究，一直没有结果，所以我们才到调委会来。',
    '钱七：我是东河建材有限公司的法定代表人。对两位说的情况，公司是认可一部分的。车辆撒漏的问题确实存在，公司已经给所有车辆换了新的篷布，也安排了洒水车每天早晚各洒一次水。但是赵六说草莓减产一半，我们认为还有天气的原因，今年春天雨水多，别的地方的草莓也减产。',
    '调解员：我们前期到现场查看了，王五家院墙东侧有一处约一米见方的破损，门前水泥路面有三处裂缝；赵六家大棚膜表面积尘明显。村里的王组长也反映，公司车辆通行后路面积尘较多。对于损失的数额，我们请村里的农技员估算了一下，赵六家草莓比邻村同品种少收约八百斤，按今年市场均价计算，损失在一万元左右，青菜损失约两千元。',
    '王五：院墙和路面修好，我要求公司出钱，另外稻子被灰弄脏了，卖的时候每斤少了两毛钱，三千斤稻子少卖六百块，这个钱也要赔。还有就是以后车子晚上十点以后不能再跑，吵得人睡不着觉。',
    '钱七：院墙和路面我们可以负责修，找施工队来修，不用王五出一分钱。稻子的损失六百块我们认。晚上十点以后不跑车，这个要看工地的要求，有时候混凝土要连续浇筑，不一定做得到，但是我们可以尽量减少，而且晚上的车不鸣喇叭、减速慢行。',
    '赵六：草莓和青菜的损失加起来一万二，我要求一次付清。大棚膜被灰弄脏了，要换新的，一亩大棚换膜要三千块左右，这个也要公司出。',
    '钱七：一万二我们觉得多了，天气的因素也有，我们最多承担八千。大棚膜不用换，我们可以派人用水冲洗干净。',
    '调解员：大家的意见我都听清楚了。我讲几点看法：第一，公司车辆撒漏造成邻居损失，这是事实，公司也承认，根据民法典关于侵权责任的规定，公司应当承担赔偿责任；第二，损失的数额要实事求是，天气的影响确实存在，但是同村没有受灰尘影响的大棚减产只有两成左右，所以大部分减产还是灰尘造成的；第三，以后怎么相处更重要，公司在这里还要经营很多年，和村民搞好关系，对公司也是有好处的。我建议草莓和青菜的损失按一万元计算，大棚膜由公司出钱更换一半，另一半冲洗，大家看行不行。',
    '赵六：一万块钱我可以接受，但是要一次付清，不能拖。大棚膜换一半也行，剩下的冲洗要冲干净。',
    '钱七：一万块钱公司同意，但是要分两次付，这个月底付六千，下个月底付四千。换一半大棚膜的钱，公司出一千五百元。',
    '调解员：赵六，你看分两次付行不行？公司已经让步了，而且时间也不长。',
    '赵六：那就这样吧，但是第二次的钱如果到时候不付，我还要找调委会。',
    '调解员：这个可以写进协议里，公司不按期付款的，调委会督促履行，你也可以依法向人民法院起诉。协议达成以后，双方还可以在三十日内共同向人民法院申请司法确认，确认以后一方不履行的，另一方可以申请强制执行。',
    '王五：我这边院墙和路面要在一个月内修好，稻子的钱六百块这个月就给我。晚上的车子能不能保证十点以后不超过五趟？',
    '钱七：院墙和路面一个月内修好没有问题，修好后请王五验收。稻子的钱和赵六的第一笔钱一起付。晚上十点以后，除了混凝土连续浇筑，一般不再发车，浇筑的时候提前一天告诉村里，每晚不超过五趟。',
    '调解员：好，那我把大家达成的意见归纳一下：公司负责修复院墙和路面，一个月内完成并请王五验收；公司赔偿王五稻谷损失六百元，赔偿赵六草莓和青菜损失一万元、大棚膜更换费用一千五百元；付款分两次；公司车辆加盖篷布、定时洒水，夜间运输按刚才说的办。大家有没有不同意见？',
    '王五：没有意见。赵六：没有意见。钱七：公司没有意见，我代表公司签字盖章。',
    '调解员：那么本次调解达成协议，我们当场制作人民调解协议书，请各方看清楚后签名、盖章或者按指印。协议一式四份，当事人各持一份，调委会留存一份。',
  ];
  let text = turns.join('\n');
  // Padded with a closing summary paragraph repeated, so the record is comfortably past 3000 characters.
  while ([...text].length < 3000) {
    text += '\n调解员：以上记录已向各方当事人宣读，各方当事人确认记录内容与陈述一致，无补充、无修改。';
  }
  return text;
}

/** Twenty terms of a detailed settlement, each a sentence or two as clerks write them. */
export function twentyTerms(): string[] {
  const items = [
    '东河建材有限公司于2026年5月31日前赔偿王五稻谷损失人民币陆佰元（￥600.00）。',
    '东河建材有限公司赔偿赵六草莓、青菜损失共计人民币壹万元（￥10000.00），分两期支付。',
    '第一期人民币陆仟元（￥6000.00）于2026年5月31日前支付，第二期人民币肆仟元（￥4000.00）于2026年6月30日前支付。',
    '东河建材有限公司另行支付赵六大棚膜更换费用人民币壹仟伍佰元（￥1500.00），与第一期赔偿款一并支付。',
    '上述款项以银行转账方式支付至赵六、王五本人名下账户，转账凭证作为履行凭证存卷。',
    '东河建材有限公司于2026年6月15日前负责修复王五家院墙东侧破损部分，恢复原状，费用由公司承担。',
    '东河建材有限公司于2026年6月15日前负责修复王五家门前水泥路面裂缝三处，费用由公司承担。',
    '院墙和路面修复完成后，由王五会同新桥村3组组长共同验收，验收不合格的，公司应于七日内返工。',
    '东河建材有限公司派人于2026年5月25日前将赵六家未更换部分的大棚膜冲洗干净。',
    '东河建材有限公司所有运输车辆自本协议签订之日起一律加盖篷布，不得超载、撒漏。',
    '东河建材有限公司每日早晚各安排洒水车对纬二路新桥村段洒水一次，雨天除外。',
    '东河建材有限公司车辆每日22时至次日6时原则上不发车；混凝土连续浇筑确需夜间运输的，提前一日告知新桥村村委会。',
    '夜间运输每晚不超过五趟，车辆途经居民区时减速慢行，禁止鸣笛。',
    '东河建材有限公司指定专人钱七负责与王五、赵六及新桥村村委会联系，联系电话保持畅通。',
    '王五、赵六发现车辆撒漏等情况的，可以拍照留存并及时告知公司联系人，公司应于当日清理。',
    '本协议履行完毕后，王五、赵六不再就本次纠纷向东河建材有限公司主张其他权利。',
    '东河建材有限公司逾期支付任何一期款项的，王五、赵六可以就全部未付款项一并主张。',
    '各方当事人自愿于本协议生效之日起三十日内共同向如东县人民法院申请司法确认。',
    '东河镇人民调解委员会对本协议的履行情况进行回访，督促各方当事人履行。',
    '本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。',
  ];
  return items;
}

export async function createDocumentFixtures(core: Core): Promise<DocumentFixtures> {
  const settings = await call(core, 'settings.save', SEED_SETTINGS);
  const committee = settings.committees[0];
  if (!committee || committee.id === undefined) throw new Error('committee not saved');
  const committeeId = committee.id;

  const twoParty = await create(core, 'mediationCase', {
    committee_id: committeeId,
    accept_date: '2026-03-10',
    dispute_type: '02',
    case_source: '依申请调解',
    mediators: ['陈建国', '周玉兰'],
    applicants: [
      person('张三', '男', '1972-08-15', '011', {
        ethnicity: '汉族',
        occupation: '农民',
        phone: '13862710001',
        address: '如东县东河镇新桥村3组18号',
      }),
    ],
    respondents: [
      person('李四', '女', '1980-02-03', '022', {
        ethnicity: '回族',
        occupation: '个体工商户',
        phone: '13962710002',
        address: '如东县东河镇新桥村3组20号',
      }),
    ],
    summary:
      '申请人张三与被申请人李四系东河镇新桥村3组前后邻居。2026年2月，李四在自家房屋后侧搭建彩钢棚，棚顶雨水直接排入张三家院内，致张三家院墙渗水、墙皮脱落。双方多次协商未果，张三遂申请调解。',
    application_items: [
      '被申请人在彩钢棚靠申请人一侧加装落水管，不再向申请人院内排水。',
      '被申请人赔偿申请人院墙修复费用人民币5000元。',
    ],
    result: '成功',
    agreement_form: '书面协议',
    agreement_amount: 300000,
    close_date: '2026-03-20',
    performance: '已履行',
    investigations: [
      {
        date: '2026-03-12',
        start_time: '09:30',
        end_time: '10:40',
        place: '新桥村3组张三家院内',
        investigator: '陈建国',
        recorder: '李明',
        subject_name: '李四',
        subject_sex: '女',
        subject_ethnicity: '回族',
        subject_age: 46,
        subject_occupation: '个体工商户',
        subject_phone: '13962710002',
        subject_address: '如东县东河镇新桥村3组20号',
        participants: '新桥村3组组长王大明',
        record:
          '问：你家彩钢棚是什么时候搭的？\n答：今年2月初搭的，用来放电动车和杂物。\n问：棚顶的雨水往哪里排？\n答：原来没有装落水管，雨水从棚边直接流下来，靠张三家那边。\n问：你是否同意整改？\n答：同意，可以加装落水管，把水引到我家门前的排水沟。',
      },
    ],
    sessions: [
      {
        date: '2026-03-15',
        start_time: '14:00',
        end_time: '15:30',
        place: '东河镇人民调解委员会调解室',
        matter: '彩钢棚排水致邻居院墙受损',
        participants: '新桥村3组组长王大明',
        mediators: '陈建国、周玉兰',
        recorder: '李明',
        record:
          '调解员告知双方权利义务后，双方分别陈述。张三要求李四拆除彩钢棚并赔偿院墙修复费用五千元；李四同意整改排水，但认为赔偿数额过高。双方未能就赔偿数额达成一致，约定三日后再次调解。',
        result: '未达成协议',
        failure_reason: '双方对赔偿数额分歧较大',
      },
      {
        date: '2026-03-20',
        start_time: '09:00',
        end_time: '10:10',
        place: '东河镇人民调解委员会调解室',
        matter: '彩钢棚排水致邻居院墙受损',
        participants: '新桥村3组组长王大明',
        mediators: '陈建国、周玉兰',
        recorder: '李明',
        record:
          '调解员结合现场调查情况，向双方讲解相邻关系的法律规定。经反复协商，李四同意加装落水管并赔偿张三院墙修复费用三千元，张三放弃要求拆除彩钢棚。',
        result: '达成书面协议',
      },
    ],
    agreement_facts:
      '2026年2月，李四在自家房屋后侧搭建彩钢棚，棚顶雨水直接排入张三家院内，致张三家院墙渗水、墙皮脱落。张三要求李四拆除彩钢棚并赔偿损失，李四同意整改但对赔偿数额有异议。',
    agreement_terms: [
      '李四于2026年3月31日前在彩钢棚靠张三家一侧加装落水管，将雨水引入自家门前排水沟。',
      '李四于2026年3月25日前一次性赔偿张三院墙修复费用人民币叁仟元（￥3000.00）。',
      '张三不再要求李四拆除彩钢棚，双方今后互谅互让，和睦相处。',
    ],
    performance_terms: '赔偿款以现金方式当面交付，张三出具收条；落水管由李四自行安装，张三予以配合。',
    agreement_date: '2026-03-20',
    recorder: '李明',
    revisit_date: '2026-04-20',
    revisit_method: '上门',
    revisit_by: '陈建国',
    revisit_content:
      '经上门回访，李四已于3月28日加装落水管，雨水不再排入张三家院内；赔偿款三千元已于3月24日当面交付，张三出具了收条。双方对处理结果表示满意，未发现激化迹象。',
    filed_by: '王晓红',
    filed_date: '2026-04-25',
    retention: '10年',
    file_note: '本卷当事人身份证复印件、收条原件已附卷。李四因外出务工，回访时由其丈夫代为接受询问。',
    id_proof_pages: 2,
    receipt_pages: 1,
    registered_on: '2026-03-10',
  });

  const threeParty = await create(core, 'mediationCase', {
    committee_id: committeeId,
    accept_date: '2026-05-08',
    dispute_type: '06',
    case_source: '主动调解',
    mediators: ['陈建国'],
    applicants: [
      person('王五', '男', '1965-11-30', '031', {
        ethnicity: '汉族',
        occupation: '农民',
        phone: '13862710003',
        address: '如东县东河镇新桥村5组7号',
      }),
      person('赵六', '女', '1978-06-12', '042', {
        ethnicity: '满族',
        occupation: '农民',
        phone: '13862710004',
        address: '如东县东河镇新桥村5组9号',
      }),
    ],
    respondents: [
      {
        kind: '法人或其他组织',
        name: '东河建材有限公司',
        legal_rep: '钱七',
        phone: '0513-84321234',
        address: '如东县东河镇工业园区纬二路8号',
      },
    ],
    summary: '东河建材有限公司运输车辆撒漏砂石、扬尘，致王五院墙、路面受损、稻谷贬值，赵六大棚草莓和青菜减产。',
    result: '成功',
    agreement_form: '书面协议',
    agreement_amount: 1210000,
    close_date: '2026-05-20',
    sessions: [
      {
        date: '2026-05-20',
        start_time: '09:00',
        end_time: '11:45',
        place: '东河镇人民调解委员会调解室',
        matter: '运输车辆撒漏扬尘致损害赔偿',
        participants: '新桥村3组组长王大明、村农技员刘芳',
        mediators: '陈建国',
        recorder: '李明',
        record: longSessionRecord(),
        result: '达成书面协议',
      },
    ],
    agreement_facts:
      '东河建材有限公司运输车辆途经新桥村纬二路段时撒漏砂石、扬尘，致王五家院墙、门前路面受损，稻谷贬值；致赵六大棚草莓、青菜减产。王五、赵六要求赔偿并整改，公司对部分损失数额有异议。',
    agreement_terms: twentyTerms(),
    performance_terms: '赔偿款以银行转账方式支付，修复工程由东河建材有限公司组织施工，按协议约定的期限履行完毕。',
    agreement_date: '2026-05-20',
    recorder: '李明',
    filed_by: '王晓红',
    filed_date: '2026-07-10',
    retention: '30年',
    // 司法确认 applied for (term 18): its materials are listed; the 身份证明 counts one page per party (3).
    judicial_confirmation: true,
    confirmation_pages: 2,
    registered_on: '2026-05-08',
  });

  const oral = await create(core, 'mediationCase', {
    committee_id: committeeId,
    accept_date: '2026-06-02',
    dispute_type: '04',
    case_source: '依申请调解',
    mediators: ['周玉兰'],
    applicants: [
      person('孙八', '男', '1988-09-09', '051', {
        ethnicity: '汉族',
        occupation: '木工',
        phone: '13862710005',
        address: '如东县东河镇东河社区12幢301室',
      }),
    ],
    respondents: [
      person('周九', '男', '1975-04-21', '061', {
        ethnicity: '汉族',
        occupation: '装修包工头',
        phone: '13862710006',
        address: '如东县东河镇东河社区3幢102室',
      }),
    ],
    summary: '孙八为周九承包的装修工程做木工活，完工后周九尚欠工钱四千元未付。',
    result: '成功',
    agreement_form: '口头协议',
    agreement_amount: 400000,
    close_date: '2026-06-05',
    performance: '已履行',
    sessions: [
      {
        date: '2026-06-05',
        start_time: '15:00',
        end_time: '15:40',
        place: '东河社区调解室',
        matter: '拖欠木工工钱',
        mediators: '周玉兰',
        recorder: '李明',
        record: '经调解，周九承认欠款，同意当场支付四千元，孙八同意。双方认为无需制作书面协议。',
        result: '达成口头协议',
      },
    ],
    agreement_facts: '周九欠孙八木工工钱四千元。',
    agreement_terms: ['周九于2026年6月5日当场支付孙八工钱人民币肆仟元。', '孙八收款后不再就本次工钱向周九主张权利。'],
    performance_terms: '当场以现金支付。',
    agreement_date: '2026-06-05',
    recorder: '李明',
    registered_on: '2026-06-02',
  });

  const bare = await create(core, 'mediationCase', {
    committee_id: committeeId,
    accept_date: '2026-09-01',
    dispute_type: '01',
    case_source: '主动调解',
    applicants: [person('冯十一', '女', '1990-01-15', '072', {})],
    respondents: [person('陈十二', '男', '1989-03-03', '081', {})],
    summary: '夫妻因家务琐事发生争吵，女方回娘家居住。',
    registered_on: '2026-09-01',
  });

  const petition = await create(core, 'petition', {
    visit_date: '2026-05-06',
    visit_time: '09:15',
    method: '来访',
    visitor_count: 1,
    visitors: [
      person('吴十', '男', '1968-10-01', '091', {
        ethnicity: '汉族',
        phone: '13862710009',
        address: '如东县东河镇新桥村7组2号',
      }),
    ],
    matter: '反映邻居在宅基地边界砌墙，占用其家通道约半米。',
    category: '纠纷',
    statement:
      '我家和邻居冯某家东西相邻，中间原有一条一米宽的通道，两家共用。上个月冯某翻建院墙，把墙往我家这边移了半米，现在通道只剩半米宽，电动车都推不过去。我找他说理，他说土地证上就是这么划的。我要求他把墙拆回原位。',
    receiver: '王晓红',
    reply:
      '宅基地使用权边界以不动产权属证书及原始档案为准。已告知来访人可申请人民调解，由镇调委会会同国土所现场核实边界后调解；调解不成的，可以向人民法院起诉。',
    handling: '转人民调解',
    result: '已转东河镇人民调解委员会受理，5月12日现场核实。',
    feedback_date: '2026-05-12',
    registered_on: '2026-05-06',
  });

  const correction = await create(core, 'correctionSubject', {
    subject_no: '3206232026001',
    name: '郑某某',
    id_number: makeIdNumber('1995-07-19', '101'),
    ethnicity: '汉族',
    residence: '如东县东河镇东河社区8幢402室',
    phone: '13862710010',
    crime: '盗窃罪',
    sentence: '有期徒刑一年，缓刑二年',
    category: '缓刑',
    start_date: '2026-02-01',
    end_date: '2028-01-31',
    term: '二年',
    state: '在矫',
    approvals: [
      {
        type: '外出（七日以内）',
        date: '2026-11-02',
        reason: '母亲在南京住院手术，需前往陪护。',
        destination: '江苏省南京市鼓楼区江苏省人民医院',
        away_from: '2026-11-05',
        away_to: '2026-11-09',
        office_opinion: '同意',
        opinion_text: '经向医院核实，其母住院手术属实，外出事由正当，同意外出。',
        submit_date: '2026-11-02',
        result: '批准',
        decision_date: '2026-11-03',
        notice_start: '2026-11-03',
        notice_end: '2026-11-09',
        inform_date: '2026-11-03',
      },
      {
        type: '会客',
        date: '2026-11-10',
        visitor: '李某（同案犯）',
        reason: '与同案犯商议共同退赔被害人损失事宜。',
        meet_time: '2026年11月15日9时至11时',
        meet_place: '东河镇司法所调解室',
        materials: '退赔协议草稿复印件一份',
        office_opinion: '同意',
        opinion_text: '会客事由正当，在司法所内进行，由工作人员在场，同意会客。',
        submit_date: '2026-11-10',
      },
      {
        type: '警告',
        date: '2026-11-16',
        facts:
          '2026年11月12日，郑某某未经批准擅自离开如东县前往上海市，当晚经电话核查发现，经批评教育后于次日返回。其行为违反了社区矫正监督管理规定。',
        office_opinion: '同意',
        opinion_text: '事实清楚，证据确实，建议给予警告。',
        submit_date: '2026-11-16',
        result: '批准',
        decision_date: '2026-11-18',
        notice_start: '2026-11-19',
        inform_date: '2026-11-19',
      },
    ],
    field_visits: [
      {
        date: '2026-03-18',
        time: '10:00',
        place: '家庭',
        staff: ['王晓红', '李明'],
        reason: '例行查访',
        interviewee: '郑母',
        relation: '母子',
        situation:
          '查访时郑某某在家，精神状态良好。其母反映郑某某近期在镇上一家汽修店当学徒，每天按时上下班，晚上一般在家，未发现与原同案人员来往。',
        opinion: '表现良好，继续按普管要求落实监管措施。',
      },
      {
        date: '2026-06-09',
        time: '14:30',
        place: '工作单位',
        staff: ['王晓红', '李明'],
        reason: '重点时期',
        interviewee: '汽修店店主钱某',
        relation: '雇主',
        situation: '店主反映郑某某工作认真，能服从安排，无迟到早退，与同事相处融洽。',
        opinion: '继续关注其思想动态。',
      },
    ],
    registered_on: '2026-02-01',
  });

  const correctionEnding = await create(core, 'correctionSubject', {
    subject_no: '3206232025014',
    name: '冯某某',
    id_number: makeIdNumber('1978-03-08', '042'),
    ethnicity: '汉族',
    residence: '如东县东河镇新桥村3组21号',
    phone: '13862710031',
    crime: '寻衅滋事罪',
    sentence: '管制一年',
    category: '管制',
    term: '一年',
    start_date: '2025-12-20',
    end_date: '2026-12-19',
    state: '在矫',
    approvals: [
      {
        type: '表扬',
        date: '2026-06-10',
        facts: '冯某某在矫正期间认罪悔罪，遵守监督管理规定，积极参加公益活动，2026年5月协助村委会调解邻里纠纷2起。',
        office_opinion: '同意',
        opinion_text: '表现突出，建议给予表扬。',
        submit_date: '2026-06-10',
        result: '批准',
        decision_date: '2026-06-15',
        notice_start: '2026-06-16',
        notice_end: '2026-06-22',
        inform_date: '2026-06-16',
      },
      {
        type: '提请减刑',
        date: '2026-09-01',
        facts:
          '2026年8月20日，冯某某在新桥村发现一名正在实施盗窃的男子，当即报警并协助公安机关将其抓获，经公安机关认定为重大立功表现。',
        office_opinion: '同意',
        opinion_text: '立功事实清楚，建议提请减刑。',
        submit_date: '2026-09-02',
        result: '批准',
        decision_date: '2026-10-20',
        notice_start: '2026-10-21',
        notice_end: '2026-10-27',
        inform_date: '2026-10-21',
      },
    ],
    appraisal: [
      {
        date: '2026-11-19',
        self_summary:
          '在社区矫正期间，我认真反省自己的犯罪行为，按时报到，遵守各项监督管理规定，积极参加教育学习和公益活动。今后我将遵纪守法，做一个对社会有用的人。',
        performance:
          '该对象矫正期间认罪悔罪，按时报告，月度考核均为合格；2026年6月受表扬一次，2026年10月因重大立功被裁定减刑；实地查访反映其在村里表现良好。',
        opinion: '矫正期间表现良好，同意按期解除社区矫正。',
      },
    ],
    registered_on: '2025-12-20',
  });

  // 安置帮教 (§12): 孙某某, 重点, with a full timeline and a 委托; 钱某, who refused to sign; 郑某某, from 社区矫正, 提前撤销.
  const resettlementBase = {
    ethnicity: '汉族',
    education: '初中',
    household_address: '如东县东河镇新桥村6组15号',
    residence: '如东县东河镇东河社区5幢201室',
    phone: '13862710021',
  };
  const resettlement = await create(core, 'resettlement', {
    ...resettlementBase,
    name: '孙某某',
    id_number: makeIdNumber('1990-04-15', '031'),
    sex: '男',
    birth_date: '1990-04-15',
    category: '刑满释放',
    crime: '盗窃罪',
    sentence: '有期徒刑三年',
    release_date: '2026-03-02',
    release_authority: '江苏省南通监狱',
    report_date: '2026-03-04',
    agreement_date: '2026-03-04',
    file_date: '2026-03-06',
    support_type: '重点',
    adaptation_level: '低',
    team: '司法所王晓红、新桥村治保调解主任周建华、网格员陈丽、父亲孙大海',
    separation: '委托居住地司法所双列管',
    separation_office: '南通市崇川区和平桥司法所',
    entrust_date: '2026-07-01',
    entrust_reply_date: '2026-07-08',
    state: '在帮',
    visits: [
      {
        date: '2026-04-10',
        form: '实地走访',
        visitees: ['本人'],
        situation: '在镇上汽修店做学徒，情绪稳定，按时上下班。',
        visitors: ['王晓红', '周建华'],
      },
      {
        date: '2026-05-12',
        form: '电话走访',
        visitees: ['亲属'],
        situation: '其父反映孙某某晚上一般在家，未与原同案人员来往。',
        visitors: ['陈丽'],
      },
    ],
    assessments: [
      { date: '2026-03-30', type: '入帮评估', result: '社会适应指数62分', level: '低' },
      { date: '2026-06-28', type: '日常评估', result: '社会适应指数70分', level: '中' },
    ],
    helps: [{ date: '2026-04-10', measure: '就业指导', detail: '联系东河汽修店', result: '已上岗' }],
    police_notices: [
      {
        date: '2026-03-06',
        police_station: '如东县公安局东河派出所',
        reason: '经入帮前评估，社会适应指数为低指数（红色预警），有重新违法犯罪倾向，列为重点帮教对象',
      },
    ],
    registered_on: '2026-03-04',
  });
  const resettlementRefused = await create(core, 'resettlement', {
    ...resettlementBase,
    name: '钱某',
    id_number: makeIdNumber('1985-12-01', '051'),
    sex: '男',
    birth_date: '1985-12-01',
    category: '刑满释放',
    crime: '故意伤害罪',
    sentence: '有期徒刑二年',
    release_date: '2026-05-18',
    release_authority: '江苏省南通监狱',
    report_date: '2026-05-20',
    agreement_date: '2026-05-20',
    agreement_refused: true,
    support_type: '一般',
    adaptation_level: '中',
    team: '新桥村治保调解主任周建华、母亲钱秀英',
    state: '在帮',
    police_notices: [
      { date: '2026-05-21', police_station: '如东县公安局东河派出所', reason: '拒签帮教协议，通报户籍地公安机关' },
    ],
    registered_on: '2026-05-20',
  });
  const resettlementEnded = await create(core, 'resettlement', {
    ...resettlementBase,
    name: '郑某',
    id_number: makeIdNumber('1999-08-20', '013'),
    sex: '男',
    birth_date: '1999-08-20',
    category: '解除社区矫正',
    crime: '危险驾驶罪',
    sentence: '拘役三个月，缓刑六个月',
    release_date: '2026-01-31',
    release_authority: '如东县社区矫正管理局',
    report_date: '2026-02-02',
    support_type: '一般',
    adaptation_level: '高',
    separation: '受委托',
    separation_office: '如东县掘港街道司法所',
    entrust_date: '2026-02-10',
    entrust_reply_date: '2026-02-14',
    state: '提前撤销',
    end_date: '2026-10-15',
    end_manner: '提前撤销',
    revoke_reason: '本人同意，经县司法局安置帮教机构审核同意',
    registered_on: '2026-02-02',
  });

  return {
    settings,
    committee: { ...committee, id: committeeId },
    twoParty,
    threeParty,
    oral,
    bare,
    petition,
    correction,
    correctionEnding,
    resettlement,
    resettlementRefused,
    resettlementEnded,
  };
}

/** generateDocument for a fixture record, with the office's settings and the case's committee. */
export function generate(
  fx: DocumentFixtures,
  record: RecordRow,
  kind: DocumentKind,
  index?: number,
  opts: { caseFilePaging?: boolean; today?: string } = {},
): Promise<GeneratedDocument> {
  // The book a whole-book document reads: the fixtures of the record's register, as the ledger holds them.
  const book = Object.values(fx).filter(
    (value): value is RecordRow =>
      typeof value === 'object' && value !== null && 'register' in value && value.register === record.register,
  );
  return generateDocument({
    register: record.register,
    record,
    kind,
    ...(index === undefined ? {} : { index }),
    ...(opts.caseFilePaging ? { caseFilePaging: true } : {}),
    settings: fx.settings,
    committee: record.data['committee_id'] === fx.committee.id ? fx.committee : null,
    today: opts.today ?? TODAY,
    book: () => Promise.resolve(book),
  });
}

// Reading a .docx back lives in tests/support/docx.ts (the browser tests read their downloads with it too).
export { paragraphTexts, readDocx, tableRows, type DocxContents } from '../support/docx';
