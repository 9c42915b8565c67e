/**
 * The design tokens screen's operations: the tenant-wide and per-region overrides, the server-
 * resolved live preview, font assets.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

/** A tenant's token override document (tenant-wide, or one region's when region is set). */
export const TokenOverrideFieldsFragment = graphql(`
  fragment TokenOverrideFields on TokenOverride {
    scope
    region
    version
    document
  }
`);

/** A resolved design token with the CSS custom property it is emitted as. */
export const DesignTokenFieldsFragment = graphql(`
  fragment DesignTokenFields on DesignToken {
    path
    type
    value
    cssVariable
  }
`);

export const TokensQuery = graphql(`
  query Tokens {
    tenantTokenOverrides {
      ...TokenOverrideFields
    }
    designTokens {
      tokens {
        ...DesignTokenFields
      }
    }
  }
`);

export const TokensEditorQuery = graphql(`
  query TokensEditor($region: String) {
    tenantTokenOverrides {
      ...TokenOverrideFields
    }
    designTokens(region: $region) {
      tokens {
        ...DesignTokenFields
      }
    }
    regions {
      code
      isDefault
    }
  }
`);

/** The editor's live preview: the unsaved override resolved (and validated) by the server, nothing stored. */
export const PreviewDesignTokensQuery = graphql(`
  query PreviewDesignTokens($document: JSON!, $region: String) {
    previewDesignTokens(document: $document, region: $region) {
      css
      tokens {
        ...DesignTokenFields
      }
    }
  }
`);

export const FontAssetsQuery = graphql(`
  query FontAssets {
    assets(first: 100, type: FONT) {
      edges {
        node {
          id
          filename
          status
          private
        }
      }
    }
  }
`);

export const SetTenantTokensMutation = graphql(`
  mutation SetTenantTokens($document: JSON!, $expectedVersion: Int) {
    setTenantTokens(document: $document, expectedVersion: $expectedVersion) {
      ...TokenOverrideFields
    }
  }
`);

export const SetRegionTokensMutation = graphql(`
  mutation SetRegionTokens($region: String!, $document: JSON!, $expectedVersion: Int) {
    setRegionTokens(region: $region, document: $document, expectedVersion: $expectedVersion) {
      ...TokenOverrideFields
    }
  }
`);
