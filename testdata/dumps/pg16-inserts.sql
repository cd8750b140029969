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

INSERT INTO public.template1_marker VALUES ('template1 was changed');


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.whoami VALUES ('template1', 'db-marker');


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

INSERT INTO public.whoami VALUES ('-rf --help', 'db-marker');


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

INSERT INTO public.whoami VALUES ('../x', 'db-marker');


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

INSERT INTO public.whoami VALUES ('MixedCase', 'db-marker');


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

INSERT INTO app.big VALUES (1, 'line 1 \connect evil_1
-- Database "evil" dump
line 2 \connect evil_2
-- Database "evil" dump
line 3 \connect evil_3
-- Database "evil" dump
line 4 \connect evil_4
-- Database "evil" dump
line 5 \connect evil_5
-- Database "evil" dump
line 6 \connect evil_6
-- Database "evil" dump
line 7 \connect evil_7
-- Database "evil" dump
line 8 \connect evil_8
-- Database "evil" dump
line 9 \connect evil_9
-- Database "evil" dump
line 10 \connect evil_10
-- Database "evil" dump
line 11 \connect evil_11
-- Database "evil" dump
line 12 \connect evil_12
-- Database "evil" dump
line 13 \connect evil_13
-- Database "evil" dump
line 14 \connect evil_14
-- Database "evil" dump
line 15 \connect evil_15
-- Database "evil" dump
line 16 \connect evil_16
-- Database "evil" dump
line 17 \connect evil_17
-- Database "evil" dump
line 18 \connect evil_18
-- Database "evil" dump
line 19 \connect evil_19
-- Database "evil" dump
line 20 \connect evil_20
-- Database "evil" dump
line 21 \connect evil_21
-- Database "evil" dump
line 22 \connect evil_22
-- Database "evil" dump
line 23 \connect evil_23
-- Database "evil" dump
line 24 \connect evil_24
-- Database "evil" dump
line 25 \connect evil_25
-- Database "evil" dump
line 26 \connect evil_26
-- Database "evil" dump
line 27 \connect evil_27
-- Database "evil" dump
line 28 \connect evil_28
-- Database "evil" dump
line 29 \connect evil_29
-- Database "evil" dump
line 30 \connect evil_30
-- Database "evil" dump
line 31 \connect evil_31
-- Database "evil" dump
line 32 \connect evil_32
-- Database "evil" dump
line 33 \connect evil_33
-- Database "evil" dump
line 34 \connect evil_34
-- Database "evil" dump
line 35 \connect evil_35
-- Database "evil" dump
line 36 \connect evil_36
-- Database "evil" dump
line 37 \connect evil_37
-- Database "evil" dump
line 38 \connect evil_38
-- Database "evil" dump
line 39 \connect evil_39
-- Database "evil" dump
line 40 \connect evil_40
-- Database "evil" dump
line 41 \connect evil_41
-- Database "evil" dump
line 42 \connect evil_42
-- Database "evil" dump
line 43 \connect evil_43
-- Database "evil" dump
line 44 \connect evil_44
-- Database "evil" dump
line 45 \connect evil_45
-- Database "evil" dump
line 46 \connect evil_46
-- Database "evil" dump
line 47 \connect evil_47
-- Database "evil" dump
line 48 \connect evil_48
-- Database "evil" dump
line 49 \connect evil_49
-- Database "evil" dump
line 50 \connect evil_50
-- Database "evil" dump
line 51 \connect evil_51
-- Database "evil" dump
line 52 \connect evil_52
-- Database "evil" dump
line 53 \connect evil_53
-- Database "evil" dump
line 54 \connect evil_54
-- Database "evil" dump
line 55 \connect evil_55
-- Database "evil" dump
line 56 \connect evil_56
-- Database "evil" dump
line 57 \connect evil_57
-- Database "evil" dump
line 58 \connect evil_58
-- Database "evil" dump
line 59 \connect evil_59
-- Database "evil" dump
line 60 \connect evil_60
-- Database "evil" dump
line 61 \connect evil_61
-- Database "evil" dump
line 62 \connect evil_62
-- Database "evil" dump
line 63 \connect evil_63
-- Database "evil" dump
line 64 \connect evil_64
-- Database "evil" dump
line 65 \connect evil_65
-- Database "evil" dump
line 66 \connect evil_66
-- Database "evil" dump
line 67 \connect evil_67
-- Database "evil" dump
line 68 \connect evil_68
-- Database "evil" dump
line 69 \connect evil_69
-- Database "evil" dump
line 70 \connect evil_70
-- Database "evil" dump
line 71 \connect evil_71
-- Database "evil" dump
line 72 \connect evil_72
-- Database "evil" dump
line 73 \connect evil_73
-- Database "evil" dump
line 74 \connect evil_74
-- Database "evil" dump
line 75 \connect evil_75
-- Database "evil" dump
line 76 \connect evil_76
-- Database "evil" dump
line 77 \connect evil_77
-- Database "evil" dump
line 78 \connect evil_78
-- Database "evil" dump
line 79 \connect evil_79
-- Database "evil" dump
line 80 \connect evil_80
-- Database "evil" dump
line 81 \connect evil_81
-- Database "evil" dump
line 82 \connect evil_82
-- Database "evil" dump
line 83 \connect evil_83
-- Database "evil" dump
line 84 \connect evil_84
-- Database "evil" dump
line 85 \connect evil_85
-- Database "evil" dump
line 86 \connect evil_86
-- Database "evil" dump
line 87 \connect evil_87
-- Database "evil" dump
line 88 \connect evil_88
-- Database "evil" dump
line 89 \connect evil_89
-- Database "evil" dump
line 90 \connect evil_90
-- Database "evil" dump
line 91 \connect evil_91
-- Database "evil" dump
line 92 \connect evil_92
-- Database "evil" dump
line 93 \connect evil_93
-- Database "evil" dump
line 94 \connect evil_94
-- Database "evil" dump
line 95 \connect evil_95
-- Database "evil" dump
line 96 \connect evil_96
-- Database "evil" dump
line 97 \connect evil_97
-- Database "evil" dump
line 98 \connect evil_98
-- Database "evil" dump
line 99 \connect evil_99
-- Database "evil" dump
line 100 \connect evil_100
-- Database "evil" dump
line 101 \connect evil_101
-- Database "evil" dump
line 102 \connect evil_102
-- Database "evil" dump
line 103 \connect evil_103
-- Database "evil" dump
line 104 \connect evil_104
-- Database "evil" dump
line 105 \connect evil_105
-- Database "evil" dump
line 106 \connect evil_106
-- Database "evil" dump
line 107 \connect evil_107
-- Database "evil" dump
line 108 \connect evil_108
-- Database "evil" dump
line 109 \connect evil_109
-- Database "evil" dump
line 110 \connect evil_110
-- Database "evil" dump
line 111 \connect evil_111
-- Database "evil" dump
line 112 \connect evil_112
-- Database "evil" dump
line 113 \connect evil_113
-- Database "evil" dump
line 114 \connect evil_114
-- Database "evil" dump
line 115 \connect evil_115
-- Database "evil" dump
line 116 \connect evil_116
-- Database "evil" dump
line 117 \connect evil_117
-- Database "evil" dump
line 118 \connect evil_118
-- Database "evil" dump
line 119 \connect evil_119
-- Database "evil" dump
line 120 \connect evil_120
-- Database "evil" dump
line 121 \connect evil_121
-- Database "evil" dump
line 122 \connect evil_122
-- Database "evil" dump
line 123 \connect evil_123
-- Database "evil" dump
line 124 \connect evil_124
-- Database "evil" dump
line 125 \connect evil_125
-- Database "evil" dump
line 126 \connect evil_126
-- Database "evil" dump
line 127 \connect evil_127
-- Database "evil" dump
line 128 \connect evil_128
-- Database "evil" dump
line 129 \connect evil_129
-- Database "evil" dump
line 130 \connect evil_130
-- Database "evil" dump
line 131 \connect evil_131
-- Database "evil" dump
line 132 \connect evil_132
-- Database "evil" dump
line 133 \connect evil_133
-- Database "evil" dump
line 134 \connect evil_134
-- Database "evil" dump
line 135 \connect evil_135
-- Database "evil" dump
line 136 \connect evil_136
-- Database "evil" dump
line 137 \connect evil_137
-- Database "evil" dump
line 138 \connect evil_138
-- Database "evil" dump
line 139 \connect evil_139
-- Database "evil" dump
line 140 \connect evil_140
-- Database "evil" dump
line 141 \connect evil_141
-- Database "evil" dump
line 142 \connect evil_142
-- Database "evil" dump
line 143 \connect evil_143
-- Database "evil" dump
line 144 \connect evil_144
-- Database "evil" dump
line 145 \connect evil_145
-- Database "evil" dump
line 146 \connect evil_146
-- Database "evil" dump
line 147 \connect evil_147
-- Database "evil" dump
line 148 \connect evil_148
-- Database "evil" dump
line 149 \connect evil_149
-- Database "evil" dump
line 150 \connect evil_150
-- Database "evil" dump
line 151 \connect evil_151
-- Database "evil" dump
line 152 \connect evil_152
-- Database "evil" dump
line 153 \connect evil_153
-- Database "evil" dump
line 154 \connect evil_154
-- Database "evil" dump
line 155 \connect evil_155
-- Database "evil" dump
line 156 \connect evil_156
-- Database "evil" dump
line 157 \connect evil_157
-- Database "evil" dump
line 158 \connect evil_158
-- Database "evil" dump
line 159 \connect evil_159
-- Database "evil" dump
line 160 \connect evil_160
-- Database "evil" dump
line 161 \connect evil_161
-- Database "evil" dump
line 162 \connect evil_162
-- Database "evil" dump
line 163 \connect evil_163
-- Database "evil" dump
line 164 \connect evil_164
-- Database "evil" dump
line 165 \connect evil_165
-- Database "evil" dump
line 166 \connect evil_166
-- Database "evil" dump
line 167 \connect evil_167
-- Database "evil" dump
line 168 \connect evil_168
-- Database "evil" dump
line 169 \connect evil_169
-- Database "evil" dump
line 170 \connect evil_170
-- Database "evil" dump
line 171 \connect evil_171
-- Database "evil" dump
line 172 \connect evil_172
-- Database "evil" dump
line 173 \connect evil_173
-- Database "evil" dump
line 174 \connect evil_174
-- Database "evil" dump
line 175 \connect evil_175
-- Database "evil" dump
line 176 \connect evil_176
-- Database "evil" dump
line 177 \connect evil_177
-- Database "evil" dump
line 178 \connect evil_178
-- Database "evil" dump
line 179 \connect evil_179
-- Database "evil" dump
line 180 \connect evil_180
-- Database "evil" dump
line 181 \connect evil_181
-- Database "evil" dump
line 182 \connect evil_182
-- Database "evil" dump
line 183 \connect evil_183
-- Database "evil" dump
line 184 \connect evil_184
-- Database "evil" dump
line 185 \connect evil_185
-- Database "evil" dump
line 186 \connect evil_186
-- Database "evil" dump
line 187 \connect evil_187
-- Database "evil" dump
line 188 \connect evil_188
-- Database "evil" dump
line 189 \connect evil_189
-- Database "evil" dump
line 190 \connect evil_190
-- Database "evil" dump
line 191 \connect evil_191
-- Database "evil" dump
line 192 \connect evil_192
-- Database "evil" dump
line 193 \connect evil_193
-- Database "evil" dump
line 194 \connect evil_194
-- Database "evil" dump
line 195 \connect evil_195
-- Database "evil" dump
line 196 \connect evil_196
-- Database "evil" dump
line 197 \connect evil_197
-- Database "evil" dump
line 198 \connect evil_198
-- Database "evil" dump
line 199 \connect evil_199
-- Database "evil" dump
line 200 \connect evil_200
-- Database "evil" dump
line 201 \connect evil_201
-- Database "evil" dump
line 202 \connect evil_202
-- Database "evil" dump
line 203 \connect evil_203
-- Database "evil" dump
line 204 \connect evil_204
-- Database "evil" dump
line 205 \connect evil_205
-- Database "evil" dump
line 206 \connect evil_206
-- Database "evil" dump
line 207 \connect evil_207
-- Database "evil" dump
line 208 \connect evil_208
-- Database "evil" dump
line 209 \connect evil_209
-- Database "evil" dump
line 210 \connect evil_210
-- Database "evil" dump
line 211 \connect evil_211
-- Database "evil" dump
line 212 \connect evil_212
-- Database "evil" dump
line 213 \connect evil_213
-- Database "evil" dump
line 214 \connect evil_214
-- Database "evil" dump
line 215 \connect evil_215
-- Database "evil" dump
line 216 \connect evil_216
-- Database "evil" dump
line 217 \connect evil_217
-- Database "evil" dump
line 218 \connect evil_218
-- Database "evil" dump
line 219 \connect evil_219
-- Database "evil" dump
line 220 \connect evil_220
-- Database "evil" dump
line 221 \connect evil_221
-- Database "evil" dump
line 222 \connect evil_222
-- Database "evil" dump
line 223 \connect evil_223
-- Database "evil" dump
line 224 \connect evil_224
-- Database "evil" dump
line 225 \connect evil_225
-- Database "evil" dump
line 226 \connect evil_226
-- Database "evil" dump
line 227 \connect evil_227
-- Database "evil" dump
line 228 \connect evil_228
-- Database "evil" dump
line 229 \connect evil_229
-- Database "evil" dump
line 230 \connect evil_230
-- Database "evil" dump
line 231 \connect evil_231
-- Database "evil" dump
line 232 \connect evil_232
-- Database "evil" dump
line 233 \connect evil_233
-- Database "evil" dump
line 234 \connect evil_234
-- Database "evil" dump
line 235 \connect evil_235
-- Database "evil" dump
line 236 \connect evil_236
-- Database "evil" dump
line 237 \connect evil_237
-- Database "evil" dump
line 238 \connect evil_238
-- Database "evil" dump
line 239 \connect evil_239
-- Database "evil" dump
line 240 \connect evil_240
-- Database "evil" dump
line 241 \connect evil_241
-- Database "evil" dump
line 242 \connect evil_242
-- Database "evil" dump
line 243 \connect evil_243
-- Database "evil" dump
line 244 \connect evil_244
-- Database "evil" dump
line 245 \connect evil_245
-- Database "evil" dump
line 246 \connect evil_246
-- Database "evil" dump
line 247 \connect evil_247
-- Database "evil" dump
line 248 \connect evil_248
-- Database "evil" dump
line 249 \connect evil_249
-- Database "evil" dump
line 250 \connect evil_250
-- Database "evil" dump
line 251 \connect evil_251
-- Database "evil" dump
line 252 \connect evil_252
-- Database "evil" dump
line 253 \connect evil_253
-- Database "evil" dump
line 254 \connect evil_254
-- Database "evil" dump
line 255 \connect evil_255
-- Database "evil" dump
line 256 \connect evil_256
-- Database "evil" dump
line 257 \connect evil_257
-- Database "evil" dump
line 258 \connect evil_258
-- Database "evil" dump
line 259 \connect evil_259
-- Database "evil" dump
line 260 \connect evil_260
-- Database "evil" dump
line 261 \connect evil_261
-- Database "evil" dump
line 262 \connect evil_262
-- Database "evil" dump
line 263 \connect evil_263
-- Database "evil" dump
line 264 \connect evil_264
-- Database "evil" dump
line 265 \connect evil_265
-- Database "evil" dump
line 266 \connect evil_266
-- Database "evil" dump
line 267 \connect evil_267
-- Database "evil" dump
line 268 \connect evil_268
-- Database "evil" dump
line 269 \connect evil_269
-- Database "evil" dump
line 270 \connect evil_270
-- Database "evil" dump
line 271 \connect evil_271
-- Database "evil" dump
line 272 \connect evil_272
-- Database "evil" dump
line 273 \connect evil_273
-- Database "evil" dump
line 274 \connect evil_274
-- Database "evil" dump
line 275 \connect evil_275
-- Database "evil" dump
line 276 \connect evil_276
-- Database "evil" dump
line 277 \connect evil_277
-- Database "evil" dump
line 278 \connect evil_278
-- Database "evil" dump
line 279 \connect evil_279
-- Database "evil" dump
line 280 \connect evil_280
-- Database "evil" dump
line 281 \connect evil_281
-- Database "evil" dump
line 282 \connect evil_282
-- Database "evil" dump
line 283 \connect evil_283
-- Database "evil" dump
line 284 \connect evil_284
-- Database "evil" dump
line 285 \connect evil_285
-- Database "evil" dump
line 286 \connect evil_286
-- Database "evil" dump
line 287 \connect evil_287
-- Database "evil" dump
line 288 \connect evil_288
-- Database "evil" dump
line 289 \connect evil_289
-- Database "evil" dump
line 290 \connect evil_290
-- Database "evil" dump
line 291 \connect evil_291
-- Database "evil" dump
line 292 \connect evil_292
-- Database "evil" dump
line 293 \connect evil_293
-- Database "evil" dump
line 294 \connect evil_294
-- Database "evil" dump
line 295 \connect evil_295
-- Database "evil" dump
line 296 \connect evil_296
-- Database "evil" dump
line 297 \connect evil_297
-- Database "evil" dump
line 298 \connect evil_298
-- Database "evil" dump
line 299 \connect evil_299
-- Database "evil" dump
line 300 \connect evil_300
-- Database "evil" dump
line 301 \connect evil_301
-- Database "evil" dump
line 302 \connect evil_302
-- Database "evil" dump
line 303 \connect evil_303
-- Database "evil" dump
line 304 \connect evil_304
-- Database "evil" dump
line 305 \connect evil_305
-- Database "evil" dump
line 306 \connect evil_306
-- Database "evil" dump
line 307 \connect evil_307
-- Database "evil" dump
line 308 \connect evil_308
-- Database "evil" dump
line 309 \connect evil_309
-- Database "evil" dump
line 310 \connect evil_310
-- Database "evil" dump
line 311 \connect evil_311
-- Database "evil" dump
line 312 \connect evil_312
-- Database "evil" dump
line 313 \connect evil_313
-- Database "evil" dump
line 314 \connect evil_314
-- Database "evil" dump
line 315 \connect evil_315
-- Database "evil" dump
line 316 \connect evil_316
-- Database "evil" dump
line 317 \connect evil_317
-- Database "evil" dump
line 318 \connect evil_318
-- Database "evil" dump
line 319 \connect evil_319
-- Database "evil" dump
line 320 \connect evil_320
-- Database "evil" dump
line 321 \connect evil_321
-- Database "evil" dump
line 322 \connect evil_322
-- Database "evil" dump
line 323 \connect evil_323
-- Database "evil" dump
line 324 \connect evil_324
-- Database "evil" dump
line 325 \connect evil_325
-- Database "evil" dump
line 326 \connect evil_326
-- Database "evil" dump
line 327 \connect evil_327
-- Database "evil" dump
line 328 \connect evil_328
-- Database "evil" dump
line 329 \connect evil_329
-- Database "evil" dump
line 330 \connect evil_330
-- Database "evil" dump
line 331 \connect evil_331
-- Database "evil" dump
line 332 \connect evil_332
-- Database "evil" dump
line 333 \connect evil_333
-- Database "evil" dump
line 334 \connect evil_334
-- Database "evil" dump
line 335 \connect evil_335
-- Database "evil" dump
line 336 \connect evil_336
-- Database "evil" dump
line 337 \connect evil_337
-- Database "evil" dump
line 338 \connect evil_338
-- Database "evil" dump
line 339 \connect evil_339
-- Database "evil" dump
line 340 \connect evil_340
-- Database "evil" dump
line 341 \connect evil_341
-- Database "evil" dump
line 342 \connect evil_342
-- Database "evil" dump
line 343 \connect evil_343
-- Database "evil" dump
line 344 \connect evil_344
-- Database "evil" dump
line 345 \connect evil_345
-- Database "evil" dump
line 346 \connect evil_346
-- Database "evil" dump
line 347 \connect evil_347
-- Database "evil" dump
line 348 \connect evil_348
-- Database "evil" dump
line 349 \connect evil_349
-- Database "evil" dump
line 350 \connect evil_350
-- Database "evil" dump
line 351 \connect evil_351
-- Database "evil" dump
line 352 \connect evil_352
-- Database "evil" dump
line 353 \connect evil_353
-- Database "evil" dump
line 354 \connect evil_354
-- Database "evil" dump
line 355 \connect evil_355
-- Database "evil" dump
line 356 \connect evil_356
-- Database "evil" dump
line 357 \connect evil_357
-- Database "evil" dump
line 358 \connect evil_358
-- Database "evil" dump
line 359 \connect evil_359
-- Database "evil" dump
line 360 \connect evil_360
-- Database "evil" dump
line 361 \connect evil_361
-- Database "evil" dump
line 362 \connect evil_362
-- Database "evil" dump
line 363 \connect evil_363
-- Database "evil" dump
line 364 \connect evil_364
-- Database "evil" dump
line 365 \connect evil_365
-- Database "evil" dump
line 366 \connect evil_366
-- Database "evil" dump
line 367 \connect evil_367
-- Database "evil" dump
line 368 \connect evil_368
-- Database "evil" dump
line 369 \connect evil_369
-- Database "evil" dump
line 370 \connect evil_370
-- Database "evil" dump
line 371 \connect evil_371
-- Database "evil" dump
line 372 \connect evil_372
-- Database "evil" dump
line 373 \connect evil_373
-- Database "evil" dump
line 374 \connect evil_374
-- Database "evil" dump
line 375 \connect evil_375
-- Database "evil" dump
line 376 \connect evil_376
-- Database "evil" dump
line 377 \connect evil_377
-- Database "evil" dump
line 378 \connect evil_378
-- Database "evil" dump
line 379 \connect evil_379
-- Database "evil" dump
line 380 \connect evil_380
-- Database "evil" dump
line 381 \connect evil_381
-- Database "evil" dump
line 382 \connect evil_382
-- Database "evil" dump
line 383 \connect evil_383
-- Database "evil" dump
line 384 \connect evil_384
-- Database "evil" dump
line 385 \connect evil_385
-- Database "evil" dump
line 386 \connect evil_386
-- Database "evil" dump
line 387 \connect evil_387
-- Database "evil" dump
line 388 \connect evil_388
-- Database "evil" dump
line 389 \connect evil_389
-- Database "evil" dump
line 390 \connect evil_390
-- Database "evil" dump
line 391 \connect evil_391
-- Database "evil" dump
line 392 \connect evil_392
-- Database "evil" dump
line 393 \connect evil_393
-- Database "evil" dump
line 394 \connect evil_394
-- Database "evil" dump
line 395 \connect evil_395
-- Database "evil" dump
line 396 \connect evil_396
-- Database "evil" dump
line 397 \connect evil_397
-- Database "evil" dump
line 398 \connect evil_398
-- Database "evil" dump
line 399 \connect evil_399
-- Database "evil" dump
line 400 \connect evil_400
-- Database "evil" dump
line 401 \connect evil_401
-- Database "evil" dump
line 402 \connect evil_402
-- Database "evil" dump
line 403 \connect evil_403
-- Database "evil" dump
line 404 \connect evil_404
-- Database "evil" dump
line 405 \connect evil_405
-- Database "evil" dump
line 406 \connect evil_406
-- Database "evil" dump
line 407 \connect evil_407
-- Database "evil" dump
line 408 \connect evil_408
-- Database "evil" dump
line 409 \connect evil_409
-- Database "evil" dump
line 410 \connect evil_410
-- Database "evil" dump
line 411 \connect evil_411
-- Database "evil" dump
line 412 \connect evil_412
-- Database "evil" dump
line 413 \connect evil_413
-- Database "evil" dump
line 414 \connect evil_414
-- Database "evil" dump
line 415 \connect evil_415
-- Database "evil" dump
line 416 \connect evil_416
-- Database "evil" dump
line 417 \connect evil_417
-- Database "evil" dump
line 418 \connect evil_418
-- Database "evil" dump
line 419 \connect evil_419
-- Database "evil" dump
line 420 \connect evil_420
-- Database "evil" dump
line 421 \connect evil_421
-- Database "evil" dump
line 422 \connect evil_422
-- Database "evil" dump
line 423 \connect evil_423
-- Database "evil" dump
line 424 \connect evil_424
-- Database "evil" dump
line 425 \connect evil_425
-- Database "evil" dump
line 426 \connect evil_426
-- Database "evil" dump
line 427 \connect evil_427
-- Database "evil" dump
line 428 \connect evil_428
-- Database "evil" dump
line 429 \connect evil_429
-- Database "evil" dump
line 430 \connect evil_430
-- Database "evil" dump
line 431 \connect evil_431
-- Database "evil" dump
line 432 \connect evil_432
-- Database "evil" dump
line 433 \connect evil_433
-- Database "evil" dump
line 434 \connect evil_434
-- Database "evil" dump
line 435 \connect evil_435
-- Database "evil" dump
line 436 \connect evil_436
-- Database "evil" dump
line 437 \connect evil_437
-- Database "evil" dump
line 438 \connect evil_438
-- Database "evil" dump
line 439 \connect evil_439
-- Database "evil" dump
line 440 \connect evil_440
-- Database "evil" dump
line 441 \connect evil_441
-- Database "evil" dump
line 442 \connect evil_442
-- Database "evil" dump
line 443 \connect evil_443
-- Database "evil" dump
line 444 \connect evil_444
-- Database "evil" dump
line 445 \connect evil_445
-- Database "evil" dump
line 446 \connect evil_446
-- Database "evil" dump
line 447 \connect evil_447
-- Database "evil" dump
line 448 \connect evil_448
-- Database "evil" dump
line 449 \connect evil_449
-- Database "evil" dump
line 450 \connect evil_450
-- Database "evil" dump
line 451 \connect evil_451
-- Database "evil" dump
line 452 \connect evil_452
-- Database "evil" dump
line 453 \connect evil_453
-- Database "evil" dump
line 454 \connect evil_454
-- Database "evil" dump
line 455 \connect evil_455
-- Database "evil" dump
line 456 \connect evil_456
-- Database "evil" dump
line 457 \connect evil_457
-- Database "evil" dump
line 458 \connect evil_458
-- Database "evil" dump
line 459 \connect evil_459
-- Database "evil" dump
line 460 \connect evil_460
-- Database "evil" dump
line 461 \connect evil_461
-- Database "evil" dump
line 462 \connect evil_462
-- Database "evil" dump
line 463 \connect evil_463
-- Database "evil" dump
line 464 \connect evil_464
-- Database "evil" dump
line 465 \connect evil_465
-- Database "evil" dump
line 466 \connect evil_466
-- Database "evil" dump
line 467 \connect evil_467
-- Database "evil" dump
line 468 \connect evil_468
-- Database "evil" dump
line 469 \connect evil_469
-- Database "evil" dump
line 470 \connect evil_470
-- Database "evil" dump
line 471 \connect evil_471
-- Database "evil" dump
line 472 \connect evil_472
-- Database "evil" dump
line 473 \connect evil_473
-- Database "evil" dump
line 474 \connect evil_474
-- Database "evil" dump
line 475 \connect evil_475
-- Database "evil" dump
line 476 \connect evil_476
-- Database "evil" dump
line 477 \connect evil_477
-- Database "evil" dump
line 478 \connect evil_478
-- Database "evil" dump
line 479 \connect evil_479
-- Database "evil" dump
line 480 \connect evil_480
-- Database "evil" dump
line 481 \connect evil_481
-- Database "evil" dump
line 482 \connect evil_482
-- Database "evil" dump
line 483 \connect evil_483
-- Database "evil" dump
line 484 \connect evil_484
-- Database "evil" dump
line 485 \connect evil_485
-- Database "evil" dump
line 486 \connect evil_486
-- Database "evil" dump
line 487 \connect evil_487
-- Database "evil" dump
line 488 \connect evil_488
-- Database "evil" dump
line 489 \connect evil_489
-- Database "evil" dump
line 490 \connect evil_490
-- Database "evil" dump
line 491 \connect evil_491
-- Database "evil" dump
line 492 \connect evil_492
-- Database "evil" dump
line 493 \connect evil_493
-- Database "evil" dump
line 494 \connect evil_494
-- Database "evil" dump
line 495 \connect evil_495
-- Database "evil" dump
line 496 \connect evil_496
-- Database "evil" dump
line 497 \connect evil_497
-- Database "evil" dump
line 498 \connect evil_498
-- Database "evil" dump
line 499 \connect evil_499
-- Database "evil" dump
line 500 \connect evil_500
-- Database "evil" dump
line 501 \connect evil_501
-- Database "evil" dump
line 502 \connect evil_502
-- Database "evil" dump
line 503 \connect evil_503
-- Database "evil" dump
line 504 \connect evil_504
-- Database "evil" dump
line 505 \connect evil_505
-- Database "evil" dump
line 506 \connect evil_506
-- Database "evil" dump
line 507 \connect evil_507
-- Database "evil" dump
line 508 \connect evil_508
-- Database "evil" dump
line 509 \connect evil_509
-- Database "evil" dump
line 510 \connect evil_510
-- Database "evil" dump
line 511 \connect evil_511
-- Database "evil" dump
line 512 \connect evil_512
-- Database "evil" dump
line 513 \connect evil_513
-- Database "evil" dump
line 514 \connect evil_514
-- Database "evil" dump
line 515 \connect evil_515
-- Database "evil" dump
line 516 \connect evil_516
-- Database "evil" dump
line 517 \connect evil_517
-- Database "evil" dump
line 518 \connect evil_518
-- Database "evil" dump
line 519 \connect evil_519
-- Database "evil" dump
line 520 \connect evil_520
-- Database "evil" dump
line 521 \connect evil_521
-- Database "evil" dump
line 522 \connect evil_522
-- Database "evil" dump
line 523 \connect evil_523
-- Database "evil" dump
line 524 \connect evil_524
-- Database "evil" dump
line 525 \connect evil_525
-- Database "evil" dump
line 526 \connect evil_526
-- Database "evil" dump
line 527 \connect evil_527
-- Database "evil" dump
line 528 \connect evil_528
-- Database "evil" dump
line 529 \connect evil_529
-- Database "evil" dump
line 530 \connect evil_530
-- Database "evil" dump
line 531 \connect evil_531
-- Database "evil" dump
line 532 \connect evil_532
-- Database "evil" dump
line 533 \connect evil_533
-- Database "evil" dump
line 534 \connect evil_534
-- Database "evil" dump
line 535 \connect evil_535
-- Database "evil" dump
line 536 \connect evil_536
-- Database "evil" dump
line 537 \connect evil_537
-- Database "evil" dump
line 538 \connect evil_538
-- Database "evil" dump
line 539 \connect evil_539
-- Database "evil" dump
line 540 \connect evil_540
-- Database "evil" dump
line 541 \connect evil_541
-- Database "evil" dump
line 542 \connect evil_542
-- Database "evil" dump
line 543 \connect evil_543
-- Database "evil" dump
line 544 \connect evil_544
-- Database "evil" dump
line 545 \connect evil_545
-- Database "evil" dump
line 546 \connect evil_546
-- Database "evil" dump
line 547 \connect evil_547
-- Database "evil" dump
line 548 \connect evil_548
-- Database "evil" dump
line 549 \connect evil_549
-- Database "evil" dump
line 550 \connect evil_550
-- Database "evil" dump
line 551 \connect evil_551
-- Database "evil" dump
line 552 \connect evil_552
-- Database "evil" dump
line 553 \connect evil_553
-- Database "evil" dump
line 554 \connect evil_554
-- Database "evil" dump
line 555 \connect evil_555
-- Database "evil" dump
line 556 \connect evil_556
-- Database "evil" dump
line 557 \connect evil_557
-- Database "evil" dump
line 558 \connect evil_558
-- Database "evil" dump
line 559 \connect evil_559
-- Database "evil" dump
line 560 \connect evil_560
-- Database "evil" dump
line 561 \connect evil_561
-- Database "evil" dump
line 562 \connect evil_562
-- Database "evil" dump
line 563 \connect evil_563
-- Database "evil" dump
line 564 \connect evil_564
-- Database "evil" dump
line 565 \connect evil_565
-- Database "evil" dump
line 566 \connect evil_566
-- Database "evil" dump
line 567 \connect evil_567
-- Database "evil" dump
line 568 \connect evil_568
-- Database "evil" dump
line 569 \connect evil_569
-- Database "evil" dump
line 570 \connect evil_570
-- Database "evil" dump
line 571 \connect evil_571
-- Database "evil" dump
line 572 \connect evil_572
-- Database "evil" dump
line 573 \connect evil_573
-- Database "evil" dump
line 574 \connect evil_574
-- Database "evil" dump
line 575 \connect evil_575
-- Database "evil" dump
line 576 \connect evil_576
-- Database "evil" dump
line 577 \connect evil_577
-- Database "evil" dump
line 578 \connect evil_578
-- Database "evil" dump
line 579 \connect evil_579
-- Database "evil" dump
line 580 \connect evil_580
-- Database "evil" dump
line 581 \connect evil_581
-- Database "evil" dump
line 582 \connect evil_582
-- Database "evil" dump
line 583 \connect evil_583
-- Database "evil" dump
line 584 \connect evil_584
-- Database "evil" dump
line 585 \connect evil_585
-- Database "evil" dump
line 586 \connect evil_586
-- Database "evil" dump
line 587 \connect evil_587
-- Database "evil" dump
line 588 \connect evil_588
-- Database "evil" dump
line 589 \connect evil_589
-- Database "evil" dump
line 590 \connect evil_590
-- Database "evil" dump
line 591 \connect evil_591
-- Database "evil" dump
line 592 \connect evil_592
-- Database "evil" dump
line 593 \connect evil_593
-- Database "evil" dump
line 594 \connect evil_594
-- Database "evil" dump
line 595 \connect evil_595
-- Database "evil" dump
line 596 \connect evil_596
-- Database "evil" dump
line 597 \connect evil_597
-- Database "evil" dump
line 598 \connect evil_598
-- Database "evil" dump
line 599 \connect evil_599
-- Database "evil" dump
line 600 \connect evil_600
-- Database "evil" dump
line 601 \connect evil_601
-- Database "evil" dump
line 602 \connect evil_602
-- Database "evil" dump
line 603 \connect evil_603
-- Database "evil" dump
line 604 \connect evil_604
-- Database "evil" dump
line 605 \connect evil_605
-- Database "evil" dump
line 606 \connect evil_606
-- Database "evil" dump
line 607 \connect evil_607
-- Database "evil" dump
line 608 \connect evil_608
-- Database "evil" dump
line 609 \connect evil_609
-- Database "evil" dump
line 610 \connect evil_610
-- Database "evil" dump
line 611 \connect evil_611
-- Database "evil" dump
line 612 \connect evil_612
-- Database "evil" dump
line 613 \connect evil_613
-- Database "evil" dump
line 614 \connect evil_614
-- Database "evil" dump
line 615 \connect evil_615
-- Database "evil" dump
line 616 \connect evil_616
-- Database "evil" dump
line 617 \connect evil_617
-- Database "evil" dump
line 618 \connect evil_618
-- Database "evil" dump
line 619 \connect evil_619
-- Database "evil" dump
line 620 \connect evil_620
-- Database "evil" dump
line 621 \connect evil_621
-- Database "evil" dump
line 622 \connect evil_622
-- Database "evil" dump
line 623 \connect evil_623
-- Database "evil" dump
line 624 \connect evil_624
-- Database "evil" dump
line 625 \connect evil_625
-- Database "evil" dump
line 626 \connect evil_626
-- Database "evil" dump
line 627 \connect evil_627
-- Database "evil" dump
line 628 \connect evil_628
-- Database "evil" dump
line 629 \connect evil_629
-- Database "evil" dump
line 630 \connect evil_630
-- Database "evil" dump
line 631 \connect evil_631
-- Database "evil" dump
line 632 \connect evil_632
-- Database "evil" dump
line 633 \connect evil_633
-- Database "evil" dump
line 634 \connect evil_634
-- Database "evil" dump
line 635 \connect evil_635
-- Database "evil" dump
line 636 \connect evil_636
-- Database "evil" dump
line 637 \connect evil_637
-- Database "evil" dump
line 638 \connect evil_638
-- Database "evil" dump
line 639 \connect evil_639
-- Database "evil" dump
line 640 \connect evil_640
-- Database "evil" dump
line 641 \connect evil_641
-- Database "evil" dump
line 642 \connect evil_642
-- Database "evil" dump
line 643 \connect evil_643
-- Database "evil" dump
line 644 \connect evil_644
-- Database "evil" dump
line 645 \connect evil_645
-- Database "evil" dump
line 646 \connect evil_646
-- Database "evil" dump
line 647 \connect evil_647
-- Database "evil" dump
line 648 \connect evil_648
-- Database "evil" dump
line 649 \connect evil_649
-- Database "evil" dump
line 650 \connect evil_650
-- Database "evil" dump
line 651 \connect evil_651
-- Database "evil" dump
line 652 \connect evil_652
-- Database "evil" dump
line 653 \connect evil_653
-- Database "evil" dump
line 654 \connect evil_654
-- Database "evil" dump
line 655 \connect evil_655
-- Database "evil" dump
line 656 \connect evil_656
-- Database "evil" dump
line 657 \connect evil_657
-- Database "evil" dump
line 658 \connect evil_658
-- Database "evil" dump
line 659 \connect evil_659
-- Database "evil" dump
line 660 \connect evil_660
-- Database "evil" dump
line 661 \connect evil_661
-- Database "evil" dump
line 662 \connect evil_662
-- Database "evil" dump
line 663 \connect evil_663
-- Database "evil" dump
line 664 \connect evil_664
-- Database "evil" dump
line 665 \connect evil_665
-- Database "evil" dump
line 666 \connect evil_666
-- Database "evil" dump
line 667 \connect evil_667
-- Database "evil" dump
line 668 \connect evil_668
-- Database "evil" dump
line 669 \connect evil_669
-- Database "evil" dump
line 670 \connect evil_670
-- Database "evil" dump
line 671 \connect evil_671
-- Database "evil" dump
line 672 \connect evil_672
-- Database "evil" dump
line 673 \connect evil_673
-- Database "evil" dump
line 674 \connect evil_674
-- Database "evil" dump
line 675 \connect evil_675
-- Database "evil" dump
line 676 \connect evil_676
-- Database "evil" dump
line 677 \connect evil_677
-- Database "evil" dump
line 678 \connect evil_678
-- Database "evil" dump
line 679 \connect evil_679
-- Database "evil" dump
line 680 \connect evil_680
-- Database "evil" dump
line 681 \connect evil_681
-- Database "evil" dump
line 682 \connect evil_682
-- Database "evil" dump
line 683 \connect evil_683
-- Database "evil" dump
line 684 \connect evil_684
-- Database "evil" dump
line 685 \connect evil_685
-- Database "evil" dump
line 686 \connect evil_686
-- Database "evil" dump
line 687 \connect evil_687
-- Database "evil" dump
line 688 \connect evil_688
-- Database "evil" dump
line 689 \connect evil_689
-- Database "evil" dump
line 690 \connect evil_690
-- Database "evil" dump
line 691 \connect evil_691
-- Database "evil" dump
line 692 \connect evil_692
-- Database "evil" dump
line 693 \connect evil_693
-- Database "evil" dump
line 694 \connect evil_694
-- Database "evil" dump
line 695 \connect evil_695
-- Database "evil" dump
line 696 \connect evil_696
-- Database "evil" dump
line 697 \connect evil_697
-- Database "evil" dump
line 698 \connect evil_698
-- Database "evil" dump
line 699 \connect evil_699
-- Database "evil" dump
line 700 \connect evil_700
-- Database "evil" dump
line 701 \connect evil_701
-- Database "evil" dump
line 702 \connect evil_702
-- Database "evil" dump
line 703 \connect evil_703
-- Database "evil" dump
line 704 \connect evil_704
-- Database "evil" dump
line 705 \connect evil_705
-- Database "evil" dump
line 706 \connect evil_706
-- Database "evil" dump
line 707 \connect evil_707
-- Database "evil" dump
line 708 \connect evil_708
-- Database "evil" dump
line 709 \connect evil_709
-- Database "evil" dump
line 710 \connect evil_710
-- Database "evil" dump
line 711 \connect evil_711
-- Database "evil" dump
line 712 \connect evil_712
-- Database "evil" dump
line 713 \connect evil_713
-- Database "evil" dump
line 714 \connect evil_714
-- Database "evil" dump
line 715 \connect evil_715
-- Database "evil" dump
line 716 \connect evil_716
-- Database "evil" dump
line 717 \connect evil_717
-- Database "evil" dump
line 718 \connect evil_718
-- Database "evil" dump
line 719 \connect evil_719
-- Database "evil" dump
line 720 \connect evil_720
-- Database "evil" dump
line 721 \connect evil_721
-- Database "evil" dump
line 722 \connect evil_722
-- Database "evil" dump
line 723 \connect evil_723
-- Database "evil" dump
line 724 \connect evil_724
-- Database "evil" dump
line 725 \connect evil_725
-- Database "evil" dump
line 726 \connect evil_726
-- Database "evil" dump
line 727 \connect evil_727
-- Database "evil" dump
line 728 \connect evil_728
-- Database "evil" dump
line 729 \connect evil_729
-- Database "evil" dump
line 730 \connect evil_730
-- Database "evil" dump
line 731 \connect evil_731
-- Database "evil" dump
line 732 \connect evil_732
-- Database "evil" dump
line 733 \connect evil_733
-- Database "evil" dump
line 734 \connect evil_734
-- Database "evil" dump
line 735 \connect evil_735
-- Database "evil" dump
line 736 \connect evil_736
-- Database "evil" dump
line 737 \connect evil_737
-- Database "evil" dump
line 738 \connect evil_738
-- Database "evil" dump
line 739 \connect evil_739
-- Database "evil" dump
line 740 \connect evil_740
-- Database "evil" dump
line 741 \connect evil_741
-- Database "evil" dump
line 742 \connect evil_742
-- Database "evil" dump
line 743 \connect evil_743
-- Database "evil" dump
line 744 \connect evil_744
-- Database "evil" dump
line 745 \connect evil_745
-- Database "evil" dump
line 746 \connect evil_746
-- Database "evil" dump
line 747 \connect evil_747
-- Database "evil" dump
line 748 \connect evil_748
-- Database "evil" dump
line 749 \connect evil_749
-- Database "evil" dump
line 750 \connect evil_750
-- Database "evil" dump
line 751 \connect evil_751
-- Database "evil" dump
line 752 \connect evil_752
-- Database "evil" dump
line 753 \connect evil_753
-- Database "evil" dump
line 754 \connect evil_754
-- Database "evil" dump
line 755 \connect evil_755
-- Database "evil" dump
line 756 \connect evil_756
-- Database "evil" dump
line 757 \connect evil_757
-- Database "evil" dump
line 758 \connect evil_758
-- Database "evil" dump
line 759 \connect evil_759
-- Database "evil" dump
line 760 \connect evil_760
-- Database "evil" dump
line 761 \connect evil_761
-- Database "evil" dump
line 762 \connect evil_762
-- Database "evil" dump
line 763 \connect evil_763
-- Database "evil" dump
line 764 \connect evil_764
-- Database "evil" dump
line 765 \connect evil_765
-- Database "evil" dump
line 766 \connect evil_766
-- Database "evil" dump
line 767 \connect evil_767
-- Database "evil" dump
line 768 \connect evil_768
-- Database "evil" dump
line 769 \connect evil_769
-- Database "evil" dump
line 770 \connect evil_770
-- Database "evil" dump
line 771 \connect evil_771
-- Database "evil" dump
line 772 \connect evil_772
-- Database "evil" dump
line 773 \connect evil_773
-- Database "evil" dump
line 774 \connect evil_774
-- Database "evil" dump
line 775 \connect evil_775
-- Database "evil" dump
line 776 \connect evil_776
-- Database "evil" dump
line 777 \connect evil_777
-- Database "evil" dump
line 778 \connect evil_778
-- Database "evil" dump
line 779 \connect evil_779
-- Database "evil" dump
line 780 \connect evil_780
-- Database "evil" dump
line 781 \connect evil_781
-- Database "evil" dump
line 782 \connect evil_782
-- Database "evil" dump
line 783 \connect evil_783
-- Database "evil" dump
line 784 \connect evil_784
-- Database "evil" dump
line 785 \connect evil_785
-- Database "evil" dump
line 786 \connect evil_786
-- Database "evil" dump
line 787 \connect evil_787
-- Database "evil" dump
line 788 \connect evil_788
-- Database "evil" dump
line 789 \connect evil_789
-- Database "evil" dump
line 790 \connect evil_790
-- Database "evil" dump
line 791 \connect evil_791
-- Database "evil" dump
line 792 \connect evil_792
-- Database "evil" dump
line 793 \connect evil_793
-- Database "evil" dump
line 794 \connect evil_794
-- Database "evil" dump
line 795 \connect evil_795
-- Database "evil" dump
line 796 \connect evil_796
-- Database "evil" dump
line 797 \connect evil_797
-- Database "evil" dump
line 798 \connect evil_798
-- Database "evil" dump
line 799 \connect evil_799
-- Database "evil" dump
line 800 \connect evil_800
-- Database "evil" dump
line 801 \connect evil_801
-- Database "evil" dump
line 802 \connect evil_802
-- Database "evil" dump
line 803 \connect evil_803
-- Database "evil" dump
line 804 \connect evil_804
-- Database "evil" dump
line 805 \connect evil_805
-- Database "evil" dump
line 806 \connect evil_806
-- Database "evil" dump
line 807 \connect evil_807
-- Database "evil" dump
line 808 \connect evil_808
-- Database "evil" dump
line 809 \connect evil_809
-- Database "evil" dump
line 810 \connect evil_810
-- Database "evil" dump
line 811 \connect evil_811
-- Database "evil" dump
line 812 \connect evil_812
-- Database "evil" dump
line 813 \connect evil_813
-- Database "evil" dump
line 814 \connect evil_814
-- Database "evil" dump
line 815 \connect evil_815
-- Database "evil" dump
line 816 \connect evil_816
-- Database "evil" dump
line 817 \connect evil_817
-- Database "evil" dump
line 818 \connect evil_818
-- Database "evil" dump
line 819 \connect evil_819
-- Database "evil" dump
line 820 \connect evil_820
-- Database "evil" dump
line 821 \connect evil_821
-- Database "evil" dump
line 822 \connect evil_822
-- Database "evil" dump
line 823 \connect evil_823
-- Database "evil" dump
line 824 \connect evil_824
-- Database "evil" dump
line 825 \connect evil_825
-- Database "evil" dump
line 826 \connect evil_826
-- Database "evil" dump
line 827 \connect evil_827
-- Database "evil" dump
line 828 \connect evil_828
-- Database "evil" dump
line 829 \connect evil_829
-- Database "evil" dump
line 830 \connect evil_830
-- Database "evil" dump
line 831 \connect evil_831
-- Database "evil" dump
line 832 \connect evil_832
-- Database "evil" dump
line 833 \connect evil_833
-- Database "evil" dump
line 834 \connect evil_834
-- Database "evil" dump
line 835 \connect evil_835
-- Database "evil" dump
line 836 \connect evil_836
-- Database "evil" dump
line 837 \connect evil_837
-- Database "evil" dump
line 838 \connect evil_838
-- Database "evil" dump
line 839 \connect evil_839
-- Database "evil" dump
line 840 \connect evil_840
-- Database "evil" dump
line 841 \connect evil_841
-- Database "evil" dump
line 842 \connect evil_842
-- Database "evil" dump
line 843 \connect evil_843
-- Database "evil" dump
line 844 \connect evil_844
-- Database "evil" dump
line 845 \connect evil_845
-- Database "evil" dump
line 846 \connect evil_846
-- Database "evil" dump
line 847 \connect evil_847
-- Database "evil" dump
line 848 \connect evil_848
-- Database "evil" dump
line 849 \connect evil_849
-- Database "evil" dump
line 850 \connect evil_850
-- Database "evil" dump
line 851 \connect evil_851
-- Database "evil" dump
line 852 \connect evil_852
-- Database "evil" dump
line 853 \connect evil_853
-- Database "evil" dump
line 854 \connect evil_854
-- Database "evil" dump
line 855 \connect evil_855
-- Database "evil" dump
line 856 \connect evil_856
-- Database "evil" dump
line 857 \connect evil_857
-- Database "evil" dump
line 858 \connect evil_858
-- Database "evil" dump
line 859 \connect evil_859
-- Database "evil" dump
line 860 \connect evil_860
-- Database "evil" dump
line 861 \connect evil_861
-- Database "evil" dump
line 862 \connect evil_862
-- Database "evil" dump
line 863 \connect evil_863
-- Database "evil" dump
line 864 \connect evil_864
-- Database "evil" dump
line 865 \connect evil_865
-- Database "evil" dump
line 866 \connect evil_866
-- Database "evil" dump
line 867 \connect evil_867
-- Database "evil" dump
line 868 \connect evil_868
-- Database "evil" dump
line 869 \connect evil_869
-- Database "evil" dump
line 870 \connect evil_870
-- Database "evil" dump
line 871 \connect evil_871
-- Database "evil" dump
line 872 \connect evil_872
-- Database "evil" dump
line 873 \connect evil_873
-- Database "evil" dump
line 874 \connect evil_874
-- Database "evil" dump
line 875 \connect evil_875
-- Database "evil" dump
line 876 \connect evil_876
-- Database "evil" dump
line 877 \connect evil_877
-- Database "evil" dump
line 878 \connect evil_878
-- Database "evil" dump
line 879 \connect evil_879
-- Database "evil" dump
line 880 \connect evil_880
-- Database "evil" dump
line 881 \connect evil_881
-- Database "evil" dump
line 882 \connect evil_882
-- Database "evil" dump
line 883 \connect evil_883
-- Database "evil" dump
line 884 \connect evil_884
-- Database "evil" dump
line 885 \connect evil_885
-- Database "evil" dump
line 886 \connect evil_886
-- Database "evil" dump
line 887 \connect evil_887
-- Database "evil" dump
line 888 \connect evil_888
-- Database "evil" dump
line 889 \connect evil_889
-- Database "evil" dump
line 890 \connect evil_890
-- Database "evil" dump
line 891 \connect evil_891
-- Database "evil" dump
line 892 \connect evil_892
-- Database "evil" dump
line 893 \connect evil_893
-- Database "evil" dump
line 894 \connect evil_894
-- Database "evil" dump
line 895 \connect evil_895
-- Database "evil" dump
line 896 \connect evil_896
-- Database "evil" dump
line 897 \connect evil_897
-- Database "evil" dump
line 898 \connect evil_898
-- Database "evil" dump
line 899 \connect evil_899
-- Database "evil" dump
line 900 \connect evil_900
-- Database "evil" dump
line 901 \connect evil_901
-- Database "evil" dump
line 902 \connect evil_902
-- Database "evil" dump
line 903 \connect evil_903
-- Database "evil" dump
line 904 \connect evil_904
-- Database "evil" dump
line 905 \connect evil_905
-- Database "evil" dump
line 906 \connect evil_906
-- Database "evil" dump
line 907 \connect evil_907
-- Database "evil" dump
line 908 \connect evil_908
-- Database "evil" dump
line 909 \connect evil_909
-- Database "evil" dump
line 910 \connect evil_910
-- Database "evil" dump
line 911 \connect evil_911
-- Database "evil" dump
line 912 \connect evil_912
-- Database "evil" dump
line 913 \connect evil_913
-- Database "evil" dump
line 914 \connect evil_914
-- Database "evil" dump
line 915 \connect evil_915
-- Database "evil" dump
line 916 \connect evil_916
-- Database "evil" dump
line 917 \connect evil_917
-- Database "evil" dump
line 918 \connect evil_918
-- Database "evil" dump
line 919 \connect evil_919
-- Database "evil" dump
line 920 \connect evil_920
-- Database "evil" dump
line 921 \connect evil_921
-- Database "evil" dump
line 922 \connect evil_922
-- Database "evil" dump
line 923 \connect evil_923
-- Database "evil" dump
line 924 \connect evil_924
-- Database "evil" dump
line 925 \connect evil_925
-- Database "evil" dump
line 926 \connect evil_926
-- Database "evil" dump
line 927 \connect evil_927
-- Database "evil" dump
line 928 \connect evil_928
-- Database "evil" dump
line 929 \connect evil_929
-- Database "evil" dump
line 930 \connect evil_930
-- Database "evil" dump
line 931 \connect evil_931
-- Database "evil" dump
line 932 \connect evil_932
-- Database "evil" dump
line 933 \connect evil_933
-- Database "evil" dump
line 934 \connect evil_934
-- Database "evil" dump
line 935 \connect evil_935
-- Database "evil" dump
line 936 \connect evil_936
-- Database "evil" dump
line 937 \connect evil_937
-- Database "evil" dump
line 938 \connect evil_938
-- Database "evil" dump
line 939 \connect evil_939
-- Database "evil" dump
line 940 \connect evil_940
-- Database "evil" dump
line 941 \connect evil_941
-- Database "evil" dump
line 942 \connect evil_942
-- Database "evil" dump
line 943 \connect evil_943
-- Database "evil" dump
line 944 \connect evil_944
-- Database "evil" dump
line 945 \connect evil_945
-- Database "evil" dump
line 946 \connect evil_946
-- Database "evil" dump
line 947 \connect evil_947
-- Database "evil" dump
line 948 \connect evil_948
-- Database "evil" dump
line 949 \connect evil_949
-- Database "evil" dump
line 950 \connect evil_950
-- Database "evil" dump
line 951 \connect evil_951
-- Database "evil" dump
line 952 \connect evil_952
-- Database "evil" dump
line 953 \connect evil_953
-- Database "evil" dump
line 954 \connect evil_954
-- Database "evil" dump
line 955 \connect evil_955
-- Database "evil" dump
line 956 \connect evil_956
-- Database "evil" dump
line 957 \connect evil_957
-- Database "evil" dump
line 958 \connect evil_958
-- Database "evil" dump
line 959 \connect evil_959
-- Database "evil" dump
line 960 \connect evil_960
-- Database "evil" dump
line 961 \connect evil_961
-- Database "evil" dump
line 962 \connect evil_962
-- Database "evil" dump
line 963 \connect evil_963
-- Database "evil" dump
line 964 \connect evil_964
-- Database "evil" dump
line 965 \connect evil_965
-- Database "evil" dump
line 966 \connect evil_966
-- Database "evil" dump
line 967 \connect evil_967
-- Database "evil" dump
line 968 \connect evil_968
-- Database "evil" dump
line 969 \connect evil_969
-- Database "evil" dump
line 970 \connect evil_970
-- Database "evil" dump
line 971 \connect evil_971
-- Database "evil" dump
line 972 \connect evil_972
-- Database "evil" dump
line 973 \connect evil_973
-- Database "evil" dump
line 974 \connect evil_974
-- Database "evil" dump
line 975 \connect evil_975
-- Database "evil" dump
line 976 \connect evil_976
-- Database "evil" dump
line 977 \connect evil_977
-- Database "evil" dump
line 978 \connect evil_978
-- Database "evil" dump
line 979 \connect evil_979
-- Database "evil" dump
line 980 \connect evil_980
-- Database "evil" dump
line 981 \connect evil_981
-- Database "evil" dump
line 982 \connect evil_982
-- Database "evil" dump
line 983 \connect evil_983
-- Database "evil" dump
line 984 \connect evil_984
-- Database "evil" dump
line 985 \connect evil_985
-- Database "evil" dump
line 986 \connect evil_986
-- Database "evil" dump
line 987 \connect evil_987
-- Database "evil" dump
line 988 \connect evil_988
-- Database "evil" dump
line 989 \connect evil_989
-- Database "evil" dump
line 990 \connect evil_990
-- Database "evil" dump
line 991 \connect evil_991
-- Database "evil" dump
line 992 \connect evil_992
-- Database "evil" dump
line 993 \connect evil_993
-- Database "evil" dump
line 994 \connect evil_994
-- Database "evil" dump
line 995 \connect evil_995
-- Database "evil" dump
line 996 \connect evil_996
-- Database "evil" dump
line 997 \connect evil_997
-- Database "evil" dump
line 998 \connect evil_998
-- Database "evil" dump
line 999 \connect evil_999
-- Database "evil" dump
line 1000 \connect evil_1000
-- Database "evil" dump
line 1001 \connect evil_1001
-- Database "evil" dump
line 1002 \connect evil_1002
-- Database "evil" dump
line 1003 \connect evil_1003
-- Database "evil" dump
line 1004 \connect evil_1004
-- Database "evil" dump
line 1005 \connect evil_1005
-- Database "evil" dump
line 1006 \connect evil_1006
-- Database "evil" dump
line 1007 \connect evil_1007
-- Database "evil" dump
line 1008 \connect evil_1008
-- Database "evil" dump
line 1009 \connect evil_1009
-- Database "evil" dump
line 1010 \connect evil_1010
-- Database "evil" dump
line 1011 \connect evil_1011
-- Database "evil" dump
line 1012 \connect evil_1012
-- Database "evil" dump
line 1013 \connect evil_1013
-- Database "evil" dump
line 1014 \connect evil_1014
-- Database "evil" dump
line 1015 \connect evil_1015
-- Database "evil" dump
line 1016 \connect evil_1016
-- Database "evil" dump
line 1017 \connect evil_1017
-- Database "evil" dump
line 1018 \connect evil_1018
-- Database "evil" dump
line 1019 \connect evil_1019
-- Database "evil" dump
line 1020 \connect evil_1020
-- Database "evil" dump
line 1021 \connect evil_1021
-- Database "evil" dump
line 1022 \connect evil_1022
-- Database "evil" dump
line 1023 \connect evil_1023
-- Database "evil" dump
line 1024 \connect evil_1024
-- Database "evil" dump
line 1025 \connect evil_1025
-- Database "evil" dump
line 1026 \connect evil_1026
-- Database "evil" dump
line 1027 \connect evil_1027
-- Database "evil" dump
line 1028 \connect evil_1028
-- Database "evil" dump
line 1029 \connect evil_1029
-- Database "evil" dump
line 1030 \connect evil_1030
-- Database "evil" dump
line 1031 \connect evil_1031
-- Database "evil" dump
line 1032 \connect evil_1032
-- Database "evil" dump
line 1033 \connect evil_1033
-- Database "evil" dump
line 1034 \connect evil_1034
-- Database "evil" dump
line 1035 \connect evil_1035
-- Database "evil" dump
line 1036 \connect evil_1036
-- Database "evil" dump
line 1037 \connect evil_1037
-- Database "evil" dump
line 1038 \connect evil_1038
-- Database "evil" dump
line 1039 \connect evil_1039
-- Database "evil" dump
line 1040 \connect evil_1040
-- Database "evil" dump
line 1041 \connect evil_1041
-- Database "evil" dump
line 1042 \connect evil_1042
-- Database "evil" dump
line 1043 \connect evil_1043
-- Database "evil" dump
line 1044 \connect evil_1044
-- Database "evil" dump
line 1045 \connect evil_1045
-- Database "evil" dump
line 1046 \connect evil_1046
-- Database "evil" dump
line 1047 \connect evil_1047
-- Database "evil" dump
line 1048 \connect evil_1048
-- Database "evil" dump
line 1049 \connect evil_1049
-- Database "evil" dump
line 1050 \connect evil_1050
-- Database "evil" dump
line 1051 \connect evil_1051
-- Database "evil" dump
line 1052 \connect evil_1052
-- Database "evil" dump
line 1053 \connect evil_1053
-- Database "evil" dump
line 1054 \connect evil_1054
-- Database "evil" dump
line 1055 \connect evil_1055
-- Database "evil" dump
line 1056 \connect evil_1056
-- Database "evil" dump
line 1057 \connect evil_1057
-- Database "evil" dump
line 1058 \connect evil_1058
-- Database "evil" dump
line 1059 \connect evil_1059
-- Database "evil" dump
line 1060 \connect evil_1060
-- Database "evil" dump
line 1061 \connect evil_1061
-- Database "evil" dump
line 1062 \connect evil_1062
-- Database "evil" dump
line 1063 \connect evil_1063
-- Database "evil" dump
line 1064 \connect evil_1064
-- Database "evil" dump
line 1065 \connect evil_1065
-- Database "evil" dump
line 1066 \connect evil_1066
-- Database "evil" dump
line 1067 \connect evil_1067
-- Database "evil" dump
line 1068 \connect evil_1068
-- Database "evil" dump
line 1069 \connect evil_1069
-- Database "evil" dump
line 1070 \connect evil_1070
-- Database "evil" dump
line 1071 \connect evil_1071
-- Database "evil" dump
line 1072 \connect evil_1072
-- Database "evil" dump
line 1073 \connect evil_1073
-- Database "evil" dump
line 1074 \connect evil_1074
-- Database "evil" dump
line 1075 \connect evil_1075
-- Database "evil" dump
line 1076 \connect evil_1076
-- Database "evil" dump
line 1077 \connect evil_1077
-- Database "evil" dump
line 1078 \connect evil_1078
-- Database "evil" dump
line 1079 \connect evil_1079
-- Database "evil" dump
line 1080 \connect evil_1080
-- Database "evil" dump
line 1081 \connect evil_1081
-- Database "evil" dump
line 1082 \connect evil_1082
-- Database "evil" dump
line 1083 \connect evil_1083
-- Database "evil" dump
line 1084 \connect evil_1084
-- Database "evil" dump
line 1085 \connect evil_1085
-- Database "evil" dump
line 1086 \connect evil_1086
-- Database "evil" dump
line 1087 \connect evil_1087
-- Database "evil" dump
line 1088 \connect evil_1088
-- Database "evil" dump
line 1089 \connect evil_1089
-- Database "evil" dump
line 1090 \connect evil_1090
-- Database "evil" dump
line 1091 \connect evil_1091
-- Database "evil" dump
line 1092 \connect evil_1092
-- Database "evil" dump
line 1093 \connect evil_1093
-- Database "evil" dump
line 1094 \connect evil_1094
-- Database "evil" dump
line 1095 \connect evil_1095
-- Database "evil" dump
line 1096 \connect evil_1096
-- Database "evil" dump
line 1097 \connect evil_1097
-- Database "evil" dump
line 1098 \connect evil_1098
-- Database "evil" dump
line 1099 \connect evil_1099
-- Database "evil" dump
line 1100 \connect evil_1100
-- Database "evil" dump
line 1101 \connect evil_1101
-- Database "evil" dump
line 1102 \connect evil_1102
-- Database "evil" dump
line 1103 \connect evil_1103
-- Database "evil" dump
line 1104 \connect evil_1104
-- Database "evil" dump
line 1105 \connect evil_1105
-- Database "evil" dump
line 1106 \connect evil_1106
-- Database "evil" dump
line 1107 \connect evil_1107
-- Database "evil" dump
line 1108 \connect evil_1108
-- Database "evil" dump
line 1109 \connect evil_1109
-- Database "evil" dump
line 1110 \connect evil_1110
-- Database "evil" dump
line 1111 \connect evil_1111
-- Database "evil" dump
line 1112 \connect evil_1112
-- Database "evil" dump
line 1113 \connect evil_1113
-- Database "evil" dump
line 1114 \connect evil_1114
-- Database "evil" dump
line 1115 \connect evil_1115
-- Database "evil" dump
line 1116 \connect evil_1116
-- Database "evil" dump
line 1117 \connect evil_1117
-- Database "evil" dump
line 1118 \connect evil_1118
-- Database "evil" dump
line 1119 \connect evil_1119
-- Database "evil" dump
line 1120 \connect evil_1120
-- Database "evil" dump
line 1121 \connect evil_1121
-- Database "evil" dump
line 1122 \connect evil_1122
-- Database "evil" dump
line 1123 \connect evil_1123
-- Database "evil" dump
line 1124 \connect evil_1124
-- Database "evil" dump
line 1125 \connect evil_1125
-- Database "evil" dump
line 1126 \connect evil_1126
-- Database "evil" dump
line 1127 \connect evil_1127
-- Database "evil" dump
line 1128 \connect evil_1128
-- Database "evil" dump
line 1129 \connect evil_1129
-- Database "evil" dump
line 1130 \connect evil_1130
-- Database "evil" dump
line 1131 \connect evil_1131
-- Database "evil" dump
line 1132 \connect evil_1132
-- Database "evil" dump
line 1133 \connect evil_1133
-- Database "evil" dump
line 1134 \connect evil_1134
-- Database "evil" dump
line 1135 \connect evil_1135
-- Database "evil" dump
line 1136 \connect evil_1136
-- Database "evil" dump
line 1137 \connect evil_1137
-- Database "evil" dump
line 1138 \connect evil_1138
-- Database "evil" dump
line 1139 \connect evil_1139
-- Database "evil" dump
line 1140 \connect evil_1140
-- Database "evil" dump
line 1141 \connect evil_1141
-- Database "evil" dump
line 1142 \connect evil_1142
-- Database "evil" dump
line 1143 \connect evil_1143
-- Database "evil" dump
line 1144 \connect evil_1144
-- Database "evil" dump
line 1145 \connect evil_1145
-- Database "evil" dump
line 1146 \connect evil_1146
-- Database "evil" dump
line 1147 \connect evil_1147
-- Database "evil" dump
line 1148 \connect evil_1148
-- Database "evil" dump
line 1149 \connect evil_1149
-- Database "evil" dump
line 1150 \connect evil_1150
-- Database "evil" dump
line 1151 \connect evil_1151
-- Database "evil" dump
line 1152 \connect evil_1152
-- Database "evil" dump
line 1153 \connect evil_1153
-- Database "evil" dump
line 1154 \connect evil_1154
-- Database "evil" dump
line 1155 \connect evil_1155
-- Database "evil" dump
line 1156 \connect evil_1156
-- Database "evil" dump
line 1157 \connect evil_1157
-- Database "evil" dump
line 1158 \connect evil_1158
-- Database "evil" dump
line 1159 \connect evil_1159
-- Database "evil" dump
line 1160 \connect evil_1160
-- Database "evil" dump
line 1161 \connect evil_1161
-- Database "evil" dump
line 1162 \connect evil_1162
-- Database "evil" dump
line 1163 \connect evil_1163
-- Database "evil" dump
line 1164 \connect evil_1164
-- Database "evil" dump
line 1165 \connect evil_1165
-- Database "evil" dump
line 1166 \connect evil_1166
-- Database "evil" dump
line 1167 \connect evil_1167
-- Database "evil" dump
line 1168 \connect evil_1168
-- Database "evil" dump
line 1169 \connect evil_1169
-- Database "evil" dump
line 1170 \connect evil_1170
-- Database "evil" dump
line 1171 \connect evil_1171
-- Database "evil" dump
line 1172 \connect evil_1172
-- Database "evil" dump
line 1173 \connect evil_1173
-- Database "evil" dump
line 1174 \connect evil_1174
-- Database "evil" dump
line 1175 \connect evil_1175
-- Database "evil" dump
line 1176 \connect evil_1176
-- Database "evil" dump
line 1177 \connect evil_1177
-- Database "evil" dump
line 1178 \connect evil_1178
-- Database "evil" dump
line 1179 \connect evil_1179
-- Database "evil" dump
line 1180 \connect evil_1180
-- Database "evil" dump
line 1181 \connect evil_1181
-- Database "evil" dump
line 1182 \connect evil_1182
-- Database "evil" dump
line 1183 \connect evil_1183
-- Database "evil" dump
line 1184 \connect evil_1184
-- Database "evil" dump
line 1185 \connect evil_1185
-- Database "evil" dump
line 1186 \connect evil_1186
-- Database "evil" dump
line 1187 \connect evil_1187
-- Database "evil" dump
line 1188 \connect evil_1188
-- Database "evil" dump
line 1189 \connect evil_1189
-- Database "evil" dump
line 1190 \connect evil_1190
-- Database "evil" dump
line 1191 \connect evil_1191
-- Database "evil" dump
line 1192 \connect evil_1192
-- Database "evil" dump
line 1193 \connect evil_1193
-- Database "evil" dump
line 1194 \connect evil_1194
-- Database "evil" dump
line 1195 \connect evil_1195
-- Database "evil" dump
line 1196 \connect evil_1196
-- Database "evil" dump
line 1197 \connect evil_1197
-- Database "evil" dump
line 1198 \connect evil_1198
-- Database "evil" dump
line 1199 \connect evil_1199
-- Database "evil" dump
line 1200 \connect evil_1200
-- Database "evil" dump
line 1201 \connect evil_1201
-- Database "evil" dump
line 1202 \connect evil_1202
-- Database "evil" dump
line 1203 \connect evil_1203
-- Database "evil" dump
line 1204 \connect evil_1204
-- Database "evil" dump
line 1205 \connect evil_1205
-- Database "evil" dump
line 1206 \connect evil_1206
-- Database "evil" dump
line 1207 \connect evil_1207
-- Database "evil" dump
line 1208 \connect evil_1208
-- Database "evil" dump
line 1209 \connect evil_1209
-- Database "evil" dump
line 1210 \connect evil_1210
-- Database "evil" dump
line 1211 \connect evil_1211
-- Database "evil" dump
line 1212 \connect evil_1212
-- Database "evil" dump
line 1213 \connect evil_1213
-- Database "evil" dump
line 1214 \connect evil_1214
-- Database "evil" dump
line 1215 \connect evil_1215
-- Database "evil" dump
line 1216 \connect evil_1216
-- Database "evil" dump
line 1217 \connect evil_1217
-- Database "evil" dump
line 1218 \connect evil_1218
-- Database "evil" dump
line 1219 \connect evil_1219
-- Database "evil" dump
line 1220 \connect evil_1220
-- Database "evil" dump
line 1221 \connect evil_1221
-- Database "evil" dump
line 1222 \connect evil_1222
-- Database "evil" dump
line 1223 \connect evil_1223
-- Database "evil" dump
line 1224 \connect evil_1224
-- Database "evil" dump
line 1225 \connect evil_1225
-- Database "evil" dump
line 1226 \connect evil_1226
-- Database "evil" dump
line 1227 \connect evil_1227
-- Database "evil" dump
line 1228 \connect evil_1228
-- Database "evil" dump
line 1229 \connect evil_1229
-- Database "evil" dump
line 1230 \connect evil_1230
-- Database "evil" dump
line 1231 \connect evil_1231
-- Database "evil" dump
line 1232 \connect evil_1232
-- Database "evil" dump
line 1233 \connect evil_1233
-- Database "evil" dump
line 1234 \connect evil_1234
-- Database "evil" dump
line 1235 \connect evil_1235
-- Database "evil" dump
line 1236 \connect evil_1236
-- Database "evil" dump
line 1237 \connect evil_1237
-- Database "evil" dump
line 1238 \connect evil_1238
-- Database "evil" dump
line 1239 \connect evil_1239
-- Database "evil" dump
line 1240 \connect evil_1240
-- Database "evil" dump
line 1241 \connect evil_1241
-- Database "evil" dump
line 1242 \connect evil_1242
-- Database "evil" dump
line 1243 \connect evil_1243
-- Database "evil" dump
line 1244 \connect evil_1244
-- Database "evil" dump
line 1245 \connect evil_1245
-- Database "evil" dump
line 1246 \connect evil_1246
-- Database "evil" dump
line 1247 \connect evil_1247
-- Database "evil" dump
line 1248 \connect evil_1248
-- Database "evil" dump
line 1249 \connect evil_1249
-- Database "evil" dump
line 1250 \connect evil_1250
-- Database "evil" dump
line 1251 \connect evil_1251
-- Database "evil" dump
line 1252 \connect evil_1252
-- Database "evil" dump
line 1253 \connect evil_1253
-- Database "evil" dump
line 1254 \connect evil_1254
-- Database "evil" dump
line 1255 \connect evil_1255
-- Database "evil" dump
line 1256 \connect evil_1256
-- Database "evil" dump
line 1257 \connect evil_1257
-- Database "evil" dump
line 1258 \connect evil_1258
-- Database "evil" dump
line 1259 \connect evil_1259
-- Database "evil" dump
line 1260 \connect evil_1260
-- Database "evil" dump
line 1261 \connect evil_1261
-- Database "evil" dump
line 1262 \connect evil_1262
-- Database "evil" dump
line 1263 \connect evil_1263
-- Database "evil" dump
line 1264 \connect evil_1264
-- Database "evil" dump
line 1265 \connect evil_1265
-- Database "evil" dump
line 1266 \connect evil_1266
-- Database "evil" dump
line 1267 \connect evil_1267
-- Database "evil" dump
line 1268 \connect evil_1268
-- Database "evil" dump
line 1269 \connect evil_1269
-- Database "evil" dump
line 1270 \connect evil_1270
-- Database "evil" dump
line 1271 \connect evil_1271
-- Database "evil" dump
line 1272 \connect evil_1272
-- Database "evil" dump
line 1273 \connect evil_1273
-- Database "evil" dump
line 1274 \connect evil_1274
-- Database "evil" dump
line 1275 \connect evil_1275
-- Database "evil" dump
line 1276 \connect evil_1276
-- Database "evil" dump
line 1277 \connect evil_1277
-- Database "evil" dump
line 1278 \connect evil_1278
-- Database "evil" dump
line 1279 \connect evil_1279
-- Database "evil" dump
line 1280 \connect evil_1280
-- Database "evil" dump
line 1281 \connect evil_1281
-- Database "evil" dump
line 1282 \connect evil_1282
-- Database "evil" dump
line 1283 \connect evil_1283
-- Database "evil" dump
line 1284 \connect evil_1284
-- Database "evil" dump
line 1285 \connect evil_1285
-- Database "evil" dump
line 1286 \connect evil_1286
-- Database "evil" dump
line 1287 \connect evil_1287
-- Database "evil" dump
line 1288 \connect evil_1288
-- Database "evil" dump
line 1289 \connect evil_1289
-- Database "evil" dump
line 1290 \connect evil_1290
-- Database "evil" dump
line 1291 \connect evil_1291
-- Database "evil" dump
line 1292 \connect evil_1292
-- Database "evil" dump
line 1293 \connect evil_1293
-- Database "evil" dump
line 1294 \connect evil_1294
-- Database "evil" dump
line 1295 \connect evil_1295
-- Database "evil" dump
line 1296 \connect evil_1296
-- Database "evil" dump
line 1297 \connect evil_1297
-- Database "evil" dump
line 1298 \connect evil_1298
-- Database "evil" dump
line 1299 \connect evil_1299
-- Database "evil" dump
line 1300 \connect evil_1300
-- Database "evil" dump
line 1301 \connect evil_1301
-- Database "evil" dump
line 1302 \connect evil_1302
-- Database "evil" dump
line 1303 \connect evil_1303
-- Database "evil" dump
line 1304 \connect evil_1304
-- Database "evil" dump
line 1305 \connect evil_1305
-- Database "evil" dump
line 1306 \connect evil_1306
-- Database "evil" dump
line 1307 \connect evil_1307
-- Database "evil" dump
line 1308 \connect evil_1308
-- Database "evil" dump
line 1309 \connect evil_1309
-- Database "evil" dump
line 1310 \connect evil_1310
-- Database "evil" dump
line 1311 \connect evil_1311
-- Database "evil" dump
line 1312 \connect evil_1312
-- Database "evil" dump
line 1313 \connect evil_1313
-- Database "evil" dump
line 1314 \connect evil_1314
-- Database "evil" dump
line 1315 \connect evil_1315
-- Database "evil" dump
line 1316 \connect evil_1316
-- Database "evil" dump
line 1317 \connect evil_1317
-- Database "evil" dump
line 1318 \connect evil_1318
-- Database "evil" dump
line 1319 \connect evil_1319
-- Database "evil" dump
line 1320 \connect evil_1320
-- Database "evil" dump
line 1321 \connect evil_1321
-- Database "evil" dump
line 1322 \connect evil_1322
-- Database "evil" dump
line 1323 \connect evil_1323
-- Database "evil" dump
line 1324 \connect evil_1324
-- Database "evil" dump
line 1325 \connect evil_1325
-- Database "evil" dump
line 1326 \connect evil_1326
-- Database "evil" dump
line 1327 \connect evil_1327
-- Database "evil" dump
line 1328 \connect evil_1328
-- Database "evil" dump
line 1329 \connect evil_1329
-- Database "evil" dump
line 1330 \connect evil_1330
-- Database "evil" dump
line 1331 \connect evil_1331
-- Database "evil" dump
line 1332 \connect evil_1332
-- Database "evil" dump
line 1333 \connect evil_1333
-- Database "evil" dump
line 1334 \connect evil_1334
-- Database "evil" dump
line 1335 \connect evil_1335
-- Database "evil" dump
line 1336 \connect evil_1336
-- Database "evil" dump
line 1337 \connect evil_1337
-- Database "evil" dump
line 1338 \connect evil_1338
-- Database "evil" dump
line 1339 \connect evil_1339
-- Database "evil" dump
line 1340 \connect evil_1340
-- Database "evil" dump
line 1341 \connect evil_1341
-- Database "evil" dump
line 1342 \connect evil_1342
-- Database "evil" dump
line 1343 \connect evil_1343
-- Database "evil" dump
line 1344 \connect evil_1344
-- Database "evil" dump
line 1345 \connect evil_1345
-- Database "evil" dump
line 1346 \connect evil_1346
-- Database "evil" dump
line 1347 \connect evil_1347
-- Database "evil" dump
line 1348 \connect evil_1348
-- Database "evil" dump
line 1349 \connect evil_1349
-- Database "evil" dump
line 1350 \connect evil_1350
-- Database "evil" dump
line 1351 \connect evil_1351
-- Database "evil" dump
line 1352 \connect evil_1352
-- Database "evil" dump
line 1353 \connect evil_1353
-- Database "evil" dump
line 1354 \connect evil_1354
-- Database "evil" dump
line 1355 \connect evil_1355
-- Database "evil" dump
line 1356 \connect evil_1356
-- Database "evil" dump
line 1357 \connect evil_1357
-- Database "evil" dump
line 1358 \connect evil_1358
-- Database "evil" dump
line 1359 \connect evil_1359
-- Database "evil" dump
line 1360 \connect evil_1360
-- Database "evil" dump
line 1361 \connect evil_1361
-- Database "evil" dump
line 1362 \connect evil_1362
-- Database "evil" dump
line 1363 \connect evil_1363
-- Database "evil" dump
line 1364 \connect evil_1364
-- Database "evil" dump
line 1365 \connect evil_1365
-- Database "evil" dump
line 1366 \connect evil_1366
-- Database "evil" dump
line 1367 \connect evil_1367
-- Database "evil" dump
line 1368 \connect evil_1368
-- Database "evil" dump
line 1369 \connect evil_1369
-- Database "evil" dump
line 1370 \connect evil_1370
-- Database "evil" dump
line 1371 \connect evil_1371
-- Database "evil" dump
line 1372 \connect evil_1372
-- Database "evil" dump
line 1373 \connect evil_1373
-- Database "evil" dump
line 1374 \connect evil_1374
-- Database "evil" dump
line 1375 \connect evil_1375
-- Database "evil" dump
line 1376 \connect evil_1376
-- Database "evil" dump
line 1377 \connect evil_1377
-- Database "evil" dump
line 1378 \connect evil_1378
-- Database "evil" dump
line 1379 \connect evil_1379
-- Database "evil" dump
line 1380 \connect evil_1380
-- Database "evil" dump
line 1381 \connect evil_1381
-- Database "evil" dump
line 1382 \connect evil_1382
-- Database "evil" dump
line 1383 \connect evil_1383
-- Database "evil" dump
line 1384 \connect evil_1384
-- Database "evil" dump
line 1385 \connect evil_1385
-- Database "evil" dump
line 1386 \connect evil_1386
-- Database "evil" dump
line 1387 \connect evil_1387
-- Database "evil" dump
line 1388 \connect evil_1388
-- Database "evil" dump
line 1389 \connect evil_1389
-- Database "evil" dump
line 1390 \connect evil_1390
-- Database "evil" dump
line 1391 \connect evil_1391
-- Database "evil" dump
line 1392 \connect evil_1392
-- Database "evil" dump
line 1393 \connect evil_1393
-- Database "evil" dump
line 1394 \connect evil_1394
-- Database "evil" dump
line 1395 \connect evil_1395
-- Database "evil" dump
line 1396 \connect evil_1396
-- Database "evil" dump
line 1397 \connect evil_1397
-- Database "evil" dump
line 1398 \connect evil_1398
-- Database "evil" dump
line 1399 \connect evil_1399
-- Database "evil" dump
line 1400 \connect evil_1400
-- Database "evil" dump
line 1401 \connect evil_1401
-- Database "evil" dump
line 1402 \connect evil_1402
-- Database "evil" dump
line 1403 \connect evil_1403
-- Database "evil" dump
line 1404 \connect evil_1404
-- Database "evil" dump
line 1405 \connect evil_1405
-- Database "evil" dump
line 1406 \connect evil_1406
-- Database "evil" dump
line 1407 \connect evil_1407
-- Database "evil" dump
line 1408 \connect evil_1408
-- Database "evil" dump
line 1409 \connect evil_1409
-- Database "evil" dump
line 1410 \connect evil_1410
-- Database "evil" dump
line 1411 \connect evil_1411
-- Database "evil" dump
line 1412 \connect evil_1412
-- Database "evil" dump
line 1413 \connect evil_1413
-- Database "evil" dump
line 1414 \connect evil_1414
-- Database "evil" dump
line 1415 \connect evil_1415
-- Database "evil" dump
line 1416 \connect evil_1416
-- Database "evil" dump
line 1417 \connect evil_1417
-- Database "evil" dump
line 1418 \connect evil_1418
-- Database "evil" dump
line 1419 \connect evil_1419
-- Database "evil" dump
line 1420 \connect evil_1420
-- Database "evil" dump
line 1421 \connect evil_1421
-- Database "evil" dump
line 1422 \connect evil_1422
-- Database "evil" dump
line 1423 \connect evil_1423
-- Database "evil" dump
line 1424 \connect evil_1424
-- Database "evil" dump
line 1425 \connect evil_1425
-- Database "evil" dump
line 1426 \connect evil_1426
-- Database "evil" dump
line 1427 \connect evil_1427
-- Database "evil" dump
line 1428 \connect evil_1428
-- Database "evil" dump
line 1429 \connect evil_1429
-- Database "evil" dump
line 1430 \connect evil_1430
-- Database "evil" dump
line 1431 \connect evil_1431
-- Database "evil" dump
line 1432 \connect evil_1432
-- Database "evil" dump
line 1433 \connect evil_1433
-- Database "evil" dump
line 1434 \connect evil_1434
-- Database "evil" dump
line 1435 \connect evil_1435
-- Database "evil" dump
line 1436 \connect evil_1436
-- Database "evil" dump
line 1437 \connect evil_1437
-- Database "evil" dump
line 1438 \connect evil_1438
-- Database "evil" dump
line 1439 \connect evil_1439
-- Database "evil" dump
line 1440 \connect evil_1440
-- Database "evil" dump
line 1441 \connect evil_1441
-- Database "evil" dump
line 1442 \connect evil_1442
-- Database "evil" dump
line 1443 \connect evil_1443
-- Database "evil" dump
line 1444 \connect evil_1444
-- Database "evil" dump
line 1445 \connect evil_1445
-- Database "evil" dump
line 1446 \connect evil_1446
-- Database "evil" dump
line 1447 \connect evil_1447
-- Database "evil" dump
line 1448 \connect evil_1448
-- Database "evil" dump
line 1449 \connect evil_1449
-- Database "evil" dump
line 1450 \connect evil_1450
-- Database "evil" dump
line 1451 \connect evil_1451
-- Database "evil" dump
line 1452 \connect evil_1452
-- Database "evil" dump
line 1453 \connect evil_1453
-- Database "evil" dump
line 1454 \connect evil_1454
-- Database "evil" dump
line 1455 \connect evil_1455
-- Database "evil" dump
line 1456 \connect evil_1456
-- Database "evil" dump
line 1457 \connect evil_1457
-- Database "evil" dump
line 1458 \connect evil_1458
-- Database "evil" dump
line 1459 \connect evil_1459
-- Database "evil" dump
line 1460 \connect evil_1460
-- Database "evil" dump
line 1461 \connect evil_1461
-- Database "evil" dump
line 1462 \connect evil_1462
-- Database "evil" dump
line 1463 \connect evil_1463
-- Database "evil" dump
line 1464 \connect evil_1464
-- Database "evil" dump
line 1465 \connect evil_1465
-- Database "evil" dump
line 1466 \connect evil_1466
-- Database "evil" dump
line 1467 \connect evil_1467
-- Database "evil" dump
line 1468 \connect evil_1468
-- Database "evil" dump
line 1469 \connect evil_1469
-- Database "evil" dump
line 1470 \connect evil_1470
-- Database "evil" dump
line 1471 \connect evil_1471
-- Database "evil" dump
line 1472 \connect evil_1472
-- Database "evil" dump
line 1473 \connect evil_1473
-- Database "evil" dump
line 1474 \connect evil_1474
-- Database "evil" dump
line 1475 \connect evil_1475
-- Database "evil" dump
line 1476 \connect evil_1476
-- Database "evil" dump
line 1477 \connect evil_1477
-- Database "evil" dump
line 1478 \connect evil_1478
-- Database "evil" dump
line 1479 \connect evil_1479
-- Database "evil" dump
line 1480 \connect evil_1480
-- Database "evil" dump
line 1481 \connect evil_1481
-- Database "evil" dump
line 1482 \connect evil_1482
-- Database "evil" dump
line 1483 \connect evil_1483
-- Database "evil" dump
line 1484 \connect evil_1484
-- Database "evil" dump
line 1485 \connect evil_1485
-- Database "evil" dump
line 1486 \connect evil_1486
-- Database "evil" dump
line 1487 \connect evil_1487
-- Database "evil" dump
line 1488 \connect evil_1488
-- Database "evil" dump
line 1489 \connect evil_1489
-- Database "evil" dump
line 1490 \connect evil_1490
-- Database "evil" dump
line 1491 \connect evil_1491
-- Database "evil" dump
line 1492 \connect evil_1492
-- Database "evil" dump
line 1493 \connect evil_1493
-- Database "evil" dump
line 1494 \connect evil_1494
-- Database "evil" dump
line 1495 \connect evil_1495
-- Database "evil" dump
line 1496 \connect evil_1496
-- Database "evil" dump
line 1497 \connect evil_1497
-- Database "evil" dump
line 1498 \connect evil_1498
-- Database "evil" dump
line 1499 \connect evil_1499
-- Database "evil" dump
line 1500 \connect evil_1500
-- Database "evil" dump
line 1501 \connect evil_1501
-- Database "evil" dump
line 1502 \connect evil_1502
-- Database "evil" dump
line 1503 \connect evil_1503
-- Database "evil" dump
line 1504 \connect evil_1504
-- Database "evil" dump
line 1505 \connect evil_1505
-- Database "evil" dump
line 1506 \connect evil_1506
-- Database "evil" dump
line 1507 \connect evil_1507
-- Database "evil" dump
line 1508 \connect evil_1508
-- Database "evil" dump
line 1509 \connect evil_1509
-- Database "evil" dump
line 1510 \connect evil_1510
-- Database "evil" dump
line 1511 \connect evil_1511
-- Database "evil" dump
line 1512 \connect evil_1512
-- Database "evil" dump
line 1513 \connect evil_1513
-- Database "evil" dump
line 1514 \connect evil_1514
-- Database "evil" dump
line 1515 \connect evil_1515
-- Database "evil" dump
line 1516 \connect evil_1516
-- Database "evil" dump
line 1517 \connect evil_1517
-- Database "evil" dump
line 1518 \connect evil_1518
-- Database "evil" dump
line 1519 \connect evil_1519
-- Database "evil" dump
line 1520 \connect evil_1520
-- Database "evil" dump
line 1521 \connect evil_1521
-- Database "evil" dump
line 1522 \connect evil_1522
-- Database "evil" dump
line 1523 \connect evil_1523
-- Database "evil" dump
line 1524 \connect evil_1524
-- Database "evil" dump
line 1525 \connect evil_1525
-- Database "evil" dump
line 1526 \connect evil_1526
-- Database "evil" dump
line 1527 \connect evil_1527
-- Database "evil" dump
line 1528 \connect evil_1528
-- Database "evil" dump
line 1529 \connect evil_1529
-- Database "evil" dump
line 1530 \connect evil_1530
-- Database "evil" dump
line 1531 \connect evil_1531
-- Database "evil" dump
line 1532 \connect evil_1532
-- Database "evil" dump
line 1533 \connect evil_1533
-- Database "evil" dump
line 1534 \connect evil_1534
-- Database "evil" dump
line 1535 \connect evil_1535
-- Database "evil" dump
line 1536 \connect evil_1536
-- Database "evil" dump
line 1537 \connect evil_1537
-- Database "evil" dump
line 1538 \connect evil_1538
-- Database "evil" dump
line 1539 \connect evil_1539
-- Database "evil" dump
line 1540 \connect evil_1540
-- Database "evil" dump
line 1541 \connect evil_1541
-- Database "evil" dump
line 1542 \connect evil_1542
-- Database "evil" dump
line 1543 \connect evil_1543
-- Database "evil" dump
line 1544 \connect evil_1544
-- Database "evil" dump
line 1545 \connect evil_1545
-- Database "evil" dump
line 1546 \connect evil_1546
-- Database "evil" dump
line 1547 \connect evil_1547
-- Database "evil" dump
line 1548 \connect evil_1548
-- Database "evil" dump
line 1549 \connect evil_1549
-- Database "evil" dump
line 1550 \connect evil_1550
-- Database "evil" dump
line 1551 \connect evil_1551
-- Database "evil" dump
line 1552 \connect evil_1552
-- Database "evil" dump
line 1553 \connect evil_1553
-- Database "evil" dump
line 1554 \connect evil_1554
-- Database "evil" dump
line 1555 \connect evil_1555
-- Database "evil" dump
line 1556 \connect evil_1556
-- Database "evil" dump
line 1557 \connect evil_1557
-- Database "evil" dump
line 1558 \connect evil_1558
-- Database "evil" dump
line 1559 \connect evil_1559
-- Database "evil" dump
line 1560 \connect evil_1560
-- Database "evil" dump
line 1561 \connect evil_1561
-- Database "evil" dump
line 1562 \connect evil_1562
-- Database "evil" dump
line 1563 \connect evil_1563
-- Database "evil" dump
line 1564 \connect evil_1564
-- Database "evil" dump
line 1565 \connect evil_1565
-- Database "evil" dump
line 1566 \connect evil_1566
-- Database "evil" dump
line 1567 \connect evil_1567
-- Database "evil" dump
line 1568 \connect evil_1568
-- Database "evil" dump
line 1569 \connect evil_1569
-- Database "evil" dump
line 1570 \connect evil_1570
-- Database "evil" dump
line 1571 \connect evil_1571
-- Database "evil" dump
line 1572 \connect evil_1572
-- Database "evil" dump
line 1573 \connect evil_1573
-- Database "evil" dump
line 1574 \connect evil_1574
-- Database "evil" dump
line 1575 \connect evil_1575
-- Database "evil" dump
line 1576 \connect evil_1576
-- Database "evil" dump
line 1577 \connect evil_1577
-- Database "evil" dump
line 1578 \connect evil_1578
-- Database "evil" dump
line 1579 \connect evil_1579
-- Database "evil" dump
line 1580 \connect evil_1580
-- Database "evil" dump
line 1581 \connect evil_1581
-- Database "evil" dump
line 1582 \connect evil_1582
-- Database "evil" dump
line 1583 \connect evil_1583
-- Database "evil" dump
line 1584 \connect evil_1584
-- Database "evil" dump
line 1585 \connect evil_1585
-- Database "evil" dump
line 1586 \connect evil_1586
-- Database "evil" dump
line 1587 \connect evil_1587
-- Database "evil" dump
line 1588 \connect evil_1588
-- Database "evil" dump
line 1589 \connect evil_1589
-- Database "evil" dump
line 1590 \connect evil_1590
-- Database "evil" dump
line 1591 \connect evil_1591
-- Database "evil" dump
line 1592 \connect evil_1592
-- Database "evil" dump
line 1593 \connect evil_1593
-- Database "evil" dump
line 1594 \connect evil_1594
-- Database "evil" dump
line 1595 \connect evil_1595
-- Database "evil" dump
line 1596 \connect evil_1596
-- Database "evil" dump
line 1597 \connect evil_1597
-- Database "evil" dump
line 1598 \connect evil_1598
-- Database "evil" dump
line 1599 \connect evil_1599
-- Database "evil" dump
line 1600 \connect evil_1600
-- Database "evil" dump
line 1601 \connect evil_1601
-- Database "evil" dump
line 1602 \connect evil_1602
-- Database "evil" dump
line 1603 \connect evil_1603
-- Database "evil" dump
line 1604 \connect evil_1604
-- Database "evil" dump
line 1605 \connect evil_1605
-- Database "evil" dump
line 1606 \connect evil_1606
-- Database "evil" dump
line 1607 \connect evil_1607
-- Database "evil" dump
line 1608 \connect evil_1608
-- Database "evil" dump
line 1609 \connect evil_1609
-- Database "evil" dump
line 1610 \connect evil_1610
-- Database "evil" dump
line 1611 \connect evil_1611
-- Database "evil" dump
line 1612 \connect evil_1612
-- Database "evil" dump
line 1613 \connect evil_1613
-- Database "evil" dump
line 1614 \connect evil_1614
-- Database "evil" dump
line 1615 \connect evil_1615
-- Database "evil" dump
line 1616 \connect evil_1616
-- Database "evil" dump
line 1617 \connect evil_1617
-- Database "evil" dump
line 1618 \connect evil_1618
-- Database "evil" dump
line 1619 \connect evil_1619
-- Database "evil" dump
line 1620 \connect evil_1620
-- Database "evil" dump
line 1621 \connect evil_1621
-- Database "evil" dump
line 1622 \connect evil_1622
-- Database "evil" dump
line 1623 \connect evil_1623
-- Database "evil" dump
line 1624 \connect evil_1624
-- Database "evil" dump
line 1625 \connect evil_1625
-- Database "evil" dump
line 1626 \connect evil_1626
-- Database "evil" dump
line 1627 \connect evil_1627
-- Database "evil" dump
line 1628 \connect evil_1628
-- Database "evil" dump
line 1629 \connect evil_1629
-- Database "evil" dump
line 1630 \connect evil_1630
-- Database "evil" dump
line 1631 \connect evil_1631
-- Database "evil" dump
line 1632 \connect evil_1632
-- Database "evil" dump
line 1633 \connect evil_1633
-- Database "evil" dump
line 1634 \connect evil_1634
-- Database "evil" dump
line 1635 \connect evil_1635
-- Database "evil" dump
line 1636 \connect evil_1636
-- Database "evil" dump
line 1637 \connect evil_1637
-- Database "evil" dump
line 1638 \connect evil_1638
-- Database "evil" dump
line 1639 \connect evil_1639
-- Database "evil" dump
line 1640 \connect evil_1640
-- Database "evil" dump
line 1641 \connect evil_1641
-- Database "evil" dump
line 1642 \connect evil_1642
-- Database "evil" dump
line 1643 \connect evil_1643
-- Database "evil" dump
line 1644 \connect evil_1644
-- Database "evil" dump
line 1645 \connect evil_1645
-- Database "evil" dump
line 1646 \connect evil_1646
-- Database "evil" dump
line 1647 \connect evil_1647
-- Database "evil" dump
line 1648 \connect evil_1648
-- Database "evil" dump
line 1649 \connect evil_1649
-- Database "evil" dump
line 1650 \connect evil_1650
-- Database "evil" dump
line 1651 \connect evil_1651
-- Database "evil" dump
line 1652 \connect evil_1652
-- Database "evil" dump
line 1653 \connect evil_1653
-- Database "evil" dump
line 1654 \connect evil_1654
-- Database "evil" dump
line 1655 \connect evil_1655
-- Database "evil" dump
line 1656 \connect evil_1656
-- Database "evil" dump
line 1657 \connect evil_1657
-- Database "evil" dump
line 1658 \connect evil_1658
-- Database "evil" dump
line 1659 \connect evil_1659
-- Database "evil" dump
line 1660 \connect evil_1660
-- Database "evil" dump
line 1661 \connect evil_1661
-- Database "evil" dump
line 1662 \connect evil_1662
-- Database "evil" dump
line 1663 \connect evil_1663
-- Database "evil" dump
line 1664 \connect evil_1664
-- Database "evil" dump
line 1665 \connect evil_1665
-- Database "evil" dump
line 1666 \connect evil_1666
-- Database "evil" dump
line 1667 \connect evil_1667
-- Database "evil" dump
line 1668 \connect evil_1668
-- Database "evil" dump
line 1669 \connect evil_1669
-- Database "evil" dump
line 1670 \connect evil_1670
-- Database "evil" dump
line 1671 \connect evil_1671
-- Database "evil" dump
line 1672 \connect evil_1672
-- Database "evil" dump
line 1673 \connect evil_1673
-- Database "evil" dump
line 1674 \connect evil_1674
-- Database "evil" dump
line 1675 \connect evil_1675
-- Database "evil" dump
line 1676 \connect evil_1676
-- Database "evil" dump
line 1677 \connect evil_1677
-- Database "evil" dump
line 1678 \connect evil_1678
-- Database "evil" dump
line 1679 \connect evil_1679
-- Database "evil" dump
line 1680 \connect evil_1680
-- Database "evil" dump
line 1681 \connect evil_1681
-- Database "evil" dump
line 1682 \connect evil_1682
-- Database "evil" dump
line 1683 \connect evil_1683
-- Database "evil" dump
line 1684 \connect evil_1684
-- Database "evil" dump
line 1685 \connect evil_1685
-- Database "evil" dump
line 1686 \connect evil_1686
-- Database "evil" dump
line 1687 \connect evil_1687
-- Database "evil" dump
line 1688 \connect evil_1688
-- Database "evil" dump
line 1689 \connect evil_1689
-- Database "evil" dump
line 1690 \connect evil_1690
-- Database "evil" dump
line 1691 \connect evil_1691
-- Database "evil" dump
line 1692 \connect evil_1692
-- Database "evil" dump
line 1693 \connect evil_1693
-- Database "evil" dump
line 1694 \connect evil_1694
-- Database "evil" dump
line 1695 \connect evil_1695
-- Database "evil" dump
line 1696 \connect evil_1696
-- Database "evil" dump
line 1697 \connect evil_1697
-- Database "evil" dump
line 1698 \connect evil_1698
-- Database "evil" dump
line 1699 \connect evil_1699
-- Database "evil" dump
line 1700 \connect evil_1700
-- Database "evil" dump
');


--
-- Data for Name: decoy_lines; Type: TABLE DATA; Schema: app; Owner: app_owner
--

INSERT INTO app.decoy_lines VALUES ('--');
INSERT INTO app.decoy_lines VALUES ('-- Database "evil" dump');
INSERT INTO app.decoy_lines VALUES ('-- PostgreSQL database dump');
INSERT INTO app.decoy_lines VALUES ('-- PostgreSQL database dump complete');
INSERT INTO app.decoy_lines VALUES ('-- PostgreSQL database cluster dump complete');
INSERT INTO app.decoy_lines VALUES ('CREATE DATABASE evil;');
INSERT INTO app.decoy_lines VALUES ('\connect evil');
INSERT INTO app.decoy_lines VALUES ('\connect -reuse-previous=on "dbname=''evil''"');
INSERT INTO app.decoy_lines VALUES ('\restrict x');
INSERT INTO app.decoy_lines VALUES ('\unrestrict x');
INSERT INTO app.decoy_lines VALUES ('\.');
INSERT INTO app.decoy_lines VALUES ('abc\.def');
INSERT INTO app.decoy_lines VALUES ('before
\.
after');
INSERT INTO app.decoy_lines VALUES ('
\connect evil
-- Database "evil" dump
--
CREATE DATABASE evil;
\unrestrict x
-- PostgreSQL database cluster dump complete
');
INSERT INTO app.decoy_lines VALUES ('tab	inside	value');
INSERT INTO app.decoy_lines VALUES ('ends with backslash \');
INSERT INTO app.decoy_lines VALUES ('SET client_encoding = ''LATIN1'';');
INSERT INTO app.decoy_lines VALUES ('');
INSERT INTO app.decoy_lines VALUES (NULL);


--
-- Data for Name: items; Type: TABLE DATA; Schema: app; Owner: app_owner
--

INSERT INTO app.items VALUES (1, 'plain', 'nothing special', 'ok', '{"a": 1}', '2020-01-01 00:00:00+00');
INSERT INTO app.items VALUES (2, 'it''s quoted', 'tab	here, newline
there', 'happy', '{"sql": "\\connect evil", "nested": {"x": [1, 2, "-- Database \"evil\" dump"]}}', '2020-01-01 00:00:00+00');
INSERT INTO app.items VALUES (3, 'back\slash \. end', 'CRLF
', 'sad', '[]', '2020-01-01 00:00:00+00');
INSERT INTO app.items VALUES (4, 'unicode ‚òÉ Êï∞ÊçÆ √©', NULL, 'it''s \connect', 'null', '2020-01-01 00:00:00+00');
INSERT INTO app.items VALUES (5, '\connect x', '-- Database "evil" dump', NULL, NULL, '2020-01-01 00:00:00+00');


--
-- Data for Name: semi;colon"quote; Type: TABLE DATA; Schema: app; Owner: postgres
--

INSERT INTO app."semi;colon""quote" VALUES (1, 'a;b');
INSERT INTO app."semi;colon""quote" VALUES (2, '"; \connect evil');


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.whoami VALUES ('app', 'db-marker');


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

INSERT INTO public.whoami VALUES ('back\slash', 'db-marker');


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

INSERT INTO public.whoami VALUES ('dq"db', 'db-marker');


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

INSERT INTO public.whoami VALUES ('eq=sign', 'db-marker');


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

INSERT INTO public.latin VALUES (1, 'cafÈ dÈj‡ vu');
INSERT INTO public.latin VALUES (2, 'Grˆﬂe, niÒo, °olÈ!, £Ω ˇ');
INSERT INTO public.latin VALUES (3, '\connect Èvil');
INSERT INTO public.latin VALUES (4, '-- Database "Èvil" dump');


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.whoami VALUES ('latin1db', 'db-marker');


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

INSERT INTO public.postgres_extra VALUES ('greeting', 'hello from postgres');
INSERT INTO public.postgres_extra VALUES ('decoy', '\connect template1
-- Database "template1" dump');


--
-- Data for Name: whoami; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.whoami VALUES ('postgres', 'db-marker');


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

INSERT INTO public.whoami VALUES ('quote''db', 'db-marker');


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

INSERT INTO public.whoami VALUES ('tab	here', 'db-marker');


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

INSERT INTO public.whoami VALUES ('unicod√©_Êï∞ÊçÆ', 'db-marker');


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

INSERT INTO public.whoami VALUES ('with space', 'db-marker');


--
-- PostgreSQL database dump complete
--

--
-- PostgreSQL database cluster dump complete
--

