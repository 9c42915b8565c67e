/**
 * The design tokens screen's operations: the published tenant-wide and per-region overrides, their
 * drafts with publish, versions and rollback, the server-resolved live preview, font assets.
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

/** The theme draft (ADR 0059): drafts per scope, the published versions, and live pages to preview on. */
export const ThemeDraftStateQuery = graphql(`
  query ThemeDraftState {
    tokenDrafts {
      scope
      region
      version
      document
    }
    themeVersions(first: 20) {
      edges {
        node {
          version
          publishedAt
          publishedBy
          restoredFrom
        }
      }
    }
    sites(first: 20) {
      edges {
        node {
          id
          name
          pages(first: 50) {
            edges {
              node {
                id
                title
                path
                status
              }
            }
          }
        }
      }
    }
  }
`);

export const SaveTokenDraftMutation = graphql(`
  mutation SaveTokenDraft($region: String, $document: JSON!, $expectedVersion: Int) {
    saveTokenDraft(region: $region, document: $document, expectedVersion: $expectedVersion) {
      scope
      region
      version
      document
    }
  }
`);

export const DiscardTokenDraftMutation = graphql(`
  mutation DiscardTokenDraft($region: String, $expectedVersion: Int) {
    discardTokenDraft(region: $region, expectedVersion: $expectedVersion)
  }
`);

export const PublishThemeDraftMutation = graphql(`
  mutation PublishThemeDraft($expectedVersion: Int) {
    publishThemeDraft(expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const RollBackThemeMutation = graphql(`
  mutation RollBackTheme($version: Int!, $expectedVersion: Int) {
    rollBackTheme(version: $version, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const CreateThemePreviewLinkMutation = graphql(`
  mutation CreateThemePreviewLink($pageId: ID!) {
    createThemePreviewLink(pageId: $pageId) {
      url
    }
  }
`);
