/**
 * The platform's mail job, `email.send`: no subgraph owns it (auth and commerce both send mail),
 * so its payload is declared here and its handler and templates live in workers/email.ts.
 */

/** Every email WebHaze sends; the templates live in workers/email.ts. */
export type EmailTemplate =
  | 'sign-up'
  | 'account-exists'
  | 'verify-email'
  | 'password-reset'
  | 'email-change'
  | 'invitation'
  | 'security-alert'
  | 'order-confirmation';

declare module './jobs.js' {
  interface JobPayloads {
    /** A transactional email; `tenantId` is null for account-level mail (verification, password reset). */
    'email.send': {
      tenantId: string | null;
      to: string;
      template: EmailTemplate;
      data: Record<string, string>;
    };
  }
}
