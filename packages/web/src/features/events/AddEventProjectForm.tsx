import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { AddEventProjectDocument, EventProjectSearchDocument } from './events.generated';
import { lengthCount } from '../../shared/formRules';

interface Values {
  projectId: string;
  outcome?: string;
}

/** For the event's organisers: record a project that took part, with what came of it. */
export function AddEventProjectForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [search, { data: found, loading: searching }] = useLazyQuery(EventProjectSearchDocument);
  const [add, { loading: saving }] = useMutation(AddEventProjectDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setProblem(null);
    setDone(null);
    try {
      const { data } = await add({
        variables: { input: { eventId, projectId: values.projectId, outcome: values.outcome?.trim() || null } },
      });
      setDone(data?.addEventProject.added ? t('events.addProject.added') : t('events.addProject.updated'));
      form.resetFields();
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(problemOf(error).message);
    }
  };

  return (
    <section aria-labelledby="event-add-project">
      <Card>
        <h2 id="event-add-project" className="card-heading">
          {t('events.addProject.title')}
        </h2>
        <p className="muted">{t('events.addProject.hint')}</p>
        <Form noValidate form={form} layout="vertical" onFinish={submit}>
          {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
          {done ? <Alert type="success" showIcon role="status" title={done} className="form-alert" /> : null}
          <Form.Item
            name="projectId"
            label={t('events.addProject.project')}
            rules={[{ required: true, message: t('events.create.required') }]}
          >
            <Select
              showSearch
              filterOption={false}
              placeholder={t('events.addProject.projectPlaceholder')}
              onSearch={(text) => void search({ variables: { search: text.trim() || null } })}
              onFocus={() => void search({ variables: { search: null } })}
              loading={searching}
              options={found?.projects.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
            />
          </Form.Item>
          <Form.Item
            name="outcome"
            label={t('events.addProject.outcome')}
            rules={[{ max: 500, message: t('events.create.tooLong', { max: 500 }) }]}
          >
            <Input count={lengthCount(500)} placeholder={t('events.addProject.outcomePlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('events.addProject.submit')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
