import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { ServerError } from '@apollo/client/errors';
import { relayStylePagination } from '@apollo/client/utilities';
import { announceSignedOut, clearToken, readToken } from './session';

/** One client for the app: the session token on every request, a refused token signs the browser out. */
export function createApolloClient() {
  const auth = new SetContextLink(({ headers }) => {
    const token = readToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const expired = new ErrorLink(({ error }) => {
    if (ServerError.is(error) && error.statusCode === 401) {
      clearToken();
      announceSignedOut();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([expired, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Cursor-paged lists: "load more" appends the next page to what is shown.
            projects: relayStylePagination(['filter', 'orderBy']),
            ideas: relayStylePagination(['filter', 'orderBy']),
            resourceOffers: relayStylePagination(['filter', 'orderBy']),
            resourceRequests: relayStylePagination(['filter']),
            sponsorLinks: relayStylePagination(['filter', 'orderBy']),
            organizations: relayStylePagination(['filter', 'orderBy']),
            volunteerTasks: relayStylePagination(['filter', 'orderBy']),
          },
        },
        // Details of an offer live inside it; they have no id of their own.
        ResourceEligibility: { keyFields: false },
        OrganizationImpact: { keyFields: false },
        Stats: { keyFields: false },
        // One profile per person: saving it updates every page that shows it.
        VolunteerProfile: { keyFields: ['user', ['id']] },
      },
    }),
  });
}
