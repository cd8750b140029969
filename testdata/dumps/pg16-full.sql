--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE "-rf --help";
ALTER ROLE "-rf --help" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "MixedCase";
ALTER ROLE "MixedCase" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "\connect evil";
ALTER ROLE "\connect evil" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE alice;
ALTER ROLE alice WITH NOSUPERUSER INHERIT NOCREATEROLE CREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:cGdzZWFsLWFsaWNlLXNhbHQ=$nim15jHTUk4LAPB5LItj4d6BbxUY/VEeK4uC0cOeR0o=:vyc8d0A6l6Wo5URkdbSq0JeZpw8veOBzGpfnQfJpz3w=';
COMMENT ON ROLE alice IS E'Alice.
\\connect evil
-- Database "evil" dump
CREATE DATABASE evil;';
CREATE ROLE app_owner;
ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "dq""role";
ALTER ROLE "dq""role" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE plain_role;
ALTER ROLE plain_role WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE "quote'role";
ALTER ROLE "quote'role" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE reader;
ALTER ROLE reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "r√¥le_Êï∞ÊçÆ";
ALTER ROLE "r√¥le_Êï∞ÊçÆ" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:cGdzZWFsLXVuaWNvZGUtc2E=$+q+a54LYpSDcVEhP/BM14XVs0+oS1AiXJVBHshLFUDg=:cYjDvUrsI/ebyTSGf1xk0vKsH8rsYiP5/5amhADQ0kU=';
COMMENT ON ROLE "r√¥le_Êï∞ÊçÆ" IS 'unicode role ‚òÉ';
CREATE ROLE "space role";
ALTER ROLE "space role" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE writer;
ALTER ROLE writer WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 5 VALID UNTIL '2099-01-01 00:00:00+00';

--
-- User Configurations
--

--
-- User Config "MixedCase"
--

ALTER ROLE "MixedCase" SET statement_timeout TO '5min';

--
-- User Config "alice"
--

ALTER ROLE alice SET search_path TO 'app', 'public';

--
-- User Config "quote'role"
--

ALTER ROLE "quote'role" SET application_name TO E'it''s \\connect evil';


--
-- Role memberships
--

GRANT "dq""role" TO "r√¥le_Êï∞ÊçÆ" WITH INHERIT TRUE GRANTED BY postgres;
GRANT "quote'role" TO "space role" WITH INHERIT TRUE GRANTED BY postgres;
GRANT reader TO "MixedCase" WITH ADMIN OPTION, INHERIT TRUE GRANTED BY postgres;
GRANT reader TO alice WITH INHERIT TRUE GRANTED BY postgres;
GRANT writer TO "MixedCase" WITH ADMIN OPTION, INHERIT TRUE GRANTED BY postgres;






--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: template1_marker; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.template1_marker (
    note text
);


ALTER TABLE public.template1_marker OWNER TO postgres;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: template1_marker; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.template1_marker (note) FROM stdin;
template1 was changed
\.


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
template1	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "-rf --help" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: -rf --help; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "-rf --help" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "-rf --help" OWNER TO postgres;

\connect -reuse-previous=on "dbname='-rf --help'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
-rf --help	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "../x" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ../x; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "../x" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "../x" OWNER TO postgres;

\connect -reuse-previous=on "dbname='../x'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ../x; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE "../x" CONNECTION LIMIT = 3;


\connect -reuse-previous=on "dbname='../x'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
../x	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "MixedCase" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: MixedCase; Type: DATABASE; Schema: -; Owner: MixedCase
--

CREATE DATABASE "MixedCase" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "MixedCase" OWNER TO "MixedCase";

\connect "MixedCase"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
MixedCase	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "app" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE app OWNER TO app_owner;

\connect app

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: DATABASE app; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON DATABASE app IS 'Application database.
\connect evil
-- Database "evil" dump';


--
-- Name: app; Type: DATABASE PROPERTIES; Schema: -; Owner: app_owner
--

ALTER DATABASE app SET "TimeZone" TO 'UTC';
ALTER DATABASE app SET search_path TO 'app', 'public';
ALTER ROLE alice IN DATABASE app SET work_mem TO '8MB';


\connect app

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO app_owner;

--
-- Name: mood; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.mood AS ENUM (
    'sad',
    'ok',
    'happy',
    'it''s \connect'
);


ALTER TYPE app.mood OWNER TO postgres;

--
-- Name: decoy_body(); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.decoy_body() RETURNS text
    LANGUAGE plpgsql
    AS $_$
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
$_$;


ALTER FUNCTION app.decoy_body() OWNER TO postgres;

--
-- Name: sql_body(); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.sql_body() RETURNS text
    LANGUAGE sql
    AS $$SELECT '\connect evil; -- Database "evil" dump'::text$$;


ALTER FUNCTION app.sql_body() OWNER TO postgres;

--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.created := '2021-01-01 00:00:00+00';
    RETURN NEW;   -- ; inside a body
END
$$;


ALTER FUNCTION app.touch() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: big; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.big (
    id integer NOT NULL,
    payload text
);


ALTER TABLE app.big OWNER TO postgres;

--
-- Name: decoy_lines; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.decoy_lines (
    line text
);


ALTER TABLE app.decoy_lines OWNER TO app_owner;

--
-- Name: decoy_view; Type: VIEW; Schema: app; Owner: app_owner
--

CREATE VIEW app.decoy_view AS
 SELECT 'CREATE DATABASE evil;'::text AS a,
    '
\connect evil
-- Database "evil" dump
'::text AS b,
    1 AS c;


ALTER VIEW app.decoy_view OWNER TO app_owner;

--
-- Name: items; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.items (
    id integer NOT NULL,
    name text DEFAULT '\connect x'::text NOT NULL,
    note text DEFAULT '-- Database "evil" dump'::text,
    mood app.mood,
    doc jsonb,
    created timestamp with time zone DEFAULT '2020-01-01 00:00:00+00'::timestamp with time zone NOT NULL
);


ALTER TABLE app.items OWNER TO app_owner;

--
-- Name: TABLE items; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON TABLE app.items IS 'items
\connect evil
\.
-- PostgreSQL database dump complete';


--
-- Name: COLUMN items.name; Type: COMMENT; Schema: app; Owner: app_owner
--

COMMENT ON COLUMN app.items.name IS 'CREATE DATABASE evil;';


--
-- Name: items_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

CREATE SEQUENCE app.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE app.items_id_seq OWNER TO app_owner;

--
-- Name: items_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: app_owner
--

ALTER SEQUENCE app.items_id_seq OWNED BY app.items.id;


--
-- Name: semi;colon"quote; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app."semi;colon""quote" (
    id integer NOT NULL,
    "col;""x" text
);


ALTER TABLE app."semi;colon""quote" OWNER TO postgres;

--
-- Name: ticket_seq; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.ticket_seq
    START WITH 1000
    INCREMENT BY 7
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE app.ticket_seq OWNER TO postgres;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Name: items id; Type: DEFAULT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.items ALTER COLUMN id SET DEFAULT nextval('app.items_id_seq'::regclass);


--
-- Name: 4242001; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('4242001');


ALTER LARGE OBJECT 4242001 OWNER TO alice;

--
-- Name: 4242002; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('4242002');


ALTER LARGE OBJECT 4242002 OWNER TO postgres;

--
-- Name: LARGE OBJECT 4242002; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 4242002 IS 'binary: NUL, 0xff, newline, backslash-dot';


