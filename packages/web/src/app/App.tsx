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

/** A green that keeps 4.5:1 contrast on white (WCAG AA) for links and primary buttons. */
const theme = { token: { colorPrimary: '#237804', colorLink: '#1d6b03', borderRadius: 6 } };

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
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
