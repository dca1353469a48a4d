CREATE TABLE `visie_wijzigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`opvatting` text,
	`benaderingen` text NOT NULL,
	`changed_by_id` integer,
	`changed_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `visie_wijzigingen_organisation_idx` ON `visie_wijzigingen` (`organisation_id`,`changed_at`);--> statement-breakpoint
ALTER TABLE `tag_koppelingen` ADD `essay_id` integer REFERENCES essays(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `tag_koppelingen` ADD `organisation_id` integer REFERENCES organisations(id) ON DELETE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX `tag_koppelingen_essay_idx` ON `tag_koppelingen` (`essay_id`,`tag_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tag_koppelingen_organisation_idx` ON `tag_koppelingen` (`organisation_id`,`tag_id`);--> statement-breakpoint
-- drizzle-kit drops ON DELETE from ADD COLUMN; the two lines above carry it by hand, as the
-- snapshot says.
-- Search finds a published essay by its tags too, and finds interventions (by title,
-- description, result and tags). A tag set or removed touches its record, which reindexes it,
-- as 0029_tags.sql does for learning questions and casework.
DROP TRIGGER `essays_zoek_au`;
--> statement-breakpoint
CREATE TRIGGER `essays_zoek_au` AFTER UPDATE ON `essays` BEGIN
	DELETE FROM zoekindex WHERE kind = 'essay' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	SELECT 'essay', NEW.id, NULL, NEW.thema_id, NEW.published_title,
		coalesce(NEW.published_summary, '') || ' ' || NEW.published_text || ' ' ||
		coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.essay_id = NEW.id), '')
	WHERE NEW.published_text IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_essay_zoek_ai` AFTER INSERT ON `tag_koppelingen` WHEN NEW.essay_id IS NOT NULL BEGIN
	UPDATE essays SET updated_at = updated_at WHERE id = NEW.essay_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_essay_zoek_ad` AFTER DELETE ON `tag_koppelingen` WHEN OLD.essay_id IS NOT NULL BEGIN
	UPDATE essays SET updated_at = updated_at WHERE id = OLD.essay_id;
END;
--> statement-breakpoint
CREATE TRIGGER `interventies_zoek_ai` AFTER INSERT ON `interventies` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('interventie', NEW.id, NEW.organisation_id, NULL, NEW.title,
		NEW.description || ' ' || NEW.resultaat);
END;
--> statement-breakpoint
CREATE TRIGGER `interventies_zoek_au` AFTER UPDATE ON `interventies` BEGIN
	DELETE FROM zoekindex WHERE kind = 'interventie' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('interventie', NEW.id, NEW.organisation_id, NULL, NEW.title,
		NEW.description || ' ' || NEW.resultaat || ' ' ||
		coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.interventie_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `interventies_zoek_ad` AFTER DELETE ON `interventies` BEGIN
	DELETE FROM zoekindex WHERE kind = 'interventie' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_interventie_zoek_ai` AFTER INSERT ON `tag_koppelingen` WHEN NEW.interventie_id IS NOT NULL BEGIN
	UPDATE interventies SET updated_at = updated_at WHERE id = NEW.interventie_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_interventie_zoek_ad` AFTER DELETE ON `tag_koppelingen` WHEN OLD.interventie_id IS NOT NULL BEGIN
	UPDATE interventies SET updated_at = updated_at WHERE id = OLD.interventie_id;
END;
--> statement-breakpoint
-- The interventions recorded before this migration, with the tags they already have.
INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
SELECT 'interventie', i.id, i.organisation_id, NULL, i.title,
	i.description || ' ' || i.resultaat || ' ' ||
	coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.interventie_id = i.id), '')
FROM interventies i;
