/** The office the tests work in: 东河镇司法所, one township committee (short name 东) and two staff. */
export const SEED_SETTINGS = {
  officeName: '东河镇司法所',
  county: '如东县',
  township: '东河镇',
  committees: [{ name: '东河镇人民调解委员会', shortName: '东', kind: '乡镇调委会', active: true }],
  staff: [
    { name: '王晓红', position: '所长', active: true },
    { name: '李明', position: '科员', active: true },
  ],
};
