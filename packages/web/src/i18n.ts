/** The interface speaks Simplified Chinese (default) and English; the choice is remembered in this browser. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'goodlink.locale';

const zhCN = {
  tagline: '连接开源公益项目与它们需要的志愿者、资源和赞助方。',
  switchLanguage: '切换为 English',
  otherLanguage: 'English',
  statsHeading: '平台数据',
  loading: '正在加载…',
  loadFailed: '暂时无法获取数据。',
  retry: '重试',
  publishedProjects: '已发布项目',
  organizations: '组织',
  verifiedOrganizations: '已认证组织',
  events: '活动',
};

export type Messages = typeof zhCN;

const en: Messages = {
  tagline: 'Where open-source tech-for-good projects meet the volunteers, resources and sponsors they need.',
  switchLanguage: 'Switch to 中文',
  otherLanguage: '中文',
  statsHeading: 'Goodlink in numbers',
  loading: 'Loading…',
  loadFailed: 'The numbers could not be loaded right now.',
  retry: 'Try again',
  publishedProjects: 'Published projects',
  organizations: 'Organisations',
  verifiedOrganizations: 'Verified organisations',
  events: 'Events',
};

export const messages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-CN' ? 'en' : 'zh-CN';
}

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

// Storage can be unavailable (privacy modes, blocked cookies): the language then lasts for the visit only.
export function loadLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; still applied.
  }
}
