import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { platformQuery, type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { decryptSecret, encryptSecret, envelopeKid, type Keyring, reencrypt } from '../../../core/secrets.js';
import { type TenantSecret, TenantSecretSchema } from '../entities/keys-billing.js';
import { assertStoredPermission } from './member-role.js';

/** The names a tenant may store: known uses only, so nobody parks arbitrary data here. */
export const TENANT_SECRET_NAMES = ['webhook-signing-secret', 'smtp-username', 'smtp-password'] as const;

const setInput = z.object({
  name: z.enum(TENANT_SECRET_NAMES, { message: `name must be one of: ${TENANT_SECRET_NAMES.join(', ')}` }),
  value: z.string().min(1, 'value must not be empty').max(4096),
});

/** Binds a ciphertext to its row: copied to another tenant or name, it no longer decrypts. */
const associatedData = (tenantId: string, name: string) => `tenant-secret/${tenantId}/${name}`;

/** Tenant secrets, encrypted at rest with the configured keyring; values never leave through the graph. */
export class TenantSecretsService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly keyring: Keyring,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores (or replaces) a secret of the request's tenant. */
  async set(ctx: RequestContext, input: unknown): Promise<TenantSecret> {
    const data = parseInput(setInput, input);
    return withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'settings:write');
      const tenantId = ctx.tenantId!;
      const ciphertext = encryptSecret(this.keyring, data.value, associatedData(tenantId, data.name));
      const existing = await em.findOne(TenantSecretSchema, { name: data.name });
      if (existing) {
        existing.ciphertext = ciphertext;
        existing.updatedAt = this.now();
        await em.flush();
        return existing;
      }
      const secret = em.create(TenantSecretSchema, {
        id: randomUUID(),
        tenantId,
        name: data.name,
        ciphertext,
        createdAt: this.now(),
        updatedAt: this.now(),
      });
      await em.flush();
      return secret;
    });
  }

  /** The plaintext, for the tenant's own server-side use (sending mail, signing webhooks). */
  async reveal(ctx: RequestContext, name: string): Promise<string | null> {
    return withTenant(this.db, ctx, async (em) => {
      const row = await em.findOne(TenantSecretSchema, { name });
      return row ? decryptSecret(this.keyring, row.ciphertext, associatedData(row.tenantId, row.name)) : null;
    });
  }

  list(ctx: RequestContext, first: number, after: string | null): Promise<TenantSecret[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(TenantSecretSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  async remove(ctx: RequestContext, name: string): Promise<boolean> {
    return withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'settings:write');
      const row = await em.findOne(TenantSecretSchema, { name });
      if (!row) throw notFound('Secret');
      em.remove(row);
      await em.flush();
      return true;
    });
  }

  /**
   * Key rotation: re-encrypts every stored secret not yet under the current key (run after
   * prepending a new key to SECRETS_KEYS, before dropping the old one). Returns how many changed.
   */
  async reencryptAll(): Promise<number> {
    return withPlatform(this.db, 'tenant secrets key rotation', async (em) => {
      const rows = await em.find(TenantSecretSchema, {}, platformQuery);
      let changed = 0;
      for (const row of rows) {
        if (envelopeKid(row.ciphertext) === this.keyring.currentKid) continue;
        row.ciphertext = reencrypt(this.keyring, row.ciphertext, associatedData(row.tenantId, row.name));
        row.updatedAt = this.now();
        changed++;
      }
      await em.flush();
      return changed;
    });
  }
}
