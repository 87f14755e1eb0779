import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Flex, Input, Row, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import {
  ExpressInterestDocument,
  HideIdeaDocument,
  PublicIdeaDocument,
  TakeUpIdeaDocument,
  WithdrawInterestDocument,
  type IdeaDetailFragment,
} from './ideas.generated';
import { InterestCounts } from './InterestCounts';
import { INTEREST_ROLES, type InterestRole } from './roles';
import { problemOf } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { Markdown } from '../../shared/Markdown';
import { EmptyState } from '../../shared/PageState';
import { PublicRecordPage } from '../../shared/PublicRecordPage';
import { signInPathFor } from '../../shared/RequireViewer';
import { demoteHeadings } from '../../shared/markdownHeadings';
import './ideas.css';
import { lengthCount } from '../../shared/formRules';

type Idea = IdeaDetailFragment;
type Interest = NonNullable<Idea['interests']>[number];

export default function IdeaPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(PublicIdeaDocument, { variables: { slug } });
  return (
    <PublicRecordPage
      result={result}
      record={(data) => data.project}
      notFound={{
        title: t('ideas.notFound'),
        hint: t('ideas.notFoundHint'),
        back: { to: '/ideas', label: t('ideas.backToList') },
      }}
    >
      {(idea) => <IdeaView idea={idea} />}
    </PublicRecordPage>
  );
}

function IdeaView({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const open = idea.stage === 'IDEA';
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/ideas">{t('ideas.backToList')}</Link>
        <h1 className="page-title" style={{ marginTop: 8 }}>
          {idea.name}
        </h1>
        <p className="lead">{idea.summary}</p>
        <Flex gap={4} wrap>
          <Tag>{t(`enum.ProjectStage.${idea.stage}`)}</Tag>
          {idea.causeAreas.map((cause) => (
            <Tag key={cause} color="green">
              {t(`enum.CauseArea.${cause}`)}
            </Tag>
          ))}
          {idea.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
        </Flex>
      </header>

      {idea.visibility === 'DRAFT' ? <Alert type="warning" showIcon title={t('ideas.hiddenNotice')} /> : null}
      {!open ? (
        <Alert
          type="success"
          showIcon
          title={t('ideas.takenUpNotice')}
          description={<Link to={`/projects/${idea.slug}`}>{t('ideas.toProject')}</Link>}
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={32}>
            <section aria-labelledby="idea-need">
              <h2 id="idea-need" className="section-heading">
                {t('ideas.need')}
              </h2>
              {idea.description.trim() ? (
                <Markdown source={demoteHeadings(idea.description)} />
              ) : (
                <EmptyState>{t('ideas.noNeed')}</EmptyState>
              )}
            </section>
            <section aria-labelledby="idea-beneficiaries">
              <h2 id="idea-beneficiaries" className="section-heading">
                {t('ideas.beneficiaries')}
              </h2>
              <p className="pre-line">{idea.beneficiaries.trim() || t('common.none')}</p>
            </section>
            {idea.interests ? <WhoJoined interests={idea.interests} /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={24}>
            <JoinCard idea={idea} />
            <IdeaFacts idea={idea} />
            <Moderation idea={idea} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function IdeaFacts({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <Card
      title={
        <h2 className="card-heading" style={{ margin: 0 }}>
          {t('ideas.facts')}
        </h2>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'proposedBy', label: t('ideas.proposedBy'), children: idea.proposedBy?.displayName ?? none },
          { key: 'proposedAt', label: t('ideas.proposedAt'), children: formatDate(idea.createdAt) },
          {
            key: 'maintainers',
            label: t('ideas.maintainers'),
            children: idea.maintainers.length
              ? idea.maintainers.map((m) => m.displayName).join(t('ideas.listSeparator'))
              : t('ideas.noMaintainer'),
          },
        ]}
      />
    </Card>
  );
}

/** Joining in each role (with an optional note), leaving again, and taking the idea up. */
function JoinCard({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const location = useLocation();
  const open = idea.stage === 'IDEA' && idea.visibility === 'PUBLISHED';
  return (
    <Card
      title={
        <h2 className="card-heading" style={{ margin: 0 }}>
          {t('ideas.join')}
        </h2>
      }
    >
      <Flex vertical gap={16}>
        <InterestCounts counts={idea.interestCounts} />
        {!viewer ? (
          open ? (
            <p style={{ margin: 0 }}>
              <Link to={signInPathFor(location.pathname)}>{t('ideas.signInToJoin')}</Link>
            </p>
          ) : null
        ) : (
          <>
            {INTEREST_ROLES.map((role) => (
              <RoleInterest
                key={role}
                idea={idea}
                role={role}
                open={open}
                mine={idea.viewerInterests.find((interest) => interest.role === role) ?? null}
              />
            ))}
            {idea.viewerCanTakeUp ? <TakeUp idea={idea} /> : null}
          </>
        )}
      </Flex>
    </Card>
  );
}

function RoleInterest({
  idea,
  role,
  mine,
  open,
}: {
  idea: Idea;
  role: InterestRole;
  mine: Idea['viewerInterests'][number] | null;
  open: boolean;
}) {
  const { t } = useTranslation();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [express, { loading: joining }] = useMutation(ExpressInterestDocument);
  const [withdraw, { loading: leaving }] = useMutation(WithdrawInterestDocument);
  if (!mine && !open) return null;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      setNote('');
    } catch (error) {
      setProblem(problemOf(error).message);
    }
  };

  return (
    <section className="interest-role" aria-label={t(`ideas.roles.${role}.label`)}>
      <h3 className="card-heading">{t(`ideas.roles.${role}.label`)}</h3>
      <p className="muted" style={{ marginTop: 0 }}>
        {t(`ideas.roles.${role}.hint`)}
      </p>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 8 }} /> : null}
      {mine ? (
        <Flex vertical gap={8}>
          <p role="status" style={{ margin: 0 }}>
            {t(`ideas.roles.${role}.joined`)}
            {mine.note ? <span className="pre-line">{t('ideas.yourNote', { note: mine.note })}</span> : null}
          </p>
          <div>
            <Button
              loading={leaving}
              onClick={() => void run(() => withdraw({ variables: { input: { projectId: idea.id, as: role } } }))}
            >
              {t('ideas.withdraw')}
            </Button>
          </div>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <label htmlFor={noteId}>{t('ideas.noteLabel')}</label>
          <Input.TextArea
            id={noteId}
            value={note}
            count={lengthCount(500, true)}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t(`ideas.roles.${role}.notePlaceholder`)}
            onChange={(event) => setNote(event.target.value)}
          />
          <div>
            <Button
              type="primary"
              loading={joining}
              disabled={[...note].length > 500}
              onClick={() =>
                void run(() =>
                  express({ variables: { input: { projectId: idea.id, as: role, note: note.trim() || null } } }),
                )
              }
            >
              {t(`ideas.roles.${role}.action`)}
            </Button>
          </div>
        </Flex>
      )}
    </section>
  );
}

