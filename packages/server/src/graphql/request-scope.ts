import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and error of one HTTP request can reach without passing it around. */
export interface RequestScope {
  requestId: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;
