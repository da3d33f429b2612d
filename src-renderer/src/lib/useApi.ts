import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../src-shared/handlers';
import { api, errorMessage } from './api';
import { stableJson } from './stableJson';

/** One API call as a component sees it. */
export interface ApiState<T> {
  /** The last reply for this input (or what `setData` put there); undefined before the first one. */
  data: T | undefined;
  /** Why the last request for this input failed, in Chinese; a later success clears it. */
  error: string | null;
  /** A request for this input is on its way, also during a reload (the data stays meanwhile). */
  loading: boolean;
  /** Asks again with the same input, e.g. after a save; settles once the reply (or the failure) is in. */
  reload: () => Promise<void>;
  /** Puts what a save returned (or a local edit) in place of the data, without asking the core again. */
  setData: (next: T | undefined | ((previous: T | undefined) => T | undefined)) => void;
}

export interface UseApiOptions {
  /** Keep showing the previous input's data until the new reply comes (paging a list must not flash empty). */
  keepPrevious?: boolean;
  /** Ask again when this changes though the input did not, e.g. the record's updatedAt after a save. */
  version?: string | number;
}

interface Reply<T> {
  input: string;
  request: string;
  data: T | undefined;
  error: string | null;
}

/**
 * Loads `method(input)` and reloads when the input (compared by value) changes; `null` input loads nothing. A reply to
 * a request that was superseded (input changed, reload asked, component gone) is dropped, so a slow first page can
 * never overwrite the page the clerk has moved on to.
 */
export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
  { keepPrevious = false, version = '' }: UseApiOptions = {},
): ApiState<ApiOutput<M>> {
  type T = ApiOutput<M>;
  const body = input === null ? null : stableJson(input);
  const inputKey = `${method}:${body ?? ''}`;
  const [round, setRound] = useState(0);
  const request = `${inputKey}#${version}#${round}`;
  const [reply, setReply] = useState<Reply<T>>({ input: '', request: '', data: undefined, error: null });
  // reload() callers, each with the round whose reply they wait for.
  const rounds = useRef(0);
  const waiting = useRef<{ round: number; settle: () => void }[]>([]);

  useEffect(() => {
    if (body === null) return;
    let current = true;
    const settle = (next: (previous: Reply<T>) => Reply<T>) => {
      if (!current) return;
      setReply(next);
      const done = waiting.current.filter((w) => w.round <= round);
      waiting.current = waiting.current.filter((w) => w.round > round);
      done.forEach((w) => w.settle());
    };
    api(method, JSON.parse(body) as ApiInput<M>).then(
      (data) => settle(() => ({ input: inputKey, request, data, error: null })),
      (e: unknown) =>
        settle((r) => ({
          input: inputKey,
          request,
          data: keptData(r, inputKey, keepPrevious),
          error: errorMessage(e),
        })),
    );
    return () => {
      current = false;
    };
  }, [method, body, inputKey, request, round, keepPrevious]);

  // Gone: nobody will answer the reload() callers, so let them go on.
  useEffect(() => () => waiting.current.splice(0).forEach((w) => w.settle()), []);

  const reload = useCallback(
    () =>
      new Promise<void>((settle) => {
        if (body === null) return settle();
        rounds.current += 1;
        waiting.current.push({ round: rounds.current, settle });
        setRound(rounds.current);
      }),
    [body],
  );

  const setData = useCallback<ApiState<T>['setData']>(
    (next) =>
      setReply((r) => {
        const previous = keptData(r, inputKey, keepPrevious);
        const data = typeof next === 'function' ? (next as (p: T | undefined) => T | undefined)(previous) : next;
        return { ...r, input: inputKey, data, error: null };
      }),
    [inputKey, keepPrevious],
  );

  return {
    data: keptData(reply, inputKey, keepPrevious),
    error: reply.input === inputKey ? reply.error : null,
    loading: body !== null && reply.request !== request,
    reload,
    setData,
  };
}

function keptData<T>(reply: Reply<T>, inputKey: string, keepPrevious: boolean): T | undefined {
  return reply.input === inputKey || keepPrevious ? reply.data : undefined;
}
