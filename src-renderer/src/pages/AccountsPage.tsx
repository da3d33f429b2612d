import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../../src-shared/accounts';
import { roleLabels, roles, type Role } from '../../../src-shared/permissions';
import { LoadStatus } from '../components/LoadState';
import { api } from '../lib/api';
import { formErrors } from '../lib/fieldErrors';
import { formatDay } from '../lib/format';
import { useLookups } from '../lib/lookups';
import { useApi } from '../lib/useApi';
import { ChoiceSelect } from '../components/ChoiceSelect';

// 账号管理 (administrator): add staff accounts, change name/role, disable, reset a forgotten password.

type Editing =
  | { mode: 'create'; username: string; name: string; role: Role; password: string }
  | { mode: 'update'; id: number; username: string; name: string; role: Role; active: boolean }
  | { mode: 'password'; id: number; username: string; password: string };

const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));

export function AccountsPage() {
  const list = useApi('accounts.list', {});
  // Account names are offered in the 工作人员 pick lists (登记人, 接待人…): a new or renamed one shows there at once.
  const { refresh: refreshLookups } = useLookups();
  const accounts = list.data?.accounts ?? [];
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  const open = (next: Editing) => {
    setError(null);
    setEditing(next);
  };
  const save = async () => {
    if (!editing) return;
    try {
      if (editing.mode === 'create')
        await api('accounts.create', {
          username: editing.username,
          name: editing.name,
          role: editing.role,
          password: editing.password,
        });
      else if (editing.mode === 'update')
        await api('accounts.update', {
          id: editing.id,
          name: editing.name,
          role: editing.role,
          active: editing.active,
        });
      else await api('accounts.resetPassword', { id: editing.id, password: editing.password });
      notifications.show({
        color: 'green',
        title: '已保存',
        message: editing.mode === 'password' ? `已为 ${editing.username} 重设密码` : '账号已保存',
      });
      setEditing(null);
      void list.reload();
      if (editing.mode !== 'password') void refreshLookups();
    } catch (e) {
      setError(formErrors(e));
    }
  };
  const set = (patch: Partial<Record<string, string | boolean>>) =>
    setEditing((x) => (x ? ({ ...x, ...patch } as Editing) : x));
  const field = (key: string) => error?.fields[key];

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={2}>账号管理</Title>
        <Button onClick={() => open({ mode: 'create', username: '', name: '', role: 'staff', password: '' })}>
          新增账号
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        工作人员可以登记和修改各登记簿；管理员还可以管理账号、设置、期限规则，并从回收站永久删除。账号不能删除，不再使用时请停用。
      </Text>
      <LoadStatus state={list} />
      <Paper withBorder radius="md">
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>用户名</Table.Th>
              <Table.Th>角色</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>创建时间</Table.Th>
              <Table.Th w={200} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{a.username}</Table.Td>
                <Table.Td>{roleLabels[a.role]}</Table.Td>
                <Table.Td>
                  {a.active ? (
                    <Badge color="green" variant="light">
                      启用
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      停用
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDay(a.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => open({ mode: 'update', ...a })}>
                      修改
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="orange"
                      onClick={() => open({ mode: 'password', id: a.id, username: a.username, password: '' })}
                    >
                      重设密码
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'create'
            ? '新增账号'
            : editing?.mode === 'update'
              ? `修改账号 ${editing.username}`
              : `重设 ${editing?.username ?? ''} 的密码`
        }
        centered
      >
        {editing && (
          <Stack gap="sm">
            {editing.mode === 'create' && (
              <TextInput
                label="用户名"
                withAsterisk
                value={editing.username}
                error={field('username')}
                onChange={(e) => set({ username: e.currentTarget.value })}
              />
            )}
            {editing.mode !== 'password' && (
              <>
                <TextInput
                  label="姓名"
                  withAsterisk
                  description="新建的记录以此为登记人"
                  value={editing.name}
                  error={field('name')}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                />
                <ChoiceSelect
                  label="角色"
                  data={roleOptions}
                  value={editing.role}
                  allowDeselect={false}
                  onChange={(v) => v && set({ role: v })}
                />
              </>
            )}
            {editing.mode === 'update' && (
              <Switch
                label="启用"
                checked={editing.active}
                onChange={(e) => set({ active: e.currentTarget.checked })}
              />
            )}
            {editing.mode !== 'update' && (
              <PasswordInput
                label={editing.mode === 'create' ? '初始密码' : '新密码'}
                description={`至少${PASSWORD_MIN}位`}
                withAsterisk
                value={editing.password}
                error={field('password')}
                onChange={(e) => set({ password: e.currentTarget.value })}
              />
            )}
            {error && <Alert color="red">{error.message}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                取消
              </Button>
              <Button onClick={() => void save()}>保存</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
