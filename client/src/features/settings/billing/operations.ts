/**
 * The billing screen's operations: the plan and subscription, checkout, plan change, cancellation.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

export const BillingQuery = graphql(`
  query Billing {
    billing {
      plan
      planName
      status
      currentPeriodEnd
      cancelAtPeriodEnd
      limits {
        pages
        products
        storageBytes
        apiRequestsPerMinute
        members
      }
    }
    plans {
      id
      name
      purchasable
      transactionFeeBps
      price {
        amount
        currency
        interval
      }
      limits {
        pages
        products
        storageBytes
        members
      }
    }
  }
`);

export const StartCheckoutMutation = graphql(`
  mutation StartCheckout($plan: String!) {
    startCheckout(plan: $plan) {
      url
    }
  }
`);

export const ChangePlanMutation = graphql(`
  mutation ChangePlan($plan: String!) {
    changePlan(plan: $plan) {
      plan
    }
  }
`);

export const CancelSubscriptionMutation = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      plan
    }
  }
`);
