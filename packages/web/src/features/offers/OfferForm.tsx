import { Alert, Col, Form, Input, Modal, Row, Select, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_CATEGORIES } from '../../shared/enums';
import { OfferCapacityFields } from './OfferCapacityFields';
import { OfferDetailsFields } from './OfferDetailsFields';
import { OfferEligibilityFields } from './OfferEligibilityFields';
import { initialValues, offerRules, type OfferFormValues } from './offerFormModel';
import type { CsrOfferFragment } from './organizationOffers.generated';
import { useSaveOffer } from './useSaveOffer';
import '../../shared/organizationConsole.css';
import { lengthCount } from '../../shared/formRules';

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
  const { t } = useTranslation();
  const [form] = Form.useForm<OfferFormValues>();
  const category = Form.useWatch('category', form);
  const { save, problem, saving } = useSaveOffer({ organizationId, offer, form, onSaved });
  const onValuesChange = useDefaultUnit(form);
  const initial = useMemo(() => initialValues(offer), [offer]);
  const { required, maxLength } = offerRules(t);
  const shownCategory = offer?.category ?? category;

  return (
    <Modal
      open={open}
      title={offer ? t('csr.offerForm.editTitle', { title: offer.title }) : t('csr.offerForm.newTitle')}
      okText={offer ? t('csr.offerForm.save') : t('csr.offerForm.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={760}
    >
      <Form<OfferFormValues>
        noValidate
        form={form}
        name={offer ? `offer-${offer.id}` : 'new-offer'}
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(values) => void save(values)}
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
              <Input placeholder={t('csr.offerForm.titlePlaceholder')} count={lengthCount(120)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('csr.offerForm.description')}
          extra={t('csr.offerForm.descriptionHint')}
          rules={[maxLength(20000)]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} count={lengthCount(20000)} />
        </Form.Item>

        <fieldset className="csr-fieldset">
          <legend>{t('csr.offerForm.detailsLegend')}</legend>
          {shownCategory ? (
            <OfferDetailsFields category={shownCategory} />
          ) : (
            <p className="csr-muted">{t('csr.offerForm.detailsAfterCategory')}</p>
          )}
        </fieldset>

        <OfferCapacityFields offer={offer} />
        <OfferEligibilityFields />

        <Form.Item
          name="attribution"
          label={t('csr.offerForm.attribution')}
          extra={t('csr.offerForm.attributionHint')}
          rules={[maxLength(200)]}
        >
          <Input placeholder={t('csr.offerForm.attributionPlaceholder')} count={lengthCount(200)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * Choosing a category puts its default unit in the unit field, replacing another default (in either language) but
 * never what someone typed.
 */
function useDefaultUnit(form: FormInstance<OfferFormValues>) {
  const { t, i18n } = useTranslation();
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
  return (changed: Partial<OfferFormValues>) => {
    if (!changed.category) return;
    const unit = form.getFieldValue('unit') as string | undefined;
    if (!unit || defaultUnits.has(unit)) form.setFieldValue('unit', t(`csr.offerForm.defaultUnit.${changed.category}`));
  };
}
