-- Each kind of step now declares the working days it is due within in its home (StepForm.dueWithin), beside its
-- fields, its page and how it completes; the table that held the same numbers apart from them goes.
DROP TABLE deadline_rule;
