import { Alert, Button, Center, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { PASSWORD_MIN } from '../../../src-shared/accounts';
import { api } from '../lib/api';
import { useAuth } from '../lib/auth';
import { formErrors } from '../lib/fieldErrors';
import { useHideOutside } from '../lib/hideOutside';

// 登录 and, on a new ledger, 首次使用: the office and the first account (所长, administrator).

function Card({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <Center mih="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={440}>
        <Stack gap="md">
          <div>
            <Title order={2} c="blue.9">
              司法所电子台账
            </Title>
            <Text fw={600} mt={4}>
              {title}
            </Text>
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** Runs a form's call, keeping the Chinese message and per-field errors the core sends back. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const run = async (event: FormEvent, work: () => Promise<void>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(formErrors(e));
    } finally {
      setBusy(false);
    }
  };
  // Typing again clears the last refusal, so a corrected field is not still marked wrong.
  const clear = () => setError(null);
  return { busy, error, run, clear, field: (key: string) => error?.fields[key] };
}

export function LoginPage() {
  const { apply, notice } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run, clear } = useSubmit();
  return (
    <Card title="登录" subtitle="请输入您的用户名和密码。忘记密码请找所长（管理员）重设。">
      {notice && (
        <Alert color="blue" role="status">
          {notice}
        </Alert>
      )}
      <form
        onChange={clear}
        onSubmit={(e) => void run(e, async () => apply(await api('auth.login', { username, password })))}
      >
        <Stack>
          <TextInput label="用户名" value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoFocus />
          <PasswordInput label="密码" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {error && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy}>
            登录
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

export function SetupPage() {
  const { apply } = useAuth();
  const [office, setOffice] = useState({ officeName: '', county: '', township: '' });
  const [admin, setAdmin] = useState({ name: '', username: '', password: '', confirm: '' });
  const { busy, error, run, clear, field } = useSubmit();
  const mismatch = admin.confirm !== '' && admin.confirm !== admin.password ? '两次输入的密码不一致' : undefined;
  const submit = (e: FormEvent) =>
    void run(e, async () => {
      if (admin.password !== admin.confirm) return;
      const { confirm: _, ...account } = admin;
      apply(await api('auth.setup', { ...office, admin: account }));
    });
  const officeInput = (key: keyof typeof office, label: string) => (
    <TextInput
      label={label}
      value={office[key]}
      withAsterisk={key === 'officeName'}
      error={field(key)}
      onChange={(e) => setOffice({ ...office, [key]: e.currentTarget.value })}
    />
  );
  const adminInput = (key: 'name' | 'username', label: string) => (
    <TextInput
      label={label}
      value={admin[key]}
      withAsterisk
      error={field(`admin.${key}`)}
      onChange={(e) => setAdmin({ ...admin, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Card title="首次使用" subtitle="请填写本所信息，并为所长创建管理员账号。以后可在“设置”和“账号管理”中修改。">
      <form onChange={clear} onSubmit={submit}>
        <Stack gap="sm">
          {officeInput('officeName', '司法所名称')}
          {officeInput('county', '所属县（区）')}
          {officeInput('township', '乡镇（街道）')}
          <Divider label="管理员账号（所长）" labelPosition="left" />
          {adminInput('name', '姓名')}
          {adminInput('username', '用户名')}
          <PasswordInput
            label="密码"
            description={`至少${PASSWORD_MIN}位`}
            withAsterisk
            value={admin.password}
            error={field('admin.password')}
            onChange={(e) => setAdmin({ ...admin, password: e.currentTarget.value })}
          />
          <PasswordInput
            label="确认密码"
            withAsterisk
            value={admin.confirm}
            error={mismatch}
            onChange={(e) => setAdmin({ ...admin, confirm: e.currentTarget.value })}
          />
          {error && <Alert color="red">{error.message}</Alert>}
          <Button type="submit" loading={busy} disabled={Boolean(mismatch)}>
            创建并进入
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * In place of the page, which stays mounted as it was (a half-filled form included) but hidden and out of reach until
 * the password is given again.
 */
export function LockScreen() {
  const { status, apply, logout } = useAuth();
  const [password, setPassword] = useState('');
  const { busy, error, run, clear } = useSubmit();
  const dialog = useRef<HTMLDivElement>(null);
  // The page beneath is neither shown nor reachable by Tab or a screen reader while locked.
  useHideOutside(dialog);
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-label="已锁屏"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000,
        background: 'var(--mantine-color-gray-1)',
      }}
    >
      <Center h="100%">
        <Paper withBorder shadow="md" radius="md" p="xl" w={400}>
          <form
            onChange={clear}
            onSubmit={(e) =>
              void run(e, async () => {
                apply(await api('auth.unlock', { password }));
                setPassword('');
              })
            }
          >
            <Stack>
              <Title order={3}>已锁屏</Title>
              <Text size="sm" c="dimmed">
                {status.user?.name}，较长时间没有操作，屏幕已锁定。输入密码继续，未保存的内容仍在。
              </Text>
              <PasswordInput
                label="密码"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoFocus
              />
              {error && <Alert color="red">{error.message}</Alert>}
              <Button type="submit" loading={busy}>
                解锁
              </Button>
              <Button variant="subtle" color="gray" onClick={() => void logout()}>
                换一个账号登录
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </div>
  );
}
