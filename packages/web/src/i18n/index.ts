import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The interface speaks Simplified Chinese (default) and English; content is shown as written. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'goodlink.language';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The server's Locale enum (ZH_CN, EN) and the interface's language tags. */
export const languageOfLocale = (locale: string | null | undefined): Language | null =>
  locale === 'EN' ? 'en' : locale === 'ZH_CN' ? 'zh-CN' : null;
export const localeOfLanguage = (language: Language) => (language === 'en' ? 'EN' : 'ZH_CN');

export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function applyLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/**
 * Messages live in one file per feature and language (i18n/zh-CN/projects.json …), each under its file's name:
 * `t('projects.title')`. A test checks that both languages have exactly the same keys.
 */
type Messages = Record<string, unknown>;
const byFeature = (files: Record<string, Messages>): Messages =>
  Object.fromEntries(Object.entries(files).map(([file, messages]) => [file.replace(/^.*\/|\.json$/g, ''), messages]));

export const messages: Record<Language, Messages> = {
  'zh-CN': byFeature(import.meta.glob<Messages>('./zh-CN/*.json', { eager: true, import: 'default' })),
  en: byFeature(import.meta.glob<Messages>('./en/*.json', { eager: true, import: 'default' })),
};

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: messages['zh-CN'] }, en: { translation: messages.en } },
  lng: storedLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing key shows as itself (e.g. "home.title"): the e2e tests look for such leaks.
  parseMissingKeyHandler: (key) => key,
});
document.documentElement.lang = storedLanguage();

export default i18next;
