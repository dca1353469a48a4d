CREATE TABLE `actoren` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`taken` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actoren_slug_unique` ON `actoren` (`slug`);--> statement-breakpoint
CREATE TABLE `uitdaging_herkenningen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`wijk_id` integer NOT NULL,
	`uitdaging_id` integer NOT NULL,
	`actor` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`leervraag_id` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uitdaging_id`) REFERENCES `uitdagingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uitdaging_herkenningen_idx` ON `uitdaging_herkenningen` (`wijk_id`,`uitdaging_id`,`actor`);--> statement-breakpoint
CREATE INDEX `uitdaging_herkenningen_leervraag_idx` ON `uitdaging_herkenningen` (`leervraag_id`);--> statement-breakpoint
CREATE TABLE `uitdagingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer NOT NULL,
	`code` text NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actoren`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uitdagingen_code_unique` ON `uitdagingen` (`code`);--> statement-breakpoint
CREATE INDEX `uitdagingen_actor_idx` ON `uitdagingen` (`actor_id`);--> statement-breakpoint
CREATE TABLE `wijk_naamwijzigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`wijk_id` integer NOT NULL,
	`old_name` text NOT NULL,
	`new_name` text NOT NULL,
	`changed_by_id` integer,
	`changed_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `wijk_naamwijzigingen_wijk_idx` ON `wijk_naamwijzigingen` (`wijk_id`);--> statement-breakpoint
CREATE TABLE `wijken` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wijken_naam_idx` ON `wijken` (`organisation_id`,`name`);--> statement-breakpoint
CREATE INDEX `wijken_parent_idx` ON `wijken` (`parent_id`);--> statement-breakpoint
ALTER TABLE `leervragen` ADD `wijk_id` integer REFERENCES wijken(id);--> statement-breakpoint
ALTER TABLE `trajecten` ADD `wijk_id` integer REFERENCES wijken(id);--> statement-breakpoint
ALTER TABLE `wijkmetingen` ADD `wijk_id` integer REFERENCES wijken(id);--> statement-breakpoint
-- Hand-written data migration (issue 16): every distinct free-text neighbourhood name of a
-- municipality becomes one record (names that differ only in case or spacing are one), and
-- each assessment points to its record. The next migration drops the free-text column.
INSERT INTO `wijken` (`organisation_id`, `name`)
SELECT `organisation_id`, MIN(trim(`wijk`)) FROM `wijkmetingen`
GROUP BY `organisation_id`, lower(trim(`wijk`));--> statement-breakpoint
UPDATE `wijkmetingen` SET `wijk_id` = (
  SELECT w.`id` FROM `wijken` w
  WHERE w.`organisation_id` = `wijkmetingen`.`organisation_id`
    AND lower(w.`name`) = lower(trim(`wijkmetingen`.`wijk`))
);
