import type { EntityManager } from 'typeorm';
import { UserEntity } from '../modules/user/user.entity';
import { MilestoneEntity } from '../modules/volunteer/milestone.entity';
import { VolunteerProfileEntity, type SupportChannel } from '../modules/volunteer/volunteer-profile.entity';
import { VolunteerTaskEntity } from '../modules/volunteer/volunteer-task.entity';
import { CauseArea, Locale, MilestoneStatus, UserRole, VolunteerSkill, VolunteerTaskStatus } from '../shared/enums';
import { demoId } from './seed-resources';

/**
 * Demo volunteers and the plans of the named projects: milestones with tasks to pick up, some already done, so the
 * task board, recommendations and contributor lists have something true to the plan to show.
 */

interface DemoVolunteer {
  email: string;
  displayName: string;
  bio: string;
  skills: VolunteerSkill[];
  causeAreas: CauseArea[];
  weeklyHours: number;
  languages: string[];
  supportChannels: SupportChannel[];
}

interface DemoTask {
  key: string;
  title: string;
  description: string;
  skillsNeeded: VolunteerSkill[];
  estimatedHours: number;
  goodFirstTask?: boolean;
  /** Done by this demo volunteer (email), with the hours recognised. */
  doneBy?: { email: string; hours: number };
}

interface DemoMilestone {
  key: string;
  project: string;
  title: string;
  description: string;
  dueOn: string | null;
  status: MilestoneStatus;
  tasks: DemoTask[];
}

export const demoVolunteers: DemoVolunteer[] = [
  {
    email: 'demo-volunteer-01@goodlink.example',
    displayName: '小林（示例志愿者）',
    bio: '播客剪辑和新媒体运营，周末有空。想把开源公益的好案例讲给更多人听。',
    skills: [VolunteerSkill.PODCAST_PRODUCTION, VolunteerSkill.NEW_MEDIA, VolunteerSkill.CONTENT],
    causeAreas: [CauseArea.MENTAL_HEALTH, CauseArea.ACCESSIBILITY],
    weeklyHours: 4,
    languages: ['zh-CN'],
    supportChannels: [{ label: '爱发电（示例链接）', url: 'https://example.org/support/xiaolin' }],
  },
  {
    email: 'demo-volunteer-02@goodlink.example',
    displayName: 'Alex（示例志愿者）',
    bio: 'Front-end engineer; I test with screen readers and fix what I find.',
    skills: [VolunteerSkill.ENGINEERING, VolunteerSkill.ACCESSIBILITY_TESTING, VolunteerSkill.TRANSLATION],
    causeAreas: [CauseArea.ACCESSIBILITY],
    weeklyHours: 6,
    languages: ['en', 'zh-CN'],
    supportChannels: [{ label: 'GitHub Sponsors (demo link)', url: 'https://example.org/support/alex' }],
  },
  {
    email: 'demo-volunteer-03@goodlink.example',
    displayName: '阿青（示例志愿者）',
    bio: '做过心理咨询场景的用户调研，也能组织线下工作坊。',
    skills: [VolunteerSkill.UX_RESEARCH, VolunteerSkill.EVENT_OPERATIONS, VolunteerSkill.COMMUNITY],
    causeAreas: [CauseArea.MENTAL_HEALTH, CauseArea.CHILDREN_AND_EDUCATION],
    weeklyHours: 3,
    languages: ['zh-CN'],
    supportChannels: [],
  },
];

