CREATE TABLE `agendapunten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bijeenkomst_id` integer NOT NULL,
	`position` integer NOT NULL,
	`time` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agendapunten_bijeenkomst_idx` ON `agendapunten` (`bijeenkomst_id`);--> statement-breakpoint
CREATE TABLE `bijeenkomst_wijzigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bijeenkomst_id` integer NOT NULL,
	`user_id` integer,
	`changes` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `bijeenkomst_wijzigingen_bijeenkomst_idx` ON `bijeenkomst_wijzigingen` (`bijeenkomst_id`);--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_tokenHash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE TABLE `critical_friends` (
	`bijeenkomst_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`bijeenkomst_id`, `organisation_id`),
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `deelnames` (
	`bijeenkomst_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`response` text NOT NULL,
	`waitlisted` integer DEFAULT false NOT NULL,
	`responded_at` integer NOT NULL,
	`attended` integer,
	PRIMARY KEY(`bijeenkomst_id`, `user_id`),
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deelnames_user_idx` ON `deelnames` (`user_id`);--> statement-breakpoint
CREATE TABLE `leervraag_reacties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`leervraag_id` integer NOT NULL,
	`user_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `leervraag_reacties_leervraag_idx` ON `leervraag_reacties` (`leervraag_id`);--> statement-breakpoint
CREATE TABLE `leervraag_statuswijzigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`leervraag_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`user_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `leervraag_statuswijzigingen_leervraag_idx` ON `leervraag_statuswijzigingen` (`leervraag_id`);--> statement-breakpoint
CREATE TABLE `logboek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`traject_id` integer NOT NULL,
	`user_id` integer,
	`kind` text NOT NULL,
	`happened_on` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `logboek_traject_idx` ON `logboek` (`traject_id`);--> statement-breakpoint
CREATE TABLE `traject_leden` (
	`traject_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`traject_id`, `user_id`),
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `traject_leden_user_idx` ON `traject_leden` (`user_id`);--> statement-breakpoint
CREATE TABLE `traject_partners` (
	`traject_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`traject_id`, `organisation_id`),
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `trajecten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`thema_id` integer,
	`status` text DEFAULT 'verkenning' NOT NULL,
	`doelgroepen` text DEFAULT '[]' NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`thema_id`) REFERENCES `themas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `trajecten_organisation_idx` ON `trajecten` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `bijeenkomsten` ADD `capacity` integer;--> statement-breakpoint
ALTER TABLE `bijeenkomsten` ADD `cancellation_reason` text;--> statement-breakpoint
ALTER TABLE `leervragen` ADD `werkvormen` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `leervragen` ADD `outcome` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `leervragen` ADD `follow_up` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sociale_basis_opvatting` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sociale_basis_benaderingen` text;