-- Search over published essays and session notes, kept current by triggers like the others.
-- Only what readers may see of an essay is indexed: its published snapshot, never a draft.
CREATE TRIGGER `essays_zoek_au` AFTER UPDATE ON `essays` BEGIN
	DELETE FROM zoekindex WHERE kind = 'essay' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	SELECT 'essay', NEW.id, NULL, NEW.thema_id, NEW.published_title,
		coalesce(NEW.published_summary, '') || ' ' || NEW.published_text
	WHERE NEW.published_text IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `essays_zoek_ad` AFTER DELETE ON `essays` BEGIN
	DELETE FROM zoekindex WHERE kind = 'essay' AND ref_id = OLD.id;
END;
--> statement-breakpoint
-- Notes live in `documents` under the name bijeenkomst:<id>:notities; their text is refreshed at
-- every compaction.
CREATE TRIGGER `notities_zoek_ai` AFTER INSERT ON `documents`
WHEN NEW.name GLOB 'bijeenkomst:[0-9]*:notities' BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	SELECT 'notities', b.id, b.host_organisation_id, b.thema_id, b.title, NEW.text
	FROM bijeenkomsten b WHERE b.id = CAST(substr(NEW.name, 13, length(NEW.name) - 21) AS INTEGER);
END;
--> statement-breakpoint
CREATE TRIGGER `notities_zoek_au` AFTER UPDATE OF text ON `documents`
WHEN NEW.name GLOB 'bijeenkomst:[0-9]*:notities' BEGIN
	DELETE FROM zoekindex WHERE kind = 'notities'
		AND ref_id = CAST(substr(NEW.name, 13, length(NEW.name) - 21) AS INTEGER);
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	SELECT 'notities', b.id, b.host_organisation_id, b.thema_id, b.title, NEW.text
	FROM bijeenkomsten b WHERE b.id = CAST(substr(NEW.name, 13, length(NEW.name) - 21) AS INTEGER);
END;
--> statement-breakpoint
INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
SELECT 'notities', b.id, b.host_organisation_id, b.thema_id, b.title, d.text
FROM documents d JOIN bijeenkomsten b
	ON b.id = CAST(substr(d.name, 13, length(d.name) - 21) AS INTEGER)
WHERE d.name GLOB 'bijeenkomst:[0-9]*:notities';
