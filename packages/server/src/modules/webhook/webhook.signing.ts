import { randomBytes } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/**
 * Standard Webhooks (standardwebhooks.com), signed with its reference library, the one a receiver installs to
 * verify: the secret is `whsec_` + base64 key bytes, the signature `v1,` + base64(HMAC-SHA256(key,
 * `${id}.${timestamp}.${body}`)), sent with `webhook-id` and `webhook-timestamp`.
 */
export const newWebhookSecret = () => 'whsec_' + randomBytes(24).toString('base64');

export function signedHeaders(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, now, body),
  };
}

/**
 * What a receiver does (README shows it, the tests use it): the library compares in constant time and refuses
 * timestamps more than five minutes away, so a captured request cannot be replayed later.
 */
export function verifySignature(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
): boolean {
  try {
    new Webhook(secret).verify(
      body,
      { 'webhook-id': headers.id, 'webhook-timestamp': headers.timestamp, 'webhook-signature': headers.signature },
      { jsonParse: false },
    );
    return true;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return false;
    throw error;
  }
}
