-- Full-text search over learning questions and casework (documents follow when they exist).
-- Accents are folded (remove_diacritics 2) and prefixes of 2 and 3 characters are indexed.
-- Triggers keep the index current, so no code path can forget it.
CREATE VIRTUAL TABLE `zoekindex` USING fts5(
	kind UNINDEXED,
	ref_id UNINDEXED,
	organisation_id UNINDEXED,
	thema_id UNINDEXED,
	title,
	body,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `leervragen_zoek_ai` AFTER INSERT ON `leervragen` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('leervraag', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.question || ' ' || NEW.casus || ' ' || NEW.context || ' ' || NEW.outcome || ' ' || NEW.follow_up);
END;
--> statement-breakpoint
CREATE TRIGGER `leervragen_zoek_au` AFTER UPDATE ON `leervragen` BEGIN
	DELETE FROM zoekindex WHERE kind = 'leervraag' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('leervraag', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.question || ' ' || NEW.casus || ' ' || NEW.context || ' ' || NEW.outcome || ' ' || NEW.follow_up);
END;
--> statement-breakpoint
CREATE TRIGGER `leervragen_zoek_ad` AFTER DELETE ON `leervragen` BEGIN
	DELETE FROM zoekindex WHERE kind = 'leervraag' AND ref_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `trajecten_zoek_ai` AFTER INSERT ON `trajecten` BEGIN
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('traject', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title, NEW.description);
END;
--> statement-breakpoint
CREATE TRIGGER `trajecten_zoek_au` AFTER UPDATE ON `trajecten` BEGIN
	DELETE FROM zoekindex WHERE kind = 'traject' AND ref_id = OLD.id;
	INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
	VALUES ('traject', NEW.id, NEW.organisation_id, NEW.thema_id, NEW.title,
		NEW.description || ' ' || coalesce((SELECT group_concat(body, ' ') FROM logboek WHERE traject_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `trajecten_zoek_ad` AFTER DELETE ON `trajecten` BEGIN
	DELETE FROM zoekindex WHERE kind = 'traject' AND ref_id = OLD.id;
END;
--> statement-breakpoint
-- A new log entry touches its traject (updated_at), which reindexes it with the log included.
CREATE TRIGGER `logboek_zoek_ai` AFTER INSERT ON `logboek` BEGIN
	UPDATE trajecten SET updated_at = updated_at WHERE id = NEW.traject_id;
END;
--> statement-breakpoint
INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
SELECT 'leervraag', id, organisation_id, thema_id, title,
	question || ' ' || casus || ' ' || context || ' ' || outcome || ' ' || follow_up FROM leervragen;
--> statement-breakpoint
INSERT INTO zoekindex (kind, ref_id, organisation_id, thema_id, title, body)
SELECT 'traject', id, organisation_id, thema_id, title,
	description || ' ' || coalesce((SELECT group_concat(body, ' ') FROM logboek WHERE traject_id = trajecten.id), '') FROM trajecten;
