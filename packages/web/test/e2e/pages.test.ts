import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import {
  ADMIN,
  LANGUAGES,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
  startGoodlink,
  visibleMessageKeys,
  type Goodlink,
} from './harness';

/**
 * Every page, in both languages, at a desk's and a phone's width: it renders its content (not an error), an axe
 * scan finds no serious or critical violation, no message key shows untranslated, and a screenshot is kept.
 */

let goodlink: Goodlink;
let browser: Browser;
let offerId: string;
let memberId: string;
const tokens: Record<'admin' | 'member', string> = { admin: '', member: '' };

const MEMBER = { email: 'pages-member@example.org', password: 'a long enough password', displayName: '页面测试成员' };
const ORGANIZATION = { slug: 'pages-org', name: '页面测试科技' };
const PROJECT = { slug: 'pages-project', name: '页面测试项目' };

/** Through the API: a member of a verified organisation with an open offer, and a published project that asked. */
async function seedMember() {
  const gql = goodlink.gql;
  tokens.admin = (
    await gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: ADMIN })
  ).signIn.token;
  const member = tokens.member;
  const organization = (
    await gql(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      { input: { ...ORGANIZATION, kind: 'COMPANY' } },
      member,
    )
  ).createOrganization.organization;
  await gql(
    'mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { id } } }',
    { input: { organizationId: organization.id } },
    tokens.admin,
  );
  const offer = (
    await gql(
      'mutation($input: CreateResourceOfferInput!) { createResourceOffer(input: $input) { offer { id } } }',
      {
        input: {
          organizationId: organization.id,
          category: 'COMPUTE',
          title: 'A100 算力（页面测试）',
          unit: 'GPU 小时',
          total: 300,
          details: { compute: { acceleratorModel: 'NVIDIA A100 80GB' } },
        },
      },
      member,
    )
  ).createResourceOffer.offer;
  await gql(
    'mutation($input: SetResourceOfferStatusInput!) { setResourceOfferStatus(input: $input) { offer { id } } }',
    { input: { offerId: offer.id, status: 'OPEN' } },
    member,
  );
  const project = (
    await gql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
      { input: { ...PROJECT, summary: '给页面测试用的项目', license: 'MIT', causeAreas: ['ACCESSIBILITY'] } },
      member,
    )
  ).createProject.project;
  await gql(
    'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
    { input: { projectId: project.id } },
    member,
  );
  await gql(
    'mutation($input: RequestResourceInput!) { requestResource(input: $input) { request { id } } }',
    { input: { offerId: offer.id, projectId: project.id, quantity: 40, justification: '跑一次完整的评测' } },
    member,
  );
  const rubric = await gql('{ assessmentRubric { criteria { key } } }');
  await gql(
    'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { id } } }',
    {
      input: {
        projectId: project.id,
        recommendation: 'INCUBATE',
        summary: '平台评估：可以孵化 / Platform view: worth incubating',
        scores: rubric.assessmentRubric.criteria.map(({ key }: { key: string }, i: number) => ({
          criterion: key,
          score: i % 4,
          note: i === 0 ? '访谈记录很扎实' : '',
        })),
      },
    },
    tokens.admin,
  );
}

/**
 * Through the API: a milestone with two tasks on the member's project, one done by the member (a public volunteer
 * with a support link) so the project page lists a contributor, one open for the board and the recommendations.
 */
