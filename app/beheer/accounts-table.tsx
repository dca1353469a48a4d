import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { Role } from "#db/schema.ts";
import { RoleForm } from "./role-form.tsx";

type Account = {
  id: number;
  name: string;
  email: string;
  organisationName: string;
  role: Role;
  active: boolean;
  mailRefusedAt: Date | null;
  mfaEnabled: boolean;
  lastLoginAt: Date | null;
  /** No login for INACTIVE_AFTER_MONTHS (app/gegevens/inactive.server.ts). */
  inactive: boolean;
};

/** The accounts with what a beheerder can do to each; their own account only gets a reset link. */
export function AccountsTable({
  accounts,
  currentUserId,
  organisationId,
  lastResult,
}: {
  accounts: Account[];
  currentUserId: number;
  /** The organisation the list is filtered on, kept in the links. */
  organisationId: number | undefined;
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="leerkring-table-wrapper">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("veld.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("veld.organisatie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("veld.rol")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.status")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("account.actie")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {accounts.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                {a.name}
                <br />
                <span className="leerkring-muted">{a.email}</span>
                {a.mailRefusedAt && (
                  <>
                    <br />
                    <Link to="/beheer/e-mail#onderdrukt" className="leerkring-error">
                      {t("accounts.mailKomtNietAan")}
                    </Link>
                  </>
                )}
              </TableCell>
              <TableCell>{a.organisationName}</TableCell>
              <TableCell>
                {a.id === currentUserId ? (
                  t(`rol.${a.role}`)
                ) : (
                  <RoleForm account={a} lastResult={lastResult} />
                )}
              </TableCell>
              <TableCell>
                {a.active ? t("accounts.actief") : t("accounts.inactief")}
                {a.inactive && (
                  <>
                    <br />
                    <span className="leerkring-muted">
                      {a.lastLoginAt
                        ? t("gegevens.inactief.sinds", {
                            datum: formatDateTime(locale, a.lastLoginAt, "date"),
                          })
                        : t("gegevens.inactief.nooit")}
                    </span>
                  </>
                )}
              </TableCell>
              <TableCell>
                <div className="leerkring-actions">
                  {a.id !== currentUserId && (
                    <Form method="post">
                      <input
                        type="hidden"
                        name="intent"
                        value={a.active ? "deactiveren" : "activeren"}
                      />
                      <input type="hidden" name="userId" value={a.id} />
                      <Button type="submit" appearance="subtle-button">
                        {a.active ? t("accounts.deactiveren") : t("accounts.activeren")}
                        <span className="visually-hidden"> {a.name}</span>
                      </Button>
                    </Form>
                  )}
                  {a.id !== currentUserId && (
                    <Link
                      to={`?${new URLSearchParams({
                        ...(organisationId ? { organisatie: String(organisationId) } : {}),
                        uitloggen: String(a.id),
                      })}`}
                      className="utrecht-link"
                    >
                      {t("accounts.sessiesBeeindigen")}
                      <span className="visually-hidden"> {a.name}</span>
                    </Link>
                  )}
                  {a.id !== currentUserId && a.mfaEnabled && (
                    <Form method="post">
                      <input type="hidden" name="intent" value="tweestaps-resetten" />
                      <input type="hidden" name="userId" value={a.id} />
                      <Button type="submit" appearance="subtle-button">
                        {t("tweestaps.beheer.resetten")}
                        <span className="visually-hidden"> {a.name}</span>
                      </Button>
                    </Form>
                  )}
                  <Form method="post">
                    <input type="hidden" name="intent" value="herstellink" />
                    <input type="hidden" name="userId" value={a.id} />
                    <Button type="submit" appearance="subtle-button">
                      {t("accounts.herstellink")}
                      <span className="visually-hidden"> {a.name}</span>
                    </Button>
                  </Form>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
