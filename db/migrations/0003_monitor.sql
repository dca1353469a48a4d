CREATE TABLE `beleidsfactoren` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`voorwaarde_id` integer,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`voorwaarde_id`) REFERENCES `voorwaarden`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `beleidsfactoren_code_unique` ON `beleidsfactoren` (`code`);--> statement-breakpoint
CREATE TABLE `indicatoren` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`voorwaarde_id` integer NOT NULL,
	`code` text NOT NULL,
	`text` text NOT NULL,
	`origin` text DEFAULT 'beheerder' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`retired_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`voorwaarde_id`) REFERENCES `voorwaarden`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicatoren_code_unique` ON `indicatoren` (`code`);--> statement-breakpoint
CREATE INDEX `indicatoren_voorwaarde_idx` ON `indicatoren` (`voorwaarde_id`);--> statement-breakpoint
CREATE TABLE `meetsuggesties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`voorwaarde_id` integer NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`voorwaarde_id`) REFERENCES `voorwaarden`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `voorwaarden` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`waarde` text NOT NULL,
	`domeinen` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voorwaarden_slug_unique` ON `voorwaarden` (`slug`);--> statement-breakpoint
CREATE TABLE `wijkmeting_beleidsfactoren` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`wijkmeting_id` integer NOT NULL,
	`beleidsfactor_id` integer NOT NULL,
	`oordeel` text NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`wijkmeting_id`) REFERENCES `wijkmetingen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`beleidsfactor_id`) REFERENCES `beleidsfactoren`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wijkmeting_beleidsfactoren_factor_idx` ON `wijkmeting_beleidsfactoren` (`wijkmeting_id`,`beleidsfactor_id`);--> statement-breakpoint
CREATE TABLE `wijkmeting_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`wijkmeting_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`score` integer,
	`indicator_text` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`wijkmeting_id`) REFERENCES `wijkmetingen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicatoren`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wijkmeting_scores_indicator_idx` ON `wijkmeting_scores` (`wijkmeting_id`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `wijkmetingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`wijk` text NOT NULL,
	`periode` text NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`bestuursstijl` text,
	`shared_with_circle` integer DEFAULT false NOT NULL,
	`leervraag_id` integer,
	`created_by_id` integer,
	`submitted_by_id` integer,
	`submitted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wijkmetingen_wijk_periode_idx` ON `wijkmetingen` (`organisation_id`,`wijk`,`periode`);--> statement-breakpoint
CREATE INDEX `wijkmetingen_leervraag_idx` ON `wijkmetingen` (`leervraag_id`);