function TakeUp({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [takeUp, { loading }] = useMutation(TakeUpIdeaDocument, {
    // It leaves the ideas list and joins the projects: both lists read again when next shown.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });
  const submit = async () => {
    setProblem(null);
    try {
      await takeUp({ variables: { input: { projectId: idea.id } } });
    } catch (error) {
      setProblem(problemOf(error).message);
    }
  };
  return (
    <section className="interest-role" aria-labelledby="idea-take-up">
      <h3 id="idea-take-up" className="card-heading">
        {t('ideas.takeUp')}
      </h3>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('ideas.takeUpHint')}
      </p>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 8 }} /> : null}
      <Button type="primary" loading={loading} onClick={() => void submit()}>
        {t('ideas.takeUp')}
      </Button>
    </section>
  );
}

/** For the proposer, the maintainers and admins only (the API gives everyone else none). */
function WhoJoined({ interests }: { interests: Interest[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="idea-who-joined">
      <h2 id="idea-who-joined" className="section-heading">
        {t('ideas.whoJoined')}
      </h2>
      <p className="muted">{t('ideas.whoJoinedHint')}</p>
      {interests.length ? (
        <ul className="card-grid">
          {interests.map((interest) => (
            <li key={interest.id}>
              <Card size="small">
                <Flex vertical gap={4}>
                  <strong>{interest.user.displayName}</strong>
                  <span>
                    <Tag color="blue">{t(`ideas.roles.${interest.role}.label`)}</Tag>
                    <span className="muted">{formatDate(interest.createdAt)}</span>
                  </span>
                  {interest.note ? (
                    <p className="pre-line" style={{ margin: 0 }}>
                      {interest.note}
                    </p>
                  ) : null}
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('ideas.nobodyYet')}</EmptyState>
      )}
    </section>
  );
}

/** Platform admins hide an idea that does not belong here (it becomes a draft; publishing it shows it again). */
function Moderation({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [hide, { loading }] = useMutation(HideIdeaDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
      cache.gc();
    },
  });
  if (viewer?.role !== 'ADMIN' || idea.stage !== 'IDEA' || idea.visibility !== 'PUBLISHED') return null;
  const submit = async () => {
    setProblem(null);
    try {
      await hide({ variables: { input: { projectId: idea.id, reason: reason.trim() } } });
    } catch (error) {
      setProblem(problemOf(error).message);
    }
  };
  return (
    <Card
      title={
        <h2 className="card-heading" style={{ margin: 0 }}>
          {t('ideas.moderation.title')}
        </h2>
      }
    >
      <Flex vertical gap={8}>
        {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
        <label htmlFor={reasonId}>{t('ideas.moderation.reason')}</label>
        <Input.TextArea
          id={reasonId}
          value={reason}
          count={lengthCount(500)}
          autoSize={{ minRows: 2, maxRows: 4 }}
          onChange={(event) => setReason(event.target.value)}
        />
        <div>
          <Button
            danger
            loading={loading}
            disabled={!reason.trim() || [...reason].length > 500}
            onClick={() => void submit()}
          >
            {t('ideas.moderation.hide')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
