// s3rver ships no types; this covers what test/support/s3rver.ts uses (dev dependency, tests only).
declare module 's3rver' {
  import type { Server, ServerResponse } from 'node:http';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    resetOnClose?: boolean;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    /** The FilesystemStore every request goes through (a Koa app: `context.store` is what requests see). */
    store: unknown;
    context: { store: unknown };
    /** Set by run(). */
    httpServer: Server;
    /** Koa's error event: every error a request threw, with the request's context. */
    on(event: 'error', listener: (err: Error, ctx: { res: ServerResponse }) => void): this;
  }
}
