CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_tokenHash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `besluit_opties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`besluit_id` integer NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	`thema_status` text,
	FOREIGN KEY (`besluit_id`) REFERENCES `besluiten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `besluit_opties_besluit_idx` ON `besluit_opties` (`besluit_id`);--> statement-breakpoint
CREATE TABLE `besluit_stemmen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`besluit_id` integer NOT NULL,
	`option_id` integer NOT NULL,
	`voter` text NOT NULL,
	`organisation_id` integer,
	`cast_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`besluit_id`) REFERENCES `besluiten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`option_id`) REFERENCES `besluit_opties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cast_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `besluit_stemmen_voter_idx` ON `besluit_stemmen` (`besluit_id`,`voter`);--> statement-breakpoint
CREATE TABLE `besluiten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`thema_id` integer,
	`kiezers` text NOT NULL,
	`uitslag` text NOT NULL,
	`deadline` integer NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`decided_option_id` integer,
	`reasons` text,
	FOREIGN KEY (`thema_id`) REFERENCES `themas`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
