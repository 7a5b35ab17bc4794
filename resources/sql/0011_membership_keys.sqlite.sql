-- A membership's sort keys (its account's name and address, as 0003 keeps them) were set by
-- an update right after every insert, which wrote the new row and its name and address index
-- entries twice. An insert that brings the right keys along (a bulk import does) is now
-- written once; any other insert is corrected as before, so the keys stay right whoever
-- inserts.

DROP TRIGGER memberships_keys_on_insert;
CREATE TRIGGER memberships_keys_on_insert AFTER INSERT ON memberships
    WHEN NEW.sort_name IS NOT (SELECT lower(display_name) FROM accounts WHERE id = NEW.account_id)
      OR NEW.email_key IS NOT (SELECT email_key FROM accounts WHERE id = NEW.account_id) BEGIN
    UPDATE memberships SET
        sort_name = (SELECT lower(display_name) FROM accounts WHERE id = NEW.account_id),
        email_key = (SELECT email_key FROM accounts WHERE id = NEW.account_id)
    WHERE id = NEW.id;
END;
