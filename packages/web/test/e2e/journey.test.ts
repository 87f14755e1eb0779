import { readFileSync } from 'node:fs';
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
 * The dashboard's main journey, through the real UI of the real server, once in each language:
 * a CSR member creates and opens a COMPUTE offer; a maintainer signs up, creates and publishes a project and asks
 * for 100 GPU-hours; the CSR member approves 80; the project's public page then credits the company as an in-kind
 * sponsor, the offer has 80 fewer left, and the impact page's chart data and CSV export include the grant.
 * Every console page on the way is scanned by axe and checked for untranslated keys.
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

const TOTAL = 500;
const ASKED = 100;
const APPROVED = 80;

// E2E_LANG=en (or zh-CN) runs one language only, while working on the journey.
describe.each(process.env.E2E_LANG ? [process.env.E2E_LANG as Language] : LANGUAGES)(
  'the resource journey in %s',
  (language) => {
    const m = (key: string, values?: Record<string, string | number>) => message(language, key, values);
    /** The message as a pattern, its unnamed placeholders matching anything. */
    const like = (key: string, values: Record<string, string | number> = {}) =>
      new RegExp(
        message(language, key, values)
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace(/\{\{\w+\}\}/g, '.+?'),
      );
    const tag = language === 'en' ? 'en' : 'zh';
    const csr = { email: `csr-${tag}@example.org`, password: 'a long enough password', name: `CSR ${tag}` };
    const maintainer = {
      email: `maintainer-${tag}@example.org`,
      password: 'another long password',
      name: `维护者 ${tag}`,
    };
    const organization = { name: `善算科技 ${tag}`, slug: `shansuan-${tag}` };
    const project = { name: `听见字幕 ${tag}`, slug: `tingjian-${tag}` };
    const offerTitle = `A100 算力 ${tag}`;
    const pages: BrowserContext[] = [];
    let csrPage: Page;
    let maintainerPage: Page;
    let offerPath = '';

    /** A fresh visitor in this language, whose page errors fail the test. */
    async function visitor(): Promise<Page> {
      const context = await newContext(browser, language);
      pages.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    }

    /** The page as it stands passes the checks every page must pass, and is kept as a screenshot. */
    async function check(page: Page, name: string) {
      await page.waitForLoadState('networkidle');
      await screenshot(page, `journey-${name}-${language}`);
      expect(await visibleMessageKeys(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }

    /** Picks `option` of the choice labelled `label`: radio buttons, checkboxes or a drop-down select. */
    async function choose(page: Page, label: string, option: string) {
      const control = page.getByLabel(label, { exact: true });
      if (['radiogroup', 'group'].includes((await control.getAttribute('role')) ?? '')) {
        await control.getByText(option, { exact: true }).click();
        return;
      }
      await control.click();
      await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    }

    async function signUp(page: Page, who: { email: string; password: string; name: string }) {
      await page.goto(`${goodlink.url}/sign-up`);
      await page.getByLabel(m('auth.email')).fill(who.email);
      await page.getByLabel(m('auth.password')).fill(who.password);
      await page.getByLabel(m('auth.displayName')).fill(who.name);
      await check(page, 'sign-up');
      await page.getByRole('button', { name: m('auth.signUp.submit') }).click();
      await page.getByRole('link', { name: who.name }).waitFor();
    }

    afterAll(async () => {
      for (const context of pages) await context.close();
    });

    test('a CSR member creates an organisation, which an admin verifies', async () => {
      csrPage = await visitor();
      await signUp(csrPage, csr);
      await csrPage.goto(`${goodlink.url}/account/organizations/new`);
      await csrPage.getByLabel(m('auth.organization.name')).fill(organization.name);
      await csrPage.getByLabel(m('auth.organization.slug')).fill(organization.slug);
      await choose(csrPage, m('auth.organization.kind'), m('enum.OrganizationKind.COMPANY'));
      await check(csrPage, 'create-organization');
      await csrPage.getByRole('button', { name: m('auth.organization.submit') }).click();
      await csrPage.getByRole('link', { name: m('auth.organization.toConsole') }).click();
      await csrPage.getByRole('heading', { name: organization.name }).waitFor();

      const admin = await visitor();
      // The admin's account remembers its language; this journey's is the one to use.
      const { signIn } = await goodlink.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
        input: ADMIN,
      });
      await goodlink.gql(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
        { input: { locale: language === 'en' ? 'EN' : 'ZH_CN' } },
        signIn.token,
      );
      await admin.goto(`${goodlink.url}/sign-in`);
      await admin.getByLabel(m('auth.email')).fill(ADMIN.email);
      await admin.getByLabel(m('auth.password')).fill(ADMIN.password);
      await admin.getByRole('button', { name: m('auth.signIn.submit') }).click();
      await admin.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await admin.goto(`${goodlink.url}/admin`);
      const card = admin.getByRole('article').filter({ hasText: organization.slug });
      await check(admin, 'admin');
      await card.getByRole('button', { name: m('admin.verify') }).click();
      await admin
        .locator('.ant-popconfirm')
        .getByRole('button', { name: m('admin.verify') })
        .click();
      await admin.getByText(m('admin.verified', { name: organization.name })).waitFor();
      await card.waitFor({ state: 'detached' });
    });

    test('the CSR member creates a COMPUTE offer and opens it', async () => {
      await csrPage.goto(`${goodlink.url}/console/organizations/${organization.slug}/offers`);
      await csrPage.getByText(m('csr.offers.empty')).waitFor();
      await check(csrPage, 'console-offers-empty');
      await csrPage.getByRole('button', { name: m('csr.offers.new') }).click();
      const dialog = csrPage.getByRole('dialog');
      await choose(csrPage, m('csr.offerForm.category'), m('enum.ResourceCategory.COMPUTE'));
      await dialog.getByLabel(m('csr.offerForm.title'), { exact: true }).fill(offerTitle);
      await dialog.getByLabel(m('csr.offerForm.details.acceleratorModel')).fill('NVIDIA A100 80GB');
      await dialog.getByLabel(m('csr.offerForm.total'), { exact: true }).fill(String(TOTAL));
      await check(csrPage, 'offer-form');
      await dialog.getByRole('button', { name: m('csr.offerForm.create') }).click();
      await dialog.waitFor({ state: 'detached' });

      const card = csrPage.locator('li').filter({ hasText: offerTitle });
      await card.getByRole('button', { name: m('csr.offers.open') }).click();
      await csrPage.getByText(m('csr.offers.statusChanged.OPEN', { title: offerTitle })).waitFor();
      await check(csrPage, 'console-offers');
    });

    test('a maintainer signs up, creates and publishes a project', async () => {
      maintainerPage = await visitor();
      await signUp(maintainerPage, maintainer);
      await maintainerPage.goto(`${goodlink.url}/console/projects`);
      await maintainerPage.getByText(m('maintainer.projects.empty')).waitFor();
      await check(maintainerPage, 'my-projects-empty');
      await maintainerPage
        .getByRole('link', { name: m('maintainer.projects.new') })
        .first()
        .click();
      await maintainerPage.getByLabel(m('maintainer.form.slug')).fill(project.slug);
      await maintainerPage.getByLabel(m('maintainer.form.name')).fill(project.name);
      await maintainerPage.getByLabel(m('maintainer.form.summary')).fill('为听障人士实时生成字幕的开源工具');
      await maintainerPage.getByLabel(m('maintainer.form.license')).fill('Apache-2.0');
      await choose(maintainerPage, m('maintainer.form.causeAreas'), m('enum.CauseArea.ACCESSIBILITY'));
      await check(maintainerPage, 'new-project');
      await maintainerPage.getByRole('button', { name: m('maintainer.newProject.submit') }).click();
      await maintainerPage.getByText(m('maintainer.edit.created')).waitFor();
      await check(maintainerPage, 'edit-project');
      await maintainerPage.getByRole('button', { name: m('maintainer.publish.button') }).click();
      await maintainerPage
        .getByRole('dialog')
        .getByRole('button', { name: m('maintainer.publish.confirmOk') })
        .click();
      await maintainerPage.getByText(like('maintainer.publish.published')).waitFor();
    });

    test(`the maintainer finds the offer and asks for ${ASKED} GPU-hours`, async () => {
      await maintainerPage.goto(`${goodlink.url}/offers`);
      await maintainerPage.getByRole('link', { name: offerTitle }).click();
      await maintainerPage.getByRole('heading', { name: offerTitle }).waitFor();
      offerPath = new URL(maintainerPage.url()).pathname;
      await choose(maintainerPage, m('offers.project'), project.name);
      await maintainerPage.getByLabel(m('offers.quantity')).fill(String(ASKED));
      await maintainerPage.getByLabel(m('offers.justification')).fill('训练实时字幕模型，服务听障学生的课堂');
      await check(maintainerPage, 'offer-request');
      await maintainerPage.getByRole('button', { name: m('offers.submit') }).click();

      await maintainerPage.goto(`${goodlink.url}/console/requests`);
      await maintainerPage.getByText(offerTitle).first().waitFor();
      await maintainerPage.getByText(m('enum.ResourceRequestStatus.PENDING')).first().waitFor();
      await check(maintainerPage, 'my-requests');
    });

    test(`the CSR member approves ${APPROVED} of them`, async () => {
      await csrPage.goto(`${goodlink.url}/console/organizations/${organization.slug}/review`);
      const request = csrPage.locator('article').filter({ hasText: project.name });
      await request.waitFor();
      await check(csrPage, 'review');
      await request.getByRole('button', { name: m('csr.review.approve') }).click();
      const dialog = csrPage.getByRole('dialog');
      await dialog.getByLabel(m('csr.review.dialog.quantity')).fill(String(APPROVED));
      await dialog.getByLabel(m('csr.review.dialog.note')).fill('下周一发送账号');
      await dialog.getByRole('button', { name: m('csr.review.dialog.approve.ok') }).click();
      await csrPage.getByText(m('csr.review.done.approve', { project: project.name })).waitFor();
      await check(csrPage, 'review-approved');
    });

    test('the public project page credits the company as an in-kind sponsor; the offer has 80 fewer left', async () => {
      const visitorPage = await visitor();
      await visitorPage.goto(`${goodlink.url}/projects/${project.slug}`);
      const sponsor = visitorPage.locator('.ant-card').filter({ hasText: organization.name });
      await sponsor.getByText(m('enum.SponsorRole.IN_KIND')).waitFor();
      await expect(sponsor.innerText()).resolves.toContain(String(APPROVED));
      await check(visitorPage, 'project-sponsored');

      await visitorPage.goto(`${goodlink.url}${offerPath}`);
      await visitorPage
        .getByText(like('offers.remaining', { remaining: TOTAL - APPROVED }))
        .first()
        .waitFor();
      await check(visitorPage, 'offer-after-grant');
    });

    test('the impact page charts the grant and exports it as CSV', async () => {
      await csrPage.goto(`${goodlink.url}/console/organizations/${organization.slug}/impact`);
      const byCategory = csrPage.locator('figure table').first();
      await byCategory.waitFor({ state: 'attached' });
      const chartData = await byCategory.evaluate((table) => table.textContent ?? '');
      expect(chartData).toContain(m('enum.ResourceCategory.COMPUTE'));
      expect(chartData).toContain(String(APPROVED));
      await check(csrPage, 'impact');

      const [download] = await Promise.all([
        csrPage.waitForEvent('download'),
        csrPage.getByRole('button', { name: m('csr.impact.export') }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${organization.slug}-grants.csv`);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const [header, ...rows] = csv.trim().split('\r\n');
      expect(header.split(',')).toContain(m('csr.impact.csv.approvedQuantity'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(project.slug);
      expect(rows[0]).toContain(offerTitle);
      expect(rows[0].split(',')).toContain(String(APPROVED));
    });
  },
);
