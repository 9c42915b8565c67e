/** The translations screen's operations (cms pages, auth regions). Typed by `npm run codegen`. */
import { graphql } from '../../../gql/index.js';

export const TranslationPagesQuery = graphql(`
  query TranslationPages {
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
    regions {
      code
      locale
      isDefault
    }
  }
`);

export const PageTranslationFieldsFragment = graphql(`
  fragment PageTranslationFields on PageTranslation {
    locale
    title
    seoTitle
    seoDescription
    tree
    status
    version
    publishedAt
    updatedAt
  }
`);

export const TranslationPageQuery = graphql(`
  query TranslationPage($id: ID!) {
    draftPage(id: $id) {
      id
      title
      seoTitle
      seoDescription
      tree
      translations {
        ...PageTranslationFields
      }
    }
  }
`);

export const SavePageTranslationMutation = graphql(`
  mutation SavePageTranslation($input: SavePageTranslationInput!) {
    savePageTranslation(input: $input) {
      ...PageTranslationFields
    }
  }
`);

export const PublishPageTranslationMutation = graphql(`
  mutation PublishPageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {
    publishPageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion) {
      ...PageTranslationFields
    }
  }
`);

export const DeletePageTranslationMutation = graphql(`
  mutation DeletePageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {
    deletePageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion)
  }
`);
