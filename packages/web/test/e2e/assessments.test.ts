import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ADMIN,
  LANGUAGES,
  launchBrowser,
  message,
  newContext,
  screenshot,
  seriousViolations,
  startGoodlink,
  visibleMessageKeys,
  type Goodlink,
  type Language,
} from './harness';

/**
 * A feasibility assessment through the real UI, once in each language: a verified foundation's member scores a
 * published project (the form shows the API's field errors where they belong), its maintainer reads the readiness
 * checklist and opts in, and then anyone sees the aggregated scores on the project page — never the notes.
 */

let goodlink: Goodlink;
let browser: Browser;
let adminToken: string;

beforeAll(async () => {
  goodlink = await startGoodlink();
  browser = await launchBrowser();
  adminToken = (
    await goodlink.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: ADMIN })
  ).signIn.token;
});

afterAll(async () => {
  await browser?.close();
  await goodlink?.stop();
});

describe.each(process.env.E2E_LANG ? [process.env.E2E_LANG as Language] : LANGUAGES)(
  'an assessment in %s',
  (language) => {
    const m = (key: string, values?: Record<string, string | number>) => message(language, key, values);
    const tag = language === 'en' ? 'en' : 'zh';
    const contexts: BrowserContext[] = [];
    const secretNote = `只给维护者看的备注 ${tag}`;
    const project = { slug: `assessed-${tag}`, name: `读屏助手 ${tag}` };

    async function signUp(name: string): Promise<string> {
      const { signUp } = await goodlink.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input: {
          email: `${name.toLowerCase()}-${tag}-${Date.now()}@example.org`,
          password: 'a long enough password',
          displayName: `${name} ${tag}`,
          locale: language === 'en' ? 'EN' : 'ZH_CN',
        },
      });
      return signUp.token;
    }

    async function pageFor(token: string | null): Promise<Page> {
      const context = await newContext(browser, language);
      contexts.push(context);
      if (token) await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), token);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    }

    async function check(page: Page, name: string) {
      await page.waitForLoadState('networkidle');
      await screenshot(page, `assessment-journey-${name}-${language}`);
      expect(await visibleMessageKeys(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }

    afterAll(async () => {
      for (const context of contexts) await context.close();
    });

    test('scored by a verified foundation, read by the maintainer, published as an aggregate', async () => {
      const gql = goodlink.gql;
      // A verified foundation with one member, and a published project with its maintainer.
      const assessorToken = await signUp('Assessor');
      const foundation = (
        await gql(
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name } } }',
          { input: { slug: `foundation-${tag}`, name: `有人基金会 ${tag}`, kind: 'FOUNDATION' } },
          assessorToken,
        )
      ).createOrganization.organization;
      await gql(
        'mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { id } } }',
        { input: { organizationId: foundation.id } },
        adminToken,
      );
      const maintainerToken = await signUp('Maintainer');
      const { id: projectId } = (
        await gql(
          'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
          { input: { ...project, summary: '帮视障朋友读懂手机屏幕', license: 'MIT' } },
          maintainerToken,
        )
      ).createProject.project;
      await gql(
        'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
        { input: { projectId } },
        maintainerToken,
      );

      // The foundation's member finds the way to assess from the public page.
      const assessor = await pageFor(assessorToken);
      await assessor.goto(`${goodlink.url}/projects/${project.slug}`);
      await assessor.getByRole('link', { name: m('assessments.summary.assessLink') }).click();
      await assessor
        .getByRole('heading', { level: 1, name: m('assessments.assess.title', { name: project.name }) })
        .waitFor();
      const criteria = assessor.locator('fieldset.assessment-criterion');
      expect(await criteria.count()).toBe(10);

      // Nothing scored: the form says so before anything is sent.
      await assessor.getByRole('button', { name: m('assessments.assess.submit') }).click();
      await assessor.getByText(m('assessments.assess.scoreRequired')).first().waitFor();

      for (let i = 0; i < 10; i++) {
        await criteria.nth(i).getByText(m('assessments.score.2'), { exact: true }).click();
      }
      await criteria.nth(0).getByLabel(m('assessments.assess.note')).fill(secretNote);
      await assessor.getByText(m('assessments.recommendation.INCUBATE'), { exact: true }).click();
      await assessor.getByText(m('assessments.assess.runningTotal', { total: 20, maximum: 30 })).waitFor();
      // The "score required" messages fade out (an animation): wait until they have gone.
      await assessor.getByText(m('assessments.assess.scoreRequired')).first().waitFor({ state: 'detached' });

      // The API refuses a score out of range (sent as 4 on the wire): its field error shows under that criterion.
      await assessor.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON();
        if (body?.variables?.input?.scores) body.variables.input.scores[0].score = 4;
        await route.continue({ postData: JSON.stringify(body) });
      });
      await assessor.getByRole('button', { name: m('assessments.assess.submit') }).click();
      await criteria
        .nth(0)
        .locator('.ant-form-item-explain-error', { hasText: /0 to 3/ })
        .waitFor();
      expect(await criteria.nth(0).locator('.ant-form-item-explain-error').innerText()).toMatch(/0 to 3/);
      await assessor
        .getByRole('alert')
        .filter({ hasText: /0 to 3/ })
        .waitFor();
      await assessor.unroute('**/graphql');
      await check(assessor, 'field-error');

      await assessor.getByRole('button', { name: m('assessments.assess.submit') }).click();
      await assessor.getByText(m('assessments.assess.submitted', { total: 20, maximum: 30 })).waitFor();
      await check(assessor, 'submitted');

      // The maintainer reads it, with the note, and the checklist; then makes the aggregate public.
      const maintainer = await pageFor(maintainerToken);
      await maintainer.goto(`${goodlink.url}/console/projects/${project.slug}/assessments`);
      await maintainer
        .getByText(m('assessments.console.readinessProgress', { done: 10, total: 10 }))
        .first()
        .waitFor();
      await maintainer.getByText(foundation.name).waitFor();
      await maintainer.getByText(m('assessments.console.scoresDetails')).click();
      await maintainer.getByText(secretNote).waitFor();
      const optIn = maintainer.getByRole('switch', { name: m('assessments.console.visibilitySwitch') });
      expect(await optIn.getAttribute('aria-checked')).toBe('false');
      await optIn.click();
      await maintainer.getByText(m('assessments.console.visibilityOn'), { exact: true }).waitFor();
      expect(await optIn.getAttribute('aria-checked')).toBe('true');
      await check(maintainer, 'console');

      // Anyone now sees the averages, and nothing of who said what.
      const visitor = await pageFor(null);
      await visitor.goto(`${goodlink.url}/projects/${project.slug}`);
      await visitor.getByText(m('assessments.summary.chartCaption')).first().waitFor();
      await visitor.getByText(m('assessments.summary.intro', { count: 1, version: 1 })).waitFor();
      await check(visitor, 'public');
      const text = await visitor.evaluate(() => document.body.innerText);
      expect(text).not.toContain(secretNote);
      expect(text).not.toContain(foundation.name);
    });
  },
);
