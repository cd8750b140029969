--
-- PostgreSQL database cluster dump
--

\restrict YjT9PxZJihmrNV7dS15xzMcpCFhyeF4JZZdmq3mc9pPogeIm47wH5mLL8R6FOvb

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
CREATE ROLE "rôle_数据";
ALTER ROLE "rôle_数据" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:cGdzZWFsLXVuaWNvZGUtc2E=$+q+a54LYpSDcVEhP/BM14XVs0+oS1AiXJVBHshLFUDg=:cYjDvUrsI/ebyTSGf1xk0vKsH8rsYiP5/5amhADQ0kU=';
COMMENT ON ROLE "rôle_数据" IS 'unicode role ☃';
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

GRANT "dq""role" TO "rôle_数据" GRANTED BY postgres;
GRANT "quote'role" TO "space role" GRANTED BY postgres;
GRANT reader TO "MixedCase" WITH ADMIN OPTION GRANTED BY postgres;
GRANT reader TO alice GRANTED BY postgres;
GRANT writer TO "MixedCase" WITH ADMIN OPTION GRANTED BY postgres;






\unrestrict YjT9PxZJihmrNV7dS15xzMcpCFhyeF4JZZdmq3mc9pPogeIm47wH5mLL8R6FOvb

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

\restrict gcsaOTi4yBnv1ebpocgPBHZy0uh83zuDUNXVsipuHKXJnSITgqbQMt8fmXnxSd8

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- PostgreSQL database dump complete
--

\unrestrict gcsaOTi4yBnv1ebpocgPBHZy0uh83zuDUNXVsipuHKXJnSITgqbQMt8fmXnxSd8

--
-- Database "-rf --help" dump
--

--
-- PostgreSQL database dump
--

\restrict gcw4ZnJxMCmi1P0rhJg5nGF4LUWmNGgRvCMW8XtXaIidDOCKcHUGyShboxsAQxb

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict gcw4ZnJxMCmi1P0rhJg5nGF4LUWmNGgRvCMW8XtXaIidDOCKcHUGyShboxsAQxb
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='-rf --help'"
\restrict gcw4ZnJxMCmi1P0rhJg5nGF4LUWmNGgRvCMW8XtXaIidDOCKcHUGyShboxsAQxb

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
-- PostgreSQL database dump complete
--

\unrestrict gcw4ZnJxMCmi1P0rhJg5nGF4LUWmNGgRvCMW8XtXaIidDOCKcHUGyShboxsAQxb

--
-- Database "../x" dump
--

--
-- PostgreSQL database dump
--

\restrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='../x'"
\restrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx

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


\unrestrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='../x'"
\restrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx

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
-- PostgreSQL database dump complete
--

\unrestrict DJLKN4TMoi68AAIvE20gpzJdb8fPX89xUkMdVbeNap2DnWweiMlJPCWczBOBPzx

--
-- Database "MixedCase" dump
--

--
-- PostgreSQL database dump
--

\restrict bRu6RXwIgTKuotlyncZbg28f2C75QhyxCdYH3XfwnGf5z9KRcWF6a4RR3dKsUzs

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict bRu6RXwIgTKuotlyncZbg28f2C75QhyxCdYH3XfwnGf5z9KRcWF6a4RR3dKsUzs
\connect "MixedCase"
\restrict bRu6RXwIgTKuotlyncZbg28f2C75QhyxCdYH3XfwnGf5z9KRcWF6a4RR3dKsUzs

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
-- PostgreSQL database dump complete
--

\unrestrict bRu6RXwIgTKuotlyncZbg28f2C75QhyxCdYH3XfwnGf5z9KRcWF6a4RR3dKsUzs

--
-- Database "app" dump
--

--
-- PostgreSQL database dump
--

\restrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw
\connect app
\restrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw

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


\unrestrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw
\connect app
\restrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw

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


ALTER TABLE app.decoy_view OWNER TO app_owner;

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


