import { callApi } from '../fixtures';

/** A 在矫 社区矫正对象 named 欧阳明 with the given events, created over the API (for specs about his deadlines). */
export async function createSubjectViaApi(
  url: string,
  start: string,
  end: string,
  events: { type: string; date: string }[],
): Promise<unknown> {
  return callApi(url, 'registers.create', {
    register: 'correctionSubject',
    data: {
      name: '欧阳明',
      crime: '危险驾驶罪',
      sentence: '拘役二个月，缓刑三个月',
      category: '缓刑',
      sex: '男',
      start_date: start,
      end_date: end,
      state: '在矫',
      registered_on: start,
      events,
    },
  });
}
