import { Alert, Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../../src-shared/accounts';
import { api } from '../lib/api';
import { formErrors } from '../lib/fieldErrors';

/** 修改密码: one's own, with the current one first (wrong tries count towards the lockout like a login). */
export function ChangePasswordButton() {
  const [opened, setOpened] = useState(false);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const close = () => {
    setOpened(false);
    setCurrent('');
    setPassword('');
    setError(null);
  };
  const save = async () => {
    try {
      await api('auth.changePassword', { current, password });
      notifications.show({ color: 'green', title: '已修改', message: '密码已修改，下次登录请使用新密码' });
      close();
    } catch (e) {
      setError(formErrors(e));
    }
  };
  return (
    <>
      <Button size="compact-sm" variant="white" onClick={() => setOpened(true)}>
        修改密码
      </Button>
      <Modal opened={opened} onClose={close} title="修改密码" centered>
        <Stack gap="sm">
          <PasswordInput
            label="当前密码"
            value={current}
            error={error?.fields['current']}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label="新密码"
            description={`至少${PASSWORD_MIN}位`}
            value={password}
            error={error?.fields['password']}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error && <Alert color="red">{error.message}</Alert>}
          <Button onClick={() => void save()}>保存</Button>
        </Stack>
      </Modal>
    </>
  );
}
