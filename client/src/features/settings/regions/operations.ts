/**
 * The regions screen's operations: list, create or edit, delete, choose the default.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      code
      locale
      currency
      pathPrefix
      hosts
      countries
      consentRequired
      isDefault
    }
  }
`);

export const UpsertRegionMutation = graphql(`
  mutation UpsertRegion($input: RegionInput!) {
    upsertRegion(input: $input) {
      code
    }
  }
`);

export const DeleteRegionMutation = graphql(`
  mutation DeleteRegion($code: String!) {
    deleteRegion(code: $code)
  }
`);

export const SetDefaultRegionMutation = graphql(`
  mutation SetDefaultRegion($code: String!) {
    setDefaultRegion(code: $code) {
      code
    }
  }
`);
