import {
  FormDataParseError,
  MaxFileSizeExceededError,
  parseFormData,
  type FileUpload,
} from "@remix-run/form-data-parser";
import { redirect } from "react-router";
import type { Route } from "./+types/bijlagen.nieuw.$soort.$id";
import { canManageBijlagen } from "#app/auth/rules/bijlage.ts";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { addBijlage, backToOwner, ownerOf } from "#app/bijlagen/bijlagen.server.ts";
import { uploadTitle } from "#app/bijlagen/bijlage-schema.ts";
import {
  discardReceived,
  neutraliseFilename,
  receiveFile,
  UploadRefused,
  type ReceivedFile,
} from "#app/bijlagen/storage.server.ts";
import { bijlageOwnerKinds, type BijlageOwnerKind } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { FILE_FIELD } from "#shared/bijlagen.ts";

// One file attached to one record. The body is not read beforehand (server/request-body.ts lets
// upload paths stream): who may attach is checked before a byte of it is read, and the parser
// stops at UPLOAD_MAX_MB. Every outcome goes back to the record's page, with its message there.

export async function action({ request, params }: Route.ActionArgs) {
  const user = requireUser(request);
  const kind = params.soort as BijlageOwnerKind;
  const id = parseId(params.id);
  if (!bijlageOwnerKinds.includes(kind) || id === null) throw notFound();
  const owner = ownerOf(kind, id);
  if (!owner) throw notFound();
  if (!canManageBijlagen(user, owner.resource)) throw forbidden();

  const back = (query: string) => redirect(backToOwner(owner, query), { status: 303 });
  let received: ReceivedFile | null = null;
  let filename = "";
  let refusal: string | null = null;
  try {
    const form = await parseFormData(
      request,
      { maxFiles: 1, maxFileSize: config().uploadMaxBytes, maxParts: 10 },
      async (file: FileUpload) => {
        if (file.fieldName !== FILE_FIELD || received || !file.name) return null;
        filename = neutraliseFilename(file.name);
        try {
          received = await receiveFile(file, filename);
        } catch (error) {
          if (!(error instanceof UploadRefused)) throw error;
          refusal = error.key;
        }
        return null;
      },
    );
    if (refusal) return back(`bijlagefout=${encodeURIComponent(refusal)}`);
    if (!received) return back("bijlagefout=bijlage.fout.geenBestand");
    const stored: ReceivedFile = received;
    const title = uploadTitle(form.get("titel"), filename);
    let added: number;
    try {
      added = addBijlage(owner, stored, { filename, title }, user);
    } catch (error) {
      discardReceived(stored);
      throw error;
    }
    // `nieuw`: the new attachment's id, for the editor's image form (which uploads with fetch).
    return back(`bijlage=toegevoegd&nieuw=${added}`);
  } catch (error) {
    if (received) discardReceived(received);
    if (error instanceof MaxFileSizeExceededError) return back("bijlagefout=bijlage.fout.teGroot");
    if (error instanceof FormDataParseError || isParserLimit(error)) {
      return back("bijlagefout=bijlage.fout.onleesbaar");
    }
    throw error;
  }
}

function isParserLimit(error: unknown): boolean {
  return error instanceof Error && /^Max\w+ExceededError$/.test(error.name);
}
