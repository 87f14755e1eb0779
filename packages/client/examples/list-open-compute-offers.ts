/**
 * Lists every OPEN compute offer (GPU hours and the like), one line each, through as many pages as it takes.
 *
 *   pnpm --filter @goodlink/client build
 *   GOODLINK_URL=http://localhost:4000/graphql node packages/client/dist/examples/list-open-compute-offers.js
 *
 * GOODLINK_TOKEN (optional): a session token or API key; signed in, you also see your own organisations' offers.
 * GOODLINK_PAGE_SIZE (optional, 1–100, default 20): offers per request.
 *
 * An integrator would import from '@goodlink/client'; this file sits inside the package, so it imports the source.
 */
import { createClient, GoodlinkError, paginate, ResourceOffersDocument } from '../src/index';

function pageSize(raw: string | undefined): number {
  if (!raw) return 20;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new Error(`GOODLINK_PAGE_SIZE must be a whole number from 1 to 100, got "${raw}".`);
  }
  return size;
}

async function main() {
  const client = createClient({
    url: process.env.GOODLINK_URL || 'http://localhost:4000/graphql',
    token: process.env.GOODLINK_TOKEN || undefined,
  });
  const offers = paginate(
    client,
    ResourceOffersDocument,
    { filter: { categories: ['COMPUTE'], statuses: ['OPEN'] }, first: pageSize(process.env.GOODLINK_PAGE_SIZE) },
    (data) => data.resourceOffers,
  );

  let count = 0;
  for await (const offer of offers) {
    count += 1;
    // Goodlink's rule: an unverified organisation is marked so wherever its name appears.
    const organization = offer.organization.verified
      ? offer.organization.name
      : `${offer.organization.name} (unverified)`;
    console.log([offer.id, offer.title, `${offer.remaining} ${offer.unit}`, organization].join('\t'));
  }
  console.log(`${count} open COMPUTE offer${count === 1 ? '' : 's'}`);
}

main().catch((error: unknown) => {
  if (error instanceof GoodlinkError) {
    const retry = error.retryAfter === undefined ? '' : ` (retry in ${error.retryAfter} s)`;
    console.error(`${error.code}${error.status ? ` [HTTP ${error.status}]` : ''}: ${error.message}${retry}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
