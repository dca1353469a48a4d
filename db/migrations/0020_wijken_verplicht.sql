PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_wijkmetingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`wijk_id` integer NOT NULL,
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
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leervraag_id`) REFERENCES `leervragen`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_wijkmetingen`("id", "organisation_id", "wijk_id", "periode", "status", "bestuursstijl", "shared_with_circle", "leervraag_id", "created_by_id", "submitted_by_id", "submitted_at", "created_at", "updated_at") SELECT "id", "organisation_id", "wijk_id", "periode", "status", "bestuursstijl", "shared_with_circle", "leervraag_id", "created_by_id", "submitted_by_id", "submitted_at", "created_at", "updated_at" FROM `wijkmetingen`;--> statement-breakpoint
DROP TABLE `wijkmetingen`;--> statement-breakpoint
ALTER TABLE `__new_wijkmetingen` RENAME TO `wijkmetingen`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `wijkmetingen_wijk_periode_idx` ON `wijkmetingen` (`wijk_id`,`periode`);--> statement-breakpoint
CREATE INDEX `wijkmetingen_leervraag_idx` ON `wijkmetingen` (`leervraag_id`);