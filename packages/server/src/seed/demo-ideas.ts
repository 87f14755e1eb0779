import { CauseArea, IdeaInterestRole } from '../shared/enums';
import { DEMO } from './demo-data';

/**
 * Ideas voiced by the groups the plan serves (「让边缘群体自身成为方案的提出者」): needs put in their own words,
 * without code, waiting for volunteers and a maintainer. The people are demo accounts that cannot sign in.
 */

export interface DemoPerson {
  email: string;
  displayName: string;
}

export interface DemoIdea {
  slug: string;
  name: string;
  summary: string;
  need: string;
  causeAreas: CauseArea[];
  beneficiaries: string;
  proposer: DemoPerson;
  /** Days before loading that it was proposed. */
  daysAgo: number;
  interests: { person: DemoPerson; role: IdeaInterestRole; note: string }[];
}

const xiaolin: DemoPerson = { email: 'demo-idea-xiaolin@goodlink.example', displayName: '小林（聋人社群，示例）' };
const wangayi: DemoPerson = {
  email: 'demo-idea-wangayi@goodlink.example',
  displayName: '王阿姨（社区老年互助会，示例）',
};
const azhen: DemoPerson = { email: 'demo-idea-azhen@goodlink.example', displayName: '阿珍（女工互助小组，示例）' };
const frontEnd: DemoPerson = {
  email: 'demo-idea-volunteer-fe@goodlink.example',
  displayName: '前端志愿者小周（示例）',
};
const researcher: DemoPerson = {
  email: 'demo-idea-volunteer-ux@goodlink.example',
  displayName: '用户研究志愿者 Mia（示例）',
};

export const demoIdeaPeople: DemoPerson[] = [xiaolin, wangayi, azhen, frontEnd, researcher];

export const demoIdeas: DemoIdea[] = [
  {
    slug: 'idea-sign-language-booking',
    name: '手语翻译预约小助手',
    summary: '聋人朋友去医院、银行办事时，能提前预约到手语翻译志愿者。',
    need: [
      '## 我们的需要',
      '',
      '我们是一群聋人朋友。去医院看病、去银行办事时，常常和工作人员沟通不畅，只能写字或者请家人请假陪同。',
      '城里有不少会手语的志愿者，但我们找不到他们，他们也不知道我们什么时候需要帮忙。',
      '',
      '希望有一个简单的工具：我们写下时间、地点和要办的事，附近的手语志愿者可以接单。',
      '',
      `Deaf friends cannot book a sign-language interpreter for a hospital or bank visit. ${DEMO}`,
    ].join('\n'),
    causeAreas: [CauseArea.ACCESSIBILITY, CauseArea.PUBLIC_HEALTH],
    beneficiaries: '聋人和听障朋友，以及愿意提供帮助的手语志愿者',
    proposer: xiaolin,
    daysAgo: 12,
    interests: [
      { person: frontEnd, role: IdeaInterestRole.VOLUNTEER, note: '可以做小程序前端，每周 5 小时。' },
      { person: researcher, role: IdeaInterestRole.MAINTAINER, note: '做过无障碍用户研究，愿意牵头。' },
      { person: wangayi, role: IdeaInterestRole.BENEFICIARY, note: '我们小区也有听障老人需要。' },
    ],
  },
  {
    slug: 'idea-medicine-label-reader',
    name: '药盒上的字太小了：用药说明朗读',
    summary: '拍一下药盒，就能听到药名、用法和用量，给眼睛不好的老人和视障朋友。',
    need: [
      '## 我们的需要',
      '',
      '互助会里很多老人眼睛花了，子女又不在身边。药盒和说明书上的字太小，常常吃错药、忘记吃药。',
      '',
      '希望用手机拍一下药盒，就能用普通话（最好也有方言）读出药名、一次吃多少、一天吃几次。',
      '',
      `Older people and blind friends cannot read the small print on medicine boxes. ${DEMO}`,
    ].join('\n'),
    causeAreas: [CauseArea.ELDERLY_CARE, CauseArea.ACCESSIBILITY],
    beneficiaries: '独居和视力不好的老人、视障朋友',
    proposer: wangayi,
    daysAgo: 6,
    interests: [
      { person: frontEnd, role: IdeaInterestRole.VOLUNTEER, note: '可以试试 OCR 加语音合成。' },
      { person: xiaolin, role: IdeaInterestRole.BENEFICIARY, note: '' },
    ],
  },
  {
    slug: 'idea-women-workers-rights-qa',
    name: '女工权益问答小助手',
    summary: '用大白话回答女工关心的产假、工伤和劳动合同问题，并告诉她们去哪里求助。',
    need: [
      '## 我们的需要',
      '',
      '我们小组的姐妹大多在工厂上班。遇到产假被扣工资、工伤不给认定时，不知道自己有哪些权利，也不知道找谁。',
      '法律条文太难读，我们需要用大白话回答问题，并告诉我们附近的法律援助在哪里。',
      '',
      `Women factory workers need plain-language answers about their rights and where to get help. ${DEMO}`,
    ].join('\n'),
    causeAreas: [CauseArea.GENDER_EQUALITY],
    beneficiaries: '工厂女工和她们的家人',
    proposer: azhen,
    daysAgo: 2,
    interests: [{ person: researcher, role: IdeaInterestRole.VOLUNTEER, note: '可以帮忙做访谈，整理常见问题。' }],
  },
];
