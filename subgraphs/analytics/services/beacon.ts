import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The first-party event model and the beacon's wire format. Pure functions: the storefront's
 * `POST /collect` parses, filters and scrubs with these before anything is buffered.
 */

export const EVENT_TYPES = ['page_view', 'add_to_cart', 'begin_checkout', 'purchase'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Event types a browser may send. `purchase` is recorded only server-side, from a paid order. */
export const BEACON_EVENT_TYPES = ['page_view', 'add_to_cart', 'begin_checkout'] as const;

/** The largest beacon body accepted; anything larger is refused (413) before it is read. */
export const MAX_BEACON_BYTES = 2048;
const MAX_URL = 1024;
const MAX_PATH = 512;

/**
 * The beacon body (JSON, sent as `text/plain` or `application/json`, so `navigator.sendBeacon`
 * with a string works): `{ "type": "page_view", "url": "/pricing?utm_source=x", "referrer":
 * "https://example.com/", "tenant": "acme" }`. `tenant` is optional and must match the host.
 */
const beaconSchema = z
  .object({
    type: z.enum(BEACON_EVENT_TYPES),
    url: z.string().min(1).max(MAX_URL),
    referrer: z.string().max(MAX_URL).nullish(),
    tenant: z.string().max(64).nullish(),
  })
  .strict();

export type Beacon = z.infer<typeof beaconSchema>;

export class BeaconError extends Error {}

/** Parses a beacon body; throws BeaconError (→ 400) for anything but the documented shape. */
export function parseBeacon(body: Buffer): Beacon {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new BeaconError('The beacon body is not JSON');
  }
  const parsed = beaconSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BeaconError(
      `Invalid beacon: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** Crawlers, monitors, headless browsers and HTTP libraries: not visitors. An empty agent is a bot too. */
const BOT_AGENT =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|headless|lighthouse|pagespeed|phantomjs|puppeteer|playwright|selenium|curl|wget|python|httpx|axios|node-fetch|undici|go-http-client|java\/|okhttp|libwww|httpclient|monitor|pingdom|uptime|preview|scan|^node$/i;

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length < 8 || BOT_AGENT.test(userAgent);
}

/** The device class an event is counted under, from its user agent. */
export type Device = 'desktop' | 'mobile' | 'tablet' | 'other';

export function deviceOf(userAgent: string | null | undefined): Device {
  if (!userAgent) return 'other';
  if (/ipad|tablet|kindle|silk|playbook|android(?!.*mobile)/i.test(userAgent)) return 'tablet';
  if (/mobi|iphone|ipod|android|windows phone/i.test(userAgent)) return 'mobile';
  if (/windows|macintosh|mac os x|linux|cros/i.test(userAgent)) return 'desktop';
  return 'other';
}

const EMAIL = /[^\s/?&=#@]+@[^\s/?&=#@]+\.[a-z]{2,}/gi;
const ENCODED_EMAIL = /[^\s/?&=#]+%40[^\s/?&=#]+\.[a-z]{2,}/gi;
/** Parameter names that carry secrets or personal data: dropped with their values. */
const SECRET_PARAM =
  /token|secret|password|passwd|pwd|auth|session|sid|key|code|sig|signature|otp|email|mail|phone|jwt|bearer|credential|reset|invite/i;
/** Values that look like a credential: long runs of token characters, or a JWT. */
const TOKEN_VALUE = /^[A-Za-z0-9_\-.~+/=]{32,}$|^eyJ[A-Za-z0-9_-]+\./;
const UTM = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

export interface ScrubbedUrl {
  /** Path plus the query parameters that survived, e.g. `/pricing?plan=pro`. */
  path: string;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
}

/**
 * The page as it will be stored: path and query only (an absolute URL must be http(s)), emails
 * replaced by `[email]`, secret-looking parameters dropped, UTM parameters lifted into their own
 * fields, and a platform-host `/s/<tenant>` prefix removed so paths are tenant-relative.
 * Returns null for a URL that cannot be a page of the site.
 */
export function scrubPageUrl(raw: string, tenantSlug: string | null): ScrubbedUrl | null {
  let url: URL;
  try {
    url = new URL(raw, 'http://page.invalid');
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  let pathname = url.pathname;
  if (tenantSlug) {
    const prefix = `/s/${tenantSlug}`;
    if (pathname === prefix) pathname = '/';
    else if (pathname.startsWith(`${prefix}/`)) pathname = pathname.slice(prefix.length);
  }
  pathname = pathname.replace(ENCODED_EMAIL, '[email]').replace(EMAIL, '[email]');
  const kept = new URLSearchParams();
  const utm: Record<(typeof UTM)[number], string | null> = {
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
  };
  for (const [name, value] of url.searchParams) {
    if ((UTM as readonly string[]).includes(name)) {
      const clean = value.replace(EMAIL, '').trim().slice(0, 100);
      utm[name as (typeof UTM)[number]] = clean || null;
      continue;
    }
    if (SECRET_PARAM.test(name) || TOKEN_VALUE.test(value)) continue;
    kept.append(name, value.replace(EMAIL, '[email]'));
  }
  const query = kept.toString();
  const path = `${pathname}${query ? `?${query}` : ''}`.slice(0, MAX_PATH);
  return { path, utmSource: utm.utm_source, utmMedium: utm.utm_medium, utmCampaign: utm.utm_campaign };
}

/** The referrer's host only, or null when absent, invalid, or the site itself (internal navigation). */
export function referrerHostOf(raw: string | null | undefined, ownHost: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.toLowerCase().slice(0, 255);
    if (!host || host === ownHost) return null;
    return host;
  } catch {
    return null;
  }
}

/** The UTC day of an instant, `YYYY-MM-DD`: the salt (and so the unique-visitor figure) is per day. */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The visitor hash: SHA-256 over the day's salt, the tenant, the network address and the user
 * agent, truncated to 128 bits. The address and the agent are never stored; once the day's salt
 * expires the hash cannot be linked back to them, nor to the same visitor on another day.
 */
export function visitorHash(salt: string, tenantId: string, ip: string, userAgent: string): string {
  return createHash('sha256').update(`${salt}\n${tenantId}\n${ip}\n${userAgent}`).digest('hex').slice(0, 32);
}
