import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  newContext,
  seriousViolations,
  startGoodlink,
  visibleMessageKeys,
  type Goodlink,
} from './harness';

/**
 * Events and stories through the real UI: an organisation member creates an event (the server's refusal of a taken
 * address lands on the address field), records a project's outcome on it and adds it to a calendar; a maintainer
 * publishes a story, which then shows in the list and in the RSS feed.
 */

let goodlink: Goodlink;
let browser: Browser;
let token = '';

const MEMBER = {
  email: 'events-member@example.org',
  password: 'a long enough password',
  displayName: 'Event organiser',
};

beforeAll(async () => {
  goodlink = await startGoodlink();
  browser = await launchBrowser();
  token = (
    await goodlink.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { ...MEMBER, locale: 'EN' },
    })
  ).signUp.token;
  await goodlink.gql(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    { input: { slug: 'events-e2e-community', name: 'A11y Community', kind: 'COMMUNITY' } },
    token,
  );
  const project = (
    await goodlink.gql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
      {
        input: {
          slug: 'caption-helper',
          name: 'Caption Helper',
          summary: 'Live captions for deaf students',
          license: 'MIT',
          causeAreas: ['ACCESSIBILITY'],
        },
      },
      token,
    )
  ).createProject.project;
  await goodlink.gql(
    'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
    { input: { projectId: project.id } },
    token,
  );
});

afterAll(async () => {
  await browser?.close();
  await goodlink?.stop();
});

async function signedInPage() {
  const context = await newContext(browser, 'en');
  await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), token);
  return { context, page: await context.newPage() };
}

test('a member creates an event, records a project outcome on it, and adds it to a calendar', async () => {
  const { context, page } = await signedInPage();
  try {
    await page.goto(`${goodlink.url}/console/events/new`);
    await page.getByRole('heading', { name: 'New event' }).waitFor();
    await page.getByLabel('Name').fill('Accessibility hackathon, 2030');
    await page.getByLabel('Address').fill('coc-ai-for-good-agent-workshop');
    await page.getByLabel('Starts').fill('2030-05-01T09:00');
    await page.getByLabel('Ends').fill('2030-05-02T18:00');
    await page.getByLabel('Place').fill('Hangzhou; Room 3, Floor 2');
    await page.getByRole('button', { name: 'Create event' }).click();
    // The server's CONFLICT on the slug, shown on the address field.
    await page.getByText('Another event already uses this slug.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Address').fill('a11y-hackathon-2030');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL('**/events/a11y-hackathon-2030');
    await page.getByRole('heading', { name: 'Accessibility hackathon, 2030' }).waitFor();

    const href = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    const calendar = await fetch(`${goodlink.url}${href}`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await calendar.text();
    expect(body).toContain('SUMMARY:Accessibility hackathon\\, 2030');
    expect(body).toContain('LOCATION:Hangzhou\\; Room 3\\, Floor 2');

    await page.getByRole('heading', { name: 'Record a participating project' }).waitFor();
    await page.getByRole('combobox', { name: 'Project' }).fill('Caption');
    await page.locator('.ant-select-item-option', { hasText: 'Caption Helper' }).click();
    await page.getByLabel('Outcome').fill('MVP built');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Project added.').waitFor();
    await page.getByRole('link', { name: 'Caption Helper' }).waitFor();
    expect(await visibleMessageKeys(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // The project's page lists the event with its outcome.
    await page.goto(`${goodlink.url}/projects/caption-helper`);
    await page.getByRole('link', { name: 'Accessibility hackathon, 2030' }).waitFor();
    await page.getByText('MVP built').waitFor();
  } finally {
    await context.close();
  }
});

test('a maintainer publishes a story; it shows in the list, on the project, and in the RSS feed', async () => {
  const { context, page } = await signedInPage();
  try {
    await page.goto(`${goodlink.url}/console/stories/new`);
    await page.getByRole('heading', { name: 'Publish a story' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Choose at least one project.').waitFor();

    await page.getByLabel('Title', { exact: true }).fill('Captions in every classroom');
    await page.getByLabel('Address', { exact: true }).fill('captions-in-every-classroom');
    await page.getByLabel('Link', { exact: true }).fill('https://example.org/captions');
    await page.getByRole('combobox', { name: 'Featured projects' }).fill('Caption');
    await page.locator('.ant-select-item-option', { hasText: 'Caption Helper' }).click();
    await page.getByLabel('Summary').fill('How a volunteer team & deaf students built live captions.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL('**/stories');
    await page.getByRole('link', { name: 'Captions in every classroom' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const rss = await (await fetch(`${goodlink.url}/stories.rss`)).text();
    expect(rss).toContain('<title>Captions in every classroom</title>');
    expect(rss).toContain('volunteer team &amp; deaf students');

    await page.goto(`${goodlink.url}/projects/caption-helper`);
    await page.getByRole('link', { name: 'Captions in every classroom' }).waitFor();
  } finally {
    await context.close();
  }
});
