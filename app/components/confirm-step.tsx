import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { Form, Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";

// The second step of a destructive action, without JavaScript: the first POST answers with this
// panel instead of acting; its button posts the same fields again with bevestigd=ja, which the
// action requires before it acts (so the check lives on the server, not in window.confirm).

/** The field that marks the second, confirmed submission. */
export const CONFIRMED = { name: "bevestigd", value: "ja" } as const;

export function isConfirmed(formData: FormData): boolean {
  return formData.get(CONFIRMED.name) === CONFIRMED.value;
}

export function ConfirmStep({
  id,
  consequences,
  fields,
  confirmLabel,
  cancelTo,
}: {
  id: string;
  /** What will happen, and how it can be undone. */
  consequences: string[];
  /** The fields of the first submission, posted again. */
  fields: Record<string, string>;
  confirmLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the panel appears without a page load: move focus to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={id} className="leerkring-stack">
      <Alert type="warning">
        <Heading2 id={id} ref={heading} tabIndex={-1}>
          {t("bevestig.titel")}
        </Heading2>
        {consequences.map((c) => (
          <Paragraph key={c}>{c}</Paragraph>
        ))}
        <Form method="post" className="leerkring-actions">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name={CONFIRMED.name} value={CONFIRMED.value} />
          <Button type="submit" appearance="primary-action-button">
            {confirmLabel}
          </Button>
          <Link to={cancelTo} className="utrecht-link">
            {t("bevestig.nee")}
          </Link>
        </Form>
      </Alert>
    </section>
  );
}
