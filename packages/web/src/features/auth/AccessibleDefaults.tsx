import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';

/**
 * Two of Ant Design's defaults, changed for these pages:
 * - it puts a space between two Chinese characters on a button ("登 录"), which also changes the button's accessible
 *   name; our labels are read (and tested) as written;
 * - its secondary text (form hints, character counts, description labels, placeholders, empty states) is lighter
 *   than WCAG AA's 4.5:1 on white, and so is its red (danger buttons); these tokens keep them readable.
 */
const BUTTON = { autoInsertSpace: false };
const THEME: ThemeConfig = {
  token: {
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorError: '#cf1322',
  },
};

export function AccessibleDefaults({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider button={BUTTON} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
