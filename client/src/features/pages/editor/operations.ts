/**
 * The page editor's operations (cms subgraph): the draft, saving and publishing, and the history
 * panel's versions, restore, preview links and scheduled publishing.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

/** What the page editor holds of a page: the draft it edits and the state a restore returns. */
export const EditorPageFragment = graphql(`
  fragment EditorPageFields on Page {
    id
    path
    title
    status
    tree
    version
    updatedAt
    publishedAt
    templateId
    seoTitle
    seoDescription
    ogImageAssetId
    site {
      id
      name
    }
  }
`);

/** The theme's tokens as the token pickers offer them: by path and type, drawn with their CSS variable. */
export const ThemeTokensFragment = graphql(`
  fragment ThemeTokenFields on DesignTokens {
    css
    tokens {
      path
      type
      cssVariable
      description
    }
  }
`);

export const DraftPageQuery = graphql(`
  query DraftPage($id: ID!) {
    draftPage(id: $id) {
      ...EditorPageFields
      canvas {
        css
        header
        footer
      }
    }
    designTokens {
      ...ThemeTokenFields
    }
    templates {
      id
      previewTokens {
        ...ThemeTokenFields
      }
    }
  }
`);

export const PermissionsOnSiteQuery = graphql(`
  query PermissionsOnSite($siteId: ID!) {
    me {
      permissionsOnSite(siteId: $siteId)
    }
  }
`);

export const SavePageMutation = graphql(`
  mutation SavePage($input: SavePageInput!) {
    savePage(input: $input) {
      id
      version
      updatedAt
      status
      tree
      title
      path
      seoTitle
      seoDescription
      ogImageAssetId
    }
  }
`);

export const PublishPageMutation = graphql(`
  mutation PublishPage($id: ID!, $expectedVersion: Int) {
    publishPage(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const PageVersionsQuery = graphql(`
  query PageVersions($id: ID!) {
    draftPage(id: $id) {
      id
      scheduledAt
      scheduleNote
      versions(first: 20) {
        edges {
          node {
            version
            title
            createdAt
            createdBy
          }
        }
      }
    }
  }
`);

export const RestorePageVersionMutation = graphql(`
  mutation RestorePageVersion($pageId: ID!, $version: Int!, $expectedVersion: Int) {
    restorePageVersion(pageId: $pageId, version: $version, expectedVersion: $expectedVersion) {
      ...EditorPageFields
    }
  }
`);

export const CreatePreviewLinkMutation = graphql(`
  mutation CreatePreviewLink($pageId: ID!) {
    createPreviewLink(pageId: $pageId) {
      url
      expiresAt
    }
  }
`);

export const SchedulePublishMutation = graphql(`
  mutation SchedulePublish($pageId: ID!, $at: String!, $expectedVersion: Int) {
    schedulePublish(pageId: $pageId, at: $at, expectedVersion: $expectedVersion) {
      id
      version
      scheduledAt
    }
  }
`);

export const CancelScheduledPublishMutation = graphql(`
  mutation CancelScheduledPublish($pageId: ID!) {
    cancelScheduledPublish(pageId: $pageId) {
      id
      scheduledAt
    }
  }
`);

/** Page management from the editor's header and settings (ADR 0053). */
export const UnpublishPageMutation = graphql(`
  mutation UnpublishPage($id: ID!, $expectedVersion: Int) {
    unpublishPage(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const DeletePageMutation = graphql(`
  mutation DeletePage($id: ID!, $expectedVersion: Int) {
    deletePage(id: $id, expectedVersion: $expectedVersion) {
      id
      title
      deletedAt
    }
  }
`);

/** The other pages of the page's site, for "set as home" (who has `/` now) and free paths. */
export const SitePagePathsQuery = graphql(`
  query SitePagePaths($id: ID!) {
    draftPage(id: $id) {
      id
      site {
        id
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
`);
