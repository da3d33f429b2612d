import { AppShell, Button, Divider, Group, Modal, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { bookGroups, registers } from '../../src-shared/registers';
import { books } from './books';
import { ChangePasswordButton } from './components/ChangePasswordButton';
import { DamageBanner } from './components/DamageBanner';
import { useAuth, useMayCall } from './lib/auth';
import { usePendingLeave } from './lib/leaveGuard';
import { useLookups } from './lib/lookups';
import { AccountsPage } from './pages/AccountsPage';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { routeHref, useRoute, type Route } from './lib/router';
import { HomePage } from './pages/HomePage';
import { ImportPage } from './pages/ImportPage';
import { MonthlyReturnPage } from './pages/MonthlyReturnPage';
import { RecordPage } from './pages/RecordPage';
import { RecycleBinPage } from './pages/RecycleBinPage';
import { RegisterListPage } from './pages/RegisterListPage';
import { SettingsPage } from './pages/SettingsPage';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'list':
      // Keyed: another book starts with its own search, filters and sort.
      return <RegisterListPage key={route.register} register={route.register} query={route.query ?? {}} />;
    case 'record':
      return (
        <RecordPage
          key={routeHref(route)}
          register={route.register}
          id={route.id}
          from={route.from ?? null}
          list={route.list ?? {}}
          {...(route.work ? { work: route.work } : {})}
        />
      );
    case 'import':
      return <ImportPage key={route.register} register={route.register} />;
    case 'return':
      return <MonthlyReturnPage />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'assessments':
      return <AssessmentsPage key={route.month ?? ''} month={route.month} />;
    case 'recycle':
      return <RecycleBinPage />;
    case 'settings':
      return <SettingsPage tab={route.tab ?? 'office'} />;
    case 'accounts':
      return <AccountsPage />;
    case 'audit':
      return <AuditLogPage />;
  }
}

/** Who is logged in, 锁屏 and 退出 (the idle lock is 设置’s 自动锁屏 minutes). */
function UserMenu() {
  const { status, lock, logout } = useAuth();
  return (
    <Group gap="xs">
      <Text size="sm">{status.user?.name}</Text>
      <ChangePasswordButton />
      <Button size="compact-sm" variant="white" onClick={() => void lock()}>
        锁屏
      </Button>
      <Button size="compact-sm" variant="white" onClick={() => void logout()}>
        退出
      </Button>
    </Group>
  );
}

/** Asked when the clerk moves away from a form with unsaved changes (lib/leaveGuard.ts). */
function LeaveQuestion() {
  const pending = usePendingLeave();
  return (
    <Modal opened={pending !== null} onClose={() => pending?.stay()} title="离开此页？" centered>
      <Text mb="md">“{pending?.what}”有没有保存的内容。离开后，再打开这张表时可以恢复（草稿已保存在本机）。</Text>
      <Group justify="flex-end">
        <Button data-autofocus onClick={() => pending?.stay()}>
          留在此页
        </Button>
        <Button variant="default" color="red" onClick={() => pending?.leave()}>
          离开
        </Button>
      </Group>
    </Modal>
  );
}

export function App() {
  const route = useRoute();
  const { officeName } = useLookups();
  // Each page is offered to those who may do its main work.
  const maySetUp = useMayCall('settings.save');
  const mayManageAccounts = useMayCall('accounts.list');
  const maySearchAudit = useMayCall('audit.search');
  const activeBook =
    route.page === 'list' || route.page === 'record' || route.page === 'import' ? route.register : null;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 0 }} padding="lg">
      <AppShell.Header bg="blue.9" c="white">
        <Group h="100%" px="lg" justify="space-between">
          <Title order={3} fw={600}>
            司法所电子台账
          </Title>
          <Group gap="lg">
            <Text size="sm">{officeName}</Text>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <nav aria-label="导航">
            <NavLink href={routeHref({ page: 'home' })} label="首页" active={route.page === 'home'} />
            <NavLink href={routeHref({ page: 'return' })} label="月报" active={route.page === 'return'} />
            {bookGroups.map((group) => (
              <div key={group}>
                <Divider my={6} label={group} labelPosition="left" />
                {registers
                  .filter((r) => r.group === group)
                  .map((def) => (
                    <div key={def.key}>
                      <NavLink
                        href={routeHref({ page: 'list', register: def.key })}
                        label={def.title}
                        active={activeBook === def.key}
                      />
                      {(books[def.key].pages ?? []).map((page) => (
                        <NavLink
                          key={page.label}
                          href={routeHref(page.route)}
                          label={page.label}
                          pl="xl"
                          active={route.page === page.route.page}
                        />
                      ))}
                    </div>
                  ))}
              </div>
            ))}
            <Divider my={6} />
            <NavLink href={routeHref({ page: 'recycle' })} label="回收站" active={route.page === 'recycle'} />
            {maySetUp && (
              <NavLink
                href={routeHref({ page: 'settings' })}
                label="设置"
                active={route.page === 'settings' && route.tab !== 'backup'}
              />
            )}
            {maySetUp && (
              <NavLink
                href={routeHref({ page: 'settings', tab: 'backup' })}
                label="备份与恢复"
                active={route.page === 'settings' && route.tab === 'backup'}
              />
            )}
            {mayManageAccounts && (
              <NavLink href={routeHref({ page: 'accounts' })} label="账号管理" active={route.page === 'accounts'} />
            )}
            {maySearchAudit && (
              <NavLink href={routeHref({ page: 'audit' })} label="操作日志" active={route.page === 'audit'} />
            )}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <DamageBanner />
        <Page route={route} />
        <LeaveQuestion />
      </AppShell.Main>
    </AppShell>
  );
}
