import { useEffect, useState } from 'react';
import { loadLocale, messages, otherLocale, saveLocale, type Locale, type Messages } from './i18n';
import { fetchStats, type Stats } from './stats';

type StatsState = { status: 'loading' } | { status: 'error' } | { status: 'done'; stats: Stats };

type StatKey = keyof Stats & keyof Messages;
const STAT_KEYS: readonly StatKey[] = ['publishedProjects', 'organizations', 'verifiedOrganizations', 'events'];

export function App() {
  const [locale, setLocale] = useState<Locale>(loadLocale);
  const [stats, setStats] = useState<StatsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const t = messages[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const controller = new AbortController();
    setStats({ status: 'loading' });
    fetchStats(controller.signal).then(
      (result) => setStats({ status: 'done', stats: result }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setStats({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const switchLocale = () => {
    const next = otherLocale(locale);
    saveLocale(next);
    setLocale(next);
  };

  const numbers = new Intl.NumberFormat(locale);

  return (
    <>
      <header className="header">
        <h1>Goodlink</h1>
        <button type="button" onClick={switchLocale} aria-label={t.switchLanguage}>
          <span lang={otherLocale(locale)}>{t.otherLanguage}</span>
        </button>
      </header>
      <main>
        <p className="tagline">{t.tagline}</p>
        <section aria-labelledby="stats-heading" aria-busy={stats.status === 'loading'}>
          <h2 id="stats-heading">{t.statsHeading}</h2>
          {stats.status === 'loading' && <p role="status">{t.loading}</p>}
          {stats.status === 'error' && (
            <>
              <p role="alert">{t.loadFailed}</p>
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                {t.retry}
              </button>
            </>
          )}
          {stats.status === 'done' && (
            <dl className="stats">
              {STAT_KEYS.map((key) => (
                <div key={key}>
                  <dt>{t[key]}</dt>
                  <dd>{numbers.format(stats.stats[key])}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      </main>
    </>
  );
}
