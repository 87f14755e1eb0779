import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * "There is no such …": an unknown address, or a record that does not exist or that the viewer may not see here.
 * `back` is the way out (the home page unless given); `null` where the page around it already shows one.
 */
export interface NotFoundProps {
  title?: string;
  hint?: string;
  back?: { to: string; label: string } | null;
}

export function NotFoundPage({ title, hint, back }: NotFoundProps) {
  const { t } = useTranslation();
  const way = back === undefined ? { to: '/', label: t('app.backHome') } : back;
  return (
    <Flex vertical gap={8}>
      <h1 className="page-title">{title ?? t('app.notFound')}</h1>
      {hint ? <p>{hint}</p> : null}
      {way ? <Link to={way.to}>{way.label}</Link> : null}
    </Flex>
  );
}
