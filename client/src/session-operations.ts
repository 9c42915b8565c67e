/**
 * The session's operations: who is signed in (with their workspace and permissions), token refresh
 * and sign-out.
 * Typed by `npm run codegen`.
 */
import { graphql } from './gql/index.js';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      user {
        id
        email
        name
        emailVerified
      }
      tenant {
        id
        slug
        name
        plan
      }
      role
      permissions
      siteIds
      memberships(first: 50) {
        edges {
          node {
            id
            role
            tenant {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

export const RefreshMutation = graphql(`
  mutation Refresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      expiresAt
      refreshToken
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
