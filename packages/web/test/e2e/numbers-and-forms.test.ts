import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, LANGUAGES, launchBrowser, message, startGoodlink, type Goodlink, type Language } from './harness';

/**
 * What a person typed is never changed silently (DESIGN rule 9, issue 16): out-of-range numbers are an error the
 * person sees and nothing is written; a bare address is completed to https://; the browser's own validation never
 * stands in for the app's messages; a search the server would refuse is said in the interface's language; event
 * times name their zone. Through the real UI of the real server, checked through the API.
 */

let goodlink: Goodlink;
let browser: Browser;

beforeAll(async () => {
  goodlink = await startGoodlink();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await goodlink?.stop();
});

const UNIT = 'GPU 小时';

describe.each(process.env.E2E_LANG ? [process.env.E2E_LANG as Language] : LANGUAGES)('in %s', (language) => {
  const m = (key: string, values?: Record<string, string | number>) => message(language, key, values);
  const tag = language === 'en' ? 'en' : 'zh';
  const organization = { slug: `numbers-org-${tag}`, name: `数字测试科技 ${tag}` };
  const asking = { slug: `numbers-asking-${tag}`, name: `申请方项目 ${tag}` };
  const other = { slug: `numbers-other-${tag}`, name: `另一个项目 ${tag}` };
  const contexts: BrowserContext[] = [];
  let token = '';
  let requestId = '';

  /** A page in this language, on a clock in `timezoneId`, signed in when `signedIn`; page errors fail the test. */
  async function visitor({ signedIn = true, timezoneId = 'UTC' } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: language, timezoneId });
    contexts.push(context);
    await context.addInitScript(
      ([lang, value]) => {
        localStorage.setItem('goodlink.language', lang);
        if (value) localStorage.setItem('goodlink.token', value);
      },
      [language, signedIn ? token : ''],
    );
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  const request = async () =>
    (
      await goodlink.gql(
        'query($id: ID!) { resourceRequest(id: $id) { status approvedQuantity } }',
        { id: requestId },
        token,
      )
    ).resourceRequest;

  beforeAll(async () => {
    const gql = goodlink.gql;
    const admin = (await gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: ADMIN }))
      .signIn.token;
    token = (
      await gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input: { email: `numbers-${tag}@example.org`, password: 'a long enough password', displayName: `数字 ${tag}` },
      })
    ).signUp.token;
    await gql(
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
      { input: { locale: language === 'en' ? 'EN' : 'ZH_CN' } },
      token,
    );
    const org = (
      await gql(
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
        { input: { ...organization, kind: 'COMPANY' } },
        token,
      )
    ).createOrganization.organization;
    await gql(
      'mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { id } } }',
      { input: { organizationId: org.id } },
      admin,
    );
    const offer = (
      await gql(
        'mutation($input: CreateResourceOfferInput!) { createResourceOffer(input: $input) { offer { id } } }',
        {
          input: {
            organizationId: org.id,
            category: 'COMPUTE',
            title: `A100 算力 ${tag}`,
            unit: UNIT,
            total: 150,
            details: { compute: { acceleratorModel: 'NVIDIA A100 80GB' } },
          },
        },
        token,
      )
    ).createResourceOffer.offer;
    await gql(
      'mutation($input: SetResourceOfferStatusInput!) { setResourceOfferStatus(input: $input) { offer { id } } }',
      { input: { offerId: offer.id, status: 'OPEN' } },
      token,
    );
    const requestFor = async (project: { slug: string; name: string }) => {
      const created = (
        await gql(
          'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
          { input: { ...project, summary: '数字测试用的项目', license: 'MIT', causeAreas: ['ACCESSIBILITY'] } },
          token,
        )
      ).createProject.project;
      await gql(
        'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
        { input: { projectId: created.id } },
        token,
      );
      const asked = (
        await gql(
          'mutation($input: RequestResourceInput!) { requestResource(input: $input) { request { id } } }',
          { input: { offerId: offer.id, projectId: created.id, quantity: 100, justification: '跑一次完整的评测' } },
          token,
        )
      ).requestResource.request;
      return { projectId: created.id, requestId: asked.id };
    };
    const first = await requestFor(asking);
    requestId = first.requestId;
    // Another project's 100 approved first: 50 are left on the offer, less than the 100 asked.
    const second = await requestFor(other);
    await gql(
      'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { id } } }',
      { input: { requestId: second.requestId } },
      token,
    );
    await gql(
      'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }',
      { input: { projectId: first.projectId, title: `一期 ${tag}`, dueOn: '2027-06-30' } },
      token,
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  test('the approval dialog refuses more than was asked or is left, says what it will grant, and grants nothing else', async () => {
    const page = await visitor();
    await page.goto(`${goodlink.url}/console/organizations/${organization.slug}/review`);
    const card = page.locator('article').filter({ hasText: asking.name });
    await card.getByRole('button', { name: m('csr.review.approve') }).click();
    const dialog = page.getByRole('dialog');
    const quantity = dialog.getByLabel(m('csr.review.dialog.quantity'));
    const preview = dialog.getByTestId('grant-preview');
    // It starts at what is left, and says so before anything is granted.
    expect(await quantity.inputValue()).toBe('50');
    await preview.getByText(m('csr.review.dialog.grantPart', { quantity: 50, asked: 100, unit: UNIT })).waitFor();

    await quantity.fill('150');
    await dialog.getByRole('button', { name: m('csr.review.dialog.approve.ok') }).click();
    await dialog.getByText(m('csr.review.dialog.quantityRange', { max: 100 })).waitFor();
    expect(await preview.count()).toBe(0);
    expect(await request()).toEqual({ status: 'PENDING', approvedQuantity: null });

    // Leaving the field keeps what was typed (no clamp to 100).
    await quantity.fill('800');
    await quantity.press('Tab');
    await dialog.getByText(m('csr.review.dialog.quantityRange', { max: 100 })).waitFor();
    expect(await quantity.inputValue()).toBe('800');

    await quantity.fill('80');
    await dialog.getByRole('button', { name: m('csr.review.dialog.approve.ok') }).click();
    await dialog.getByText(m('csr.review.dialog.quantityOverRemaining', { remaining: 50, unit: UNIT })).waitFor();
    expect(await request()).toEqual({ status: 'PENDING', approvedQuantity: null });

    await quantity.fill('40');
    await preview.getByText(m('csr.review.dialog.grantPart', { quantity: 40, asked: 100, unit: UNIT })).waitFor();
    await preview.getByText(m('csr.review.dialog.grantLeaves', { left: 10, unit: UNIT })).waitFor();
    await dialog.getByRole('button', { name: m('csr.review.dialog.approve.ok') }).click();
    await page.getByText(m('csr.review.done.approve', { project: asking.name })).waitFor();
    expect(await request()).toEqual({ status: 'APPROVED', approvedQuantity: 40 });
  });

  test('a task of 900 estimated hours is an error on the field, and no task is saved', async () => {
    const page = await visitor();
    await page.goto(`${goodlink.url}/console/projects/${asking.slug}/tasks`);
    await page.getByRole('button', { name: m('volunteer.plan.addTaskNamed', { title: `一期 ${tag}` }) }).click();
    const taskForm = page.locator('form[id^="new-task-"]');
    await taskForm.getByLabel(m('volunteer.plan.taskTitle')).fill(`走查字幕设置页 ${tag}`);
    await page.getByLabel(m('volunteer.plan.skillsNeeded'), { exact: true }).click();
    await page
      .locator(
        `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${m('enum.VolunteerSkill.ACCESSIBILITY_TESTING')}"]`,
      )
      .click();
    await page.keyboard.press('Escape');
    const hours = taskForm.getByLabel(m('volunteer.plan.estimatedHours'));
    await hours.fill('900');
    await hours.press('Tab');
    await taskForm.getByRole('button', { name: m('volunteer.plan.createTask') }).click();
    await taskForm.getByText(m('volunteer.plan.hoursRange')).waitFor();
    expect(await hours.inputValue()).toBe('900');
    const { project } = await goodlink.gql(
      'query($slug: String!) { project(slug: $slug) { milestonesConnection(first: 10) { edges { node { tasksConnection(first: 10) { totalCount } } } } } }',
      { slug: asking.slug },
      token,
    );
    const [milestone] = project.milestonesConnection.edges.map((edge: { node: unknown }) => edge.node);
    expect(milestone.tasksConnection.totalCount).toBe(0);
  });

  test('github.com/foo in an address field is saved as https://github.com/foo; words are refused', async () => {
    const page = await visitor();
    await page.goto(`${goodlink.url}/console/projects/${asking.slug}/edit`);
    const repository = page.getByLabel(m('maintainer.form.repositoryUrl'));
    await repository.fill('not a url');
    await page.getByRole('button', { name: m('common.save') }).click();
    await page.getByText(m('maintainer.rules.url')).waitFor();

    await repository.fill(`github.com/foo-${tag}`);
    await page.getByRole('button', { name: m('common.save') }).click();
    await page.getByText(m('common.saved')).waitFor();
    expect(await repository.inputValue()).toBe(`https://github.com/foo-${tag}`);
    const { project } = await goodlink.gql('query($slug: String!) { project(slug: $slug) { repositoryUrl } }', {
      slug: asking.slug,
    });
    expect(project.repositoryUrl).toBe(`https://github.com/foo-${tag}`);
  });

  test('forms leave validation to the app: a bad email does not stop the other fields’ messages', async () => {
    const page = await visitor({ signedIn: false });
    await page.goto(`${goodlink.url}/sign-in`);
    await page.getByLabel(m('auth.email')).fill('not-an-email');
    await page.getByRole('button', { name: m('auth.signIn.submit') }).click();
    // The browser would have stopped the submit at the email field; the app checks every field instead.
    await page.getByText(m('auth.emailInvalid')).waitFor();
    await page.getByText(m('auth.passwordRequired')).waitFor();
    expect(await page.$$eval('form', (forms) => forms.map((form) => (form as HTMLFormElement).noValidate))).toEqual([
      true,
    ]);
  });

  test('a shared link with a search longer than the server takes says so, with a way on and no retry', async () => {
    const page = await visitor({ signedIn: false });
    const long = '公益'.repeat(60);
    await page.goto(`${goodlink.url}/projects?q=${encodeURIComponent(long)}`);
    await page.getByText(m('common.searchTooLong.title', { length: 120, max: 100 })).waitFor();
    expect(await page.getByRole('button', { name: m('common.retry') }).count()).toBe(0);
    await page.getByRole('button', { name: m('common.searchTooLong.shorten', { max: 100 }) }).click();
    await page.waitForURL((url) => [...(url.searchParams.get('q') ?? '')].length === 100);
    await page.getByText(m('common.searchTooLong.title', { length: 120, max: 100 })).waitFor({ state: 'detached' });
  });

  test('an event shows its time on its own clock with the zone, and on the viewer’s when different', async () => {
    const page = await visitor({ signedIn: false, timezoneId: 'UTC' });
    await page.goto(`${goodlink.url}/events/kaiyuanshe-annual-conference-2026`);
    const when = page.locator('header').getByTestId('event-when');
    await when.waitFor();
    const text = await when.innerText();
    // 2026-12-12T01:00Z to 12-13T09:00Z is 09:00 to 17:00 in Shanghai, the first line; the viewer's UTC follows.
    const [there, here] = text.split('\n');
    expect(there).toContain('Asia/Shanghai, GMT+8');
    expect(there).toMatch(/(^|\D)0?9:00/);
    expect(there).toMatch(/17:00|5:00\sPM/);
    expect(here).toMatch(/1:00/);
    expect(here).toContain(m('events.time.yourTime', { when: '@', zone: '@' }).split('@')[0]);
    expect(here).toContain('UTC');
    await page.getByText('Asia/Shanghai (GMT+8)').waitFor();

    const shanghai = await visitor({ signedIn: false, timezoneId: 'Asia/Shanghai' });
    await shanghai.goto(`${goodlink.url}/events/kaiyuanshe-annual-conference-2026`);
    const same = shanghai.locator('header').getByTestId('event-when');
    await same.waitFor();
    expect(await same.innerText()).not.toContain('UTC');
  });
});
