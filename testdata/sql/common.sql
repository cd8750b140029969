-- Run in every database (including postgres and template1): a marker table
-- naming the database it lives in, so a test can tell which database a part
-- of a split dump came from.
CREATE TABLE public.whoami (db text NOT NULL, note text);
INSERT INTO public.whoami SELECT current_database(), 'db-marker';
