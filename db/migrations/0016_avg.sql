CREATE TABLE `erasure_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `erasure_requests_userId_unique` ON `erasure_requests` (`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` integer;--> statement-breakpoint
ALTER TABLE `audit_log` DROP COLUMN `actor_name`;--> statement-breakpoint
-- Hand-written (issue 12, AVG): the audit trail keeps ids, never a person's name or address, so
-- that erasing a person (app/gegevens/erasure.server.ts) leaves nothing of them in the append-only log
-- (docs/security.md, "Erasure and the audit trail"). actor_name is gone above; here the entries
-- written before this version are cleared of the addresses they held, once, with the no-update
-- guard lifted for this migration only and put back as it was.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
UPDATE `audit_log` SET `detail` = json_remove(`detail`, '$.email')
WHERE `subject_type` = 'gebruiker' AND json_extract(`detail`, '$.email') IS NOT NULL;
--> statement-breakpoint
UPDATE `audit_log` SET `subject_id` = coalesce((
	SELECT substr(t.`id`, 1, 16) FROM `account_tokens` t
	WHERE t.`purpose` = 'uitnodiging' AND t.`email` = `audit_log`.`subject_id`
	ORDER BY t.`created_at` DESC LIMIT 1
), '-')
WHERE `subject_type` = 'uitnodiging' AND `subject_id` LIKE '%@%';
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
