import type { PartyData } from '../../../src-shared/registers';

/** Several names in one cell: 张三、李四 / 张三,李四 / 张三 李四 / one per line. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；/／\s]+/u)
    .map((n) => n.trim())
    .filter(Boolean);
}

const ORGANISATION = /(公司|厂|委员会|村委会|居委会|合作社|中心|学校|医院|局|所|店|集团|协会|银行|超市|酒店|物业)$/u;

/** A party block holding only a name, as an old book knows it; a company's name makes an organisation's block. */
export function partyNamed(name: string): PartyData {
  return {
    kind: ORGANISATION.test(name) ? '法人或其他组织' : '自然人',
    name,
    sex: null,
    ethnicity: null,
    birth_date: null,
    age: null,
    occupation: null,
    phone: null,
    address: null,
    id_number: null,
    legal_rep: null,
  };
}
