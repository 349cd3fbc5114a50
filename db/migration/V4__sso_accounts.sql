-- Shadow accounts of users who sign in through the government identity provider (OIDC): linked by issuer and
-- subject, so that assignments, audit and notifications name a stable person. They have no usable password.
ALTER TABLE account ADD COLUMN oidc_issuer VARCHAR(255);
ALTER TABLE account ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX uq_account_oidc ON account (oidc_issuer, oidc_subject);
