import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { catalogueLoaded } from "#shared/i18n/index.ts";

// The page's language arrives before hydration, so the first render in the browser has the same
// strings as the server's HTML: no flash of keys, no hydration mismatch. It is the only
// catalogue this page fetches.
await catalogueLoaded;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter />
    </StrictMode>,
  );
});
