-- Changes to template1 (applied after every other database was created, so
-- they are not copied into them). pg_dumpall dumps template1 first.
CREATE TABLE public.template1_marker (note text);
INSERT INTO public.template1_marker VALUES ('template1 was changed');
COMMENT ON DATABASE template1 IS 'template1, modified';
