CREATE TABLE `datumprikker_antwoorden` (
	`option_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`answer` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`option_id`, `user_id`),
	FOREIGN KEY (`option_id`) REFERENCES `datumprikker_opties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `datumprikker_gevraagden` (
	`prikker_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`prikker_id`, `user_id`),
	FOREIGN KEY (`prikker_id`) REFERENCES `datumprikkers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `datumprikker_opties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`prikker_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`prikker_id`) REFERENCES `datumprikkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `datumprikker_opties_prikker_idx` ON `datumprikker_opties` (`prikker_id`);--> statement-breakpoint
CREATE TABLE `datumprikkers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bijeenkomst_id` integer NOT NULL,
	`deadline` integer NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`closed_at` integer,
	`chosen_option_id` integer,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `datumprikkers_bijeenkomst_idx` ON `datumprikkers` (`bijeenkomst_id`);