/**
 * The product screens' operations (commerce subgraph): products with their variants, prices and
 * stock per location. `StoreMoney` is also spread by the order screens' operations.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

/** A stock location as the product editor and its stock table show it. */
export const StoreLocationFragment = graphql(`
  fragment StoreLocation on Location {
    id
    name
    isDefault
  }
`);

/** One variant's stock at one location. */
export const StoreStockLevelFragment = graphql(`
  fragment StoreStockLevel on StockLevel {
    location {
      ...StoreLocation
    }
    onHand
    reserved
    available
  }
`);

/** A region's currency: the product form offers the currencies the store's regions sell in. */
export const StoreRegionFragment = graphql(`
  fragment StoreRegion on Region {
    code
    currency
    isDefault
  }
`);

/** An amount in minor units with its currency. */
export const StoreMoneyFragment = graphql(`
  fragment StoreMoney on Money {
    amount
    currency
  }
`);

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
              ...StoreMoney
            }
            max {
              ...StoreMoney
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
      seo {
        title
        description
      }
      imageAssetIds
      collections {
        id
      }
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
          ...StoreStockLevel
        }
      }
    }
    locations {
      ...StoreLocation
    }
    regions {
      ...StoreRegion
    }
  }
`);

/** What a new product's form needs: the stock locations and the regions (their currencies). */
export const StoreLocationsQuery = graphql(`
  query StoreLocations {
    locations {
      ...StoreLocation
    }
    regions {
      ...StoreRegion
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
      ...StoreStockLevel
    }
  }
`);
