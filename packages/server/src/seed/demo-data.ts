import { CauseArea, EventKind, OrganizationKind, ProjectStage, SponsorRole, StoryKind } from '../shared/enums';

/**
 * Demo data: the organisations, projects and events named in Goodlink's founding plan (开源社公益组 2025 年度规划).
 * Every row is flagged `isDemo` and its text says 示例数据 / demo data: it illustrates Goodlink and states no real
 * commitment by anyone named. Demo accounts have no password and cannot sign in.
 */
export const DEMO = '（示例数据 / demo data）';

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  websiteUrl: string | null;
  description: string;
  verified: boolean;
}

export const demoOrganizations: DemoOrganization[] = [
  {
    slug: 'bytedance',
    name: '字节跳动 ByteDance',
    kind: OrganizationKind.COMPANY,
    websiteUrl: 'https://www.bytedance.com',
    description: `字节跳动技术公益社团的志愿者参与彩虹熊熊、云标签等技术公益项目。${DEMO}`,
    verified: true,
  },
  {
    slug: 'tencent',
    name: '腾讯 Tencent',
    kind: OrganizationKind.COMPANY,
    websiteUrl: 'https://www.tencent.com',
    description: `腾讯的技术志愿者与字节跳动志愿者一起参与彩虹熊熊项目。${DEMO}`,
    verified: true,
  },
  {
    slug: 'google',
    name: '谷歌 Google',
    kind: OrganizationKind.COMPANY,
    websiteUrl: 'https://about.google',
    description: `与有人1+1基金会合作推进智引线项目。${DEMO}`,
    verified: true,
  },
  {
    slug: 'runbao-fangde-foundation',
    name: '润保芳德基金会',
    kind: OrganizationKind.FOUNDATION,
    websiteUrl: null,
    description: `彩虹熊熊项目的公益场景伙伴。尚未由平台核实，用来展示未核实组织的标记。${DEMO}`,
    verified: false,
  },
  {
    slug: 'youren-1plus1-foundation',
    name: '有人1+1基金会',
    kind: OrganizationKind.FOUNDATION,
    websiteUrl: null,
    description: `智引线项目的公益场景伙伴。${DEMO}`,
    verified: true,
  },
  {
    slug: 'kaiyuanshe',
    name: '开源社 KAIYUANSHE',
    kind: OrganizationKind.COMMUNITY,
    websiteUrl: 'https://kaiyuanshe.cn',
    description: `开源社公益组：传播倡导开源公益理念，孵化开源公益项目，把对的人聚集起来。${DEMO}`,
    verified: true,
  },
  {
    slug: 'apache-software-foundation',
    name: 'Apache Software Foundation',
    kind: OrganizationKind.FOUNDATION,
    websiteUrl: 'https://www.apache.org',
    description: `Community Over Code 大会的主办方。${DEMO}`,
    verified: true,
  },
  {
    slug: 'iscas',
    name: '中国科学院软件研究所 ISCAS',
    kind: OrganizationKind.ACADEMIC,
    websiteUrl: 'https://summer-ospp.ac.cn',
    description: `开源之夏（Open Source Promotion Plan）的主办方。${DEMO}`,
    verified: true,
  },
  {
    slug: 'nv-access',
    name: 'NV Access',
    kind: OrganizationKind.NONPROFIT,
    websiteUrl: 'https://www.nvaccess.org',
    description: `The non-profit behind the NVDA screen reader. ${DEMO}`,
    verified: true,
  },
];

export interface DemoProject {
  slug: string;
  name: string;
  summary: string;
  description: string;
  stage: ProjectStage;
  causeAreas: CauseArea[];
  repositoryUrl: string | null;
  websiteUrl: string | null;
  license: string | null;
  beneficiaries: string;
  organization: string;
  maintainer: { email: string; displayName: string };
  sponsors: { organization: string; role: SponsorRole; attribution: string }[];
}

