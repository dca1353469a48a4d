import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("inloggen", "routes/inloggen.tsx"),
  route("uitloggen", "routes/uitloggen.tsx"),
  route("wachtwoord-vergeten", "routes/wachtwoord-vergeten.tsx"),
  route("wachtwoord-herstellen/:token", "routes/wachtwoord-herstellen.$token.tsx"),
  route("uitnodiging/:token", "routes/uitnodiging.$token.tsx"),
  route("account", "routes/account.tsx"),
  route("bijeenkomsten/:id/notities", "routes/bijeenkomsten.$id.notities.tsx"),
  route("beheer", "routes/beheer.tsx", [
    index("routes/beheer._index.tsx"),
    route("uitnodigingen", "routes/beheer.uitnodigingen.tsx"),
    route("organisaties", "routes/beheer.organisaties.tsx"),
    route("accounts", "routes/beheer.accounts.tsx"),
  ]),
  route("*", "routes/$.tsx"),
] satisfies RouteConfig;
