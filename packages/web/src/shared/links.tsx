import type { ReactNode } from 'react';

/** Only web addresses become links: whatever else an address field holds is shown as text, never followed. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to another site, shown with its address when no text is given. */
export function ExternalLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <span className="break-anywhere">{children ?? href}</span>;
  return (
    <a href={safe} rel="noopener noreferrer" className="break-anywhere">
      {children ?? href}
    </a>
  );
}
