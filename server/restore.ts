// npm run restore -- FILE: puts a backup in place of the database of a STOPPED instance, after
// checking it. The database it replaces is kept beside it. See server/backups.ts and the README.
import { databasePath } from "#db/client.ts";
import { config } from "#shared/config.server.ts";
import { BackupError, restoreBackup } from "./backups.ts";

const file = process.argv[2];
try {
  if (!file) {
    throw new BackupError(
      "Geef het back-upbestand op, bijvoorbeeld: npm run restore -- data/backups/leerkring-20250101-030000.db.gz",
    );
  }
  const target = databasePath();
  const started = Date.now();
  const result = await restoreBackup({ file, target, uploadDir: config().uploadDir });
  console.info(`Hersteld: ${file} staat nu op ${target} (${Date.now() - started} ms).`);
  if (result.setAside) {
    console.info(
      `De vorige database is bewaard als ${result.setAside}${result.replacedDamaged ? " (die was niet te openen)" : ""}.`,
    );
  }
  if (result.older) {
    console.info(
      "De back-up komt van een oudere versie: Leerkring werkt de database bij bij het starten.",
    );
  }
  console.info("Start Leerkring nu weer.");
} catch (error) {
  const message = error instanceof BackupError ? error.message : String(error);
  console.error(`Herstel mislukt: ${message}`);
  process.exitCode = 1;
}
