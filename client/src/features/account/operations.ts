/**
 * The account screen's operations: two-factor sign-in (TOTP) and changing the sign-in address.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const AccountQuery = graphql(`
  query Account {
    me {
      totpEnabled
      user {
        id
        email
      }
    }
  }
`);

export const EnableTotpMutation = graphql(`
  mutation EnableTotp {
    enableTotp {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpMutation = graphql(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code) {
      recoveryCodes
    }
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($password: String!, $code: String!) {
    disableTotp(password: $password, code: $code)
  }
`);

export const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);
