import { createPrivateKey, randomUUID } from 'node:crypto';
import { exportJWK, exportPKCS8, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { Config } from '../../../core/config.js';
import type { Role } from '../../../core/context.js';
import { type SubgraphDb, withPlatform } from '../../../core/db.js';
import { type SigningKey, SigningKeySchema } from '../entities/auth.js';
import { isPlatformAdmin } from './platform-admin.js';

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: Role | null;
  /** The sites a narrowed membership may act on (claim `sites`); null or absent = every site. */
  siteIds?: string[] | null;
  /** The sign-in session (refresh-token family) the token belongs to: claim `sid`. */
  sessionId?: string;
  /** Platform administrator (claim `pa`); read from the account when not given. */
  platformAdmin?: boolean;
}

/** How long a previous key outlives the longest access token it could have signed. */
const RETIRE_MARGIN_SECONDS = 300;
/** How often a replica re-reads the newest signing key. */
const KEY_RELOAD_MS = 60_000;

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
  private loadedAt = 0;

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
    this.loadedAt = this.now().getTime();
  }

  async issue(claims: AccessClaims): Promise<IssuedToken> {
    if (!this.current || this.needsReload()) await this.reload();
    const { kid, key } = this.current!;
    const issuedAt = this.now();
    const expiresAt = new Date(issuedAt.getTime() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const platformAdmin = claims.platformAdmin ?? (await isPlatformAdmin(this.db, claims.userId));
    const jwt = new SignJWT({
      ...(platformAdmin ? { pa: true } : {}),
      ...(claims.tenantId ? { tid: claims.tenantId, role: claims.role } : {}),
      ...(claims.tenantId && claims.siteIds ? { sites: claims.siteIds } : {}),
      ...(claims.sessionId ? { sid: claims.sessionId } : {}),
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
    await this.retireUnneeded();
    const keys = await this.activeKeys();
    return { keys: keys.map((k) => ({ ...(k.publicJwk as JWK), kid: k.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  /**
   * Signs with a new key from now on. Previous keys stay in the JWKS until nothing they signed can
   * still be valid (ACCESS_TOKEN_TTL_SECONDS + a margin after their successor appeared), then retire.
   */
  async rotate(): Promise<{ kid: string; previousKid: string | null }> {
    const previousKid = (await this.activeKeys())[0]?.kid ?? null;
    const key = await this.createKey();
    this.current = { kid: key.kid, key: createPrivateKey(key.privateKeyPem) };
    this.loadedAt = this.now().getTime();
    await this.retireUnneeded();
    return { kid: key.kid, previousKid };
  }

  /** The kid new tokens are signed with. */
  async currentKid(): Promise<string> {
    if (!this.current) await this.init();
    return this.current!.kid;
  }

  /** Retires every key whose successor is older than the longest access-token lifetime plus margin. */
  async retireUnneeded(): Promise<string[]> {
    const keys = await this.activeKeys();
    const graceMs = (this.config.ACCESS_TOKEN_TTL_SECONDS + RETIRE_MARGIN_SECONDS) * 1000;
    const now = this.now();
    const retire: string[] = [];
    for (let i = 1; i < keys.length; i++) {
      const successor = keys[i - 1]!;
      if (now.getTime() - successor.createdAt.getTime() > graceMs) retire.push(keys[i]!.kid);
    }
    if (retire.length === 0) return [];
    await withPlatform(this.db, 'retire signing keys', (em) =>
      em.nativeUpdate(SigningKeySchema, { kid: { $in: retire }, retiredAt: null }, { retiredAt: now }),
    );
    return retire;
  }

  /**
   * Replicas pick up a key another replica rotated to (and the automatic rotation is checked)
   * at most KEY_RELOAD_MS after the fact.
   */
  private needsReload(): boolean {
    return this.now().getTime() - this.loadedAt > KEY_RELOAD_MS;
  }

  private async reload(): Promise<void> {
    const newest = (await this.activeKeys())[0];
    const maxAgeMs = this.config.SIGNING_KEY_ROTATION_DAYS * 86_400_000;
    if (!newest || (maxAgeMs > 0 && this.now().getTime() - newest.createdAt.getTime() > maxAgeMs)) {
      await this.rotate();
      return;
    }
    this.current = { kid: newest.kid, key: createPrivateKey(newest.privateKeyPem) };
    this.loadedAt = this.now().getTime();
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
