import type { ResourceDetailsData } from '../modules/resource/resource-details';
import {
  CauseArea,
  ProjectStage,
  PromotionChannel,
  ResourceCategory,
  ResourceOfferStatus,
  ResourceRequestStatus,
} from '../shared/enums';

/**
 * Demo data: the organisations, projects and events named in Goodlink's founding plan (开源社公益组 2025 年度规划).
 * Every row is flagged `isDemo` and its text says 示例数据 / demo data: it illustrates Goodlink and states no real
 * commitment by anyone named. Demo accounts have no password and cannot sign in.
 */
import { DEMO } from './demo-data';

/**
 * An instant: fixed (ISO 8601), or counted in days from when the demo data is loaded — for what must stay current
 * whenever it is loaded (an open offer's closing date, the requests still waiting for an answer).
 */
export type DemoInstant = string | { daysFromLoading: number };

export interface DemoResourceRequest {
  /** The asking project's slug. */
  project: string;
  quantity: number;
  status: ResourceRequestStatus;
  /** For APPROVED and FULFILLED: what was granted, when less than what was asked. */
  approvedQuantity?: number;
  justification: string;
  decisionNote?: string;
  fulfillmentNote?: string;
  createdAt: DemoInstant;
  /** When it was approved or declined. */
  decidedAt?: string;
  fulfilledAt?: string;
  /** When it was withdrawn or revoked. */
  closedAt?: string;
}

export interface DemoResourceOffer {
  /** Names the offer for good: its id is derived from it, so loading the demo data again finds the offer. */
  key: string;
  /** The offering organisation's slug. */
  organization: string;
  title: string;
  description: string;
  /** Its `category` is the offer's category. */
  details: ResourceDetailsData;
  unit: string;
  total: number;
  maxPerProject: number | null;
  /** Also when the offer was published. */
  opensAt: string;
  closesAt: DemoInstant | null;
  eligibleCauseAreas: CauseArea[];
  eligibleStages: ProjectStage[];
  osiLicenseRequired: boolean;
  attribution: string;
  status: ResourceOfferStatus;
  /** Loaded with the offer, and only then: `granted` is what their grants add up to. */
  requests: DemoResourceRequest[];
}

/**
 * Resources offered by the companies and the community of the plan, and what the demo projects asked of them:
 * grants (some in full, some in part), questions still open, a refusal with its reason, a request taken back.
 * Every request is one Goodlink would have accepted: the project is eligible, within the per-project maximum,
 * asking inside the offer's window.
 */
