import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CsrConfirmSponsorLinkDocument,
  CsrDeclineSponsorLinkDocument,
  CsrEndSponsorLinkDocument,
  CsrProjectSearchDocument,
  CsrProposeSponsorLinkDocument,
  CsrSponsorLinksDocument,
  type CsrSponsorLinkFragment,
} from './organizationSponsorLinks.generated';
import type { SponsorLinkStatus, SponsorRole } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { PagedList } from '../../shared/PagedList';
import { DateField } from '../../shared/DateField';
import { formProblem, problemText } from '../../shared/problems';
import { useDebounced } from '../../shared/useDebounced';
import { ConsoleCard } from '../../shared/ConsoleCard';
import '../../shared/organizationConsole.css';
import { UrlInput } from '../../shared/UrlInput';
import { lengthCount } from '../../shared/formRules';

/** The organisation whose links these are. */
type Organization = { id: string; name: string };

const STATUSES: SponsorLinkStatus[] = ['PROPOSED', 'CONFIRMED', 'DECLINED', 'ENDED'];
const ROLES: SponsorRole[] = [
  'IN_KIND',
  'FINANCIAL',
  'TECHNOLOGY_PARTNER',
  'FOUNDATION_PARTNER',
  'MEDIA_PARTNER',
  'COMMUNITY_PARTNER',
];
// A coloured dot beside dark text: the status reads at full contrast, the colour only helps.
const STATUS_BADGES: Record<SponsorLinkStatus, 'default' | 'success' | 'warning' | 'error'> = {
  PROPOSED: 'warning',
  CONFIRMED: 'success',
  DECLINED: 'error',
  ENDED: 'default',
};

