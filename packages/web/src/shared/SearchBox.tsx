import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** The server refuses a search longer than this (`@MaxLength(100)` on every list's `filter.search`). */
export const SEARCH_MAX_LENGTH = 100;

/** Counted as the server counts: characters, not UTF-16 units (an emoji is one). */
const lengthOf = (text: string) => [...text].length;

/** A search the server would refuse: it is said here instead of sent (a shared link can carry any `?q=`). */
export const searchTooLong = (text: string) => lengthOf(text) > SEARCH_MAX_LENGTH;

/** A search field that searches on Enter or its button; it follows the address when that changes (a cleared filter). */
export function SearchBox({
  id,
  value,
  placeholder,
  onSearch,
}: {
  id: string;
  value: string;
  placeholder?: string;
  onSearch: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const tooLong = searchTooLong(draft.trim());
  return (
    <Input.Search
      id={id}
      type="search"
      value={draft}
      placeholder={placeholder}
      allowClear
      status={tooLong ? 'error' : undefined}
      aria-invalid={tooLong || undefined}
      enterButton={t('common.search')}
      onChange={(event) => setDraft(event.target.value)}
      onSearch={(text) => onSearch(text.trim())}
    />
  );
}

/**
 * In place of the results when the search is longer than the server takes: what is wrong, in the interface's
 * language, and what to do (shorten it, or clear it) — not a retry that cannot succeed.
 */
export function SearchTooLong({ text, onSearch }: { text: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  const max = formatNumber(SEARCH_MAX_LENGTH);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('common.searchTooLong.title', { length: formatNumber(lengthOf(text)), max })}
      description={t('common.searchTooLong.hint', { max })}
      action={
        <Button onClick={() => onSearch([...text].slice(0, SEARCH_MAX_LENGTH).join('').trim())}>
          {t('common.searchTooLong.shorten', { max })}
        </Button>
      }
    />
  );
}
