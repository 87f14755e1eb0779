import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { VolunteerClaimTaskDocument, type VolunteerTaskCardFragment } from './volunteer.generated';
import { useAuth } from '../../app/auth';
import { formatNumber } from '../../shared/format';
import { signInPathFor } from '../../shared/RequireViewer';
import { StatusTag } from '../../shared/StatusTag';
import { TASK_TONE, volunteerProblem } from './volunteer';
import '../../shared/public.css';
import './volunteer.css';

/** One task as volunteers see it: where it belongs, what it needs, how long it takes, and who holds it. */
export function TaskCard({
  task,
  headingLevel = 2,
  children,
  footer,
}: {
  task: VolunteerTaskCardFragment;
  headingLevel?: 2 | 3;
  /** Shown under the task's facts: why it was recommended, a note… */
  children?: ReactNode;
  /** Actions: claiming, submitting… */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const excerpt = task.description.trim();
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <Heading className="card-heading" style={{ margin: 0 }}>
            {task.title}
          </Heading>
          <StatusTag tone={TASK_TONE[task.status]}>{t(`enum.VolunteerTaskStatus.${task.status}`)}</StatusTag>
        </Flex>
        {task.project ? (
          <p className="task-meta">
            <Link to={`/projects/${task.project.slug}`}>{task.project.name}</Link>
            {task.milestone ? <span className="muted"> · {task.milestone.title}</span> : null}
          </p>
        ) : null}
        {excerpt ? <p className="task-excerpt">{excerpt}</p> : null}
        <Flex component="ul" gap={4} wrap className="tag-list" aria-label={t('volunteer.task.skillsNeeded')}>
          {task.skillsNeeded.map((skill) => (
            <li key={skill}>
              <Tag>{t(`enum.VolunteerSkill.${skill}`)}</Tag>
            </li>
          ))}
          {task.goodFirstTask ? (
            <li>
              <Tag color="green">{t('volunteer.task.goodFirst')}</Tag>
            </li>
          ) : null}
        </Flex>
        <p className="task-meta muted">
          {task.status === 'DONE' && task.hoursRecorded !== null
            ? t('volunteer.task.hoursRecognised', { hours: formatNumber(task.hoursRecorded) })
            : t('volunteer.task.estimatedHours', { hours: formatNumber(task.estimatedHours) })}
          {task.claimant && !task.heldByViewer
            ? ` · ${t(task.status === 'DONE' ? 'volunteer.task.doneBy' : 'volunteer.task.heldBy', { name: task.claimant.displayName })}`
            : null}
          {task.heldByViewer
            ? ` · ${t(task.status === 'DONE' ? 'volunteer.task.doneByYou' : 'volunteer.task.heldByYou')}`
            : null}
        </p>
        {children}
        {footer}
      </Flex>
    </Card>
  );
}

/** "Claim" for a signed-in visitor; a way to sign in for anyone else. A refusal is said on the card. */
export function ClaimButton({ task, onClaimed }: { task: VolunteerTaskCardFragment; onClaimed?: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const location = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const [claim, { loading }] = useMutation(VolunteerClaimTaskDocument, {
    // The task updates in place (same id in the cache); the volunteer's own lists are asked again.
    refetchQueries: ['VolunteerMe', 'VolunteerRecommendations'],
  });
  if (task.status !== 'OPEN' || task.heldByViewer) return null;
  if (!viewer) {
    return <Link to={signInPathFor(location.pathname + location.search)}>{t('volunteer.task.signInToClaim')}</Link>;
  }
  const onClick = async () => {
    setProblem(null);
    try {
      await claim({ variables: { input: { taskId: task.id } } });
      onClaimed?.();
    } catch (error) {
      setProblem(volunteerProblem(t, error));
    }
  };
  return (
    <Flex vertical gap={8} align="start">
      {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
      <Button
        type="primary"
        loading={loading}
        aria-label={t('volunteer.task.claimNamed', { title: task.title })}
        onClick={() => void onClick()}
      >
        {t('volunteer.task.claim')}
      </Button>
    </Flex>
  );
}
