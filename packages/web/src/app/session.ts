/** The session token, kept in this browser until sign-out or until the server refuses it. */
const TOKEN_KEY = 'goodlink.token';

export const readToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string) => localStorage.setItem(TOKEN_KEY, token);
export const clearToken = () => localStorage.removeItem(TOKEN_KEY);

/** Told when the server refuses the token (expired or revoked), so the interface shows the visitor as signed out. */
export const SIGNED_OUT_EVENT = 'goodlink:signed-out';
export const announceSignedOut = () => window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
