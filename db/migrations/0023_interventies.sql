CREATE TABLE `interventie_indicatoren` (
	`interventie_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	PRIMARY KEY(`interventie_id`, `indicator_id`),
	FOREIGN KEY (`interventie_id`) REFERENCES `interventies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicatoren`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `interventie_wijken` (
	`interventie_id` integer NOT NULL,
	`wijk_id` integer NOT NULL,
	PRIMARY KEY(`interventie_id`, `wijk_id`),
	FOREIGN KEY (`interventie_id`) REFERENCES `interventies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interventie_wijken_wijk_idx` ON `interventie_wijken` (`wijk_id`);--> statement-breakpoint
CREATE TABLE `interventies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`voorwaarden` text NOT NULL,
	`instrument_aarden` text NOT NULL,
	`instrument_werking` text,
	`instrument_reikwijdte` text,
	`instrument_richting` text,
	`horizontaal` integer DEFAULT false NOT NULL,
	`bestuursstijl` text NOT NULL,
	`rollen` text NOT NULL,
	`factoren` text NOT NULL,
	`onderzoeksdesign_id` integer,
	`nulmeting_periode` text NOT NULL,
	`vervolg_periode` text,
	`resultaat` text DEFAULT '' NOT NULL,
	`shared_with_circle` integer DEFAULT false NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`onderzoeksdesign_id`) REFERENCES `onderzoeksdesigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `interventies_organisation_idx` ON `interventies` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `onderzoeksdesigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`retired_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `onderzoeksdesigns_name_unique` ON `onderzoeksdesigns` (`name`);