/**
 * The store screens' operations (commerce subgraph): products with their variants, prices and
 * stock per location; orders with their timeline, fulfilment, cancellation and refunds.
 */
import { graphql } from './gql/index.js';

export const StoreProductsQuery = graphql(`
  query StoreProducts($first: Int, $after: String, $search: String, $status: ProductStatus) {
    products(first: $first, after: $after, search: $search, status: $status) {
      edges {
        cursor
        node {
          id
          title
          slug
          status
          version
          updatedAt
          variants {
            id
            sku
            inStock
          }
          priceRange {
            min {
              amount
              currency
            }
            max {
              amount
              currency
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StoreProductQuery = graphql(`
  query StoreProduct($id: ID!) {
    product(id: $id) {
      id
      title
      slug
      description
      status
      version
      updatedAt
      options {
        name
        values
      }
      variants {
        id
        sku
        title
        optionValues
        weightGrams
        prices {
          currency
          amount
          compareAtAmount
        }
        stock {
          location {
            id
            name
            isDefault
          }
          onHand
          reserved
          available
        }
      }
    }
    locations {
      id
      name
      isDefault
    }
  }
`);

export const StoreLocationsQuery = graphql(`
  query StoreLocations {
    locations {
      id
      name
      isDefault
    }
  }
`);

export const StoreCreateProductMutation = graphql(`
  mutation StoreCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      version
    }
  }
`);

export const StoreUpdateProductMutation = graphql(`
  mutation StoreUpdateProduct($id: ID!, $expectedVersion: Int!, $input: UpdateProductInput!) {
    updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

export const StoreSetStockMutation = graphql(`
  mutation StoreSetStock($input: SetStockInput!) {
    setStock(input: $input) {
      location {
        id
        name
        isDefault
      }
      onHand
      reserved
      available
    }
  }
`);

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
            amount
            currency
          }
          refunded {
            amount
            currency
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
          amount
          currency
        }
        total {
          amount
          currency
        }
      }
      subtotal {
        amount
        currency
      }
      discount {
        amount
        currency
      }
      tax {
        amount
        currency
      }
      shipping {
        amount
        currency
      }
      total {
        amount
        currency
      }
      refunded {
        amount
        currency
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
          amount
          currency
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
