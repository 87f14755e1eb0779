import { ConfigProvider, Flex } from 'antd';
import type { ReactNode } from 'react';
import './public.css';

// Ant Design's defaults for placeholders, secondary labels (Descriptions) and the text of green and orange tags fall
// short of 4.5:1 contrast; these shades keep the look and reach it.
const theme = {
  token: {
    colorTextPlaceholder: '#6b6b6b',
    colorTextTertiary: '#595959',
    'green-7': '#1d6b03',
    green7: '#1d6b03',
    'orange-7': '#ad4e00',
    orange7: '#ad4e00',
  },
};

/** The frame of every public directory and page: its contrast fixes, and its content stacked with even spacing. */
export function PublicPage({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={theme}>
      <Flex vertical gap={24} className="public-page">
        {children}
      </Flex>
    </ConfigProvider>
  );
}
