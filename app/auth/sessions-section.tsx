import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form } from "react-router";
import { ItemAction } from "#app/components/item-action.tsx";
import { describeUserAgent } from "#app/utils/user-agent.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

type Session = {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  current: boolean;
};

/** The person's sessions at /account, each with a button to end it, and one to end the others. */
export function SessionsSection({ sessions }: { sessions: Session[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="sessies">
      <Heading2 id="sessies">{t("account.sessies")}</Heading2>
      <Paragraph>{t("account.sessiesUitleg")}</Paragraph>
      <div className="leerkring-table-wrapper">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("account.apparaat")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.gestart")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.laatstActief")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {describeUserAgent(s.userAgent) ?? t("account.onbekendApparaat")}
                  {s.ipAddress ? ` · ${s.ipAddress}` : ""}
                  {s.current ? ` (${t("account.dezeSessie")})` : ""}
                </TableCell>
                <TableCell>{formatDateTime(locale, s.createdAt)}</TableCell>
                <TableCell>{formatDateTime(locale, s.lastActiveAt)}</TableCell>
                <TableCell>
                  <ItemAction
                    intent="sessie-beeindigen"
                    fields={{ sessionId: s.id }}
                    label={s.current ? t("account.uitloggenHier") : t("account.beeindigen")}
                    item={describeUserAgent(s.userAgent) ?? t("account.onbekendApparaat")}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {sessions.length > 1 && (
        <Form method="post">
          <input type="hidden" name="intent" value="andere-sessies-beeindigen" />
          <Button type="submit" appearance="secondary-action-button">
            {t("account.andereSessiesBeeindigen")}
          </Button>
        </Form>
      )}
    </section>
  );
}
