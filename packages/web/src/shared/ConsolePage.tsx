import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './console.css';

/** The frame of a console or personal page: the way back above, the content stacked below it. */
export function ConsolePage({ back, children }: { back: { to: string; label: string }; children: ReactNode }) {
  return (
    <Flex vertical gap={16} className="console-page">
      <p className="back-link">
        <Link to={back.to}>{back.label}</Link>
      </p>
      {children}
    </Flex>
  );
}

/** A console page's heading and what the page is for (and anything else said first). */
export function ConsoleHeading({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  return (
    <div>
      <h1 className="console-heading">{title}</h1>
      <p className="console-intro">{intro}</p>
      {children}
    </div>
  );
}
