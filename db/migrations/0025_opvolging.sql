CREATE TABLE `oogst_antwoorden` (
	`bijeenkomst_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`geleerd` text DEFAULT '' NOT NULL,
	`proberen` text DEFAULT '' NOT NULL,
	`vraag` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`bijeenkomst_id`, `user_id`),
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `vervolgacties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bijeenkomst_id` integer NOT NULL,
	`text` text NOT NULL,
	`owner_id` integer NOT NULL,
	`due_date` text NOT NULL,
	`done_at` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `vervolgacties_bijeenkomst_idx` ON `vervolgacties` (`bijeenkomst_id`);--> statement-breakpoint
CREATE INDEX `vervolgacties_owner_idx` ON `vervolgacties` (`owner_id`);--> statement-breakpoint
ALTER TABLE `essays` ADD `due_date` text;