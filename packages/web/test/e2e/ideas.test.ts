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
 * An idea from the people served, through the real UI, once in each language: someone proposes a need of their
 * community (the form shows the API's field errors), a volunteer joins with a note, the proposer sees who joined,
 * and someone who offered to maintain it takes it up as a project.
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

describe.each(process.env.E2E_LANG ? [process.env.E2E_LANG as Language] : LANGUAGES)('an idea in %s', (language) => {
  const m = (key: string, values?: Record<string, string | number>) => message(language, key, values);
  const tag = language === 'en' ? 'en' : 'zh';
  const contexts: BrowserContext[] = [];
  const idea = { name: `盲文菜单 ${tag}`, slug: `braille-menu-${tag}` };
  const note = `我会做前端 ${tag}`;

  /** A signed-up person's page in this language. */
  async function person(name: string): Promise<Page> {
    const { signUp } = await goodlink.gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: {
        email: `${name.replace(/\W/g, '')}-${tag}-${Date.now()}@example.org`,
        password: 'a long enough password',
        displayName: `${name} ${tag}`,
        locale: language === 'en' ? 'EN' : 'ZH_CN',
      },
    });
    const context = await newContext(browser, language);
    contexts.push(context);
    await context.addInitScript((value) => localStorage.setItem('goodlink.token', value), signUp.token);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  async function check(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await screenshot(page, `idea-journey-${name}-${language}`);
    expect(await visibleMessageKeys(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  test('proposed, joined, seen by its proposer and taken up', async () => {
    const proposer = await person('Proposer');
    await proposer.goto(`${goodlink.url}/ideas/new`);
    await proposer.getByLabel(m('ideas.new.name')).fill(idea.name);
    await proposer.getByLabel(m('ideas.new.summary')).fill('餐馆的菜单我们看不见，希望有盲文或语音菜单。');
    await proposer.getByLabel(m('ideas.new.need')).fill('我们是视障朋友，去餐馆点菜时只能请别人读菜单。');
    await proposer.getByLabel(m('ideas.new.beneficiaries')).fill('视障朋友');
    // No cause chosen: the form says so before anything is sent.
    await proposer.getByRole('button', { name: m('ideas.new.submit') }).click();
    await proposer.getByText(m('ideas.rules.cause')).waitFor();
    await proposer.getByLabel(m('ideas.new.causeAreas')).getByText(m('enum.CauseArea.ACCESSIBILITY')).click();
    // The cause's message fades out (an animation): wait until it has gone before reading the form's errors.
    await proposer.getByText(m('ideas.rules.cause')).waitFor({ state: 'detached' });
    // A taken address: the API's CONFLICT on `slug` shows under that field.
    await proposer.getByLabel(m('ideas.new.slug')).fill('idea-sign-language-booking');
    await proposer.getByRole('button', { name: m('ideas.new.submit') }).click();
    await proposer.locator('.ant-form-item-explain-error', { hasText: /slug/i }).waitFor();
    expect(await proposer.locator('.ant-form-item-explain-error').allInnerTexts()).toEqual([
      expect.stringMatching(/slug/i),
    ]);
    await check(proposer, 'new');
    await proposer.getByLabel(m('ideas.new.slug')).fill(idea.slug);
    await proposer.getByRole('button', { name: m('ideas.new.submit') }).click();
    await proposer.getByRole('heading', { level: 1, name: idea.name }).waitFor();
    expect(proposer.url()).toBe(`${goodlink.url}/ideas/${idea.slug}`);
    await proposer.getByText(m('ideas.nobodyYet')).waitFor();

    // A volunteer finds it in the list and joins with a note.
    const volunteer = await person('Volunteer');
    await volunteer.goto(`${goodlink.url}/ideas`);
    await volunteer.getByRole('link', { name: idea.name }).click();
    const volunteering = volunteer.getByRole('region', { name: m('ideas.roles.VOLUNTEER.label') });
    await volunteering.getByLabel(m('ideas.noteLabel')).fill(note);
    await volunteering.getByRole('button', { name: m('ideas.roles.VOLUNTEER.action') }).click();
    await volunteering.getByText(m('ideas.roles.VOLUNTEER.joined')).waitFor();
    // Only the proposer and maintainers see who joined; the volunteer does not.
    expect(await volunteer.getByText(m('ideas.whoJoined'), { exact: true }).count()).toBe(0);
    await check(volunteer, 'joined');

    await proposer.reload();
    await proposer.getByText(`Volunteer ${tag}`).waitFor();
    await proposer.getByText(note).waitFor();
    await check(proposer, 'who-joined');

    // Someone offers to maintain it, then takes it up.
    const maintainer = await person('Maintainer');
    await maintainer.goto(`${goodlink.url}/ideas/${idea.slug}`);
    const maintaining = maintainer.getByRole('region', { name: m('ideas.roles.MAINTAINER.label') });
    await maintaining.getByRole('button', { name: m('ideas.roles.MAINTAINER.action') }).click();
    await maintainer.getByRole('button', { name: m('ideas.takeUp') }).click();
    await maintainer.getByText(m('ideas.takenUpNotice')).waitFor();
    await maintainer.getByText(note).waitFor();
    await check(maintainer, 'taken-up');

    await maintainer.goto(`${goodlink.url}/ideas`);
    await maintainer.getByRole('heading', { level: 1, name: m('ideas.title') }).waitFor();
    await maintainer.waitForLoadState('networkidle');
    expect(await maintainer.getByRole('link', { name: idea.name }).count()).toBe(0);
  });
});
