/**
 * The team screen's operations (members, invitations, API keys) and accepting an invitation.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

export const TeamQuery = graphql(`
  query Team {
    members(first: 100) {
      edges {
        node {
          id
          role
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations(first: 100) {
      edges {
        node {
          id
          email
          role
          expiresAt
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100) {
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      accessToken
      expiresAt
      refreshToken
      tenant {
        slug
        name
      }
    }
  }
`);
