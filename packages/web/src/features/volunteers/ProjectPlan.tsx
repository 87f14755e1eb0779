import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, InputNumber, Modal, Popconfirm, Progress, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  VolunteerCompleteTaskDocument,
  VolunteerProjectPlanDocument,
  VolunteerReleaseTaskDocument,
  type VolunteerConsoleMilestoneFragment,
  type VolunteerProjectPlanQuery,
} from './volunteer.generated';
import { formatDate, formatNumber } from '../../shared/format';
import { Markdown } from '../../shared/Markdown';
import { EmptyState } from '../../shared/PageState';
import { StatusTag } from '../../shared/StatusTag';
import { demoteHeadings } from '../../shared/markdownHeadings';
import { MilestoneForm, TaskForm } from './PlanForms';
import { MILESTONE_TONE, TASK_TONE, volunteerProblem } from './volunteer';
import { Why } from './Why';
import { ConsoleHeading } from '../../shared/ConsolePage';
import '../../shared/console.css';
import './volunteer.css';

type Project = NonNullable<VolunteerProjectPlanQuery['project']>;
type Task = VolunteerConsoleMilestoneFragment['tasks'][number];

/** A project's plan for volunteers: milestones, their tasks and who holds them, and who could help. */
export function ProjectPlan({ project, nav }: { project: Project; nav: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <ConsoleHeading title={t('volunteer.plan.title', { name: project.name })} intro={t('volunteer.plan.intro')} />
      {nav}
      <section aria-labelledby="milestones-heading">
        <h2 id="milestones-heading" className="console-section-heading">
          {t('volunteer.plan.milestones')}
        </h2>
        {project.milestones.length ? (
          <ul className="console-list">
            {project.milestones.map((milestone) => (
              <li key={milestone.id}>
                <MilestoneCard projectId={project.id} milestone={milestone} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('volunteer.plan.noMilestones')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="new-milestone-heading">
        <Card>
          <h2 id="new-milestone-heading" className="console-section-heading">
            {t('volunteer.plan.newMilestone')}
          </h2>
          <MilestoneForm projectId={project.id} />
        </Card>
      </section>
      <section aria-labelledby="suggested-heading">
        <h2 id="suggested-heading" className="console-section-heading">
          {t('volunteer.plan.suggested')}
        </h2>
        <p className="console-meta" style={{ marginBottom: 12 }}>
          {t('volunteer.plan.suggestedIntro')}
        </p>
        {project.suggestedVolunteers.length ? (
          <ul className="volunteer-list">
            {project.suggestedVolunteers.map((suggestion) => (
              <li key={suggestion.profile.user.id}>
                <Card size="small">
                  <Flex vertical gap={8}>
                    <h3 className="console-card-title">
                      <Link to={`/volunteers/${suggestion.profile.user.id}`}>
                        {suggestion.profile.user.displayName}
                      </Link>
                    </h3>
                    <p className="console-meta">
                      {t('volunteer.public.weeklyHours', { hours: formatNumber(suggestion.profile.weeklyHours) })}
                    </p>
                    {suggestion.profile.bio ? <p className="task-excerpt">{suggestion.profile.bio}</p> : null}
                    <Why match={suggestion} for="volunteer" />
                  </Flex>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('volunteer.plan.noSuggestions')}</EmptyState>
        )}
      </section>
    </>
  );
}

function MilestoneCard({ projectId, milestone }: { projectId: string; milestone: VolunteerConsoleMilestoneFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const { done, total } = milestone.progress;
  const open = milestone.status === 'PLANNED' || milestone.status === 'IN_PROGRESS';
  const headingId = `milestone-${milestone.id}`;
  return (
    <Card size="small">
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h3 id={headingId} className="console-card-title">
            {milestone.title}
          </h3>
          <Flex gap={4} wrap align="center">
            <StatusTag tone={MILESTONE_TONE[milestone.status]}>
              {t(`enum.MilestoneStatus.${milestone.status}`)}
            </StatusTag>
            {milestone.dueOn ? <Tag>{t('volunteer.plan.due', { date: formatDate(milestone.dueOn) })}</Tag> : null}
          </Flex>
        </Flex>
        <div className="milestone-progress">
          <Progress
            percent={total ? Math.round((done / total) * 100) : 0}
            size="small"
            aria-label={t('volunteer.plan.progress', { done, total })}
          />
          <span className="console-meta">{t('volunteer.plan.progress', { done, total })}</span>
        </div>
        {editing ? (
          <MilestoneForm projectId={projectId} milestone={milestone} onDone={() => setEditing(false)} />
        ) : (
          <>
            {milestone.description.trim() ? <Markdown source={demoteHeadings(milestone.description, 4)} /> : null}
            <Button
              style={{ alignSelf: 'start' }}
              onClick={() => setEditing(true)}
              aria-label={t('volunteer.plan.editMilestoneNamed', { title: milestone.title })}
            >
              {t('volunteer.plan.editMilestone')}
            </Button>
          </>
        )}
        {milestone.tasks.length ? (
          <ul className="volunteer-list" aria-labelledby={headingId}>
            {milestone.tasks.map((task) => (
              <li key={task.id}>
                <ConsoleTask task={task} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="console-meta">{t('volunteer.plan.noTasks')}</p>
        )}
        {adding ? (
          <Card size="small" title={<h4 className="console-label">{t('volunteer.plan.newTask')}</h4>}>
            <TaskForm milestoneId={milestone.id} onDone={() => setAdding(false)} />
          </Card>
        ) : open ? (
          <Button
            type="dashed"
            style={{ alignSelf: 'start' }}
            onClick={() => setAdding(true)}
            aria-label={t('volunteer.plan.addTaskNamed', { title: milestone.title })}
          >
            {t('volunteer.plan.addTask')}
          </Button>
        ) : (
          <p className="console-meta">{t('volunteer.plan.closedNoTasks')}</p>
        )}
      </Flex>
    </Card>
  );
}

/** One task as its maintainers see it: who holds it, what they handed in, and the two decisions left to make. */
function ConsoleTask({ task }: { task: Task }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [form] = Form.useForm<{ hours: number }>();
  const refetch = { refetchQueries: [VolunteerProjectPlanDocument] };
  const [release, releasing] = useMutation(VolunteerReleaseTaskDocument, refetch);
  const [complete, completing] = useMutation(VolunteerCompleteTaskDocument, refetch);
  const held = task.status === 'CLAIMED' || task.status === 'SUBMITTED';

  const act = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
      return true;
    } catch (error) {
      setProblem(volunteerProblem(t, error));
      return false;
    }
  };

  return (
    <div className="console-task">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h4 className="console-label">{task.title}</h4>
          <StatusTag tone={TASK_TONE[task.status]}>{t(`enum.VolunteerTaskStatus.${task.status}`)}</StatusTag>
        </Flex>
        <Flex gap={4} wrap>
          {task.skillsNeeded.map((skill) => (
            <Tag key={skill}>{t(`enum.VolunteerSkill.${skill}`)}</Tag>
          ))}
          {task.goodFirstTask ? <Tag color="green">{t('volunteer.task.goodFirst')}</Tag> : null}
        </Flex>
        <p className="console-meta">
          {task.status === 'DONE' && task.hoursRecorded !== null
            ? t('volunteer.task.hoursRecognised', { hours: formatNumber(task.hoursRecorded) })
            : t('volunteer.task.estimatedHours', { hours: formatNumber(task.estimatedHours) })}
          {task.claimant
            ? ` · ${t(task.status === 'DONE' ? 'volunteer.task.doneBy' : 'volunteer.task.heldBy', { name: task.claimant.displayName })}`
            : null}
          {task.claimedAt && held ? ` · ${t('volunteer.plan.claimedOn', { date: formatDate(task.claimedAt) })}` : null}
        </p>
        {task.submissionNote ? (
          <p className="console-quote">
            {t('volunteer.plan.submissionNote')}
            {task.submissionNote}
          </p>
        ) : null}
        {problem && !confirming ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
        {held ? (
          <Flex gap={8} wrap>
            <Button
              type="primary"
              onClick={() => {
                form.setFieldsValue({ hours: task.estimatedHours });
                setConfirming(true);
              }}
              aria-label={t('volunteer.plan.confirmDoneNamed', { title: task.title })}
            >
              {t('volunteer.plan.confirmDone')}
            </Button>
            <Popconfirm
              title={t('volunteer.plan.releaseTitle')}
              description={t('volunteer.plan.releaseBody')}
              okText={t('volunteer.plan.releaseOk')}
              cancelText={t('common.cancel')}
              onConfirm={() => act(() => release({ variables: { input: { taskId: task.id } } }))}
            >
              <Button
                danger
                loading={releasing.loading}
                aria-label={t('volunteer.plan.releaseNamed', { title: task.title })}
              >
                {t('volunteer.plan.release')}
              </Button>
            </Popconfirm>
          </Flex>
        ) : null}
      </Flex>
      <Modal
        open={confirming}
        title={t('volunteer.plan.confirmTitle', { title: task.title })}
        okText={t('volunteer.plan.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={completing.loading}
        onCancel={() => setConfirming(false)}
        onOk={() => form.submit()}
        forceRender
      >
        {problem && confirming ? (
          <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />
        ) : null}
        <p>{t('volunteer.plan.confirmBody', { name: task.claimant?.displayName ?? '' })}</p>
        <Form
          noValidate
          form={form}
          name={`complete-${task.id}`}
          layout="vertical"
          initialValues={{ hours: task.estimatedHours }}
          onFinish={async ({ hours }) => {
            const ok = await act(() => complete({ variables: { input: { taskId: task.id, hours } } }));
            if (ok) setConfirming(false);
          }}
        >
          <Form.Item
            name="hours"
            label={t('volunteer.plan.hours')}
            extra={t('volunteer.plan.hoursHint', { hours: task.estimatedHours })}
            rules={[{ required: true, type: 'integer', min: 1, max: 500, message: t('volunteer.plan.hoursRange') }]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
