import { notifications } from '@mantine/notifications';
import { inPageOrder } from './focusField';
import { useFocusAfterRender } from './useFocusAfterRender';

/** After a failed save: a short notice, and the cursor in the first wrong field in the order of the page. */
export function useJumpToFirstError(): (fields: Record<string, string>) => void {
  const focusAfterRender = useFocusAfterRender();
  return (fields) => {
    const paths = inPageOrder(Object.keys(fields));
    notifications.show({
      color: 'red',
      title: '未保存，请检查标红的栏目',
      message: `共 ${paths.length} 处，已跳到第一处；全部列在表单上方`,
    });
    if (paths[0]) focusAfterRender(paths[0]);
  };
}
