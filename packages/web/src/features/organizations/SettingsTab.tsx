import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Flex, Form, Input, List, Popconfirm, Row, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import {
  CsrAddMemberDocument,
  CsrRemoveMemberDocument,
  CsrSettingsDocument,
  CsrUpdateProfileDocument,
  type CsrMembersFragment,
  type CsrProfileFragment,
} from './settings.generated';
import { ViewerDocument } from '../../app/viewer.generated';
import type { MemberRole } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { QueryState } from '../../shared/PageState';
import { ApiKeysSection } from './ApiKeysSection';
import { WebhooksSection } from './WebhooksSection';
import { formProblem, problemText } from '../../shared/problems';
import '../../shared/organizationConsole.css';
import { UrlInput } from '../../shared/UrlInput';
import { lengthCount } from '../../shared/formRules';

const ROLES: MemberRole[] = ['MEMBER', 'OWNER'];

/** The organisation as the console knows it: the viewer's role in it, and whether the viewer is a platform admin. */
type ConsoleOrganization = { slug: string; viewerRole: MemberRole | null; isAdmin: boolean };

/** Owners (and admins) manage members and the profile; any member manages offers, requests and links. */
const canManageOrganization = (organization: ConsoleOrganization) =>
  organization.isAdmin || organization.viewerRole === 'OWNER';

/** Members and roles, and the organisation's public profile. Owners (and admins) change them. */
export function SettingsTab({ organization }: { organization: ConsoleOrganization }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CsrSettingsDocument, {
    variables: { slug: organization.slug },
    fetchPolicy: 'cache-and-network',
  });
  const manage = canManageOrganization(organization);

  return (
    <QueryState loading={loading} error={error} data={data?.organization} onRetry={() => void refetch()}>
      {(settings) => (
        <Flex vertical gap={32}>
          {!manage ? <Alert type="info" showIcon title={t('csr.settings.ownersOnly')} /> : null}
          <MembersSection organization={settings} manage={manage} />
          {manage ? <ApiKeysSection organizationId={settings.id} slug={settings.slug} /> : null}
          {manage ? <WebhooksSection organizationId={settings.id} slug={settings.slug} /> : null}
          <ProfileSection organization={settings} manage={manage} />
        </Flex>
      )}
    </QueryState>
  );
}

