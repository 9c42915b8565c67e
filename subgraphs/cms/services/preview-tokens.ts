import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Draft preview tokens: `<base64url JSON claims>.<base64url HMAC-SHA256>`, keyed by a key derived
 * from CONTEXT_SECRET (never the secret itself, so a preview token can never pass as a context).
 * The cms mints them; the storefront's `/preview/<token>` route and the cms both verify them.
 */
export interface PreviewClaims {
  /** Tenant id. */
  t: string;
  /** Page id. */
  p: string;
  /** A pinned saved version; absent = the current draft. */
  v?: number;
  /**
   * A theme preview: the page as visitors see it (published, else its draft), rendered with the
   * tenant's theme draft instead of the published design tokens.
   */
  th?: 1;
  /** Expiry, unix seconds. */
  exp: number;
}

export const MAX_PREVIEW_TTL_SECONDS = 7 * 24 * 3600;

const claimsSchema = z.object({
  t: z.string().uuid(),
  p: z.string().uuid(),
  v: z.number().int().min(1).optional(),
  th: z.literal(1).optional(),
  exp: z.number().int(),
});

function previewKey(contextSecret: string): Buffer {
  return createHmac('sha256', contextSecret).update('webhaze/preview-token/v1').digest();
}

export function signPreviewToken(contextSecret: string, claims: PreviewClaims): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  const sig = createHmac('sha256', previewKey(contextSecret)).update(payload).digest('base64url');
  return `${payload}.${sig}`;
}

export type PreviewVerification =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyPreviewToken(contextSecret: string, token: string, nowMs: number): PreviewVerification {
  if (token.length > 1024) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'malformed' };
  const [payload, sig] = parts as [string, string];
  const expected = createHmac('sha256', previewKey(contextSecret)).update(payload).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = claimsSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, claims: parsed.data };
}
