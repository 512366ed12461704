import { ReactNode, useEffect } from 'react';

const PRODUCT = '政务公开通';

/** The browser tab names the page, so a screen-reader user or a clerk with ten tabs knows where each one is (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} - ${PRODUCT}` : PRODUCT;
  }, [title]);
}

/** The page's one h1, and its browser title (`title`, or the heading itself when that is plain text). */
export function PageHeading({ title, children }: { title?: string; children?: ReactNode }) {
  const text = title ?? (typeof children === 'string' ? children : '');
  usePageTitle(text);
  return <h1 className="page-heading">{children ?? title}</h1>;
}
