import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VolunteerReleaseTaskDocument,
  VolunteerSubmitTaskDocument,
  type VolunteerMeQuery,
} from './volunteer.generated';
import { EmptyState } from '../../shared/PageState';
import { TaskCard } from './TaskCard';
import { volunteerProblem } from './volunteer';
import { lengthCount } from '../../shared/formRules';

type MyTask = NonNullable<NonNullable<VolunteerMeQuery['viewer']>['volunteerTasks']>[number];

/** The tasks the volunteer holds (to submit or give back) and the ones done (with the hours recognised). */
export function MyTasks({ tasks }: { tasks: MyTask[] }) {
  const { t } = useTranslation();
  const held = tasks.filter((task) => task.status === 'CLAIMED' || task.status === 'SUBMITTED');
  const done = tasks.filter((task) => task.status === 'DONE');
  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="my-held-heading">
        <h3 id="my-held-heading" className="console-label">
          {t('volunteer.mine.held')}
        </h3>
        {held.length ? (
          <ul className="volunteer-list" style={{ marginTop: 8 }}>
            {held.map((task) => (
              <li key={task.id}>
                <HeldTask task={task} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('volunteer.mine.noneHeld')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="my-done-heading">
        <h3 id="my-done-heading" className="console-label">
          {t('volunteer.mine.done')}
        </h3>
        {done.length ? (
          <ul className="volunteer-list" style={{ marginTop: 8 }}>
            {done.map((task) => (
              <li key={task.id}>
                <TaskCard task={task} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('volunteer.mine.noneDone')}</EmptyState>
        )}
      </section>
    </Flex>
  );
}

function HeldTask({ task }: { task: MyTask }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();
  const refetchQueries = ['VolunteerMe', 'VolunteerRecommendations'];
  const [release, releasing] = useMutation(VolunteerReleaseTaskDocument, { refetchQueries });
  const [submit, sending] = useMutation(VolunteerSubmitTaskDocument, { refetchQueries });
  const input = { taskId: task.id };

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
    <TaskCard
      task={task}
      headingLevel={3}
      footer={
        <Flex vertical gap={8}>
          {task.status === 'SUBMITTED' ? (
            <Alert
              type="info"
              showIcon
              title={t('volunteer.mine.waiting')}
              description={task.submissionNote ?? undefined}
            />
          ) : null}
          {problem && !submitting ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
          <Flex gap={8} wrap>
            {task.status === 'CLAIMED' ? (
              <Button type="primary" onClick={() => setSubmitting(true)}>
                {t('volunteer.mine.submit')}
              </Button>
            ) : null}
            <Popconfirm
              title={t('volunteer.mine.releaseTitle')}
              description={t('volunteer.mine.releaseBody')}
              okText={t('volunteer.mine.releaseOk')}
              cancelText={t('common.cancel')}
              onConfirm={() => act(() => release({ variables: { input } }))}
            >
              <Button loading={releasing.loading} aria-label={t('volunteer.mine.releaseNamed', { title: task.title })}>
                {t('volunteer.mine.release')}
              </Button>
            </Popconfirm>
          </Flex>
          <Modal
            open={submitting}
            title={t('volunteer.mine.submitTitle', { title: task.title })}
            okText={t('volunteer.mine.submitOk')}
            cancelText={t('common.cancel')}
            confirmLoading={sending.loading}
            onCancel={() => setSubmitting(false)}
            onOk={() => form.submit()}
            destroyOnHidden
          >
            {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
            <Form
              noValidate
              form={form}
              layout="vertical"
              onFinish={async ({ note }) => {
                const ok = await act(() => submit({ variables: { input: { ...input, note: note?.trim() || null } } }));
                if (ok) setSubmitting(false);
              }}
            >
              <Form.Item
                name="note"
                label={t('volunteer.mine.note')}
                extra={t('volunteer.mine.noteHint')}
                rules={[{ max: 2000, message: t('maintainer.rules.tooLong', { max: 2000 }) }]}
              >
                <Input.TextArea rows={4} count={lengthCount(2000, true)} />
              </Form.Item>
            </Form>
          </Modal>
        </Flex>
      }
    />
  );
}
