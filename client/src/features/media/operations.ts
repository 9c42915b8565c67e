/**
 * The media library's operations (assets subgraph): list and search, the two-call upload
 * (createUpload → PUT the bytes → completeUpload), polling until READY, alt text, focal point,
 * delete.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

/** The fields the library grid and the detail panel both show (thumbnails use the WebP variants). */
export const MediaAssetFieldsFragment = graphql(`
  fragment MediaAssetFields on Asset {
    id
    filename
    contentType
    size
    kind
    status
    failureReason
    private
    alt
    width
    height
    placeholderDataUrl
    dominantColor
    focalPoint {
      x
      y
    }
    url
    variants(format: WEBP) {
      width
      height
      format
      crop
      size
      url
    }
    createdAt
  }
`);

export const MediaAssetsQuery = graphql(`
  query MediaAssets($first: Int, $after: String, $search: String, $type: AssetKind) {
    assets(first: $first, after: $after, search: $search, type: $type) {
      edges {
        cursor
        node {
          ...MediaAssetFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MediaAssetQuery = graphql(`
  query MediaAsset($id: ID!) {
    asset(id: $id) {
      ...MediaAssetFields
      allVariants: variants {
        width
        height
        format
        size
        url
      }
      usages {
        service
        kind
        id
        label
      }
    }
  }
`);

export const MediaCreateUploadMutation = graphql(`
  mutation MediaCreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) {
      asset {
        id
        status
      }
      uploadUrl
      method
      headers {
        name
        value
      }
      expiresAt
    }
  }
`);

export const MediaCompleteUploadMutation = graphql(`
  mutation MediaCompleteUpload($id: ID!) {
    completeUpload(id: $id) {
      id
      status
      failureReason
    }
  }
`);

export const MediaUpdateAssetMutation = graphql(`
  mutation MediaUpdateAsset($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      id
      alt
      focalPoint {
        x
        y
      }
    }
  }
`);

export const MediaDeleteAssetMutation = graphql(`
  mutation MediaDeleteAsset($id: ID!, $force: Boolean) {
    deleteAsset(id: $id, force: $force)
  }
`);
