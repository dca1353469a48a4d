CREATE TABLE `news_fan_out` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`category` text NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`link` text NOT NULL,
	`recipients` text NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
DROP INDEX `notifications_digest_idx`;--> statement-breakpoint
CREATE INDEX `notifications_digest_idx` ON `notifications` (`digest`,`user_id`) WHERE "notifications"."digest" IS NOT NULL;