/** The organisation's sponsor links in every status: answer projects' proposals, end links, propose new ones. */
export function SponsorsTab({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SponsorLinkStatus | 'ALL'>('ALL');
  const [proposing, setProposing] = useState(false);
  const [declining, setDeclining] = useState<CsrSponsorLinkFragment | null>(null);
  const linksQuery = useQuery(CsrSponsorLinksDocument, {
    variables: { organizationId: organization.id, statuses: status === 'ALL' ? null : [status] },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const links = linksQuery.data?.sponsorLinks;

  return (
    <section aria-labelledby="csr-sponsors-heading">
      <Flex justify="space-between" align="center" wrap gap={8} className="csr-section-head">
        <h2 id="csr-sponsors-heading">
          {t('csr.sponsors.heading')}
          {links ? <span className="csr-count">{t('common.total', { count: links.totalCount })}</span> : null}
        </h2>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
          {t('csr.sponsors.propose')}
        </Button>
      </Flex>
      <p className="csr-muted">{t('csr.sponsors.hint')}</p>
      <Radio.Group
        aria-label={t('csr.sponsors.filter')}
        optionType="button"
        value={status}
        onChange={(event) => setStatus(event.target.value as SponsorLinkStatus | 'ALL')}
        options={[
          { value: 'ALL', label: t('common.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`enum.SponsorLinkStatus.${s}`) })),
        ]}
        style={{ marginBottom: 16 }}
      />
      <PagedList query={linksQuery} connection={links} empty={t('csr.sponsors.empty')}>
        {(node) => <LinkCard link={node} onDecline={() => setDeclining(node)} />}
      </PagedList>
      {proposing ? <ProposeModal organization={organization} onClose={() => setProposing(false)} /> : null}
      {declining ? <DeclineModal link={declining} onClose={() => setDeclining(null)} /> : null}
    </section>
  );
}

function LinkCard({ link, onDecline }: { link: CsrSponsorLinkFragment; onDecline(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const options = { refetchQueries: [CsrSponsorLinksDocument] };
  const [confirm, confirming] = useMutation(CsrConfirmSponsorLinkDocument, options);
  const [end, ending] = useMutation(CsrEndSponsorLinkDocument, options);
  const projectName = link.project?.name ?? t('csr.review.hiddenProject');

  const run = async (action: 'confirm' | 'end') => {
    try {
      const variables = { variables: { input: { sponsorLinkId: link.id } } };
      if (action === 'confirm') await confirm(variables);
      else await end(variables);
      void message.success(t(`csr.sponsors.done.${action}`, { project: projectName }));
    } catch (error) {
      void message.error(problemText(t, error));
    }
  };
  const retract = link.status === 'PROPOSED';

  return (
    <ConsoleCard
      heading={link.project ? <Link to={`/projects/${link.project.slug}`}>{link.project.name}</Link> : projectName}
      tags={
        <Flex gap={8} wrap align="center">
          <Badge status={STATUS_BADGES[link.status]} text={t(`enum.SponsorLinkStatus.${link.status}`)} />
          <Tag color="blue">{t(`enum.SponsorRole.${link.role}`)}</Tag>
        </Flex>
      }
    >
      <dl className="csr-facts">
        <div>
          <dt>{t('csr.sponsors.proposedBy')}</dt>
          <dd>
            {t(`enum.SponsorLinkSide.${link.proposedBy}`)} · {formatDate(link.createdAt)}
          </dd>
        </div>
        <div>
          <dt>{t('csr.sponsors.period')}</dt>
          <dd>
            {link.startsOn || link.endsOn
              ? t('csr.offers.windowRange', { from: formatDate(link.startsOn), to: formatDate(link.endsOn) })
              : t('csr.sponsors.noPeriod')}
          </dd>
        </div>
        {link.attribution ? (
          <div>
            <dt>{t('csr.sponsors.attribution')}</dt>
            <dd>{link.attribution}</dd>
          </div>
        ) : null}
        {link.url ? (
          <div>
            <dt>{t('csr.sponsors.url')}</dt>
            <dd>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {link.viewerCanRespond ? <p className="csr-muted">{t('csr.sponsors.awaitingYou')}</p> : null}
      {link.viewerCanRespond || link.viewerCanEnd ? (
        <Flex gap={8} wrap>
          {link.viewerCanRespond ? (
            <>
              <Button type="primary" loading={confirming.loading} onClick={() => void run('confirm')}>
                {t('csr.sponsors.confirm')}
              </Button>
              <Button danger onClick={onDecline}>
                {t('csr.sponsors.decline')}
              </Button>
            </>
          ) : null}
          {link.viewerCanEnd ? (
            <Popconfirm
              title={t(retract ? 'csr.sponsors.retractConfirm' : 'csr.sponsors.endConfirm', {
                project: projectName,
              })}
              okText={t(retract ? 'csr.sponsors.retract' : 'csr.sponsors.end')}
              cancelText={t('common.cancel')}
              onConfirm={() => run('end')}
            >
              <Button danger loading={ending.loading}>
                {t(retract ? 'csr.sponsors.retract' : 'csr.sponsors.end')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ) : null}
    </ConsoleCard>
  );
}

function DeclineModal({ link, onClose }: { link: CsrSponsorLinkFragment; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [decline, { loading }] = useMutation(CsrDeclineSponsorLinkDocument, {
    refetchQueries: [CsrSponsorLinksDocument],
  });
  const projectName = link.project?.name ?? t('csr.review.hiddenProject');
  const submit = async ({ note }: { note?: string }) => {
    setProblem(null);
    try {
      await decline({ variables: { input: { sponsorLinkId: link.id, note: note?.trim() || null } } });
      void message.success(t('csr.sponsors.done.decline', { project: projectName }));
      onClose();
    } catch (error) {
      setProblem(formProblem(t, form, error, ['note']));
    }
  };
  return (
    <Modal
      open
      title={t('csr.sponsors.declineTitle', { project: projectName })}
      okText={t('csr.sponsors.declineOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
    >
      <Form
        noValidate
        form={form}
        name="decline-sponsor-link"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="note"
          label={t('csr.review.dialog.note')}
          extra={t('csr.sponsors.declineNoteHint')}
          rules={[{ max: 1000, message: t('csr.offerForm.tooLong', { max: 1000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={lengthCount(1000)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ProposeValues {
  projectId: string;
  role: SponsorRole;
  attribution?: string;
  url?: string;
  startsOn?: string;
  endsOn?: string;
}

function ProposeModal({ organization, onClose }: { organization: Organization; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposeValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const projects = useQuery(CsrProjectSearchDocument, { variables: { search: query }, skip: !query });
  const [propose, { loading }] = useMutation(CsrProposeSponsorLinkDocument, {
    refetchQueries: [CsrSponsorLinksDocument],
    awaitRefetchQueries: true,
  });
  const options = (query ? (projects.data?.projects.edges ?? []) : []).map(({ node }) => ({
    value: node.id,
    label: node.name,
  }));

  const submit = async (values: ProposeValues) => {
    setProblem(null);
    try {
      const { data } = await propose({
        variables: {
          input: {
            organizationId: organization.id,
            projectId: values.projectId,
            role: values.role,
            side: 'ORGANIZATION',
            attribution: values.attribution?.trim() || null,
            url: values.url?.trim() || null,
            startsOn: values.startsOn ?? null,
            endsOn: values.endsOn ?? null,
          },
        },
      });
      void message.success(
        t('csr.sponsors.done.propose', { project: data?.proposeSponsorLink.sponsorLink.project?.name ?? '' }),
      );
      onClose();
    } catch (error) {
      setProblem(
        formProblem(t, form, error, ['projectId', 'role', 'attribution', 'url', 'startsOn', 'endsOn'], {
          overrides: { 'CONFLICT:role': 'csr.problems.LINK_EXISTS' },
        }),
      );
    }
  };

  return (
    <Modal
      open
      title={t('csr.sponsors.proposeTitle')}
      okText={t('csr.sponsors.proposeOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
    >
      <Form<ProposeValues>
        noValidate
        form={form}
        name="propose-sponsor-link"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <p className="csr-muted">{t('csr.sponsors.proposeHint', { name: organization.name })}</p>
        {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="projectId"
          label={t('csr.sponsors.project')}
          rules={[{ required: true, message: t('csr.sponsors.projectRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('csr.sponsors.projectPlaceholder')}
            options={options}
            notFoundContent={
              projects.loading ? (
                <Spin size="small" />
              ) : query ? (
                t('csr.sponsors.noProjects')
              ) : (
                t('csr.sponsors.typeToSearch')
              )
            }
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('csr.sponsors.role')}
          rules={[{ required: true, message: t('csr.sponsors.roleRequired') }]}
        >
          <Select options={ROLES.map((role) => ({ value: role, label: t(`enum.SponsorRole.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="attribution"
          label={t('csr.sponsors.attribution')}
          extra={t('csr.sponsors.attributionHint')}
          rules={[{ max: 200, message: t('csr.offerForm.tooLong', { max: 200 }) }]}
        >
          <Input count={lengthCount(200)} />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('csr.sponsors.url')}
          rules={[{ type: 'url', message: t('csr.sponsors.urlInvalid') }]}
        >
          <UrlInput />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="startsOn" label={t('csr.sponsors.startsOn')}>
            <DateField />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('csr.sponsors.endsOn')}
            dependencies={['startsOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) => {
                  const starts = getFieldValue('startsOn') as string | undefined;
                  return !value || !starts || value >= starts
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('csr.sponsors.endsBeforeStarts')));
                },
              }),
            ]}
          >
            <DateField />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
