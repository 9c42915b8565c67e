/**
 * The order screens' operations (commerce subgraph): orders with their timeline, fulfilment,
 * cancellation and refunds. Amounts spread `StoreMoney` (features/store/operations.ts).
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const OrdersQuery = graphql(`
  query Orders($first: Int, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          number
          displayNumber
          status
          disputed
          customerEmail
          total {
            ...StoreMoney
          }
          refunded {
            ...StoreMoney
          }
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      id
      number
      displayNumber
      status
      disputed
      customerEmail
      lines {
        variantId
        sku
        title
        quantity
        unitPrice {
          ...StoreMoney
        }
        total {
          ...StoreMoney
        }
      }
      subtotal {
        ...StoreMoney
      }
      discount {
        ...StoreMoney
      }
      tax {
        ...StoreMoney
      }
      shipping {
        ...StoreMoney
      }
      total {
        ...StoreMoney
      }
      refunded {
        ...StoreMoney
      }
      shippingAddress {
        name
        line1
        line2
        postalCode
        city
        region
        country
        phone
      }
      tracking {
        carrier
        number
        url
      }
      createdAt
      paidAt
      fulfilledAt
      timeline {
        id
        kind
        fromStatus
        toStatus
        amount {
          ...StoreMoney
        }
        cause
        at
      }
    }
  }
`);

export const OrderFulfilMutation = graphql(`
  mutation OrderFulfil($id: ID!, $input: FulfilOrderInput!) {
    fulfilOrder(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const OrderCancelMutation = graphql(`
  mutation OrderCancel($id: ID!) {
    cancelOrder(id: $id) {
      id
      status
    }
  }
`);

export const OrderRefundMutation = graphql(`
  mutation OrderRefund($id: ID!, $input: RefundOrderInput) {
    refundOrder(id: $id, input: $input) {
      id
      status
    }
  }
`);
