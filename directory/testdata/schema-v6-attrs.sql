-- index recipients_attr_AuditEnabled
CREATE INDEX recipients_attr_AuditEnabled ON recipients(ifnull(json_extract(attrs, '$.AuditEnabled'), 0));
-- index recipients_attr_DeliverToMailboxAndForward
CREATE INDEX recipients_attr_DeliverToMailboxAndForward ON recipients(ifnull(json_extract(attrs, '$.DeliverToMailboxAndForward'), 0));
-- index recipients_attr_LitigationHoldEnabled
CREATE INDEX recipients_attr_LitigationHoldEnabled ON recipients(ifnull(json_extract(attrs, '$.LitigationHoldEnabled'), 0));
-- index recipients_attr_SingleItemRecoveryEnabled
CREATE INDEX recipients_attr_SingleItemRecoveryEnabled ON recipients(ifnull(json_extract(attrs, '$.SingleItemRecoveryEnabled'), 0));