export const demoProjects: DemoProject[] = [
  {
    slug: 'rainbow-bear',
    name: '彩虹熊熊',
    summary: '面向「辅助治疗」场景的 AI Agent 技术公益项目，字节跳动与腾讯的志愿者和润保芳德基金会共建。',
    description: [
      '## 彩虹熊熊',
      '',
      '在 Community Over Code「AI for Good」工作坊上，志愿者围绕辅助治疗场景搭建开源 Agent，',
      '二期迭代把协作模块开放给更多社区志愿者。',
      '',
      `An AI-agent project for assisted therapy, built in the open by ByteDance and Tencent volunteers. ${DEMO}`,
    ].join('\n'),
    stage: ProjectStage.INCUBATING,
    causeAreas: [CauseArea.MENTAL_HEALTH, CauseArea.PUBLIC_HEALTH],
    repositoryUrl: null,
    websiteUrl: null,
    license: 'Apache-2.0',
    beneficiaries: '需要辅助治疗支持的人和陪伴他们的家人',
    organization: 'runbao-fangde-foundation',
    maintainer: { email: 'demo-rainbow-bear@goodlink.example', displayName: '彩虹熊熊志愿者（示例）' },
    sponsors: [
      {
        organization: 'bytedance',
        role: SponsorRole.TECHNOLOGY_PARTNER,
        attribution: '字节跳动技术公益社团志愿者参与研发',
      },
      { organization: 'tencent', role: SponsorRole.TECHNOLOGY_PARTNER, attribution: '腾讯技术志愿者参与研发' },
      {
        organization: 'runbao-fangde-foundation',
        role: SponsorRole.FOUNDATION_PARTNER,
        attribution: '公益场景与服务对象支持',
      },
    ],
  },
  {
    slug: 'zhiyinxian',
    name: '智引线',
    summary: '谷歌与有人1+1基金会合作的技术公益项目，为残障伙伴提供信息无障碍支持。',
    description: `智引线由谷歌志愿者与有人1+1基金会共同推进。${DEMO}`,
    stage: ProjectStage.PROTOTYPE,
    causeAreas: [CauseArea.ACCESSIBILITY],
    repositoryUrl: null,
    websiteUrl: null,
    license: 'Apache-2.0',
    beneficiaries: '残障伙伴',
    organization: 'youren-1plus1-foundation',
    maintainer: { email: 'demo-zhiyinxian@goodlink.example', displayName: '智引线维护者（示例）' },
    sponsors: [
      { organization: 'google', role: SponsorRole.TECHNOLOGY_PARTNER, attribution: '谷歌志愿者参与研发' },
      { organization: 'youren-1plus1-foundation', role: SponsorRole.FOUNDATION_PARTNER, attribution: '公益场景伙伴' },
    ],
  },
  {
    slug: 'yunbiaoqian',
    name: '云标签',
    summary: '字节跳动技术公益社团发起的开源公益项目，正在招募更多社区志愿者接力。',
    description: `云标签由字节跳动技术公益社团的志愿者发起，正在寻找更多社区伙伴接力维护。${DEMO}`,
    stage: ProjectStage.ACTIVE,
    causeAreas: [CauseArea.OTHER],
    repositoryUrl: null,
    websiteUrl: null,
    license: 'MIT',
    beneficiaries: '公益组织与志愿者',
    organization: 'bytedance',
    maintainer: { email: 'demo-yunbiaoqian@goodlink.example', displayName: '云标签维护者（示例）' },
    sponsors: [{ organization: 'bytedance', role: SponsorRole.IN_KIND, attribution: '字节跳动技术公益社团' }],
  },
  {
    slug: 'nvda',
    name: 'NVDA',
    summary:
      'NVDA (NonVisual Desktop Access): a free, open-source screen reader for Windows. 免费开源的视障屏幕阅读器。',
    description: [
      'NVDA lets blind and vision-impaired people use Windows computers independently, in dozens of languages.',
      '',
      `开源公益播客专栏的第一期案例：NVDA 项目如何持续运营社区。${DEMO}`,
    ].join('\n'),
    stage: ProjectStage.MAINTAINED,
    causeAreas: [CauseArea.ACCESSIBILITY],
    repositoryUrl: 'https://github.com/nvaccess/nvda',
    websiteUrl: 'https://www.nvaccess.org',
    license: 'GPL-2.0-or-later',
    beneficiaries: 'Blind and vision-impaired people / 视障人士',
    organization: 'nv-access',
    maintainer: { email: 'demo-nvda@goodlink.example', displayName: 'NVDA community (demo)' },
    sponsors: [{ organization: 'kaiyuanshe', role: SponsorRole.MEDIA_PARTNER, attribution: '开源公益播客专栏' }],
  },
];

export interface DemoEvent {
  slug: string;
  kind: EventKind;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string | null;
  /** IANA zone: the demo events all happen in China. */
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  websiteUrl: string | null;
  organizers: string[];
  projects: { project: string; outcome: string }[];
}

export const demoEvents: DemoEvent[] = [
  {
    slug: 'coc-ai-for-good-agent-workshop',
    kind: EventKind.WORKSHOP,
    name: 'Community Over Code「AI for Good」开源 Agent 搭建工作坊',
    description: `围绕「辅助治疗」x AI Agent 的场景研讨与动手工作坊，推动开源公益项目孵化。${DEMO}`,
    startsAt: '2025-07-26T01:00:00.000Z',
    endsAt: '2025-07-26T09:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    location: '北京',
    onlineUrl: null,
    websiteUrl: 'https://asia.communityovercode.org',
    organizers: ['apache-software-foundation', 'bytedance', 'kaiyuanshe'],
    projects: [
      { project: 'rainbow-bear', outcome: '二期迭代思路与开源协作模块 / iteration plan and open collaboration module' },
    ],
  },
  {
    slug: 'ospp-2025',
    kind: EventKind.PROGRAM,
    name: '开源之夏 2025 Open Source Promotion Plan',
    description: `面向高校学生的开源项目开发活动；长期目标是形成开源公益项目的绿色通道或公益专场。${DEMO}`,
    startsAt: '2025-04-30T00:00:00.000Z',
    endsAt: '2025-11-09T00:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    location: null,
    onlineUrl: 'https://summer-ospp.ac.cn',
    websiteUrl: 'https://summer-ospp.ac.cn',
    organizers: ['iscas'],
    projects: [{ project: 'yunbiaoqian', outcome: '学生志愿者认领任务 / student volunteers took on tasks' }],
  },
  {
    slug: 'kaiyuanshe-annual-conference-2026',
    kind: EventKind.CONFERENCE_TRACK,
    name: '开源社年会 · 开源公益专场',
    description: `开源社年会上的开源公益专场：优秀案例分享、项目路演与志愿者招募。${DEMO}`,
    startsAt: '2026-12-12T01:00:00.000Z',
    endsAt: '2026-12-13T09:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    location: '上海',
    onlineUrl: null,
    websiteUrl: 'https://kaiyuanshe.cn',
    organizers: ['kaiyuanshe'],
    projects: [
      { project: 'nvda', outcome: '案例分享 / case talk' },
      { project: 'zhiyinxian', outcome: '项目路演 / project pitch' },
    ],
  },
];

