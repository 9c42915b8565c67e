/**
 * The payment settings' operations: the store's Stripe Connect account, and a fresh Stripe-hosted
 * onboarding link. Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

export const StripeConnectionQuery = graphql(`
  query StripeConnection {
    stripeConnection {
      accountId
      chargesEnabled
      payoutsEnabled
      detailsSubmitted
    }
  }
`);

export const ConnectStripeMutation = graphql(`
  mutation ConnectStripe {
    connectStripe {
      url
    }
  }
`);
