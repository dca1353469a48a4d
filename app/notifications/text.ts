import { isMessageKey, type Translate } from "#shared/i18n/index.ts";

// A notification's title and text, from the catalogue with its stored values, in the language of
// whoever reads it. A kind whose texts are gone (renamed since) still shows, as "Melding".

export function notificationTexts(
  t: Translate,
  item: { kind: string; params: Record<string, string | number> },
): { title: string; text: string } {
  const title = `${item.kind}.titel`;
  const text = `${item.kind}.tekst`;
  return {
    title: isMessageKey(title) ? t(title, item.params) : t("meldingen.onbekend"),
    text: isMessageKey(text) ? t(text, item.params) : "",
  };
}
