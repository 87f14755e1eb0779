import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AssessmentRecommendation } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { QueryState } from '../../shared/PageState';
import { RequireViewer } from '../../shared/RequireViewer';
import {
  AssessProjectDocument,
  SubmitAssessmentDocument,
  type AssessProjectQuery,
  type AssessmentFieldsFragment,
} from './assessments.generated';
import { criterionTitle, formName, localized, RECOMMENDATIONS } from './assessments';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';
import './assessments.css';
import '../../shared/console.css';
import { lengthCount } from '../../shared/formRules';

type Data = AssessProjectQuery;
type Project = NonNullable<Data['project']>;
type Rubric = NonNullable<Data['assessmentRubric']>;

/** The value of the "assess for" choice that stands for the platform (an admin, no organisation). */
const PLATFORM = 'platform';

interface Values {
  assessAs: string;
  scores: Array<{ criterion: string; score?: number; note?: string }>;
  recommendation?: AssessmentRecommendation;
  summary?: string;
}

export default function AssessPage() {
  return <RequireViewer>{() => <Assess />}</RequireViewer>;
}

function Assess() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessProjectDocument, { variables: { slug } });
  return (
    <ConsolePage back={{ to: `/projects/${slug}`, label: t('assessments.assess.back') }}>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(result) =>
          result.project && result.assessmentRubric ? (
            <AssessProject project={result.project} rubric={result.assessmentRubric} viewer={result.viewer} />
          ) : (
            <NotFoundPage title={t('assessments.notFound.title')} hint={t('assessments.notFound.body')} back={null} />
          )
        }
      </QueryState>
    </ConsolePage>
  );
}

function AssessProject({ project, rubric, viewer }: { project: Project; rubric: Rubric; viewer: Data['viewer'] }) {
  const { t } = useTranslation();
  const isAdmin = viewer?.role === 'ADMIN';
  const choices = useMemo(
    () => [
      ...(viewer?.organizations ?? [])
        .filter((o) => o.kind === 'FOUNDATION' && o.verified)
        .map((o) => ({ value: o.id, label: o.name })),
      ...(isAdmin ? [{ value: PLATFORM, label: t('assessments.assess.asPlatform') }] : []),
    ],
    [viewer, isAdmin, t],
  );

  let refusal: string | null = null;
  if (project.visibility !== 'PUBLISHED') refusal = t('assessments.assess.draft');
  else if (project.viewerCanEdit && !isAdmin) refusal = t('assessments.assess.ownProject');
  else if (!choices.length) refusal = t('assessments.assess.notAllowed');

  return (
    <>
      <ConsoleHeading
        title={t('assessments.assess.title', { name: project.name })}
        intro={t('assessments.assess.intro', { version: rubric.version })}
      />
      {refusal ? (
        <Alert type="info" showIcon title={t('assessments.assess.notAllowedTitle')} description={refusal} />
      ) : (
        <AssessmentForm project={project} rubric={rubric} choices={choices} />
      )}
    </>
  );
}

