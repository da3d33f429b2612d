import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiState } from '../lib/useApi';

// How every page shows a load that has not answered yet or has failed, so the clerk sees one look for both.

/** Most local calls answer within this; a spinner that flashes for a few milliseconds is only noise. */
const SPINNER_DELAY_MS = 200;

/** Waiting for the first reply: a small spinner with words, once the wait is long enough to notice. */
export function Loading({ label = '正在读取…' }: { label?: string | undefined }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), SPINNER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <Group gap="xs" py="xs" role="status">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

/** A load that failed: the core's own Chinese message and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Alert color="red" title="读取失败">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
            重试
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/**
 * Only the state of a load: the error if it failed, the spinner while there is nothing yet to show, otherwise
 * nothing. For pages that draw their own frame (a table's header) around data that may still be coming.
 */
export function LoadStatus<T>({ state, label }: { state: ApiState<T>; label?: string }) {
  if (state.error) return <LoadError message={state.error} onRetry={() => void state.reload()} />;
  if (state.loading && state.data === undefined) return <Loading label={label} />;
  return null;
}

/** The data once there is some, else the load's state; a failed reload keeps the data on screen under its error. */
export function Loaded<T>({
  state,
  label,
  children,
}: {
  state: ApiState<T>;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      <LoadStatus state={state} label={label} />
      {state.data !== undefined && children(state.data)}
    </>
  );
}
