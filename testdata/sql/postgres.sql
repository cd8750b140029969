-- Changes to the `postgres` database, which pg_dumpall does not CREATE but
-- still dumps (under \connect postgres).
CREATE TABLE public.postgres_extra (k text PRIMARY KEY, v text);
INSERT INTO public.postgres_extra VALUES
    ('greeting', 'hello from postgres'),
    ('decoy', E'\\connect template1\n-- Database "template1" dump');
