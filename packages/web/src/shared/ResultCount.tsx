import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

/** How many items the filters found, announced politely when it changes, with a way back to the full list. */
export function ResultCount({
  children,
  clear,
}: {
  children: ReactNode;
  clear?: { label: string; onClick: () => void };
}) {
  return (
    <Flex align="center" gap={12} wrap>
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {children}
      </p>
      {clear ? (
        <Button type="link" onClick={clear.onClick} style={{ paddingInline: 0 }}>
          {clear.label}
        </Button>
      ) : null}
    </Flex>
  );
}
