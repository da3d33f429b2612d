import { isoDate } from '../../src-shared/dates';
import { checkDigit } from '../../src-shared/idcard';
import type { Random } from './random';

// Realistic, not real: surnames weighted roughly by how common they are, two-character given names mostly, a
// township of villages, valid 身份证号 (GB 11643 check digit) with the birth date and sex they encode.

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰志强桂兰红梅海燕春梅小红国华德明文华金凤晓东海军永明丽华兴旺宏伟卫东建军';
export const TOWNS = [
  '东河镇',
  '新桥镇',
  '丰利镇',
  '岔河镇',
  '马塘镇',
  '栟茶镇',
  '洋口镇',
  '袁庄镇',
  '河口镇',
  '曹埠镇',
  '大豫镇',
  '掘港街道',
  '长沙镇',
  '苴镇街道',
  '双甸镇',
];
export const VILLAGES = [
  '新桥村',
  '东风村',
  '红星村',
  '永兴村',
  '长青村',
  '光明村',
  '丰产村',
  '民主村',
  '友谊村',
  '兴隆村',
  '前进村',
  '团结村',
  '幸福村',
  '和平村',
  '胜利村',
  '北坎村',
  '南坝村',
  '沿河村',
  '三里村',
  '九总村',
];
const AREA_CODES = ['320623', '320621', '320681', '320682', '320685', '320612', '320602', '320611'];
const MOBILE_PREFIXES = [
  '139',
  '138',
  '137',
  '136',
  '135',
  '158',
  '159',
  '150',
  '151',
  '152',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '186',
  '133',
  '153',
  '180',
  '189',
  '177',
  '199',
];

export interface Person {
  name: string;
  sex: '男' | '女';
  birthDate: string;
  idNumber: string;
  phone: string;
  address: string;
}

export function personName(rng: Random): string {
  // Skewed towards the front of the list: 王, 李, 张 are far more common than 单.
  const surname = SURNAMES[Math.floor(rng.next() * rng.next() * SURNAMES.length)]!;
  const given = rng.int(0, 9) < 3 ? rng.pick([...GIVEN]) : rng.pick([...GIVEN]) + rng.pick([...GIVEN]);
  return surname + given;
}

export function phone(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export function address(rng: Random, town = rng.pick(TOWNS)): string {
  return `如东县${town}${rng.pick(VILLAGES)}${rng.int(1, 30)}组${rng.int(1, 120)}号`;
}

export function village(rng: Random): string {
  return rng.pick(VILLAGES);
}

export function town(rng: Random): string {
  return rng.pick(TOWNS);
}

export function person(rng: Random, town?: string): Person {
  const year = rng.int(1945, 2004);
  const birthDate = isoDate(year, rng.int(1, 12), rng.int(1, 28));
  const sexDigit = rng.int(0, 9);
  const first17 = `${rng.pick(AREA_CODES)}${birthDate.replace(/-/g, '')}${String(rng.int(0, 99)).padStart(2, '0')}${sexDigit}`;
  return {
    name: personName(rng),
    sex: sexDigit % 2 === 1 ? '男' : '女',
    birthDate,
    idNumber: first17 + checkDigit(first17),
    phone: phone(rng),
    address: address(rng, town),
  };
}
