import { DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";

/** One labelled value in a DataList: "Locatie — Raadhuis Hilversum". */
export function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