ALTER TABLE app.items_id_seq OWNER TO app_owner;

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


ALTER TABLE app.ticket_seq OWNER TO postgres;

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

\unrestrict GJIaGlQN5zG9gMz7evucYvccuenUznhqhbjkOnq7eKXRANGv2RWcOF0lJwSayCw

--
-- Database "back\slash" dump
--

--
-- PostgreSQL database dump
--

\restrict VMhLWl85hIpJem23rLZfs5Y0cfYfKyPTPGL98SgAAtnbf4wGS2UItKSgSUdm18y

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict VMhLWl85hIpJem23rLZfs5Y0cfYfKyPTPGL98SgAAtnbf4wGS2UItKSgSUdm18y
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='back\\slash'"
\restrict VMhLWl85hIpJem23rLZfs5Y0cfYfKyPTPGL98SgAAtnbf4wGS2UItKSgSUdm18y

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
-- PostgreSQL database dump complete
--

\unrestrict VMhLWl85hIpJem23rLZfs5Y0cfYfKyPTPGL98SgAAtnbf4wGS2UItKSgSUdm18y

--
-- Database "dq"db" dump
--

--
-- PostgreSQL database dump
--

\restrict Nzdq1IcTxXwLN4KrZYgnqfTDjg807AOiDHvoidmVOpwEAX7G3ChFRZm8Ew5b9Tp

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict Nzdq1IcTxXwLN4KrZYgnqfTDjg807AOiDHvoidmVOpwEAX7G3ChFRZm8Ew5b9Tp
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='dq""db'"
\restrict Nzdq1IcTxXwLN4KrZYgnqfTDjg807AOiDHvoidmVOpwEAX7G3ChFRZm8Ew5b9Tp

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
-- Name: DATABASE "dq""db"; Type: ACL; Schema: -; Owner: postgres
--

REVOKE CONNECT,TEMPORARY ON DATABASE "dq""db" FROM PUBLIC;
GRANT TEMPORARY ON DATABASE "dq""db" TO PUBLIC;
GRANT CONNECT ON DATABASE "dq""db" TO "quote'role";


--
-- PostgreSQL database dump complete
--

\unrestrict Nzdq1IcTxXwLN4KrZYgnqfTDjg807AOiDHvoidmVOpwEAX7G3ChFRZm8Ew5b9Tp

--
-- Database "eq=sign" dump
--

--
-- PostgreSQL database dump
--

\restrict U45tDMb9llo2IkvZWR94LNkaHmNBimyWhaALBWbfowyYYUt9CWem3LgYmu16eXk

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict U45tDMb9llo2IkvZWR94LNkaHmNBimyWhaALBWbfowyYYUt9CWem3LgYmu16eXk
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='eq=sign'"
\restrict U45tDMb9llo2IkvZWR94LNkaHmNBimyWhaALBWbfowyYYUt9CWem3LgYmu16eXk

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
-- PostgreSQL database dump complete
--

\unrestrict U45tDMb9llo2IkvZWR94LNkaHmNBimyWhaALBWbfowyYYUt9CWem3LgYmu16eXk

--
-- Database "latin1db" dump
--

--
-- PostgreSQL database dump
--

