/**
 * Token handling without a DOM: the refresh token is traded before the access token expires
 * (once, however many requests wait), a refused access token is refreshed and the request
 * retried once, and an ended session forgets every token. `fetch` is a stand-in speaking the
 * gateway's wire format; the real refresh is exercised in test/e2e (auth) and the browser journey.
 */
import { describe, expect, it } from 'vitest';
import { REFRESH_KEY, Session } from './session.js';
import { ViewerQuery } from './session-operations.js';

function store() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const me = { data: { me: null } };

describe('Session', () => {
  it('refreshes shortly before expiry, once for concurrent requests, and rotates the refresh token', async () => {
    let now = 1_000_000;
    const sent: { op: string; auth: string | undefined }[] = [];
    let refreshes = 0;
    // The refresh answer waits until both requests have asked for credentials: the second one
    // finds the first one's trade still in flight, whatever the speed of the machine.
    let answerRefresh!: () => void;
    const refreshAnswered = new Promise<void>((resolve) => {
      answerRefresh = resolve;
    });
    const fetchImpl = async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: { refreshToken?: string } };
      const auth = (init.headers as Record<string, string>).authorization;
      if (body.query.includes('refreshSession')) {
        refreshes += 1;
        expect(body.variables.refreshToken).toBe(`r${refreshes}`);
        await refreshAnswered;
        return json({
          data: {
            refreshSession: {
              accessToken: `a${refreshes + 1}`,
              expiresAt: new Date(now + 900_000).toISOString(),
              refreshToken: `r${refreshes + 1}`,
            },
          },
        });
      }
      sent.push({ op: 'me', auth });
      return json(me);
    };
    const kv = store();
    const session = new Session(kv, fetchImpl, () => now);
    session.adopt(
      { accessToken: 'a1', expiresAt: new Date(now + 900_000).toISOString(), refreshToken: 'r1' },
      'acme',
    );
    await session.execute(ViewerQuery, {});
    expect(sent.at(-1)?.auth).toBe('Bearer a1');
    expect(refreshes).toBe(0);

    now += 900_000 - 10_000; // within the last 30 s
    const both = Promise.all([session.execute(ViewerQuery, {}), session.execute(ViewerQuery, {})]);
    answerRefresh();
    await both;
    expect(refreshes).toBe(1);
    expect(sent.slice(-2).map((s) => s.auth)).toEqual(['Bearer a2', 'Bearer a2']);
    expect(kv.map.get(REFRESH_KEY)).toBe('r2');
    expect(session.tenantSlug).toBe('acme');
  });

  it('retries once with a fresh token when the server refuses the access token', async () => {
    const auths: (string | undefined)[] = [];
    const fetchImpl = async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string };
      if (body.query.includes('refreshSession')) {
        return json({
          data: {
            refreshSession: { accessToken: 'fresh', expiresAt: '2999-01-01T00:00:00Z', refreshToken: 'r2' },
          },
        });
      }
      const auth = (init.headers as Record<string, string>).authorization;
      auths.push(auth);
      if (auth === 'Bearer revoked-key') {
        return json({ errors: [{ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      return json(me);
    };
    const session = new Session(store(), fetchImpl);
    session.adopt({ accessToken: 'revoked-key', expiresAt: '2999-01-01T00:00:00Z', refreshToken: 'r1' });
    await expect(session.execute(ViewerQuery, {})).resolves.toEqual({ me: null });
    expect(auths).toEqual(['Bearer revoked-key', 'Bearer fresh']);
  });

  it('forgets every token when the refresh token was refused (session ended)', async () => {
    const fetchImpl = async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string };
      if (body.query.includes('refreshSession')) {
        return json({
          errors: [{ message: 'This session has ended', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      return json({ errors: [{ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }] });
    };
    const kv = store();
    const session = new Session(kv, fetchImpl);
    session.adopt({ accessToken: 'old', expiresAt: '2999-01-01T00:00:00Z', refreshToken: 'used' }, 'acme');
    await expect(session.execute(ViewerQuery, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.signedIn).toBe(false);
    expect(kv.map.size).toBe(0);
  });
});
