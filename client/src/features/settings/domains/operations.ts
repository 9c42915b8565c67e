/** The custom domains screen's operations (auth). Typed by `npm run codegen`. */
import { graphql } from '../../../gql/index.js';

export const DomainFieldsFragment = graphql(`
  fragment DomainFields on Domain {
    id
    host
    verified
    txtRecordName
    txtRecordValue
    verifiedAt
    createdAt
  }
`);

export const DomainsQuery = graphql(`
  query Domains($first: Int, $after: String) {
    domains(first: $first, after: $after) {
      edges {
        node {
          ...DomainFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AddDomainMutation = graphql(`
  mutation AddDomain($host: String!) {
    addDomain(host: $host) {
      ...DomainFields
    }
  }
`);

export const VerifyDomainMutation = graphql(`
  mutation VerifyDomain($host: String!) {
    verifyDomain(host: $host) {
      ...DomainFields
    }
  }
`);

export const RemoveDomainMutation = graphql(`
  mutation RemoveDomain($host: String!) {
    removeDomain(host: $host)
  }
`);
