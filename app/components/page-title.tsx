/** The document title; React hoists it into <head>. */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} – Leerkring`}</title>;
}
