import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { byFeature, type Messages } from './byFeature';

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

/**
 * Messages live in one file per feature and language (i18n/zh-CN/home.json …), each under its file's name, so
 * the key `home.title` is the "title" of home.json. A test checks that both languages have exactly the same keys.
 *
 * The header's and the home page's messages (the core files) ship with the first page; the rest of a language loads as one
 * chunk with the first other page (see `withMessages`), which keeps the home page's JavaScript small.
 */

const core: Record<Language, Messages> = {
  'zh-CN': byFeature(
    import.meta.glob<Messages>('./zh-CN/{app,nav,common,enum,home}.json', { eager: true, import: 'default' }),
  ),
  en: byFeature(import.meta.glob<Messages>('./en/{app,nav,common,enum,home}.json', { eager: true, import: 'default' })),
};

const featureChunks: Record<Language, () => Promise<{ default: Messages }>> = {
  'zh-CN': () => import('./features-zh-CN'),
  en: () => import('./features-en'),
};
const loading = new Map<Language, Promise<void>>();

/** Loads (once) every feature's messages in a language into i18next. */
export function loadMessages(language: Language): Promise<void> {
  let done = loading.get(language);
  if (!done) {
    done = featureChunks[language]().then(({ default: messages }) => {
      i18next.addResourceBundle(language, 'translation', messages, true, false);
    });
    done.catch(() => loading.delete(language)); // a failed download is retried by the next page
    loading.set(language, done);
  }
  return done;
}

/** A lazy page's loader that also waits for its language's messages, so no page renders raw keys. */
export function withMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadMessages(currentLanguage())]).then(([page]) => page);
}

const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : storedLanguage());

export function applyLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  // Switch only once the new language's messages are here when the old one's were needed (a feature page).
  const ready = loading.has(currentLanguage()) ? loadMessages(language) : Promise.resolve();
  void ready.then(() => i18next.changeLanguage(language));
}

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: core['zh-CN'] }, en: { translation: core.en } },
  lng: storedLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing key shows as itself (e.g. "home.title"): the e2e tests look for such leaks.
  parseMissingKeyHandler: (key) => key,
});
document.documentElement.lang = storedLanguage();

export default i18next;
