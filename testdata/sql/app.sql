-- The `app` database: most of the awkward content lives here. Every string
-- that looks like a pg_dumpall separator is a decoy: a splitter or lexer that
-- obeys it is wrong.
SET client_encoding = 'UTF8';
CREATE SCHEMA app AUTHORIZATION app_owner;
SET search_path = app, public;

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy', 'it''s \connect');

CREATE SEQUENCE app.ticket_seq START 1000 INCREMENT 7;
SELECT nextval('app.ticket_seq'), nextval('app.ticket_seq');

CREATE TABLE app.items (
    id serial PRIMARY KEY,
    name text NOT NULL DEFAULT E'\\connect x',
    note text DEFAULT '-- Database "evil" dump',
    mood app.mood,
    doc jsonb,
    created timestamptz NOT NULL DEFAULT '2020-01-01 00:00:00+00'
);
CREATE INDEX items_doc_idx ON app.items USING gin (doc);
CREATE INDEX items_lower_name_idx ON app.items (lower(name));
COMMENT ON TABLE app.items IS E'items\n\\connect evil\n\\.\n-- PostgreSQL database dump complete';
COMMENT ON COLUMN app.items.name IS 'CREATE DATABASE evil;';

INSERT INTO app.items (name, note, mood, doc) VALUES
    ('plain', 'nothing special', 'ok', '{"a": 1}'),
    (E'it\'s quoted', E'tab\there, newline\nthere', 'happy',
        '{"sql": "\\connect evil", "nested": {"x": [1, 2, "-- Database \"evil\" dump"]}}'),
    (E'back\\slash \\. end', E'CR\rLF\r\n', 'sad', '[]'),
    ('unicode ☃ 数据 é', NULL, 'it''s \connect', 'null');
INSERT INTO app.items (mood) VALUES (NULL);   -- all defaults

-- One text column, so that each COPY data line *starts* with the value:
-- these rows look like separators at the beginning of a line in the dump.
-- (Backslashes are doubled and newlines escaped by COPY; with --inserts the
-- multi-line values appear as raw lines inside string literals.)
CREATE TABLE app.decoy_lines (line text);
INSERT INTO app.decoy_lines VALUES
    ('--'),
    ('-- Database "evil" dump'),
    ('-- PostgreSQL database dump'),
    ('-- PostgreSQL database dump complete'),
    ('-- PostgreSQL database cluster dump complete'),
    ('CREATE DATABASE evil;'),
    ('\connect evil'),
    ('\connect -reuse-previous=on "dbname=''evil''"'),
    ('\restrict x'),
    ('\unrestrict x'),
    ('\.'),
    ('abc\.def'),
    (E'before\n\\.\nafter'),
    (E'\n\\connect evil\n-- Database "evil" dump\n--\nCREATE DATABASE evil;\n\\unrestrict x\n-- PostgreSQL database cluster dump complete\n'),
    (E'tab\tinside\tvalue'),
    (E'ends with backslash \\'),
    ('SET client_encoding = ''LATIN1'';'),
    (''),
    (NULL);

-- A table whose name contains a double quote and a semicolon.
CREATE TABLE app."semi;colon""quote" (id int PRIMARY KEY, "col;""x" text);
INSERT INTO app."semi;colon""quote" VALUES (1, 'a;b'), (2, '"; \connect evil');

-- A large value (about 100 KB) with many embedded decoy lines.
CREATE TABLE app.big (id int PRIMARY KEY, payload text);
INSERT INTO app.big
SELECT 1, string_agg(format(E'line %s \\connect evil_%s\n-- Database "evil" dump\n', i, i), '')
FROM generate_series(1, 1700) AS i;

-- Views keep their string literals (comments are lost on deparse).
CREATE VIEW app.decoy_view AS
    SELECT 'CREATE DATABASE evil;'::text AS a,
           E'\n\\connect evil\n-- Database "evil" dump\n'::text AS b,
           /* nested /* comment */ still comment */ 1 AS c;

-- Function bodies are kept verbatim: comments, nested dollar quotes and
-- decoy lines survive into the dump, each at the start of a line.
CREATE FUNCTION app.decoy_body() RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
    s text := E'it\'s \\connect evil';   -- E'' string with \'
BEGIN
    /* nested /* comments */ with '\connect evil' and $x$ inside */
    RETURN s || $x$
\connect evil
-- Database "evil" dump
CREATE DATABASE evil;
\.
\unrestrict x
$x$;
END
$fn$;

CREATE FUNCTION app.sql_body() RETURNS text LANGUAGE sql
    AS 'SELECT ''\connect evil; -- Database "evil" dump''::text';

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created := '2021-01-01 00:00:00+00';
    RETURN NEW;   -- ; inside a body
END
$$;
CREATE TRIGGER items_touch BEFORE UPDATE ON app.items
    FOR EACH ROW EXECUTE FUNCTION app.touch();

-- Large objects with fixed OIDs.
SELECT lo_from_bytea(4242001, convert_to(E'large object one\n\\connect evil\n', 'UTF8'));
SELECT lo_from_bytea(4242002, '\x00ff0a5c2e0a'::bytea);
ALTER LARGE OBJECT 4242001 OWNER TO alice;
COMMENT ON LARGE OBJECT 4242002 IS 'binary: NUL, 0xff, newline, backslash-dot';

ALTER TABLE app.items OWNER TO app_owner;
ALTER TABLE app.decoy_lines OWNER TO app_owner;
ALTER VIEW app.decoy_view OWNER TO app_owner;
GRANT USAGE ON SCHEMA app TO reader;
GRANT SELECT ON ALL TABLES IN SCHEMA app TO reader;
GRANT SELECT, INSERT, UPDATE ON app.items TO "MixedCase";
