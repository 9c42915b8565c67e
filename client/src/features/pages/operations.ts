/**
 * The sites screen's operations: sites with their pages and trash, creating a site, creating a
 * page from a template, restoring a page from the trash.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const SitesQuery = graphql(`
  query Sites {
    sites(first: 50) {
      edges {
        node {
          id
          name
          primaryHost
          pages(first: 100) {
            edges {
              node {
                id
                path
                title
                status
                version
                updatedAt
                publishedAt
              }
            }
          }
        }
      }
    }
    templates {
      id
      name
      description
    }
    trashedPages(first: 100) {
      edges {
        node {
          id
          title
          path
          deletedAt
          site {
            id
          }
        }
      }
    }
  }
`);

/** Restores a page from the trash (the sites screen's trash, the editor's Undo after a delete). */
export const RestorePageMutation = graphql(`
  mutation RestorePage($id: ID!, $path: String) {
    restorePage(id: $id, path: $path) {
      id
      path
      title
    }
  }
`);

export const CreateSiteMutation = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      name
    }
  }
`);

export const CreatePageFromTemplateMutation = graphql(`
  mutation CreatePageFromTemplate($templateId: ID!, $siteId: ID, $path: String!, $title: String!) {
    createPageFromTemplate(templateId: $templateId, siteId: $siteId, path: $path, title: $title) {
      id
      path
      title
    }
  }
`);
