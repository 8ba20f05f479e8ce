-- Group coordinators (issue 14): the account that writes the group's joint documents. The member
-- who opened the group, or an invited account (a lawyer, a consumer association) that accepted;
-- a coordinator need not be a member. NULL once that account is deleted.
ALTER TABLE source_group ADD COLUMN coordinator_id UUID REFERENCES account (id) ON DELETE SET NULL;

-- A member's consent that the joint complaint and evidence list include their case.
ALTER TABLE source_group_member ADD COLUMN share_documents BOOLEAN NOT NULL DEFAULT FALSE;

-- Pending invitations to coordinate a group; accepting one makes the invitee the coordinator.
CREATE TABLE source_group_invite (
    group_id   UUID NOT NULL REFERENCES source_group (id) ON DELETE CASCADE,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX source_group_invite_account ON source_group_invite (account_id);
