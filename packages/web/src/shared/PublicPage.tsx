import { Flex } from 'antd';
import type { ReactNode } from 'react';
import './public.css';

/** The frame of every public directory and page: its content stacked with even spacing. */
export function PublicPage({ children }: { children: ReactNode }) {
  return (
    <Flex vertical gap={24} className="public-page">
      {children}
    </Flex>
  );
}