function AssessmentForm({
  project,
  rubric,
  choices,
}: {
  project: Project;
  rubric: Rubric;
  choices: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<AssessmentFieldsFragment | null>(null);
  const [submit, { loading }] = useMutation(SubmitAssessmentDocument, {
    refetchQueries: [{ query: AssessProjectDocument, variables: { slug: project.slug } }],
  });
  const assessAs = Form.useWatch('assessAs', form) ?? choices[0].value;
  const scores = Form.useWatch('scores', form) ?? [];
  const runningTotal = scores.reduce((sum, s) => sum + (s?.score ?? 0), 0);

  // The current assessment by the chosen assessor, if any: submitting again replaces it.
  const previous = project.assessments.find(
    (a) => a.current && a.rubricVersion === rubric.version && (a.organization?.id ?? PLATFORM) === assessAs,
  );

  useEffect(() => {
    const byKey = new Map(previous?.scores.map((s) => [s.criterionKey, s]) ?? []);
    form.setFieldsValue({
      scores: rubric.criteria.map((c) => ({
        criterion: c.key,
        score: byKey.get(c.key)?.score,
        note: byKey.get(c.key)?.note ?? '',
      })),
      recommendation: previous?.recommendation,
      summary: previous?.summary ?? '',
    });
  }, [previous, rubric, form]);

  const onFinish = async (values: Values) => {
    setProblem(null);
    setSubmitted(null);
    try {
      const { data } = await submit({
        variables: {
          input: {
            projectId: project.id,
            organizationId: values.assessAs === PLATFORM ? null : values.assessAs,
            rubricVersion: rubric.version,
            recommendation: values.recommendation!,
            summary: values.summary?.trim() ?? '',
            scores: values.scores.map((s) => ({ criterion: s.criterion, score: s.score!, note: s.note?.trim() ?? '' })),
          },
        },
      });
      setSubmitted(data?.submitAssessment.assessment ?? null);
    } catch (error) {
      const report = problemOf(error);
      const named = report.fields.filter(({ field }) => field !== 'scores' && field !== 'projectId');
      if (named.length) {
        // The server names nested fields (`scores.2.score`); the form's typed names cannot spell every such path.
        form.setFields(
          named.map(({ field, messages }) => ({ name: formName(field), errors: messages })) as Parameters<
            typeof form.setFields
          >[0],
        );
      }
      setProblem(t('assessments.assess.failed', { message: report.message }));
    }
  };

  return (
    <Form<Values>
      noValidate
      form={form}
      layout="vertical"
      initialValues={{ assessAs: choices[0].value }}
      onFinish={(values) => void onFinish(values)}
      scrollToFirstError
    >
      {previous ? (
        <Alert
          className="form-alert"
          type="info"
          showIcon
          title={t('assessments.assess.previous', {
            organization: previous.organization?.name ?? t('assessments.platform'),
            date: formatDate(previous.createdAt),
            total: previous.total,
            maximum: previous.maximum,
          })}
        />
      ) : null}
      <Form.Item name="assessAs" label={t('assessments.assess.assessAs')}>
        <Select options={choices} />
      </Form.Item>

      <h2 className="console-section-heading">{t('assessments.assess.criteriaHeading')}</h2>
      {rubric.criteria.map((criterion, index) => {
        const title = criterionTitle(criterion);
        return (
          <fieldset key={criterion.key} className="assessment-criterion">
            <legend>
              {criterion.position}. {title}
            </legend>
            <p className="assessment-criterion-description">
              {localized(criterion.descriptionZh, criterion.descriptionEn)}
            </p>
            <Form.Item name={['scores', index, 'criterion']} hidden>
              <Input />
            </Form.Item>
            <Form.Item
              name={['scores', index, 'score']}
              label={t('assessments.assess.scoreLabel')}
              rules={[{ required: true, message: t('assessments.assess.scoreRequired') }]}
            >
              <Radio.Group
                aria-label={t('assessments.assess.scoreAria', { title })}
                className="assessment-score-group"
                options={Array.from({ length: criterion.maxScore + 1 }, (_, score) => ({
                  value: score,
                  label: t(`assessments.score.${score}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name={['scores', index, 'note']}
              label={t('assessments.assess.note')}
              rules={[{ max: 2000, message: t('maintainer.rules.tooLong', { max: 2000 }) }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 6 }}
                count={lengthCount(2000, true)}
                placeholder={t('assessments.assess.notePlaceholder')}
              />
            </Form.Item>
          </fieldset>
        );
      })}

      <Card size="small" className="form-alert">
        <p className="assessment-running-total" aria-live="polite">
          {t('assessments.assess.runningTotal', { total: runningTotal, maximum: rubric.maximum })}
        </p>
        <Form.Item
          name="recommendation"
          label={t('assessments.assess.recommendation')}
          rules={[{ required: true, message: t('assessments.assess.recommendationRequired') }]}
        >
          <Radio.Group aria-label={t('assessments.assess.recommendation')}>
            <Flex vertical gap={8}>
              {RECOMMENDATIONS.map((recommendation) => (
                <Radio key={recommendation} value={recommendation}>
                  <strong>{t(`assessments.recommendation.${recommendation}`)}</strong>
                  {' — '}
                  {t(`assessments.recommendationHelp.${recommendation}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('assessments.assess.summary')}
          rules={[{ max: 4000, message: t('maintainer.rules.tooLong', { max: 4000 }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            count={lengthCount(4000, true)}
            placeholder={t('assessments.assess.summaryPlaceholder')}
          />
        </Form.Item>
      </Card>

      {problem ? <Alert className="form-alert" type="error" showIcon role="alert" title={problem} /> : null}
      {submitted ? (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          role="status"
          title={t('assessments.assess.submitted', { total: submitted.total, maximum: submitted.maximum })}
          action={<Link to={`/projects/${project.slug}`}>{t('assessments.assess.viewProject')}</Link>}
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('assessments.assess.submit')}
      </Button>
    </Form>
  );
}
