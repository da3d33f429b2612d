import { Alert, Anchor, List } from '@mantine/core';
import type { FormError } from '../lib/errorList';
import { focusField, inPageOrder } from '../lib/focusField';

/**
 * Above a form that was not saved: every reason, in the order of the fields on the page, each a link that puts the
 * cursor in its field. It stays while any reason is left (a notification would be gone before the last was read).
 */
export function ErrorSummary({ errors }: { errors: FormError[] }) {
  if (errors.length === 0) return null;
  // Read from the page: the fields are already there, and their order is the one the clerk sees.
  const order = inPageOrder(errors.map((e) => e.path));
  const sorted = [...errors].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
  return (
    <Alert
      color="red"
      variant="light"
      title={`未保存：有 ${errors.length} 处需要改正（点击可跳到该栏）`}
      aria-label="未保存的原因"
    >
      <List size="sm" type="ordered" spacing={2}>
        {sorted.map((error) => (
          <List.Item key={error.path}>
            <Anchor component="button" type="button" size="sm" c="red.8" onClick={() => focusField(error.path)}>
              {error.text}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