export const demoMilestones: DemoMilestone[] = [
  {
    key: 'rainbow-bear/phase-2',
    project: 'rainbow-bear',
    title: '二期迭代：辅助治疗场景的 Agent 原型',
    description: '在 AI for Good 工作坊的研讨基础上，完成二期迭代的原型与开源协作模块。',
    dueOn: '2026-12-31',
    status: MilestoneStatus.IN_PROGRESS,
    tasks: [
      {
        key: 'interviews',
        title: '整理「辅助治疗」场景研讨的访谈记录',
        description: '把场景研讨的纪要整理成用户需求清单，标出已验证和待验证的需求。',
        skillsNeeded: [VolunteerSkill.UX_RESEARCH],
        estimatedHours: 6,
        goodFirstTask: true,
        doneBy: { email: 'demo-volunteer-03@goodlink.example', hours: 8 },
      },
      {
        key: 'agent-prompt-eval',
        title: '为 Agent 的回复建一套安全评测用例',
        description: '覆盖危机信号识别、转介建议和不当回复，评测结果写进仓库的文档。',
        skillsNeeded: [VolunteerSkill.AI_ML, VolunteerSkill.ENGINEERING],
        estimatedHours: 16,
      },
      {
        key: 'booth-demo',
        title: '准备 1024 展台的开源协作模块演示',
        description: '一页说明、一段三分钟的演示视频，现场可以直接播放。',
        skillsNeeded: [VolunteerSkill.NEW_MEDIA, VolunteerSkill.DESIGN],
        estimatedHours: 8,
      },
    ],
  },
  {
    key: 'rainbow-bear/podcast',
    project: 'rainbow-bear',
    title: '播客专栏：讲好彩虹熊熊的故事',
    description: '基于 2024 年开源公益项目优秀案例征集，制作一期播客。',
    dueOn: '2027-02-28',
    status: MilestoneStatus.PLANNED,
    tasks: [
      {
        key: 'podcast-edit',
        title: '剪辑一期 30 分钟的播客',
        description: '素材已录好，需要剪辑、配乐和字幕稿。',
        skillsNeeded: [VolunteerSkill.PODCAST_PRODUCTION],
        estimatedHours: 10,
        goodFirstTask: true,
      },
    ],
  },
  {
    key: 'yunbiaoqian/handover',
    project: 'yunbiaoqian',
    title: '社区接力：让新志愿者一周内上手',
    description: '核心志愿者来来去去，把上手路径写清楚，项目才能一直有人接力。',
    dueOn: '2027-01-15',
    status: MilestoneStatus.IN_PROGRESS,
    tasks: [
      {
        key: 'contributing-guide',
        title: '写一份中英文的贡献指南',
        description: '本地运行、提交流程、找第一个任务的方法。',
        skillsNeeded: [VolunteerSkill.CONTENT, VolunteerSkill.TRANSLATION],
        estimatedHours: 5,
        goodFirstTask: true,
        doneBy: { email: 'demo-volunteer-02@goodlink.example', hours: 5 },
      },
      {
        key: 'label-a11y',
        title: '让标注界面可以只用键盘操作',
        description: '标注、撤销、下一条都要有快捷键和可读的焦点样式。',
        skillsNeeded: [VolunteerSkill.ENGINEERING, VolunteerSkill.ACCESSIBILITY_TESTING],
        estimatedHours: 12,
      },
    ],
  },
  {
    key: 'nvda/zh-docs',
    project: 'nvda',
    title: '中文用户指南同步',
    description: '让中文读屏用户拿到和英文一样新的用户指南。',
    dueOn: null,
    status: MilestoneStatus.PLANNED,
    tasks: [
      {
        key: 'user-guide-translation',
        title: '翻译用户指南新增的章节',
        description: '对照英文版的更新记录，翻译新增和修改的章节。',
        skillsNeeded: [VolunteerSkill.TRANSLATION],
        estimatedHours: 8,
        goodFirstTask: true,
      },
    ],
  },
];

/** Loads the demo volunteers, milestones and tasks; rows already there (by email or name-based id) stay as they are. */
export async function seedVolunteers(manager: EntityManager, projectIds: Map<string, string>): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values(
      demoVolunteers.map((v) => ({
        email: v.email,
        displayName: v.displayName,
        locale: Locale.ZH_CN,
        passwordHash: null,
        role: UserRole.USER,
        isDemo: true,
      })),
    )
    .orIgnore()
    .execute();
  const users = await manager.getRepository(UserEntity).findBy(demoVolunteers.map((v) => ({ email: v.email })));
  const userIds = new Map(users.map((user) => [user.email, user.id]));
  await manager
    .createQueryBuilder()
    .insert()
    .into(VolunteerProfileEntity)
    .values(
      demoVolunteers.map(({ email, displayName: _d, ...profile }) => ({
        ...profile,
        userId: userIds.get(email)!,
        isPublic: true,
      })),
    )
    .orIgnore()
    .execute();

  const milestones = demoMilestones.filter((m) => projectIds.has(m.project));
  if (milestones.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(MilestoneEntity)
    .values(
      milestones.map(({ key, project, tasks: _t, ...fields }) => ({
        ...fields,
        id: demoId(`milestone/${key}`),
        projectId: projectIds.get(project)!,
      })),
    )
    .orIgnore()
    .execute();
  const doneAt = new Date('2026-10-24T12:00:00Z');
  await manager
    .createQueryBuilder()
    .insert()
    .into(VolunteerTaskEntity)
    .values(
      milestones.flatMap((m) =>
        m.tasks.map(({ key, doneBy, goodFirstTask = false, ...fields }) => ({
          ...fields,
          goodFirstTask,
          id: demoId(`volunteer-task/${m.key}/${key}`),
          projectId: projectIds.get(m.project)!,
          milestoneId: demoId(`milestone/${m.key}`),
          ...(doneBy
            ? {
                status: VolunteerTaskStatus.DONE,
                claimantId: userIds.get(doneBy.email)!,
                claimedAt: doneAt,
                submittedAt: doneAt,
                completedAt: doneAt,
                hoursRecorded: doneBy.hours,
              }
            : { status: VolunteerTaskStatus.OPEN }),
        })),
      ),
    )
    .orIgnore()
    .execute();
}