export interface DemoStory {
  slug: string;
  kind: StoryKind;
  title: string;
  url: string;
  publishedOn: string;
  summary: string;
  language: string;
  projects: string[];
  mediaUrl?: string;
  mediaType?: string;
  durationSeconds?: number;
}

/**
 * The podcast column on 2024 开源公益项目优秀案例 and the write-ups of the pilot workshop (the plan's links). Episode
 * pages and audio files live under podcast.goodlink.example: a reserved domain, as these episodes are examples.
 */
export const demoStories: DemoStory[] = [
  {
    slug: 'podcast-01-nvda',
    kind: StoryKind.PODCAST,
    title: '开源公益播客专栏 第 1 期：NVDA，视障屏幕阅读器如何持续运营社区',
    url: 'https://podcast.goodlink.example/episodes/01-nvda',
    publishedOn: '2025-03-15',
    summary: `2024 开源公益项目优秀案例：NVDA 的志愿者与维护者聊项目发展各阶段的踩坑经验，以及如何招募社区接力。${DEMO}`,
    language: 'zh-CN',
    projects: ['nvda'],
    mediaUrl: 'https://podcast.goodlink.example/audio/01-nvda.mp3',
    mediaType: 'audio/mpeg',
    durationSeconds: 2712,
  },
  {
    slug: 'podcast-02-rainbow-bear',
    kind: StoryKind.PODCAST,
    title: '开源公益播客专栏 第 2 期：彩虹熊熊，当 AI Agent 走进辅助治疗',
    url: 'https://podcast.goodlink.example/episodes/02-rainbow-bear',
    publishedOn: '2025-08-20',
    summary: `字节跳动与腾讯的志愿者、润保芳德基金会一起聊彩虹熊熊：从工作坊到二期迭代，开源协作如何让更多人参与进来。${DEMO}`,
    language: 'zh-CN',
    projects: ['rainbow-bear'],
    mediaUrl: 'https://podcast.goodlink.example/audio/02-rainbow-bear.mp3',
    mediaType: 'audio/mpeg',
    durationSeconds: 3125,
  },
  {
    slug: 'case-study-yunbiaoqian-nvda',
    kind: StoryKind.CASE_STUDY,
    title: '2024 开源公益项目优秀案例：云标签与 NVDA 的社区接力',
    url: 'https://podcast.goodlink.example/cases/yunbiaoqian-nvda',
    publishedOn: '2025-05-10',
    summary: `核心志愿者来来往往，如何让更多人接力？对照云标签（字节跳动技术公益社团发起）与 NVDA 的社区运营经验。${DEMO}`,
    language: 'zh-CN',
    projects: ['yunbiaoqian', 'nvda'],
  },
  {
    slug: 'ai-for-good-agent-workshop-intro',
    kind: StoryKind.ARTICLE,
    title: 'AI for Good 开源 Agent 搭建工作坊介绍',
    url: 'https://bytedance.larkoffice.com/docx/NN5GdIwXzosTpQxJ9eYcxt1Hnpg',
    publishedOn: '2025-07-10',
    summary: `Community Over Code 大会上围绕「辅助治疗」x AI Agent 的专场交流活动介绍。${DEMO}`,
    language: 'zh-CN',
    projects: ['rainbow-bear'],
  },
  {
    slug: 'rainbow-bear-iteration-2',
    kind: StoryKind.ARTICLE,
    title: '彩虹熊熊技术公益二期迭代思路',
    url: 'https://bytedance.larkoffice.com/docx/GNCXdj4PVoKvYSxUxBMcmkG0nyh',
    publishedOn: '2025-08-02',
    summary: `工作坊之后，彩虹熊熊二期的迭代方向与开源协作模块。${DEMO}`,
    language: 'zh-CN',
    projects: ['rainbow-bear'],
  },
];

/** Generated rows, so that every list has more than one page. */
export const GENERATED_PROJECTS = 48;
export const GENERATED_ORGANIZATIONS = 24;
