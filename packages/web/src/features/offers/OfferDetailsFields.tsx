import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { ResourceCategory } from '../../gql/graphql';
import { CHANNELS, DETAIL_FIELDS, DETAILS_KEY, offerRules } from './offerFormModel';
import { lengthCount } from '../../shared/formRules';

/** The details an offer of this category states (a GPU model, a server's size, a data set…), as form items. */
export function OfferDetailsFields({ category }: { category: ResourceCategory }) {
  const { t } = useTranslation();
  const { required, maxLength, intRange } = offerRules(t);
  return (
    <Row gutter={16}>
      {DETAIL_FIELDS[category].map((field) => {
        const label = t(`csr.offerForm.details.${field.name}`);
        const name = ['details', DETAILS_KEY[category], field.name];
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
                  ...(field.required
                    ? [{ required: true, message: t('csr.offerForm.required', { field: label }) }]
                    : []),
                  intRange(field.min, field.max),
                ]}
              >
                <InputNumber style={{ width: '100%' }} />
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
              {field.kind === 'textarea' ? (
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={lengthCount(field.max)} />
              ) : (
                <Input count={lengthCount(field.max)} />
              )}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}
