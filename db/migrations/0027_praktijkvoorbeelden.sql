CREATE TABLE `praktijkvoorbeelden` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`thema_id` integer NOT NULL,
	`bijeenkomst_id` integer,
	`traject_id` integer,
	`summary` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`published_title` text,
	`published_summary` text,
	`published_body` text,
	`first_published_at` integer,
	`published_at` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thema_id`) REFERENCES `themas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `praktijkvoorbeelden_slug_unique` ON `praktijkvoorbeelden` (`slug`);--> statement-breakpoint
CREATE INDEX `praktijkvoorbeelden_thema_idx` ON `praktijkvoorbeelden` (`thema_id`);--> statement-breakpoint
CREATE INDEX `praktijkvoorbeelden_organisation_idx` ON `praktijkvoorbeelden` (`organisation_id`);--> statement-breakpoint
-- Search finds a practice example by its published snapshot only, never by a concept.
CREATE TRIGGER `praktijkvoorbeelden_zoek_ai` AFTER INSERT ON `praktijkvoorbeelden`
WHEN NEW.published_body IS NOT NULL BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('praktijkvoorbeeld', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.published_title,
		coalesce(NEW.published_summary, '') || ' ' || NEW.published_body);
END;
--> statement-breakpoint
CREATE TRIGGER `praktijkvoorbeelden_zoek_au` AFTER UPDATE ON `praktijkvoorbeelden` BEGIN
	DELETE FROM zoekindex WHERE kind = 'praktijkvoorbeeld' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	SELECT 'praktijkvoorbeeld', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.published_title,
		coalesce(NEW.published_summary, '') || ' ' || NEW.published_body
	WHERE NEW.published_body IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `praktijkvoorbeelden_zoek_ad` AFTER DELETE ON `praktijkvoorbeelden` BEGIN
	DELETE FROM zoekindex WHERE kind = 'praktijkvoorbeeld' AND ref_id = OLD.id;
END;