async function seedVolunteering() {
  const gql = goodlink.gql;
  const member = tokens.member;
  memberId = (await gql('{ viewer { id } }', {}, member)).viewer.id;
  const { id: projectId } = (await gql('query($slug: String!) { project(slug: $slug) { id } }', PROJECT)).project;
  const milestone = (
    await gql(
      'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }',
      { input: { projectId, title: '页面测试里程碑', description: '给页面测试用的里程碑', dueOn: '2027-06-30' } },
      member,
    )
  ).createMilestone.milestone;
  const task = async (title: string, goodFirstTask: boolean) =>
    (
      await gql(
        'mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { task { id } } }',
        {
          input: {
            milestoneId: milestone.id,
            title,
            description: '页面测试用的任务说明',
            skillsNeeded: ['ACCESSIBILITY_TESTING', 'ENGINEERING'],
            estimatedHours: 6,
            goodFirstTask,
          },
        },
        member,
      )
    ).createVolunteerTask.task;
  const done = await task('页面测试：读屏走查一遍', false);
  await task('页面测试：补全按钮的无障碍名称', true);
  await gql(
    'mutation($input: UpsertVolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { profile { isPublic } } }',
    {
      input: {
        bio: '页面测试志愿者：做过读屏适配',
        skills: ['ACCESSIBILITY_TESTING', 'ENGINEERING'],
        weeklyHours: 6,
        causeAreas: ['ACCESSIBILITY'],
        languages: ['zh-CN', 'en'],
        isPublic: true,
        supportChannels: [{ label: '爱发电', url: 'https://afdian.com/a/pages-member' }],
      },
    },
    member,
  );
  const input = { taskId: done.id };
  await gql(
    'mutation($input: ClaimVolunteerTaskInput!) { claimVolunteerTask(input: $input) { task { id } } }',
    { input },
    member,
  );
  await gql(
    'mutation($input: CompleteVolunteerTaskInput!) { completeVolunteerTask(input: $input) { task { id } } }',
    { input: { ...input, hours: 5 } },
    member,
  );
}

beforeAll(async () => {
  goodlink = await startGoodlink();
  browser = await launchBrowser();
  tokens.member = (
    await goodlink.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', { input: MEMBER })
  ).signUp.token;
  await seedMember();
  await seedVolunteering();
  const offers = await goodlink.gql(
    '{ resourceOffers(first: 1, orderBy: { field: REMAINING, direction: DESC }) { edges { node { id } } } }',
  );
  offerId = offers.resourceOffers.edges[0].node.id;
});

afterAll(async () => {
  await browser?.close();
  await goodlink?.stop();
});

interface PageCase {
  name: string;
  path: () => string;
  /** Text (in either language) that shows the page rendered its content. */
  expect: RegExp;
  /** Who is signed in: nobody, a member of an organisation who maintains a project, or a platform admin. */
  as?: 'member' | 'admin';
}

const consoleTab = (tab: string) => `/console/organizations/${ORGANIZATION.slug}/${tab}`;

