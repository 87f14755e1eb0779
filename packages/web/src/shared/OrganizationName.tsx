import { SafetyCertificateFilled } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An organisation's name wherever it appears, with its verified mark — or, rule 5, the mark that it is not. */
export function OrganizationName({
  organization,
  link = true,
}: {
  organization: { slug: string; name: string; verified: boolean };
  link?: boolean;
}) {
  const { t } = useTranslation();
  const name = link ? <Link to={`/organizations/${organization.slug}`}>{organization.name}</Link> : organization.name;
  return (
    <Space size={4} wrap>
      {name}
      {organization.verified ? (
        <SafetyCertificateFilled
          role="img"
          aria-label={t('common.verified')}
          title={t('common.verified')}
          style={{ color: '#237804' }}
        />
      ) : (
        <Tag title={t('common.unverifiedHint')}>{t('common.unverified')}</Tag>
      )}
    </Space>
  );
}
