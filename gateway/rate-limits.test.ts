import { describe, expect, it } from 'vitest';
import type { HttpError } from '../core/http.js';
import { createRateLimits } from './rate-limits.js';

describe('rate limits (in memory)', () => {
  it("uses the plan's rate below the configured cap, the cap above it, and the cap for unlimited (-1) plans", async () => {
    const limits = createRateLimits({ tenantPerMinute: 5, clientPerMinute: 1000 }, null);
    const consumeMany = async (tenantId: string, n: number, planRate?: number) => {
      let refused: HttpError | null = null;
      for (let i = 0; i < n && !refused; i++) {
        await limits.consume(tenantId, `ip:${tenantId}-${i}`, planRate).catch((err: HttpError) => {
          refused = err;
        });
      }
      return refused as HttpError | null;
    };
    expect(await consumeMany('planned', 3, 2)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(await consumeMany('unlimited-plan', 5, -1)).toBeNull();
    expect(await consumeMany('capped', 6, -1)).toMatchObject({ status: 429 });
    expect(await consumeMany('generous-plan', 6, 1000)).toMatchObject({ status: 429 });
    const refusal = await consumeMany('retry', 2, 1);
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
