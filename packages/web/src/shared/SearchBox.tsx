import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  return (
    <Input.Search
      id={id}
      type="search"
      value={draft}
      placeholder={placeholder}
      allowClear
      enterButton={t('common.search')}
      onChange={(event) => setDraft(event.target.value)}
      onSearch={(text) => onSearch(text.trim())}
    />
  );
}
