// §3.12 封底, as an archive's 备考表: how many pages the file has, who filed and who checked it, when. The page count
// is left to be written in: the paper file also holds what the ledger does not print (身份证明, 证据材料, 履行凭证).
import { dateCn } from '../data';
import type { CaseContext, Part } from '../parts';
import { blank, para } from '../style';

export function backCover(ctx: CaseContext): Part {
  const { c } = ctx;
  const line = (text: string) => para(text, { align: 'left', left: 4, before: 1 });
  return {
    name: '封底',
    title: '封\u3000底',
    blocks: [
      line(`本卷共${blank(6)}页（件）`),
      line(`立卷人：${c.filedBy ?? blank(12)}`),
      line(`检查人：${blank(12)}`),
      line(`立卷日期：${dateCn(c.filedDate)}`),
    ],
  };
}
