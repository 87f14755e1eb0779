import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UpdateLocaleDocument, ViewerDocument, type ViewerQuery } from './viewer.generated';
import { applyLanguage, languageOfLocale, localeOfLanguage, type Language } from '../i18n';
import { clearToken, readToken, SIGNED_OUT_EVENT, storeToken } from './session';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Auth {
  viewer: Viewer | null;
  loading: boolean;
  /** After signUp / signIn: keep the token and reload everything as the signed-in user. */
  signedIn(token: string): Promise<void>;
  signOut(): Promise<void>;
  /** Changes the interface language, remembered for the account when signed in. */
  setLanguage(language: Language): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readToken() !== null);
  const { data, loading } = useQuery(ViewerDocument, { skip: !hasToken });
  const [updateLocale] = useMutation(UpdateLocaleDocument);
  const viewer = hasToken ? (data?.viewer ?? null) : null;

  useEffect(() => {
    const signedOut = () => setHasToken(false);
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, []);

  // The account's language wins over the browser's last choice once we know who is here.
  useEffect(() => {
    const language = languageOfLocale(viewer?.locale);
    if (language) applyLanguage(language);
  }, [viewer?.locale]);

  const signedIn = useCallback(
    async (token: string) => {
      storeToken(token);
      await client.resetStore();
      setHasToken(true);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    clearToken();
    setHasToken(false);
    await client.resetStore();
  }, [client]);

  const setLanguage = useCallback(
    (language: Language) => {
      applyLanguage(language);
      if (viewer) void updateLocale({ variables: { input: { locale: localeOfLanguage(language) } } });
    },
    [viewer, updateLocale],
  );

  const value = useMemo(
    () => ({ viewer, loading: hasToken && loading && !data, signedIn, signOut, setLanguage }),
    [viewer, hasToken, loading, data, signedIn, signOut, setLanguage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
