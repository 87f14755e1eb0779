import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { DataSource } from 'typeorm';
import type { WebhookSettings } from '../../settings';
import { TEST_EVENT } from './webhook.events';
import { signedHeaders } from './webhook.signing';
import { BlockedAddress, resolvePublicAddress } from './webhook.ssrf';

/** INTERRUPTED: the server stopped mid-attempt (`signal`); nothing is recorded, the attempt did not count. */
export type AttemptOutcome = 'DELIVERED' | 'RETRY' | 'FAILED' | 'SKIPPED' | 'INTERRUPTED';

interface DeliveryRow {
  id: string;
  status: string;
  event: string;
  payload: unknown;
  webhook_id: string;
  url: string;
  secret: string;
  enabled: boolean;
}

/**
 * One attempt at one delivery: sign, post, record. Already delivered (a duplicate job) or gone: nothing is sent.
 * A 2xx delivers; anything else is a RETRY, or on the last attempt (or to a refused address) FAILED for good —
 * which counts against the webhook and turns it off after `disableAfterFailures` in a row.
 */
export async function attemptDelivery(
  dataSource: DataSource,
  settings: WebhookSettings,
  deliveryId: string,
  lastAttempt: boolean,
  signal?: AbortSignal,
): Promise<{ outcome: AttemptOutcome; statusCode?: number; error?: string }> {
  const [row] = (await dataSource.query(
    `SELECT d.id, d.status, d.event, d.payload, w.id AS webhook_id, w.url, w.secret, w.enabled
     FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = $1`,
    [deliveryId],
  )) as DeliveryRow[];
  if (!row || row.status !== 'PENDING') return { outcome: 'SKIPPED' };
  // A test may reach a webhook Goodlink turned off: that is how its owners check it works again.
  if (!row.enabled && row.event !== TEST_EVENT) {
    await record(dataSource, deliveryId, 'FAILED', null, 'The webhook is disabled.');
    return { outcome: 'FAILED', error: 'disabled' };
  }

  const body = JSON.stringify(row.payload);
  let statusCode: number | null = null;
  let error: string | null = null;
  let permanent = false;
  try {
    statusCode = await post(new URL(row.url), body, signedHeaders(row.secret, row.id, body), settings, signal);
  } catch (failure) {
    if (signal?.aborted) return { outcome: 'INTERRUPTED' };
    permanent = failure instanceof BlockedAddress;
    error = failure instanceof Error ? failure.message : String(failure);
  }

  if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
    await record(dataSource, deliveryId, 'DELIVERED', statusCode, null);
    await dataSource.query(
      `UPDATE webhooks SET consecutive_failures = 0, enabled = true, disabled_reason = NULL WHERE id = $1`,
      [row.webhook_id],
    );
    return { outcome: 'DELIVERED', statusCode };
  }
  error ??= `The receiver answered HTTP ${statusCode}.`;
  if (!permanent && !lastAttempt) {
    await record(dataSource, deliveryId, 'PENDING', statusCode, error);
    return { outcome: 'RETRY', statusCode: statusCode ?? undefined, error };
  }
  await record(dataSource, deliveryId, 'FAILED', statusCode, error);
  await dataSource.query(
    `UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
       enabled = CASE WHEN consecutive_failures + 1 >= $2 THEN false ELSE enabled END,
       disabled_reason = CASE WHEN consecutive_failures + 1 >= $2
         THEN 'Turned off after ' || $2 || ' deliveries in a row failed; the last: ' || $3 ELSE disabled_reason END
     WHERE id = $1`,
    [row.webhook_id, settings.disableAfterFailures, error],
  );
  return { outcome: 'FAILED', statusCode: statusCode ?? undefined, error };
}

async function record(
  dataSource: DataSource,
  deliveryId: string,
  status: 'PENDING' | 'DELIVERED' | 'FAILED',
  statusCode: number | null,
  error: string | null,
) {
  await dataSource.query(
    `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
       last_attempt_at = now(), delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() ELSE delivered_at END
     WHERE id = $1`,
    [deliveryId, status, statusCode, error?.slice(0, 500) ?? null],
  );
}

/** POSTs to the checked address itself (not the name again), with the host name kept for TLS and Host. */
async function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  settings: WebhookSettings,
  signal?: AbortSignal,
) {
  const { address, family } = await resolvePublicAddress(url, settings.allowedHosts);
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as any)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup,
        signal,
        timeout: settings.timeoutSeconds * 1000,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Goodlink-Webhooks/1',
        },
      },
      (response) => {
        response.resume(); // the answer's body is not read, only its status
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${settings.timeoutSeconds} s.`)));
    request.on('error', reject);
    request.end(body);
  });
}
