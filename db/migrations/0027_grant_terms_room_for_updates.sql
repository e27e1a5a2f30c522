-- Room on each page of grant_terms, so that marking the terms of a payment run paid updates
-- them in place (a heap-only update) instead of adding an entry to every index for each term.
ALTER TABLE "grant_terms" SET (fillfactor = 50);
