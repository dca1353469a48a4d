CREATE TABLE `partner_activiteiten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`gemeente_id` integer NOT NULL,
	`day` text NOT NULL,
	`body` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gemeente_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partner_activiteiten_day_idx` ON `partner_activiteiten` (`day`);--> statement-breakpoint
CREATE TABLE `partner_contacten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`organisation` text NOT NULL,
	`function` text DEFAULT '' NOT NULL,
	`gemeente_id` integer,
	`known_by_id` integer NOT NULL,
	`consent_on` text,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`gemeente_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`known_by_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partner_contacten_creator_idx` ON `partner_contacten` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `partner_provincies` (
	`organisation_id` integer NOT NULL,
	`provincie` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `provincie`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
