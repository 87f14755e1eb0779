import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
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
 * The volunteering journey, through the real UI of the real server, once in each language: a maintainer adds a
 * milestone and a task in the console; a volunteer fills in a public profile, sees the task recommended (with what
 * matched), claims it and submits it; the maintainer confirms it done with the hours; the volunteer's public profile
 * and the project page then show the contribution and the volunteer's support link.
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

const HOURS = 5;

describe.each(process.env.E2E_LANG ? [process.env.E2E_LANG as Language] : LANGUAGES)(
  'the volunteering journey in %s',
  (language) => {
    const m = (key: string, values?: Record<string, string | number>) => message(language, key, values);
    const tag = language === 'en' ? 'en' : 'zh';
    const project = { slug: `tingjian-tasks-${tag}`, name: `听见字幕 ${tag}` };
    const milestoneTitle = `一期：课堂字幕上线 ${tag}`;
    const taskTitle = `用读屏软件走查字幕设置页 ${tag}`;
    const supportLink = { label: '爱发电', url: `https://afdian.com/a/volunteer-${tag}` };
    const contexts: BrowserContext[] = [];
    const tokens = { maintainer: '', volunteer: '' };
    let volunteerId = '';
    let volunteerName = '';
    let maintainerPage: Page;
    let volunteerPage: Page;

    /** A page in this language, signed in with `token` when given, whose page errors fail the test. */
    async function visitor(token?: string): Promise<Page> {
      const context = await newContext(browser, language);
      contexts.push(context);
      if (token) await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), token);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    }

    async function check(page: Page, name: string) {
      // Away from the link just clicked: the scan measures the page at rest, not a hover colour.
      await page.mouse.move(0, 0);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `volunteer-journey-${name}-${language}`);
      expect(await visibleMessageKeys(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }

    /** Picks `options` in the drop-down select labelled `label`, then closes it. */
    async function choose(page: Page, label: string, ...options: string[]) {
      await page.getByLabel(label, { exact: true }).click();
      for (const option of options) {
        await page
          .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`)
          .click();
      }
      await page.keyboard.press('Escape');
    }

    async function signUp(who: string): Promise<{ token: string; id: string; name: string }> {
      const name = `${who} ${tag}`;
      const input = { email: `${who}-${tag}@example.org`, password: 'a long enough password', displayName: name };
      const { signUp } = await goodlink.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input,
      });
      await goodlink.gql(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }',
        { input: { locale: language === 'en' ? 'EN' : 'ZH_CN' } },
        signUp.token,
      );
      const { viewer } = await goodlink.gql('{ viewer { id } }', {}, signUp.token);
      return { token: signUp.token, id: viewer.id, name };
    }

    afterAll(async () => {
      for (const context of contexts) await context.close();
    });

    test('a maintainer adds a milestone and a task in the console', async () => {
      tokens.maintainer = (await signUp('task-maintainer')).token;
      const { createProject } = await goodlink.gql(
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
        { input: { ...project, summary: '为听障学生的课堂实时生成字幕', causeAreas: ['ACCESSIBILITY'] } },
        tokens.maintainer,
      );
      await goodlink.gql(
        'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
        { input: { projectId: createProject.project.id } },
        tokens.maintainer,
      );

      maintainerPage = await visitor(tokens.maintainer);
      await maintainerPage.goto(`${goodlink.url}/console/projects/${project.slug}/edit`);
      await maintainerPage
        .getByRole('navigation', { name: m('maintainer.nav.label') })
        .getByRole('link', { name: m('maintainer.nav.tasks') })
        .click();
      await maintainerPage.getByText(m('volunteer.plan.noMilestones')).waitFor();
      await check(maintainerPage, 'plan-empty');

      await maintainerPage.getByLabel(m('volunteer.plan.milestoneTitle')).fill(milestoneTitle);
      await maintainerPage.getByLabel(m('volunteer.plan.dueOn')).fill('2027-03-31');
      await maintainerPage.getByRole('button', { name: m('volunteer.plan.createMilestone') }).click();
      await maintainerPage.getByRole('heading', { name: milestoneTitle }).waitFor();

      await maintainerPage
        .getByRole('button', { name: m('volunteer.plan.addTaskNamed', { title: milestoneTitle }) })
        .click();
      const taskForm = maintainerPage.locator('form[id^="new-task-"]');
      await taskForm.getByLabel(m('volunteer.plan.taskTitle')).fill(taskTitle);
      await taskForm
        .getByLabel(m('volunteer.plan.taskDescription'))
        .fill('用 NVDA 把字幕设置页走一遍，记下读不出来的控件。');
      await choose(maintainerPage, m('volunteer.plan.skillsNeeded'), m('enum.VolunteerSkill.ACCESSIBILITY_TESTING'));
      await taskForm.getByLabel(m('volunteer.plan.estimatedHours')).fill('6');
      await taskForm.getByLabel(m('volunteer.plan.goodFirst')).check();
      await check(maintainerPage, 'task-form');
      await taskForm.getByRole('button', { name: m('volunteer.plan.createTask') }).click();
      await maintainerPage.getByRole('heading', { name: taskTitle }).waitFor();
      await maintainerPage
        .getByText(m('volunteer.plan.progress', { done: 0, total: 1 }))
        .first()
        .waitFor();
      await check(maintainerPage, 'plan');
    });

    test('a volunteer fills in a public profile, sees the task recommended, claims and submits it', async () => {
      const volunteer = await signUp('volunteer');
      tokens.volunteer = volunteer.token;
      volunteerId = volunteer.id;
      volunteerName = volunteer.name;
      volunteerPage = await visitor(tokens.volunteer);
      await volunteerPage.goto(`${goodlink.url}/account`);
      await volunteerPage.getByRole('link', { name: m('nav.volunteer') }).click();
      await volunteerPage.getByText(m('volunteer.recommended.needProfile')).waitFor();
      await check(volunteerPage, 'no-profile');

      await choose(volunteerPage, m('volunteer.profile.skills'), m('enum.VolunteerSkill.ACCESSIBILITY_TESTING'));
      await volunteerPage.getByLabel(m('volunteer.profile.weeklyHours')).fill('4');
      await choose(volunteerPage, m('volunteer.profile.causes'), m('enum.CauseArea.ACCESSIBILITY'));
      await volunteerPage.getByLabel(m('volunteer.profile.bio')).fill('视障用户，熟悉 NVDA 和争渡读屏');
      await volunteerPage.getByRole('button', { name: m('volunteer.profile.addChannel') }).click();
      await volunteerPage.getByLabel(m('volunteer.profile.channelLabel', { n: 1 })).fill(supportLink.label);
      await volunteerPage.getByLabel(m('volunteer.profile.channelUrl', { n: 1 })).fill(supportLink.url);
      await volunteerPage.getByRole('switch', { name: m('volunteer.profile.public') }).click();
      await volunteerPage.getByRole('button', { name: m('volunteer.profile.save') }).click();
      await volunteerPage.getByText(m('volunteer.profile.saved')).waitFor();

      // Recommended, with what matched said plainly.
      const recommended = volunteerPage
        .locator('section', { has: volunteerPage.getByRole('heading', { name: m('volunteer.recommended.heading') }) })
        .locator('li')
        .filter({ hasText: taskTitle });
      await recommended.waitFor();
      const why = await recommended.locator('.task-why').innerText();
      expect(why).toContain(m('enum.VolunteerSkill.ACCESSIBILITY_TESTING'));
      expect(why).toContain(m('enum.CauseArea.ACCESSIBILITY'));
      await check(volunteerPage, 'recommended');

      await recommended.getByRole('button', { name: m('volunteer.task.claimNamed', { title: taskTitle }) }).click();
      // Claimed without a reload: the task is now among "My tasks", no longer offered.
      const mine = volunteerPage
        .locator('section', { has: volunteerPage.getByRole('heading', { name: m('volunteer.mine.held') }) })
        .locator('li')
        .filter({ hasText: taskTitle });
      await mine.getByText(m('volunteer.task.heldByYou')).waitFor();
      await recommended.waitFor({ state: 'detached' });
      await mine.getByRole('button', { name: m('volunteer.mine.submit') }).click();
      const dialog = volunteerPage.getByRole('dialog');
      await dialog.getByLabel(m('volunteer.mine.note')).fill('走查记录：https://example.org/a11y-report');
      await dialog.getByRole('button', { name: m('volunteer.mine.submitOk') }).click();
      await dialog.waitFor({ state: 'hidden' });
      await mine.getByText(m('volunteer.mine.waiting')).waitFor();
      await check(volunteerPage, 'submitted');
    });

    test(`the maintainer confirms it done with ${HOURS} hours`, async () => {
      await maintainerPage.reload();
      const task = maintainerPage.locator('.console-task').filter({ hasText: taskTitle });
      await task.getByText('https://example.org/a11y-report').waitFor();
      await task.getByText(m('volunteer.task.heldBy', { name: volunteerName })).waitFor();
      await task.getByRole('button', { name: m('volunteer.plan.confirmDoneNamed', { title: taskTitle }) }).click();
      const dialog = maintainerPage.getByRole('dialog');
      await dialog.getByLabel(m('volunteer.plan.hours')).fill(String(HOURS));
      await dialog.getByRole('button', { name: m('volunteer.plan.confirmOk') }).click();
      await dialog.waitFor({ state: 'hidden' });
      await task.getByText(m('volunteer.task.hoursRecognised', { hours: HOURS })).waitFor();
      await maintainerPage
        .getByText(m('volunteer.plan.progress', { done: 1, total: 1 }))
        .first()
        .waitFor();
      await check(maintainerPage, 'confirmed');
    });

    test('the public volunteer profile and the project page show the contribution', async () => {
      const visitorPage = await visitor();
      await visitorPage.goto(`${goodlink.url}/volunteers/${volunteerId}`);
      await visitorPage.getByRole('heading', { name: volunteerName, exact: true }).waitFor();
      const stats = await visitorPage.locator('.ant-statistic').allInnerTexts();
      expect(stats.join(' ')).toMatch(new RegExp(`${m('volunteer.public.tasksDone')}\\s+1\\b`));
      expect(stats.join(' ')).toMatch(new RegExp(`${m('volunteer.public.hours')}\\s+${HOURS}\\b`));
      await visitorPage.getByRole('link', { name: project.name }).waitFor();
      expect(await visitorPage.getByRole('link', { name: supportLink.label }).getAttribute('href')).toBe(
        supportLink.url,
      );
      await check(visitorPage, 'public-profile');

      await visitorPage.goto(`${goodlink.url}/projects/${project.slug}`);
      const contributor = visitorPage
        .locator('section', {
          has: visitorPage.getByRole('heading', { name: m('volunteer.projectPage.contributors') }),
        })
        .locator('li')
        .filter({ hasText: volunteerName });
      await contributor.getByText(m('volunteer.projectPage.contribution', { tasks: 1, hours: HOURS })).waitFor();
      expect(await contributor.getByRole('link', { name: supportLink.label }).getAttribute('href')).toBe(
        supportLink.url,
      );
      await visitorPage.getByText(m('volunteer.plan.progress', { done: 1, total: 1 })).waitFor();
      await check(visitorPage, 'project-page');
    });

    test('on the task board a claim updates its card in place, someone else’s earlier claim is said plainly, and the maintainer releases a stale claim', async () => {
      const { project: found } = await goodlink.gql(
        'query($slug: String!) { project(slug: $slug) { id milestones { id } } }',
        {
          slug: project.slug,
        },
      );
      const createTask = async (title: string) =>
        (
          await goodlink.gql(
            'mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { task { id } } }',
            {
              input: {
                milestoneId: found.milestones[0].id,
                title,
                skillsNeeded: ['TRANSLATION'],
                estimatedHours: 3,
              },
            },
            tokens.maintainer,
          )
        ).createVolunteerTask.task;
      const taken = `把字幕设置页翻译成英文 ${tag}`;
      const free = `校对字幕术语表 ${tag}`;
      const takenTask = await createTask(taken);
      await createTask(free);

      const board = await visitor(tokens.volunteer);
      await board.goto(`${goodlink.url}/tasks?project=${found.id}`);
      const takenCard = board.locator('li').filter({ hasText: taken });
      const freeCard = board.locator('li').filter({ hasText: free });
      await freeCard.waitFor();
      await check(board, 'board');

      // Someone else is quicker, after the board was loaded.
      const quicker = await signUp('quicker');
      await goodlink.gql(
        'mutation($input: ClaimVolunteerTaskInput!) { claimVolunteerTask(input: $input) { task { id } } }',
        { input: { taskId: takenTask.id } },
        quicker.token,
      );
      await takenCard.getByRole('button', { name: m('volunteer.task.claimNamed', { title: taken }) }).click();
      await takenCard.getByRole('alert').getByText(m('volunteer.problems.TASK_NOT_OPEN')).waitFor();

      await freeCard.getByRole('button', { name: m('volunteer.task.claimNamed', { title: free }) }).click();
      await freeCard.getByText(m('volunteer.task.heldByYou')).waitFor();
      await freeCard.getByText(m('enum.VolunteerTaskStatus.CLAIMED'), { exact: true }).waitFor();
      await check(board, 'board-claimed');

      // The quicker volunteer went quiet: the maintainer frees the task for others.
      await maintainerPage.reload();
      const stale = maintainerPage.locator('.console-task').filter({ hasText: taken });
      await stale.getByRole('button', { name: m('volunteer.plan.releaseNamed', { title: taken }) }).click();
      await maintainerPage
        .locator('.ant-popconfirm')
        .getByRole('button', { name: m('volunteer.plan.releaseOk') })
        .click();
      await stale.getByText(m('enum.VolunteerTaskStatus.OPEN'), { exact: true }).waitFor();
      const { volunteerTask } = await goodlink.gql(
        'query($id: ID!) { volunteerTask(id: $id) { status claimant { id } } }',
        {
          id: takenTask.id,
        },
      );
      expect(volunteerTask).toEqual({ status: 'OPEN', claimant: null });
    });
  },
);
