/**
 * The site structure screens' operations (cms subgraph): a site's menus, its layout's section
 * groups (header and footer) and its storefront page-type templates, each saved with the version
 * it was edited from; and the stylesheet and section groups the canvas draws them with.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

/** The site the screens are about, with the page whose canvas (stylesheet, header, footer) they borrow. */
export const StructureSiteQuery = graphql(`
  query StructureSite {
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
              }
            }
          }
        }
      }
    }
  }
`);

/** The live page's stylesheet and section groups, as the page editor's canvas gets them. */
export const StructureCanvasQuery = graphql(`
  query StructureCanvas($pageId: ID!) {
    draftPage(id: $pageId) {
      id
      canvas {
        css
        header
        footer
      }
    }
    designTokens {
      ...ThemeTokenFields
    }
  }
`);

/** A menu item with its children (menus nest three levels). */
export const MenuItemFragment = graphql(`
  fragment MenuItemFields on MenuItem {
    label
    href
    link {
      kind
      pageId
      slug
    }
  }
`);

export const MenuFragment = graphql(`
  fragment MenuFields on Menu {
    id
    handle
    version
    updatedAt
    items {
      ...MenuItemFields
      children {
        ...MenuItemFields
        children {
          ...MenuItemFields
        }
      }
    }
  }
`);

/** A site's menus, listed (their items come one menu at a time: three nested lists cost much). */
export const SiteMenusQuery = graphql(`
  query SiteMenus($siteId: ID!) {
    menus(siteId: $siteId, first: 100) {
      edges {
        node {
          id
          handle
          version
        }
      }
    }
  }
`);

export const SiteMenuQuery = graphql(`
  query SiteMenu($siteId: ID!, $handle: String!) {
    menu(siteId: $siteId, handle: $handle) {
      ...MenuFields
    }
  }
`);

export const SaveMenuMutation = graphql(`
  mutation SaveMenu($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $expectedVersion: Int) {
    saveMenu(siteId: $siteId, handle: $handle, items: $items, expectedVersion: $expectedVersion) {
      ...MenuFields
    }
  }
`);

export const SiteLayoutFragment = graphql(`
  fragment SiteLayoutFields on SiteLayout {
    siteId
    version
    updatedAt
    header {
      content
      isDefault
    }
    footer {
      content
      isDefault
    }
  }
`);

export const SiteLayoutQuery = graphql(`
  query SiteLayout($siteId: ID!) {
    siteLayout(siteId: $siteId) {
      ...SiteLayoutFields
    }
  }
`);

export const SaveSiteLayoutMutation = graphql(`
  mutation SaveSiteLayout($siteId: ID!, $input: SiteLayoutInput!, $expectedVersion: Int) {
    saveSiteLayout(siteId: $siteId, input: $input, expectedVersion: $expectedVersion) {
      ...SiteLayoutFields
    }
  }
`);

export const ResetSiteLayoutMutation = graphql(`
  mutation ResetSiteLayout($siteId: ID!, $expectedVersion: Int) {
    resetSiteLayout(siteId: $siteId, expectedVersion: $expectedVersion) {
      ...SiteLayoutFields
    }
  }
`);

export const PageTypeTemplateFragment = graphql(`
  fragment PageTypeTemplateFields on PageTypeTemplate {
    siteId
    pageType
    tree
    isDefault
    version
    updatedAt
  }
`);

export const PageTypeTemplatesQuery = graphql(`
  query PageTypeTemplates($siteId: ID!) {
    pageTypeTemplates(siteId: $siteId) {
      ...PageTypeTemplateFields
    }
  }
`);

export const SavePageTypeTemplateMutation = graphql(`
  mutation SavePageTypeTemplate($input: SavePageTypeTemplateInput!) {
    savePageTypeTemplate(input: $input) {
      ...PageTypeTemplateFields
    }
  }
`);

export const ResetPageTypeTemplateMutation = graphql(`
  mutation ResetPageTypeTemplate($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {
    resetPageTypeTemplate(siteId: $siteId, pageType: $pageType, expectedVersion: $expectedVersion) {
      ...PageTypeTemplateFields
    }
  }
`);

export const DeleteMenuMutation = graphql(`
  mutation DeleteMenu($siteId: ID!, $handle: String!, $expectedVersion: Int) {
    deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $expectedVersion)
  }
`);
