import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VolunteerCreateMilestoneDocument,
  VolunteerCreateTaskDocument,
  VolunteerProjectPlanDocument,
  VolunteerUpdateMilestoneDocument,
  type VolunteerConsoleMilestoneFragment,
} from './volunteer.generated';
import type { MilestoneStatus, VolunteerSkill } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import { DateField } from '../../shared/DateField';
import { formRules, lengthCount } from '../../shared/formRules';
import { MILESTONE_STATUSES, VOLUNTEER_SKILLS, volunteerProblem } from './volunteer';

const refetch = { refetchQueries: [VolunteerProjectPlanDocument], awaitRefetchQueries: true };

/** Puts the server's field errors on the form and returns what to say above it when no shown field was named. */
function useProblem(fieldNames: string[]) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const report = (form: FormInstance<any>, error: unknown) => {
    const { fields } = problemOf(error);
    const named = fields.filter(({ field }) => fieldNames.includes(field));
    form.setFields(named.map(({ field, messages }) => ({ name: field, errors: messages })));
    setProblem(named.length && named.length === fields.length ? null : volunteerProblem(t, error));
  };
  return { problem, setProblem, report };
}

interface MilestoneValues {
  title: string;
  description?: string;
  dueOn?: string;
  status?: MilestoneStatus;
}

/** A new milestone (no `milestone`) or an edit of one, status included. */
export function MilestoneForm({
  projectId,
  milestone,
  onDone,
}: {
  projectId: string;
  milestone?: VolunteerConsoleMilestoneFragment;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<MilestoneValues>();
  const { problem, setProblem, report } = useProblem(['title', 'description', 'dueOn', 'status']);
  const [create, creating] = useMutation(VolunteerCreateMilestoneDocument, refetch);
  const [update, updating] = useMutation(VolunteerUpdateMilestoneDocument, refetch);
  const prefix = milestone ? `milestone-${milestone.id}` : 'new-milestone';

  const submit = async (values: MilestoneValues) => {
    setProblem(null);
    const common = {
      title: values.title.trim(),
      description: values.description?.trim() ?? '',
      dueOn: values.dueOn || null,
    };
    try {
      if (milestone) {
        await update({ variables: { input: { milestoneId: milestone.id, ...common, status: values.status } } });
      } else {
        await create({ variables: { input: { projectId, ...common } } });
        form.resetFields();
      }
      onDone?.();
    } catch (error) {
      report(form, error);
    }
  };

  return (
    <Form
      noValidate
      form={form}
      name={prefix}
      layout="vertical"
      onFinish={submit}
      initialValues={
        milestone
          ? {
              title: milestone.title,
              description: milestone.description,
              dueOn: milestone.dueOn ?? undefined,
              status: milestone.status,
            }
          : {}
      }
    >
      {problem ? <Alert type="error" showIcon role="alert" className="form-alert" title={problem} /> : null}
      <Form.Item name="title" label={t('volunteer.plan.milestoneTitle')} rules={rules.text(120, true)}>
        <Input count={lengthCount(120)} placeholder={t('volunteer.plan.milestoneTitlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('volunteer.plan.milestoneDescription')}
        extra={t('volunteer.plan.markdownHint')}
        rules={rules.text(5000)}
      >
        <Input.TextArea rows={3} count={lengthCount(5000, true)} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="dueOn" label={t('volunteer.plan.dueOn')}>
            <DateField />
          </Form.Item>
        </Col>
        {milestone ? (
          <Col xs={24} sm={12}>
            <Form.Item name="status" label={t('volunteer.plan.milestoneStatus')}>
              <Select
                options={MILESTONE_STATUSES.map((value) => ({ value, label: t(`enum.MilestoneStatus.${value}`) }))}
              />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
          {milestone ? t('volunteer.plan.saveMilestone') : t('volunteer.plan.createMilestone')}
        </Button>
        {onDone && milestone ? <Button onClick={onDone}>{t('common.cancel')}</Button> : null}
      </Flex>
    </Form>
  );
}

interface TaskValues {
  title: string;
  description?: string;
  skillsNeeded: VolunteerSkill[];
  estimatedHours: number;
  goodFirstTask: boolean;
}

/** A new task under a milestone. */
export function TaskForm({ milestoneId, onDone }: { milestoneId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<TaskValues>();
  const { problem, setProblem, report } = useProblem([
    'title',
    'description',
    'skillsNeeded',
    'estimatedHours',
    'goodFirstTask',
  ]);
  const [create, { loading }] = useMutation(VolunteerCreateTaskDocument, refetch);

  const submit = async (values: TaskValues) => {
    setProblem(null);
    try {
      await create({
        variables: {
          input: {
            milestoneId,
            title: values.title.trim(),
            description: values.description?.trim() ?? '',
            skillsNeeded: values.skillsNeeded,
            estimatedHours: values.estimatedHours,
            goodFirstTask: values.goodFirstTask,
          },
        },
      });
      onDone();
    } catch (error) {
      report(form, error);
    }
  };

  return (
    <Form
      noValidate
      form={form}
      name={`new-task-${milestoneId}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{ skillsNeeded: [], estimatedHours: 4, goodFirstTask: false }}
    >
      {problem ? <Alert type="error" showIcon role="alert" className="form-alert" title={problem} /> : null}
      <Form.Item name="title" label={t('volunteer.plan.taskTitle')} rules={rules.text(120, true)}>
        <Input count={lengthCount(120)} placeholder={t('volunteer.plan.taskTitlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('volunteer.plan.taskDescription')}
        extra={t('volunteer.plan.taskDescriptionHint')}
        rules={rules.text(5000)}
      >
        <Input.TextArea rows={4} count={lengthCount(5000, true)} />
      </Form.Item>
      <Form.Item
        name="skillsNeeded"
        label={t('volunteer.plan.skillsNeeded')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('volunteer.plan.skillsRequired') },
          { type: 'array', max: 5, message: t('volunteer.plan.skillsMax') },
        ]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={VOLUNTEER_SKILLS.map((value) => ({ value, label: t(`enum.VolunteerSkill.${value}`) }))}
        />
      </Form.Item>
      <Row gutter={16} align="bottom">
        <Col xs={24} sm={12}>
          <Form.Item
            name="estimatedHours"
            label={t('volunteer.plan.estimatedHours')}
            rules={[{ required: true, type: 'integer', min: 1, max: 500, message: t('volunteer.plan.hoursRange') }]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="goodFirstTask" valuePropName="checked" extra={t('volunteer.plan.goodFirstHint')}>
            <Checkbox>{t('volunteer.plan.goodFirst')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('volunteer.plan.createTask')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
