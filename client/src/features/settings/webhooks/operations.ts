/** The outbound webhooks screen's operations (cms). Typed by `npm run codegen`. */
import { graphql } from '../../../gql/index.js';

export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    events
    createdAt
    deliveries(first: 5) {
      edges {
        node {
          id
          eventType
          status
          attempts
          lastError
          responseStatus
          createdAt
        }
      }
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AddWebhookEndpointMutation = graphql(`
  mutation AddWebhookEndpoint($url: String!, $events: [WebhookEventType!]!) {
    addWebhookEndpoint(url: $url, events: $events) {
      signingSecret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const RemoveWebhookEndpointMutation = graphql(`
  mutation RemoveWebhookEndpoint($id: ID!) {
    removeWebhookEndpoint(id: $id)
  }
`);
