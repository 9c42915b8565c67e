import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { jobLogger } from '../core/jobs.js';
import { testConfig } from '../test/support/env.js';
import { decodeQuotedPrintable } from '../test/support/mail.js';
import { emailHandler, renderEmail } from './email.js';

const job = (id: string = randomUUID()) => ({ id, attempt: 1, log: jobLogger('email.send', id, null, 1) });
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('email templates', () => {
  it('renders every template as text and HTML, with token links under PUBLIC_URL and escaped data', () => {
    const reset = renderEmail('password-reset', { token: 'a+b/c' }, 'https://app.example.com');
    expect(reset.text).toContain('https://app.example.com/editor/reset-password?token=a%2Bb%2Fc');
    expect(reset.html).toContain('href="https://app.example.com/editor/reset-password?token=a%2Bb%2Fc"');
    const hostile = renderEmail(
      'verify-email',
      { name: '<script>x</script>', token: 't' },
      'http://localhost:4000',
    );
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.html).toContain('&lt;script&gt;');
    for (const template of [
      'email-change',
      'invitation',
      'security-alert',
      'sign-up',
      'account-exists',
    ] as const) {
      const out = renderEmail(
        template,
        { token: 't', tenantName: 'Shop', message: 'Hi' },
        'http://localhost:4000',
      );
      expect(out.subject.length).toBeGreaterThan(0);
      expect(out.text.length).toBeGreaterThan(0);
    }
  });
});

describe('the email.send handler', () => {
  it('writes an RFC 5322 message to the dev outbox without SMTP_URL', async () => {
    const config = testConfig({
      PUBLIC_URL: 'https://app.example.com',
      MAIL_FROM: 'WebHaze <mail@webhaze.test>',
    });
    dirs.push(config.dataDir);
    const handler = emailHandler(config);
    await handler(
      {
        tenantId: null,
        to: 'ada@example.com',
        template: 'verify-email',
        data: { name: 'Ada', token: 'tok-123' },
      },
      job('job-1'),
    );
    const outbox = join(config.dataDir, 'outbox');
    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d+-job-1\.eml$/);
    const eml = await readFile(join(outbox, files[0]!), 'utf8');
    expect(eml).toMatch(/^From: WebHaze <mail@webhaze\.test>$/m);
    expect(eml).toMatch(/^To: ada@example\.com$/m);
    expect(eml).toMatch(/^Subject: Confirm your email address$/m);
    expect(eml).toMatch(/^Message-ID: </m);
    expect(eml).toContain('multipart/alternative');
    expect(decodeQuotedPrintable(eml)).toContain('https://app.example.com/editor/verify-email?token=tok-123');
  });

  it('sends over SMTP when SMTP_URL is set (a real SMTP server on loopback)', async () => {
    const received: { from: string; to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // No PTR query for the client's address to the machine's DNS server (the network guard refuses it).
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.server.address() as AddressInfo).port;
      const config = testConfig({
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'mail@webhaze.test',
        PUBLIC_URL: 'https://app.example.com',
      });
      await emailHandler(config)(
        { tenantId: null, to: 'grace@example.com', template: 'password-reset', data: { token: 'reset-tok' } },
        job(),
      );
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'mail@webhaze.test', to: ['grace@example.com'] });
      expect(received[0]!.raw).toMatch(/^Subject: Reset your WebHaze password$/m);
      expect(decodeQuotedPrintable(received[0]!.raw)).toContain(
        'https://app.example.com/editor/reset-password?token=reset-tok',
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