\restrict dLP0gbL5pik1nAwDotZGB4LcFNEemlFctgT3j4TrJwrsH0Oc3pWduxmWVM1r9fN

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict dLP0gbL5pik1nAwDotZGB4LcFNEemlFctgT3j4TrJwrsH0Oc3pWduxmWVM1r9fN
\connect latin1db
\restrict dLP0gbL5pik1nAwDotZGB4LcFNEemlFctgT3j4TrJwrsH0Oc3pWduxmWVM1r9fN

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
-- Name: gr��e(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public."gr��e"() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'gr��e'::text $$;


ALTER FUNCTION public."gr��e"() OWNER TO postgres;

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

COMMENT ON TABLE public.latin IS 'Latin-1 text: �����';


--
-- Name: whoami; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.whoami (
    db text NOT NULL,
    note text
);


ALTER TABLE public.whoami OWNER TO postgres;

--
-- Name: latin latin_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.latin
    ADD CONSTRAINT latin_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict dLP0gbL5pik1nAwDotZGB4LcFNEemlFctgT3j4TrJwrsH0Oc3pWduxmWVM1r9fN

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict OnZ8Ua1lQPbikjJjx3MRnPneI5C3Ue76HG6KtNRJWbpUV3UJ0ZSYEE3CIyUKPdQ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: postgres_extra postgres_extra_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.postgres_extra
    ADD CONSTRAINT postgres_extra_pkey PRIMARY KEY (k);


--
-- PostgreSQL database dump complete
--

\unrestrict OnZ8Ua1lQPbikjJjx3MRnPneI5C3Ue76HG6KtNRJWbpUV3UJ0ZSYEE3CIyUKPdQ

--
-- Database "quote'db" dump
--

--
-- PostgreSQL database dump
--

\restrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='quote\'db'"
\restrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr

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


\unrestrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='quote\'db'"
\restrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr

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
-- PostgreSQL database dump complete
--

\unrestrict j3fhIKxVJlf9DuFtQCJz383dhG96tGSho3Izo77TF2LeYsyQuEjIIXYm7K31tRr

--
-- Database "tab	here" dump
--

--
-- PostgreSQL database dump
--

\restrict 0YNK9CpA67dDQzxOJGR172yahZUqtd7g8iUGxY1yxiXfRIErnkZqZC1asOaAyDA

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict 0YNK9CpA67dDQzxOJGR172yahZUqtd7g8iUGxY1yxiXfRIErnkZqZC1asOaAyDA
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='tab	here'"
\restrict 0YNK9CpA67dDQzxOJGR172yahZUqtd7g8iUGxY1yxiXfRIErnkZqZC1asOaAyDA

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
-- PostgreSQL database dump complete
--

\unrestrict 0YNK9CpA67dDQzxOJGR172yahZUqtd7g8iUGxY1yxiXfRIErnkZqZC1asOaAyDA

--
-- Database "unicodé_数据" dump
--

--
-- PostgreSQL database dump
--

\restrict ADYTt2MO9B6Ia8BDadqFb0rfryEhaMMKfQnYHbuUBTe29OAD25rv9YUCPV3y4B9

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: unicodé_数据; Type: DATABASE; Schema: -; Owner: rôle_数据
--

CREATE DATABASE "unicodé_数据" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE "unicodé_数据" OWNER TO "rôle_数据";

\unrestrict ADYTt2MO9B6Ia8BDadqFb0rfryEhaMMKfQnYHbuUBTe29OAD25rv9YUCPV3y4B9
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='unicodé_数据'"
\restrict ADYTt2MO9B6Ia8BDadqFb0rfryEhaMMKfQnYHbuUBTe29OAD25rv9YUCPV3y4B9

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
-- Name: DATABASE "unicodé_数据"; Type: ACL; Schema: -; Owner: rôle_数据
--

GRANT CREATE ON DATABASE "unicodé_数据" TO "space role";


--
-- PostgreSQL database dump complete
--

\unrestrict ADYTt2MO9B6Ia8BDadqFb0rfryEhaMMKfQnYHbuUBTe29OAD25rv9YUCPV3y4B9

--
-- Database "with space" dump
--

--
-- PostgreSQL database dump
--

\restrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

\unrestrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='with space'"
\restrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps

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


\unrestrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='with space'"
\restrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps

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
-- PostgreSQL database dump complete
--

\unrestrict t0VhpMn3G4ksJ546xAld2ysziinkuhzfWiyQTuim4ZGhSWmj0YlZMMMRyTa7Eps

--
-- PostgreSQL database cluster dump complete
--

