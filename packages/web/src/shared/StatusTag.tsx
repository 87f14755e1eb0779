import { Tag } from 'antd';
import type { ReactNode } from 'react';
import './StatusTag.css';

export type Tone = 'neutral' | 'warning' | 'success' | 'danger' | 'info';

/**
 * A status label. Ant Design's coloured tags (gold, green…) put light text on a light ground, under 4.5:1; these keep
 * the same hues with dark text.
 */
export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`status-tag status-tag-${tone}`}>{children}</Tag>;
}
