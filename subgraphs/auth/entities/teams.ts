import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '../../../core/context.js';
import { tenantFilter } from '../../../core/db.js';

/** An emailed invitation to join a tenant; the token is only ever stored hashed. */
export interface Invitation {
  id: string;
  tenantId: string;
  /** Lowercased; the accepting account must have this email. */
  email: string;
  role: Role;
  /** Sites the new member will be narrowed to; null = every site. */
  siteIds: string[] | null;
  tokenHash: string;
  invitedBy: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export const InvitationSchema = new EntitySchema<Invitation>({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    email: { type: 'string' },
    role: { type: 'string' },
    siteIds: { type: 'json', nullable: true },
    tokenHash: { type: 'string', hidden: true },
    invitedBy: { type: 'uuid', nullable: true },
    expiresAt: { type: 'datetime' },
    acceptedAt: { type: 'datetime', nullable: true },
    acceptedBy: { type: 'uuid', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** A custom domain a tenant claims; it serves the tenant once the DNS proof is verified. */
export interface Domain {
  id: string;
  tenantId: string;
  host: string;
  verificationToken: string;
  verifiedAt: Date | null;
  createdAt: Date;
}

export const DomainSchema = new EntitySchema<Domain>({
  name: 'Domain',
  tableName: 'domain',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    host: { type: 'string' },
    verificationToken: { type: 'string' },
    verifiedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const teamEntities = [InvitationSchema, DomainSchema];
