import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../core/config.js';
import type { JobHandler } from '../core/jobs.js';
import type { EmailTemplate } from '../core/mail-job.js';
import { defineJob } from '../core/module.js';

/** What the email handler needs: where to send (SMTP) or write (dev outbox), and link targets. */
export type MailSettings = Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'publicUrl' | 'dataDir'>;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A link into the editor carrying a token; the token is URL-encoded, never spliced raw. */
function tokenLink(publicUrl: string, path: string, token: string | undefined): string {
  const url = new URL(path, `${publicUrl.replace(/\/+$/, '')}/`);
  if (token) url.searchParams.set('token', token);
  return url.href;
}

interface Template {
  subject: (data: Record<string, string>) => string;
  /** Paragraphs of plain text; `link` is shown as a button in HTML and as a bare URL in text. */
  body: (data: Record<string, string>) => string[];
  link?: (data: Record<string, string>, publicUrl: string) => { url: string; label: string };
}

const TEMPLATES: Record<EmailTemplate, Template> = {
  'sign-up': {
    subject: () => 'Finish creating your WebHaze account',
    body: () => [
      'Follow the link to confirm this address and finish creating your WebHaze account. It works once, for 48 hours. If you did not sign up, ignore this email.',
    ],
    link: (d, base) => ({
      url: tokenLink(base, 'editor/sign-up/complete', d.token),
      label: 'Create my account',
    }),
  },
  // Sent instead of a sign-up link when the address already has an account: the sign-up form
  // answers the same either way, only the inbox's owner learns which.
  'account-exists': {
    subject: () => 'You already have a WebHaze account',
    body: () => [
      'Someone (hopefully you) tried to create a WebHaze account with this address, but it already has one.',
      'Sign in with it, or choose a new password if you forgot it. If this was not you, ignore this email: nothing changed.',
    ],
    link: (_d, base) => ({
      url: tokenLink(base, 'editor/reset-password', undefined),
      label: 'Forgot your password?',
    }),
  },
  'verify-email': {
    subject: () => 'Confirm your email address',
    body: (d) => [
      `Hello ${d.name ?? ''},`.replace(' ,', ','),
      'Please confirm that this is your email address for WebHaze. The link works for 48 hours.',
    ],
    link: (d, base) => ({
      url: tokenLink(base, 'editor/verify-email', d.token),
      label: 'Confirm email address',
    }),
  },
  'password-reset': {
    subject: () => 'Reset your WebHaze password',
    body: () => [
      'Someone (hopefully you) asked to reset the password of your WebHaze account.',
      'The link works once, for one hour. Resetting signs you out everywhere. If you did not ask, ignore this email.',
    ],
    link: (d, base) => ({
      url: tokenLink(base, 'editor/reset-password', d.token),
      label: 'Choose a new password',
    }),
  },
  'email-change': {
    subject: () => 'Confirm your new email address',
    body: (d) => [
      `Please confirm ${d.newEmail ?? 'this address'} as the new sign-in address of your WebHaze account.`,
      'The link works once, for 24 hours. If you did not ask for this, ignore this email.',
    ],
    link: (d, base) => ({
      url: tokenLink(base, 'editor/confirm-email-change', d.token),
      label: 'Confirm new address',
    }),
  },
  invitation: {
    subject: (d) => `You are invited to ${d.tenantName ?? 'a WebHaze team'}`,
    body: (d) => [
      `You have been invited to join ${d.tenantName ?? 'a team'} on WebHaze${d.role ? ` as ${d.role}` : ''}.`,
      ...(d.expiresAt ? [`The invitation expires at ${d.expiresAt}.`] : []),
    ],
    link: (d, base) => ({
      // The editor SPA accepts invitations at /editor/invitations/accept (client/src/screens/Invitation.tsx);
      // the token builds that link, `acceptUrl` is only a fallback for jobs queued without one.
      url: d.token
        ? tokenLink(base, 'editor/invitations/accept', d.token)
        : (d.acceptUrl ?? tokenLink(base, 'editor/', undefined)),
      label: 'Accept invitation',
    }),
  },
  'security-alert': {
    subject: () => 'Security notice for your WebHaze account',
    body: (d) => [d.message ?? 'There was a security-relevant change to your WebHaze account.'],
  },
  'order-confirmation': {
    subject: (d) => `Order ${d.orderNumber ?? ''} confirmed`.replace('  ', ' '),
    body: (d) => [
      `Thank you for your order${d.storeName ? ` at ${d.storeName}` : ''}. We received your payment${d.total ? ` of ${d.total}` : ''}.`,
      ...(d.items ? [`Items: ${d.items}`] : []),
      `Order number: ${d.orderNumber ?? ''}. We will email you again when it ships.`,
      ...(d.statusUrl ? [`Your order's status: ${d.statusUrl}`] : []),
    ],
  },
};

/** Renders one email as plain text and simple HTML. */
export function renderEmail(
  template: EmailTemplate,
  data: Record<string, string>,
  publicUrl: string,
): RenderedEmail {
  const t = TEMPLATES[template];
  const paragraphs = t.body(data);
  const link = t.link?.(data, publicUrl);
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : []), '— WebHaze'].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link
      ? [
          `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:8px 16px;background:#2b59c3;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>`,
          `<p style="font-size:12px;color:#666">Or open: ${escapeHtml(link.url)}</p>`,
        ]
      : []),
    '<p>— WebHaze</p></body></html>',
  ].join('\n');
  return { subject: t.subject(data), text, html };
}

/**
 * The `email.send` handler: SMTP when SMTP_URL is set; otherwise each message is written as a
 * real RFC 5322 .eml file to `${dataDir}/outbox/` (development and embedded mode).
 */
export function emailHandler(settings: MailSettings): JobHandler<'email.send'> {
  const smtp = settings.SMTP_URL ? nodemailer.createTransport(settings.SMTP_URL) : null;
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const outbox = join(settings.dataDir, 'outbox');
  return async ({ to, template, data }, job) => {
    const message = { from: settings.MAIL_FROM, to, ...renderEmail(template, data, settings.publicUrl) };
    if (smtp) {
      const info = await smtp.sendMail(message);
      job.log.info({ template, messageId: info.messageId }, 'email sent over SMTP');
      return;
    }
    const info = await stream.sendMail(message);
    await mkdir(outbox, { recursive: true });
    const file = join(outbox, `${Date.now()}-${job.id.replace(/[^\w-]/g, '_')}.eml`);
    await writeFile(file, info.message as Buffer);
    job.log.info({ template, file }, 'email written to the dev outbox');
  };
}

/**
 * The platform's mail job: no subgraph owns `email.send` (auth and commerce both send mail), so the
 * composition roots run it beside the modules' jobs. Its payload is declared in core/mail-job.ts.
 */
export const mailJobs = [
  defineJob({
    name: 'email.send',
    // Account-level mail (verification, password reset) has no tenant.
    tenantless: true,
    handler: (settings: MailSettings) => emailHandler(settings),
  }),
];
