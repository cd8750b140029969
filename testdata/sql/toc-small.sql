-- Database `toc_small`: a few small tables owned by toc_app, so that a
-- restore has a second, much smaller database beside `toc`.
SET client_encoding = 'UTF8';
SET ROLE toc_app;

CREATE TABLE public.notes (
    id serial PRIMARY KEY,
    body text NOT NULL,
    written date NOT NULL DEFAULT '2024-01-01'
);
CREATE TABLE public.tags (
    note_id int NOT NULL REFERENCES public.notes ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (note_id, tag)
);
CREATE INDEX tags_tag_idx ON public.tags (tag);
CREATE VIEW public.note_tags AS
    SELECT n.id, n.body, string_agg(t.tag, ',' ORDER BY t.tag) AS tags
    FROM public.notes n LEFT JOIN public.tags t ON t.note_id = n.id
    GROUP BY n.id, n.body;
COMMENT ON VIEW public.note_tags IS 'notes with their tags';

INSERT INTO public.notes (body, written)
SELECT 'note ' || g, date '2024-01-01' + g FROM generate_series(1, 12) g;
INSERT INTO public.tags
SELECT n, 'tag' || t FROM generate_series(1, 12) n, generate_series(1, 3) t WHERE (n + t) % 2 = 0;
GRANT SELECT ON public.notes, public.tags, public.note_tags TO toc_reader;
RESET ROLE;
