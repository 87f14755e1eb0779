import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Button, Flex, Popconfirm, Progress, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsrOffersDocument, CsrSetOfferStatusDocument, type CsrOfferFragment } from './organizationOffers.generated';
import type { ResourceOfferStatus } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../shared/format';
import { PagedList } from '../../shared/PagedList';
import { OfferFormModal } from './OfferForm';
import { problemText } from '../../shared/problems';
import { ConsoleCard } from '../../shared/ConsoleCard';
import '../../shared/organizationConsole.css';

// A coloured dot beside dark text: the status reads at full contrast, the colour only helps.
const OFFER_STATUS_BADGES: Record<ResourceOfferStatus, 'default' | 'success' | 'warning' | 'error'> = {
  DRAFT: 'default',
  OPEN: 'success',
  PAUSED: 'warning',
  CLOSED: 'error',
};

/** One line saying what an offer gives, in its category's terms. */
function detailsSummary(t: TFunction, details: CsrOfferFragment['details']): string {
  switch (details.__typename) {
    case 'ComputeDetails':
      return details.acceleratorMemoryGiB
        ? t('csr.offers.computeSummary', { model: details.acceleratorModel, memory: details.acceleratorMemoryGiB })
        : details.acceleratorModel;
    case 'ServerDetails':
      return t('csr.offers.serverSummary', details);
    case 'DataDetails':
      return t('csr.offers.dataSummary', details);
    case 'PromotionDetails':
      return details.audienceSize
        ? t('csr.offers.promotionSummaryAudience', {
            channel: t(`enum.PromotionChannel.${details.channel}`),
            slot: details.slotDescription,
            audience: formatNumber(details.audienceSize),
          })
        : t('csr.offers.promotionSummary', {
            channel: t(`enum.PromotionChannel.${details.channel}`),
            slot: details.slotDescription,
          });
    default:
      return '';
  }
}

/** The organisation console's offers: each with its state and what is left, and the form to add or edit one. */
export function OffersTab({ organization }: { organization: { id: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const offersQuery = useQuery(CsrOffersDocument, {
    variables: { organizationId: organization.id },
    notifyOnNetworkStatusChange: true,
  });
  // undefined: no form open; null: a new offer; an offer: editing it.
  const [editing, setEditing] = useState<CsrOfferFragment | null | undefined>(undefined);
  const offers = offersQuery.data?.resourceOffers;

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
      {t('csr.offers.new')}
    </Button>
  );

  return (
    <section aria-labelledby="csr-offers-heading">
      <Flex justify="space-between" align="center" wrap gap={8} className="csr-section-head">
        <h2 id="csr-offers-heading">
          {t('csr.offers.heading')}
          {offers ? <span className="csr-count">{t('common.total', { count: offers.totalCount })}</span> : null}
        </h2>
        {newButton}
      </Flex>
      <PagedList query={offersQuery} connection={offers} empty={t('csr.offers.empty')}>
        {(node) => <OfferCard offer={node} onEdit={() => setEditing(node)} />}
      </PagedList>
      {editing !== undefined ? (
        <OfferFormModal
          open
          organizationId={organization.id}
          offer={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(offer, created) => {
            setEditing(undefined);
            void message.success(
              created ? t('csr.offers.created', { title: offer.title }) : t('csr.offers.saved', { title: offer.title }),
            );
          }}
        />
      ) : null}
    </section>
  );
}

function OfferCard({ offer, onEdit }: { offer: CsrOfferFragment; onEdit(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setStatus, { loading }] = useMutation(CsrSetOfferStatusDocument);
  const granted = offer.total - offer.remaining;
  const left = t('csr.offers.remaining', {
    remaining: formatNumber(offer.remaining),
    total: formatNumber(offer.total),
    unit: offer.unit,
  });

  const change = async (status: ResourceOfferStatus) => {
    try {
      await setStatus({ variables: { input: { offerId: offer.id, status } } });
      void message.success(t(`csr.offers.statusChanged.${status}`, { title: offer.title }));
    } catch (error) {
      void message.error(problemText(t, error));
    }
  };

  const { causeAreas, stages, osiLicenseRequired } = offer.eligibility;
  return (
    <ConsoleCard
      heading={offer.status === 'OPEN' ? <Link to={`/offers/${offer.id}`}>{offer.title}</Link> : offer.title}
      tags={
        <Flex gap={8} wrap align="center">
          <Badge status={OFFER_STATUS_BADGES[offer.status]} text={t(`enum.ResourceOfferStatus.${offer.status}`)} />
          <Tag color="blue">{t(`enum.ResourceCategory.${offer.category}`)}</Tag>
        </Flex>
      }
    >
      <p className="csr-card-line">{detailsSummary(t, offer.details)}</p>
      <Progress
        percent={offer.total ? Math.round((100 * granted) / offer.total) : 0}
        format={() => left}
        aria-label={left}
        status="normal"
      />
      <dl className="csr-facts">
        <div>
          <dt>{t('csr.offers.window')}</dt>
          <dd>
            {offer.opensAt || offer.closesAt
              ? t('csr.offers.windowRange', { from: formatDate(offer.opensAt), to: formatDate(offer.closesAt) })
              : t('csr.offers.noWindow')}
          </dd>
        </div>
        <div>
          <dt>{t('csr.offers.maxPerProject')}</dt>
          <dd>
            {offer.maxPerProject
              ? t('csr.offers.perProject', { max: formatNumber(offer.maxPerProject), unit: offer.unit })
              : t('csr.offers.noMaximum')}
          </dd>
        </div>
        <div>
          <dt>{t('csr.offers.eligibility')}</dt>
          <dd>
            {!causeAreas.length && !stages.length && !osiLicenseRequired ? (
              t('csr.offers.anyProject')
            ) : (
              <Flex gap={4} wrap component="span">
                {causeAreas.map((cause) => (
                  <Tag key={cause}>{t(`enum.CauseArea.${cause}`)}</Tag>
                ))}
                {stages.map((stage) => (
                  <Tag key={stage}>{t(`enum.ProjectStage.${stage}`)}</Tag>
                ))}
                {osiLicenseRequired ? <Tag>{t('csr.offers.osiRequired')}</Tag> : null}
              </Flex>
            )}
          </dd>
        </div>
      </dl>
      <Flex gap={8} wrap>
        <Button onClick={onEdit}>{t('common.edit')}</Button>
        {offer.status !== 'OPEN' ? (
          <Button type="primary" loading={loading} onClick={() => void change('OPEN')}>
            {t('csr.offers.open')}
          </Button>
        ) : null}
        {offer.status === 'OPEN' ? (
          <Button loading={loading} onClick={() => void change('PAUSED')}>
            {t('csr.offers.pause')}
          </Button>
        ) : null}
        {offer.status === 'OPEN' || offer.status === 'PAUSED' ? (
          <Popconfirm
            title={t('csr.offers.closeConfirm', { title: offer.title })}
            okText={t('csr.offers.close')}
            cancelText={t('common.cancel')}
            onConfirm={() => change('CLOSED')}
          >
            <Button danger loading={loading}>
              {t('csr.offers.close')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </ConsoleCard>
  );
}