--
-- Data for Name: big; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.big (id, payload) FROM stdin;
1	line 1 \\connect evil_1\n-- Database "evil" dump\nline 2 \\connect evil_2\n-- Database "evil" dump\nline 3 \\connect evil_3\n-- Database "evil" dump\nline 4 \\connect evil_4\n-- Database "evil" dump\nline 5 \\connect evil_5\n-- Database "evil" dump\nline 6 \\connect evil_6\n-- Database "evil" dump\nline 7 \\connect evil_7\n-- Database "evil" dump\nline 8 \\connect evil_8\n-- Database "evil" dump\nline 9 \\connect evil_9\n-- Database "evil" dump\nline 10 \\connect evil_10\n-- Database "evil" dump\nline 11 \\connect evil_11\n-- Database "evil" dump\nline 12 \\connect evil_12\n-- Database "evil" dump\nline 13 \\connect evil_13\n-- Database "evil" dump\nline 14 \\connect evil_14\n-- Database "evil" dump\nline 15 \\connect evil_15\n-- Database "evil" dump\nline 16 \\connect evil_16\n-- Database "evil" dump\nline 17 \\connect evil_17\n-- Database "evil" dump\nline 18 \\connect evil_18\n-- Database "evil" dump\nline 19 \\connect evil_19\n-- Database "evil" dump\nline 20 \\connect evil_20\n-- Database "evil" dump\nline 21 \\connect evil_21\n-- Database "evil" dump\nline 22 \\connect evil_22\n-- Database "evil" dump\nline 23 \\connect evil_23\n-- Database "evil" dump\nline 24 \\connect evil_24\n-- Database "evil" dump\nline 25 \\connect evil_25\n-- Database "evil" dump\nline 26 \\connect evil_26\n-- Database "evil" dump\nline 27 \\connect evil_27\n-- Database "evil" dump\nline 28 \\connect evil_28\n-- Database "evil" dump\nline 29 \\connect evil_29\n-- Database "evil" dump\nline 30 \\connect evil_30\n-- Database "evil" dump\nline 31 \\connect evil_31\n-- Database "evil" dump\nline 32 \\connect evil_32\n-- Database "evil" dump\nline 33 \\connect evil_33\n-- Database "evil" dump\nline 34 \\connect evil_34\n-- Database "evil" dump\nline 35 \\connect evil_35\n-- Database "evil" dump\nline 36 \\connect evil_36\n-- Database "evil" dump\nline 37 \\connect evil_37\n-- Database "evil" dump\nline 38 \\connect evil_38\n-- Database "evil" dump\nline 39 \\connect evil_39\n-- Database "evil" dump\nline 40 \\connect evil_40\n-- Database "evil" dump\nline 41 \\connect evil_41\n-- Database "evil" dump\nline 42 \\connect evil_42\n-- Database "evil" dump\nline 43 \\connect evil_43\n-- Database "evil" dump\nline 44 \\connect evil_44\n-- Database "evil" dump\nline 45 \\connect evil_45\n-- Database "evil" dump\nline 46 \\connect evil_46\n-- Database "evil" dump\nline 47 \\connect evil_47\n-- Database "evil" dump\nline 48 \\connect evil_48\n-- Database "evil" dump\nline 49 \\connect evil_49\n-- Database "evil" dump\nline 50 \\connect evil_50\n-- Database "evil" dump\nline 51 \\connect evil_51\n-- Database "evil" dump\nline 52 \\connect evil_52\n-- Database "evil" dump\nline 53 \\connect evil_53\n-- Database "evil" dump\nline 54 \\connect evil_54\n-- Database "evil" dump\nline 55 \\connect evil_55\n-- Database "evil" dump\nline 56 \\connect evil_56\n-- Database "evil" dump\nline 57 \\connect evil_57\n-- Database "evil" dump\nline 58 \\connect evil_58\n-- Database "evil" dump\nline 59 \\connect evil_59\n-- Database "evil" dump\nline 60 \\connect evil_60\n-- Database "evil" dump\nline 61 \\connect evil_61\n-- Database "evil" dump\nline 62 \\connect evil_62\n-- Database "evil" dump\nline 63 \\connect evil_63\n-- Database "evil" dump\nline 64 \\connect evil_64\n-- Database "evil" dump\nline 65 \\connect evil_65\n-- Database "evil" dump\nline 66 \\connect evil_66\n-- Database "evil" dump\nline 67 \\connect evil_67\n-- Database "evil" dump\nline 68 \\connect evil_68\n-- Database "evil" dump\nline 69 \\connect evil_69\n-- Database "evil" dump\nline 70 \\connect evil_70\n-- Database "evil" dump\nline 71 \\connect evil_71\n-- Database "evil" dump\nline 72 \\connect evil_72\n-- Database "evil" dump\nline 73 \\connect evil_73\n-- Database "evil" dump\nline 74 \\connect evil_74\n-- Database "evil" dump\nline 75 \\connect evil_75\n-- Database "evil" dump\nline 76 \\connect evil_76\n-- Database "evil" dump\nline 77 \\connect evil_77\n-- Database "evil" dump\nline 78 \\connect evil_78\n-- Database "evil" dump\nline 79 \\connect evil_79\n-- Database "evil" dump\nline 80 \\connect evil_80\n-- Database "evil" dump\nline 81 \\connect evil_81\n-- Database "evil" dump\nline 82 \\connect evil_82\n-- Database "evil" dump\nline 83 \\connect evil_83\n-- Database "evil" dump\nline 84 \\connect evil_84\n-- Database "evil" dump\nline 85 \\connect evil_85\n-- Database "evil" dump\nline 86 \\connect evil_86\n-- Database "evil" dump\nline 87 \\connect evil_87\n-- Database "evil" dump\nline 88 \\connect evil_88\n-- Database "evil" dump\nline 89 \\connect evil_89\n-- Database "evil" dump\nline 90 \\connect evil_90\n-- Database "evil" dump\nline 91 \\connect evil_91\n-- Database "evil" dump\nline 92 \\connect evil_92\n-- Database "evil" dump\nline 93 \\connect evil_93\n-- Database "evil" dump\nline 94 \\connect evil_94\n-- Database "evil" dump\nline 95 \\connect evil_95\n-- Database "evil" dump\nline 96 \\connect evil_96\n-- Database "evil" dump\nline 97 \\connect evil_97\n-- Database "evil" dump\nline 98 \\connect evil_98\n-- Database "evil" dump\nline 99 \\connect evil_99\n-- Database "evil" dump\nline 100 \\connect evil_100\n-- Database "evil" dump\nline 101 \\connect evil_101\n-- Database "evil" dump\nline 102 \\connect evil_102\n-- Database "evil" dump\nline 103 \\connect evil_103\n-- Database "evil" dump\nline 104 \\connect evil_104\n-- Database "evil" dump\nline 105 \\connect evil_105\n-- Database "evil" dump\nline 106 \\connect evil_106\n-- Database "evil" dump\nline 107 \\connect evil_107\n-- Database "evil" dump\nline 108 \\connect evil_108\n-- Database "evil" dump\nline 109 \\connect evil_109\n-- Database "evil" dump\nline 110 \\connect evil_110\n-- Database "evil" dump\nline 111 \\connect evil_111\n-- Database "evil" dump\nline 112 \\connect evil_112\n-- Database "evil" dump\nline 113 \\connect evil_113\n-- Database "evil" dump\nline 114 \\connect evil_114\n-- Database "evil" dump\nline 115 \\connect evil_115\n-- Database "evil" dump\nline 116 \\connect evil_116\n-- Database "evil" dump\nline 117 \\connect evil_117\n-- Database "evil" dump\nline 118 \\connect evil_118\n-- Database "evil" dump\nline 119 \\connect evil_119\n-- Database "evil" dump\nline 120 \\connect evil_120\n-- Database "evil" dump\nline 121 \\connect evil_121\n-- Database "evil" dump\nline 122 \\connect evil_122\n-- Database "evil" dump\nline 123 \\connect evil_123\n-- Database "evil" dump\nline 124 \\connect evil_124\n-- Database "evil" dump\nline 125 \\connect evil_125\n-- Database "evil" dump\nline 126 \\connect evil_126\n-- Database "evil" dump\nline 127 \\connect evil_127\n-- Database "evil" dump\nline 128 \\connect evil_128\n-- Database "evil" dump\nline 129 \\connect evil_129\n-- Database "evil" dump\nline 130 \\connect evil_130\n-- Database "evil" dump\nline 131 \\connect evil_131\n-- Database "evil" dump\nline 132 \\connect evil_132\n-- Database "evil" dump\nline 133 \\connect evil_133\n-- Database "evil" dump\nline 134 \\connect evil_134\n-- Database "evil" dump\nline 135 \\connect evil_135\n-- Database "evil" dump\nline 136 \\connect evil_136\n-- Database "evil" dump\nline 137 \\connect evil_137\n-- Database "evil" dump\nline 138 \\connect evil_138\n-- Database "evil" dump\nline 139 \\connect evil_139\n-- Database "evil" dump\nline 140 \\connect evil_140\n-- Database "evil" dump\nline 141 \\connect evil_141\n-- Database "evil" dump\nline 142 \\connect evil_142\n-- Database "evil" dump\nline 143 \\connect evil_143\n-- Database "evil" dump\nline 144 \\connect evil_144\n-- Database "evil" dump\nline 145 \\connect evil_145\n-- Database "evil" dump\nline 146 \\connect evil_146\n-- Database "evil" dump\nline 147 \\connect evil_147\n-- Database "evil" dump\nline 148 \\connect evil_148\n-- Database "evil" dump\nline 149 \\connect evil_149\n-- Database "evil" dump\nline 150 \\connect evil_150\n-- Database "evil" dump\nline 151 \\connect evil_151\n-- Database "evil" dump\nline 152 \\connect evil_152\n-- Database "evil" dump\nline 153 \\connect evil_153\n-- Database "evil" dump\nline 154 \\connect evil_154\n-- Database "evil" dump\nline 155 \\connect evil_155\n-- Database "evil" dump\nline 156 \\connect evil_156\n-- Database "evil" dump\nline 157 \\connect evil_157\n-- Database "evil" dump\nline 158 \\connect evil_158\n-- Database "evil" dump\nline 159 \\connect evil_159\n-- Database "evil" dump\nline 160 \\connect evil_160\n-- Database "evil" dump\nline 161 \\connect evil_161\n-- Database "evil" dump\nline 162 \\connect evil_162\n-- Database "evil" dump\nline 163 \\connect evil_163\n-- Database "evil" dump\nline 164 \\connect evil_164\n-- Database "evil" dump\nline 165 \\connect evil_165\n-- Database "evil" dump\nline 166 \\connect evil_166\n-- Database "evil" dump\nline 167 \\connect evil_167\n-- Database "evil" dump\nline 168 \\connect evil_168\n-- Database "evil" dump\nline 169 \\connect evil_169\n-- Database "evil" dump\nline 170 \\connect evil_170\n-- Database "evil" dump\nline 171 \\connect evil_171\n-- Database "evil" dump\nline 172 \\connect evil_172\n-- Database "evil" dump\nline 173 \\connect evil_173\n-- Database "evil" dump\nline 174 \\connect evil_174\n-- Database "evil" dump\nline 175 \\connect evil_175\n-- Database "evil" dump\nline 176 \\connect evil_176\n-- Database "evil" dump\nline 177 \\connect evil_177\n-- Database "evil" dump\nline 178 \\connect evil_178\n-- Database "evil" dump\nline 179 \\connect evil_179\n-- Database "evil" dump\nline 180 \\connect evil_180\n-- Database "evil" dump\nline 181 \\connect evil_181\n-- Database "evil" dump\nline 182 \\connect evil_182\n-- Database "evil" dump\nline 183 \\connect evil_183\n-- Database "evil" dump\nline 184 \\connect evil_184\n-- Database "evil" dump\nline 185 \\connect evil_185\n-- Database "evil" dump\nline 186 \\connect evil_186\n-- Database "evil" dump\nline 187 \\connect evil_187\n-- Database "evil" dump\nline 188 \\connect evil_188\n-- Database "evil" dump\nline 189 \\connect evil_189\n-- Database "evil" dump\nline 190 \\connect evil_190\n-- Database "evil" dump\nline 191 \\connect evil_191\n-- Database "evil" dump\nline 192 \\connect evil_192\n-- Database "evil" dump\nline 193 \\connect evil_193\n-- Database "evil" dump\nline 194 \\connect evil_194\n-- Database "evil" dump\nline 195 \\connect evil_195\n-- Database "evil" dump\nline 196 \\connect evil_196\n-- Database "evil" dump\nline 197 \\connect evil_197\n-- Database "evil" dump\nline 198 \\connect evil_198\n-- Database "evil" dump\nline 199 \\connect evil_199\n-- Database "evil" dump\nline 200 \\connect evil_200\n-- Database "evil" dump\nline 201 \\connect evil_201\n-- Database "evil" dump\nline 202 \\connect evil_202\n-- Database "evil" dump\nline 203 \\connect evil_203\n-- Database "evil" dump\nline 204 \\connect evil_204\n-- Database "evil" dump\nline 205 \\connect evil_205\n-- Database "evil" dump\nline 206 \\connect evil_206\n-- Database "evil" dump\nline 207 \\connect evil_207\n-- Database "evil" dump\nline 208 \\connect evil_208\n-- Database "evil" dump\nline 209 \\connect evil_209\n-- Database "evil" dump\nline 210 \\connect evil_210\n-- Database "evil" dump\nline 211 \\connect evil_211\n-- Database "evil" dump\nline 212 \\connect evil_212\n-- Database "evil" dump\nline 213 \\connect evil_213\n-- Database "evil" dump\nline 214 \\connect evil_214\n-- Database "evil" dump\nline 215 \\connect evil_215\n-- Database "evil" dump\nline 216 \\connect evil_216\n-- Database "evil" dump\nline 217 \\connect evil_217\n-- Database "evil" dump\nline 218 \\connect evil_218\n-- Database "evil" dump\nline 219 \\connect evil_219\n-- Database "evil" dump\nline 220 \\connect evil_220\n-- Database "evil" dump\nline 221 \\connect evil_221\n-- Database "evil" dump\nline 222 \\connect evil_222\n-- Database "evil" dump\nline 223 \\connect evil_223\n-- Database "evil" dump\nline 224 \\connect evil_224\n-- Database "evil" dump\nline 225 \\connect evil_225\n-- Database "evil" dump\nline 226 \\connect evil_226\n-- Database "evil" dump\nline 227 \\connect evil_227\n-- Database "evil" dump\nline 228 \\connect evil_228\n-- Database "evil" dump\nline 229 \\connect evil_229\n-- Database "evil" dump\nline 230 \\connect evil_230\n-- Database "evil" dump\nline 231 \\connect evil_231\n-- Database "evil" dump\nline 232 \\connect evil_232\n-- Database "evil" dump\nline 233 \\connect evil_233\n-- Database "evil" dump\nline 234 \\connect evil_234\n-- Database "evil" dump\nline 235 \\connect evil_235\n-- Database "evil" dump\nline 236 \\connect evil_236\n-- Database "evil" dump\nline 237 \\connect evil_237\n-- Database "evil" dump\nline 238 \\connect evil_238\n-- Database "evil" dump\nline 239 \\connect evil_239\n-- Database "evil" dump\nline 240 \\connect evil_240\n-- Database "evil" dump\nline 241 \\connect evil_241\n-- Database "evil" dump\nline 242 \\connect evil_242\n-- Database "evil" dump\nline 243 \\connect evil_243\n-- Database "evil" dump\nline 244 \\connect evil_244\n-- Database "evil" dump\nline 245 \\connect evil_245\n-- Database "evil" dump\nline 246 \\connect evil_246\n-- Database "evil" dump\nline 247 \\connect evil_247\n-- Database "evil" dump\nline 248 \\connect evil_248\n-- Database "evil" dump\nline 249 \\connect evil_249\n-- Database "evil" dump\nline 250 \\connect evil_250\n-- Database "evil" dump\nline 251 \\connect evil_251\n-- Database "evil" dump\nline 252 \\connect evil_252\n-- Database "evil" dump\nline 253 \\connect evil_253\n-- Database "evil" dump\nline 254 \\connect evil_254\n-- Database "evil" dump\nline 255 \\connect evil_255\n-- Database "evil" dump\nline 256 \\connect evil_256\n-- Database "evil" dump\nline 257 \\connect evil_257\n-- Database "evil" dump\nline 258 \\connect evil_258\n-- Database "evil" dump\nline 259 \\connect evil_259\n-- Database "evil" dump\nline 260 \\connect evil_260\n-- Database "evil" dump\nline 261 \\connect evil_261\n-- Database "evil" dump\nline 262 \\connect evil_262\n-- Database "evil" dump\nline 263 \\connect evil_263\n-- Database "evil" dump\nline 264 \\connect evil_264\n-- Database "evil" dump\nline 265 \\connect evil_265\n-- Database "evil" dump\nline 266 \\connect evil_266\n-- Database "evil" dump\nline 267 \\connect evil_267\n-- Database "evil" dump\nline 268 \\connect evil_268\n-- Database "evil" dump\nline 269 \\connect evil_269\n-- Database "evil" dump\nline 270 \\connect evil_270\n-- Database "evil" dump\nline 271 \\connect evil_271\n-- Database "evil" dump\nline 272 \\connect evil_272\n-- Database "evil" dump\nline 273 \\connect evil_273\n-- Database "evil" dump\nline 274 \\connect evil_274\n-- Database "evil" dump\nline 275 \\connect evil_275\n-- Database "evil" dump\nline 276 \\connect evil_276\n-- Database "evil" dump\nline 277 \\connect evil_277\n-- Database "evil" dump\nline 278 \\connect evil_278\n-- Database "evil" dump\nline 279 \\connect evil_279\n-- Database "evil" dump\nline 280 \\connect evil_280\n-- Database "evil" dump\nline 281 \\connect evil_281\n-- Database "evil" dump\nline 282 \\connect evil_282\n-- Database "evil" dump\nline 283 \\connect evil_283\n-- Database "evil" dump\nline 284 \\connect evil_284\n-- Database "evil" dump\nline 285 \\connect evil_285\n-- Database "evil" dump\nline 286 \\connect evil_286\n-- Database "evil" dump\nline 287 \\connect evil_287\n-- Database "evil" dump\nline 288 \\connect evil_288\n-- Database "evil" dump\nline 289 \\connect evil_289\n-- Database "evil" dump\nline 290 \\connect evil_290\n-- Database "evil" dump\nline 291 \\connect evil_291\n-- Database "evil" dump\nline 292 \\connect evil_292\n-- Database "evil" dump\nline 293 \\connect evil_293\n-- Database "evil" dump\nline 294 \\connect evil_294\n-- Database "evil" dump\nline 295 \\connect evil_295\n-- Database "evil" dump\nline 296 \\connect evil_296\n-- Database "evil" dump\nline 297 \\connect evil_297\n-- Database "evil" dump\nline 298 \\connect evil_298\n-- Database "evil" dump\nline 299 \\connect evil_299\n-- Database "evil" dump\nline 300 \\connect evil_300\n-- Database "evil" dump\nline 301 \\connect evil_301\n-- Database "evil" dump\nline 302 \\connect evil_302\n-- Database "evil" dump\nline 303 \\connect evil_303\n-- Database "evil" dump\nline 304 \\connect evil_304\n-- Database "evil" dump\nline 305 \\connect evil_305\n-- Database "evil" dump\nline 306 \\connect evil_306\n-- Database "evil" dump\nline 307 \\connect evil_307\n-- Database "evil" dump\nline 308 \\connect evil_308\n-- Database "evil" dump\nline 309 \\connect evil_309\n-- Database "evil" dump\nline 310 \\connect evil_310\n-- Database "evil" dump\nline 311 \\connect evil_311\n-- Database "evil" dump\nline 312 \\connect evil_312\n-- Database "evil" dump\nline 313 \\connect evil_313\n-- Database "evil" dump\nline 314 \\connect evil_314\n-- Database "evil" dump\nline 315 \\connect evil_315\n-- Database "evil" dump\nline 316 \\connect evil_316\n-- Database "evil" dump\nline 317 \\connect evil_317\n-- Database "evil" dump\nline 318 \\connect evil_318\n-- Database "evil" dump\nline 319 \\connect evil_319\n-- Database "evil" dump\nline 320 \\connect evil_320\n-- Database "evil" dump\nline 321 \\connect evil_321\n-- Database "evil" dump\nline 322 \\connect evil_322\n-- Database "evil" dump\nline 323 \\connect evil_323\n-- Database "evil" dump\nline 324 \\connect evil_324\n-- Database "evil" dump\nline 325 \\connect evil_325\n-- Database "evil" dump\nline 326 \\connect evil_326\n-- Database "evil" dump\nline 327 \\connect evil_327\n-- Database "evil" dump\nline 328 \\connect evil_328\n-- Database "evil" dump\nline 329 \\connect evil_329\n-- Database "evil" dump\nline 330 \\connect evil_330\n-- Database "evil" dump\nline 331 \\connect evil_331\n-- Database "evil" dump\nline 332 \\connect evil_332\n-- Database "evil" dump\nline 333 \\connect evil_333\n-- Database "evil" dump\nline 334 \\connect evil_334\n-- Database "evil" dump\nline 335 \\connect evil_335\n-- Database "evil" dump\nline 336 \\connect evil_336\n-- Database "evil" dump\nline 337 \\connect evil_337\n-- Database "evil" dump\nline 338 \\connect evil_338\n-- Database "evil" dump\nline 339 \\connect evil_339\n-- Database "evil" dump\nline 340 \\connect evil_340\n-- Database "evil" dump\nline 341 \\connect evil_341\n-- Database "evil" dump\nline 342 \\connect evil_342\n-- Database "evil" dump\nline 343 \\connect evil_343\n-- Database "evil" dump\nline 344 \\connect evil_344\n-- Database "evil" dump\nline 345 \\connect evil_345\n-- Database "evil" dump\nline 346 \\connect evil_346\n-- Database "evil" dump\nline 347 \\connect evil_347\n-- Database "evil" dump\nline 348 \\connect evil_348\n-- Database "evil" dump\nline 349 \\connect evil_349\n-- Database "evil" dump\nline 350 \\connect evil_350\n-- Database "evil" dump\nline 351 \\connect evil_351\n-- Database "evil" dump\nline 352 \\connect evil_352\n-- Database "evil" dump\nline 353 \\connect evil_353\n-- Database "evil" dump\nline 354 \\connect evil_354\n-- Database "evil" dump\nline 355 \\connect evil_355\n-- Database "evil" dump\nline 356 \\connect evil_356\n-- Database "evil" dump\nline 357 \\connect evil_357\n-- Database "evil" dump\nline 358 \\connect evil_358\n-- Database "evil" dump\nline 359 \\connect evil_359\n-- Database "evil" dump\nline 360 \\connect evil_360\n-- Database "evil" dump\nline 361 \\connect evil_361\n-- Database "evil" dump\nline 362 \\connect evil_362\n-- Database "evil" dump\nline 363 \\connect evil_363\n-- Database "evil" dump\nline 364 \\connect evil_364\n-- Database "evil" dump\nline 365 \\connect evil_365\n-- Database "evil" dump\nline 366 \\connect evil_366\n-- Database "evil" dump\nline 367 \\connect evil_367\n-- Database "evil" dump\nline 368 \\connect evil_368\n-- Database "evil" dump\nline 369 \\connect evil_369\n-- Database "evil" dump\nline 370 \\connect evil_370\n-- Database "evil" dump\nline 371 \\connect evil_371\n-- Database "evil" dump\nline 372 \\connect evil_372\n-- Database "evil" dump\nline 373 \\connect evil_373\n-- Database "evil" dump\nline 374 \\connect evil_374\n-- Database "evil" dump\nline 375 \\connect evil_375\n-- Database "evil" dump\nline 376 \\connect evil_376\n-- Database "evil" dump\nline 377 \\connect evil_377\n-- Database "evil" dump\nline 378 \\connect evil_378\n-- Database "evil" dump\nline 379 \\connect evil_379\n-- Database "evil" dump\nline 380 \\connect evil_380\n-- Database "evil" dump\nline 381 \\connect evil_381\n-- Database "evil" dump\nline 382 \\connect evil_382\n-- Database "evil" dump\nline 383 \\connect evil_383\n-- Database "evil" dump\nline 384 \\connect evil_384\n-- Database "evil" dump\nline 385 \\connect evil_385\n-- Database "evil" dump\nline 386 \\connect evil_386\n-- Database "evil" dump\nline 387 \\connect evil_387\n-- Database "evil" dump\nline 388 \\connect evil_388\n-- Database "evil" dump\nline 389 \\connect evil_389\n-- Database "evil" dump\nline 390 \\connect evil_390\n-- Database "evil" dump\nline 391 \\connect evil_391\n-- Database "evil" dump\nline 392 \\connect evil_392\n-- Database "evil" dump\nline 393 \\connect evil_393\n-- Database "evil" dump\nline 394 \\connect evil_394\n-- Database "evil" dump\nline 395 \\connect evil_395\n-- Database "evil" dump\nline 396 \\connect evil_396\n-- Database "evil" dump\nline 397 \\connect evil_397\n-- Database "evil" dump\nline 398 \\connect evil_398\n-- Database "evil" dump\nline 399 \\connect evil_399\n-- Database "evil" dump\nline 400 \\connect evil_400\n-- Database "evil" dump\nline 401 \\connect evil_401\n-- Database "evil" dump\nline 402 \\connect evil_402\n-- Database "evil" dump\nline 403 \\connect evil_403\n-- Database "evil" dump\nline 404 \\connect evil_404\n-- Database "evil" dump\nline 405 \\connect evil_405\n-- Database "evil" dump\nline 406 \\connect evil_406\n-- Database "evil" dump\nline 407 \\connect evil_407\n-- Database "evil" dump\nline 408 \\connect evil_408\n-- Database "evil" dump\nline 409 \\connect evil_409\n-- Database "evil" dump\nline 410 \\connect evil_410\n-- Database "evil" dump\nline 411 \\connect evil_411\n-- Database "evil" dump\nline 412 \\connect evil_412\n-- Database "evil" dump\nline 413 \\connect evil_413\n-- Database "evil" dump\nline 414 \\connect evil_414\n-- Database "evil" dump\nline 415 \\connect evil_415\n-- Database "evil" dump\nline 416 \\connect evil_416\n-- Database "evil" dump\nline 417 \\connect evil_417\n-- Database "evil" dump\nline 418 \\connect evil_418\n-- Database "evil" dump\nline 419 \\connect evil_419\n-- Database "evil" dump\nline 420 \\connect evil_420\n-- Database "evil" dump\nline 421 \\connect evil_421\n-- Database "evil" dump\nline 422 \\connect evil_422\n-- Database "evil" dump\nline 423 \\connect evil_423\n-- Database "evil" dump\nline 424 \\connect evil_424\n-- Database "evil" dump\nline 425 \\connect evil_425\n-- Database "evil" dump\nline 426 \\connect evil_426\n-- Database "evil" dump\nline 427 \\connect evil_427\n-- Database "evil" dump\nline 428 \\connect evil_428\n-- Database "evil" dump\nline 429 \\connect evil_429\n-- Database "evil" dump\nline 430 \\connect evil_430\n-- Database "evil" dump\nline 431 \\connect evil_431\n-- Database "evil" dump\nline 432 \\connect evil_432\n-- Database "evil" dump\nline 433 \\connect evil_433\n-- Database "evil" dump\nline 434 \\connect evil_434\n-- Database "evil" dump\nline 435 \\connect evil_435\n-- Database "evil" dump\nline 436 \\connect evil_436\n-- Database "evil" dump\nline 437 \\connect evil_437\n-- Database "evil" dump\nline 438 \\connect evil_438\n-- Database "evil" dump\nline 439 \\connect evil_439\n-- Database "evil" dump\nline 440 \\connect evil_440\n-- Database "evil" dump\nline 441 \\connect evil_441\n-- Database "evil" dump\nline 442 \\connect evil_442\n-- Database "evil" dump\nline 443 \\connect evil_443\n-- Database "evil" dump\nline 444 \\connect evil_444\n-- Database "evil" dump\nline 445 \\connect evil_445\n-- Database "evil" dump\nline 446 \\connect evil_446\n-- Database "evil" dump\nline 447 \\connect evil_447\n-- Database "evil" dump\nline 448 \\connect evil_448\n-- Database "evil" dump\nline 449 \\connect evil_449\n-- Database "evil" dump\nline 450 \\connect evil_450\n-- Database "evil" dump\nline 451 \\connect evil_451\n-- Database "evil" dump\nline 452 \\connect evil_452\n-- Database "evil" dump\nline 453 \\connect evil_453\n-- Database "evil" dump\nline 454 \\connect evil_454\n-- Database "evil" dump\nline 455 \\connect evil_455\n-- Database "evil" dump\nline 456 \\connect evil_456\n-- Database "evil" dump\nline 457 \\connect evil_457\n-- Database "evil" dump\nline 458 \\connect evil_458\n-- Database "evil" dump\nline 459 \\connect evil_459\n-- Database "evil" dump\nline 460 \\connect evil_460\n-- Database "evil" dump\nline 461 \\connect evil_461\n-- Database "evil" dump\nline 462 \\connect evil_462\n-- Database "evil" dump\nline 463 \\connect evil_463\n-- Database "evil" dump\nline 464 \\connect evil_464\n-- Database "evil" dump\nline 465 \\connect evil_465\n-- Database "evil" dump\nline 466 \\connect evil_466\n-- Database "evil" dump\nline 467 \\connect evil_467\n-- Database "evil" dump\nline 468 \\connect evil_468\n-- Database "evil" dump\nline 469 \\connect evil_469\n-- Database "evil" dump\nline 470 \\connect evil_470\n-- Database "evil" dump\nline 471 \\connect evil_471\n-- Database "evil" dump\nline 472 \\connect evil_472\n-- Database "evil" dump\nline 473 \\connect evil_473\n-- Database "evil" dump\nline 474 \\connect evil_474\n-- Database "evil" dump\nline 475 \\connect evil_475\n-- Database "evil" dump\nline 476 \\connect evil_476\n-- Database "evil" dump\nline 477 \\connect evil_477\n-- Database "evil" dump\nline 478 \\connect evil_478\n-- Database "evil" dump\nline 479 \\connect evil_479\n-- Database "evil" dump\nline 480 \\connect evil_480\n-- Database "evil" dump\nline 481 \\connect evil_481\n-- Database "evil" dump\nline 482 \\connect evil_482\n-- Database "evil" dump\nline 483 \\connect evil_483\n-- Database "evil" dump\nline 484 \\connect evil_484\n-- Database "evil" dump\nline 485 \\connect evil_485\n-- Database "evil" dump\nline 486 \\connect evil_486\n-- Database "evil" dump\nline 487 \\connect evil_487\n-- Database "evil" dump\nline 488 \\connect evil_488\n-- Database "evil" dump\nline 489 \\connect evil_489\n-- Database "evil" dump\nline 490 \\connect evil_490\n-- Database "evil" dump\nline 491 \\connect evil_491\n-- Database "evil" dump\nline 492 \\connect evil_492\n-- Database "evil" dump\nline 493 \\connect evil_493\n-- Database "evil" dump\nline 494 \\connect evil_494\n-- Database "evil" dump\nline 495 \\connect evil_495\n-- Database "evil" dump\nline 496 \\connect evil_496\n-- Database "evil" dump\nline 497 \\connect evil_497\n-- Database "evil" dump\nline 498 \\connect evil_498\n-- Database "evil" dump\nline 499 \\connect evil_499\n-- Database "evil" dump\nline 500 \\connect evil_500\n-- Database "evil" dump\nline 501 \\connect evil_501\n-- Database "evil" dump\nline 502 \\connect evil_502\n-- Database "evil" dump\nline 503 \\connect evil_503\n-- Database "evil" dump\nline 504 \\connect evil_504\n-- Database "evil" dump\nline 505 \\connect evil_505\n-- Database "evil" dump\nline 506 \\connect evil_506\n-- Database "evil" dump\nline 507 \\connect evil_507\n-- Database "evil" dump\nline 508 \\connect evil_508\n-- Database "evil" dump\nline 509 \\connect evil_509\n-- Database "evil" dump\nline 510 \\connect evil_510\n-- Database "evil" dump\nline 511 \\connect evil_511\n-- Database "evil" dump\nline 512 \\connect evil_512\n-- Database "evil" dump\nline 513 \\connect evil_513\n-- Database "evil" dump\nline 514 \\connect evil_514\n-- Database "evil" dump\nline 515 \\connect evil_515\n-- Database "evil" dump\nline 516 \\connect evil_516\n-- Database "evil" dump\nline 517 \\connect evil_517\n-- Database "evil" dump\nline 518 \\connect evil_518\n-- Database "evil" dump\nline 519 \\connect evil_519\n-- Database "evil" dump\nline 520 \\connect evil_520\n-- Database "evil" dump\nline 521 \\connect evil_521\n-- Database "evil" dump\nline 522 \\connect evil_522\n-- Database "evil" dump\nline 523 \\connect evil_523\n-- Database "evil" dump\nline 524 \\connect evil_524\n-- Database "evil" dump\nline 525 \\connect evil_525\n-- Database "evil" dump\nline 526 \\connect evil_526\n-- Database "evil" dump\nline 527 \\connect evil_527\n-- Database "evil" dump\nline 528 \\connect evil_528\n-- Database "evil" dump\nline 529 \\connect evil_529\n-- Database "evil" dump\nline 530 \\connect evil_530\n-- Database "evil" dump\nline 531 \\connect evil_531\n-- Database "evil" dump\nline 532 \\connect evil_532\n-- Database "evil" dump\nline 533 \\connect evil_533\n-- Database "evil" dump\nline 534 \\connect evil_534\n-- Database "evil" dump\nline 535 \\connect evil_535\n-- Database "evil" dump\nline 536 \\connect evil_536\n-- Database "evil" dump\nline 537 \\connect evil_537\n-- Database "evil" dump\nline 538 \\connect evil_538\n-- Database "evil" dump\nline 539 \\connect evil_539\n-- Database "evil" dump\nline 540 \\connect evil_540\n-- Database "evil" dump\nline 541 \\connect evil_541\n-- Database "evil" dump\nline 542 \\connect evil_542\n-- Database "evil" dump\nline 543 \\connect evil_543\n-- Database "evil" dump\nline 544 \\connect evil_544\n-- Database "evil" dump\nline 545 \\connect evil_545\n-- Database "evil" dump\nline 546 \\connect evil_546\n-- Database "evil" dump\nline 547 \\connect evil_547\n-- Database "evil" dump\nline 548 \\connect evil_548\n-- Database "evil" dump\nline 549 \\connect evil_549\n-- Database "evil" dump\nline 550 \\connect evil_550\n-- Database "evil" dump\nline 551 \\connect evil_551\n-- Database "evil" dump\nline 552 \\connect evil_552\n-- Database "evil" dump\nline 553 \\connect evil_553\n-- Database "evil" dump\nline 554 \\connect evil_554\n-- Database "evil" dump\nline 555 \\connect evil_555\n-- Database "evil" dump\nline 556 \\connect evil_556\n-- Database "evil" dump\nline 557 \\connect evil_557\n-- Database "evil" dump\nline 558 \\connect evil_558\n-- Database "evil" dump\nline 559 \\connect evil_559\n-- Database "evil" dump\nline 560 \\connect evil_560\n-- Database "evil" dump\nline 561 \\connect evil_561\n-- Database "evil" dump\nline 562 \\connect evil_562\n-- Database "evil" dump\nline 563 \\connect evil_563\n-- Database "evil" dump\nline 564 \\connect evil_564\n-- Database "evil" dump\nline 565 \\connect evil_565\n-- Database "evil" dump\nline 566 \\connect evil_566\n-- Database "evil" dump\nline 567 \\connect evil_567\n-- Database "evil" dump\nline 568 \\connect evil_568\n-- Database "evil" dump\nline 569 \\connect evil_569\n-- Database "evil" dump\nline 570 \\connect evil_570\n-- Database "evil" dump\nline 571 \\connect evil_571\n-- Database "evil" dump\nline 572 \\connect evil_572\n-- Database "evil" dump\nline 573 \\connect evil_573\n-- Database "evil" dump\nline 574 \\connect evil_574\n-- Database "evil" dump\nline 575 \\connect evil_575\n-- Database "evil" dump\nline 576 \\connect evil_576\n-- Database "evil" dump\nline 577 \\connect evil_577\n-- Database "evil" dump\nline 578 \\connect evil_578\n-- Database "evil" dump\nline 579 \\connect evil_579\n-- Database "evil" dump\nline 580 \\connect evil_580\n-- Database "evil" dump\nline 581 \\connect evil_581\n-- Database "evil" dump\nline 582 \\connect evil_582\n-- Database "evil" dump\nline 583 \\connect evil_583\n-- Database "evil" dump\nline 584 \\connect evil_584\n-- Database "evil" dump\nline 585 \\connect evil_585\n-- Database "evil" dump\nline 586 \\connect evil_586\n-- Database "evil" dump\nline 587 \\connect evil_587\n-- Database "evil" dump\nline 588 \\connect evil_588\n-- Database "evil" dump\nline 589 \\connect evil_589\n-- Database "evil" dump\nline 590 \\connect evil_590\n-- Database "evil" dump\nline 591 \\connect evil_591\n-- Database "evil" dump\nline 592 \\connect evil_592\n-- Database "evil" dump\nline 593 \\connect evil_593\n-- Database "evil" dump\nline 594 \\connect evil_594\n-- Database "evil" dump\nline 595 \\connect evil_595\n-- Database "evil" dump\nline 596 \\connect evil_596\n-- Database "evil" dump\nline 597 \\connect evil_597\n-- Database "evil" dump\nline 598 \\connect evil_598\n-- Database "evil" dump\nline 599 \\connect evil_599\n-- Database "evil" dump\nline 600 \\connect evil_600\n-- Database "evil" dump\nline 601 \\connect evil_601\n-- Database "evil" dump\nline 602 \\connect evil_602\n-- Database "evil" dump\nline 603 \\connect evil_603\n-- Database "evil" dump\nline 604 \\connect evil_604\n-- Database "evil" dump\nline 605 \\connect evil_605\n-- Database "evil" dump\nline 606 \\connect evil_606\n-- Database "evil" dump\nline 607 \\connect evil_607\n-- Database "evil" dump\nline 608 \\connect evil_608\n-- Database "evil" dump\nline 609 \\connect evil_609\n-- Database "evil" dump\nline 610 \\connect evil_610\n-- Database "evil" dump\nline 611 \\connect evil_611\n-- Database "evil" dump\nline 612 \\connect evil_612\n-- Database "evil" dump\nline 613 \\connect evil_613\n-- Database "evil" dump\nline 614 \\connect evil_614\n-- Database "evil" dump\nline 615 \\connect evil_615\n-- Database "evil" dump\nline 616 \\connect evil_616\n-- Database "evil" dump\nline 617 \\connect evil_617\n-- Database "evil" dump\nline 618 \\connect evil_618\n-- Database "evil" dump\nline 619 \\connect evil_619\n-- Database "evil" dump\nline 620 \\connect evil_620\n-- Database "evil" dump\nline 621 \\connect evil_621\n-- Database "evil" dump\nline 622 \\connect evil_622\n-- Database "evil" dump\nline 623 \\connect evil_623\n-- Database "evil" dump\nline 624 \\connect evil_624\n-- Database "evil" dump\nline 625 \\connect evil_625\n-- Database "evil" dump\nline 626 \\connect evil_626\n-- Database "evil" dump\nline 627 \\connect evil_627\n-- Database "evil" dump\nline 628 \\connect evil_628\n-- Database "evil" dump\nline 629 \\connect evil_629\n-- Database "evil" dump\nline 630 \\connect evil_630\n-- Database "evil" dump\nline 631 \\connect evil_631\n-- Database "evil" dump\nline 632 \\connect evil_632\n-- Database "evil" dump\nline 633 \\connect evil_633\n-- Database "evil" dump\nline 634 \\connect evil_634\n-- Database "evil" dump\nline 635 \\connect evil_635\n-- Database "evil" dump\nline 636 \\connect evil_636\n-- Database "evil" dump\nline 637 \\connect evil_637\n-- Database "evil" dump\nline 638 \\connect evil_638\n-- Database "evil" dump\nline 639 \\connect evil_639\n-- Database "evil" dump\nline 640 \\connect evil_640\n-- Database "evil" dump\nline 641 \\connect evil_641\n-- Database "evil" dump\nline 642 \\connect evil_642\n-- Database "evil" dump\nline 643 \\connect evil_643\n-- Database "evil" dump\nline 644 \\connect evil_644\n-- Database "evil" dump\nline 645 \\connect evil_645\n-- Database "evil" dump\nline 646 \\connect evil_646\n-- Database "evil" dump\nline 647 \\connect evil_647\n-- Database "evil" dump\nline 648 \\connect evil_648\n-- Database "evil" dump\nline 649 \\connect evil_649\n-- Database "evil" dump\nline 650 \\connect evil_650\n-- Database "evil" dump\nline 651 \\connect evil_651\n-- Database "evil" dump\nline 652 \\connect evil_652\n-- Database "evil" dump\nline 653 \\connect evil_653\n-- Database "evil" dump\nline 654 \\connect evil_654\n-- Database "evil" dump\nline 655 \\connect evil_655\n-- Database "evil" dump\nline 656 \\connect evil_656\n-- Database "evil" dump\nline 657 \\connect evil_657\n-- Database "evil" dump\nline 658 \\connect evil_658\n-- Database "evil" dump\nline 659 \\connect evil_659\n-- Database "evil" dump\nline 660 \\connect evil_660\n-- Database "evil" dump\nline 661 \\connect evil_661\n-- Database "evil" dump\nline 662 \\connect evil_662\n-- Database "evil" dump\nline 663 \\connect evil_663\n-- Database "evil" dump\nline 664 \\connect evil_664\n-- Database "evil" dump\nline 665 \\connect evil_665\n-- Database "evil" dump\nline 666 \\connect evil_666\n-- Database "evil" dump\nline 667 \\connect evil_667\n-- Database "evil" dump\nline 668 \\connect evil_668\n-- Database "evil" dump\nline 669 \\connect evil_669\n-- Database "evil" dump\nline 670 \\connect evil_670\n-- Database "evil" dump\nline 671 \\connect evil_671\n-- Database "evil" dump\nline 672 \\connect evil_672\n-- Database "evil" dump\nline 673 \\connect evil_673\n-- Database "evil" dump\nline 674 \\connect evil_674\n-- Database "evil" dump\nline 675 \\connect evil_675\n-- Database "evil" dump\nline 676 \\connect evil_676\n-- Database "evil" dump\nline 677 \\connect evil_677\n-- Database "evil" dump\nline 678 \\connect evil_678\n-- Database "evil" dump\nline 679 \\connect evil_679\n-- Database "evil" dump\nline 680 \\connect evil_680\n-- Database "evil" dump\nline 681 \\connect evil_681\n-- Database "evil" dump\nline 682 \\connect evil_682\n-- Database "evil" dump\nline 683 \\connect evil_683\n-- Database "evil" dump\nline 684 \\connect evil_684\n-- Database "evil" dump\nline 685 \\connect evil_685\n-- Database "evil" dump\nline 686 \\connect evil_686\n-- Database "evil" dump\nline 687 \\connect evil_687\n-- Database "evil" dump\nline 688 \\connect evil_688\n-- Database "evil" dump\nline 689 \\connect evil_689\n-- Database "evil" dump\nline 690 \\connect evil_690\n-- Database "evil" dump\nline 691 \\connect evil_691\n-- Database "evil" dump\nline 692 \\connect evil_692\n-- Database "evil" dump\nline 693 \\connect evil_693\n-- Database "evil" dump\nline 694 \\connect evil_694\n-- Database "evil" dump\nline 695 \\connect evil_695\n-- Database "evil" dump\nline 696 \\connect evil_696\n-- Database "evil" dump\nline 697 \\connect evil_697\n-- Database "evil" dump\nline 698 \\connect evil_698\n-- Database "evil" dump\nline 699 \\connect evil_699\n-- Database "evil" dump\nline 700 \\connect evil_700\n-- Database "evil" dump\nline 701 \\connect evil_701\n-- Database "evil" dump\nline 702 \\connect evil_702\n-- Database "evil" dump\nline 703 \\connect evil_703\n-- Database "evil" dump\nline 704 \\connect evil_704\n-- Database "evil" dump\nline 705 \\connect evil_705\n-- Database "evil" dump\nline 706 \\connect evil_706\n-- Database "evil" dump\nline 707 \\connect evil_707\n-- Database "evil" dump\nline 708 \\connect evil_708\n-- Database "evil" dump\nline 709 \\connect evil_709\n-- Database "evil" dump\nline 710 \\connect evil_710\n-- Database "evil" dump\nline 711 \\connect evil_711\n-- Database "evil" dump\nline 712 \\connect evil_712\n-- Database "evil" dump\nline 713 \\connect evil_713\n-- Database "evil" dump\nline 714 \\connect evil_714\n-- Database "evil" dump\nline 715 \\connect evil_715\n-- Database "evil" dump\nline 716 \\connect evil_716\n-- Database "evil" dump\nline 717 \\connect evil_717\n-- Database "evil" dump\nline 718 \\connect evil_718\n-- Database "evil" dump\nline 719 \\connect evil_719\n-- Database "evil" dump\nline 720 \\connect evil_720\n-- Database "evil" dump\nline 721 \\connect evil_721\n-- Database "evil" dump\nline 722 \\connect evil_722\n-- Database "evil" dump\nline 723 \\connect evil_723\n-- Database "evil" dump\nline 724 \\connect evil_724\n-- Database "evil" dump\nline 725 \\connect evil_725\n-- Database "evil" dump\nline 726 \\connect evil_726\n-- Database "evil" dump\nline 727 \\connect evil_727\n-- Database "evil" dump\nline 728 \\connect evil_728\n-- Database "evil" dump\nline 729 \\connect evil_729\n-- Database "evil" dump\nline 730 \\connect evil_730\n-- Database "evil" dump\nline 731 \\connect evil_731\n-- Database "evil" dump\nline 732 \\connect evil_732\n-- Database "evil" dump\nline 733 \\connect evil_733\n-- Database "evil" dump\nline 734 \\connect evil_734\n-- Database "evil" dump\nline 735 \\connect evil_735\n-- Database "evil" dump\nline 736 \\connect evil_736\n-- Database "evil" dump\nline 737 \\connect evil_737\n-- Database "evil" dump\nline 738 \\connect evil_738\n-- Database "evil" dump\nline 739 \\connect evil_739\n-- Database "evil" dump\nline 740 \\connect evil_740\n-- Database "evil" dump\nline 741 \\connect evil_741\n-- Database "evil" dump\nline 742 \\connect evil_742\n-- Database "evil" dump\nline 743 \\connect evil_743\n-- Database "evil" dump\nline 744 \\connect evil_744\n-- Database "evil" dump\nline 745 \\connect evil_745\n-- Database "evil" dump\nline 746 \\connect evil_746\n-- Database "evil" dump\nline 747 \\connect evil_747\n-- Database "evil" dump\nline 748 \\connect evil_748\n-- Database "evil" dump\nline 749 \\connect evil_749\n-- Database "evil" dump\nline 750 \\connect evil_750\n-- Database "evil" dump\nline 751 \\connect evil_751\n-- Database "evil" dump\nline 752 \\connect evil_752\n-- Database "evil" dump\nline 753 \\connect evil_753\n-- Database "evil" dump\nline 754 \\connect evil_754\n-- Database "evil" dump\nline 755 \\connect evil_755\n-- Database "evil" dump\nline 756 \\connect evil_756\n-- Database "evil" dump\nline 757 \\connect evil_757\n-- Database "evil" dump\nline 758 \\connect evil_758\n-- Database "evil" dump\nline 759 \\connect evil_759\n-- Database "evil" dump\nline 760 \\connect evil_760\n-- Database "evil" dump\nline 761 \\connect evil_761\n-- Database "evil" dump\nline 762 \\connect evil_762\n-- Database "evil" dump\nline 763 \\connect evil_763\n-- Database "evil" dump\nline 764 \\connect evil_764\n-- Database "evil" dump\nline 765 \\connect evil_765\n-- Database "evil" dump\nline 766 \\connect evil_766\n-- Database "evil" dump\nline 767 \\connect evil_767\n-- Database "evil" dump\nline 768 \\connect evil_768\n-- Database "evil" dump\nline 769 \\connect evil_769\n-- Database "evil" dump\nline 770 \\connect evil_770\n-- Database "evil" dump\nline 771 \\connect evil_771\n-- Database "evil" dump\nline 772 \\connect evil_772\n-- Database "evil" dump\nline 773 \\connect evil_773\n-- Database "evil" dump\nline 774 \\connect evil_774\n-- Database "evil" dump\nline 775 \\connect evil_775\n-- Database "evil" dump\nline 776 \\connect evil_776\n-- Database "evil" dump\nline 777 \\connect evil_777\n-- Database "evil" dump\nline 778 \\connect evil_778\n-- Database "evil" dump\nline 779 \\connect evil_779\n-- Database "evil" dump\nline 780 \\connect evil_780\n-- Database "evil" dump\nline 781 \\connect evil_781\n-- Database "evil" dump\nline 782 \\connect evil_782\n-- Database "evil" dump\nline 783 \\connect evil_783\n-- Database "evil" dump\nline 784 \\connect evil_784\n-- Database "evil" dump\nline 785 \\connect evil_785\n-- Database "evil" dump\nline 786 \\connect evil_786\n-- Database "evil" dump\nline 787 \\connect evil_787\n-- Database "evil" dump\nline 788 \\connect evil_788\n-- Database "evil" dump\nline 789 \\connect evil_789\n-- Database "evil" dump\nline 790 \\connect evil_790\n-- Database "evil" dump\nline 791 \\connect evil_791\n-- Database "evil" dump\nline 792 \\connect evil_792\n-- Database "evil" dump\nline 793 \\connect evil_793\n-- Database "evil" dump\nline 794 \\connect evil_794\n-- Database "evil" dump\nline 795 \\connect evil_795\n-- Database "evil" dump\nline 796 \\connect evil_796\n-- Database "evil" dump\nline 797 \\connect evil_797\n-- Database "evil" dump\nline 798 \\connect evil_798\n-- Database "evil" dump\nline 799 \\connect evil_799\n-- Database "evil" dump\nline 800 \\connect evil_800\n-- Database "evil" dump\nline 801 \\connect evil_801\n-- Database "evil" dump\nline 802 \\connect evil_802\n-- Database "evil" dump\nline 803 \\connect evil_803\n-- Database "evil" dump\nline 804 \\connect evil_804\n-- Database "evil" dump\nline 805 \\connect evil_805\n-- Database "evil" dump\nline 806 \\connect evil_806\n-- Database "evil" dump\nline 807 \\connect evil_807\n-- Database "evil" dump\nline 808 \\connect evil_808\n-- Database "evil" dump\nline 809 \\connect evil_809\n-- Database "evil" dump\nline 810 \\connect evil_810\n-- Database "evil" dump\nline 811 \\connect evil_811\n-- Database "evil" dump\nline 812 \\connect evil_812\n-- Database "evil" dump\nline 813 \\connect evil_813\n-- Database "evil" dump\nline 814 \\connect evil_814\n-- Database "evil" dump\nline 815 \\connect evil_815\n-- Database "evil" dump\nline 816 \\connect evil_816\n-- Database "evil" dump\nline 817 \\connect evil_817\n-- Database "evil" dump\nline 818 \\connect evil_818\n-- Database "evil" dump\nline 819 \\connect evil_819\n-- Database "evil" dump\nline 820 \\connect evil_820\n-- Database "evil" dump\nline 821 \\connect evil_821\n-- Database "evil" dump\nline 822 \\connect evil_822\n-- Database "evil" dump\nline 823 \\connect evil_823\n-- Database "evil" dump\nline 824 \\connect evil_824\n-- Database "evil" dump\nline 825 \\connect evil_825\n-- Database "evil" dump\nline 826 \\connect evil_826\n-- Database "evil" dump\nline 827 \\connect evil_827\n-- Database "evil" dump\nline 828 \\connect evil_828\n-- Database "evil" dump\nline 829 \\connect evil_829\n-- Database "evil" dump\nline 830 \\connect evil_830\n-- Database "evil" dump\nline 831 \\connect evil_831\n-- Database "evil" dump\nline 832 \\connect evil_832\n-- Database "evil" dump\nline 833 \\connect evil_833\n-- Database "evil" dump\nline 834 \\connect evil_834\n-- Database "evil" dump\nline 835 \\connect evil_835\n-- Database "evil" dump\nline 836 \\connect evil_836\n-- Database "evil" dump\nline 837 \\connect evil_837\n-- Database "evil" dump\nline 838 \\connect evil_838\n-- Database "evil" dump\nline 839 \\connect evil_839\n-- Database "evil" dump\nline 840 \\connect evil_840\n-- Database "evil" dump\nline 841 \\connect evil_841\n-- Database "evil" dump\nline 842 \\connect evil_842\n-- Database "evil" dump\nline 843 \\connect evil_843\n-- Database "evil" dump\nline 844 \\connect evil_844\n-- Database "evil" dump\nline 845 \\connect evil_845\n-- Database "evil" dump\nline 846 \\connect evil_846\n-- Database "evil" dump\nline 847 \\connect evil_847\n-- Database "evil" dump\nline 848 \\connect evil_848\n-- Database "evil" dump\nline 849 \\connect evil_849\n-- Database "evil" dump\nline 850 \\connect evil_850\n-- Database "evil" dump\nline 851 \\connect evil_851\n-- Database "evil" dump\nline 852 \\connect evil_852\n-- Database "evil" dump\nline 853 \\connect evil_853\n-- Database "evil" dump\nline 854 \\connect evil_854\n-- Database "evil" dump\nline 855 \\connect evil_855\n-- Database "evil" dump\nline 856 \\connect evil_856\n-- Database "evil" dump\nline 857 \\connect evil_857\n-- Database "evil" dump\nline 858 \\connect evil_858\n-- Database "evil" dump\nline 859 \\connect evil_859\n-- Database "evil" dump\nline 860 \\connect evil_860\n-- Database "evil" dump\nline 861 \\connect evil_861\n-- Database "evil" dump\nline 862 \\connect evil_862\n-- Database "evil" dump\nline 863 \\connect evil_863\n-- Database "evil" dump\nline 864 \\connect evil_864\n-- Database "evil" dump\nline 865 \\connect evil_865\n-- Database "evil" dump\nline 866 \\connect evil_866\n-- Database "evil" dump\nline 867 \\connect evil_867\n-- Database "evil" dump\nline 868 \\connect evil_868\n-- Database "evil" dump\nline 869 \\connect evil_869\n-- Database "evil" dump\nline 870 \\connect evil_870\n-- Database "evil" dump\nline 871 \\connect evil_871\n-- Database "evil" dump\nline 872 \\connect evil_872\n-- Database "evil" dump\nline 873 \\connect evil_873\n-- Database "evil" dump\nline 874 \\connect evil_874\n-- Database "evil" dump\nline 875 \\connect evil_875\n-- Database "evil" dump\nline 876 \\connect evil_876\n-- Database "evil" dump\nline 877 \\connect evil_877\n-- Database "evil" dump\nline 878 \\connect evil_878\n-- Database "evil" dump\nline 879 \\connect evil_879\n-- Database "evil" dump\nline 880 \\connect evil_880\n-- Database "evil" dump\nline 881 \\connect evil_881\n-- Database "evil" dump\nline 882 \\connect evil_882\n-- Database "evil" dump\nline 883 \\connect evil_883\n-- Database "evil" dump\nline 884 \\connect evil_884\n-- Database "evil" dump\nline 885 \\connect evil_885\n-- Database "evil" dump\nline 886 \\connect evil_886\n-- Database "evil" dump\nline 887 \\connect evil_887\n-- Database "evil" dump\nline 888 \\connect evil_888\n-- Database "evil" dump\nline 889 \\connect evil_889\n-- Database "evil" dump\nline 890 \\connect evil_890\n-- Database "evil" dump\nline 891 \\connect evil_891\n-- Database "evil" dump\nline 892 \\connect evil_892\n-- Database "evil" dump\nline 893 \\connect evil_893\n-- Database "evil" dump\nline 894 \\connect evil_894\n-- Database "evil" dump\nline 895 \\connect evil_895\n-- Database "evil" dump\nline 896 \\connect evil_896\n-- Database "evil" dump\nline 897 \\connect evil_897\n-- Database "evil" dump\nline 898 \\connect evil_898\n-- Database "evil" dump\nline 899 \\connect evil_899\n-- Database "evil" dump\nline 900 \\connect evil_900\n-- Database "evil" dump\nline 901 \\connect evil_901\n-- Database "evil" dump\nline 902 \\connect evil_902\n-- Database "evil" dump\nline 903 \\connect evil_903\n-- Database "evil" dump\nline 904 \\connect evil_904\n-- Database "evil" dump\nline 905 \\connect evil_905\n-- Database "evil" dump\nline 906 \\connect evil_906\n-- Database "evil" dump\nline 907 \\connect evil_907\n-- Database "evil" dump\nline 908 \\connect evil_908\n-- Database "evil" dump\nline 909 \\connect evil_909\n-- Database "evil" dump\nline 910 \\connect evil_910\n-- Database "evil" dump\nline 911 \\connect evil_911\n-- Database "evil" dump\nline 912 \\connect evil_912\n-- Database "evil" dump\nline 913 \\connect evil_913\n-- Database "evil" dump\nline 914 \\connect evil_914\n-- Database "evil" dump\nline 915 \\connect evil_915\n-- Database "evil" dump\nline 916 \\connect evil_916\n-- Database "evil" dump\nline 917 \\connect evil_917\n-- Database "evil" dump\nline 918 \\connect evil_918\n-- Database "evil" dump\nline 919 \\connect evil_919\n-- Database "evil" dump\nline 920 \\connect evil_920\n-- Database "evil" dump\nline 921 \\connect evil_921\n-- Database "evil" dump\nline 922 \\connect evil_922\n-- Database "evil" dump\nline 923 \\connect evil_923\n-- Database "evil" dump\nline 924 \\connect evil_924\n-- Database "evil" dump\nline 925 \\connect evil_925\n-- Database "evil" dump\nline 926 \\connect evil_926\n-- Database "evil" dump\nline 927 \\connect evil_927\n-- Database "evil" dump\nline 928 \\connect evil_928\n-- Database "evil" dump\nline 929 \\connect evil_929\n-- Database "evil" dump\nline 930 \\connect evil_930\n-- Database "evil" dump\nline 931 \\connect evil_931\n-- Database "evil" dump\nline 932 \\connect evil_932\n-- Database "evil" dump\nline 933 \\connect evil_933\n-- Database "evil" dump\nline 934 \\connect evil_934\n-- Database "evil" dump\nline 935 \\connect evil_935\n-- Database "evil" dump\nline 936 \\connect evil_936\n-- Database "evil" dump\nline 937 \\connect evil_937\n-- Database "evil" dump\nline 938 \\connect evil_938\n-- Database "evil" dump\nline 939 \\connect evil_939\n-- Database "evil" dump\nline 940 \\connect evil_940\n-- Database "evil" dump\nline 941 \\connect evil_941\n-- Database "evil" dump\nline 942 \\connect evil_942\n-- Database "evil" dump\nline 943 \\connect evil_943\n-- Database "evil" dump\nline 944 \\connect evil_944\n-- Database "evil" dump\nline 945 \\connect evil_945\n-- Database "evil" dump\nline 946 \\connect evil_946\n-- Database "evil" dump\nline 947 \\connect evil_947\n-- Database "evil" dump\nline 948 \\connect evil_948\n-- Database "evil" dump\nline 949 \\connect evil_949\n-- Database "evil" dump\nline 950 \\connect evil_950\n-- Database "evil" dump\nline 951 \\connect evil_951\n-- Database "evil" dump\nline 952 \\connect evil_952\n-- Database "evil" dump\nline 953 \\connect evil_953\n-- Database "evil" dump\nline 954 \\connect evil_954\n-- Database "evil" dump\nline 955 \\connect evil_955\n-- Database "evil" dump\nline 956 \\connect evil_956\n-- Database "evil" dump\nline 957 \\connect evil_957\n-- Database "evil" dump\nline 958 \\connect evil_958\n-- Database "evil" dump\nline 959 \\connect evil_959\n-- Database "evil" dump\nline 960 \\connect evil_960\n-- Database "evil" dump\nline 961 \\connect evil_961\n-- Database "evil" dump\nline 962 \\connect evil_962\n-- Database "evil" dump\nline 963 \\connect evil_963\n-- Database "evil" dump\nline 964 \\connect evil_964\n-- Database "evil" dump\nline 965 \\connect evil_965\n-- Database "evil" dump\nline 966 \\connect evil_966\n-- Database "evil" dump\nline 967 \\connect evil_967\n-- Database "evil" dump\nline 968 \\connect evil_968\n-- Database "evil" dump\nline 969 \\connect evil_969\n-- Database "evil" dump\nline 970 \\connect evil_970\n-- Database "evil" dump\nline 971 \\connect evil_971\n-- Database "evil" dump\nline 972 \\connect evil_972\n-- Database "evil" dump\nline 973 \\connect evil_973\n-- Database "evil" dump\nline 974 \\connect evil_974\n-- Database "evil" dump\nline 975 \\connect evil_975\n-- Database "evil" dump\nline 976 \\connect evil_976\n-- Database "evil" dump\nline 977 \\connect evil_977\n-- Database "evil" dump\nline 978 \\connect evil_978\n-- Database "evil" dump\nline 979 \\connect evil_979\n-- Database "evil" dump\nline 980 \\connect evil_980\n-- Database "evil" dump\nline 981 \\connect evil_981\n-- Database "evil" dump\nline 982 \\connect evil_982\n-- Database "evil" dump\nline 983 \\connect evil_983\n-- Database "evil" dump\nline 984 \\connect evil_984\n-- Database "evil" dump\nline 985 \\connect evil_985\n-- Database "evil" dump\nline 986 \\connect evil_986\n-- Database "evil" dump\nline 987 \\connect evil_987\n-- Database "evil" dump\nline 988 \\connect evil_988\n-- Database "evil" dump\nline 989 \\connect evil_989\n-- Database "evil" dump\nline 990 \\connect evil_990\n-- Database "evil" dump\nline 991 \\connect evil_991\n-- Database "evil" dump\nline 992 \\connect evil_992\n-- Database "evil" dump\nline 993 \\connect evil_993\n-- Database "evil" dump\nline 994 \\connect evil_994\n-- Database "evil" dump\nline 995 \\connect evil_995\n-- Database "evil" dump\nline 996 \\connect evil_996\n-- Database "evil" dump\nline 997 \\connect evil_997\n-- Database "evil" dump\nline 998 \\connect evil_998\n-- Database "evil" dump\nline 999 \\connect evil_999\n-- Database "evil" dump\nline 1000 \\connect evil_1000\n-- Database "evil" dump\nline 1001 \\connect evil_1001\n-- Database "evil" dump\nline 1002 \\connect evil_1002\n-- Database "evil" dump\nline 1003 \\connect evil_1003\n-- Database "evil" dump\nline 1004 \\connect evil_1004\n-- Database "evil" dump\nline 1005 \\connect evil_1005\n-- Database "evil" dump\nline 1006 \\connect evil_1006\n-- Database "evil" dump\nline 1007 \\connect evil_1007\n-- Database "evil" dump\nline 1008 \\connect evil_1008\n-- Database "evil" dump\nline 1009 \\connect evil_1009\n-- Database "evil" dump\nline 1010 \\connect evil_1010\n-- Database "evil" dump\nline 1011 \\connect evil_1011\n-- Database "evil" dump\nline 1012 \\connect evil_1012\n-- Database "evil" dump\nline 1013 \\connect evil_1013\n-- Database "evil" dump\nline 1014 \\connect evil_1014\n-- Database "evil" dump\nline 1015 \\connect evil_1015\n-- Database "evil" dump\nline 1016 \\connect evil_1016\n-- Database "evil" dump\nline 1017 \\connect evil_1017\n-- Database "evil" dump\nline 1018 \\connect evil_1018\n-- Database "evil" dump\nline 1019 \\connect evil_1019\n-- Database "evil" dump\nline 1020 \\connect evil_1020\n-- Database "evil" dump\nline 1021 \\connect evil_1021\n-- Database "evil" dump\nline 1022 \\connect evil_1022\n-- Database "evil" dump\nline 1023 \\connect evil_1023\n-- Database "evil" dump\nline 1024 \\connect evil_1024\n-- Database "evil" dump\nline 1025 \\connect evil_1025\n-- Database "evil" dump\nline 1026 \\connect evil_1026\n-- Database "evil" dump\nline 1027 \\connect evil_1027\n-- Database "evil" dump\nline 1028 \\connect evil_1028\n-- Database "evil" dump\nline 1029 \\connect evil_1029\n-- Database "evil" dump\nline 1030 \\connect evil_1030\n-- Database "evil" dump\nline 1031 \\connect evil_1031\n-- Database "evil" dump\nline 1032 \\connect evil_1032\n-- Database "evil" dump\nline 1033 \\connect evil_1033\n-- Database "evil" dump\nline 1034 \\connect evil_1034\n-- Database "evil" dump\nline 1035 \\connect evil_1035\n-- Database "evil" dump\nline 1036 \\connect evil_1036\n-- Database "evil" dump\nline 1037 \\connect evil_1037\n-- Database "evil" dump\nline 1038 \\connect evil_1038\n-- Database "evil" dump\nline 1039 \\connect evil_1039\n-- Database "evil" dump\nline 1040 \\connect evil_1040\n-- Database "evil" dump\nline 1041 \\connect evil_1041\n-- Database "evil" dump\nline 1042 \\connect evil_1042\n-- Database "evil" dump\nline 1043 \\connect evil_1043\n-- Database "evil" dump\nline 1044 \\connect evil_1044\n-- Database "evil" dump\nline 1045 \\connect evil_1045\n-- Database "evil" dump\nline 1046 \\connect evil_1046\n-- Database "evil" dump\nline 1047 \\connect evil_1047\n-- Database "evil" dump\nline 1048 \\connect evil_1048\n-- Database "evil" dump\nline 1049 \\connect evil_1049\n-- Database "evil" dump\nline 1050 \\connect evil_1050\n-- Database "evil" dump\nline 1051 \\connect evil_1051\n-- Database "evil" dump\nline 1052 \\connect evil_1052\n-- Database "evil" dump\nline 1053 \\connect evil_1053\n-- Database "evil" dump\nline 1054 \\connect evil_1054\n-- Database "evil" dump\nline 1055 \\connect evil_1055\n-- Database "evil" dump\nline 1056 \\connect evil_1056\n-- Database "evil" dump\nline 1057 \\connect evil_1057\n-- Database "evil" dump\nline 1058 \\connect evil_1058\n-- Database "evil" dump\nline 1059 \\connect evil_1059\n-- Database "evil" dump\nline 1060 \\connect evil_1060\n-- Database "evil" dump\nline 1061 \\connect evil_1061\n-- Database "evil" dump\nline 1062 \\connect evil_1062\n-- Database "evil" dump\nline 1063 \\connect evil_1063\n-- Database "evil" dump\nline 1064 \\connect evil_1064\n-- Database "evil" dump\nline 1065 \\connect evil_1065\n-- Database "evil" dump\nline 1066 \\connect evil_1066\n-- Database "evil" dump\nline 1067 \\connect evil_1067\n-- Database "evil" dump\nline 1068 \\connect evil_1068\n-- Database "evil" dump\nline 1069 \\connect evil_1069\n-- Database "evil" dump\nline 1070 \\connect evil_1070\n-- Database "evil" dump\nline 1071 \\connect evil_1071\n-- Database "evil" dump\nline 1072 \\connect evil_1072\n-- Database "evil" dump\nline 1073 \\connect evil_1073\n-- Database "evil" dump\nline 1074 \\connect evil_1074\n-- Database "evil" dump\nline 1075 \\connect evil_1075\n-- Database "evil" dump\nline 1076 \\connect evil_1076\n-- Database "evil" dump\nline 1077 \\connect evil_1077\n-- Database "evil" dump\nline 1078 \\connect evil_1078\n-- Database "evil" dump\nline 1079 \\connect evil_1079\n-- Database "evil" dump\nline 1080 \\connect evil_1080\n-- Database "evil" dump\nline 1081 \\connect evil_1081\n-- Database "evil" dump\nline 1082 \\connect evil_1082\n-- Database "evil" dump\nline 1083 \\connect evil_1083\n-- Database "evil" dump\nline 1084 \\connect evil_1084\n-- Database "evil" dump\nline 1085 \\connect evil_1085\n-- Database "evil" dump\nline 1086 \\connect evil_1086\n-- Database "evil" dump\nline 1087 \\connect evil_1087\n-- Database "evil" dump\nline 1088 \\connect evil_1088\n-- Database "evil" dump\nline 1089 \\connect evil_1089\n-- Database "evil" dump\nline 1090 \\connect evil_1090\n-- Database "evil" dump\nline 1091 \\connect evil_1091\n-- Database "evil" dump\nline 1092 \\connect evil_1092\n-- Database "evil" dump\nline 1093 \\connect evil_1093\n-- Database "evil" dump\nline 1094 \\connect evil_1094\n-- Database "evil" dump\nline 1095 \\connect evil_1095\n-- Database "evil" dump\nline 1096 \\connect evil_1096\n-- Database "evil" dump\nline 1097 \\connect evil_1097\n-- Database "evil" dump\nline 1098 \\connect evil_1098\n-- Database "evil" dump\nline 1099 \\connect evil_1099\n-- Database "evil" dump\nline 1100 \\connect evil_1100\n-- Database "evil" dump\nline 1101 \\connect evil_1101\n-- Database "evil" dump\nline 1102 \\connect evil_1102\n-- Database "evil" dump\nline 1103 \\connect evil_1103\n-- Database "evil" dump\nline 1104 \\connect evil_1104\n-- Database "evil" dump\nline 1105 \\connect evil_1105\n-- Database "evil" dump\nline 1106 \\connect evil_1106\n-- Database "evil" dump\nline 1107 \\connect evil_1107\n-- Database "evil" dump\nline 1108 \\connect evil_1108\n-- Database "evil" dump\nline 1109 \\connect evil_1109\n-- Database "evil" dump\nline 1110 \\connect evil_1110\n-- Database "evil" dump\nline 1111 \\connect evil_1111\n-- Database "evil" dump\nline 1112 \\connect evil_1112\n-- Database "evil" dump\nline 1113 \\connect evil_1113\n-- Database "evil" dump\nline 1114 \\connect evil_1114\n-- Database "evil" dump\nline 1115 \\connect evil_1115\n-- Database "evil" dump\nline 1116 \\connect evil_1116\n-- Database "evil" dump\nline 1117 \\connect evil_1117\n-- Database "evil" dump\nline 1118 \\connect evil_1118\n-- Database "evil" dump\nline 1119 \\connect evil_1119\n-- Database "evil" dump\nline 1120 \\connect evil_1120\n-- Database "evil" dump\nline 1121 \\connect evil_1121\n-- Database "evil" dump\nline 1122 \\connect evil_1122\n-- Database "evil" dump\nline 1123 \\connect evil_1123\n-- Database "evil" dump\nline 1124 \\connect evil_1124\n-- Database "evil" dump\nline 1125 \\connect evil_1125\n-- Database "evil" dump\nline 1126 \\connect evil_1126\n-- Database "evil" dump\nline 1127 \\connect evil_1127\n-- Database "evil" dump\nline 1128 \\connect evil_1128\n-- Database "evil" dump\nline 1129 \\connect evil_1129\n-- Database "evil" dump\nline 1130 \\connect evil_1130\n-- Database "evil" dump\nline 1131 \\connect evil_1131\n-- Database "evil" dump\nline 1132 \\connect evil_1132\n-- Database "evil" dump\nline 1133 \\connect evil_1133\n-- Database "evil" dump\nline 1134 \\connect evil_1134\n-- Database "evil" dump\nline 1135 \\connect evil_1135\n-- Database "evil" dump\nline 1136 \\connect evil_1136\n-- Database "evil" dump\nline 1137 \\connect evil_1137\n-- Database "evil" dump\nline 1138 \\connect evil_1138\n-- Database "evil" dump\nline 1139 \\connect evil_1139\n-- Database "evil" dump\nline 1140 \\connect evil_1140\n-- Database "evil" dump\nline 1141 \\connect evil_1141\n-- Database "evil" dump\nline 1142 \\connect evil_1142\n-- Database "evil" dump\nline 1143 \\connect evil_1143\n-- Database "evil" dump\nline 1144 \\connect evil_1144\n-- Database "evil" dump\nline 1145 \\connect evil_1145\n-- Database "evil" dump\nline 1146 \\connect evil_1146\n-- Database "evil" dump\nline 1147 \\connect evil_1147\n-- Database "evil" dump\nline 1148 \\connect evil_1148\n-- Database "evil" dump\nline 1149 \\connect evil_1149\n-- Database "evil" dump\nline 1150 \\connect evil_1150\n-- Database "evil" dump\nline 1151 \\connect evil_1151\n-- Database "evil" dump\nline 1152 \\connect evil_1152\n-- Database "evil" dump\nline 1153 \\connect evil_1153\n-- Database "evil" dump\nline 1154 \\connect evil_1154\n-- Database "evil" dump\nline 1155 \\connect evil_1155\n-- Database "evil" dump\nline 1156 \\connect evil_1156\n-- Database "evil" dump\nline 1157 \\connect evil_1157\n-- Database "evil" dump\nline 1158 \\connect evil_1158\n-- Database "evil" dump\nline 1159 \\connect evil_1159\n-- Database "evil" dump\nline 1160 \\connect evil_1160\n-- Database "evil" dump\nline 1161 \\connect evil_1161\n-- Database "evil" dump\nline 1162 \\connect evil_1162\n-- Database "evil" dump\nline 1163 \\connect evil_1163\n-- Database "evil" dump\nline 1164 \\connect evil_1164\n-- Database "evil" dump\nline 1165 \\connect evil_1165\n-- Database "evil" dump\nline 1166 \\connect evil_1166\n-- Database "evil" dump\nline 1167 \\connect evil_1167\n-- Database "evil" dump\nline 1168 \\connect evil_1168\n-- Database "evil" dump\nline 1169 \\connect evil_1169\n-- Database "evil" dump\nline 1170 \\connect evil_1170\n-- Database "evil" dump\nline 1171 \\connect evil_1171\n-- Database "evil" dump\nline 1172 \\connect evil_1172\n-- Database "evil" dump\nline 1173 \\connect evil_1173\n-- Database "evil" dump\nline 1174 \\connect evil_1174\n-- Database "evil" dump\nline 1175 \\connect evil_1175\n-- Database "evil" dump\nline 1176 \\connect evil_1176\n-- Database "evil" dump\nline 1177 \\connect evil_1177\n-- Database "evil" dump\nline 1178 \\connect evil_1178\n-- Database "evil" dump\nline 1179 \\connect evil_1179\n-- Database "evil" dump\nline 1180 \\connect evil_1180\n-- Database "evil" dump\nline 1181 \\connect evil_1181\n-- Database "evil" dump\nline 1182 \\connect evil_1182\n-- Database "evil" dump\nline 1183 \\connect evil_1183\n-- Database "evil" dump\nline 1184 \\connect evil_1184\n-- Database "evil" dump\nline 1185 \\connect evil_1185\n-- Database "evil" dump\nline 1186 \\connect evil_1186\n-- Database "evil" dump\nline 1187 \\connect evil_1187\n-- Database "evil" dump\nline 1188 \\connect evil_1188\n-- Database "evil" dump\nline 1189 \\connect evil_1189\n-- Database "evil" dump\nline 1190 \\connect evil_1190\n-- Database "evil" dump\nline 1191 \\connect evil_1191\n-- Database "evil" dump\nline 1192 \\connect evil_1192\n-- Database "evil" dump\nline 1193 \\connect evil_1193\n-- Database "evil" dump\nline 1194 \\connect evil_1194\n-- Database "evil" dump\nline 1195 \\connect evil_1195\n-- Database "evil" dump\nline 1196 \\connect evil_1196\n-- Database "evil" dump\nline 1197 \\connect evil_1197\n-- Database "evil" dump\nline 1198 \\connect evil_1198\n-- Database "evil" dump\nline 1199 \\connect evil_1199\n-- Database "evil" dump\nline 1200 \\connect evil_1200\n-- Database "evil" dump\nline 1201 \\connect evil_1201\n-- Database "evil" dump\nline 1202 \\connect evil_1202\n-- Database "evil" dump\nline 1203 \\connect evil_1203\n-- Database "evil" dump\nline 1204 \\connect evil_1204\n-- Database "evil" dump\nline 1205 \\connect evil_1205\n-- Database "evil" dump\nline 1206 \\connect evil_1206\n-- Database "evil" dump\nline 1207 \\connect evil_1207\n-- Database "evil" dump\nline 1208 \\connect evil_1208\n-- Database "evil" dump\nline 1209 \\connect evil_1209\n-- Database "evil" dump\nline 1210 \\connect evil_1210\n-- Database "evil" dump\nline 1211 \\connect evil_1211\n-- Database "evil" dump\nline 1212 \\connect evil_1212\n-- Database "evil" dump\nline 1213 \\connect evil_1213\n-- Database "evil" dump\nline 1214 \\connect evil_1214\n-- Database "evil" dump\nline 1215 \\connect evil_1215\n-- Database "evil" dump\nline 1216 \\connect evil_1216\n-- Database "evil" dump\nline 1217 \\connect evil_1217\n-- Database "evil" dump\nline 1218 \\connect evil_1218\n-- Database "evil" dump\nline 1219 \\connect evil_1219\n-- Database "evil" dump\nline 1220 \\connect evil_1220\n-- Database "evil" dump\nline 1221 \\connect evil_1221\n-- Database "evil" dump\nline 1222 \\connect evil_1222\n-- Database "evil" dump\nline 1223 \\connect evil_1223\n-- Database "evil" dump\nline 1224 \\connect evil_1224\n-- Database "evil" dump\nline 1225 \\connect evil_1225\n-- Database "evil" dump\nline 1226 \\connect evil_1226\n-- Database "evil" dump\nline 1227 \\connect evil_1227\n-- Database "evil" dump\nline 1228 \\connect evil_1228\n-- Database "evil" dump\nline 1229 \\connect evil_1229\n-- Database "evil" dump\nline 1230 \\connect evil_1230\n-- Database "evil" dump\nline 1231 \\connect evil_1231\n-- Database "evil" dump\nline 1232 \\connect evil_1232\n-- Database "evil" dump\nline 1233 \\connect evil_1233\n-- Database "evil" dump\nline 1234 \\connect evil_1234\n-- Database "evil" dump\nline 1235 \\connect evil_1235\n-- Database "evil" dump\nline 1236 \\connect evil_1236\n-- Database "evil" dump\nline 1237 \\connect evil_1237\n-- Database "evil" dump\nline 1238 \\connect evil_1238\n-- Database "evil" dump\nline 1239 \\connect evil_1239\n-- Database "evil" dump\nline 1240 \\connect evil_1240\n-- Database "evil" dump\nline 1241 \\connect evil_1241\n-- Database "evil" dump\nline 1242 \\connect evil_1242\n-- Database "evil" dump\nline 1243 \\connect evil_1243\n-- Database "evil" dump\nline 1244 \\connect evil_1244\n-- Database "evil" dump\nline 1245 \\connect evil_1245\n-- Database "evil" dump\nline 1246 \\connect evil_1246\n-- Database "evil" dump\nline 1247 \\connect evil_1247\n-- Database "evil" dump\nline 1248 \\connect evil_1248\n-- Database "evil" dump\nline 1249 \\connect evil_1249\n-- Database "evil" dump\nline 1250 \\connect evil_1250\n-- Database "evil" dump\nline 1251 \\connect evil_1251\n-- Database "evil" dump\nline 1252 \\connect evil_1252\n-- Database "evil" dump\nline 1253 \\connect evil_1253\n-- Database "evil" dump\nline 1254 \\connect evil_1254\n-- Database "evil" dump\nline 1255 \\connect evil_1255\n-- Database "evil" dump\nline 1256 \\connect evil_1256\n-- Database "evil" dump\nline 1257 \\connect evil_1257\n-- Database "evil" dump\nline 1258 \\connect evil_1258\n-- Database "evil" dump\nline 1259 \\connect evil_1259\n-- Database "evil" dump\nline 1260 \\connect evil_1260\n-- Database "evil" dump\nline 1261 \\connect evil_1261\n-- Database "evil" dump\nline 1262 \\connect evil_1262\n-- Database "evil" dump\nline 1263 \\connect evil_1263\n-- Database "evil" dump\nline 1264 \\connect evil_1264\n-- Database "evil" dump\nline 1265 \\connect evil_1265\n-- Database "evil" dump\nline 1266 \\connect evil_1266\n-- Database "evil" dump\nline 1267 \\connect evil_1267\n-- Database "evil" dump\nline 1268 \\connect evil_1268\n-- Database "evil" dump\nline 1269 \\connect evil_1269\n-- Database "evil" dump\nline 1270 \\connect evil_1270\n-- Database "evil" dump\nline 1271 \\connect evil_1271\n-- Database "evil" dump\nline 1272 \\connect evil_1272\n-- Database "evil" dump\nline 1273 \\connect evil_1273\n-- Database "evil" dump\nline 1274 \\connect evil_1274\n-- Database "evil" dump\nline 1275 \\connect evil_1275\n-- Database "evil" dump\nline 1276 \\connect evil_1276\n-- Database "evil" dump\nline 1277 \\connect evil_1277\n-- Database "evil" dump\nline 1278 \\connect evil_1278\n-- Database "evil" dump\nline 1279 \\connect evil_1279\n-- Database "evil" dump\nline 1280 \\connect evil_1280\n-- Database "evil" dump\nline 1281 \\connect evil_1281\n-- Database "evil" dump\nline 1282 \\connect evil_1282\n-- Database "evil" dump\nline 1283 \\connect evil_1283\n-- Database "evil" dump\nline 1284 \\connect evil_1284\n-- Database "evil" dump\nline 1285 \\connect evil_1285\n-- Database "evil" dump\nline 1286 \\connect evil_1286\n-- Database "evil" dump\nline 1287 \\connect evil_1287\n-- Database "evil" dump\nline 1288 \\connect evil_1288\n-- Database "evil" dump\nline 1289 \\connect evil_1289\n-- Database "evil" dump\nline 1290 \\connect evil_1290\n-- Database "evil" dump\nline 1291 \\connect evil_1291\n-- Database "evil" dump\nline 1292 \\connect evil_1292\n-- Database "evil" dump\nline 1293 \\connect evil_1293\n-- Database "evil" dump\nline 1294 \\connect evil_1294\n-- Database "evil" dump\nline 1295 \\connect evil_1295\n-- Database "evil" dump\nline 1296 \\connect evil_1296\n-- Database "evil" dump\nline 1297 \\connect evil_1297\n-- Database "evil" dump\nline 1298 \\connect evil_1298\n-- Database "evil" dump\nline 1299 \\connect evil_1299\n-- Database "evil" dump\nline 1300 \\connect evil_1300\n-- Database "evil" dump\nline 1301 \\connect evil_1301\n-- Database "evil" dump\nline 1302 \\connect evil_1302\n-- Database "evil" dump\nline 1303 \\connect evil_1303\n-- Database "evil" dump\nline 1304 \\connect evil_1304\n-- Database "evil" dump\nline 1305 \\connect evil_1305\n-- Database "evil" dump\nline 1306 \\connect evil_1306\n-- Database "evil" dump\nline 1307 \\connect evil_1307\n-- Database "evil" dump\nline 1308 \\connect evil_1308\n-- Database "evil" dump\nline 1309 \\connect evil_1309\n-- Database "evil" dump\nline 1310 \\connect evil_1310\n-- Database "evil" dump\nline 1311 \\connect evil_1311\n-- Database "evil" dump\nline 1312 \\connect evil_1312\n-- Database "evil" dump\nline 1313 \\connect evil_1313\n-- Database "evil" dump\nline 1314 \\connect evil_1314\n-- Database "evil" dump\nline 1315 \\connect evil_1315\n-- Database "evil" dump\nline 1316 \\connect evil_1316\n-- Database "evil" dump\nline 1317 \\connect evil_1317\n-- Database "evil" dump\nline 1318 \\connect evil_1318\n-- Database "evil" dump\nline 1319 \\connect evil_1319\n-- Database "evil" dump\nline 1320 \\connect evil_1320\n-- Database "evil" dump\nline 1321 \\connect evil_1321\n-- Database "evil" dump\nline 1322 \\connect evil_1322\n-- Database "evil" dump\nline 1323 \\connect evil_1323\n-- Database "evil" dump\nline 1324 \\connect evil_1324\n-- Database "evil" dump\nline 1325 \\connect evil_1325\n-- Database "evil" dump\nline 1326 \\connect evil_1326\n-- Database "evil" dump\nline 1327 \\connect evil_1327\n-- Database "evil" dump\nline 1328 \\connect evil_1328\n-- Database "evil" dump\nline 1329 \\connect evil_1329\n-- Database "evil" dump\nline 1330 \\connect evil_1330\n-- Database "evil" dump\nline 1331 \\connect evil_1331\n-- Database "evil" dump\nline 1332 \\connect evil_1332\n-- Database "evil" dump\nline 1333 \\connect evil_1333\n-- Database "evil" dump\nline 1334 \\connect evil_1334\n-- Database "evil" dump\nline 1335 \\connect evil_1335\n-- Database "evil" dump\nline 1336 \\connect evil_1336\n-- Database "evil" dump\nline 1337 \\connect evil_1337\n-- Database "evil" dump\nline 1338 \\connect evil_1338\n-- Database "evil" dump\nline 1339 \\connect evil_1339\n-- Database "evil" dump\nline 1340 \\connect evil_1340\n-- Database "evil" dump\nline 1341 \\connect evil_1341\n-- Database "evil" dump\nline 1342 \\connect evil_1342\n-- Database "evil" dump\nline 1343 \\connect evil_1343\n-- Database "evil" dump\nline 1344 \\connect evil_1344\n-- Database "evil" dump\nline 1345 \\connect evil_1345\n-- Database "evil" dump\nline 1346 \\connect evil_1346\n-- Database "evil" dump\nline 1347 \\connect evil_1347\n-- Database "evil" dump\nline 1348 \\connect evil_1348\n-- Database "evil" dump\nline 1349 \\connect evil_1349\n-- Database "evil" dump\nline 1350 \\connect evil_1350\n-- Database "evil" dump\nline 1351 \\connect evil_1351\n-- Database "evil" dump\nline 1352 \\connect evil_1352\n-- Database "evil" dump\nline 1353 \\connect evil_1353\n-- Database "evil" dump\nline 1354 \\connect evil_1354\n-- Database "evil" dump\nline 1355 \\connect evil_1355\n-- Database "evil" dump\nline 1356 \\connect evil_1356\n-- Database "evil" dump\nline 1357 \\connect evil_1357\n-- Database "evil" dump\nline 1358 \\connect evil_1358\n-- Database "evil" dump\nline 1359 \\connect evil_1359\n-- Database "evil" dump\nline 1360 \\connect evil_1360\n-- Database "evil" dump\nline 1361 \\connect evil_1361\n-- Database "evil" dump\nline 1362 \\connect evil_1362\n-- Database "evil" dump\nline 1363 \\connect evil_1363\n-- Database "evil" dump\nline 1364 \\connect evil_1364\n-- Database "evil" dump\nline 1365 \\connect evil_1365\n-- Database "evil" dump\nline 1366 \\connect evil_1366\n-- Database "evil" dump\nline 1367 \\connect evil_1367\n-- Database "evil" dump\nline 1368 \\connect evil_1368\n-- Database "evil" dump\nline 1369 \\connect evil_1369\n-- Database "evil" dump\nline 1370 \\connect evil_1370\n-- Database "evil" dump\nline 1371 \\connect evil_1371\n-- Database "evil" dump\nline 1372 \\connect evil_1372\n-- Database "evil" dump\nline 1373 \\connect evil_1373\n-- Database "evil" dump\nline 1374 \\connect evil_1374\n-- Database "evil" dump\nline 1375 \\connect evil_1375\n-- Database "evil" dump\nline 1376 \\connect evil_1376\n-- Database "evil" dump\nline 1377 \\connect evil_1377\n-- Database "evil" dump\nline 1378 \\connect evil_1378\n-- Database "evil" dump\nline 1379 \\connect evil_1379\n-- Database "evil" dump\nline 1380 \\connect evil_1380\n-- Database "evil" dump\nline 1381 \\connect evil_1381\n-- Database "evil" dump\nline 1382 \\connect evil_1382\n-- Database "evil" dump\nline 1383 \\connect evil_1383\n-- Database "evil" dump\nline 1384 \\connect evil_1384\n-- Database "evil" dump\nline 1385 \\connect evil_1385\n-- Database "evil" dump\nline 1386 \\connect evil_1386\n-- Database "evil" dump\nline 1387 \\connect evil_1387\n-- Database "evil" dump\nline 1388 \\connect evil_1388\n-- Database "evil" dump\nline 1389 \\connect evil_1389\n-- Database "evil" dump\nline 1390 \\connect evil_1390\n-- Database "evil" dump\nline 1391 \\connect evil_1391\n-- Database "evil" dump\nline 1392 \\connect evil_1392\n-- Database "evil" dump\nline 1393 \\connect evil_1393\n-- Database "evil" dump\nline 1394 \\connect evil_1394\n-- Database "evil" dump\nline 1395 \\connect evil_1395\n-- Database "evil" dump\nline 1396 \\connect evil_1396\n-- Database "evil" dump\nline 1397 \\connect evil_1397\n-- Database "evil" dump\nline 1398 \\connect evil_1398\n-- Database "evil" dump\nline 1399 \\connect evil_1399\n-- Database "evil" dump\nline 1400 \\connect evil_1400\n-- Database "evil" dump\nline 1401 \\connect evil_1401\n-- Database "evil" dump\nline 1402 \\connect evil_1402\n-- Database "evil" dump\nline 1403 \\connect evil_1403\n-- Database "evil" dump\nline 1404 \\connect evil_1404\n-- Database "evil" dump\nline 1405 \\connect evil_1405\n-- Database "evil" dump\nline 1406 \\connect evil_1406\n-- Database "evil" dump\nline 1407 \\connect evil_1407\n-- Database "evil" dump\nline 1408 \\connect evil_1408\n-- Database "evil" dump\nline 1409 \\connect evil_1409\n-- Database "evil" dump\nline 1410 \\connect evil_1410\n-- Database "evil" dump\nline 1411 \\connect evil_1411\n-- Database "evil" dump\nline 1412 \\connect evil_1412\n-- Database "evil" dump\nline 1413 \\connect evil_1413\n-- Database "evil" dump\nline 1414 \\connect evil_1414\n-- Database "evil" dump\nline 1415 \\connect evil_1415\n-- Database "evil" dump\nline 1416 \\connect evil_1416\n-- Database "evil" dump\nline 1417 \\connect evil_1417\n-- Database "evil" dump\nline 1418 \\connect evil_1418\n-- Database "evil" dump\nline 1419 \\connect evil_1419\n-- Database "evil" dump\nline 1420 \\connect evil_1420\n-- Database "evil" dump\nline 1421 \\connect evil_1421\n-- Database "evil" dump\nline 1422 \\connect evil_1422\n-- Database "evil" dump\nline 1423 \\connect evil_1423\n-- Database "evil" dump\nline 1424 \\connect evil_1424\n-- Database "evil" dump\nline 1425 \\connect evil_1425\n-- Database "evil" dump\nline 1426 \\connect evil_1426\n-- Database "evil" dump\nline 1427 \\connect evil_1427\n-- Database "evil" dump\nline 1428 \\connect evil_1428\n-- Database "evil" dump\nline 1429 \\connect evil_1429\n-- Database "evil" dump\nline 1430 \\connect evil_1430\n-- Database "evil" dump\nline 1431 \\connect evil_1431\n-- Database "evil" dump\nline 1432 \\connect evil_1432\n-- Database "evil" dump\nline 1433 \\connect evil_1433\n-- Database "evil" dump\nline 1434 \\connect evil_1434\n-- Database "evil" dump\nline 1435 \\connect evil_1435\n-- Database "evil" dump\nline 1436 \\connect evil_1436\n-- Database "evil" dump\nline 1437 \\connect evil_1437\n-- Database "evil" dump\nline 1438 \\connect evil_1438\n-- Database "evil" dump\nline 1439 \\connect evil_1439\n-- Database "evil" dump\nline 1440 \\connect evil_1440\n-- Database "evil" dump\nline 1441 \\connect evil_1441\n-- Database "evil" dump\nline 1442 \\connect evil_1442\n-- Database "evil" dump\nline 1443 \\connect evil_1443\n-- Database "evil" dump\nline 1444 \\connect evil_1444\n-- Database "evil" dump\nline 1445 \\connect evil_1445\n-- Database "evil" dump\nline 1446 \\connect evil_1446\n-- Database "evil" dump\nline 1447 \\connect evil_1447\n-- Database "evil" dump\nline 1448 \\connect evil_1448\n-- Database "evil" dump\nline 1449 \\connect evil_1449\n-- Database "evil" dump\nline 1450 \\connect evil_1450\n-- Database "evil" dump\nline 1451 \\connect evil_1451\n-- Database "evil" dump\nline 1452 \\connect evil_1452\n-- Database "evil" dump\nline 1453 \\connect evil_1453\n-- Database "evil" dump\nline 1454 \\connect evil_1454\n-- Database "evil" dump\nline 1455 \\connect evil_1455\n-- Database "evil" dump\nline 1456 \\connect evil_1456\n-- Database "evil" dump\nline 1457 \\connect evil_1457\n-- Database "evil" dump\nline 1458 \\connect evil_1458\n-- Database "evil" dump\nline 1459 \\connect evil_1459\n-- Database "evil" dump\nline 1460 \\connect evil_1460\n-- Database "evil" dump\nline 1461 \\connect evil_1461\n-- Database "evil" dump\nline 1462 \\connect evil_1462\n-- Database "evil" dump\nline 1463 \\connect evil_1463\n-- Database "evil" dump\nline 1464 \\connect evil_1464\n-- Database "evil" dump\nline 1465 \\connect evil_1465\n-- Database "evil" dump\nline 1466 \\connect evil_1466\n-- Database "evil" dump\nline 1467 \\connect evil_1467\n-- Database "evil" dump\nline 1468 \\connect evil_1468\n-- Database "evil" dump\nline 1469 \\connect evil_1469\n-- Database "evil" dump\nline 1470 \\connect evil_1470\n-- Database "evil" dump\nline 1471 \\connect evil_1471\n-- Database "evil" dump\nline 1472 \\connect evil_1472\n-- Database "evil" dump\nline 1473 \\connect evil_1473\n-- Database "evil" dump\nline 1474 \\connect evil_1474\n-- Database "evil" dump\nline 1475 \\connect evil_1475\n-- Database "evil" dump\nline 1476 \\connect evil_1476\n-- Database "evil" dump\nline 1477 \\connect evil_1477\n-- Database "evil" dump\nline 1478 \\connect evil_1478\n-- Database "evil" dump\nline 1479 \\connect evil_1479\n-- Database "evil" dump\nline 1480 \\connect evil_1480\n-- Database "evil" dump\nline 1481 \\connect evil_1481\n-- Database "evil" dump\nline 1482 \\connect evil_1482\n-- Database "evil" dump\nline 1483 \\connect evil_1483\n-- Database "evil" dump\nline 1484 \\connect evil_1484\n-- Database "evil" dump\nline 1485 \\connect evil_1485\n-- Database "evil" dump\nline 1486 \\connect evil_1486\n-- Database "evil" dump\nline 1487 \\connect evil_1487\n-- Database "evil" dump\nline 1488 \\connect evil_1488\n-- Database "evil" dump\nline 1489 \\connect evil_1489\n-- Database "evil" dump\nline 1490 \\connect evil_1490\n-- Database "evil" dump\nline 1491 \\connect evil_1491\n-- Database "evil" dump\nline 1492 \\connect evil_1492\n-- Database "evil" dump\nline 1493 \\connect evil_1493\n-- Database "evil" dump\nline 1494 \\connect evil_1494\n-- Database "evil" dump\nline 1495 \\connect evil_1495\n-- Database "evil" dump\nline 1496 \\connect evil_1496\n-- Database "evil" dump\nline 1497 \\connect evil_1497\n-- Database "evil" dump\nline 1498 \\connect evil_1498\n-- Database "evil" dump\nline 1499 \\connect evil_1499\n-- Database "evil" dump\nline 1500 \\connect evil_1500\n-- Database "evil" dump\nline 1501 \\connect evil_1501\n-- Database "evil" dump\nline 1502 \\connect evil_1502\n-- Database "evil" dump\nline 1503 \\connect evil_1503\n-- Database "evil" dump\nline 1504 \\connect evil_1504\n-- Database "evil" dump\nline 1505 \\connect evil_1505\n-- Database "evil" dump\nline 1506 \\connect evil_1506\n-- Database "evil" dump\nline 1507 \\connect evil_1507\n-- Database "evil" dump\nline 1508 \\connect evil_1508\n-- Database "evil" dump\nline 1509 \\connect evil_1509\n-- Database "evil" dump\nline 1510 \\connect evil_1510\n-- Database "evil" dump\nline 1511 \\connect evil_1511\n-- Database "evil" dump\nline 1512 \\connect evil_1512\n-- Database "evil" dump\nline 1513 \\connect evil_1513\n-- Database "evil" dump\nline 1514 \\connect evil_1514\n-- Database "evil" dump\nline 1515 \\connect evil_1515\n-- Database "evil" dump\nline 1516 \\connect evil_1516\n-- Database "evil" dump\nline 1517 \\connect evil_1517\n-- Database "evil" dump\nline 1518 \\connect evil_1518\n-- Database "evil" dump\nline 1519 \\connect evil_1519\n-- Database "evil" dump\nline 1520 \\connect evil_1520\n-- Database "evil" dump\nline 1521 \\connect evil_1521\n-- Database "evil" dump\nline 1522 \\connect evil_1522\n-- Database "evil" dump\nline 1523 \\connect evil_1523\n-- Database "evil" dump\nline 1524 \\connect evil_1524\n-- Database "evil" dump\nline 1525 \\connect evil_1525\n-- Database "evil" dump\nline 1526 \\connect evil_1526\n-- Database "evil" dump\nline 1527 \\connect evil_1527\n-- Database "evil" dump\nline 1528 \\connect evil_1528\n-- Database "evil" dump\nline 1529 \\connect evil_1529\n-- Database "evil" dump\nline 1530 \\connect evil_1530\n-- Database "evil" dump\nline 1531 \\connect evil_1531\n-- Database "evil" dump\nline 1532 \\connect evil_1532\n-- Database "evil" dump\nline 1533 \\connect evil_1533\n-- Database "evil" dump\nline 1534 \\connect evil_1534\n-- Database "evil" dump\nline 1535 \\connect evil_1535\n-- Database "evil" dump\nline 1536 \\connect evil_1536\n-- Database "evil" dump\nline 1537 \\connect evil_1537\n-- Database "evil" dump\nline 1538 \\connect evil_1538\n-- Database "evil" dump\nline 1539 \\connect evil_1539\n-- Database "evil" dump\nline 1540 \\connect evil_1540\n-- Database "evil" dump\nline 1541 \\connect evil_1541\n-- Database "evil" dump\nline 1542 \\connect evil_1542\n-- Database "evil" dump\nline 1543 \\connect evil_1543\n-- Database "evil" dump\nline 1544 \\connect evil_1544\n-- Database "evil" dump\nline 1545 \\connect evil_1545\n-- Database "evil" dump\nline 1546 \\connect evil_1546\n-- Database "evil" dump\nline 1547 \\connect evil_1547\n-- Database "evil" dump\nline 1548 \\connect evil_1548\n-- Database "evil" dump\nline 1549 \\connect evil_1549\n-- Database "evil" dump\nline 1550 \\connect evil_1550\n-- Database "evil" dump\nline 1551 \\connect evil_1551\n-- Database "evil" dump\nline 1552 \\connect evil_1552\n-- Database "evil" dump\nline 1553 \\connect evil_1553\n-- Database "evil" dump\nline 1554 \\connect evil_1554\n-- Database "evil" dump\nline 1555 \\connect evil_1555\n-- Database "evil" dump\nline 1556 \\connect evil_1556\n-- Database "evil" dump\nline 1557 \\connect evil_1557\n-- Database "evil" dump\nline 1558 \\connect evil_1558\n-- Database "evil" dump\nline 1559 \\connect evil_1559\n-- Database "evil" dump\nline 1560 \\connect evil_1560\n-- Database "evil" dump\nline 1561 \\connect evil_1561\n-- Database "evil" dump\nline 1562 \\connect evil_1562\n-- Database "evil" dump\nline 1563 \\connect evil_1563\n-- Database "evil" dump\nline 1564 \\connect evil_1564\n-- Database "evil" dump\nline 1565 \\connect evil_1565\n-- Database "evil" dump\nline 1566 \\connect evil_1566\n-- Database "evil" dump\nline 1567 \\connect evil_1567\n-- Database "evil" dump\nline 1568 \\connect evil_1568\n-- Database "evil" dump\nline 1569 \\connect evil_1569\n-- Database "evil" dump\nline 1570 \\connect evil_1570\n-- Database "evil" dump\nline 1571 \\connect evil_1571\n-- Database "evil" dump\nline 1572 \\connect evil_1572\n-- Database "evil" dump\nline 1573 \\connect evil_1573\n-- Database "evil" dump\nline 1574 \\connect evil_1574\n-- Database "evil" dump\nline 1575 \\connect evil_1575\n-- Database "evil" dump\nline 1576 \\connect evil_1576\n-- Database "evil" dump\nline 1577 \\connect evil_1577\n-- Database "evil" dump\nline 1578 \\connect evil_1578\n-- Database "evil" dump\nline 1579 \\connect evil_1579\n-- Database "evil" dump\nline 1580 \\connect evil_1580\n-- Database "evil" dump\nline 1581 \\connect evil_1581\n-- Database "evil" dump\nline 1582 \\connect evil_1582\n-- Database "evil" dump\nline 1583 \\connect evil_1583\n-- Database "evil" dump\nline 1584 \\connect evil_1584\n-- Database "evil" dump\nline 1585 \\connect evil_1585\n-- Database "evil" dump\nline 1586 \\connect evil_1586\n-- Database "evil" dump\nline 1587 \\connect evil_1587\n-- Database "evil" dump\nline 1588 \\connect evil_1588\n-- Database "evil" dump\nline 1589 \\connect evil_1589\n-- Database "evil" dump\nline 1590 \\connect evil_1590\n-- Database "evil" dump\nline 1591 \\connect evil_1591\n-- Database "evil" dump\nline 1592 \\connect evil_1592\n-- Database "evil" dump\nline 1593 \\connect evil_1593\n-- Database "evil" dump\nline 1594 \\connect evil_1594\n-- Database "evil" dump\nline 1595 \\connect evil_1595\n-- Database "evil" dump\nline 1596 \\connect evil_1596\n-- Database "evil" dump\nline 1597 \\connect evil_1597\n-- Database "evil" dump\nline 1598 \\connect evil_1598\n-- Database "evil" dump\nline 1599 \\connect evil_1599\n-- Database "evil" dump\nline 1600 \\connect evil_1600\n-- Database "evil" dump\nline 1601 \\connect evil_1601\n-- Database "evil" dump\nline 1602 \\connect evil_1602\n-- Database "evil" dump\nline 1603 \\connect evil_1603\n-- Database "evil" dump\nline 1604 \\connect evil_1604\n-- Database "evil" dump\nline 1605 \\connect evil_1605\n-- Database "evil" dump\nline 1606 \\connect evil_1606\n-- Database "evil" dump\nline 1607 \\connect evil_1607\n-- Database "evil" dump\nline 1608 \\connect evil_1608\n-- Database "evil" dump\nline 1609 \\connect evil_1609\n-- Database "evil" dump\nline 1610 \\connect evil_1610\n-- Database "evil" dump\nline 1611 \\connect evil_1611\n-- Database "evil" dump\nline 1612 \\connect evil_1612\n-- Database "evil" dump\nline 1613 \\connect evil_1613\n-- Database "evil" dump\nline 1614 \\connect evil_1614\n-- Database "evil" dump\nline 1615 \\connect evil_1615\n-- Database "evil" dump\nline 1616 \\connect evil_1616\n-- Database "evil" dump\nline 1617 \\connect evil_1617\n-- Database "evil" dump\nline 1618 \\connect evil_1618\n-- Database "evil" dump\nline 1619 \\connect evil_1619\n-- Database "evil" dump\nline 1620 \\connect evil_1620\n-- Database "evil" dump\nline 1621 \\connect evil_1621\n-- Database "evil" dump\nline 1622 \\connect evil_1622\n-- Database "evil" dump\nline 1623 \\connect evil_1623\n-- Database "evil" dump\nline 1624 \\connect evil_1624\n-- Database "evil" dump\nline 1625 \\connect evil_1625\n-- Database "evil" dump\nline 1626 \\connect evil_1626\n-- Database "evil" dump\nline 1627 \\connect evil_1627\n-- Database "evil" dump\nline 1628 \\connect evil_1628\n-- Database "evil" dump\nline 1629 \\connect evil_1629\n-- Database "evil" dump\nline 1630 \\connect evil_1630\n-- Database "evil" dump\nline 1631 \\connect evil_1631\n-- Database "evil" dump\nline 1632 \\connect evil_1632\n-- Database "evil" dump\nline 1633 \\connect evil_1633\n-- Database "evil" dump\nline 1634 \\connect evil_1634\n-- Database "evil" dump\nline 1635 \\connect evil_1635\n-- Database "evil" dump\nline 1636 \\connect evil_1636\n-- Database "evil" dump\nline 1637 \\connect evil_1637\n-- Database "evil" dump\nline 1638 \\connect evil_1638\n-- Database "evil" dump\nline 1639 \\connect evil_1639\n-- Database "evil" dump\nline 1640 \\connect evil_1640\n-- Database "evil" dump\nline 1641 \\connect evil_1641\n-- Database "evil" dump\nline 1642 \\connect evil_1642\n-- Database "evil" dump\nline 1643 \\connect evil_1643\n-- Database "evil" dump\nline 1644 \\connect evil_1644\n-- Database "evil" dump\nline 1645 \\connect evil_1645\n-- Database "evil" dump\nline 1646 \\connect evil_1646\n-- Database "evil" dump\nline 1647 \\connect evil_1647\n-- Database "evil" dump\nline 1648 \\connect evil_1648\n-- Database "evil" dump\nline 1649 \\connect evil_1649\n-- Database "evil" dump\nline 1650 \\connect evil_1650\n-- Database "evil" dump\nline 1651 \\connect evil_1651\n-- Database "evil" dump\nline 1652 \\connect evil_1652\n-- Database "evil" dump\nline 1653 \\connect evil_1653\n-- Database "evil" dump\nline 1654 \\connect evil_1654\n-- Database "evil" dump\nline 1655 \\connect evil_1655\n-- Database "evil" dump\nline 1656 \\connect evil_1656\n-- Database "evil" dump\nline 1657 \\connect evil_1657\n-- Database "evil" dump\nline 1658 \\connect evil_1658\n-- Database "evil" dump\nline 1659 \\connect evil_1659\n-- Database "evil" dump\nline 1660 \\connect evil_1660\n-- Database "evil" dump\nline 1661 \\connect evil_1661\n-- Database "evil" dump\nline 1662 \\connect evil_1662\n-- Database "evil" dump\nline 1663 \\connect evil_1663\n-- Database "evil" dump\nline 1664 \\connect evil_1664\n-- Database "evil" dump\nline 1665 \\connect evil_1665\n-- Database "evil" dump\nline 1666 \\connect evil_1666\n-- Database "evil" dump\nline 1667 \\connect evil_1667\n-- Database "evil" dump\nline 1668 \\connect evil_1668\n-- Database "evil" dump\nline 1669 \\connect evil_1669\n-- Database "evil" dump\nline 1670 \\connect evil_1670\n-- Database "evil" dump\nline 1671 \\connect evil_1671\n-- Database "evil" dump\nline 1672 \\connect evil_1672\n-- Database "evil" dump\nline 1673 \\connect evil_1673\n-- Database "evil" dump\nline 1674 \\connect evil_1674\n-- Database "evil" dump\nline 1675 \\connect evil_1675\n-- Database "evil" dump\nline 1676 \\connect evil_1676\n-- Database "evil" dump\nline 1677 \\connect evil_1677\n-- Database "evil" dump\nline 1678 \\connect evil_1678\n-- Database "evil" dump\nline 1679 \\connect evil_1679\n-- Database "evil" dump\nline 1680 \\connect evil_1680\n-- Database "evil" dump\nline 1681 \\connect evil_1681\n-- Database "evil" dump\nline 1682 \\connect evil_1682\n-- Database "evil" dump\nline 1683 \\connect evil_1683\n-- Database "evil" dump\nline 1684 \\connect evil_1684\n-- Database "evil" dump\nline 1685 \\connect evil_1685\n-- Database "evil" dump\nline 1686 \\connect evil_1686\n-- Database "evil" dump\nline 1687 \\connect evil_1687\n-- Database "evil" dump\nline 1688 \\connect evil_1688\n-- Database "evil" dump\nline 1689 \\connect evil_1689\n-- Database "evil" dump\nline 1690 \\connect evil_1690\n-- Database "evil" dump\nline 1691 \\connect evil_1691\n-- Database "evil" dump\nline 1692 \\connect evil_1692\n-- Database "evil" dump\nline 1693 \\connect evil_1693\n-- Database "evil" dump\nline 1694 \\connect evil_1694\n-- Database "evil" dump\nline 1695 \\connect evil_1695\n-- Database "evil" dump\nline 1696 \\connect evil_1696\n-- Database "evil" dump\nline 1697 \\connect evil_1697\n-- Database "evil" dump\nline 1698 \\connect evil_1698\n-- Database "evil" dump\nline 1699 \\connect evil_1699\n-- Database "evil" dump\nline 1700 \\connect evil_1700\n-- Database "evil" dump\n
\.


