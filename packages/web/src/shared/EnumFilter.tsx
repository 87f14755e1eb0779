import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface EnumFilterProps<T extends string> {
  id: string;
  label: string;
  /** The schema enum; its values' labels are the messages `enum.<enumName>.<value>`. */
  enumName: string;
  values: readonly T[];
  value: T[];
  placeholder: string;
  onChange(values: T[]): void;
}

/** A directory filter: any of an enum's values, labelled in the interface language, searchable by label. */
export function EnumFilter<T extends string>({
  id,
  label,
  enumName,
  values,
  value,
  placeholder,
  onChange,
}: EnumFilterProps<T>) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={placeholder}
        value={value}
        onChange={onChange}
        options={values.map((option) => ({ value: option, label: t(`enum.${enumName}.${String(option)}` as string) }))}
        optionFilterProp="label"
      />
    </Form.Item>
  );
}
