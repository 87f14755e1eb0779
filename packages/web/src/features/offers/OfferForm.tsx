import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CsrCreateOfferDocument,
  CsrOffersDocument,
  CsrUpdateOfferDocument,
  type CsrOfferFragment,
} from './organizationOffers.generated';
import type {
  CauseArea,
  ProjectStage,
  PromotionChannel,
  ResourceCategory,
  ResourceDetailsInput,
} from '../../gql/graphql';
import { CAUSE_AREAS, PROJECT_STAGES, RESOURCE_CATEGORIES } from '../../shared/enums';
import { DateField } from '../../shared/DateField';
import { endOfDay, localDay, startOfDay } from '../../shared/dates';
import { formProblem } from '../../shared/problems';
import '../../shared/organizationConsole.css';

const CHANNELS: PromotionChannel[] = ['PODCAST', 'WECHAT', 'CONFERENCE_BOOTH', 'NEWSLETTER', 'WEBSITE', 'OTHER'];
const MAX_QUANTITY = 1_000_000_000;

/** Where each category's details go in ResourceDetailsInput. */
const DETAILS_KEY = { COMPUTE: 'compute', SERVER: 'server', DATA: 'data', PROMOTION: 'promotion' } as const;

/** The details fields of each category, with the limits the API checks. */
type DetailField =
  | { name: string; kind: 'text' | 'textarea'; required: boolean; max: number; hint?: boolean }
  | { name: string; kind: 'int'; required: boolean; min: number; max: number }
  | { name: string; kind: 'channel'; required: true };

const DETAIL_FIELDS: Record<ResourceCategory, DetailField[]> = {
  COMPUTE: [
    { name: 'acceleratorModel', kind: 'text', required: true, max: 120, hint: true },
    { name: 'acceleratorMemoryGiB', kind: 'int', required: false, min: 1, max: 4096 },
  ],
  SERVER: [
    { name: 'vcpus', kind: 'int', required: true, min: 1, max: 1024 },
    { name: 'memoryGiB', kind: 'int', required: true, min: 1, max: 65536 },
    { name: 'storageGiB', kind: 'int', required: true, min: 1, max: 1_000_000 },
    { name: 'region', kind: 'text', required: true, max: 80, hint: true },
    { name: 'months', kind: 'int', required: true, min: 1, max: 120 },
  ],
  DATA: [
    { name: 'datasetName', kind: 'text', required: true, max: 200 },
    { name: 'license', kind: 'text', required: true, max: 200, hint: true },
    { name: 'accessTerms', kind: 'textarea', required: true, max: 2000, hint: true },
  ],
  PROMOTION: [
    { name: 'channel', kind: 'channel', required: true },
    { name: 'audienceSize', kind: 'int', required: false, min: 0, max: 2_000_000_000 },
    { name: 'slotDescription', kind: 'textarea', required: true, max: 500, hint: true },
  ],
};

interface OfferFormValues {
  category?: ResourceCategory;
  title: string;
  description?: string;
  details: Record<string, Record<string, string | number | null | undefined> | undefined>;
  unit: string;
  total: number;
  maxPerProject?: number | null;
  opensAt?: string;
  closesAt?: string;
  eligibility: { causeAreas: CauseArea[]; stages: ProjectStage[]; osiLicenseRequired: boolean };
  attribution?: string;
}

/** Every form item a server error may name, so the rest are shown above the form. */
const FIELD_NAMES = [
  'category',
  'title',
  'description',
  'unit',
  'total',
  'maxPerProject',
  'opensAt',
  'closesAt',
  'attribution',
  'eligibility.causeAreas',
  'eligibility.stages',
  ...RESOURCE_CATEGORIES.flatMap((category) =>
    DETAIL_FIELDS[category].map((field) => `details.${DETAILS_KEY[category]}.${field.name}`),
  ),
];

function initialValues(offer: CsrOfferFragment | null): Partial<OfferFormValues> {
  if (!offer) return { eligibility: { causeAreas: [], stages: [], osiLicenseRequired: false } };
  const { __typename: _type, ...details } = offer.details;
  return {
    category: offer.category,
    title: offer.title,
    description: offer.description,
    details: { [DETAILS_KEY[offer.category]]: details },
    unit: offer.unit,
    total: offer.total,
    maxPerProject: offer.maxPerProject,
    opensAt: localDay(offer.opensAt),
    closesAt: localDay(offer.closesAt),
    eligibility: { ...offer.eligibility },
    attribution: offer.attribution,
  };
}

/** The details input for the chosen category: only its own entry, optional numbers sent as null. */
function detailsInput(category: ResourceCategory, values: OfferFormValues): ResourceDetailsInput {
  const key = DETAILS_KEY[category];
  const given = values.details?.[key] ?? {};
  const entry = Object.fromEntries(
    DETAIL_FIELDS[category].map((field) => {
      const value = given[field.name];
      return [field.name, typeof value === 'string' ? value.trim() : (value ?? null)];
    }),
  );
  return { [key]: entry } as ResourceDetailsInput;
}

