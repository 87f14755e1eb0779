import { Card, Flex } from 'antd';
import { useId, type ReactNode } from 'react';
import './organizationConsole.css';

/**
 * One item of a console list (an offer, a request, a sponsor link, an organisation to verify): an article named by
 * its heading, with its status tags beside the heading and its facts and actions below.
 */
export function ConsoleCard({ heading, tags, children }: { heading: ReactNode; tags: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <article aria-labelledby={titleId}>
      <Card size="small">
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="start" wrap gap={8}>
            <h3 id={titleId} className="csr-card-heading">
              {heading}
            </h3>
            {tags}
          </Flex>
          {children}
        </Flex>
      </Card>
    </article>
  );
}
