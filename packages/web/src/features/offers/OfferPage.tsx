import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Flex, Progress, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PublicOfferDocument, type PublicOfferQuery } from './offers.generated';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { Markdown } from '../../shared/Markdown';
import { OrganizationName } from '../../shared/OrganizationName';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { EmptyState } from '../../shared/PageState';
import { PublicRecordPage } from '../../shared/PublicRecordPage';
import { demoteHeadings } from '../../shared/markdownHeadings';
import { PublicPage } from '../../shared/PublicPage';
import { RequestResourceSection } from './RequestResourceSection';

export type Offer = NonNullable<PublicOfferQuery['resourceOffer']>;

// Offer ids are UUIDs: anything else cannot be an offer, so the page says so without asking the server.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function OfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const result = useQuery(PublicOfferDocument, { variables: { id }, skip: !valid });
  const notFound = {
    title: t('offers.notFound'),
    hint: t('offers.notFoundHint'),
    back: { to: '/offers', label: t('offers.backToList') },
  };
  if (!valid) {
    return (
      <PublicPage>
        <NotFoundPage {...notFound} />
      </PublicPage>
    );
  }
  return (
    <PublicRecordPage result={result} record={(data) => data.resourceOffer} notFound={notFound}>
      {(offer) => <OfferView offer={offer} />}
    </PublicRecordPage>
  );
}