/**
 * Creates an offer (a DRAFT) or edits one. The category decides which details are asked for; it is fixed once the
 * offer exists.
 */
export function OfferFormModal({
  organizationId,
  offer,
  open,
  onClose,
  onSaved,
}: {
  organizationId: string;
  /** null: a new offer. */
  offer: CsrOfferFragment | null;
  open: boolean;
  onClose(): void;
  onSaved(offer: CsrOfferFragment, created: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<OfferFormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const category = Form.useWatch('category', form);
  const [create, creating] = useMutation(CsrCreateOfferDocument, {
    refetchQueries: [{ query: CsrOffersDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(CsrUpdateOfferDocument);
  const granted = offer ? offer.total - offer.remaining : 0;
  const initial = useMemo(() => initialValues(offer), [offer]);

  // Every language's default unit, so switching category replaces a default but never what someone typed.
  const defaultUnits = useMemo(
    () =>
      new Set(
        RESOURCE_CATEGORIES.flatMap((c) => [
          i18n.getFixedT('zh-CN')(`csr.offerForm.defaultUnit.${c}`),
          i18n.getFixedT('en')(`csr.offerForm.defaultUnit.${c}`),
        ]),
      ),
    [i18n],
  );

  const onValuesChange = (changed: Partial<OfferFormValues>) => {
    if (changed.category) {
      const unit = form.getFieldValue('unit') as string | undefined;
      if (!unit || defaultUnits.has(unit)) {
        form.setFieldValue('unit', t(`csr.offerForm.defaultUnit.${changed.category}`));
      }
    }
  };

  const submit = async (values: OfferFormValues) => {
    setProblem(null);
    const chosen = offer?.category ?? values.category!;
    const common = {
      title: values.title.trim(),
      description: values.description?.trim() ?? '',
      details: detailsInput(chosen, values),
      unit: values.unit.trim(),
      total: values.total,
      maxPerProject: values.maxPerProject ?? null,
      opensAt: values.opensAt ? startOfDay(values.opensAt) : null,
      closesAt: values.closesAt ? endOfDay(values.closesAt) : null,
      eligibility: values.eligibility,
      attribution: values.attribution?.trim() ?? '',
    };
    try {
      if (offer) {
        const { data } = await update({ variables: { input: { offerId: offer.id, ...common } } });
        if (data) onSaved(data.updateResourceOffer.offer, false);
      } else {
        const { data } = await create({
          variables: { input: { organizationId, category: chosen, ...common } },
        });
        if (data) onSaved(data.createResourceOffer.offer, true);
      }
    } catch (error) {
      setProblem(formProblem(t, form, error, FIELD_NAMES, { values: { unit: offer?.unit ?? values.unit } }));
    }
  };

  const required = (label: string): Rule => ({
    required: true,
    whitespace: true,
    message: t('csr.offerForm.required', { field: label }),
  });
  const maxLength = (max: number): Rule => ({ max, message: t('csr.offerForm.tooLong', { max }) });
  const intRange = (min: number, max: number): Rule => ({
    type: 'integer',
    min,
    max,
    message: t('csr.offerForm.intRange', { min, max }),
  });

  const detailItems = (chosen: ResourceCategory) =>
    DETAIL_FIELDS[chosen].map((field) => {
      const label = t(`csr.offerForm.details.${field.name}`);
      const name = ['details', DETAILS_KEY[chosen], field.name];
      const rules: Rule[] = field.required ? [required(label)] : [];
      if (field.kind === 'channel') {
        return (
          <Col key={field.name} xs={24} sm={12}>
            <Form.Item name={name} label={label} rules={[{ required: true, message: t('csr.offerForm.choose') }]}>
              <Select options={CHANNELS.map((c) => ({ value: c, label: t(`enum.PromotionChannel.${c}`) }))} />
            </Form.Item>
          </Col>
        );
      }
      if (field.kind === 'int') {
        return (
          <Col key={field.name} xs={24} sm={12}>
            <Form.Item
              name={name}
              label={label}
              rules={[
                ...(field.required ? [{ required: true, message: t('csr.offerForm.required', { field: label }) }] : []),
                intRange(field.min, field.max),
              ]}
            >
              <InputNumber min={field.min} max={field.max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        );
      }
      return (
        <Col key={field.name} xs={24} sm={field.kind === 'textarea' ? 24 : 12}>
          <Form.Item
            name={name}
            label={label}
            rules={[...rules, maxLength(field.max)]}
            extra={field.hint ? t(`csr.offerForm.detailsHint.${field.name}`) : undefined}
          >
            {field.kind === 'textarea' ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} /> : <Input />}
          </Form.Item>
        </Col>
      );
    });

  const shownCategory = offer?.category ?? category;

  return (
    <Modal
      open={open}
      title={offer ? t('csr.offerForm.editTitle', { title: offer.title }) : t('csr.offerForm.newTitle')}
      okText={offer ? t('csr.offerForm.save') : t('csr.offerForm.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={creating.loading || updating.loading}
      width={760}
    >
      <Form<OfferFormValues>
        form={form}
        name={offer ? `offer-${offer.id}` : 'new-offer'}
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
        preserve={false}
      >
        {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="category"
              label={t('csr.offerForm.category')}
              rules={[{ required: true, message: t('csr.offerForm.chooseCategory') }]}
              extra={offer ? t('csr.offerForm.categoryFixed') : undefined}
            >
              <Select
                disabled={Boolean(offer)}
                placeholder={t('csr.offerForm.chooseCategory')}
                options={RESOURCE_CATEGORIES.map((c) => ({ value: c, label: t(`enum.ResourceCategory.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="title"
              label={t('csr.offerForm.title')}
              rules={[required(t('csr.offerForm.title')), maxLength(120)]}
            >
              <Input placeholder={t('csr.offerForm.titlePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('csr.offerForm.description')}
          extra={t('csr.offerForm.descriptionHint')}
          rules={[maxLength(20000)]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>

        <fieldset className="csr-fieldset">
          <legend>{t('csr.offerForm.detailsLegend')}</legend>
          {shownCategory ? (
            <Row gutter={16}>{detailItems(shownCategory)}</Row>
          ) : (
            <p className="csr-muted">{t('csr.offerForm.detailsAfterCategory')}</p>
          )}
        </fieldset>

        <fieldset className="csr-fieldset">
          <legend>{t('csr.offerForm.quantityLegend')}</legend>
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <Form.Item
                name="unit"
                label={t('csr.offerForm.unit')}
                rules={[required(t('csr.offerForm.unit')), maxLength(40)]}
                extra={t('csr.offerForm.unitHint')}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item
                name="total"
                label={t('csr.offerForm.total')}
                extra={
                  offer && granted > 0 ? t('csr.offerForm.totalGranted', { granted, unit: offer.unit }) : undefined
                }
                rules={[
                  { required: true, message: t('csr.offerForm.required', { field: t('csr.offerForm.total') }) },
                  intRange(Math.max(1, granted), MAX_QUANTITY),
                ]}
              >
                <InputNumber min={1} max={MAX_QUANTITY} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item
                name="maxPerProject"
                label={t('csr.offerForm.maxPerProject')}
                extra={t('csr.offerForm.maxPerProjectHint')}
                dependencies={['total']}
                rules={[
                  intRange(1, MAX_QUANTITY),
                  ({ getFieldValue }) => ({
                    validator: (_, value: number | null | undefined) => {
                      const total = getFieldValue('total') as number | undefined;
                      return value == null || total == null || value <= total
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('csr.offerForm.maxOverTotal')));
                    },
                  }),
                ]}
              >
                <InputNumber min={1} max={MAX_QUANTITY} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="opensAt" label={t('csr.offerForm.opensAt')} extra={t('csr.offerForm.opensAtHint')}>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="closesAt"
                label={t('csr.offerForm.closesAt')}
                extra={t('csr.offerForm.closesAtHint')}
                dependencies={['opensAt']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | undefined) => {
                      const opens = getFieldValue('opensAt') as string | undefined;
                      return !value || !opens || value >= opens
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('csr.offerForm.closesBeforeOpens')));
                    },
                  }),
                ]}
              >
                <DateField />
              </Form.Item>
            </Col>
          </Row>
        </fieldset>

        <fieldset className="csr-fieldset">
          <legend>{t('csr.offerForm.eligibilityLegend')}</legend>
          <p className="csr-muted">{t('csr.offerForm.eligibilityHint')}</p>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                name={['eligibility', 'causeAreas']}
                label={t('csr.offerForm.causeAreas')}
                rules={[{ type: 'array', max: 10, message: t('csr.offerForm.tooMany', { max: 10 }) }]}
              >
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('csr.offerForm.anyCause')}
                  options={CAUSE_AREAS.map((c) => ({ value: c, label: t(`enum.CauseArea.${c}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name={['eligibility', 'stages']} label={t('csr.offerForm.stages')}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('csr.offerForm.anyStage')}
                  options={PROJECT_STAGES.map((s) => ({ value: s, label: t(`enum.ProjectStage.${s}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={['eligibility', 'osiLicenseRequired']} valuePropName="checked">
            <Checkbox>{t('csr.offerForm.osiLicenseRequired')}</Checkbox>
          </Form.Item>
        </fieldset>

        <Form.Item
          name="attribution"
          label={t('csr.offerForm.attribution')}
          extra={t('csr.offerForm.attributionHint')}
          rules={[maxLength(200)]}
        >
          <Input placeholder={t('csr.offerForm.attributionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
