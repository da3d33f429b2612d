// docs/spec/formats.md §3.2's materials filed on paper (当事人身份证明, 授权委托书, 证据材料, 履行凭证, 司法确认有关材料):
// the ledger does not print them, but the 卷宗 holds a numbered sheet for each of their pages, so the 卷内目录 lists
// them and every page number after them is right once they are filed. A copy smaller than A4 (身份证, 收条) is pasted
// on its sheet; an A4 original replaces its sheet and takes its page number.
import type { Part } from '../parts';
import { para, title } from '../style';

export function filedMaterial(name: string, pages: number): Part {
  const sheet = (page: number) => [
    para(`本页为卷内${name}第${page}页（共${pages}页）。`, { align: 'center', after: 1 }),
    para(`材料小于A4纸的（如身份证复印件、收条），粘贴在本页；材料为A4纸的，以材料替换本页，并在材料上写明本页页号。`, {
      firstLine: 2,
    }),
  ];
  return {
    name,
    title: name,
    note: `共${pages}页`,
    blocks: Array.from({ length: pages }, (_, i) =>
      i === 0 ? sheet(1) : [title(name, { pageBreakBefore: true }), ...sheet(i + 1)],
    ).flat(),
  };
}
