-- The overdue queue sorted by anything but the deadline: range the deadline, and read the sort
-- keys from the index itself, so a page never visits the rows of tens of thousands of overdue
-- cases at a million (the top-N sort runs over index entries only).
CREATE INDEX appeal_case_overdue ON appeal_case (status, deadline_key, received_on, priority_rank);
