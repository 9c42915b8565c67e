/**
 * The workspace chooser's operations: create a workspace, switch to one.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      accessToken
      expiresAt
      refreshToken
    }
  }
`);

export const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantSlug: String!) {
    switchTenant(tenantSlug: $tenantSlug) {
      accessToken
      expiresAt
      refreshToken
    }
  }
`);