export const demoResourceOffers: DemoResourceOffer[] = [
  {
    key: 'bytedance-gpu',
    organization: 'bytedance',
    title: 'AI for Good GPU 算力（NVIDIA A100）',
    description: [
      '字节跳动技术公益社团为开源公益项目提供 GPU 算力，用于模型微调、评测和推理，',
      '优先支持残障权益、心理健康和教育场景的 AI 项目。',
      '',
      '申请时请说明：要解决的公益场景、模型与数据规模、预计用量，以及谁会用上这个成果。',
      '',
      `GPU hours for open-source tech-for-good AI projects. ${DEMO}`,
    ].join('\n'),
    details: { category: ResourceCategory.COMPUTE, acceleratorModel: 'NVIDIA A100 80GB', acceleratorMemoryGiB: 80 },
    unit: 'GPU 小时',
    total: 2000,
    maxPerProject: 500,
    opensAt: '2025-03-01T02:00:00.000Z',
    closesAt: null,
    eligibleCauseAreas: [CauseArea.ACCESSIBILITY, CauseArea.MENTAL_HEALTH, CauseArea.CHILDREN_AND_EDUCATION],
    eligibleStages: [],
    osiLicenseRequired: true,
    attribution: 'GPU 算力由字节跳动技术公益提供',
    status: ResourceOfferStatus.OPEN,
    requests: [
      {
        project: 'rainbow-bear',
        quantity: 500,
        status: ResourceRequestStatus.FULFILLED,
        justification: `彩虹熊熊二期迭代要在「辅助治疗」场景里微调并评测开源 Agent 的对话模型。Community Over Code 工作坊上已经搭好原型，接下来需要算力跑评测集、做安全对齐。${DEMO}`,
        decisionNote: '支持二期迭代，评测结果欢迎在开源社年会上分享。',
        fulfillmentNote: '算力平台账号已通过邮件发给项目维护者。',
        createdAt: '2025-07-28T03:00:00.000Z',
        decidedAt: '2025-08-04T06:00:00.000Z',
        fulfilledAt: '2025-08-11T02:00:00.000Z',
      },
      {
        project: 'zhiyinxian',
        quantity: 400,
        status: ResourceRequestStatus.APPROVED,
        approvedQuantity: 300,
        justification: `智引线要为视障伙伴训练图像描述模型，让读屏软件能读出图片里的内容。先用 400 GPU 小时跑一轮微调和评测。${DEMO}`,
        decisionNote: '本季度先批 300 GPU 小时；评测结果出来后，欢迎再申请。',
        createdAt: '2026-03-09T02:00:00.000Z',
        decidedAt: '2026-03-16T08:00:00.000Z',
      },
      {
        project: 'demo-project-02',
        quantity: 200,
        status: ResourceRequestStatus.FULFILLED,
        justification: `原型阶段要为无障碍功能训练一个小模型，先用 200 GPU 小时验证技术可行性。${DEMO}`,
        fulfillmentNote: '账号已开通。',
        createdAt: '2026-01-05T02:00:00.000Z',
        decidedAt: '2026-01-12T07:00:00.000Z',
        fulfilledAt: '2026-01-15T03:00:00.000Z',
      },
      {
        project: 'nvda',
        quantity: 200,
        status: ResourceRequestStatus.PENDING,
        justification: `为 NVDA 社区插件评测开源图像描述模型，让视障用户知道图片里有什么。We would like to evaluate open image-description models for an NVDA community add-on. ${DEMO}`,
        createdAt: { daysFromLoading: -1 },
      },
    ],
  },
  {
    key: 'bytedance-servers-2025',
    organization: 'bytedance',
    title: '2025 年度技术公益云服务器',
    description: [
      '2025 年度为开源公益项目提供的云服务器，用于部署演示环境和小规模线上服务，让接力的志愿者不用各自搭环境。',
      '',
      `本期已结束。Server support for 2025; this round has closed. ${DEMO}`,
    ].join('\n'),
    details: {
      category: ResourceCategory.SERVER,
      vcpus: 4,
      memoryGiB: 16,
      storageGiB: 100,
      region: '华北 2（北京）',
      months: 12,
    },
    unit: '台',
    total: 10,
    maxPerProject: 2,
    opensAt: '2025-03-01T02:00:00.000Z',
    closesAt: '2025-12-31T15:59:59.000Z',
    eligibleCauseAreas: [],
    eligibleStages: [],
    osiLicenseRequired: false,
    attribution: '服务器由字节跳动技术公益提供',
    status: ResourceOfferStatus.CLOSED,
    requests: [
      {
        project: 'yunbiaoqian',
        quantity: 2,
        status: ResourceRequestStatus.FULFILLED,
        justification: `云标签的线上服务和测试环境需要两台服务器：核心志愿者来来往往，环境放在一处，接力的伙伴才接得住。${DEMO}`,
        fulfillmentNote: '服务器已交付，登录方式已私信维护者。',
        createdAt: '2025-03-10T02:00:00.000Z',
        decidedAt: '2025-03-14T06:00:00.000Z',
        fulfilledAt: '2025-03-20T02:00:00.000Z',
      },
      {
        project: 'demo-project-10',
        quantity: 1,
        status: ResourceRequestStatus.WITHDRAWN,
        justification: `需要一台服务器部署项目官网和文档站。${DEMO}`,
        createdAt: '2025-05-06T02:00:00.000Z',
        closedAt: '2025-05-20T02:00:00.000Z',
      },
      {
        project: 'rainbow-bear',
        quantity: 1,
        status: ResourceRequestStatus.FULFILLED,
        justification: `AI for Good 工作坊之后，需要一台服务器部署二期的演示环境，方便润保芳德基金会的伙伴和服务对象试用。${DEMO}`,
        fulfillmentNote: '演示环境已上线。',
        createdAt: '2025-07-30T02:00:00.000Z',
        decidedAt: '2025-08-04T06:30:00.000Z',
        fulfilledAt: '2025-08-06T02:00:00.000Z',
      },
    ],
  },
  {
    key: 'tencent-cloud-servers',
    organization: 'tencent',
    title: '腾讯云服务器 · 开源公益专项',
    description: [
      '为已经有原型的开源公益项目提供一年的云服务器，每台 8 核 32 GiB、200 GiB 云硬盘。',
      '',
      '申请时请说明部署什么、服务谁、预计多少人使用；额度有限，优先支持还没有服务器的项目。',
      '',
      `Cloud servers for a year, for tech-for-good projects past the idea stage. ${DEMO}`,
    ].join('\n'),
    details: {
      category: ResourceCategory.SERVER,
      vcpus: 8,
      memoryGiB: 32,
      storageGiB: 200,
      region: '广州',
      months: 12,
    },
    unit: '台',
    total: 20,
    maxPerProject: 3,
    opensAt: '2025-09-01T02:00:00.000Z',
    closesAt: { daysFromLoading: 60 },
    eligibleCauseAreas: [],
    eligibleStages: [ProjectStage.PROTOTYPE, ProjectStage.INCUBATING, ProjectStage.ACTIVE, ProjectStage.MAINTAINED],
    osiLicenseRequired: false,
    attribution: '服务器由腾讯云技术公益提供',
    status: ResourceOfferStatus.OPEN,
    requests: [
      {
        project: 'rainbow-bear',
        quantity: 2,
        status: ResourceRequestStatus.FULFILLED,
        justification: `彩虹熊熊的腾讯志愿者负责后端服务，二期需要两台服务器部署 Agent 服务和知识库。${DEMO}`,
        fulfillmentNote: '两台服务器已交付。',
        createdAt: '2025-09-08T02:00:00.000Z',
        decidedAt: '2025-09-12T07:00:00.000Z',
        fulfilledAt: '2025-09-19T02:00:00.000Z',
      },
      {
        project: 'yunbiaoqian',
        quantity: 3,
        status: ResourceRequestStatus.DECLINED,
        justification: `云标签用户增长后需要扩容，希望再申请三台服务器做负载均衡。${DEMO}`,
        decisionNote:
          '云标签已经有字节跳动提供的服务器，这一批优先支持还没有服务器的项目；需要扩容时欢迎下一批再申请。',
        createdAt: '2026-02-02T02:00:00.000Z',
        decidedAt: '2026-02-09T06:00:00.000Z',
      },
      {
        project: 'demo-project-04',
        quantity: 3,
        status: ResourceRequestStatus.APPROVED,
        approvedQuantity: 2,
        justification: `项目进入稳定运营，需要服务器承载线上服务，另给志愿者一套测试环境。${DEMO}`,
        decisionNote: '先批两台；测试环境可以和线上服务先共用一台，不够再申请。',
        createdAt: '2026-04-13T02:00:00.000Z',
        decidedAt: '2026-04-20T07:00:00.000Z',
      },
      {
        project: 'demo-project-08',
        quantity: 1,
        status: ResourceRequestStatus.PENDING,
        justification: `孵化阶段的项目需要一台服务器，给公益伙伴做线上试点。${DEMO}`,
        createdAt: { daysFromLoading: -2 },
      },
    ],
  },
  {
    key: 'google-accessibility-dataset',
    organization: 'google',
    title: '无障碍图像描述数据集（公益研究授权）',
    description: [
      '中文图像描述标注数据，用于训练和评测为视障人士描述图片的模型。每份授权供一个项目使用。',
      '',
      `An image-description data set for accessibility research, licensed to one project per grant. ${DEMO}`,
    ].join('\n'),
    details: {
      category: ResourceCategory.DATA,
      datasetName: '中文无障碍图像描述数据集',
      license: '仅限公益研究使用',
      accessTerms: '签署数据使用协议后提供下载；仅用于非商业的公益项目，不得再分发，发布模型时注明数据来源。',
    },
    unit: '份',
    total: 10,
    maxPerProject: 1,
    opensAt: '2025-10-01T02:00:00.000Z',
    closesAt: null,
    eligibleCauseAreas: [CauseArea.ACCESSIBILITY],
    eligibleStages: [],
    osiLicenseRequired: true,
    attribution: '数据由谷歌提供',
    status: ResourceOfferStatus.OPEN,
    requests: [
      {
        project: 'zhiyinxian',
        quantity: 1,
        status: ResourceRequestStatus.FULFILLED,
        justification: `智引线的图像描述功能需要中文标注数据做训练和评测，服务有人1+1基金会联系的视障伙伴。${DEMO}`,
        fulfillmentNote: '数据使用协议已签署，下载链接已发送。',
        createdAt: '2025-10-20T02:00:00.000Z',
        decidedAt: '2025-10-27T06:00:00.000Z',
        fulfilledAt: '2025-11-03T02:00:00.000Z',
      },
      {
        project: 'nvda',
        quantity: 1,
        status: ResourceRequestStatus.APPROVED,
        justification: `用于评测 NVDA 中文图像描述插件的质量。To evaluate Chinese image descriptions in an NVDA add-on. ${DEMO}`,
        createdAt: '2026-05-11T02:00:00.000Z',
        decidedAt: '2026-05-18T06:00:00.000Z',
      },
    ],
  },
  {
    key: 'kaiyuanshe-podcast',
    organization: 'kaiyuanshe',
    title: '《开源公益》播客专栏 · 嘉宾席位',
    description: [
      '基于 2024 年开源公益项目优秀案例征集，开源社公益组制作《开源公益》播客专栏：',
      '挖掘项目发展阶段的踩坑经验，帮助项目传播推广，招募到更多社区志愿者和项目发展所需的资源。',
      '',
      '面向已经形成开源社区的技术公益项目。每期一个项目，剪辑和新媒体设计由志愿者完成。',
      '',
      `A guest slot on the Open Source for Good podcast. ${DEMO}`,
    ].join('\n'),
    details: {
      category: ResourceCategory.PROMOTION,
      channel: PromotionChannel.PODCAST,
      audienceSize: 5000,
      slotDescription: '《开源公益》播客一期嘉宾访谈',
    },
    unit: '期',
    total: 6,
    maxPerProject: 1,
    opensAt: '2025-04-01T02:00:00.000Z',
    closesAt: null,
    eligibleCauseAreas: [],
    eligibleStages: [ProjectStage.INCUBATING, ProjectStage.ACTIVE, ProjectStage.MAINTAINED],
    osiLicenseRequired: false,
    attribution: '开源社《开源公益》播客专栏',
    status: ResourceOfferStatus.OPEN,
    requests: [
      {
        project: 'nvda',
        quantity: 1,
        status: ResourceRequestStatus.FULFILLED,
        justification: `NVDA 社区如何让视障用户自己成为贡献者、如何持续运营，有很多经验可以分享。${DEMO}`,
        decisionNote: '作为专栏第一期。',
        fulfillmentNote: '第一期已上线：NVDA 项目如何持续运营社区。',
        createdAt: '2025-04-10T02:00:00.000Z',
        decidedAt: '2025-04-15T06:00:00.000Z',
        fulfilledAt: '2025-06-20T02:00:00.000Z',
      },
      {
        project: 'rainbow-bear',
        quantity: 1,
        status: ResourceRequestStatus.APPROVED,
        justification: `想分享彩虹熊熊从 AI for Good 工作坊走到二期迭代的过程：企业志愿者、基金会和社区怎样协作。${DEMO}`,
        decisionNote: '安排在下一季录制，剪辑志愿者会提前联系。',
        createdAt: '2026-03-23T02:00:00.000Z',
        decidedAt: '2026-03-30T06:00:00.000Z',
      },
      {
        project: 'yunbiaoqian',
        quantity: 1,
        status: ResourceRequestStatus.PENDING,
        justification: `云标签的核心志愿者来来往往，想聊聊怎样让更多人参与进来接力，也借此招募新的维护者。${DEMO}`,
        createdAt: { daysFromLoading: -3 },
      },
    ],
  },
  {
    key: 'kaiyuanshe-wechat',
    organization: 'kaiyuanshe',
    title: '开源社公众号 · 项目介绍与志愿者招募推文',
    description: [
      '在开源社微信公众号发一篇推文，介绍项目并招募志愿者：开发者、设计、用户调研、播客剪辑、新媒体运营都可以。',
      '',
      `A post on KAIYUANSHE's WeChat account to introduce a project and recruit volunteers. ${DEMO}`,
    ].join('\n'),
    details: {
      category: ResourceCategory.PROMOTION,
      channel: PromotionChannel.WECHAT,
      audienceSize: 30000,
      slotDescription: '开源社公众号一篇项目介绍与志愿者招募推文',
    },
    unit: '次',
    total: 12,
    maxPerProject: 2,
    opensAt: '2025-06-01T02:00:00.000Z',
    closesAt: null,
    eligibleCauseAreas: [],
    eligibleStages: [],
    osiLicenseRequired: false,
    attribution: '开源社公众号',
    status: ResourceOfferStatus.OPEN,
    requests: [
      {
        project: 'yunbiaoqian',
        quantity: 2,
        status: ResourceRequestStatus.FULFILLED,
        justification: `云标签正在寻找更多社区伙伴接力维护，想发两篇推文招募前端、测试和文档志愿者。${DEMO}`,
        fulfillmentNote: '两篇推文已发布。',
        createdAt: '2025-10-09T02:00:00.000Z',
        decidedAt: '2025-10-13T06:00:00.000Z',
        fulfilledAt: '2025-10-24T02:00:00.000Z',
      },
      {
        project: 'zhiyinxian',
        quantity: 2,
        status: ResourceRequestStatus.APPROVED,
        approvedQuantity: 1,
        justification: `智引线需要无障碍测试志愿者和视障用户参与调研，希望发两篇推文：一篇招募，一篇讲进展。${DEMO}`,
        decisionNote: '先发招募推文；进展推文等原型上线后再排期。',
        createdAt: '2026-06-01T02:00:00.000Z',
        decidedAt: '2026-06-05T06:00:00.000Z',
      },
      {
        project: 'demo-project-05',
        quantity: 1,
        status: ResourceRequestStatus.FULFILLED,
        justification: `项目需要懂教育场景的志愿者，想发一篇推文招募。${DEMO}`,
        fulfillmentNote: '推文已发布。',
        createdAt: '2026-08-03T02:00:00.000Z',
        decidedAt: '2026-08-06T06:00:00.000Z',
        fulfilledAt: '2026-08-14T02:00:00.000Z',
      },
    ],
  },
];
