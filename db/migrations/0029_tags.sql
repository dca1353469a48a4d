CREATE TABLE `tag_koppelingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_id` integer NOT NULL,
	`owner_kind` text NOT NULL,
	`leervraag_id` integer,
	`interventie_id` integer,
	`traject_id` integer,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interventie_id`) REFERENCES `interventies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tag_koppelingen_leervraag_idx` ON `tag_koppelingen` (`leervraag_id`,`tag_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tag_koppelingen_interventie_idx` ON `tag_koppelingen` (`interventie_id`,`tag_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tag_koppelingen_traject_idx` ON `tag_koppelingen` (`traject_id`,`tag_id`);--> statement-breakpoint
CREATE INDEX `tag_koppelingen_tag_idx` ON `tag_koppelingen` (`tag_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`retired_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_family_slug_idx` ON `tags` (`family`,`slug`);--> statement-breakpoint
-- Search finds a learning question or casework by its tags' names: the index's body gets them,
-- and a tag set or removed touches its record, which reindexes it (as logboek does for
-- trajecten in 0002_zoekindex.sql).
DROP TRIGGER `leervragen_zoek_ai`;
--> statement-breakpoint
DROP TRIGGER `leervragen_zoek_au`;
--> statement-breakpoint
CREATE TRIGGER `leervragen_zoek_ai` AFTER INSERT ON `leervragen` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('leervraag', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.question || ' ' || NEW.casus || ' ' || NEW.context || ' ' || NEW.outcome || ' ' || NEW.follow_up || ' ' ||
		coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.leervraag_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `leervragen_zoek_au` AFTER UPDATE ON `leervragen` BEGIN
	DELETE FROM zoekindex WHERE kind = 'leervraag' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('leervraag', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.question || ' ' || NEW.casus || ' ' || NEW.context || ' ' || NEW.outcome || ' ' || NEW.follow_up || ' ' ||
		coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.leervraag_id = NEW.id), ''));
END;
--> statement-breakpoint
DROP TRIGGER `trajecten_zoek_ai`;
--> statement-breakpoint
DROP TRIGGER `trajecten_zoek_au`;
--> statement-breakpoint
CREATE TRIGGER `trajecten_zoek_ai` AFTER INSERT ON `trajecten` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('traject', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title, NEW.description);
END;
--> statement-breakpoint
CREATE TRIGGER `trajecten_zoek_au` AFTER UPDATE ON `trajecten` BEGIN
	DELETE FROM zoekindex WHERE kind = 'traject' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('traject', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.description || ' ' || coalesce((SELECT group_concat(body, ' ') FROM logboek WHERE traject_id = NEW.id), '') || ' ' ||
		coalesce((SELECT group_concat(t.name, ' ') FROM tag_koppelingen k JOIN tags t ON t.id = k.tag_id WHERE k.traject_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_zoek_ai` AFTER INSERT ON `tag_koppelingen` WHEN NEW.leervraag_id IS NOT NULL BEGIN
	UPDATE leervragen SET updated_at = updated_at WHERE id = NEW.leervraag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_zoek_ad` AFTER DELETE ON `tag_koppelingen` WHEN OLD.leervraag_id IS NOT NULL BEGIN
	UPDATE leervragen SET updated_at = updated_at WHERE id = OLD.leervraag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_traject_zoek_ai` AFTER INSERT ON `tag_koppelingen` WHEN NEW.traject_id IS NOT NULL BEGIN
	UPDATE trajecten SET updated_at = updated_at WHERE id = NEW.traject_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tag_koppelingen_traject_zoek_ad` AFTER DELETE ON `tag_koppelingen` WHEN OLD.traject_id IS NOT NULL BEGIN
	UPDATE trajecten SET updated_at = updated_at WHERE id = OLD.traject_id;
END;
