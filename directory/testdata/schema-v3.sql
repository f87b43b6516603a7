-- user_version 3
-- index org_units_parent
CREATE INDEX org_units_parent ON org_units(parent_id);
-- index recipient_addresses_address
CREATE INDEX recipient_addresses_address ON recipient_addresses(address);
-- index recipients_active_sync_enabled
CREATE INDEX recipients_active_sync_enabled ON recipients(active_sync_enabled);
-- index recipients_alias
CREATE INDEX recipients_alias ON recipients(alias) WHERE alias IS NOT NULL;
-- index recipients_city
CREATE INDEX recipients_city ON recipients(city) WHERE city IS NOT NULL;
-- index recipients_company
CREATE INDEX recipients_company ON recipients(company) WHERE company IS NOT NULL;
-- index recipients_country_or_region
CREATE INDEX recipients_country_or_region ON recipients(country_or_region) WHERE country_or_region IS NOT NULL;
-- index recipients_custom_attribute1
CREATE INDEX recipients_custom_attribute1 ON recipients(custom_attribute1) WHERE custom_attribute1 IS NOT NULL;
-- index recipients_custom_attribute10
CREATE INDEX recipients_custom_attribute10 ON recipients(custom_attribute10) WHERE custom_attribute10 IS NOT NULL;
-- index recipients_custom_attribute11
CREATE INDEX recipients_custom_attribute11 ON recipients(custom_attribute11) WHERE custom_attribute11 IS NOT NULL;
-- index recipients_custom_attribute12
CREATE INDEX recipients_custom_attribute12 ON recipients(custom_attribute12) WHERE custom_attribute12 IS NOT NULL;
-- index recipients_custom_attribute13
CREATE INDEX recipients_custom_attribute13 ON recipients(custom_attribute13) WHERE custom_attribute13 IS NOT NULL;
-- index recipients_custom_attribute14
CREATE INDEX recipients_custom_attribute14 ON recipients(custom_attribute14) WHERE custom_attribute14 IS NOT NULL;
-- index recipients_custom_attribute15
CREATE INDEX recipients_custom_attribute15 ON recipients(custom_attribute15) WHERE custom_attribute15 IS NOT NULL;
-- index recipients_custom_attribute2
CREATE INDEX recipients_custom_attribute2 ON recipients(custom_attribute2) WHERE custom_attribute2 IS NOT NULL;
-- index recipients_custom_attribute3
CREATE INDEX recipients_custom_attribute3 ON recipients(custom_attribute3) WHERE custom_attribute3 IS NOT NULL;
-- index recipients_custom_attribute4
CREATE INDEX recipients_custom_attribute4 ON recipients(custom_attribute4) WHERE custom_attribute4 IS NOT NULL;
-- index recipients_custom_attribute5
CREATE INDEX recipients_custom_attribute5 ON recipients(custom_attribute5) WHERE custom_attribute5 IS NOT NULL;
-- index recipients_custom_attribute6
CREATE INDEX recipients_custom_attribute6 ON recipients(custom_attribute6) WHERE custom_attribute6 IS NOT NULL;
-- index recipients_custom_attribute7
CREATE INDEX recipients_custom_attribute7 ON recipients(custom_attribute7) WHERE custom_attribute7 IS NOT NULL;
-- index recipients_custom_attribute8
CREATE INDEX recipients_custom_attribute8 ON recipients(custom_attribute8) WHERE custom_attribute8 IS NOT NULL;
-- index recipients_custom_attribute9
CREATE INDEX recipients_custom_attribute9 ON recipients(custom_attribute9) WHERE custom_attribute9 IS NOT NULL;
-- index recipients_department
CREATE INDEX recipients_department ON recipients(department) WHERE department IS NOT NULL;
-- index recipients_display_name
CREATE INDEX recipients_display_name ON recipients(display_name) WHERE display_name IS NOT NULL;
-- index recipients_ecp_enabled
CREATE INDEX recipients_ecp_enabled ON recipients(ecp_enabled);
-- index recipients_email_address_policy_enabled
CREATE INDEX recipients_email_address_policy_enabled ON recipients(email_address_policy_enabled);
-- index recipients_ews_enabled
CREATE INDEX recipients_ews_enabled ON recipients(ews_enabled);
-- index recipients_first_name
CREATE INDEX recipients_first_name ON recipients(first_name) WHERE first_name IS NOT NULL;
-- index recipients_hidden_from_address_lists_enabled
CREATE INDEX recipients_hidden_from_address_lists_enabled ON recipients(hidden_from_address_lists_enabled);
-- index recipients_imap_enabled
CREATE INDEX recipients_imap_enabled ON recipients(imap_enabled);
-- index recipients_initials
CREATE INDEX recipients_initials ON recipients(initials) WHERE initials IS NOT NULL;
-- index recipients_last_name
CREATE INDEX recipients_last_name ON recipients(last_name) WHERE last_name IS NOT NULL;
-- index recipients_manager
CREATE INDEX recipients_manager ON recipients(manager) WHERE manager IS NOT NULL;
-- index recipients_mapi_enabled
CREATE INDEX recipients_mapi_enabled ON recipients(mapi_enabled);
-- index recipients_name
CREATE INDEX recipients_name ON recipients(name) WHERE name IS NOT NULL;
-- index recipients_office
CREATE INDEX recipients_office ON recipients(office) WHERE office IS NOT NULL;
-- index recipients_ou
CREATE INDEX recipients_ou ON recipients(ou_id);
-- index recipients_owa_enabled
CREATE INDEX recipients_owa_enabled ON recipients(owa_enabled);
-- index recipients_phone
CREATE INDEX recipients_phone ON recipients(phone) WHERE phone IS NOT NULL;
-- index recipients_pop_imap
CREATE INDEX recipients_pop_imap ON recipients(pop_enabled, imap_enabled);
-- index recipients_primary_smtp_address
CREATE INDEX recipients_primary_smtp_address ON recipients(primary_smtp_address) WHERE primary_smtp_address IS NOT NULL;
-- index recipients_recipient_type
CREATE INDEX recipients_recipient_type ON recipients(recipient_type) WHERE recipient_type IS NOT NULL;
-- index recipients_recipient_type_details
CREATE INDEX recipients_recipient_type_details ON recipients(recipient_type_details) WHERE recipient_type_details IS NOT NULL;
-- index recipients_sam_account_name
CREATE INDEX recipients_sam_account_name ON recipients(sam_account_name) WHERE sam_account_name IS NOT NULL;
-- index recipients_state_department
CREATE INDEX recipients_state_department ON recipients(state_or_province, department);
-- index recipients_state_or_province
CREATE INDEX recipients_state_or_province ON recipients(state_or_province) WHERE state_or_province IS NOT NULL;
-- index recipients_title
CREATE INDEX recipients_title ON recipients(title) WHERE title IS NOT NULL;
-- index recipients_user_principal_name
CREATE INDEX recipients_user_principal_name ON recipients(user_principal_name) WHERE user_principal_name IS NOT NULL;
-- index recipients_when_changed
CREATE INDEX recipients_when_changed ON recipients(when_changed);
-- index recipients_when_created
CREATE INDEX recipients_when_created ON recipients(when_created);
-- table accepted_domains
CREATE TABLE accepted_domains (
			domain_name TEXT COLLATE NOCASE PRIMARY KEY,
			domain_type TEXT NOT NULL,
			is_default INTEGER NOT NULL DEFAULT 0
		);
