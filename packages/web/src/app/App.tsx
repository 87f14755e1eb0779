import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { AppRoutes } from './routes';

/**
 * Ant Design's defaults, changed where they fall short of WCAG AA's 4.5:1 on white: a darker green for links and
 * primary buttons; secondary text (hints, captions, statistic titles, placeholders) darker than its 45 % black;
 * a darker red for errors and danger buttons; and the 7th shade of the green, orange and purple palettes, which a
 * preset tag prints its text in.
 */
const theme = {
  token: {
    colorPrimary: '#237804',
    colorLink: '#1d6b03',
    // Ant Design lightens a hovered link, below 4.5:1; a hovered link darkens instead.
    colorLinkHover: '#135200',
    colorLinkActive: '#0b3d00',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorError: '#cf1322',
    // The palette shades exist under both names; the CSS variables (--ant-green-7) come from the dashed ones.
    green7: '#135200',
    'green-7': '#135200',
    orange7: '#873800',
    'orange-7': '#873800',
    purple7: '#391085',
    'purple-7': '#391085',
    borderRadius: 6,
  },
};

/** No space slipped between two Chinese characters on a button (「登 录」): labels are read, and found, as written. */
const button = { autoInsertSpace: false };

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={button}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </ApolloProvider>
    </ConfigProvider>
  );
}
