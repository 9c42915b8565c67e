import type { Agent } from 'undici';
import { newRequestId, REQUEST_ID_HEADER } from '../core/context.js';
import { MAX_BODY_BYTES, type Route, readBody } from '../core/http.js';
import { refuse } from './refuse.js';
import { fetchUpstream } from './upstream.js';

/** Webhook paths the gateway forwards, and the subgraph (name and base URL) that owns each. */
export type WebhookTargets = Record<string, { service: string; url: string }>;

/** Headers a webhook's signature check or content handling needs; nothing else is passed on. */
const FORWARDED_HEADERS = ['content-type', 'stripe-signature', 'user-agent'];

/**
 * Forwards provider webhooks (`/webhooks/stripe/billing` → auth, `/webhooks/stripe/connect`
 * → commerce) to their subgraph untouched: the raw body bytes and the signature header, never
 * parsed or re-serialised (that would break the signature). No tenant resolution, so a suspended
 * tenant's billing events still arrive; no GraphQL limits; the subgraph verifies the signature.
 */
export function createWebhookRoute(agent: Agent, targets: WebhookTargets, timeoutMs = 10_000): Route {
  return async (req, res, url) => {
    const owner = targets[url.pathname];
    if (!owner) return false;
    if (req.method !== 'POST') throw refuse('BAD_USER_INPUT', 'Webhooks are POST only');
    const body = await readBody(req, MAX_BODY_BYTES);
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const incomingId = req.headers[REQUEST_ID_HEADER];
    headers[REQUEST_ID_HEADER] = typeof incomingId === 'string' ? incomingId.slice(0, 128) : newRequestId();
    const target = new URL(url.pathname, owner.url);
    // A failure answers 5xx: the provider retries the webhook.
    const upstream = await fetchUpstream(
      owner.service,
      agent,
      { origin: target.origin, path: target.pathname, method: 'POST', headers, body },
      timeoutMs,
    );
    const answer = upstream.body;
    res.writeHead(upstream.statusCode, {
      'content-type': String(upstream.headers['content-type'] ?? 'application/json'),
      'content-length': answer.length,
    });
    res.end(answer);
    return true;
  };
}