function MembersSection({
  organization,
  manage,
}: {
  organization: CsrMembersFragment & CsrProfileFragment;
  manage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useAuth();
  const [form] = Form.useForm<{ email: string; role: MemberRole }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const [add, adding] = useMutation(CsrAddMemberDocument);
  // Removing oneself changes the viewer's own organisations too.
  const [remove, removing] = useMutation(CsrRemoveMemberDocument, { refetchQueries: [ViewerDocument] });
  const members = organization.members ?? [];
  const owners = members.filter((m) => m.role === 'OWNER').length;

  const submit = async (values: { email: string; role: MemberRole }) => {
    setProblem(null);
    try {
      await add({
        variables: { input: { organizationId: organization.id, email: values.email.trim(), role: values.role } },
      });
      void message.success(t('csr.settings.added', { email: values.email.trim() }));
      form.resetFields();
    } catch (error) {
      setProblem(
        formProblem(t, form, error, ['email', 'role'], { overrides: { 'NOT_FOUND:email': 'csr.problems.NO_ACCOUNT' } }),
      );
    }
  };

  const removeMember = async (userId: string, name: string) => {
    setRemoveProblem(null);
    try {
      await remove({ variables: { input: { organizationId: organization.id, userId } } });
      void message.success(t('csr.settings.removed', { name }));
    } catch (error) {
      setRemoveProblem(problemText(t, error));
    }
  };

  return (
    <section aria-labelledby="csr-members">
      <h2 id="csr-members">
        {t('csr.settings.members')}
        <span className="csr-count">{t('common.total', { count: members.length })}</span>
      </h2>
      <p className="csr-muted">{t('csr.settings.membersHint')}</p>
      {removeProblem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={removeProblem}
          closable={{ onClose: () => setRemoveProblem(null) }}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <List
        bordered
        dataSource={members}
        locale={{ emptyText: t('csr.settings.noMembers') }}
        renderItem={(member) => {
          const lastOwner = member.role === 'OWNER' && owners <= 1;
          const self = member.user.id === viewer?.id;
          return (
            <List.Item
              actions={
                manage
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t(self ? 'csr.settings.leaveConfirm' : 'csr.settings.removeConfirm', {
                          name: member.user.displayName,
                        })}
                        description={lastOwner ? t('csr.settings.lastOwnerHint') : undefined}
                        okText={t('csr.settings.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => removeMember(member.user.id, member.user.displayName)}
                      >
                        <Button
                          danger
                          size="small"
                          loading={removing.loading}
                          aria-label={t('csr.settings.removeNamed', { name: member.user.displayName })}
                        >
                          {t('csr.settings.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>{member.user.displayName}</span>
                    <Tag color={member.role === 'OWNER' ? 'blue' : 'default'}>
                      {t(`enum.MemberRole.${member.role}`)}
                    </Tag>
                    {self ? <Tag>{t('csr.settings.you')}</Tag> : null}
                  </Flex>
                }
                description={
                  <>
                    {member.user.email ? <span className="csr-member-email">{member.user.email}</span> : null}
                    <span>{t('csr.settings.joined', { date: formatDate(member.joinedAt) })}</span>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {manage ? (
        <Card
          size="small"
          className="csr-add-member"
          title={<h3 className="csr-card-heading">{t('csr.settings.addHeading')}</h3>}
        >
          <Form
            noValidate
            form={form}
            name="add-member"
            layout="vertical"
            initialValues={{ role: 'MEMBER' }}
            onFinish={(values) => void submit(values)}
          >
            {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
            <Row gutter={16} align="bottom">
              <Col xs={24} sm={12}>
                <Form.Item
                  name="email"
                  label={t('csr.settings.email')}
                  extra={t('csr.settings.emailHint')}
                  rules={[
                    { required: true, message: t('csr.settings.emailRequired') },
                    { type: 'email', message: t('csr.settings.emailInvalid') },
                  ]}
                >
                  <Input type="email" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item name="role" label={t('csr.settings.role')} rules={[{ required: true }]}>
                  <Select options={ROLES.map((role) => ({ value: role, label: t(`enum.MemberRole.${role}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item>
                  <Button type="primary" htmlType="submit" loading={adding.loading} block>
                    {t('csr.settings.add')}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          </Form>
          <p className="csr-muted">{t('csr.settings.noRoleChange')}</p>
        </Card>
      ) : null}
    </section>
  );
}

interface ProfileValues {
  name: string;
  websiteUrl?: string;
  logoUrl?: string;
  description?: string;
}

function ProfileSection({ organization, manage }: { organization: CsrProfileFragment; manage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading }] = useMutation(CsrUpdateProfileDocument);

  const submit = async (values: ProfileValues) => {
    setProblem(null);
    try {
      await update({
        variables: {
          input: {
            organizationId: organization.id,
            name: values.name.trim(),
            websiteUrl: values.websiteUrl?.trim() || null,
            logoUrl: values.logoUrl?.trim() || null,
            description: values.description?.trim() ?? '',
          },
        },
      });
      void message.success(t('common.saved'));
    } catch (error) {
      setProblem(formProblem(t, form, error, ['name', 'websiteUrl', 'logoUrl', 'description']));
    }
  };
  const url = { type: 'url' as const, message: t('csr.settings.urlInvalid') };

  return (
    <section aria-labelledby="csr-profile">
      <h2 id="csr-profile">{t('csr.settings.profile')}</h2>
      <p className="csr-muted">{t('csr.settings.profileHint')}</p>
      <Form<ProfileValues>
        noValidate
        form={form}
        name="organization-profile"
        layout="vertical"
        disabled={!manage}
        initialValues={{
          name: organization.name,
          websiteUrl: organization.websiteUrl ?? '',
          logoUrl: organization.logoUrl ?? '',
          description: organization.description,
        }}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 720 }}
      >
        {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="name"
          label={t('csr.settings.name')}
          rules={[
            { required: true, whitespace: true, message: t('csr.settings.nameRequired') },
            { max: 120, message: t('csr.offerForm.tooLong', { max: 120 }) },
          ]}
        >
          <Input count={lengthCount(120)} />
        </Form.Item>
        <Form.Item name="websiteUrl" label={t('csr.settings.website')} rules={[url]}>
          <UrlInput />
        </Form.Item>
        <Form.Item name="logoUrl" label={t('csr.settings.logo')} extra={t('csr.settings.logoHint')} rules={[url]}>
          <UrlInput />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('csr.settings.description')}
          rules={[{ max: 5000, message: t('csr.offerForm.tooLong', { max: 5000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} count={lengthCount(5000)} />
        </Form.Item>
        {manage ? (
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('csr.settings.saveProfile')}
          </Button>
        ) : null}
      </Form>
    </section>
  );
}