const PAGES: PageCase[] = [
  { name: 'home', path: () => '/', expect: /彩虹熊熊|NVDA/ },
  { name: 'projects', path: () => '/projects', expect: /彩虹熊熊|NVDA/ },
  { name: 'project', path: () => '/projects/yunbiaoqian', expect: /云标签/ },
  {
    name: 'project-assessment-summary',
    path: () => '/projects/yunbiaoqian',
    expect: /各项平均分|Average score per criterion/,
  },
  { name: 'assess', path: () => '/projects/yunbiaoqian/assess', expect: /评估「云标签」|Assess 云标签/, as: 'admin' },
  { name: 'organizations', path: () => '/organizations', expect: /字节跳动/ },
  { name: 'organization', path: () => '/organizations/bytedance', expect: /字节跳动/ },
  { name: 'offers', path: () => '/offers', expect: /GPU/ },
  { name: 'offer', path: () => `/offers/${offerId}`, expect: /GPU|A100/ },
  { name: 'ideas', path: () => '/ideas', expect: /手语翻译预约小助手/ },
  { name: 'idea', path: () => '/ideas/idea-sign-language-booking', expect: /手语翻译预约小助手/ },
  { name: 'idea-signed-in', path: () => '/ideas/idea-medicine-label-reader', expect: /药盒/, as: 'member' },
  { name: 'new-idea', path: () => '/ideas/new', expect: /提出想法|Propose an idea/, as: 'member' },
  { name: 'idea-admin', path: () => '/ideas/idea-women-workers-rights-qa', expect: /女工/, as: 'admin' },
  { name: 'tasks', path: () => '/tasks', expect: /补全按钮的无障碍名称/ },
  { name: 'volunteer-profile', path: () => `/volunteers/${memberId}`, expect: /做过读屏适配/ },
  {
    name: 'volunteer-profile-not-public',
    path: () => '/volunteers/00000000-0000-4000-8000-000000000000',
    expect: /没有公开|not public/,
  },
  { name: 'project-volunteering', path: () => `/projects/${PROJECT.slug}`, expect: /页面测试里程碑/ },
  { name: 'sign-in', path: () => '/sign-in', expect: /登录|Sign in/ },
  { name: 'sign-up', path: () => '/sign-up', expect: /注册|Sign up/ },
  { name: 'not-found', path: () => '/no-such-page', expect: /找不到|does not exist/ },
  { name: 'account', path: () => '/account', expect: /页面测试科技/, as: 'member' },
  { name: 'profile', path: () => '/profile', expect: /pages-member@example.org/, as: 'member' },
  { name: 'create-organization', path: () => '/account/organizations/new', expect: /创建组织|Create/, as: 'member' },
  { name: 'my-projects', path: () => '/console/projects', expect: /页面测试项目/, as: 'member' },
  { name: 'new-project', path: () => '/console/projects/new', expect: /新建项目|New project/, as: 'member' },
  { name: 'edit-project', path: () => `/console/projects/${PROJECT.slug}/edit`, expect: /页面测试项目/, as: 'member' },
  {
    name: 'project-sponsors',
    path: () => `/console/projects/${PROJECT.slug}/sponsors`,
    expect: /页面测试项目/,
    as: 'member',
  },
  { name: 'volunteer', path: () => '/volunteer', expect: /读屏走查一遍/, as: 'member' },
  {
    name: 'project-tasks',
    path: () => `/console/projects/${PROJECT.slug}/tasks`,
    expect: /读屏走查一遍/,
    as: 'member',
  },
  {
    name: 'project-assessments',
    path: () => `/console/projects/${PROJECT.slug}/assessments`,
    expect: /平台评估：可以孵化|Platform view: worth incubating/,
    as: 'member',
  },
  { name: 'my-requests', path: () => '/console/requests', expect: /跑一次完整的评测/, as: 'member' },
  { name: 'console-offers', path: () => consoleTab('offers'), expect: /A100 算力/, as: 'member' },
  { name: 'console-review', path: () => consoleTab('review'), expect: /跑一次完整的评测/, as: 'member' },
  { name: 'console-sponsors', path: () => consoleTab('sponsors'), expect: /赞助|Sponsor/, as: 'member' },
  { name: 'console-impact', path: () => consoleTab('impact'), expect: /还没有|Nothing granted/, as: 'member' },
  { name: 'console-settings', path: () => consoleTab('settings'), expect: /页面测试成员/, as: 'member' },
  { name: 'admin', path: () => '/admin', expect: /认证|Verify/, as: 'admin' },
  { name: 'events-list', path: () => '/events', expect: /开源社年会/ },
  { name: 'events-past', path: () => '/events?when=PAST', expect: /AI for Good/ },
  { name: 'event-page', path: () => '/events/coc-ai-for-good-agent-workshop', expect: /彩虹熊熊/ },
  { name: 'stories-list', path: () => '/stories', expect: /播客专栏/ },
  { name: 'console-new-event', path: () => '/console/events/new', expect: /发布活动|New event/, as: 'member' },
  { name: 'console-new-story', path: () => '/console/stories/new', expect: /发布故事|Publish a story/, as: 'member' },
];

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
];