--
-- Data for Name: decoy_lines; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.decoy_lines (line) FROM stdin;
--
-- Database "evil" dump
-- PostgreSQL database dump
-- PostgreSQL database dump complete
-- PostgreSQL database cluster dump complete
CREATE DATABASE evil;
\\connect evil
\\connect -reuse-previous=on "dbname='evil'"
\\restrict x
\\unrestrict x
\\.
abc\\.def
before\n\\.\nafter
\n\\connect evil\n-- Database "evil" dump\n--\nCREATE DATABASE evil;\n\\unrestrict x\n-- PostgreSQL database cluster dump complete\n
tab\tinside\tvalue
ends with backslash \\
SET client_encoding = 'LATIN1';

\N
\.


--
-- Data for Name: items; Type: TABLE DATA; Schema: app; Owner: app_owner
--

COPY app.items (id, name, note, mood, doc, created) FROM stdin;
1	plain	nothing special	ok	{"a": 1}	2020-01-01 00:00:00+00
2	it's quoted	tab\there, newline\nthere	happy	{"sql": "\\\\connect evil", "nested": {"x": [1, 2, "-- Database \\"evil\\" dump"]}}	2020-01-01 00:00:00+00
3	back\\slash \\. end	CR\rLF\r\n	sad	[]	2020-01-01 00:00:00+00
4	unicode ‚òÉ Êï∞ÊçÆ √©	\N	it's \\connect	null	2020-01-01 00:00:00+00
5	\\connect x	-- Database "evil" dump	\N	\N	2020-01-01 00:00:00+00
\.


