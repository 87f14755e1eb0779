import { Input, type InputProps } from 'antd';
import type { ChangeEvent } from 'react';
import { completeUrlScheme, lengthCount } from './formRules';

/**
 * An address field: on leaving it (or pressing Enter) `github.com/foo` becomes `https://github.com/foo`, in the
 * field itself, so the person sees what will be saved. A plain text input (`type="url"` would bring the browser's own
 * validation bubble); the form's URL rule says what is wrong.
 */
export function UrlInput({ value, onChange, onBlur, onPressEnter, ...props }: InputProps) {
  const complete = () => {
    const completed = completeUrlScheme(typeof value === 'string' ? value : undefined);
    if (completed !== value && onChange) {
      onChange({ target: { value: completed } } as ChangeEvent<HTMLInputElement>);
    }
  };
  return (
    <Input
      inputMode="url"
      autoCapitalize="none"
      spellCheck={false}
      placeholder="https://"
      count={lengthCount(2048)}
      {...props}
      value={value}
      onChange={onChange}
      onBlur={(event) => {
        complete();
        onBlur?.(event);
      }}
      onPressEnter={(event) => {
        complete();
        onPressEnter?.(event);
      }}
    />
  );
}