describe.each(LANGUAGES)('in %s', (language) => {
  describe.each(WIDTHS)('at $name width', ({ name: width, viewport }) => {
    test.each(PAGES)('$name', async (pageCase) => {
      const context = await newContext(browser, language, viewport);
      if (pageCase.as) {
        const token = tokens[pageCase.as];
        // A signed-in user's interface speaks the language saved on their account.
        await goodlink.gql(
          'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
          { input: { locale: language === 'en' ? 'EN' : 'ZH_CN' } },
          token,
        );
        await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), token);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${goodlink.url}${pageCase.path()}`);
        await page.getByText(pageCase.expect).first().waitFor({ timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await screenshot(page, `${pageCase.name}-${language}-${width}`);
        expect(await visibleMessageKeys(page)).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        // Nothing sticks out sideways at a phone's width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

test('the header switches the language of a page in place, and a signed-in user’s account remembers it', async () => {
  await goodlink.gql(
    'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
    { input: { locale: 'ZH_CN' } },
    tokens.member,
  );
  const context = await newContext(browser, 'zh-CN');
  await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), tokens.member);
  const page = await context.newPage();
  try {
    await page.goto(`${goodlink.url}/console/projects`);
    await page.getByRole('heading', { name: '我的项目' }).waitFor();
    await page.getByRole('button', { name: '切换为 English' }).click();
    await page.getByRole('heading', { name: 'My projects' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await visibleMessageKeys(page)).toEqual([]);

    // The account is updated in the background: wait for it, up to a few seconds.
    let locale = '';
    for (let tries = 0; tries < 50 && locale !== 'EN'; tries += 1) {
      locale = (await goodlink.gql('{ viewer { locale } }', {}, tokens.member)).viewer.locale;
      if (locale !== 'EN') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(locale).toBe('EN');
    // Another browser, where this person last read Chinese: the account's choice wins once signed in.
    const elsewhere = await newContext(browser, 'zh-CN');
    await elsewhere.addInitScript((value) => localStorage.setItem('goodlink.token', value), tokens.member);
    const other = await elsewhere.newPage();
    await other.goto(`${goodlink.url}/console/projects`);
    await other.getByRole('heading', { name: 'My projects' }).waitFor();
    await elsewhere.close();
  } finally {
    await context.close();
  }
});

test('an owner creates an API key in the console, sees its secret once, and revokes it', async () => {
  const context = await newContext(browser, 'en');
  await goodlink.gql(
    'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
    { input: { locale: 'EN' } },
    tokens.member,
  );
  await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), tokens.member);
  const page = await context.newPage();
  try {
    await page.goto(`${goodlink.url}${consoleTab('settings')}`);
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByLabel('Key name').fill('Foundation CRM sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByRole('status').locator('code').innerText()).trim();
    expect(secret).toMatch(/^gl_live_[\w-]{43}$/);
    // The key works: it acts through the organisation's service account.
    const seen = await goodlink.gql('{ viewer { displayName } }', {}, secret);
    expect(seen.viewer.displayName).toBe(`${ORGANIZATION.name} API`);
    await screenshot(page, 'console-api-key-created-en');
    expect(await seriousViolations(page)).toEqual([]);

    // Shown once: after a reload only the prefix is left.
    await page.reload();
    await page.getByText('Foundation CRM sync', { exact: true }).waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke key Foundation CRM sync' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('“Foundation CRM sync” revoked').waitFor();
    const refused = await fetch(`${goodlink.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(refused.status).toBe(401);
  } finally {
    await context.close();
  }
});

test('an owner adds a webhook in the console; its test event arrives signed, and a private address is refused', async () => {
  const received: Array<{ headers: Record<string, string>; body: string }> = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/goodlink`;
  await goodlink.gql(
    'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
    { input: { locale: 'EN' } },
    tokens.member,
  );
  const context = await newContext(browser, 'en');
  await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), tokens.member);
  const page = await context.newPage();
  try {
    await page.goto(`${goodlink.url}${consoleTab('settings')}`);
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();

    // The address guard, said on the field.
    await page.getByLabel('Endpoint URL').fill('http://10.0.0.7/hook');
    await page.getByRole('checkbox', { name: 'Request approved' }).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByText(/10\.0\.0\.7 resolves to 10\.0\.0\.7, a private/).waitFor();

    await page.getByLabel('Endpoint URL').fill(hook);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await page.getByRole('status').locator('code').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Send a test' }).click();
    const deadline = Date.now() + 20_000;
    while (!received.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key)
      .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(JSON.parse(body).type).toBe('WEBHOOK_TEST');

    await page.reload();
    await page.getByText(/Test · Delivered · 1 attempts · HTTP 204/).waitFor();
    await screenshot(page, 'console-webhooks-en');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await visibleMessageKeys(page)).toEqual([]);
  } finally {
    await context.close();
    receiver.close();
  }
});
