CREATE TABLE `mail_bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `body_id` integer REFERENCES mail_bodies(id);--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `unsubscribe_url` text;