--
-- Data for Name: semi;colon"quote; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app."semi;colon""quote" (id, "col;""x") FROM stdin;
1	a;b
2	"; \\connect evil
\.


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
app	db-marker
\.


--
-- Name: items_id_seq; Type: SEQUENCE SET; Schema: app; Owner: app_owner
--

SELECT pg_catalog.setval('app.items_id_seq', 5, true);


--
-- Name: ticket_seq; Type: SEQUENCE SET; Schema: app; Owner: postgres
--

SELECT pg_catalog.setval('app.ticket_seq', 1007, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('4242001', 131072);
SELECT pg_catalog.lowrite(0, '\x6c61726765206f626a656374206f6e650a5c636f6e6e656374206576696c0a');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('4242002', 131072);
SELECT pg_catalog.lowrite(0, '\x00ff0a5c2e0a');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: big big_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.big
    ADD CONSTRAINT big_pkey PRIMARY KEY (id);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- Name: semi;colon"quote semi;colon"quote_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app."semi;colon""quote"
    ADD CONSTRAINT "semi;colon""quote_pkey" PRIMARY KEY (id);


--
-- Name: items_doc_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX items_doc_idx ON app.items USING gin (doc);


--
-- Name: items_lower_name_idx; Type: INDEX; Schema: app; Owner: app_owner
--

CREATE INDEX items_lower_name_idx ON app.items USING btree (lower(name));


--
-- Name: items items_touch; Type: TRIGGER; Schema: app; Owner: app_owner
--

CREATE TRIGGER items_touch BEFORE UPDATE ON app.items FOR EACH ROW EXECUTE FUNCTION app.touch();


--
-- Name: DATABASE app; Type: ACL; Schema: -; Owner: app_owner
--

GRANT CONNECT,TEMPORARY ON DATABASE app TO reader;
GRANT ALL ON DATABASE app TO "MixedCase";


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: app_owner
--

GRANT USAGE ON SCHEMA app TO reader;


--
-- Name: TABLE big; Type: ACL; Schema: app; Owner: postgres
--

GRANT SELECT ON TABLE app.big TO reader;


--
-- Name: TABLE decoy_lines; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.decoy_lines TO reader;


--
-- Name: TABLE decoy_view; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.decoy_view TO reader;


--
-- Name: TABLE items; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT ON TABLE app.items TO reader;
GRANT SELECT,INSERT,UPDATE ON TABLE app.items TO "MixedCase";


--
-- Name: TABLE "semi;colon""quote"; Type: ACL; Schema: app; Owner: postgres
--

GRANT SELECT ON TABLE app."semi;colon""quote" TO reader;


--
-- PostgreSQL database dump complete
--

--
-- Database "back\slash" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: back\slash; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "back\slash" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "back\slash" OWNER TO postgres;

\connect -reuse-previous=on "dbname='back\\slash'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
back\\slash	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "dq"db" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: dq"db; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "dq""db" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "dq""db" OWNER TO postgres;

\connect -reuse-previous=on "dbname='dq""db'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
dq"db	db-marker
\.


--
-- Name: DATABASE "dq""db"; Type: ACL; Schema: -; Owner: postgres
--

REVOKE CONNECT,TEMPORARY ON DATABASE "dq""db" FROM PUBLIC;
GRANT TEMPORARY ON DATABASE "dq""db" TO PUBLIC;
GRANT CONNECT ON DATABASE "dq""db" TO "quote'role";


--
-- PostgreSQL database dump complete
--

--
-- Database "eq=sign" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: eq=sign; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "eq=sign" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "eq=sign" OWNER TO postgres;

\connect -reuse-previous=on "dbname='eq=sign'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
eq=sign	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "latin1db" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: latin1db; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE latin1db WITH TEMPLATE = template0 ENCODING = 'LATIN1' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE latin1db OWNER TO postgres;

\connect latin1db

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: gr¸ﬂe(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public."gr¸ﬂe"() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'gr¸ﬂe'::text $$;


ALTER FUNCTION public."gr¸ﬂe"() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: latin; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.latin (
    id integer NOT NULL,
    t text
);


ALTER TABLE public.latin OWNER TO postgres;

--
-- Name: TABLE latin; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.latin IS 'Latin-1 text: ‡ÈÓı¸';


--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: latin; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.latin (id, t) FROM stdin;
1	cafÈ dÈj‡ vu
2	Grˆﬂe, niÒo, °olÈ!, £Ω ˇ
3	\\connect Èvil
4	-- Database "Èvil" dump
\.


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
latin1db	db-marker
\.


--
-- Name: latin latin_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.latin
    ADD CONSTRAINT latin_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: postgres_extra; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.postgres_extra (
    k text NOT NULL,
    v text
);


ALTER TABLE public.postgres_extra OWNER TO postgres;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: postgres_extra; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.postgres_extra (k, v) FROM stdin;
greeting	hello from postgres
decoy	\\connect template1\n-- Database "template1" dump
\.


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
postgres	db-marker
\.


--
-- Name: postgres_extra postgres_extra_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.postgres_extra
    ADD CONSTRAINT postgres_extra_pkey PRIMARY KEY (k);


--
-- PostgreSQL database dump complete
--

--
-- Database "quote'db" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: quote'db; Type: DATABASE; Schema: -; Owner: quote'role
--

CREATE DATABASE "quote'db" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "quote'db" OWNER TO "quote'role";

\connect -reuse-previous=on "dbname='quote\'db'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: quote'db; Type: DATABASE PROPERTIES; Schema: -; Owner: quote'role
--

ALTER DATABASE "quote'db" SET application_name TO E'quote''db \\connect evil';


\connect -reuse-previous=on "dbname='quote\'db'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
quote'db	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "tab	here" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: tab	here; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "tab	here" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "tab	here" OWNER TO postgres;

\connect -reuse-previous=on "dbname='tab	here'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
tab\there	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "unicod√©_Êï∞ÊçÆ" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: unicod√©_Êï∞ÊçÆ; Type: DATABASE; Schema: -; Owner: r√¥le_Êï∞ÊçÆ
--

CREATE DATABASE "unicod√©_Êï∞ÊçÆ" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "unicod√©_Êï∞ÊçÆ" OWNER TO "r√¥le_Êï∞ÊçÆ";

\connect -reuse-previous=on "dbname='unicod√©_Êï∞ÊçÆ'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
unicod√©_Êï∞ÊçÆ	db-marker
\.


--
-- Name: DATABASE "unicod√©_Êï∞ÊçÆ"; Type: ACL; Schema: -; Owner: r√¥le_Êï∞ÊçÆ
--

GRANT CREATE ON DATABASE "unicod√©_Êï∞ÊçÆ" TO "space role";


--
-- PostgreSQL database dump complete
--

--
-- Database "with space" dump
--

--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: with space; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "with space" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "with space" OWNER TO postgres;

\connect -reuse-previous=on "dbname='with space'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: DATABASE "with space"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON DATABASE "with space" IS 'has a space; CREATE DATABASE evil;';


--
-- Name: with space; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER ROLE "MixedCase" IN DATABASE "with space" SET client_min_messages TO 'warning';


\connect -reuse-previous=on "dbname='with space'"

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.whoami (db, note) FROM stdin;
with space	db-marker
\.


--
-- PostgreSQL database dump complete
--

--
-- PostgreSQL database cluster dump complete
--

