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

export const StoreCollectionsQuery = graphql(`
  query StoreCollections($first: Int, $after: String) {
    collections(first: $first, after: $after) {
      edges {
        node {
          id
          title
          slug
          description
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StoreCollectionQuery = graphql(`
  query StoreCollection($id: ID!, $after: String) {
    collection(id: $id) {
      id
      title
      slug
      description
      products(first: 100, after: $after) {
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const StoreCreateCollectionMutation = graphql(`
  mutation StoreCreateCollection($input: CollectionInput!) {
    createCollection(input: $input) {
      id
    }
  }
`);

export const StoreUpdateCollectionMutation = graphql(`
  mutation StoreUpdateCollection($id: ID!, $input: CollectionInput!) {
    updateCollection(id: $id, input: $input) {
      id
    }
  }
`);

export const StoreDeleteCollectionMutation = graphql(`
  mutation StoreDeleteCollection($id: ID!) {
    deleteCollection(id: $id)
  }
`);

export const StoreDiscountFragment = graphql(`
  fragment StoreDiscount on DiscountCode {
    id
    code
    kind
    percentOff
    amountOff {
      ...StoreMoney
    }
    minSubtotal
    usageLimit
    used
    startsAt
    expiresAt
    active
  }
`);

export const StoreDiscountsQuery = graphql(`
  query StoreDiscounts($first: Int, $after: String) {
    discountCodes(first: $first, after: $after) {
      edges {
        node {
          ...StoreDiscount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    regions {
      ...StoreRegion
    }
  }
`);

export const StoreCreateDiscountMutation = graphql(`
  mutation StoreCreateDiscount($input: CreateDiscountCodeInput!) {
    createDiscountCode(input: $input) {
      ...StoreDiscount
    }
  }
`);

export const StoreSetDiscountActiveMutation = graphql(`
  mutation StoreSetDiscountActive($id: ID!, $active: Boolean!) {
    setDiscountCodeActive(id: $id, active: $active) {
      ...StoreDiscount
    }
  }
`);

export const StoreShippingAndTaxQuery = graphql(`
  query StoreShippingAndTax {
    regions {
      ...StoreRegion
      locale
    }
    taxSettings {
      region
      rateBps
      inclusive
    }
    shippingRates {
      id
      region
      name
      price {
        ...StoreMoney
      }
      freeOver {
        ...StoreMoney
      }
    }
  }
`);

export const StoreSetTaxMutation = graphql(`
  mutation StoreSetTax($input: TaxSettingInput!) {
    setTaxSetting(input: $input) {
      region
      rateBps
      inclusive
    }
  }
`);

export const StoreCreateShippingRateMutation = graphql(`
  mutation StoreCreateShippingRate($input: ShippingRateInput!) {
    createShippingRate(input: $input) {
      id
    }
  }
`);

export const StoreDeleteShippingRateMutation = graphql(`
  mutation StoreDeleteShippingRate($id: ID!) {
    deleteShippingRate(id: $id)
  }
`);

export const StoreCatalogJobFragment = graphql(`
  fragment StoreCatalogJob on CatalogJob {
    id
    kind
    status
    problems {
      row
      column
      message
    }
    summary {
      name
      count
    }
    downloadUrl
    createdAt
    finishedAt
  }
`);

export const StoreExportCatalogMutation = graphql(`
  mutation StoreExportCatalog {
    exportCatalog {
      ...StoreCatalogJob
    }
  }
`);

export const StoreImportCatalogMutation = graphql(`
  mutation StoreImportCatalog($csv: String!) {
    importCatalog(csv: $csv) {
      ...StoreCatalogJob
    }
  }
`);

export const StoreCatalogJobQuery = graphql(`
  query StoreCatalogJob($id: ID!) {
    catalogJob(id: $id) {
      ...StoreCatalogJob
    }
  }
`);