-- table org_units
CREATE TABLE org_units (
			id INTEGER PRIMARY KEY,
			parent_id INTEGER REFERENCES org_units(id),
			guid TEXT NOT NULL UNIQUE,
			kind TEXT NOT NULL,
			name TEXT COLLATE NOCASE NOT NULL,
			distinguished_name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			canonical_name TEXT COLLATE NOCASE NOT NULL UNIQUE,
			when_created INTEGER,
			UNIQUE (parent_id, name)
		);
-- table recipient_addresses
CREATE TABLE recipient_addresses (
			recipient_id INTEGER NOT NULL REFERENCES recipients(id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			address TEXT COLLATE NOCASE NOT NULL,
			PRIMARY KEY (recipient_id, position)
		) WITHOUT ROWID;
-- table recipients
CREATE TABLE recipients (
			id INTEGER PRIMARY KEY,
			ou_id INTEGER NOT NULL REFERENCES org_units(id),
			password_hash TEXT,
			version INTEGER NOT NULL DEFAULT 0,
			guid TEXT NOT NULL,
			identity TEXT COLLATE NOCASE,
			distinguished_name TEXT COLLATE NOCASE,
			name TEXT COLLATE NOCASE,
			alias TEXT COLLATE NOCASE,
			display_name TEXT COLLATE NOCASE,
			first_name TEXT COLLATE NOCASE,
			last_name TEXT COLLATE NOCASE,
			initials TEXT COLLATE NOCASE,
			user_principal_name TEXT COLLATE NOCASE,
			sam_account_name TEXT COLLATE NOCASE,
			primary_smtp_address TEXT COLLATE NOCASE,
			recipient_type TEXT COLLATE NOCASE,
			recipient_type_details TEXT COLLATE NOCASE,
			department TEXT COLLATE NOCASE,
			title TEXT COLLATE NOCASE,
			company TEXT COLLATE NOCASE,
			office TEXT COLLATE NOCASE,
			city TEXT COLLATE NOCASE,
			state_or_province TEXT COLLATE NOCASE,
			country_or_region TEXT COLLATE NOCASE,
			phone TEXT COLLATE NOCASE,
			manager TEXT COLLATE NOCASE,
			custom_attribute1 TEXT COLLATE NOCASE,
			custom_attribute2 TEXT COLLATE NOCASE,
			custom_attribute3 TEXT COLLATE NOCASE,
			custom_attribute4 TEXT COLLATE NOCASE,
			custom_attribute5 TEXT COLLATE NOCASE,
			custom_attribute6 TEXT COLLATE NOCASE,
			custom_attribute7 TEXT COLLATE NOCASE,
			custom_attribute8 TEXT COLLATE NOCASE,
			custom_attribute9 TEXT COLLATE NOCASE,
			custom_attribute10 TEXT COLLATE NOCASE,
			custom_attribute11 TEXT COLLATE NOCASE,
			custom_attribute12 TEXT COLLATE NOCASE,
			custom_attribute13 TEXT COLLATE NOCASE,
			custom_attribute14 TEXT COLLATE NOCASE,
			custom_attribute15 TEXT COLLATE NOCASE,
			hidden_from_address_lists_enabled INTEGER NOT NULL DEFAULT 0,
			email_address_policy_enabled INTEGER NOT NULL DEFAULT 0,
			when_created INTEGER,
			when_changed INTEGER,
			pop_enabled INTEGER NOT NULL DEFAULT 0,
			imap_enabled INTEGER NOT NULL DEFAULT 0,
			owa_enabled INTEGER NOT NULL DEFAULT 0,
			active_sync_enabled INTEGER NOT NULL DEFAULT 0,
			mapi_enabled INTEGER NOT NULL DEFAULT 0,
			ews_enabled INTEGER NOT NULL DEFAULT 0,
			ecp_enabled INTEGER NOT NULL DEFAULT 0,
			pop_use_protocol_defaults INTEGER NOT NULL DEFAULT 0,
			pop_suppress_read_receipt INTEGER NOT NULL DEFAULT 0,
			pop_force_ical INTEGER NOT NULL DEFAULT 0,
			pop_exact_rfc822_size INTEGER NOT NULL DEFAULT 0,
			pop_mime_format TEXT COLLATE NOCASE,
			imap_use_protocol_defaults INTEGER NOT NULL DEFAULT 0,
			imap_suppress_read_receipt INTEGER NOT NULL DEFAULT 0,
			imap_force_ical INTEGER NOT NULL DEFAULT 0,
			imap_exact_rfc822_size INTEGER NOT NULL DEFAULT 0,
			imap_mime_format TEXT COLLATE NOCASE,
			UNIQUE (guid),
			UNIQUE (identity),
			UNIQUE (distinguished_name),
			UNIQUE (ou_id, name)
		);
-- view recipient_address_values
CREATE VIEW recipient_address_values (recipient_id, value) AS
			SELECT recipient_id, address FROM recipient_addresses
			UNION ALL
			SELECT recipient_id, substr(address, instr(address, ':') + 1) FROM recipient_addresses
			WHERE instr(address, ':') > 0;
