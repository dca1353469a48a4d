import utrechtTokens from "@utrecht/design-tokens/dist/index.css?url";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { auditRequest } from "./audit/middleware.server.ts";
import { getAuth } from "./auth/user.server.ts";
import { leerkringContext } from "./load-context.ts";
import { AppShell } from "./components/app-shell.tsx";
import { useNonce } from "./components/nonce.ts";
import { ErrorPage } from "./components/error-page.tsx";
import { localeFromAcceptLanguage, TranslationProvider } from "#shared/i18n/index.ts";
import { canUseMonitor } from "./auth/rules/wijkmeting.ts";
import { unreadCount } from "./notifications/centre.server.ts";
import leerkringTheme from "./styles/leerkring.css?url";
import utrechtComponents from "./styles/utrecht.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: utrechtTokens },
  { rel: "stylesheet", href: utrechtComponents },
  { rel: "stylesheet", href: leerkringTheme },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Every request: the audit trail's address and person, and its record of refusals.
export const middleware: Route.MiddlewareFunction[] = [
  ({ request, context }, next) =>
    auditRequest(request, context.get(leerkringContext).clientIp, next),
];

export function loader({ request }: Route.LoaderArgs) {
  const auth = getAuth(request);
  const locale =
    auth?.user.locale ?? localeFromAcceptLanguage(request.headers.get("Accept-Language"));
  return {
    locale,
    user: auth
      ? {
          name: auth.user.name,
          role: auth.user.role,
          monitor: canUseMonitor(auth.user),
          unread: unreadCount(auth.user.id),
        }
      : null,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? "nl"} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme leerkring-theme utrecht-document">
        <TranslationProvider>
          <AppShell user={data?.user ?? null}>{children}</AppShell>
        </TranslationProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) return <ErrorPage status={error.status} />;
  if (import.meta.env.DEV) console.error(error);
  return <ErrorPage status={500} />;
}
