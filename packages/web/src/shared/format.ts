import i18next from 'i18next';

/** Numbers and dates in the interface's language. */
export const formatNumber = (value: number) => new Intl.NumberFormat(i18next.language).format(value);

export const formatDate = (value: string | null | undefined) =>
  value ? new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium' }).format(new Date(value)) : '—';

export const formatDateTime = (value: string | null | undefined) =>
  value
    ? new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
    : '—';
