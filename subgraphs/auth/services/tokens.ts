import { createPrivateKey, randomUUID } from 'node:crypto';
import { exportJWK, exportPKCS8, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { Config } from '../../../core/config.js';
import type { Role } from '../../../core/context.js';
import { type SubgraphDb, withPlatform } from '../../../core/db.js';
import { type SigningKey, SigningKeySchema } from '../entities.js';

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: Role | null;
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/**
 * EdDSA (Ed25519) signing keys kept in the database so every auth replica signs with the same
 * key and the JWKS lists every key still valid for verification.
 */
export class TokenIssuer {
  private current: { kid: string; key: CryptoKey | ReturnType<typeof createPrivateKey> } | null = null;

  constructor(
    private readonly db: SubgraphDb,
    private readonly config: Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Loads the newest active key, creating the first one on a fresh database. */
  async init(): Promise<void> {
    const active = await this.activeKeys();
    const newest = active[0] ?? (await this.createKey());
    this.current = { kid: newest.kid, key: createPrivateKey(newest.privateKeyPem) };
  }

  async issue(claims: AccessClaims): Promise<IssuedToken> {
    if (!this.current) await this.init();
    const { kid, key } = this.current!;
    const issuedAt = this.now();
    const expiresAt = new Date(issuedAt.getTime() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const jwt = new SignJWT({
      ...(claims.tenantId ? { tid: claims.tenantId, role: claims.role } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
      .setIssuer(this.config.JWT_ISSUER)
      .setSubject(claims.userId)
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000));
    return { accessToken: await jwt.sign(key), expiresAt };
  }

  /** The public keys that verify tokens: current and not-yet-retired previous ones. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const keys = await this.activeKeys();
    return { keys: keys.map((k) => ({ ...(k.publicJwk as JWK), kid: k.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  private activeKeys(): Promise<SigningKey[]> {
    return withPlatform(this.db, 'signing keys', (em) =>
      em.find(SigningKeySchema, { retiredAt: null }, { orderBy: { createdAt: 'desc' } }),
    );
  }

  private async createKey(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const key: SigningKey = {
      kid: randomUUID(),
      privateKeyPem: await exportPKCS8(privateKey),
      publicJwk: (await exportJWK(publicKey)) as Record<string, unknown>,
      createdAt: this.now(),
      retiredAt: null,
    };
    await withPlatform(this.db, 'create signing key', async (em) => {
      em.create(SigningKeySchema, key);
      await em.flush();
    });
    return key;
  }
}
