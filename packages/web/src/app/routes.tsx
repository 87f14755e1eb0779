import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout, NotFound } from './Layout';

// Every page is its own chunk, loaded when first visited: the home page's JavaScript stays small.
const HomePage = lazy(() => import('../features/home/HomePage'));
// — public pages —
// — sign-in, profile and the maintainer console —
// — the organisation console and admin —

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        {/* — public pages — */}
        {/* — sign-in, profile and the maintainer console — */}
        {/* — the organisation console and admin — */}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
