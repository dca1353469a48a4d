import { useEffect, useState } from "react";
import { NavLink } from "react-router";
import { useT } from "#shared/i18n/index.ts";

// The header's link to /meldingen with the unread count. The count comes with every page (the
// root loader) and, while the page is open, live from the `/meldingen` socket.io namespace
// (server/notification-counts.ts). The link's name says the number ("Meldingen, 3 ongelezen");
// a change that arrives live is also said once in a polite live region (not role="status":
// it is on every page, and pages use their own status messages).

export function UnreadLink({ initial }: { initial: number }) {
  const t = useT();
  const [state, setState] = useState({ initial, count: initial, said: "" });
  // A new page brings the count as it is now.
  if (state.initial !== initial) setState({ initial, count: initial, said: "" });

  useEffect(() => {
    let closed = false;
    let disconnect = () => {};
    void Promise.all([
      import("socket.io-client"),
      import("#shared/socket-parser.ts"),
      import("#shared/notifications/live.ts"),
    ]).then(([{ io }, { SOCKET_PARSER }, live]) => {
      if (closed) return;
      const socket = io(live.NOTIFICATIONS_NAMESPACE, {
        transports: ["websocket"],
        parser: SOCKET_PARSER,
      });
      socket.on(live.UNREAD_COUNT_EVENT, (count: unknown) => {
        if (typeof count !== "number") return;
        setState((s) => (s.count === count ? s : { ...s, count, said: String(count) }));
      });
      disconnect = () => socket.disconnect();
    });
    return () => {
      closed = true;
      disconnect();
    };
  }, []);

  const { count, said } = state;
  return (
    <>
      <NavLink to="/meldingen" className="leerkring-unread">
        {count > 0 ? (
          <>
            <span aria-hidden="true">
              {t("meldingen.nav")} <span className="leerkring-unread__count">{count}</span>
            </span>
            <span className="visually-hidden">{t("meldingen.navOngelezen", { count })}</span>
          </>
        ) : (
          t("meldingen.nav")
        )}
      </NavLink>
      <span aria-live="polite" className="visually-hidden" data-testid="meldingen-live">
        {said
          ? Number(said) > 0
            ? t("meldingen.aantalOngelezen", { count: Number(said) })
            : t("meldingen.geenOngelezen")
          : ""}
      </span>
    </>
  );
}
