import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type Viewer } from '../app/auth';
import { Loading } from './PageState';

/**
 * Where to go after signing in: the `next` the visitor came with, when it is a path on this site (never another
 * origin: `//evil.example` and `/\evil.example` are refused).
 */
export function safeNextPath(next: string | null, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** The sign-in page's address that brings the visitor back here afterwards. */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** Renders its children for a signed-in visitor; anyone else is sent to sign in and brought back. */
export function RequireViewer({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) return <Navigate replace to={signInPathFor(location.pathname + location.search)} />;
  return <>{children(viewer)}</>;
}
