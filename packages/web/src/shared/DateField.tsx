import { Input } from 'antd';

/**
 * A day picker for forms: the browser's own date input (a calendar on phones, typing on desktops, labelled by the
 * Form.Item around it). Its value is `YYYY-MM-DD` or undefined, which is what the API's dates are made from.
 * antd's DatePicker would need dayjs, which the dashboard does not depend on directly.
 */
export function DateField({
  id,
  value,
  onChange,
  min,
  max,
  ...rest
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  min?: string;
  max?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  return (
    <Input
      {...rest}
      id={id}
      type="date"
      value={value ?? ''}
      min={min}
      max={max}
      onChange={(event) => onChange?.(event.target.value || undefined)}
      style={{ maxWidth: 220 }}
    />
  );
}
