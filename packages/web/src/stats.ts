/** Public totals, fetched with a plain POST until the dashboard moves to Apollo Client and generated types. */
export interface Stats {
  publishedProjects: number;
  organizations: number;
  verifiedOrganizations: number;
  events: number;
}

const STATS_QUERY = '{ stats { publishedProjects organizations verifiedOrganizations events } }';

interface GraphQLResponse {
  data?: { stats?: Stats | null } | null;
  errors?: { message: string }[];
}

export async function fetchStats(signal?: AbortSignal): Promise<Stats> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: STATS_QUERY }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as GraphQLResponse | null;
  if (body?.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body?.data?.stats) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
  return body.data.stats;
}
