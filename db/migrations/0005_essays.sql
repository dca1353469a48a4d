CREATE TABLE `essay_auteurs` (
	`essay_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`essay_id`, `user_id`),
	FOREIGN KEY (`essay_id`) REFERENCES `essays`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `essay_opmerkingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`essay_id` integer NOT NULL,
	`user_id` integer,
	`body` text NOT NULL,
	`quote` text DEFAULT '' NOT NULL,
	`anchor` text,
	`resolved_at` integer,
	`resolved_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`essay_id`) REFERENCES `essays`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `essay_opmerkingen_essay_idx` ON `essay_opmerkingen` (`essay_id`);--> statement-breakpoint
CREATE TABLE `essays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bijeenkomst_id` integer NOT NULL,
	`thema_id` integer,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`published_version_id` integer,
	`published_title` text,
	`published_summary` text,
	`published_json` text,
	`published_html` text,
	`published_text` text,
	`first_published_at` integer,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`thema_id`) REFERENCES `themas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `essays_bijeenkomstId_unique` ON `essays` (`bijeenkomst_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `essays_slug_unique` ON `essays` (`slug`);