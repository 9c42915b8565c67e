/**
 * The sign-in, sign-up, MFA, single sign-on, email verification and password reset screens'
 * operations (auth subgraph).
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const SignUpMutation = graphql(`
  mutation SignUp($input: RegisterInput!) {
    signUp(input: $input)
  }
`);

export const CompleteSignUpMutation = graphql(`
  mutation CompleteSignUp($token: String!) {
    completeSignUp(token: $token) {
      accessToken
      expiresAt
      refreshToken
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      refreshToken
      mfaRequired
      mfaTicket
    }
  }
`);

export const CompleteMfaMutation = graphql(`
  mutation CompleteMfa($ticket: String!, $code: String!) {
    completeMfa(ticket: $ticket, code: $code) {
      accessToken
      expiresAt
      refreshToken
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
      startUrl
    }
  }
`);

export const ExchangeSignInCodeMutation = graphql(`
  mutation ExchangeSignInCode($code: String!) {
    exchangeSignInCode(code: $code) {
      accessToken
      expiresAt
      refreshToken
      mfaRequired
      mfaTicket
    }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);
