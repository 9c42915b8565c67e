/**
 * The editor pickers' operations: products (search by title, thumbnails via assetsByIds, price),
 * collections, the site's pages, and assets by id (the chosen image of a field). Listing and
 * uploading media reuse the media library's operations.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../../gql/index.js';

/** What a product row and a product-grid card in the editor need. */
export const PickerProductFieldsFragment = graphql(`
  fragment PickerProductFields on Product {
    id
    title
    slug
    status
    imageAssetIds
    priceRange {
      min {
        amount
        currency
      }
    }
  }
`);

export const PickerProductsQuery = graphql(`
  query PickerProducts($first: Int, $after: String, $search: String) {
    products(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          ...PickerProductFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PickerProductsByIdsQuery = graphql(`
  query PickerProductsByIds($ids: [ID!]!) {
    productsByIds(ids: $ids) {
      ...PickerProductFields
    }
  }
`);

export const PickerCollectionsQuery = graphql(`
  query PickerCollections($first: Int, $after: String) {
    collections(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PickerPagesQuery = graphql(`
  query PickerPages {
    sites(first: 50) {
      edges {
        node {
          id
          name
          pages(first: 100) {
            edges {
              node {
                id
                path
                title
              }
            }
          }
        }
      }
    }
  }
`);

export const PickerAssetsByIdsQuery = graphql(`
  query PickerAssetsByIds($ids: [ID!]!) {
    assetsByIds(ids: $ids) {
      id
      filename
      alt
      width
      height
      status
      variants(format: WEBP) {
        width
        crop
        url
      }
    }
  }
`);

export const PickerCollectionProductsQuery = graphql(`
  query PickerCollectionProducts($slug: String!, $first: Int) {
    collection(slug: $slug) {
      id
      products(first: $first) {
        edges {
          node {
            ...PickerProductFields
          }
        }
      }
    }
  }
`);

/** A site's menus by handle, for the blocks that show a menu (site header, footer columns). */
export const PickerMenusQuery = graphql(`
  query PickerMenus($siteId: ID!) {
    menus(siteId: $siteId, first: 100) {
      edges {
        node {
          id
          handle
        }
      }
    }
  }
`);
