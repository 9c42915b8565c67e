import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ContextError, internalContext, type RequestContext, signContext, verifyContext } from './context.js';

const SECRET = 'a'.repeat(64);
const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

const ctx: RequestContext = {
  requestId: 'req-1',
  tenantId: randomUUID(),
  tenantSlug: 'acme',
  actor: { kind: 'user', userId: randomUUID(), role: 'editor', platformAdmin: false },
  region: 'eu',
  host: 'acme.example',
  clientIp: null,
  userAgent: null,
};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (input: string, secret = SECRET) =>
  createHmac('sha256', secret).update(input).digest('base64url');

function parts(token: string): [string, string, string] {
  return token.split('.') as [string, string, string];
}

describe('signContext / verifyContext', () => {
  it('round-trips a context', () => {
    const token = signContext(ctx, SECRET, 60, NOW);
    expect(verifyContext(token, SECRET, NOW)).toEqual(ctx);
    expect(verifyContext(token, SECRET, NOW + 59_000)).toEqual(ctx);
  });

  it('round-trips an internal context', () => {
    const internal = internalContext('cms', ctx.tenantId, 'r');
    expect(verifyContext(signContext(internal, SECRET, 60, NOW), SECRET, NOW)).toEqual(internal);
  });

  it('refuses a missing or malformed token', () => {
    expect(() => verifyContext(undefined, SECRET, NOW)).toThrow(ContextError);
    expect(() => verifyContext('', SECRET, NOW)).toThrow(/missing/);
    expect(() => verifyContext('a.b', SECRET, NOW)).toThrow(/malformed/);
    expect(() => verifyContext('a.b.c.d', SECRET, NOW)).toThrow(/malformed/);
  });

  it('refuses a token signed with another secret', () => {
    const token = signContext(ctx, 'b'.repeat(64), 60, NOW);
    expect(() => verifyContext(token, SECRET, NOW)).toThrow(/bad context signature/);
  });

  it('refuses a tampered payload (privilege escalation to owner of another tenant)', () => {
    const [header, payload, sig] = parts(signContext(ctx, SECRET, 60, NOW));
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    body.ctx.actor.role = 'owner';
    body.ctx.tenantId = randomUUID();
    expect(() => verifyContext(`${header}.${b64(body)}.${sig}`, SECRET, NOW)).toThrow(
      /bad context signature/,
    );
  });

  it('refuses a truncated or empty signature', () => {
    const [header, payload, sig] = parts(signContext(ctx, SECRET, 60, NOW));
    expect(() => verifyContext(`${header}.${payload}.`, SECRET, NOW)).toThrow(/bad context signature/);
    expect(() => verifyContext(`${header}.${payload}.${sig.slice(0, 10)}`, SECRET, NOW)).toThrow(
      /bad context signature/,
    );
  });

  it('refuses an expired token, judged by the injected clock', () => {
    const token = signContext(ctx, SECRET, 60, NOW);
    expect(() => verifyContext(token, SECRET, NOW + 61_000)).toThrow(/expired/);
    const negative = signContext(ctx, SECRET, -120, NOW);
    expect(() => verifyContext(negative, SECRET, NOW)).toThrow(/expired/);
  });

  it('refuses alg confusion: alg none with no signature, and other algorithms', () => {
    const payload = b64({ ctx, iat: NOW / 1000, exp: NOW / 1000 + 60 });
    const none = b64({ alg: 'none', typ: 'JWT' });
    expect(() => verifyContext(`${none}.${payload}.`, SECRET, NOW)).toThrow(/algorithm/);
    // Even "correctly" HMAC-signed under a different header, anything but the exact HS256 header is refused.
    for (const alg of ['none', 'HS512', 'RS256', 'hs256']) {
      const header = b64({ alg, typ: 'JWT' });
      expect(() =>
        verifyContext(`${header}.${payload}.${hmac(`${header}.${payload}`)}`, SECRET, NOW),
      ).toThrow(/algorithm/);
    }
    // A re-ordered but equivalent header is refused too: the header must be byte-identical.
    const reordered = b64({ typ: 'JWT', alg: 'HS256' });
    expect(() =>
      verifyContext(`${reordered}.${payload}.${hmac(`${reordered}.${payload}`)}`, SECRET, NOW),
    ).toThrow(/algorithm/);
  });

  it('refuses a correctly signed payload with a bad shape', () => {
    const [header] = parts(signContext(ctx, SECRET, 60, NOW));
    const sign = (body: unknown) => {
      const payload = typeof body === 'string' ? Buffer.from(body).toString('base64url') : b64(body);
      return `${header}.${payload}.${hmac(`${header}.${payload}`)}`;
    };
    const iat = NOW / 1000;
    expect(() => verifyContext(sign('not json'), SECRET, NOW)).toThrow(/malformed/);
    expect(() => verifyContext(sign({ ctx, iat }), SECRET, NOW)).toThrow(/malformed/);
    expect(() =>
      verifyContext(sign({ ctx: { ...ctx, tenantId: 'not-a-uuid' }, iat, exp: iat + 60 }), SECRET, NOW),
    ).toThrow(/malformed/);
    expect(() =>
      verifyContext(
        sign({ ctx: { ...ctx, actor: { kind: 'superuser', userId: randomUUID() } }, iat, exp: iat + 60 }),
        SECRET,
        NOW,
      ),
    ).toThrow(/malformed/);
    expect(() =>
      verifyContext(
        sign({
          ctx: { ...ctx, actor: { kind: 'user', userId: randomUUID(), role: 'god', platformAdmin: true } },
          iat,
          exp: iat + 60,
        }),
        SECRET,
        NOW,
      ),
    ).toThrow(/malformed/);
  });
});
