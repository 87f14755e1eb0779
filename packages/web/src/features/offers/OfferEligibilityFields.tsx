import { Checkbox, Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CAUSE_AREAS, PROJECT_STAGES } from '../../shared/enums';
import '../../shared/organizationConsole.css';

/** Which projects may ask for an offer: by cause, by stage, with an OSI licence. None chosen: any project. */
export function OfferEligibilityFields() {
  const { t } = useTranslation();
  return (
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
  );
}
