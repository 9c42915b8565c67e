/**
 * A local stand-in for Microsoft Clarity's tag host (`https://www.clarity.ms`), for browsers the
 * tests start: an HTTPS server on 127.0.0.1 with a throw-away self-signed certificate (made by
 * `openssl` into a temporary folder), answering `/tag/<projectId>` with an inert script and
 * anything else (collect beacons) with 204. `chromiumArgs` maps the host to it and lets the
 * browser accept the certificate; every other name still resolves nowhere (network-guard.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_RESOLVER_RULES } from './network-guard.js';

export const CLARITY_HOST = 'www.clarity.ms';

export interface ClarityStub {
  /** Chromium flags: the Clarity host on this stub, nothing else resolvable, its certificate accepted. */
  chromiumArgs: string[];
  /** The paths the stub was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startClarityStub(): Promise<ClarityStub> {
  const dir = mkdtempSync(join(tmpdir(), 'wh-clarity-stub-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${CLARITY_HOST}`,
        '-addext',
        `subjectAltName=DNS:${CLARITY_HOST}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const requests: string[] = [];
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (req, res) => {
        requests.push(req.url ?? '');
        if (req.url?.startsWith('/tag/')) {
          res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
          res.end('/* Clarity stand-in: records nothing */');
        } else {
          res.writeHead(204, { 'access-control-allow-origin': '*' });
          res.end();
        }
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      chromiumArgs: [
        `--host-resolver-rules=MAP ${CLARITY_HOST} 127.0.0.1:${port}, ${CHROMIUM_RESOLVER_RULES}`,
        '--ignore-certificate-errors',
      ],
      requests,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
