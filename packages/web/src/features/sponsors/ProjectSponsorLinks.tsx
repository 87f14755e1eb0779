import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Modal, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MaintainerConfirmSponsorLinkDocument,
  MaintainerDeclineSponsorLinkDocument,
  MaintainerEndSponsorLinkDocument,
  MaintainerSponsorLinksDocument,
  type MaintainerProjectSponsorsQuery,
  type MaintainerSponsorLinkFieldsFragment,
} from './projectSponsorLinks.generated';
import type { SponsorLinkStatus } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, ErrorState, QueryState } from '../../shared/PageState';
import { ProposeSponsorLinkForm } from './ProposeSponsorLinkForm';
import { StatusTag, type Tone } from '../../shared/StatusTag';
import '../../shared/console.css';
import { LoadMore } from '../../shared/LoadMore';
import { ConsoleHeading } from '../../shared/ConsolePage';

type Project = NonNullable<MaintainerProjectSponsorsQuery['project']>;
type Link_ = MaintainerSponsorLinkFieldsFragment;

const STATUS_TONE: Record<SponsorLinkStatus, Tone> = {
  PROPOSED: 'warning',
  CONFIRMED: 'success',
  DECLINED: 'danger',
  ENDED: 'neutral',
};

/** A project's sponsor links as its maintainers see them: answer, end or retract them, and propose new ones. */
export function ProjectSponsorLinks({ project, nav }: { project: Project; nav: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MaintainerSponsorLinksDocument, {
    variables: { projectId: project.id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const links = data?.sponsorLinks.edges.map((edge) => edge.node) ?? [];
  // Proposals waiting for this side's answer first.
  const ordered = [...links.filter((l) => l.viewerCanRespond), ...links.filter((l) => !l.viewerCanRespond)];
  const pageInfo = data?.sponsorLinks.pageInfo;

  return (
    <>
      <ConsoleHeading
        title={t('maintainer.sponsors.title', { name: project.name })}
        intro={t('maintainer.sponsors.intro')}
      />
      {nav}
      <section aria-labelledby="sponsor-links-heading">
        <h2 id="sponsor-links-heading" className="console-section-heading">
          {t('maintainer.sponsors.links')}
        </h2>
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {() =>
            ordered.length ? (
              <>
                <ul className="console-list">
                  {ordered.map((link) => (
                    <li key={link.id}>
                      <SponsorLinkCard link={link} />
                    </li>
                  ))}
                </ul>
                {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
                {pageInfo ? (
                  <LoadMore pageInfo={pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
                ) : null}
              </>
            ) : (
              <EmptyState>{t('maintainer.sponsors.empty')}</EmptyState>
            )
          }
        </QueryState>
      </section>
      {project.viewerCanEdit ? (
        <section aria-labelledby="propose-heading">
          <Card>
            <h2 id="propose-heading" className="console-section-heading">
              {t('maintainer.propose.heading')}
            </h2>
            <p className="console-meta">{t('maintainer.propose.intro')}</p>
            <ProposeSponsorLinkForm projectId={project.id} />
          </Card>
        </section>
      ) : null}
    </>
  );
}

function SponsorLinkCard({ link }: { link: Link_ }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, confirming] = useMutation(MaintainerConfirmSponsorLinkDocument);
  const [decline, declining] = useMutation(MaintainerDeclineSponsorLinkDocument);
  const [end, ending] = useMutation(MaintainerEndSponsorLinkDocument);
  const name = link.organization.name;
  const retract = link.status === 'PROPOSED';

  /** Asks first, then acts; a refusal from the server shows on the card. */
  const ask = (title: string, body: string, okText: string, act: () => Promise<unknown>, danger = false) => {
    setProblem(null);
    void modal.confirm({
      title,
      content: body,
      okText,
      cancelText: t('common.cancel'),
      okButtonProps: { danger },
      onOk: async () => {
        try {
          await act();
        } catch (error) {
          setProblem(problemOf(error).message);
        }
      },
    });
  };
  const input = { sponsorLinkId: link.id };

  const dates =
    link.startsOn || link.endsOn
      ? t('maintainer.sponsors.dates', { from: formatDate(link.startsOn), to: formatDate(link.endsOn) })
      : null;

  return (
    <Card size="small">
      {modalHolder}
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h3 className="console-card-title">
            <OrganizationName organization={link.organization} />
          </h3>
          <Flex gap={4} wrap>
            <StatusTag tone={STATUS_TONE[link.status]}>{t(`enum.SponsorLinkStatus.${link.status}`)}</StatusTag>
            <Tag>{t(`enum.SponsorRole.${link.role}`)}</Tag>
          </Flex>
        </Flex>
        <p className="console-meta">
          {t(`maintainer.sponsors.proposedBy.${link.proposedBy}`, { date: formatDate(link.createdAt) })}
          {dates ? ` · ${dates}` : null}
        </p>
        {link.attribution ? <p className="console-quote">{link.attribution}</p> : null}
        {link.url ? (
          <a href={link.url} target="_blank" rel="noreferrer noopener" className="break-anywhere">
            {link.url}
          </a>
        ) : null}
        {link.viewerCanRespond ? (
          <Alert type="info" showIcon title={t('maintainer.sponsors.awaitingYou', { name })} />
        ) : null}
        {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
        {link.viewerCanRespond || link.viewerCanEnd ? (
          <Flex gap={8} wrap>
            {link.viewerCanRespond ? (
              <>
                <Button
                  type="primary"
                  loading={confirming.loading}
                  aria-label={t('maintainer.sponsors.confirmNamed', { name })}
                  onClick={() =>
                    ask(
                      t('maintainer.sponsors.confirmTitle', { name }),
                      t('maintainer.sponsors.confirmBody'),
                      t('maintainer.sponsors.confirmOk'),
                      () => confirm({ variables: { input } }),
                    )
                  }
                >
                  {t('maintainer.sponsors.confirm')}
                </Button>
                <Button
                  loading={declining.loading}
                  aria-label={t('maintainer.sponsors.declineNamed', { name })}
                  onClick={() =>
                    ask(
                      t('maintainer.sponsors.declineTitle', { name }),
                      t('maintainer.sponsors.declineBody'),
                      t('maintainer.sponsors.declineOk'),
                      () => decline({ variables: { input } }),
                      true,
                    )
                  }
                >
                  {t('maintainer.sponsors.decline')}
                </Button>
              </>
            ) : null}
            {link.viewerCanEnd ? (
              <Button
                danger
                loading={ending.loading}
                aria-label={t(retract ? 'maintainer.sponsors.retractNamed' : 'maintainer.sponsors.endNamed', { name })}
                onClick={() =>
                  ask(
                    t(retract ? 'maintainer.sponsors.retractTitle' : 'maintainer.sponsors.endTitle', { name }),
                    t(retract ? 'maintainer.sponsors.retractBody' : 'maintainer.sponsors.endBody'),
                    t(retract ? 'maintainer.sponsors.retractOk' : 'maintainer.sponsors.endOk'),
                    () => end({ variables: { input } }),
                    true,
                  )
                }
              >
                {t(retract ? 'maintainer.sponsors.retract' : 'maintainer.sponsors.end')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
