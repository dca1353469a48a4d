CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`action` text NOT NULL,
	`subject_type` text,
	`subject_id` text,
	`ip` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `audit_retention` (
	`id` integer PRIMARY KEY NOT NULL,
	`cutoff` integer NOT NULL
);
--> statement-breakpoint
-- The audit trail is append-only (docs/security.md). An entry is never changed; it is deleted
-- only once it is older than audit_retention.cutoff, which the retention job alone moves, and only
-- forward and never to within 28 days of now. This stops the app (a bug, a wrong query) from
-- rewriting history; it does not stop someone who holds the database file and drops the triggers.
INSERT INTO `audit_retention` (`id`, `cutoff`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
WHEN OLD.at >= (SELECT cutoff FROM audit_retention WHERE id = 1) BEGIN
	SELECT RAISE(ABORT, 'audit_log entries are removed only after the retention period');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_one_row` BEFORE INSERT ON `audit_retention` BEGIN
	SELECT RAISE(ABORT, 'audit_retention has one row');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_no_delete` BEFORE DELETE ON `audit_retention` BEGIN
	SELECT RAISE(ABORT, 'audit_retention has one row');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_forward` BEFORE UPDATE ON `audit_retention`
WHEN NEW.id != OLD.id OR NEW.cutoff < OLD.cutoff
	OR NEW.cutoff > unixepoch('subsec') * 1000 - 28 * 86400000 BEGIN
	SELECT RAISE(ABORT, 'the retention cutoff only moves forward, and stays 28 days behind now');
END;
