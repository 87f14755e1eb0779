import { Card } from 'antd';
import type { ReactNode } from 'react';
import './account.css';

/** The narrow card the sign-in and sign-up forms sit in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <Card>
        <h1 className="auth-title">{title}</h1>
        {intro ? <p className="auth-intro">{intro}</p> : null}
        {children}
      </Card>
    </div>
  );
}
