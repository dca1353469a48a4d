import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";

/**
 * A one-button form that acts on one item of a list or table (revoke, lift, move up): it works
 * without JavaScript, and its button names the item for screen readers, so a list of them does
 * not read as the same "Intrekken" ten times.
 */
export function ItemAction({
  intent,
  fields,
  label,
  item,
}: {
  intent: string;
  /** Hidden fields that say which item, e.g. `{ id: 4 }`. */
  fields: Record<string, string | number>;
  label: string;
  /** The item's name, read after the label by screen readers. */
  item: string;
}) {
  return (
    <Form method="post" className="leerkring-inline-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" appearance="subtle-button">
        {label}
        <span className="visually-hidden"> {item}</span>
      </Button>
    </Form>
  );
}
