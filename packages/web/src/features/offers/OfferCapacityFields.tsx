import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/DateField';
import { MAX_QUANTITY, offerRules } from './offerFormModel';
import type { CsrOfferFragment } from './organizationOffers.generated';
import '../../shared/organizationConsole.css';
import { lengthCount } from '../../shared/formRules';

/**
 * How much an offer gives and when: its unit, total and per-project maximum (a total never below what is already
 * granted), and the days it is open.
 */
export function OfferCapacityFields({ offer }: { offer: CsrOfferFragment | null }) {
  const { t } = useTranslation();
  const { required, maxLength, intRange } = offerRules(t);
  const granted = offer ? offer.total - offer.remaining : 0;
  return (
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
            <Input count={lengthCount(40)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="total"
            label={t('csr.offerForm.total')}
            extra={offer && granted > 0 ? t('csr.offerForm.totalGranted', { granted, unit: offer.unit }) : undefined}
            rules={[
              { required: true, message: t('csr.offerForm.required', { field: t('csr.offerForm.total') }) },
              intRange(Math.max(1, granted), MAX_QUANTITY),
            ]}
          >
            <InputNumber style={{ width: '100%' }} />
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
            <InputNumber style={{ width: '100%' }} />
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
  );
}
