CREATE TABLE `bestanden` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`media_type` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bijlagen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`owner_kind` text NOT NULL,
	`leervraag_id` integer,
	`bijeenkomst_id` integer,
	`agendapunt_id` integer,
	`logboek_id` integer,
	`essay_id` integer,
	`filename` text NOT NULL,
	`title` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`uploaded_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`sha256`) REFERENCES `bestanden`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agendapunt_id`) REFERENCES `agendapunten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`logboek_id`) REFERENCES `logboek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`essay_id`) REFERENCES `essays`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `bijlagen_sha_idx` ON `bijlagen` (`sha256`);--> statement-breakpoint
CREATE INDEX `bijlagen_leervraag_idx` ON `bijlagen` (`leervraag_id`);--> statement-breakpoint
CREATE INDEX `bijlagen_bijeenkomst_idx` ON `bijlagen` (`bijeenkomst_id`);--> statement-breakpoint
CREATE INDEX `bijlagen_agendapunt_idx` ON `bijlagen` (`agendapunt_id`);--> statement-breakpoint
CREATE INDEX `bijlagen_logboek_idx` ON `bijlagen` (`logboek_id`);--> statement-breakpoint
CREATE INDEX `bijlagen_essay_idx` ON `bijlagen` (`essay_id`);--> statement-breakpoint
-- Hand-written (search): an attachment's title and text are in the search index as kind
-- 'bijlage', with the municipality and theme of the record it belongs to; triggers keep it
-- current, as for the other kinds (0002_zoekindex.sql).
CREATE TRIGGER `bijlagen_zoek_ai` AFTER INSERT ON `bijlagen` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('bijlage', NEW.id,
		CASE NEW.owner_kind
			WHEN 'leervraag' THEN (SELECT organisation_id FROM leervragen WHERE id = NEW.leervraag_id)
			WHEN 'bijeenkomst' THEN (SELECT host_organisation_id FROM bijeenkomsten WHERE id = NEW.bijeenkomst_id)
			WHEN 'agendapunt' THEN (SELECT b.host_organisation_id FROM agendapunten a JOIN bijeenkomsten b ON b.id = a.bijeenkomst_id WHERE a.id = NEW.agendapunt_id)
			WHEN 'logboek' THEN (SELECT t.organisation_id FROM logboek l JOIN trajecten t ON t.id = l.traject_id WHERE l.id = NEW.logboek_id)
		END,
		CASE NEW.owner_kind
			WHEN 'leervraag' THEN (SELECT thema_id FROM leervragen WHERE id = NEW.leervraag_id)
			WHEN 'bijeenkomst' THEN (SELECT thema_id FROM bijeenkomsten WHERE id = NEW.bijeenkomst_id)
			WHEN 'agendapunt' THEN (SELECT b.thema_id FROM agendapunten a JOIN bijeenkomsten b ON b.id = a.bijeenkomst_id WHERE a.id = NEW.agendapunt_id)
			WHEN 'logboek' THEN (SELECT t.thema_id FROM logboek l JOIN trajecten t ON t.id = l.traject_id WHERE l.id = NEW.logboek_id)
			WHEN 'essay' THEN (SELECT thema_id FROM essays WHERE id = NEW.essay_id)
		END,
		NEW.title || ' ' || NEW.filename, NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER `bijlagen_zoek_ad` AFTER DELETE ON `bijlagen` BEGIN
	DELETE FROM zoekindex WHERE kind = 'bijlage' AND ref_id = OLD.id;
END;
