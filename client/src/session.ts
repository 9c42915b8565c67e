/**
 * Token storage. The access token (15 minutes) lives in memory only, so a script injected later
 * cannot read a long-lived credential from storage at rest beyond this tab; the single-use refresh
 * token is kept in sessionStorage (this tab, survives a reload, gone when the tab closes) and
 * traded with `refreshSession` when the access token is about to expire or the server says
 * UNAUTHENTICATED. Switching tenants swaps both: every tenant-bound token starts its own session.
 */
import { ApiError, type Credentials, type Fetch, send } from './api.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { LogoutMutation, RefreshMutation } from './session-operations.js';

export const REFRESH_KEY = 'webhaze.refresh';
const TENANT_KEY = 'webhaze.tenant';
/** Refresh this long before the access token expires. */
const EARLY_MS = 30_000;

/** What register, login, createTenant, switchTenant and refreshSession answer. */
export interface TokenSet {
  accessToken?: string | null;
  expiresAt?: string | null;
  refreshToken?: string | null;
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class Session {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly fetchImpl?: Fetch,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while the tab holds a way to act as someone (an access or a refresh token). */
  get signedIn(): boolean {
    return this.accessToken !== null || this.store.getItem(REFRESH_KEY) !== null;
  }

  /** The slug of the tenant the tokens are bound to, once known (sent as `x-tenant`). */
  get tenantSlug(): string | null {
    return this.store.getItem(TENANT_KEY);
  }

  set tenantSlug(slug: string | null) {
    if (slug) this.store.setItem(TENANT_KEY, slug);
    else this.store.removeItem(TENANT_KEY);
  }

  /** Notifies when the tokens change (sign-in, tenant switch, sign-out). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes the tokens a sign-in, tenant switch or refresh returned. */
  adopt(tokens: TokenSet, tenantSlug: string | null = null): void {
    if (!tokens.accessToken) throw new Error('The server returned no access token');
    this.accessToken = tokens.accessToken;
    this.expiresAt = tokens.expiresAt ? Date.parse(tokens.expiresAt) : this.now() + 60_000;
    if (tokens.refreshToken) this.store.setItem(REFRESH_KEY, tokens.refreshToken);
    else this.store.removeItem(REFRESH_KEY);
    this.tenantSlug = tenantSlug;
    this.emit();
  }

  /** Forgets every token (after `logout`, or when the session ended on the server). */
  clear(): void {
    this.accessToken = null;
    this.expiresAt = 0;
    this.store.removeItem(REFRESH_KEY);
    this.store.removeItem(TENANT_KEY);
    this.emit();
  }

  /** Credentials for the next request, refreshing the access token first when it is (nearly) expired. */
  async credentials(): Promise<Credentials> {
    if (this.store.getItem(REFRESH_KEY) && (!this.accessToken || this.now() > this.expiresAt - EARLY_MS)) {
      await this.refresh();
    }
    return { accessToken: this.accessToken, tenantSlug: this.accessToken ? this.tenantSlug : null };
  }

  /** Trades the refresh token once (concurrent callers share the trade); false when the session ended. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.trade().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async trade(): Promise<boolean> {
    const refreshToken = this.store.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    try {
      const data = await send(
        RefreshMutation,
        { refreshToken },
        { accessToken: null, tenantSlug: null },
        this.fetchImpl,
      );
      this.adopt(data.refreshSession, this.tenantSlug);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code !== 'NETWORK') this.clear();
      return false;
    }
  }

  /** Sends an operation as the signed-in user; one refresh-and-retry when the token was refused. */
  async execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    try {
      return await send(document, variables, await this.credentials(), this.fetchImpl);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED' && this.accessToken) {
        this.accessToken = null;
        if (await this.refresh()) return send(document, variables, await this.credentials(), this.fetchImpl);
        this.clear();
      }
      throw err;
    }
  }

  /** Ends the session on the server (best effort) and forgets the tokens. */
  async signOut(): Promise<void> {
    try {
      if (this.signedIn) await this.execute(LogoutMutation, {});
    } catch {
      // The tokens are forgotten whatever the server said: the user asked to leave.
    }
    this.clear();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
