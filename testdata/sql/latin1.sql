-- The LATIN1 database. This file is UTF-8; the server converts. In the dump,
-- this database's part is written with client_encoding LATIN1, so those
-- bytes are not valid UTF-8.
SET client_encoding = 'UTF8';
CREATE TABLE public.latin (id int PRIMARY KEY, t text);
INSERT INTO public.latin VALUES
    (1, 'café déjà vu'),
    (2, 'Größe, niño, ¡olé!, £½ ÿ'),
    (3, E'\\connect évil'),
    (4, '-- Database "évil" dump');
CREATE FUNCTION public.grüße() RETURNS text LANGUAGE sql AS $$ SELECT 'grüße'::text $$;
COMMENT ON TABLE public.latin IS 'Latin-1 text: àéîõü';