function OfferView({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/offers">{t('offers.backToList')}</Link>
        <h1 className="page-title" style={{ marginTop: 8 }}>
          {offer.title}
        </h1>
        <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
          <Tag color="blue">{t(`enum.ResourceCategory.${offer.category}`)}</Tag>
          <Tag color={offer.status === 'OPEN' ? 'blue' : undefined}>
            {t(`enum.ResourceOfferStatus.${offer.status}`)}
          </Tag>
          {offer.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
          <span className="muted">{t('offers.offeredBy')}</span>
          <OrganizationName organization={offer.organization} />
        </Flex>
        {offer.viewerCanManage ? (
          <p style={{ marginTop: 8 }}>
            <Link to={`/console/organizations/${offer.organization.slug}`}>{t('offers.manage')}</Link>
          </p>
        ) : null}
      </header>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={{ span: 8, order: 2 }}>
          <Capacity offer={offer} />
        </Col>
        <Col xs={24} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap={32}>
            <section aria-labelledby="offer-details">
              <h2 id="offer-details" className="section-heading">
                {t('offers.details')}
              </h2>
              <OfferDetails details={offer.details} />
            </section>
            <section aria-labelledby="offer-description">
              <h2 id="offer-description" className="section-heading">
                {t('offers.description')}
              </h2>
              {offer.description.trim() ? (
                <Markdown source={demoteHeadings(offer.description)} />
              ) : (
                <EmptyState>{t('offers.noDescription')}</EmptyState>
              )}
            </section>
            <section aria-labelledby="offer-eligibility">
              <h2 id="offer-eligibility" className="section-heading">
                {t('offers.eligibility')}
              </h2>
              <Eligibility offer={offer} />
            </section>
            <section aria-labelledby="offer-how">
              <h2 id="offer-how" className="section-heading">
                {t('offers.howToAsk')}
              </h2>
              <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                <li>{t('offers.howStep1')}</li>
                <li>{t('offers.howStep2')}</li>
                <li>{t('offers.howStep3')}</li>
                <li>{t('offers.howStep4')}</li>
              </ol>
            </section>
            <RequestResourceSection offer={offer} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function Capacity({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const left = t('offers.remaining', { remaining: formatNumber(offer.remaining), unit: offer.unit });
  return (
    <Card
      title={
        <h2 className="card-heading" style={{ margin: 0 }}>
          {t('offers.capacity')}
        </h2>
      }
    >
      <Progress
        percent={offer.total ? Math.round((100 * offer.remaining) / offer.total) : 0}
        format={() => left}
        status="normal"
        aria-label={left}
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'unit', label: t('offers.unit'), children: offer.unit },
          {
            key: 'total',
            label: t('offers.total'),
            children: `${formatNumber(offer.total)} ${offer.unit}`,
          },
          {
            key: 'max',
            label: t('offers.maxPerProject'),
            children: offer.maxPerProject
              ? `${formatNumber(offer.maxPerProject)} ${offer.unit}`
              : t('offers.noMaximum'),
          },
          {
            key: 'opens',
            label: t('offers.opensAt'),
            children: offer.opensAt ? formatDateTime(offer.opensAt) : t('offers.openNow'),
          },
          {
            key: 'closes',
            label: t('offers.closesAt'),
            children: offer.closesAt ? formatDateTime(offer.closesAt) : t('offers.noClosingDate'),
          },
          { key: 'status', label: t('offers.status'), children: t(`enum.ResourceOfferStatus.${offer.status}`) },
          {
            key: 'attribution',
            label: t('offers.attribution'),
            children: offer.attribution || offer.organization.name,
          },
          { key: 'created', label: t('offers.createdAt'), children: formatDate(offer.createdAt) },
        ]}
      />
    </Card>
  );
}

function OfferDetails({ details }: { details: Offer['details'] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const gib = (value: number | null) => (value == null ? none : t('offers.gib', { value: formatNumber(value) }));
  let items: Array<{ key: string; label: string; children: ReactNode }>;
  switch (details.__typename) {
    case 'ComputeDetails':
      items = [
        { key: 'model', label: t('offers.acceleratorModel'), children: details.acceleratorModel },
        { key: 'memory', label: t('offers.acceleratorMemory'), children: gib(details.acceleratorMemoryGiB) },
      ];
      break;
    case 'ServerDetails':
      items = [
        { key: 'vcpus', label: t('offers.vcpus'), children: formatNumber(details.vcpus) },
        { key: 'memory', label: t('offers.memory'), children: gib(details.memoryGiB) },
        { key: 'storage', label: t('offers.storage'), children: gib(details.storageGiB) },
        { key: 'region', label: t('offers.region'), children: details.region },
        { key: 'months', label: t('offers.months'), children: t('offers.monthsValue', { months: details.months }) },
      ];
      break;
    case 'DataDetails':
      items = [
        { key: 'dataset', label: t('offers.datasetName'), children: details.datasetName },
        { key: 'license', label: t('offers.dataLicense'), children: details.license },
        {
          key: 'access',
          label: t('offers.accessTerms'),
          children: <span className="pre-line">{details.accessTerms}</span>,
        },
      ];
      break;
    case 'PromotionDetails':
      items = [
        { key: 'channel', label: t('offers.channel'), children: t(`enum.PromotionChannel.${details.channel}`) },
        {
          key: 'audience',
          label: t('offers.audienceSize'),
          children: details.audienceSize == null ? none : formatNumber(details.audienceSize),
        },
        {
          key: 'slot',
          label: t('offers.slotDescription'),
          children: <span className="pre-line">{details.slotDescription}</span>,
        },
      ];
      break;
    default:
      return <EmptyState />;
  }
  return <Descriptions bordered column={1} size="small" items={items} />;
}

function Eligibility({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const { eligibility } = offer;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        {
          key: 'causes',
          label: t('offers.eligibleCauses'),
          children: eligibility.causeAreas.length ? (
            <Flex gap={4} wrap>
              {eligibility.causeAreas.map((cause) => (
                <Tag key={cause} color="green">
                  {t(`enum.CauseArea.${cause}`)}
                </Tag>
              ))}
            </Flex>
          ) : (
            t('offers.anyCause')
          ),
        },
        {
          key: 'stages',
          label: t('offers.eligibleStages'),
          children: eligibility.stages.length ? (
            <Flex gap={4} wrap>
              {eligibility.stages.map((stage) => (
                <Tag key={stage}>{t(`enum.ProjectStage.${stage}`)}</Tag>
              ))}
            </Flex>
          ) : (
            t('offers.anyStage')
          ),
        },
        {
          key: 'osi',
          label: t('offers.osiLicense'),
          children: eligibility.osiLicenseRequired ? t('offers.osiRequired') : t('offers.osiNotRequired'),
        },
      ]}
    />
  );
}
