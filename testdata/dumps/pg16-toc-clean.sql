--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Drop databases (except postgres and template1)
--

DROP DATABASE toc;
DROP DATABASE toc_small;




--
-- Drop roles
--

DROP ROLE postgres;
DROP ROLE "toc writer";
DROP ROLE toc_app;
DROP ROLE toc_owner;
DROP ROLE toc_reader;
DROP ROLE "tóc_所有者";


--
-- Roles
--

CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE "toc writer";
ALTER ROLE "toc writer" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE toc_app;
ALTER ROLE toc_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE toc_owner;
ALTER ROLE toc_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE toc_owner IS 'owns most of database toc';
CREATE ROLE toc_reader;
ALTER ROLE toc_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "tóc_所有者";
ALTER ROLE "tóc_所有者" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;

--
-- User Configurations
--








--
-- Databases
--

--
-- Database "template1" dump
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

UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = 'template1';
DROP DATABASE template1;
--
-- Name: template1; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE template1 WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE template1 OWNER TO postgres;

\connect template1

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
-- Name: DATABASE template1; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON DATABASE template1 IS 'default template for new databases';


--
-- Name: template1; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE template1 IS_TEMPLATE = true;


\connect template1

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
-- Name: DATABASE template1; Type: ACL; Schema: -; Owner: postgres
--

REVOKE CONNECT,TEMPORARY ON DATABASE template1 FROM PUBLIC;
GRANT CONNECT ON DATABASE template1 TO PUBLIC;


--
-- PostgreSQL database dump complete
--

--
-- Database "postgres" dump
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

DROP DATABASE postgres;
--
-- Name: postgres; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE postgres WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE postgres OWNER TO postgres;

\connect postgres

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
-- Name: DATABASE postgres; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON DATABASE postgres IS 'default administrative connection database';


--
-- PostgreSQL database dump complete
--

--
-- Database "toc" dump
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
-- Name: toc; Type: DATABASE; Schema: -; Owner: toc_owner
--

CREATE DATABASE toc WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE toc OWNER TO toc_owner;

\connect toc

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
-- Name: DATABASE toc; Type: COMMENT; Schema: -; Owner: toc_owner
--

COMMENT ON DATABASE toc IS 'every kind of object a parallel restore has to order';


--
-- Name: Mixed Case; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "Mixed Case";


ALTER SCHEMA "Mixed Case" OWNER TO postgres;

--
-- Name: SCHEMA "Mixed Case"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA "Mixed Case" IS 'names that need quoting';


--
-- Name: core; Type: SCHEMA; Schema: -; Owner: toc_owner
--

CREATE SCHEMA core;


ALTER SCHEMA core OWNER TO toc_owner;

--
-- Name: SCHEMA core; Type: COMMENT; Schema: -; Owner: toc_owner
--

COMMENT ON SCHEMA core IS 'customers and staff; sales and inv refer to it';


--
-- Name: données; Type: SCHEMA; Schema: -; Owner: tóc_所有者
--

CREATE SCHEMA "données";


ALTER SCHEMA "données" OWNER TO "tóc_所有者";

--
-- Name: inv; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA inv;


ALTER SCHEMA inv OWNER TO postgres;

--
-- Name: sales; Type: SCHEMA; Schema: -; Owner: toc_owner
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO toc_owner;

--
-- Name: bytewise; Type: COLLATION; Schema: core; Owner: postgres
--

CREATE COLLATION core.bytewise (provider = libc, locale = 'C');


ALTER COLLATION core.bytewise OWNER TO postgres;

--
-- Name: address; Type: TYPE; Schema: core; Owner: postgres
--

CREATE TYPE core.address AS (
	street text,
	city text,
	zip character varying(10)
);


ALTER TYPE core.address OWNER TO postgres;

--
-- Name: TYPE address; Type: COMMENT; Schema: core; Owner: postgres
--

COMMENT ON TYPE core.address IS 'postal address';


--
-- Name: email; Type: DOMAIN; Schema: core; Owner: toc_owner
--

CREATE DOMAIN core.email AS text
	CONSTRAINT email_has_at CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));


ALTER DOMAIN core.email OWNER TO toc_owner;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON DOMAIN core.email IS 'text with exactly one @';


--
-- Name: numrange2; Type: TYPE; Schema: core; Owner: postgres
--

CREATE TYPE core.numrange2 AS RANGE (
    subtype = numeric,
    multirange_type_name = core.nummultirange2
);


ALTER TYPE core.numrange2 OWNER TO postgres;

--
-- Name: posint; Type: DOMAIN; Schema: core; Owner: postgres
--

CREATE DOMAIN core.posint AS integer NOT NULL DEFAULT 1
	CONSTRAINT posint_positive CHECK ((VALUE > 0));


ALTER DOMAIN core.posint OWNER TO postgres;

--
-- Name: status; Type: TYPE; Schema: core; Owner: toc_owner
--

CREATE TYPE core.status AS ENUM (
    'new',
    'active',
    'closed',
    'it''s done'
);


ALTER TYPE core.status OWNER TO toc_owner;

--
-- Name: TYPE status; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON TYPE core.status IS 'order and customer state';


--
-- Name: audit_employee(); Type: FUNCTION; Schema: core; Owner: postgres
--

CREATE FUNCTION core.audit_employee() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO core.employee_audit (employee_id, op) VALUES (NEW.id, TG_OP);
    RETURN NEW;
END
$$;


ALTER FUNCTION core.audit_employee() OWNER TO postgres;

--
-- Name: full_address(core.address); Type: FUNCTION; Schema: core; Owner: postgres
--

CREATE FUNCTION core.full_address(a core.address) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a.street || ', ' || a.zip || ' ' || a.city $$;


ALTER FUNCTION core.full_address(a core.address) OWNER TO postgres;

--
-- Name: valid_code(text); Type: FUNCTION; Schema: core; Owner: toc_owner
--

CREATE FUNCTION core.valid_code(c text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT c ~ '^C[0-9]{4}$' $_$;


ALTER FUNCTION core.valid_code(c text) OWNER TO toc_owner;

--
-- Name: FUNCTION valid_code(c text); Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON FUNCTION core.valid_code(c text) IS 'C followed by four digits';


--
-- Name: note_ddl(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.note_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END
$$;


ALTER FUNCTION public.note_ddl() OWNER TO postgres;

--
-- Name: check_payment(); Type: FUNCTION; Schema: sales; Owner: postgres
--

CREATE FUNCTION sales.check_payment() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.amount > 100000 THEN
        RAISE EXCEPTION 'payment % too large', NEW.id;
    END IF;
    RETURN NULL;
END
$$;


ALTER FUNCTION sales.check_payment() OWNER TO postgres;

--
-- Name: close_order(integer); Type: PROCEDURE; Schema: sales; Owner: toc_owner
--

CREATE PROCEDURE sales.close_order(IN oid integer)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE sales.orders SET status = 'closed' WHERE id = oid;
END
$$;


ALTER PROCEDURE sales.close_order(IN oid integer) OWNER TO toc_owner;

--
-- Name: PROCEDURE close_order(IN oid integer); Type: COMMENT; Schema: sales; Owner: toc_owner
--

COMMENT ON PROCEDURE sales.close_order(IN oid integer) IS 'a procedure';


--
-- Name: count_inserted(); Type: FUNCTION; Schema: sales; Owner: postgres
--

CREATE FUNCTION sales.count_inserted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO sales.order_stats (rows_added) SELECT count(*) FROM new_rows;
    RETURN NULL;
END
$$;


ALTER FUNCTION sales.count_inserted() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: sales; Owner: toc_owner
--

CREATE TABLE sales.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    placed date NOT NULL,
    qty core.posint,
    price numeric(10,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (((qty)::numeric * price)) STORED,
    status core.status DEFAULT 'new'::core.status NOT NULL
);
ALTER TABLE ONLY sales.orders ALTER COLUMN price SET STATISTICS 500;


ALTER TABLE sales.orders OWNER TO toc_owner;

--
-- Name: TABLE orders; Type: COMMENT; Schema: sales; Owner: toc_owner
--

COMMENT ON TABLE sales.orders IS '20000 rows: the largest data entry';


--
-- Name: order_count(bigint); Type: FUNCTION; Schema: sales; Owner: toc_owner
--

CREATE FUNCTION sales.order_count(cid bigint) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM sales.orders
   WHERE (orders.customer_id = order_count.cid);
END;


ALTER FUNCTION sales.order_count(cid bigint) OWNER TO toc_owner;

--
-- Name: concat_all(text); Type: AGGREGATE; Schema: core; Owner: postgres
--

CREATE AGGREGATE core.concat_all(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);


ALTER AGGREGATE core.concat_all(text) OWNER TO postgres;

--
-- Name: toc_fdw; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER toc_fdw;


ALTER FOREIGN DATA WRAPPER toc_fdw OWNER TO postgres;

--
-- Name: toc_server; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER toc_server FOREIGN DATA WRAPPER toc_fdw OPTIONS (
    host 'nowhere'
);


ALTER SERVER toc_server OWNER TO postgres;

--
-- Name: USER MAPPING toc_app SERVER toc_server; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR toc_app SERVER toc_server OPTIONS (
    "user" 'remote'
);


--
-- Name: odd;name; Type: TABLE; Schema: Mixed Case; Owner: postgres
--

CREATE TABLE "Mixed Case"."odd;name" (
    "Id" integer NOT NULL,
    "Col ""Q""" text,
    "select" text DEFAULT 'it''s'::text
);


ALTER TABLE "Mixed Case"."odd;name" OWNER TO postgres;

--
-- Name: TABLE "odd;name"; Type: COMMENT; Schema: Mixed Case; Owner: postgres
--

COMMENT ON TABLE "Mixed Case"."odd;name" IS 'Name: odd; Type: TABLE; Schema: x; Owner: y';


--
-- Name: COLUMN "odd;name"."Col ""Q"""; Type: COMMENT; Schema: Mixed Case; Owner: postgres
--

COMMENT ON COLUMN "Mixed Case"."odd;name"."Col ""Q""" IS 'quoted column';


--
-- Name: ticket_seq; Type: SEQUENCE; Schema: core; Owner: toc_owner
--

CREATE SEQUENCE core.ticket_seq
    START WITH 1000
    INCREMENT BY 7
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE core.ticket_seq OWNER TO toc_owner;

--
-- Name: SEQUENCE ticket_seq; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON SEQUENCE core.ticket_seq IS 'steps of 7; current value 5005';


--
-- Name: customer; Type: TABLE; Schema: core; Owner: toc_owner
--

CREATE TABLE core.customer (
    id bigint NOT NULL,
    code text NOT NULL,
    email core.email,
    status core.status DEFAULT 'new'::core.status NOT NULL,
    address core.address,
    name text NOT NULL COLLATE core.bytewise,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
    referred_by bigint,
    ticket bigint DEFAULT nextval('core.ticket_seq'::regclass),
    CONSTRAINT customer_code_valid CHECK (core.valid_code(code)),
    CONSTRAINT customer_name_check CHECK ((length(name) > 0))
);


ALTER TABLE core.customer OWNER TO toc_owner;

--
-- Name: TABLE customer; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON TABLE core.customer IS 'refers to itself (referred_by)';


--
-- Name: COLUMN customer.name_upper; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON COLUMN core.customer.name_upper IS 'generated, stored';


--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: core; Owner: toc_owner
--

ALTER TABLE core.customer ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.customer_id_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: document; Type: TABLE; Schema: core; Owner: postgres
--

CREATE TABLE core.document (
    id integer NOT NULL,
    title text NOT NULL,
    content oid
);


ALTER TABLE core.document OWNER TO postgres;

--
-- Name: employee; Type: TABLE; Schema: core; Owner: toc_owner
--

CREATE TABLE core.employee (
    id integer NOT NULL,
    manager_id integer,
    name text NOT NULL,
    salary numeric(10,2),
    ssn text,
    CONSTRAINT salary_nonnegative CHECK ((salary >= (0)::numeric))
);


ALTER TABLE core.employee OWNER TO toc_owner;

--
-- Name: COLUMN employee.ssn; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON COLUMN core.employee.ssn IS 'not granted to anyone';


--
-- Name: employee_audit; Type: TABLE; Schema: core; Owner: postgres
--

CREATE TABLE core.employee_audit (
    n integer NOT NULL,
    employee_id integer NOT NULL,
    op text NOT NULL
);


ALTER TABLE core.employee_audit OWNER TO postgres;

--
-- Name: employee_audit_n_seq; Type: SEQUENCE; Schema: core; Owner: postgres
--

ALTER TABLE core.employee_audit ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME core.employee_audit_n_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: employee_id_seq; Type: SEQUENCE; Schema: core; Owner: toc_owner
--

ALTER TABLE core.employee ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.employee_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: employee_names; Type: VIEW; Schema: core; Owner: postgres
--

CREATE VIEW core.employee_names WITH (security_barrier='true') AS
 SELECT id,
    name
   FROM core.employee;


ALTER VIEW core.employee_names OWNER TO postgres;

--
-- Name: unused_seq; Type: SEQUENCE; Schema: core; Owner: postgres
--

CREATE SEQUENCE core.unused_seq
    AS integer
    START WITH -100
    INCREMENT BY 1
    MINVALUE -100
    MAXVALUE 100
    CACHE 1
    CYCLE;


ALTER SEQUENCE core.unused_seq OWNER TO postgres;

--
-- Name: tâche_任务; Type: TABLE; Schema: données; Owner: tóc_所有者
--

CREATE TABLE "données"."tâche_任务" (
    "numéro" integer NOT NULL,
    "prénom" text NOT NULL,
    "état" text,
    CONSTRAINT "tâche_任务_état_check" CHECK (("état" = ANY (ARRAY['ouvert'::text, 'fermé'::text])))
);


ALTER TABLE "données"."tâche_任务" OWNER TO "tóc_所有者";

--
-- Name: TABLE "tâche_任务"; Type: COMMENT; Schema: données; Owner: tóc_所有者
--

COMMENT ON TABLE "données"."tâche_任务" IS 'non-ASCII names';


--
-- Name: booking; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.booking (
    id integer NOT NULL,
    vehicle_id integer NOT NULL,
    during tsrange NOT NULL,
    price core.numrange2
);


ALTER TABLE inv.booking OWNER TO postgres;

--
-- Name: cache; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE UNLOGGED TABLE inv.cache (
    k text NOT NULL,
    v text
);


ALTER TABLE inv.cache OWNER TO postgres;

--
-- Name: vehicle; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.vehicle (
    id integer NOT NULL,
    make text NOT NULL,
    wheels integer,
    CONSTRAINT wheels_positive CHECK ((wheels > 0))
);

ALTER TABLE ONLY inv.vehicle REPLICA IDENTITY FULL;


ALTER TABLE inv.vehicle OWNER TO postgres;

--
-- Name: car; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.car (
    seats integer DEFAULT 5 NOT NULL
)
INHERITS (inv.vehicle);


ALTER TABLE inv.car OWNER TO postgres;

--
-- Name: TABLE car; Type: COMMENT; Schema: inv; Owner: postgres
--

COMMENT ON TABLE inv.car IS 'inherits inv.vehicle';


--
-- Name: empty_table; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.empty_table (
    id integer NOT NULL,
    note text
);


ALTER TABLE inv.empty_table OWNER TO postgres;

--
-- Name: TABLE empty_table; Type: COMMENT; Schema: inv; Owner: postgres
--

COMMENT ON TABLE inv.empty_table IS 'no rows';


--
-- Name: remote_stock; Type: FOREIGN TABLE; Schema: inv; Owner: postgres
--

CREATE FOREIGN TABLE inv.remote_stock (
    sku text,
    qty integer
)
SERVER toc_server;


ALTER FOREIGN TABLE inv.remote_stock OWNER TO postgres;

--
-- Name: stock; Type: TABLE; Schema: inv; Owner: toc_owner
--

CREATE TABLE inv.stock (
    sku text NOT NULL,
    region text NOT NULL,
    qty integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_qty_check CHECK ((qty >= 0))
)
PARTITION BY LIST (region);


ALTER TABLE inv.stock OWNER TO toc_owner;

--
-- Name: stock_eu; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.stock_eu (
    sku text NOT NULL,
    region text NOT NULL,
    qty integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_qty_check CHECK ((qty >= 0))
);


ALTER TABLE inv.stock_eu OWNER TO postgres;

--
-- Name: stock_other; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.stock_other (
    sku text NOT NULL,
    region text NOT NULL,
    qty integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_qty_check CHECK ((qty >= 0))
);


ALTER TABLE inv.stock_other OWNER TO postgres;

--
-- Name: stock_us; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.stock_us (
    sku text NOT NULL,
    region text NOT NULL,
    qty integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_qty_check CHECK ((qty >= 0))
);


ALTER TABLE inv.stock_us OWNER TO postgres;

--
-- Name: truck; Type: TABLE; Schema: inv; Owner: postgres
--

CREATE TABLE inv.truck (
    payload_kg integer
)
INHERITS (inv.vehicle);


ALTER TABLE inv.truck OWNER TO postgres;

--
-- Name: customer_totals; Type: MATERIALIZED VIEW; Schema: sales; Owner: toc_owner
--

CREATE MATERIALIZED VIEW sales.customer_totals AS
 SELECT customer_id,
    count(*) AS n,
    sum(total) AS total
   FROM sales.orders
  GROUP BY customer_id
  WITH NO DATA;


ALTER MATERIALIZED VIEW sales.customer_totals OWNER TO toc_owner;

--
-- Name: MATERIALIZED VIEW customer_totals; Type: COMMENT; Schema: sales; Owner: toc_owner
--

COMMENT ON MATERIALIZED VIEW sales.customer_totals IS 'refreshed after sales.orders is loaded';


--
-- Name: event_note; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.event_note (
    id integer NOT NULL,
    event_id bigint NOT NULL,
    event_at date NOT NULL,
    event_region text NOT NULL,
    note text
);


ALTER TABLE sales.event_note OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
)
PARTITION BY RANGE (at);


ALTER TABLE sales.events OWNER TO postgres;

--
-- Name: TABLE events; Type: COMMENT; Schema: sales; Owner: postgres
--

COMMENT ON TABLE sales.events IS 'range partitioned; 2024h2 is list partitioned';


--
-- Name: events_2024h1; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events_2024h1 (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
);


ALTER TABLE sales.events_2024h1 OWNER TO postgres;

--
-- Name: events_2024h2; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events_2024h2 (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
)
PARTITION BY LIST (region);


ALTER TABLE sales.events_2024h2 OWNER TO postgres;

--
-- Name: events_2024h2_eu; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events_2024h2_eu (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
);


ALTER TABLE sales.events_2024h2_eu OWNER TO postgres;

--
-- Name: events_2024h2_rest; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events_2024h2_rest (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
);


ALTER TABLE sales.events_2024h2_rest OWNER TO postgres;

--
-- Name: events_default; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.events_default (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint,
    payload jsonb
);


ALTER TABLE sales.events_default OWNER TO postgres;

--
-- Name: invoice; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.invoice (
    id integer NOT NULL,
    order_id integer NOT NULL,
    last_payment_id integer
);


ALTER TABLE sales.invoice OWNER TO postgres;

--
-- Name: not_populated; Type: MATERIALIZED VIEW; Schema: sales; Owner: postgres
--

CREATE MATERIALIZED VIEW sales.not_populated AS
 SELECT id
   FROM sales.orders
  WHERE ((qty)::integer > 8)
  WITH NO DATA;


ALTER MATERIALIZED VIEW sales.not_populated OWNER TO postgres;

--
-- Name: order_stats; Type: TABLE; Schema: sales; Owner: toc_owner
--

CREATE TABLE sales.order_stats (
    batch integer NOT NULL,
    rows_added bigint NOT NULL
);


ALTER TABLE sales.order_stats OWNER TO toc_owner;

--
-- Name: order_stats_batch_seq; Type: SEQUENCE; Schema: sales; Owner: toc_owner
--

ALTER TABLE sales.order_stats ALTER COLUMN batch ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.order_stats_batch_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: sales; Owner: toc_owner
--

CREATE SEQUENCE sales.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE sales.orders_id_seq OWNER TO toc_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: sales; Owner: toc_owner
--

ALTER SEQUENCE sales.orders_id_seq OWNED BY sales.orders.id;


--
-- Name: payment; Type: TABLE; Schema: sales; Owner: toc_owner
--

CREATE TABLE sales.payment (
    id integer NOT NULL,
    invoice_id integer NOT NULL,
    amount numeric(10,2) NOT NULL
);

ALTER TABLE ONLY sales.payment FORCE ROW LEVEL SECURITY;


ALTER TABLE sales.payment OWNER TO toc_owner;

--
-- Name: top_customers; Type: VIEW; Schema: sales; Owner: toc_owner
--

CREATE VIEW sales.top_customers AS
 SELECT c.id,
    c.name,
    t.total
   FROM (core.customer c
     JOIN sales.customer_totals t ON ((t.customer_id = c.id)))
  WHERE (t.total > (25000)::numeric);


ALTER VIEW sales.top_customers OWNER TO toc_owner;

--
-- Name: top_customer_names; Type: VIEW; Schema: sales; Owner: postgres
--

CREATE VIEW sales.top_customer_names AS
 SELECT name
   FROM sales.top_customers;


ALTER VIEW sales.top_customer_names OWNER TO postgres;

--
-- Name: VIEW top_customer_names; Type: COMMENT; Schema: sales; Owner: postgres
--

COMMENT ON VIEW sales.top_customer_names IS 'a view on a view on a matview';


--
-- Name: top_summary; Type: MATERIALIZED VIEW; Schema: sales; Owner: postgres
--

CREATE MATERIALIZED VIEW sales.top_summary AS
 SELECT count(*) AS n
   FROM sales.top_customer_names
  WITH NO DATA;


ALTER MATERIALIZED VIEW sales.top_summary OWNER TO postgres;

--
-- Name: stock_eu; Type: TABLE ATTACH; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock ATTACH PARTITION inv.stock_eu FOR VALUES IN ('eu', 'ch');


--
-- Name: stock_other; Type: TABLE ATTACH; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock ATTACH PARTITION inv.stock_other DEFAULT;


--
-- Name: stock_us; Type: TABLE ATTACH; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock ATTACH PARTITION inv.stock_us FOR VALUES IN ('us');


--
-- Name: events_2024h1; Type: TABLE ATTACH; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events ATTACH PARTITION sales.events_2024h1 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');


--
-- Name: events_2024h2; Type: TABLE ATTACH; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events ATTACH PARTITION sales.events_2024h2 FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');


--
-- Name: events_2024h2_eu; Type: TABLE ATTACH; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h2 ATTACH PARTITION sales.events_2024h2_eu FOR VALUES IN ('eu', 'ch');


--
-- Name: events_2024h2_rest; Type: TABLE ATTACH; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h2 ATTACH PARTITION sales.events_2024h2_rest DEFAULT;


--
-- Name: events_default; Type: TABLE ATTACH; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events ATTACH PARTITION sales.events_default DEFAULT;


--
-- Name: orders id; Type: DEFAULT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.orders ALTER COLUMN id SET DEFAULT nextval('sales.orders_id_seq'::regclass);


--
-- Name: 4343001; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('4343001');


ALTER LARGE OBJECT 4343001 OWNER TO postgres;

--
-- Name: 4343002; Type: BLOB; Schema: -; Owner: toc_owner
--

SELECT pg_catalog.lo_create('4343002');


ALTER LARGE OBJECT 4343002 OWNER TO toc_owner;

--
-- Name: LARGE OBJECT 4343002; Type: COMMENT; Schema: -; Owner: toc_owner
--

COMMENT ON LARGE OBJECT 4343002 IS '80000 bytes';


--
-- Name: 4343003; Type: BLOB; Schema: -; Owner: tóc_所有者
--

SELECT pg_catalog.lo_create('4343003');


ALTER LARGE OBJECT 4343003 OWNER TO "tóc_所有者";

--
-- Name: LARGE OBJECT 4343003; Type: COMMENT; Schema: -; Owner: tóc_所有者
--

COMMENT ON LARGE OBJECT 4343003 IS 'NUL, 0xff, backslash, dot, newlines';


--
-- Data for Name: odd;name; Type: TABLE DATA; Schema: Mixed Case; Owner: postgres
--

COPY "Mixed Case"."odd;name" ("Id", "Col ""Q""", "select") FROM stdin;
1	a	b
2	tab\there	\N
3	--	\\.
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: core; Owner: toc_owner
--

COPY core.customer (id, code, email, status, address, name, referred_by, ticket) FROM stdin;
100	C0001	user1@example.org	active	("Street 1",Lyon,00037)	customer 1	\N	5012
101	C0002	user2@example.org	closed	("Street 2",Zürich,00074)	customer 2	100	5019
102	C0003	user3@example.org	it's done	("Street 3",Lyon,00111)	customer 3	100	5026
103	C0004	user4@example.org	new	("Street 4",Zürich,00148)	customer 4	100	5033
104	C0005	\N	active	("Street 5",Lyon,00185)	customer 5	101	5040
105	C0006	user6@example.org	closed	("Street 6",Zürich,00222)	customer 6	101	5047
106	C0007	user7@example.org	it's done	("Street 7",Lyon,00259)	customer 7	101	5054
107	C0008	user8@example.org	new	("Street 8",Zürich,00296)	customer 8	102	5061
108	C0009	user9@example.org	active	("Street 9",Lyon,00333)	customer 9	102	5068
109	C0010	\N	closed	("Street 10",Zürich,00370)	customer 10	102	5075
110	C0011	user11@example.org	it's done	("Street 11",Lyon,00407)	customer 11	103	5082
111	C0012	user12@example.org	new	("Street 12",Zürich,00444)	customer 12	103	5089
112	C0013	user13@example.org	active	("Street 13",Lyon,00481)	customer 13	103	5096
113	C0014	user14@example.org	closed	("Street 14",Zürich,00518)	customer 14	104	5103
114	C0015	\N	it's done	("Street 15",Lyon,00555)	customer 15	104	5110
115	C0016	user16@example.org	new	("Street 16",Zürich,00592)	customer 16	104	5117
116	C0017	user17@example.org	active	("Street 17",Lyon,00629)	customer 17	105	5124
117	C0018	user18@example.org	closed	("Street 18",Zürich,00666)	customer 18	105	5131
118	C0019	user19@example.org	it's done	("Street 19",Lyon,00703)	customer 19	105	5138
119	C0020	\N	new	("Street 20",Zürich,00740)	customer 20	106	5145
120	C0021	user21@example.org	active	("Street 21",Lyon,00777)	customer 21	106	5152
121	C0022	user22@example.org	closed	("Street 22",Zürich,00814)	customer 22	106	5159
122	C0023	user23@example.org	it's done	("Street 23",Lyon,00851)	customer 23	107	5166
123	C0024	user24@example.org	new	("Street 24",Zürich,00888)	customer 24	107	5173
124	C0025	\N	active	("Street 25",Lyon,00925)	customer 25	107	5180
125	C0026	user26@example.org	closed	("Street 26",Zürich,00962)	customer 26	108	5187
126	C0027	user27@example.org	it's done	("Street 27",Lyon,00999)	customer 27	108	5194
127	C0028	user28@example.org	new	("Street 28",Zürich,01036)	customer 28	108	5201
128	C0029	user29@example.org	active	("Street 29",Lyon,01073)	customer 29	109	5208
129	C0030	\N	closed	("Street 30",Zürich,01110)	customer 30	109	5215
130	C0031	user31@example.org	it's done	("Street 31",Lyon,01147)	customer 31	109	5222
131	C0032	user32@example.org	new	("Street 32",Zürich,01184)	customer 32	110	5229
132	C0033	user33@example.org	active	("Street 33",Lyon,01221)	customer 33	110	5236
133	C0034	user34@example.org	closed	("Street 34",Zürich,01258)	customer 34	110	5243
134	C0035	\N	it's done	("Street 35",Lyon,01295)	customer 35	111	5250
135	C0036	user36@example.org	new	("Street 36",Zürich,01332)	customer 36	111	5257
136	C0037	user37@example.org	active	("Street 37",Lyon,01369)	customer 37	111	5264
137	C0038	user38@example.org	closed	("Street 38",Zürich,01406)	customer 38	112	5271
138	C0039	user39@example.org	it's done	("Street 39",Lyon,01443)	customer 39	112	5278
139	C0040	\N	new	("Street 40",Zürich,01480)	customer 40	112	5285
140	C0041	user41@example.org	active	("Street 41",Lyon,01517)	customer 41	113	5292
141	C0042	user42@example.org	closed	("Street 42",Zürich,01554)	customer 42	113	5299
142	C0043	user43@example.org	it's done	("Street 43",Lyon,01591)	customer 43	113	5306
143	C0044	user44@example.org	new	("Street 44",Zürich,01628)	customer 44	114	5313
144	C0045	\N	active	("Street 45",Lyon,01665)	customer 45	114	5320
145	C0046	user46@example.org	closed	("Street 46",Zürich,01702)	customer 46	114	5327
146	C0047	user47@example.org	it's done	("Street 47",Lyon,01739)	customer 47	115	5334
147	C0048	user48@example.org	new	("Street 48",Zürich,01776)	customer 48	115	5341
148	C0049	user49@example.org	active	("Street 49",Lyon,01813)	customer 49	115	5348
149	C0050	\N	closed	("Street 50",Zürich,01850)	customer 50	116	5355
150	C0051	user51@example.org	it's done	("Street 51",Lyon,01887)	customer 51	116	5362
151	C0052	user52@example.org	new	("Street 52",Zürich,01924)	customer 52	116	5369
152	C0053	user53@example.org	active	("Street 53",Lyon,01961)	customer 53	117	5376
153	C0054	user54@example.org	closed	("Street 54",Zürich,01998)	customer 54	117	5383
154	C0055	\N	it's done	("Street 55",Lyon,02035)	customer 55	117	5390
155	C0056	user56@example.org	new	("Street 56",Zürich,02072)	customer 56	118	5397
156	C0057	user57@example.org	active	("Street 57",Lyon,02109)	customer 57	118	5404
157	C0058	user58@example.org	closed	("Street 58",Zürich,02146)	customer 58	118	5411
158	C0059	user59@example.org	it's done	("Street 59",Lyon,02183)	customer 59	119	5418
159	C0060	\N	new	("Street 60",Zürich,02220)	customer 60	119	5425
160	C0061	user61@example.org	active	("Street 61",Lyon,02257)	customer 61	119	5432
161	C0062	user62@example.org	closed	("Street 62",Zürich,02294)	customer 62	120	5439
162	C0063	user63@example.org	it's done	("Street 63",Lyon,02331)	customer 63	120	5446
163	C0064	user64@example.org	new	("Street 64",Zürich,02368)	customer 64	120	5453
164	C0065	\N	active	("Street 65",Lyon,02405)	customer 65	121	5460
165	C0066	user66@example.org	closed	("Street 66",Zürich,02442)	customer 66	121	5467
166	C0067	user67@example.org	it's done	("Street 67",Lyon,02479)	customer 67	121	5474
167	C0068	user68@example.org	new	("Street 68",Zürich,02516)	customer 68	122	5481
168	C0069	user69@example.org	active	("Street 69",Lyon,02553)	customer 69	122	5488
169	C0070	\N	closed	("Street 70",Zürich,02590)	customer 70	122	5495
170	C0071	user71@example.org	it's done	("Street 71",Lyon,02627)	customer 71	123	5502
171	C0072	user72@example.org	new	("Street 72",Zürich,02664)	customer 72	123	5509
172	C0073	user73@example.org	active	("Street 73",Lyon,02701)	customer 73	123	5516
173	C0074	user74@example.org	closed	("Street 74",Zürich,02738)	customer 74	124	5523
174	C0075	\N	it's done	("Street 75",Lyon,02775)	customer 75	124	5530
175	C0076	user76@example.org	new	("Street 76",Zürich,02812)	customer 76	124	5537
176	C0077	user77@example.org	active	("Street 77",Lyon,02849)	customer 77	125	5544
177	C0078	user78@example.org	closed	("Street 78",Zürich,02886)	customer 78	125	5551
178	C0079	user79@example.org	it's done	("Street 79",Lyon,02923)	customer 79	125	5558
179	C0080	\N	new	("Street 80",Zürich,02960)	customer 80	126	5565
180	C0081	user81@example.org	active	("Street 81",Lyon,02997)	customer 81	126	5572
181	C0082	user82@example.org	closed	("Street 82",Zürich,03034)	customer 82	126	5579
182	C0083	user83@example.org	it's done	("Street 83",Lyon,03071)	customer 83	127	5586
183	C0084	user84@example.org	new	("Street 84",Zürich,03108)	customer 84	127	5593
184	C0085	\N	active	("Street 85",Lyon,03145)	customer 85	127	5600
185	C0086	user86@example.org	closed	("Street 86",Zürich,03182)	customer 86	128	5607
186	C0087	user87@example.org	it's done	("Street 87",Lyon,03219)	customer 87	128	5614
187	C0088	user88@example.org	new	("Street 88",Zürich,03256)	customer 88	128	5621
188	C0089	user89@example.org	active	("Street 89",Lyon,03293)	customer 89	129	5628
189	C0090	\N	closed	("Street 90",Zürich,03330)	customer 90	129	5635
190	C0091	user91@example.org	it's done	("Street 91",Lyon,03367)	customer 91	129	5642
191	C0092	user92@example.org	new	("Street 92",Zürich,03404)	customer 92	130	5649
192	C0093	user93@example.org	active	("Street 93",Lyon,03441)	customer 93	130	5656
193	C0094	user94@example.org	closed	("Street 94",Zürich,03478)	customer 94	130	5663
194	C0095	\N	it's done	("Street 95",Lyon,03515)	customer 95	131	5670
195	C0096	user96@example.org	new	("Street 96",Zürich,03552)	customer 96	131	5677
196	C0097	user97@example.org	active	("Street 97",Lyon,03589)	customer 97	131	5684
197	C0098	user98@example.org	closed	("Street 98",Zürich,03626)	customer 98	132	5691
198	C0099	user99@example.org	it's done	("Street 99",Lyon,03663)	customer 99	132	5698
199	C0100	\N	new	("Street 100",Zürich,03700)	customer 100	132	5705
200	C0101	user101@example.org	active	("Street 101",Lyon,03737)	customer 101	133	5712
201	C0102	user102@example.org	closed	("Street 102",Zürich,03774)	customer 102	133	5719
202	C0103	user103@example.org	it's done	("Street 103",Lyon,03811)	customer 103	133	5726
203	C0104	user104@example.org	new	("Street 104",Zürich,03848)	customer 104	134	5733
204	C0105	\N	active	("Street 105",Lyon,03885)	customer 105	134	5740
205	C0106	user106@example.org	closed	("Street 106",Zürich,03922)	customer 106	134	5747
206	C0107	user107@example.org	it's done	("Street 107",Lyon,03959)	customer 107	135	5754
207	C0108	user108@example.org	new	("Street 108",Zürich,03996)	customer 108	135	5761
208	C0109	user109@example.org	active	("Street 109",Lyon,04033)	customer 109	135	5768
209	C0110	\N	closed	("Street 110",Zürich,04070)	customer 110	136	5775
210	C0111	user111@example.org	it's done	("Street 111",Lyon,04107)	customer 111	136	5782
211	C0112	user112@example.org	new	("Street 112",Zürich,04144)	customer 112	136	5789
212	C0113	user113@example.org	active	("Street 113",Lyon,04181)	customer 113	137	5796
213	C0114	user114@example.org	closed	("Street 114",Zürich,04218)	customer 114	137	5803
214	C0115	\N	it's done	("Street 115",Lyon,04255)	customer 115	137	5810
215	C0116	user116@example.org	new	("Street 116",Zürich,04292)	customer 116	138	5817
216	C0117	user117@example.org	active	("Street 117",Lyon,04329)	customer 117	138	5824
217	C0118	user118@example.org	closed	("Street 118",Zürich,04366)	customer 118	138	5831
218	C0119	user119@example.org	it's done	("Street 119",Lyon,04403)	customer 119	139	5838
219	C0120	\N	new	("Street 120",Zürich,04440)	customer 120	139	5845
220	C0121	user121@example.org	active	("Street 121",Lyon,04477)	customer 121	139	5852
221	C0122	user122@example.org	closed	("Street 122",Zürich,04514)	customer 122	140	5859
222	C0123	user123@example.org	it's done	("Street 123",Lyon,04551)	customer 123	140	5866
223	C0124	user124@example.org	new	("Street 124",Zürich,04588)	customer 124	140	5873
224	C0125	\N	active	("Street 125",Lyon,04625)	customer 125	141	5880
225	C0126	user126@example.org	closed	("Street 126",Zürich,04662)	customer 126	141	5887
226	C0127	user127@example.org	it's done	("Street 127",Lyon,04699)	customer 127	141	5894
227	C0128	user128@example.org	new	("Street 128",Zürich,04736)	customer 128	142	5901
228	C0129	user129@example.org	active	("Street 129",Lyon,04773)	customer 129	142	5908
229	C0130	\N	closed	("Street 130",Zürich,04810)	customer 130	142	5915
230	C0131	user131@example.org	it's done	("Street 131",Lyon,04847)	customer 131	143	5922
231	C0132	user132@example.org	new	("Street 132",Zürich,04884)	customer 132	143	5929
232	C0133	user133@example.org	active	("Street 133",Lyon,04921)	customer 133	143	5936
233	C0134	user134@example.org	closed	("Street 134",Zürich,04958)	customer 134	144	5943
234	C0135	\N	it's done	("Street 135",Lyon,04995)	customer 135	144	5950
235	C0136	user136@example.org	new	("Street 136",Zürich,05032)	customer 136	144	5957
236	C0137	user137@example.org	active	("Street 137",Lyon,05069)	customer 137	145	5964
237	C0138	user138@example.org	closed	("Street 138",Zürich,05106)	customer 138	145	5971
238	C0139	user139@example.org	it's done	("Street 139",Lyon,05143)	customer 139	145	5978
239	C0140	\N	new	("Street 140",Zürich,05180)	customer 140	146	5985
240	C0141	user141@example.org	active	("Street 141",Lyon,05217)	customer 141	146	5992
241	C0142	user142@example.org	closed	("Street 142",Zürich,05254)	customer 142	146	5999
242	C0143	user143@example.org	it's done	("Street 143",Lyon,05291)	customer 143	147	6006
243	C0144	user144@example.org	new	("Street 144",Zürich,05328)	customer 144	147	6013
244	C0145	\N	active	("Street 145",Lyon,05365)	customer 145	147	6020
245	C0146	user146@example.org	closed	("Street 146",Zürich,05402)	customer 146	148	6027
246	C0147	user147@example.org	it's done	("Street 147",Lyon,05439)	customer 147	148	6034
247	C0148	user148@example.org	new	("Street 148",Zürich,05476)	customer 148	148	6041
248	C0149	user149@example.org	active	("Street 149",Lyon,05513)	customer 149	149	6048
249	C0150	\N	closed	("Street 150",Zürich,05550)	customer 150	149	6055
250	C0151	user151@example.org	it's done	("Street 151",Lyon,05587)	customer 151	149	6062
251	C0152	user152@example.org	new	("Street 152",Zürich,05624)	customer 152	150	6069
252	C0153	user153@example.org	active	("Street 153",Lyon,05661)	customer 153	150	6076
253	C0154	user154@example.org	closed	("Street 154",Zürich,05698)	customer 154	150	6083
254	C0155	\N	it's done	("Street 155",Lyon,05735)	customer 155	151	6090
255	C0156	user156@example.org	new	("Street 156",Zürich,05772)	customer 156	151	6097
256	C0157	user157@example.org	active	("Street 157",Lyon,05809)	customer 157	151	6104
257	C0158	user158@example.org	closed	("Street 158",Zürich,05846)	customer 158	152	6111
258	C0159	user159@example.org	it's done	("Street 159",Lyon,05883)	customer 159	152	6118
259	C0160	\N	new	("Street 160",Zürich,05920)	customer 160	152	6125
260	C0161	user161@example.org	active	("Street 161",Lyon,05957)	customer 161	153	6132
261	C0162	user162@example.org	closed	("Street 162",Zürich,05994)	customer 162	153	6139
262	C0163	user163@example.org	it's done	("Street 163",Lyon,06031)	customer 163	153	6146
263	C0164	user164@example.org	new	("Street 164",Zürich,06068)	customer 164	154	6153
264	C0165	\N	active	("Street 165",Lyon,06105)	customer 165	154	6160
265	C0166	user166@example.org	closed	("Street 166",Zürich,06142)	customer 166	154	6167
266	C0167	user167@example.org	it's done	("Street 167",Lyon,06179)	customer 167	155	6174
267	C0168	user168@example.org	new	("Street 168",Zürich,06216)	customer 168	155	6181
268	C0169	user169@example.org	active	("Street 169",Lyon,06253)	customer 169	155	6188
269	C0170	\N	closed	("Street 170",Zürich,06290)	customer 170	156	6195
270	C0171	user171@example.org	it's done	("Street 171",Lyon,06327)	customer 171	156	6202
271	C0172	user172@example.org	new	("Street 172",Zürich,06364)	customer 172	156	6209
272	C0173	user173@example.org	active	("Street 173",Lyon,06401)	customer 173	157	6216
273	C0174	user174@example.org	closed	("Street 174",Zürich,06438)	customer 174	157	6223
274	C0175	\N	it's done	("Street 175",Lyon,06475)	customer 175	157	6230
275	C0176	user176@example.org	new	("Street 176",Zürich,06512)	customer 176	158	6237
276	C0177	user177@example.org	active	("Street 177",Lyon,06549)	customer 177	158	6244
277	C0178	user178@example.org	closed	("Street 178",Zürich,06586)	customer 178	158	6251
278	C0179	user179@example.org	it's done	("Street 179",Lyon,06623)	customer 179	159	6258
279	C0180	\N	new	("Street 180",Zürich,06660)	customer 180	159	6265
280	C0181	user181@example.org	active	("Street 181",Lyon,06697)	customer 181	159	6272
281	C0182	user182@example.org	closed	("Street 182",Zürich,06734)	customer 182	160	6279
282	C0183	user183@example.org	it's done	("Street 183",Lyon,06771)	customer 183	160	6286
283	C0184	user184@example.org	new	("Street 184",Zürich,06808)	customer 184	160	6293
284	C0185	\N	active	("Street 185",Lyon,06845)	customer 185	161	6300
285	C0186	user186@example.org	closed	("Street 186",Zürich,06882)	customer 186	161	6307
286	C0187	user187@example.org	it's done	("Street 187",Lyon,06919)	customer 187	161	6314
287	C0188	user188@example.org	new	("Street 188",Zürich,06956)	customer 188	162	6321
288	C0189	user189@example.org	active	("Street 189",Lyon,06993)	customer 189	162	6328
289	C0190	\N	closed	("Street 190",Zürich,07030)	customer 190	162	6335
290	C0191	user191@example.org	it's done	("Street 191",Lyon,07067)	customer 191	163	6342
291	C0192	user192@example.org	new	("Street 192",Zürich,07104)	customer 192	163	6349
292	C0193	user193@example.org	active	("Street 193",Lyon,07141)	customer 193	163	6356
293	C0194	user194@example.org	closed	("Street 194",Zürich,07178)	customer 194	164	6363
294	C0195	\N	it's done	("Street 195",Lyon,07215)	customer 195	164	6370
295	C0196	user196@example.org	new	("Street 196",Zürich,07252)	customer 196	164	6377
296	C0197	user197@example.org	active	("Street 197",Lyon,07289)	customer 197	165	6384
297	C0198	user198@example.org	closed	("Street 198",Zürich,07326)	customer 198	165	6391
298	C0199	user199@example.org	it's done	("Street 199",Lyon,07363)	customer 199	165	6398
299	C0200	\N	new	("Street 200",Zürich,07400)	customer 200	166	6405
\.


--
-- Data for Name: document; Type: TABLE DATA; Schema: core; Owner: postgres
--

COPY core.document (id, title, content) FROM stdin;
1	small	4343001
2	big	4343002
3	binary	4343003
\.


--
-- Data for Name: employee; Type: TABLE DATA; Schema: core; Owner: toc_owner
--

COPY core.employee (id, manager_id, name, salary, ssn) FROM stdin;
1	\N	Ada	9000.00	111
2	1	Brendan	7000.00	222
3	1	Chloé	7100.00	333
4	2	Dmitri	5000.00	444
5	4	大輔	4100.00	555
\.


--
-- Data for Name: employee_audit; Type: TABLE DATA; Schema: core; Owner: postgres
--

COPY core.employee_audit (n, employee_id, op) FROM stdin;
1	1	INSERT
2	2	INSERT
3	3	INSERT
4	4	INSERT
5	5	INSERT
6	5	UPDATE
\.


--
-- Data for Name: tâche_任务; Type: TABLE DATA; Schema: données; Owner: tóc_所有者
--

COPY "données"."tâche_任务" ("numéro", "prénom", "état") FROM stdin;
1	Zoë	ouvert
2	Håkon	fermé
3	李	ouvert
\.


--
-- Data for Name: booking; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.booking (id, vehicle_id, during, price) FROM stdin;
1	1	["2024-01-02 00:00:00","2024-01-02 20:00:00")	[1,11)
2	1	["2024-01-03 00:00:00","2024-01-03 20:00:00")	[2,12)
3	1	["2024-01-04 00:00:00","2024-01-04 20:00:00")	[3,13)
4	1	["2024-01-05 00:00:00","2024-01-05 20:00:00")	[4,14)
5	1	["2024-01-06 00:00:00","2024-01-06 20:00:00")	[5,15)
6	1	["2024-01-07 00:00:00","2024-01-07 20:00:00")	[6,16)
7	1	["2024-01-08 00:00:00","2024-01-08 20:00:00")	[7,17)
8	1	["2024-01-09 00:00:00","2024-01-09 20:00:00")	[8,18)
9	1	["2024-01-10 00:00:00","2024-01-10 20:00:00")	[9,19)
10	1	["2024-01-11 00:00:00","2024-01-11 20:00:00")	[10,20)
11	1	["2024-01-12 00:00:00","2024-01-12 20:00:00")	[11,21)
12	1	["2024-01-13 00:00:00","2024-01-13 20:00:00")	[12,22)
13	1	["2024-01-14 00:00:00","2024-01-14 20:00:00")	[13,23)
14	1	["2024-01-15 00:00:00","2024-01-15 20:00:00")	[14,24)
15	1	["2024-01-16 00:00:00","2024-01-16 20:00:00")	[15,25)
16	1	["2024-01-17 00:00:00","2024-01-17 20:00:00")	[16,26)
17	1	["2024-01-18 00:00:00","2024-01-18 20:00:00")	[17,27)
18	1	["2024-01-19 00:00:00","2024-01-19 20:00:00")	[18,28)
19	1	["2024-01-20 00:00:00","2024-01-20 20:00:00")	[19,29)
20	1	["2024-01-21 00:00:00","2024-01-21 20:00:00")	[20,30)
21	1	["2024-01-22 00:00:00","2024-01-22 20:00:00")	[21,31)
22	1	["2024-01-23 00:00:00","2024-01-23 20:00:00")	[22,32)
23	1	["2024-01-24 00:00:00","2024-01-24 20:00:00")	[23,33)
24	1	["2024-01-25 00:00:00","2024-01-25 20:00:00")	[24,34)
25	1	["2024-01-26 00:00:00","2024-01-26 20:00:00")	[25,35)
26	1	["2024-01-27 00:00:00","2024-01-27 20:00:00")	[26,36)
27	1	["2024-01-28 00:00:00","2024-01-28 20:00:00")	[27,37)
28	1	["2024-01-29 00:00:00","2024-01-29 20:00:00")	[28,38)
29	1	["2024-01-30 00:00:00","2024-01-30 20:00:00")	[29,39)
30	1	["2024-01-31 00:00:00","2024-01-31 20:00:00")	[30,40)
31	1	["2024-02-01 00:00:00","2024-02-01 20:00:00")	[31,41)
32	1	["2024-02-02 00:00:00","2024-02-02 20:00:00")	[32,42)
33	1	["2024-02-03 00:00:00","2024-02-03 20:00:00")	[33,43)
34	1	["2024-02-04 00:00:00","2024-02-04 20:00:00")	[34,44)
35	1	["2024-02-05 00:00:00","2024-02-05 20:00:00")	[35,45)
36	1	["2024-02-06 00:00:00","2024-02-06 20:00:00")	[36,46)
37	1	["2024-02-07 00:00:00","2024-02-07 20:00:00")	[37,47)
38	1	["2024-02-08 00:00:00","2024-02-08 20:00:00")	[38,48)
39	1	["2024-02-09 00:00:00","2024-02-09 20:00:00")	[39,49)
40	1	["2024-02-10 00:00:00","2024-02-10 20:00:00")	[40,50)
41	1	["2024-02-11 00:00:00","2024-02-11 20:00:00")	[41,51)
42	1	["2024-02-12 00:00:00","2024-02-12 20:00:00")	[42,52)
43	1	["2024-02-13 00:00:00","2024-02-13 20:00:00")	[43,53)
44	1	["2024-02-14 00:00:00","2024-02-14 20:00:00")	[44,54)
45	1	["2024-02-15 00:00:00","2024-02-15 20:00:00")	[45,55)
46	1	["2024-02-16 00:00:00","2024-02-16 20:00:00")	[46,56)
47	1	["2024-02-17 00:00:00","2024-02-17 20:00:00")	[47,57)
48	1	["2024-02-18 00:00:00","2024-02-18 20:00:00")	[48,58)
49	1	["2024-02-19 00:00:00","2024-02-19 20:00:00")	[49,59)
50	1	["2024-02-20 00:00:00","2024-02-20 20:00:00")	[50,60)
\.


--
-- Data for Name: cache; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.cache (k, v) FROM stdin;
a	1
b	2
\.


--
-- Data for Name: car; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.car (id, make, wheels, seats) FROM stdin;
2	Renault	4	5
3	Škoda	4	7
\.


--
-- Data for Name: empty_table; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.empty_table (id, note) FROM stdin;
\.


--
-- Data for Name: stock_eu; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.stock_eu (sku, region, qty) FROM stdin;
sku1	eu	3
sku2	eu	6
sku3	eu	9
sku4	eu	12
sku5	eu	15
sku6	eu	18
sku7	eu	21
sku8	eu	24
sku9	eu	27
sku10	eu	30
sku11	eu	33
sku12	eu	36
sku13	eu	39
sku14	eu	42
sku15	eu	45
sku16	eu	48
sku17	eu	51
sku18	eu	54
sku19	eu	57
sku20	eu	60
sku21	eu	63
sku22	eu	66
sku23	eu	69
sku24	eu	72
sku25	eu	75
sku26	eu	78
sku27	eu	81
sku28	eu	84
sku29	eu	87
sku30	eu	90
sku1	ch	3
sku2	ch	6
sku3	ch	9
sku4	ch	12
sku5	ch	15
sku6	ch	18
sku7	ch	21
sku8	ch	24
sku9	ch	27
sku10	ch	30
sku11	ch	33
sku12	ch	36
sku13	ch	39
sku14	ch	42
sku15	ch	45
sku16	ch	48
sku17	ch	51
sku18	ch	54
sku19	ch	57
sku20	ch	60
sku21	ch	63
sku22	ch	66
sku23	ch	69
sku24	ch	72
sku25	ch	75
sku26	ch	78
sku27	ch	81
sku28	ch	84
sku29	ch	87
sku30	ch	90
\.


--
-- Data for Name: stock_other; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.stock_other (sku, region, qty) FROM stdin;
sku1	apac	3
sku2	apac	6
sku3	apac	9
sku4	apac	12
sku5	apac	15
sku6	apac	18
sku7	apac	21
sku8	apac	24
sku9	apac	27
sku10	apac	30
sku11	apac	33
sku12	apac	36
sku13	apac	39
sku14	apac	42
sku15	apac	45
sku16	apac	48
sku17	apac	51
sku18	apac	54
sku19	apac	57
sku20	apac	60
sku21	apac	63
sku22	apac	66
sku23	apac	69
sku24	apac	72
sku25	apac	75
sku26	apac	78
sku27	apac	81
sku28	apac	84
sku29	apac	87
sku30	apac	90
\.


--
-- Data for Name: stock_us; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.stock_us (sku, region, qty) FROM stdin;
sku1	us	3
sku2	us	6
sku3	us	9
sku4	us	12
sku5	us	15
sku6	us	18
sku7	us	21
sku8	us	24
sku9	us	27
sku10	us	30
sku11	us	33
sku12	us	36
sku13	us	39
sku14	us	42
sku15	us	45
sku16	us	48
sku17	us	51
sku18	us	54
sku19	us	57
sku20	us	60
sku21	us	63
sku22	us	66
sku23	us	69
sku24	us	72
sku25	us	75
sku26	us	78
sku27	us	81
sku28	us	84
sku29	us	87
sku30	us	90
\.


--
-- Data for Name: truck; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.truck (id, make, wheels, payload_kg) FROM stdin;
4	Volvo	6	12000
5	MAN	10	26000
\.


--
-- Data for Name: vehicle; Type: TABLE DATA; Schema: inv; Owner: postgres
--

COPY inv.vehicle (id, make, wheels) FROM stdin;
1	generic	3
\.


--
-- Data for Name: event_note; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.event_note (id, event_id, event_at, event_region, note) FROM stdin;
20	20	2024-02-23	eu	note on 20
40	40	2024-04-23	eu	note on 40
60	60	2024-06-22	eu	note on 60
140	140	2024-01-14	eu	note on 140
160	160	2024-03-14	eu	note on 160
180	180	2024-05-13	eu	note on 180
280	280	2024-02-03	eu	note on 280
300	300	2024-04-03	eu	note on 300
320	320	2024-06-02	eu	note on 320
420	420	2024-02-23	eu	note on 420
440	440	2024-04-23	eu	note on 440
460	460	2024-06-22	eu	note on 460
540	540	2024-01-14	eu	note on 540
560	560	2024-03-14	eu	note on 560
580	580	2024-05-13	eu	note on 580
80	80	2024-08-21	eu	note on 80
100	100	2024-10-20	eu	note on 100
120	120	2024-12-19	eu	note on 120
200	200	2024-07-12	eu	note on 200
220	220	2024-09-10	eu	note on 220
240	240	2024-11-09	eu	note on 240
340	340	2024-08-01	eu	note on 340
360	360	2024-09-30	eu	note on 360
380	380	2024-11-29	eu	note on 380
480	480	2024-08-21	eu	note on 480
500	500	2024-10-20	eu	note on 500
520	520	2024-12-19	eu	note on 520
600	600	2024-07-12	eu	note on 600
260	260	2025-01-08	eu	note on 260
400	400	2023-12-25	eu	note on 400
\.


--
-- Data for Name: events_2024h1; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.events_2024h1 (id, at, region, customer_id, payload) FROM stdin;
3	2024-01-03	apac	103	{"n": 3, "kind": 0}
4	2024-01-06	eu	104	{"n": 4, "kind": 1}
5	2024-01-09	us	105	{"n": 5, "kind": 2}
6	2024-01-12	ch	106	{"n": 6, "kind": 0}
7	2024-01-15	apac	107	{"n": 7, "kind": 1}
8	2024-01-18	eu	108	{"n": 8, "kind": 2}
9	2024-01-21	us	109	{"n": 9, "kind": 0}
10	2024-01-24	ch	110	{"n": 10, "kind": 1}
11	2024-01-27	apac	111	{"n": 11, "kind": 2}
12	2024-01-30	eu	112	{"n": 12, "kind": 0}
13	2024-02-02	us	113	{"n": 13, "kind": 1}
14	2024-02-05	ch	114	{"n": 14, "kind": 2}
15	2024-02-08	apac	115	{"n": 15, "kind": 0}
16	2024-02-11	eu	116	{"n": 16, "kind": 1}
17	2024-02-14	us	117	{"n": 17, "kind": 2}
18	2024-02-17	ch	118	{"n": 18, "kind": 0}
19	2024-02-20	apac	119	{"n": 19, "kind": 1}
20	2024-02-23	eu	120	{"n": 20, "kind": 2}
21	2024-02-26	us	121	{"n": 21, "kind": 0}
22	2024-02-29	ch	122	{"n": 22, "kind": 1}
23	2024-03-03	apac	123	{"n": 23, "kind": 2}
24	2024-03-06	eu	124	{"n": 24, "kind": 0}
25	2024-03-09	us	125	{"n": 25, "kind": 1}
26	2024-03-12	ch	126	{"n": 26, "kind": 2}
27	2024-03-15	apac	127	{"n": 27, "kind": 0}
28	2024-03-18	eu	128	{"n": 28, "kind": 1}
29	2024-03-21	us	129	{"n": 29, "kind": 2}
30	2024-03-24	ch	130	{"n": 30, "kind": 0}
31	2024-03-27	apac	131	{"n": 31, "kind": 1}
32	2024-03-30	eu	132	{"n": 32, "kind": 2}
33	2024-04-02	us	133	{"n": 33, "kind": 0}
34	2024-04-05	ch	134	{"n": 34, "kind": 1}
35	2024-04-08	apac	135	{"n": 35, "kind": 2}
36	2024-04-11	eu	136	{"n": 36, "kind": 0}
37	2024-04-14	us	137	{"n": 37, "kind": 1}
38	2024-04-17	ch	138	{"n": 38, "kind": 2}
39	2024-04-20	apac	139	{"n": 39, "kind": 0}
40	2024-04-23	eu	140	{"n": 40, "kind": 1}
41	2024-04-26	us	141	{"n": 41, "kind": 2}
42	2024-04-29	ch	142	{"n": 42, "kind": 0}
43	2024-05-02	apac	143	{"n": 43, "kind": 1}
44	2024-05-05	eu	144	{"n": 44, "kind": 2}
45	2024-05-08	us	145	{"n": 45, "kind": 0}
46	2024-05-11	ch	146	{"n": 46, "kind": 1}
47	2024-05-14	apac	147	{"n": 47, "kind": 2}
48	2024-05-17	eu	148	{"n": 48, "kind": 0}
49	2024-05-20	us	149	{"n": 49, "kind": 1}
50	2024-05-23	ch	150	{"n": 50, "kind": 2}
51	2024-05-26	apac	151	{"n": 51, "kind": 0}
52	2024-05-29	eu	152	{"n": 52, "kind": 1}
53	2024-06-01	us	153	{"n": 53, "kind": 2}
54	2024-06-04	ch	154	{"n": 54, "kind": 0}
55	2024-06-07	apac	155	{"n": 55, "kind": 1}
56	2024-06-10	eu	156	{"n": 56, "kind": 2}
57	2024-06-13	us	157	{"n": 57, "kind": 0}
58	2024-06-16	ch	158	{"n": 58, "kind": 1}
59	2024-06-19	apac	159	{"n": 59, "kind": 2}
60	2024-06-22	eu	160	{"n": 60, "kind": 0}
61	2024-06-25	us	161	{"n": 61, "kind": 1}
62	2024-06-28	ch	162	{"n": 62, "kind": 2}
136	2024-01-02	eu	236	{"n": 136, "kind": 1}
137	2024-01-05	us	237	{"n": 137, "kind": 2}
138	2024-01-08	ch	238	{"n": 138, "kind": 0}
139	2024-01-11	apac	239	{"n": 139, "kind": 1}
140	2024-01-14	eu	240	{"n": 140, "kind": 2}
141	2024-01-17	us	241	{"n": 141, "kind": 0}
142	2024-01-20	ch	242	{"n": 142, "kind": 1}
143	2024-01-23	apac	243	{"n": 143, "kind": 2}
144	2024-01-26	eu	244	{"n": 144, "kind": 0}
145	2024-01-29	us	245	{"n": 145, "kind": 1}
146	2024-02-01	ch	246	{"n": 146, "kind": 2}
147	2024-02-04	apac	247	{"n": 147, "kind": 0}
148	2024-02-07	eu	248	{"n": 148, "kind": 1}
149	2024-02-10	us	249	{"n": 149, "kind": 2}
150	2024-02-13	ch	250	{"n": 150, "kind": 0}
151	2024-02-16	apac	251	{"n": 151, "kind": 1}
152	2024-02-19	eu	252	{"n": 152, "kind": 2}
153	2024-02-22	us	253	{"n": 153, "kind": 0}
154	2024-02-25	ch	254	{"n": 154, "kind": 1}
155	2024-02-28	apac	255	{"n": 155, "kind": 2}
156	2024-03-02	eu	256	{"n": 156, "kind": 0}
157	2024-03-05	us	257	{"n": 157, "kind": 1}
158	2024-03-08	ch	258	{"n": 158, "kind": 2}
159	2024-03-11	apac	259	{"n": 159, "kind": 0}
160	2024-03-14	eu	260	{"n": 160, "kind": 1}
161	2024-03-17	us	261	{"n": 161, "kind": 2}
162	2024-03-20	ch	262	{"n": 162, "kind": 0}
163	2024-03-23	apac	263	{"n": 163, "kind": 1}
164	2024-03-26	eu	264	{"n": 164, "kind": 2}
165	2024-03-29	us	265	{"n": 165, "kind": 0}
166	2024-04-01	ch	266	{"n": 166, "kind": 1}
167	2024-04-04	apac	267	{"n": 167, "kind": 2}
168	2024-04-07	eu	268	{"n": 168, "kind": 0}
169	2024-04-10	us	269	{"n": 169, "kind": 1}
170	2024-04-13	ch	270	{"n": 170, "kind": 2}
171	2024-04-16	apac	271	{"n": 171, "kind": 0}
172	2024-04-19	eu	272	{"n": 172, "kind": 1}
173	2024-04-22	us	273	{"n": 173, "kind": 2}
174	2024-04-25	ch	274	{"n": 174, "kind": 0}
175	2024-04-28	apac	275	{"n": 175, "kind": 1}
176	2024-05-01	eu	276	{"n": 176, "kind": 2}
177	2024-05-04	us	277	{"n": 177, "kind": 0}
178	2024-05-07	ch	278	{"n": 178, "kind": 1}
179	2024-05-10	apac	279	{"n": 179, "kind": 2}
180	2024-05-13	eu	280	{"n": 180, "kind": 0}
181	2024-05-16	us	281	{"n": 181, "kind": 1}
182	2024-05-19	ch	282	{"n": 182, "kind": 2}
183	2024-05-22	apac	283	{"n": 183, "kind": 0}
184	2024-05-25	eu	284	{"n": 184, "kind": 1}
185	2024-05-28	us	285	{"n": 185, "kind": 2}
186	2024-05-31	ch	286	{"n": 186, "kind": 0}
187	2024-06-03	apac	287	{"n": 187, "kind": 1}
188	2024-06-06	eu	288	{"n": 188, "kind": 2}
189	2024-06-09	us	289	{"n": 189, "kind": 0}
190	2024-06-12	ch	290	{"n": 190, "kind": 1}
191	2024-06-15	apac	291	{"n": 191, "kind": 2}
192	2024-06-18	eu	292	{"n": 192, "kind": 0}
193	2024-06-21	us	293	{"n": 193, "kind": 1}
194	2024-06-24	ch	294	{"n": 194, "kind": 2}
195	2024-06-27	apac	295	{"n": 195, "kind": 0}
196	2024-06-30	eu	296	{"n": 196, "kind": 1}
269	2024-01-01	us	169	{"n": 269, "kind": 2}
270	2024-01-04	ch	170	{"n": 270, "kind": 0}
271	2024-01-07	apac	171	{"n": 271, "kind": 1}
272	2024-01-10	eu	172	{"n": 272, "kind": 2}
273	2024-01-13	us	173	{"n": 273, "kind": 0}
274	2024-01-16	ch	174	{"n": 274, "kind": 1}
275	2024-01-19	apac	175	{"n": 275, "kind": 2}
276	2024-01-22	eu	176	{"n": 276, "kind": 0}
277	2024-01-25	us	177	{"n": 277, "kind": 1}
278	2024-01-28	ch	178	{"n": 278, "kind": 2}
279	2024-01-31	apac	179	{"n": 279, "kind": 0}
280	2024-02-03	eu	180	{"n": 280, "kind": 1}
281	2024-02-06	us	181	{"n": 281, "kind": 2}
282	2024-02-09	ch	182	{"n": 282, "kind": 0}
283	2024-02-12	apac	183	{"n": 283, "kind": 1}
284	2024-02-15	eu	184	{"n": 284, "kind": 2}
285	2024-02-18	us	185	{"n": 285, "kind": 0}
286	2024-02-21	ch	186	{"n": 286, "kind": 1}
287	2024-02-24	apac	187	{"n": 287, "kind": 2}
288	2024-02-27	eu	188	{"n": 288, "kind": 0}
289	2024-03-01	us	189	{"n": 289, "kind": 1}
290	2024-03-04	ch	190	{"n": 290, "kind": 2}
291	2024-03-07	apac	191	{"n": 291, "kind": 0}
292	2024-03-10	eu	192	{"n": 292, "kind": 1}
293	2024-03-13	us	193	{"n": 293, "kind": 2}
294	2024-03-16	ch	194	{"n": 294, "kind": 0}
295	2024-03-19	apac	195	{"n": 295, "kind": 1}
296	2024-03-22	eu	196	{"n": 296, "kind": 2}
297	2024-03-25	us	197	{"n": 297, "kind": 0}
298	2024-03-28	ch	198	{"n": 298, "kind": 1}
299	2024-03-31	apac	199	{"n": 299, "kind": 2}
300	2024-04-03	eu	200	{"n": 300, "kind": 0}
301	2024-04-06	us	201	{"n": 301, "kind": 1}
302	2024-04-09	ch	202	{"n": 302, "kind": 2}
303	2024-04-12	apac	203	{"n": 303, "kind": 0}
304	2024-04-15	eu	204	{"n": 304, "kind": 1}
305	2024-04-18	us	205	{"n": 305, "kind": 2}
306	2024-04-21	ch	206	{"n": 306, "kind": 0}
307	2024-04-24	apac	207	{"n": 307, "kind": 1}
308	2024-04-27	eu	208	{"n": 308, "kind": 2}
309	2024-04-30	us	209	{"n": 309, "kind": 0}
310	2024-05-03	ch	210	{"n": 310, "kind": 1}
311	2024-05-06	apac	211	{"n": 311, "kind": 2}
312	2024-05-09	eu	212	{"n": 312, "kind": 0}
313	2024-05-12	us	213	{"n": 313, "kind": 1}
314	2024-05-15	ch	214	{"n": 314, "kind": 2}
315	2024-05-18	apac	215	{"n": 315, "kind": 0}
316	2024-05-21	eu	216	{"n": 316, "kind": 1}
317	2024-05-24	us	217	{"n": 317, "kind": 2}
318	2024-05-27	ch	218	{"n": 318, "kind": 0}
319	2024-05-30	apac	219	{"n": 319, "kind": 1}
320	2024-06-02	eu	220	{"n": 320, "kind": 2}
321	2024-06-05	us	221	{"n": 321, "kind": 0}
322	2024-06-08	ch	222	{"n": 322, "kind": 1}
323	2024-06-11	apac	223	{"n": 323, "kind": 2}
324	2024-06-14	eu	224	{"n": 324, "kind": 0}
325	2024-06-17	us	225	{"n": 325, "kind": 1}
326	2024-06-20	ch	226	{"n": 326, "kind": 2}
327	2024-06-23	apac	227	{"n": 327, "kind": 0}
328	2024-06-26	eu	228	{"n": 328, "kind": 1}
329	2024-06-29	us	229	{"n": 329, "kind": 2}
403	2024-01-03	apac	103	{"n": 403, "kind": 1}
404	2024-01-06	eu	104	{"n": 404, "kind": 2}
405	2024-01-09	us	105	{"n": 405, "kind": 0}
406	2024-01-12	ch	106	{"n": 406, "kind": 1}
407	2024-01-15	apac	107	{"n": 407, "kind": 2}
408	2024-01-18	eu	108	{"n": 408, "kind": 0}
409	2024-01-21	us	109	{"n": 409, "kind": 1}
410	2024-01-24	ch	110	{"n": 410, "kind": 2}
411	2024-01-27	apac	111	{"n": 411, "kind": 0}
412	2024-01-30	eu	112	{"n": 412, "kind": 1}
413	2024-02-02	us	113	{"n": 413, "kind": 2}
414	2024-02-05	ch	114	{"n": 414, "kind": 0}
415	2024-02-08	apac	115	{"n": 415, "kind": 1}
416	2024-02-11	eu	116	{"n": 416, "kind": 2}
417	2024-02-14	us	117	{"n": 417, "kind": 0}
418	2024-02-17	ch	118	{"n": 418, "kind": 1}
419	2024-02-20	apac	119	{"n": 419, "kind": 2}
420	2024-02-23	eu	120	{"n": 420, "kind": 0}
421	2024-02-26	us	121	{"n": 421, "kind": 1}
422	2024-02-29	ch	122	{"n": 422, "kind": 2}
423	2024-03-03	apac	123	{"n": 423, "kind": 0}
424	2024-03-06	eu	124	{"n": 424, "kind": 1}
425	2024-03-09	us	125	{"n": 425, "kind": 2}
426	2024-03-12	ch	126	{"n": 426, "kind": 0}
427	2024-03-15	apac	127	{"n": 427, "kind": 1}
428	2024-03-18	eu	128	{"n": 428, "kind": 2}
429	2024-03-21	us	129	{"n": 429, "kind": 0}
430	2024-03-24	ch	130	{"n": 430, "kind": 1}
431	2024-03-27	apac	131	{"n": 431, "kind": 2}
432	2024-03-30	eu	132	{"n": 432, "kind": 0}
433	2024-04-02	us	133	{"n": 433, "kind": 1}
434	2024-04-05	ch	134	{"n": 434, "kind": 2}
435	2024-04-08	apac	135	{"n": 435, "kind": 0}
436	2024-04-11	eu	136	{"n": 436, "kind": 1}
437	2024-04-14	us	137	{"n": 437, "kind": 2}
438	2024-04-17	ch	138	{"n": 438, "kind": 0}
439	2024-04-20	apac	139	{"n": 439, "kind": 1}
440	2024-04-23	eu	140	{"n": 440, "kind": 2}
441	2024-04-26	us	141	{"n": 441, "kind": 0}
442	2024-04-29	ch	142	{"n": 442, "kind": 1}
443	2024-05-02	apac	143	{"n": 443, "kind": 2}
444	2024-05-05	eu	144	{"n": 444, "kind": 0}
445	2024-05-08	us	145	{"n": 445, "kind": 1}
446	2024-05-11	ch	146	{"n": 446, "kind": 2}
447	2024-05-14	apac	147	{"n": 447, "kind": 0}
448	2024-05-17	eu	148	{"n": 448, "kind": 1}
449	2024-05-20	us	149	{"n": 449, "kind": 2}
450	2024-05-23	ch	150	{"n": 450, "kind": 0}
451	2024-05-26	apac	151	{"n": 451, "kind": 1}
452	2024-05-29	eu	152	{"n": 452, "kind": 2}
453	2024-06-01	us	153	{"n": 453, "kind": 0}
454	2024-06-04	ch	154	{"n": 454, "kind": 1}
455	2024-06-07	apac	155	{"n": 455, "kind": 2}
456	2024-06-10	eu	156	{"n": 456, "kind": 0}
457	2024-06-13	us	157	{"n": 457, "kind": 1}
458	2024-06-16	ch	158	{"n": 458, "kind": 2}
459	2024-06-19	apac	159	{"n": 459, "kind": 0}
460	2024-06-22	eu	160	{"n": 460, "kind": 1}
461	2024-06-25	us	161	{"n": 461, "kind": 2}
462	2024-06-28	ch	162	{"n": 462, "kind": 0}
536	2024-01-02	eu	236	{"n": 536, "kind": 2}
537	2024-01-05	us	237	{"n": 537, "kind": 0}
538	2024-01-08	ch	238	{"n": 538, "kind": 1}
539	2024-01-11	apac	239	{"n": 539, "kind": 2}
540	2024-01-14	eu	240	{"n": 540, "kind": 0}
541	2024-01-17	us	241	{"n": 541, "kind": 1}
542	2024-01-20	ch	242	{"n": 542, "kind": 2}
543	2024-01-23	apac	243	{"n": 543, "kind": 0}
544	2024-01-26	eu	244	{"n": 544, "kind": 1}
545	2024-01-29	us	245	{"n": 545, "kind": 2}
546	2024-02-01	ch	246	{"n": 546, "kind": 0}
547	2024-02-04	apac	247	{"n": 547, "kind": 1}
548	2024-02-07	eu	248	{"n": 548, "kind": 2}
549	2024-02-10	us	249	{"n": 549, "kind": 0}
550	2024-02-13	ch	250	{"n": 550, "kind": 1}
551	2024-02-16	apac	251	{"n": 551, "kind": 2}
552	2024-02-19	eu	252	{"n": 552, "kind": 0}
553	2024-02-22	us	253	{"n": 553, "kind": 1}
554	2024-02-25	ch	254	{"n": 554, "kind": 2}
555	2024-02-28	apac	255	{"n": 555, "kind": 0}
556	2024-03-02	eu	256	{"n": 556, "kind": 1}
557	2024-03-05	us	257	{"n": 557, "kind": 2}
558	2024-03-08	ch	258	{"n": 558, "kind": 0}
559	2024-03-11	apac	259	{"n": 559, "kind": 1}
560	2024-03-14	eu	260	{"n": 560, "kind": 2}
561	2024-03-17	us	261	{"n": 561, "kind": 0}
562	2024-03-20	ch	262	{"n": 562, "kind": 1}
563	2024-03-23	apac	263	{"n": 563, "kind": 2}
564	2024-03-26	eu	264	{"n": 564, "kind": 0}
565	2024-03-29	us	265	{"n": 565, "kind": 1}
566	2024-04-01	ch	266	{"n": 566, "kind": 2}
567	2024-04-04	apac	267	{"n": 567, "kind": 0}
568	2024-04-07	eu	268	{"n": 568, "kind": 1}
569	2024-04-10	us	269	{"n": 569, "kind": 2}
570	2024-04-13	ch	270	{"n": 570, "kind": 0}
571	2024-04-16	apac	271	{"n": 571, "kind": 1}
572	2024-04-19	eu	272	{"n": 572, "kind": 2}
573	2024-04-22	us	273	{"n": 573, "kind": 0}
574	2024-04-25	ch	274	{"n": 574, "kind": 1}
575	2024-04-28	apac	275	{"n": 575, "kind": 2}
576	2024-05-01	eu	276	{"n": 576, "kind": 0}
577	2024-05-04	us	277	{"n": 577, "kind": 1}
578	2024-05-07	ch	278	{"n": 578, "kind": 2}
579	2024-05-10	apac	279	{"n": 579, "kind": 0}
580	2024-05-13	eu	280	{"n": 580, "kind": 1}
581	2024-05-16	us	281	{"n": 581, "kind": 2}
582	2024-05-19	ch	282	{"n": 582, "kind": 0}
583	2024-05-22	apac	283	{"n": 583, "kind": 1}
584	2024-05-25	eu	284	{"n": 584, "kind": 2}
585	2024-05-28	us	285	{"n": 585, "kind": 0}
586	2024-05-31	ch	286	{"n": 586, "kind": 1}
587	2024-06-03	apac	287	{"n": 587, "kind": 2}
588	2024-06-06	eu	288	{"n": 588, "kind": 0}
589	2024-06-09	us	289	{"n": 589, "kind": 1}
590	2024-06-12	ch	290	{"n": 590, "kind": 2}
591	2024-06-15	apac	291	{"n": 591, "kind": 0}
592	2024-06-18	eu	292	{"n": 592, "kind": 1}
593	2024-06-21	us	293	{"n": 593, "kind": 2}
594	2024-06-24	ch	294	{"n": 594, "kind": 0}
595	2024-06-27	apac	295	{"n": 595, "kind": 1}
596	2024-06-30	eu	296	{"n": 596, "kind": 2}
\.


--
-- Data for Name: events_2024h2_eu; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.events_2024h2_eu (id, at, region, customer_id, payload) FROM stdin;
64	2024-07-04	eu	164	{"n": 64, "kind": 1}
66	2024-07-10	ch	166	{"n": 66, "kind": 0}
68	2024-07-16	eu	168	{"n": 68, "kind": 2}
70	2024-07-22	ch	170	{"n": 70, "kind": 1}
72	2024-07-28	eu	172	{"n": 72, "kind": 0}
74	2024-08-03	ch	174	{"n": 74, "kind": 2}
76	2024-08-09	eu	176	{"n": 76, "kind": 1}
78	2024-08-15	ch	178	{"n": 78, "kind": 0}
80	2024-08-21	eu	180	{"n": 80, "kind": 2}
82	2024-08-27	ch	182	{"n": 82, "kind": 1}
84	2024-09-02	eu	184	{"n": 84, "kind": 0}
86	2024-09-08	ch	186	{"n": 86, "kind": 2}
88	2024-09-14	eu	188	{"n": 88, "kind": 1}
90	2024-09-20	ch	190	{"n": 90, "kind": 0}
92	2024-09-26	eu	192	{"n": 92, "kind": 2}
94	2024-10-02	ch	194	{"n": 94, "kind": 1}
96	2024-10-08	eu	196	{"n": 96, "kind": 0}
98	2024-10-14	ch	198	{"n": 98, "kind": 2}
100	2024-10-20	eu	200	{"n": 100, "kind": 1}
102	2024-10-26	ch	202	{"n": 102, "kind": 0}
104	2024-11-01	eu	204	{"n": 104, "kind": 2}
106	2024-11-07	ch	206	{"n": 106, "kind": 1}
108	2024-11-13	eu	208	{"n": 108, "kind": 0}
110	2024-11-19	ch	210	{"n": 110, "kind": 2}
112	2024-11-25	eu	212	{"n": 112, "kind": 1}
114	2024-12-01	ch	214	{"n": 114, "kind": 0}
116	2024-12-07	eu	216	{"n": 116, "kind": 2}
118	2024-12-13	ch	218	{"n": 118, "kind": 1}
120	2024-12-19	eu	220	{"n": 120, "kind": 0}
122	2024-12-25	ch	222	{"n": 122, "kind": 2}
124	2024-12-31	eu	224	{"n": 124, "kind": 1}
198	2024-07-06	ch	298	{"n": 198, "kind": 0}
200	2024-07-12	eu	100	{"n": 200, "kind": 2}
202	2024-07-18	ch	102	{"n": 202, "kind": 1}
204	2024-07-24	eu	104	{"n": 204, "kind": 0}
206	2024-07-30	ch	106	{"n": 206, "kind": 2}
208	2024-08-05	eu	108	{"n": 208, "kind": 1}
210	2024-08-11	ch	110	{"n": 210, "kind": 0}
212	2024-08-17	eu	112	{"n": 212, "kind": 2}
214	2024-08-23	ch	114	{"n": 214, "kind": 1}
216	2024-08-29	eu	116	{"n": 216, "kind": 0}
218	2024-09-04	ch	118	{"n": 218, "kind": 2}
220	2024-09-10	eu	120	{"n": 220, "kind": 1}
222	2024-09-16	ch	122	{"n": 222, "kind": 0}
224	2024-09-22	eu	124	{"n": 224, "kind": 2}
226	2024-09-28	ch	126	{"n": 226, "kind": 1}
228	2024-10-04	eu	128	{"n": 228, "kind": 0}
230	2024-10-10	ch	130	{"n": 230, "kind": 2}
232	2024-10-16	eu	132	{"n": 232, "kind": 1}
234	2024-10-22	ch	134	{"n": 234, "kind": 0}
236	2024-10-28	eu	136	{"n": 236, "kind": 2}
238	2024-11-03	ch	138	{"n": 238, "kind": 1}
240	2024-11-09	eu	140	{"n": 240, "kind": 0}
242	2024-11-15	ch	142	{"n": 242, "kind": 2}
244	2024-11-21	eu	144	{"n": 244, "kind": 1}
246	2024-11-27	ch	146	{"n": 246, "kind": 0}
248	2024-12-03	eu	148	{"n": 248, "kind": 2}
250	2024-12-09	ch	150	{"n": 250, "kind": 1}
252	2024-12-15	eu	152	{"n": 252, "kind": 0}
254	2024-12-21	ch	154	{"n": 254, "kind": 2}
256	2024-12-27	eu	156	{"n": 256, "kind": 1}
330	2024-07-02	ch	230	{"n": 330, "kind": 0}
332	2024-07-08	eu	232	{"n": 332, "kind": 2}
334	2024-07-14	ch	234	{"n": 334, "kind": 1}
336	2024-07-20	eu	236	{"n": 336, "kind": 0}
338	2024-07-26	ch	238	{"n": 338, "kind": 2}
340	2024-08-01	eu	240	{"n": 340, "kind": 1}
342	2024-08-07	ch	242	{"n": 342, "kind": 0}
344	2024-08-13	eu	244	{"n": 344, "kind": 2}
346	2024-08-19	ch	246	{"n": 346, "kind": 1}
348	2024-08-25	eu	248	{"n": 348, "kind": 0}
350	2024-08-31	ch	250	{"n": 350, "kind": 2}
352	2024-09-06	eu	252	{"n": 352, "kind": 1}
354	2024-09-12	ch	254	{"n": 354, "kind": 0}
356	2024-09-18	eu	256	{"n": 356, "kind": 2}
358	2024-09-24	ch	258	{"n": 358, "kind": 1}
360	2024-09-30	eu	260	{"n": 360, "kind": 0}
362	2024-10-06	ch	262	{"n": 362, "kind": 2}
364	2024-10-12	eu	264	{"n": 364, "kind": 1}
366	2024-10-18	ch	266	{"n": 366, "kind": 0}
368	2024-10-24	eu	268	{"n": 368, "kind": 2}
370	2024-10-30	ch	270	{"n": 370, "kind": 1}
372	2024-11-05	eu	272	{"n": 372, "kind": 0}
374	2024-11-11	ch	274	{"n": 374, "kind": 2}
376	2024-11-17	eu	276	{"n": 376, "kind": 1}
378	2024-11-23	ch	278	{"n": 378, "kind": 0}
380	2024-11-29	eu	280	{"n": 380, "kind": 2}
382	2024-12-05	ch	282	{"n": 382, "kind": 1}
384	2024-12-11	eu	284	{"n": 384, "kind": 0}
386	2024-12-17	ch	286	{"n": 386, "kind": 2}
388	2024-12-23	eu	288	{"n": 388, "kind": 1}
390	2024-12-29	ch	290	{"n": 390, "kind": 0}
464	2024-07-04	eu	164	{"n": 464, "kind": 2}
466	2024-07-10	ch	166	{"n": 466, "kind": 1}
468	2024-07-16	eu	168	{"n": 468, "kind": 0}
470	2024-07-22	ch	170	{"n": 470, "kind": 2}
472	2024-07-28	eu	172	{"n": 472, "kind": 1}
474	2024-08-03	ch	174	{"n": 474, "kind": 0}
476	2024-08-09	eu	176	{"n": 476, "kind": 2}
478	2024-08-15	ch	178	{"n": 478, "kind": 1}
480	2024-08-21	eu	180	{"n": 480, "kind": 0}
482	2024-08-27	ch	182	{"n": 482, "kind": 2}
484	2024-09-02	eu	184	{"n": 484, "kind": 1}
486	2024-09-08	ch	186	{"n": 486, "kind": 0}
488	2024-09-14	eu	188	{"n": 488, "kind": 2}
490	2024-09-20	ch	190	{"n": 490, "kind": 1}
492	2024-09-26	eu	192	{"n": 492, "kind": 0}
494	2024-10-02	ch	194	{"n": 494, "kind": 2}
496	2024-10-08	eu	196	{"n": 496, "kind": 1}
498	2024-10-14	ch	198	{"n": 498, "kind": 0}
500	2024-10-20	eu	200	{"n": 500, "kind": 2}
502	2024-10-26	ch	202	{"n": 502, "kind": 1}
504	2024-11-01	eu	204	{"n": 504, "kind": 0}
506	2024-11-07	ch	206	{"n": 506, "kind": 2}
508	2024-11-13	eu	208	{"n": 508, "kind": 1}
510	2024-11-19	ch	210	{"n": 510, "kind": 0}
512	2024-11-25	eu	212	{"n": 512, "kind": 2}
514	2024-12-01	ch	214	{"n": 514, "kind": 1}
516	2024-12-07	eu	216	{"n": 516, "kind": 0}
518	2024-12-13	ch	218	{"n": 518, "kind": 2}
520	2024-12-19	eu	220	{"n": 520, "kind": 1}
522	2024-12-25	ch	222	{"n": 522, "kind": 0}
524	2024-12-31	eu	224	{"n": 524, "kind": 2}
598	2024-07-06	ch	298	{"n": 598, "kind": 1}
600	2024-07-12	eu	100	{"n": 600, "kind": 0}
\.


--
-- Data for Name: events_2024h2_rest; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.events_2024h2_rest (id, at, region, customer_id, payload) FROM stdin;
63	2024-07-01	apac	163	{"n": 63, "kind": 0}
65	2024-07-07	us	165	{"n": 65, "kind": 2}
67	2024-07-13	apac	167	{"n": 67, "kind": 1}
69	2024-07-19	us	169	{"n": 69, "kind": 0}
71	2024-07-25	apac	171	{"n": 71, "kind": 2}
73	2024-07-31	us	173	{"n": 73, "kind": 1}
75	2024-08-06	apac	175	{"n": 75, "kind": 0}
77	2024-08-12	us	177	{"n": 77, "kind": 2}
79	2024-08-18	apac	179	{"n": 79, "kind": 1}
81	2024-08-24	us	181	{"n": 81, "kind": 0}
83	2024-08-30	apac	183	{"n": 83, "kind": 2}
85	2024-09-05	us	185	{"n": 85, "kind": 1}
87	2024-09-11	apac	187	{"n": 87, "kind": 0}
89	2024-09-17	us	189	{"n": 89, "kind": 2}
91	2024-09-23	apac	191	{"n": 91, "kind": 1}
93	2024-09-29	us	193	{"n": 93, "kind": 0}
95	2024-10-05	apac	195	{"n": 95, "kind": 2}
97	2024-10-11	us	197	{"n": 97, "kind": 1}
99	2024-10-17	apac	199	{"n": 99, "kind": 0}
101	2024-10-23	us	201	{"n": 101, "kind": 2}
103	2024-10-29	apac	203	{"n": 103, "kind": 1}
105	2024-11-04	us	205	{"n": 105, "kind": 0}
107	2024-11-10	apac	207	{"n": 107, "kind": 2}
109	2024-11-16	us	209	{"n": 109, "kind": 1}
111	2024-11-22	apac	211	{"n": 111, "kind": 0}
113	2024-11-28	us	213	{"n": 113, "kind": 2}
115	2024-12-04	apac	215	{"n": 115, "kind": 1}
117	2024-12-10	us	217	{"n": 117, "kind": 0}
119	2024-12-16	apac	219	{"n": 119, "kind": 2}
121	2024-12-22	us	221	{"n": 121, "kind": 1}
123	2024-12-28	apac	223	{"n": 123, "kind": 0}
197	2024-07-03	us	297	{"n": 197, "kind": 2}
199	2024-07-09	apac	299	{"n": 199, "kind": 1}
201	2024-07-15	us	101	{"n": 201, "kind": 0}
203	2024-07-21	apac	103	{"n": 203, "kind": 2}
205	2024-07-27	us	105	{"n": 205, "kind": 1}
207	2024-08-02	apac	107	{"n": 207, "kind": 0}
209	2024-08-08	us	109	{"n": 209, "kind": 2}
211	2024-08-14	apac	111	{"n": 211, "kind": 1}
213	2024-08-20	us	113	{"n": 213, "kind": 0}
215	2024-08-26	apac	115	{"n": 215, "kind": 2}
217	2024-09-01	us	117	{"n": 217, "kind": 1}
219	2024-09-07	apac	119	{"n": 219, "kind": 0}
221	2024-09-13	us	121	{"n": 221, "kind": 2}
223	2024-09-19	apac	123	{"n": 223, "kind": 1}
225	2024-09-25	us	125	{"n": 225, "kind": 0}
227	2024-10-01	apac	127	{"n": 227, "kind": 2}
229	2024-10-07	us	129	{"n": 229, "kind": 1}
231	2024-10-13	apac	131	{"n": 231, "kind": 0}
233	2024-10-19	us	133	{"n": 233, "kind": 2}
235	2024-10-25	apac	135	{"n": 235, "kind": 1}
237	2024-10-31	us	137	{"n": 237, "kind": 0}
239	2024-11-06	apac	139	{"n": 239, "kind": 2}
241	2024-11-12	us	141	{"n": 241, "kind": 1}
243	2024-11-18	apac	143	{"n": 243, "kind": 0}
245	2024-11-24	us	145	{"n": 245, "kind": 2}
247	2024-11-30	apac	147	{"n": 247, "kind": 1}
249	2024-12-06	us	149	{"n": 249, "kind": 0}
251	2024-12-12	apac	151	{"n": 251, "kind": 2}
253	2024-12-18	us	153	{"n": 253, "kind": 1}
255	2024-12-24	apac	155	{"n": 255, "kind": 0}
257	2024-12-30	us	157	{"n": 257, "kind": 2}
331	2024-07-05	apac	231	{"n": 331, "kind": 1}
333	2024-07-11	us	233	{"n": 333, "kind": 0}
335	2024-07-17	apac	235	{"n": 335, "kind": 2}
337	2024-07-23	us	237	{"n": 337, "kind": 1}
339	2024-07-29	apac	239	{"n": 339, "kind": 0}
341	2024-08-04	us	241	{"n": 341, "kind": 2}
343	2024-08-10	apac	243	{"n": 343, "kind": 1}
345	2024-08-16	us	245	{"n": 345, "kind": 0}
347	2024-08-22	apac	247	{"n": 347, "kind": 2}
349	2024-08-28	us	249	{"n": 349, "kind": 1}
351	2024-09-03	apac	251	{"n": 351, "kind": 0}
353	2024-09-09	us	253	{"n": 353, "kind": 2}
355	2024-09-15	apac	255	{"n": 355, "kind": 1}
357	2024-09-21	us	257	{"n": 357, "kind": 0}
359	2024-09-27	apac	259	{"n": 359, "kind": 2}
361	2024-10-03	us	261	{"n": 361, "kind": 1}
363	2024-10-09	apac	263	{"n": 363, "kind": 0}
365	2024-10-15	us	265	{"n": 365, "kind": 2}
367	2024-10-21	apac	267	{"n": 367, "kind": 1}
369	2024-10-27	us	269	{"n": 369, "kind": 0}
371	2024-11-02	apac	271	{"n": 371, "kind": 2}
373	2024-11-08	us	273	{"n": 373, "kind": 1}
375	2024-11-14	apac	275	{"n": 375, "kind": 0}
377	2024-11-20	us	277	{"n": 377, "kind": 2}
379	2024-11-26	apac	279	{"n": 379, "kind": 1}
381	2024-12-02	us	281	{"n": 381, "kind": 0}
383	2024-12-08	apac	283	{"n": 383, "kind": 2}
385	2024-12-14	us	285	{"n": 385, "kind": 1}
387	2024-12-20	apac	287	{"n": 387, "kind": 0}
389	2024-12-26	us	289	{"n": 389, "kind": 2}
463	2024-07-01	apac	163	{"n": 463, "kind": 1}
465	2024-07-07	us	165	{"n": 465, "kind": 0}
467	2024-07-13	apac	167	{"n": 467, "kind": 2}
469	2024-07-19	us	169	{"n": 469, "kind": 1}
471	2024-07-25	apac	171	{"n": 471, "kind": 0}
473	2024-07-31	us	173	{"n": 473, "kind": 2}
475	2024-08-06	apac	175	{"n": 475, "kind": 1}
477	2024-08-12	us	177	{"n": 477, "kind": 0}
479	2024-08-18	apac	179	{"n": 479, "kind": 2}
481	2024-08-24	us	181	{"n": 481, "kind": 1}
483	2024-08-30	apac	183	{"n": 483, "kind": 0}
485	2024-09-05	us	185	{"n": 485, "kind": 2}
487	2024-09-11	apac	187	{"n": 487, "kind": 1}
489	2024-09-17	us	189	{"n": 489, "kind": 0}
491	2024-09-23	apac	191	{"n": 491, "kind": 2}
493	2024-09-29	us	193	{"n": 493, "kind": 1}
495	2024-10-05	apac	195	{"n": 495, "kind": 0}
497	2024-10-11	us	197	{"n": 497, "kind": 2}
499	2024-10-17	apac	199	{"n": 499, "kind": 1}
501	2024-10-23	us	201	{"n": 501, "kind": 0}
503	2024-10-29	apac	203	{"n": 503, "kind": 2}
505	2024-11-04	us	205	{"n": 505, "kind": 1}
507	2024-11-10	apac	207	{"n": 507, "kind": 0}
509	2024-11-16	us	209	{"n": 509, "kind": 2}
511	2024-11-22	apac	211	{"n": 511, "kind": 1}
513	2024-11-28	us	213	{"n": 513, "kind": 0}
515	2024-12-04	apac	215	{"n": 515, "kind": 2}
517	2024-12-10	us	217	{"n": 517, "kind": 1}
519	2024-12-16	apac	219	{"n": 519, "kind": 0}
521	2024-12-22	us	221	{"n": 521, "kind": 2}
523	2024-12-28	apac	223	{"n": 523, "kind": 1}
597	2024-07-03	us	297	{"n": 597, "kind": 0}
599	2024-07-09	apac	299	{"n": 599, "kind": 2}
\.


--
-- Data for Name: events_default; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.events_default (id, at, region, customer_id, payload) FROM stdin;
1	2023-12-28	us	101	{"n": 1, "kind": 1}
2	2023-12-31	ch	102	{"n": 2, "kind": 2}
125	2025-01-03	us	225	{"n": 125, "kind": 2}
126	2025-01-06	ch	226	{"n": 126, "kind": 0}
127	2025-01-09	apac	227	{"n": 127, "kind": 1}
128	2025-01-12	eu	228	{"n": 128, "kind": 2}
129	2025-01-15	us	229	{"n": 129, "kind": 0}
130	2025-01-18	ch	230	{"n": 130, "kind": 1}
131	2025-01-21	apac	231	{"n": 131, "kind": 2}
132	2025-01-24	eu	232	{"n": 132, "kind": 0}
133	2025-01-27	us	233	{"n": 133, "kind": 1}
134	2023-12-27	ch	234	{"n": 134, "kind": 2}
135	2023-12-30	apac	235	{"n": 135, "kind": 0}
258	2025-01-02	ch	158	{"n": 258, "kind": 0}
259	2025-01-05	apac	159	{"n": 259, "kind": 1}
260	2025-01-08	eu	160	{"n": 260, "kind": 2}
261	2025-01-11	us	161	{"n": 261, "kind": 0}
262	2025-01-14	ch	162	{"n": 262, "kind": 1}
263	2025-01-17	apac	163	{"n": 263, "kind": 2}
264	2025-01-20	eu	164	{"n": 264, "kind": 0}
265	2025-01-23	us	165	{"n": 265, "kind": 1}
266	2025-01-26	ch	166	{"n": 266, "kind": 2}
267	2023-12-26	apac	167	{"n": 267, "kind": 0}
268	2023-12-29	eu	168	{"n": 268, "kind": 1}
391	2025-01-01	apac	291	{"n": 391, "kind": 1}
392	2025-01-04	eu	292	{"n": 392, "kind": 2}
393	2025-01-07	us	293	{"n": 393, "kind": 0}
394	2025-01-10	ch	294	{"n": 394, "kind": 1}
395	2025-01-13	apac	295	{"n": 395, "kind": 2}
396	2025-01-16	eu	296	{"n": 396, "kind": 0}
397	2025-01-19	us	297	{"n": 397, "kind": 1}
398	2025-01-22	ch	298	{"n": 398, "kind": 2}
399	2025-01-25	apac	299	{"n": 399, "kind": 0}
400	2023-12-25	eu	100	{"n": 400, "kind": 1}
401	2023-12-28	us	101	{"n": 401, "kind": 2}
402	2023-12-31	ch	102	{"n": 402, "kind": 0}
525	2025-01-03	us	225	{"n": 525, "kind": 0}
526	2025-01-06	ch	226	{"n": 526, "kind": 1}
527	2025-01-09	apac	227	{"n": 527, "kind": 2}
528	2025-01-12	eu	228	{"n": 528, "kind": 0}
529	2025-01-15	us	229	{"n": 529, "kind": 1}
530	2025-01-18	ch	230	{"n": 530, "kind": 2}
531	2025-01-21	apac	231	{"n": 531, "kind": 0}
532	2025-01-24	eu	232	{"n": 532, "kind": 1}
533	2025-01-27	us	233	{"n": 533, "kind": 2}
534	2023-12-27	ch	234	{"n": 534, "kind": 0}
535	2023-12-30	apac	235	{"n": 535, "kind": 1}
\.


--
-- Data for Name: invoice; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.invoice (id, order_id, last_payment_id) FROM stdin;
1	10	1001
2	20	1002
3	30	1003
4	40	1004
5	50	1005
6	60	1006
7	70	1007
8	80	1008
9	90	1009
10	100	1010
11	110	1011
12	120	1012
13	130	1013
14	140	1014
15	150	1015
16	160	1016
17	170	1017
18	180	1018
19	190	1019
20	200	1020
21	210	1021
22	220	1022
23	230	1023
24	240	1024
25	250	1025
26	260	1026
27	270	1027
28	280	1028
29	290	1029
30	300	1030
31	310	1031
32	320	1032
33	330	1033
34	340	1034
35	350	1035
36	360	1036
37	370	1037
38	380	1038
39	390	1039
40	400	1040
\.


--
-- Data for Name: order_stats; Type: TABLE DATA; Schema: sales; Owner: toc_owner
--

COPY sales.order_stats (batch, rows_added) FROM stdin;
1	20000
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: sales; Owner: toc_owner
--

COPY sales.orders (id, customer_id, placed, qty, price, status) FROM stdin;
1	101	2024-01-02	2	0.10	active
2	102	2024-01-03	3	0.20	active
3	103	2024-01-04	4	0.30	closed
4	104	2024-01-05	5	0.40	active
5	105	2024-01-06	6	0.50	active
6	106	2024-01-07	7	0.60	closed
7	107	2024-01-08	8	0.70	active
8	108	2024-01-09	9	0.80	active
9	109	2024-01-10	1	0.90	closed
10	110	2024-01-11	2	1.00	active
11	111	2024-01-12	3	1.10	active
12	112	2024-01-13	4	1.20	closed
13	113	2024-01-14	5	1.30	active
14	114	2024-01-15	6	1.40	active
15	115	2024-01-16	7	1.50	closed
16	116	2024-01-17	8	1.60	active
17	117	2024-01-18	9	1.70	active
18	118	2024-01-19	1	1.80	closed
19	119	2024-01-20	2	1.90	active
20	120	2024-01-21	3	2.00	active
21	121	2024-01-22	4	2.10	closed
22	122	2024-01-23	5	2.20	active
23	123	2024-01-24	6	2.30	active
24	124	2024-01-25	7	2.40	closed
25	125	2024-01-26	8	2.50	active
26	126	2024-01-27	9	2.60	active
27	127	2024-01-28	1	2.70	closed
28	128	2024-01-29	2	2.80	active
29	129	2024-01-30	3	2.90	active
30	130	2024-01-31	4	3.00	closed
31	131	2024-02-01	5	3.10	active
32	132	2024-02-02	6	3.20	active
33	133	2024-02-03	7	3.30	closed
34	134	2024-02-04	8	3.40	active
35	135	2024-02-05	9	3.50	active
36	136	2024-02-06	1	3.60	closed
37	137	2024-02-07	2	3.70	active
38	138	2024-02-08	3	3.80	active
39	139	2024-02-09	4	3.90	closed
40	140	2024-02-10	5	4.00	active
41	141	2024-02-11	6	4.10	active
42	142	2024-02-12	7	4.20	closed
43	143	2024-02-13	8	4.30	active
44	144	2024-02-14	9	4.40	active
45	145	2024-02-15	1	4.50	closed
46	146	2024-02-16	2	4.60	active
47	147	2024-02-17	3	4.70	active
48	148	2024-02-18	4	4.80	closed
49	149	2024-02-19	5	4.90	active
50	150	2024-02-20	6	5.00	active
51	151	2024-02-21	7	5.10	closed
52	152	2024-02-22	8	5.20	active
53	153	2024-02-23	9	5.30	active
54	154	2024-02-24	1	5.40	closed
55	155	2024-02-25	2	5.50	active
56	156	2024-02-26	3	5.60	active
57	157	2024-02-27	4	5.70	closed
58	158	2024-02-28	5	5.80	active
59	159	2024-02-29	6	5.90	active
60	160	2024-03-01	7	6.00	closed
61	161	2024-03-02	8	6.10	active
62	162	2024-03-03	9	6.20	active
63	163	2024-03-04	1	6.30	closed
64	164	2024-03-05	2	6.40	active
65	165	2024-03-06	3	6.50	active
66	166	2024-03-07	4	6.60	closed
67	167	2024-03-08	5	6.70	active
68	168	2024-03-09	6	6.80	active
69	169	2024-03-10	7	6.90	closed
70	170	2024-03-11	8	7.00	active
71	171	2024-03-12	9	7.10	active
72	172	2024-03-13	1	7.20	closed
73	173	2024-03-14	2	7.30	active
74	174	2024-03-15	3	7.40	active
75	175	2024-03-16	4	7.50	closed
76	176	2024-03-17	5	7.60	active
77	177	2024-03-18	6	7.70	active
78	178	2024-03-19	7	7.80	closed
79	179	2024-03-20	8	7.90	active
80	180	2024-03-21	9	8.00	active
81	181	2024-03-22	1	8.10	closed
82	182	2024-03-23	2	8.20	active
83	183	2024-03-24	3	8.30	active
84	184	2024-03-25	4	8.40	closed
85	185	2024-03-26	5	8.50	active
86	186	2024-03-27	6	8.60	active
87	187	2024-03-28	7	8.70	closed
88	188	2024-03-29	8	8.80	active
89	189	2024-03-30	9	8.90	active
90	190	2024-03-31	1	9.00	closed
91	191	2024-04-01	2	9.10	active
92	192	2024-04-02	3	9.20	active
93	193	2024-04-03	4	9.30	closed
94	194	2024-04-04	5	9.40	active
95	195	2024-04-05	6	9.50	active
96	196	2024-04-06	7	9.60	closed
97	197	2024-04-07	8	9.70	active
98	198	2024-04-08	9	9.80	active
99	199	2024-04-09	1	9.90	closed
100	200	2024-04-10	2	10.00	active
101	201	2024-04-11	3	10.10	active
102	202	2024-04-12	4	10.20	closed
103	203	2024-04-13	5	10.30	active
104	204	2024-04-14	6	10.40	active
105	205	2024-04-15	7	10.50	closed
106	206	2024-04-16	8	10.60	active
107	207	2024-04-17	9	10.70	active
108	208	2024-04-18	1	10.80	closed
109	209	2024-04-19	2	10.90	active
110	210	2024-04-20	3	11.00	active
111	211	2024-04-21	4	11.10	closed
112	212	2024-04-22	5	11.20	active
113	213	2024-04-23	6	11.30	active
114	214	2024-04-24	7	11.40	closed
115	215	2024-04-25	8	11.50	active
116	216	2024-04-26	9	11.60	active
117	217	2024-04-27	1	11.70	closed
118	218	2024-04-28	2	11.80	active
119	219	2024-04-29	3	11.90	active
120	220	2024-04-30	4	12.00	closed
121	221	2024-05-01	5	12.10	active
122	222	2024-05-02	6	12.20	active
123	223	2024-05-03	7	12.30	closed
124	224	2024-05-04	8	12.40	active
125	225	2024-05-05	9	12.50	active
126	226	2024-05-06	1	12.60	closed
127	227	2024-05-07	2	12.70	active
128	228	2024-05-08	3	12.80	active
129	229	2024-05-09	4	12.90	closed
130	230	2024-05-10	5	13.00	active
131	231	2024-05-11	6	13.10	active
132	232	2024-05-12	7	13.20	closed
133	233	2024-05-13	8	13.30	active
134	234	2024-05-14	9	13.40	active
135	235	2024-05-15	1	13.50	closed
136	236	2024-05-16	2	13.60	active
137	237	2024-05-17	3	13.70	active
138	238	2024-05-18	4	13.80	closed
139	239	2024-05-19	5	13.90	active
140	240	2024-05-20	6	14.00	active
141	241	2024-05-21	7	14.10	closed
142	242	2024-05-22	8	14.20	active
143	243	2024-05-23	9	14.30	active
144	244	2024-05-24	1	14.40	closed
145	245	2024-05-25	2	14.50	active
146	246	2024-05-26	3	14.60	active
147	247	2024-05-27	4	14.70	closed
148	248	2024-05-28	5	14.80	active
149	249	2024-05-29	6	14.90	active
150	250	2024-05-30	7	15.00	closed
151	251	2024-05-31	8	15.10	active
152	252	2024-06-01	9	15.20	active
153	253	2024-06-02	1	15.30	closed
154	254	2024-06-03	2	15.40	active
155	255	2024-06-04	3	15.50	active
156	256	2024-06-05	4	15.60	closed
157	257	2024-06-06	5	15.70	active
158	258	2024-06-07	6	15.80	active
159	259	2024-06-08	7	15.90	closed
160	260	2024-06-09	8	16.00	active
161	261	2024-06-10	9	16.10	active
162	262	2024-06-11	1	16.20	closed
163	263	2024-06-12	2	16.30	active
164	264	2024-06-13	3	16.40	active
165	265	2024-06-14	4	16.50	closed
166	266	2024-06-15	5	16.60	active
167	267	2024-06-16	6	16.70	active
168	268	2024-06-17	7	16.80	closed
169	269	2024-06-18	8	16.90	active
170	270	2024-06-19	9	17.00	active
171	271	2024-06-20	1	17.10	closed
172	272	2024-06-21	2	17.20	active
173	273	2024-06-22	3	17.30	active
174	274	2024-06-23	4	17.40	closed
175	275	2024-06-24	5	17.50	active
176	276	2024-06-25	6	17.60	active
177	277	2024-06-26	7	17.70	closed
178	278	2024-06-27	8	17.80	active
179	279	2024-06-28	9	17.90	active
180	280	2024-06-29	1	18.00	closed
181	281	2024-06-30	2	18.10	active
182	282	2024-07-01	3	18.20	active
183	283	2024-07-02	4	18.30	closed
184	284	2024-07-03	5	18.40	active
185	285	2024-07-04	6	18.50	active
186	286	2024-07-05	7	18.60	closed
187	287	2024-07-06	8	18.70	active
188	288	2024-07-07	9	18.80	active
189	289	2024-07-08	1	18.90	closed
190	290	2024-07-09	2	19.00	active
191	291	2024-07-10	3	19.10	active
192	292	2024-07-11	4	19.20	closed
193	293	2024-07-12	5	19.30	active
194	294	2024-07-13	6	19.40	active
195	295	2024-07-14	7	19.50	closed
196	296	2024-07-15	8	19.60	active
197	297	2024-07-16	9	19.70	active
198	298	2024-07-17	1	19.80	closed
199	299	2024-07-18	2	19.90	active
200	100	2024-07-19	3	20.00	active
201	101	2024-07-20	4	20.10	closed
202	102	2024-07-21	5	20.20	active
203	103	2024-07-22	6	20.30	active
204	104	2024-07-23	7	20.40	closed
205	105	2024-07-24	8	20.50	active
206	106	2024-07-25	9	20.60	active
207	107	2024-07-26	1	20.70	closed
208	108	2024-07-27	2	20.80	active
209	109	2024-07-28	3	20.90	active
210	110	2024-07-29	4	21.00	closed
211	111	2024-07-30	5	21.10	active
212	112	2024-07-31	6	21.20	active
213	113	2024-08-01	7	21.30	closed
214	114	2024-08-02	8	21.40	active
215	115	2024-08-03	9	21.50	active
216	116	2024-08-04	1	21.60	closed
217	117	2024-08-05	2	21.70	active
218	118	2024-08-06	3	21.80	active
219	119	2024-08-07	4	21.90	closed
220	120	2024-08-08	5	22.00	active
221	121	2024-08-09	6	22.10	active
222	122	2024-08-10	7	22.20	closed
223	123	2024-08-11	8	22.30	active
224	124	2024-08-12	9	22.40	active
225	125	2024-08-13	1	22.50	closed
226	126	2024-08-14	2	22.60	active
227	127	2024-08-15	3	22.70	active
228	128	2024-08-16	4	22.80	closed
229	129	2024-08-17	5	22.90	active
230	130	2024-08-18	6	23.00	active
231	131	2024-08-19	7	23.10	closed
232	132	2024-08-20	8	23.20	active
233	133	2024-08-21	9	23.30	active
234	134	2024-08-22	1	23.40	closed
235	135	2024-08-23	2	23.50	active
236	136	2024-08-24	3	23.60	active
237	137	2024-08-25	4	23.70	closed
238	138	2024-08-26	5	23.80	active
239	139	2024-08-27	6	23.90	active
240	140	2024-08-28	7	24.00	closed
241	141	2024-08-29	8	24.10	active
242	142	2024-08-30	9	24.20	active
243	143	2024-08-31	1	24.30	closed
244	144	2024-09-01	2	24.40	active
245	145	2024-09-02	3	24.50	active
246	146	2024-09-03	4	24.60	closed
247	147	2024-09-04	5	24.70	active
248	148	2024-09-05	6	24.80	active
249	149	2024-09-06	7	24.90	closed
250	150	2024-09-07	8	25.00	active
251	151	2024-09-08	9	25.10	active
252	152	2024-09-09	1	25.20	closed
253	153	2024-09-10	2	25.30	active
254	154	2024-09-11	3	25.40	active
255	155	2024-09-12	4	25.50	closed
256	156	2024-09-13	5	25.60	active
257	157	2024-09-14	6	25.70	active
258	158	2024-09-15	7	25.80	closed
259	159	2024-09-16	8	25.90	active
260	160	2024-09-17	9	26.00	active
261	161	2024-09-18	1	26.10	closed
262	162	2024-09-19	2	26.20	active
263	163	2024-09-20	3	26.30	active
264	164	2024-09-21	4	26.40	closed
265	165	2024-09-22	5	26.50	active
266	166	2024-09-23	6	26.60	active
267	167	2024-09-24	7	26.70	closed
268	168	2024-09-25	8	26.80	active
269	169	2024-09-26	9	26.90	active
270	170	2024-09-27	1	27.00	closed
271	171	2024-09-28	2	27.10	active
272	172	2024-09-29	3	27.20	active
273	173	2024-09-30	4	27.30	closed
274	174	2024-10-01	5	27.40	active
275	175	2024-10-02	6	27.50	active
276	176	2024-10-03	7	27.60	closed
277	177	2024-10-04	8	27.70	active
278	178	2024-10-05	9	27.80	active
279	179	2024-10-06	1	27.90	closed
280	180	2024-10-07	2	28.00	active
281	181	2024-10-08	3	28.10	active
282	182	2024-10-09	4	28.20	closed
283	183	2024-10-10	5	28.30	active
284	184	2024-10-11	6	28.40	active
285	185	2024-10-12	7	28.50	closed
286	186	2024-10-13	8	28.60	active
287	187	2024-10-14	9	28.70	active
288	188	2024-10-15	1	28.80	closed
289	189	2024-10-16	2	28.90	active
290	190	2024-10-17	3	29.00	active
291	191	2024-10-18	4	29.10	closed
292	192	2024-10-19	5	29.20	active
293	193	2024-10-20	6	29.30	active
294	194	2024-10-21	7	29.40	closed
295	195	2024-10-22	8	29.50	active
296	196	2024-10-23	9	29.60	active
297	197	2024-10-24	1	29.70	closed
298	198	2024-10-25	2	29.80	active
299	199	2024-10-26	3	29.90	active
300	200	2024-10-27	4	30.00	closed
301	201	2024-10-28	5	30.10	active
302	202	2024-10-29	6	30.20	active
303	203	2024-10-30	7	30.30	closed
304	204	2024-10-31	8	30.40	active
305	205	2024-11-01	9	30.50	active
306	206	2024-11-02	1	30.60	closed
307	207	2024-11-03	2	30.70	active
308	208	2024-11-04	3	30.80	active
309	209	2024-11-05	4	30.90	closed
310	210	2024-11-06	5	31.00	active
311	211	2024-11-07	6	31.10	active
312	212	2024-11-08	7	31.20	closed
313	213	2024-11-09	8	31.30	active
314	214	2024-11-10	9	31.40	active
315	215	2024-11-11	1	31.50	closed
316	216	2024-11-12	2	31.60	active
317	217	2024-11-13	3	31.70	active
318	218	2024-11-14	4	31.80	closed
319	219	2024-11-15	5	31.90	active
320	220	2024-11-16	6	32.00	active
321	221	2024-11-17	7	32.10	closed
322	222	2024-11-18	8	32.20	active
323	223	2024-11-19	9	32.30	active
324	224	2024-11-20	1	32.40	closed
325	225	2024-11-21	2	32.50	active
326	226	2024-11-22	3	32.60	active
327	227	2024-11-23	4	32.70	closed
328	228	2024-11-24	5	32.80	active
329	229	2024-11-25	6	32.90	active
330	230	2024-11-26	7	33.00	closed
331	231	2024-11-27	8	33.10	active
332	232	2024-11-28	9	33.20	active
333	233	2024-11-29	1	33.30	closed
334	234	2024-11-30	2	33.40	active
335	235	2024-12-01	3	33.50	active
336	236	2024-12-02	4	33.60	closed
337	237	2024-12-03	5	33.70	active
338	238	2024-12-04	6	33.80	active
339	239	2024-12-05	7	33.90	closed
340	240	2024-12-06	8	34.00	active
341	241	2024-12-07	9	34.10	active
342	242	2024-12-08	1	34.20	closed
343	243	2024-12-09	2	34.30	active
344	244	2024-12-10	3	34.40	active
345	245	2024-12-11	4	34.50	closed
346	246	2024-12-12	5	34.60	active
347	247	2024-12-13	6	34.70	active
348	248	2024-12-14	7	34.80	closed
349	249	2024-12-15	8	34.90	active
350	250	2024-12-16	9	35.00	active
351	251	2024-12-17	1	35.10	closed
352	252	2024-12-18	2	35.20	active
353	253	2024-12-19	3	35.30	active
354	254	2024-12-20	4	35.40	closed
355	255	2024-12-21	5	35.50	active
356	256	2024-12-22	6	35.60	active
357	257	2024-12-23	7	35.70	closed
358	258	2024-12-24	8	35.80	active
359	259	2024-12-25	9	35.90	active
360	260	2024-12-26	1	36.00	closed
361	261	2024-12-27	2	36.10	active
362	262	2024-12-28	3	36.20	active
363	263	2024-12-29	4	36.30	closed
364	264	2024-12-30	5	36.40	active
365	265	2024-12-31	6	36.50	active
366	266	2024-01-01	7	36.60	closed
367	267	2024-01-02	8	36.70	active
368	268	2024-01-03	9	36.80	active
369	269	2024-01-04	1	36.90	closed
370	270	2024-01-05	2	37.00	active
371	271	2024-01-06	3	37.10	active
372	272	2024-01-07	4	37.20	closed
373	273	2024-01-08	5	37.30	active
374	274	2024-01-09	6	37.40	active
375	275	2024-01-10	7	37.50	closed
376	276	2024-01-11	8	37.60	active
377	277	2024-01-12	9	37.70	active
378	278	2024-01-13	1	37.80	closed
379	279	2024-01-14	2	37.90	active
380	280	2024-01-15	3	38.00	active
381	281	2024-01-16	4	38.10	closed
382	282	2024-01-17	5	38.20	active
383	283	2024-01-18	6	38.30	active
384	284	2024-01-19	7	38.40	closed
385	285	2024-01-20	8	38.50	active
386	286	2024-01-21	9	38.60	active
387	287	2024-01-22	1	38.70	closed
388	288	2024-01-23	2	38.80	active
389	289	2024-01-24	3	38.90	active
390	290	2024-01-25	4	39.00	closed
391	291	2024-01-26	5	39.10	active
392	292	2024-01-27	6	39.20	active
393	293	2024-01-28	7	39.30	closed
394	294	2024-01-29	8	39.40	active
395	295	2024-01-30	9	39.50	active
396	296	2024-01-31	1	39.60	closed
397	297	2024-02-01	2	39.70	active
398	298	2024-02-02	3	39.80	active
399	299	2024-02-03	4	39.90	closed
400	100	2024-02-04	5	40.00	active
401	101	2024-02-05	6	40.10	active
402	102	2024-02-06	7	40.20	closed
403	103	2024-02-07	8	40.30	active
404	104	2024-02-08	9	40.40	active
405	105	2024-02-09	1	40.50	closed
406	106	2024-02-10	2	40.60	active
407	107	2024-02-11	3	40.70	active
408	108	2024-02-12	4	40.80	closed
409	109	2024-02-13	5	40.90	active
410	110	2024-02-14	6	41.00	active
411	111	2024-02-15	7	41.10	closed
412	112	2024-02-16	8	41.20	active
413	113	2024-02-17	9	41.30	active
414	114	2024-02-18	1	41.40	closed
415	115	2024-02-19	2	41.50	active
416	116	2024-02-20	3	41.60	active
417	117	2024-02-21	4	41.70	closed
418	118	2024-02-22	5	41.80	active
419	119	2024-02-23	6	41.90	active
420	120	2024-02-24	7	42.00	closed
421	121	2024-02-25	8	42.10	active
422	122	2024-02-26	9	42.20	active
423	123	2024-02-27	1	42.30	closed
424	124	2024-02-28	2	42.40	active
425	125	2024-02-29	3	42.50	active
426	126	2024-03-01	4	42.60	closed
427	127	2024-03-02	5	42.70	active
428	128	2024-03-03	6	42.80	active
429	129	2024-03-04	7	42.90	closed
430	130	2024-03-05	8	43.00	active
431	131	2024-03-06	9	43.10	active
432	132	2024-03-07	1	43.20	closed
433	133	2024-03-08	2	43.30	active
434	134	2024-03-09	3	43.40	active
435	135	2024-03-10	4	43.50	closed
436	136	2024-03-11	5	43.60	active
437	137	2024-03-12	6	43.70	active
438	138	2024-03-13	7	43.80	closed
439	139	2024-03-14	8	43.90	active
440	140	2024-03-15	9	44.00	active
441	141	2024-03-16	1	44.10	closed
442	142	2024-03-17	2	44.20	active
443	143	2024-03-18	3	44.30	active
444	144	2024-03-19	4	44.40	closed
445	145	2024-03-20	5	44.50	active
446	146	2024-03-21	6	44.60	active
447	147	2024-03-22	7	44.70	closed
448	148	2024-03-23	8	44.80	active
449	149	2024-03-24	9	44.90	active
450	150	2024-03-25	1	45.00	closed
451	151	2024-03-26	2	45.10	active
452	152	2024-03-27	3	45.20	active
453	153	2024-03-28	4	45.30	closed
454	154	2024-03-29	5	45.40	active
455	155	2024-03-30	6	45.50	active
456	156	2024-03-31	7	45.60	closed
457	157	2024-04-01	8	45.70	active
458	158	2024-04-02	9	45.80	active
459	159	2024-04-03	1	45.90	closed
460	160	2024-04-04	2	46.00	active
461	161	2024-04-05	3	46.10	active
462	162	2024-04-06	4	46.20	closed
463	163	2024-04-07	5	46.30	active
464	164	2024-04-08	6	46.40	active
465	165	2024-04-09	7	46.50	closed
466	166	2024-04-10	8	46.60	active
467	167	2024-04-11	9	46.70	active
468	168	2024-04-12	1	46.80	closed
469	169	2024-04-13	2	46.90	active
470	170	2024-04-14	3	47.00	active
471	171	2024-04-15	4	47.10	closed
472	172	2024-04-16	5	47.20	active
473	173	2024-04-17	6	47.30	active
474	174	2024-04-18	7	47.40	closed
475	175	2024-04-19	8	47.50	active
476	176	2024-04-20	9	47.60	active
477	177	2024-04-21	1	47.70	closed
478	178	2024-04-22	2	47.80	active
479	179	2024-04-23	3	47.90	active
480	180	2024-04-24	4	48.00	closed
481	181	2024-04-25	5	48.10	active
482	182	2024-04-26	6	48.20	active
483	183	2024-04-27	7	48.30	closed
484	184	2024-04-28	8	48.40	active
485	185	2024-04-29	9	48.50	active
486	186	2024-04-30	1	48.60	closed
487	187	2024-05-01	2	48.70	active
488	188	2024-05-02	3	48.80	active
489	189	2024-05-03	4	48.90	closed
490	190	2024-05-04	5	49.00	active
491	191	2024-05-05	6	49.10	active
492	192	2024-05-06	7	49.20	closed
493	193	2024-05-07	8	49.30	active
494	194	2024-05-08	9	49.40	active
495	195	2024-05-09	1	49.50	closed
496	196	2024-05-10	2	49.60	active
497	197	2024-05-11	3	49.70	active
498	198	2024-05-12	4	49.80	closed
499	199	2024-05-13	5	49.90	active
500	200	2024-05-14	6	50.00	active
501	201	2024-05-15	7	50.10	closed
502	202	2024-05-16	8	50.20	active
503	203	2024-05-17	9	50.30	active
504	204	2024-05-18	1	50.40	closed
505	205	2024-05-19	2	50.50	active
506	206	2024-05-20	3	50.60	active
507	207	2024-05-21	4	50.70	closed
508	208	2024-05-22	5	50.80	active
509	209	2024-05-23	6	50.90	active
510	210	2024-05-24	7	51.00	closed
511	211	2024-05-25	8	51.10	active
512	212	2024-05-26	9	51.20	active
513	213	2024-05-27	1	51.30	closed
514	214	2024-05-28	2	51.40	active
515	215	2024-05-29	3	51.50	active
516	216	2024-05-30	4	51.60	closed
517	217	2024-05-31	5	51.70	active
518	218	2024-06-01	6	51.80	active
519	219	2024-06-02	7	51.90	closed
520	220	2024-06-03	8	52.00	active
521	221	2024-06-04	9	52.10	active
522	222	2024-06-05	1	52.20	closed
523	223	2024-06-06	2	52.30	active
524	224	2024-06-07	3	52.40	active
525	225	2024-06-08	4	52.50	closed
526	226	2024-06-09	5	52.60	active
527	227	2024-06-10	6	52.70	active
528	228	2024-06-11	7	52.80	closed
529	229	2024-06-12	8	52.90	active
530	230	2024-06-13	9	53.00	active
531	231	2024-06-14	1	53.10	closed
532	232	2024-06-15	2	53.20	active
533	233	2024-06-16	3	53.30	active
534	234	2024-06-17	4	53.40	closed
535	235	2024-06-18	5	53.50	active
536	236	2024-06-19	6	53.60	active
537	237	2024-06-20	7	53.70	closed
538	238	2024-06-21	8	53.80	active
539	239	2024-06-22	9	53.90	active
540	240	2024-06-23	1	54.00	closed
541	241	2024-06-24	2	54.10	active
542	242	2024-06-25	3	54.20	active
543	243	2024-06-26	4	54.30	closed
544	244	2024-06-27	5	54.40	active
545	245	2024-06-28	6	54.50	active
546	246	2024-06-29	7	54.60	closed
547	247	2024-06-30	8	54.70	active
548	248	2024-07-01	9	54.80	active
549	249	2024-07-02	1	54.90	closed
550	250	2024-07-03	2	55.00	active
551	251	2024-07-04	3	55.10	active
552	252	2024-07-05	4	55.20	closed
553	253	2024-07-06	5	55.30	active
554	254	2024-07-07	6	55.40	active
555	255	2024-07-08	7	55.50	closed
556	256	2024-07-09	8	55.60	active
557	257	2024-07-10	9	55.70	active
558	258	2024-07-11	1	55.80	closed
559	259	2024-07-12	2	55.90	active
560	260	2024-07-13	3	56.00	active
561	261	2024-07-14	4	56.10	closed
562	262	2024-07-15	5	56.20	active
563	263	2024-07-16	6	56.30	active
564	264	2024-07-17	7	56.40	closed
565	265	2024-07-18	8	56.50	active
566	266	2024-07-19	9	56.60	active
567	267	2024-07-20	1	56.70	closed
568	268	2024-07-21	2	56.80	active
569	269	2024-07-22	3	56.90	active
570	270	2024-07-23	4	57.00	closed
571	271	2024-07-24	5	57.10	active
572	272	2024-07-25	6	57.20	active
573	273	2024-07-26	7	57.30	closed
574	274	2024-07-27	8	57.40	active
575	275	2024-07-28	9	57.50	active
576	276	2024-07-29	1	57.60	closed
577	277	2024-07-30	2	57.70	active
578	278	2024-07-31	3	57.80	active
579	279	2024-08-01	4	57.90	closed
580	280	2024-08-02	5	58.00	active
581	281	2024-08-03	6	58.10	active
582	282	2024-08-04	7	58.20	closed
583	283	2024-08-05	8	58.30	active
584	284	2024-08-06	9	58.40	active
585	285	2024-08-07	1	58.50	closed
586	286	2024-08-08	2	58.60	active
587	287	2024-08-09	3	58.70	active
588	288	2024-08-10	4	58.80	closed
589	289	2024-08-11	5	58.90	active
590	290	2024-08-12	6	59.00	active
591	291	2024-08-13	7	59.10	closed
592	292	2024-08-14	8	59.20	active
593	293	2024-08-15	9	59.30	active
594	294	2024-08-16	1	59.40	closed
595	295	2024-08-17	2	59.50	active
596	296	2024-08-18	3	59.60	active
597	297	2024-08-19	4	59.70	closed
598	298	2024-08-20	5	59.80	active
599	299	2024-08-21	6	59.90	active
600	100	2024-08-22	7	60.00	closed
601	101	2024-08-23	8	60.10	active
602	102	2024-08-24	9	60.20	active
603	103	2024-08-25	1	60.30	closed
604	104	2024-08-26	2	60.40	active
605	105	2024-08-27	3	60.50	active
606	106	2024-08-28	4	60.60	closed
607	107	2024-08-29	5	60.70	active
608	108	2024-08-30	6	60.80	active
609	109	2024-08-31	7	60.90	closed
610	110	2024-09-01	8	61.00	active
611	111	2024-09-02	9	61.10	active
612	112	2024-09-03	1	61.20	closed
613	113	2024-09-04	2	61.30	active
614	114	2024-09-05	3	61.40	active
615	115	2024-09-06	4	61.50	closed
616	116	2024-09-07	5	61.60	active
617	117	2024-09-08	6	61.70	active
618	118	2024-09-09	7	61.80	closed
619	119	2024-09-10	8	61.90	active
620	120	2024-09-11	9	62.00	active
621	121	2024-09-12	1	62.10	closed
622	122	2024-09-13	2	62.20	active
623	123	2024-09-14	3	62.30	active
624	124	2024-09-15	4	62.40	closed
625	125	2024-09-16	5	62.50	active
626	126	2024-09-17	6	62.60	active
627	127	2024-09-18	7	62.70	closed
628	128	2024-09-19	8	62.80	active
629	129	2024-09-20	9	62.90	active
630	130	2024-09-21	1	63.00	closed
631	131	2024-09-22	2	63.10	active
632	132	2024-09-23	3	63.20	active
633	133	2024-09-24	4	63.30	closed
634	134	2024-09-25	5	63.40	active
635	135	2024-09-26	6	63.50	active
636	136	2024-09-27	7	63.60	closed
637	137	2024-09-28	8	63.70	active
638	138	2024-09-29	9	63.80	active
639	139	2024-09-30	1	63.90	closed
640	140	2024-10-01	2	64.00	active
641	141	2024-10-02	3	64.10	active
642	142	2024-10-03	4	64.20	closed
643	143	2024-10-04	5	64.30	active
644	144	2024-10-05	6	64.40	active
645	145	2024-10-06	7	64.50	closed
646	146	2024-10-07	8	64.60	active
647	147	2024-10-08	9	64.70	active
648	148	2024-10-09	1	64.80	closed
649	149	2024-10-10	2	64.90	active
650	150	2024-10-11	3	65.00	active
651	151	2024-10-12	4	65.10	closed
652	152	2024-10-13	5	65.20	active
653	153	2024-10-14	6	65.30	active
654	154	2024-10-15	7	65.40	closed
655	155	2024-10-16	8	65.50	active
656	156	2024-10-17	9	65.60	active
657	157	2024-10-18	1	65.70	closed
658	158	2024-10-19	2	65.80	active
659	159	2024-10-20	3	65.90	active
660	160	2024-10-21	4	66.00	closed
661	161	2024-10-22	5	66.10	active
662	162	2024-10-23	6	66.20	active
663	163	2024-10-24	7	66.30	closed
664	164	2024-10-25	8	66.40	active
665	165	2024-10-26	9	66.50	active
666	166	2024-10-27	1	66.60	closed
667	167	2024-10-28	2	66.70	active
668	168	2024-10-29	3	66.80	active
669	169	2024-10-30	4	66.90	closed
670	170	2024-10-31	5	67.00	active
671	171	2024-11-01	6	67.10	active
672	172	2024-11-02	7	67.20	closed
673	173	2024-11-03	8	67.30	active
674	174	2024-11-04	9	67.40	active
675	175	2024-11-05	1	67.50	closed
676	176	2024-11-06	2	67.60	active
677	177	2024-11-07	3	67.70	active
678	178	2024-11-08	4	67.80	closed
679	179	2024-11-09	5	67.90	active
680	180	2024-11-10	6	68.00	active
681	181	2024-11-11	7	68.10	closed
682	182	2024-11-12	8	68.20	active
683	183	2024-11-13	9	68.30	active
684	184	2024-11-14	1	68.40	closed
685	185	2024-11-15	2	68.50	active
686	186	2024-11-16	3	68.60	active
687	187	2024-11-17	4	68.70	closed
688	188	2024-11-18	5	68.80	active
689	189	2024-11-19	6	68.90	active
690	190	2024-11-20	7	69.00	closed
691	191	2024-11-21	8	69.10	active
692	192	2024-11-22	9	69.20	active
693	193	2024-11-23	1	69.30	closed
694	194	2024-11-24	2	69.40	active
695	195	2024-11-25	3	69.50	active
696	196	2024-11-26	4	69.60	closed
697	197	2024-11-27	5	69.70	active
698	198	2024-11-28	6	69.80	active
699	199	2024-11-29	7	69.90	closed
700	200	2024-11-30	8	70.00	active
701	201	2024-12-01	9	70.10	active
702	202	2024-12-02	1	70.20	closed
703	203	2024-12-03	2	70.30	active
704	204	2024-12-04	3	70.40	active
705	205	2024-12-05	4	70.50	closed
706	206	2024-12-06	5	70.60	active
707	207	2024-12-07	6	70.70	active
708	208	2024-12-08	7	70.80	closed
709	209	2024-12-09	8	70.90	active
710	210	2024-12-10	9	71.00	active
711	211	2024-12-11	1	71.10	closed
712	212	2024-12-12	2	71.20	active
713	213	2024-12-13	3	71.30	active
714	214	2024-12-14	4	71.40	closed
715	215	2024-12-15	5	71.50	active
716	216	2024-12-16	6	71.60	active
717	217	2024-12-17	7	71.70	closed
718	218	2024-12-18	8	71.80	active
719	219	2024-12-19	9	71.90	active
720	220	2024-12-20	1	72.00	closed
721	221	2024-12-21	2	72.10	active
722	222	2024-12-22	3	72.20	active
723	223	2024-12-23	4	72.30	closed
724	224	2024-12-24	5	72.40	active
725	225	2024-12-25	6	72.50	active
726	226	2024-12-26	7	72.60	closed
727	227	2024-12-27	8	72.70	active
728	228	2024-12-28	9	72.80	active
729	229	2024-12-29	1	72.90	closed
730	230	2024-12-30	2	73.00	active
731	231	2024-12-31	3	73.10	active
732	232	2024-01-01	4	73.20	closed
733	233	2024-01-02	5	73.30	active
734	234	2024-01-03	6	73.40	active
735	235	2024-01-04	7	73.50	closed
736	236	2024-01-05	8	73.60	active
737	237	2024-01-06	9	73.70	active
738	238	2024-01-07	1	73.80	closed
739	239	2024-01-08	2	73.90	active
740	240	2024-01-09	3	74.00	active
741	241	2024-01-10	4	74.10	closed
742	242	2024-01-11	5	74.20	active
743	243	2024-01-12	6	74.30	active
744	244	2024-01-13	7	74.40	closed
745	245	2024-01-14	8	74.50	active
746	246	2024-01-15	9	74.60	active
747	247	2024-01-16	1	74.70	closed
748	248	2024-01-17	2	74.80	active
749	249	2024-01-18	3	74.90	active
750	250	2024-01-19	4	75.00	closed
751	251	2024-01-20	5	75.10	active
752	252	2024-01-21	6	75.20	active
753	253	2024-01-22	7	75.30	closed
754	254	2024-01-23	8	75.40	active
755	255	2024-01-24	9	75.50	active
756	256	2024-01-25	1	75.60	closed
757	257	2024-01-26	2	75.70	active
758	258	2024-01-27	3	75.80	active
759	259	2024-01-28	4	75.90	closed
760	260	2024-01-29	5	76.00	active
761	261	2024-01-30	6	76.10	active
762	262	2024-01-31	7	76.20	closed
763	263	2024-02-01	8	76.30	active
764	264	2024-02-02	9	76.40	active
765	265	2024-02-03	1	76.50	closed
766	266	2024-02-04	2	76.60	active
767	267	2024-02-05	3	76.70	active
768	268	2024-02-06	4	76.80	closed
769	269	2024-02-07	5	76.90	active
770	270	2024-02-08	6	77.00	active
771	271	2024-02-09	7	77.10	closed
772	272	2024-02-10	8	77.20	active
773	273	2024-02-11	9	77.30	active
774	274	2024-02-12	1	77.40	closed
775	275	2024-02-13	2	77.50	active
776	276	2024-02-14	3	77.60	active
777	277	2024-02-15	4	77.70	closed
778	278	2024-02-16	5	77.80	active
779	279	2024-02-17	6	77.90	active
780	280	2024-02-18	7	78.00	closed
781	281	2024-02-19	8	78.10	active
782	282	2024-02-20	9	78.20	active
783	283	2024-02-21	1	78.30	closed
784	284	2024-02-22	2	78.40	active
785	285	2024-02-23	3	78.50	active
786	286	2024-02-24	4	78.60	closed
787	287	2024-02-25	5	78.70	active
788	288	2024-02-26	6	78.80	active
789	289	2024-02-27	7	78.90	closed
790	290	2024-02-28	8	79.00	active
791	291	2024-02-29	9	79.10	active
792	292	2024-03-01	1	79.20	closed
793	293	2024-03-02	2	79.30	active
794	294	2024-03-03	3	79.40	active
795	295	2024-03-04	4	79.50	closed
796	296	2024-03-05	5	79.60	active
797	297	2024-03-06	6	79.70	active
798	298	2024-03-07	7	79.80	closed
799	299	2024-03-08	8	79.90	active
800	100	2024-03-09	9	80.00	active
801	101	2024-03-10	1	80.10	closed
802	102	2024-03-11	2	80.20	active
803	103	2024-03-12	3	80.30	active
804	104	2024-03-13	4	80.40	closed
805	105	2024-03-14	5	80.50	active
806	106	2024-03-15	6	80.60	active
807	107	2024-03-16	7	80.70	closed
808	108	2024-03-17	8	80.80	active
809	109	2024-03-18	9	80.90	active
810	110	2024-03-19	1	81.00	closed
811	111	2024-03-20	2	81.10	active
812	112	2024-03-21	3	81.20	active
813	113	2024-03-22	4	81.30	closed
814	114	2024-03-23	5	81.40	active
815	115	2024-03-24	6	81.50	active
816	116	2024-03-25	7	81.60	closed
817	117	2024-03-26	8	81.70	active
818	118	2024-03-27	9	81.80	active
819	119	2024-03-28	1	81.90	closed
820	120	2024-03-29	2	82.00	active
821	121	2024-03-30	3	82.10	active
822	122	2024-03-31	4	82.20	closed
823	123	2024-04-01	5	82.30	active
824	124	2024-04-02	6	82.40	active
825	125	2024-04-03	7	82.50	closed
826	126	2024-04-04	8	82.60	active
827	127	2024-04-05	9	82.70	active
828	128	2024-04-06	1	82.80	closed
829	129	2024-04-07	2	82.90	active
830	130	2024-04-08	3	83.00	active
831	131	2024-04-09	4	83.10	closed
832	132	2024-04-10	5	83.20	active
833	133	2024-04-11	6	83.30	active
834	134	2024-04-12	7	83.40	closed
835	135	2024-04-13	8	83.50	active
836	136	2024-04-14	9	83.60	active
837	137	2024-04-15	1	83.70	closed
838	138	2024-04-16	2	83.80	active
839	139	2024-04-17	3	83.90	active
840	140	2024-04-18	4	84.00	closed
841	141	2024-04-19	5	84.10	active
842	142	2024-04-20	6	84.20	active
843	143	2024-04-21	7	84.30	closed
844	144	2024-04-22	8	84.40	active
845	145	2024-04-23	9	84.50	active
846	146	2024-04-24	1	84.60	closed
847	147	2024-04-25	2	84.70	active
848	148	2024-04-26	3	84.80	active
849	149	2024-04-27	4	84.90	closed
850	150	2024-04-28	5	85.00	active
851	151	2024-04-29	6	85.10	active
852	152	2024-04-30	7	85.20	closed
853	153	2024-05-01	8	85.30	active
854	154	2024-05-02	9	85.40	active
855	155	2024-05-03	1	85.50	closed
856	156	2024-05-04	2	85.60	active
857	157	2024-05-05	3	85.70	active
858	158	2024-05-06	4	85.80	closed
859	159	2024-05-07	5	85.90	active
860	160	2024-05-08	6	86.00	active
861	161	2024-05-09	7	86.10	closed
862	162	2024-05-10	8	86.20	active
863	163	2024-05-11	9	86.30	active
864	164	2024-05-12	1	86.40	closed
865	165	2024-05-13	2	86.50	active
866	166	2024-05-14	3	86.60	active
867	167	2024-05-15	4	86.70	closed
868	168	2024-05-16	5	86.80	active
869	169	2024-05-17	6	86.90	active
870	170	2024-05-18	7	87.00	closed
871	171	2024-05-19	8	87.10	active
872	172	2024-05-20	9	87.20	active
873	173	2024-05-21	1	87.30	closed
874	174	2024-05-22	2	87.40	active
875	175	2024-05-23	3	87.50	active
876	176	2024-05-24	4	87.60	closed
877	177	2024-05-25	5	87.70	active
878	178	2024-05-26	6	87.80	active
879	179	2024-05-27	7	87.90	closed
880	180	2024-05-28	8	88.00	active
881	181	2024-05-29	9	88.10	active
882	182	2024-05-30	1	88.20	closed
883	183	2024-05-31	2	88.30	active
884	184	2024-06-01	3	88.40	active
885	185	2024-06-02	4	88.50	closed
886	186	2024-06-03	5	88.60	active
887	187	2024-06-04	6	88.70	active
888	188	2024-06-05	7	88.80	closed
889	189	2024-06-06	8	88.90	active
890	190	2024-06-07	9	89.00	active
891	191	2024-06-08	1	89.10	closed
892	192	2024-06-09	2	89.20	active
893	193	2024-06-10	3	89.30	active
894	194	2024-06-11	4	89.40	closed
895	195	2024-06-12	5	89.50	active
896	196	2024-06-13	6	89.60	active
897	197	2024-06-14	7	89.70	closed
898	198	2024-06-15	8	89.80	active
899	199	2024-06-16	9	89.90	active
900	200	2024-06-17	1	90.00	closed
901	201	2024-06-18	2	90.10	active
902	202	2024-06-19	3	90.20	active
903	203	2024-06-20	4	90.30	closed
904	204	2024-06-21	5	90.40	active
905	205	2024-06-22	6	90.50	active
906	206	2024-06-23	7	90.60	closed
907	207	2024-06-24	8	90.70	active
908	208	2024-06-25	9	90.80	active
909	209	2024-06-26	1	90.90	closed
910	210	2024-06-27	2	91.00	active
911	211	2024-06-28	3	91.10	active
912	212	2024-06-29	4	91.20	closed
913	213	2024-06-30	5	91.30	active
914	214	2024-07-01	6	91.40	active
915	215	2024-07-02	7	91.50	closed
916	216	2024-07-03	8	91.60	active
917	217	2024-07-04	9	91.70	active
918	218	2024-07-05	1	91.80	closed
919	219	2024-07-06	2	91.90	active
920	220	2024-07-07	3	92.00	active
921	221	2024-07-08	4	92.10	closed
922	222	2024-07-09	5	92.20	active
923	223	2024-07-10	6	92.30	active
924	224	2024-07-11	7	92.40	closed
925	225	2024-07-12	8	92.50	active
926	226	2024-07-13	9	92.60	active
927	227	2024-07-14	1	92.70	closed
928	228	2024-07-15	2	92.80	active
929	229	2024-07-16	3	92.90	active
930	230	2024-07-17	4	93.00	closed
931	231	2024-07-18	5	93.10	active
932	232	2024-07-19	6	93.20	active
933	233	2024-07-20	7	93.30	closed
934	234	2024-07-21	8	93.40	active
935	235	2024-07-22	9	93.50	active
936	236	2024-07-23	1	93.60	closed
937	237	2024-07-24	2	93.70	active
938	238	2024-07-25	3	93.80	active
939	239	2024-07-26	4	93.90	closed
940	240	2024-07-27	5	94.00	active
941	241	2024-07-28	6	94.10	active
942	242	2024-07-29	7	94.20	closed
943	243	2024-07-30	8	94.30	active
944	244	2024-07-31	9	94.40	active
945	245	2024-08-01	1	94.50	closed
946	246	2024-08-02	2	94.60	active
947	247	2024-08-03	3	94.70	active
948	248	2024-08-04	4	94.80	closed
949	249	2024-08-05	5	94.90	active
950	250	2024-08-06	6	95.00	active
951	251	2024-08-07	7	95.10	closed
952	252	2024-08-08	8	95.20	active
953	253	2024-08-09	9	95.30	active
954	254	2024-08-10	1	95.40	closed
955	255	2024-08-11	2	95.50	active
956	256	2024-08-12	3	95.60	active
957	257	2024-08-13	4	95.70	closed
958	258	2024-08-14	5	95.80	active
959	259	2024-08-15	6	95.90	active
960	260	2024-08-16	7	96.00	closed
961	261	2024-08-17	8	96.10	active
962	262	2024-08-18	9	96.20	active
963	263	2024-08-19	1	96.30	closed
964	264	2024-08-20	2	96.40	active
965	265	2024-08-21	3	96.50	active
966	266	2024-08-22	4	96.60	closed
967	267	2024-08-23	5	96.70	active
968	268	2024-08-24	6	96.80	active
969	269	2024-08-25	7	96.90	closed
970	270	2024-08-26	8	97.00	active
971	271	2024-08-27	9	97.10	active
972	272	2024-08-28	1	97.20	closed
973	273	2024-08-29	2	97.30	active
974	274	2024-08-30	3	97.40	active
975	275	2024-08-31	4	97.50	closed
976	276	2024-09-01	5	97.60	active
977	277	2024-09-02	6	97.70	active
978	278	2024-09-03	7	97.80	closed
979	279	2024-09-04	8	97.90	active
980	280	2024-09-05	9	98.00	active
981	281	2024-09-06	1	98.10	closed
982	282	2024-09-07	2	98.20	active
983	283	2024-09-08	3	98.30	active
984	284	2024-09-09	4	98.40	closed
985	285	2024-09-10	5	98.50	active
986	286	2024-09-11	6	98.60	active
987	287	2024-09-12	7	98.70	closed
988	288	2024-09-13	8	98.80	active
989	289	2024-09-14	9	98.90	active
990	290	2024-09-15	1	99.00	closed
991	291	2024-09-16	2	99.10	active
992	292	2024-09-17	3	99.20	active
993	293	2024-09-18	4	99.30	closed
994	294	2024-09-19	5	99.40	active
995	295	2024-09-20	6	99.50	active
996	296	2024-09-21	7	99.60	closed
997	297	2024-09-22	8	99.70	active
998	298	2024-09-23	9	99.80	active
999	299	2024-09-24	1	99.90	closed
1000	100	2024-09-25	2	0.00	active
1001	101	2024-09-26	3	0.10	active
1002	102	2024-09-27	4	0.20	closed
1003	103	2024-09-28	5	0.30	active
1004	104	2024-09-29	6	0.40	active
1005	105	2024-09-30	7	0.50	closed
1006	106	2024-10-01	8	0.60	active
1007	107	2024-10-02	9	0.70	active
1008	108	2024-10-03	1	0.80	closed
1009	109	2024-10-04	2	0.90	active
1010	110	2024-10-05	3	1.00	active
1011	111	2024-10-06	4	1.10	closed
1012	112	2024-10-07	5	1.20	active
1013	113	2024-10-08	6	1.30	active
1014	114	2024-10-09	7	1.40	closed
1015	115	2024-10-10	8	1.50	active
1016	116	2024-10-11	9	1.60	active
1017	117	2024-10-12	1	1.70	closed
1018	118	2024-10-13	2	1.80	active
1019	119	2024-10-14	3	1.90	active
1020	120	2024-10-15	4	2.00	closed
1021	121	2024-10-16	5	2.10	active
1022	122	2024-10-17	6	2.20	active
1023	123	2024-10-18	7	2.30	closed
1024	124	2024-10-19	8	2.40	active
1025	125	2024-10-20	9	2.50	active
1026	126	2024-10-21	1	2.60	closed
1027	127	2024-10-22	2	2.70	active
1028	128	2024-10-23	3	2.80	active
1029	129	2024-10-24	4	2.90	closed
1030	130	2024-10-25	5	3.00	active
1031	131	2024-10-26	6	3.10	active
1032	132	2024-10-27	7	3.20	closed
1033	133	2024-10-28	8	3.30	active
1034	134	2024-10-29	9	3.40	active
1035	135	2024-10-30	1	3.50	closed
1036	136	2024-10-31	2	3.60	active
1037	137	2024-11-01	3	3.70	active
1038	138	2024-11-02	4	3.80	closed
1039	139	2024-11-03	5	3.90	active
1040	140	2024-11-04	6	4.00	active
1041	141	2024-11-05	7	4.10	closed
1042	142	2024-11-06	8	4.20	active
1043	143	2024-11-07	9	4.30	active
1044	144	2024-11-08	1	4.40	closed
1045	145	2024-11-09	2	4.50	active
1046	146	2024-11-10	3	4.60	active
1047	147	2024-11-11	4	4.70	closed
1048	148	2024-11-12	5	4.80	active
1049	149	2024-11-13	6	4.90	active
1050	150	2024-11-14	7	5.00	closed
1051	151	2024-11-15	8	5.10	active
1052	152	2024-11-16	9	5.20	active
1053	153	2024-11-17	1	5.30	closed
1054	154	2024-11-18	2	5.40	active
1055	155	2024-11-19	3	5.50	active
1056	156	2024-11-20	4	5.60	closed
1057	157	2024-11-21	5	5.70	active
1058	158	2024-11-22	6	5.80	active
1059	159	2024-11-23	7	5.90	closed
1060	160	2024-11-24	8	6.00	active
1061	161	2024-11-25	9	6.10	active
1062	162	2024-11-26	1	6.20	closed
1063	163	2024-11-27	2	6.30	active
1064	164	2024-11-28	3	6.40	active
1065	165	2024-11-29	4	6.50	closed
1066	166	2024-11-30	5	6.60	active
1067	167	2024-12-01	6	6.70	active
1068	168	2024-12-02	7	6.80	closed
1069	169	2024-12-03	8	6.90	active
1070	170	2024-12-04	9	7.00	active
1071	171	2024-12-05	1	7.10	closed
1072	172	2024-12-06	2	7.20	active
1073	173	2024-12-07	3	7.30	active
1074	174	2024-12-08	4	7.40	closed
1075	175	2024-12-09	5	7.50	active
1076	176	2024-12-10	6	7.60	active
1077	177	2024-12-11	7	7.70	closed
1078	178	2024-12-12	8	7.80	active
1079	179	2024-12-13	9	7.90	active
1080	180	2024-12-14	1	8.00	closed
1081	181	2024-12-15	2	8.10	active
1082	182	2024-12-16	3	8.20	active
1083	183	2024-12-17	4	8.30	closed
1084	184	2024-12-18	5	8.40	active
1085	185	2024-12-19	6	8.50	active
1086	186	2024-12-20	7	8.60	closed
1087	187	2024-12-21	8	8.70	active
1088	188	2024-12-22	9	8.80	active
1089	189	2024-12-23	1	8.90	closed
1090	190	2024-12-24	2	9.00	active
1091	191	2024-12-25	3	9.10	active
1092	192	2024-12-26	4	9.20	closed
1093	193	2024-12-27	5	9.30	active
1094	194	2024-12-28	6	9.40	active
1095	195	2024-12-29	7	9.50	closed
1096	196	2024-12-30	8	9.60	active
1097	197	2024-12-31	9	9.70	active
1098	198	2024-01-01	1	9.80	closed
1099	199	2024-01-02	2	9.90	active
1100	200	2024-01-03	3	10.00	active
1101	201	2024-01-04	4	10.10	closed
1102	202	2024-01-05	5	10.20	active
1103	203	2024-01-06	6	10.30	active
1104	204	2024-01-07	7	10.40	closed
1105	205	2024-01-08	8	10.50	active
1106	206	2024-01-09	9	10.60	active
1107	207	2024-01-10	1	10.70	closed
1108	208	2024-01-11	2	10.80	active
1109	209	2024-01-12	3	10.90	active
1110	210	2024-01-13	4	11.00	closed
1111	211	2024-01-14	5	11.10	active
1112	212	2024-01-15	6	11.20	active
1113	213	2024-01-16	7	11.30	closed
1114	214	2024-01-17	8	11.40	active
1115	215	2024-01-18	9	11.50	active
1116	216	2024-01-19	1	11.60	closed
1117	217	2024-01-20	2	11.70	active
1118	218	2024-01-21	3	11.80	active
1119	219	2024-01-22	4	11.90	closed
1120	220	2024-01-23	5	12.00	active
1121	221	2024-01-24	6	12.10	active
1122	222	2024-01-25	7	12.20	closed
1123	223	2024-01-26	8	12.30	active
1124	224	2024-01-27	9	12.40	active
1125	225	2024-01-28	1	12.50	closed
1126	226	2024-01-29	2	12.60	active
1127	227	2024-01-30	3	12.70	active
1128	228	2024-01-31	4	12.80	closed
1129	229	2024-02-01	5	12.90	active
1130	230	2024-02-02	6	13.00	active
1131	231	2024-02-03	7	13.10	closed
1132	232	2024-02-04	8	13.20	active
1133	233	2024-02-05	9	13.30	active
1134	234	2024-02-06	1	13.40	closed
1135	235	2024-02-07	2	13.50	active
1136	236	2024-02-08	3	13.60	active
1137	237	2024-02-09	4	13.70	closed
1138	238	2024-02-10	5	13.80	active
1139	239	2024-02-11	6	13.90	active
1140	240	2024-02-12	7	14.00	closed
1141	241	2024-02-13	8	14.10	active
1142	242	2024-02-14	9	14.20	active
1143	243	2024-02-15	1	14.30	closed
1144	244	2024-02-16	2	14.40	active
1145	245	2024-02-17	3	14.50	active
1146	246	2024-02-18	4	14.60	closed
1147	247	2024-02-19	5	14.70	active
1148	248	2024-02-20	6	14.80	active
1149	249	2024-02-21	7	14.90	closed
1150	250	2024-02-22	8	15.00	active
1151	251	2024-02-23	9	15.10	active
1152	252	2024-02-24	1	15.20	closed
1153	253	2024-02-25	2	15.30	active
1154	254	2024-02-26	3	15.40	active
1155	255	2024-02-27	4	15.50	closed
1156	256	2024-02-28	5	15.60	active
1157	257	2024-02-29	6	15.70	active
1158	258	2024-03-01	7	15.80	closed
1159	259	2024-03-02	8	15.90	active
1160	260	2024-03-03	9	16.00	active
1161	261	2024-03-04	1	16.10	closed
1162	262	2024-03-05	2	16.20	active
1163	263	2024-03-06	3	16.30	active
1164	264	2024-03-07	4	16.40	closed
1165	265	2024-03-08	5	16.50	active
1166	266	2024-03-09	6	16.60	active
1167	267	2024-03-10	7	16.70	closed
1168	268	2024-03-11	8	16.80	active
1169	269	2024-03-12	9	16.90	active
1170	270	2024-03-13	1	17.00	closed
1171	271	2024-03-14	2	17.10	active
1172	272	2024-03-15	3	17.20	active
1173	273	2024-03-16	4	17.30	closed
1174	274	2024-03-17	5	17.40	active
1175	275	2024-03-18	6	17.50	active
1176	276	2024-03-19	7	17.60	closed
1177	277	2024-03-20	8	17.70	active
1178	278	2024-03-21	9	17.80	active
1179	279	2024-03-22	1	17.90	closed
1180	280	2024-03-23	2	18.00	active
1181	281	2024-03-24	3	18.10	active
1182	282	2024-03-25	4	18.20	closed
1183	283	2024-03-26	5	18.30	active
1184	284	2024-03-27	6	18.40	active
1185	285	2024-03-28	7	18.50	closed
1186	286	2024-03-29	8	18.60	active
1187	287	2024-03-30	9	18.70	active
1188	288	2024-03-31	1	18.80	closed
1189	289	2024-04-01	2	18.90	active
1190	290	2024-04-02	3	19.00	active
1191	291	2024-04-03	4	19.10	closed
1192	292	2024-04-04	5	19.20	active
1193	293	2024-04-05	6	19.30	active
1194	294	2024-04-06	7	19.40	closed
1195	295	2024-04-07	8	19.50	active
1196	296	2024-04-08	9	19.60	active
1197	297	2024-04-09	1	19.70	closed
1198	298	2024-04-10	2	19.80	active
1199	299	2024-04-11	3	19.90	active
1200	100	2024-04-12	4	20.00	closed
1201	101	2024-04-13	5	20.10	active
1202	102	2024-04-14	6	20.20	active
1203	103	2024-04-15	7	20.30	closed
1204	104	2024-04-16	8	20.40	active
1205	105	2024-04-17	9	20.50	active
1206	106	2024-04-18	1	20.60	closed
1207	107	2024-04-19	2	20.70	active
1208	108	2024-04-20	3	20.80	active
1209	109	2024-04-21	4	20.90	closed
1210	110	2024-04-22	5	21.00	active
1211	111	2024-04-23	6	21.10	active
1212	112	2024-04-24	7	21.20	closed
1213	113	2024-04-25	8	21.30	active
1214	114	2024-04-26	9	21.40	active
1215	115	2024-04-27	1	21.50	closed
1216	116	2024-04-28	2	21.60	active
1217	117	2024-04-29	3	21.70	active
1218	118	2024-04-30	4	21.80	closed
1219	119	2024-05-01	5	21.90	active
1220	120	2024-05-02	6	22.00	active
1221	121	2024-05-03	7	22.10	closed
1222	122	2024-05-04	8	22.20	active
1223	123	2024-05-05	9	22.30	active
1224	124	2024-05-06	1	22.40	closed
1225	125	2024-05-07	2	22.50	active
1226	126	2024-05-08	3	22.60	active
1227	127	2024-05-09	4	22.70	closed
1228	128	2024-05-10	5	22.80	active
1229	129	2024-05-11	6	22.90	active
1230	130	2024-05-12	7	23.00	closed
1231	131	2024-05-13	8	23.10	active
1232	132	2024-05-14	9	23.20	active
1233	133	2024-05-15	1	23.30	closed
1234	134	2024-05-16	2	23.40	active
1235	135	2024-05-17	3	23.50	active
1236	136	2024-05-18	4	23.60	closed
1237	137	2024-05-19	5	23.70	active
1238	138	2024-05-20	6	23.80	active
1239	139	2024-05-21	7	23.90	closed
1240	140	2024-05-22	8	24.00	active
1241	141	2024-05-23	9	24.10	active
1242	142	2024-05-24	1	24.20	closed
1243	143	2024-05-25	2	24.30	active
1244	144	2024-05-26	3	24.40	active
1245	145	2024-05-27	4	24.50	closed
1246	146	2024-05-28	5	24.60	active
1247	147	2024-05-29	6	24.70	active
1248	148	2024-05-30	7	24.80	closed
1249	149	2024-05-31	8	24.90	active
1250	150	2024-06-01	9	25.00	active
1251	151	2024-06-02	1	25.10	closed
1252	152	2024-06-03	2	25.20	active
1253	153	2024-06-04	3	25.30	active
1254	154	2024-06-05	4	25.40	closed
1255	155	2024-06-06	5	25.50	active
1256	156	2024-06-07	6	25.60	active
1257	157	2024-06-08	7	25.70	closed
1258	158	2024-06-09	8	25.80	active
1259	159	2024-06-10	9	25.90	active
1260	160	2024-06-11	1	26.00	closed
1261	161	2024-06-12	2	26.10	active
1262	162	2024-06-13	3	26.20	active
1263	163	2024-06-14	4	26.30	closed
1264	164	2024-06-15	5	26.40	active
1265	165	2024-06-16	6	26.50	active
1266	166	2024-06-17	7	26.60	closed
1267	167	2024-06-18	8	26.70	active
1268	168	2024-06-19	9	26.80	active
1269	169	2024-06-20	1	26.90	closed
1270	170	2024-06-21	2	27.00	active
1271	171	2024-06-22	3	27.10	active
1272	172	2024-06-23	4	27.20	closed
1273	173	2024-06-24	5	27.30	active
1274	174	2024-06-25	6	27.40	active
1275	175	2024-06-26	7	27.50	closed
1276	176	2024-06-27	8	27.60	active
1277	177	2024-06-28	9	27.70	active
1278	178	2024-06-29	1	27.80	closed
1279	179	2024-06-30	2	27.90	active
1280	180	2024-07-01	3	28.00	active
1281	181	2024-07-02	4	28.10	closed
1282	182	2024-07-03	5	28.20	active
1283	183	2024-07-04	6	28.30	active
1284	184	2024-07-05	7	28.40	closed
1285	185	2024-07-06	8	28.50	active
1286	186	2024-07-07	9	28.60	active
1287	187	2024-07-08	1	28.70	closed
1288	188	2024-07-09	2	28.80	active
1289	189	2024-07-10	3	28.90	active
1290	190	2024-07-11	4	29.00	closed
1291	191	2024-07-12	5	29.10	active
1292	192	2024-07-13	6	29.20	active
1293	193	2024-07-14	7	29.30	closed
1294	194	2024-07-15	8	29.40	active
1295	195	2024-07-16	9	29.50	active
1296	196	2024-07-17	1	29.60	closed
1297	197	2024-07-18	2	29.70	active
1298	198	2024-07-19	3	29.80	active
1299	199	2024-07-20	4	29.90	closed
1300	200	2024-07-21	5	30.00	active
1301	201	2024-07-22	6	30.10	active
1302	202	2024-07-23	7	30.20	closed
1303	203	2024-07-24	8	30.30	active
1304	204	2024-07-25	9	30.40	active
1305	205	2024-07-26	1	30.50	closed
1306	206	2024-07-27	2	30.60	active
1307	207	2024-07-28	3	30.70	active
1308	208	2024-07-29	4	30.80	closed
1309	209	2024-07-30	5	30.90	active
1310	210	2024-07-31	6	31.00	active
1311	211	2024-08-01	7	31.10	closed
1312	212	2024-08-02	8	31.20	active
1313	213	2024-08-03	9	31.30	active
1314	214	2024-08-04	1	31.40	closed
1315	215	2024-08-05	2	31.50	active
1316	216	2024-08-06	3	31.60	active
1317	217	2024-08-07	4	31.70	closed
1318	218	2024-08-08	5	31.80	active
1319	219	2024-08-09	6	31.90	active
1320	220	2024-08-10	7	32.00	closed
1321	221	2024-08-11	8	32.10	active
1322	222	2024-08-12	9	32.20	active
1323	223	2024-08-13	1	32.30	closed
1324	224	2024-08-14	2	32.40	active
1325	225	2024-08-15	3	32.50	active
1326	226	2024-08-16	4	32.60	closed
1327	227	2024-08-17	5	32.70	active
1328	228	2024-08-18	6	32.80	active
1329	229	2024-08-19	7	32.90	closed
1330	230	2024-08-20	8	33.00	active
1331	231	2024-08-21	9	33.10	active
1332	232	2024-08-22	1	33.20	closed
1333	233	2024-08-23	2	33.30	active
1334	234	2024-08-24	3	33.40	active
1335	235	2024-08-25	4	33.50	closed
1336	236	2024-08-26	5	33.60	active
1337	237	2024-08-27	6	33.70	active
1338	238	2024-08-28	7	33.80	closed
1339	239	2024-08-29	8	33.90	active
1340	240	2024-08-30	9	34.00	active
1341	241	2024-08-31	1	34.10	closed
1342	242	2024-09-01	2	34.20	active
1343	243	2024-09-02	3	34.30	active
1344	244	2024-09-03	4	34.40	closed
1345	245	2024-09-04	5	34.50	active
1346	246	2024-09-05	6	34.60	active
1347	247	2024-09-06	7	34.70	closed
1348	248	2024-09-07	8	34.80	active
1349	249	2024-09-08	9	34.90	active
1350	250	2024-09-09	1	35.00	closed
1351	251	2024-09-10	2	35.10	active
1352	252	2024-09-11	3	35.20	active
1353	253	2024-09-12	4	35.30	closed
1354	254	2024-09-13	5	35.40	active
1355	255	2024-09-14	6	35.50	active
1356	256	2024-09-15	7	35.60	closed
1357	257	2024-09-16	8	35.70	active
1358	258	2024-09-17	9	35.80	active
1359	259	2024-09-18	1	35.90	closed
1360	260	2024-09-19	2	36.00	active
1361	261	2024-09-20	3	36.10	active
1362	262	2024-09-21	4	36.20	closed
1363	263	2024-09-22	5	36.30	active
1364	264	2024-09-23	6	36.40	active
1365	265	2024-09-24	7	36.50	closed
1366	266	2024-09-25	8	36.60	active
1367	267	2024-09-26	9	36.70	active
1368	268	2024-09-27	1	36.80	closed
1369	269	2024-09-28	2	36.90	active
1370	270	2024-09-29	3	37.00	active
1371	271	2024-09-30	4	37.10	closed
1372	272	2024-10-01	5	37.20	active
1373	273	2024-10-02	6	37.30	active
1374	274	2024-10-03	7	37.40	closed
1375	275	2024-10-04	8	37.50	active
1376	276	2024-10-05	9	37.60	active
1377	277	2024-10-06	1	37.70	closed
1378	278	2024-10-07	2	37.80	active
1379	279	2024-10-08	3	37.90	active
1380	280	2024-10-09	4	38.00	closed
1381	281	2024-10-10	5	38.10	active
1382	282	2024-10-11	6	38.20	active
1383	283	2024-10-12	7	38.30	closed
1384	284	2024-10-13	8	38.40	active
1385	285	2024-10-14	9	38.50	active
1386	286	2024-10-15	1	38.60	closed
1387	287	2024-10-16	2	38.70	active
1388	288	2024-10-17	3	38.80	active
1389	289	2024-10-18	4	38.90	closed
1390	290	2024-10-19	5	39.00	active
1391	291	2024-10-20	6	39.10	active
1392	292	2024-10-21	7	39.20	closed
1393	293	2024-10-22	8	39.30	active
1394	294	2024-10-23	9	39.40	active
1395	295	2024-10-24	1	39.50	closed
1396	296	2024-10-25	2	39.60	active
1397	297	2024-10-26	3	39.70	active
1398	298	2024-10-27	4	39.80	closed
1399	299	2024-10-28	5	39.90	active
1400	100	2024-10-29	6	40.00	active
1401	101	2024-10-30	7	40.10	closed
1402	102	2024-10-31	8	40.20	active
1403	103	2024-11-01	9	40.30	active
1404	104	2024-11-02	1	40.40	closed
1405	105	2024-11-03	2	40.50	active
1406	106	2024-11-04	3	40.60	active
1407	107	2024-11-05	4	40.70	closed
1408	108	2024-11-06	5	40.80	active
1409	109	2024-11-07	6	40.90	active
1410	110	2024-11-08	7	41.00	closed
1411	111	2024-11-09	8	41.10	active
1412	112	2024-11-10	9	41.20	active
1413	113	2024-11-11	1	41.30	closed
1414	114	2024-11-12	2	41.40	active
1415	115	2024-11-13	3	41.50	active
1416	116	2024-11-14	4	41.60	closed
1417	117	2024-11-15	5	41.70	active
1418	118	2024-11-16	6	41.80	active
1419	119	2024-11-17	7	41.90	closed
1420	120	2024-11-18	8	42.00	active
1421	121	2024-11-19	9	42.10	active
1422	122	2024-11-20	1	42.20	closed
1423	123	2024-11-21	2	42.30	active
1424	124	2024-11-22	3	42.40	active
1425	125	2024-11-23	4	42.50	closed
1426	126	2024-11-24	5	42.60	active
1427	127	2024-11-25	6	42.70	active
1428	128	2024-11-26	7	42.80	closed
1429	129	2024-11-27	8	42.90	active
1430	130	2024-11-28	9	43.00	active
1431	131	2024-11-29	1	43.10	closed
1432	132	2024-11-30	2	43.20	active
1433	133	2024-12-01	3	43.30	active
1434	134	2024-12-02	4	43.40	closed
1435	135	2024-12-03	5	43.50	active
1436	136	2024-12-04	6	43.60	active
1437	137	2024-12-05	7	43.70	closed
1438	138	2024-12-06	8	43.80	active
1439	139	2024-12-07	9	43.90	active
1440	140	2024-12-08	1	44.00	closed
1441	141	2024-12-09	2	44.10	active
1442	142	2024-12-10	3	44.20	active
1443	143	2024-12-11	4	44.30	closed
1444	144	2024-12-12	5	44.40	active
1445	145	2024-12-13	6	44.50	active
1446	146	2024-12-14	7	44.60	closed
1447	147	2024-12-15	8	44.70	active
1448	148	2024-12-16	9	44.80	active
1449	149	2024-12-17	1	44.90	closed
1450	150	2024-12-18	2	45.00	active
1451	151	2024-12-19	3	45.10	active
1452	152	2024-12-20	4	45.20	closed
1453	153	2024-12-21	5	45.30	active
1454	154	2024-12-22	6	45.40	active
1455	155	2024-12-23	7	45.50	closed
1456	156	2024-12-24	8	45.60	active
1457	157	2024-12-25	9	45.70	active
1458	158	2024-12-26	1	45.80	closed
1459	159	2024-12-27	2	45.90	active
1460	160	2024-12-28	3	46.00	active
1461	161	2024-12-29	4	46.10	closed
1462	162	2024-12-30	5	46.20	active
1463	163	2024-12-31	6	46.30	active
1464	164	2024-01-01	7	46.40	closed
1465	165	2024-01-02	8	46.50	active
1466	166	2024-01-03	9	46.60	active
1467	167	2024-01-04	1	46.70	closed
1468	168	2024-01-05	2	46.80	active
1469	169	2024-01-06	3	46.90	active
1470	170	2024-01-07	4	47.00	closed
1471	171	2024-01-08	5	47.10	active
1472	172	2024-01-09	6	47.20	active
1473	173	2024-01-10	7	47.30	closed
1474	174	2024-01-11	8	47.40	active
1475	175	2024-01-12	9	47.50	active
1476	176	2024-01-13	1	47.60	closed
1477	177	2024-01-14	2	47.70	active
1478	178	2024-01-15	3	47.80	active
1479	179	2024-01-16	4	47.90	closed
1480	180	2024-01-17	5	48.00	active
1481	181	2024-01-18	6	48.10	active
1482	182	2024-01-19	7	48.20	closed
1483	183	2024-01-20	8	48.30	active
1484	184	2024-01-21	9	48.40	active
1485	185	2024-01-22	1	48.50	closed
1486	186	2024-01-23	2	48.60	active
1487	187	2024-01-24	3	48.70	active
1488	188	2024-01-25	4	48.80	closed
1489	189	2024-01-26	5	48.90	active
1490	190	2024-01-27	6	49.00	active
1491	191	2024-01-28	7	49.10	closed
1492	192	2024-01-29	8	49.20	active
1493	193	2024-01-30	9	49.30	active
1494	194	2024-01-31	1	49.40	closed
1495	195	2024-02-01	2	49.50	active
1496	196	2024-02-02	3	49.60	active
1497	197	2024-02-03	4	49.70	closed
1498	198	2024-02-04	5	49.80	active
1499	199	2024-02-05	6	49.90	active
1500	200	2024-02-06	7	50.00	closed
1501	201	2024-02-07	8	50.10	active
1502	202	2024-02-08	9	50.20	active
1503	203	2024-02-09	1	50.30	closed
1504	204	2024-02-10	2	50.40	active
1505	205	2024-02-11	3	50.50	active
1506	206	2024-02-12	4	50.60	closed
1507	207	2024-02-13	5	50.70	active
1508	208	2024-02-14	6	50.80	active
1509	209	2024-02-15	7	50.90	closed
1510	210	2024-02-16	8	51.00	active
1511	211	2024-02-17	9	51.10	active
1512	212	2024-02-18	1	51.20	closed
1513	213	2024-02-19	2	51.30	active
1514	214	2024-02-20	3	51.40	active
1515	215	2024-02-21	4	51.50	closed
1516	216	2024-02-22	5	51.60	active
1517	217	2024-02-23	6	51.70	active
1518	218	2024-02-24	7	51.80	closed
1519	219	2024-02-25	8	51.90	active
1520	220	2024-02-26	9	52.00	active
1521	221	2024-02-27	1	52.10	closed
1522	222	2024-02-28	2	52.20	active
1523	223	2024-02-29	3	52.30	active
1524	224	2024-03-01	4	52.40	closed
1525	225	2024-03-02	5	52.50	active
1526	226	2024-03-03	6	52.60	active
1527	227	2024-03-04	7	52.70	closed
1528	228	2024-03-05	8	52.80	active
1529	229	2024-03-06	9	52.90	active
1530	230	2024-03-07	1	53.00	closed
1531	231	2024-03-08	2	53.10	active
1532	232	2024-03-09	3	53.20	active
1533	233	2024-03-10	4	53.30	closed
1534	234	2024-03-11	5	53.40	active
1535	235	2024-03-12	6	53.50	active
1536	236	2024-03-13	7	53.60	closed
1537	237	2024-03-14	8	53.70	active
1538	238	2024-03-15	9	53.80	active
1539	239	2024-03-16	1	53.90	closed
1540	240	2024-03-17	2	54.00	active
1541	241	2024-03-18	3	54.10	active
1542	242	2024-03-19	4	54.20	closed
1543	243	2024-03-20	5	54.30	active
1544	244	2024-03-21	6	54.40	active
1545	245	2024-03-22	7	54.50	closed
1546	246	2024-03-23	8	54.60	active
1547	247	2024-03-24	9	54.70	active
1548	248	2024-03-25	1	54.80	closed
1549	249	2024-03-26	2	54.90	active
1550	250	2024-03-27	3	55.00	active
1551	251	2024-03-28	4	55.10	closed
1552	252	2024-03-29	5	55.20	active
1553	253	2024-03-30	6	55.30	active
1554	254	2024-03-31	7	55.40	closed
1555	255	2024-04-01	8	55.50	active
1556	256	2024-04-02	9	55.60	active
1557	257	2024-04-03	1	55.70	closed
1558	258	2024-04-04	2	55.80	active
1559	259	2024-04-05	3	55.90	active
1560	260	2024-04-06	4	56.00	closed
1561	261	2024-04-07	5	56.10	active
1562	262	2024-04-08	6	56.20	active
1563	263	2024-04-09	7	56.30	closed
1564	264	2024-04-10	8	56.40	active
1565	265	2024-04-11	9	56.50	active
1566	266	2024-04-12	1	56.60	closed
1567	267	2024-04-13	2	56.70	active
1568	268	2024-04-14	3	56.80	active
1569	269	2024-04-15	4	56.90	closed
1570	270	2024-04-16	5	57.00	active
1571	271	2024-04-17	6	57.10	active
1572	272	2024-04-18	7	57.20	closed
1573	273	2024-04-19	8	57.30	active
1574	274	2024-04-20	9	57.40	active
1575	275	2024-04-21	1	57.50	closed
1576	276	2024-04-22	2	57.60	active
1577	277	2024-04-23	3	57.70	active
1578	278	2024-04-24	4	57.80	closed
1579	279	2024-04-25	5	57.90	active
1580	280	2024-04-26	6	58.00	active
1581	281	2024-04-27	7	58.10	closed
1582	282	2024-04-28	8	58.20	active
1583	283	2024-04-29	9	58.30	active
1584	284	2024-04-30	1	58.40	closed
1585	285	2024-05-01	2	58.50	active
1586	286	2024-05-02	3	58.60	active
1587	287	2024-05-03	4	58.70	closed
1588	288	2024-05-04	5	58.80	active
1589	289	2024-05-05	6	58.90	active
1590	290	2024-05-06	7	59.00	closed
1591	291	2024-05-07	8	59.10	active
1592	292	2024-05-08	9	59.20	active
1593	293	2024-05-09	1	59.30	closed
1594	294	2024-05-10	2	59.40	active
1595	295	2024-05-11	3	59.50	active
1596	296	2024-05-12	4	59.60	closed
1597	297	2024-05-13	5	59.70	active
1598	298	2024-05-14	6	59.80	active
1599	299	2024-05-15	7	59.90	closed
1600	100	2024-05-16	8	60.00	active
1601	101	2024-05-17	9	60.10	active
1602	102	2024-05-18	1	60.20	closed
1603	103	2024-05-19	2	60.30	active
1604	104	2024-05-20	3	60.40	active
1605	105	2024-05-21	4	60.50	closed
1606	106	2024-05-22	5	60.60	active
1607	107	2024-05-23	6	60.70	active
1608	108	2024-05-24	7	60.80	closed
1609	109	2024-05-25	8	60.90	active
1610	110	2024-05-26	9	61.00	active
1611	111	2024-05-27	1	61.10	closed
1612	112	2024-05-28	2	61.20	active
1613	113	2024-05-29	3	61.30	active
1614	114	2024-05-30	4	61.40	closed
1615	115	2024-05-31	5	61.50	active
1616	116	2024-06-01	6	61.60	active
1617	117	2024-06-02	7	61.70	closed
1618	118	2024-06-03	8	61.80	active
1619	119	2024-06-04	9	61.90	active
1620	120	2024-06-05	1	62.00	closed
1621	121	2024-06-06	2	62.10	active
1622	122	2024-06-07	3	62.20	active
1623	123	2024-06-08	4	62.30	closed
1624	124	2024-06-09	5	62.40	active
1625	125	2024-06-10	6	62.50	active
1626	126	2024-06-11	7	62.60	closed
1627	127	2024-06-12	8	62.70	active
1628	128	2024-06-13	9	62.80	active
1629	129	2024-06-14	1	62.90	closed
1630	130	2024-06-15	2	63.00	active
1631	131	2024-06-16	3	63.10	active
1632	132	2024-06-17	4	63.20	closed
1633	133	2024-06-18	5	63.30	active
1634	134	2024-06-19	6	63.40	active
1635	135	2024-06-20	7	63.50	closed
1636	136	2024-06-21	8	63.60	active
1637	137	2024-06-22	9	63.70	active
1638	138	2024-06-23	1	63.80	closed
1639	139	2024-06-24	2	63.90	active
1640	140	2024-06-25	3	64.00	active
1641	141	2024-06-26	4	64.10	closed
1642	142	2024-06-27	5	64.20	active
1643	143	2024-06-28	6	64.30	active
1644	144	2024-06-29	7	64.40	closed
1645	145	2024-06-30	8	64.50	active
1646	146	2024-07-01	9	64.60	active
1647	147	2024-07-02	1	64.70	closed
1648	148	2024-07-03	2	64.80	active
1649	149	2024-07-04	3	64.90	active
1650	150	2024-07-05	4	65.00	closed
1651	151	2024-07-06	5	65.10	active
1652	152	2024-07-07	6	65.20	active
1653	153	2024-07-08	7	65.30	closed
1654	154	2024-07-09	8	65.40	active
1655	155	2024-07-10	9	65.50	active
1656	156	2024-07-11	1	65.60	closed
1657	157	2024-07-12	2	65.70	active
1658	158	2024-07-13	3	65.80	active
1659	159	2024-07-14	4	65.90	closed
1660	160	2024-07-15	5	66.00	active
1661	161	2024-07-16	6	66.10	active
1662	162	2024-07-17	7	66.20	closed
1663	163	2024-07-18	8	66.30	active
1664	164	2024-07-19	9	66.40	active
1665	165	2024-07-20	1	66.50	closed
1666	166	2024-07-21	2	66.60	active
1667	167	2024-07-22	3	66.70	active
1668	168	2024-07-23	4	66.80	closed
1669	169	2024-07-24	5	66.90	active
1670	170	2024-07-25	6	67.00	active
1671	171	2024-07-26	7	67.10	closed
1672	172	2024-07-27	8	67.20	active
1673	173	2024-07-28	9	67.30	active
1674	174	2024-07-29	1	67.40	closed
1675	175	2024-07-30	2	67.50	active
1676	176	2024-07-31	3	67.60	active
1677	177	2024-08-01	4	67.70	closed
1678	178	2024-08-02	5	67.80	active
1679	179	2024-08-03	6	67.90	active
1680	180	2024-08-04	7	68.00	closed
1681	181	2024-08-05	8	68.10	active
1682	182	2024-08-06	9	68.20	active
1683	183	2024-08-07	1	68.30	closed
1684	184	2024-08-08	2	68.40	active
1685	185	2024-08-09	3	68.50	active
1686	186	2024-08-10	4	68.60	closed
1687	187	2024-08-11	5	68.70	active
1688	188	2024-08-12	6	68.80	active
1689	189	2024-08-13	7	68.90	closed
1690	190	2024-08-14	8	69.00	active
1691	191	2024-08-15	9	69.10	active
1692	192	2024-08-16	1	69.20	closed
1693	193	2024-08-17	2	69.30	active
1694	194	2024-08-18	3	69.40	active
1695	195	2024-08-19	4	69.50	closed
1696	196	2024-08-20	5	69.60	active
1697	197	2024-08-21	6	69.70	active
1698	198	2024-08-22	7	69.80	closed
1699	199	2024-08-23	8	69.90	active
1700	200	2024-08-24	9	70.00	active
1701	201	2024-08-25	1	70.10	closed
1702	202	2024-08-26	2	70.20	active
1703	203	2024-08-27	3	70.30	active
1704	204	2024-08-28	4	70.40	closed
1705	205	2024-08-29	5	70.50	active
1706	206	2024-08-30	6	70.60	active
1707	207	2024-08-31	7	70.70	closed
1708	208	2024-09-01	8	70.80	active
1709	209	2024-09-02	9	70.90	active
1710	210	2024-09-03	1	71.00	closed
1711	211	2024-09-04	2	71.10	active
1712	212	2024-09-05	3	71.20	active
1713	213	2024-09-06	4	71.30	closed
1714	214	2024-09-07	5	71.40	active
1715	215	2024-09-08	6	71.50	active
1716	216	2024-09-09	7	71.60	closed
1717	217	2024-09-10	8	71.70	active
1718	218	2024-09-11	9	71.80	active
1719	219	2024-09-12	1	71.90	closed
1720	220	2024-09-13	2	72.00	active
1721	221	2024-09-14	3	72.10	active
1722	222	2024-09-15	4	72.20	closed
1723	223	2024-09-16	5	72.30	active
1724	224	2024-09-17	6	72.40	active
1725	225	2024-09-18	7	72.50	closed
1726	226	2024-09-19	8	72.60	active
1727	227	2024-09-20	9	72.70	active
1728	228	2024-09-21	1	72.80	closed
1729	229	2024-09-22	2	72.90	active
1730	230	2024-09-23	3	73.00	active
1731	231	2024-09-24	4	73.10	closed
1732	232	2024-09-25	5	73.20	active
1733	233	2024-09-26	6	73.30	active
1734	234	2024-09-27	7	73.40	closed
1735	235	2024-09-28	8	73.50	active
1736	236	2024-09-29	9	73.60	active
1737	237	2024-09-30	1	73.70	closed
1738	238	2024-10-01	2	73.80	active
1739	239	2024-10-02	3	73.90	active
1740	240	2024-10-03	4	74.00	closed
1741	241	2024-10-04	5	74.10	active
1742	242	2024-10-05	6	74.20	active
1743	243	2024-10-06	7	74.30	closed
1744	244	2024-10-07	8	74.40	active
1745	245	2024-10-08	9	74.50	active
1746	246	2024-10-09	1	74.60	closed
1747	247	2024-10-10	2	74.70	active
1748	248	2024-10-11	3	74.80	active
1749	249	2024-10-12	4	74.90	closed
1750	250	2024-10-13	5	75.00	active
1751	251	2024-10-14	6	75.10	active
1752	252	2024-10-15	7	75.20	closed
1753	253	2024-10-16	8	75.30	active
1754	254	2024-10-17	9	75.40	active
1755	255	2024-10-18	1	75.50	closed
1756	256	2024-10-19	2	75.60	active
1757	257	2024-10-20	3	75.70	active
1758	258	2024-10-21	4	75.80	closed
1759	259	2024-10-22	5	75.90	active
1760	260	2024-10-23	6	76.00	active
1761	261	2024-10-24	7	76.10	closed
1762	262	2024-10-25	8	76.20	active
1763	263	2024-10-26	9	76.30	active
1764	264	2024-10-27	1	76.40	closed
1765	265	2024-10-28	2	76.50	active
1766	266	2024-10-29	3	76.60	active
1767	267	2024-10-30	4	76.70	closed
1768	268	2024-10-31	5	76.80	active
1769	269	2024-11-01	6	76.90	active
1770	270	2024-11-02	7	77.00	closed
1771	271	2024-11-03	8	77.10	active
1772	272	2024-11-04	9	77.20	active
1773	273	2024-11-05	1	77.30	closed
1774	274	2024-11-06	2	77.40	active
1775	275	2024-11-07	3	77.50	active
1776	276	2024-11-08	4	77.60	closed
1777	277	2024-11-09	5	77.70	active
1778	278	2024-11-10	6	77.80	active
1779	279	2024-11-11	7	77.90	closed
1780	280	2024-11-12	8	78.00	active
1781	281	2024-11-13	9	78.10	active
1782	282	2024-11-14	1	78.20	closed
1783	283	2024-11-15	2	78.30	active
1784	284	2024-11-16	3	78.40	active
1785	285	2024-11-17	4	78.50	closed
1786	286	2024-11-18	5	78.60	active
1787	287	2024-11-19	6	78.70	active
1788	288	2024-11-20	7	78.80	closed
1789	289	2024-11-21	8	78.90	active
1790	290	2024-11-22	9	79.00	active
1791	291	2024-11-23	1	79.10	closed
1792	292	2024-11-24	2	79.20	active
1793	293	2024-11-25	3	79.30	active
1794	294	2024-11-26	4	79.40	closed
1795	295	2024-11-27	5	79.50	active
1796	296	2024-11-28	6	79.60	active
1797	297	2024-11-29	7	79.70	closed
1798	298	2024-11-30	8	79.80	active
1799	299	2024-12-01	9	79.90	active
1800	100	2024-12-02	1	80.00	closed
1801	101	2024-12-03	2	80.10	active
1802	102	2024-12-04	3	80.20	active
1803	103	2024-12-05	4	80.30	closed
1804	104	2024-12-06	5	80.40	active
1805	105	2024-12-07	6	80.50	active
1806	106	2024-12-08	7	80.60	closed
1807	107	2024-12-09	8	80.70	active
1808	108	2024-12-10	9	80.80	active
1809	109	2024-12-11	1	80.90	closed
1810	110	2024-12-12	2	81.00	active
1811	111	2024-12-13	3	81.10	active
1812	112	2024-12-14	4	81.20	closed
1813	113	2024-12-15	5	81.30	active
1814	114	2024-12-16	6	81.40	active
1815	115	2024-12-17	7	81.50	closed
1816	116	2024-12-18	8	81.60	active
1817	117	2024-12-19	9	81.70	active
1818	118	2024-12-20	1	81.80	closed
1819	119	2024-12-21	2	81.90	active
1820	120	2024-12-22	3	82.00	active
1821	121	2024-12-23	4	82.10	closed
1822	122	2024-12-24	5	82.20	active
1823	123	2024-12-25	6	82.30	active
1824	124	2024-12-26	7	82.40	closed
1825	125	2024-12-27	8	82.50	active
1826	126	2024-12-28	9	82.60	active
1827	127	2024-12-29	1	82.70	closed
1828	128	2024-12-30	2	82.80	active
1829	129	2024-12-31	3	82.90	active
1830	130	2024-01-01	4	83.00	closed
1831	131	2024-01-02	5	83.10	active
1832	132	2024-01-03	6	83.20	active
1833	133	2024-01-04	7	83.30	closed
1834	134	2024-01-05	8	83.40	active
1835	135	2024-01-06	9	83.50	active
1836	136	2024-01-07	1	83.60	closed
1837	137	2024-01-08	2	83.70	active
1838	138	2024-01-09	3	83.80	active
1839	139	2024-01-10	4	83.90	closed
1840	140	2024-01-11	5	84.00	active
1841	141	2024-01-12	6	84.10	active
1842	142	2024-01-13	7	84.20	closed
1843	143	2024-01-14	8	84.30	active
1844	144	2024-01-15	9	84.40	active
1845	145	2024-01-16	1	84.50	closed
1846	146	2024-01-17	2	84.60	active
1847	147	2024-01-18	3	84.70	active
1848	148	2024-01-19	4	84.80	closed
1849	149	2024-01-20	5	84.90	active
1850	150	2024-01-21	6	85.00	active
1851	151	2024-01-22	7	85.10	closed
1852	152	2024-01-23	8	85.20	active
1853	153	2024-01-24	9	85.30	active
1854	154	2024-01-25	1	85.40	closed
1855	155	2024-01-26	2	85.50	active
1856	156	2024-01-27	3	85.60	active
1857	157	2024-01-28	4	85.70	closed
1858	158	2024-01-29	5	85.80	active
1859	159	2024-01-30	6	85.90	active
1860	160	2024-01-31	7	86.00	closed
1861	161	2024-02-01	8	86.10	active
1862	162	2024-02-02	9	86.20	active
1863	163	2024-02-03	1	86.30	closed
1864	164	2024-02-04	2	86.40	active
1865	165	2024-02-05	3	86.50	active
1866	166	2024-02-06	4	86.60	closed
1867	167	2024-02-07	5	86.70	active
1868	168	2024-02-08	6	86.80	active
1869	169	2024-02-09	7	86.90	closed
1870	170	2024-02-10	8	87.00	active
1871	171	2024-02-11	9	87.10	active
1872	172	2024-02-12	1	87.20	closed
1873	173	2024-02-13	2	87.30	active
1874	174	2024-02-14	3	87.40	active
1875	175	2024-02-15	4	87.50	closed
1876	176	2024-02-16	5	87.60	active
1877	177	2024-02-17	6	87.70	active
1878	178	2024-02-18	7	87.80	closed
1879	179	2024-02-19	8	87.90	active
1880	180	2024-02-20	9	88.00	active
1881	181	2024-02-21	1	88.10	closed
1882	182	2024-02-22	2	88.20	active
1883	183	2024-02-23	3	88.30	active
1884	184	2024-02-24	4	88.40	closed
1885	185	2024-02-25	5	88.50	active
1886	186	2024-02-26	6	88.60	active
1887	187	2024-02-27	7	88.70	closed
1888	188	2024-02-28	8	88.80	active
1889	189	2024-02-29	9	88.90	active
1890	190	2024-03-01	1	89.00	closed
1891	191	2024-03-02	2	89.10	active
1892	192	2024-03-03	3	89.20	active
1893	193	2024-03-04	4	89.30	closed
1894	194	2024-03-05	5	89.40	active
1895	195	2024-03-06	6	89.50	active
1896	196	2024-03-07	7	89.60	closed
1897	197	2024-03-08	8	89.70	active
1898	198	2024-03-09	9	89.80	active
1899	199	2024-03-10	1	89.90	closed
1900	200	2024-03-11	2	90.00	active
1901	201	2024-03-12	3	90.10	active
1902	202	2024-03-13	4	90.20	closed
1903	203	2024-03-14	5	90.30	active
1904	204	2024-03-15	6	90.40	active
1905	205	2024-03-16	7	90.50	closed
1906	206	2024-03-17	8	90.60	active
1907	207	2024-03-18	9	90.70	active
1908	208	2024-03-19	1	90.80	closed
1909	209	2024-03-20	2	90.90	active
1910	210	2024-03-21	3	91.00	active
1911	211	2024-03-22	4	91.10	closed
1912	212	2024-03-23	5	91.20	active
1913	213	2024-03-24	6	91.30	active
1914	214	2024-03-25	7	91.40	closed
1915	215	2024-03-26	8	91.50	active
1916	216	2024-03-27	9	91.60	active
1917	217	2024-03-28	1	91.70	closed
1918	218	2024-03-29	2	91.80	active
1919	219	2024-03-30	3	91.90	active
1920	220	2024-03-31	4	92.00	closed
1921	221	2024-04-01	5	92.10	active
1922	222	2024-04-02	6	92.20	active
1923	223	2024-04-03	7	92.30	closed
1924	224	2024-04-04	8	92.40	active
1925	225	2024-04-05	9	92.50	active
1926	226	2024-04-06	1	92.60	closed
1927	227	2024-04-07	2	92.70	active
1928	228	2024-04-08	3	92.80	active
1929	229	2024-04-09	4	92.90	closed
1930	230	2024-04-10	5	93.00	active
1931	231	2024-04-11	6	93.10	active
1932	232	2024-04-12	7	93.20	closed
1933	233	2024-04-13	8	93.30	active
1934	234	2024-04-14	9	93.40	active
1935	235	2024-04-15	1	93.50	closed
1936	236	2024-04-16	2	93.60	active
1937	237	2024-04-17	3	93.70	active
1938	238	2024-04-18	4	93.80	closed
1939	239	2024-04-19	5	93.90	active
1940	240	2024-04-20	6	94.00	active
1941	241	2024-04-21	7	94.10	closed
1942	242	2024-04-22	8	94.20	active
1943	243	2024-04-23	9	94.30	active
1944	244	2024-04-24	1	94.40	closed
1945	245	2024-04-25	2	94.50	active
1946	246	2024-04-26	3	94.60	active
1947	247	2024-04-27	4	94.70	closed
1948	248	2024-04-28	5	94.80	active
1949	249	2024-04-29	6	94.90	active
1950	250	2024-04-30	7	95.00	closed
1951	251	2024-05-01	8	95.10	active
1952	252	2024-05-02	9	95.20	active
1953	253	2024-05-03	1	95.30	closed
1954	254	2024-05-04	2	95.40	active
1955	255	2024-05-05	3	95.50	active
1956	256	2024-05-06	4	95.60	closed
1957	257	2024-05-07	5	95.70	active
1958	258	2024-05-08	6	95.80	active
1959	259	2024-05-09	7	95.90	closed
1960	260	2024-05-10	8	96.00	active
1961	261	2024-05-11	9	96.10	active
1962	262	2024-05-12	1	96.20	closed
1963	263	2024-05-13	2	96.30	active
1964	264	2024-05-14	3	96.40	active
1965	265	2024-05-15	4	96.50	closed
1966	266	2024-05-16	5	96.60	active
1967	267	2024-05-17	6	96.70	active
1968	268	2024-05-18	7	96.80	closed
1969	269	2024-05-19	8	96.90	active
1970	270	2024-05-20	9	97.00	active
1971	271	2024-05-21	1	97.10	closed
1972	272	2024-05-22	2	97.20	active
1973	273	2024-05-23	3	97.30	active
1974	274	2024-05-24	4	97.40	closed
1975	275	2024-05-25	5	97.50	active
1976	276	2024-05-26	6	97.60	active
1977	277	2024-05-27	7	97.70	closed
1978	278	2024-05-28	8	97.80	active
1979	279	2024-05-29	9	97.90	active
1980	280	2024-05-30	1	98.00	closed
1981	281	2024-05-31	2	98.10	active
1982	282	2024-06-01	3	98.20	active
1983	283	2024-06-02	4	98.30	closed
1984	284	2024-06-03	5	98.40	active
1985	285	2024-06-04	6	98.50	active
1986	286	2024-06-05	7	98.60	closed
1987	287	2024-06-06	8	98.70	active
1988	288	2024-06-07	9	98.80	active
1989	289	2024-06-08	1	98.90	closed
1990	290	2024-06-09	2	99.00	active
1991	291	2024-06-10	3	99.10	active
1992	292	2024-06-11	4	99.20	closed
1993	293	2024-06-12	5	99.30	active
1994	294	2024-06-13	6	99.40	active
1995	295	2024-06-14	7	99.50	closed
1996	296	2024-06-15	8	99.60	active
1997	297	2024-06-16	9	99.70	active
1998	298	2024-06-17	1	99.80	closed
1999	299	2024-06-18	2	99.90	active
2000	100	2024-06-19	3	0.00	active
2001	101	2024-06-20	4	0.10	closed
2002	102	2024-06-21	5	0.20	active
2003	103	2024-06-22	6	0.30	active
2004	104	2024-06-23	7	0.40	closed
2005	105	2024-06-24	8	0.50	active
2006	106	2024-06-25	9	0.60	active
2007	107	2024-06-26	1	0.70	closed
2008	108	2024-06-27	2	0.80	active
2009	109	2024-06-28	3	0.90	active
2010	110	2024-06-29	4	1.00	closed
2011	111	2024-06-30	5	1.10	active
2012	112	2024-07-01	6	1.20	active
2013	113	2024-07-02	7	1.30	closed
2014	114	2024-07-03	8	1.40	active
2015	115	2024-07-04	9	1.50	active
2016	116	2024-07-05	1	1.60	closed
2017	117	2024-07-06	2	1.70	active
2018	118	2024-07-07	3	1.80	active
2019	119	2024-07-08	4	1.90	closed
2020	120	2024-07-09	5	2.00	active
2021	121	2024-07-10	6	2.10	active
2022	122	2024-07-11	7	2.20	closed
2023	123	2024-07-12	8	2.30	active
2024	124	2024-07-13	9	2.40	active
2025	125	2024-07-14	1	2.50	closed
2026	126	2024-07-15	2	2.60	active
2027	127	2024-07-16	3	2.70	active
2028	128	2024-07-17	4	2.80	closed
2029	129	2024-07-18	5	2.90	active
2030	130	2024-07-19	6	3.00	active
2031	131	2024-07-20	7	3.10	closed
2032	132	2024-07-21	8	3.20	active
2033	133	2024-07-22	9	3.30	active
2034	134	2024-07-23	1	3.40	closed
2035	135	2024-07-24	2	3.50	active
2036	136	2024-07-25	3	3.60	active
2037	137	2024-07-26	4	3.70	closed
2038	138	2024-07-27	5	3.80	active
2039	139	2024-07-28	6	3.90	active
2040	140	2024-07-29	7	4.00	closed
2041	141	2024-07-30	8	4.10	active
2042	142	2024-07-31	9	4.20	active
2043	143	2024-08-01	1	4.30	closed
2044	144	2024-08-02	2	4.40	active
2045	145	2024-08-03	3	4.50	active
2046	146	2024-08-04	4	4.60	closed
2047	147	2024-08-05	5	4.70	active
2048	148	2024-08-06	6	4.80	active
2049	149	2024-08-07	7	4.90	closed
2050	150	2024-08-08	8	5.00	active
2051	151	2024-08-09	9	5.10	active
2052	152	2024-08-10	1	5.20	closed
2053	153	2024-08-11	2	5.30	active
2054	154	2024-08-12	3	5.40	active
2055	155	2024-08-13	4	5.50	closed
2056	156	2024-08-14	5	5.60	active
2057	157	2024-08-15	6	5.70	active
2058	158	2024-08-16	7	5.80	closed
2059	159	2024-08-17	8	5.90	active
2060	160	2024-08-18	9	6.00	active
2061	161	2024-08-19	1	6.10	closed
2062	162	2024-08-20	2	6.20	active
2063	163	2024-08-21	3	6.30	active
2064	164	2024-08-22	4	6.40	closed
2065	165	2024-08-23	5	6.50	active
2066	166	2024-08-24	6	6.60	active
2067	167	2024-08-25	7	6.70	closed
2068	168	2024-08-26	8	6.80	active
2069	169	2024-08-27	9	6.90	active
2070	170	2024-08-28	1	7.00	closed
2071	171	2024-08-29	2	7.10	active
2072	172	2024-08-30	3	7.20	active
2073	173	2024-08-31	4	7.30	closed
2074	174	2024-09-01	5	7.40	active
2075	175	2024-09-02	6	7.50	active
2076	176	2024-09-03	7	7.60	closed
2077	177	2024-09-04	8	7.70	active
2078	178	2024-09-05	9	7.80	active
2079	179	2024-09-06	1	7.90	closed
2080	180	2024-09-07	2	8.00	active
2081	181	2024-09-08	3	8.10	active
2082	182	2024-09-09	4	8.20	closed
2083	183	2024-09-10	5	8.30	active
2084	184	2024-09-11	6	8.40	active
2085	185	2024-09-12	7	8.50	closed
2086	186	2024-09-13	8	8.60	active
2087	187	2024-09-14	9	8.70	active
2088	188	2024-09-15	1	8.80	closed
2089	189	2024-09-16	2	8.90	active
2090	190	2024-09-17	3	9.00	active
2091	191	2024-09-18	4	9.10	closed
2092	192	2024-09-19	5	9.20	active
2093	193	2024-09-20	6	9.30	active
2094	194	2024-09-21	7	9.40	closed
2095	195	2024-09-22	8	9.50	active
2096	196	2024-09-23	9	9.60	active
2097	197	2024-09-24	1	9.70	closed
2098	198	2024-09-25	2	9.80	active
2099	199	2024-09-26	3	9.90	active
2100	200	2024-09-27	4	10.00	closed
2101	201	2024-09-28	5	10.10	active
2102	202	2024-09-29	6	10.20	active
2103	203	2024-09-30	7	10.30	closed
2104	204	2024-10-01	8	10.40	active
2105	205	2024-10-02	9	10.50	active
2106	206	2024-10-03	1	10.60	closed
2107	207	2024-10-04	2	10.70	active
2108	208	2024-10-05	3	10.80	active
2109	209	2024-10-06	4	10.90	closed
2110	210	2024-10-07	5	11.00	active
2111	211	2024-10-08	6	11.10	active
2112	212	2024-10-09	7	11.20	closed
2113	213	2024-10-10	8	11.30	active
2114	214	2024-10-11	9	11.40	active
2115	215	2024-10-12	1	11.50	closed
2116	216	2024-10-13	2	11.60	active
2117	217	2024-10-14	3	11.70	active
2118	218	2024-10-15	4	11.80	closed
2119	219	2024-10-16	5	11.90	active
2120	220	2024-10-17	6	12.00	active
2121	221	2024-10-18	7	12.10	closed
2122	222	2024-10-19	8	12.20	active
2123	223	2024-10-20	9	12.30	active
2124	224	2024-10-21	1	12.40	closed
2125	225	2024-10-22	2	12.50	active
2126	226	2024-10-23	3	12.60	active
2127	227	2024-10-24	4	12.70	closed
2128	228	2024-10-25	5	12.80	active
2129	229	2024-10-26	6	12.90	active
2130	230	2024-10-27	7	13.00	closed
2131	231	2024-10-28	8	13.10	active
2132	232	2024-10-29	9	13.20	active
2133	233	2024-10-30	1	13.30	closed
2134	234	2024-10-31	2	13.40	active
2135	235	2024-11-01	3	13.50	active
2136	236	2024-11-02	4	13.60	closed
2137	237	2024-11-03	5	13.70	active
2138	238	2024-11-04	6	13.80	active
2139	239	2024-11-05	7	13.90	closed
2140	240	2024-11-06	8	14.00	active
2141	241	2024-11-07	9	14.10	active
2142	242	2024-11-08	1	14.20	closed
2143	243	2024-11-09	2	14.30	active
2144	244	2024-11-10	3	14.40	active
2145	245	2024-11-11	4	14.50	closed
2146	246	2024-11-12	5	14.60	active
2147	247	2024-11-13	6	14.70	active
2148	248	2024-11-14	7	14.80	closed
2149	249	2024-11-15	8	14.90	active
2150	250	2024-11-16	9	15.00	active
2151	251	2024-11-17	1	15.10	closed
2152	252	2024-11-18	2	15.20	active
2153	253	2024-11-19	3	15.30	active
2154	254	2024-11-20	4	15.40	closed
2155	255	2024-11-21	5	15.50	active
2156	256	2024-11-22	6	15.60	active
2157	257	2024-11-23	7	15.70	closed
2158	258	2024-11-24	8	15.80	active
2159	259	2024-11-25	9	15.90	active
2160	260	2024-11-26	1	16.00	closed
2161	261	2024-11-27	2	16.10	active
2162	262	2024-11-28	3	16.20	active
2163	263	2024-11-29	4	16.30	closed
2164	264	2024-11-30	5	16.40	active
2165	265	2024-12-01	6	16.50	active
2166	266	2024-12-02	7	16.60	closed
2167	267	2024-12-03	8	16.70	active
2168	268	2024-12-04	9	16.80	active
2169	269	2024-12-05	1	16.90	closed
2170	270	2024-12-06	2	17.00	active
2171	271	2024-12-07	3	17.10	active
2172	272	2024-12-08	4	17.20	closed
2173	273	2024-12-09	5	17.30	active
2174	274	2024-12-10	6	17.40	active
2175	275	2024-12-11	7	17.50	closed
2176	276	2024-12-12	8	17.60	active
2177	277	2024-12-13	9	17.70	active
2178	278	2024-12-14	1	17.80	closed
2179	279	2024-12-15	2	17.90	active
2180	280	2024-12-16	3	18.00	active
2181	281	2024-12-17	4	18.10	closed
2182	282	2024-12-18	5	18.20	active
2183	283	2024-12-19	6	18.30	active
2184	284	2024-12-20	7	18.40	closed
2185	285	2024-12-21	8	18.50	active
2186	286	2024-12-22	9	18.60	active
2187	287	2024-12-23	1	18.70	closed
2188	288	2024-12-24	2	18.80	active
2189	289	2024-12-25	3	18.90	active
2190	290	2024-12-26	4	19.00	closed
2191	291	2024-12-27	5	19.10	active
2192	292	2024-12-28	6	19.20	active
2193	293	2024-12-29	7	19.30	closed
2194	294	2024-12-30	8	19.40	active
2195	295	2024-12-31	9	19.50	active
2196	296	2024-01-01	1	19.60	closed
2197	297	2024-01-02	2	19.70	active
2198	298	2024-01-03	3	19.80	active
2199	299	2024-01-04	4	19.90	closed
2200	100	2024-01-05	5	20.00	active
2201	101	2024-01-06	6	20.10	active
2202	102	2024-01-07	7	20.20	closed
2203	103	2024-01-08	8	20.30	active
2204	104	2024-01-09	9	20.40	active
2205	105	2024-01-10	1	20.50	closed
2206	106	2024-01-11	2	20.60	active
2207	107	2024-01-12	3	20.70	active
2208	108	2024-01-13	4	20.80	closed
2209	109	2024-01-14	5	20.90	active
2210	110	2024-01-15	6	21.00	active
2211	111	2024-01-16	7	21.10	closed
2212	112	2024-01-17	8	21.20	active
2213	113	2024-01-18	9	21.30	active
2214	114	2024-01-19	1	21.40	closed
2215	115	2024-01-20	2	21.50	active
2216	116	2024-01-21	3	21.60	active
2217	117	2024-01-22	4	21.70	closed
2218	118	2024-01-23	5	21.80	active
2219	119	2024-01-24	6	21.90	active
2220	120	2024-01-25	7	22.00	closed
2221	121	2024-01-26	8	22.10	active
2222	122	2024-01-27	9	22.20	active
2223	123	2024-01-28	1	22.30	closed
2224	124	2024-01-29	2	22.40	active
2225	125	2024-01-30	3	22.50	active
2226	126	2024-01-31	4	22.60	closed
2227	127	2024-02-01	5	22.70	active
2228	128	2024-02-02	6	22.80	active
2229	129	2024-02-03	7	22.90	closed
2230	130	2024-02-04	8	23.00	active
2231	131	2024-02-05	9	23.10	active
2232	132	2024-02-06	1	23.20	closed
2233	133	2024-02-07	2	23.30	active
2234	134	2024-02-08	3	23.40	active
2235	135	2024-02-09	4	23.50	closed
2236	136	2024-02-10	5	23.60	active
2237	137	2024-02-11	6	23.70	active
2238	138	2024-02-12	7	23.80	closed
2239	139	2024-02-13	8	23.90	active
2240	140	2024-02-14	9	24.00	active
2241	141	2024-02-15	1	24.10	closed
2242	142	2024-02-16	2	24.20	active
2243	143	2024-02-17	3	24.30	active
2244	144	2024-02-18	4	24.40	closed
2245	145	2024-02-19	5	24.50	active
2246	146	2024-02-20	6	24.60	active
2247	147	2024-02-21	7	24.70	closed
2248	148	2024-02-22	8	24.80	active
2249	149	2024-02-23	9	24.90	active
2250	150	2024-02-24	1	25.00	closed
2251	151	2024-02-25	2	25.10	active
2252	152	2024-02-26	3	25.20	active
2253	153	2024-02-27	4	25.30	closed
2254	154	2024-02-28	5	25.40	active
2255	155	2024-02-29	6	25.50	active
2256	156	2024-03-01	7	25.60	closed
2257	157	2024-03-02	8	25.70	active
2258	158	2024-03-03	9	25.80	active
2259	159	2024-03-04	1	25.90	closed
2260	160	2024-03-05	2	26.00	active
2261	161	2024-03-06	3	26.10	active
2262	162	2024-03-07	4	26.20	closed
2263	163	2024-03-08	5	26.30	active
2264	164	2024-03-09	6	26.40	active
2265	165	2024-03-10	7	26.50	closed
2266	166	2024-03-11	8	26.60	active
2267	167	2024-03-12	9	26.70	active
2268	168	2024-03-13	1	26.80	closed
2269	169	2024-03-14	2	26.90	active
2270	170	2024-03-15	3	27.00	active
2271	171	2024-03-16	4	27.10	closed
2272	172	2024-03-17	5	27.20	active
2273	173	2024-03-18	6	27.30	active
2274	174	2024-03-19	7	27.40	closed
2275	175	2024-03-20	8	27.50	active
2276	176	2024-03-21	9	27.60	active
2277	177	2024-03-22	1	27.70	closed
2278	178	2024-03-23	2	27.80	active
2279	179	2024-03-24	3	27.90	active
2280	180	2024-03-25	4	28.00	closed
2281	181	2024-03-26	5	28.10	active
2282	182	2024-03-27	6	28.20	active
2283	183	2024-03-28	7	28.30	closed
2284	184	2024-03-29	8	28.40	active
2285	185	2024-03-30	9	28.50	active
2286	186	2024-03-31	1	28.60	closed
2287	187	2024-04-01	2	28.70	active
2288	188	2024-04-02	3	28.80	active
2289	189	2024-04-03	4	28.90	closed
2290	190	2024-04-04	5	29.00	active
2291	191	2024-04-05	6	29.10	active
2292	192	2024-04-06	7	29.20	closed
2293	193	2024-04-07	8	29.30	active
2294	194	2024-04-08	9	29.40	active
2295	195	2024-04-09	1	29.50	closed
2296	196	2024-04-10	2	29.60	active
2297	197	2024-04-11	3	29.70	active
2298	198	2024-04-12	4	29.80	closed
2299	199	2024-04-13	5	29.90	active
2300	200	2024-04-14	6	30.00	active
2301	201	2024-04-15	7	30.10	closed
2302	202	2024-04-16	8	30.20	active
2303	203	2024-04-17	9	30.30	active
2304	204	2024-04-18	1	30.40	closed
2305	205	2024-04-19	2	30.50	active
2306	206	2024-04-20	3	30.60	active
2307	207	2024-04-21	4	30.70	closed
2308	208	2024-04-22	5	30.80	active
2309	209	2024-04-23	6	30.90	active
2310	210	2024-04-24	7	31.00	closed
2311	211	2024-04-25	8	31.10	active
2312	212	2024-04-26	9	31.20	active
2313	213	2024-04-27	1	31.30	closed
2314	214	2024-04-28	2	31.40	active
2315	215	2024-04-29	3	31.50	active
2316	216	2024-04-30	4	31.60	closed
2317	217	2024-05-01	5	31.70	active
2318	218	2024-05-02	6	31.80	active
2319	219	2024-05-03	7	31.90	closed
2320	220	2024-05-04	8	32.00	active
2321	221	2024-05-05	9	32.10	active
2322	222	2024-05-06	1	32.20	closed
2323	223	2024-05-07	2	32.30	active
2324	224	2024-05-08	3	32.40	active
2325	225	2024-05-09	4	32.50	closed
2326	226	2024-05-10	5	32.60	active
2327	227	2024-05-11	6	32.70	active
2328	228	2024-05-12	7	32.80	closed
2329	229	2024-05-13	8	32.90	active
2330	230	2024-05-14	9	33.00	active
2331	231	2024-05-15	1	33.10	closed
2332	232	2024-05-16	2	33.20	active
2333	233	2024-05-17	3	33.30	active
2334	234	2024-05-18	4	33.40	closed
2335	235	2024-05-19	5	33.50	active
2336	236	2024-05-20	6	33.60	active
2337	237	2024-05-21	7	33.70	closed
2338	238	2024-05-22	8	33.80	active
2339	239	2024-05-23	9	33.90	active
2340	240	2024-05-24	1	34.00	closed
2341	241	2024-05-25	2	34.10	active
2342	242	2024-05-26	3	34.20	active
2343	243	2024-05-27	4	34.30	closed
2344	244	2024-05-28	5	34.40	active
2345	245	2024-05-29	6	34.50	active
2346	246	2024-05-30	7	34.60	closed
2347	247	2024-05-31	8	34.70	active
2348	248	2024-06-01	9	34.80	active
2349	249	2024-06-02	1	34.90	closed
2350	250	2024-06-03	2	35.00	active
2351	251	2024-06-04	3	35.10	active
2352	252	2024-06-05	4	35.20	closed
2353	253	2024-06-06	5	35.30	active
2354	254	2024-06-07	6	35.40	active
2355	255	2024-06-08	7	35.50	closed
2356	256	2024-06-09	8	35.60	active
2357	257	2024-06-10	9	35.70	active
2358	258	2024-06-11	1	35.80	closed
2359	259	2024-06-12	2	35.90	active
2360	260	2024-06-13	3	36.00	active
2361	261	2024-06-14	4	36.10	closed
2362	262	2024-06-15	5	36.20	active
2363	263	2024-06-16	6	36.30	active
2364	264	2024-06-17	7	36.40	closed
2365	265	2024-06-18	8	36.50	active
2366	266	2024-06-19	9	36.60	active
2367	267	2024-06-20	1	36.70	closed
2368	268	2024-06-21	2	36.80	active
2369	269	2024-06-22	3	36.90	active
2370	270	2024-06-23	4	37.00	closed
2371	271	2024-06-24	5	37.10	active
2372	272	2024-06-25	6	37.20	active
2373	273	2024-06-26	7	37.30	closed
2374	274	2024-06-27	8	37.40	active
2375	275	2024-06-28	9	37.50	active
2376	276	2024-06-29	1	37.60	closed
2377	277	2024-06-30	2	37.70	active
2378	278	2024-07-01	3	37.80	active
2379	279	2024-07-02	4	37.90	closed
2380	280	2024-07-03	5	38.00	active
2381	281	2024-07-04	6	38.10	active
2382	282	2024-07-05	7	38.20	closed
2383	283	2024-07-06	8	38.30	active
2384	284	2024-07-07	9	38.40	active
2385	285	2024-07-08	1	38.50	closed
2386	286	2024-07-09	2	38.60	active
2387	287	2024-07-10	3	38.70	active
2388	288	2024-07-11	4	38.80	closed
2389	289	2024-07-12	5	38.90	active
2390	290	2024-07-13	6	39.00	active
2391	291	2024-07-14	7	39.10	closed
2392	292	2024-07-15	8	39.20	active
2393	293	2024-07-16	9	39.30	active
2394	294	2024-07-17	1	39.40	closed
2395	295	2024-07-18	2	39.50	active
2396	296	2024-07-19	3	39.60	active
2397	297	2024-07-20	4	39.70	closed
2398	298	2024-07-21	5	39.80	active
2399	299	2024-07-22	6	39.90	active
2400	100	2024-07-23	7	40.00	closed
2401	101	2024-07-24	8	40.10	active
2402	102	2024-07-25	9	40.20	active
2403	103	2024-07-26	1	40.30	closed
2404	104	2024-07-27	2	40.40	active
2405	105	2024-07-28	3	40.50	active
2406	106	2024-07-29	4	40.60	closed
2407	107	2024-07-30	5	40.70	active
2408	108	2024-07-31	6	40.80	active
2409	109	2024-08-01	7	40.90	closed
2410	110	2024-08-02	8	41.00	active
2411	111	2024-08-03	9	41.10	active
2412	112	2024-08-04	1	41.20	closed
2413	113	2024-08-05	2	41.30	active
2414	114	2024-08-06	3	41.40	active
2415	115	2024-08-07	4	41.50	closed
2416	116	2024-08-08	5	41.60	active
2417	117	2024-08-09	6	41.70	active
2418	118	2024-08-10	7	41.80	closed
2419	119	2024-08-11	8	41.90	active
2420	120	2024-08-12	9	42.00	active
2421	121	2024-08-13	1	42.10	closed
2422	122	2024-08-14	2	42.20	active
2423	123	2024-08-15	3	42.30	active
2424	124	2024-08-16	4	42.40	closed
2425	125	2024-08-17	5	42.50	active
2426	126	2024-08-18	6	42.60	active
2427	127	2024-08-19	7	42.70	closed
2428	128	2024-08-20	8	42.80	active
2429	129	2024-08-21	9	42.90	active
2430	130	2024-08-22	1	43.00	closed
2431	131	2024-08-23	2	43.10	active
2432	132	2024-08-24	3	43.20	active
2433	133	2024-08-25	4	43.30	closed
2434	134	2024-08-26	5	43.40	active
2435	135	2024-08-27	6	43.50	active
2436	136	2024-08-28	7	43.60	closed
2437	137	2024-08-29	8	43.70	active
2438	138	2024-08-30	9	43.80	active
2439	139	2024-08-31	1	43.90	closed
2440	140	2024-09-01	2	44.00	active
2441	141	2024-09-02	3	44.10	active
2442	142	2024-09-03	4	44.20	closed
2443	143	2024-09-04	5	44.30	active
2444	144	2024-09-05	6	44.40	active
2445	145	2024-09-06	7	44.50	closed
2446	146	2024-09-07	8	44.60	active
2447	147	2024-09-08	9	44.70	active
2448	148	2024-09-09	1	44.80	closed
2449	149	2024-09-10	2	44.90	active
2450	150	2024-09-11	3	45.00	active
2451	151	2024-09-12	4	45.10	closed
2452	152	2024-09-13	5	45.20	active
2453	153	2024-09-14	6	45.30	active
2454	154	2024-09-15	7	45.40	closed
2455	155	2024-09-16	8	45.50	active
2456	156	2024-09-17	9	45.60	active
2457	157	2024-09-18	1	45.70	closed
2458	158	2024-09-19	2	45.80	active
2459	159	2024-09-20	3	45.90	active
2460	160	2024-09-21	4	46.00	closed
2461	161	2024-09-22	5	46.10	active
2462	162	2024-09-23	6	46.20	active
2463	163	2024-09-24	7	46.30	closed
2464	164	2024-09-25	8	46.40	active
2465	165	2024-09-26	9	46.50	active
2466	166	2024-09-27	1	46.60	closed
2467	167	2024-09-28	2	46.70	active
2468	168	2024-09-29	3	46.80	active
2469	169	2024-09-30	4	46.90	closed
2470	170	2024-10-01	5	47.00	active
2471	171	2024-10-02	6	47.10	active
2472	172	2024-10-03	7	47.20	closed
2473	173	2024-10-04	8	47.30	active
2474	174	2024-10-05	9	47.40	active
2475	175	2024-10-06	1	47.50	closed
2476	176	2024-10-07	2	47.60	active
2477	177	2024-10-08	3	47.70	active
2478	178	2024-10-09	4	47.80	closed
2479	179	2024-10-10	5	47.90	active
2480	180	2024-10-11	6	48.00	active
2481	181	2024-10-12	7	48.10	closed
2482	182	2024-10-13	8	48.20	active
2483	183	2024-10-14	9	48.30	active
2484	184	2024-10-15	1	48.40	closed
2485	185	2024-10-16	2	48.50	active
2486	186	2024-10-17	3	48.60	active
2487	187	2024-10-18	4	48.70	closed
2488	188	2024-10-19	5	48.80	active
2489	189	2024-10-20	6	48.90	active
2490	190	2024-10-21	7	49.00	closed
2491	191	2024-10-22	8	49.10	active
2492	192	2024-10-23	9	49.20	active
2493	193	2024-10-24	1	49.30	closed
2494	194	2024-10-25	2	49.40	active
2495	195	2024-10-26	3	49.50	active
2496	196	2024-10-27	4	49.60	closed
2497	197	2024-10-28	5	49.70	active
2498	198	2024-10-29	6	49.80	active
2499	199	2024-10-30	7	49.90	closed
2500	200	2024-10-31	8	50.00	active
2501	201	2024-11-01	9	50.10	active
2502	202	2024-11-02	1	50.20	closed
2503	203	2024-11-03	2	50.30	active
2504	204	2024-11-04	3	50.40	active
2505	205	2024-11-05	4	50.50	closed
2506	206	2024-11-06	5	50.60	active
2507	207	2024-11-07	6	50.70	active
2508	208	2024-11-08	7	50.80	closed
2509	209	2024-11-09	8	50.90	active
2510	210	2024-11-10	9	51.00	active
2511	211	2024-11-11	1	51.10	closed
2512	212	2024-11-12	2	51.20	active
2513	213	2024-11-13	3	51.30	active
2514	214	2024-11-14	4	51.40	closed
2515	215	2024-11-15	5	51.50	active
2516	216	2024-11-16	6	51.60	active
2517	217	2024-11-17	7	51.70	closed
2518	218	2024-11-18	8	51.80	active
2519	219	2024-11-19	9	51.90	active
2520	220	2024-11-20	1	52.00	closed
2521	221	2024-11-21	2	52.10	active
2522	222	2024-11-22	3	52.20	active
2523	223	2024-11-23	4	52.30	closed
2524	224	2024-11-24	5	52.40	active
2525	225	2024-11-25	6	52.50	active
2526	226	2024-11-26	7	52.60	closed
2527	227	2024-11-27	8	52.70	active
2528	228	2024-11-28	9	52.80	active
2529	229	2024-11-29	1	52.90	closed
2530	230	2024-11-30	2	53.00	active
2531	231	2024-12-01	3	53.10	active
2532	232	2024-12-02	4	53.20	closed
2533	233	2024-12-03	5	53.30	active
2534	234	2024-12-04	6	53.40	active
2535	235	2024-12-05	7	53.50	closed
2536	236	2024-12-06	8	53.60	active
2537	237	2024-12-07	9	53.70	active
2538	238	2024-12-08	1	53.80	closed
2539	239	2024-12-09	2	53.90	active
2540	240	2024-12-10	3	54.00	active
2541	241	2024-12-11	4	54.10	closed
2542	242	2024-12-12	5	54.20	active
2543	243	2024-12-13	6	54.30	active
2544	244	2024-12-14	7	54.40	closed
2545	245	2024-12-15	8	54.50	active
2546	246	2024-12-16	9	54.60	active
2547	247	2024-12-17	1	54.70	closed
2548	248	2024-12-18	2	54.80	active
2549	249	2024-12-19	3	54.90	active
2550	250	2024-12-20	4	55.00	closed
2551	251	2024-12-21	5	55.10	active
2552	252	2024-12-22	6	55.20	active
2553	253	2024-12-23	7	55.30	closed
2554	254	2024-12-24	8	55.40	active
2555	255	2024-12-25	9	55.50	active
2556	256	2024-12-26	1	55.60	closed
2557	257	2024-12-27	2	55.70	active
2558	258	2024-12-28	3	55.80	active
2559	259	2024-12-29	4	55.90	closed
2560	260	2024-12-30	5	56.00	active
2561	261	2024-12-31	6	56.10	active
2562	262	2024-01-01	7	56.20	closed
2563	263	2024-01-02	8	56.30	active
2564	264	2024-01-03	9	56.40	active
2565	265	2024-01-04	1	56.50	closed
2566	266	2024-01-05	2	56.60	active
2567	267	2024-01-06	3	56.70	active
2568	268	2024-01-07	4	56.80	closed
2569	269	2024-01-08	5	56.90	active
2570	270	2024-01-09	6	57.00	active
2571	271	2024-01-10	7	57.10	closed
2572	272	2024-01-11	8	57.20	active
2573	273	2024-01-12	9	57.30	active
2574	274	2024-01-13	1	57.40	closed
2575	275	2024-01-14	2	57.50	active
2576	276	2024-01-15	3	57.60	active
2577	277	2024-01-16	4	57.70	closed
2578	278	2024-01-17	5	57.80	active
2579	279	2024-01-18	6	57.90	active
2580	280	2024-01-19	7	58.00	closed
2581	281	2024-01-20	8	58.10	active
2582	282	2024-01-21	9	58.20	active
2583	283	2024-01-22	1	58.30	closed
2584	284	2024-01-23	2	58.40	active
2585	285	2024-01-24	3	58.50	active
2586	286	2024-01-25	4	58.60	closed
2587	287	2024-01-26	5	58.70	active
2588	288	2024-01-27	6	58.80	active
2589	289	2024-01-28	7	58.90	closed
2590	290	2024-01-29	8	59.00	active
2591	291	2024-01-30	9	59.10	active
2592	292	2024-01-31	1	59.20	closed
2593	293	2024-02-01	2	59.30	active
2594	294	2024-02-02	3	59.40	active
2595	295	2024-02-03	4	59.50	closed
2596	296	2024-02-04	5	59.60	active
2597	297	2024-02-05	6	59.70	active
2598	298	2024-02-06	7	59.80	closed
2599	299	2024-02-07	8	59.90	active
2600	100	2024-02-08	9	60.00	active
2601	101	2024-02-09	1	60.10	closed
2602	102	2024-02-10	2	60.20	active
2603	103	2024-02-11	3	60.30	active
2604	104	2024-02-12	4	60.40	closed
2605	105	2024-02-13	5	60.50	active
2606	106	2024-02-14	6	60.60	active
2607	107	2024-02-15	7	60.70	closed
2608	108	2024-02-16	8	60.80	active
2609	109	2024-02-17	9	60.90	active
2610	110	2024-02-18	1	61.00	closed
2611	111	2024-02-19	2	61.10	active
2612	112	2024-02-20	3	61.20	active
2613	113	2024-02-21	4	61.30	closed
2614	114	2024-02-22	5	61.40	active
2615	115	2024-02-23	6	61.50	active
2616	116	2024-02-24	7	61.60	closed
2617	117	2024-02-25	8	61.70	active
2618	118	2024-02-26	9	61.80	active
2619	119	2024-02-27	1	61.90	closed
2620	120	2024-02-28	2	62.00	active
2621	121	2024-02-29	3	62.10	active
2622	122	2024-03-01	4	62.20	closed
2623	123	2024-03-02	5	62.30	active
2624	124	2024-03-03	6	62.40	active
2625	125	2024-03-04	7	62.50	closed
2626	126	2024-03-05	8	62.60	active
2627	127	2024-03-06	9	62.70	active
2628	128	2024-03-07	1	62.80	closed
2629	129	2024-03-08	2	62.90	active
2630	130	2024-03-09	3	63.00	active
2631	131	2024-03-10	4	63.10	closed
2632	132	2024-03-11	5	63.20	active
2633	133	2024-03-12	6	63.30	active
2634	134	2024-03-13	7	63.40	closed
2635	135	2024-03-14	8	63.50	active
2636	136	2024-03-15	9	63.60	active
2637	137	2024-03-16	1	63.70	closed
2638	138	2024-03-17	2	63.80	active
2639	139	2024-03-18	3	63.90	active
2640	140	2024-03-19	4	64.00	closed
2641	141	2024-03-20	5	64.10	active
2642	142	2024-03-21	6	64.20	active
2643	143	2024-03-22	7	64.30	closed
2644	144	2024-03-23	8	64.40	active
2645	145	2024-03-24	9	64.50	active
2646	146	2024-03-25	1	64.60	closed
2647	147	2024-03-26	2	64.70	active
2648	148	2024-03-27	3	64.80	active
2649	149	2024-03-28	4	64.90	closed
2650	150	2024-03-29	5	65.00	active
2651	151	2024-03-30	6	65.10	active
2652	152	2024-03-31	7	65.20	closed
2653	153	2024-04-01	8	65.30	active
2654	154	2024-04-02	9	65.40	active
2655	155	2024-04-03	1	65.50	closed
2656	156	2024-04-04	2	65.60	active
2657	157	2024-04-05	3	65.70	active
2658	158	2024-04-06	4	65.80	closed
2659	159	2024-04-07	5	65.90	active
2660	160	2024-04-08	6	66.00	active
2661	161	2024-04-09	7	66.10	closed
2662	162	2024-04-10	8	66.20	active
2663	163	2024-04-11	9	66.30	active
2664	164	2024-04-12	1	66.40	closed
2665	165	2024-04-13	2	66.50	active
2666	166	2024-04-14	3	66.60	active
2667	167	2024-04-15	4	66.70	closed
2668	168	2024-04-16	5	66.80	active
2669	169	2024-04-17	6	66.90	active
2670	170	2024-04-18	7	67.00	closed
2671	171	2024-04-19	8	67.10	active
2672	172	2024-04-20	9	67.20	active
2673	173	2024-04-21	1	67.30	closed
2674	174	2024-04-22	2	67.40	active
2675	175	2024-04-23	3	67.50	active
2676	176	2024-04-24	4	67.60	closed
2677	177	2024-04-25	5	67.70	active
2678	178	2024-04-26	6	67.80	active
2679	179	2024-04-27	7	67.90	closed
2680	180	2024-04-28	8	68.00	active
2681	181	2024-04-29	9	68.10	active
2682	182	2024-04-30	1	68.20	closed
2683	183	2024-05-01	2	68.30	active
2684	184	2024-05-02	3	68.40	active
2685	185	2024-05-03	4	68.50	closed
2686	186	2024-05-04	5	68.60	active
2687	187	2024-05-05	6	68.70	active
2688	188	2024-05-06	7	68.80	closed
2689	189	2024-05-07	8	68.90	active
2690	190	2024-05-08	9	69.00	active
2691	191	2024-05-09	1	69.10	closed
2692	192	2024-05-10	2	69.20	active
2693	193	2024-05-11	3	69.30	active
2694	194	2024-05-12	4	69.40	closed
2695	195	2024-05-13	5	69.50	active
2696	196	2024-05-14	6	69.60	active
2697	197	2024-05-15	7	69.70	closed
2698	198	2024-05-16	8	69.80	active
2699	199	2024-05-17	9	69.90	active
2700	200	2024-05-18	1	70.00	closed
2701	201	2024-05-19	2	70.10	active
2702	202	2024-05-20	3	70.20	active
2703	203	2024-05-21	4	70.30	closed
2704	204	2024-05-22	5	70.40	active
2705	205	2024-05-23	6	70.50	active
2706	206	2024-05-24	7	70.60	closed
2707	207	2024-05-25	8	70.70	active
2708	208	2024-05-26	9	70.80	active
2709	209	2024-05-27	1	70.90	closed
2710	210	2024-05-28	2	71.00	active
2711	211	2024-05-29	3	71.10	active
2712	212	2024-05-30	4	71.20	closed
2713	213	2024-05-31	5	71.30	active
2714	214	2024-06-01	6	71.40	active
2715	215	2024-06-02	7	71.50	closed
2716	216	2024-06-03	8	71.60	active
2717	217	2024-06-04	9	71.70	active
2718	218	2024-06-05	1	71.80	closed
2719	219	2024-06-06	2	71.90	active
2720	220	2024-06-07	3	72.00	active
2721	221	2024-06-08	4	72.10	closed
2722	222	2024-06-09	5	72.20	active
2723	223	2024-06-10	6	72.30	active
2724	224	2024-06-11	7	72.40	closed
2725	225	2024-06-12	8	72.50	active
2726	226	2024-06-13	9	72.60	active
2727	227	2024-06-14	1	72.70	closed
2728	228	2024-06-15	2	72.80	active
2729	229	2024-06-16	3	72.90	active
2730	230	2024-06-17	4	73.00	closed
2731	231	2024-06-18	5	73.10	active
2732	232	2024-06-19	6	73.20	active
2733	233	2024-06-20	7	73.30	closed
2734	234	2024-06-21	8	73.40	active
2735	235	2024-06-22	9	73.50	active
2736	236	2024-06-23	1	73.60	closed
2737	237	2024-06-24	2	73.70	active
2738	238	2024-06-25	3	73.80	active
2739	239	2024-06-26	4	73.90	closed
2740	240	2024-06-27	5	74.00	active
2741	241	2024-06-28	6	74.10	active
2742	242	2024-06-29	7	74.20	closed
2743	243	2024-06-30	8	74.30	active
2744	244	2024-07-01	9	74.40	active
2745	245	2024-07-02	1	74.50	closed
2746	246	2024-07-03	2	74.60	active
2747	247	2024-07-04	3	74.70	active
2748	248	2024-07-05	4	74.80	closed
2749	249	2024-07-06	5	74.90	active
2750	250	2024-07-07	6	75.00	active
2751	251	2024-07-08	7	75.10	closed
2752	252	2024-07-09	8	75.20	active
2753	253	2024-07-10	9	75.30	active
2754	254	2024-07-11	1	75.40	closed
2755	255	2024-07-12	2	75.50	active
2756	256	2024-07-13	3	75.60	active
2757	257	2024-07-14	4	75.70	closed
2758	258	2024-07-15	5	75.80	active
2759	259	2024-07-16	6	75.90	active
2760	260	2024-07-17	7	76.00	closed
2761	261	2024-07-18	8	76.10	active
2762	262	2024-07-19	9	76.20	active
2763	263	2024-07-20	1	76.30	closed
2764	264	2024-07-21	2	76.40	active
2765	265	2024-07-22	3	76.50	active
2766	266	2024-07-23	4	76.60	closed
2767	267	2024-07-24	5	76.70	active
2768	268	2024-07-25	6	76.80	active
2769	269	2024-07-26	7	76.90	closed
2770	270	2024-07-27	8	77.00	active
2771	271	2024-07-28	9	77.10	active
2772	272	2024-07-29	1	77.20	closed
2773	273	2024-07-30	2	77.30	active
2774	274	2024-07-31	3	77.40	active
2775	275	2024-08-01	4	77.50	closed
2776	276	2024-08-02	5	77.60	active
2777	277	2024-08-03	6	77.70	active
2778	278	2024-08-04	7	77.80	closed
2779	279	2024-08-05	8	77.90	active
2780	280	2024-08-06	9	78.00	active
2781	281	2024-08-07	1	78.10	closed
2782	282	2024-08-08	2	78.20	active
2783	283	2024-08-09	3	78.30	active
2784	284	2024-08-10	4	78.40	closed
2785	285	2024-08-11	5	78.50	active
2786	286	2024-08-12	6	78.60	active
2787	287	2024-08-13	7	78.70	closed
2788	288	2024-08-14	8	78.80	active
2789	289	2024-08-15	9	78.90	active
2790	290	2024-08-16	1	79.00	closed
2791	291	2024-08-17	2	79.10	active
2792	292	2024-08-18	3	79.20	active
2793	293	2024-08-19	4	79.30	closed
2794	294	2024-08-20	5	79.40	active
2795	295	2024-08-21	6	79.50	active
2796	296	2024-08-22	7	79.60	closed
2797	297	2024-08-23	8	79.70	active
2798	298	2024-08-24	9	79.80	active
2799	299	2024-08-25	1	79.90	closed
2800	100	2024-08-26	2	80.00	active
2801	101	2024-08-27	3	80.10	active
2802	102	2024-08-28	4	80.20	closed
2803	103	2024-08-29	5	80.30	active
2804	104	2024-08-30	6	80.40	active
2805	105	2024-08-31	7	80.50	closed
2806	106	2024-09-01	8	80.60	active
2807	107	2024-09-02	9	80.70	active
2808	108	2024-09-03	1	80.80	closed
2809	109	2024-09-04	2	80.90	active
2810	110	2024-09-05	3	81.00	active
2811	111	2024-09-06	4	81.10	closed
2812	112	2024-09-07	5	81.20	active
2813	113	2024-09-08	6	81.30	active
2814	114	2024-09-09	7	81.40	closed
2815	115	2024-09-10	8	81.50	active
2816	116	2024-09-11	9	81.60	active
2817	117	2024-09-12	1	81.70	closed
2818	118	2024-09-13	2	81.80	active
2819	119	2024-09-14	3	81.90	active
2820	120	2024-09-15	4	82.00	closed
2821	121	2024-09-16	5	82.10	active
2822	122	2024-09-17	6	82.20	active
2823	123	2024-09-18	7	82.30	closed
2824	124	2024-09-19	8	82.40	active
2825	125	2024-09-20	9	82.50	active
2826	126	2024-09-21	1	82.60	closed
2827	127	2024-09-22	2	82.70	active
2828	128	2024-09-23	3	82.80	active
2829	129	2024-09-24	4	82.90	closed
2830	130	2024-09-25	5	83.00	active
2831	131	2024-09-26	6	83.10	active
2832	132	2024-09-27	7	83.20	closed
2833	133	2024-09-28	8	83.30	active
2834	134	2024-09-29	9	83.40	active
2835	135	2024-09-30	1	83.50	closed
2836	136	2024-10-01	2	83.60	active
2837	137	2024-10-02	3	83.70	active
2838	138	2024-10-03	4	83.80	closed
2839	139	2024-10-04	5	83.90	active
2840	140	2024-10-05	6	84.00	active
2841	141	2024-10-06	7	84.10	closed
2842	142	2024-10-07	8	84.20	active
2843	143	2024-10-08	9	84.30	active
2844	144	2024-10-09	1	84.40	closed
2845	145	2024-10-10	2	84.50	active
2846	146	2024-10-11	3	84.60	active
2847	147	2024-10-12	4	84.70	closed
2848	148	2024-10-13	5	84.80	active
2849	149	2024-10-14	6	84.90	active
2850	150	2024-10-15	7	85.00	closed
2851	151	2024-10-16	8	85.10	active
2852	152	2024-10-17	9	85.20	active
2853	153	2024-10-18	1	85.30	closed
2854	154	2024-10-19	2	85.40	active
2855	155	2024-10-20	3	85.50	active
2856	156	2024-10-21	4	85.60	closed
2857	157	2024-10-22	5	85.70	active
2858	158	2024-10-23	6	85.80	active
2859	159	2024-10-24	7	85.90	closed
2860	160	2024-10-25	8	86.00	active
2861	161	2024-10-26	9	86.10	active
2862	162	2024-10-27	1	86.20	closed
2863	163	2024-10-28	2	86.30	active
2864	164	2024-10-29	3	86.40	active
2865	165	2024-10-30	4	86.50	closed
2866	166	2024-10-31	5	86.60	active
2867	167	2024-11-01	6	86.70	active
2868	168	2024-11-02	7	86.80	closed
2869	169	2024-11-03	8	86.90	active
2870	170	2024-11-04	9	87.00	active
2871	171	2024-11-05	1	87.10	closed
2872	172	2024-11-06	2	87.20	active
2873	173	2024-11-07	3	87.30	active
2874	174	2024-11-08	4	87.40	closed
2875	175	2024-11-09	5	87.50	active
2876	176	2024-11-10	6	87.60	active
2877	177	2024-11-11	7	87.70	closed
2878	178	2024-11-12	8	87.80	active
2879	179	2024-11-13	9	87.90	active
2880	180	2024-11-14	1	88.00	closed
2881	181	2024-11-15	2	88.10	active
2882	182	2024-11-16	3	88.20	active
2883	183	2024-11-17	4	88.30	closed
2884	184	2024-11-18	5	88.40	active
2885	185	2024-11-19	6	88.50	active
2886	186	2024-11-20	7	88.60	closed
2887	187	2024-11-21	8	88.70	active
2888	188	2024-11-22	9	88.80	active
2889	189	2024-11-23	1	88.90	closed
2890	190	2024-11-24	2	89.00	active
2891	191	2024-11-25	3	89.10	active
2892	192	2024-11-26	4	89.20	closed
2893	193	2024-11-27	5	89.30	active
2894	194	2024-11-28	6	89.40	active
2895	195	2024-11-29	7	89.50	closed
2896	196	2024-11-30	8	89.60	active
2897	197	2024-12-01	9	89.70	active
2898	198	2024-12-02	1	89.80	closed
2899	199	2024-12-03	2	89.90	active
2900	200	2024-12-04	3	90.00	active
2901	201	2024-12-05	4	90.10	closed
2902	202	2024-12-06	5	90.20	active
2903	203	2024-12-07	6	90.30	active
2904	204	2024-12-08	7	90.40	closed
2905	205	2024-12-09	8	90.50	active
2906	206	2024-12-10	9	90.60	active
2907	207	2024-12-11	1	90.70	closed
2908	208	2024-12-12	2	90.80	active
2909	209	2024-12-13	3	90.90	active
2910	210	2024-12-14	4	91.00	closed
2911	211	2024-12-15	5	91.10	active
2912	212	2024-12-16	6	91.20	active
2913	213	2024-12-17	7	91.30	closed
2914	214	2024-12-18	8	91.40	active
2915	215	2024-12-19	9	91.50	active
2916	216	2024-12-20	1	91.60	closed
2917	217	2024-12-21	2	91.70	active
2918	218	2024-12-22	3	91.80	active
2919	219	2024-12-23	4	91.90	closed
2920	220	2024-12-24	5	92.00	active
2921	221	2024-12-25	6	92.10	active
2922	222	2024-12-26	7	92.20	closed
2923	223	2024-12-27	8	92.30	active
2924	224	2024-12-28	9	92.40	active
2925	225	2024-12-29	1	92.50	closed
2926	226	2024-12-30	2	92.60	active
2927	227	2024-12-31	3	92.70	active
2928	228	2024-01-01	4	92.80	closed
2929	229	2024-01-02	5	92.90	active
2930	230	2024-01-03	6	93.00	active
2931	231	2024-01-04	7	93.10	closed
2932	232	2024-01-05	8	93.20	active
2933	233	2024-01-06	9	93.30	active
2934	234	2024-01-07	1	93.40	closed
2935	235	2024-01-08	2	93.50	active
2936	236	2024-01-09	3	93.60	active
2937	237	2024-01-10	4	93.70	closed
2938	238	2024-01-11	5	93.80	active
2939	239	2024-01-12	6	93.90	active
2940	240	2024-01-13	7	94.00	closed
2941	241	2024-01-14	8	94.10	active
2942	242	2024-01-15	9	94.20	active
2943	243	2024-01-16	1	94.30	closed
2944	244	2024-01-17	2	94.40	active
2945	245	2024-01-18	3	94.50	active
2946	246	2024-01-19	4	94.60	closed
2947	247	2024-01-20	5	94.70	active
2948	248	2024-01-21	6	94.80	active
2949	249	2024-01-22	7	94.90	closed
2950	250	2024-01-23	8	95.00	active
2951	251	2024-01-24	9	95.10	active
2952	252	2024-01-25	1	95.20	closed
2953	253	2024-01-26	2	95.30	active
2954	254	2024-01-27	3	95.40	active
2955	255	2024-01-28	4	95.50	closed
2956	256	2024-01-29	5	95.60	active
2957	257	2024-01-30	6	95.70	active
2958	258	2024-01-31	7	95.80	closed
2959	259	2024-02-01	8	95.90	active
2960	260	2024-02-02	9	96.00	active
2961	261	2024-02-03	1	96.10	closed
2962	262	2024-02-04	2	96.20	active
2963	263	2024-02-05	3	96.30	active
2964	264	2024-02-06	4	96.40	closed
2965	265	2024-02-07	5	96.50	active
2966	266	2024-02-08	6	96.60	active
2967	267	2024-02-09	7	96.70	closed
2968	268	2024-02-10	8	96.80	active
2969	269	2024-02-11	9	96.90	active
2970	270	2024-02-12	1	97.00	closed
2971	271	2024-02-13	2	97.10	active
2972	272	2024-02-14	3	97.20	active
2973	273	2024-02-15	4	97.30	closed
2974	274	2024-02-16	5	97.40	active
2975	275	2024-02-17	6	97.50	active
2976	276	2024-02-18	7	97.60	closed
2977	277	2024-02-19	8	97.70	active
2978	278	2024-02-20	9	97.80	active
2979	279	2024-02-21	1	97.90	closed
2980	280	2024-02-22	2	98.00	active
2981	281	2024-02-23	3	98.10	active
2982	282	2024-02-24	4	98.20	closed
2983	283	2024-02-25	5	98.30	active
2984	284	2024-02-26	6	98.40	active
2985	285	2024-02-27	7	98.50	closed
2986	286	2024-02-28	8	98.60	active
2987	287	2024-02-29	9	98.70	active
2988	288	2024-03-01	1	98.80	closed
2989	289	2024-03-02	2	98.90	active
2990	290	2024-03-03	3	99.00	active
2991	291	2024-03-04	4	99.10	closed
2992	292	2024-03-05	5	99.20	active
2993	293	2024-03-06	6	99.30	active
2994	294	2024-03-07	7	99.40	closed
2995	295	2024-03-08	8	99.50	active
2996	296	2024-03-09	9	99.60	active
2997	297	2024-03-10	1	99.70	closed
2998	298	2024-03-11	2	99.80	active
2999	299	2024-03-12	3	99.90	active
3000	100	2024-03-13	4	0.00	closed
3001	101	2024-03-14	5	0.10	active
3002	102	2024-03-15	6	0.20	active
3003	103	2024-03-16	7	0.30	closed
3004	104	2024-03-17	8	0.40	active
3005	105	2024-03-18	9	0.50	active
3006	106	2024-03-19	1	0.60	closed
3007	107	2024-03-20	2	0.70	active
3008	108	2024-03-21	3	0.80	active
3009	109	2024-03-22	4	0.90	closed
3010	110	2024-03-23	5	1.00	active
3011	111	2024-03-24	6	1.10	active
3012	112	2024-03-25	7	1.20	closed
3013	113	2024-03-26	8	1.30	active
3014	114	2024-03-27	9	1.40	active
3015	115	2024-03-28	1	1.50	closed
3016	116	2024-03-29	2	1.60	active
3017	117	2024-03-30	3	1.70	active
3018	118	2024-03-31	4	1.80	closed
3019	119	2024-04-01	5	1.90	active
3020	120	2024-04-02	6	2.00	active
3021	121	2024-04-03	7	2.10	closed
3022	122	2024-04-04	8	2.20	active
3023	123	2024-04-05	9	2.30	active
3024	124	2024-04-06	1	2.40	closed
3025	125	2024-04-07	2	2.50	active
3026	126	2024-04-08	3	2.60	active
3027	127	2024-04-09	4	2.70	closed
3028	128	2024-04-10	5	2.80	active
3029	129	2024-04-11	6	2.90	active
3030	130	2024-04-12	7	3.00	closed
3031	131	2024-04-13	8	3.10	active
3032	132	2024-04-14	9	3.20	active
3033	133	2024-04-15	1	3.30	closed
3034	134	2024-04-16	2	3.40	active
3035	135	2024-04-17	3	3.50	active
3036	136	2024-04-18	4	3.60	closed
3037	137	2024-04-19	5	3.70	active
3038	138	2024-04-20	6	3.80	active
3039	139	2024-04-21	7	3.90	closed
3040	140	2024-04-22	8	4.00	active
3041	141	2024-04-23	9	4.10	active
3042	142	2024-04-24	1	4.20	closed
3043	143	2024-04-25	2	4.30	active
3044	144	2024-04-26	3	4.40	active
3045	145	2024-04-27	4	4.50	closed
3046	146	2024-04-28	5	4.60	active
3047	147	2024-04-29	6	4.70	active
3048	148	2024-04-30	7	4.80	closed
3049	149	2024-05-01	8	4.90	active
3050	150	2024-05-02	9	5.00	active
3051	151	2024-05-03	1	5.10	closed
3052	152	2024-05-04	2	5.20	active
3053	153	2024-05-05	3	5.30	active
3054	154	2024-05-06	4	5.40	closed
3055	155	2024-05-07	5	5.50	active
3056	156	2024-05-08	6	5.60	active
3057	157	2024-05-09	7	5.70	closed
3058	158	2024-05-10	8	5.80	active
3059	159	2024-05-11	9	5.90	active
3060	160	2024-05-12	1	6.00	closed
3061	161	2024-05-13	2	6.10	active
3062	162	2024-05-14	3	6.20	active
3063	163	2024-05-15	4	6.30	closed
3064	164	2024-05-16	5	6.40	active
3065	165	2024-05-17	6	6.50	active
3066	166	2024-05-18	7	6.60	closed
3067	167	2024-05-19	8	6.70	active
3068	168	2024-05-20	9	6.80	active
3069	169	2024-05-21	1	6.90	closed
3070	170	2024-05-22	2	7.00	active
3071	171	2024-05-23	3	7.10	active
3072	172	2024-05-24	4	7.20	closed
3073	173	2024-05-25	5	7.30	active
3074	174	2024-05-26	6	7.40	active
3075	175	2024-05-27	7	7.50	closed
3076	176	2024-05-28	8	7.60	active
3077	177	2024-05-29	9	7.70	active
3078	178	2024-05-30	1	7.80	closed
3079	179	2024-05-31	2	7.90	active
3080	180	2024-06-01	3	8.00	active
3081	181	2024-06-02	4	8.10	closed
3082	182	2024-06-03	5	8.20	active
3083	183	2024-06-04	6	8.30	active
3084	184	2024-06-05	7	8.40	closed
3085	185	2024-06-06	8	8.50	active
3086	186	2024-06-07	9	8.60	active
3087	187	2024-06-08	1	8.70	closed
3088	188	2024-06-09	2	8.80	active
3089	189	2024-06-10	3	8.90	active
3090	190	2024-06-11	4	9.00	closed
3091	191	2024-06-12	5	9.10	active
3092	192	2024-06-13	6	9.20	active
3093	193	2024-06-14	7	9.30	closed
3094	194	2024-06-15	8	9.40	active
3095	195	2024-06-16	9	9.50	active
3096	196	2024-06-17	1	9.60	closed
3097	197	2024-06-18	2	9.70	active
3098	198	2024-06-19	3	9.80	active
3099	199	2024-06-20	4	9.90	closed
3100	200	2024-06-21	5	10.00	active
3101	201	2024-06-22	6	10.10	active
3102	202	2024-06-23	7	10.20	closed
3103	203	2024-06-24	8	10.30	active
3104	204	2024-06-25	9	10.40	active
3105	205	2024-06-26	1	10.50	closed
3106	206	2024-06-27	2	10.60	active
3107	207	2024-06-28	3	10.70	active
3108	208	2024-06-29	4	10.80	closed
3109	209	2024-06-30	5	10.90	active
3110	210	2024-07-01	6	11.00	active
3111	211	2024-07-02	7	11.10	closed
3112	212	2024-07-03	8	11.20	active
3113	213	2024-07-04	9	11.30	active
3114	214	2024-07-05	1	11.40	closed
3115	215	2024-07-06	2	11.50	active
3116	216	2024-07-07	3	11.60	active
3117	217	2024-07-08	4	11.70	closed
3118	218	2024-07-09	5	11.80	active
3119	219	2024-07-10	6	11.90	active
3120	220	2024-07-11	7	12.00	closed
3121	221	2024-07-12	8	12.10	active
3122	222	2024-07-13	9	12.20	active
3123	223	2024-07-14	1	12.30	closed
3124	224	2024-07-15	2	12.40	active
3125	225	2024-07-16	3	12.50	active
3126	226	2024-07-17	4	12.60	closed
3127	227	2024-07-18	5	12.70	active
3128	228	2024-07-19	6	12.80	active
3129	229	2024-07-20	7	12.90	closed
3130	230	2024-07-21	8	13.00	active
3131	231	2024-07-22	9	13.10	active
3132	232	2024-07-23	1	13.20	closed
3133	233	2024-07-24	2	13.30	active
3134	234	2024-07-25	3	13.40	active
3135	235	2024-07-26	4	13.50	closed
3136	236	2024-07-27	5	13.60	active
3137	237	2024-07-28	6	13.70	active
3138	238	2024-07-29	7	13.80	closed
3139	239	2024-07-30	8	13.90	active
3140	240	2024-07-31	9	14.00	active
3141	241	2024-08-01	1	14.10	closed
3142	242	2024-08-02	2	14.20	active
3143	243	2024-08-03	3	14.30	active
3144	244	2024-08-04	4	14.40	closed
3145	245	2024-08-05	5	14.50	active
3146	246	2024-08-06	6	14.60	active
3147	247	2024-08-07	7	14.70	closed
3148	248	2024-08-08	8	14.80	active
3149	249	2024-08-09	9	14.90	active
3150	250	2024-08-10	1	15.00	closed
3151	251	2024-08-11	2	15.10	active
3152	252	2024-08-12	3	15.20	active
3153	253	2024-08-13	4	15.30	closed
3154	254	2024-08-14	5	15.40	active
3155	255	2024-08-15	6	15.50	active
3156	256	2024-08-16	7	15.60	closed
3157	257	2024-08-17	8	15.70	active
3158	258	2024-08-18	9	15.80	active
3159	259	2024-08-19	1	15.90	closed
3160	260	2024-08-20	2	16.00	active
3161	261	2024-08-21	3	16.10	active
3162	262	2024-08-22	4	16.20	closed
3163	263	2024-08-23	5	16.30	active
3164	264	2024-08-24	6	16.40	active
3165	265	2024-08-25	7	16.50	closed
3166	266	2024-08-26	8	16.60	active
3167	267	2024-08-27	9	16.70	active
3168	268	2024-08-28	1	16.80	closed
3169	269	2024-08-29	2	16.90	active
3170	270	2024-08-30	3	17.00	active
3171	271	2024-08-31	4	17.10	closed
3172	272	2024-09-01	5	17.20	active
3173	273	2024-09-02	6	17.30	active
3174	274	2024-09-03	7	17.40	closed
3175	275	2024-09-04	8	17.50	active
3176	276	2024-09-05	9	17.60	active
3177	277	2024-09-06	1	17.70	closed
3178	278	2024-09-07	2	17.80	active
3179	279	2024-09-08	3	17.90	active
3180	280	2024-09-09	4	18.00	closed
3181	281	2024-09-10	5	18.10	active
3182	282	2024-09-11	6	18.20	active
3183	283	2024-09-12	7	18.30	closed
3184	284	2024-09-13	8	18.40	active
3185	285	2024-09-14	9	18.50	active
3186	286	2024-09-15	1	18.60	closed
3187	287	2024-09-16	2	18.70	active
3188	288	2024-09-17	3	18.80	active
3189	289	2024-09-18	4	18.90	closed
3190	290	2024-09-19	5	19.00	active
3191	291	2024-09-20	6	19.10	active
3192	292	2024-09-21	7	19.20	closed
3193	293	2024-09-22	8	19.30	active
3194	294	2024-09-23	9	19.40	active
3195	295	2024-09-24	1	19.50	closed
3196	296	2024-09-25	2	19.60	active
3197	297	2024-09-26	3	19.70	active
3198	298	2024-09-27	4	19.80	closed
3199	299	2024-09-28	5	19.90	active
3200	100	2024-09-29	6	20.00	active
3201	101	2024-09-30	7	20.10	closed
3202	102	2024-10-01	8	20.20	active
3203	103	2024-10-02	9	20.30	active
3204	104	2024-10-03	1	20.40	closed
3205	105	2024-10-04	2	20.50	active
3206	106	2024-10-05	3	20.60	active
3207	107	2024-10-06	4	20.70	closed
3208	108	2024-10-07	5	20.80	active
3209	109	2024-10-08	6	20.90	active
3210	110	2024-10-09	7	21.00	closed
3211	111	2024-10-10	8	21.10	active
3212	112	2024-10-11	9	21.20	active
3213	113	2024-10-12	1	21.30	closed
3214	114	2024-10-13	2	21.40	active
3215	115	2024-10-14	3	21.50	active
3216	116	2024-10-15	4	21.60	closed
3217	117	2024-10-16	5	21.70	active
3218	118	2024-10-17	6	21.80	active
3219	119	2024-10-18	7	21.90	closed
3220	120	2024-10-19	8	22.00	active
3221	121	2024-10-20	9	22.10	active
3222	122	2024-10-21	1	22.20	closed
3223	123	2024-10-22	2	22.30	active
3224	124	2024-10-23	3	22.40	active
3225	125	2024-10-24	4	22.50	closed
3226	126	2024-10-25	5	22.60	active
3227	127	2024-10-26	6	22.70	active
3228	128	2024-10-27	7	22.80	closed
3229	129	2024-10-28	8	22.90	active
3230	130	2024-10-29	9	23.00	active
3231	131	2024-10-30	1	23.10	closed
3232	132	2024-10-31	2	23.20	active
3233	133	2024-11-01	3	23.30	active
3234	134	2024-11-02	4	23.40	closed
3235	135	2024-11-03	5	23.50	active
3236	136	2024-11-04	6	23.60	active
3237	137	2024-11-05	7	23.70	closed
3238	138	2024-11-06	8	23.80	active
3239	139	2024-11-07	9	23.90	active
3240	140	2024-11-08	1	24.00	closed
3241	141	2024-11-09	2	24.10	active
3242	142	2024-11-10	3	24.20	active
3243	143	2024-11-11	4	24.30	closed
3244	144	2024-11-12	5	24.40	active
3245	145	2024-11-13	6	24.50	active
3246	146	2024-11-14	7	24.60	closed
3247	147	2024-11-15	8	24.70	active
3248	148	2024-11-16	9	24.80	active
3249	149	2024-11-17	1	24.90	closed
3250	150	2024-11-18	2	25.00	active
3251	151	2024-11-19	3	25.10	active
3252	152	2024-11-20	4	25.20	closed
3253	153	2024-11-21	5	25.30	active
3254	154	2024-11-22	6	25.40	active
3255	155	2024-11-23	7	25.50	closed
3256	156	2024-11-24	8	25.60	active
3257	157	2024-11-25	9	25.70	active
3258	158	2024-11-26	1	25.80	closed
3259	159	2024-11-27	2	25.90	active
3260	160	2024-11-28	3	26.00	active
3261	161	2024-11-29	4	26.10	closed
3262	162	2024-11-30	5	26.20	active
3263	163	2024-12-01	6	26.30	active
3264	164	2024-12-02	7	26.40	closed
3265	165	2024-12-03	8	26.50	active
3266	166	2024-12-04	9	26.60	active
3267	167	2024-12-05	1	26.70	closed
3268	168	2024-12-06	2	26.80	active
3269	169	2024-12-07	3	26.90	active
3270	170	2024-12-08	4	27.00	closed
3271	171	2024-12-09	5	27.10	active
3272	172	2024-12-10	6	27.20	active
3273	173	2024-12-11	7	27.30	closed
3274	174	2024-12-12	8	27.40	active
3275	175	2024-12-13	9	27.50	active
3276	176	2024-12-14	1	27.60	closed
3277	177	2024-12-15	2	27.70	active
3278	178	2024-12-16	3	27.80	active
3279	179	2024-12-17	4	27.90	closed
3280	180	2024-12-18	5	28.00	active
3281	181	2024-12-19	6	28.10	active
3282	182	2024-12-20	7	28.20	closed
3283	183	2024-12-21	8	28.30	active
3284	184	2024-12-22	9	28.40	active
3285	185	2024-12-23	1	28.50	closed
3286	186	2024-12-24	2	28.60	active
3287	187	2024-12-25	3	28.70	active
3288	188	2024-12-26	4	28.80	closed
3289	189	2024-12-27	5	28.90	active
3290	190	2024-12-28	6	29.00	active
3291	191	2024-12-29	7	29.10	closed
3292	192	2024-12-30	8	29.20	active
3293	193	2024-12-31	9	29.30	active
3294	194	2024-01-01	1	29.40	closed
3295	195	2024-01-02	2	29.50	active
3296	196	2024-01-03	3	29.60	active
3297	197	2024-01-04	4	29.70	closed
3298	198	2024-01-05	5	29.80	active
3299	199	2024-01-06	6	29.90	active
3300	200	2024-01-07	7	30.00	closed
3301	201	2024-01-08	8	30.10	active
3302	202	2024-01-09	9	30.20	active
3303	203	2024-01-10	1	30.30	closed
3304	204	2024-01-11	2	30.40	active
3305	205	2024-01-12	3	30.50	active
3306	206	2024-01-13	4	30.60	closed
3307	207	2024-01-14	5	30.70	active
3308	208	2024-01-15	6	30.80	active
3309	209	2024-01-16	7	30.90	closed
3310	210	2024-01-17	8	31.00	active
3311	211	2024-01-18	9	31.10	active
3312	212	2024-01-19	1	31.20	closed
3313	213	2024-01-20	2	31.30	active
3314	214	2024-01-21	3	31.40	active
3315	215	2024-01-22	4	31.50	closed
3316	216	2024-01-23	5	31.60	active
3317	217	2024-01-24	6	31.70	active
3318	218	2024-01-25	7	31.80	closed
3319	219	2024-01-26	8	31.90	active
3320	220	2024-01-27	9	32.00	active
3321	221	2024-01-28	1	32.10	closed
3322	222	2024-01-29	2	32.20	active
3323	223	2024-01-30	3	32.30	active
3324	224	2024-01-31	4	32.40	closed
3325	225	2024-02-01	5	32.50	active
3326	226	2024-02-02	6	32.60	active
3327	227	2024-02-03	7	32.70	closed
3328	228	2024-02-04	8	32.80	active
3329	229	2024-02-05	9	32.90	active
3330	230	2024-02-06	1	33.00	closed
3331	231	2024-02-07	2	33.10	active
3332	232	2024-02-08	3	33.20	active
3333	233	2024-02-09	4	33.30	closed
3334	234	2024-02-10	5	33.40	active
3335	235	2024-02-11	6	33.50	active
3336	236	2024-02-12	7	33.60	closed
3337	237	2024-02-13	8	33.70	active
3338	238	2024-02-14	9	33.80	active
3339	239	2024-02-15	1	33.90	closed
3340	240	2024-02-16	2	34.00	active
3341	241	2024-02-17	3	34.10	active
3342	242	2024-02-18	4	34.20	closed
3343	243	2024-02-19	5	34.30	active
3344	244	2024-02-20	6	34.40	active
3345	245	2024-02-21	7	34.50	closed
3346	246	2024-02-22	8	34.60	active
3347	247	2024-02-23	9	34.70	active
3348	248	2024-02-24	1	34.80	closed
3349	249	2024-02-25	2	34.90	active
3350	250	2024-02-26	3	35.00	active
3351	251	2024-02-27	4	35.10	closed
3352	252	2024-02-28	5	35.20	active
3353	253	2024-02-29	6	35.30	active
3354	254	2024-03-01	7	35.40	closed
3355	255	2024-03-02	8	35.50	active
3356	256	2024-03-03	9	35.60	active
3357	257	2024-03-04	1	35.70	closed
3358	258	2024-03-05	2	35.80	active
3359	259	2024-03-06	3	35.90	active
3360	260	2024-03-07	4	36.00	closed
3361	261	2024-03-08	5	36.10	active
3362	262	2024-03-09	6	36.20	active
3363	263	2024-03-10	7	36.30	closed
3364	264	2024-03-11	8	36.40	active
3365	265	2024-03-12	9	36.50	active
3366	266	2024-03-13	1	36.60	closed
3367	267	2024-03-14	2	36.70	active
3368	268	2024-03-15	3	36.80	active
3369	269	2024-03-16	4	36.90	closed
3370	270	2024-03-17	5	37.00	active
3371	271	2024-03-18	6	37.10	active
3372	272	2024-03-19	7	37.20	closed
3373	273	2024-03-20	8	37.30	active
3374	274	2024-03-21	9	37.40	active
3375	275	2024-03-22	1	37.50	closed
3376	276	2024-03-23	2	37.60	active
3377	277	2024-03-24	3	37.70	active
3378	278	2024-03-25	4	37.80	closed
3379	279	2024-03-26	5	37.90	active
3380	280	2024-03-27	6	38.00	active
3381	281	2024-03-28	7	38.10	closed
3382	282	2024-03-29	8	38.20	active
3383	283	2024-03-30	9	38.30	active
3384	284	2024-03-31	1	38.40	closed
3385	285	2024-04-01	2	38.50	active
3386	286	2024-04-02	3	38.60	active
3387	287	2024-04-03	4	38.70	closed
3388	288	2024-04-04	5	38.80	active
3389	289	2024-04-05	6	38.90	active
3390	290	2024-04-06	7	39.00	closed
3391	291	2024-04-07	8	39.10	active
3392	292	2024-04-08	9	39.20	active
3393	293	2024-04-09	1	39.30	closed
3394	294	2024-04-10	2	39.40	active
3395	295	2024-04-11	3	39.50	active
3396	296	2024-04-12	4	39.60	closed
3397	297	2024-04-13	5	39.70	active
3398	298	2024-04-14	6	39.80	active
3399	299	2024-04-15	7	39.90	closed
3400	100	2024-04-16	8	40.00	active
3401	101	2024-04-17	9	40.10	active
3402	102	2024-04-18	1	40.20	closed
3403	103	2024-04-19	2	40.30	active
3404	104	2024-04-20	3	40.40	active
3405	105	2024-04-21	4	40.50	closed
3406	106	2024-04-22	5	40.60	active
3407	107	2024-04-23	6	40.70	active
3408	108	2024-04-24	7	40.80	closed
3409	109	2024-04-25	8	40.90	active
3410	110	2024-04-26	9	41.00	active
3411	111	2024-04-27	1	41.10	closed
3412	112	2024-04-28	2	41.20	active
3413	113	2024-04-29	3	41.30	active
3414	114	2024-04-30	4	41.40	closed
3415	115	2024-05-01	5	41.50	active
3416	116	2024-05-02	6	41.60	active
3417	117	2024-05-03	7	41.70	closed
3418	118	2024-05-04	8	41.80	active
3419	119	2024-05-05	9	41.90	active
3420	120	2024-05-06	1	42.00	closed
3421	121	2024-05-07	2	42.10	active
3422	122	2024-05-08	3	42.20	active
3423	123	2024-05-09	4	42.30	closed
3424	124	2024-05-10	5	42.40	active
3425	125	2024-05-11	6	42.50	active
3426	126	2024-05-12	7	42.60	closed
3427	127	2024-05-13	8	42.70	active
3428	128	2024-05-14	9	42.80	active
3429	129	2024-05-15	1	42.90	closed
3430	130	2024-05-16	2	43.00	active
3431	131	2024-05-17	3	43.10	active
3432	132	2024-05-18	4	43.20	closed
3433	133	2024-05-19	5	43.30	active
3434	134	2024-05-20	6	43.40	active
3435	135	2024-05-21	7	43.50	closed
3436	136	2024-05-22	8	43.60	active
3437	137	2024-05-23	9	43.70	active
3438	138	2024-05-24	1	43.80	closed
3439	139	2024-05-25	2	43.90	active
3440	140	2024-05-26	3	44.00	active
3441	141	2024-05-27	4	44.10	closed
3442	142	2024-05-28	5	44.20	active
3443	143	2024-05-29	6	44.30	active
3444	144	2024-05-30	7	44.40	closed
3445	145	2024-05-31	8	44.50	active
3446	146	2024-06-01	9	44.60	active
3447	147	2024-06-02	1	44.70	closed
3448	148	2024-06-03	2	44.80	active
3449	149	2024-06-04	3	44.90	active
3450	150	2024-06-05	4	45.00	closed
3451	151	2024-06-06	5	45.10	active
3452	152	2024-06-07	6	45.20	active
3453	153	2024-06-08	7	45.30	closed
3454	154	2024-06-09	8	45.40	active
3455	155	2024-06-10	9	45.50	active
3456	156	2024-06-11	1	45.60	closed
3457	157	2024-06-12	2	45.70	active
3458	158	2024-06-13	3	45.80	active
3459	159	2024-06-14	4	45.90	closed
3460	160	2024-06-15	5	46.00	active
3461	161	2024-06-16	6	46.10	active
3462	162	2024-06-17	7	46.20	closed
3463	163	2024-06-18	8	46.30	active
3464	164	2024-06-19	9	46.40	active
3465	165	2024-06-20	1	46.50	closed
3466	166	2024-06-21	2	46.60	active
3467	167	2024-06-22	3	46.70	active
3468	168	2024-06-23	4	46.80	closed
3469	169	2024-06-24	5	46.90	active
3470	170	2024-06-25	6	47.00	active
3471	171	2024-06-26	7	47.10	closed
3472	172	2024-06-27	8	47.20	active
3473	173	2024-06-28	9	47.30	active
3474	174	2024-06-29	1	47.40	closed
3475	175	2024-06-30	2	47.50	active
3476	176	2024-07-01	3	47.60	active
3477	177	2024-07-02	4	47.70	closed
3478	178	2024-07-03	5	47.80	active
3479	179	2024-07-04	6	47.90	active
3480	180	2024-07-05	7	48.00	closed
3481	181	2024-07-06	8	48.10	active
3482	182	2024-07-07	9	48.20	active
3483	183	2024-07-08	1	48.30	closed
3484	184	2024-07-09	2	48.40	active
3485	185	2024-07-10	3	48.50	active
3486	186	2024-07-11	4	48.60	closed
3487	187	2024-07-12	5	48.70	active
3488	188	2024-07-13	6	48.80	active
3489	189	2024-07-14	7	48.90	closed
3490	190	2024-07-15	8	49.00	active
3491	191	2024-07-16	9	49.10	active
3492	192	2024-07-17	1	49.20	closed
3493	193	2024-07-18	2	49.30	active
3494	194	2024-07-19	3	49.40	active
3495	195	2024-07-20	4	49.50	closed
3496	196	2024-07-21	5	49.60	active
3497	197	2024-07-22	6	49.70	active
3498	198	2024-07-23	7	49.80	closed
3499	199	2024-07-24	8	49.90	active
3500	200	2024-07-25	9	50.00	active
3501	201	2024-07-26	1	50.10	closed
3502	202	2024-07-27	2	50.20	active
3503	203	2024-07-28	3	50.30	active
3504	204	2024-07-29	4	50.40	closed
3505	205	2024-07-30	5	50.50	active
3506	206	2024-07-31	6	50.60	active
3507	207	2024-08-01	7	50.70	closed
3508	208	2024-08-02	8	50.80	active
3509	209	2024-08-03	9	50.90	active
3510	210	2024-08-04	1	51.00	closed
3511	211	2024-08-05	2	51.10	active
3512	212	2024-08-06	3	51.20	active
3513	213	2024-08-07	4	51.30	closed
3514	214	2024-08-08	5	51.40	active
3515	215	2024-08-09	6	51.50	active
3516	216	2024-08-10	7	51.60	closed
3517	217	2024-08-11	8	51.70	active
3518	218	2024-08-12	9	51.80	active
3519	219	2024-08-13	1	51.90	closed
3520	220	2024-08-14	2	52.00	active
3521	221	2024-08-15	3	52.10	active
3522	222	2024-08-16	4	52.20	closed
3523	223	2024-08-17	5	52.30	active
3524	224	2024-08-18	6	52.40	active
3525	225	2024-08-19	7	52.50	closed
3526	226	2024-08-20	8	52.60	active
3527	227	2024-08-21	9	52.70	active
3528	228	2024-08-22	1	52.80	closed
3529	229	2024-08-23	2	52.90	active
3530	230	2024-08-24	3	53.00	active
3531	231	2024-08-25	4	53.10	closed
3532	232	2024-08-26	5	53.20	active
3533	233	2024-08-27	6	53.30	active
3534	234	2024-08-28	7	53.40	closed
3535	235	2024-08-29	8	53.50	active
3536	236	2024-08-30	9	53.60	active
3537	237	2024-08-31	1	53.70	closed
3538	238	2024-09-01	2	53.80	active
3539	239	2024-09-02	3	53.90	active
3540	240	2024-09-03	4	54.00	closed
3541	241	2024-09-04	5	54.10	active
3542	242	2024-09-05	6	54.20	active
3543	243	2024-09-06	7	54.30	closed
3544	244	2024-09-07	8	54.40	active
3545	245	2024-09-08	9	54.50	active
3546	246	2024-09-09	1	54.60	closed
3547	247	2024-09-10	2	54.70	active
3548	248	2024-09-11	3	54.80	active
3549	249	2024-09-12	4	54.90	closed
3550	250	2024-09-13	5	55.00	active
3551	251	2024-09-14	6	55.10	active
3552	252	2024-09-15	7	55.20	closed
3553	253	2024-09-16	8	55.30	active
3554	254	2024-09-17	9	55.40	active
3555	255	2024-09-18	1	55.50	closed
3556	256	2024-09-19	2	55.60	active
3557	257	2024-09-20	3	55.70	active
3558	258	2024-09-21	4	55.80	closed
3559	259	2024-09-22	5	55.90	active
3560	260	2024-09-23	6	56.00	active
3561	261	2024-09-24	7	56.10	closed
3562	262	2024-09-25	8	56.20	active
3563	263	2024-09-26	9	56.30	active
3564	264	2024-09-27	1	56.40	closed
3565	265	2024-09-28	2	56.50	active
3566	266	2024-09-29	3	56.60	active
3567	267	2024-09-30	4	56.70	closed
3568	268	2024-10-01	5	56.80	active
3569	269	2024-10-02	6	56.90	active
3570	270	2024-10-03	7	57.00	closed
3571	271	2024-10-04	8	57.10	active
3572	272	2024-10-05	9	57.20	active
3573	273	2024-10-06	1	57.30	closed
3574	274	2024-10-07	2	57.40	active
3575	275	2024-10-08	3	57.50	active
3576	276	2024-10-09	4	57.60	closed
3577	277	2024-10-10	5	57.70	active
3578	278	2024-10-11	6	57.80	active
3579	279	2024-10-12	7	57.90	closed
3580	280	2024-10-13	8	58.00	active
3581	281	2024-10-14	9	58.10	active
3582	282	2024-10-15	1	58.20	closed
3583	283	2024-10-16	2	58.30	active
3584	284	2024-10-17	3	58.40	active
3585	285	2024-10-18	4	58.50	closed
3586	286	2024-10-19	5	58.60	active
3587	287	2024-10-20	6	58.70	active
3588	288	2024-10-21	7	58.80	closed
3589	289	2024-10-22	8	58.90	active
3590	290	2024-10-23	9	59.00	active
3591	291	2024-10-24	1	59.10	closed
3592	292	2024-10-25	2	59.20	active
3593	293	2024-10-26	3	59.30	active
3594	294	2024-10-27	4	59.40	closed
3595	295	2024-10-28	5	59.50	active
3596	296	2024-10-29	6	59.60	active
3597	297	2024-10-30	7	59.70	closed
3598	298	2024-10-31	8	59.80	active
3599	299	2024-11-01	9	59.90	active
3600	100	2024-11-02	1	60.00	closed
3601	101	2024-11-03	2	60.10	active
3602	102	2024-11-04	3	60.20	active
3603	103	2024-11-05	4	60.30	closed
3604	104	2024-11-06	5	60.40	active
3605	105	2024-11-07	6	60.50	active
3606	106	2024-11-08	7	60.60	closed
3607	107	2024-11-09	8	60.70	active
3608	108	2024-11-10	9	60.80	active
3609	109	2024-11-11	1	60.90	closed
3610	110	2024-11-12	2	61.00	active
3611	111	2024-11-13	3	61.10	active
3612	112	2024-11-14	4	61.20	closed
3613	113	2024-11-15	5	61.30	active
3614	114	2024-11-16	6	61.40	active
3615	115	2024-11-17	7	61.50	closed
3616	116	2024-11-18	8	61.60	active
3617	117	2024-11-19	9	61.70	active
3618	118	2024-11-20	1	61.80	closed
3619	119	2024-11-21	2	61.90	active
3620	120	2024-11-22	3	62.00	active
3621	121	2024-11-23	4	62.10	closed
3622	122	2024-11-24	5	62.20	active
3623	123	2024-11-25	6	62.30	active
3624	124	2024-11-26	7	62.40	closed
3625	125	2024-11-27	8	62.50	active
3626	126	2024-11-28	9	62.60	active
3627	127	2024-11-29	1	62.70	closed
3628	128	2024-11-30	2	62.80	active
3629	129	2024-12-01	3	62.90	active
3630	130	2024-12-02	4	63.00	closed
3631	131	2024-12-03	5	63.10	active
3632	132	2024-12-04	6	63.20	active
3633	133	2024-12-05	7	63.30	closed
3634	134	2024-12-06	8	63.40	active
3635	135	2024-12-07	9	63.50	active
3636	136	2024-12-08	1	63.60	closed
3637	137	2024-12-09	2	63.70	active
3638	138	2024-12-10	3	63.80	active
3639	139	2024-12-11	4	63.90	closed
3640	140	2024-12-12	5	64.00	active
3641	141	2024-12-13	6	64.10	active
3642	142	2024-12-14	7	64.20	closed
3643	143	2024-12-15	8	64.30	active
3644	144	2024-12-16	9	64.40	active
3645	145	2024-12-17	1	64.50	closed
3646	146	2024-12-18	2	64.60	active
3647	147	2024-12-19	3	64.70	active
3648	148	2024-12-20	4	64.80	closed
3649	149	2024-12-21	5	64.90	active
3650	150	2024-12-22	6	65.00	active
3651	151	2024-12-23	7	65.10	closed
3652	152	2024-12-24	8	65.20	active
3653	153	2024-12-25	9	65.30	active
3654	154	2024-12-26	1	65.40	closed
3655	155	2024-12-27	2	65.50	active
3656	156	2024-12-28	3	65.60	active
3657	157	2024-12-29	4	65.70	closed
3658	158	2024-12-30	5	65.80	active
3659	159	2024-12-31	6	65.90	active
3660	160	2024-01-01	7	66.00	closed
3661	161	2024-01-02	8	66.10	active
3662	162	2024-01-03	9	66.20	active
3663	163	2024-01-04	1	66.30	closed
3664	164	2024-01-05	2	66.40	active
3665	165	2024-01-06	3	66.50	active
3666	166	2024-01-07	4	66.60	closed
3667	167	2024-01-08	5	66.70	active
3668	168	2024-01-09	6	66.80	active
3669	169	2024-01-10	7	66.90	closed
3670	170	2024-01-11	8	67.00	active
3671	171	2024-01-12	9	67.10	active
3672	172	2024-01-13	1	67.20	closed
3673	173	2024-01-14	2	67.30	active
3674	174	2024-01-15	3	67.40	active
3675	175	2024-01-16	4	67.50	closed
3676	176	2024-01-17	5	67.60	active
3677	177	2024-01-18	6	67.70	active
3678	178	2024-01-19	7	67.80	closed
3679	179	2024-01-20	8	67.90	active
3680	180	2024-01-21	9	68.00	active
3681	181	2024-01-22	1	68.10	closed
3682	182	2024-01-23	2	68.20	active
3683	183	2024-01-24	3	68.30	active
3684	184	2024-01-25	4	68.40	closed
3685	185	2024-01-26	5	68.50	active
3686	186	2024-01-27	6	68.60	active
3687	187	2024-01-28	7	68.70	closed
3688	188	2024-01-29	8	68.80	active
3689	189	2024-01-30	9	68.90	active
3690	190	2024-01-31	1	69.00	closed
3691	191	2024-02-01	2	69.10	active
3692	192	2024-02-02	3	69.20	active
3693	193	2024-02-03	4	69.30	closed
3694	194	2024-02-04	5	69.40	active
3695	195	2024-02-05	6	69.50	active
3696	196	2024-02-06	7	69.60	closed
3697	197	2024-02-07	8	69.70	active
3698	198	2024-02-08	9	69.80	active
3699	199	2024-02-09	1	69.90	closed
3700	200	2024-02-10	2	70.00	active
3701	201	2024-02-11	3	70.10	active
3702	202	2024-02-12	4	70.20	closed
3703	203	2024-02-13	5	70.30	active
3704	204	2024-02-14	6	70.40	active
3705	205	2024-02-15	7	70.50	closed
3706	206	2024-02-16	8	70.60	active
3707	207	2024-02-17	9	70.70	active
3708	208	2024-02-18	1	70.80	closed
3709	209	2024-02-19	2	70.90	active
3710	210	2024-02-20	3	71.00	active
3711	211	2024-02-21	4	71.10	closed
3712	212	2024-02-22	5	71.20	active
3713	213	2024-02-23	6	71.30	active
3714	214	2024-02-24	7	71.40	closed
3715	215	2024-02-25	8	71.50	active
3716	216	2024-02-26	9	71.60	active
3717	217	2024-02-27	1	71.70	closed
3718	218	2024-02-28	2	71.80	active
3719	219	2024-02-29	3	71.90	active
3720	220	2024-03-01	4	72.00	closed
3721	221	2024-03-02	5	72.10	active
3722	222	2024-03-03	6	72.20	active
3723	223	2024-03-04	7	72.30	closed
3724	224	2024-03-05	8	72.40	active
3725	225	2024-03-06	9	72.50	active
3726	226	2024-03-07	1	72.60	closed
3727	227	2024-03-08	2	72.70	active
3728	228	2024-03-09	3	72.80	active
3729	229	2024-03-10	4	72.90	closed
3730	230	2024-03-11	5	73.00	active
3731	231	2024-03-12	6	73.10	active
3732	232	2024-03-13	7	73.20	closed
3733	233	2024-03-14	8	73.30	active
3734	234	2024-03-15	9	73.40	active
3735	235	2024-03-16	1	73.50	closed
3736	236	2024-03-17	2	73.60	active
3737	237	2024-03-18	3	73.70	active
3738	238	2024-03-19	4	73.80	closed
3739	239	2024-03-20	5	73.90	active
3740	240	2024-03-21	6	74.00	active
3741	241	2024-03-22	7	74.10	closed
3742	242	2024-03-23	8	74.20	active
3743	243	2024-03-24	9	74.30	active
3744	244	2024-03-25	1	74.40	closed
3745	245	2024-03-26	2	74.50	active
3746	246	2024-03-27	3	74.60	active
3747	247	2024-03-28	4	74.70	closed
3748	248	2024-03-29	5	74.80	active
3749	249	2024-03-30	6	74.90	active
3750	250	2024-03-31	7	75.00	closed
3751	251	2024-04-01	8	75.10	active
3752	252	2024-04-02	9	75.20	active
3753	253	2024-04-03	1	75.30	closed
3754	254	2024-04-04	2	75.40	active
3755	255	2024-04-05	3	75.50	active
3756	256	2024-04-06	4	75.60	closed
3757	257	2024-04-07	5	75.70	active
3758	258	2024-04-08	6	75.80	active
3759	259	2024-04-09	7	75.90	closed
3760	260	2024-04-10	8	76.00	active
3761	261	2024-04-11	9	76.10	active
3762	262	2024-04-12	1	76.20	closed
3763	263	2024-04-13	2	76.30	active
3764	264	2024-04-14	3	76.40	active
3765	265	2024-04-15	4	76.50	closed
3766	266	2024-04-16	5	76.60	active
3767	267	2024-04-17	6	76.70	active
3768	268	2024-04-18	7	76.80	closed
3769	269	2024-04-19	8	76.90	active
3770	270	2024-04-20	9	77.00	active
3771	271	2024-04-21	1	77.10	closed
3772	272	2024-04-22	2	77.20	active
3773	273	2024-04-23	3	77.30	active
3774	274	2024-04-24	4	77.40	closed
3775	275	2024-04-25	5	77.50	active
3776	276	2024-04-26	6	77.60	active
3777	277	2024-04-27	7	77.70	closed
3778	278	2024-04-28	8	77.80	active
3779	279	2024-04-29	9	77.90	active
3780	280	2024-04-30	1	78.00	closed
3781	281	2024-05-01	2	78.10	active
3782	282	2024-05-02	3	78.20	active
3783	283	2024-05-03	4	78.30	closed
3784	284	2024-05-04	5	78.40	active
3785	285	2024-05-05	6	78.50	active
3786	286	2024-05-06	7	78.60	closed
3787	287	2024-05-07	8	78.70	active
3788	288	2024-05-08	9	78.80	active
3789	289	2024-05-09	1	78.90	closed
3790	290	2024-05-10	2	79.00	active
3791	291	2024-05-11	3	79.10	active
3792	292	2024-05-12	4	79.20	closed
3793	293	2024-05-13	5	79.30	active
3794	294	2024-05-14	6	79.40	active
3795	295	2024-05-15	7	79.50	closed
3796	296	2024-05-16	8	79.60	active
3797	297	2024-05-17	9	79.70	active
3798	298	2024-05-18	1	79.80	closed
3799	299	2024-05-19	2	79.90	active
3800	100	2024-05-20	3	80.00	active
3801	101	2024-05-21	4	80.10	closed
3802	102	2024-05-22	5	80.20	active
3803	103	2024-05-23	6	80.30	active
3804	104	2024-05-24	7	80.40	closed
3805	105	2024-05-25	8	80.50	active
3806	106	2024-05-26	9	80.60	active
3807	107	2024-05-27	1	80.70	closed
3808	108	2024-05-28	2	80.80	active
3809	109	2024-05-29	3	80.90	active
3810	110	2024-05-30	4	81.00	closed
3811	111	2024-05-31	5	81.10	active
3812	112	2024-06-01	6	81.20	active
3813	113	2024-06-02	7	81.30	closed
3814	114	2024-06-03	8	81.40	active
3815	115	2024-06-04	9	81.50	active
3816	116	2024-06-05	1	81.60	closed
3817	117	2024-06-06	2	81.70	active
3818	118	2024-06-07	3	81.80	active
3819	119	2024-06-08	4	81.90	closed
3820	120	2024-06-09	5	82.00	active
3821	121	2024-06-10	6	82.10	active
3822	122	2024-06-11	7	82.20	closed
3823	123	2024-06-12	8	82.30	active
3824	124	2024-06-13	9	82.40	active
3825	125	2024-06-14	1	82.50	closed
3826	126	2024-06-15	2	82.60	active
3827	127	2024-06-16	3	82.70	active
3828	128	2024-06-17	4	82.80	closed
3829	129	2024-06-18	5	82.90	active
3830	130	2024-06-19	6	83.00	active
3831	131	2024-06-20	7	83.10	closed
3832	132	2024-06-21	8	83.20	active
3833	133	2024-06-22	9	83.30	active
3834	134	2024-06-23	1	83.40	closed
3835	135	2024-06-24	2	83.50	active
3836	136	2024-06-25	3	83.60	active
3837	137	2024-06-26	4	83.70	closed
3838	138	2024-06-27	5	83.80	active
3839	139	2024-06-28	6	83.90	active
3840	140	2024-06-29	7	84.00	closed
3841	141	2024-06-30	8	84.10	active
3842	142	2024-07-01	9	84.20	active
3843	143	2024-07-02	1	84.30	closed
3844	144	2024-07-03	2	84.40	active
3845	145	2024-07-04	3	84.50	active
3846	146	2024-07-05	4	84.60	closed
3847	147	2024-07-06	5	84.70	active
3848	148	2024-07-07	6	84.80	active
3849	149	2024-07-08	7	84.90	closed
3850	150	2024-07-09	8	85.00	active
3851	151	2024-07-10	9	85.10	active
3852	152	2024-07-11	1	85.20	closed
3853	153	2024-07-12	2	85.30	active
3854	154	2024-07-13	3	85.40	active
3855	155	2024-07-14	4	85.50	closed
3856	156	2024-07-15	5	85.60	active
3857	157	2024-07-16	6	85.70	active
3858	158	2024-07-17	7	85.80	closed
3859	159	2024-07-18	8	85.90	active
3860	160	2024-07-19	9	86.00	active
3861	161	2024-07-20	1	86.10	closed
3862	162	2024-07-21	2	86.20	active
3863	163	2024-07-22	3	86.30	active
3864	164	2024-07-23	4	86.40	closed
3865	165	2024-07-24	5	86.50	active
3866	166	2024-07-25	6	86.60	active
3867	167	2024-07-26	7	86.70	closed
3868	168	2024-07-27	8	86.80	active
3869	169	2024-07-28	9	86.90	active
3870	170	2024-07-29	1	87.00	closed
3871	171	2024-07-30	2	87.10	active
3872	172	2024-07-31	3	87.20	active
3873	173	2024-08-01	4	87.30	closed
3874	174	2024-08-02	5	87.40	active
3875	175	2024-08-03	6	87.50	active
3876	176	2024-08-04	7	87.60	closed
3877	177	2024-08-05	8	87.70	active
3878	178	2024-08-06	9	87.80	active
3879	179	2024-08-07	1	87.90	closed
3880	180	2024-08-08	2	88.00	active
3881	181	2024-08-09	3	88.10	active
3882	182	2024-08-10	4	88.20	closed
3883	183	2024-08-11	5	88.30	active
3884	184	2024-08-12	6	88.40	active
3885	185	2024-08-13	7	88.50	closed
3886	186	2024-08-14	8	88.60	active
3887	187	2024-08-15	9	88.70	active
3888	188	2024-08-16	1	88.80	closed
3889	189	2024-08-17	2	88.90	active
3890	190	2024-08-18	3	89.00	active
3891	191	2024-08-19	4	89.10	closed
3892	192	2024-08-20	5	89.20	active
3893	193	2024-08-21	6	89.30	active
3894	194	2024-08-22	7	89.40	closed
3895	195	2024-08-23	8	89.50	active
3896	196	2024-08-24	9	89.60	active
3897	197	2024-08-25	1	89.70	closed
3898	198	2024-08-26	2	89.80	active
3899	199	2024-08-27	3	89.90	active
3900	200	2024-08-28	4	90.00	closed
3901	201	2024-08-29	5	90.10	active
3902	202	2024-08-30	6	90.20	active
3903	203	2024-08-31	7	90.30	closed
3904	204	2024-09-01	8	90.40	active
3905	205	2024-09-02	9	90.50	active
3906	206	2024-09-03	1	90.60	closed
3907	207	2024-09-04	2	90.70	active
3908	208	2024-09-05	3	90.80	active
3909	209	2024-09-06	4	90.90	closed
3910	210	2024-09-07	5	91.00	active
3911	211	2024-09-08	6	91.10	active
3912	212	2024-09-09	7	91.20	closed
3913	213	2024-09-10	8	91.30	active
3914	214	2024-09-11	9	91.40	active
3915	215	2024-09-12	1	91.50	closed
3916	216	2024-09-13	2	91.60	active
3917	217	2024-09-14	3	91.70	active
3918	218	2024-09-15	4	91.80	closed
3919	219	2024-09-16	5	91.90	active
3920	220	2024-09-17	6	92.00	active
3921	221	2024-09-18	7	92.10	closed
3922	222	2024-09-19	8	92.20	active
3923	223	2024-09-20	9	92.30	active
3924	224	2024-09-21	1	92.40	closed
3925	225	2024-09-22	2	92.50	active
3926	226	2024-09-23	3	92.60	active
3927	227	2024-09-24	4	92.70	closed
3928	228	2024-09-25	5	92.80	active
3929	229	2024-09-26	6	92.90	active
3930	230	2024-09-27	7	93.00	closed
3931	231	2024-09-28	8	93.10	active
3932	232	2024-09-29	9	93.20	active
3933	233	2024-09-30	1	93.30	closed
3934	234	2024-10-01	2	93.40	active
3935	235	2024-10-02	3	93.50	active
3936	236	2024-10-03	4	93.60	closed
3937	237	2024-10-04	5	93.70	active
3938	238	2024-10-05	6	93.80	active
3939	239	2024-10-06	7	93.90	closed
3940	240	2024-10-07	8	94.00	active
3941	241	2024-10-08	9	94.10	active
3942	242	2024-10-09	1	94.20	closed
3943	243	2024-10-10	2	94.30	active
3944	244	2024-10-11	3	94.40	active
3945	245	2024-10-12	4	94.50	closed
3946	246	2024-10-13	5	94.60	active
3947	247	2024-10-14	6	94.70	active
3948	248	2024-10-15	7	94.80	closed
3949	249	2024-10-16	8	94.90	active
3950	250	2024-10-17	9	95.00	active
3951	251	2024-10-18	1	95.10	closed
3952	252	2024-10-19	2	95.20	active
3953	253	2024-10-20	3	95.30	active
3954	254	2024-10-21	4	95.40	closed
3955	255	2024-10-22	5	95.50	active
3956	256	2024-10-23	6	95.60	active
3957	257	2024-10-24	7	95.70	closed
3958	258	2024-10-25	8	95.80	active
3959	259	2024-10-26	9	95.90	active
3960	260	2024-10-27	1	96.00	closed
3961	261	2024-10-28	2	96.10	active
3962	262	2024-10-29	3	96.20	active
3963	263	2024-10-30	4	96.30	closed
3964	264	2024-10-31	5	96.40	active
3965	265	2024-11-01	6	96.50	active
3966	266	2024-11-02	7	96.60	closed
3967	267	2024-11-03	8	96.70	active
3968	268	2024-11-04	9	96.80	active
3969	269	2024-11-05	1	96.90	closed
3970	270	2024-11-06	2	97.00	active
3971	271	2024-11-07	3	97.10	active
3972	272	2024-11-08	4	97.20	closed
3973	273	2024-11-09	5	97.30	active
3974	274	2024-11-10	6	97.40	active
3975	275	2024-11-11	7	97.50	closed
3976	276	2024-11-12	8	97.60	active
3977	277	2024-11-13	9	97.70	active
3978	278	2024-11-14	1	97.80	closed
3979	279	2024-11-15	2	97.90	active
3980	280	2024-11-16	3	98.00	active
3981	281	2024-11-17	4	98.10	closed
3982	282	2024-11-18	5	98.20	active
3983	283	2024-11-19	6	98.30	active
3984	284	2024-11-20	7	98.40	closed
3985	285	2024-11-21	8	98.50	active
3986	286	2024-11-22	9	98.60	active
3987	287	2024-11-23	1	98.70	closed
3988	288	2024-11-24	2	98.80	active
3989	289	2024-11-25	3	98.90	active
3990	290	2024-11-26	4	99.00	closed
3991	291	2024-11-27	5	99.10	active
3992	292	2024-11-28	6	99.20	active
3993	293	2024-11-29	7	99.30	closed
3994	294	2024-11-30	8	99.40	active
3995	295	2024-12-01	9	99.50	active
3996	296	2024-12-02	1	99.60	closed
3997	297	2024-12-03	2	99.70	active
3998	298	2024-12-04	3	99.80	active
3999	299	2024-12-05	4	99.90	closed
4000	100	2024-12-06	5	0.00	active
4001	101	2024-12-07	6	0.10	active
4002	102	2024-12-08	7	0.20	closed
4003	103	2024-12-09	8	0.30	active
4004	104	2024-12-10	9	0.40	active
4005	105	2024-12-11	1	0.50	closed
4006	106	2024-12-12	2	0.60	active
4007	107	2024-12-13	3	0.70	active
4008	108	2024-12-14	4	0.80	closed
4009	109	2024-12-15	5	0.90	active
4010	110	2024-12-16	6	1.00	active
4011	111	2024-12-17	7	1.10	closed
4012	112	2024-12-18	8	1.20	active
4013	113	2024-12-19	9	1.30	active
4014	114	2024-12-20	1	1.40	closed
4015	115	2024-12-21	2	1.50	active
4016	116	2024-12-22	3	1.60	active
4017	117	2024-12-23	4	1.70	closed
4018	118	2024-12-24	5	1.80	active
4019	119	2024-12-25	6	1.90	active
4020	120	2024-12-26	7	2.00	closed
4021	121	2024-12-27	8	2.10	active
4022	122	2024-12-28	9	2.20	active
4023	123	2024-12-29	1	2.30	closed
4024	124	2024-12-30	2	2.40	active
4025	125	2024-12-31	3	2.50	active
4026	126	2024-01-01	4	2.60	closed
4027	127	2024-01-02	5	2.70	active
4028	128	2024-01-03	6	2.80	active
4029	129	2024-01-04	7	2.90	closed
4030	130	2024-01-05	8	3.00	active
4031	131	2024-01-06	9	3.10	active
4032	132	2024-01-07	1	3.20	closed
4033	133	2024-01-08	2	3.30	active
4034	134	2024-01-09	3	3.40	active
4035	135	2024-01-10	4	3.50	closed
4036	136	2024-01-11	5	3.60	active
4037	137	2024-01-12	6	3.70	active
4038	138	2024-01-13	7	3.80	closed
4039	139	2024-01-14	8	3.90	active
4040	140	2024-01-15	9	4.00	active
4041	141	2024-01-16	1	4.10	closed
4042	142	2024-01-17	2	4.20	active
4043	143	2024-01-18	3	4.30	active
4044	144	2024-01-19	4	4.40	closed
4045	145	2024-01-20	5	4.50	active
4046	146	2024-01-21	6	4.60	active
4047	147	2024-01-22	7	4.70	closed
4048	148	2024-01-23	8	4.80	active
4049	149	2024-01-24	9	4.90	active
4050	150	2024-01-25	1	5.00	closed
4051	151	2024-01-26	2	5.10	active
4052	152	2024-01-27	3	5.20	active
4053	153	2024-01-28	4	5.30	closed
4054	154	2024-01-29	5	5.40	active
4055	155	2024-01-30	6	5.50	active
4056	156	2024-01-31	7	5.60	closed
4057	157	2024-02-01	8	5.70	active
4058	158	2024-02-02	9	5.80	active
4059	159	2024-02-03	1	5.90	closed
4060	160	2024-02-04	2	6.00	active
4061	161	2024-02-05	3	6.10	active
4062	162	2024-02-06	4	6.20	closed
4063	163	2024-02-07	5	6.30	active
4064	164	2024-02-08	6	6.40	active
4065	165	2024-02-09	7	6.50	closed
4066	166	2024-02-10	8	6.60	active
4067	167	2024-02-11	9	6.70	active
4068	168	2024-02-12	1	6.80	closed
4069	169	2024-02-13	2	6.90	active
4070	170	2024-02-14	3	7.00	active
4071	171	2024-02-15	4	7.10	closed
4072	172	2024-02-16	5	7.20	active
4073	173	2024-02-17	6	7.30	active
4074	174	2024-02-18	7	7.40	closed
4075	175	2024-02-19	8	7.50	active
4076	176	2024-02-20	9	7.60	active
4077	177	2024-02-21	1	7.70	closed
4078	178	2024-02-22	2	7.80	active
4079	179	2024-02-23	3	7.90	active
4080	180	2024-02-24	4	8.00	closed
4081	181	2024-02-25	5	8.10	active
4082	182	2024-02-26	6	8.20	active
4083	183	2024-02-27	7	8.30	closed
4084	184	2024-02-28	8	8.40	active
4085	185	2024-02-29	9	8.50	active
4086	186	2024-03-01	1	8.60	closed
4087	187	2024-03-02	2	8.70	active
4088	188	2024-03-03	3	8.80	active
4089	189	2024-03-04	4	8.90	closed
4090	190	2024-03-05	5	9.00	active
4091	191	2024-03-06	6	9.10	active
4092	192	2024-03-07	7	9.20	closed
4093	193	2024-03-08	8	9.30	active
4094	194	2024-03-09	9	9.40	active
4095	195	2024-03-10	1	9.50	closed
4096	196	2024-03-11	2	9.60	active
4097	197	2024-03-12	3	9.70	active
4098	198	2024-03-13	4	9.80	closed
4099	199	2024-03-14	5	9.90	active
4100	200	2024-03-15	6	10.00	active
4101	201	2024-03-16	7	10.10	closed
4102	202	2024-03-17	8	10.20	active
4103	203	2024-03-18	9	10.30	active
4104	204	2024-03-19	1	10.40	closed
4105	205	2024-03-20	2	10.50	active
4106	206	2024-03-21	3	10.60	active
4107	207	2024-03-22	4	10.70	closed
4108	208	2024-03-23	5	10.80	active
4109	209	2024-03-24	6	10.90	active
4110	210	2024-03-25	7	11.00	closed
4111	211	2024-03-26	8	11.10	active
4112	212	2024-03-27	9	11.20	active
4113	213	2024-03-28	1	11.30	closed
4114	214	2024-03-29	2	11.40	active
4115	215	2024-03-30	3	11.50	active
4116	216	2024-03-31	4	11.60	closed
4117	217	2024-04-01	5	11.70	active
4118	218	2024-04-02	6	11.80	active
4119	219	2024-04-03	7	11.90	closed
4120	220	2024-04-04	8	12.00	active
4121	221	2024-04-05	9	12.10	active
4122	222	2024-04-06	1	12.20	closed
4123	223	2024-04-07	2	12.30	active
4124	224	2024-04-08	3	12.40	active
4125	225	2024-04-09	4	12.50	closed
4126	226	2024-04-10	5	12.60	active
4127	227	2024-04-11	6	12.70	active
4128	228	2024-04-12	7	12.80	closed
4129	229	2024-04-13	8	12.90	active
4130	230	2024-04-14	9	13.00	active
4131	231	2024-04-15	1	13.10	closed
4132	232	2024-04-16	2	13.20	active
4133	233	2024-04-17	3	13.30	active
4134	234	2024-04-18	4	13.40	closed
4135	235	2024-04-19	5	13.50	active
4136	236	2024-04-20	6	13.60	active
4137	237	2024-04-21	7	13.70	closed
4138	238	2024-04-22	8	13.80	active
4139	239	2024-04-23	9	13.90	active
4140	240	2024-04-24	1	14.00	closed
4141	241	2024-04-25	2	14.10	active
4142	242	2024-04-26	3	14.20	active
4143	243	2024-04-27	4	14.30	closed
4144	244	2024-04-28	5	14.40	active
4145	245	2024-04-29	6	14.50	active
4146	246	2024-04-30	7	14.60	closed
4147	247	2024-05-01	8	14.70	active
4148	248	2024-05-02	9	14.80	active
4149	249	2024-05-03	1	14.90	closed
4150	250	2024-05-04	2	15.00	active
4151	251	2024-05-05	3	15.10	active
4152	252	2024-05-06	4	15.20	closed
4153	253	2024-05-07	5	15.30	active
4154	254	2024-05-08	6	15.40	active
4155	255	2024-05-09	7	15.50	closed
4156	256	2024-05-10	8	15.60	active
4157	257	2024-05-11	9	15.70	active
4158	258	2024-05-12	1	15.80	closed
4159	259	2024-05-13	2	15.90	active
4160	260	2024-05-14	3	16.00	active
4161	261	2024-05-15	4	16.10	closed
4162	262	2024-05-16	5	16.20	active
4163	263	2024-05-17	6	16.30	active
4164	264	2024-05-18	7	16.40	closed
4165	265	2024-05-19	8	16.50	active
4166	266	2024-05-20	9	16.60	active
4167	267	2024-05-21	1	16.70	closed
4168	268	2024-05-22	2	16.80	active
4169	269	2024-05-23	3	16.90	active
4170	270	2024-05-24	4	17.00	closed
4171	271	2024-05-25	5	17.10	active
4172	272	2024-05-26	6	17.20	active
4173	273	2024-05-27	7	17.30	closed
4174	274	2024-05-28	8	17.40	active
4175	275	2024-05-29	9	17.50	active
4176	276	2024-05-30	1	17.60	closed
4177	277	2024-05-31	2	17.70	active
4178	278	2024-06-01	3	17.80	active
4179	279	2024-06-02	4	17.90	closed
4180	280	2024-06-03	5	18.00	active
4181	281	2024-06-04	6	18.10	active
4182	282	2024-06-05	7	18.20	closed
4183	283	2024-06-06	8	18.30	active
4184	284	2024-06-07	9	18.40	active
4185	285	2024-06-08	1	18.50	closed
4186	286	2024-06-09	2	18.60	active
4187	287	2024-06-10	3	18.70	active
4188	288	2024-06-11	4	18.80	closed
4189	289	2024-06-12	5	18.90	active
4190	290	2024-06-13	6	19.00	active
4191	291	2024-06-14	7	19.10	closed
4192	292	2024-06-15	8	19.20	active
4193	293	2024-06-16	9	19.30	active
4194	294	2024-06-17	1	19.40	closed
4195	295	2024-06-18	2	19.50	active
4196	296	2024-06-19	3	19.60	active
4197	297	2024-06-20	4	19.70	closed
4198	298	2024-06-21	5	19.80	active
4199	299	2024-06-22	6	19.90	active
4200	100	2024-06-23	7	20.00	closed
4201	101	2024-06-24	8	20.10	active
4202	102	2024-06-25	9	20.20	active
4203	103	2024-06-26	1	20.30	closed
4204	104	2024-06-27	2	20.40	active
4205	105	2024-06-28	3	20.50	active
4206	106	2024-06-29	4	20.60	closed
4207	107	2024-06-30	5	20.70	active
4208	108	2024-07-01	6	20.80	active
4209	109	2024-07-02	7	20.90	closed
4210	110	2024-07-03	8	21.00	active
4211	111	2024-07-04	9	21.10	active
4212	112	2024-07-05	1	21.20	closed
4213	113	2024-07-06	2	21.30	active
4214	114	2024-07-07	3	21.40	active
4215	115	2024-07-08	4	21.50	closed
4216	116	2024-07-09	5	21.60	active
4217	117	2024-07-10	6	21.70	active
4218	118	2024-07-11	7	21.80	closed
4219	119	2024-07-12	8	21.90	active
4220	120	2024-07-13	9	22.00	active
4221	121	2024-07-14	1	22.10	closed
4222	122	2024-07-15	2	22.20	active
4223	123	2024-07-16	3	22.30	active
4224	124	2024-07-17	4	22.40	closed
4225	125	2024-07-18	5	22.50	active
4226	126	2024-07-19	6	22.60	active
4227	127	2024-07-20	7	22.70	closed
4228	128	2024-07-21	8	22.80	active
4229	129	2024-07-22	9	22.90	active
4230	130	2024-07-23	1	23.00	closed
4231	131	2024-07-24	2	23.10	active
4232	132	2024-07-25	3	23.20	active
4233	133	2024-07-26	4	23.30	closed
4234	134	2024-07-27	5	23.40	active
4235	135	2024-07-28	6	23.50	active
4236	136	2024-07-29	7	23.60	closed
4237	137	2024-07-30	8	23.70	active
4238	138	2024-07-31	9	23.80	active
4239	139	2024-08-01	1	23.90	closed
4240	140	2024-08-02	2	24.00	active
4241	141	2024-08-03	3	24.10	active
4242	142	2024-08-04	4	24.20	closed
4243	143	2024-08-05	5	24.30	active
4244	144	2024-08-06	6	24.40	active
4245	145	2024-08-07	7	24.50	closed
4246	146	2024-08-08	8	24.60	active
4247	147	2024-08-09	9	24.70	active
4248	148	2024-08-10	1	24.80	closed
4249	149	2024-08-11	2	24.90	active
4250	150	2024-08-12	3	25.00	active
4251	151	2024-08-13	4	25.10	closed
4252	152	2024-08-14	5	25.20	active
4253	153	2024-08-15	6	25.30	active
4254	154	2024-08-16	7	25.40	closed
4255	155	2024-08-17	8	25.50	active
4256	156	2024-08-18	9	25.60	active
4257	157	2024-08-19	1	25.70	closed
4258	158	2024-08-20	2	25.80	active
4259	159	2024-08-21	3	25.90	active
4260	160	2024-08-22	4	26.00	closed
4261	161	2024-08-23	5	26.10	active
4262	162	2024-08-24	6	26.20	active
4263	163	2024-08-25	7	26.30	closed
4264	164	2024-08-26	8	26.40	active
4265	165	2024-08-27	9	26.50	active
4266	166	2024-08-28	1	26.60	closed
4267	167	2024-08-29	2	26.70	active
4268	168	2024-08-30	3	26.80	active
4269	169	2024-08-31	4	26.90	closed
4270	170	2024-09-01	5	27.00	active
4271	171	2024-09-02	6	27.10	active
4272	172	2024-09-03	7	27.20	closed
4273	173	2024-09-04	8	27.30	active
4274	174	2024-09-05	9	27.40	active
4275	175	2024-09-06	1	27.50	closed
4276	176	2024-09-07	2	27.60	active
4277	177	2024-09-08	3	27.70	active
4278	178	2024-09-09	4	27.80	closed
4279	179	2024-09-10	5	27.90	active
4280	180	2024-09-11	6	28.00	active
4281	181	2024-09-12	7	28.10	closed
4282	182	2024-09-13	8	28.20	active
4283	183	2024-09-14	9	28.30	active
4284	184	2024-09-15	1	28.40	closed
4285	185	2024-09-16	2	28.50	active
4286	186	2024-09-17	3	28.60	active
4287	187	2024-09-18	4	28.70	closed
4288	188	2024-09-19	5	28.80	active
4289	189	2024-09-20	6	28.90	active
4290	190	2024-09-21	7	29.00	closed
4291	191	2024-09-22	8	29.10	active
4292	192	2024-09-23	9	29.20	active
4293	193	2024-09-24	1	29.30	closed
4294	194	2024-09-25	2	29.40	active
4295	195	2024-09-26	3	29.50	active
4296	196	2024-09-27	4	29.60	closed
4297	197	2024-09-28	5	29.70	active
4298	198	2024-09-29	6	29.80	active
4299	199	2024-09-30	7	29.90	closed
4300	200	2024-10-01	8	30.00	active
4301	201	2024-10-02	9	30.10	active
4302	202	2024-10-03	1	30.20	closed
4303	203	2024-10-04	2	30.30	active
4304	204	2024-10-05	3	30.40	active
4305	205	2024-10-06	4	30.50	closed
4306	206	2024-10-07	5	30.60	active
4307	207	2024-10-08	6	30.70	active
4308	208	2024-10-09	7	30.80	closed
4309	209	2024-10-10	8	30.90	active
4310	210	2024-10-11	9	31.00	active
4311	211	2024-10-12	1	31.10	closed
4312	212	2024-10-13	2	31.20	active
4313	213	2024-10-14	3	31.30	active
4314	214	2024-10-15	4	31.40	closed
4315	215	2024-10-16	5	31.50	active
4316	216	2024-10-17	6	31.60	active
4317	217	2024-10-18	7	31.70	closed
4318	218	2024-10-19	8	31.80	active
4319	219	2024-10-20	9	31.90	active
4320	220	2024-10-21	1	32.00	closed
4321	221	2024-10-22	2	32.10	active
4322	222	2024-10-23	3	32.20	active
4323	223	2024-10-24	4	32.30	closed
4324	224	2024-10-25	5	32.40	active
4325	225	2024-10-26	6	32.50	active
4326	226	2024-10-27	7	32.60	closed
4327	227	2024-10-28	8	32.70	active
4328	228	2024-10-29	9	32.80	active
4329	229	2024-10-30	1	32.90	closed
4330	230	2024-10-31	2	33.00	active
4331	231	2024-11-01	3	33.10	active
4332	232	2024-11-02	4	33.20	closed
4333	233	2024-11-03	5	33.30	active
4334	234	2024-11-04	6	33.40	active
4335	235	2024-11-05	7	33.50	closed
4336	236	2024-11-06	8	33.60	active
4337	237	2024-11-07	9	33.70	active
4338	238	2024-11-08	1	33.80	closed
4339	239	2024-11-09	2	33.90	active
4340	240	2024-11-10	3	34.00	active
4341	241	2024-11-11	4	34.10	closed
4342	242	2024-11-12	5	34.20	active
4343	243	2024-11-13	6	34.30	active
4344	244	2024-11-14	7	34.40	closed
4345	245	2024-11-15	8	34.50	active
4346	246	2024-11-16	9	34.60	active
4347	247	2024-11-17	1	34.70	closed
4348	248	2024-11-18	2	34.80	active
4349	249	2024-11-19	3	34.90	active
4350	250	2024-11-20	4	35.00	closed
4351	251	2024-11-21	5	35.10	active
4352	252	2024-11-22	6	35.20	active
4353	253	2024-11-23	7	35.30	closed
4354	254	2024-11-24	8	35.40	active
4355	255	2024-11-25	9	35.50	active
4356	256	2024-11-26	1	35.60	closed
4357	257	2024-11-27	2	35.70	active
4358	258	2024-11-28	3	35.80	active
4359	259	2024-11-29	4	35.90	closed
4360	260	2024-11-30	5	36.00	active
4361	261	2024-12-01	6	36.10	active
4362	262	2024-12-02	7	36.20	closed
4363	263	2024-12-03	8	36.30	active
4364	264	2024-12-04	9	36.40	active
4365	265	2024-12-05	1	36.50	closed
4366	266	2024-12-06	2	36.60	active
4367	267	2024-12-07	3	36.70	active
4368	268	2024-12-08	4	36.80	closed
4369	269	2024-12-09	5	36.90	active
4370	270	2024-12-10	6	37.00	active
4371	271	2024-12-11	7	37.10	closed
4372	272	2024-12-12	8	37.20	active
4373	273	2024-12-13	9	37.30	active
4374	274	2024-12-14	1	37.40	closed
4375	275	2024-12-15	2	37.50	active
4376	276	2024-12-16	3	37.60	active
4377	277	2024-12-17	4	37.70	closed
4378	278	2024-12-18	5	37.80	active
4379	279	2024-12-19	6	37.90	active
4380	280	2024-12-20	7	38.00	closed
4381	281	2024-12-21	8	38.10	active
4382	282	2024-12-22	9	38.20	active
4383	283	2024-12-23	1	38.30	closed
4384	284	2024-12-24	2	38.40	active
4385	285	2024-12-25	3	38.50	active
4386	286	2024-12-26	4	38.60	closed
4387	287	2024-12-27	5	38.70	active
4388	288	2024-12-28	6	38.80	active
4389	289	2024-12-29	7	38.90	closed
4390	290	2024-12-30	8	39.00	active
4391	291	2024-12-31	9	39.10	active
4392	292	2024-01-01	1	39.20	closed
4393	293	2024-01-02	2	39.30	active
4394	294	2024-01-03	3	39.40	active
4395	295	2024-01-04	4	39.50	closed
4396	296	2024-01-05	5	39.60	active
4397	297	2024-01-06	6	39.70	active
4398	298	2024-01-07	7	39.80	closed
4399	299	2024-01-08	8	39.90	active
4400	100	2024-01-09	9	40.00	active
4401	101	2024-01-10	1	40.10	closed
4402	102	2024-01-11	2	40.20	active
4403	103	2024-01-12	3	40.30	active
4404	104	2024-01-13	4	40.40	closed
4405	105	2024-01-14	5	40.50	active
4406	106	2024-01-15	6	40.60	active
4407	107	2024-01-16	7	40.70	closed
4408	108	2024-01-17	8	40.80	active
4409	109	2024-01-18	9	40.90	active
4410	110	2024-01-19	1	41.00	closed
4411	111	2024-01-20	2	41.10	active
4412	112	2024-01-21	3	41.20	active
4413	113	2024-01-22	4	41.30	closed
4414	114	2024-01-23	5	41.40	active
4415	115	2024-01-24	6	41.50	active
4416	116	2024-01-25	7	41.60	closed
4417	117	2024-01-26	8	41.70	active
4418	118	2024-01-27	9	41.80	active
4419	119	2024-01-28	1	41.90	closed
4420	120	2024-01-29	2	42.00	active
4421	121	2024-01-30	3	42.10	active
4422	122	2024-01-31	4	42.20	closed
4423	123	2024-02-01	5	42.30	active
4424	124	2024-02-02	6	42.40	active
4425	125	2024-02-03	7	42.50	closed
4426	126	2024-02-04	8	42.60	active
4427	127	2024-02-05	9	42.70	active
4428	128	2024-02-06	1	42.80	closed
4429	129	2024-02-07	2	42.90	active
4430	130	2024-02-08	3	43.00	active
4431	131	2024-02-09	4	43.10	closed
4432	132	2024-02-10	5	43.20	active
4433	133	2024-02-11	6	43.30	active
4434	134	2024-02-12	7	43.40	closed
4435	135	2024-02-13	8	43.50	active
4436	136	2024-02-14	9	43.60	active
4437	137	2024-02-15	1	43.70	closed
4438	138	2024-02-16	2	43.80	active
4439	139	2024-02-17	3	43.90	active
4440	140	2024-02-18	4	44.00	closed
4441	141	2024-02-19	5	44.10	active
4442	142	2024-02-20	6	44.20	active
4443	143	2024-02-21	7	44.30	closed
4444	144	2024-02-22	8	44.40	active
4445	145	2024-02-23	9	44.50	active
4446	146	2024-02-24	1	44.60	closed
4447	147	2024-02-25	2	44.70	active
4448	148	2024-02-26	3	44.80	active
4449	149	2024-02-27	4	44.90	closed
4450	150	2024-02-28	5	45.00	active
4451	151	2024-02-29	6	45.10	active
4452	152	2024-03-01	7	45.20	closed
4453	153	2024-03-02	8	45.30	active
4454	154	2024-03-03	9	45.40	active
4455	155	2024-03-04	1	45.50	closed
4456	156	2024-03-05	2	45.60	active
4457	157	2024-03-06	3	45.70	active
4458	158	2024-03-07	4	45.80	closed
4459	159	2024-03-08	5	45.90	active
4460	160	2024-03-09	6	46.00	active
4461	161	2024-03-10	7	46.10	closed
4462	162	2024-03-11	8	46.20	active
4463	163	2024-03-12	9	46.30	active
4464	164	2024-03-13	1	46.40	closed
4465	165	2024-03-14	2	46.50	active
4466	166	2024-03-15	3	46.60	active
4467	167	2024-03-16	4	46.70	closed
4468	168	2024-03-17	5	46.80	active
4469	169	2024-03-18	6	46.90	active
4470	170	2024-03-19	7	47.00	closed
4471	171	2024-03-20	8	47.10	active
4472	172	2024-03-21	9	47.20	active
4473	173	2024-03-22	1	47.30	closed
4474	174	2024-03-23	2	47.40	active
4475	175	2024-03-24	3	47.50	active
4476	176	2024-03-25	4	47.60	closed
4477	177	2024-03-26	5	47.70	active
4478	178	2024-03-27	6	47.80	active
4479	179	2024-03-28	7	47.90	closed
4480	180	2024-03-29	8	48.00	active
4481	181	2024-03-30	9	48.10	active
4482	182	2024-03-31	1	48.20	closed
4483	183	2024-04-01	2	48.30	active
4484	184	2024-04-02	3	48.40	active
4485	185	2024-04-03	4	48.50	closed
4486	186	2024-04-04	5	48.60	active
4487	187	2024-04-05	6	48.70	active
4488	188	2024-04-06	7	48.80	closed
4489	189	2024-04-07	8	48.90	active
4490	190	2024-04-08	9	49.00	active
4491	191	2024-04-09	1	49.10	closed
4492	192	2024-04-10	2	49.20	active
4493	193	2024-04-11	3	49.30	active
4494	194	2024-04-12	4	49.40	closed
4495	195	2024-04-13	5	49.50	active
4496	196	2024-04-14	6	49.60	active
4497	197	2024-04-15	7	49.70	closed
4498	198	2024-04-16	8	49.80	active
4499	199	2024-04-17	9	49.90	active
4500	200	2024-04-18	1	50.00	closed
4501	201	2024-04-19	2	50.10	active
4502	202	2024-04-20	3	50.20	active
4503	203	2024-04-21	4	50.30	closed
4504	204	2024-04-22	5	50.40	active
4505	205	2024-04-23	6	50.50	active
4506	206	2024-04-24	7	50.60	closed
4507	207	2024-04-25	8	50.70	active
4508	208	2024-04-26	9	50.80	active
4509	209	2024-04-27	1	50.90	closed
4510	210	2024-04-28	2	51.00	active
4511	211	2024-04-29	3	51.10	active
4512	212	2024-04-30	4	51.20	closed
4513	213	2024-05-01	5	51.30	active
4514	214	2024-05-02	6	51.40	active
4515	215	2024-05-03	7	51.50	closed
4516	216	2024-05-04	8	51.60	active
4517	217	2024-05-05	9	51.70	active
4518	218	2024-05-06	1	51.80	closed
4519	219	2024-05-07	2	51.90	active
4520	220	2024-05-08	3	52.00	active
4521	221	2024-05-09	4	52.10	closed
4522	222	2024-05-10	5	52.20	active
4523	223	2024-05-11	6	52.30	active
4524	224	2024-05-12	7	52.40	closed
4525	225	2024-05-13	8	52.50	active
4526	226	2024-05-14	9	52.60	active
4527	227	2024-05-15	1	52.70	closed
4528	228	2024-05-16	2	52.80	active
4529	229	2024-05-17	3	52.90	active
4530	230	2024-05-18	4	53.00	closed
4531	231	2024-05-19	5	53.10	active
4532	232	2024-05-20	6	53.20	active
4533	233	2024-05-21	7	53.30	closed
4534	234	2024-05-22	8	53.40	active
4535	235	2024-05-23	9	53.50	active
4536	236	2024-05-24	1	53.60	closed
4537	237	2024-05-25	2	53.70	active
4538	238	2024-05-26	3	53.80	active
4539	239	2024-05-27	4	53.90	closed
4540	240	2024-05-28	5	54.00	active
4541	241	2024-05-29	6	54.10	active
4542	242	2024-05-30	7	54.20	closed
4543	243	2024-05-31	8	54.30	active
4544	244	2024-06-01	9	54.40	active
4545	245	2024-06-02	1	54.50	closed
4546	246	2024-06-03	2	54.60	active
4547	247	2024-06-04	3	54.70	active
4548	248	2024-06-05	4	54.80	closed
4549	249	2024-06-06	5	54.90	active
4550	250	2024-06-07	6	55.00	active
4551	251	2024-06-08	7	55.10	closed
4552	252	2024-06-09	8	55.20	active
4553	253	2024-06-10	9	55.30	active
4554	254	2024-06-11	1	55.40	closed
4555	255	2024-06-12	2	55.50	active
4556	256	2024-06-13	3	55.60	active
4557	257	2024-06-14	4	55.70	closed
4558	258	2024-06-15	5	55.80	active
4559	259	2024-06-16	6	55.90	active
4560	260	2024-06-17	7	56.00	closed
4561	261	2024-06-18	8	56.10	active
4562	262	2024-06-19	9	56.20	active
4563	263	2024-06-20	1	56.30	closed
4564	264	2024-06-21	2	56.40	active
4565	265	2024-06-22	3	56.50	active
4566	266	2024-06-23	4	56.60	closed
4567	267	2024-06-24	5	56.70	active
4568	268	2024-06-25	6	56.80	active
4569	269	2024-06-26	7	56.90	closed
4570	270	2024-06-27	8	57.00	active
4571	271	2024-06-28	9	57.10	active
4572	272	2024-06-29	1	57.20	closed
4573	273	2024-06-30	2	57.30	active
4574	274	2024-07-01	3	57.40	active
4575	275	2024-07-02	4	57.50	closed
4576	276	2024-07-03	5	57.60	active
4577	277	2024-07-04	6	57.70	active
4578	278	2024-07-05	7	57.80	closed
4579	279	2024-07-06	8	57.90	active
4580	280	2024-07-07	9	58.00	active
4581	281	2024-07-08	1	58.10	closed
4582	282	2024-07-09	2	58.20	active
4583	283	2024-07-10	3	58.30	active
4584	284	2024-07-11	4	58.40	closed
4585	285	2024-07-12	5	58.50	active
4586	286	2024-07-13	6	58.60	active
4587	287	2024-07-14	7	58.70	closed
4588	288	2024-07-15	8	58.80	active
4589	289	2024-07-16	9	58.90	active
4590	290	2024-07-17	1	59.00	closed
4591	291	2024-07-18	2	59.10	active
4592	292	2024-07-19	3	59.20	active
4593	293	2024-07-20	4	59.30	closed
4594	294	2024-07-21	5	59.40	active
4595	295	2024-07-22	6	59.50	active
4596	296	2024-07-23	7	59.60	closed
4597	297	2024-07-24	8	59.70	active
4598	298	2024-07-25	9	59.80	active
4599	299	2024-07-26	1	59.90	closed
4600	100	2024-07-27	2	60.00	active
4601	101	2024-07-28	3	60.10	active
4602	102	2024-07-29	4	60.20	closed
4603	103	2024-07-30	5	60.30	active
4604	104	2024-07-31	6	60.40	active
4605	105	2024-08-01	7	60.50	closed
4606	106	2024-08-02	8	60.60	active
4607	107	2024-08-03	9	60.70	active
4608	108	2024-08-04	1	60.80	closed
4609	109	2024-08-05	2	60.90	active
4610	110	2024-08-06	3	61.00	active
4611	111	2024-08-07	4	61.10	closed
4612	112	2024-08-08	5	61.20	active
4613	113	2024-08-09	6	61.30	active
4614	114	2024-08-10	7	61.40	closed
4615	115	2024-08-11	8	61.50	active
4616	116	2024-08-12	9	61.60	active
4617	117	2024-08-13	1	61.70	closed
4618	118	2024-08-14	2	61.80	active
4619	119	2024-08-15	3	61.90	active
4620	120	2024-08-16	4	62.00	closed
4621	121	2024-08-17	5	62.10	active
4622	122	2024-08-18	6	62.20	active
4623	123	2024-08-19	7	62.30	closed
4624	124	2024-08-20	8	62.40	active
4625	125	2024-08-21	9	62.50	active
4626	126	2024-08-22	1	62.60	closed
4627	127	2024-08-23	2	62.70	active
4628	128	2024-08-24	3	62.80	active
4629	129	2024-08-25	4	62.90	closed
4630	130	2024-08-26	5	63.00	active
4631	131	2024-08-27	6	63.10	active
4632	132	2024-08-28	7	63.20	closed
4633	133	2024-08-29	8	63.30	active
4634	134	2024-08-30	9	63.40	active
4635	135	2024-08-31	1	63.50	closed
4636	136	2024-09-01	2	63.60	active
4637	137	2024-09-02	3	63.70	active
4638	138	2024-09-03	4	63.80	closed
4639	139	2024-09-04	5	63.90	active
4640	140	2024-09-05	6	64.00	active
4641	141	2024-09-06	7	64.10	closed
4642	142	2024-09-07	8	64.20	active
4643	143	2024-09-08	9	64.30	active
4644	144	2024-09-09	1	64.40	closed
4645	145	2024-09-10	2	64.50	active
4646	146	2024-09-11	3	64.60	active
4647	147	2024-09-12	4	64.70	closed
4648	148	2024-09-13	5	64.80	active
4649	149	2024-09-14	6	64.90	active
4650	150	2024-09-15	7	65.00	closed
4651	151	2024-09-16	8	65.10	active
4652	152	2024-09-17	9	65.20	active
4653	153	2024-09-18	1	65.30	closed
4654	154	2024-09-19	2	65.40	active
4655	155	2024-09-20	3	65.50	active
4656	156	2024-09-21	4	65.60	closed
4657	157	2024-09-22	5	65.70	active
4658	158	2024-09-23	6	65.80	active
4659	159	2024-09-24	7	65.90	closed
4660	160	2024-09-25	8	66.00	active
4661	161	2024-09-26	9	66.10	active
4662	162	2024-09-27	1	66.20	closed
4663	163	2024-09-28	2	66.30	active
4664	164	2024-09-29	3	66.40	active
4665	165	2024-09-30	4	66.50	closed
4666	166	2024-10-01	5	66.60	active
4667	167	2024-10-02	6	66.70	active
4668	168	2024-10-03	7	66.80	closed
4669	169	2024-10-04	8	66.90	active
4670	170	2024-10-05	9	67.00	active
4671	171	2024-10-06	1	67.10	closed
4672	172	2024-10-07	2	67.20	active
4673	173	2024-10-08	3	67.30	active
4674	174	2024-10-09	4	67.40	closed
4675	175	2024-10-10	5	67.50	active
4676	176	2024-10-11	6	67.60	active
4677	177	2024-10-12	7	67.70	closed
4678	178	2024-10-13	8	67.80	active
4679	179	2024-10-14	9	67.90	active
4680	180	2024-10-15	1	68.00	closed
4681	181	2024-10-16	2	68.10	active
4682	182	2024-10-17	3	68.20	active
4683	183	2024-10-18	4	68.30	closed
4684	184	2024-10-19	5	68.40	active
4685	185	2024-10-20	6	68.50	active
4686	186	2024-10-21	7	68.60	closed
4687	187	2024-10-22	8	68.70	active
4688	188	2024-10-23	9	68.80	active
4689	189	2024-10-24	1	68.90	closed
4690	190	2024-10-25	2	69.00	active
4691	191	2024-10-26	3	69.10	active
4692	192	2024-10-27	4	69.20	closed
4693	193	2024-10-28	5	69.30	active
4694	194	2024-10-29	6	69.40	active
4695	195	2024-10-30	7	69.50	closed
4696	196	2024-10-31	8	69.60	active
4697	197	2024-11-01	9	69.70	active
4698	198	2024-11-02	1	69.80	closed
4699	199	2024-11-03	2	69.90	active
4700	200	2024-11-04	3	70.00	active
4701	201	2024-11-05	4	70.10	closed
4702	202	2024-11-06	5	70.20	active
4703	203	2024-11-07	6	70.30	active
4704	204	2024-11-08	7	70.40	closed
4705	205	2024-11-09	8	70.50	active
4706	206	2024-11-10	9	70.60	active
4707	207	2024-11-11	1	70.70	closed
4708	208	2024-11-12	2	70.80	active
4709	209	2024-11-13	3	70.90	active
4710	210	2024-11-14	4	71.00	closed
4711	211	2024-11-15	5	71.10	active
4712	212	2024-11-16	6	71.20	active
4713	213	2024-11-17	7	71.30	closed
4714	214	2024-11-18	8	71.40	active
4715	215	2024-11-19	9	71.50	active
4716	216	2024-11-20	1	71.60	closed
4717	217	2024-11-21	2	71.70	active
4718	218	2024-11-22	3	71.80	active
4719	219	2024-11-23	4	71.90	closed
4720	220	2024-11-24	5	72.00	active
4721	221	2024-11-25	6	72.10	active
4722	222	2024-11-26	7	72.20	closed
4723	223	2024-11-27	8	72.30	active
4724	224	2024-11-28	9	72.40	active
4725	225	2024-11-29	1	72.50	closed
4726	226	2024-11-30	2	72.60	active
4727	227	2024-12-01	3	72.70	active
4728	228	2024-12-02	4	72.80	closed
4729	229	2024-12-03	5	72.90	active
4730	230	2024-12-04	6	73.00	active
4731	231	2024-12-05	7	73.10	closed
4732	232	2024-12-06	8	73.20	active
4733	233	2024-12-07	9	73.30	active
4734	234	2024-12-08	1	73.40	closed
4735	235	2024-12-09	2	73.50	active
4736	236	2024-12-10	3	73.60	active
4737	237	2024-12-11	4	73.70	closed
4738	238	2024-12-12	5	73.80	active
4739	239	2024-12-13	6	73.90	active
4740	240	2024-12-14	7	74.00	closed
4741	241	2024-12-15	8	74.10	active
4742	242	2024-12-16	9	74.20	active
4743	243	2024-12-17	1	74.30	closed
4744	244	2024-12-18	2	74.40	active
4745	245	2024-12-19	3	74.50	active
4746	246	2024-12-20	4	74.60	closed
4747	247	2024-12-21	5	74.70	active
4748	248	2024-12-22	6	74.80	active
4749	249	2024-12-23	7	74.90	closed
4750	250	2024-12-24	8	75.00	active
4751	251	2024-12-25	9	75.10	active
4752	252	2024-12-26	1	75.20	closed
4753	253	2024-12-27	2	75.30	active
4754	254	2024-12-28	3	75.40	active
4755	255	2024-12-29	4	75.50	closed
4756	256	2024-12-30	5	75.60	active
4757	257	2024-12-31	6	75.70	active
4758	258	2024-01-01	7	75.80	closed
4759	259	2024-01-02	8	75.90	active
4760	260	2024-01-03	9	76.00	active
4761	261	2024-01-04	1	76.10	closed
4762	262	2024-01-05	2	76.20	active
4763	263	2024-01-06	3	76.30	active
4764	264	2024-01-07	4	76.40	closed
4765	265	2024-01-08	5	76.50	active
4766	266	2024-01-09	6	76.60	active
4767	267	2024-01-10	7	76.70	closed
4768	268	2024-01-11	8	76.80	active
4769	269	2024-01-12	9	76.90	active
4770	270	2024-01-13	1	77.00	closed
4771	271	2024-01-14	2	77.10	active
4772	272	2024-01-15	3	77.20	active
4773	273	2024-01-16	4	77.30	closed
4774	274	2024-01-17	5	77.40	active
4775	275	2024-01-18	6	77.50	active
4776	276	2024-01-19	7	77.60	closed
4777	277	2024-01-20	8	77.70	active
4778	278	2024-01-21	9	77.80	active
4779	279	2024-01-22	1	77.90	closed
4780	280	2024-01-23	2	78.00	active
4781	281	2024-01-24	3	78.10	active
4782	282	2024-01-25	4	78.20	closed
4783	283	2024-01-26	5	78.30	active
4784	284	2024-01-27	6	78.40	active
4785	285	2024-01-28	7	78.50	closed
4786	286	2024-01-29	8	78.60	active
4787	287	2024-01-30	9	78.70	active
4788	288	2024-01-31	1	78.80	closed
4789	289	2024-02-01	2	78.90	active
4790	290	2024-02-02	3	79.00	active
4791	291	2024-02-03	4	79.10	closed
4792	292	2024-02-04	5	79.20	active
4793	293	2024-02-05	6	79.30	active
4794	294	2024-02-06	7	79.40	closed
4795	295	2024-02-07	8	79.50	active
4796	296	2024-02-08	9	79.60	active
4797	297	2024-02-09	1	79.70	closed
4798	298	2024-02-10	2	79.80	active
4799	299	2024-02-11	3	79.90	active
4800	100	2024-02-12	4	80.00	closed
4801	101	2024-02-13	5	80.10	active
4802	102	2024-02-14	6	80.20	active
4803	103	2024-02-15	7	80.30	closed
4804	104	2024-02-16	8	80.40	active
4805	105	2024-02-17	9	80.50	active
4806	106	2024-02-18	1	80.60	closed
4807	107	2024-02-19	2	80.70	active
4808	108	2024-02-20	3	80.80	active
4809	109	2024-02-21	4	80.90	closed
4810	110	2024-02-22	5	81.00	active
4811	111	2024-02-23	6	81.10	active
4812	112	2024-02-24	7	81.20	closed
4813	113	2024-02-25	8	81.30	active
4814	114	2024-02-26	9	81.40	active
4815	115	2024-02-27	1	81.50	closed
4816	116	2024-02-28	2	81.60	active
4817	117	2024-02-29	3	81.70	active
4818	118	2024-03-01	4	81.80	closed
4819	119	2024-03-02	5	81.90	active
4820	120	2024-03-03	6	82.00	active
4821	121	2024-03-04	7	82.10	closed
4822	122	2024-03-05	8	82.20	active
4823	123	2024-03-06	9	82.30	active
4824	124	2024-03-07	1	82.40	closed
4825	125	2024-03-08	2	82.50	active
4826	126	2024-03-09	3	82.60	active
4827	127	2024-03-10	4	82.70	closed
4828	128	2024-03-11	5	82.80	active
4829	129	2024-03-12	6	82.90	active
4830	130	2024-03-13	7	83.00	closed
4831	131	2024-03-14	8	83.10	active
4832	132	2024-03-15	9	83.20	active
4833	133	2024-03-16	1	83.30	closed
4834	134	2024-03-17	2	83.40	active
4835	135	2024-03-18	3	83.50	active
4836	136	2024-03-19	4	83.60	closed
4837	137	2024-03-20	5	83.70	active
4838	138	2024-03-21	6	83.80	active
4839	139	2024-03-22	7	83.90	closed
4840	140	2024-03-23	8	84.00	active
4841	141	2024-03-24	9	84.10	active
4842	142	2024-03-25	1	84.20	closed
4843	143	2024-03-26	2	84.30	active
4844	144	2024-03-27	3	84.40	active
4845	145	2024-03-28	4	84.50	closed
4846	146	2024-03-29	5	84.60	active
4847	147	2024-03-30	6	84.70	active
4848	148	2024-03-31	7	84.80	closed
4849	149	2024-04-01	8	84.90	active
4850	150	2024-04-02	9	85.00	active
4851	151	2024-04-03	1	85.10	closed
4852	152	2024-04-04	2	85.20	active
4853	153	2024-04-05	3	85.30	active
4854	154	2024-04-06	4	85.40	closed
4855	155	2024-04-07	5	85.50	active
4856	156	2024-04-08	6	85.60	active
4857	157	2024-04-09	7	85.70	closed
4858	158	2024-04-10	8	85.80	active
4859	159	2024-04-11	9	85.90	active
4860	160	2024-04-12	1	86.00	closed
4861	161	2024-04-13	2	86.10	active
4862	162	2024-04-14	3	86.20	active
4863	163	2024-04-15	4	86.30	closed
4864	164	2024-04-16	5	86.40	active
4865	165	2024-04-17	6	86.50	active
4866	166	2024-04-18	7	86.60	closed
4867	167	2024-04-19	8	86.70	active
4868	168	2024-04-20	9	86.80	active
4869	169	2024-04-21	1	86.90	closed
4870	170	2024-04-22	2	87.00	active
4871	171	2024-04-23	3	87.10	active
4872	172	2024-04-24	4	87.20	closed
4873	173	2024-04-25	5	87.30	active
4874	174	2024-04-26	6	87.40	active
4875	175	2024-04-27	7	87.50	closed
4876	176	2024-04-28	8	87.60	active
4877	177	2024-04-29	9	87.70	active
4878	178	2024-04-30	1	87.80	closed
4879	179	2024-05-01	2	87.90	active
4880	180	2024-05-02	3	88.00	active
4881	181	2024-05-03	4	88.10	closed
4882	182	2024-05-04	5	88.20	active
4883	183	2024-05-05	6	88.30	active
4884	184	2024-05-06	7	88.40	closed
4885	185	2024-05-07	8	88.50	active
4886	186	2024-05-08	9	88.60	active
4887	187	2024-05-09	1	88.70	closed
4888	188	2024-05-10	2	88.80	active
4889	189	2024-05-11	3	88.90	active
4890	190	2024-05-12	4	89.00	closed
4891	191	2024-05-13	5	89.10	active
4892	192	2024-05-14	6	89.20	active
4893	193	2024-05-15	7	89.30	closed
4894	194	2024-05-16	8	89.40	active
4895	195	2024-05-17	9	89.50	active
4896	196	2024-05-18	1	89.60	closed
4897	197	2024-05-19	2	89.70	active
4898	198	2024-05-20	3	89.80	active
4899	199	2024-05-21	4	89.90	closed
4900	200	2024-05-22	5	90.00	active
4901	201	2024-05-23	6	90.10	active
4902	202	2024-05-24	7	90.20	closed
4903	203	2024-05-25	8	90.30	active
4904	204	2024-05-26	9	90.40	active
4905	205	2024-05-27	1	90.50	closed
4906	206	2024-05-28	2	90.60	active
4907	207	2024-05-29	3	90.70	active
4908	208	2024-05-30	4	90.80	closed
4909	209	2024-05-31	5	90.90	active
4910	210	2024-06-01	6	91.00	active
4911	211	2024-06-02	7	91.10	closed
4912	212	2024-06-03	8	91.20	active
4913	213	2024-06-04	9	91.30	active
4914	214	2024-06-05	1	91.40	closed
4915	215	2024-06-06	2	91.50	active
4916	216	2024-06-07	3	91.60	active
4917	217	2024-06-08	4	91.70	closed
4918	218	2024-06-09	5	91.80	active
4919	219	2024-06-10	6	91.90	active
4920	220	2024-06-11	7	92.00	closed
4921	221	2024-06-12	8	92.10	active
4922	222	2024-06-13	9	92.20	active
4923	223	2024-06-14	1	92.30	closed
4924	224	2024-06-15	2	92.40	active
4925	225	2024-06-16	3	92.50	active
4926	226	2024-06-17	4	92.60	closed
4927	227	2024-06-18	5	92.70	active
4928	228	2024-06-19	6	92.80	active
4929	229	2024-06-20	7	92.90	closed
4930	230	2024-06-21	8	93.00	active
4931	231	2024-06-22	9	93.10	active
4932	232	2024-06-23	1	93.20	closed
4933	233	2024-06-24	2	93.30	active
4934	234	2024-06-25	3	93.40	active
4935	235	2024-06-26	4	93.50	closed
4936	236	2024-06-27	5	93.60	active
4937	237	2024-06-28	6	93.70	active
4938	238	2024-06-29	7	93.80	closed
4939	239	2024-06-30	8	93.90	active
4940	240	2024-07-01	9	94.00	active
4941	241	2024-07-02	1	94.10	closed
4942	242	2024-07-03	2	94.20	active
4943	243	2024-07-04	3	94.30	active
4944	244	2024-07-05	4	94.40	closed
4945	245	2024-07-06	5	94.50	active
4946	246	2024-07-07	6	94.60	active
4947	247	2024-07-08	7	94.70	closed
4948	248	2024-07-09	8	94.80	active
4949	249	2024-07-10	9	94.90	active
4950	250	2024-07-11	1	95.00	closed
4951	251	2024-07-12	2	95.10	active
4952	252	2024-07-13	3	95.20	active
4953	253	2024-07-14	4	95.30	closed
4954	254	2024-07-15	5	95.40	active
4955	255	2024-07-16	6	95.50	active
4956	256	2024-07-17	7	95.60	closed
4957	257	2024-07-18	8	95.70	active
4958	258	2024-07-19	9	95.80	active
4959	259	2024-07-20	1	95.90	closed
4960	260	2024-07-21	2	96.00	active
4961	261	2024-07-22	3	96.10	active
4962	262	2024-07-23	4	96.20	closed
4963	263	2024-07-24	5	96.30	active
4964	264	2024-07-25	6	96.40	active
4965	265	2024-07-26	7	96.50	closed
4966	266	2024-07-27	8	96.60	active
4967	267	2024-07-28	9	96.70	active
4968	268	2024-07-29	1	96.80	closed
4969	269	2024-07-30	2	96.90	active
4970	270	2024-07-31	3	97.00	active
4971	271	2024-08-01	4	97.10	closed
4972	272	2024-08-02	5	97.20	active
4973	273	2024-08-03	6	97.30	active
4974	274	2024-08-04	7	97.40	closed
4975	275	2024-08-05	8	97.50	active
4976	276	2024-08-06	9	97.60	active
4977	277	2024-08-07	1	97.70	closed
4978	278	2024-08-08	2	97.80	active
4979	279	2024-08-09	3	97.90	active
4980	280	2024-08-10	4	98.00	closed
4981	281	2024-08-11	5	98.10	active
4982	282	2024-08-12	6	98.20	active
4983	283	2024-08-13	7	98.30	closed
4984	284	2024-08-14	8	98.40	active
4985	285	2024-08-15	9	98.50	active
4986	286	2024-08-16	1	98.60	closed
4987	287	2024-08-17	2	98.70	active
4988	288	2024-08-18	3	98.80	active
4989	289	2024-08-19	4	98.90	closed
4990	290	2024-08-20	5	99.00	active
4991	291	2024-08-21	6	99.10	active
4992	292	2024-08-22	7	99.20	closed
4993	293	2024-08-23	8	99.30	active
4994	294	2024-08-24	9	99.40	active
4995	295	2024-08-25	1	99.50	closed
4996	296	2024-08-26	2	99.60	active
4997	297	2024-08-27	3	99.70	active
4998	298	2024-08-28	4	99.80	closed
4999	299	2024-08-29	5	99.90	active
5000	100	2024-08-30	6	0.00	active
5001	101	2024-08-31	7	0.10	closed
5002	102	2024-09-01	8	0.20	active
5003	103	2024-09-02	9	0.30	active
5004	104	2024-09-03	1	0.40	closed
5005	105	2024-09-04	2	0.50	active
5006	106	2024-09-05	3	0.60	active
5007	107	2024-09-06	4	0.70	closed
5008	108	2024-09-07	5	0.80	active
5009	109	2024-09-08	6	0.90	active
5010	110	2024-09-09	7	1.00	closed
5011	111	2024-09-10	8	1.10	active
5012	112	2024-09-11	9	1.20	active
5013	113	2024-09-12	1	1.30	closed
5014	114	2024-09-13	2	1.40	active
5015	115	2024-09-14	3	1.50	active
5016	116	2024-09-15	4	1.60	closed
5017	117	2024-09-16	5	1.70	active
5018	118	2024-09-17	6	1.80	active
5019	119	2024-09-18	7	1.90	closed
5020	120	2024-09-19	8	2.00	active
5021	121	2024-09-20	9	2.10	active
5022	122	2024-09-21	1	2.20	closed
5023	123	2024-09-22	2	2.30	active
5024	124	2024-09-23	3	2.40	active
5025	125	2024-09-24	4	2.50	closed
5026	126	2024-09-25	5	2.60	active
5027	127	2024-09-26	6	2.70	active
5028	128	2024-09-27	7	2.80	closed
5029	129	2024-09-28	8	2.90	active
5030	130	2024-09-29	9	3.00	active
5031	131	2024-09-30	1	3.10	closed
5032	132	2024-10-01	2	3.20	active
5033	133	2024-10-02	3	3.30	active
5034	134	2024-10-03	4	3.40	closed
5035	135	2024-10-04	5	3.50	active
5036	136	2024-10-05	6	3.60	active
5037	137	2024-10-06	7	3.70	closed
5038	138	2024-10-07	8	3.80	active
5039	139	2024-10-08	9	3.90	active
5040	140	2024-10-09	1	4.00	closed
5041	141	2024-10-10	2	4.10	active
5042	142	2024-10-11	3	4.20	active
5043	143	2024-10-12	4	4.30	closed
5044	144	2024-10-13	5	4.40	active
5045	145	2024-10-14	6	4.50	active
5046	146	2024-10-15	7	4.60	closed
5047	147	2024-10-16	8	4.70	active
5048	148	2024-10-17	9	4.80	active
5049	149	2024-10-18	1	4.90	closed
5050	150	2024-10-19	2	5.00	active
5051	151	2024-10-20	3	5.10	active
5052	152	2024-10-21	4	5.20	closed
5053	153	2024-10-22	5	5.30	active
5054	154	2024-10-23	6	5.40	active
5055	155	2024-10-24	7	5.50	closed
5056	156	2024-10-25	8	5.60	active
5057	157	2024-10-26	9	5.70	active
5058	158	2024-10-27	1	5.80	closed
5059	159	2024-10-28	2	5.90	active
5060	160	2024-10-29	3	6.00	active
5061	161	2024-10-30	4	6.10	closed
5062	162	2024-10-31	5	6.20	active
5063	163	2024-11-01	6	6.30	active
5064	164	2024-11-02	7	6.40	closed
5065	165	2024-11-03	8	6.50	active
5066	166	2024-11-04	9	6.60	active
5067	167	2024-11-05	1	6.70	closed
5068	168	2024-11-06	2	6.80	active
5069	169	2024-11-07	3	6.90	active
5070	170	2024-11-08	4	7.00	closed
5071	171	2024-11-09	5	7.10	active
5072	172	2024-11-10	6	7.20	active
5073	173	2024-11-11	7	7.30	closed
5074	174	2024-11-12	8	7.40	active
5075	175	2024-11-13	9	7.50	active
5076	176	2024-11-14	1	7.60	closed
5077	177	2024-11-15	2	7.70	active
5078	178	2024-11-16	3	7.80	active
5079	179	2024-11-17	4	7.90	closed
5080	180	2024-11-18	5	8.00	active
5081	181	2024-11-19	6	8.10	active
5082	182	2024-11-20	7	8.20	closed
5083	183	2024-11-21	8	8.30	active
5084	184	2024-11-22	9	8.40	active
5085	185	2024-11-23	1	8.50	closed
5086	186	2024-11-24	2	8.60	active
5087	187	2024-11-25	3	8.70	active
5088	188	2024-11-26	4	8.80	closed
5089	189	2024-11-27	5	8.90	active
5090	190	2024-11-28	6	9.00	active
5091	191	2024-11-29	7	9.10	closed
5092	192	2024-11-30	8	9.20	active
5093	193	2024-12-01	9	9.30	active
5094	194	2024-12-02	1	9.40	closed
5095	195	2024-12-03	2	9.50	active
5096	196	2024-12-04	3	9.60	active
5097	197	2024-12-05	4	9.70	closed
5098	198	2024-12-06	5	9.80	active
5099	199	2024-12-07	6	9.90	active
5100	200	2024-12-08	7	10.00	closed
5101	201	2024-12-09	8	10.10	active
5102	202	2024-12-10	9	10.20	active
5103	203	2024-12-11	1	10.30	closed
5104	204	2024-12-12	2	10.40	active
5105	205	2024-12-13	3	10.50	active
5106	206	2024-12-14	4	10.60	closed
5107	207	2024-12-15	5	10.70	active
5108	208	2024-12-16	6	10.80	active
5109	209	2024-12-17	7	10.90	closed
5110	210	2024-12-18	8	11.00	active
5111	211	2024-12-19	9	11.10	active
5112	212	2024-12-20	1	11.20	closed
5113	213	2024-12-21	2	11.30	active
5114	214	2024-12-22	3	11.40	active
5115	215	2024-12-23	4	11.50	closed
5116	216	2024-12-24	5	11.60	active
5117	217	2024-12-25	6	11.70	active
5118	218	2024-12-26	7	11.80	closed
5119	219	2024-12-27	8	11.90	active
5120	220	2024-12-28	9	12.00	active
5121	221	2024-12-29	1	12.10	closed
5122	222	2024-12-30	2	12.20	active
5123	223	2024-12-31	3	12.30	active
5124	224	2024-01-01	4	12.40	closed
5125	225	2024-01-02	5	12.50	active
5126	226	2024-01-03	6	12.60	active
5127	227	2024-01-04	7	12.70	closed
5128	228	2024-01-05	8	12.80	active
5129	229	2024-01-06	9	12.90	active
5130	230	2024-01-07	1	13.00	closed
5131	231	2024-01-08	2	13.10	active
5132	232	2024-01-09	3	13.20	active
5133	233	2024-01-10	4	13.30	closed
5134	234	2024-01-11	5	13.40	active
5135	235	2024-01-12	6	13.50	active
5136	236	2024-01-13	7	13.60	closed
5137	237	2024-01-14	8	13.70	active
5138	238	2024-01-15	9	13.80	active
5139	239	2024-01-16	1	13.90	closed
5140	240	2024-01-17	2	14.00	active
5141	241	2024-01-18	3	14.10	active
5142	242	2024-01-19	4	14.20	closed
5143	243	2024-01-20	5	14.30	active
5144	244	2024-01-21	6	14.40	active
5145	245	2024-01-22	7	14.50	closed
5146	246	2024-01-23	8	14.60	active
5147	247	2024-01-24	9	14.70	active
5148	248	2024-01-25	1	14.80	closed
5149	249	2024-01-26	2	14.90	active
5150	250	2024-01-27	3	15.00	active
5151	251	2024-01-28	4	15.10	closed
5152	252	2024-01-29	5	15.20	active
5153	253	2024-01-30	6	15.30	active
5154	254	2024-01-31	7	15.40	closed
5155	255	2024-02-01	8	15.50	active
5156	256	2024-02-02	9	15.60	active
5157	257	2024-02-03	1	15.70	closed
5158	258	2024-02-04	2	15.80	active
5159	259	2024-02-05	3	15.90	active
5160	260	2024-02-06	4	16.00	closed
5161	261	2024-02-07	5	16.10	active
5162	262	2024-02-08	6	16.20	active
5163	263	2024-02-09	7	16.30	closed
5164	264	2024-02-10	8	16.40	active
5165	265	2024-02-11	9	16.50	active
5166	266	2024-02-12	1	16.60	closed
5167	267	2024-02-13	2	16.70	active
5168	268	2024-02-14	3	16.80	active
5169	269	2024-02-15	4	16.90	closed
5170	270	2024-02-16	5	17.00	active
5171	271	2024-02-17	6	17.10	active
5172	272	2024-02-18	7	17.20	closed
5173	273	2024-02-19	8	17.30	active
5174	274	2024-02-20	9	17.40	active
5175	275	2024-02-21	1	17.50	closed
5176	276	2024-02-22	2	17.60	active
5177	277	2024-02-23	3	17.70	active
5178	278	2024-02-24	4	17.80	closed
5179	279	2024-02-25	5	17.90	active
5180	280	2024-02-26	6	18.00	active
5181	281	2024-02-27	7	18.10	closed
5182	282	2024-02-28	8	18.20	active
5183	283	2024-02-29	9	18.30	active
5184	284	2024-03-01	1	18.40	closed
5185	285	2024-03-02	2	18.50	active
5186	286	2024-03-03	3	18.60	active
5187	287	2024-03-04	4	18.70	closed
5188	288	2024-03-05	5	18.80	active
5189	289	2024-03-06	6	18.90	active
5190	290	2024-03-07	7	19.00	closed
5191	291	2024-03-08	8	19.10	active
5192	292	2024-03-09	9	19.20	active
5193	293	2024-03-10	1	19.30	closed
5194	294	2024-03-11	2	19.40	active
5195	295	2024-03-12	3	19.50	active
5196	296	2024-03-13	4	19.60	closed
5197	297	2024-03-14	5	19.70	active
5198	298	2024-03-15	6	19.80	active
5199	299	2024-03-16	7	19.90	closed
5200	100	2024-03-17	8	20.00	active
5201	101	2024-03-18	9	20.10	active
5202	102	2024-03-19	1	20.20	closed
5203	103	2024-03-20	2	20.30	active
5204	104	2024-03-21	3	20.40	active
5205	105	2024-03-22	4	20.50	closed
5206	106	2024-03-23	5	20.60	active
5207	107	2024-03-24	6	20.70	active
5208	108	2024-03-25	7	20.80	closed
5209	109	2024-03-26	8	20.90	active
5210	110	2024-03-27	9	21.00	active
5211	111	2024-03-28	1	21.10	closed
5212	112	2024-03-29	2	21.20	active
5213	113	2024-03-30	3	21.30	active
5214	114	2024-03-31	4	21.40	closed
5215	115	2024-04-01	5	21.50	active
5216	116	2024-04-02	6	21.60	active
5217	117	2024-04-03	7	21.70	closed
5218	118	2024-04-04	8	21.80	active
5219	119	2024-04-05	9	21.90	active
5220	120	2024-04-06	1	22.00	closed
5221	121	2024-04-07	2	22.10	active
5222	122	2024-04-08	3	22.20	active
5223	123	2024-04-09	4	22.30	closed
5224	124	2024-04-10	5	22.40	active
5225	125	2024-04-11	6	22.50	active
5226	126	2024-04-12	7	22.60	closed
5227	127	2024-04-13	8	22.70	active
5228	128	2024-04-14	9	22.80	active
5229	129	2024-04-15	1	22.90	closed
5230	130	2024-04-16	2	23.00	active
5231	131	2024-04-17	3	23.10	active
5232	132	2024-04-18	4	23.20	closed
5233	133	2024-04-19	5	23.30	active
5234	134	2024-04-20	6	23.40	active
5235	135	2024-04-21	7	23.50	closed
5236	136	2024-04-22	8	23.60	active
5237	137	2024-04-23	9	23.70	active
5238	138	2024-04-24	1	23.80	closed
5239	139	2024-04-25	2	23.90	active
5240	140	2024-04-26	3	24.00	active
5241	141	2024-04-27	4	24.10	closed
5242	142	2024-04-28	5	24.20	active
5243	143	2024-04-29	6	24.30	active
5244	144	2024-04-30	7	24.40	closed
5245	145	2024-05-01	8	24.50	active
5246	146	2024-05-02	9	24.60	active
5247	147	2024-05-03	1	24.70	closed
5248	148	2024-05-04	2	24.80	active
5249	149	2024-05-05	3	24.90	active
5250	150	2024-05-06	4	25.00	closed
5251	151	2024-05-07	5	25.10	active
5252	152	2024-05-08	6	25.20	active
5253	153	2024-05-09	7	25.30	closed
5254	154	2024-05-10	8	25.40	active
5255	155	2024-05-11	9	25.50	active
5256	156	2024-05-12	1	25.60	closed
5257	157	2024-05-13	2	25.70	active
5258	158	2024-05-14	3	25.80	active
5259	159	2024-05-15	4	25.90	closed
5260	160	2024-05-16	5	26.00	active
5261	161	2024-05-17	6	26.10	active
5262	162	2024-05-18	7	26.20	closed
5263	163	2024-05-19	8	26.30	active
5264	164	2024-05-20	9	26.40	active
5265	165	2024-05-21	1	26.50	closed
5266	166	2024-05-22	2	26.60	active
5267	167	2024-05-23	3	26.70	active
5268	168	2024-05-24	4	26.80	closed
5269	169	2024-05-25	5	26.90	active
5270	170	2024-05-26	6	27.00	active
5271	171	2024-05-27	7	27.10	closed
5272	172	2024-05-28	8	27.20	active
5273	173	2024-05-29	9	27.30	active
5274	174	2024-05-30	1	27.40	closed
5275	175	2024-05-31	2	27.50	active
5276	176	2024-06-01	3	27.60	active
5277	177	2024-06-02	4	27.70	closed
5278	178	2024-06-03	5	27.80	active
5279	179	2024-06-04	6	27.90	active
5280	180	2024-06-05	7	28.00	closed
5281	181	2024-06-06	8	28.10	active
5282	182	2024-06-07	9	28.20	active
5283	183	2024-06-08	1	28.30	closed
5284	184	2024-06-09	2	28.40	active
5285	185	2024-06-10	3	28.50	active
5286	186	2024-06-11	4	28.60	closed
5287	187	2024-06-12	5	28.70	active
5288	188	2024-06-13	6	28.80	active
5289	189	2024-06-14	7	28.90	closed
5290	190	2024-06-15	8	29.00	active
5291	191	2024-06-16	9	29.10	active
5292	192	2024-06-17	1	29.20	closed
5293	193	2024-06-18	2	29.30	active
5294	194	2024-06-19	3	29.40	active
5295	195	2024-06-20	4	29.50	closed
5296	196	2024-06-21	5	29.60	active
5297	197	2024-06-22	6	29.70	active
5298	198	2024-06-23	7	29.80	closed
5299	199	2024-06-24	8	29.90	active
5300	200	2024-06-25	9	30.00	active
5301	201	2024-06-26	1	30.10	closed
5302	202	2024-06-27	2	30.20	active
5303	203	2024-06-28	3	30.30	active
5304	204	2024-06-29	4	30.40	closed
5305	205	2024-06-30	5	30.50	active
5306	206	2024-07-01	6	30.60	active
5307	207	2024-07-02	7	30.70	closed
5308	208	2024-07-03	8	30.80	active
5309	209	2024-07-04	9	30.90	active
5310	210	2024-07-05	1	31.00	closed
5311	211	2024-07-06	2	31.10	active
5312	212	2024-07-07	3	31.20	active
5313	213	2024-07-08	4	31.30	closed
5314	214	2024-07-09	5	31.40	active
5315	215	2024-07-10	6	31.50	active
5316	216	2024-07-11	7	31.60	closed
5317	217	2024-07-12	8	31.70	active
5318	218	2024-07-13	9	31.80	active
5319	219	2024-07-14	1	31.90	closed
5320	220	2024-07-15	2	32.00	active
5321	221	2024-07-16	3	32.10	active
5322	222	2024-07-17	4	32.20	closed
5323	223	2024-07-18	5	32.30	active
5324	224	2024-07-19	6	32.40	active
5325	225	2024-07-20	7	32.50	closed
5326	226	2024-07-21	8	32.60	active
5327	227	2024-07-22	9	32.70	active
5328	228	2024-07-23	1	32.80	closed
5329	229	2024-07-24	2	32.90	active
5330	230	2024-07-25	3	33.00	active
5331	231	2024-07-26	4	33.10	closed
5332	232	2024-07-27	5	33.20	active
5333	233	2024-07-28	6	33.30	active
5334	234	2024-07-29	7	33.40	closed
5335	235	2024-07-30	8	33.50	active
5336	236	2024-07-31	9	33.60	active
5337	237	2024-08-01	1	33.70	closed
5338	238	2024-08-02	2	33.80	active
5339	239	2024-08-03	3	33.90	active
5340	240	2024-08-04	4	34.00	closed
5341	241	2024-08-05	5	34.10	active
5342	242	2024-08-06	6	34.20	active
5343	243	2024-08-07	7	34.30	closed
5344	244	2024-08-08	8	34.40	active
5345	245	2024-08-09	9	34.50	active
5346	246	2024-08-10	1	34.60	closed
5347	247	2024-08-11	2	34.70	active
5348	248	2024-08-12	3	34.80	active
5349	249	2024-08-13	4	34.90	closed
5350	250	2024-08-14	5	35.00	active
5351	251	2024-08-15	6	35.10	active
5352	252	2024-08-16	7	35.20	closed
5353	253	2024-08-17	8	35.30	active
5354	254	2024-08-18	9	35.40	active
5355	255	2024-08-19	1	35.50	closed
5356	256	2024-08-20	2	35.60	active
5357	257	2024-08-21	3	35.70	active
5358	258	2024-08-22	4	35.80	closed
5359	259	2024-08-23	5	35.90	active
5360	260	2024-08-24	6	36.00	active
5361	261	2024-08-25	7	36.10	closed
5362	262	2024-08-26	8	36.20	active
5363	263	2024-08-27	9	36.30	active
5364	264	2024-08-28	1	36.40	closed
5365	265	2024-08-29	2	36.50	active
5366	266	2024-08-30	3	36.60	active
5367	267	2024-08-31	4	36.70	closed
5368	268	2024-09-01	5	36.80	active
5369	269	2024-09-02	6	36.90	active
5370	270	2024-09-03	7	37.00	closed
5371	271	2024-09-04	8	37.10	active
5372	272	2024-09-05	9	37.20	active
5373	273	2024-09-06	1	37.30	closed
5374	274	2024-09-07	2	37.40	active
5375	275	2024-09-08	3	37.50	active
5376	276	2024-09-09	4	37.60	closed
5377	277	2024-09-10	5	37.70	active
5378	278	2024-09-11	6	37.80	active
5379	279	2024-09-12	7	37.90	closed
5380	280	2024-09-13	8	38.00	active
5381	281	2024-09-14	9	38.10	active
5382	282	2024-09-15	1	38.20	closed
5383	283	2024-09-16	2	38.30	active
5384	284	2024-09-17	3	38.40	active
5385	285	2024-09-18	4	38.50	closed
5386	286	2024-09-19	5	38.60	active
5387	287	2024-09-20	6	38.70	active
5388	288	2024-09-21	7	38.80	closed
5389	289	2024-09-22	8	38.90	active
5390	290	2024-09-23	9	39.00	active
5391	291	2024-09-24	1	39.10	closed
5392	292	2024-09-25	2	39.20	active
5393	293	2024-09-26	3	39.30	active
5394	294	2024-09-27	4	39.40	closed
5395	295	2024-09-28	5	39.50	active
5396	296	2024-09-29	6	39.60	active
5397	297	2024-09-30	7	39.70	closed
5398	298	2024-10-01	8	39.80	active
5399	299	2024-10-02	9	39.90	active
5400	100	2024-10-03	1	40.00	closed
5401	101	2024-10-04	2	40.10	active
5402	102	2024-10-05	3	40.20	active
5403	103	2024-10-06	4	40.30	closed
5404	104	2024-10-07	5	40.40	active
5405	105	2024-10-08	6	40.50	active
5406	106	2024-10-09	7	40.60	closed
5407	107	2024-10-10	8	40.70	active
5408	108	2024-10-11	9	40.80	active
5409	109	2024-10-12	1	40.90	closed
5410	110	2024-10-13	2	41.00	active
5411	111	2024-10-14	3	41.10	active
5412	112	2024-10-15	4	41.20	closed
5413	113	2024-10-16	5	41.30	active
5414	114	2024-10-17	6	41.40	active
5415	115	2024-10-18	7	41.50	closed
5416	116	2024-10-19	8	41.60	active
5417	117	2024-10-20	9	41.70	active
5418	118	2024-10-21	1	41.80	closed
5419	119	2024-10-22	2	41.90	active
5420	120	2024-10-23	3	42.00	active
5421	121	2024-10-24	4	42.10	closed
5422	122	2024-10-25	5	42.20	active
5423	123	2024-10-26	6	42.30	active
5424	124	2024-10-27	7	42.40	closed
5425	125	2024-10-28	8	42.50	active
5426	126	2024-10-29	9	42.60	active
5427	127	2024-10-30	1	42.70	closed
5428	128	2024-10-31	2	42.80	active
5429	129	2024-11-01	3	42.90	active
5430	130	2024-11-02	4	43.00	closed
5431	131	2024-11-03	5	43.10	active
5432	132	2024-11-04	6	43.20	active
5433	133	2024-11-05	7	43.30	closed
5434	134	2024-11-06	8	43.40	active
5435	135	2024-11-07	9	43.50	active
5436	136	2024-11-08	1	43.60	closed
5437	137	2024-11-09	2	43.70	active
5438	138	2024-11-10	3	43.80	active
5439	139	2024-11-11	4	43.90	closed
5440	140	2024-11-12	5	44.00	active
5441	141	2024-11-13	6	44.10	active
5442	142	2024-11-14	7	44.20	closed
5443	143	2024-11-15	8	44.30	active
5444	144	2024-11-16	9	44.40	active
5445	145	2024-11-17	1	44.50	closed
5446	146	2024-11-18	2	44.60	active
5447	147	2024-11-19	3	44.70	active
5448	148	2024-11-20	4	44.80	closed
5449	149	2024-11-21	5	44.90	active
5450	150	2024-11-22	6	45.00	active
5451	151	2024-11-23	7	45.10	closed
5452	152	2024-11-24	8	45.20	active
5453	153	2024-11-25	9	45.30	active
5454	154	2024-11-26	1	45.40	closed
5455	155	2024-11-27	2	45.50	active
5456	156	2024-11-28	3	45.60	active
5457	157	2024-11-29	4	45.70	closed
5458	158	2024-11-30	5	45.80	active
5459	159	2024-12-01	6	45.90	active
5460	160	2024-12-02	7	46.00	closed
5461	161	2024-12-03	8	46.10	active
5462	162	2024-12-04	9	46.20	active
5463	163	2024-12-05	1	46.30	closed
5464	164	2024-12-06	2	46.40	active
5465	165	2024-12-07	3	46.50	active
5466	166	2024-12-08	4	46.60	closed
5467	167	2024-12-09	5	46.70	active
5468	168	2024-12-10	6	46.80	active
5469	169	2024-12-11	7	46.90	closed
5470	170	2024-12-12	8	47.00	active
5471	171	2024-12-13	9	47.10	active
5472	172	2024-12-14	1	47.20	closed
5473	173	2024-12-15	2	47.30	active
5474	174	2024-12-16	3	47.40	active
5475	175	2024-12-17	4	47.50	closed
5476	176	2024-12-18	5	47.60	active
5477	177	2024-12-19	6	47.70	active
5478	178	2024-12-20	7	47.80	closed
5479	179	2024-12-21	8	47.90	active
5480	180	2024-12-22	9	48.00	active
5481	181	2024-12-23	1	48.10	closed
5482	182	2024-12-24	2	48.20	active
5483	183	2024-12-25	3	48.30	active
5484	184	2024-12-26	4	48.40	closed
5485	185	2024-12-27	5	48.50	active
5486	186	2024-12-28	6	48.60	active
5487	187	2024-12-29	7	48.70	closed
5488	188	2024-12-30	8	48.80	active
5489	189	2024-12-31	9	48.90	active
5490	190	2024-01-01	1	49.00	closed
5491	191	2024-01-02	2	49.10	active
5492	192	2024-01-03	3	49.20	active
5493	193	2024-01-04	4	49.30	closed
5494	194	2024-01-05	5	49.40	active
5495	195	2024-01-06	6	49.50	active
5496	196	2024-01-07	7	49.60	closed
5497	197	2024-01-08	8	49.70	active
5498	198	2024-01-09	9	49.80	active
5499	199	2024-01-10	1	49.90	closed
5500	200	2024-01-11	2	50.00	active
5501	201	2024-01-12	3	50.10	active
5502	202	2024-01-13	4	50.20	closed
5503	203	2024-01-14	5	50.30	active
5504	204	2024-01-15	6	50.40	active
5505	205	2024-01-16	7	50.50	closed
5506	206	2024-01-17	8	50.60	active
5507	207	2024-01-18	9	50.70	active
5508	208	2024-01-19	1	50.80	closed
5509	209	2024-01-20	2	50.90	active
5510	210	2024-01-21	3	51.00	active
5511	211	2024-01-22	4	51.10	closed
5512	212	2024-01-23	5	51.20	active
5513	213	2024-01-24	6	51.30	active
5514	214	2024-01-25	7	51.40	closed
5515	215	2024-01-26	8	51.50	active
5516	216	2024-01-27	9	51.60	active
5517	217	2024-01-28	1	51.70	closed
5518	218	2024-01-29	2	51.80	active
5519	219	2024-01-30	3	51.90	active
5520	220	2024-01-31	4	52.00	closed
5521	221	2024-02-01	5	52.10	active
5522	222	2024-02-02	6	52.20	active
5523	223	2024-02-03	7	52.30	closed
5524	224	2024-02-04	8	52.40	active
5525	225	2024-02-05	9	52.50	active
5526	226	2024-02-06	1	52.60	closed
5527	227	2024-02-07	2	52.70	active
5528	228	2024-02-08	3	52.80	active
5529	229	2024-02-09	4	52.90	closed
5530	230	2024-02-10	5	53.00	active
5531	231	2024-02-11	6	53.10	active
5532	232	2024-02-12	7	53.20	closed
5533	233	2024-02-13	8	53.30	active
5534	234	2024-02-14	9	53.40	active
5535	235	2024-02-15	1	53.50	closed
5536	236	2024-02-16	2	53.60	active
5537	237	2024-02-17	3	53.70	active
5538	238	2024-02-18	4	53.80	closed
5539	239	2024-02-19	5	53.90	active
5540	240	2024-02-20	6	54.00	active
5541	241	2024-02-21	7	54.10	closed
5542	242	2024-02-22	8	54.20	active
5543	243	2024-02-23	9	54.30	active
5544	244	2024-02-24	1	54.40	closed
5545	245	2024-02-25	2	54.50	active
5546	246	2024-02-26	3	54.60	active
5547	247	2024-02-27	4	54.70	closed
5548	248	2024-02-28	5	54.80	active
5549	249	2024-02-29	6	54.90	active
5550	250	2024-03-01	7	55.00	closed
5551	251	2024-03-02	8	55.10	active
5552	252	2024-03-03	9	55.20	active
5553	253	2024-03-04	1	55.30	closed
5554	254	2024-03-05	2	55.40	active
5555	255	2024-03-06	3	55.50	active
5556	256	2024-03-07	4	55.60	closed
5557	257	2024-03-08	5	55.70	active
5558	258	2024-03-09	6	55.80	active
5559	259	2024-03-10	7	55.90	closed
5560	260	2024-03-11	8	56.00	active
5561	261	2024-03-12	9	56.10	active
5562	262	2024-03-13	1	56.20	closed
5563	263	2024-03-14	2	56.30	active
5564	264	2024-03-15	3	56.40	active
5565	265	2024-03-16	4	56.50	closed
5566	266	2024-03-17	5	56.60	active
5567	267	2024-03-18	6	56.70	active
5568	268	2024-03-19	7	56.80	closed
5569	269	2024-03-20	8	56.90	active
5570	270	2024-03-21	9	57.00	active
5571	271	2024-03-22	1	57.10	closed
5572	272	2024-03-23	2	57.20	active
5573	273	2024-03-24	3	57.30	active
5574	274	2024-03-25	4	57.40	closed
5575	275	2024-03-26	5	57.50	active
5576	276	2024-03-27	6	57.60	active
5577	277	2024-03-28	7	57.70	closed
5578	278	2024-03-29	8	57.80	active
5579	279	2024-03-30	9	57.90	active
5580	280	2024-03-31	1	58.00	closed
5581	281	2024-04-01	2	58.10	active
5582	282	2024-04-02	3	58.20	active
5583	283	2024-04-03	4	58.30	closed
5584	284	2024-04-04	5	58.40	active
5585	285	2024-04-05	6	58.50	active
5586	286	2024-04-06	7	58.60	closed
5587	287	2024-04-07	8	58.70	active
5588	288	2024-04-08	9	58.80	active
5589	289	2024-04-09	1	58.90	closed
5590	290	2024-04-10	2	59.00	active
5591	291	2024-04-11	3	59.10	active
5592	292	2024-04-12	4	59.20	closed
5593	293	2024-04-13	5	59.30	active
5594	294	2024-04-14	6	59.40	active
5595	295	2024-04-15	7	59.50	closed
5596	296	2024-04-16	8	59.60	active
5597	297	2024-04-17	9	59.70	active
5598	298	2024-04-18	1	59.80	closed
5599	299	2024-04-19	2	59.90	active
5600	100	2024-04-20	3	60.00	active
5601	101	2024-04-21	4	60.10	closed
5602	102	2024-04-22	5	60.20	active
5603	103	2024-04-23	6	60.30	active
5604	104	2024-04-24	7	60.40	closed
5605	105	2024-04-25	8	60.50	active
5606	106	2024-04-26	9	60.60	active
5607	107	2024-04-27	1	60.70	closed
5608	108	2024-04-28	2	60.80	active
5609	109	2024-04-29	3	60.90	active
5610	110	2024-04-30	4	61.00	closed
5611	111	2024-05-01	5	61.10	active
5612	112	2024-05-02	6	61.20	active
5613	113	2024-05-03	7	61.30	closed
5614	114	2024-05-04	8	61.40	active
5615	115	2024-05-05	9	61.50	active
5616	116	2024-05-06	1	61.60	closed
5617	117	2024-05-07	2	61.70	active
5618	118	2024-05-08	3	61.80	active
5619	119	2024-05-09	4	61.90	closed
5620	120	2024-05-10	5	62.00	active
5621	121	2024-05-11	6	62.10	active
5622	122	2024-05-12	7	62.20	closed
5623	123	2024-05-13	8	62.30	active
5624	124	2024-05-14	9	62.40	active
5625	125	2024-05-15	1	62.50	closed
5626	126	2024-05-16	2	62.60	active
5627	127	2024-05-17	3	62.70	active
5628	128	2024-05-18	4	62.80	closed
5629	129	2024-05-19	5	62.90	active
5630	130	2024-05-20	6	63.00	active
5631	131	2024-05-21	7	63.10	closed
5632	132	2024-05-22	8	63.20	active
5633	133	2024-05-23	9	63.30	active
5634	134	2024-05-24	1	63.40	closed
5635	135	2024-05-25	2	63.50	active
5636	136	2024-05-26	3	63.60	active
5637	137	2024-05-27	4	63.70	closed
5638	138	2024-05-28	5	63.80	active
5639	139	2024-05-29	6	63.90	active
5640	140	2024-05-30	7	64.00	closed
5641	141	2024-05-31	8	64.10	active
5642	142	2024-06-01	9	64.20	active
5643	143	2024-06-02	1	64.30	closed
5644	144	2024-06-03	2	64.40	active
5645	145	2024-06-04	3	64.50	active
5646	146	2024-06-05	4	64.60	closed
5647	147	2024-06-06	5	64.70	active
5648	148	2024-06-07	6	64.80	active
5649	149	2024-06-08	7	64.90	closed
5650	150	2024-06-09	8	65.00	active
5651	151	2024-06-10	9	65.10	active
5652	152	2024-06-11	1	65.20	closed
5653	153	2024-06-12	2	65.30	active
5654	154	2024-06-13	3	65.40	active
5655	155	2024-06-14	4	65.50	closed
5656	156	2024-06-15	5	65.60	active
5657	157	2024-06-16	6	65.70	active
5658	158	2024-06-17	7	65.80	closed
5659	159	2024-06-18	8	65.90	active
5660	160	2024-06-19	9	66.00	active
5661	161	2024-06-20	1	66.10	closed
5662	162	2024-06-21	2	66.20	active
5663	163	2024-06-22	3	66.30	active
5664	164	2024-06-23	4	66.40	closed
5665	165	2024-06-24	5	66.50	active
5666	166	2024-06-25	6	66.60	active
5667	167	2024-06-26	7	66.70	closed
5668	168	2024-06-27	8	66.80	active
5669	169	2024-06-28	9	66.90	active
5670	170	2024-06-29	1	67.00	closed
5671	171	2024-06-30	2	67.10	active
5672	172	2024-07-01	3	67.20	active
5673	173	2024-07-02	4	67.30	closed
5674	174	2024-07-03	5	67.40	active
5675	175	2024-07-04	6	67.50	active
5676	176	2024-07-05	7	67.60	closed
5677	177	2024-07-06	8	67.70	active
5678	178	2024-07-07	9	67.80	active
5679	179	2024-07-08	1	67.90	closed
5680	180	2024-07-09	2	68.00	active
5681	181	2024-07-10	3	68.10	active
5682	182	2024-07-11	4	68.20	closed
5683	183	2024-07-12	5	68.30	active
5684	184	2024-07-13	6	68.40	active
5685	185	2024-07-14	7	68.50	closed
5686	186	2024-07-15	8	68.60	active
5687	187	2024-07-16	9	68.70	active
5688	188	2024-07-17	1	68.80	closed
5689	189	2024-07-18	2	68.90	active
5690	190	2024-07-19	3	69.00	active
5691	191	2024-07-20	4	69.10	closed
5692	192	2024-07-21	5	69.20	active
5693	193	2024-07-22	6	69.30	active
5694	194	2024-07-23	7	69.40	closed
5695	195	2024-07-24	8	69.50	active
5696	196	2024-07-25	9	69.60	active
5697	197	2024-07-26	1	69.70	closed
5698	198	2024-07-27	2	69.80	active
5699	199	2024-07-28	3	69.90	active
5700	200	2024-07-29	4	70.00	closed
5701	201	2024-07-30	5	70.10	active
5702	202	2024-07-31	6	70.20	active
5703	203	2024-08-01	7	70.30	closed
5704	204	2024-08-02	8	70.40	active
5705	205	2024-08-03	9	70.50	active
5706	206	2024-08-04	1	70.60	closed
5707	207	2024-08-05	2	70.70	active
5708	208	2024-08-06	3	70.80	active
5709	209	2024-08-07	4	70.90	closed
5710	210	2024-08-08	5	71.00	active
5711	211	2024-08-09	6	71.10	active
5712	212	2024-08-10	7	71.20	closed
5713	213	2024-08-11	8	71.30	active
5714	214	2024-08-12	9	71.40	active
5715	215	2024-08-13	1	71.50	closed
5716	216	2024-08-14	2	71.60	active
5717	217	2024-08-15	3	71.70	active
5718	218	2024-08-16	4	71.80	closed
5719	219	2024-08-17	5	71.90	active
5720	220	2024-08-18	6	72.00	active
5721	221	2024-08-19	7	72.10	closed
5722	222	2024-08-20	8	72.20	active
5723	223	2024-08-21	9	72.30	active
5724	224	2024-08-22	1	72.40	closed
5725	225	2024-08-23	2	72.50	active
5726	226	2024-08-24	3	72.60	active
5727	227	2024-08-25	4	72.70	closed
5728	228	2024-08-26	5	72.80	active
5729	229	2024-08-27	6	72.90	active
5730	230	2024-08-28	7	73.00	closed
5731	231	2024-08-29	8	73.10	active
5732	232	2024-08-30	9	73.20	active
5733	233	2024-08-31	1	73.30	closed
5734	234	2024-09-01	2	73.40	active
5735	235	2024-09-02	3	73.50	active
5736	236	2024-09-03	4	73.60	closed
5737	237	2024-09-04	5	73.70	active
5738	238	2024-09-05	6	73.80	active
5739	239	2024-09-06	7	73.90	closed
5740	240	2024-09-07	8	74.00	active
5741	241	2024-09-08	9	74.10	active
5742	242	2024-09-09	1	74.20	closed
5743	243	2024-09-10	2	74.30	active
5744	244	2024-09-11	3	74.40	active
5745	245	2024-09-12	4	74.50	closed
5746	246	2024-09-13	5	74.60	active
5747	247	2024-09-14	6	74.70	active
5748	248	2024-09-15	7	74.80	closed
5749	249	2024-09-16	8	74.90	active
5750	250	2024-09-17	9	75.00	active
5751	251	2024-09-18	1	75.10	closed
5752	252	2024-09-19	2	75.20	active
5753	253	2024-09-20	3	75.30	active
5754	254	2024-09-21	4	75.40	closed
5755	255	2024-09-22	5	75.50	active
5756	256	2024-09-23	6	75.60	active
5757	257	2024-09-24	7	75.70	closed
5758	258	2024-09-25	8	75.80	active
5759	259	2024-09-26	9	75.90	active
5760	260	2024-09-27	1	76.00	closed
5761	261	2024-09-28	2	76.10	active
5762	262	2024-09-29	3	76.20	active
5763	263	2024-09-30	4	76.30	closed
5764	264	2024-10-01	5	76.40	active
5765	265	2024-10-02	6	76.50	active
5766	266	2024-10-03	7	76.60	closed
5767	267	2024-10-04	8	76.70	active
5768	268	2024-10-05	9	76.80	active
5769	269	2024-10-06	1	76.90	closed
5770	270	2024-10-07	2	77.00	active
5771	271	2024-10-08	3	77.10	active
5772	272	2024-10-09	4	77.20	closed
5773	273	2024-10-10	5	77.30	active
5774	274	2024-10-11	6	77.40	active
5775	275	2024-10-12	7	77.50	closed
5776	276	2024-10-13	8	77.60	active
5777	277	2024-10-14	9	77.70	active
5778	278	2024-10-15	1	77.80	closed
5779	279	2024-10-16	2	77.90	active
5780	280	2024-10-17	3	78.00	active
5781	281	2024-10-18	4	78.10	closed
5782	282	2024-10-19	5	78.20	active
5783	283	2024-10-20	6	78.30	active
5784	284	2024-10-21	7	78.40	closed
5785	285	2024-10-22	8	78.50	active
5786	286	2024-10-23	9	78.60	active
5787	287	2024-10-24	1	78.70	closed
5788	288	2024-10-25	2	78.80	active
5789	289	2024-10-26	3	78.90	active
5790	290	2024-10-27	4	79.00	closed
5791	291	2024-10-28	5	79.10	active
5792	292	2024-10-29	6	79.20	active
5793	293	2024-10-30	7	79.30	closed
5794	294	2024-10-31	8	79.40	active
5795	295	2024-11-01	9	79.50	active
5796	296	2024-11-02	1	79.60	closed
5797	297	2024-11-03	2	79.70	active
5798	298	2024-11-04	3	79.80	active
5799	299	2024-11-05	4	79.90	closed
5800	100	2024-11-06	5	80.00	active
5801	101	2024-11-07	6	80.10	active
5802	102	2024-11-08	7	80.20	closed
5803	103	2024-11-09	8	80.30	active
5804	104	2024-11-10	9	80.40	active
5805	105	2024-11-11	1	80.50	closed
5806	106	2024-11-12	2	80.60	active
5807	107	2024-11-13	3	80.70	active
5808	108	2024-11-14	4	80.80	closed
5809	109	2024-11-15	5	80.90	active
5810	110	2024-11-16	6	81.00	active
5811	111	2024-11-17	7	81.10	closed
5812	112	2024-11-18	8	81.20	active
5813	113	2024-11-19	9	81.30	active
5814	114	2024-11-20	1	81.40	closed
5815	115	2024-11-21	2	81.50	active
5816	116	2024-11-22	3	81.60	active
5817	117	2024-11-23	4	81.70	closed
5818	118	2024-11-24	5	81.80	active
5819	119	2024-11-25	6	81.90	active
5820	120	2024-11-26	7	82.00	closed
5821	121	2024-11-27	8	82.10	active
5822	122	2024-11-28	9	82.20	active
5823	123	2024-11-29	1	82.30	closed
5824	124	2024-11-30	2	82.40	active
5825	125	2024-12-01	3	82.50	active
5826	126	2024-12-02	4	82.60	closed
5827	127	2024-12-03	5	82.70	active
5828	128	2024-12-04	6	82.80	active
5829	129	2024-12-05	7	82.90	closed
5830	130	2024-12-06	8	83.00	active
5831	131	2024-12-07	9	83.10	active
5832	132	2024-12-08	1	83.20	closed
5833	133	2024-12-09	2	83.30	active
5834	134	2024-12-10	3	83.40	active
5835	135	2024-12-11	4	83.50	closed
5836	136	2024-12-12	5	83.60	active
5837	137	2024-12-13	6	83.70	active
5838	138	2024-12-14	7	83.80	closed
5839	139	2024-12-15	8	83.90	active
5840	140	2024-12-16	9	84.00	active
5841	141	2024-12-17	1	84.10	closed
5842	142	2024-12-18	2	84.20	active
5843	143	2024-12-19	3	84.30	active
5844	144	2024-12-20	4	84.40	closed
5845	145	2024-12-21	5	84.50	active
5846	146	2024-12-22	6	84.60	active
5847	147	2024-12-23	7	84.70	closed
5848	148	2024-12-24	8	84.80	active
5849	149	2024-12-25	9	84.90	active
5850	150	2024-12-26	1	85.00	closed
5851	151	2024-12-27	2	85.10	active
5852	152	2024-12-28	3	85.20	active
5853	153	2024-12-29	4	85.30	closed
5854	154	2024-12-30	5	85.40	active
5855	155	2024-12-31	6	85.50	active
5856	156	2024-01-01	7	85.60	closed
5857	157	2024-01-02	8	85.70	active
5858	158	2024-01-03	9	85.80	active
5859	159	2024-01-04	1	85.90	closed
5860	160	2024-01-05	2	86.00	active
5861	161	2024-01-06	3	86.10	active
5862	162	2024-01-07	4	86.20	closed
5863	163	2024-01-08	5	86.30	active
5864	164	2024-01-09	6	86.40	active
5865	165	2024-01-10	7	86.50	closed
5866	166	2024-01-11	8	86.60	active
5867	167	2024-01-12	9	86.70	active
5868	168	2024-01-13	1	86.80	closed
5869	169	2024-01-14	2	86.90	active
5870	170	2024-01-15	3	87.00	active
5871	171	2024-01-16	4	87.10	closed
5872	172	2024-01-17	5	87.20	active
5873	173	2024-01-18	6	87.30	active
5874	174	2024-01-19	7	87.40	closed
5875	175	2024-01-20	8	87.50	active
5876	176	2024-01-21	9	87.60	active
5877	177	2024-01-22	1	87.70	closed
5878	178	2024-01-23	2	87.80	active
5879	179	2024-01-24	3	87.90	active
5880	180	2024-01-25	4	88.00	closed
5881	181	2024-01-26	5	88.10	active
5882	182	2024-01-27	6	88.20	active
5883	183	2024-01-28	7	88.30	closed
5884	184	2024-01-29	8	88.40	active
5885	185	2024-01-30	9	88.50	active
5886	186	2024-01-31	1	88.60	closed
5887	187	2024-02-01	2	88.70	active
5888	188	2024-02-02	3	88.80	active
5889	189	2024-02-03	4	88.90	closed
5890	190	2024-02-04	5	89.00	active
5891	191	2024-02-05	6	89.10	active
5892	192	2024-02-06	7	89.20	closed
5893	193	2024-02-07	8	89.30	active
5894	194	2024-02-08	9	89.40	active
5895	195	2024-02-09	1	89.50	closed
5896	196	2024-02-10	2	89.60	active
5897	197	2024-02-11	3	89.70	active
5898	198	2024-02-12	4	89.80	closed
5899	199	2024-02-13	5	89.90	active
5900	200	2024-02-14	6	90.00	active
5901	201	2024-02-15	7	90.10	closed
5902	202	2024-02-16	8	90.20	active
5903	203	2024-02-17	9	90.30	active
5904	204	2024-02-18	1	90.40	closed
5905	205	2024-02-19	2	90.50	active
5906	206	2024-02-20	3	90.60	active
5907	207	2024-02-21	4	90.70	closed
5908	208	2024-02-22	5	90.80	active
5909	209	2024-02-23	6	90.90	active
5910	210	2024-02-24	7	91.00	closed
5911	211	2024-02-25	8	91.10	active
5912	212	2024-02-26	9	91.20	active
5913	213	2024-02-27	1	91.30	closed
5914	214	2024-02-28	2	91.40	active
5915	215	2024-02-29	3	91.50	active
5916	216	2024-03-01	4	91.60	closed
5917	217	2024-03-02	5	91.70	active
5918	218	2024-03-03	6	91.80	active
5919	219	2024-03-04	7	91.90	closed
5920	220	2024-03-05	8	92.00	active
5921	221	2024-03-06	9	92.10	active
5922	222	2024-03-07	1	92.20	closed
5923	223	2024-03-08	2	92.30	active
5924	224	2024-03-09	3	92.40	active
5925	225	2024-03-10	4	92.50	closed
5926	226	2024-03-11	5	92.60	active
5927	227	2024-03-12	6	92.70	active
5928	228	2024-03-13	7	92.80	closed
5929	229	2024-03-14	8	92.90	active
5930	230	2024-03-15	9	93.00	active
5931	231	2024-03-16	1	93.10	closed
5932	232	2024-03-17	2	93.20	active
5933	233	2024-03-18	3	93.30	active
5934	234	2024-03-19	4	93.40	closed
5935	235	2024-03-20	5	93.50	active
5936	236	2024-03-21	6	93.60	active
5937	237	2024-03-22	7	93.70	closed
5938	238	2024-03-23	8	93.80	active
5939	239	2024-03-24	9	93.90	active
5940	240	2024-03-25	1	94.00	closed
5941	241	2024-03-26	2	94.10	active
5942	242	2024-03-27	3	94.20	active
5943	243	2024-03-28	4	94.30	closed
5944	244	2024-03-29	5	94.40	active
5945	245	2024-03-30	6	94.50	active
5946	246	2024-03-31	7	94.60	closed
5947	247	2024-04-01	8	94.70	active
5948	248	2024-04-02	9	94.80	active
5949	249	2024-04-03	1	94.90	closed
5950	250	2024-04-04	2	95.00	active
5951	251	2024-04-05	3	95.10	active
5952	252	2024-04-06	4	95.20	closed
5953	253	2024-04-07	5	95.30	active
5954	254	2024-04-08	6	95.40	active
5955	255	2024-04-09	7	95.50	closed
5956	256	2024-04-10	8	95.60	active
5957	257	2024-04-11	9	95.70	active
5958	258	2024-04-12	1	95.80	closed
5959	259	2024-04-13	2	95.90	active
5960	260	2024-04-14	3	96.00	active
5961	261	2024-04-15	4	96.10	closed
5962	262	2024-04-16	5	96.20	active
5963	263	2024-04-17	6	96.30	active
5964	264	2024-04-18	7	96.40	closed
5965	265	2024-04-19	8	96.50	active
5966	266	2024-04-20	9	96.60	active
5967	267	2024-04-21	1	96.70	closed
5968	268	2024-04-22	2	96.80	active
5969	269	2024-04-23	3	96.90	active
5970	270	2024-04-24	4	97.00	closed
5971	271	2024-04-25	5	97.10	active
5972	272	2024-04-26	6	97.20	active
5973	273	2024-04-27	7	97.30	closed
5974	274	2024-04-28	8	97.40	active
5975	275	2024-04-29	9	97.50	active
5976	276	2024-04-30	1	97.60	closed
5977	277	2024-05-01	2	97.70	active
5978	278	2024-05-02	3	97.80	active
5979	279	2024-05-03	4	97.90	closed
5980	280	2024-05-04	5	98.00	active
5981	281	2024-05-05	6	98.10	active
5982	282	2024-05-06	7	98.20	closed
5983	283	2024-05-07	8	98.30	active
5984	284	2024-05-08	9	98.40	active
5985	285	2024-05-09	1	98.50	closed
5986	286	2024-05-10	2	98.60	active
5987	287	2024-05-11	3	98.70	active
5988	288	2024-05-12	4	98.80	closed
5989	289	2024-05-13	5	98.90	active
5990	290	2024-05-14	6	99.00	active
5991	291	2024-05-15	7	99.10	closed
5992	292	2024-05-16	8	99.20	active
5993	293	2024-05-17	9	99.30	active
5994	294	2024-05-18	1	99.40	closed
5995	295	2024-05-19	2	99.50	active
5996	296	2024-05-20	3	99.60	active
5997	297	2024-05-21	4	99.70	closed
5998	298	2024-05-22	5	99.80	active
5999	299	2024-05-23	6	99.90	active
6000	100	2024-05-24	7	0.00	closed
6001	101	2024-05-25	8	0.10	active
6002	102	2024-05-26	9	0.20	active
6003	103	2024-05-27	1	0.30	closed
6004	104	2024-05-28	2	0.40	active
6005	105	2024-05-29	3	0.50	active
6006	106	2024-05-30	4	0.60	closed
6007	107	2024-05-31	5	0.70	active
6008	108	2024-06-01	6	0.80	active
6009	109	2024-06-02	7	0.90	closed
6010	110	2024-06-03	8	1.00	active
6011	111	2024-06-04	9	1.10	active
6012	112	2024-06-05	1	1.20	closed
6013	113	2024-06-06	2	1.30	active
6014	114	2024-06-07	3	1.40	active
6015	115	2024-06-08	4	1.50	closed
6016	116	2024-06-09	5	1.60	active
6017	117	2024-06-10	6	1.70	active
6018	118	2024-06-11	7	1.80	closed
6019	119	2024-06-12	8	1.90	active
6020	120	2024-06-13	9	2.00	active
6021	121	2024-06-14	1	2.10	closed
6022	122	2024-06-15	2	2.20	active
6023	123	2024-06-16	3	2.30	active
6024	124	2024-06-17	4	2.40	closed
6025	125	2024-06-18	5	2.50	active
6026	126	2024-06-19	6	2.60	active
6027	127	2024-06-20	7	2.70	closed
6028	128	2024-06-21	8	2.80	active
6029	129	2024-06-22	9	2.90	active
6030	130	2024-06-23	1	3.00	closed
6031	131	2024-06-24	2	3.10	active
6032	132	2024-06-25	3	3.20	active
6033	133	2024-06-26	4	3.30	closed
6034	134	2024-06-27	5	3.40	active
6035	135	2024-06-28	6	3.50	active
6036	136	2024-06-29	7	3.60	closed
6037	137	2024-06-30	8	3.70	active
6038	138	2024-07-01	9	3.80	active
6039	139	2024-07-02	1	3.90	closed
6040	140	2024-07-03	2	4.00	active
6041	141	2024-07-04	3	4.10	active
6042	142	2024-07-05	4	4.20	closed
6043	143	2024-07-06	5	4.30	active
6044	144	2024-07-07	6	4.40	active
6045	145	2024-07-08	7	4.50	closed
6046	146	2024-07-09	8	4.60	active
6047	147	2024-07-10	9	4.70	active
6048	148	2024-07-11	1	4.80	closed
6049	149	2024-07-12	2	4.90	active
6050	150	2024-07-13	3	5.00	active
6051	151	2024-07-14	4	5.10	closed
6052	152	2024-07-15	5	5.20	active
6053	153	2024-07-16	6	5.30	active
6054	154	2024-07-17	7	5.40	closed
6055	155	2024-07-18	8	5.50	active
6056	156	2024-07-19	9	5.60	active
6057	157	2024-07-20	1	5.70	closed
6058	158	2024-07-21	2	5.80	active
6059	159	2024-07-22	3	5.90	active
6060	160	2024-07-23	4	6.00	closed
6061	161	2024-07-24	5	6.10	active
6062	162	2024-07-25	6	6.20	active
6063	163	2024-07-26	7	6.30	closed
6064	164	2024-07-27	8	6.40	active
6065	165	2024-07-28	9	6.50	active
6066	166	2024-07-29	1	6.60	closed
6067	167	2024-07-30	2	6.70	active
6068	168	2024-07-31	3	6.80	active
6069	169	2024-08-01	4	6.90	closed
6070	170	2024-08-02	5	7.00	active
6071	171	2024-08-03	6	7.10	active
6072	172	2024-08-04	7	7.20	closed
6073	173	2024-08-05	8	7.30	active
6074	174	2024-08-06	9	7.40	active
6075	175	2024-08-07	1	7.50	closed
6076	176	2024-08-08	2	7.60	active
6077	177	2024-08-09	3	7.70	active
6078	178	2024-08-10	4	7.80	closed
6079	179	2024-08-11	5	7.90	active
6080	180	2024-08-12	6	8.00	active
6081	181	2024-08-13	7	8.10	closed
6082	182	2024-08-14	8	8.20	active
6083	183	2024-08-15	9	8.30	active
6084	184	2024-08-16	1	8.40	closed
6085	185	2024-08-17	2	8.50	active
6086	186	2024-08-18	3	8.60	active
6087	187	2024-08-19	4	8.70	closed
6088	188	2024-08-20	5	8.80	active
6089	189	2024-08-21	6	8.90	active
6090	190	2024-08-22	7	9.00	closed
6091	191	2024-08-23	8	9.10	active
6092	192	2024-08-24	9	9.20	active
6093	193	2024-08-25	1	9.30	closed
6094	194	2024-08-26	2	9.40	active
6095	195	2024-08-27	3	9.50	active
6096	196	2024-08-28	4	9.60	closed
6097	197	2024-08-29	5	9.70	active
6098	198	2024-08-30	6	9.80	active
6099	199	2024-08-31	7	9.90	closed
6100	200	2024-09-01	8	10.00	active
6101	201	2024-09-02	9	10.10	active
6102	202	2024-09-03	1	10.20	closed
6103	203	2024-09-04	2	10.30	active
6104	204	2024-09-05	3	10.40	active
6105	205	2024-09-06	4	10.50	closed
6106	206	2024-09-07	5	10.60	active
6107	207	2024-09-08	6	10.70	active
6108	208	2024-09-09	7	10.80	closed
6109	209	2024-09-10	8	10.90	active
6110	210	2024-09-11	9	11.00	active
6111	211	2024-09-12	1	11.10	closed
6112	212	2024-09-13	2	11.20	active
6113	213	2024-09-14	3	11.30	active
6114	214	2024-09-15	4	11.40	closed
6115	215	2024-09-16	5	11.50	active
6116	216	2024-09-17	6	11.60	active
6117	217	2024-09-18	7	11.70	closed
6118	218	2024-09-19	8	11.80	active
6119	219	2024-09-20	9	11.90	active
6120	220	2024-09-21	1	12.00	closed
6121	221	2024-09-22	2	12.10	active
6122	222	2024-09-23	3	12.20	active
6123	223	2024-09-24	4	12.30	closed
6124	224	2024-09-25	5	12.40	active
6125	225	2024-09-26	6	12.50	active
6126	226	2024-09-27	7	12.60	closed
6127	227	2024-09-28	8	12.70	active
6128	228	2024-09-29	9	12.80	active
6129	229	2024-09-30	1	12.90	closed
6130	230	2024-10-01	2	13.00	active
6131	231	2024-10-02	3	13.10	active
6132	232	2024-10-03	4	13.20	closed
6133	233	2024-10-04	5	13.30	active
6134	234	2024-10-05	6	13.40	active
6135	235	2024-10-06	7	13.50	closed
6136	236	2024-10-07	8	13.60	active
6137	237	2024-10-08	9	13.70	active
6138	238	2024-10-09	1	13.80	closed
6139	239	2024-10-10	2	13.90	active
6140	240	2024-10-11	3	14.00	active
6141	241	2024-10-12	4	14.10	closed
6142	242	2024-10-13	5	14.20	active
6143	243	2024-10-14	6	14.30	active
6144	244	2024-10-15	7	14.40	closed
6145	245	2024-10-16	8	14.50	active
6146	246	2024-10-17	9	14.60	active
6147	247	2024-10-18	1	14.70	closed
6148	248	2024-10-19	2	14.80	active
6149	249	2024-10-20	3	14.90	active
6150	250	2024-10-21	4	15.00	closed
6151	251	2024-10-22	5	15.10	active
6152	252	2024-10-23	6	15.20	active
6153	253	2024-10-24	7	15.30	closed
6154	254	2024-10-25	8	15.40	active
6155	255	2024-10-26	9	15.50	active
6156	256	2024-10-27	1	15.60	closed
6157	257	2024-10-28	2	15.70	active
6158	258	2024-10-29	3	15.80	active
6159	259	2024-10-30	4	15.90	closed
6160	260	2024-10-31	5	16.00	active
6161	261	2024-11-01	6	16.10	active
6162	262	2024-11-02	7	16.20	closed
6163	263	2024-11-03	8	16.30	active
6164	264	2024-11-04	9	16.40	active
6165	265	2024-11-05	1	16.50	closed
6166	266	2024-11-06	2	16.60	active
6167	267	2024-11-07	3	16.70	active
6168	268	2024-11-08	4	16.80	closed
6169	269	2024-11-09	5	16.90	active
6170	270	2024-11-10	6	17.00	active
6171	271	2024-11-11	7	17.10	closed
6172	272	2024-11-12	8	17.20	active
6173	273	2024-11-13	9	17.30	active
6174	274	2024-11-14	1	17.40	closed
6175	275	2024-11-15	2	17.50	active
6176	276	2024-11-16	3	17.60	active
6177	277	2024-11-17	4	17.70	closed
6178	278	2024-11-18	5	17.80	active
6179	279	2024-11-19	6	17.90	active
6180	280	2024-11-20	7	18.00	closed
6181	281	2024-11-21	8	18.10	active
6182	282	2024-11-22	9	18.20	active
6183	283	2024-11-23	1	18.30	closed
6184	284	2024-11-24	2	18.40	active
6185	285	2024-11-25	3	18.50	active
6186	286	2024-11-26	4	18.60	closed
6187	287	2024-11-27	5	18.70	active
6188	288	2024-11-28	6	18.80	active
6189	289	2024-11-29	7	18.90	closed
6190	290	2024-11-30	8	19.00	active
6191	291	2024-12-01	9	19.10	active
6192	292	2024-12-02	1	19.20	closed
6193	293	2024-12-03	2	19.30	active
6194	294	2024-12-04	3	19.40	active
6195	295	2024-12-05	4	19.50	closed
6196	296	2024-12-06	5	19.60	active
6197	297	2024-12-07	6	19.70	active
6198	298	2024-12-08	7	19.80	closed
6199	299	2024-12-09	8	19.90	active
6200	100	2024-12-10	9	20.00	active
6201	101	2024-12-11	1	20.10	closed
6202	102	2024-12-12	2	20.20	active
6203	103	2024-12-13	3	20.30	active
6204	104	2024-12-14	4	20.40	closed
6205	105	2024-12-15	5	20.50	active
6206	106	2024-12-16	6	20.60	active
6207	107	2024-12-17	7	20.70	closed
6208	108	2024-12-18	8	20.80	active
6209	109	2024-12-19	9	20.90	active
6210	110	2024-12-20	1	21.00	closed
6211	111	2024-12-21	2	21.10	active
6212	112	2024-12-22	3	21.20	active
6213	113	2024-12-23	4	21.30	closed
6214	114	2024-12-24	5	21.40	active
6215	115	2024-12-25	6	21.50	active
6216	116	2024-12-26	7	21.60	closed
6217	117	2024-12-27	8	21.70	active
6218	118	2024-12-28	9	21.80	active
6219	119	2024-12-29	1	21.90	closed
6220	120	2024-12-30	2	22.00	active
6221	121	2024-12-31	3	22.10	active
6222	122	2024-01-01	4	22.20	closed
6223	123	2024-01-02	5	22.30	active
6224	124	2024-01-03	6	22.40	active
6225	125	2024-01-04	7	22.50	closed
6226	126	2024-01-05	8	22.60	active
6227	127	2024-01-06	9	22.70	active
6228	128	2024-01-07	1	22.80	closed
6229	129	2024-01-08	2	22.90	active
6230	130	2024-01-09	3	23.00	active
6231	131	2024-01-10	4	23.10	closed
6232	132	2024-01-11	5	23.20	active
6233	133	2024-01-12	6	23.30	active
6234	134	2024-01-13	7	23.40	closed
6235	135	2024-01-14	8	23.50	active
6236	136	2024-01-15	9	23.60	active
6237	137	2024-01-16	1	23.70	closed
6238	138	2024-01-17	2	23.80	active
6239	139	2024-01-18	3	23.90	active
6240	140	2024-01-19	4	24.00	closed
6241	141	2024-01-20	5	24.10	active
6242	142	2024-01-21	6	24.20	active
6243	143	2024-01-22	7	24.30	closed
6244	144	2024-01-23	8	24.40	active
6245	145	2024-01-24	9	24.50	active
6246	146	2024-01-25	1	24.60	closed
6247	147	2024-01-26	2	24.70	active
6248	148	2024-01-27	3	24.80	active
6249	149	2024-01-28	4	24.90	closed
6250	150	2024-01-29	5	25.00	active
6251	151	2024-01-30	6	25.10	active
6252	152	2024-01-31	7	25.20	closed
6253	153	2024-02-01	8	25.30	active
6254	154	2024-02-02	9	25.40	active
6255	155	2024-02-03	1	25.50	closed
6256	156	2024-02-04	2	25.60	active
6257	157	2024-02-05	3	25.70	active
6258	158	2024-02-06	4	25.80	closed
6259	159	2024-02-07	5	25.90	active
6260	160	2024-02-08	6	26.00	active
6261	161	2024-02-09	7	26.10	closed
6262	162	2024-02-10	8	26.20	active
6263	163	2024-02-11	9	26.30	active
6264	164	2024-02-12	1	26.40	closed
6265	165	2024-02-13	2	26.50	active
6266	166	2024-02-14	3	26.60	active
6267	167	2024-02-15	4	26.70	closed
6268	168	2024-02-16	5	26.80	active
6269	169	2024-02-17	6	26.90	active
6270	170	2024-02-18	7	27.00	closed
6271	171	2024-02-19	8	27.10	active
6272	172	2024-02-20	9	27.20	active
6273	173	2024-02-21	1	27.30	closed
6274	174	2024-02-22	2	27.40	active
6275	175	2024-02-23	3	27.50	active
6276	176	2024-02-24	4	27.60	closed
6277	177	2024-02-25	5	27.70	active
6278	178	2024-02-26	6	27.80	active
6279	179	2024-02-27	7	27.90	closed
6280	180	2024-02-28	8	28.00	active
6281	181	2024-02-29	9	28.10	active
6282	182	2024-03-01	1	28.20	closed
6283	183	2024-03-02	2	28.30	active
6284	184	2024-03-03	3	28.40	active
6285	185	2024-03-04	4	28.50	closed
6286	186	2024-03-05	5	28.60	active
6287	187	2024-03-06	6	28.70	active
6288	188	2024-03-07	7	28.80	closed
6289	189	2024-03-08	8	28.90	active
6290	190	2024-03-09	9	29.00	active
6291	191	2024-03-10	1	29.10	closed
6292	192	2024-03-11	2	29.20	active
6293	193	2024-03-12	3	29.30	active
6294	194	2024-03-13	4	29.40	closed
6295	195	2024-03-14	5	29.50	active
6296	196	2024-03-15	6	29.60	active
6297	197	2024-03-16	7	29.70	closed
6298	198	2024-03-17	8	29.80	active
6299	199	2024-03-18	9	29.90	active
6300	200	2024-03-19	1	30.00	closed
6301	201	2024-03-20	2	30.10	active
6302	202	2024-03-21	3	30.20	active
6303	203	2024-03-22	4	30.30	closed
6304	204	2024-03-23	5	30.40	active
6305	205	2024-03-24	6	30.50	active
6306	206	2024-03-25	7	30.60	closed
6307	207	2024-03-26	8	30.70	active
6308	208	2024-03-27	9	30.80	active
6309	209	2024-03-28	1	30.90	closed
6310	210	2024-03-29	2	31.00	active
6311	211	2024-03-30	3	31.10	active
6312	212	2024-03-31	4	31.20	closed
6313	213	2024-04-01	5	31.30	active
6314	214	2024-04-02	6	31.40	active
6315	215	2024-04-03	7	31.50	closed
6316	216	2024-04-04	8	31.60	active
6317	217	2024-04-05	9	31.70	active
6318	218	2024-04-06	1	31.80	closed
6319	219	2024-04-07	2	31.90	active
6320	220	2024-04-08	3	32.00	active
6321	221	2024-04-09	4	32.10	closed
6322	222	2024-04-10	5	32.20	active
6323	223	2024-04-11	6	32.30	active
6324	224	2024-04-12	7	32.40	closed
6325	225	2024-04-13	8	32.50	active
6326	226	2024-04-14	9	32.60	active
6327	227	2024-04-15	1	32.70	closed
6328	228	2024-04-16	2	32.80	active
6329	229	2024-04-17	3	32.90	active
6330	230	2024-04-18	4	33.00	closed
6331	231	2024-04-19	5	33.10	active
6332	232	2024-04-20	6	33.20	active
6333	233	2024-04-21	7	33.30	closed
6334	234	2024-04-22	8	33.40	active
6335	235	2024-04-23	9	33.50	active
6336	236	2024-04-24	1	33.60	closed
6337	237	2024-04-25	2	33.70	active
6338	238	2024-04-26	3	33.80	active
6339	239	2024-04-27	4	33.90	closed
6340	240	2024-04-28	5	34.00	active
6341	241	2024-04-29	6	34.10	active
6342	242	2024-04-30	7	34.20	closed
6343	243	2024-05-01	8	34.30	active
6344	244	2024-05-02	9	34.40	active
6345	245	2024-05-03	1	34.50	closed
6346	246	2024-05-04	2	34.60	active
6347	247	2024-05-05	3	34.70	active
6348	248	2024-05-06	4	34.80	closed
6349	249	2024-05-07	5	34.90	active
6350	250	2024-05-08	6	35.00	active
6351	251	2024-05-09	7	35.10	closed
6352	252	2024-05-10	8	35.20	active
6353	253	2024-05-11	9	35.30	active
6354	254	2024-05-12	1	35.40	closed
6355	255	2024-05-13	2	35.50	active
6356	256	2024-05-14	3	35.60	active
6357	257	2024-05-15	4	35.70	closed
6358	258	2024-05-16	5	35.80	active
6359	259	2024-05-17	6	35.90	active
6360	260	2024-05-18	7	36.00	closed
6361	261	2024-05-19	8	36.10	active
6362	262	2024-05-20	9	36.20	active
6363	263	2024-05-21	1	36.30	closed
6364	264	2024-05-22	2	36.40	active
6365	265	2024-05-23	3	36.50	active
6366	266	2024-05-24	4	36.60	closed
6367	267	2024-05-25	5	36.70	active
6368	268	2024-05-26	6	36.80	active
6369	269	2024-05-27	7	36.90	closed
6370	270	2024-05-28	8	37.00	active
6371	271	2024-05-29	9	37.10	active
6372	272	2024-05-30	1	37.20	closed
6373	273	2024-05-31	2	37.30	active
6374	274	2024-06-01	3	37.40	active
6375	275	2024-06-02	4	37.50	closed
6376	276	2024-06-03	5	37.60	active
6377	277	2024-06-04	6	37.70	active
6378	278	2024-06-05	7	37.80	closed
6379	279	2024-06-06	8	37.90	active
6380	280	2024-06-07	9	38.00	active
6381	281	2024-06-08	1	38.10	closed
6382	282	2024-06-09	2	38.20	active
6383	283	2024-06-10	3	38.30	active
6384	284	2024-06-11	4	38.40	closed
6385	285	2024-06-12	5	38.50	active
6386	286	2024-06-13	6	38.60	active
6387	287	2024-06-14	7	38.70	closed
6388	288	2024-06-15	8	38.80	active
6389	289	2024-06-16	9	38.90	active
6390	290	2024-06-17	1	39.00	closed
6391	291	2024-06-18	2	39.10	active
6392	292	2024-06-19	3	39.20	active
6393	293	2024-06-20	4	39.30	closed
6394	294	2024-06-21	5	39.40	active
6395	295	2024-06-22	6	39.50	active
6396	296	2024-06-23	7	39.60	closed
6397	297	2024-06-24	8	39.70	active
6398	298	2024-06-25	9	39.80	active
6399	299	2024-06-26	1	39.90	closed
6400	100	2024-06-27	2	40.00	active
6401	101	2024-06-28	3	40.10	active
6402	102	2024-06-29	4	40.20	closed
6403	103	2024-06-30	5	40.30	active
6404	104	2024-07-01	6	40.40	active
6405	105	2024-07-02	7	40.50	closed
6406	106	2024-07-03	8	40.60	active
6407	107	2024-07-04	9	40.70	active
6408	108	2024-07-05	1	40.80	closed
6409	109	2024-07-06	2	40.90	active
6410	110	2024-07-07	3	41.00	active
6411	111	2024-07-08	4	41.10	closed
6412	112	2024-07-09	5	41.20	active
6413	113	2024-07-10	6	41.30	active
6414	114	2024-07-11	7	41.40	closed
6415	115	2024-07-12	8	41.50	active
6416	116	2024-07-13	9	41.60	active
6417	117	2024-07-14	1	41.70	closed
6418	118	2024-07-15	2	41.80	active
6419	119	2024-07-16	3	41.90	active
6420	120	2024-07-17	4	42.00	closed
6421	121	2024-07-18	5	42.10	active
6422	122	2024-07-19	6	42.20	active
6423	123	2024-07-20	7	42.30	closed
6424	124	2024-07-21	8	42.40	active
6425	125	2024-07-22	9	42.50	active
6426	126	2024-07-23	1	42.60	closed
6427	127	2024-07-24	2	42.70	active
6428	128	2024-07-25	3	42.80	active
6429	129	2024-07-26	4	42.90	closed
6430	130	2024-07-27	5	43.00	active
6431	131	2024-07-28	6	43.10	active
6432	132	2024-07-29	7	43.20	closed
6433	133	2024-07-30	8	43.30	active
6434	134	2024-07-31	9	43.40	active
6435	135	2024-08-01	1	43.50	closed
6436	136	2024-08-02	2	43.60	active
6437	137	2024-08-03	3	43.70	active
6438	138	2024-08-04	4	43.80	closed
6439	139	2024-08-05	5	43.90	active
6440	140	2024-08-06	6	44.00	active
6441	141	2024-08-07	7	44.10	closed
6442	142	2024-08-08	8	44.20	active
6443	143	2024-08-09	9	44.30	active
6444	144	2024-08-10	1	44.40	closed
6445	145	2024-08-11	2	44.50	active
6446	146	2024-08-12	3	44.60	active
6447	147	2024-08-13	4	44.70	closed
6448	148	2024-08-14	5	44.80	active
6449	149	2024-08-15	6	44.90	active
6450	150	2024-08-16	7	45.00	closed
6451	151	2024-08-17	8	45.10	active
6452	152	2024-08-18	9	45.20	active
6453	153	2024-08-19	1	45.30	closed
6454	154	2024-08-20	2	45.40	active
6455	155	2024-08-21	3	45.50	active
6456	156	2024-08-22	4	45.60	closed
6457	157	2024-08-23	5	45.70	active
6458	158	2024-08-24	6	45.80	active
6459	159	2024-08-25	7	45.90	closed
6460	160	2024-08-26	8	46.00	active
6461	161	2024-08-27	9	46.10	active
6462	162	2024-08-28	1	46.20	closed
6463	163	2024-08-29	2	46.30	active
6464	164	2024-08-30	3	46.40	active
6465	165	2024-08-31	4	46.50	closed
6466	166	2024-09-01	5	46.60	active
6467	167	2024-09-02	6	46.70	active
6468	168	2024-09-03	7	46.80	closed
6469	169	2024-09-04	8	46.90	active
6470	170	2024-09-05	9	47.00	active
6471	171	2024-09-06	1	47.10	closed
6472	172	2024-09-07	2	47.20	active
6473	173	2024-09-08	3	47.30	active
6474	174	2024-09-09	4	47.40	closed
6475	175	2024-09-10	5	47.50	active
6476	176	2024-09-11	6	47.60	active
6477	177	2024-09-12	7	47.70	closed
6478	178	2024-09-13	8	47.80	active
6479	179	2024-09-14	9	47.90	active
6480	180	2024-09-15	1	48.00	closed
6481	181	2024-09-16	2	48.10	active
6482	182	2024-09-17	3	48.20	active
6483	183	2024-09-18	4	48.30	closed
6484	184	2024-09-19	5	48.40	active
6485	185	2024-09-20	6	48.50	active
6486	186	2024-09-21	7	48.60	closed
6487	187	2024-09-22	8	48.70	active
6488	188	2024-09-23	9	48.80	active
6489	189	2024-09-24	1	48.90	closed
6490	190	2024-09-25	2	49.00	active
6491	191	2024-09-26	3	49.10	active
6492	192	2024-09-27	4	49.20	closed
6493	193	2024-09-28	5	49.30	active
6494	194	2024-09-29	6	49.40	active
6495	195	2024-09-30	7	49.50	closed
6496	196	2024-10-01	8	49.60	active
6497	197	2024-10-02	9	49.70	active
6498	198	2024-10-03	1	49.80	closed
6499	199	2024-10-04	2	49.90	active
6500	200	2024-10-05	3	50.00	active
6501	201	2024-10-06	4	50.10	closed
6502	202	2024-10-07	5	50.20	active
6503	203	2024-10-08	6	50.30	active
6504	204	2024-10-09	7	50.40	closed
6505	205	2024-10-10	8	50.50	active
6506	206	2024-10-11	9	50.60	active
6507	207	2024-10-12	1	50.70	closed
6508	208	2024-10-13	2	50.80	active
6509	209	2024-10-14	3	50.90	active
6510	210	2024-10-15	4	51.00	closed
6511	211	2024-10-16	5	51.10	active
6512	212	2024-10-17	6	51.20	active
6513	213	2024-10-18	7	51.30	closed
6514	214	2024-10-19	8	51.40	active
6515	215	2024-10-20	9	51.50	active
6516	216	2024-10-21	1	51.60	closed
6517	217	2024-10-22	2	51.70	active
6518	218	2024-10-23	3	51.80	active
6519	219	2024-10-24	4	51.90	closed
6520	220	2024-10-25	5	52.00	active
6521	221	2024-10-26	6	52.10	active
6522	222	2024-10-27	7	52.20	closed
6523	223	2024-10-28	8	52.30	active
6524	224	2024-10-29	9	52.40	active
6525	225	2024-10-30	1	52.50	closed
6526	226	2024-10-31	2	52.60	active
6527	227	2024-11-01	3	52.70	active
6528	228	2024-11-02	4	52.80	closed
6529	229	2024-11-03	5	52.90	active
6530	230	2024-11-04	6	53.00	active
6531	231	2024-11-05	7	53.10	closed
6532	232	2024-11-06	8	53.20	active
6533	233	2024-11-07	9	53.30	active
6534	234	2024-11-08	1	53.40	closed
6535	235	2024-11-09	2	53.50	active
6536	236	2024-11-10	3	53.60	active
6537	237	2024-11-11	4	53.70	closed
6538	238	2024-11-12	5	53.80	active
6539	239	2024-11-13	6	53.90	active
6540	240	2024-11-14	7	54.00	closed
6541	241	2024-11-15	8	54.10	active
6542	242	2024-11-16	9	54.20	active
6543	243	2024-11-17	1	54.30	closed
6544	244	2024-11-18	2	54.40	active
6545	245	2024-11-19	3	54.50	active
6546	246	2024-11-20	4	54.60	closed
6547	247	2024-11-21	5	54.70	active
6548	248	2024-11-22	6	54.80	active
6549	249	2024-11-23	7	54.90	closed
6550	250	2024-11-24	8	55.00	active
6551	251	2024-11-25	9	55.10	active
6552	252	2024-11-26	1	55.20	closed
6553	253	2024-11-27	2	55.30	active
6554	254	2024-11-28	3	55.40	active
6555	255	2024-11-29	4	55.50	closed
6556	256	2024-11-30	5	55.60	active
6557	257	2024-12-01	6	55.70	active
6558	258	2024-12-02	7	55.80	closed
6559	259	2024-12-03	8	55.90	active
6560	260	2024-12-04	9	56.00	active
6561	261	2024-12-05	1	56.10	closed
6562	262	2024-12-06	2	56.20	active
6563	263	2024-12-07	3	56.30	active
6564	264	2024-12-08	4	56.40	closed
6565	265	2024-12-09	5	56.50	active
6566	266	2024-12-10	6	56.60	active
6567	267	2024-12-11	7	56.70	closed
6568	268	2024-12-12	8	56.80	active
6569	269	2024-12-13	9	56.90	active
6570	270	2024-12-14	1	57.00	closed
6571	271	2024-12-15	2	57.10	active
6572	272	2024-12-16	3	57.20	active
6573	273	2024-12-17	4	57.30	closed
6574	274	2024-12-18	5	57.40	active
6575	275	2024-12-19	6	57.50	active
6576	276	2024-12-20	7	57.60	closed
6577	277	2024-12-21	8	57.70	active
6578	278	2024-12-22	9	57.80	active
6579	279	2024-12-23	1	57.90	closed
6580	280	2024-12-24	2	58.00	active
6581	281	2024-12-25	3	58.10	active
6582	282	2024-12-26	4	58.20	closed
6583	283	2024-12-27	5	58.30	active
6584	284	2024-12-28	6	58.40	active
6585	285	2024-12-29	7	58.50	closed
6586	286	2024-12-30	8	58.60	active
6587	287	2024-12-31	9	58.70	active
6588	288	2024-01-01	1	58.80	closed
6589	289	2024-01-02	2	58.90	active
6590	290	2024-01-03	3	59.00	active
6591	291	2024-01-04	4	59.10	closed
6592	292	2024-01-05	5	59.20	active
6593	293	2024-01-06	6	59.30	active
6594	294	2024-01-07	7	59.40	closed
6595	295	2024-01-08	8	59.50	active
6596	296	2024-01-09	9	59.60	active
6597	297	2024-01-10	1	59.70	closed
6598	298	2024-01-11	2	59.80	active
6599	299	2024-01-12	3	59.90	active
6600	100	2024-01-13	4	60.00	closed
6601	101	2024-01-14	5	60.10	active
6602	102	2024-01-15	6	60.20	active
6603	103	2024-01-16	7	60.30	closed
6604	104	2024-01-17	8	60.40	active
6605	105	2024-01-18	9	60.50	active
6606	106	2024-01-19	1	60.60	closed
6607	107	2024-01-20	2	60.70	active
6608	108	2024-01-21	3	60.80	active
6609	109	2024-01-22	4	60.90	closed
6610	110	2024-01-23	5	61.00	active
6611	111	2024-01-24	6	61.10	active
6612	112	2024-01-25	7	61.20	closed
6613	113	2024-01-26	8	61.30	active
6614	114	2024-01-27	9	61.40	active
6615	115	2024-01-28	1	61.50	closed
6616	116	2024-01-29	2	61.60	active
6617	117	2024-01-30	3	61.70	active
6618	118	2024-01-31	4	61.80	closed
6619	119	2024-02-01	5	61.90	active
6620	120	2024-02-02	6	62.00	active
6621	121	2024-02-03	7	62.10	closed
6622	122	2024-02-04	8	62.20	active
6623	123	2024-02-05	9	62.30	active
6624	124	2024-02-06	1	62.40	closed
6625	125	2024-02-07	2	62.50	active
6626	126	2024-02-08	3	62.60	active
6627	127	2024-02-09	4	62.70	closed
6628	128	2024-02-10	5	62.80	active
6629	129	2024-02-11	6	62.90	active
6630	130	2024-02-12	7	63.00	closed
6631	131	2024-02-13	8	63.10	active
6632	132	2024-02-14	9	63.20	active
6633	133	2024-02-15	1	63.30	closed
6634	134	2024-02-16	2	63.40	active
6635	135	2024-02-17	3	63.50	active
6636	136	2024-02-18	4	63.60	closed
6637	137	2024-02-19	5	63.70	active
6638	138	2024-02-20	6	63.80	active
6639	139	2024-02-21	7	63.90	closed
6640	140	2024-02-22	8	64.00	active
6641	141	2024-02-23	9	64.10	active
6642	142	2024-02-24	1	64.20	closed
6643	143	2024-02-25	2	64.30	active
6644	144	2024-02-26	3	64.40	active
6645	145	2024-02-27	4	64.50	closed
6646	146	2024-02-28	5	64.60	active
6647	147	2024-02-29	6	64.70	active
6648	148	2024-03-01	7	64.80	closed
6649	149	2024-03-02	8	64.90	active
6650	150	2024-03-03	9	65.00	active
6651	151	2024-03-04	1	65.10	closed
6652	152	2024-03-05	2	65.20	active
6653	153	2024-03-06	3	65.30	active
6654	154	2024-03-07	4	65.40	closed
6655	155	2024-03-08	5	65.50	active
6656	156	2024-03-09	6	65.60	active
6657	157	2024-03-10	7	65.70	closed
6658	158	2024-03-11	8	65.80	active
6659	159	2024-03-12	9	65.90	active
6660	160	2024-03-13	1	66.00	closed
6661	161	2024-03-14	2	66.10	active
6662	162	2024-03-15	3	66.20	active
6663	163	2024-03-16	4	66.30	closed
6664	164	2024-03-17	5	66.40	active
6665	165	2024-03-18	6	66.50	active
6666	166	2024-03-19	7	66.60	closed
6667	167	2024-03-20	8	66.70	active
6668	168	2024-03-21	9	66.80	active
6669	169	2024-03-22	1	66.90	closed
6670	170	2024-03-23	2	67.00	active
6671	171	2024-03-24	3	67.10	active
6672	172	2024-03-25	4	67.20	closed
6673	173	2024-03-26	5	67.30	active
6674	174	2024-03-27	6	67.40	active
6675	175	2024-03-28	7	67.50	closed
6676	176	2024-03-29	8	67.60	active
6677	177	2024-03-30	9	67.70	active
6678	178	2024-03-31	1	67.80	closed
6679	179	2024-04-01	2	67.90	active
6680	180	2024-04-02	3	68.00	active
6681	181	2024-04-03	4	68.10	closed
6682	182	2024-04-04	5	68.20	active
6683	183	2024-04-05	6	68.30	active
6684	184	2024-04-06	7	68.40	closed
6685	185	2024-04-07	8	68.50	active
6686	186	2024-04-08	9	68.60	active
6687	187	2024-04-09	1	68.70	closed
6688	188	2024-04-10	2	68.80	active
6689	189	2024-04-11	3	68.90	active
6690	190	2024-04-12	4	69.00	closed
6691	191	2024-04-13	5	69.10	active
6692	192	2024-04-14	6	69.20	active
6693	193	2024-04-15	7	69.30	closed
6694	194	2024-04-16	8	69.40	active
6695	195	2024-04-17	9	69.50	active
6696	196	2024-04-18	1	69.60	closed
6697	197	2024-04-19	2	69.70	active
6698	198	2024-04-20	3	69.80	active
6699	199	2024-04-21	4	69.90	closed
6700	200	2024-04-22	5	70.00	active
6701	201	2024-04-23	6	70.10	active
6702	202	2024-04-24	7	70.20	closed
6703	203	2024-04-25	8	70.30	active
6704	204	2024-04-26	9	70.40	active
6705	205	2024-04-27	1	70.50	closed
6706	206	2024-04-28	2	70.60	active
6707	207	2024-04-29	3	70.70	active
6708	208	2024-04-30	4	70.80	closed
6709	209	2024-05-01	5	70.90	active
6710	210	2024-05-02	6	71.00	active
6711	211	2024-05-03	7	71.10	closed
6712	212	2024-05-04	8	71.20	active
6713	213	2024-05-05	9	71.30	active
6714	214	2024-05-06	1	71.40	closed
6715	215	2024-05-07	2	71.50	active
6716	216	2024-05-08	3	71.60	active
6717	217	2024-05-09	4	71.70	closed
6718	218	2024-05-10	5	71.80	active
6719	219	2024-05-11	6	71.90	active
6720	220	2024-05-12	7	72.00	closed
6721	221	2024-05-13	8	72.10	active
6722	222	2024-05-14	9	72.20	active
6723	223	2024-05-15	1	72.30	closed
6724	224	2024-05-16	2	72.40	active
6725	225	2024-05-17	3	72.50	active
6726	226	2024-05-18	4	72.60	closed
6727	227	2024-05-19	5	72.70	active
6728	228	2024-05-20	6	72.80	active
6729	229	2024-05-21	7	72.90	closed
6730	230	2024-05-22	8	73.00	active
6731	231	2024-05-23	9	73.10	active
6732	232	2024-05-24	1	73.20	closed
6733	233	2024-05-25	2	73.30	active
6734	234	2024-05-26	3	73.40	active
6735	235	2024-05-27	4	73.50	closed
6736	236	2024-05-28	5	73.60	active
6737	237	2024-05-29	6	73.70	active
6738	238	2024-05-30	7	73.80	closed
6739	239	2024-05-31	8	73.90	active
6740	240	2024-06-01	9	74.00	active
6741	241	2024-06-02	1	74.10	closed
6742	242	2024-06-03	2	74.20	active
6743	243	2024-06-04	3	74.30	active
6744	244	2024-06-05	4	74.40	closed
6745	245	2024-06-06	5	74.50	active
6746	246	2024-06-07	6	74.60	active
6747	247	2024-06-08	7	74.70	closed
6748	248	2024-06-09	8	74.80	active
6749	249	2024-06-10	9	74.90	active
6750	250	2024-06-11	1	75.00	closed
6751	251	2024-06-12	2	75.10	active
6752	252	2024-06-13	3	75.20	active
6753	253	2024-06-14	4	75.30	closed
6754	254	2024-06-15	5	75.40	active
6755	255	2024-06-16	6	75.50	active
6756	256	2024-06-17	7	75.60	closed
6757	257	2024-06-18	8	75.70	active
6758	258	2024-06-19	9	75.80	active
6759	259	2024-06-20	1	75.90	closed
6760	260	2024-06-21	2	76.00	active
6761	261	2024-06-22	3	76.10	active
6762	262	2024-06-23	4	76.20	closed
6763	263	2024-06-24	5	76.30	active
6764	264	2024-06-25	6	76.40	active
6765	265	2024-06-26	7	76.50	closed
6766	266	2024-06-27	8	76.60	active
6767	267	2024-06-28	9	76.70	active
6768	268	2024-06-29	1	76.80	closed
6769	269	2024-06-30	2	76.90	active
6770	270	2024-07-01	3	77.00	active
6771	271	2024-07-02	4	77.10	closed
6772	272	2024-07-03	5	77.20	active
6773	273	2024-07-04	6	77.30	active
6774	274	2024-07-05	7	77.40	closed
6775	275	2024-07-06	8	77.50	active
6776	276	2024-07-07	9	77.60	active
6777	277	2024-07-08	1	77.70	closed
6778	278	2024-07-09	2	77.80	active
6779	279	2024-07-10	3	77.90	active
6780	280	2024-07-11	4	78.00	closed
6781	281	2024-07-12	5	78.10	active
6782	282	2024-07-13	6	78.20	active
6783	283	2024-07-14	7	78.30	closed
6784	284	2024-07-15	8	78.40	active
6785	285	2024-07-16	9	78.50	active
6786	286	2024-07-17	1	78.60	closed
6787	287	2024-07-18	2	78.70	active
6788	288	2024-07-19	3	78.80	active
6789	289	2024-07-20	4	78.90	closed
6790	290	2024-07-21	5	79.00	active
6791	291	2024-07-22	6	79.10	active
6792	292	2024-07-23	7	79.20	closed
6793	293	2024-07-24	8	79.30	active
6794	294	2024-07-25	9	79.40	active
6795	295	2024-07-26	1	79.50	closed
6796	296	2024-07-27	2	79.60	active
6797	297	2024-07-28	3	79.70	active
6798	298	2024-07-29	4	79.80	closed
6799	299	2024-07-30	5	79.90	active
6800	100	2024-07-31	6	80.00	active
6801	101	2024-08-01	7	80.10	closed
6802	102	2024-08-02	8	80.20	active
6803	103	2024-08-03	9	80.30	active
6804	104	2024-08-04	1	80.40	closed
6805	105	2024-08-05	2	80.50	active
6806	106	2024-08-06	3	80.60	active
6807	107	2024-08-07	4	80.70	closed
6808	108	2024-08-08	5	80.80	active
6809	109	2024-08-09	6	80.90	active
6810	110	2024-08-10	7	81.00	closed
6811	111	2024-08-11	8	81.10	active
6812	112	2024-08-12	9	81.20	active
6813	113	2024-08-13	1	81.30	closed
6814	114	2024-08-14	2	81.40	active
6815	115	2024-08-15	3	81.50	active
6816	116	2024-08-16	4	81.60	closed
6817	117	2024-08-17	5	81.70	active
6818	118	2024-08-18	6	81.80	active
6819	119	2024-08-19	7	81.90	closed
6820	120	2024-08-20	8	82.00	active
6821	121	2024-08-21	9	82.10	active
6822	122	2024-08-22	1	82.20	closed
6823	123	2024-08-23	2	82.30	active
6824	124	2024-08-24	3	82.40	active
6825	125	2024-08-25	4	82.50	closed
6826	126	2024-08-26	5	82.60	active
6827	127	2024-08-27	6	82.70	active
6828	128	2024-08-28	7	82.80	closed
6829	129	2024-08-29	8	82.90	active
6830	130	2024-08-30	9	83.00	active
6831	131	2024-08-31	1	83.10	closed
6832	132	2024-09-01	2	83.20	active
6833	133	2024-09-02	3	83.30	active
6834	134	2024-09-03	4	83.40	closed
6835	135	2024-09-04	5	83.50	active
6836	136	2024-09-05	6	83.60	active
6837	137	2024-09-06	7	83.70	closed
6838	138	2024-09-07	8	83.80	active
6839	139	2024-09-08	9	83.90	active
6840	140	2024-09-09	1	84.00	closed
6841	141	2024-09-10	2	84.10	active
6842	142	2024-09-11	3	84.20	active
6843	143	2024-09-12	4	84.30	closed
6844	144	2024-09-13	5	84.40	active
6845	145	2024-09-14	6	84.50	active
6846	146	2024-09-15	7	84.60	closed
6847	147	2024-09-16	8	84.70	active
6848	148	2024-09-17	9	84.80	active
6849	149	2024-09-18	1	84.90	closed
6850	150	2024-09-19	2	85.00	active
6851	151	2024-09-20	3	85.10	active
6852	152	2024-09-21	4	85.20	closed
6853	153	2024-09-22	5	85.30	active
6854	154	2024-09-23	6	85.40	active
6855	155	2024-09-24	7	85.50	closed
6856	156	2024-09-25	8	85.60	active
6857	157	2024-09-26	9	85.70	active
6858	158	2024-09-27	1	85.80	closed
6859	159	2024-09-28	2	85.90	active
6860	160	2024-09-29	3	86.00	active
6861	161	2024-09-30	4	86.10	closed
6862	162	2024-10-01	5	86.20	active
6863	163	2024-10-02	6	86.30	active
6864	164	2024-10-03	7	86.40	closed
6865	165	2024-10-04	8	86.50	active
6866	166	2024-10-05	9	86.60	active
6867	167	2024-10-06	1	86.70	closed
6868	168	2024-10-07	2	86.80	active
6869	169	2024-10-08	3	86.90	active
6870	170	2024-10-09	4	87.00	closed
6871	171	2024-10-10	5	87.10	active
6872	172	2024-10-11	6	87.20	active
6873	173	2024-10-12	7	87.30	closed
6874	174	2024-10-13	8	87.40	active
6875	175	2024-10-14	9	87.50	active
6876	176	2024-10-15	1	87.60	closed
6877	177	2024-10-16	2	87.70	active
6878	178	2024-10-17	3	87.80	active
6879	179	2024-10-18	4	87.90	closed
6880	180	2024-10-19	5	88.00	active
6881	181	2024-10-20	6	88.10	active
6882	182	2024-10-21	7	88.20	closed
6883	183	2024-10-22	8	88.30	active
6884	184	2024-10-23	9	88.40	active
6885	185	2024-10-24	1	88.50	closed
6886	186	2024-10-25	2	88.60	active
6887	187	2024-10-26	3	88.70	active
6888	188	2024-10-27	4	88.80	closed
6889	189	2024-10-28	5	88.90	active
6890	190	2024-10-29	6	89.00	active
6891	191	2024-10-30	7	89.10	closed
6892	192	2024-10-31	8	89.20	active
6893	193	2024-11-01	9	89.30	active
6894	194	2024-11-02	1	89.40	closed
6895	195	2024-11-03	2	89.50	active
6896	196	2024-11-04	3	89.60	active
6897	197	2024-11-05	4	89.70	closed
6898	198	2024-11-06	5	89.80	active
6899	199	2024-11-07	6	89.90	active
6900	200	2024-11-08	7	90.00	closed
6901	201	2024-11-09	8	90.10	active
6902	202	2024-11-10	9	90.20	active
6903	203	2024-11-11	1	90.30	closed
6904	204	2024-11-12	2	90.40	active
6905	205	2024-11-13	3	90.50	active
6906	206	2024-11-14	4	90.60	closed
6907	207	2024-11-15	5	90.70	active
6908	208	2024-11-16	6	90.80	active
6909	209	2024-11-17	7	90.90	closed
6910	210	2024-11-18	8	91.00	active
6911	211	2024-11-19	9	91.10	active
6912	212	2024-11-20	1	91.20	closed
6913	213	2024-11-21	2	91.30	active
6914	214	2024-11-22	3	91.40	active
6915	215	2024-11-23	4	91.50	closed
6916	216	2024-11-24	5	91.60	active
6917	217	2024-11-25	6	91.70	active
6918	218	2024-11-26	7	91.80	closed
6919	219	2024-11-27	8	91.90	active
6920	220	2024-11-28	9	92.00	active
6921	221	2024-11-29	1	92.10	closed
6922	222	2024-11-30	2	92.20	active
6923	223	2024-12-01	3	92.30	active
6924	224	2024-12-02	4	92.40	closed
6925	225	2024-12-03	5	92.50	active
6926	226	2024-12-04	6	92.60	active
6927	227	2024-12-05	7	92.70	closed
6928	228	2024-12-06	8	92.80	active
6929	229	2024-12-07	9	92.90	active
6930	230	2024-12-08	1	93.00	closed
6931	231	2024-12-09	2	93.10	active
6932	232	2024-12-10	3	93.20	active
6933	233	2024-12-11	4	93.30	closed
6934	234	2024-12-12	5	93.40	active
6935	235	2024-12-13	6	93.50	active
6936	236	2024-12-14	7	93.60	closed
6937	237	2024-12-15	8	93.70	active
6938	238	2024-12-16	9	93.80	active
6939	239	2024-12-17	1	93.90	closed
6940	240	2024-12-18	2	94.00	active
6941	241	2024-12-19	3	94.10	active
6942	242	2024-12-20	4	94.20	closed
6943	243	2024-12-21	5	94.30	active
6944	244	2024-12-22	6	94.40	active
6945	245	2024-12-23	7	94.50	closed
6946	246	2024-12-24	8	94.60	active
6947	247	2024-12-25	9	94.70	active
6948	248	2024-12-26	1	94.80	closed
6949	249	2024-12-27	2	94.90	active
6950	250	2024-12-28	3	95.00	active
6951	251	2024-12-29	4	95.10	closed
6952	252	2024-12-30	5	95.20	active
6953	253	2024-12-31	6	95.30	active
6954	254	2024-01-01	7	95.40	closed
6955	255	2024-01-02	8	95.50	active
6956	256	2024-01-03	9	95.60	active
6957	257	2024-01-04	1	95.70	closed
6958	258	2024-01-05	2	95.80	active
6959	259	2024-01-06	3	95.90	active
6960	260	2024-01-07	4	96.00	closed
6961	261	2024-01-08	5	96.10	active
6962	262	2024-01-09	6	96.20	active
6963	263	2024-01-10	7	96.30	closed
6964	264	2024-01-11	8	96.40	active
6965	265	2024-01-12	9	96.50	active
6966	266	2024-01-13	1	96.60	closed
6967	267	2024-01-14	2	96.70	active
6968	268	2024-01-15	3	96.80	active
6969	269	2024-01-16	4	96.90	closed
6970	270	2024-01-17	5	97.00	active
6971	271	2024-01-18	6	97.10	active
6972	272	2024-01-19	7	97.20	closed
6973	273	2024-01-20	8	97.30	active
6974	274	2024-01-21	9	97.40	active
6975	275	2024-01-22	1	97.50	closed
6976	276	2024-01-23	2	97.60	active
6977	277	2024-01-24	3	97.70	active
6978	278	2024-01-25	4	97.80	closed
6979	279	2024-01-26	5	97.90	active
6980	280	2024-01-27	6	98.00	active
6981	281	2024-01-28	7	98.10	closed
6982	282	2024-01-29	8	98.20	active
6983	283	2024-01-30	9	98.30	active
6984	284	2024-01-31	1	98.40	closed
6985	285	2024-02-01	2	98.50	active
6986	286	2024-02-02	3	98.60	active
6987	287	2024-02-03	4	98.70	closed
6988	288	2024-02-04	5	98.80	active
6989	289	2024-02-05	6	98.90	active
6990	290	2024-02-06	7	99.00	closed
6991	291	2024-02-07	8	99.10	active
6992	292	2024-02-08	9	99.20	active
6993	293	2024-02-09	1	99.30	closed
6994	294	2024-02-10	2	99.40	active
6995	295	2024-02-11	3	99.50	active
6996	296	2024-02-12	4	99.60	closed
6997	297	2024-02-13	5	99.70	active
6998	298	2024-02-14	6	99.80	active
6999	299	2024-02-15	7	99.90	closed
7000	100	2024-02-16	8	0.00	active
7001	101	2024-02-17	9	0.10	active
7002	102	2024-02-18	1	0.20	closed
7003	103	2024-02-19	2	0.30	active
7004	104	2024-02-20	3	0.40	active
7005	105	2024-02-21	4	0.50	closed
7006	106	2024-02-22	5	0.60	active
7007	107	2024-02-23	6	0.70	active
7008	108	2024-02-24	7	0.80	closed
7009	109	2024-02-25	8	0.90	active
7010	110	2024-02-26	9	1.00	active
7011	111	2024-02-27	1	1.10	closed
7012	112	2024-02-28	2	1.20	active
7013	113	2024-02-29	3	1.30	active
7014	114	2024-03-01	4	1.40	closed
7015	115	2024-03-02	5	1.50	active
7016	116	2024-03-03	6	1.60	active
7017	117	2024-03-04	7	1.70	closed
7018	118	2024-03-05	8	1.80	active
7019	119	2024-03-06	9	1.90	active
7020	120	2024-03-07	1	2.00	closed
7021	121	2024-03-08	2	2.10	active
7022	122	2024-03-09	3	2.20	active
7023	123	2024-03-10	4	2.30	closed
7024	124	2024-03-11	5	2.40	active
7025	125	2024-03-12	6	2.50	active
7026	126	2024-03-13	7	2.60	closed
7027	127	2024-03-14	8	2.70	active
7028	128	2024-03-15	9	2.80	active
7029	129	2024-03-16	1	2.90	closed
7030	130	2024-03-17	2	3.00	active
7031	131	2024-03-18	3	3.10	active
7032	132	2024-03-19	4	3.20	closed
7033	133	2024-03-20	5	3.30	active
7034	134	2024-03-21	6	3.40	active
7035	135	2024-03-22	7	3.50	closed
7036	136	2024-03-23	8	3.60	active
7037	137	2024-03-24	9	3.70	active
7038	138	2024-03-25	1	3.80	closed
7039	139	2024-03-26	2	3.90	active
7040	140	2024-03-27	3	4.00	active
7041	141	2024-03-28	4	4.10	closed
7042	142	2024-03-29	5	4.20	active
7043	143	2024-03-30	6	4.30	active
7044	144	2024-03-31	7	4.40	closed
7045	145	2024-04-01	8	4.50	active
7046	146	2024-04-02	9	4.60	active
7047	147	2024-04-03	1	4.70	closed
7048	148	2024-04-04	2	4.80	active
7049	149	2024-04-05	3	4.90	active
7050	150	2024-04-06	4	5.00	closed
7051	151	2024-04-07	5	5.10	active
7052	152	2024-04-08	6	5.20	active
7053	153	2024-04-09	7	5.30	closed
7054	154	2024-04-10	8	5.40	active
7055	155	2024-04-11	9	5.50	active
7056	156	2024-04-12	1	5.60	closed
7057	157	2024-04-13	2	5.70	active
7058	158	2024-04-14	3	5.80	active
7059	159	2024-04-15	4	5.90	closed
7060	160	2024-04-16	5	6.00	active
7061	161	2024-04-17	6	6.10	active
7062	162	2024-04-18	7	6.20	closed
7063	163	2024-04-19	8	6.30	active
7064	164	2024-04-20	9	6.40	active
7065	165	2024-04-21	1	6.50	closed
7066	166	2024-04-22	2	6.60	active
7067	167	2024-04-23	3	6.70	active
7068	168	2024-04-24	4	6.80	closed
7069	169	2024-04-25	5	6.90	active
7070	170	2024-04-26	6	7.00	active
7071	171	2024-04-27	7	7.10	closed
7072	172	2024-04-28	8	7.20	active
7073	173	2024-04-29	9	7.30	active
7074	174	2024-04-30	1	7.40	closed
7075	175	2024-05-01	2	7.50	active
7076	176	2024-05-02	3	7.60	active
7077	177	2024-05-03	4	7.70	closed
7078	178	2024-05-04	5	7.80	active
7079	179	2024-05-05	6	7.90	active
7080	180	2024-05-06	7	8.00	closed
7081	181	2024-05-07	8	8.10	active
7082	182	2024-05-08	9	8.20	active
7083	183	2024-05-09	1	8.30	closed
7084	184	2024-05-10	2	8.40	active
7085	185	2024-05-11	3	8.50	active
7086	186	2024-05-12	4	8.60	closed
7087	187	2024-05-13	5	8.70	active
7088	188	2024-05-14	6	8.80	active
7089	189	2024-05-15	7	8.90	closed
7090	190	2024-05-16	8	9.00	active
7091	191	2024-05-17	9	9.10	active
7092	192	2024-05-18	1	9.20	closed
7093	193	2024-05-19	2	9.30	active
7094	194	2024-05-20	3	9.40	active
7095	195	2024-05-21	4	9.50	closed
7096	196	2024-05-22	5	9.60	active
7097	197	2024-05-23	6	9.70	active
7098	198	2024-05-24	7	9.80	closed
7099	199	2024-05-25	8	9.90	active
7100	200	2024-05-26	9	10.00	active
7101	201	2024-05-27	1	10.10	closed
7102	202	2024-05-28	2	10.20	active
7103	203	2024-05-29	3	10.30	active
7104	204	2024-05-30	4	10.40	closed
7105	205	2024-05-31	5	10.50	active
7106	206	2024-06-01	6	10.60	active
7107	207	2024-06-02	7	10.70	closed
7108	208	2024-06-03	8	10.80	active
7109	209	2024-06-04	9	10.90	active
7110	210	2024-06-05	1	11.00	closed
7111	211	2024-06-06	2	11.10	active
7112	212	2024-06-07	3	11.20	active
7113	213	2024-06-08	4	11.30	closed
7114	214	2024-06-09	5	11.40	active
7115	215	2024-06-10	6	11.50	active
7116	216	2024-06-11	7	11.60	closed
7117	217	2024-06-12	8	11.70	active
7118	218	2024-06-13	9	11.80	active
7119	219	2024-06-14	1	11.90	closed
7120	220	2024-06-15	2	12.00	active
7121	221	2024-06-16	3	12.10	active
7122	222	2024-06-17	4	12.20	closed
7123	223	2024-06-18	5	12.30	active
7124	224	2024-06-19	6	12.40	active
7125	225	2024-06-20	7	12.50	closed
7126	226	2024-06-21	8	12.60	active
7127	227	2024-06-22	9	12.70	active
7128	228	2024-06-23	1	12.80	closed
7129	229	2024-06-24	2	12.90	active
7130	230	2024-06-25	3	13.00	active
7131	231	2024-06-26	4	13.10	closed
7132	232	2024-06-27	5	13.20	active
7133	233	2024-06-28	6	13.30	active
7134	234	2024-06-29	7	13.40	closed
7135	235	2024-06-30	8	13.50	active
7136	236	2024-07-01	9	13.60	active
7137	237	2024-07-02	1	13.70	closed
7138	238	2024-07-03	2	13.80	active
7139	239	2024-07-04	3	13.90	active
7140	240	2024-07-05	4	14.00	closed
7141	241	2024-07-06	5	14.10	active
7142	242	2024-07-07	6	14.20	active
7143	243	2024-07-08	7	14.30	closed
7144	244	2024-07-09	8	14.40	active
7145	245	2024-07-10	9	14.50	active
7146	246	2024-07-11	1	14.60	closed
7147	247	2024-07-12	2	14.70	active
7148	248	2024-07-13	3	14.80	active
7149	249	2024-07-14	4	14.90	closed
7150	250	2024-07-15	5	15.00	active
7151	251	2024-07-16	6	15.10	active
7152	252	2024-07-17	7	15.20	closed
7153	253	2024-07-18	8	15.30	active
7154	254	2024-07-19	9	15.40	active
7155	255	2024-07-20	1	15.50	closed
7156	256	2024-07-21	2	15.60	active
7157	257	2024-07-22	3	15.70	active
7158	258	2024-07-23	4	15.80	closed
7159	259	2024-07-24	5	15.90	active
7160	260	2024-07-25	6	16.00	active
7161	261	2024-07-26	7	16.10	closed
7162	262	2024-07-27	8	16.20	active
7163	263	2024-07-28	9	16.30	active
7164	264	2024-07-29	1	16.40	closed
7165	265	2024-07-30	2	16.50	active
7166	266	2024-07-31	3	16.60	active
7167	267	2024-08-01	4	16.70	closed
7168	268	2024-08-02	5	16.80	active
7169	269	2024-08-03	6	16.90	active
7170	270	2024-08-04	7	17.00	closed
7171	271	2024-08-05	8	17.10	active
7172	272	2024-08-06	9	17.20	active
7173	273	2024-08-07	1	17.30	closed
7174	274	2024-08-08	2	17.40	active
7175	275	2024-08-09	3	17.50	active
7176	276	2024-08-10	4	17.60	closed
7177	277	2024-08-11	5	17.70	active
7178	278	2024-08-12	6	17.80	active
7179	279	2024-08-13	7	17.90	closed
7180	280	2024-08-14	8	18.00	active
7181	281	2024-08-15	9	18.10	active
7182	282	2024-08-16	1	18.20	closed
7183	283	2024-08-17	2	18.30	active
7184	284	2024-08-18	3	18.40	active
7185	285	2024-08-19	4	18.50	closed
7186	286	2024-08-20	5	18.60	active
7187	287	2024-08-21	6	18.70	active
7188	288	2024-08-22	7	18.80	closed
7189	289	2024-08-23	8	18.90	active
7190	290	2024-08-24	9	19.00	active
7191	291	2024-08-25	1	19.10	closed
7192	292	2024-08-26	2	19.20	active
7193	293	2024-08-27	3	19.30	active
7194	294	2024-08-28	4	19.40	closed
7195	295	2024-08-29	5	19.50	active
7196	296	2024-08-30	6	19.60	active
7197	297	2024-08-31	7	19.70	closed
7198	298	2024-09-01	8	19.80	active
7199	299	2024-09-02	9	19.90	active
7200	100	2024-09-03	1	20.00	closed
7201	101	2024-09-04	2	20.10	active
7202	102	2024-09-05	3	20.20	active
7203	103	2024-09-06	4	20.30	closed
7204	104	2024-09-07	5	20.40	active
7205	105	2024-09-08	6	20.50	active
7206	106	2024-09-09	7	20.60	closed
7207	107	2024-09-10	8	20.70	active
7208	108	2024-09-11	9	20.80	active
7209	109	2024-09-12	1	20.90	closed
7210	110	2024-09-13	2	21.00	active
7211	111	2024-09-14	3	21.10	active
7212	112	2024-09-15	4	21.20	closed
7213	113	2024-09-16	5	21.30	active
7214	114	2024-09-17	6	21.40	active
7215	115	2024-09-18	7	21.50	closed
7216	116	2024-09-19	8	21.60	active
7217	117	2024-09-20	9	21.70	active
7218	118	2024-09-21	1	21.80	closed
7219	119	2024-09-22	2	21.90	active
7220	120	2024-09-23	3	22.00	active
7221	121	2024-09-24	4	22.10	closed
7222	122	2024-09-25	5	22.20	active
7223	123	2024-09-26	6	22.30	active
7224	124	2024-09-27	7	22.40	closed
7225	125	2024-09-28	8	22.50	active
7226	126	2024-09-29	9	22.60	active
7227	127	2024-09-30	1	22.70	closed
7228	128	2024-10-01	2	22.80	active
7229	129	2024-10-02	3	22.90	active
7230	130	2024-10-03	4	23.00	closed
7231	131	2024-10-04	5	23.10	active
7232	132	2024-10-05	6	23.20	active
7233	133	2024-10-06	7	23.30	closed
7234	134	2024-10-07	8	23.40	active
7235	135	2024-10-08	9	23.50	active
7236	136	2024-10-09	1	23.60	closed
7237	137	2024-10-10	2	23.70	active
7238	138	2024-10-11	3	23.80	active
7239	139	2024-10-12	4	23.90	closed
7240	140	2024-10-13	5	24.00	active
7241	141	2024-10-14	6	24.10	active
7242	142	2024-10-15	7	24.20	closed
7243	143	2024-10-16	8	24.30	active
7244	144	2024-10-17	9	24.40	active
7245	145	2024-10-18	1	24.50	closed
7246	146	2024-10-19	2	24.60	active
7247	147	2024-10-20	3	24.70	active
7248	148	2024-10-21	4	24.80	closed
7249	149	2024-10-22	5	24.90	active
7250	150	2024-10-23	6	25.00	active
7251	151	2024-10-24	7	25.10	closed
7252	152	2024-10-25	8	25.20	active
7253	153	2024-10-26	9	25.30	active
7254	154	2024-10-27	1	25.40	closed
7255	155	2024-10-28	2	25.50	active
7256	156	2024-10-29	3	25.60	active
7257	157	2024-10-30	4	25.70	closed
7258	158	2024-10-31	5	25.80	active
7259	159	2024-11-01	6	25.90	active
7260	160	2024-11-02	7	26.00	closed
7261	161	2024-11-03	8	26.10	active
7262	162	2024-11-04	9	26.20	active
7263	163	2024-11-05	1	26.30	closed
7264	164	2024-11-06	2	26.40	active
7265	165	2024-11-07	3	26.50	active
7266	166	2024-11-08	4	26.60	closed
7267	167	2024-11-09	5	26.70	active
7268	168	2024-11-10	6	26.80	active
7269	169	2024-11-11	7	26.90	closed
7270	170	2024-11-12	8	27.00	active
7271	171	2024-11-13	9	27.10	active
7272	172	2024-11-14	1	27.20	closed
7273	173	2024-11-15	2	27.30	active
7274	174	2024-11-16	3	27.40	active
7275	175	2024-11-17	4	27.50	closed
7276	176	2024-11-18	5	27.60	active
7277	177	2024-11-19	6	27.70	active
7278	178	2024-11-20	7	27.80	closed
7279	179	2024-11-21	8	27.90	active
7280	180	2024-11-22	9	28.00	active
7281	181	2024-11-23	1	28.10	closed
7282	182	2024-11-24	2	28.20	active
7283	183	2024-11-25	3	28.30	active
7284	184	2024-11-26	4	28.40	closed
7285	185	2024-11-27	5	28.50	active
7286	186	2024-11-28	6	28.60	active
7287	187	2024-11-29	7	28.70	closed
7288	188	2024-11-30	8	28.80	active
7289	189	2024-12-01	9	28.90	active
7290	190	2024-12-02	1	29.00	closed
7291	191	2024-12-03	2	29.10	active
7292	192	2024-12-04	3	29.20	active
7293	193	2024-12-05	4	29.30	closed
7294	194	2024-12-06	5	29.40	active
7295	195	2024-12-07	6	29.50	active
7296	196	2024-12-08	7	29.60	closed
7297	197	2024-12-09	8	29.70	active
7298	198	2024-12-10	9	29.80	active
7299	199	2024-12-11	1	29.90	closed
7300	200	2024-12-12	2	30.00	active
7301	201	2024-12-13	3	30.10	active
7302	202	2024-12-14	4	30.20	closed
7303	203	2024-12-15	5	30.30	active
7304	204	2024-12-16	6	30.40	active
7305	205	2024-12-17	7	30.50	closed
7306	206	2024-12-18	8	30.60	active
7307	207	2024-12-19	9	30.70	active
7308	208	2024-12-20	1	30.80	closed
7309	209	2024-12-21	2	30.90	active
7310	210	2024-12-22	3	31.00	active
7311	211	2024-12-23	4	31.10	closed
7312	212	2024-12-24	5	31.20	active
7313	213	2024-12-25	6	31.30	active
7314	214	2024-12-26	7	31.40	closed
7315	215	2024-12-27	8	31.50	active
7316	216	2024-12-28	9	31.60	active
7317	217	2024-12-29	1	31.70	closed
7318	218	2024-12-30	2	31.80	active
7319	219	2024-12-31	3	31.90	active
7320	220	2024-01-01	4	32.00	closed
7321	221	2024-01-02	5	32.10	active
7322	222	2024-01-03	6	32.20	active
7323	223	2024-01-04	7	32.30	closed
7324	224	2024-01-05	8	32.40	active
7325	225	2024-01-06	9	32.50	active
7326	226	2024-01-07	1	32.60	closed
7327	227	2024-01-08	2	32.70	active
7328	228	2024-01-09	3	32.80	active
7329	229	2024-01-10	4	32.90	closed
7330	230	2024-01-11	5	33.00	active
7331	231	2024-01-12	6	33.10	active
7332	232	2024-01-13	7	33.20	closed
7333	233	2024-01-14	8	33.30	active
7334	234	2024-01-15	9	33.40	active
7335	235	2024-01-16	1	33.50	closed
7336	236	2024-01-17	2	33.60	active
7337	237	2024-01-18	3	33.70	active
7338	238	2024-01-19	4	33.80	closed
7339	239	2024-01-20	5	33.90	active
7340	240	2024-01-21	6	34.00	active
7341	241	2024-01-22	7	34.10	closed
7342	242	2024-01-23	8	34.20	active
7343	243	2024-01-24	9	34.30	active
7344	244	2024-01-25	1	34.40	closed
7345	245	2024-01-26	2	34.50	active
7346	246	2024-01-27	3	34.60	active
7347	247	2024-01-28	4	34.70	closed
7348	248	2024-01-29	5	34.80	active
7349	249	2024-01-30	6	34.90	active
7350	250	2024-01-31	7	35.00	closed
7351	251	2024-02-01	8	35.10	active
7352	252	2024-02-02	9	35.20	active
7353	253	2024-02-03	1	35.30	closed
7354	254	2024-02-04	2	35.40	active
7355	255	2024-02-05	3	35.50	active
7356	256	2024-02-06	4	35.60	closed
7357	257	2024-02-07	5	35.70	active
7358	258	2024-02-08	6	35.80	active
7359	259	2024-02-09	7	35.90	closed
7360	260	2024-02-10	8	36.00	active
7361	261	2024-02-11	9	36.10	active
7362	262	2024-02-12	1	36.20	closed
7363	263	2024-02-13	2	36.30	active
7364	264	2024-02-14	3	36.40	active
7365	265	2024-02-15	4	36.50	closed
7366	266	2024-02-16	5	36.60	active
7367	267	2024-02-17	6	36.70	active
7368	268	2024-02-18	7	36.80	closed
7369	269	2024-02-19	8	36.90	active
7370	270	2024-02-20	9	37.00	active
7371	271	2024-02-21	1	37.10	closed
7372	272	2024-02-22	2	37.20	active
7373	273	2024-02-23	3	37.30	active
7374	274	2024-02-24	4	37.40	closed
7375	275	2024-02-25	5	37.50	active
7376	276	2024-02-26	6	37.60	active
7377	277	2024-02-27	7	37.70	closed
7378	278	2024-02-28	8	37.80	active
7379	279	2024-02-29	9	37.90	active
7380	280	2024-03-01	1	38.00	closed
7381	281	2024-03-02	2	38.10	active
7382	282	2024-03-03	3	38.20	active
7383	283	2024-03-04	4	38.30	closed
7384	284	2024-03-05	5	38.40	active
7385	285	2024-03-06	6	38.50	active
7386	286	2024-03-07	7	38.60	closed
7387	287	2024-03-08	8	38.70	active
7388	288	2024-03-09	9	38.80	active
7389	289	2024-03-10	1	38.90	closed
7390	290	2024-03-11	2	39.00	active
7391	291	2024-03-12	3	39.10	active
7392	292	2024-03-13	4	39.20	closed
7393	293	2024-03-14	5	39.30	active
7394	294	2024-03-15	6	39.40	active
7395	295	2024-03-16	7	39.50	closed
7396	296	2024-03-17	8	39.60	active
7397	297	2024-03-18	9	39.70	active
7398	298	2024-03-19	1	39.80	closed
7399	299	2024-03-20	2	39.90	active
7400	100	2024-03-21	3	40.00	active
7401	101	2024-03-22	4	40.10	closed
7402	102	2024-03-23	5	40.20	active
7403	103	2024-03-24	6	40.30	active
7404	104	2024-03-25	7	40.40	closed
7405	105	2024-03-26	8	40.50	active
7406	106	2024-03-27	9	40.60	active
7407	107	2024-03-28	1	40.70	closed
7408	108	2024-03-29	2	40.80	active
7409	109	2024-03-30	3	40.90	active
7410	110	2024-03-31	4	41.00	closed
7411	111	2024-04-01	5	41.10	active
7412	112	2024-04-02	6	41.20	active
7413	113	2024-04-03	7	41.30	closed
7414	114	2024-04-04	8	41.40	active
7415	115	2024-04-05	9	41.50	active
7416	116	2024-04-06	1	41.60	closed
7417	117	2024-04-07	2	41.70	active
7418	118	2024-04-08	3	41.80	active
7419	119	2024-04-09	4	41.90	closed
7420	120	2024-04-10	5	42.00	active
7421	121	2024-04-11	6	42.10	active
7422	122	2024-04-12	7	42.20	closed
7423	123	2024-04-13	8	42.30	active
7424	124	2024-04-14	9	42.40	active
7425	125	2024-04-15	1	42.50	closed
7426	126	2024-04-16	2	42.60	active
7427	127	2024-04-17	3	42.70	active
7428	128	2024-04-18	4	42.80	closed
7429	129	2024-04-19	5	42.90	active
7430	130	2024-04-20	6	43.00	active
7431	131	2024-04-21	7	43.10	closed
7432	132	2024-04-22	8	43.20	active
7433	133	2024-04-23	9	43.30	active
7434	134	2024-04-24	1	43.40	closed
7435	135	2024-04-25	2	43.50	active
7436	136	2024-04-26	3	43.60	active
7437	137	2024-04-27	4	43.70	closed
7438	138	2024-04-28	5	43.80	active
7439	139	2024-04-29	6	43.90	active
7440	140	2024-04-30	7	44.00	closed
7441	141	2024-05-01	8	44.10	active
7442	142	2024-05-02	9	44.20	active
7443	143	2024-05-03	1	44.30	closed
7444	144	2024-05-04	2	44.40	active
7445	145	2024-05-05	3	44.50	active
7446	146	2024-05-06	4	44.60	closed
7447	147	2024-05-07	5	44.70	active
7448	148	2024-05-08	6	44.80	active
7449	149	2024-05-09	7	44.90	closed
7450	150	2024-05-10	8	45.00	active
7451	151	2024-05-11	9	45.10	active
7452	152	2024-05-12	1	45.20	closed
7453	153	2024-05-13	2	45.30	active
7454	154	2024-05-14	3	45.40	active
7455	155	2024-05-15	4	45.50	closed
7456	156	2024-05-16	5	45.60	active
7457	157	2024-05-17	6	45.70	active
7458	158	2024-05-18	7	45.80	closed
7459	159	2024-05-19	8	45.90	active
7460	160	2024-05-20	9	46.00	active
7461	161	2024-05-21	1	46.10	closed
7462	162	2024-05-22	2	46.20	active
7463	163	2024-05-23	3	46.30	active
7464	164	2024-05-24	4	46.40	closed
7465	165	2024-05-25	5	46.50	active
7466	166	2024-05-26	6	46.60	active
7467	167	2024-05-27	7	46.70	closed
7468	168	2024-05-28	8	46.80	active
7469	169	2024-05-29	9	46.90	active
7470	170	2024-05-30	1	47.00	closed
7471	171	2024-05-31	2	47.10	active
7472	172	2024-06-01	3	47.20	active
7473	173	2024-06-02	4	47.30	closed
7474	174	2024-06-03	5	47.40	active
7475	175	2024-06-04	6	47.50	active
7476	176	2024-06-05	7	47.60	closed
7477	177	2024-06-06	8	47.70	active
7478	178	2024-06-07	9	47.80	active
7479	179	2024-06-08	1	47.90	closed
7480	180	2024-06-09	2	48.00	active
7481	181	2024-06-10	3	48.10	active
7482	182	2024-06-11	4	48.20	closed
7483	183	2024-06-12	5	48.30	active
7484	184	2024-06-13	6	48.40	active
7485	185	2024-06-14	7	48.50	closed
7486	186	2024-06-15	8	48.60	active
7487	187	2024-06-16	9	48.70	active
7488	188	2024-06-17	1	48.80	closed
7489	189	2024-06-18	2	48.90	active
7490	190	2024-06-19	3	49.00	active
7491	191	2024-06-20	4	49.10	closed
7492	192	2024-06-21	5	49.20	active
7493	193	2024-06-22	6	49.30	active
7494	194	2024-06-23	7	49.40	closed
7495	195	2024-06-24	8	49.50	active
7496	196	2024-06-25	9	49.60	active
7497	197	2024-06-26	1	49.70	closed
7498	198	2024-06-27	2	49.80	active
7499	199	2024-06-28	3	49.90	active
7500	200	2024-06-29	4	50.00	closed
7501	201	2024-06-30	5	50.10	active
7502	202	2024-07-01	6	50.20	active
7503	203	2024-07-02	7	50.30	closed
7504	204	2024-07-03	8	50.40	active
7505	205	2024-07-04	9	50.50	active
7506	206	2024-07-05	1	50.60	closed
7507	207	2024-07-06	2	50.70	active
7508	208	2024-07-07	3	50.80	active
7509	209	2024-07-08	4	50.90	closed
7510	210	2024-07-09	5	51.00	active
7511	211	2024-07-10	6	51.10	active
7512	212	2024-07-11	7	51.20	closed
7513	213	2024-07-12	8	51.30	active
7514	214	2024-07-13	9	51.40	active
7515	215	2024-07-14	1	51.50	closed
7516	216	2024-07-15	2	51.60	active
7517	217	2024-07-16	3	51.70	active
7518	218	2024-07-17	4	51.80	closed
7519	219	2024-07-18	5	51.90	active
7520	220	2024-07-19	6	52.00	active
7521	221	2024-07-20	7	52.10	closed
7522	222	2024-07-21	8	52.20	active
7523	223	2024-07-22	9	52.30	active
7524	224	2024-07-23	1	52.40	closed
7525	225	2024-07-24	2	52.50	active
7526	226	2024-07-25	3	52.60	active
7527	227	2024-07-26	4	52.70	closed
7528	228	2024-07-27	5	52.80	active
7529	229	2024-07-28	6	52.90	active
7530	230	2024-07-29	7	53.00	closed
7531	231	2024-07-30	8	53.10	active
7532	232	2024-07-31	9	53.20	active
7533	233	2024-08-01	1	53.30	closed
7534	234	2024-08-02	2	53.40	active
7535	235	2024-08-03	3	53.50	active
7536	236	2024-08-04	4	53.60	closed
7537	237	2024-08-05	5	53.70	active
7538	238	2024-08-06	6	53.80	active
7539	239	2024-08-07	7	53.90	closed
7540	240	2024-08-08	8	54.00	active
7541	241	2024-08-09	9	54.10	active
7542	242	2024-08-10	1	54.20	closed
7543	243	2024-08-11	2	54.30	active
7544	244	2024-08-12	3	54.40	active
7545	245	2024-08-13	4	54.50	closed
7546	246	2024-08-14	5	54.60	active
7547	247	2024-08-15	6	54.70	active
7548	248	2024-08-16	7	54.80	closed
7549	249	2024-08-17	8	54.90	active
7550	250	2024-08-18	9	55.00	active
7551	251	2024-08-19	1	55.10	closed
7552	252	2024-08-20	2	55.20	active
7553	253	2024-08-21	3	55.30	active
7554	254	2024-08-22	4	55.40	closed
7555	255	2024-08-23	5	55.50	active
7556	256	2024-08-24	6	55.60	active
7557	257	2024-08-25	7	55.70	closed
7558	258	2024-08-26	8	55.80	active
7559	259	2024-08-27	9	55.90	active
7560	260	2024-08-28	1	56.00	closed
7561	261	2024-08-29	2	56.10	active
7562	262	2024-08-30	3	56.20	active
7563	263	2024-08-31	4	56.30	closed
7564	264	2024-09-01	5	56.40	active
7565	265	2024-09-02	6	56.50	active
7566	266	2024-09-03	7	56.60	closed
7567	267	2024-09-04	8	56.70	active
7568	268	2024-09-05	9	56.80	active
7569	269	2024-09-06	1	56.90	closed
7570	270	2024-09-07	2	57.00	active
7571	271	2024-09-08	3	57.10	active
7572	272	2024-09-09	4	57.20	closed
7573	273	2024-09-10	5	57.30	active
7574	274	2024-09-11	6	57.40	active
7575	275	2024-09-12	7	57.50	closed
7576	276	2024-09-13	8	57.60	active
7577	277	2024-09-14	9	57.70	active
7578	278	2024-09-15	1	57.80	closed
7579	279	2024-09-16	2	57.90	active
7580	280	2024-09-17	3	58.00	active
7581	281	2024-09-18	4	58.10	closed
7582	282	2024-09-19	5	58.20	active
7583	283	2024-09-20	6	58.30	active
7584	284	2024-09-21	7	58.40	closed
7585	285	2024-09-22	8	58.50	active
7586	286	2024-09-23	9	58.60	active
7587	287	2024-09-24	1	58.70	closed
7588	288	2024-09-25	2	58.80	active
7589	289	2024-09-26	3	58.90	active
7590	290	2024-09-27	4	59.00	closed
7591	291	2024-09-28	5	59.10	active
7592	292	2024-09-29	6	59.20	active
7593	293	2024-09-30	7	59.30	closed
7594	294	2024-10-01	8	59.40	active
7595	295	2024-10-02	9	59.50	active
7596	296	2024-10-03	1	59.60	closed
7597	297	2024-10-04	2	59.70	active
7598	298	2024-10-05	3	59.80	active
7599	299	2024-10-06	4	59.90	closed
7600	100	2024-10-07	5	60.00	active
7601	101	2024-10-08	6	60.10	active
7602	102	2024-10-09	7	60.20	closed
7603	103	2024-10-10	8	60.30	active
7604	104	2024-10-11	9	60.40	active
7605	105	2024-10-12	1	60.50	closed
7606	106	2024-10-13	2	60.60	active
7607	107	2024-10-14	3	60.70	active
7608	108	2024-10-15	4	60.80	closed
7609	109	2024-10-16	5	60.90	active
7610	110	2024-10-17	6	61.00	active
7611	111	2024-10-18	7	61.10	closed
7612	112	2024-10-19	8	61.20	active
7613	113	2024-10-20	9	61.30	active
7614	114	2024-10-21	1	61.40	closed
7615	115	2024-10-22	2	61.50	active
7616	116	2024-10-23	3	61.60	active
7617	117	2024-10-24	4	61.70	closed
7618	118	2024-10-25	5	61.80	active
7619	119	2024-10-26	6	61.90	active
7620	120	2024-10-27	7	62.00	closed
7621	121	2024-10-28	8	62.10	active
7622	122	2024-10-29	9	62.20	active
7623	123	2024-10-30	1	62.30	closed
7624	124	2024-10-31	2	62.40	active
7625	125	2024-11-01	3	62.50	active
7626	126	2024-11-02	4	62.60	closed
7627	127	2024-11-03	5	62.70	active
7628	128	2024-11-04	6	62.80	active
7629	129	2024-11-05	7	62.90	closed
7630	130	2024-11-06	8	63.00	active
7631	131	2024-11-07	9	63.10	active
7632	132	2024-11-08	1	63.20	closed
7633	133	2024-11-09	2	63.30	active
7634	134	2024-11-10	3	63.40	active
7635	135	2024-11-11	4	63.50	closed
7636	136	2024-11-12	5	63.60	active
7637	137	2024-11-13	6	63.70	active
7638	138	2024-11-14	7	63.80	closed
7639	139	2024-11-15	8	63.90	active
7640	140	2024-11-16	9	64.00	active
7641	141	2024-11-17	1	64.10	closed
7642	142	2024-11-18	2	64.20	active
7643	143	2024-11-19	3	64.30	active
7644	144	2024-11-20	4	64.40	closed
7645	145	2024-11-21	5	64.50	active
7646	146	2024-11-22	6	64.60	active
7647	147	2024-11-23	7	64.70	closed
7648	148	2024-11-24	8	64.80	active
7649	149	2024-11-25	9	64.90	active
7650	150	2024-11-26	1	65.00	closed
7651	151	2024-11-27	2	65.10	active
7652	152	2024-11-28	3	65.20	active
7653	153	2024-11-29	4	65.30	closed
7654	154	2024-11-30	5	65.40	active
7655	155	2024-12-01	6	65.50	active
7656	156	2024-12-02	7	65.60	closed
7657	157	2024-12-03	8	65.70	active
7658	158	2024-12-04	9	65.80	active
7659	159	2024-12-05	1	65.90	closed
7660	160	2024-12-06	2	66.00	active
7661	161	2024-12-07	3	66.10	active
7662	162	2024-12-08	4	66.20	closed
7663	163	2024-12-09	5	66.30	active
7664	164	2024-12-10	6	66.40	active
7665	165	2024-12-11	7	66.50	closed
7666	166	2024-12-12	8	66.60	active
7667	167	2024-12-13	9	66.70	active
7668	168	2024-12-14	1	66.80	closed
7669	169	2024-12-15	2	66.90	active
7670	170	2024-12-16	3	67.00	active
7671	171	2024-12-17	4	67.10	closed
7672	172	2024-12-18	5	67.20	active
7673	173	2024-12-19	6	67.30	active
7674	174	2024-12-20	7	67.40	closed
7675	175	2024-12-21	8	67.50	active
7676	176	2024-12-22	9	67.60	active
7677	177	2024-12-23	1	67.70	closed
7678	178	2024-12-24	2	67.80	active
7679	179	2024-12-25	3	67.90	active
7680	180	2024-12-26	4	68.00	closed
7681	181	2024-12-27	5	68.10	active
7682	182	2024-12-28	6	68.20	active
7683	183	2024-12-29	7	68.30	closed
7684	184	2024-12-30	8	68.40	active
7685	185	2024-12-31	9	68.50	active
7686	186	2024-01-01	1	68.60	closed
7687	187	2024-01-02	2	68.70	active
7688	188	2024-01-03	3	68.80	active
7689	189	2024-01-04	4	68.90	closed
7690	190	2024-01-05	5	69.00	active
7691	191	2024-01-06	6	69.10	active
7692	192	2024-01-07	7	69.20	closed
7693	193	2024-01-08	8	69.30	active
7694	194	2024-01-09	9	69.40	active
7695	195	2024-01-10	1	69.50	closed
7696	196	2024-01-11	2	69.60	active
7697	197	2024-01-12	3	69.70	active
7698	198	2024-01-13	4	69.80	closed
7699	199	2024-01-14	5	69.90	active
7700	200	2024-01-15	6	70.00	active
7701	201	2024-01-16	7	70.10	closed
7702	202	2024-01-17	8	70.20	active
7703	203	2024-01-18	9	70.30	active
7704	204	2024-01-19	1	70.40	closed
7705	205	2024-01-20	2	70.50	active
7706	206	2024-01-21	3	70.60	active
7707	207	2024-01-22	4	70.70	closed
7708	208	2024-01-23	5	70.80	active
7709	209	2024-01-24	6	70.90	active
7710	210	2024-01-25	7	71.00	closed
7711	211	2024-01-26	8	71.10	active
7712	212	2024-01-27	9	71.20	active
7713	213	2024-01-28	1	71.30	closed
7714	214	2024-01-29	2	71.40	active
7715	215	2024-01-30	3	71.50	active
7716	216	2024-01-31	4	71.60	closed
7717	217	2024-02-01	5	71.70	active
7718	218	2024-02-02	6	71.80	active
7719	219	2024-02-03	7	71.90	closed
7720	220	2024-02-04	8	72.00	active
7721	221	2024-02-05	9	72.10	active
7722	222	2024-02-06	1	72.20	closed
7723	223	2024-02-07	2	72.30	active
7724	224	2024-02-08	3	72.40	active
7725	225	2024-02-09	4	72.50	closed
7726	226	2024-02-10	5	72.60	active
7727	227	2024-02-11	6	72.70	active
7728	228	2024-02-12	7	72.80	closed
7729	229	2024-02-13	8	72.90	active
7730	230	2024-02-14	9	73.00	active
7731	231	2024-02-15	1	73.10	closed
7732	232	2024-02-16	2	73.20	active
7733	233	2024-02-17	3	73.30	active
7734	234	2024-02-18	4	73.40	closed
7735	235	2024-02-19	5	73.50	active
7736	236	2024-02-20	6	73.60	active
7737	237	2024-02-21	7	73.70	closed
7738	238	2024-02-22	8	73.80	active
7739	239	2024-02-23	9	73.90	active
7740	240	2024-02-24	1	74.00	closed
7741	241	2024-02-25	2	74.10	active
7742	242	2024-02-26	3	74.20	active
7743	243	2024-02-27	4	74.30	closed
7744	244	2024-02-28	5	74.40	active
7745	245	2024-02-29	6	74.50	active
7746	246	2024-03-01	7	74.60	closed
7747	247	2024-03-02	8	74.70	active
7748	248	2024-03-03	9	74.80	active
7749	249	2024-03-04	1	74.90	closed
7750	250	2024-03-05	2	75.00	active
7751	251	2024-03-06	3	75.10	active
7752	252	2024-03-07	4	75.20	closed
7753	253	2024-03-08	5	75.30	active
7754	254	2024-03-09	6	75.40	active
7755	255	2024-03-10	7	75.50	closed
7756	256	2024-03-11	8	75.60	active
7757	257	2024-03-12	9	75.70	active
7758	258	2024-03-13	1	75.80	closed
7759	259	2024-03-14	2	75.90	active
7760	260	2024-03-15	3	76.00	active
7761	261	2024-03-16	4	76.10	closed
7762	262	2024-03-17	5	76.20	active
7763	263	2024-03-18	6	76.30	active
7764	264	2024-03-19	7	76.40	closed
7765	265	2024-03-20	8	76.50	active
7766	266	2024-03-21	9	76.60	active
7767	267	2024-03-22	1	76.70	closed
7768	268	2024-03-23	2	76.80	active
7769	269	2024-03-24	3	76.90	active
7770	270	2024-03-25	4	77.00	closed
7771	271	2024-03-26	5	77.10	active
7772	272	2024-03-27	6	77.20	active
7773	273	2024-03-28	7	77.30	closed
7774	274	2024-03-29	8	77.40	active
7775	275	2024-03-30	9	77.50	active
7776	276	2024-03-31	1	77.60	closed
7777	277	2024-04-01	2	77.70	active
7778	278	2024-04-02	3	77.80	active
7779	279	2024-04-03	4	77.90	closed
7780	280	2024-04-04	5	78.00	active
7781	281	2024-04-05	6	78.10	active
7782	282	2024-04-06	7	78.20	closed
7783	283	2024-04-07	8	78.30	active
7784	284	2024-04-08	9	78.40	active
7785	285	2024-04-09	1	78.50	closed
7786	286	2024-04-10	2	78.60	active
7787	287	2024-04-11	3	78.70	active
7788	288	2024-04-12	4	78.80	closed
7789	289	2024-04-13	5	78.90	active
7790	290	2024-04-14	6	79.00	active
7791	291	2024-04-15	7	79.10	closed
7792	292	2024-04-16	8	79.20	active
7793	293	2024-04-17	9	79.30	active
7794	294	2024-04-18	1	79.40	closed
7795	295	2024-04-19	2	79.50	active
7796	296	2024-04-20	3	79.60	active
7797	297	2024-04-21	4	79.70	closed
7798	298	2024-04-22	5	79.80	active
7799	299	2024-04-23	6	79.90	active
7800	100	2024-04-24	7	80.00	closed
7801	101	2024-04-25	8	80.10	active
7802	102	2024-04-26	9	80.20	active
7803	103	2024-04-27	1	80.30	closed
7804	104	2024-04-28	2	80.40	active
7805	105	2024-04-29	3	80.50	active
7806	106	2024-04-30	4	80.60	closed
7807	107	2024-05-01	5	80.70	active
7808	108	2024-05-02	6	80.80	active
7809	109	2024-05-03	7	80.90	closed
7810	110	2024-05-04	8	81.00	active
7811	111	2024-05-05	9	81.10	active
7812	112	2024-05-06	1	81.20	closed
7813	113	2024-05-07	2	81.30	active
7814	114	2024-05-08	3	81.40	active
7815	115	2024-05-09	4	81.50	closed
7816	116	2024-05-10	5	81.60	active
7817	117	2024-05-11	6	81.70	active
7818	118	2024-05-12	7	81.80	closed
7819	119	2024-05-13	8	81.90	active
7820	120	2024-05-14	9	82.00	active
7821	121	2024-05-15	1	82.10	closed
7822	122	2024-05-16	2	82.20	active
7823	123	2024-05-17	3	82.30	active
7824	124	2024-05-18	4	82.40	closed
7825	125	2024-05-19	5	82.50	active
7826	126	2024-05-20	6	82.60	active
7827	127	2024-05-21	7	82.70	closed
7828	128	2024-05-22	8	82.80	active
7829	129	2024-05-23	9	82.90	active
7830	130	2024-05-24	1	83.00	closed
7831	131	2024-05-25	2	83.10	active
7832	132	2024-05-26	3	83.20	active
7833	133	2024-05-27	4	83.30	closed
7834	134	2024-05-28	5	83.40	active
7835	135	2024-05-29	6	83.50	active
7836	136	2024-05-30	7	83.60	closed
7837	137	2024-05-31	8	83.70	active
7838	138	2024-06-01	9	83.80	active
7839	139	2024-06-02	1	83.90	closed
7840	140	2024-06-03	2	84.00	active
7841	141	2024-06-04	3	84.10	active
7842	142	2024-06-05	4	84.20	closed
7843	143	2024-06-06	5	84.30	active
7844	144	2024-06-07	6	84.40	active
7845	145	2024-06-08	7	84.50	closed
7846	146	2024-06-09	8	84.60	active
7847	147	2024-06-10	9	84.70	active
7848	148	2024-06-11	1	84.80	closed
7849	149	2024-06-12	2	84.90	active
7850	150	2024-06-13	3	85.00	active
7851	151	2024-06-14	4	85.10	closed
7852	152	2024-06-15	5	85.20	active
7853	153	2024-06-16	6	85.30	active
7854	154	2024-06-17	7	85.40	closed
7855	155	2024-06-18	8	85.50	active
7856	156	2024-06-19	9	85.60	active
7857	157	2024-06-20	1	85.70	closed
7858	158	2024-06-21	2	85.80	active
7859	159	2024-06-22	3	85.90	active
7860	160	2024-06-23	4	86.00	closed
7861	161	2024-06-24	5	86.10	active
7862	162	2024-06-25	6	86.20	active
7863	163	2024-06-26	7	86.30	closed
7864	164	2024-06-27	8	86.40	active
7865	165	2024-06-28	9	86.50	active
7866	166	2024-06-29	1	86.60	closed
7867	167	2024-06-30	2	86.70	active
7868	168	2024-07-01	3	86.80	active
7869	169	2024-07-02	4	86.90	closed
7870	170	2024-07-03	5	87.00	active
7871	171	2024-07-04	6	87.10	active
7872	172	2024-07-05	7	87.20	closed
7873	173	2024-07-06	8	87.30	active
7874	174	2024-07-07	9	87.40	active
7875	175	2024-07-08	1	87.50	closed
7876	176	2024-07-09	2	87.60	active
7877	177	2024-07-10	3	87.70	active
7878	178	2024-07-11	4	87.80	closed
7879	179	2024-07-12	5	87.90	active
7880	180	2024-07-13	6	88.00	active
7881	181	2024-07-14	7	88.10	closed
7882	182	2024-07-15	8	88.20	active
7883	183	2024-07-16	9	88.30	active
7884	184	2024-07-17	1	88.40	closed
7885	185	2024-07-18	2	88.50	active
7886	186	2024-07-19	3	88.60	active
7887	187	2024-07-20	4	88.70	closed
7888	188	2024-07-21	5	88.80	active
7889	189	2024-07-22	6	88.90	active
7890	190	2024-07-23	7	89.00	closed
7891	191	2024-07-24	8	89.10	active
7892	192	2024-07-25	9	89.20	active
7893	193	2024-07-26	1	89.30	closed
7894	194	2024-07-27	2	89.40	active
7895	195	2024-07-28	3	89.50	active
7896	196	2024-07-29	4	89.60	closed
7897	197	2024-07-30	5	89.70	active
7898	198	2024-07-31	6	89.80	active
7899	199	2024-08-01	7	89.90	closed
7900	200	2024-08-02	8	90.00	active
7901	201	2024-08-03	9	90.10	active
7902	202	2024-08-04	1	90.20	closed
7903	203	2024-08-05	2	90.30	active
7904	204	2024-08-06	3	90.40	active
7905	205	2024-08-07	4	90.50	closed
7906	206	2024-08-08	5	90.60	active
7907	207	2024-08-09	6	90.70	active
7908	208	2024-08-10	7	90.80	closed
7909	209	2024-08-11	8	90.90	active
7910	210	2024-08-12	9	91.00	active
7911	211	2024-08-13	1	91.10	closed
7912	212	2024-08-14	2	91.20	active
7913	213	2024-08-15	3	91.30	active
7914	214	2024-08-16	4	91.40	closed
7915	215	2024-08-17	5	91.50	active
7916	216	2024-08-18	6	91.60	active
7917	217	2024-08-19	7	91.70	closed
7918	218	2024-08-20	8	91.80	active
7919	219	2024-08-21	9	91.90	active
7920	220	2024-08-22	1	92.00	closed
7921	221	2024-08-23	2	92.10	active
7922	222	2024-08-24	3	92.20	active
7923	223	2024-08-25	4	92.30	closed
7924	224	2024-08-26	5	92.40	active
7925	225	2024-08-27	6	92.50	active
7926	226	2024-08-28	7	92.60	closed
7927	227	2024-08-29	8	92.70	active
7928	228	2024-08-30	9	92.80	active
7929	229	2024-08-31	1	92.90	closed
7930	230	2024-09-01	2	93.00	active
7931	231	2024-09-02	3	93.10	active
7932	232	2024-09-03	4	93.20	closed
7933	233	2024-09-04	5	93.30	active
7934	234	2024-09-05	6	93.40	active
7935	235	2024-09-06	7	93.50	closed
7936	236	2024-09-07	8	93.60	active
7937	237	2024-09-08	9	93.70	active
7938	238	2024-09-09	1	93.80	closed
7939	239	2024-09-10	2	93.90	active
7940	240	2024-09-11	3	94.00	active
7941	241	2024-09-12	4	94.10	closed
7942	242	2024-09-13	5	94.20	active
7943	243	2024-09-14	6	94.30	active
7944	244	2024-09-15	7	94.40	closed
7945	245	2024-09-16	8	94.50	active
7946	246	2024-09-17	9	94.60	active
7947	247	2024-09-18	1	94.70	closed
7948	248	2024-09-19	2	94.80	active
7949	249	2024-09-20	3	94.90	active
7950	250	2024-09-21	4	95.00	closed
7951	251	2024-09-22	5	95.10	active
7952	252	2024-09-23	6	95.20	active
7953	253	2024-09-24	7	95.30	closed
7954	254	2024-09-25	8	95.40	active
7955	255	2024-09-26	9	95.50	active
7956	256	2024-09-27	1	95.60	closed
7957	257	2024-09-28	2	95.70	active
7958	258	2024-09-29	3	95.80	active
7959	259	2024-09-30	4	95.90	closed
7960	260	2024-10-01	5	96.00	active
7961	261	2024-10-02	6	96.10	active
7962	262	2024-10-03	7	96.20	closed
7963	263	2024-10-04	8	96.30	active
7964	264	2024-10-05	9	96.40	active
7965	265	2024-10-06	1	96.50	closed
7966	266	2024-10-07	2	96.60	active
7967	267	2024-10-08	3	96.70	active
7968	268	2024-10-09	4	96.80	closed
7969	269	2024-10-10	5	96.90	active
7970	270	2024-10-11	6	97.00	active
7971	271	2024-10-12	7	97.10	closed
7972	272	2024-10-13	8	97.20	active
7973	273	2024-10-14	9	97.30	active
7974	274	2024-10-15	1	97.40	closed
7975	275	2024-10-16	2	97.50	active
7976	276	2024-10-17	3	97.60	active
7977	277	2024-10-18	4	97.70	closed
7978	278	2024-10-19	5	97.80	active
7979	279	2024-10-20	6	97.90	active
7980	280	2024-10-21	7	98.00	closed
7981	281	2024-10-22	8	98.10	active
7982	282	2024-10-23	9	98.20	active
7983	283	2024-10-24	1	98.30	closed
7984	284	2024-10-25	2	98.40	active
7985	285	2024-10-26	3	98.50	active
7986	286	2024-10-27	4	98.60	closed
7987	287	2024-10-28	5	98.70	active
7988	288	2024-10-29	6	98.80	active
7989	289	2024-10-30	7	98.90	closed
7990	290	2024-10-31	8	99.00	active
7991	291	2024-11-01	9	99.10	active
7992	292	2024-11-02	1	99.20	closed
7993	293	2024-11-03	2	99.30	active
7994	294	2024-11-04	3	99.40	active
7995	295	2024-11-05	4	99.50	closed
7996	296	2024-11-06	5	99.60	active
7997	297	2024-11-07	6	99.70	active
7998	298	2024-11-08	7	99.80	closed
7999	299	2024-11-09	8	99.90	active
8000	100	2024-11-10	9	0.00	active
8001	101	2024-11-11	1	0.10	closed
8002	102	2024-11-12	2	0.20	active
8003	103	2024-11-13	3	0.30	active
8004	104	2024-11-14	4	0.40	closed
8005	105	2024-11-15	5	0.50	active
8006	106	2024-11-16	6	0.60	active
8007	107	2024-11-17	7	0.70	closed
8008	108	2024-11-18	8	0.80	active
8009	109	2024-11-19	9	0.90	active
8010	110	2024-11-20	1	1.00	closed
8011	111	2024-11-21	2	1.10	active
8012	112	2024-11-22	3	1.20	active
8013	113	2024-11-23	4	1.30	closed
8014	114	2024-11-24	5	1.40	active
8015	115	2024-11-25	6	1.50	active
8016	116	2024-11-26	7	1.60	closed
8017	117	2024-11-27	8	1.70	active
8018	118	2024-11-28	9	1.80	active
8019	119	2024-11-29	1	1.90	closed
8020	120	2024-11-30	2	2.00	active
8021	121	2024-12-01	3	2.10	active
8022	122	2024-12-02	4	2.20	closed
8023	123	2024-12-03	5	2.30	active
8024	124	2024-12-04	6	2.40	active
8025	125	2024-12-05	7	2.50	closed
8026	126	2024-12-06	8	2.60	active
8027	127	2024-12-07	9	2.70	active
8028	128	2024-12-08	1	2.80	closed
8029	129	2024-12-09	2	2.90	active
8030	130	2024-12-10	3	3.00	active
8031	131	2024-12-11	4	3.10	closed
8032	132	2024-12-12	5	3.20	active
8033	133	2024-12-13	6	3.30	active
8034	134	2024-12-14	7	3.40	closed
8035	135	2024-12-15	8	3.50	active
8036	136	2024-12-16	9	3.60	active
8037	137	2024-12-17	1	3.70	closed
8038	138	2024-12-18	2	3.80	active
8039	139	2024-12-19	3	3.90	active
8040	140	2024-12-20	4	4.00	closed
8041	141	2024-12-21	5	4.10	active
8042	142	2024-12-22	6	4.20	active
8043	143	2024-12-23	7	4.30	closed
8044	144	2024-12-24	8	4.40	active
8045	145	2024-12-25	9	4.50	active
8046	146	2024-12-26	1	4.60	closed
8047	147	2024-12-27	2	4.70	active
8048	148	2024-12-28	3	4.80	active
8049	149	2024-12-29	4	4.90	closed
8050	150	2024-12-30	5	5.00	active
8051	151	2024-12-31	6	5.10	active
8052	152	2024-01-01	7	5.20	closed
8053	153	2024-01-02	8	5.30	active
8054	154	2024-01-03	9	5.40	active
8055	155	2024-01-04	1	5.50	closed
8056	156	2024-01-05	2	5.60	active
8057	157	2024-01-06	3	5.70	active
8058	158	2024-01-07	4	5.80	closed
8059	159	2024-01-08	5	5.90	active
8060	160	2024-01-09	6	6.00	active
8061	161	2024-01-10	7	6.10	closed
8062	162	2024-01-11	8	6.20	active
8063	163	2024-01-12	9	6.30	active
8064	164	2024-01-13	1	6.40	closed
8065	165	2024-01-14	2	6.50	active
8066	166	2024-01-15	3	6.60	active
8067	167	2024-01-16	4	6.70	closed
8068	168	2024-01-17	5	6.80	active
8069	169	2024-01-18	6	6.90	active
8070	170	2024-01-19	7	7.00	closed
8071	171	2024-01-20	8	7.10	active
8072	172	2024-01-21	9	7.20	active
8073	173	2024-01-22	1	7.30	closed
8074	174	2024-01-23	2	7.40	active
8075	175	2024-01-24	3	7.50	active
8076	176	2024-01-25	4	7.60	closed
8077	177	2024-01-26	5	7.70	active
8078	178	2024-01-27	6	7.80	active
8079	179	2024-01-28	7	7.90	closed
8080	180	2024-01-29	8	8.00	active
8081	181	2024-01-30	9	8.10	active
8082	182	2024-01-31	1	8.20	closed
8083	183	2024-02-01	2	8.30	active
8084	184	2024-02-02	3	8.40	active
8085	185	2024-02-03	4	8.50	closed
8086	186	2024-02-04	5	8.60	active
8087	187	2024-02-05	6	8.70	active
8088	188	2024-02-06	7	8.80	closed
8089	189	2024-02-07	8	8.90	active
8090	190	2024-02-08	9	9.00	active
8091	191	2024-02-09	1	9.10	closed
8092	192	2024-02-10	2	9.20	active
8093	193	2024-02-11	3	9.30	active
8094	194	2024-02-12	4	9.40	closed
8095	195	2024-02-13	5	9.50	active
8096	196	2024-02-14	6	9.60	active
8097	197	2024-02-15	7	9.70	closed
8098	198	2024-02-16	8	9.80	active
8099	199	2024-02-17	9	9.90	active
8100	200	2024-02-18	1	10.00	closed
8101	201	2024-02-19	2	10.10	active
8102	202	2024-02-20	3	10.20	active
8103	203	2024-02-21	4	10.30	closed
8104	204	2024-02-22	5	10.40	active
8105	205	2024-02-23	6	10.50	active
8106	206	2024-02-24	7	10.60	closed
8107	207	2024-02-25	8	10.70	active
8108	208	2024-02-26	9	10.80	active
8109	209	2024-02-27	1	10.90	closed
8110	210	2024-02-28	2	11.00	active
8111	211	2024-02-29	3	11.10	active
8112	212	2024-03-01	4	11.20	closed
8113	213	2024-03-02	5	11.30	active
8114	214	2024-03-03	6	11.40	active
8115	215	2024-03-04	7	11.50	closed
8116	216	2024-03-05	8	11.60	active
8117	217	2024-03-06	9	11.70	active
8118	218	2024-03-07	1	11.80	closed
8119	219	2024-03-08	2	11.90	active
8120	220	2024-03-09	3	12.00	active
8121	221	2024-03-10	4	12.10	closed
8122	222	2024-03-11	5	12.20	active
8123	223	2024-03-12	6	12.30	active
8124	224	2024-03-13	7	12.40	closed
8125	225	2024-03-14	8	12.50	active
8126	226	2024-03-15	9	12.60	active
8127	227	2024-03-16	1	12.70	closed
8128	228	2024-03-17	2	12.80	active
8129	229	2024-03-18	3	12.90	active
8130	230	2024-03-19	4	13.00	closed
8131	231	2024-03-20	5	13.10	active
8132	232	2024-03-21	6	13.20	active
8133	233	2024-03-22	7	13.30	closed
8134	234	2024-03-23	8	13.40	active
8135	235	2024-03-24	9	13.50	active
8136	236	2024-03-25	1	13.60	closed
8137	237	2024-03-26	2	13.70	active
8138	238	2024-03-27	3	13.80	active
8139	239	2024-03-28	4	13.90	closed
8140	240	2024-03-29	5	14.00	active
8141	241	2024-03-30	6	14.10	active
8142	242	2024-03-31	7	14.20	closed
8143	243	2024-04-01	8	14.30	active
8144	244	2024-04-02	9	14.40	active
8145	245	2024-04-03	1	14.50	closed
8146	246	2024-04-04	2	14.60	active
8147	247	2024-04-05	3	14.70	active
8148	248	2024-04-06	4	14.80	closed
8149	249	2024-04-07	5	14.90	active
8150	250	2024-04-08	6	15.00	active
8151	251	2024-04-09	7	15.10	closed
8152	252	2024-04-10	8	15.20	active
8153	253	2024-04-11	9	15.30	active
8154	254	2024-04-12	1	15.40	closed
8155	255	2024-04-13	2	15.50	active
8156	256	2024-04-14	3	15.60	active
8157	257	2024-04-15	4	15.70	closed
8158	258	2024-04-16	5	15.80	active
8159	259	2024-04-17	6	15.90	active
8160	260	2024-04-18	7	16.00	closed
8161	261	2024-04-19	8	16.10	active
8162	262	2024-04-20	9	16.20	active
8163	263	2024-04-21	1	16.30	closed
8164	264	2024-04-22	2	16.40	active
8165	265	2024-04-23	3	16.50	active
8166	266	2024-04-24	4	16.60	closed
8167	267	2024-04-25	5	16.70	active
8168	268	2024-04-26	6	16.80	active
8169	269	2024-04-27	7	16.90	closed
8170	270	2024-04-28	8	17.00	active
8171	271	2024-04-29	9	17.10	active
8172	272	2024-04-30	1	17.20	closed
8173	273	2024-05-01	2	17.30	active
8174	274	2024-05-02	3	17.40	active
8175	275	2024-05-03	4	17.50	closed
8176	276	2024-05-04	5	17.60	active
8177	277	2024-05-05	6	17.70	active
8178	278	2024-05-06	7	17.80	closed
8179	279	2024-05-07	8	17.90	active
8180	280	2024-05-08	9	18.00	active
8181	281	2024-05-09	1	18.10	closed
8182	282	2024-05-10	2	18.20	active
8183	283	2024-05-11	3	18.30	active
8184	284	2024-05-12	4	18.40	closed
8185	285	2024-05-13	5	18.50	active
8186	286	2024-05-14	6	18.60	active
8187	287	2024-05-15	7	18.70	closed
8188	288	2024-05-16	8	18.80	active
8189	289	2024-05-17	9	18.90	active
8190	290	2024-05-18	1	19.00	closed
8191	291	2024-05-19	2	19.10	active
8192	292	2024-05-20	3	19.20	active
8193	293	2024-05-21	4	19.30	closed
8194	294	2024-05-22	5	19.40	active
8195	295	2024-05-23	6	19.50	active
8196	296	2024-05-24	7	19.60	closed
8197	297	2024-05-25	8	19.70	active
8198	298	2024-05-26	9	19.80	active
8199	299	2024-05-27	1	19.90	closed
8200	100	2024-05-28	2	20.00	active
8201	101	2024-05-29	3	20.10	active
8202	102	2024-05-30	4	20.20	closed
8203	103	2024-05-31	5	20.30	active
8204	104	2024-06-01	6	20.40	active
8205	105	2024-06-02	7	20.50	closed
8206	106	2024-06-03	8	20.60	active
8207	107	2024-06-04	9	20.70	active
8208	108	2024-06-05	1	20.80	closed
8209	109	2024-06-06	2	20.90	active
8210	110	2024-06-07	3	21.00	active
8211	111	2024-06-08	4	21.10	closed
8212	112	2024-06-09	5	21.20	active
8213	113	2024-06-10	6	21.30	active
8214	114	2024-06-11	7	21.40	closed
8215	115	2024-06-12	8	21.50	active
8216	116	2024-06-13	9	21.60	active
8217	117	2024-06-14	1	21.70	closed
8218	118	2024-06-15	2	21.80	active
8219	119	2024-06-16	3	21.90	active
8220	120	2024-06-17	4	22.00	closed
8221	121	2024-06-18	5	22.10	active
8222	122	2024-06-19	6	22.20	active
8223	123	2024-06-20	7	22.30	closed
8224	124	2024-06-21	8	22.40	active
8225	125	2024-06-22	9	22.50	active
8226	126	2024-06-23	1	22.60	closed
8227	127	2024-06-24	2	22.70	active
8228	128	2024-06-25	3	22.80	active
8229	129	2024-06-26	4	22.90	closed
8230	130	2024-06-27	5	23.00	active
8231	131	2024-06-28	6	23.10	active
8232	132	2024-06-29	7	23.20	closed
8233	133	2024-06-30	8	23.30	active
8234	134	2024-07-01	9	23.40	active
8235	135	2024-07-02	1	23.50	closed
8236	136	2024-07-03	2	23.60	active
8237	137	2024-07-04	3	23.70	active
8238	138	2024-07-05	4	23.80	closed
8239	139	2024-07-06	5	23.90	active
8240	140	2024-07-07	6	24.00	active
8241	141	2024-07-08	7	24.10	closed
8242	142	2024-07-09	8	24.20	active
8243	143	2024-07-10	9	24.30	active
8244	144	2024-07-11	1	24.40	closed
8245	145	2024-07-12	2	24.50	active
8246	146	2024-07-13	3	24.60	active
8247	147	2024-07-14	4	24.70	closed
8248	148	2024-07-15	5	24.80	active
8249	149	2024-07-16	6	24.90	active
8250	150	2024-07-17	7	25.00	closed
8251	151	2024-07-18	8	25.10	active
8252	152	2024-07-19	9	25.20	active
8253	153	2024-07-20	1	25.30	closed
8254	154	2024-07-21	2	25.40	active
8255	155	2024-07-22	3	25.50	active
8256	156	2024-07-23	4	25.60	closed
8257	157	2024-07-24	5	25.70	active
8258	158	2024-07-25	6	25.80	active
8259	159	2024-07-26	7	25.90	closed
8260	160	2024-07-27	8	26.00	active
8261	161	2024-07-28	9	26.10	active
8262	162	2024-07-29	1	26.20	closed
8263	163	2024-07-30	2	26.30	active
8264	164	2024-07-31	3	26.40	active
8265	165	2024-08-01	4	26.50	closed
8266	166	2024-08-02	5	26.60	active
8267	167	2024-08-03	6	26.70	active
8268	168	2024-08-04	7	26.80	closed
8269	169	2024-08-05	8	26.90	active
8270	170	2024-08-06	9	27.00	active
8271	171	2024-08-07	1	27.10	closed
8272	172	2024-08-08	2	27.20	active
8273	173	2024-08-09	3	27.30	active
8274	174	2024-08-10	4	27.40	closed
8275	175	2024-08-11	5	27.50	active
8276	176	2024-08-12	6	27.60	active
8277	177	2024-08-13	7	27.70	closed
8278	178	2024-08-14	8	27.80	active
8279	179	2024-08-15	9	27.90	active
8280	180	2024-08-16	1	28.00	closed
8281	181	2024-08-17	2	28.10	active
8282	182	2024-08-18	3	28.20	active
8283	183	2024-08-19	4	28.30	closed
8284	184	2024-08-20	5	28.40	active
8285	185	2024-08-21	6	28.50	active
8286	186	2024-08-22	7	28.60	closed
8287	187	2024-08-23	8	28.70	active
8288	188	2024-08-24	9	28.80	active
8289	189	2024-08-25	1	28.90	closed
8290	190	2024-08-26	2	29.00	active
8291	191	2024-08-27	3	29.10	active
8292	192	2024-08-28	4	29.20	closed
8293	193	2024-08-29	5	29.30	active
8294	194	2024-08-30	6	29.40	active
8295	195	2024-08-31	7	29.50	closed
8296	196	2024-09-01	8	29.60	active
8297	197	2024-09-02	9	29.70	active
8298	198	2024-09-03	1	29.80	closed
8299	199	2024-09-04	2	29.90	active
8300	200	2024-09-05	3	30.00	active
8301	201	2024-09-06	4	30.10	closed
8302	202	2024-09-07	5	30.20	active
8303	203	2024-09-08	6	30.30	active
8304	204	2024-09-09	7	30.40	closed
8305	205	2024-09-10	8	30.50	active
8306	206	2024-09-11	9	30.60	active
8307	207	2024-09-12	1	30.70	closed
8308	208	2024-09-13	2	30.80	active
8309	209	2024-09-14	3	30.90	active
8310	210	2024-09-15	4	31.00	closed
8311	211	2024-09-16	5	31.10	active
8312	212	2024-09-17	6	31.20	active
8313	213	2024-09-18	7	31.30	closed
8314	214	2024-09-19	8	31.40	active
8315	215	2024-09-20	9	31.50	active
8316	216	2024-09-21	1	31.60	closed
8317	217	2024-09-22	2	31.70	active
8318	218	2024-09-23	3	31.80	active
8319	219	2024-09-24	4	31.90	closed
8320	220	2024-09-25	5	32.00	active
8321	221	2024-09-26	6	32.10	active
8322	222	2024-09-27	7	32.20	closed
8323	223	2024-09-28	8	32.30	active
8324	224	2024-09-29	9	32.40	active
8325	225	2024-09-30	1	32.50	closed
8326	226	2024-10-01	2	32.60	active
8327	227	2024-10-02	3	32.70	active
8328	228	2024-10-03	4	32.80	closed
8329	229	2024-10-04	5	32.90	active
8330	230	2024-10-05	6	33.00	active
8331	231	2024-10-06	7	33.10	closed
8332	232	2024-10-07	8	33.20	active
8333	233	2024-10-08	9	33.30	active
8334	234	2024-10-09	1	33.40	closed
8335	235	2024-10-10	2	33.50	active
8336	236	2024-10-11	3	33.60	active
8337	237	2024-10-12	4	33.70	closed
8338	238	2024-10-13	5	33.80	active
8339	239	2024-10-14	6	33.90	active
8340	240	2024-10-15	7	34.00	closed
8341	241	2024-10-16	8	34.10	active
8342	242	2024-10-17	9	34.20	active
8343	243	2024-10-18	1	34.30	closed
8344	244	2024-10-19	2	34.40	active
8345	245	2024-10-20	3	34.50	active
8346	246	2024-10-21	4	34.60	closed
8347	247	2024-10-22	5	34.70	active
8348	248	2024-10-23	6	34.80	active
8349	249	2024-10-24	7	34.90	closed
8350	250	2024-10-25	8	35.00	active
8351	251	2024-10-26	9	35.10	active
8352	252	2024-10-27	1	35.20	closed
8353	253	2024-10-28	2	35.30	active
8354	254	2024-10-29	3	35.40	active
8355	255	2024-10-30	4	35.50	closed
8356	256	2024-10-31	5	35.60	active
8357	257	2024-11-01	6	35.70	active
8358	258	2024-11-02	7	35.80	closed
8359	259	2024-11-03	8	35.90	active
8360	260	2024-11-04	9	36.00	active
8361	261	2024-11-05	1	36.10	closed
8362	262	2024-11-06	2	36.20	active
8363	263	2024-11-07	3	36.30	active
8364	264	2024-11-08	4	36.40	closed
8365	265	2024-11-09	5	36.50	active
8366	266	2024-11-10	6	36.60	active
8367	267	2024-11-11	7	36.70	closed
8368	268	2024-11-12	8	36.80	active
8369	269	2024-11-13	9	36.90	active
8370	270	2024-11-14	1	37.00	closed
8371	271	2024-11-15	2	37.10	active
8372	272	2024-11-16	3	37.20	active
8373	273	2024-11-17	4	37.30	closed
8374	274	2024-11-18	5	37.40	active
8375	275	2024-11-19	6	37.50	active
8376	276	2024-11-20	7	37.60	closed
8377	277	2024-11-21	8	37.70	active
8378	278	2024-11-22	9	37.80	active
8379	279	2024-11-23	1	37.90	closed
8380	280	2024-11-24	2	38.00	active
8381	281	2024-11-25	3	38.10	active
8382	282	2024-11-26	4	38.20	closed
8383	283	2024-11-27	5	38.30	active
8384	284	2024-11-28	6	38.40	active
8385	285	2024-11-29	7	38.50	closed
8386	286	2024-11-30	8	38.60	active
8387	287	2024-12-01	9	38.70	active
8388	288	2024-12-02	1	38.80	closed
8389	289	2024-12-03	2	38.90	active
8390	290	2024-12-04	3	39.00	active
8391	291	2024-12-05	4	39.10	closed
8392	292	2024-12-06	5	39.20	active
8393	293	2024-12-07	6	39.30	active
8394	294	2024-12-08	7	39.40	closed
8395	295	2024-12-09	8	39.50	active
8396	296	2024-12-10	9	39.60	active
8397	297	2024-12-11	1	39.70	closed
8398	298	2024-12-12	2	39.80	active
8399	299	2024-12-13	3	39.90	active
8400	100	2024-12-14	4	40.00	closed
8401	101	2024-12-15	5	40.10	active
8402	102	2024-12-16	6	40.20	active
8403	103	2024-12-17	7	40.30	closed
8404	104	2024-12-18	8	40.40	active
8405	105	2024-12-19	9	40.50	active
8406	106	2024-12-20	1	40.60	closed
8407	107	2024-12-21	2	40.70	active
8408	108	2024-12-22	3	40.80	active
8409	109	2024-12-23	4	40.90	closed
8410	110	2024-12-24	5	41.00	active
8411	111	2024-12-25	6	41.10	active
8412	112	2024-12-26	7	41.20	closed
8413	113	2024-12-27	8	41.30	active
8414	114	2024-12-28	9	41.40	active
8415	115	2024-12-29	1	41.50	closed
8416	116	2024-12-30	2	41.60	active
8417	117	2024-12-31	3	41.70	active
8418	118	2024-01-01	4	41.80	closed
8419	119	2024-01-02	5	41.90	active
8420	120	2024-01-03	6	42.00	active
8421	121	2024-01-04	7	42.10	closed
8422	122	2024-01-05	8	42.20	active
8423	123	2024-01-06	9	42.30	active
8424	124	2024-01-07	1	42.40	closed
8425	125	2024-01-08	2	42.50	active
8426	126	2024-01-09	3	42.60	active
8427	127	2024-01-10	4	42.70	closed
8428	128	2024-01-11	5	42.80	active
8429	129	2024-01-12	6	42.90	active
8430	130	2024-01-13	7	43.00	closed
8431	131	2024-01-14	8	43.10	active
8432	132	2024-01-15	9	43.20	active
8433	133	2024-01-16	1	43.30	closed
8434	134	2024-01-17	2	43.40	active
8435	135	2024-01-18	3	43.50	active
8436	136	2024-01-19	4	43.60	closed
8437	137	2024-01-20	5	43.70	active
8438	138	2024-01-21	6	43.80	active
8439	139	2024-01-22	7	43.90	closed
8440	140	2024-01-23	8	44.00	active
8441	141	2024-01-24	9	44.10	active
8442	142	2024-01-25	1	44.20	closed
8443	143	2024-01-26	2	44.30	active
8444	144	2024-01-27	3	44.40	active
8445	145	2024-01-28	4	44.50	closed
8446	146	2024-01-29	5	44.60	active
8447	147	2024-01-30	6	44.70	active
8448	148	2024-01-31	7	44.80	closed
8449	149	2024-02-01	8	44.90	active
8450	150	2024-02-02	9	45.00	active
8451	151	2024-02-03	1	45.10	closed
8452	152	2024-02-04	2	45.20	active
8453	153	2024-02-05	3	45.30	active
8454	154	2024-02-06	4	45.40	closed
8455	155	2024-02-07	5	45.50	active
8456	156	2024-02-08	6	45.60	active
8457	157	2024-02-09	7	45.70	closed
8458	158	2024-02-10	8	45.80	active
8459	159	2024-02-11	9	45.90	active
8460	160	2024-02-12	1	46.00	closed
8461	161	2024-02-13	2	46.10	active
8462	162	2024-02-14	3	46.20	active
8463	163	2024-02-15	4	46.30	closed
8464	164	2024-02-16	5	46.40	active
8465	165	2024-02-17	6	46.50	active
8466	166	2024-02-18	7	46.60	closed
8467	167	2024-02-19	8	46.70	active
8468	168	2024-02-20	9	46.80	active
8469	169	2024-02-21	1	46.90	closed
8470	170	2024-02-22	2	47.00	active
8471	171	2024-02-23	3	47.10	active
8472	172	2024-02-24	4	47.20	closed
8473	173	2024-02-25	5	47.30	active
8474	174	2024-02-26	6	47.40	active
8475	175	2024-02-27	7	47.50	closed
8476	176	2024-02-28	8	47.60	active
8477	177	2024-02-29	9	47.70	active
8478	178	2024-03-01	1	47.80	closed
8479	179	2024-03-02	2	47.90	active
8480	180	2024-03-03	3	48.00	active
8481	181	2024-03-04	4	48.10	closed
8482	182	2024-03-05	5	48.20	active
8483	183	2024-03-06	6	48.30	active
8484	184	2024-03-07	7	48.40	closed
8485	185	2024-03-08	8	48.50	active
8486	186	2024-03-09	9	48.60	active
8487	187	2024-03-10	1	48.70	closed
8488	188	2024-03-11	2	48.80	active
8489	189	2024-03-12	3	48.90	active
8490	190	2024-03-13	4	49.00	closed
8491	191	2024-03-14	5	49.10	active
8492	192	2024-03-15	6	49.20	active
8493	193	2024-03-16	7	49.30	closed
8494	194	2024-03-17	8	49.40	active
8495	195	2024-03-18	9	49.50	active
8496	196	2024-03-19	1	49.60	closed
8497	197	2024-03-20	2	49.70	active
8498	198	2024-03-21	3	49.80	active
8499	199	2024-03-22	4	49.90	closed
8500	200	2024-03-23	5	50.00	active
8501	201	2024-03-24	6	50.10	active
8502	202	2024-03-25	7	50.20	closed
8503	203	2024-03-26	8	50.30	active
8504	204	2024-03-27	9	50.40	active
8505	205	2024-03-28	1	50.50	closed
8506	206	2024-03-29	2	50.60	active
8507	207	2024-03-30	3	50.70	active
8508	208	2024-03-31	4	50.80	closed
8509	209	2024-04-01	5	50.90	active
8510	210	2024-04-02	6	51.00	active
8511	211	2024-04-03	7	51.10	closed
8512	212	2024-04-04	8	51.20	active
8513	213	2024-04-05	9	51.30	active
8514	214	2024-04-06	1	51.40	closed
8515	215	2024-04-07	2	51.50	active
8516	216	2024-04-08	3	51.60	active
8517	217	2024-04-09	4	51.70	closed
8518	218	2024-04-10	5	51.80	active
8519	219	2024-04-11	6	51.90	active
8520	220	2024-04-12	7	52.00	closed
8521	221	2024-04-13	8	52.10	active
8522	222	2024-04-14	9	52.20	active
8523	223	2024-04-15	1	52.30	closed
8524	224	2024-04-16	2	52.40	active
8525	225	2024-04-17	3	52.50	active
8526	226	2024-04-18	4	52.60	closed
8527	227	2024-04-19	5	52.70	active
8528	228	2024-04-20	6	52.80	active
8529	229	2024-04-21	7	52.90	closed
8530	230	2024-04-22	8	53.00	active
8531	231	2024-04-23	9	53.10	active
8532	232	2024-04-24	1	53.20	closed
8533	233	2024-04-25	2	53.30	active
8534	234	2024-04-26	3	53.40	active
8535	235	2024-04-27	4	53.50	closed
8536	236	2024-04-28	5	53.60	active
8537	237	2024-04-29	6	53.70	active
8538	238	2024-04-30	7	53.80	closed
8539	239	2024-05-01	8	53.90	active
8540	240	2024-05-02	9	54.00	active
8541	241	2024-05-03	1	54.10	closed
8542	242	2024-05-04	2	54.20	active
8543	243	2024-05-05	3	54.30	active
8544	244	2024-05-06	4	54.40	closed
8545	245	2024-05-07	5	54.50	active
8546	246	2024-05-08	6	54.60	active
8547	247	2024-05-09	7	54.70	closed
8548	248	2024-05-10	8	54.80	active
8549	249	2024-05-11	9	54.90	active
8550	250	2024-05-12	1	55.00	closed
8551	251	2024-05-13	2	55.10	active
8552	252	2024-05-14	3	55.20	active
8553	253	2024-05-15	4	55.30	closed
8554	254	2024-05-16	5	55.40	active
8555	255	2024-05-17	6	55.50	active
8556	256	2024-05-18	7	55.60	closed
8557	257	2024-05-19	8	55.70	active
8558	258	2024-05-20	9	55.80	active
8559	259	2024-05-21	1	55.90	closed
8560	260	2024-05-22	2	56.00	active
8561	261	2024-05-23	3	56.10	active
8562	262	2024-05-24	4	56.20	closed
8563	263	2024-05-25	5	56.30	active
8564	264	2024-05-26	6	56.40	active
8565	265	2024-05-27	7	56.50	closed
8566	266	2024-05-28	8	56.60	active
8567	267	2024-05-29	9	56.70	active
8568	268	2024-05-30	1	56.80	closed
8569	269	2024-05-31	2	56.90	active
8570	270	2024-06-01	3	57.00	active
8571	271	2024-06-02	4	57.10	closed
8572	272	2024-06-03	5	57.20	active
8573	273	2024-06-04	6	57.30	active
8574	274	2024-06-05	7	57.40	closed
8575	275	2024-06-06	8	57.50	active
8576	276	2024-06-07	9	57.60	active
8577	277	2024-06-08	1	57.70	closed
8578	278	2024-06-09	2	57.80	active
8579	279	2024-06-10	3	57.90	active
8580	280	2024-06-11	4	58.00	closed
8581	281	2024-06-12	5	58.10	active
8582	282	2024-06-13	6	58.20	active
8583	283	2024-06-14	7	58.30	closed
8584	284	2024-06-15	8	58.40	active
8585	285	2024-06-16	9	58.50	active
8586	286	2024-06-17	1	58.60	closed
8587	287	2024-06-18	2	58.70	active
8588	288	2024-06-19	3	58.80	active
8589	289	2024-06-20	4	58.90	closed
8590	290	2024-06-21	5	59.00	active
8591	291	2024-06-22	6	59.10	active
8592	292	2024-06-23	7	59.20	closed
8593	293	2024-06-24	8	59.30	active
8594	294	2024-06-25	9	59.40	active
8595	295	2024-06-26	1	59.50	closed
8596	296	2024-06-27	2	59.60	active
8597	297	2024-06-28	3	59.70	active
8598	298	2024-06-29	4	59.80	closed
8599	299	2024-06-30	5	59.90	active
8600	100	2024-07-01	6	60.00	active
8601	101	2024-07-02	7	60.10	closed
8602	102	2024-07-03	8	60.20	active
8603	103	2024-07-04	9	60.30	active
8604	104	2024-07-05	1	60.40	closed
8605	105	2024-07-06	2	60.50	active
8606	106	2024-07-07	3	60.60	active
8607	107	2024-07-08	4	60.70	closed
8608	108	2024-07-09	5	60.80	active
8609	109	2024-07-10	6	60.90	active
8610	110	2024-07-11	7	61.00	closed
8611	111	2024-07-12	8	61.10	active
8612	112	2024-07-13	9	61.20	active
8613	113	2024-07-14	1	61.30	closed
8614	114	2024-07-15	2	61.40	active
8615	115	2024-07-16	3	61.50	active
8616	116	2024-07-17	4	61.60	closed
8617	117	2024-07-18	5	61.70	active
8618	118	2024-07-19	6	61.80	active
8619	119	2024-07-20	7	61.90	closed
8620	120	2024-07-21	8	62.00	active
8621	121	2024-07-22	9	62.10	active
8622	122	2024-07-23	1	62.20	closed
8623	123	2024-07-24	2	62.30	active
8624	124	2024-07-25	3	62.40	active
8625	125	2024-07-26	4	62.50	closed
8626	126	2024-07-27	5	62.60	active
8627	127	2024-07-28	6	62.70	active
8628	128	2024-07-29	7	62.80	closed
8629	129	2024-07-30	8	62.90	active
8630	130	2024-07-31	9	63.00	active
8631	131	2024-08-01	1	63.10	closed
8632	132	2024-08-02	2	63.20	active
8633	133	2024-08-03	3	63.30	active
8634	134	2024-08-04	4	63.40	closed
8635	135	2024-08-05	5	63.50	active
8636	136	2024-08-06	6	63.60	active
8637	137	2024-08-07	7	63.70	closed
8638	138	2024-08-08	8	63.80	active
8639	139	2024-08-09	9	63.90	active
8640	140	2024-08-10	1	64.00	closed
8641	141	2024-08-11	2	64.10	active
8642	142	2024-08-12	3	64.20	active
8643	143	2024-08-13	4	64.30	closed
8644	144	2024-08-14	5	64.40	active
8645	145	2024-08-15	6	64.50	active
8646	146	2024-08-16	7	64.60	closed
8647	147	2024-08-17	8	64.70	active
8648	148	2024-08-18	9	64.80	active
8649	149	2024-08-19	1	64.90	closed
8650	150	2024-08-20	2	65.00	active
8651	151	2024-08-21	3	65.10	active
8652	152	2024-08-22	4	65.20	closed
8653	153	2024-08-23	5	65.30	active
8654	154	2024-08-24	6	65.40	active
8655	155	2024-08-25	7	65.50	closed
8656	156	2024-08-26	8	65.60	active
8657	157	2024-08-27	9	65.70	active
8658	158	2024-08-28	1	65.80	closed
8659	159	2024-08-29	2	65.90	active
8660	160	2024-08-30	3	66.00	active
8661	161	2024-08-31	4	66.10	closed
8662	162	2024-09-01	5	66.20	active
8663	163	2024-09-02	6	66.30	active
8664	164	2024-09-03	7	66.40	closed
8665	165	2024-09-04	8	66.50	active
8666	166	2024-09-05	9	66.60	active
8667	167	2024-09-06	1	66.70	closed
8668	168	2024-09-07	2	66.80	active
8669	169	2024-09-08	3	66.90	active
8670	170	2024-09-09	4	67.00	closed
8671	171	2024-09-10	5	67.10	active
8672	172	2024-09-11	6	67.20	active
8673	173	2024-09-12	7	67.30	closed
8674	174	2024-09-13	8	67.40	active
8675	175	2024-09-14	9	67.50	active
8676	176	2024-09-15	1	67.60	closed
8677	177	2024-09-16	2	67.70	active
8678	178	2024-09-17	3	67.80	active
8679	179	2024-09-18	4	67.90	closed
8680	180	2024-09-19	5	68.00	active
8681	181	2024-09-20	6	68.10	active
8682	182	2024-09-21	7	68.20	closed
8683	183	2024-09-22	8	68.30	active
8684	184	2024-09-23	9	68.40	active
8685	185	2024-09-24	1	68.50	closed
8686	186	2024-09-25	2	68.60	active
8687	187	2024-09-26	3	68.70	active
8688	188	2024-09-27	4	68.80	closed
8689	189	2024-09-28	5	68.90	active
8690	190	2024-09-29	6	69.00	active
8691	191	2024-09-30	7	69.10	closed
8692	192	2024-10-01	8	69.20	active
8693	193	2024-10-02	9	69.30	active
8694	194	2024-10-03	1	69.40	closed
8695	195	2024-10-04	2	69.50	active
8696	196	2024-10-05	3	69.60	active
8697	197	2024-10-06	4	69.70	closed
8698	198	2024-10-07	5	69.80	active
8699	199	2024-10-08	6	69.90	active
8700	200	2024-10-09	7	70.00	closed
8701	201	2024-10-10	8	70.10	active
8702	202	2024-10-11	9	70.20	active
8703	203	2024-10-12	1	70.30	closed
8704	204	2024-10-13	2	70.40	active
8705	205	2024-10-14	3	70.50	active
8706	206	2024-10-15	4	70.60	closed
8707	207	2024-10-16	5	70.70	active
8708	208	2024-10-17	6	70.80	active
8709	209	2024-10-18	7	70.90	closed
8710	210	2024-10-19	8	71.00	active
8711	211	2024-10-20	9	71.10	active
8712	212	2024-10-21	1	71.20	closed
8713	213	2024-10-22	2	71.30	active
8714	214	2024-10-23	3	71.40	active
8715	215	2024-10-24	4	71.50	closed
8716	216	2024-10-25	5	71.60	active
8717	217	2024-10-26	6	71.70	active
8718	218	2024-10-27	7	71.80	closed
8719	219	2024-10-28	8	71.90	active
8720	220	2024-10-29	9	72.00	active
8721	221	2024-10-30	1	72.10	closed
8722	222	2024-10-31	2	72.20	active
8723	223	2024-11-01	3	72.30	active
8724	224	2024-11-02	4	72.40	closed
8725	225	2024-11-03	5	72.50	active
8726	226	2024-11-04	6	72.60	active
8727	227	2024-11-05	7	72.70	closed
8728	228	2024-11-06	8	72.80	active
8729	229	2024-11-07	9	72.90	active
8730	230	2024-11-08	1	73.00	closed
8731	231	2024-11-09	2	73.10	active
8732	232	2024-11-10	3	73.20	active
8733	233	2024-11-11	4	73.30	closed
8734	234	2024-11-12	5	73.40	active
8735	235	2024-11-13	6	73.50	active
8736	236	2024-11-14	7	73.60	closed
8737	237	2024-11-15	8	73.70	active
8738	238	2024-11-16	9	73.80	active
8739	239	2024-11-17	1	73.90	closed
8740	240	2024-11-18	2	74.00	active
8741	241	2024-11-19	3	74.10	active
8742	242	2024-11-20	4	74.20	closed
8743	243	2024-11-21	5	74.30	active
8744	244	2024-11-22	6	74.40	active
8745	245	2024-11-23	7	74.50	closed
8746	246	2024-11-24	8	74.60	active
8747	247	2024-11-25	9	74.70	active
8748	248	2024-11-26	1	74.80	closed
8749	249	2024-11-27	2	74.90	active
8750	250	2024-11-28	3	75.00	active
8751	251	2024-11-29	4	75.10	closed
8752	252	2024-11-30	5	75.20	active
8753	253	2024-12-01	6	75.30	active
8754	254	2024-12-02	7	75.40	closed
8755	255	2024-12-03	8	75.50	active
8756	256	2024-12-04	9	75.60	active
8757	257	2024-12-05	1	75.70	closed
8758	258	2024-12-06	2	75.80	active
8759	259	2024-12-07	3	75.90	active
8760	260	2024-12-08	4	76.00	closed
8761	261	2024-12-09	5	76.10	active
8762	262	2024-12-10	6	76.20	active
8763	263	2024-12-11	7	76.30	closed
8764	264	2024-12-12	8	76.40	active
8765	265	2024-12-13	9	76.50	active
8766	266	2024-12-14	1	76.60	closed
8767	267	2024-12-15	2	76.70	active
8768	268	2024-12-16	3	76.80	active
8769	269	2024-12-17	4	76.90	closed
8770	270	2024-12-18	5	77.00	active
8771	271	2024-12-19	6	77.10	active
8772	272	2024-12-20	7	77.20	closed
8773	273	2024-12-21	8	77.30	active
8774	274	2024-12-22	9	77.40	active
8775	275	2024-12-23	1	77.50	closed
8776	276	2024-12-24	2	77.60	active
8777	277	2024-12-25	3	77.70	active
8778	278	2024-12-26	4	77.80	closed
8779	279	2024-12-27	5	77.90	active
8780	280	2024-12-28	6	78.00	active
8781	281	2024-12-29	7	78.10	closed
8782	282	2024-12-30	8	78.20	active
8783	283	2024-12-31	9	78.30	active
8784	284	2024-01-01	1	78.40	closed
8785	285	2024-01-02	2	78.50	active
8786	286	2024-01-03	3	78.60	active
8787	287	2024-01-04	4	78.70	closed
8788	288	2024-01-05	5	78.80	active
8789	289	2024-01-06	6	78.90	active
8790	290	2024-01-07	7	79.00	closed
8791	291	2024-01-08	8	79.10	active
8792	292	2024-01-09	9	79.20	active
8793	293	2024-01-10	1	79.30	closed
8794	294	2024-01-11	2	79.40	active
8795	295	2024-01-12	3	79.50	active
8796	296	2024-01-13	4	79.60	closed
8797	297	2024-01-14	5	79.70	active
8798	298	2024-01-15	6	79.80	active
8799	299	2024-01-16	7	79.90	closed
8800	100	2024-01-17	8	80.00	active
8801	101	2024-01-18	9	80.10	active
8802	102	2024-01-19	1	80.20	closed
8803	103	2024-01-20	2	80.30	active
8804	104	2024-01-21	3	80.40	active
8805	105	2024-01-22	4	80.50	closed
8806	106	2024-01-23	5	80.60	active
8807	107	2024-01-24	6	80.70	active
8808	108	2024-01-25	7	80.80	closed
8809	109	2024-01-26	8	80.90	active
8810	110	2024-01-27	9	81.00	active
8811	111	2024-01-28	1	81.10	closed
8812	112	2024-01-29	2	81.20	active
8813	113	2024-01-30	3	81.30	active
8814	114	2024-01-31	4	81.40	closed
8815	115	2024-02-01	5	81.50	active
8816	116	2024-02-02	6	81.60	active
8817	117	2024-02-03	7	81.70	closed
8818	118	2024-02-04	8	81.80	active
8819	119	2024-02-05	9	81.90	active
8820	120	2024-02-06	1	82.00	closed
8821	121	2024-02-07	2	82.10	active
8822	122	2024-02-08	3	82.20	active
8823	123	2024-02-09	4	82.30	closed
8824	124	2024-02-10	5	82.40	active
8825	125	2024-02-11	6	82.50	active
8826	126	2024-02-12	7	82.60	closed
8827	127	2024-02-13	8	82.70	active
8828	128	2024-02-14	9	82.80	active
8829	129	2024-02-15	1	82.90	closed
8830	130	2024-02-16	2	83.00	active
8831	131	2024-02-17	3	83.10	active
8832	132	2024-02-18	4	83.20	closed
8833	133	2024-02-19	5	83.30	active
8834	134	2024-02-20	6	83.40	active
8835	135	2024-02-21	7	83.50	closed
8836	136	2024-02-22	8	83.60	active
8837	137	2024-02-23	9	83.70	active
8838	138	2024-02-24	1	83.80	closed
8839	139	2024-02-25	2	83.90	active
8840	140	2024-02-26	3	84.00	active
8841	141	2024-02-27	4	84.10	closed
8842	142	2024-02-28	5	84.20	active
8843	143	2024-02-29	6	84.30	active
8844	144	2024-03-01	7	84.40	closed
8845	145	2024-03-02	8	84.50	active
8846	146	2024-03-03	9	84.60	active
8847	147	2024-03-04	1	84.70	closed
8848	148	2024-03-05	2	84.80	active
8849	149	2024-03-06	3	84.90	active
8850	150	2024-03-07	4	85.00	closed
8851	151	2024-03-08	5	85.10	active
8852	152	2024-03-09	6	85.20	active
8853	153	2024-03-10	7	85.30	closed
8854	154	2024-03-11	8	85.40	active
8855	155	2024-03-12	9	85.50	active
8856	156	2024-03-13	1	85.60	closed
8857	157	2024-03-14	2	85.70	active
8858	158	2024-03-15	3	85.80	active
8859	159	2024-03-16	4	85.90	closed
8860	160	2024-03-17	5	86.00	active
8861	161	2024-03-18	6	86.10	active
8862	162	2024-03-19	7	86.20	closed
8863	163	2024-03-20	8	86.30	active
8864	164	2024-03-21	9	86.40	active
8865	165	2024-03-22	1	86.50	closed
8866	166	2024-03-23	2	86.60	active
8867	167	2024-03-24	3	86.70	active
8868	168	2024-03-25	4	86.80	closed
8869	169	2024-03-26	5	86.90	active
8870	170	2024-03-27	6	87.00	active
8871	171	2024-03-28	7	87.10	closed
8872	172	2024-03-29	8	87.20	active
8873	173	2024-03-30	9	87.30	active
8874	174	2024-03-31	1	87.40	closed
8875	175	2024-04-01	2	87.50	active
8876	176	2024-04-02	3	87.60	active
8877	177	2024-04-03	4	87.70	closed
8878	178	2024-04-04	5	87.80	active
8879	179	2024-04-05	6	87.90	active
8880	180	2024-04-06	7	88.00	closed
8881	181	2024-04-07	8	88.10	active
8882	182	2024-04-08	9	88.20	active
8883	183	2024-04-09	1	88.30	closed
8884	184	2024-04-10	2	88.40	active
8885	185	2024-04-11	3	88.50	active
8886	186	2024-04-12	4	88.60	closed
8887	187	2024-04-13	5	88.70	active
8888	188	2024-04-14	6	88.80	active
8889	189	2024-04-15	7	88.90	closed
8890	190	2024-04-16	8	89.00	active
8891	191	2024-04-17	9	89.10	active
8892	192	2024-04-18	1	89.20	closed
8893	193	2024-04-19	2	89.30	active
8894	194	2024-04-20	3	89.40	active
8895	195	2024-04-21	4	89.50	closed
8896	196	2024-04-22	5	89.60	active
8897	197	2024-04-23	6	89.70	active
8898	198	2024-04-24	7	89.80	closed
8899	199	2024-04-25	8	89.90	active
8900	200	2024-04-26	9	90.00	active
8901	201	2024-04-27	1	90.10	closed
8902	202	2024-04-28	2	90.20	active
8903	203	2024-04-29	3	90.30	active
8904	204	2024-04-30	4	90.40	closed
8905	205	2024-05-01	5	90.50	active
8906	206	2024-05-02	6	90.60	active
8907	207	2024-05-03	7	90.70	closed
8908	208	2024-05-04	8	90.80	active
8909	209	2024-05-05	9	90.90	active
8910	210	2024-05-06	1	91.00	closed
8911	211	2024-05-07	2	91.10	active
8912	212	2024-05-08	3	91.20	active
8913	213	2024-05-09	4	91.30	closed
8914	214	2024-05-10	5	91.40	active
8915	215	2024-05-11	6	91.50	active
8916	216	2024-05-12	7	91.60	closed
8917	217	2024-05-13	8	91.70	active
8918	218	2024-05-14	9	91.80	active
8919	219	2024-05-15	1	91.90	closed
8920	220	2024-05-16	2	92.00	active
8921	221	2024-05-17	3	92.10	active
8922	222	2024-05-18	4	92.20	closed
8923	223	2024-05-19	5	92.30	active
8924	224	2024-05-20	6	92.40	active
8925	225	2024-05-21	7	92.50	closed
8926	226	2024-05-22	8	92.60	active
8927	227	2024-05-23	9	92.70	active
8928	228	2024-05-24	1	92.80	closed
8929	229	2024-05-25	2	92.90	active
8930	230	2024-05-26	3	93.00	active
8931	231	2024-05-27	4	93.10	closed
8932	232	2024-05-28	5	93.20	active
8933	233	2024-05-29	6	93.30	active
8934	234	2024-05-30	7	93.40	closed
8935	235	2024-05-31	8	93.50	active
8936	236	2024-06-01	9	93.60	active
8937	237	2024-06-02	1	93.70	closed
8938	238	2024-06-03	2	93.80	active
8939	239	2024-06-04	3	93.90	active
8940	240	2024-06-05	4	94.00	closed
8941	241	2024-06-06	5	94.10	active
8942	242	2024-06-07	6	94.20	active
8943	243	2024-06-08	7	94.30	closed
8944	244	2024-06-09	8	94.40	active
8945	245	2024-06-10	9	94.50	active
8946	246	2024-06-11	1	94.60	closed
8947	247	2024-06-12	2	94.70	active
8948	248	2024-06-13	3	94.80	active
8949	249	2024-06-14	4	94.90	closed
8950	250	2024-06-15	5	95.00	active
8951	251	2024-06-16	6	95.10	active
8952	252	2024-06-17	7	95.20	closed
8953	253	2024-06-18	8	95.30	active
8954	254	2024-06-19	9	95.40	active
8955	255	2024-06-20	1	95.50	closed
8956	256	2024-06-21	2	95.60	active
8957	257	2024-06-22	3	95.70	active
8958	258	2024-06-23	4	95.80	closed
8959	259	2024-06-24	5	95.90	active
8960	260	2024-06-25	6	96.00	active
8961	261	2024-06-26	7	96.10	closed
8962	262	2024-06-27	8	96.20	active
8963	263	2024-06-28	9	96.30	active
8964	264	2024-06-29	1	96.40	closed
8965	265	2024-06-30	2	96.50	active
8966	266	2024-07-01	3	96.60	active
8967	267	2024-07-02	4	96.70	closed
8968	268	2024-07-03	5	96.80	active
8969	269	2024-07-04	6	96.90	active
8970	270	2024-07-05	7	97.00	closed
8971	271	2024-07-06	8	97.10	active
8972	272	2024-07-07	9	97.20	active
8973	273	2024-07-08	1	97.30	closed
8974	274	2024-07-09	2	97.40	active
8975	275	2024-07-10	3	97.50	active
8976	276	2024-07-11	4	97.60	closed
8977	277	2024-07-12	5	97.70	active
8978	278	2024-07-13	6	97.80	active
8979	279	2024-07-14	7	97.90	closed
8980	280	2024-07-15	8	98.00	active
8981	281	2024-07-16	9	98.10	active
8982	282	2024-07-17	1	98.20	closed
8983	283	2024-07-18	2	98.30	active
8984	284	2024-07-19	3	98.40	active
8985	285	2024-07-20	4	98.50	closed
8986	286	2024-07-21	5	98.60	active
8987	287	2024-07-22	6	98.70	active
8988	288	2024-07-23	7	98.80	closed
8989	289	2024-07-24	8	98.90	active
8990	290	2024-07-25	9	99.00	active
8991	291	2024-07-26	1	99.10	closed
8992	292	2024-07-27	2	99.20	active
8993	293	2024-07-28	3	99.30	active
8994	294	2024-07-29	4	99.40	closed
8995	295	2024-07-30	5	99.50	active
8996	296	2024-07-31	6	99.60	active
8997	297	2024-08-01	7	99.70	closed
8998	298	2024-08-02	8	99.80	active
8999	299	2024-08-03	9	99.90	active
9000	100	2024-08-04	1	0.00	closed
9001	101	2024-08-05	2	0.10	active
9002	102	2024-08-06	3	0.20	active
9003	103	2024-08-07	4	0.30	closed
9004	104	2024-08-08	5	0.40	active
9005	105	2024-08-09	6	0.50	active
9006	106	2024-08-10	7	0.60	closed
9007	107	2024-08-11	8	0.70	active
9008	108	2024-08-12	9	0.80	active
9009	109	2024-08-13	1	0.90	closed
9010	110	2024-08-14	2	1.00	active
9011	111	2024-08-15	3	1.10	active
9012	112	2024-08-16	4	1.20	closed
9013	113	2024-08-17	5	1.30	active
9014	114	2024-08-18	6	1.40	active
9015	115	2024-08-19	7	1.50	closed
9016	116	2024-08-20	8	1.60	active
9017	117	2024-08-21	9	1.70	active
9018	118	2024-08-22	1	1.80	closed
9019	119	2024-08-23	2	1.90	active
9020	120	2024-08-24	3	2.00	active
9021	121	2024-08-25	4	2.10	closed
9022	122	2024-08-26	5	2.20	active
9023	123	2024-08-27	6	2.30	active
9024	124	2024-08-28	7	2.40	closed
9025	125	2024-08-29	8	2.50	active
9026	126	2024-08-30	9	2.60	active
9027	127	2024-08-31	1	2.70	closed
9028	128	2024-09-01	2	2.80	active
9029	129	2024-09-02	3	2.90	active
9030	130	2024-09-03	4	3.00	closed
9031	131	2024-09-04	5	3.10	active
9032	132	2024-09-05	6	3.20	active
9033	133	2024-09-06	7	3.30	closed
9034	134	2024-09-07	8	3.40	active
9035	135	2024-09-08	9	3.50	active
9036	136	2024-09-09	1	3.60	closed
9037	137	2024-09-10	2	3.70	active
9038	138	2024-09-11	3	3.80	active
9039	139	2024-09-12	4	3.90	closed
9040	140	2024-09-13	5	4.00	active
9041	141	2024-09-14	6	4.10	active
9042	142	2024-09-15	7	4.20	closed
9043	143	2024-09-16	8	4.30	active
9044	144	2024-09-17	9	4.40	active
9045	145	2024-09-18	1	4.50	closed
9046	146	2024-09-19	2	4.60	active
9047	147	2024-09-20	3	4.70	active
9048	148	2024-09-21	4	4.80	closed
9049	149	2024-09-22	5	4.90	active
9050	150	2024-09-23	6	5.00	active
9051	151	2024-09-24	7	5.10	closed
9052	152	2024-09-25	8	5.20	active
9053	153	2024-09-26	9	5.30	active
9054	154	2024-09-27	1	5.40	closed
9055	155	2024-09-28	2	5.50	active
9056	156	2024-09-29	3	5.60	active
9057	157	2024-09-30	4	5.70	closed
9058	158	2024-10-01	5	5.80	active
9059	159	2024-10-02	6	5.90	active
9060	160	2024-10-03	7	6.00	closed
9061	161	2024-10-04	8	6.10	active
9062	162	2024-10-05	9	6.20	active
9063	163	2024-10-06	1	6.30	closed
9064	164	2024-10-07	2	6.40	active
9065	165	2024-10-08	3	6.50	active
9066	166	2024-10-09	4	6.60	closed
9067	167	2024-10-10	5	6.70	active
9068	168	2024-10-11	6	6.80	active
9069	169	2024-10-12	7	6.90	closed
9070	170	2024-10-13	8	7.00	active
9071	171	2024-10-14	9	7.10	active
9072	172	2024-10-15	1	7.20	closed
9073	173	2024-10-16	2	7.30	active
9074	174	2024-10-17	3	7.40	active
9075	175	2024-10-18	4	7.50	closed
9076	176	2024-10-19	5	7.60	active
9077	177	2024-10-20	6	7.70	active
9078	178	2024-10-21	7	7.80	closed
9079	179	2024-10-22	8	7.90	active
9080	180	2024-10-23	9	8.00	active
9081	181	2024-10-24	1	8.10	closed
9082	182	2024-10-25	2	8.20	active
9083	183	2024-10-26	3	8.30	active
9084	184	2024-10-27	4	8.40	closed
9085	185	2024-10-28	5	8.50	active
9086	186	2024-10-29	6	8.60	active
9087	187	2024-10-30	7	8.70	closed
9088	188	2024-10-31	8	8.80	active
9089	189	2024-11-01	9	8.90	active
9090	190	2024-11-02	1	9.00	closed
9091	191	2024-11-03	2	9.10	active
9092	192	2024-11-04	3	9.20	active
9093	193	2024-11-05	4	9.30	closed
9094	194	2024-11-06	5	9.40	active
9095	195	2024-11-07	6	9.50	active
9096	196	2024-11-08	7	9.60	closed
9097	197	2024-11-09	8	9.70	active
9098	198	2024-11-10	9	9.80	active
9099	199	2024-11-11	1	9.90	closed
9100	200	2024-11-12	2	10.00	active
9101	201	2024-11-13	3	10.10	active
9102	202	2024-11-14	4	10.20	closed
9103	203	2024-11-15	5	10.30	active
9104	204	2024-11-16	6	10.40	active
9105	205	2024-11-17	7	10.50	closed
9106	206	2024-11-18	8	10.60	active
9107	207	2024-11-19	9	10.70	active
9108	208	2024-11-20	1	10.80	closed
9109	209	2024-11-21	2	10.90	active
9110	210	2024-11-22	3	11.00	active
9111	211	2024-11-23	4	11.10	closed
9112	212	2024-11-24	5	11.20	active
9113	213	2024-11-25	6	11.30	active
9114	214	2024-11-26	7	11.40	closed
9115	215	2024-11-27	8	11.50	active
9116	216	2024-11-28	9	11.60	active
9117	217	2024-11-29	1	11.70	closed
9118	218	2024-11-30	2	11.80	active
9119	219	2024-12-01	3	11.90	active
9120	220	2024-12-02	4	12.00	closed
9121	221	2024-12-03	5	12.10	active
9122	222	2024-12-04	6	12.20	active
9123	223	2024-12-05	7	12.30	closed
9124	224	2024-12-06	8	12.40	active
9125	225	2024-12-07	9	12.50	active
9126	226	2024-12-08	1	12.60	closed
9127	227	2024-12-09	2	12.70	active
9128	228	2024-12-10	3	12.80	active
9129	229	2024-12-11	4	12.90	closed
9130	230	2024-12-12	5	13.00	active
9131	231	2024-12-13	6	13.10	active
9132	232	2024-12-14	7	13.20	closed
9133	233	2024-12-15	8	13.30	active
9134	234	2024-12-16	9	13.40	active
9135	235	2024-12-17	1	13.50	closed
9136	236	2024-12-18	2	13.60	active
9137	237	2024-12-19	3	13.70	active
9138	238	2024-12-20	4	13.80	closed
9139	239	2024-12-21	5	13.90	active
9140	240	2024-12-22	6	14.00	active
9141	241	2024-12-23	7	14.10	closed
9142	242	2024-12-24	8	14.20	active
9143	243	2024-12-25	9	14.30	active
9144	244	2024-12-26	1	14.40	closed
9145	245	2024-12-27	2	14.50	active
9146	246	2024-12-28	3	14.60	active
9147	247	2024-12-29	4	14.70	closed
9148	248	2024-12-30	5	14.80	active
9149	249	2024-12-31	6	14.90	active
9150	250	2024-01-01	7	15.00	closed
9151	251	2024-01-02	8	15.10	active
9152	252	2024-01-03	9	15.20	active
9153	253	2024-01-04	1	15.30	closed
9154	254	2024-01-05	2	15.40	active
9155	255	2024-01-06	3	15.50	active
9156	256	2024-01-07	4	15.60	closed
9157	257	2024-01-08	5	15.70	active
9158	258	2024-01-09	6	15.80	active
9159	259	2024-01-10	7	15.90	closed
9160	260	2024-01-11	8	16.00	active
9161	261	2024-01-12	9	16.10	active
9162	262	2024-01-13	1	16.20	closed
9163	263	2024-01-14	2	16.30	active
9164	264	2024-01-15	3	16.40	active
9165	265	2024-01-16	4	16.50	closed
9166	266	2024-01-17	5	16.60	active
9167	267	2024-01-18	6	16.70	active
9168	268	2024-01-19	7	16.80	closed
9169	269	2024-01-20	8	16.90	active
9170	270	2024-01-21	9	17.00	active
9171	271	2024-01-22	1	17.10	closed
9172	272	2024-01-23	2	17.20	active
9173	273	2024-01-24	3	17.30	active
9174	274	2024-01-25	4	17.40	closed
9175	275	2024-01-26	5	17.50	active
9176	276	2024-01-27	6	17.60	active
9177	277	2024-01-28	7	17.70	closed
9178	278	2024-01-29	8	17.80	active
9179	279	2024-01-30	9	17.90	active
9180	280	2024-01-31	1	18.00	closed
9181	281	2024-02-01	2	18.10	active
9182	282	2024-02-02	3	18.20	active
9183	283	2024-02-03	4	18.30	closed
9184	284	2024-02-04	5	18.40	active
9185	285	2024-02-05	6	18.50	active
9186	286	2024-02-06	7	18.60	closed
9187	287	2024-02-07	8	18.70	active
9188	288	2024-02-08	9	18.80	active
9189	289	2024-02-09	1	18.90	closed
9190	290	2024-02-10	2	19.00	active
9191	291	2024-02-11	3	19.10	active
9192	292	2024-02-12	4	19.20	closed
9193	293	2024-02-13	5	19.30	active
9194	294	2024-02-14	6	19.40	active
9195	295	2024-02-15	7	19.50	closed
9196	296	2024-02-16	8	19.60	active
9197	297	2024-02-17	9	19.70	active
9198	298	2024-02-18	1	19.80	closed
9199	299	2024-02-19	2	19.90	active
9200	100	2024-02-20	3	20.00	active
9201	101	2024-02-21	4	20.10	closed
9202	102	2024-02-22	5	20.20	active
9203	103	2024-02-23	6	20.30	active
9204	104	2024-02-24	7	20.40	closed
9205	105	2024-02-25	8	20.50	active
9206	106	2024-02-26	9	20.60	active
9207	107	2024-02-27	1	20.70	closed
9208	108	2024-02-28	2	20.80	active
9209	109	2024-02-29	3	20.90	active
9210	110	2024-03-01	4	21.00	closed
9211	111	2024-03-02	5	21.10	active
9212	112	2024-03-03	6	21.20	active
9213	113	2024-03-04	7	21.30	closed
9214	114	2024-03-05	8	21.40	active
9215	115	2024-03-06	9	21.50	active
9216	116	2024-03-07	1	21.60	closed
9217	117	2024-03-08	2	21.70	active
9218	118	2024-03-09	3	21.80	active
9219	119	2024-03-10	4	21.90	closed
9220	120	2024-03-11	5	22.00	active
9221	121	2024-03-12	6	22.10	active
9222	122	2024-03-13	7	22.20	closed
9223	123	2024-03-14	8	22.30	active
9224	124	2024-03-15	9	22.40	active
9225	125	2024-03-16	1	22.50	closed
9226	126	2024-03-17	2	22.60	active
9227	127	2024-03-18	3	22.70	active
9228	128	2024-03-19	4	22.80	closed
9229	129	2024-03-20	5	22.90	active
9230	130	2024-03-21	6	23.00	active
9231	131	2024-03-22	7	23.10	closed
9232	132	2024-03-23	8	23.20	active
9233	133	2024-03-24	9	23.30	active
9234	134	2024-03-25	1	23.40	closed
9235	135	2024-03-26	2	23.50	active
9236	136	2024-03-27	3	23.60	active
9237	137	2024-03-28	4	23.70	closed
9238	138	2024-03-29	5	23.80	active
9239	139	2024-03-30	6	23.90	active
9240	140	2024-03-31	7	24.00	closed
9241	141	2024-04-01	8	24.10	active
9242	142	2024-04-02	9	24.20	active
9243	143	2024-04-03	1	24.30	closed
9244	144	2024-04-04	2	24.40	active
9245	145	2024-04-05	3	24.50	active
9246	146	2024-04-06	4	24.60	closed
9247	147	2024-04-07	5	24.70	active
9248	148	2024-04-08	6	24.80	active
9249	149	2024-04-09	7	24.90	closed
9250	150	2024-04-10	8	25.00	active
9251	151	2024-04-11	9	25.10	active
9252	152	2024-04-12	1	25.20	closed
9253	153	2024-04-13	2	25.30	active
9254	154	2024-04-14	3	25.40	active
9255	155	2024-04-15	4	25.50	closed
9256	156	2024-04-16	5	25.60	active
9257	157	2024-04-17	6	25.70	active
9258	158	2024-04-18	7	25.80	closed
9259	159	2024-04-19	8	25.90	active
9260	160	2024-04-20	9	26.00	active
9261	161	2024-04-21	1	26.10	closed
9262	162	2024-04-22	2	26.20	active
9263	163	2024-04-23	3	26.30	active
9264	164	2024-04-24	4	26.40	closed
9265	165	2024-04-25	5	26.50	active
9266	166	2024-04-26	6	26.60	active
9267	167	2024-04-27	7	26.70	closed
9268	168	2024-04-28	8	26.80	active
9269	169	2024-04-29	9	26.90	active
9270	170	2024-04-30	1	27.00	closed
9271	171	2024-05-01	2	27.10	active
9272	172	2024-05-02	3	27.20	active
9273	173	2024-05-03	4	27.30	closed
9274	174	2024-05-04	5	27.40	active
9275	175	2024-05-05	6	27.50	active
9276	176	2024-05-06	7	27.60	closed
9277	177	2024-05-07	8	27.70	active
9278	178	2024-05-08	9	27.80	active
9279	179	2024-05-09	1	27.90	closed
9280	180	2024-05-10	2	28.00	active
9281	181	2024-05-11	3	28.10	active
9282	182	2024-05-12	4	28.20	closed
9283	183	2024-05-13	5	28.30	active
9284	184	2024-05-14	6	28.40	active
9285	185	2024-05-15	7	28.50	closed
9286	186	2024-05-16	8	28.60	active
9287	187	2024-05-17	9	28.70	active
9288	188	2024-05-18	1	28.80	closed
9289	189	2024-05-19	2	28.90	active
9290	190	2024-05-20	3	29.00	active
9291	191	2024-05-21	4	29.10	closed
9292	192	2024-05-22	5	29.20	active
9293	193	2024-05-23	6	29.30	active
9294	194	2024-05-24	7	29.40	closed
9295	195	2024-05-25	8	29.50	active
9296	196	2024-05-26	9	29.60	active
9297	197	2024-05-27	1	29.70	closed
9298	198	2024-05-28	2	29.80	active
9299	199	2024-05-29	3	29.90	active
9300	200	2024-05-30	4	30.00	closed
9301	201	2024-05-31	5	30.10	active
9302	202	2024-06-01	6	30.20	active
9303	203	2024-06-02	7	30.30	closed
9304	204	2024-06-03	8	30.40	active
9305	205	2024-06-04	9	30.50	active
9306	206	2024-06-05	1	30.60	closed
9307	207	2024-06-06	2	30.70	active
9308	208	2024-06-07	3	30.80	active
9309	209	2024-06-08	4	30.90	closed
9310	210	2024-06-09	5	31.00	active
9311	211	2024-06-10	6	31.10	active
9312	212	2024-06-11	7	31.20	closed
9313	213	2024-06-12	8	31.30	active
9314	214	2024-06-13	9	31.40	active
9315	215	2024-06-14	1	31.50	closed
9316	216	2024-06-15	2	31.60	active
9317	217	2024-06-16	3	31.70	active
9318	218	2024-06-17	4	31.80	closed
9319	219	2024-06-18	5	31.90	active
9320	220	2024-06-19	6	32.00	active
9321	221	2024-06-20	7	32.10	closed
9322	222	2024-06-21	8	32.20	active
9323	223	2024-06-22	9	32.30	active
9324	224	2024-06-23	1	32.40	closed
9325	225	2024-06-24	2	32.50	active
9326	226	2024-06-25	3	32.60	active
9327	227	2024-06-26	4	32.70	closed
9328	228	2024-06-27	5	32.80	active
9329	229	2024-06-28	6	32.90	active
9330	230	2024-06-29	7	33.00	closed
9331	231	2024-06-30	8	33.10	active
9332	232	2024-07-01	9	33.20	active
9333	233	2024-07-02	1	33.30	closed
9334	234	2024-07-03	2	33.40	active
9335	235	2024-07-04	3	33.50	active
9336	236	2024-07-05	4	33.60	closed
9337	237	2024-07-06	5	33.70	active
9338	238	2024-07-07	6	33.80	active
9339	239	2024-07-08	7	33.90	closed
9340	240	2024-07-09	8	34.00	active
9341	241	2024-07-10	9	34.10	active
9342	242	2024-07-11	1	34.20	closed
9343	243	2024-07-12	2	34.30	active
9344	244	2024-07-13	3	34.40	active
9345	245	2024-07-14	4	34.50	closed
9346	246	2024-07-15	5	34.60	active
9347	247	2024-07-16	6	34.70	active
9348	248	2024-07-17	7	34.80	closed
9349	249	2024-07-18	8	34.90	active
9350	250	2024-07-19	9	35.00	active
9351	251	2024-07-20	1	35.10	closed
9352	252	2024-07-21	2	35.20	active
9353	253	2024-07-22	3	35.30	active
9354	254	2024-07-23	4	35.40	closed
9355	255	2024-07-24	5	35.50	active
9356	256	2024-07-25	6	35.60	active
9357	257	2024-07-26	7	35.70	closed
9358	258	2024-07-27	8	35.80	active
9359	259	2024-07-28	9	35.90	active
9360	260	2024-07-29	1	36.00	closed
9361	261	2024-07-30	2	36.10	active
9362	262	2024-07-31	3	36.20	active
9363	263	2024-08-01	4	36.30	closed
9364	264	2024-08-02	5	36.40	active
9365	265	2024-08-03	6	36.50	active
9366	266	2024-08-04	7	36.60	closed
9367	267	2024-08-05	8	36.70	active
9368	268	2024-08-06	9	36.80	active
9369	269	2024-08-07	1	36.90	closed
9370	270	2024-08-08	2	37.00	active
9371	271	2024-08-09	3	37.10	active
9372	272	2024-08-10	4	37.20	closed
9373	273	2024-08-11	5	37.30	active
9374	274	2024-08-12	6	37.40	active
9375	275	2024-08-13	7	37.50	closed
9376	276	2024-08-14	8	37.60	active
9377	277	2024-08-15	9	37.70	active
9378	278	2024-08-16	1	37.80	closed
9379	279	2024-08-17	2	37.90	active
9380	280	2024-08-18	3	38.00	active
9381	281	2024-08-19	4	38.10	closed
9382	282	2024-08-20	5	38.20	active
9383	283	2024-08-21	6	38.30	active
9384	284	2024-08-22	7	38.40	closed
9385	285	2024-08-23	8	38.50	active
9386	286	2024-08-24	9	38.60	active
9387	287	2024-08-25	1	38.70	closed
9388	288	2024-08-26	2	38.80	active
9389	289	2024-08-27	3	38.90	active
9390	290	2024-08-28	4	39.00	closed
9391	291	2024-08-29	5	39.10	active
9392	292	2024-08-30	6	39.20	active
9393	293	2024-08-31	7	39.30	closed
9394	294	2024-09-01	8	39.40	active
9395	295	2024-09-02	9	39.50	active
9396	296	2024-09-03	1	39.60	closed
9397	297	2024-09-04	2	39.70	active
9398	298	2024-09-05	3	39.80	active
9399	299	2024-09-06	4	39.90	closed
9400	100	2024-09-07	5	40.00	active
9401	101	2024-09-08	6	40.10	active
9402	102	2024-09-09	7	40.20	closed
9403	103	2024-09-10	8	40.30	active
9404	104	2024-09-11	9	40.40	active
9405	105	2024-09-12	1	40.50	closed
9406	106	2024-09-13	2	40.60	active
9407	107	2024-09-14	3	40.70	active
9408	108	2024-09-15	4	40.80	closed
9409	109	2024-09-16	5	40.90	active
9410	110	2024-09-17	6	41.00	active
9411	111	2024-09-18	7	41.10	closed
9412	112	2024-09-19	8	41.20	active
9413	113	2024-09-20	9	41.30	active
9414	114	2024-09-21	1	41.40	closed
9415	115	2024-09-22	2	41.50	active
9416	116	2024-09-23	3	41.60	active
9417	117	2024-09-24	4	41.70	closed
9418	118	2024-09-25	5	41.80	active
9419	119	2024-09-26	6	41.90	active
9420	120	2024-09-27	7	42.00	closed
9421	121	2024-09-28	8	42.10	active
9422	122	2024-09-29	9	42.20	active
9423	123	2024-09-30	1	42.30	closed
9424	124	2024-10-01	2	42.40	active
9425	125	2024-10-02	3	42.50	active
9426	126	2024-10-03	4	42.60	closed
9427	127	2024-10-04	5	42.70	active
9428	128	2024-10-05	6	42.80	active
9429	129	2024-10-06	7	42.90	closed
9430	130	2024-10-07	8	43.00	active
9431	131	2024-10-08	9	43.10	active
9432	132	2024-10-09	1	43.20	closed
9433	133	2024-10-10	2	43.30	active
9434	134	2024-10-11	3	43.40	active
9435	135	2024-10-12	4	43.50	closed
9436	136	2024-10-13	5	43.60	active
9437	137	2024-10-14	6	43.70	active
9438	138	2024-10-15	7	43.80	closed
9439	139	2024-10-16	8	43.90	active
9440	140	2024-10-17	9	44.00	active
9441	141	2024-10-18	1	44.10	closed
9442	142	2024-10-19	2	44.20	active
9443	143	2024-10-20	3	44.30	active
9444	144	2024-10-21	4	44.40	closed
9445	145	2024-10-22	5	44.50	active
9446	146	2024-10-23	6	44.60	active
9447	147	2024-10-24	7	44.70	closed
9448	148	2024-10-25	8	44.80	active
9449	149	2024-10-26	9	44.90	active
9450	150	2024-10-27	1	45.00	closed
9451	151	2024-10-28	2	45.10	active
9452	152	2024-10-29	3	45.20	active
9453	153	2024-10-30	4	45.30	closed
9454	154	2024-10-31	5	45.40	active
9455	155	2024-11-01	6	45.50	active
9456	156	2024-11-02	7	45.60	closed
9457	157	2024-11-03	8	45.70	active
9458	158	2024-11-04	9	45.80	active
9459	159	2024-11-05	1	45.90	closed
9460	160	2024-11-06	2	46.00	active
9461	161	2024-11-07	3	46.10	active
9462	162	2024-11-08	4	46.20	closed
9463	163	2024-11-09	5	46.30	active
9464	164	2024-11-10	6	46.40	active
9465	165	2024-11-11	7	46.50	closed
9466	166	2024-11-12	8	46.60	active
9467	167	2024-11-13	9	46.70	active
9468	168	2024-11-14	1	46.80	closed
9469	169	2024-11-15	2	46.90	active
9470	170	2024-11-16	3	47.00	active
9471	171	2024-11-17	4	47.10	closed
9472	172	2024-11-18	5	47.20	active
9473	173	2024-11-19	6	47.30	active
9474	174	2024-11-20	7	47.40	closed
9475	175	2024-11-21	8	47.50	active
9476	176	2024-11-22	9	47.60	active
9477	177	2024-11-23	1	47.70	closed
9478	178	2024-11-24	2	47.80	active
9479	179	2024-11-25	3	47.90	active
9480	180	2024-11-26	4	48.00	closed
9481	181	2024-11-27	5	48.10	active
9482	182	2024-11-28	6	48.20	active
9483	183	2024-11-29	7	48.30	closed
9484	184	2024-11-30	8	48.40	active
9485	185	2024-12-01	9	48.50	active
9486	186	2024-12-02	1	48.60	closed
9487	187	2024-12-03	2	48.70	active
9488	188	2024-12-04	3	48.80	active
9489	189	2024-12-05	4	48.90	closed
9490	190	2024-12-06	5	49.00	active
9491	191	2024-12-07	6	49.10	active
9492	192	2024-12-08	7	49.20	closed
9493	193	2024-12-09	8	49.30	active
9494	194	2024-12-10	9	49.40	active
9495	195	2024-12-11	1	49.50	closed
9496	196	2024-12-12	2	49.60	active
9497	197	2024-12-13	3	49.70	active
9498	198	2024-12-14	4	49.80	closed
9499	199	2024-12-15	5	49.90	active
9500	200	2024-12-16	6	50.00	active
9501	201	2024-12-17	7	50.10	closed
9502	202	2024-12-18	8	50.20	active
9503	203	2024-12-19	9	50.30	active
9504	204	2024-12-20	1	50.40	closed
9505	205	2024-12-21	2	50.50	active
9506	206	2024-12-22	3	50.60	active
9507	207	2024-12-23	4	50.70	closed
9508	208	2024-12-24	5	50.80	active
9509	209	2024-12-25	6	50.90	active
9510	210	2024-12-26	7	51.00	closed
9511	211	2024-12-27	8	51.10	active
9512	212	2024-12-28	9	51.20	active
9513	213	2024-12-29	1	51.30	closed
9514	214	2024-12-30	2	51.40	active
9515	215	2024-12-31	3	51.50	active
9516	216	2024-01-01	4	51.60	closed
9517	217	2024-01-02	5	51.70	active
9518	218	2024-01-03	6	51.80	active
9519	219	2024-01-04	7	51.90	closed
9520	220	2024-01-05	8	52.00	active
9521	221	2024-01-06	9	52.10	active
9522	222	2024-01-07	1	52.20	closed
9523	223	2024-01-08	2	52.30	active
9524	224	2024-01-09	3	52.40	active
9525	225	2024-01-10	4	52.50	closed
9526	226	2024-01-11	5	52.60	active
9527	227	2024-01-12	6	52.70	active
9528	228	2024-01-13	7	52.80	closed
9529	229	2024-01-14	8	52.90	active
9530	230	2024-01-15	9	53.00	active
9531	231	2024-01-16	1	53.10	closed
9532	232	2024-01-17	2	53.20	active
9533	233	2024-01-18	3	53.30	active
9534	234	2024-01-19	4	53.40	closed
9535	235	2024-01-20	5	53.50	active
9536	236	2024-01-21	6	53.60	active
9537	237	2024-01-22	7	53.70	closed
9538	238	2024-01-23	8	53.80	active
9539	239	2024-01-24	9	53.90	active
9540	240	2024-01-25	1	54.00	closed
9541	241	2024-01-26	2	54.10	active
9542	242	2024-01-27	3	54.20	active
9543	243	2024-01-28	4	54.30	closed
9544	244	2024-01-29	5	54.40	active
9545	245	2024-01-30	6	54.50	active
9546	246	2024-01-31	7	54.60	closed
9547	247	2024-02-01	8	54.70	active
9548	248	2024-02-02	9	54.80	active
9549	249	2024-02-03	1	54.90	closed
9550	250	2024-02-04	2	55.00	active
9551	251	2024-02-05	3	55.10	active
9552	252	2024-02-06	4	55.20	closed
9553	253	2024-02-07	5	55.30	active
9554	254	2024-02-08	6	55.40	active
9555	255	2024-02-09	7	55.50	closed
9556	256	2024-02-10	8	55.60	active
9557	257	2024-02-11	9	55.70	active
9558	258	2024-02-12	1	55.80	closed
9559	259	2024-02-13	2	55.90	active
9560	260	2024-02-14	3	56.00	active
9561	261	2024-02-15	4	56.10	closed
9562	262	2024-02-16	5	56.20	active
9563	263	2024-02-17	6	56.30	active
9564	264	2024-02-18	7	56.40	closed
9565	265	2024-02-19	8	56.50	active
9566	266	2024-02-20	9	56.60	active
9567	267	2024-02-21	1	56.70	closed
9568	268	2024-02-22	2	56.80	active
9569	269	2024-02-23	3	56.90	active
9570	270	2024-02-24	4	57.00	closed
9571	271	2024-02-25	5	57.10	active
9572	272	2024-02-26	6	57.20	active
9573	273	2024-02-27	7	57.30	closed
9574	274	2024-02-28	8	57.40	active
9575	275	2024-02-29	9	57.50	active
9576	276	2024-03-01	1	57.60	closed
9577	277	2024-03-02	2	57.70	active
9578	278	2024-03-03	3	57.80	active
9579	279	2024-03-04	4	57.90	closed
9580	280	2024-03-05	5	58.00	active
9581	281	2024-03-06	6	58.10	active
9582	282	2024-03-07	7	58.20	closed
9583	283	2024-03-08	8	58.30	active
9584	284	2024-03-09	9	58.40	active
9585	285	2024-03-10	1	58.50	closed
9586	286	2024-03-11	2	58.60	active
9587	287	2024-03-12	3	58.70	active
9588	288	2024-03-13	4	58.80	closed
9589	289	2024-03-14	5	58.90	active
9590	290	2024-03-15	6	59.00	active
9591	291	2024-03-16	7	59.10	closed
9592	292	2024-03-17	8	59.20	active
9593	293	2024-03-18	9	59.30	active
9594	294	2024-03-19	1	59.40	closed
9595	295	2024-03-20	2	59.50	active
9596	296	2024-03-21	3	59.60	active
9597	297	2024-03-22	4	59.70	closed
9598	298	2024-03-23	5	59.80	active
9599	299	2024-03-24	6	59.90	active
9600	100	2024-03-25	7	60.00	closed
9601	101	2024-03-26	8	60.10	active
9602	102	2024-03-27	9	60.20	active
9603	103	2024-03-28	1	60.30	closed
9604	104	2024-03-29	2	60.40	active
9605	105	2024-03-30	3	60.50	active
9606	106	2024-03-31	4	60.60	closed
9607	107	2024-04-01	5	60.70	active
9608	108	2024-04-02	6	60.80	active
9609	109	2024-04-03	7	60.90	closed
9610	110	2024-04-04	8	61.00	active
9611	111	2024-04-05	9	61.10	active
9612	112	2024-04-06	1	61.20	closed
9613	113	2024-04-07	2	61.30	active
9614	114	2024-04-08	3	61.40	active
9615	115	2024-04-09	4	61.50	closed
9616	116	2024-04-10	5	61.60	active
9617	117	2024-04-11	6	61.70	active
9618	118	2024-04-12	7	61.80	closed
9619	119	2024-04-13	8	61.90	active
9620	120	2024-04-14	9	62.00	active
9621	121	2024-04-15	1	62.10	closed
9622	122	2024-04-16	2	62.20	active
9623	123	2024-04-17	3	62.30	active
9624	124	2024-04-18	4	62.40	closed
9625	125	2024-04-19	5	62.50	active
9626	126	2024-04-20	6	62.60	active
9627	127	2024-04-21	7	62.70	closed
9628	128	2024-04-22	8	62.80	active
9629	129	2024-04-23	9	62.90	active
9630	130	2024-04-24	1	63.00	closed
9631	131	2024-04-25	2	63.10	active
9632	132	2024-04-26	3	63.20	active
9633	133	2024-04-27	4	63.30	closed
9634	134	2024-04-28	5	63.40	active
9635	135	2024-04-29	6	63.50	active
9636	136	2024-04-30	7	63.60	closed
9637	137	2024-05-01	8	63.70	active
9638	138	2024-05-02	9	63.80	active
9639	139	2024-05-03	1	63.90	closed
9640	140	2024-05-04	2	64.00	active
9641	141	2024-05-05	3	64.10	active
9642	142	2024-05-06	4	64.20	closed
9643	143	2024-05-07	5	64.30	active
9644	144	2024-05-08	6	64.40	active
9645	145	2024-05-09	7	64.50	closed
9646	146	2024-05-10	8	64.60	active
9647	147	2024-05-11	9	64.70	active
9648	148	2024-05-12	1	64.80	closed
9649	149	2024-05-13	2	64.90	active
9650	150	2024-05-14	3	65.00	active
9651	151	2024-05-15	4	65.10	closed
9652	152	2024-05-16	5	65.20	active
9653	153	2024-05-17	6	65.30	active
9654	154	2024-05-18	7	65.40	closed
9655	155	2024-05-19	8	65.50	active
9656	156	2024-05-20	9	65.60	active
9657	157	2024-05-21	1	65.70	closed
9658	158	2024-05-22	2	65.80	active
9659	159	2024-05-23	3	65.90	active
9660	160	2024-05-24	4	66.00	closed
9661	161	2024-05-25	5	66.10	active
9662	162	2024-05-26	6	66.20	active
9663	163	2024-05-27	7	66.30	closed
9664	164	2024-05-28	8	66.40	active
9665	165	2024-05-29	9	66.50	active
9666	166	2024-05-30	1	66.60	closed
9667	167	2024-05-31	2	66.70	active
9668	168	2024-06-01	3	66.80	active
9669	169	2024-06-02	4	66.90	closed
9670	170	2024-06-03	5	67.00	active
9671	171	2024-06-04	6	67.10	active
9672	172	2024-06-05	7	67.20	closed
9673	173	2024-06-06	8	67.30	active
9674	174	2024-06-07	9	67.40	active
9675	175	2024-06-08	1	67.50	closed
9676	176	2024-06-09	2	67.60	active
9677	177	2024-06-10	3	67.70	active
9678	178	2024-06-11	4	67.80	closed
9679	179	2024-06-12	5	67.90	active
9680	180	2024-06-13	6	68.00	active
9681	181	2024-06-14	7	68.10	closed
9682	182	2024-06-15	8	68.20	active
9683	183	2024-06-16	9	68.30	active
9684	184	2024-06-17	1	68.40	closed
9685	185	2024-06-18	2	68.50	active
9686	186	2024-06-19	3	68.60	active
9687	187	2024-06-20	4	68.70	closed
9688	188	2024-06-21	5	68.80	active
9689	189	2024-06-22	6	68.90	active
9690	190	2024-06-23	7	69.00	closed
9691	191	2024-06-24	8	69.10	active
9692	192	2024-06-25	9	69.20	active
9693	193	2024-06-26	1	69.30	closed
9694	194	2024-06-27	2	69.40	active
9695	195	2024-06-28	3	69.50	active
9696	196	2024-06-29	4	69.60	closed
9697	197	2024-06-30	5	69.70	active
9698	198	2024-07-01	6	69.80	active
9699	199	2024-07-02	7	69.90	closed
9700	200	2024-07-03	8	70.00	active
9701	201	2024-07-04	9	70.10	active
9702	202	2024-07-05	1	70.20	closed
9703	203	2024-07-06	2	70.30	active
9704	204	2024-07-07	3	70.40	active
9705	205	2024-07-08	4	70.50	closed
9706	206	2024-07-09	5	70.60	active
9707	207	2024-07-10	6	70.70	active
9708	208	2024-07-11	7	70.80	closed
9709	209	2024-07-12	8	70.90	active
9710	210	2024-07-13	9	71.00	active
9711	211	2024-07-14	1	71.10	closed
9712	212	2024-07-15	2	71.20	active
9713	213	2024-07-16	3	71.30	active
9714	214	2024-07-17	4	71.40	closed
9715	215	2024-07-18	5	71.50	active
9716	216	2024-07-19	6	71.60	active
9717	217	2024-07-20	7	71.70	closed
9718	218	2024-07-21	8	71.80	active
9719	219	2024-07-22	9	71.90	active
9720	220	2024-07-23	1	72.00	closed
9721	221	2024-07-24	2	72.10	active
9722	222	2024-07-25	3	72.20	active
9723	223	2024-07-26	4	72.30	closed
9724	224	2024-07-27	5	72.40	active
9725	225	2024-07-28	6	72.50	active
9726	226	2024-07-29	7	72.60	closed
9727	227	2024-07-30	8	72.70	active
9728	228	2024-07-31	9	72.80	active
9729	229	2024-08-01	1	72.90	closed
9730	230	2024-08-02	2	73.00	active
9731	231	2024-08-03	3	73.10	active
9732	232	2024-08-04	4	73.20	closed
9733	233	2024-08-05	5	73.30	active
9734	234	2024-08-06	6	73.40	active
9735	235	2024-08-07	7	73.50	closed
9736	236	2024-08-08	8	73.60	active
9737	237	2024-08-09	9	73.70	active
9738	238	2024-08-10	1	73.80	closed
9739	239	2024-08-11	2	73.90	active
9740	240	2024-08-12	3	74.00	active
9741	241	2024-08-13	4	74.10	closed
9742	242	2024-08-14	5	74.20	active
9743	243	2024-08-15	6	74.30	active
9744	244	2024-08-16	7	74.40	closed
9745	245	2024-08-17	8	74.50	active
9746	246	2024-08-18	9	74.60	active
9747	247	2024-08-19	1	74.70	closed
9748	248	2024-08-20	2	74.80	active
9749	249	2024-08-21	3	74.90	active
9750	250	2024-08-22	4	75.00	closed
9751	251	2024-08-23	5	75.10	active
9752	252	2024-08-24	6	75.20	active
9753	253	2024-08-25	7	75.30	closed
9754	254	2024-08-26	8	75.40	active
9755	255	2024-08-27	9	75.50	active
9756	256	2024-08-28	1	75.60	closed
9757	257	2024-08-29	2	75.70	active
9758	258	2024-08-30	3	75.80	active
9759	259	2024-08-31	4	75.90	closed
9760	260	2024-09-01	5	76.00	active
9761	261	2024-09-02	6	76.10	active
9762	262	2024-09-03	7	76.20	closed
9763	263	2024-09-04	8	76.30	active
9764	264	2024-09-05	9	76.40	active
9765	265	2024-09-06	1	76.50	closed
9766	266	2024-09-07	2	76.60	active
9767	267	2024-09-08	3	76.70	active
9768	268	2024-09-09	4	76.80	closed
9769	269	2024-09-10	5	76.90	active
9770	270	2024-09-11	6	77.00	active
9771	271	2024-09-12	7	77.10	closed
9772	272	2024-09-13	8	77.20	active
9773	273	2024-09-14	9	77.30	active
9774	274	2024-09-15	1	77.40	closed
9775	275	2024-09-16	2	77.50	active
9776	276	2024-09-17	3	77.60	active
9777	277	2024-09-18	4	77.70	closed
9778	278	2024-09-19	5	77.80	active
9779	279	2024-09-20	6	77.90	active
9780	280	2024-09-21	7	78.00	closed
9781	281	2024-09-22	8	78.10	active
9782	282	2024-09-23	9	78.20	active
9783	283	2024-09-24	1	78.30	closed
9784	284	2024-09-25	2	78.40	active
9785	285	2024-09-26	3	78.50	active
9786	286	2024-09-27	4	78.60	closed
9787	287	2024-09-28	5	78.70	active
9788	288	2024-09-29	6	78.80	active
9789	289	2024-09-30	7	78.90	closed
9790	290	2024-10-01	8	79.00	active
9791	291	2024-10-02	9	79.10	active
9792	292	2024-10-03	1	79.20	closed
9793	293	2024-10-04	2	79.30	active
9794	294	2024-10-05	3	79.40	active
9795	295	2024-10-06	4	79.50	closed
9796	296	2024-10-07	5	79.60	active
9797	297	2024-10-08	6	79.70	active
9798	298	2024-10-09	7	79.80	closed
9799	299	2024-10-10	8	79.90	active
9800	100	2024-10-11	9	80.00	active
9801	101	2024-10-12	1	80.10	closed
9802	102	2024-10-13	2	80.20	active
9803	103	2024-10-14	3	80.30	active
9804	104	2024-10-15	4	80.40	closed
9805	105	2024-10-16	5	80.50	active
9806	106	2024-10-17	6	80.60	active
9807	107	2024-10-18	7	80.70	closed
9808	108	2024-10-19	8	80.80	active
9809	109	2024-10-20	9	80.90	active
9810	110	2024-10-21	1	81.00	closed
9811	111	2024-10-22	2	81.10	active
9812	112	2024-10-23	3	81.20	active
9813	113	2024-10-24	4	81.30	closed
9814	114	2024-10-25	5	81.40	active
9815	115	2024-10-26	6	81.50	active
9816	116	2024-10-27	7	81.60	closed
9817	117	2024-10-28	8	81.70	active
9818	118	2024-10-29	9	81.80	active
9819	119	2024-10-30	1	81.90	closed
9820	120	2024-10-31	2	82.00	active
9821	121	2024-11-01	3	82.10	active
9822	122	2024-11-02	4	82.20	closed
9823	123	2024-11-03	5	82.30	active
9824	124	2024-11-04	6	82.40	active
9825	125	2024-11-05	7	82.50	closed
9826	126	2024-11-06	8	82.60	active
9827	127	2024-11-07	9	82.70	active
9828	128	2024-11-08	1	82.80	closed
9829	129	2024-11-09	2	82.90	active
9830	130	2024-11-10	3	83.00	active
9831	131	2024-11-11	4	83.10	closed
9832	132	2024-11-12	5	83.20	active
9833	133	2024-11-13	6	83.30	active
9834	134	2024-11-14	7	83.40	closed
9835	135	2024-11-15	8	83.50	active
9836	136	2024-11-16	9	83.60	active
9837	137	2024-11-17	1	83.70	closed
9838	138	2024-11-18	2	83.80	active
9839	139	2024-11-19	3	83.90	active
9840	140	2024-11-20	4	84.00	closed
9841	141	2024-11-21	5	84.10	active
9842	142	2024-11-22	6	84.20	active
9843	143	2024-11-23	7	84.30	closed
9844	144	2024-11-24	8	84.40	active
9845	145	2024-11-25	9	84.50	active
9846	146	2024-11-26	1	84.60	closed
9847	147	2024-11-27	2	84.70	active
9848	148	2024-11-28	3	84.80	active
9849	149	2024-11-29	4	84.90	closed
9850	150	2024-11-30	5	85.00	active
9851	151	2024-12-01	6	85.10	active
9852	152	2024-12-02	7	85.20	closed
9853	153	2024-12-03	8	85.30	active
9854	154	2024-12-04	9	85.40	active
9855	155	2024-12-05	1	85.50	closed
9856	156	2024-12-06	2	85.60	active
9857	157	2024-12-07	3	85.70	active
9858	158	2024-12-08	4	85.80	closed
9859	159	2024-12-09	5	85.90	active
9860	160	2024-12-10	6	86.00	active
9861	161	2024-12-11	7	86.10	closed
9862	162	2024-12-12	8	86.20	active
9863	163	2024-12-13	9	86.30	active
9864	164	2024-12-14	1	86.40	closed
9865	165	2024-12-15	2	86.50	active
9866	166	2024-12-16	3	86.60	active
9867	167	2024-12-17	4	86.70	closed
9868	168	2024-12-18	5	86.80	active
9869	169	2024-12-19	6	86.90	active
9870	170	2024-12-20	7	87.00	closed
9871	171	2024-12-21	8	87.10	active
9872	172	2024-12-22	9	87.20	active
9873	173	2024-12-23	1	87.30	closed
9874	174	2024-12-24	2	87.40	active
9875	175	2024-12-25	3	87.50	active
9876	176	2024-12-26	4	87.60	closed
9877	177	2024-12-27	5	87.70	active
9878	178	2024-12-28	6	87.80	active
9879	179	2024-12-29	7	87.90	closed
9880	180	2024-12-30	8	88.00	active
9881	181	2024-12-31	9	88.10	active
9882	182	2024-01-01	1	88.20	closed
9883	183	2024-01-02	2	88.30	active
9884	184	2024-01-03	3	88.40	active
9885	185	2024-01-04	4	88.50	closed
9886	186	2024-01-05	5	88.60	active
9887	187	2024-01-06	6	88.70	active
9888	188	2024-01-07	7	88.80	closed
9889	189	2024-01-08	8	88.90	active
9890	190	2024-01-09	9	89.00	active
9891	191	2024-01-10	1	89.10	closed
9892	192	2024-01-11	2	89.20	active
9893	193	2024-01-12	3	89.30	active
9894	194	2024-01-13	4	89.40	closed
9895	195	2024-01-14	5	89.50	active
9896	196	2024-01-15	6	89.60	active
9897	197	2024-01-16	7	89.70	closed
9898	198	2024-01-17	8	89.80	active
9899	199	2024-01-18	9	89.90	active
9900	200	2024-01-19	1	90.00	closed
9901	201	2024-01-20	2	90.10	active
9902	202	2024-01-21	3	90.20	active
9903	203	2024-01-22	4	90.30	closed
9904	204	2024-01-23	5	90.40	active
9905	205	2024-01-24	6	90.50	active
9906	206	2024-01-25	7	90.60	closed
9907	207	2024-01-26	8	90.70	active
9908	208	2024-01-27	9	90.80	active
9909	209	2024-01-28	1	90.90	closed
9910	210	2024-01-29	2	91.00	active
9911	211	2024-01-30	3	91.10	active
9912	212	2024-01-31	4	91.20	closed
9913	213	2024-02-01	5	91.30	active
9914	214	2024-02-02	6	91.40	active
9915	215	2024-02-03	7	91.50	closed
9916	216	2024-02-04	8	91.60	active
9917	217	2024-02-05	9	91.70	active
9918	218	2024-02-06	1	91.80	closed
9919	219	2024-02-07	2	91.90	active
9920	220	2024-02-08	3	92.00	active
9921	221	2024-02-09	4	92.10	closed
9922	222	2024-02-10	5	92.20	active
9923	223	2024-02-11	6	92.30	active
9924	224	2024-02-12	7	92.40	closed
9925	225	2024-02-13	8	92.50	active
9926	226	2024-02-14	9	92.60	active
9927	227	2024-02-15	1	92.70	closed
9928	228	2024-02-16	2	92.80	active
9929	229	2024-02-17	3	92.90	active
9930	230	2024-02-18	4	93.00	closed
9931	231	2024-02-19	5	93.10	active
9932	232	2024-02-20	6	93.20	active
9933	233	2024-02-21	7	93.30	closed
9934	234	2024-02-22	8	93.40	active
9935	235	2024-02-23	9	93.50	active
9936	236	2024-02-24	1	93.60	closed
9937	237	2024-02-25	2	93.70	active
9938	238	2024-02-26	3	93.80	active
9939	239	2024-02-27	4	93.90	closed
9940	240	2024-02-28	5	94.00	active
9941	241	2024-02-29	6	94.10	active
9942	242	2024-03-01	7	94.20	closed
9943	243	2024-03-02	8	94.30	active
9944	244	2024-03-03	9	94.40	active
9945	245	2024-03-04	1	94.50	closed
9946	246	2024-03-05	2	94.60	active
9947	247	2024-03-06	3	94.70	active
9948	248	2024-03-07	4	94.80	closed
9949	249	2024-03-08	5	94.90	active
9950	250	2024-03-09	6	95.00	active
9951	251	2024-03-10	7	95.10	closed
9952	252	2024-03-11	8	95.20	active
9953	253	2024-03-12	9	95.30	active
9954	254	2024-03-13	1	95.40	closed
9955	255	2024-03-14	2	95.50	active
9956	256	2024-03-15	3	95.60	active
9957	257	2024-03-16	4	95.70	closed
9958	258	2024-03-17	5	95.80	active
9959	259	2024-03-18	6	95.90	active
9960	260	2024-03-19	7	96.00	closed
9961	261	2024-03-20	8	96.10	active
9962	262	2024-03-21	9	96.20	active
9963	263	2024-03-22	1	96.30	closed
9964	264	2024-03-23	2	96.40	active
9965	265	2024-03-24	3	96.50	active
9966	266	2024-03-25	4	96.60	closed
9967	267	2024-03-26	5	96.70	active
9968	268	2024-03-27	6	96.80	active
9969	269	2024-03-28	7	96.90	closed
9970	270	2024-03-29	8	97.00	active
9971	271	2024-03-30	9	97.10	active
9972	272	2024-03-31	1	97.20	closed
9973	273	2024-04-01	2	97.30	active
9974	274	2024-04-02	3	97.40	active
9975	275	2024-04-03	4	97.50	closed
9976	276	2024-04-04	5	97.60	active
9977	277	2024-04-05	6	97.70	active
9978	278	2024-04-06	7	97.80	closed
9979	279	2024-04-07	8	97.90	active
9980	280	2024-04-08	9	98.00	active
9981	281	2024-04-09	1	98.10	closed
9982	282	2024-04-10	2	98.20	active
9983	283	2024-04-11	3	98.30	active
9984	284	2024-04-12	4	98.40	closed
9985	285	2024-04-13	5	98.50	active
9986	286	2024-04-14	6	98.60	active
9987	287	2024-04-15	7	98.70	closed
9988	288	2024-04-16	8	98.80	active
9989	289	2024-04-17	9	98.90	active
9990	290	2024-04-18	1	99.00	closed
9991	291	2024-04-19	2	99.10	active
9992	292	2024-04-20	3	99.20	active
9993	293	2024-04-21	4	99.30	closed
9994	294	2024-04-22	5	99.40	active
9995	295	2024-04-23	6	99.50	active
9996	296	2024-04-24	7	99.60	closed
9997	297	2024-04-25	8	99.70	active
9998	298	2024-04-26	9	99.80	active
9999	299	2024-04-27	1	99.90	closed
10000	100	2024-04-28	2	0.00	active
10001	101	2024-04-29	3	0.10	active
10002	102	2024-04-30	4	0.20	closed
10003	103	2024-05-01	5	0.30	active
10004	104	2024-05-02	6	0.40	active
10005	105	2024-05-03	7	0.50	closed
10006	106	2024-05-04	8	0.60	active
10007	107	2024-05-05	9	0.70	active
10008	108	2024-05-06	1	0.80	closed
10009	109	2024-05-07	2	0.90	active
10010	110	2024-05-08	3	1.00	active
10011	111	2024-05-09	4	1.10	closed
10012	112	2024-05-10	5	1.20	active
10013	113	2024-05-11	6	1.30	active
10014	114	2024-05-12	7	1.40	closed
10015	115	2024-05-13	8	1.50	active
10016	116	2024-05-14	9	1.60	active
10017	117	2024-05-15	1	1.70	closed
10018	118	2024-05-16	2	1.80	active
10019	119	2024-05-17	3	1.90	active
10020	120	2024-05-18	4	2.00	closed
10021	121	2024-05-19	5	2.10	active
10022	122	2024-05-20	6	2.20	active
10023	123	2024-05-21	7	2.30	closed
10024	124	2024-05-22	8	2.40	active
10025	125	2024-05-23	9	2.50	active
10026	126	2024-05-24	1	2.60	closed
10027	127	2024-05-25	2	2.70	active
10028	128	2024-05-26	3	2.80	active
10029	129	2024-05-27	4	2.90	closed
10030	130	2024-05-28	5	3.00	active
10031	131	2024-05-29	6	3.10	active
10032	132	2024-05-30	7	3.20	closed
10033	133	2024-05-31	8	3.30	active
10034	134	2024-06-01	9	3.40	active
10035	135	2024-06-02	1	3.50	closed
10036	136	2024-06-03	2	3.60	active
10037	137	2024-06-04	3	3.70	active
10038	138	2024-06-05	4	3.80	closed
10039	139	2024-06-06	5	3.90	active
10040	140	2024-06-07	6	4.00	active
10041	141	2024-06-08	7	4.10	closed
10042	142	2024-06-09	8	4.20	active
10043	143	2024-06-10	9	4.30	active
10044	144	2024-06-11	1	4.40	closed
10045	145	2024-06-12	2	4.50	active
10046	146	2024-06-13	3	4.60	active
10047	147	2024-06-14	4	4.70	closed
10048	148	2024-06-15	5	4.80	active
10049	149	2024-06-16	6	4.90	active
10050	150	2024-06-17	7	5.00	closed
10051	151	2024-06-18	8	5.10	active
10052	152	2024-06-19	9	5.20	active
10053	153	2024-06-20	1	5.30	closed
10054	154	2024-06-21	2	5.40	active
10055	155	2024-06-22	3	5.50	active
10056	156	2024-06-23	4	5.60	closed
10057	157	2024-06-24	5	5.70	active
10058	158	2024-06-25	6	5.80	active
10059	159	2024-06-26	7	5.90	closed
10060	160	2024-06-27	8	6.00	active
10061	161	2024-06-28	9	6.10	active
10062	162	2024-06-29	1	6.20	closed
10063	163	2024-06-30	2	6.30	active
10064	164	2024-07-01	3	6.40	active
10065	165	2024-07-02	4	6.50	closed
10066	166	2024-07-03	5	6.60	active
10067	167	2024-07-04	6	6.70	active
10068	168	2024-07-05	7	6.80	closed
10069	169	2024-07-06	8	6.90	active
10070	170	2024-07-07	9	7.00	active
10071	171	2024-07-08	1	7.10	closed
10072	172	2024-07-09	2	7.20	active
10073	173	2024-07-10	3	7.30	active
10074	174	2024-07-11	4	7.40	closed
10075	175	2024-07-12	5	7.50	active
10076	176	2024-07-13	6	7.60	active
10077	177	2024-07-14	7	7.70	closed
10078	178	2024-07-15	8	7.80	active
10079	179	2024-07-16	9	7.90	active
10080	180	2024-07-17	1	8.00	closed
10081	181	2024-07-18	2	8.10	active
10082	182	2024-07-19	3	8.20	active
10083	183	2024-07-20	4	8.30	closed
10084	184	2024-07-21	5	8.40	active
10085	185	2024-07-22	6	8.50	active
10086	186	2024-07-23	7	8.60	closed
10087	187	2024-07-24	8	8.70	active
10088	188	2024-07-25	9	8.80	active
10089	189	2024-07-26	1	8.90	closed
10090	190	2024-07-27	2	9.00	active
10091	191	2024-07-28	3	9.10	active
10092	192	2024-07-29	4	9.20	closed
10093	193	2024-07-30	5	9.30	active
10094	194	2024-07-31	6	9.40	active
10095	195	2024-08-01	7	9.50	closed
10096	196	2024-08-02	8	9.60	active
10097	197	2024-08-03	9	9.70	active
10098	198	2024-08-04	1	9.80	closed
10099	199	2024-08-05	2	9.90	active
10100	200	2024-08-06	3	10.00	active
10101	201	2024-08-07	4	10.10	closed
10102	202	2024-08-08	5	10.20	active
10103	203	2024-08-09	6	10.30	active
10104	204	2024-08-10	7	10.40	closed
10105	205	2024-08-11	8	10.50	active
10106	206	2024-08-12	9	10.60	active
10107	207	2024-08-13	1	10.70	closed
10108	208	2024-08-14	2	10.80	active
10109	209	2024-08-15	3	10.90	active
10110	210	2024-08-16	4	11.00	closed
10111	211	2024-08-17	5	11.10	active
10112	212	2024-08-18	6	11.20	active
10113	213	2024-08-19	7	11.30	closed
10114	214	2024-08-20	8	11.40	active
10115	215	2024-08-21	9	11.50	active
10116	216	2024-08-22	1	11.60	closed
10117	217	2024-08-23	2	11.70	active
10118	218	2024-08-24	3	11.80	active
10119	219	2024-08-25	4	11.90	closed
10120	220	2024-08-26	5	12.00	active
10121	221	2024-08-27	6	12.10	active
10122	222	2024-08-28	7	12.20	closed
10123	223	2024-08-29	8	12.30	active
10124	224	2024-08-30	9	12.40	active
10125	225	2024-08-31	1	12.50	closed
10126	226	2024-09-01	2	12.60	active
10127	227	2024-09-02	3	12.70	active
10128	228	2024-09-03	4	12.80	closed
10129	229	2024-09-04	5	12.90	active
10130	230	2024-09-05	6	13.00	active
10131	231	2024-09-06	7	13.10	closed
10132	232	2024-09-07	8	13.20	active
10133	233	2024-09-08	9	13.30	active
10134	234	2024-09-09	1	13.40	closed
10135	235	2024-09-10	2	13.50	active
10136	236	2024-09-11	3	13.60	active
10137	237	2024-09-12	4	13.70	closed
10138	238	2024-09-13	5	13.80	active
10139	239	2024-09-14	6	13.90	active
10140	240	2024-09-15	7	14.00	closed
10141	241	2024-09-16	8	14.10	active
10142	242	2024-09-17	9	14.20	active
10143	243	2024-09-18	1	14.30	closed
10144	244	2024-09-19	2	14.40	active
10145	245	2024-09-20	3	14.50	active
10146	246	2024-09-21	4	14.60	closed
10147	247	2024-09-22	5	14.70	active
10148	248	2024-09-23	6	14.80	active
10149	249	2024-09-24	7	14.90	closed
10150	250	2024-09-25	8	15.00	active
10151	251	2024-09-26	9	15.10	active
10152	252	2024-09-27	1	15.20	closed
10153	253	2024-09-28	2	15.30	active
10154	254	2024-09-29	3	15.40	active
10155	255	2024-09-30	4	15.50	closed
10156	256	2024-10-01	5	15.60	active
10157	257	2024-10-02	6	15.70	active
10158	258	2024-10-03	7	15.80	closed
10159	259	2024-10-04	8	15.90	active
10160	260	2024-10-05	9	16.00	active
10161	261	2024-10-06	1	16.10	closed
10162	262	2024-10-07	2	16.20	active
10163	263	2024-10-08	3	16.30	active
10164	264	2024-10-09	4	16.40	closed
10165	265	2024-10-10	5	16.50	active
10166	266	2024-10-11	6	16.60	active
10167	267	2024-10-12	7	16.70	closed
10168	268	2024-10-13	8	16.80	active
10169	269	2024-10-14	9	16.90	active
10170	270	2024-10-15	1	17.00	closed
10171	271	2024-10-16	2	17.10	active
10172	272	2024-10-17	3	17.20	active
10173	273	2024-10-18	4	17.30	closed
10174	274	2024-10-19	5	17.40	active
10175	275	2024-10-20	6	17.50	active
10176	276	2024-10-21	7	17.60	closed
10177	277	2024-10-22	8	17.70	active
10178	278	2024-10-23	9	17.80	active
10179	279	2024-10-24	1	17.90	closed
10180	280	2024-10-25	2	18.00	active
10181	281	2024-10-26	3	18.10	active
10182	282	2024-10-27	4	18.20	closed
10183	283	2024-10-28	5	18.30	active
10184	284	2024-10-29	6	18.40	active
10185	285	2024-10-30	7	18.50	closed
10186	286	2024-10-31	8	18.60	active
10187	287	2024-11-01	9	18.70	active
10188	288	2024-11-02	1	18.80	closed
10189	289	2024-11-03	2	18.90	active
10190	290	2024-11-04	3	19.00	active
10191	291	2024-11-05	4	19.10	closed
10192	292	2024-11-06	5	19.20	active
10193	293	2024-11-07	6	19.30	active
10194	294	2024-11-08	7	19.40	closed
10195	295	2024-11-09	8	19.50	active
10196	296	2024-11-10	9	19.60	active
10197	297	2024-11-11	1	19.70	closed
10198	298	2024-11-12	2	19.80	active
10199	299	2024-11-13	3	19.90	active
10200	100	2024-11-14	4	20.00	closed
10201	101	2024-11-15	5	20.10	active
10202	102	2024-11-16	6	20.20	active
10203	103	2024-11-17	7	20.30	closed
10204	104	2024-11-18	8	20.40	active
10205	105	2024-11-19	9	20.50	active
10206	106	2024-11-20	1	20.60	closed
10207	107	2024-11-21	2	20.70	active
10208	108	2024-11-22	3	20.80	active
10209	109	2024-11-23	4	20.90	closed
10210	110	2024-11-24	5	21.00	active
10211	111	2024-11-25	6	21.10	active
10212	112	2024-11-26	7	21.20	closed
10213	113	2024-11-27	8	21.30	active
10214	114	2024-11-28	9	21.40	active
10215	115	2024-11-29	1	21.50	closed
10216	116	2024-11-30	2	21.60	active
10217	117	2024-12-01	3	21.70	active
10218	118	2024-12-02	4	21.80	closed
10219	119	2024-12-03	5	21.90	active
10220	120	2024-12-04	6	22.00	active
10221	121	2024-12-05	7	22.10	closed
10222	122	2024-12-06	8	22.20	active
10223	123	2024-12-07	9	22.30	active
10224	124	2024-12-08	1	22.40	closed
10225	125	2024-12-09	2	22.50	active
10226	126	2024-12-10	3	22.60	active
10227	127	2024-12-11	4	22.70	closed
10228	128	2024-12-12	5	22.80	active
10229	129	2024-12-13	6	22.90	active
10230	130	2024-12-14	7	23.00	closed
10231	131	2024-12-15	8	23.10	active
10232	132	2024-12-16	9	23.20	active
10233	133	2024-12-17	1	23.30	closed
10234	134	2024-12-18	2	23.40	active
10235	135	2024-12-19	3	23.50	active
10236	136	2024-12-20	4	23.60	closed
10237	137	2024-12-21	5	23.70	active
10238	138	2024-12-22	6	23.80	active
10239	139	2024-12-23	7	23.90	closed
10240	140	2024-12-24	8	24.00	active
10241	141	2024-12-25	9	24.10	active
10242	142	2024-12-26	1	24.20	closed
10243	143	2024-12-27	2	24.30	active
10244	144	2024-12-28	3	24.40	active
10245	145	2024-12-29	4	24.50	closed
10246	146	2024-12-30	5	24.60	active
10247	147	2024-12-31	6	24.70	active
10248	148	2024-01-01	7	24.80	closed
10249	149	2024-01-02	8	24.90	active
10250	150	2024-01-03	9	25.00	active
10251	151	2024-01-04	1	25.10	closed
10252	152	2024-01-05	2	25.20	active
10253	153	2024-01-06	3	25.30	active
10254	154	2024-01-07	4	25.40	closed
10255	155	2024-01-08	5	25.50	active
10256	156	2024-01-09	6	25.60	active
10257	157	2024-01-10	7	25.70	closed
10258	158	2024-01-11	8	25.80	active
10259	159	2024-01-12	9	25.90	active
10260	160	2024-01-13	1	26.00	closed
10261	161	2024-01-14	2	26.10	active
10262	162	2024-01-15	3	26.20	active
10263	163	2024-01-16	4	26.30	closed
10264	164	2024-01-17	5	26.40	active
10265	165	2024-01-18	6	26.50	active
10266	166	2024-01-19	7	26.60	closed
10267	167	2024-01-20	8	26.70	active
10268	168	2024-01-21	9	26.80	active
10269	169	2024-01-22	1	26.90	closed
10270	170	2024-01-23	2	27.00	active
10271	171	2024-01-24	3	27.10	active
10272	172	2024-01-25	4	27.20	closed
10273	173	2024-01-26	5	27.30	active
10274	174	2024-01-27	6	27.40	active
10275	175	2024-01-28	7	27.50	closed
10276	176	2024-01-29	8	27.60	active
10277	177	2024-01-30	9	27.70	active
10278	178	2024-01-31	1	27.80	closed
10279	179	2024-02-01	2	27.90	active
10280	180	2024-02-02	3	28.00	active
10281	181	2024-02-03	4	28.10	closed
10282	182	2024-02-04	5	28.20	active
10283	183	2024-02-05	6	28.30	active
10284	184	2024-02-06	7	28.40	closed
10285	185	2024-02-07	8	28.50	active
10286	186	2024-02-08	9	28.60	active
10287	187	2024-02-09	1	28.70	closed
10288	188	2024-02-10	2	28.80	active
10289	189	2024-02-11	3	28.90	active
10290	190	2024-02-12	4	29.00	closed
10291	191	2024-02-13	5	29.10	active
10292	192	2024-02-14	6	29.20	active
10293	193	2024-02-15	7	29.30	closed
10294	194	2024-02-16	8	29.40	active
10295	195	2024-02-17	9	29.50	active
10296	196	2024-02-18	1	29.60	closed
10297	197	2024-02-19	2	29.70	active
10298	198	2024-02-20	3	29.80	active
10299	199	2024-02-21	4	29.90	closed
10300	200	2024-02-22	5	30.00	active
10301	201	2024-02-23	6	30.10	active
10302	202	2024-02-24	7	30.20	closed
10303	203	2024-02-25	8	30.30	active
10304	204	2024-02-26	9	30.40	active
10305	205	2024-02-27	1	30.50	closed
10306	206	2024-02-28	2	30.60	active
10307	207	2024-02-29	3	30.70	active
10308	208	2024-03-01	4	30.80	closed
10309	209	2024-03-02	5	30.90	active
10310	210	2024-03-03	6	31.00	active
10311	211	2024-03-04	7	31.10	closed
10312	212	2024-03-05	8	31.20	active
10313	213	2024-03-06	9	31.30	active
10314	214	2024-03-07	1	31.40	closed
10315	215	2024-03-08	2	31.50	active
10316	216	2024-03-09	3	31.60	active
10317	217	2024-03-10	4	31.70	closed
10318	218	2024-03-11	5	31.80	active
10319	219	2024-03-12	6	31.90	active
10320	220	2024-03-13	7	32.00	closed
10321	221	2024-03-14	8	32.10	active
10322	222	2024-03-15	9	32.20	active
10323	223	2024-03-16	1	32.30	closed
10324	224	2024-03-17	2	32.40	active
10325	225	2024-03-18	3	32.50	active
10326	226	2024-03-19	4	32.60	closed
10327	227	2024-03-20	5	32.70	active
10328	228	2024-03-21	6	32.80	active
10329	229	2024-03-22	7	32.90	closed
10330	230	2024-03-23	8	33.00	active
10331	231	2024-03-24	9	33.10	active
10332	232	2024-03-25	1	33.20	closed
10333	233	2024-03-26	2	33.30	active
10334	234	2024-03-27	3	33.40	active
10335	235	2024-03-28	4	33.50	closed
10336	236	2024-03-29	5	33.60	active
10337	237	2024-03-30	6	33.70	active
10338	238	2024-03-31	7	33.80	closed
10339	239	2024-04-01	8	33.90	active
10340	240	2024-04-02	9	34.00	active
10341	241	2024-04-03	1	34.10	closed
10342	242	2024-04-04	2	34.20	active
10343	243	2024-04-05	3	34.30	active
10344	244	2024-04-06	4	34.40	closed
10345	245	2024-04-07	5	34.50	active
10346	246	2024-04-08	6	34.60	active
10347	247	2024-04-09	7	34.70	closed
10348	248	2024-04-10	8	34.80	active
10349	249	2024-04-11	9	34.90	active
10350	250	2024-04-12	1	35.00	closed
10351	251	2024-04-13	2	35.10	active
10352	252	2024-04-14	3	35.20	active
10353	253	2024-04-15	4	35.30	closed
10354	254	2024-04-16	5	35.40	active
10355	255	2024-04-17	6	35.50	active
10356	256	2024-04-18	7	35.60	closed
10357	257	2024-04-19	8	35.70	active
10358	258	2024-04-20	9	35.80	active
10359	259	2024-04-21	1	35.90	closed
10360	260	2024-04-22	2	36.00	active
10361	261	2024-04-23	3	36.10	active
10362	262	2024-04-24	4	36.20	closed
10363	263	2024-04-25	5	36.30	active
10364	264	2024-04-26	6	36.40	active
10365	265	2024-04-27	7	36.50	closed
10366	266	2024-04-28	8	36.60	active
10367	267	2024-04-29	9	36.70	active
10368	268	2024-04-30	1	36.80	closed
10369	269	2024-05-01	2	36.90	active
10370	270	2024-05-02	3	37.00	active
10371	271	2024-05-03	4	37.10	closed
10372	272	2024-05-04	5	37.20	active
10373	273	2024-05-05	6	37.30	active
10374	274	2024-05-06	7	37.40	closed
10375	275	2024-05-07	8	37.50	active
10376	276	2024-05-08	9	37.60	active
10377	277	2024-05-09	1	37.70	closed
10378	278	2024-05-10	2	37.80	active
10379	279	2024-05-11	3	37.90	active
10380	280	2024-05-12	4	38.00	closed
10381	281	2024-05-13	5	38.10	active
10382	282	2024-05-14	6	38.20	active
10383	283	2024-05-15	7	38.30	closed
10384	284	2024-05-16	8	38.40	active
10385	285	2024-05-17	9	38.50	active
10386	286	2024-05-18	1	38.60	closed
10387	287	2024-05-19	2	38.70	active
10388	288	2024-05-20	3	38.80	active
10389	289	2024-05-21	4	38.90	closed
10390	290	2024-05-22	5	39.00	active
10391	291	2024-05-23	6	39.10	active
10392	292	2024-05-24	7	39.20	closed
10393	293	2024-05-25	8	39.30	active
10394	294	2024-05-26	9	39.40	active
10395	295	2024-05-27	1	39.50	closed
10396	296	2024-05-28	2	39.60	active
10397	297	2024-05-29	3	39.70	active
10398	298	2024-05-30	4	39.80	closed
10399	299	2024-05-31	5	39.90	active
10400	100	2024-06-01	6	40.00	active
10401	101	2024-06-02	7	40.10	closed
10402	102	2024-06-03	8	40.20	active
10403	103	2024-06-04	9	40.30	active
10404	104	2024-06-05	1	40.40	closed
10405	105	2024-06-06	2	40.50	active
10406	106	2024-06-07	3	40.60	active
10407	107	2024-06-08	4	40.70	closed
10408	108	2024-06-09	5	40.80	active
10409	109	2024-06-10	6	40.90	active
10410	110	2024-06-11	7	41.00	closed
10411	111	2024-06-12	8	41.10	active
10412	112	2024-06-13	9	41.20	active
10413	113	2024-06-14	1	41.30	closed
10414	114	2024-06-15	2	41.40	active
10415	115	2024-06-16	3	41.50	active
10416	116	2024-06-17	4	41.60	closed
10417	117	2024-06-18	5	41.70	active
10418	118	2024-06-19	6	41.80	active
10419	119	2024-06-20	7	41.90	closed
10420	120	2024-06-21	8	42.00	active
10421	121	2024-06-22	9	42.10	active
10422	122	2024-06-23	1	42.20	closed
10423	123	2024-06-24	2	42.30	active
10424	124	2024-06-25	3	42.40	active
10425	125	2024-06-26	4	42.50	closed
10426	126	2024-06-27	5	42.60	active
10427	127	2024-06-28	6	42.70	active
10428	128	2024-06-29	7	42.80	closed
10429	129	2024-06-30	8	42.90	active
10430	130	2024-07-01	9	43.00	active
10431	131	2024-07-02	1	43.10	closed
10432	132	2024-07-03	2	43.20	active
10433	133	2024-07-04	3	43.30	active
10434	134	2024-07-05	4	43.40	closed
10435	135	2024-07-06	5	43.50	active
10436	136	2024-07-07	6	43.60	active
10437	137	2024-07-08	7	43.70	closed
10438	138	2024-07-09	8	43.80	active
10439	139	2024-07-10	9	43.90	active
10440	140	2024-07-11	1	44.00	closed
10441	141	2024-07-12	2	44.10	active
10442	142	2024-07-13	3	44.20	active
10443	143	2024-07-14	4	44.30	closed
10444	144	2024-07-15	5	44.40	active
10445	145	2024-07-16	6	44.50	active
10446	146	2024-07-17	7	44.60	closed
10447	147	2024-07-18	8	44.70	active
10448	148	2024-07-19	9	44.80	active
10449	149	2024-07-20	1	44.90	closed
10450	150	2024-07-21	2	45.00	active
10451	151	2024-07-22	3	45.10	active
10452	152	2024-07-23	4	45.20	closed
10453	153	2024-07-24	5	45.30	active
10454	154	2024-07-25	6	45.40	active
10455	155	2024-07-26	7	45.50	closed
10456	156	2024-07-27	8	45.60	active
10457	157	2024-07-28	9	45.70	active
10458	158	2024-07-29	1	45.80	closed
10459	159	2024-07-30	2	45.90	active
10460	160	2024-07-31	3	46.00	active
10461	161	2024-08-01	4	46.10	closed
10462	162	2024-08-02	5	46.20	active
10463	163	2024-08-03	6	46.30	active
10464	164	2024-08-04	7	46.40	closed
10465	165	2024-08-05	8	46.50	active
10466	166	2024-08-06	9	46.60	active
10467	167	2024-08-07	1	46.70	closed
10468	168	2024-08-08	2	46.80	active
10469	169	2024-08-09	3	46.90	active
10470	170	2024-08-10	4	47.00	closed
10471	171	2024-08-11	5	47.10	active
10472	172	2024-08-12	6	47.20	active
10473	173	2024-08-13	7	47.30	closed
10474	174	2024-08-14	8	47.40	active
10475	175	2024-08-15	9	47.50	active
10476	176	2024-08-16	1	47.60	closed
10477	177	2024-08-17	2	47.70	active
10478	178	2024-08-18	3	47.80	active
10479	179	2024-08-19	4	47.90	closed
10480	180	2024-08-20	5	48.00	active
10481	181	2024-08-21	6	48.10	active
10482	182	2024-08-22	7	48.20	closed
10483	183	2024-08-23	8	48.30	active
10484	184	2024-08-24	9	48.40	active
10485	185	2024-08-25	1	48.50	closed
10486	186	2024-08-26	2	48.60	active
10487	187	2024-08-27	3	48.70	active
10488	188	2024-08-28	4	48.80	closed
10489	189	2024-08-29	5	48.90	active
10490	190	2024-08-30	6	49.00	active
10491	191	2024-08-31	7	49.10	closed
10492	192	2024-09-01	8	49.20	active
10493	193	2024-09-02	9	49.30	active
10494	194	2024-09-03	1	49.40	closed
10495	195	2024-09-04	2	49.50	active
10496	196	2024-09-05	3	49.60	active
10497	197	2024-09-06	4	49.70	closed
10498	198	2024-09-07	5	49.80	active
10499	199	2024-09-08	6	49.90	active
10500	200	2024-09-09	7	50.00	closed
10501	201	2024-09-10	8	50.10	active
10502	202	2024-09-11	9	50.20	active
10503	203	2024-09-12	1	50.30	closed
10504	204	2024-09-13	2	50.40	active
10505	205	2024-09-14	3	50.50	active
10506	206	2024-09-15	4	50.60	closed
10507	207	2024-09-16	5	50.70	active
10508	208	2024-09-17	6	50.80	active
10509	209	2024-09-18	7	50.90	closed
10510	210	2024-09-19	8	51.00	active
10511	211	2024-09-20	9	51.10	active
10512	212	2024-09-21	1	51.20	closed
10513	213	2024-09-22	2	51.30	active
10514	214	2024-09-23	3	51.40	active
10515	215	2024-09-24	4	51.50	closed
10516	216	2024-09-25	5	51.60	active
10517	217	2024-09-26	6	51.70	active
10518	218	2024-09-27	7	51.80	closed
10519	219	2024-09-28	8	51.90	active
10520	220	2024-09-29	9	52.00	active
10521	221	2024-09-30	1	52.10	closed
10522	222	2024-10-01	2	52.20	active
10523	223	2024-10-02	3	52.30	active
10524	224	2024-10-03	4	52.40	closed
10525	225	2024-10-04	5	52.50	active
10526	226	2024-10-05	6	52.60	active
10527	227	2024-10-06	7	52.70	closed
10528	228	2024-10-07	8	52.80	active
10529	229	2024-10-08	9	52.90	active
10530	230	2024-10-09	1	53.00	closed
10531	231	2024-10-10	2	53.10	active
10532	232	2024-10-11	3	53.20	active
10533	233	2024-10-12	4	53.30	closed
10534	234	2024-10-13	5	53.40	active
10535	235	2024-10-14	6	53.50	active
10536	236	2024-10-15	7	53.60	closed
10537	237	2024-10-16	8	53.70	active
10538	238	2024-10-17	9	53.80	active
10539	239	2024-10-18	1	53.90	closed
10540	240	2024-10-19	2	54.00	active
10541	241	2024-10-20	3	54.10	active
10542	242	2024-10-21	4	54.20	closed
10543	243	2024-10-22	5	54.30	active
10544	244	2024-10-23	6	54.40	active
10545	245	2024-10-24	7	54.50	closed
10546	246	2024-10-25	8	54.60	active
10547	247	2024-10-26	9	54.70	active
10548	248	2024-10-27	1	54.80	closed
10549	249	2024-10-28	2	54.90	active
10550	250	2024-10-29	3	55.00	active
10551	251	2024-10-30	4	55.10	closed
10552	252	2024-10-31	5	55.20	active
10553	253	2024-11-01	6	55.30	active
10554	254	2024-11-02	7	55.40	closed
10555	255	2024-11-03	8	55.50	active
10556	256	2024-11-04	9	55.60	active
10557	257	2024-11-05	1	55.70	closed
10558	258	2024-11-06	2	55.80	active
10559	259	2024-11-07	3	55.90	active
10560	260	2024-11-08	4	56.00	closed
10561	261	2024-11-09	5	56.10	active
10562	262	2024-11-10	6	56.20	active
10563	263	2024-11-11	7	56.30	closed
10564	264	2024-11-12	8	56.40	active
10565	265	2024-11-13	9	56.50	active
10566	266	2024-11-14	1	56.60	closed
10567	267	2024-11-15	2	56.70	active
10568	268	2024-11-16	3	56.80	active
10569	269	2024-11-17	4	56.90	closed
10570	270	2024-11-18	5	57.00	active
10571	271	2024-11-19	6	57.10	active
10572	272	2024-11-20	7	57.20	closed
10573	273	2024-11-21	8	57.30	active
10574	274	2024-11-22	9	57.40	active
10575	275	2024-11-23	1	57.50	closed
10576	276	2024-11-24	2	57.60	active
10577	277	2024-11-25	3	57.70	active
10578	278	2024-11-26	4	57.80	closed
10579	279	2024-11-27	5	57.90	active
10580	280	2024-11-28	6	58.00	active
10581	281	2024-11-29	7	58.10	closed
10582	282	2024-11-30	8	58.20	active
10583	283	2024-12-01	9	58.30	active
10584	284	2024-12-02	1	58.40	closed
10585	285	2024-12-03	2	58.50	active
10586	286	2024-12-04	3	58.60	active
10587	287	2024-12-05	4	58.70	closed
10588	288	2024-12-06	5	58.80	active
10589	289	2024-12-07	6	58.90	active
10590	290	2024-12-08	7	59.00	closed
10591	291	2024-12-09	8	59.10	active
10592	292	2024-12-10	9	59.20	active
10593	293	2024-12-11	1	59.30	closed
10594	294	2024-12-12	2	59.40	active
10595	295	2024-12-13	3	59.50	active
10596	296	2024-12-14	4	59.60	closed
10597	297	2024-12-15	5	59.70	active
10598	298	2024-12-16	6	59.80	active
10599	299	2024-12-17	7	59.90	closed
10600	100	2024-12-18	8	60.00	active
10601	101	2024-12-19	9	60.10	active
10602	102	2024-12-20	1	60.20	closed
10603	103	2024-12-21	2	60.30	active
10604	104	2024-12-22	3	60.40	active
10605	105	2024-12-23	4	60.50	closed
10606	106	2024-12-24	5	60.60	active
10607	107	2024-12-25	6	60.70	active
10608	108	2024-12-26	7	60.80	closed
10609	109	2024-12-27	8	60.90	active
10610	110	2024-12-28	9	61.00	active
10611	111	2024-12-29	1	61.10	closed
10612	112	2024-12-30	2	61.20	active
10613	113	2024-12-31	3	61.30	active
10614	114	2024-01-01	4	61.40	closed
10615	115	2024-01-02	5	61.50	active
10616	116	2024-01-03	6	61.60	active
10617	117	2024-01-04	7	61.70	closed
10618	118	2024-01-05	8	61.80	active
10619	119	2024-01-06	9	61.90	active
10620	120	2024-01-07	1	62.00	closed
10621	121	2024-01-08	2	62.10	active
10622	122	2024-01-09	3	62.20	active
10623	123	2024-01-10	4	62.30	closed
10624	124	2024-01-11	5	62.40	active
10625	125	2024-01-12	6	62.50	active
10626	126	2024-01-13	7	62.60	closed
10627	127	2024-01-14	8	62.70	active
10628	128	2024-01-15	9	62.80	active
10629	129	2024-01-16	1	62.90	closed
10630	130	2024-01-17	2	63.00	active
10631	131	2024-01-18	3	63.10	active
10632	132	2024-01-19	4	63.20	closed
10633	133	2024-01-20	5	63.30	active
10634	134	2024-01-21	6	63.40	active
10635	135	2024-01-22	7	63.50	closed
10636	136	2024-01-23	8	63.60	active
10637	137	2024-01-24	9	63.70	active
10638	138	2024-01-25	1	63.80	closed
10639	139	2024-01-26	2	63.90	active
10640	140	2024-01-27	3	64.00	active
10641	141	2024-01-28	4	64.10	closed
10642	142	2024-01-29	5	64.20	active
10643	143	2024-01-30	6	64.30	active
10644	144	2024-01-31	7	64.40	closed
10645	145	2024-02-01	8	64.50	active
10646	146	2024-02-02	9	64.60	active
10647	147	2024-02-03	1	64.70	closed
10648	148	2024-02-04	2	64.80	active
10649	149	2024-02-05	3	64.90	active
10650	150	2024-02-06	4	65.00	closed
10651	151	2024-02-07	5	65.10	active
10652	152	2024-02-08	6	65.20	active
10653	153	2024-02-09	7	65.30	closed
10654	154	2024-02-10	8	65.40	active
10655	155	2024-02-11	9	65.50	active
10656	156	2024-02-12	1	65.60	closed
10657	157	2024-02-13	2	65.70	active
10658	158	2024-02-14	3	65.80	active
10659	159	2024-02-15	4	65.90	closed
10660	160	2024-02-16	5	66.00	active
10661	161	2024-02-17	6	66.10	active
10662	162	2024-02-18	7	66.20	closed
10663	163	2024-02-19	8	66.30	active
10664	164	2024-02-20	9	66.40	active
10665	165	2024-02-21	1	66.50	closed
10666	166	2024-02-22	2	66.60	active
10667	167	2024-02-23	3	66.70	active
10668	168	2024-02-24	4	66.80	closed
10669	169	2024-02-25	5	66.90	active
10670	170	2024-02-26	6	67.00	active
10671	171	2024-02-27	7	67.10	closed
10672	172	2024-02-28	8	67.20	active
10673	173	2024-02-29	9	67.30	active
10674	174	2024-03-01	1	67.40	closed
10675	175	2024-03-02	2	67.50	active
10676	176	2024-03-03	3	67.60	active
10677	177	2024-03-04	4	67.70	closed
10678	178	2024-03-05	5	67.80	active
10679	179	2024-03-06	6	67.90	active
10680	180	2024-03-07	7	68.00	closed
10681	181	2024-03-08	8	68.10	active
10682	182	2024-03-09	9	68.20	active
10683	183	2024-03-10	1	68.30	closed
10684	184	2024-03-11	2	68.40	active
10685	185	2024-03-12	3	68.50	active
10686	186	2024-03-13	4	68.60	closed
10687	187	2024-03-14	5	68.70	active
10688	188	2024-03-15	6	68.80	active
10689	189	2024-03-16	7	68.90	closed
10690	190	2024-03-17	8	69.00	active
10691	191	2024-03-18	9	69.10	active
10692	192	2024-03-19	1	69.20	closed
10693	193	2024-03-20	2	69.30	active
10694	194	2024-03-21	3	69.40	active
10695	195	2024-03-22	4	69.50	closed
10696	196	2024-03-23	5	69.60	active
10697	197	2024-03-24	6	69.70	active
10698	198	2024-03-25	7	69.80	closed
10699	199	2024-03-26	8	69.90	active
10700	200	2024-03-27	9	70.00	active
10701	201	2024-03-28	1	70.10	closed
10702	202	2024-03-29	2	70.20	active
10703	203	2024-03-30	3	70.30	active
10704	204	2024-03-31	4	70.40	closed
10705	205	2024-04-01	5	70.50	active
10706	206	2024-04-02	6	70.60	active
10707	207	2024-04-03	7	70.70	closed
10708	208	2024-04-04	8	70.80	active
10709	209	2024-04-05	9	70.90	active
10710	210	2024-04-06	1	71.00	closed
10711	211	2024-04-07	2	71.10	active
10712	212	2024-04-08	3	71.20	active
10713	213	2024-04-09	4	71.30	closed
10714	214	2024-04-10	5	71.40	active
10715	215	2024-04-11	6	71.50	active
10716	216	2024-04-12	7	71.60	closed
10717	217	2024-04-13	8	71.70	active
10718	218	2024-04-14	9	71.80	active
10719	219	2024-04-15	1	71.90	closed
10720	220	2024-04-16	2	72.00	active
10721	221	2024-04-17	3	72.10	active
10722	222	2024-04-18	4	72.20	closed
10723	223	2024-04-19	5	72.30	active
10724	224	2024-04-20	6	72.40	active
10725	225	2024-04-21	7	72.50	closed
10726	226	2024-04-22	8	72.60	active
10727	227	2024-04-23	9	72.70	active
10728	228	2024-04-24	1	72.80	closed
10729	229	2024-04-25	2	72.90	active
10730	230	2024-04-26	3	73.00	active
10731	231	2024-04-27	4	73.10	closed
10732	232	2024-04-28	5	73.20	active
10733	233	2024-04-29	6	73.30	active
10734	234	2024-04-30	7	73.40	closed
10735	235	2024-05-01	8	73.50	active
10736	236	2024-05-02	9	73.60	active
10737	237	2024-05-03	1	73.70	closed
10738	238	2024-05-04	2	73.80	active
10739	239	2024-05-05	3	73.90	active
10740	240	2024-05-06	4	74.00	closed
10741	241	2024-05-07	5	74.10	active
10742	242	2024-05-08	6	74.20	active
10743	243	2024-05-09	7	74.30	closed
10744	244	2024-05-10	8	74.40	active
10745	245	2024-05-11	9	74.50	active
10746	246	2024-05-12	1	74.60	closed
10747	247	2024-05-13	2	74.70	active
10748	248	2024-05-14	3	74.80	active
10749	249	2024-05-15	4	74.90	closed
10750	250	2024-05-16	5	75.00	active
10751	251	2024-05-17	6	75.10	active
10752	252	2024-05-18	7	75.20	closed
10753	253	2024-05-19	8	75.30	active
10754	254	2024-05-20	9	75.40	active
10755	255	2024-05-21	1	75.50	closed
10756	256	2024-05-22	2	75.60	active
10757	257	2024-05-23	3	75.70	active
10758	258	2024-05-24	4	75.80	closed
10759	259	2024-05-25	5	75.90	active
10760	260	2024-05-26	6	76.00	active
10761	261	2024-05-27	7	76.10	closed
10762	262	2024-05-28	8	76.20	active
10763	263	2024-05-29	9	76.30	active
10764	264	2024-05-30	1	76.40	closed
10765	265	2024-05-31	2	76.50	active
10766	266	2024-06-01	3	76.60	active
10767	267	2024-06-02	4	76.70	closed
10768	268	2024-06-03	5	76.80	active
10769	269	2024-06-04	6	76.90	active
10770	270	2024-06-05	7	77.00	closed
10771	271	2024-06-06	8	77.10	active
10772	272	2024-06-07	9	77.20	active
10773	273	2024-06-08	1	77.30	closed
10774	274	2024-06-09	2	77.40	active
10775	275	2024-06-10	3	77.50	active
10776	276	2024-06-11	4	77.60	closed
10777	277	2024-06-12	5	77.70	active
10778	278	2024-06-13	6	77.80	active
10779	279	2024-06-14	7	77.90	closed
10780	280	2024-06-15	8	78.00	active
10781	281	2024-06-16	9	78.10	active
10782	282	2024-06-17	1	78.20	closed
10783	283	2024-06-18	2	78.30	active
10784	284	2024-06-19	3	78.40	active
10785	285	2024-06-20	4	78.50	closed
10786	286	2024-06-21	5	78.60	active
10787	287	2024-06-22	6	78.70	active
10788	288	2024-06-23	7	78.80	closed
10789	289	2024-06-24	8	78.90	active
10790	290	2024-06-25	9	79.00	active
10791	291	2024-06-26	1	79.10	closed
10792	292	2024-06-27	2	79.20	active
10793	293	2024-06-28	3	79.30	active
10794	294	2024-06-29	4	79.40	closed
10795	295	2024-06-30	5	79.50	active
10796	296	2024-07-01	6	79.60	active
10797	297	2024-07-02	7	79.70	closed
10798	298	2024-07-03	8	79.80	active
10799	299	2024-07-04	9	79.90	active
10800	100	2024-07-05	1	80.00	closed
10801	101	2024-07-06	2	80.10	active
10802	102	2024-07-07	3	80.20	active
10803	103	2024-07-08	4	80.30	closed
10804	104	2024-07-09	5	80.40	active
10805	105	2024-07-10	6	80.50	active
10806	106	2024-07-11	7	80.60	closed
10807	107	2024-07-12	8	80.70	active
10808	108	2024-07-13	9	80.80	active
10809	109	2024-07-14	1	80.90	closed
10810	110	2024-07-15	2	81.00	active
10811	111	2024-07-16	3	81.10	active
10812	112	2024-07-17	4	81.20	closed
10813	113	2024-07-18	5	81.30	active
10814	114	2024-07-19	6	81.40	active
10815	115	2024-07-20	7	81.50	closed
10816	116	2024-07-21	8	81.60	active
10817	117	2024-07-22	9	81.70	active
10818	118	2024-07-23	1	81.80	closed
10819	119	2024-07-24	2	81.90	active
10820	120	2024-07-25	3	82.00	active
10821	121	2024-07-26	4	82.10	closed
10822	122	2024-07-27	5	82.20	active
10823	123	2024-07-28	6	82.30	active
10824	124	2024-07-29	7	82.40	closed
10825	125	2024-07-30	8	82.50	active
10826	126	2024-07-31	9	82.60	active
10827	127	2024-08-01	1	82.70	closed
10828	128	2024-08-02	2	82.80	active
10829	129	2024-08-03	3	82.90	active
10830	130	2024-08-04	4	83.00	closed
10831	131	2024-08-05	5	83.10	active
10832	132	2024-08-06	6	83.20	active
10833	133	2024-08-07	7	83.30	closed
10834	134	2024-08-08	8	83.40	active
10835	135	2024-08-09	9	83.50	active
10836	136	2024-08-10	1	83.60	closed
10837	137	2024-08-11	2	83.70	active
10838	138	2024-08-12	3	83.80	active
10839	139	2024-08-13	4	83.90	closed
10840	140	2024-08-14	5	84.00	active
10841	141	2024-08-15	6	84.10	active
10842	142	2024-08-16	7	84.20	closed
10843	143	2024-08-17	8	84.30	active
10844	144	2024-08-18	9	84.40	active
10845	145	2024-08-19	1	84.50	closed
10846	146	2024-08-20	2	84.60	active
10847	147	2024-08-21	3	84.70	active
10848	148	2024-08-22	4	84.80	closed
10849	149	2024-08-23	5	84.90	active
10850	150	2024-08-24	6	85.00	active
10851	151	2024-08-25	7	85.10	closed
10852	152	2024-08-26	8	85.20	active
10853	153	2024-08-27	9	85.30	active
10854	154	2024-08-28	1	85.40	closed
10855	155	2024-08-29	2	85.50	active
10856	156	2024-08-30	3	85.60	active
10857	157	2024-08-31	4	85.70	closed
10858	158	2024-09-01	5	85.80	active
10859	159	2024-09-02	6	85.90	active
10860	160	2024-09-03	7	86.00	closed
10861	161	2024-09-04	8	86.10	active
10862	162	2024-09-05	9	86.20	active
10863	163	2024-09-06	1	86.30	closed
10864	164	2024-09-07	2	86.40	active
10865	165	2024-09-08	3	86.50	active
10866	166	2024-09-09	4	86.60	closed
10867	167	2024-09-10	5	86.70	active
10868	168	2024-09-11	6	86.80	active
10869	169	2024-09-12	7	86.90	closed
10870	170	2024-09-13	8	87.00	active
10871	171	2024-09-14	9	87.10	active
10872	172	2024-09-15	1	87.20	closed
10873	173	2024-09-16	2	87.30	active
10874	174	2024-09-17	3	87.40	active
10875	175	2024-09-18	4	87.50	closed
10876	176	2024-09-19	5	87.60	active
10877	177	2024-09-20	6	87.70	active
10878	178	2024-09-21	7	87.80	closed
10879	179	2024-09-22	8	87.90	active
10880	180	2024-09-23	9	88.00	active
10881	181	2024-09-24	1	88.10	closed
10882	182	2024-09-25	2	88.20	active
10883	183	2024-09-26	3	88.30	active
10884	184	2024-09-27	4	88.40	closed
10885	185	2024-09-28	5	88.50	active
10886	186	2024-09-29	6	88.60	active
10887	187	2024-09-30	7	88.70	closed
10888	188	2024-10-01	8	88.80	active
10889	189	2024-10-02	9	88.90	active
10890	190	2024-10-03	1	89.00	closed
10891	191	2024-10-04	2	89.10	active
10892	192	2024-10-05	3	89.20	active
10893	193	2024-10-06	4	89.30	closed
10894	194	2024-10-07	5	89.40	active
10895	195	2024-10-08	6	89.50	active
10896	196	2024-10-09	7	89.60	closed
10897	197	2024-10-10	8	89.70	active
10898	198	2024-10-11	9	89.80	active
10899	199	2024-10-12	1	89.90	closed
10900	200	2024-10-13	2	90.00	active
10901	201	2024-10-14	3	90.10	active
10902	202	2024-10-15	4	90.20	closed
10903	203	2024-10-16	5	90.30	active
10904	204	2024-10-17	6	90.40	active
10905	205	2024-10-18	7	90.50	closed
10906	206	2024-10-19	8	90.60	active
10907	207	2024-10-20	9	90.70	active
10908	208	2024-10-21	1	90.80	closed
10909	209	2024-10-22	2	90.90	active
10910	210	2024-10-23	3	91.00	active
10911	211	2024-10-24	4	91.10	closed
10912	212	2024-10-25	5	91.20	active
10913	213	2024-10-26	6	91.30	active
10914	214	2024-10-27	7	91.40	closed
10915	215	2024-10-28	8	91.50	active
10916	216	2024-10-29	9	91.60	active
10917	217	2024-10-30	1	91.70	closed
10918	218	2024-10-31	2	91.80	active
10919	219	2024-11-01	3	91.90	active
10920	220	2024-11-02	4	92.00	closed
10921	221	2024-11-03	5	92.10	active
10922	222	2024-11-04	6	92.20	active
10923	223	2024-11-05	7	92.30	closed
10924	224	2024-11-06	8	92.40	active
10925	225	2024-11-07	9	92.50	active
10926	226	2024-11-08	1	92.60	closed
10927	227	2024-11-09	2	92.70	active
10928	228	2024-11-10	3	92.80	active
10929	229	2024-11-11	4	92.90	closed
10930	230	2024-11-12	5	93.00	active
10931	231	2024-11-13	6	93.10	active
10932	232	2024-11-14	7	93.20	closed
10933	233	2024-11-15	8	93.30	active
10934	234	2024-11-16	9	93.40	active
10935	235	2024-11-17	1	93.50	closed
10936	236	2024-11-18	2	93.60	active
10937	237	2024-11-19	3	93.70	active
10938	238	2024-11-20	4	93.80	closed
10939	239	2024-11-21	5	93.90	active
10940	240	2024-11-22	6	94.00	active
10941	241	2024-11-23	7	94.10	closed
10942	242	2024-11-24	8	94.20	active
10943	243	2024-11-25	9	94.30	active
10944	244	2024-11-26	1	94.40	closed
10945	245	2024-11-27	2	94.50	active
10946	246	2024-11-28	3	94.60	active
10947	247	2024-11-29	4	94.70	closed
10948	248	2024-11-30	5	94.80	active
10949	249	2024-12-01	6	94.90	active
10950	250	2024-12-02	7	95.00	closed
10951	251	2024-12-03	8	95.10	active
10952	252	2024-12-04	9	95.20	active
10953	253	2024-12-05	1	95.30	closed
10954	254	2024-12-06	2	95.40	active
10955	255	2024-12-07	3	95.50	active
10956	256	2024-12-08	4	95.60	closed
10957	257	2024-12-09	5	95.70	active
10958	258	2024-12-10	6	95.80	active
10959	259	2024-12-11	7	95.90	closed
10960	260	2024-12-12	8	96.00	active
10961	261	2024-12-13	9	96.10	active
10962	262	2024-12-14	1	96.20	closed
10963	263	2024-12-15	2	96.30	active
10964	264	2024-12-16	3	96.40	active
10965	265	2024-12-17	4	96.50	closed
10966	266	2024-12-18	5	96.60	active
10967	267	2024-12-19	6	96.70	active
10968	268	2024-12-20	7	96.80	closed
10969	269	2024-12-21	8	96.90	active
10970	270	2024-12-22	9	97.00	active
10971	271	2024-12-23	1	97.10	closed
10972	272	2024-12-24	2	97.20	active
10973	273	2024-12-25	3	97.30	active
10974	274	2024-12-26	4	97.40	closed
10975	275	2024-12-27	5	97.50	active
10976	276	2024-12-28	6	97.60	active
10977	277	2024-12-29	7	97.70	closed
10978	278	2024-12-30	8	97.80	active
10979	279	2024-12-31	9	97.90	active
10980	280	2024-01-01	1	98.00	closed
10981	281	2024-01-02	2	98.10	active
10982	282	2024-01-03	3	98.20	active
10983	283	2024-01-04	4	98.30	closed
10984	284	2024-01-05	5	98.40	active
10985	285	2024-01-06	6	98.50	active
10986	286	2024-01-07	7	98.60	closed
10987	287	2024-01-08	8	98.70	active
10988	288	2024-01-09	9	98.80	active
10989	289	2024-01-10	1	98.90	closed
10990	290	2024-01-11	2	99.00	active
10991	291	2024-01-12	3	99.10	active
10992	292	2024-01-13	4	99.20	closed
10993	293	2024-01-14	5	99.30	active
10994	294	2024-01-15	6	99.40	active
10995	295	2024-01-16	7	99.50	closed
10996	296	2024-01-17	8	99.60	active
10997	297	2024-01-18	9	99.70	active
10998	298	2024-01-19	1	99.80	closed
10999	299	2024-01-20	2	99.90	active
11000	100	2024-01-21	3	0.00	active
11001	101	2024-01-22	4	0.10	closed
11002	102	2024-01-23	5	0.20	active
11003	103	2024-01-24	6	0.30	active
11004	104	2024-01-25	7	0.40	closed
11005	105	2024-01-26	8	0.50	active
11006	106	2024-01-27	9	0.60	active
11007	107	2024-01-28	1	0.70	closed
11008	108	2024-01-29	2	0.80	active
11009	109	2024-01-30	3	0.90	active
11010	110	2024-01-31	4	1.00	closed
11011	111	2024-02-01	5	1.10	active
11012	112	2024-02-02	6	1.20	active
11013	113	2024-02-03	7	1.30	closed
11014	114	2024-02-04	8	1.40	active
11015	115	2024-02-05	9	1.50	active
11016	116	2024-02-06	1	1.60	closed
11017	117	2024-02-07	2	1.70	active
11018	118	2024-02-08	3	1.80	active
11019	119	2024-02-09	4	1.90	closed
11020	120	2024-02-10	5	2.00	active
11021	121	2024-02-11	6	2.10	active
11022	122	2024-02-12	7	2.20	closed
11023	123	2024-02-13	8	2.30	active
11024	124	2024-02-14	9	2.40	active
11025	125	2024-02-15	1	2.50	closed
11026	126	2024-02-16	2	2.60	active
11027	127	2024-02-17	3	2.70	active
11028	128	2024-02-18	4	2.80	closed
11029	129	2024-02-19	5	2.90	active
11030	130	2024-02-20	6	3.00	active
11031	131	2024-02-21	7	3.10	closed
11032	132	2024-02-22	8	3.20	active
11033	133	2024-02-23	9	3.30	active
11034	134	2024-02-24	1	3.40	closed
11035	135	2024-02-25	2	3.50	active
11036	136	2024-02-26	3	3.60	active
11037	137	2024-02-27	4	3.70	closed
11038	138	2024-02-28	5	3.80	active
11039	139	2024-02-29	6	3.90	active
11040	140	2024-03-01	7	4.00	closed
11041	141	2024-03-02	8	4.10	active
11042	142	2024-03-03	9	4.20	active
11043	143	2024-03-04	1	4.30	closed
11044	144	2024-03-05	2	4.40	active
11045	145	2024-03-06	3	4.50	active
11046	146	2024-03-07	4	4.60	closed
11047	147	2024-03-08	5	4.70	active
11048	148	2024-03-09	6	4.80	active
11049	149	2024-03-10	7	4.90	closed
11050	150	2024-03-11	8	5.00	active
11051	151	2024-03-12	9	5.10	active
11052	152	2024-03-13	1	5.20	closed
11053	153	2024-03-14	2	5.30	active
11054	154	2024-03-15	3	5.40	active
11055	155	2024-03-16	4	5.50	closed
11056	156	2024-03-17	5	5.60	active
11057	157	2024-03-18	6	5.70	active
11058	158	2024-03-19	7	5.80	closed
11059	159	2024-03-20	8	5.90	active
11060	160	2024-03-21	9	6.00	active
11061	161	2024-03-22	1	6.10	closed
11062	162	2024-03-23	2	6.20	active
11063	163	2024-03-24	3	6.30	active
11064	164	2024-03-25	4	6.40	closed
11065	165	2024-03-26	5	6.50	active
11066	166	2024-03-27	6	6.60	active
11067	167	2024-03-28	7	6.70	closed
11068	168	2024-03-29	8	6.80	active
11069	169	2024-03-30	9	6.90	active
11070	170	2024-03-31	1	7.00	closed
11071	171	2024-04-01	2	7.10	active
11072	172	2024-04-02	3	7.20	active
11073	173	2024-04-03	4	7.30	closed
11074	174	2024-04-04	5	7.40	active
11075	175	2024-04-05	6	7.50	active
11076	176	2024-04-06	7	7.60	closed
11077	177	2024-04-07	8	7.70	active
11078	178	2024-04-08	9	7.80	active
11079	179	2024-04-09	1	7.90	closed
11080	180	2024-04-10	2	8.00	active
11081	181	2024-04-11	3	8.10	active
11082	182	2024-04-12	4	8.20	closed
11083	183	2024-04-13	5	8.30	active
11084	184	2024-04-14	6	8.40	active
11085	185	2024-04-15	7	8.50	closed
11086	186	2024-04-16	8	8.60	active
11087	187	2024-04-17	9	8.70	active
11088	188	2024-04-18	1	8.80	closed
11089	189	2024-04-19	2	8.90	active
11090	190	2024-04-20	3	9.00	active
11091	191	2024-04-21	4	9.10	closed
11092	192	2024-04-22	5	9.20	active
11093	193	2024-04-23	6	9.30	active
11094	194	2024-04-24	7	9.40	closed
11095	195	2024-04-25	8	9.50	active
11096	196	2024-04-26	9	9.60	active
11097	197	2024-04-27	1	9.70	closed
11098	198	2024-04-28	2	9.80	active
11099	199	2024-04-29	3	9.90	active
11100	200	2024-04-30	4	10.00	closed
11101	201	2024-05-01	5	10.10	active
11102	202	2024-05-02	6	10.20	active
11103	203	2024-05-03	7	10.30	closed
11104	204	2024-05-04	8	10.40	active
11105	205	2024-05-05	9	10.50	active
11106	206	2024-05-06	1	10.60	closed
11107	207	2024-05-07	2	10.70	active
11108	208	2024-05-08	3	10.80	active
11109	209	2024-05-09	4	10.90	closed
11110	210	2024-05-10	5	11.00	active
11111	211	2024-05-11	6	11.10	active
11112	212	2024-05-12	7	11.20	closed
11113	213	2024-05-13	8	11.30	active
11114	214	2024-05-14	9	11.40	active
11115	215	2024-05-15	1	11.50	closed
11116	216	2024-05-16	2	11.60	active
11117	217	2024-05-17	3	11.70	active
11118	218	2024-05-18	4	11.80	closed
11119	219	2024-05-19	5	11.90	active
11120	220	2024-05-20	6	12.00	active
11121	221	2024-05-21	7	12.10	closed
11122	222	2024-05-22	8	12.20	active
11123	223	2024-05-23	9	12.30	active
11124	224	2024-05-24	1	12.40	closed
11125	225	2024-05-25	2	12.50	active
11126	226	2024-05-26	3	12.60	active
11127	227	2024-05-27	4	12.70	closed
11128	228	2024-05-28	5	12.80	active
11129	229	2024-05-29	6	12.90	active
11130	230	2024-05-30	7	13.00	closed
11131	231	2024-05-31	8	13.10	active
11132	232	2024-06-01	9	13.20	active
11133	233	2024-06-02	1	13.30	closed
11134	234	2024-06-03	2	13.40	active
11135	235	2024-06-04	3	13.50	active
11136	236	2024-06-05	4	13.60	closed
11137	237	2024-06-06	5	13.70	active
11138	238	2024-06-07	6	13.80	active
11139	239	2024-06-08	7	13.90	closed
11140	240	2024-06-09	8	14.00	active
11141	241	2024-06-10	9	14.10	active
11142	242	2024-06-11	1	14.20	closed
11143	243	2024-06-12	2	14.30	active
11144	244	2024-06-13	3	14.40	active
11145	245	2024-06-14	4	14.50	closed
11146	246	2024-06-15	5	14.60	active
11147	247	2024-06-16	6	14.70	active
11148	248	2024-06-17	7	14.80	closed
11149	249	2024-06-18	8	14.90	active
11150	250	2024-06-19	9	15.00	active
11151	251	2024-06-20	1	15.10	closed
11152	252	2024-06-21	2	15.20	active
11153	253	2024-06-22	3	15.30	active
11154	254	2024-06-23	4	15.40	closed
11155	255	2024-06-24	5	15.50	active
11156	256	2024-06-25	6	15.60	active
11157	257	2024-06-26	7	15.70	closed
11158	258	2024-06-27	8	15.80	active
11159	259	2024-06-28	9	15.90	active
11160	260	2024-06-29	1	16.00	closed
11161	261	2024-06-30	2	16.10	active
11162	262	2024-07-01	3	16.20	active
11163	263	2024-07-02	4	16.30	closed
11164	264	2024-07-03	5	16.40	active
11165	265	2024-07-04	6	16.50	active
11166	266	2024-07-05	7	16.60	closed
11167	267	2024-07-06	8	16.70	active
11168	268	2024-07-07	9	16.80	active
11169	269	2024-07-08	1	16.90	closed
11170	270	2024-07-09	2	17.00	active
11171	271	2024-07-10	3	17.10	active
11172	272	2024-07-11	4	17.20	closed
11173	273	2024-07-12	5	17.30	active
11174	274	2024-07-13	6	17.40	active
11175	275	2024-07-14	7	17.50	closed
11176	276	2024-07-15	8	17.60	active
11177	277	2024-07-16	9	17.70	active
11178	278	2024-07-17	1	17.80	closed
11179	279	2024-07-18	2	17.90	active
11180	280	2024-07-19	3	18.00	active
11181	281	2024-07-20	4	18.10	closed
11182	282	2024-07-21	5	18.20	active
11183	283	2024-07-22	6	18.30	active
11184	284	2024-07-23	7	18.40	closed
11185	285	2024-07-24	8	18.50	active
11186	286	2024-07-25	9	18.60	active
11187	287	2024-07-26	1	18.70	closed
11188	288	2024-07-27	2	18.80	active
11189	289	2024-07-28	3	18.90	active
11190	290	2024-07-29	4	19.00	closed
11191	291	2024-07-30	5	19.10	active
11192	292	2024-07-31	6	19.20	active
11193	293	2024-08-01	7	19.30	closed
11194	294	2024-08-02	8	19.40	active
11195	295	2024-08-03	9	19.50	active
11196	296	2024-08-04	1	19.60	closed
11197	297	2024-08-05	2	19.70	active
11198	298	2024-08-06	3	19.80	active
11199	299	2024-08-07	4	19.90	closed
11200	100	2024-08-08	5	20.00	active
11201	101	2024-08-09	6	20.10	active
11202	102	2024-08-10	7	20.20	closed
11203	103	2024-08-11	8	20.30	active
11204	104	2024-08-12	9	20.40	active
11205	105	2024-08-13	1	20.50	closed
11206	106	2024-08-14	2	20.60	active
11207	107	2024-08-15	3	20.70	active
11208	108	2024-08-16	4	20.80	closed
11209	109	2024-08-17	5	20.90	active
11210	110	2024-08-18	6	21.00	active
11211	111	2024-08-19	7	21.10	closed
11212	112	2024-08-20	8	21.20	active
11213	113	2024-08-21	9	21.30	active
11214	114	2024-08-22	1	21.40	closed
11215	115	2024-08-23	2	21.50	active
11216	116	2024-08-24	3	21.60	active
11217	117	2024-08-25	4	21.70	closed
11218	118	2024-08-26	5	21.80	active
11219	119	2024-08-27	6	21.90	active
11220	120	2024-08-28	7	22.00	closed
11221	121	2024-08-29	8	22.10	active
11222	122	2024-08-30	9	22.20	active
11223	123	2024-08-31	1	22.30	closed
11224	124	2024-09-01	2	22.40	active
11225	125	2024-09-02	3	22.50	active
11226	126	2024-09-03	4	22.60	closed
11227	127	2024-09-04	5	22.70	active
11228	128	2024-09-05	6	22.80	active
11229	129	2024-09-06	7	22.90	closed
11230	130	2024-09-07	8	23.00	active
11231	131	2024-09-08	9	23.10	active
11232	132	2024-09-09	1	23.20	closed
11233	133	2024-09-10	2	23.30	active
11234	134	2024-09-11	3	23.40	active
11235	135	2024-09-12	4	23.50	closed
11236	136	2024-09-13	5	23.60	active
11237	137	2024-09-14	6	23.70	active
11238	138	2024-09-15	7	23.80	closed
11239	139	2024-09-16	8	23.90	active
11240	140	2024-09-17	9	24.00	active
11241	141	2024-09-18	1	24.10	closed
11242	142	2024-09-19	2	24.20	active
11243	143	2024-09-20	3	24.30	active
11244	144	2024-09-21	4	24.40	closed
11245	145	2024-09-22	5	24.50	active
11246	146	2024-09-23	6	24.60	active
11247	147	2024-09-24	7	24.70	closed
11248	148	2024-09-25	8	24.80	active
11249	149	2024-09-26	9	24.90	active
11250	150	2024-09-27	1	25.00	closed
11251	151	2024-09-28	2	25.10	active
11252	152	2024-09-29	3	25.20	active
11253	153	2024-09-30	4	25.30	closed
11254	154	2024-10-01	5	25.40	active
11255	155	2024-10-02	6	25.50	active
11256	156	2024-10-03	7	25.60	closed
11257	157	2024-10-04	8	25.70	active
11258	158	2024-10-05	9	25.80	active
11259	159	2024-10-06	1	25.90	closed
11260	160	2024-10-07	2	26.00	active
11261	161	2024-10-08	3	26.10	active
11262	162	2024-10-09	4	26.20	closed
11263	163	2024-10-10	5	26.30	active
11264	164	2024-10-11	6	26.40	active
11265	165	2024-10-12	7	26.50	closed
11266	166	2024-10-13	8	26.60	active
11267	167	2024-10-14	9	26.70	active
11268	168	2024-10-15	1	26.80	closed
11269	169	2024-10-16	2	26.90	active
11270	170	2024-10-17	3	27.00	active
11271	171	2024-10-18	4	27.10	closed
11272	172	2024-10-19	5	27.20	active
11273	173	2024-10-20	6	27.30	active
11274	174	2024-10-21	7	27.40	closed
11275	175	2024-10-22	8	27.50	active
11276	176	2024-10-23	9	27.60	active
11277	177	2024-10-24	1	27.70	closed
11278	178	2024-10-25	2	27.80	active
11279	179	2024-10-26	3	27.90	active
11280	180	2024-10-27	4	28.00	closed
11281	181	2024-10-28	5	28.10	active
11282	182	2024-10-29	6	28.20	active
11283	183	2024-10-30	7	28.30	closed
11284	184	2024-10-31	8	28.40	active
11285	185	2024-11-01	9	28.50	active
11286	186	2024-11-02	1	28.60	closed
11287	187	2024-11-03	2	28.70	active
11288	188	2024-11-04	3	28.80	active
11289	189	2024-11-05	4	28.90	closed
11290	190	2024-11-06	5	29.00	active
11291	191	2024-11-07	6	29.10	active
11292	192	2024-11-08	7	29.20	closed
11293	193	2024-11-09	8	29.30	active
11294	194	2024-11-10	9	29.40	active
11295	195	2024-11-11	1	29.50	closed
11296	196	2024-11-12	2	29.60	active
11297	197	2024-11-13	3	29.70	active
11298	198	2024-11-14	4	29.80	closed
11299	199	2024-11-15	5	29.90	active
11300	200	2024-11-16	6	30.00	active
11301	201	2024-11-17	7	30.10	closed
11302	202	2024-11-18	8	30.20	active
11303	203	2024-11-19	9	30.30	active
11304	204	2024-11-20	1	30.40	closed
11305	205	2024-11-21	2	30.50	active
11306	206	2024-11-22	3	30.60	active
11307	207	2024-11-23	4	30.70	closed
11308	208	2024-11-24	5	30.80	active
11309	209	2024-11-25	6	30.90	active
11310	210	2024-11-26	7	31.00	closed
11311	211	2024-11-27	8	31.10	active
11312	212	2024-11-28	9	31.20	active
11313	213	2024-11-29	1	31.30	closed
11314	214	2024-11-30	2	31.40	active
11315	215	2024-12-01	3	31.50	active
11316	216	2024-12-02	4	31.60	closed
11317	217	2024-12-03	5	31.70	active
11318	218	2024-12-04	6	31.80	active
11319	219	2024-12-05	7	31.90	closed
11320	220	2024-12-06	8	32.00	active
11321	221	2024-12-07	9	32.10	active
11322	222	2024-12-08	1	32.20	closed
11323	223	2024-12-09	2	32.30	active
11324	224	2024-12-10	3	32.40	active
11325	225	2024-12-11	4	32.50	closed
11326	226	2024-12-12	5	32.60	active
11327	227	2024-12-13	6	32.70	active
11328	228	2024-12-14	7	32.80	closed
11329	229	2024-12-15	8	32.90	active
11330	230	2024-12-16	9	33.00	active
11331	231	2024-12-17	1	33.10	closed
11332	232	2024-12-18	2	33.20	active
11333	233	2024-12-19	3	33.30	active
11334	234	2024-12-20	4	33.40	closed
11335	235	2024-12-21	5	33.50	active
11336	236	2024-12-22	6	33.60	active
11337	237	2024-12-23	7	33.70	closed
11338	238	2024-12-24	8	33.80	active
11339	239	2024-12-25	9	33.90	active
11340	240	2024-12-26	1	34.00	closed
11341	241	2024-12-27	2	34.10	active
11342	242	2024-12-28	3	34.20	active
11343	243	2024-12-29	4	34.30	closed
11344	244	2024-12-30	5	34.40	active
11345	245	2024-12-31	6	34.50	active
11346	246	2024-01-01	7	34.60	closed
11347	247	2024-01-02	8	34.70	active
11348	248	2024-01-03	9	34.80	active
11349	249	2024-01-04	1	34.90	closed
11350	250	2024-01-05	2	35.00	active
11351	251	2024-01-06	3	35.10	active
11352	252	2024-01-07	4	35.20	closed
11353	253	2024-01-08	5	35.30	active
11354	254	2024-01-09	6	35.40	active
11355	255	2024-01-10	7	35.50	closed
11356	256	2024-01-11	8	35.60	active
11357	257	2024-01-12	9	35.70	active
11358	258	2024-01-13	1	35.80	closed
11359	259	2024-01-14	2	35.90	active
11360	260	2024-01-15	3	36.00	active
11361	261	2024-01-16	4	36.10	closed
11362	262	2024-01-17	5	36.20	active
11363	263	2024-01-18	6	36.30	active
11364	264	2024-01-19	7	36.40	closed
11365	265	2024-01-20	8	36.50	active
11366	266	2024-01-21	9	36.60	active
11367	267	2024-01-22	1	36.70	closed
11368	268	2024-01-23	2	36.80	active
11369	269	2024-01-24	3	36.90	active
11370	270	2024-01-25	4	37.00	closed
11371	271	2024-01-26	5	37.10	active
11372	272	2024-01-27	6	37.20	active
11373	273	2024-01-28	7	37.30	closed
11374	274	2024-01-29	8	37.40	active
11375	275	2024-01-30	9	37.50	active
11376	276	2024-01-31	1	37.60	closed
11377	277	2024-02-01	2	37.70	active
11378	278	2024-02-02	3	37.80	active
11379	279	2024-02-03	4	37.90	closed
11380	280	2024-02-04	5	38.00	active
11381	281	2024-02-05	6	38.10	active
11382	282	2024-02-06	7	38.20	closed
11383	283	2024-02-07	8	38.30	active
11384	284	2024-02-08	9	38.40	active
11385	285	2024-02-09	1	38.50	closed
11386	286	2024-02-10	2	38.60	active
11387	287	2024-02-11	3	38.70	active
11388	288	2024-02-12	4	38.80	closed
11389	289	2024-02-13	5	38.90	active
11390	290	2024-02-14	6	39.00	active
11391	291	2024-02-15	7	39.10	closed
11392	292	2024-02-16	8	39.20	active
11393	293	2024-02-17	9	39.30	active
11394	294	2024-02-18	1	39.40	closed
11395	295	2024-02-19	2	39.50	active
11396	296	2024-02-20	3	39.60	active
11397	297	2024-02-21	4	39.70	closed
11398	298	2024-02-22	5	39.80	active
11399	299	2024-02-23	6	39.90	active
11400	100	2024-02-24	7	40.00	closed
11401	101	2024-02-25	8	40.10	active
11402	102	2024-02-26	9	40.20	active
11403	103	2024-02-27	1	40.30	closed
11404	104	2024-02-28	2	40.40	active
11405	105	2024-02-29	3	40.50	active
11406	106	2024-03-01	4	40.60	closed
11407	107	2024-03-02	5	40.70	active
11408	108	2024-03-03	6	40.80	active
11409	109	2024-03-04	7	40.90	closed
11410	110	2024-03-05	8	41.00	active
11411	111	2024-03-06	9	41.10	active
11412	112	2024-03-07	1	41.20	closed
11413	113	2024-03-08	2	41.30	active
11414	114	2024-03-09	3	41.40	active
11415	115	2024-03-10	4	41.50	closed
11416	116	2024-03-11	5	41.60	active
11417	117	2024-03-12	6	41.70	active
11418	118	2024-03-13	7	41.80	closed
11419	119	2024-03-14	8	41.90	active
11420	120	2024-03-15	9	42.00	active
11421	121	2024-03-16	1	42.10	closed
11422	122	2024-03-17	2	42.20	active
11423	123	2024-03-18	3	42.30	active
11424	124	2024-03-19	4	42.40	closed
11425	125	2024-03-20	5	42.50	active
11426	126	2024-03-21	6	42.60	active
11427	127	2024-03-22	7	42.70	closed
11428	128	2024-03-23	8	42.80	active
11429	129	2024-03-24	9	42.90	active
11430	130	2024-03-25	1	43.00	closed
11431	131	2024-03-26	2	43.10	active
11432	132	2024-03-27	3	43.20	active
11433	133	2024-03-28	4	43.30	closed
11434	134	2024-03-29	5	43.40	active
11435	135	2024-03-30	6	43.50	active
11436	136	2024-03-31	7	43.60	closed
11437	137	2024-04-01	8	43.70	active
11438	138	2024-04-02	9	43.80	active
11439	139	2024-04-03	1	43.90	closed
11440	140	2024-04-04	2	44.00	active
11441	141	2024-04-05	3	44.10	active
11442	142	2024-04-06	4	44.20	closed
11443	143	2024-04-07	5	44.30	active
11444	144	2024-04-08	6	44.40	active
11445	145	2024-04-09	7	44.50	closed
11446	146	2024-04-10	8	44.60	active
11447	147	2024-04-11	9	44.70	active
11448	148	2024-04-12	1	44.80	closed
11449	149	2024-04-13	2	44.90	active
11450	150	2024-04-14	3	45.00	active
11451	151	2024-04-15	4	45.10	closed
11452	152	2024-04-16	5	45.20	active
11453	153	2024-04-17	6	45.30	active
11454	154	2024-04-18	7	45.40	closed
11455	155	2024-04-19	8	45.50	active
11456	156	2024-04-20	9	45.60	active
11457	157	2024-04-21	1	45.70	closed
11458	158	2024-04-22	2	45.80	active
11459	159	2024-04-23	3	45.90	active
11460	160	2024-04-24	4	46.00	closed
11461	161	2024-04-25	5	46.10	active
11462	162	2024-04-26	6	46.20	active
11463	163	2024-04-27	7	46.30	closed
11464	164	2024-04-28	8	46.40	active
11465	165	2024-04-29	9	46.50	active
11466	166	2024-04-30	1	46.60	closed
11467	167	2024-05-01	2	46.70	active
11468	168	2024-05-02	3	46.80	active
11469	169	2024-05-03	4	46.90	closed
11470	170	2024-05-04	5	47.00	active
11471	171	2024-05-05	6	47.10	active
11472	172	2024-05-06	7	47.20	closed
11473	173	2024-05-07	8	47.30	active
11474	174	2024-05-08	9	47.40	active
11475	175	2024-05-09	1	47.50	closed
11476	176	2024-05-10	2	47.60	active
11477	177	2024-05-11	3	47.70	active
11478	178	2024-05-12	4	47.80	closed
11479	179	2024-05-13	5	47.90	active
11480	180	2024-05-14	6	48.00	active
11481	181	2024-05-15	7	48.10	closed
11482	182	2024-05-16	8	48.20	active
11483	183	2024-05-17	9	48.30	active
11484	184	2024-05-18	1	48.40	closed
11485	185	2024-05-19	2	48.50	active
11486	186	2024-05-20	3	48.60	active
11487	187	2024-05-21	4	48.70	closed
11488	188	2024-05-22	5	48.80	active
11489	189	2024-05-23	6	48.90	active
11490	190	2024-05-24	7	49.00	closed
11491	191	2024-05-25	8	49.10	active
11492	192	2024-05-26	9	49.20	active
11493	193	2024-05-27	1	49.30	closed
11494	194	2024-05-28	2	49.40	active
11495	195	2024-05-29	3	49.50	active
11496	196	2024-05-30	4	49.60	closed
11497	197	2024-05-31	5	49.70	active
11498	198	2024-06-01	6	49.80	active
11499	199	2024-06-02	7	49.90	closed
11500	200	2024-06-03	8	50.00	active
11501	201	2024-06-04	9	50.10	active
11502	202	2024-06-05	1	50.20	closed
11503	203	2024-06-06	2	50.30	active
11504	204	2024-06-07	3	50.40	active
11505	205	2024-06-08	4	50.50	closed
11506	206	2024-06-09	5	50.60	active
11507	207	2024-06-10	6	50.70	active
11508	208	2024-06-11	7	50.80	closed
11509	209	2024-06-12	8	50.90	active
11510	210	2024-06-13	9	51.00	active
11511	211	2024-06-14	1	51.10	closed
11512	212	2024-06-15	2	51.20	active
11513	213	2024-06-16	3	51.30	active
11514	214	2024-06-17	4	51.40	closed
11515	215	2024-06-18	5	51.50	active
11516	216	2024-06-19	6	51.60	active
11517	217	2024-06-20	7	51.70	closed
11518	218	2024-06-21	8	51.80	active
11519	219	2024-06-22	9	51.90	active
11520	220	2024-06-23	1	52.00	closed
11521	221	2024-06-24	2	52.10	active
11522	222	2024-06-25	3	52.20	active
11523	223	2024-06-26	4	52.30	closed
11524	224	2024-06-27	5	52.40	active
11525	225	2024-06-28	6	52.50	active
11526	226	2024-06-29	7	52.60	closed
11527	227	2024-06-30	8	52.70	active
11528	228	2024-07-01	9	52.80	active
11529	229	2024-07-02	1	52.90	closed
11530	230	2024-07-03	2	53.00	active
11531	231	2024-07-04	3	53.10	active
11532	232	2024-07-05	4	53.20	closed
11533	233	2024-07-06	5	53.30	active
11534	234	2024-07-07	6	53.40	active
11535	235	2024-07-08	7	53.50	closed
11536	236	2024-07-09	8	53.60	active
11537	237	2024-07-10	9	53.70	active
11538	238	2024-07-11	1	53.80	closed
11539	239	2024-07-12	2	53.90	active
11540	240	2024-07-13	3	54.00	active
11541	241	2024-07-14	4	54.10	closed
11542	242	2024-07-15	5	54.20	active
11543	243	2024-07-16	6	54.30	active
11544	244	2024-07-17	7	54.40	closed
11545	245	2024-07-18	8	54.50	active
11546	246	2024-07-19	9	54.60	active
11547	247	2024-07-20	1	54.70	closed
11548	248	2024-07-21	2	54.80	active
11549	249	2024-07-22	3	54.90	active
11550	250	2024-07-23	4	55.00	closed
11551	251	2024-07-24	5	55.10	active
11552	252	2024-07-25	6	55.20	active
11553	253	2024-07-26	7	55.30	closed
11554	254	2024-07-27	8	55.40	active
11555	255	2024-07-28	9	55.50	active
11556	256	2024-07-29	1	55.60	closed
11557	257	2024-07-30	2	55.70	active
11558	258	2024-07-31	3	55.80	active
11559	259	2024-08-01	4	55.90	closed
11560	260	2024-08-02	5	56.00	active
11561	261	2024-08-03	6	56.10	active
11562	262	2024-08-04	7	56.20	closed
11563	263	2024-08-05	8	56.30	active
11564	264	2024-08-06	9	56.40	active
11565	265	2024-08-07	1	56.50	closed
11566	266	2024-08-08	2	56.60	active
11567	267	2024-08-09	3	56.70	active
11568	268	2024-08-10	4	56.80	closed
11569	269	2024-08-11	5	56.90	active
11570	270	2024-08-12	6	57.00	active
11571	271	2024-08-13	7	57.10	closed
11572	272	2024-08-14	8	57.20	active
11573	273	2024-08-15	9	57.30	active
11574	274	2024-08-16	1	57.40	closed
11575	275	2024-08-17	2	57.50	active
11576	276	2024-08-18	3	57.60	active
11577	277	2024-08-19	4	57.70	closed
11578	278	2024-08-20	5	57.80	active
11579	279	2024-08-21	6	57.90	active
11580	280	2024-08-22	7	58.00	closed
11581	281	2024-08-23	8	58.10	active
11582	282	2024-08-24	9	58.20	active
11583	283	2024-08-25	1	58.30	closed
11584	284	2024-08-26	2	58.40	active
11585	285	2024-08-27	3	58.50	active
11586	286	2024-08-28	4	58.60	closed
11587	287	2024-08-29	5	58.70	active
11588	288	2024-08-30	6	58.80	active
11589	289	2024-08-31	7	58.90	closed
11590	290	2024-09-01	8	59.00	active
11591	291	2024-09-02	9	59.10	active
11592	292	2024-09-03	1	59.20	closed
11593	293	2024-09-04	2	59.30	active
11594	294	2024-09-05	3	59.40	active
11595	295	2024-09-06	4	59.50	closed
11596	296	2024-09-07	5	59.60	active
11597	297	2024-09-08	6	59.70	active
11598	298	2024-09-09	7	59.80	closed
11599	299	2024-09-10	8	59.90	active
11600	100	2024-09-11	9	60.00	active
11601	101	2024-09-12	1	60.10	closed
11602	102	2024-09-13	2	60.20	active
11603	103	2024-09-14	3	60.30	active
11604	104	2024-09-15	4	60.40	closed
11605	105	2024-09-16	5	60.50	active
11606	106	2024-09-17	6	60.60	active
11607	107	2024-09-18	7	60.70	closed
11608	108	2024-09-19	8	60.80	active
11609	109	2024-09-20	9	60.90	active
11610	110	2024-09-21	1	61.00	closed
11611	111	2024-09-22	2	61.10	active
11612	112	2024-09-23	3	61.20	active
11613	113	2024-09-24	4	61.30	closed
11614	114	2024-09-25	5	61.40	active
11615	115	2024-09-26	6	61.50	active
11616	116	2024-09-27	7	61.60	closed
11617	117	2024-09-28	8	61.70	active
11618	118	2024-09-29	9	61.80	active
11619	119	2024-09-30	1	61.90	closed
11620	120	2024-10-01	2	62.00	active
11621	121	2024-10-02	3	62.10	active
11622	122	2024-10-03	4	62.20	closed
11623	123	2024-10-04	5	62.30	active
11624	124	2024-10-05	6	62.40	active
11625	125	2024-10-06	7	62.50	closed
11626	126	2024-10-07	8	62.60	active
11627	127	2024-10-08	9	62.70	active
11628	128	2024-10-09	1	62.80	closed
11629	129	2024-10-10	2	62.90	active
11630	130	2024-10-11	3	63.00	active
11631	131	2024-10-12	4	63.10	closed
11632	132	2024-10-13	5	63.20	active
11633	133	2024-10-14	6	63.30	active
11634	134	2024-10-15	7	63.40	closed
11635	135	2024-10-16	8	63.50	active
11636	136	2024-10-17	9	63.60	active
11637	137	2024-10-18	1	63.70	closed
11638	138	2024-10-19	2	63.80	active
11639	139	2024-10-20	3	63.90	active
11640	140	2024-10-21	4	64.00	closed
11641	141	2024-10-22	5	64.10	active
11642	142	2024-10-23	6	64.20	active
11643	143	2024-10-24	7	64.30	closed
11644	144	2024-10-25	8	64.40	active
11645	145	2024-10-26	9	64.50	active
11646	146	2024-10-27	1	64.60	closed
11647	147	2024-10-28	2	64.70	active
11648	148	2024-10-29	3	64.80	active
11649	149	2024-10-30	4	64.90	closed
11650	150	2024-10-31	5	65.00	active
11651	151	2024-11-01	6	65.10	active
11652	152	2024-11-02	7	65.20	closed
11653	153	2024-11-03	8	65.30	active
11654	154	2024-11-04	9	65.40	active
11655	155	2024-11-05	1	65.50	closed
11656	156	2024-11-06	2	65.60	active
11657	157	2024-11-07	3	65.70	active
11658	158	2024-11-08	4	65.80	closed
11659	159	2024-11-09	5	65.90	active
11660	160	2024-11-10	6	66.00	active
11661	161	2024-11-11	7	66.10	closed
11662	162	2024-11-12	8	66.20	active
11663	163	2024-11-13	9	66.30	active
11664	164	2024-11-14	1	66.40	closed
11665	165	2024-11-15	2	66.50	active
11666	166	2024-11-16	3	66.60	active
11667	167	2024-11-17	4	66.70	closed
11668	168	2024-11-18	5	66.80	active
11669	169	2024-11-19	6	66.90	active
11670	170	2024-11-20	7	67.00	closed
11671	171	2024-11-21	8	67.10	active
11672	172	2024-11-22	9	67.20	active
11673	173	2024-11-23	1	67.30	closed
11674	174	2024-11-24	2	67.40	active
11675	175	2024-11-25	3	67.50	active
11676	176	2024-11-26	4	67.60	closed
11677	177	2024-11-27	5	67.70	active
11678	178	2024-11-28	6	67.80	active
11679	179	2024-11-29	7	67.90	closed
11680	180	2024-11-30	8	68.00	active
11681	181	2024-12-01	9	68.10	active
11682	182	2024-12-02	1	68.20	closed
11683	183	2024-12-03	2	68.30	active
11684	184	2024-12-04	3	68.40	active
11685	185	2024-12-05	4	68.50	closed
11686	186	2024-12-06	5	68.60	active
11687	187	2024-12-07	6	68.70	active
11688	188	2024-12-08	7	68.80	closed
11689	189	2024-12-09	8	68.90	active
11690	190	2024-12-10	9	69.00	active
11691	191	2024-12-11	1	69.10	closed
11692	192	2024-12-12	2	69.20	active
11693	193	2024-12-13	3	69.30	active
11694	194	2024-12-14	4	69.40	closed
11695	195	2024-12-15	5	69.50	active
11696	196	2024-12-16	6	69.60	active
11697	197	2024-12-17	7	69.70	closed
11698	198	2024-12-18	8	69.80	active
11699	199	2024-12-19	9	69.90	active
11700	200	2024-12-20	1	70.00	closed
11701	201	2024-12-21	2	70.10	active
11702	202	2024-12-22	3	70.20	active
11703	203	2024-12-23	4	70.30	closed
11704	204	2024-12-24	5	70.40	active
11705	205	2024-12-25	6	70.50	active
11706	206	2024-12-26	7	70.60	closed
11707	207	2024-12-27	8	70.70	active
11708	208	2024-12-28	9	70.80	active
11709	209	2024-12-29	1	70.90	closed
11710	210	2024-12-30	2	71.00	active
11711	211	2024-12-31	3	71.10	active
11712	212	2024-01-01	4	71.20	closed
11713	213	2024-01-02	5	71.30	active
11714	214	2024-01-03	6	71.40	active
11715	215	2024-01-04	7	71.50	closed
11716	216	2024-01-05	8	71.60	active
11717	217	2024-01-06	9	71.70	active
11718	218	2024-01-07	1	71.80	closed
11719	219	2024-01-08	2	71.90	active
11720	220	2024-01-09	3	72.00	active
11721	221	2024-01-10	4	72.10	closed
11722	222	2024-01-11	5	72.20	active
11723	223	2024-01-12	6	72.30	active
11724	224	2024-01-13	7	72.40	closed
11725	225	2024-01-14	8	72.50	active
11726	226	2024-01-15	9	72.60	active
11727	227	2024-01-16	1	72.70	closed
11728	228	2024-01-17	2	72.80	active
11729	229	2024-01-18	3	72.90	active
11730	230	2024-01-19	4	73.00	closed
11731	231	2024-01-20	5	73.10	active
11732	232	2024-01-21	6	73.20	active
11733	233	2024-01-22	7	73.30	closed
11734	234	2024-01-23	8	73.40	active
11735	235	2024-01-24	9	73.50	active
11736	236	2024-01-25	1	73.60	closed
11737	237	2024-01-26	2	73.70	active
11738	238	2024-01-27	3	73.80	active
11739	239	2024-01-28	4	73.90	closed
11740	240	2024-01-29	5	74.00	active
11741	241	2024-01-30	6	74.10	active
11742	242	2024-01-31	7	74.20	closed
11743	243	2024-02-01	8	74.30	active
11744	244	2024-02-02	9	74.40	active
11745	245	2024-02-03	1	74.50	closed
11746	246	2024-02-04	2	74.60	active
11747	247	2024-02-05	3	74.70	active
11748	248	2024-02-06	4	74.80	closed
11749	249	2024-02-07	5	74.90	active
11750	250	2024-02-08	6	75.00	active
11751	251	2024-02-09	7	75.10	closed
11752	252	2024-02-10	8	75.20	active
11753	253	2024-02-11	9	75.30	active
11754	254	2024-02-12	1	75.40	closed
11755	255	2024-02-13	2	75.50	active
11756	256	2024-02-14	3	75.60	active
11757	257	2024-02-15	4	75.70	closed
11758	258	2024-02-16	5	75.80	active
11759	259	2024-02-17	6	75.90	active
11760	260	2024-02-18	7	76.00	closed
11761	261	2024-02-19	8	76.10	active
11762	262	2024-02-20	9	76.20	active
11763	263	2024-02-21	1	76.30	closed
11764	264	2024-02-22	2	76.40	active
11765	265	2024-02-23	3	76.50	active
11766	266	2024-02-24	4	76.60	closed
11767	267	2024-02-25	5	76.70	active
11768	268	2024-02-26	6	76.80	active
11769	269	2024-02-27	7	76.90	closed
11770	270	2024-02-28	8	77.00	active
11771	271	2024-02-29	9	77.10	active
11772	272	2024-03-01	1	77.20	closed
11773	273	2024-03-02	2	77.30	active
11774	274	2024-03-03	3	77.40	active
11775	275	2024-03-04	4	77.50	closed
11776	276	2024-03-05	5	77.60	active
11777	277	2024-03-06	6	77.70	active
11778	278	2024-03-07	7	77.80	closed
11779	279	2024-03-08	8	77.90	active
11780	280	2024-03-09	9	78.00	active
11781	281	2024-03-10	1	78.10	closed
11782	282	2024-03-11	2	78.20	active
11783	283	2024-03-12	3	78.30	active
11784	284	2024-03-13	4	78.40	closed
11785	285	2024-03-14	5	78.50	active
11786	286	2024-03-15	6	78.60	active
11787	287	2024-03-16	7	78.70	closed
11788	288	2024-03-17	8	78.80	active
11789	289	2024-03-18	9	78.90	active
11790	290	2024-03-19	1	79.00	closed
11791	291	2024-03-20	2	79.10	active
11792	292	2024-03-21	3	79.20	active
11793	293	2024-03-22	4	79.30	closed
11794	294	2024-03-23	5	79.40	active
11795	295	2024-03-24	6	79.50	active
11796	296	2024-03-25	7	79.60	closed
11797	297	2024-03-26	8	79.70	active
11798	298	2024-03-27	9	79.80	active
11799	299	2024-03-28	1	79.90	closed
11800	100	2024-03-29	2	80.00	active
11801	101	2024-03-30	3	80.10	active
11802	102	2024-03-31	4	80.20	closed
11803	103	2024-04-01	5	80.30	active
11804	104	2024-04-02	6	80.40	active
11805	105	2024-04-03	7	80.50	closed
11806	106	2024-04-04	8	80.60	active
11807	107	2024-04-05	9	80.70	active
11808	108	2024-04-06	1	80.80	closed
11809	109	2024-04-07	2	80.90	active
11810	110	2024-04-08	3	81.00	active
11811	111	2024-04-09	4	81.10	closed
11812	112	2024-04-10	5	81.20	active
11813	113	2024-04-11	6	81.30	active
11814	114	2024-04-12	7	81.40	closed
11815	115	2024-04-13	8	81.50	active
11816	116	2024-04-14	9	81.60	active
11817	117	2024-04-15	1	81.70	closed
11818	118	2024-04-16	2	81.80	active
11819	119	2024-04-17	3	81.90	active
11820	120	2024-04-18	4	82.00	closed
11821	121	2024-04-19	5	82.10	active
11822	122	2024-04-20	6	82.20	active
11823	123	2024-04-21	7	82.30	closed
11824	124	2024-04-22	8	82.40	active
11825	125	2024-04-23	9	82.50	active
11826	126	2024-04-24	1	82.60	closed
11827	127	2024-04-25	2	82.70	active
11828	128	2024-04-26	3	82.80	active
11829	129	2024-04-27	4	82.90	closed
11830	130	2024-04-28	5	83.00	active
11831	131	2024-04-29	6	83.10	active
11832	132	2024-04-30	7	83.20	closed
11833	133	2024-05-01	8	83.30	active
11834	134	2024-05-02	9	83.40	active
11835	135	2024-05-03	1	83.50	closed
11836	136	2024-05-04	2	83.60	active
11837	137	2024-05-05	3	83.70	active
11838	138	2024-05-06	4	83.80	closed
11839	139	2024-05-07	5	83.90	active
11840	140	2024-05-08	6	84.00	active
11841	141	2024-05-09	7	84.10	closed
11842	142	2024-05-10	8	84.20	active
11843	143	2024-05-11	9	84.30	active
11844	144	2024-05-12	1	84.40	closed
11845	145	2024-05-13	2	84.50	active
11846	146	2024-05-14	3	84.60	active
11847	147	2024-05-15	4	84.70	closed
11848	148	2024-05-16	5	84.80	active
11849	149	2024-05-17	6	84.90	active
11850	150	2024-05-18	7	85.00	closed
11851	151	2024-05-19	8	85.10	active
11852	152	2024-05-20	9	85.20	active
11853	153	2024-05-21	1	85.30	closed
11854	154	2024-05-22	2	85.40	active
11855	155	2024-05-23	3	85.50	active
11856	156	2024-05-24	4	85.60	closed
11857	157	2024-05-25	5	85.70	active
11858	158	2024-05-26	6	85.80	active
11859	159	2024-05-27	7	85.90	closed
11860	160	2024-05-28	8	86.00	active
11861	161	2024-05-29	9	86.10	active
11862	162	2024-05-30	1	86.20	closed
11863	163	2024-05-31	2	86.30	active
11864	164	2024-06-01	3	86.40	active
11865	165	2024-06-02	4	86.50	closed
11866	166	2024-06-03	5	86.60	active
11867	167	2024-06-04	6	86.70	active
11868	168	2024-06-05	7	86.80	closed
11869	169	2024-06-06	8	86.90	active
11870	170	2024-06-07	9	87.00	active
11871	171	2024-06-08	1	87.10	closed
11872	172	2024-06-09	2	87.20	active
11873	173	2024-06-10	3	87.30	active
11874	174	2024-06-11	4	87.40	closed
11875	175	2024-06-12	5	87.50	active
11876	176	2024-06-13	6	87.60	active
11877	177	2024-06-14	7	87.70	closed
11878	178	2024-06-15	8	87.80	active
11879	179	2024-06-16	9	87.90	active
11880	180	2024-06-17	1	88.00	closed
11881	181	2024-06-18	2	88.10	active
11882	182	2024-06-19	3	88.20	active
11883	183	2024-06-20	4	88.30	closed
11884	184	2024-06-21	5	88.40	active
11885	185	2024-06-22	6	88.50	active
11886	186	2024-06-23	7	88.60	closed
11887	187	2024-06-24	8	88.70	active
11888	188	2024-06-25	9	88.80	active
11889	189	2024-06-26	1	88.90	closed
11890	190	2024-06-27	2	89.00	active
11891	191	2024-06-28	3	89.10	active
11892	192	2024-06-29	4	89.20	closed
11893	193	2024-06-30	5	89.30	active
11894	194	2024-07-01	6	89.40	active
11895	195	2024-07-02	7	89.50	closed
11896	196	2024-07-03	8	89.60	active
11897	197	2024-07-04	9	89.70	active
11898	198	2024-07-05	1	89.80	closed
11899	199	2024-07-06	2	89.90	active
11900	200	2024-07-07	3	90.00	active
11901	201	2024-07-08	4	90.10	closed
11902	202	2024-07-09	5	90.20	active
11903	203	2024-07-10	6	90.30	active
11904	204	2024-07-11	7	90.40	closed
11905	205	2024-07-12	8	90.50	active
11906	206	2024-07-13	9	90.60	active
11907	207	2024-07-14	1	90.70	closed
11908	208	2024-07-15	2	90.80	active
11909	209	2024-07-16	3	90.90	active
11910	210	2024-07-17	4	91.00	closed
11911	211	2024-07-18	5	91.10	active
11912	212	2024-07-19	6	91.20	active
11913	213	2024-07-20	7	91.30	closed
11914	214	2024-07-21	8	91.40	active
11915	215	2024-07-22	9	91.50	active
11916	216	2024-07-23	1	91.60	closed
11917	217	2024-07-24	2	91.70	active
11918	218	2024-07-25	3	91.80	active
11919	219	2024-07-26	4	91.90	closed
11920	220	2024-07-27	5	92.00	active
11921	221	2024-07-28	6	92.10	active
11922	222	2024-07-29	7	92.20	closed
11923	223	2024-07-30	8	92.30	active
11924	224	2024-07-31	9	92.40	active
11925	225	2024-08-01	1	92.50	closed
11926	226	2024-08-02	2	92.60	active
11927	227	2024-08-03	3	92.70	active
11928	228	2024-08-04	4	92.80	closed
11929	229	2024-08-05	5	92.90	active
11930	230	2024-08-06	6	93.00	active
11931	231	2024-08-07	7	93.10	closed
11932	232	2024-08-08	8	93.20	active
11933	233	2024-08-09	9	93.30	active
11934	234	2024-08-10	1	93.40	closed
11935	235	2024-08-11	2	93.50	active
11936	236	2024-08-12	3	93.60	active
11937	237	2024-08-13	4	93.70	closed
11938	238	2024-08-14	5	93.80	active
11939	239	2024-08-15	6	93.90	active
11940	240	2024-08-16	7	94.00	closed
11941	241	2024-08-17	8	94.10	active
11942	242	2024-08-18	9	94.20	active
11943	243	2024-08-19	1	94.30	closed
11944	244	2024-08-20	2	94.40	active
11945	245	2024-08-21	3	94.50	active
11946	246	2024-08-22	4	94.60	closed
11947	247	2024-08-23	5	94.70	active
11948	248	2024-08-24	6	94.80	active
11949	249	2024-08-25	7	94.90	closed
11950	250	2024-08-26	8	95.00	active
11951	251	2024-08-27	9	95.10	active
11952	252	2024-08-28	1	95.20	closed
11953	253	2024-08-29	2	95.30	active
11954	254	2024-08-30	3	95.40	active
11955	255	2024-08-31	4	95.50	closed
11956	256	2024-09-01	5	95.60	active
11957	257	2024-09-02	6	95.70	active
11958	258	2024-09-03	7	95.80	closed
11959	259	2024-09-04	8	95.90	active
11960	260	2024-09-05	9	96.00	active
11961	261	2024-09-06	1	96.10	closed
11962	262	2024-09-07	2	96.20	active
11963	263	2024-09-08	3	96.30	active
11964	264	2024-09-09	4	96.40	closed
11965	265	2024-09-10	5	96.50	active
11966	266	2024-09-11	6	96.60	active
11967	267	2024-09-12	7	96.70	closed
11968	268	2024-09-13	8	96.80	active
11969	269	2024-09-14	9	96.90	active
11970	270	2024-09-15	1	97.00	closed
11971	271	2024-09-16	2	97.10	active
11972	272	2024-09-17	3	97.20	active
11973	273	2024-09-18	4	97.30	closed
11974	274	2024-09-19	5	97.40	active
11975	275	2024-09-20	6	97.50	active
11976	276	2024-09-21	7	97.60	closed
11977	277	2024-09-22	8	97.70	active
11978	278	2024-09-23	9	97.80	active
11979	279	2024-09-24	1	97.90	closed
11980	280	2024-09-25	2	98.00	active
11981	281	2024-09-26	3	98.10	active
11982	282	2024-09-27	4	98.20	closed
11983	283	2024-09-28	5	98.30	active
11984	284	2024-09-29	6	98.40	active
11985	285	2024-09-30	7	98.50	closed
11986	286	2024-10-01	8	98.60	active
11987	287	2024-10-02	9	98.70	active
11988	288	2024-10-03	1	98.80	closed
11989	289	2024-10-04	2	98.90	active
11990	290	2024-10-05	3	99.00	active
11991	291	2024-10-06	4	99.10	closed
11992	292	2024-10-07	5	99.20	active
11993	293	2024-10-08	6	99.30	active
11994	294	2024-10-09	7	99.40	closed
11995	295	2024-10-10	8	99.50	active
11996	296	2024-10-11	9	99.60	active
11997	297	2024-10-12	1	99.70	closed
11998	298	2024-10-13	2	99.80	active
11999	299	2024-10-14	3	99.90	active
12000	100	2024-10-15	4	0.00	closed
12001	101	2024-10-16	5	0.10	active
12002	102	2024-10-17	6	0.20	active
12003	103	2024-10-18	7	0.30	closed
12004	104	2024-10-19	8	0.40	active
12005	105	2024-10-20	9	0.50	active
12006	106	2024-10-21	1	0.60	closed
12007	107	2024-10-22	2	0.70	active
12008	108	2024-10-23	3	0.80	active
12009	109	2024-10-24	4	0.90	closed
12010	110	2024-10-25	5	1.00	active
12011	111	2024-10-26	6	1.10	active
12012	112	2024-10-27	7	1.20	closed
12013	113	2024-10-28	8	1.30	active
12014	114	2024-10-29	9	1.40	active
12015	115	2024-10-30	1	1.50	closed
12016	116	2024-10-31	2	1.60	active
12017	117	2024-11-01	3	1.70	active
12018	118	2024-11-02	4	1.80	closed
12019	119	2024-11-03	5	1.90	active
12020	120	2024-11-04	6	2.00	active
12021	121	2024-11-05	7	2.10	closed
12022	122	2024-11-06	8	2.20	active
12023	123	2024-11-07	9	2.30	active
12024	124	2024-11-08	1	2.40	closed
12025	125	2024-11-09	2	2.50	active
12026	126	2024-11-10	3	2.60	active
12027	127	2024-11-11	4	2.70	closed
12028	128	2024-11-12	5	2.80	active
12029	129	2024-11-13	6	2.90	active
12030	130	2024-11-14	7	3.00	closed
12031	131	2024-11-15	8	3.10	active
12032	132	2024-11-16	9	3.20	active
12033	133	2024-11-17	1	3.30	closed
12034	134	2024-11-18	2	3.40	active
12035	135	2024-11-19	3	3.50	active
12036	136	2024-11-20	4	3.60	closed
12037	137	2024-11-21	5	3.70	active
12038	138	2024-11-22	6	3.80	active
12039	139	2024-11-23	7	3.90	closed
12040	140	2024-11-24	8	4.00	active
12041	141	2024-11-25	9	4.10	active
12042	142	2024-11-26	1	4.20	closed
12043	143	2024-11-27	2	4.30	active
12044	144	2024-11-28	3	4.40	active
12045	145	2024-11-29	4	4.50	closed
12046	146	2024-11-30	5	4.60	active
12047	147	2024-12-01	6	4.70	active
12048	148	2024-12-02	7	4.80	closed
12049	149	2024-12-03	8	4.90	active
12050	150	2024-12-04	9	5.00	active
12051	151	2024-12-05	1	5.10	closed
12052	152	2024-12-06	2	5.20	active
12053	153	2024-12-07	3	5.30	active
12054	154	2024-12-08	4	5.40	closed
12055	155	2024-12-09	5	5.50	active
12056	156	2024-12-10	6	5.60	active
12057	157	2024-12-11	7	5.70	closed
12058	158	2024-12-12	8	5.80	active
12059	159	2024-12-13	9	5.90	active
12060	160	2024-12-14	1	6.00	closed
12061	161	2024-12-15	2	6.10	active
12062	162	2024-12-16	3	6.20	active
12063	163	2024-12-17	4	6.30	closed
12064	164	2024-12-18	5	6.40	active
12065	165	2024-12-19	6	6.50	active
12066	166	2024-12-20	7	6.60	closed
12067	167	2024-12-21	8	6.70	active
12068	168	2024-12-22	9	6.80	active
12069	169	2024-12-23	1	6.90	closed
12070	170	2024-12-24	2	7.00	active
12071	171	2024-12-25	3	7.10	active
12072	172	2024-12-26	4	7.20	closed
12073	173	2024-12-27	5	7.30	active
12074	174	2024-12-28	6	7.40	active
12075	175	2024-12-29	7	7.50	closed
12076	176	2024-12-30	8	7.60	active
12077	177	2024-12-31	9	7.70	active
12078	178	2024-01-01	1	7.80	closed
12079	179	2024-01-02	2	7.90	active
12080	180	2024-01-03	3	8.00	active
12081	181	2024-01-04	4	8.10	closed
12082	182	2024-01-05	5	8.20	active
12083	183	2024-01-06	6	8.30	active
12084	184	2024-01-07	7	8.40	closed
12085	185	2024-01-08	8	8.50	active
12086	186	2024-01-09	9	8.60	active
12087	187	2024-01-10	1	8.70	closed
12088	188	2024-01-11	2	8.80	active
12089	189	2024-01-12	3	8.90	active
12090	190	2024-01-13	4	9.00	closed
12091	191	2024-01-14	5	9.10	active
12092	192	2024-01-15	6	9.20	active
12093	193	2024-01-16	7	9.30	closed
12094	194	2024-01-17	8	9.40	active
12095	195	2024-01-18	9	9.50	active
12096	196	2024-01-19	1	9.60	closed
12097	197	2024-01-20	2	9.70	active
12098	198	2024-01-21	3	9.80	active
12099	199	2024-01-22	4	9.90	closed
12100	200	2024-01-23	5	10.00	active
12101	201	2024-01-24	6	10.10	active
12102	202	2024-01-25	7	10.20	closed
12103	203	2024-01-26	8	10.30	active
12104	204	2024-01-27	9	10.40	active
12105	205	2024-01-28	1	10.50	closed
12106	206	2024-01-29	2	10.60	active
12107	207	2024-01-30	3	10.70	active
12108	208	2024-01-31	4	10.80	closed
12109	209	2024-02-01	5	10.90	active
12110	210	2024-02-02	6	11.00	active
12111	211	2024-02-03	7	11.10	closed
12112	212	2024-02-04	8	11.20	active
12113	213	2024-02-05	9	11.30	active
12114	214	2024-02-06	1	11.40	closed
12115	215	2024-02-07	2	11.50	active
12116	216	2024-02-08	3	11.60	active
12117	217	2024-02-09	4	11.70	closed
12118	218	2024-02-10	5	11.80	active
12119	219	2024-02-11	6	11.90	active
12120	220	2024-02-12	7	12.00	closed
12121	221	2024-02-13	8	12.10	active
12122	222	2024-02-14	9	12.20	active
12123	223	2024-02-15	1	12.30	closed
12124	224	2024-02-16	2	12.40	active
12125	225	2024-02-17	3	12.50	active
12126	226	2024-02-18	4	12.60	closed
12127	227	2024-02-19	5	12.70	active
12128	228	2024-02-20	6	12.80	active
12129	229	2024-02-21	7	12.90	closed
12130	230	2024-02-22	8	13.00	active
12131	231	2024-02-23	9	13.10	active
12132	232	2024-02-24	1	13.20	closed
12133	233	2024-02-25	2	13.30	active
12134	234	2024-02-26	3	13.40	active
12135	235	2024-02-27	4	13.50	closed
12136	236	2024-02-28	5	13.60	active
12137	237	2024-02-29	6	13.70	active
12138	238	2024-03-01	7	13.80	closed
12139	239	2024-03-02	8	13.90	active
12140	240	2024-03-03	9	14.00	active
12141	241	2024-03-04	1	14.10	closed
12142	242	2024-03-05	2	14.20	active
12143	243	2024-03-06	3	14.30	active
12144	244	2024-03-07	4	14.40	closed
12145	245	2024-03-08	5	14.50	active
12146	246	2024-03-09	6	14.60	active
12147	247	2024-03-10	7	14.70	closed
12148	248	2024-03-11	8	14.80	active
12149	249	2024-03-12	9	14.90	active
12150	250	2024-03-13	1	15.00	closed
12151	251	2024-03-14	2	15.10	active
12152	252	2024-03-15	3	15.20	active
12153	253	2024-03-16	4	15.30	closed
12154	254	2024-03-17	5	15.40	active
12155	255	2024-03-18	6	15.50	active
12156	256	2024-03-19	7	15.60	closed
12157	257	2024-03-20	8	15.70	active
12158	258	2024-03-21	9	15.80	active
12159	259	2024-03-22	1	15.90	closed
12160	260	2024-03-23	2	16.00	active
12161	261	2024-03-24	3	16.10	active
12162	262	2024-03-25	4	16.20	closed
12163	263	2024-03-26	5	16.30	active
12164	264	2024-03-27	6	16.40	active
12165	265	2024-03-28	7	16.50	closed
12166	266	2024-03-29	8	16.60	active
12167	267	2024-03-30	9	16.70	active
12168	268	2024-03-31	1	16.80	closed
12169	269	2024-04-01	2	16.90	active
12170	270	2024-04-02	3	17.00	active
12171	271	2024-04-03	4	17.10	closed
12172	272	2024-04-04	5	17.20	active
12173	273	2024-04-05	6	17.30	active
12174	274	2024-04-06	7	17.40	closed
12175	275	2024-04-07	8	17.50	active
12176	276	2024-04-08	9	17.60	active
12177	277	2024-04-09	1	17.70	closed
12178	278	2024-04-10	2	17.80	active
12179	279	2024-04-11	3	17.90	active
12180	280	2024-04-12	4	18.00	closed
12181	281	2024-04-13	5	18.10	active
12182	282	2024-04-14	6	18.20	active
12183	283	2024-04-15	7	18.30	closed
12184	284	2024-04-16	8	18.40	active
12185	285	2024-04-17	9	18.50	active
12186	286	2024-04-18	1	18.60	closed
12187	287	2024-04-19	2	18.70	active
12188	288	2024-04-20	3	18.80	active
12189	289	2024-04-21	4	18.90	closed
12190	290	2024-04-22	5	19.00	active
12191	291	2024-04-23	6	19.10	active
12192	292	2024-04-24	7	19.20	closed
12193	293	2024-04-25	8	19.30	active
12194	294	2024-04-26	9	19.40	active
12195	295	2024-04-27	1	19.50	closed
12196	296	2024-04-28	2	19.60	active
12197	297	2024-04-29	3	19.70	active
12198	298	2024-04-30	4	19.80	closed
12199	299	2024-05-01	5	19.90	active
12200	100	2024-05-02	6	20.00	active
12201	101	2024-05-03	7	20.10	closed
12202	102	2024-05-04	8	20.20	active
12203	103	2024-05-05	9	20.30	active
12204	104	2024-05-06	1	20.40	closed
12205	105	2024-05-07	2	20.50	active
12206	106	2024-05-08	3	20.60	active
12207	107	2024-05-09	4	20.70	closed
12208	108	2024-05-10	5	20.80	active
12209	109	2024-05-11	6	20.90	active
12210	110	2024-05-12	7	21.00	closed
12211	111	2024-05-13	8	21.10	active
12212	112	2024-05-14	9	21.20	active
12213	113	2024-05-15	1	21.30	closed
12214	114	2024-05-16	2	21.40	active
12215	115	2024-05-17	3	21.50	active
12216	116	2024-05-18	4	21.60	closed
12217	117	2024-05-19	5	21.70	active
12218	118	2024-05-20	6	21.80	active
12219	119	2024-05-21	7	21.90	closed
12220	120	2024-05-22	8	22.00	active
12221	121	2024-05-23	9	22.10	active
12222	122	2024-05-24	1	22.20	closed
12223	123	2024-05-25	2	22.30	active
12224	124	2024-05-26	3	22.40	active
12225	125	2024-05-27	4	22.50	closed
12226	126	2024-05-28	5	22.60	active
12227	127	2024-05-29	6	22.70	active
12228	128	2024-05-30	7	22.80	closed
12229	129	2024-05-31	8	22.90	active
12230	130	2024-06-01	9	23.00	active
12231	131	2024-06-02	1	23.10	closed
12232	132	2024-06-03	2	23.20	active
12233	133	2024-06-04	3	23.30	active
12234	134	2024-06-05	4	23.40	closed
12235	135	2024-06-06	5	23.50	active
12236	136	2024-06-07	6	23.60	active
12237	137	2024-06-08	7	23.70	closed
12238	138	2024-06-09	8	23.80	active
12239	139	2024-06-10	9	23.90	active
12240	140	2024-06-11	1	24.00	closed
12241	141	2024-06-12	2	24.10	active
12242	142	2024-06-13	3	24.20	active
12243	143	2024-06-14	4	24.30	closed
12244	144	2024-06-15	5	24.40	active
12245	145	2024-06-16	6	24.50	active
12246	146	2024-06-17	7	24.60	closed
12247	147	2024-06-18	8	24.70	active
12248	148	2024-06-19	9	24.80	active
12249	149	2024-06-20	1	24.90	closed
12250	150	2024-06-21	2	25.00	active
12251	151	2024-06-22	3	25.10	active
12252	152	2024-06-23	4	25.20	closed
12253	153	2024-06-24	5	25.30	active
12254	154	2024-06-25	6	25.40	active
12255	155	2024-06-26	7	25.50	closed
12256	156	2024-06-27	8	25.60	active
12257	157	2024-06-28	9	25.70	active
12258	158	2024-06-29	1	25.80	closed
12259	159	2024-06-30	2	25.90	active
12260	160	2024-07-01	3	26.00	active
12261	161	2024-07-02	4	26.10	closed
12262	162	2024-07-03	5	26.20	active
12263	163	2024-07-04	6	26.30	active
12264	164	2024-07-05	7	26.40	closed
12265	165	2024-07-06	8	26.50	active
12266	166	2024-07-07	9	26.60	active
12267	167	2024-07-08	1	26.70	closed
12268	168	2024-07-09	2	26.80	active
12269	169	2024-07-10	3	26.90	active
12270	170	2024-07-11	4	27.00	closed
12271	171	2024-07-12	5	27.10	active
12272	172	2024-07-13	6	27.20	active
12273	173	2024-07-14	7	27.30	closed
12274	174	2024-07-15	8	27.40	active
12275	175	2024-07-16	9	27.50	active
12276	176	2024-07-17	1	27.60	closed
12277	177	2024-07-18	2	27.70	active
12278	178	2024-07-19	3	27.80	active
12279	179	2024-07-20	4	27.90	closed
12280	180	2024-07-21	5	28.00	active
12281	181	2024-07-22	6	28.10	active
12282	182	2024-07-23	7	28.20	closed
12283	183	2024-07-24	8	28.30	active
12284	184	2024-07-25	9	28.40	active
12285	185	2024-07-26	1	28.50	closed
12286	186	2024-07-27	2	28.60	active
12287	187	2024-07-28	3	28.70	active
12288	188	2024-07-29	4	28.80	closed
12289	189	2024-07-30	5	28.90	active
12290	190	2024-07-31	6	29.00	active
12291	191	2024-08-01	7	29.10	closed
12292	192	2024-08-02	8	29.20	active
12293	193	2024-08-03	9	29.30	active
12294	194	2024-08-04	1	29.40	closed
12295	195	2024-08-05	2	29.50	active
12296	196	2024-08-06	3	29.60	active
12297	197	2024-08-07	4	29.70	closed
12298	198	2024-08-08	5	29.80	active
12299	199	2024-08-09	6	29.90	active
12300	200	2024-08-10	7	30.00	closed
12301	201	2024-08-11	8	30.10	active
12302	202	2024-08-12	9	30.20	active
12303	203	2024-08-13	1	30.30	closed
12304	204	2024-08-14	2	30.40	active
12305	205	2024-08-15	3	30.50	active
12306	206	2024-08-16	4	30.60	closed
12307	207	2024-08-17	5	30.70	active
12308	208	2024-08-18	6	30.80	active
12309	209	2024-08-19	7	30.90	closed
12310	210	2024-08-20	8	31.00	active
12311	211	2024-08-21	9	31.10	active
12312	212	2024-08-22	1	31.20	closed
12313	213	2024-08-23	2	31.30	active
12314	214	2024-08-24	3	31.40	active
12315	215	2024-08-25	4	31.50	closed
12316	216	2024-08-26	5	31.60	active
12317	217	2024-08-27	6	31.70	active
12318	218	2024-08-28	7	31.80	closed
12319	219	2024-08-29	8	31.90	active
12320	220	2024-08-30	9	32.00	active
12321	221	2024-08-31	1	32.10	closed
12322	222	2024-09-01	2	32.20	active
12323	223	2024-09-02	3	32.30	active
12324	224	2024-09-03	4	32.40	closed
12325	225	2024-09-04	5	32.50	active
12326	226	2024-09-05	6	32.60	active
12327	227	2024-09-06	7	32.70	closed
12328	228	2024-09-07	8	32.80	active
12329	229	2024-09-08	9	32.90	active
12330	230	2024-09-09	1	33.00	closed
12331	231	2024-09-10	2	33.10	active
12332	232	2024-09-11	3	33.20	active
12333	233	2024-09-12	4	33.30	closed
12334	234	2024-09-13	5	33.40	active
12335	235	2024-09-14	6	33.50	active
12336	236	2024-09-15	7	33.60	closed
12337	237	2024-09-16	8	33.70	active
12338	238	2024-09-17	9	33.80	active
12339	239	2024-09-18	1	33.90	closed
12340	240	2024-09-19	2	34.00	active
12341	241	2024-09-20	3	34.10	active
12342	242	2024-09-21	4	34.20	closed
12343	243	2024-09-22	5	34.30	active
12344	244	2024-09-23	6	34.40	active
12345	245	2024-09-24	7	34.50	closed
12346	246	2024-09-25	8	34.60	active
12347	247	2024-09-26	9	34.70	active
12348	248	2024-09-27	1	34.80	closed
12349	249	2024-09-28	2	34.90	active
12350	250	2024-09-29	3	35.00	active
12351	251	2024-09-30	4	35.10	closed
12352	252	2024-10-01	5	35.20	active
12353	253	2024-10-02	6	35.30	active
12354	254	2024-10-03	7	35.40	closed
12355	255	2024-10-04	8	35.50	active
12356	256	2024-10-05	9	35.60	active
12357	257	2024-10-06	1	35.70	closed
12358	258	2024-10-07	2	35.80	active
12359	259	2024-10-08	3	35.90	active
12360	260	2024-10-09	4	36.00	closed
12361	261	2024-10-10	5	36.10	active
12362	262	2024-10-11	6	36.20	active
12363	263	2024-10-12	7	36.30	closed
12364	264	2024-10-13	8	36.40	active
12365	265	2024-10-14	9	36.50	active
12366	266	2024-10-15	1	36.60	closed
12367	267	2024-10-16	2	36.70	active
12368	268	2024-10-17	3	36.80	active
12369	269	2024-10-18	4	36.90	closed
12370	270	2024-10-19	5	37.00	active
12371	271	2024-10-20	6	37.10	active
12372	272	2024-10-21	7	37.20	closed
12373	273	2024-10-22	8	37.30	active
12374	274	2024-10-23	9	37.40	active
12375	275	2024-10-24	1	37.50	closed
12376	276	2024-10-25	2	37.60	active
12377	277	2024-10-26	3	37.70	active
12378	278	2024-10-27	4	37.80	closed
12379	279	2024-10-28	5	37.90	active
12380	280	2024-10-29	6	38.00	active
12381	281	2024-10-30	7	38.10	closed
12382	282	2024-10-31	8	38.20	active
12383	283	2024-11-01	9	38.30	active
12384	284	2024-11-02	1	38.40	closed
12385	285	2024-11-03	2	38.50	active
12386	286	2024-11-04	3	38.60	active
12387	287	2024-11-05	4	38.70	closed
12388	288	2024-11-06	5	38.80	active
12389	289	2024-11-07	6	38.90	active
12390	290	2024-11-08	7	39.00	closed
12391	291	2024-11-09	8	39.10	active
12392	292	2024-11-10	9	39.20	active
12393	293	2024-11-11	1	39.30	closed
12394	294	2024-11-12	2	39.40	active
12395	295	2024-11-13	3	39.50	active
12396	296	2024-11-14	4	39.60	closed
12397	297	2024-11-15	5	39.70	active
12398	298	2024-11-16	6	39.80	active
12399	299	2024-11-17	7	39.90	closed
12400	100	2024-11-18	8	40.00	active
12401	101	2024-11-19	9	40.10	active
12402	102	2024-11-20	1	40.20	closed
12403	103	2024-11-21	2	40.30	active
12404	104	2024-11-22	3	40.40	active
12405	105	2024-11-23	4	40.50	closed
12406	106	2024-11-24	5	40.60	active
12407	107	2024-11-25	6	40.70	active
12408	108	2024-11-26	7	40.80	closed
12409	109	2024-11-27	8	40.90	active
12410	110	2024-11-28	9	41.00	active
12411	111	2024-11-29	1	41.10	closed
12412	112	2024-11-30	2	41.20	active
12413	113	2024-12-01	3	41.30	active
12414	114	2024-12-02	4	41.40	closed
12415	115	2024-12-03	5	41.50	active
12416	116	2024-12-04	6	41.60	active
12417	117	2024-12-05	7	41.70	closed
12418	118	2024-12-06	8	41.80	active
12419	119	2024-12-07	9	41.90	active
12420	120	2024-12-08	1	42.00	closed
12421	121	2024-12-09	2	42.10	active
12422	122	2024-12-10	3	42.20	active
12423	123	2024-12-11	4	42.30	closed
12424	124	2024-12-12	5	42.40	active
12425	125	2024-12-13	6	42.50	active
12426	126	2024-12-14	7	42.60	closed
12427	127	2024-12-15	8	42.70	active
12428	128	2024-12-16	9	42.80	active
12429	129	2024-12-17	1	42.90	closed
12430	130	2024-12-18	2	43.00	active
12431	131	2024-12-19	3	43.10	active
12432	132	2024-12-20	4	43.20	closed
12433	133	2024-12-21	5	43.30	active
12434	134	2024-12-22	6	43.40	active
12435	135	2024-12-23	7	43.50	closed
12436	136	2024-12-24	8	43.60	active
12437	137	2024-12-25	9	43.70	active
12438	138	2024-12-26	1	43.80	closed
12439	139	2024-12-27	2	43.90	active
12440	140	2024-12-28	3	44.00	active
12441	141	2024-12-29	4	44.10	closed
12442	142	2024-12-30	5	44.20	active
12443	143	2024-12-31	6	44.30	active
12444	144	2024-01-01	7	44.40	closed
12445	145	2024-01-02	8	44.50	active
12446	146	2024-01-03	9	44.60	active
12447	147	2024-01-04	1	44.70	closed
12448	148	2024-01-05	2	44.80	active
12449	149	2024-01-06	3	44.90	active
12450	150	2024-01-07	4	45.00	closed
12451	151	2024-01-08	5	45.10	active
12452	152	2024-01-09	6	45.20	active
12453	153	2024-01-10	7	45.30	closed
12454	154	2024-01-11	8	45.40	active
12455	155	2024-01-12	9	45.50	active
12456	156	2024-01-13	1	45.60	closed
12457	157	2024-01-14	2	45.70	active
12458	158	2024-01-15	3	45.80	active
12459	159	2024-01-16	4	45.90	closed
12460	160	2024-01-17	5	46.00	active
12461	161	2024-01-18	6	46.10	active
12462	162	2024-01-19	7	46.20	closed
12463	163	2024-01-20	8	46.30	active
12464	164	2024-01-21	9	46.40	active
12465	165	2024-01-22	1	46.50	closed
12466	166	2024-01-23	2	46.60	active
12467	167	2024-01-24	3	46.70	active
12468	168	2024-01-25	4	46.80	closed
12469	169	2024-01-26	5	46.90	active
12470	170	2024-01-27	6	47.00	active
12471	171	2024-01-28	7	47.10	closed
12472	172	2024-01-29	8	47.20	active
12473	173	2024-01-30	9	47.30	active
12474	174	2024-01-31	1	47.40	closed
12475	175	2024-02-01	2	47.50	active
12476	176	2024-02-02	3	47.60	active
12477	177	2024-02-03	4	47.70	closed
12478	178	2024-02-04	5	47.80	active
12479	179	2024-02-05	6	47.90	active
12480	180	2024-02-06	7	48.00	closed
12481	181	2024-02-07	8	48.10	active
12482	182	2024-02-08	9	48.20	active
12483	183	2024-02-09	1	48.30	closed
12484	184	2024-02-10	2	48.40	active
12485	185	2024-02-11	3	48.50	active
12486	186	2024-02-12	4	48.60	closed
12487	187	2024-02-13	5	48.70	active
12488	188	2024-02-14	6	48.80	active
12489	189	2024-02-15	7	48.90	closed
12490	190	2024-02-16	8	49.00	active
12491	191	2024-02-17	9	49.10	active
12492	192	2024-02-18	1	49.20	closed
12493	193	2024-02-19	2	49.30	active
12494	194	2024-02-20	3	49.40	active
12495	195	2024-02-21	4	49.50	closed
12496	196	2024-02-22	5	49.60	active
12497	197	2024-02-23	6	49.70	active
12498	198	2024-02-24	7	49.80	closed
12499	199	2024-02-25	8	49.90	active
12500	200	2024-02-26	9	50.00	active
12501	201	2024-02-27	1	50.10	closed
12502	202	2024-02-28	2	50.20	active
12503	203	2024-02-29	3	50.30	active
12504	204	2024-03-01	4	50.40	closed
12505	205	2024-03-02	5	50.50	active
12506	206	2024-03-03	6	50.60	active
12507	207	2024-03-04	7	50.70	closed
12508	208	2024-03-05	8	50.80	active
12509	209	2024-03-06	9	50.90	active
12510	210	2024-03-07	1	51.00	closed
12511	211	2024-03-08	2	51.10	active
12512	212	2024-03-09	3	51.20	active
12513	213	2024-03-10	4	51.30	closed
12514	214	2024-03-11	5	51.40	active
12515	215	2024-03-12	6	51.50	active
12516	216	2024-03-13	7	51.60	closed
12517	217	2024-03-14	8	51.70	active
12518	218	2024-03-15	9	51.80	active
12519	219	2024-03-16	1	51.90	closed
12520	220	2024-03-17	2	52.00	active
12521	221	2024-03-18	3	52.10	active
12522	222	2024-03-19	4	52.20	closed
12523	223	2024-03-20	5	52.30	active
12524	224	2024-03-21	6	52.40	active
12525	225	2024-03-22	7	52.50	closed
12526	226	2024-03-23	8	52.60	active
12527	227	2024-03-24	9	52.70	active
12528	228	2024-03-25	1	52.80	closed
12529	229	2024-03-26	2	52.90	active
12530	230	2024-03-27	3	53.00	active
12531	231	2024-03-28	4	53.10	closed
12532	232	2024-03-29	5	53.20	active
12533	233	2024-03-30	6	53.30	active
12534	234	2024-03-31	7	53.40	closed
12535	235	2024-04-01	8	53.50	active
12536	236	2024-04-02	9	53.60	active
12537	237	2024-04-03	1	53.70	closed
12538	238	2024-04-04	2	53.80	active
12539	239	2024-04-05	3	53.90	active
12540	240	2024-04-06	4	54.00	closed
12541	241	2024-04-07	5	54.10	active
12542	242	2024-04-08	6	54.20	active
12543	243	2024-04-09	7	54.30	closed
12544	244	2024-04-10	8	54.40	active
12545	245	2024-04-11	9	54.50	active
12546	246	2024-04-12	1	54.60	closed
12547	247	2024-04-13	2	54.70	active
12548	248	2024-04-14	3	54.80	active
12549	249	2024-04-15	4	54.90	closed
12550	250	2024-04-16	5	55.00	active
12551	251	2024-04-17	6	55.10	active
12552	252	2024-04-18	7	55.20	closed
12553	253	2024-04-19	8	55.30	active
12554	254	2024-04-20	9	55.40	active
12555	255	2024-04-21	1	55.50	closed
12556	256	2024-04-22	2	55.60	active
12557	257	2024-04-23	3	55.70	active
12558	258	2024-04-24	4	55.80	closed
12559	259	2024-04-25	5	55.90	active
12560	260	2024-04-26	6	56.00	active
12561	261	2024-04-27	7	56.10	closed
12562	262	2024-04-28	8	56.20	active
12563	263	2024-04-29	9	56.30	active
12564	264	2024-04-30	1	56.40	closed
12565	265	2024-05-01	2	56.50	active
12566	266	2024-05-02	3	56.60	active
12567	267	2024-05-03	4	56.70	closed
12568	268	2024-05-04	5	56.80	active
12569	269	2024-05-05	6	56.90	active
12570	270	2024-05-06	7	57.00	closed
12571	271	2024-05-07	8	57.10	active
12572	272	2024-05-08	9	57.20	active
12573	273	2024-05-09	1	57.30	closed
12574	274	2024-05-10	2	57.40	active
12575	275	2024-05-11	3	57.50	active
12576	276	2024-05-12	4	57.60	closed
12577	277	2024-05-13	5	57.70	active
12578	278	2024-05-14	6	57.80	active
12579	279	2024-05-15	7	57.90	closed
12580	280	2024-05-16	8	58.00	active
12581	281	2024-05-17	9	58.10	active
12582	282	2024-05-18	1	58.20	closed
12583	283	2024-05-19	2	58.30	active
12584	284	2024-05-20	3	58.40	active
12585	285	2024-05-21	4	58.50	closed
12586	286	2024-05-22	5	58.60	active
12587	287	2024-05-23	6	58.70	active
12588	288	2024-05-24	7	58.80	closed
12589	289	2024-05-25	8	58.90	active
12590	290	2024-05-26	9	59.00	active
12591	291	2024-05-27	1	59.10	closed
12592	292	2024-05-28	2	59.20	active
12593	293	2024-05-29	3	59.30	active
12594	294	2024-05-30	4	59.40	closed
12595	295	2024-05-31	5	59.50	active
12596	296	2024-06-01	6	59.60	active
12597	297	2024-06-02	7	59.70	closed
12598	298	2024-06-03	8	59.80	active
12599	299	2024-06-04	9	59.90	active
12600	100	2024-06-05	1	60.00	closed
12601	101	2024-06-06	2	60.10	active
12602	102	2024-06-07	3	60.20	active
12603	103	2024-06-08	4	60.30	closed
12604	104	2024-06-09	5	60.40	active
12605	105	2024-06-10	6	60.50	active
12606	106	2024-06-11	7	60.60	closed
12607	107	2024-06-12	8	60.70	active
12608	108	2024-06-13	9	60.80	active
12609	109	2024-06-14	1	60.90	closed
12610	110	2024-06-15	2	61.00	active
12611	111	2024-06-16	3	61.10	active
12612	112	2024-06-17	4	61.20	closed
12613	113	2024-06-18	5	61.30	active
12614	114	2024-06-19	6	61.40	active
12615	115	2024-06-20	7	61.50	closed
12616	116	2024-06-21	8	61.60	active
12617	117	2024-06-22	9	61.70	active
12618	118	2024-06-23	1	61.80	closed
12619	119	2024-06-24	2	61.90	active
12620	120	2024-06-25	3	62.00	active
12621	121	2024-06-26	4	62.10	closed
12622	122	2024-06-27	5	62.20	active
12623	123	2024-06-28	6	62.30	active
12624	124	2024-06-29	7	62.40	closed
12625	125	2024-06-30	8	62.50	active
12626	126	2024-07-01	9	62.60	active
12627	127	2024-07-02	1	62.70	closed
12628	128	2024-07-03	2	62.80	active
12629	129	2024-07-04	3	62.90	active
12630	130	2024-07-05	4	63.00	closed
12631	131	2024-07-06	5	63.10	active
12632	132	2024-07-07	6	63.20	active
12633	133	2024-07-08	7	63.30	closed
12634	134	2024-07-09	8	63.40	active
12635	135	2024-07-10	9	63.50	active
12636	136	2024-07-11	1	63.60	closed
12637	137	2024-07-12	2	63.70	active
12638	138	2024-07-13	3	63.80	active
12639	139	2024-07-14	4	63.90	closed
12640	140	2024-07-15	5	64.00	active
12641	141	2024-07-16	6	64.10	active
12642	142	2024-07-17	7	64.20	closed
12643	143	2024-07-18	8	64.30	active
12644	144	2024-07-19	9	64.40	active
12645	145	2024-07-20	1	64.50	closed
12646	146	2024-07-21	2	64.60	active
12647	147	2024-07-22	3	64.70	active
12648	148	2024-07-23	4	64.80	closed
12649	149	2024-07-24	5	64.90	active
12650	150	2024-07-25	6	65.00	active
12651	151	2024-07-26	7	65.10	closed
12652	152	2024-07-27	8	65.20	active
12653	153	2024-07-28	9	65.30	active
12654	154	2024-07-29	1	65.40	closed
12655	155	2024-07-30	2	65.50	active
12656	156	2024-07-31	3	65.60	active
12657	157	2024-08-01	4	65.70	closed
12658	158	2024-08-02	5	65.80	active
12659	159	2024-08-03	6	65.90	active
12660	160	2024-08-04	7	66.00	closed
12661	161	2024-08-05	8	66.10	active
12662	162	2024-08-06	9	66.20	active
12663	163	2024-08-07	1	66.30	closed
12664	164	2024-08-08	2	66.40	active
12665	165	2024-08-09	3	66.50	active
12666	166	2024-08-10	4	66.60	closed
12667	167	2024-08-11	5	66.70	active
12668	168	2024-08-12	6	66.80	active
12669	169	2024-08-13	7	66.90	closed
12670	170	2024-08-14	8	67.00	active
12671	171	2024-08-15	9	67.10	active
12672	172	2024-08-16	1	67.20	closed
12673	173	2024-08-17	2	67.30	active
12674	174	2024-08-18	3	67.40	active
12675	175	2024-08-19	4	67.50	closed
12676	176	2024-08-20	5	67.60	active
12677	177	2024-08-21	6	67.70	active
12678	178	2024-08-22	7	67.80	closed
12679	179	2024-08-23	8	67.90	active
12680	180	2024-08-24	9	68.00	active
12681	181	2024-08-25	1	68.10	closed
12682	182	2024-08-26	2	68.20	active
12683	183	2024-08-27	3	68.30	active
12684	184	2024-08-28	4	68.40	closed
12685	185	2024-08-29	5	68.50	active
12686	186	2024-08-30	6	68.60	active
12687	187	2024-08-31	7	68.70	closed
12688	188	2024-09-01	8	68.80	active
12689	189	2024-09-02	9	68.90	active
12690	190	2024-09-03	1	69.00	closed
12691	191	2024-09-04	2	69.10	active
12692	192	2024-09-05	3	69.20	active
12693	193	2024-09-06	4	69.30	closed
12694	194	2024-09-07	5	69.40	active
12695	195	2024-09-08	6	69.50	active
12696	196	2024-09-09	7	69.60	closed
12697	197	2024-09-10	8	69.70	active
12698	198	2024-09-11	9	69.80	active
12699	199	2024-09-12	1	69.90	closed
12700	200	2024-09-13	2	70.00	active
12701	201	2024-09-14	3	70.10	active
12702	202	2024-09-15	4	70.20	closed
12703	203	2024-09-16	5	70.30	active
12704	204	2024-09-17	6	70.40	active
12705	205	2024-09-18	7	70.50	closed
12706	206	2024-09-19	8	70.60	active
12707	207	2024-09-20	9	70.70	active
12708	208	2024-09-21	1	70.80	closed
12709	209	2024-09-22	2	70.90	active
12710	210	2024-09-23	3	71.00	active
12711	211	2024-09-24	4	71.10	closed
12712	212	2024-09-25	5	71.20	active
12713	213	2024-09-26	6	71.30	active
12714	214	2024-09-27	7	71.40	closed
12715	215	2024-09-28	8	71.50	active
12716	216	2024-09-29	9	71.60	active
12717	217	2024-09-30	1	71.70	closed
12718	218	2024-10-01	2	71.80	active
12719	219	2024-10-02	3	71.90	active
12720	220	2024-10-03	4	72.00	closed
12721	221	2024-10-04	5	72.10	active
12722	222	2024-10-05	6	72.20	active
12723	223	2024-10-06	7	72.30	closed
12724	224	2024-10-07	8	72.40	active
12725	225	2024-10-08	9	72.50	active
12726	226	2024-10-09	1	72.60	closed
12727	227	2024-10-10	2	72.70	active
12728	228	2024-10-11	3	72.80	active
12729	229	2024-10-12	4	72.90	closed
12730	230	2024-10-13	5	73.00	active
12731	231	2024-10-14	6	73.10	active
12732	232	2024-10-15	7	73.20	closed
12733	233	2024-10-16	8	73.30	active
12734	234	2024-10-17	9	73.40	active
12735	235	2024-10-18	1	73.50	closed
12736	236	2024-10-19	2	73.60	active
12737	237	2024-10-20	3	73.70	active
12738	238	2024-10-21	4	73.80	closed
12739	239	2024-10-22	5	73.90	active
12740	240	2024-10-23	6	74.00	active
12741	241	2024-10-24	7	74.10	closed
12742	242	2024-10-25	8	74.20	active
12743	243	2024-10-26	9	74.30	active
12744	244	2024-10-27	1	74.40	closed
12745	245	2024-10-28	2	74.50	active
12746	246	2024-10-29	3	74.60	active
12747	247	2024-10-30	4	74.70	closed
12748	248	2024-10-31	5	74.80	active
12749	249	2024-11-01	6	74.90	active
12750	250	2024-11-02	7	75.00	closed
12751	251	2024-11-03	8	75.10	active
12752	252	2024-11-04	9	75.20	active
12753	253	2024-11-05	1	75.30	closed
12754	254	2024-11-06	2	75.40	active
12755	255	2024-11-07	3	75.50	active
12756	256	2024-11-08	4	75.60	closed
12757	257	2024-11-09	5	75.70	active
12758	258	2024-11-10	6	75.80	active
12759	259	2024-11-11	7	75.90	closed
12760	260	2024-11-12	8	76.00	active
12761	261	2024-11-13	9	76.10	active
12762	262	2024-11-14	1	76.20	closed
12763	263	2024-11-15	2	76.30	active
12764	264	2024-11-16	3	76.40	active
12765	265	2024-11-17	4	76.50	closed
12766	266	2024-11-18	5	76.60	active
12767	267	2024-11-19	6	76.70	active
12768	268	2024-11-20	7	76.80	closed
12769	269	2024-11-21	8	76.90	active
12770	270	2024-11-22	9	77.00	active
12771	271	2024-11-23	1	77.10	closed
12772	272	2024-11-24	2	77.20	active
12773	273	2024-11-25	3	77.30	active
12774	274	2024-11-26	4	77.40	closed
12775	275	2024-11-27	5	77.50	active
12776	276	2024-11-28	6	77.60	active
12777	277	2024-11-29	7	77.70	closed
12778	278	2024-11-30	8	77.80	active
12779	279	2024-12-01	9	77.90	active
12780	280	2024-12-02	1	78.00	closed
12781	281	2024-12-03	2	78.10	active
12782	282	2024-12-04	3	78.20	active
12783	283	2024-12-05	4	78.30	closed
12784	284	2024-12-06	5	78.40	active
12785	285	2024-12-07	6	78.50	active
12786	286	2024-12-08	7	78.60	closed
12787	287	2024-12-09	8	78.70	active
12788	288	2024-12-10	9	78.80	active
12789	289	2024-12-11	1	78.90	closed
12790	290	2024-12-12	2	79.00	active
12791	291	2024-12-13	3	79.10	active
12792	292	2024-12-14	4	79.20	closed
12793	293	2024-12-15	5	79.30	active
12794	294	2024-12-16	6	79.40	active
12795	295	2024-12-17	7	79.50	closed
12796	296	2024-12-18	8	79.60	active
12797	297	2024-12-19	9	79.70	active
12798	298	2024-12-20	1	79.80	closed
12799	299	2024-12-21	2	79.90	active
12800	100	2024-12-22	3	80.00	active
12801	101	2024-12-23	4	80.10	closed
12802	102	2024-12-24	5	80.20	active
12803	103	2024-12-25	6	80.30	active
12804	104	2024-12-26	7	80.40	closed
12805	105	2024-12-27	8	80.50	active
12806	106	2024-12-28	9	80.60	active
12807	107	2024-12-29	1	80.70	closed
12808	108	2024-12-30	2	80.80	active
12809	109	2024-12-31	3	80.90	active
12810	110	2024-01-01	4	81.00	closed
12811	111	2024-01-02	5	81.10	active
12812	112	2024-01-03	6	81.20	active
12813	113	2024-01-04	7	81.30	closed
12814	114	2024-01-05	8	81.40	active
12815	115	2024-01-06	9	81.50	active
12816	116	2024-01-07	1	81.60	closed
12817	117	2024-01-08	2	81.70	active
12818	118	2024-01-09	3	81.80	active
12819	119	2024-01-10	4	81.90	closed
12820	120	2024-01-11	5	82.00	active
12821	121	2024-01-12	6	82.10	active
12822	122	2024-01-13	7	82.20	closed
12823	123	2024-01-14	8	82.30	active
12824	124	2024-01-15	9	82.40	active
12825	125	2024-01-16	1	82.50	closed
12826	126	2024-01-17	2	82.60	active
12827	127	2024-01-18	3	82.70	active
12828	128	2024-01-19	4	82.80	closed
12829	129	2024-01-20	5	82.90	active
12830	130	2024-01-21	6	83.00	active
12831	131	2024-01-22	7	83.10	closed
12832	132	2024-01-23	8	83.20	active
12833	133	2024-01-24	9	83.30	active
12834	134	2024-01-25	1	83.40	closed
12835	135	2024-01-26	2	83.50	active
12836	136	2024-01-27	3	83.60	active
12837	137	2024-01-28	4	83.70	closed
12838	138	2024-01-29	5	83.80	active
12839	139	2024-01-30	6	83.90	active
12840	140	2024-01-31	7	84.00	closed
12841	141	2024-02-01	8	84.10	active
12842	142	2024-02-02	9	84.20	active
12843	143	2024-02-03	1	84.30	closed
12844	144	2024-02-04	2	84.40	active
12845	145	2024-02-05	3	84.50	active
12846	146	2024-02-06	4	84.60	closed
12847	147	2024-02-07	5	84.70	active
12848	148	2024-02-08	6	84.80	active
12849	149	2024-02-09	7	84.90	closed
12850	150	2024-02-10	8	85.00	active
12851	151	2024-02-11	9	85.10	active
12852	152	2024-02-12	1	85.20	closed
12853	153	2024-02-13	2	85.30	active
12854	154	2024-02-14	3	85.40	active
12855	155	2024-02-15	4	85.50	closed
12856	156	2024-02-16	5	85.60	active
12857	157	2024-02-17	6	85.70	active
12858	158	2024-02-18	7	85.80	closed
12859	159	2024-02-19	8	85.90	active
12860	160	2024-02-20	9	86.00	active
12861	161	2024-02-21	1	86.10	closed
12862	162	2024-02-22	2	86.20	active
12863	163	2024-02-23	3	86.30	active
12864	164	2024-02-24	4	86.40	closed
12865	165	2024-02-25	5	86.50	active
12866	166	2024-02-26	6	86.60	active
12867	167	2024-02-27	7	86.70	closed
12868	168	2024-02-28	8	86.80	active
12869	169	2024-02-29	9	86.90	active
12870	170	2024-03-01	1	87.00	closed
12871	171	2024-03-02	2	87.10	active
12872	172	2024-03-03	3	87.20	active
12873	173	2024-03-04	4	87.30	closed
12874	174	2024-03-05	5	87.40	active
12875	175	2024-03-06	6	87.50	active
12876	176	2024-03-07	7	87.60	closed
12877	177	2024-03-08	8	87.70	active
12878	178	2024-03-09	9	87.80	active
12879	179	2024-03-10	1	87.90	closed
12880	180	2024-03-11	2	88.00	active
12881	181	2024-03-12	3	88.10	active
12882	182	2024-03-13	4	88.20	closed
12883	183	2024-03-14	5	88.30	active
12884	184	2024-03-15	6	88.40	active
12885	185	2024-03-16	7	88.50	closed
12886	186	2024-03-17	8	88.60	active
12887	187	2024-03-18	9	88.70	active
12888	188	2024-03-19	1	88.80	closed
12889	189	2024-03-20	2	88.90	active
12890	190	2024-03-21	3	89.00	active
12891	191	2024-03-22	4	89.10	closed
12892	192	2024-03-23	5	89.20	active
12893	193	2024-03-24	6	89.30	active
12894	194	2024-03-25	7	89.40	closed
12895	195	2024-03-26	8	89.50	active
12896	196	2024-03-27	9	89.60	active
12897	197	2024-03-28	1	89.70	closed
12898	198	2024-03-29	2	89.80	active
12899	199	2024-03-30	3	89.90	active
12900	200	2024-03-31	4	90.00	closed
12901	201	2024-04-01	5	90.10	active
12902	202	2024-04-02	6	90.20	active
12903	203	2024-04-03	7	90.30	closed
12904	204	2024-04-04	8	90.40	active
12905	205	2024-04-05	9	90.50	active
12906	206	2024-04-06	1	90.60	closed
12907	207	2024-04-07	2	90.70	active
12908	208	2024-04-08	3	90.80	active
12909	209	2024-04-09	4	90.90	closed
12910	210	2024-04-10	5	91.00	active
12911	211	2024-04-11	6	91.10	active
12912	212	2024-04-12	7	91.20	closed
12913	213	2024-04-13	8	91.30	active
12914	214	2024-04-14	9	91.40	active
12915	215	2024-04-15	1	91.50	closed
12916	216	2024-04-16	2	91.60	active
12917	217	2024-04-17	3	91.70	active
12918	218	2024-04-18	4	91.80	closed
12919	219	2024-04-19	5	91.90	active
12920	220	2024-04-20	6	92.00	active
12921	221	2024-04-21	7	92.10	closed
12922	222	2024-04-22	8	92.20	active
12923	223	2024-04-23	9	92.30	active
12924	224	2024-04-24	1	92.40	closed
12925	225	2024-04-25	2	92.50	active
12926	226	2024-04-26	3	92.60	active
12927	227	2024-04-27	4	92.70	closed
12928	228	2024-04-28	5	92.80	active
12929	229	2024-04-29	6	92.90	active
12930	230	2024-04-30	7	93.00	closed
12931	231	2024-05-01	8	93.10	active
12932	232	2024-05-02	9	93.20	active
12933	233	2024-05-03	1	93.30	closed
12934	234	2024-05-04	2	93.40	active
12935	235	2024-05-05	3	93.50	active
12936	236	2024-05-06	4	93.60	closed
12937	237	2024-05-07	5	93.70	active
12938	238	2024-05-08	6	93.80	active
12939	239	2024-05-09	7	93.90	closed
12940	240	2024-05-10	8	94.00	active
12941	241	2024-05-11	9	94.10	active
12942	242	2024-05-12	1	94.20	closed
12943	243	2024-05-13	2	94.30	active
12944	244	2024-05-14	3	94.40	active
12945	245	2024-05-15	4	94.50	closed
12946	246	2024-05-16	5	94.60	active
12947	247	2024-05-17	6	94.70	active
12948	248	2024-05-18	7	94.80	closed
12949	249	2024-05-19	8	94.90	active
12950	250	2024-05-20	9	95.00	active
12951	251	2024-05-21	1	95.10	closed
12952	252	2024-05-22	2	95.20	active
12953	253	2024-05-23	3	95.30	active
12954	254	2024-05-24	4	95.40	closed
12955	255	2024-05-25	5	95.50	active
12956	256	2024-05-26	6	95.60	active
12957	257	2024-05-27	7	95.70	closed
12958	258	2024-05-28	8	95.80	active
12959	259	2024-05-29	9	95.90	active
12960	260	2024-05-30	1	96.00	closed
12961	261	2024-05-31	2	96.10	active
12962	262	2024-06-01	3	96.20	active
12963	263	2024-06-02	4	96.30	closed
12964	264	2024-06-03	5	96.40	active
12965	265	2024-06-04	6	96.50	active
12966	266	2024-06-05	7	96.60	closed
12967	267	2024-06-06	8	96.70	active
12968	268	2024-06-07	9	96.80	active
12969	269	2024-06-08	1	96.90	closed
12970	270	2024-06-09	2	97.00	active
12971	271	2024-06-10	3	97.10	active
12972	272	2024-06-11	4	97.20	closed
12973	273	2024-06-12	5	97.30	active
12974	274	2024-06-13	6	97.40	active
12975	275	2024-06-14	7	97.50	closed
12976	276	2024-06-15	8	97.60	active
12977	277	2024-06-16	9	97.70	active
12978	278	2024-06-17	1	97.80	closed
12979	279	2024-06-18	2	97.90	active
12980	280	2024-06-19	3	98.00	active
12981	281	2024-06-20	4	98.10	closed
12982	282	2024-06-21	5	98.20	active
12983	283	2024-06-22	6	98.30	active
12984	284	2024-06-23	7	98.40	closed
12985	285	2024-06-24	8	98.50	active
12986	286	2024-06-25	9	98.60	active
12987	287	2024-06-26	1	98.70	closed
12988	288	2024-06-27	2	98.80	active
12989	289	2024-06-28	3	98.90	active
12990	290	2024-06-29	4	99.00	closed
12991	291	2024-06-30	5	99.10	active
12992	292	2024-07-01	6	99.20	active
12993	293	2024-07-02	7	99.30	closed
12994	294	2024-07-03	8	99.40	active
12995	295	2024-07-04	9	99.50	active
12996	296	2024-07-05	1	99.60	closed
12997	297	2024-07-06	2	99.70	active
12998	298	2024-07-07	3	99.80	active
12999	299	2024-07-08	4	99.90	closed
13000	100	2024-07-09	5	0.00	active
13001	101	2024-07-10	6	0.10	active
13002	102	2024-07-11	7	0.20	closed
13003	103	2024-07-12	8	0.30	active
13004	104	2024-07-13	9	0.40	active
13005	105	2024-07-14	1	0.50	closed
13006	106	2024-07-15	2	0.60	active
13007	107	2024-07-16	3	0.70	active
13008	108	2024-07-17	4	0.80	closed
13009	109	2024-07-18	5	0.90	active
13010	110	2024-07-19	6	1.00	active
13011	111	2024-07-20	7	1.10	closed
13012	112	2024-07-21	8	1.20	active
13013	113	2024-07-22	9	1.30	active
13014	114	2024-07-23	1	1.40	closed
13015	115	2024-07-24	2	1.50	active
13016	116	2024-07-25	3	1.60	active
13017	117	2024-07-26	4	1.70	closed
13018	118	2024-07-27	5	1.80	active
13019	119	2024-07-28	6	1.90	active
13020	120	2024-07-29	7	2.00	closed
13021	121	2024-07-30	8	2.10	active
13022	122	2024-07-31	9	2.20	active
13023	123	2024-08-01	1	2.30	closed
13024	124	2024-08-02	2	2.40	active
13025	125	2024-08-03	3	2.50	active
13026	126	2024-08-04	4	2.60	closed
13027	127	2024-08-05	5	2.70	active
13028	128	2024-08-06	6	2.80	active
13029	129	2024-08-07	7	2.90	closed
13030	130	2024-08-08	8	3.00	active
13031	131	2024-08-09	9	3.10	active
13032	132	2024-08-10	1	3.20	closed
13033	133	2024-08-11	2	3.30	active
13034	134	2024-08-12	3	3.40	active
13035	135	2024-08-13	4	3.50	closed
13036	136	2024-08-14	5	3.60	active
13037	137	2024-08-15	6	3.70	active
13038	138	2024-08-16	7	3.80	closed
13039	139	2024-08-17	8	3.90	active
13040	140	2024-08-18	9	4.00	active
13041	141	2024-08-19	1	4.10	closed
13042	142	2024-08-20	2	4.20	active
13043	143	2024-08-21	3	4.30	active
13044	144	2024-08-22	4	4.40	closed
13045	145	2024-08-23	5	4.50	active
13046	146	2024-08-24	6	4.60	active
13047	147	2024-08-25	7	4.70	closed
13048	148	2024-08-26	8	4.80	active
13049	149	2024-08-27	9	4.90	active
13050	150	2024-08-28	1	5.00	closed
13051	151	2024-08-29	2	5.10	active
13052	152	2024-08-30	3	5.20	active
13053	153	2024-08-31	4	5.30	closed
13054	154	2024-09-01	5	5.40	active
13055	155	2024-09-02	6	5.50	active
13056	156	2024-09-03	7	5.60	closed
13057	157	2024-09-04	8	5.70	active
13058	158	2024-09-05	9	5.80	active
13059	159	2024-09-06	1	5.90	closed
13060	160	2024-09-07	2	6.00	active
13061	161	2024-09-08	3	6.10	active
13062	162	2024-09-09	4	6.20	closed
13063	163	2024-09-10	5	6.30	active
13064	164	2024-09-11	6	6.40	active
13065	165	2024-09-12	7	6.50	closed
13066	166	2024-09-13	8	6.60	active
13067	167	2024-09-14	9	6.70	active
13068	168	2024-09-15	1	6.80	closed
13069	169	2024-09-16	2	6.90	active
13070	170	2024-09-17	3	7.00	active
13071	171	2024-09-18	4	7.10	closed
13072	172	2024-09-19	5	7.20	active
13073	173	2024-09-20	6	7.30	active
13074	174	2024-09-21	7	7.40	closed
13075	175	2024-09-22	8	7.50	active
13076	176	2024-09-23	9	7.60	active
13077	177	2024-09-24	1	7.70	closed
13078	178	2024-09-25	2	7.80	active
13079	179	2024-09-26	3	7.90	active
13080	180	2024-09-27	4	8.00	closed
13081	181	2024-09-28	5	8.10	active
13082	182	2024-09-29	6	8.20	active
13083	183	2024-09-30	7	8.30	closed
13084	184	2024-10-01	8	8.40	active
13085	185	2024-10-02	9	8.50	active
13086	186	2024-10-03	1	8.60	closed
13087	187	2024-10-04	2	8.70	active
13088	188	2024-10-05	3	8.80	active
13089	189	2024-10-06	4	8.90	closed
13090	190	2024-10-07	5	9.00	active
13091	191	2024-10-08	6	9.10	active
13092	192	2024-10-09	7	9.20	closed
13093	193	2024-10-10	8	9.30	active
13094	194	2024-10-11	9	9.40	active
13095	195	2024-10-12	1	9.50	closed
13096	196	2024-10-13	2	9.60	active
13097	197	2024-10-14	3	9.70	active
13098	198	2024-10-15	4	9.80	closed
13099	199	2024-10-16	5	9.90	active
13100	200	2024-10-17	6	10.00	active
13101	201	2024-10-18	7	10.10	closed
13102	202	2024-10-19	8	10.20	active
13103	203	2024-10-20	9	10.30	active
13104	204	2024-10-21	1	10.40	closed
13105	205	2024-10-22	2	10.50	active
13106	206	2024-10-23	3	10.60	active
13107	207	2024-10-24	4	10.70	closed
13108	208	2024-10-25	5	10.80	active
13109	209	2024-10-26	6	10.90	active
13110	210	2024-10-27	7	11.00	closed
13111	211	2024-10-28	8	11.10	active
13112	212	2024-10-29	9	11.20	active
13113	213	2024-10-30	1	11.30	closed
13114	214	2024-10-31	2	11.40	active
13115	215	2024-11-01	3	11.50	active
13116	216	2024-11-02	4	11.60	closed
13117	217	2024-11-03	5	11.70	active
13118	218	2024-11-04	6	11.80	active
13119	219	2024-11-05	7	11.90	closed
13120	220	2024-11-06	8	12.00	active
13121	221	2024-11-07	9	12.10	active
13122	222	2024-11-08	1	12.20	closed
13123	223	2024-11-09	2	12.30	active
13124	224	2024-11-10	3	12.40	active
13125	225	2024-11-11	4	12.50	closed
13126	226	2024-11-12	5	12.60	active
13127	227	2024-11-13	6	12.70	active
13128	228	2024-11-14	7	12.80	closed
13129	229	2024-11-15	8	12.90	active
13130	230	2024-11-16	9	13.00	active
13131	231	2024-11-17	1	13.10	closed
13132	232	2024-11-18	2	13.20	active
13133	233	2024-11-19	3	13.30	active
13134	234	2024-11-20	4	13.40	closed
13135	235	2024-11-21	5	13.50	active
13136	236	2024-11-22	6	13.60	active
13137	237	2024-11-23	7	13.70	closed
13138	238	2024-11-24	8	13.80	active
13139	239	2024-11-25	9	13.90	active
13140	240	2024-11-26	1	14.00	closed
13141	241	2024-11-27	2	14.10	active
13142	242	2024-11-28	3	14.20	active
13143	243	2024-11-29	4	14.30	closed
13144	244	2024-11-30	5	14.40	active
13145	245	2024-12-01	6	14.50	active
13146	246	2024-12-02	7	14.60	closed
13147	247	2024-12-03	8	14.70	active
13148	248	2024-12-04	9	14.80	active
13149	249	2024-12-05	1	14.90	closed
13150	250	2024-12-06	2	15.00	active
13151	251	2024-12-07	3	15.10	active
13152	252	2024-12-08	4	15.20	closed
13153	253	2024-12-09	5	15.30	active
13154	254	2024-12-10	6	15.40	active
13155	255	2024-12-11	7	15.50	closed
13156	256	2024-12-12	8	15.60	active
13157	257	2024-12-13	9	15.70	active
13158	258	2024-12-14	1	15.80	closed
13159	259	2024-12-15	2	15.90	active
13160	260	2024-12-16	3	16.00	active
13161	261	2024-12-17	4	16.10	closed
13162	262	2024-12-18	5	16.20	active
13163	263	2024-12-19	6	16.30	active
13164	264	2024-12-20	7	16.40	closed
13165	265	2024-12-21	8	16.50	active
13166	266	2024-12-22	9	16.60	active
13167	267	2024-12-23	1	16.70	closed
13168	268	2024-12-24	2	16.80	active
13169	269	2024-12-25	3	16.90	active
13170	270	2024-12-26	4	17.00	closed
13171	271	2024-12-27	5	17.10	active
13172	272	2024-12-28	6	17.20	active
13173	273	2024-12-29	7	17.30	closed
13174	274	2024-12-30	8	17.40	active
13175	275	2024-12-31	9	17.50	active
13176	276	2024-01-01	1	17.60	closed
13177	277	2024-01-02	2	17.70	active
13178	278	2024-01-03	3	17.80	active
13179	279	2024-01-04	4	17.90	closed
13180	280	2024-01-05	5	18.00	active
13181	281	2024-01-06	6	18.10	active
13182	282	2024-01-07	7	18.20	closed
13183	283	2024-01-08	8	18.30	active
13184	284	2024-01-09	9	18.40	active
13185	285	2024-01-10	1	18.50	closed
13186	286	2024-01-11	2	18.60	active
13187	287	2024-01-12	3	18.70	active
13188	288	2024-01-13	4	18.80	closed
13189	289	2024-01-14	5	18.90	active
13190	290	2024-01-15	6	19.00	active
13191	291	2024-01-16	7	19.10	closed
13192	292	2024-01-17	8	19.20	active
13193	293	2024-01-18	9	19.30	active
13194	294	2024-01-19	1	19.40	closed
13195	295	2024-01-20	2	19.50	active
13196	296	2024-01-21	3	19.60	active
13197	297	2024-01-22	4	19.70	closed
13198	298	2024-01-23	5	19.80	active
13199	299	2024-01-24	6	19.90	active
13200	100	2024-01-25	7	20.00	closed
13201	101	2024-01-26	8	20.10	active
13202	102	2024-01-27	9	20.20	active
13203	103	2024-01-28	1	20.30	closed
13204	104	2024-01-29	2	20.40	active
13205	105	2024-01-30	3	20.50	active
13206	106	2024-01-31	4	20.60	closed
13207	107	2024-02-01	5	20.70	active
13208	108	2024-02-02	6	20.80	active
13209	109	2024-02-03	7	20.90	closed
13210	110	2024-02-04	8	21.00	active
13211	111	2024-02-05	9	21.10	active
13212	112	2024-02-06	1	21.20	closed
13213	113	2024-02-07	2	21.30	active
13214	114	2024-02-08	3	21.40	active
13215	115	2024-02-09	4	21.50	closed
13216	116	2024-02-10	5	21.60	active
13217	117	2024-02-11	6	21.70	active
13218	118	2024-02-12	7	21.80	closed
13219	119	2024-02-13	8	21.90	active
13220	120	2024-02-14	9	22.00	active
13221	121	2024-02-15	1	22.10	closed
13222	122	2024-02-16	2	22.20	active
13223	123	2024-02-17	3	22.30	active
13224	124	2024-02-18	4	22.40	closed
13225	125	2024-02-19	5	22.50	active
13226	126	2024-02-20	6	22.60	active
13227	127	2024-02-21	7	22.70	closed
13228	128	2024-02-22	8	22.80	active
13229	129	2024-02-23	9	22.90	active
13230	130	2024-02-24	1	23.00	closed
13231	131	2024-02-25	2	23.10	active
13232	132	2024-02-26	3	23.20	active
13233	133	2024-02-27	4	23.30	closed
13234	134	2024-02-28	5	23.40	active
13235	135	2024-02-29	6	23.50	active
13236	136	2024-03-01	7	23.60	closed
13237	137	2024-03-02	8	23.70	active
13238	138	2024-03-03	9	23.80	active
13239	139	2024-03-04	1	23.90	closed
13240	140	2024-03-05	2	24.00	active
13241	141	2024-03-06	3	24.10	active
13242	142	2024-03-07	4	24.20	closed
13243	143	2024-03-08	5	24.30	active
13244	144	2024-03-09	6	24.40	active
13245	145	2024-03-10	7	24.50	closed
13246	146	2024-03-11	8	24.60	active
13247	147	2024-03-12	9	24.70	active
13248	148	2024-03-13	1	24.80	closed
13249	149	2024-03-14	2	24.90	active
13250	150	2024-03-15	3	25.00	active
13251	151	2024-03-16	4	25.10	closed
13252	152	2024-03-17	5	25.20	active
13253	153	2024-03-18	6	25.30	active
13254	154	2024-03-19	7	25.40	closed
13255	155	2024-03-20	8	25.50	active
13256	156	2024-03-21	9	25.60	active
13257	157	2024-03-22	1	25.70	closed
13258	158	2024-03-23	2	25.80	active
13259	159	2024-03-24	3	25.90	active
13260	160	2024-03-25	4	26.00	closed
13261	161	2024-03-26	5	26.10	active
13262	162	2024-03-27	6	26.20	active
13263	163	2024-03-28	7	26.30	closed
13264	164	2024-03-29	8	26.40	active
13265	165	2024-03-30	9	26.50	active
13266	166	2024-03-31	1	26.60	closed
13267	167	2024-04-01	2	26.70	active
13268	168	2024-04-02	3	26.80	active
13269	169	2024-04-03	4	26.90	closed
13270	170	2024-04-04	5	27.00	active
13271	171	2024-04-05	6	27.10	active
13272	172	2024-04-06	7	27.20	closed
13273	173	2024-04-07	8	27.30	active
13274	174	2024-04-08	9	27.40	active
13275	175	2024-04-09	1	27.50	closed
13276	176	2024-04-10	2	27.60	active
13277	177	2024-04-11	3	27.70	active
13278	178	2024-04-12	4	27.80	closed
13279	179	2024-04-13	5	27.90	active
13280	180	2024-04-14	6	28.00	active
13281	181	2024-04-15	7	28.10	closed
13282	182	2024-04-16	8	28.20	active
13283	183	2024-04-17	9	28.30	active
13284	184	2024-04-18	1	28.40	closed
13285	185	2024-04-19	2	28.50	active
13286	186	2024-04-20	3	28.60	active
13287	187	2024-04-21	4	28.70	closed
13288	188	2024-04-22	5	28.80	active
13289	189	2024-04-23	6	28.90	active
13290	190	2024-04-24	7	29.00	closed
13291	191	2024-04-25	8	29.10	active
13292	192	2024-04-26	9	29.20	active
13293	193	2024-04-27	1	29.30	closed
13294	194	2024-04-28	2	29.40	active
13295	195	2024-04-29	3	29.50	active
13296	196	2024-04-30	4	29.60	closed
13297	197	2024-05-01	5	29.70	active
13298	198	2024-05-02	6	29.80	active
13299	199	2024-05-03	7	29.90	closed
13300	200	2024-05-04	8	30.00	active
13301	201	2024-05-05	9	30.10	active
13302	202	2024-05-06	1	30.20	closed
13303	203	2024-05-07	2	30.30	active
13304	204	2024-05-08	3	30.40	active
13305	205	2024-05-09	4	30.50	closed
13306	206	2024-05-10	5	30.60	active
13307	207	2024-05-11	6	30.70	active
13308	208	2024-05-12	7	30.80	closed
13309	209	2024-05-13	8	30.90	active
13310	210	2024-05-14	9	31.00	active
13311	211	2024-05-15	1	31.10	closed
13312	212	2024-05-16	2	31.20	active
13313	213	2024-05-17	3	31.30	active
13314	214	2024-05-18	4	31.40	closed
13315	215	2024-05-19	5	31.50	active
13316	216	2024-05-20	6	31.60	active
13317	217	2024-05-21	7	31.70	closed
13318	218	2024-05-22	8	31.80	active
13319	219	2024-05-23	9	31.90	active
13320	220	2024-05-24	1	32.00	closed
13321	221	2024-05-25	2	32.10	active
13322	222	2024-05-26	3	32.20	active
13323	223	2024-05-27	4	32.30	closed
13324	224	2024-05-28	5	32.40	active
13325	225	2024-05-29	6	32.50	active
13326	226	2024-05-30	7	32.60	closed
13327	227	2024-05-31	8	32.70	active
13328	228	2024-06-01	9	32.80	active
13329	229	2024-06-02	1	32.90	closed
13330	230	2024-06-03	2	33.00	active
13331	231	2024-06-04	3	33.10	active
13332	232	2024-06-05	4	33.20	closed
13333	233	2024-06-06	5	33.30	active
13334	234	2024-06-07	6	33.40	active
13335	235	2024-06-08	7	33.50	closed
13336	236	2024-06-09	8	33.60	active
13337	237	2024-06-10	9	33.70	active
13338	238	2024-06-11	1	33.80	closed
13339	239	2024-06-12	2	33.90	active
13340	240	2024-06-13	3	34.00	active
13341	241	2024-06-14	4	34.10	closed
13342	242	2024-06-15	5	34.20	active
13343	243	2024-06-16	6	34.30	active
13344	244	2024-06-17	7	34.40	closed
13345	245	2024-06-18	8	34.50	active
13346	246	2024-06-19	9	34.60	active
13347	247	2024-06-20	1	34.70	closed
13348	248	2024-06-21	2	34.80	active
13349	249	2024-06-22	3	34.90	active
13350	250	2024-06-23	4	35.00	closed
13351	251	2024-06-24	5	35.10	active
13352	252	2024-06-25	6	35.20	active
13353	253	2024-06-26	7	35.30	closed
13354	254	2024-06-27	8	35.40	active
13355	255	2024-06-28	9	35.50	active
13356	256	2024-06-29	1	35.60	closed
13357	257	2024-06-30	2	35.70	active
13358	258	2024-07-01	3	35.80	active
13359	259	2024-07-02	4	35.90	closed
13360	260	2024-07-03	5	36.00	active
13361	261	2024-07-04	6	36.10	active
13362	262	2024-07-05	7	36.20	closed
13363	263	2024-07-06	8	36.30	active
13364	264	2024-07-07	9	36.40	active
13365	265	2024-07-08	1	36.50	closed
13366	266	2024-07-09	2	36.60	active
13367	267	2024-07-10	3	36.70	active
13368	268	2024-07-11	4	36.80	closed
13369	269	2024-07-12	5	36.90	active
13370	270	2024-07-13	6	37.00	active
13371	271	2024-07-14	7	37.10	closed
13372	272	2024-07-15	8	37.20	active
13373	273	2024-07-16	9	37.30	active
13374	274	2024-07-17	1	37.40	closed
13375	275	2024-07-18	2	37.50	active
13376	276	2024-07-19	3	37.60	active
13377	277	2024-07-20	4	37.70	closed
13378	278	2024-07-21	5	37.80	active
13379	279	2024-07-22	6	37.90	active
13380	280	2024-07-23	7	38.00	closed
13381	281	2024-07-24	8	38.10	active
13382	282	2024-07-25	9	38.20	active
13383	283	2024-07-26	1	38.30	closed
13384	284	2024-07-27	2	38.40	active
13385	285	2024-07-28	3	38.50	active
13386	286	2024-07-29	4	38.60	closed
13387	287	2024-07-30	5	38.70	active
13388	288	2024-07-31	6	38.80	active
13389	289	2024-08-01	7	38.90	closed
13390	290	2024-08-02	8	39.00	active
13391	291	2024-08-03	9	39.10	active
13392	292	2024-08-04	1	39.20	closed
13393	293	2024-08-05	2	39.30	active
13394	294	2024-08-06	3	39.40	active
13395	295	2024-08-07	4	39.50	closed
13396	296	2024-08-08	5	39.60	active
13397	297	2024-08-09	6	39.70	active
13398	298	2024-08-10	7	39.80	closed
13399	299	2024-08-11	8	39.90	active
13400	100	2024-08-12	9	40.00	active
13401	101	2024-08-13	1	40.10	closed
13402	102	2024-08-14	2	40.20	active
13403	103	2024-08-15	3	40.30	active
13404	104	2024-08-16	4	40.40	closed
13405	105	2024-08-17	5	40.50	active
13406	106	2024-08-18	6	40.60	active
13407	107	2024-08-19	7	40.70	closed
13408	108	2024-08-20	8	40.80	active
13409	109	2024-08-21	9	40.90	active
13410	110	2024-08-22	1	41.00	closed
13411	111	2024-08-23	2	41.10	active
13412	112	2024-08-24	3	41.20	active
13413	113	2024-08-25	4	41.30	closed
13414	114	2024-08-26	5	41.40	active
13415	115	2024-08-27	6	41.50	active
13416	116	2024-08-28	7	41.60	closed
13417	117	2024-08-29	8	41.70	active
13418	118	2024-08-30	9	41.80	active
13419	119	2024-08-31	1	41.90	closed
13420	120	2024-09-01	2	42.00	active
13421	121	2024-09-02	3	42.10	active
13422	122	2024-09-03	4	42.20	closed
13423	123	2024-09-04	5	42.30	active
13424	124	2024-09-05	6	42.40	active
13425	125	2024-09-06	7	42.50	closed
13426	126	2024-09-07	8	42.60	active
13427	127	2024-09-08	9	42.70	active
13428	128	2024-09-09	1	42.80	closed
13429	129	2024-09-10	2	42.90	active
13430	130	2024-09-11	3	43.00	active
13431	131	2024-09-12	4	43.10	closed
13432	132	2024-09-13	5	43.20	active
13433	133	2024-09-14	6	43.30	active
13434	134	2024-09-15	7	43.40	closed
13435	135	2024-09-16	8	43.50	active
13436	136	2024-09-17	9	43.60	active
13437	137	2024-09-18	1	43.70	closed
13438	138	2024-09-19	2	43.80	active
13439	139	2024-09-20	3	43.90	active
13440	140	2024-09-21	4	44.00	closed
13441	141	2024-09-22	5	44.10	active
13442	142	2024-09-23	6	44.20	active
13443	143	2024-09-24	7	44.30	closed
13444	144	2024-09-25	8	44.40	active
13445	145	2024-09-26	9	44.50	active
13446	146	2024-09-27	1	44.60	closed
13447	147	2024-09-28	2	44.70	active
13448	148	2024-09-29	3	44.80	active
13449	149	2024-09-30	4	44.90	closed
13450	150	2024-10-01	5	45.00	active
13451	151	2024-10-02	6	45.10	active
13452	152	2024-10-03	7	45.20	closed
13453	153	2024-10-04	8	45.30	active
13454	154	2024-10-05	9	45.40	active
13455	155	2024-10-06	1	45.50	closed
13456	156	2024-10-07	2	45.60	active
13457	157	2024-10-08	3	45.70	active
13458	158	2024-10-09	4	45.80	closed
13459	159	2024-10-10	5	45.90	active
13460	160	2024-10-11	6	46.00	active
13461	161	2024-10-12	7	46.10	closed
13462	162	2024-10-13	8	46.20	active
13463	163	2024-10-14	9	46.30	active
13464	164	2024-10-15	1	46.40	closed
13465	165	2024-10-16	2	46.50	active
13466	166	2024-10-17	3	46.60	active
13467	167	2024-10-18	4	46.70	closed
13468	168	2024-10-19	5	46.80	active
13469	169	2024-10-20	6	46.90	active
13470	170	2024-10-21	7	47.00	closed
13471	171	2024-10-22	8	47.10	active
13472	172	2024-10-23	9	47.20	active
13473	173	2024-10-24	1	47.30	closed
13474	174	2024-10-25	2	47.40	active
13475	175	2024-10-26	3	47.50	active
13476	176	2024-10-27	4	47.60	closed
13477	177	2024-10-28	5	47.70	active
13478	178	2024-10-29	6	47.80	active
13479	179	2024-10-30	7	47.90	closed
13480	180	2024-10-31	8	48.00	active
13481	181	2024-11-01	9	48.10	active
13482	182	2024-11-02	1	48.20	closed
13483	183	2024-11-03	2	48.30	active
13484	184	2024-11-04	3	48.40	active
13485	185	2024-11-05	4	48.50	closed
13486	186	2024-11-06	5	48.60	active
13487	187	2024-11-07	6	48.70	active
13488	188	2024-11-08	7	48.80	closed
13489	189	2024-11-09	8	48.90	active
13490	190	2024-11-10	9	49.00	active
13491	191	2024-11-11	1	49.10	closed
13492	192	2024-11-12	2	49.20	active
13493	193	2024-11-13	3	49.30	active
13494	194	2024-11-14	4	49.40	closed
13495	195	2024-11-15	5	49.50	active
13496	196	2024-11-16	6	49.60	active
13497	197	2024-11-17	7	49.70	closed
13498	198	2024-11-18	8	49.80	active
13499	199	2024-11-19	9	49.90	active
13500	200	2024-11-20	1	50.00	closed
13501	201	2024-11-21	2	50.10	active
13502	202	2024-11-22	3	50.20	active
13503	203	2024-11-23	4	50.30	closed
13504	204	2024-11-24	5	50.40	active
13505	205	2024-11-25	6	50.50	active
13506	206	2024-11-26	7	50.60	closed
13507	207	2024-11-27	8	50.70	active
13508	208	2024-11-28	9	50.80	active
13509	209	2024-11-29	1	50.90	closed
13510	210	2024-11-30	2	51.00	active
13511	211	2024-12-01	3	51.10	active
13512	212	2024-12-02	4	51.20	closed
13513	213	2024-12-03	5	51.30	active
13514	214	2024-12-04	6	51.40	active
13515	215	2024-12-05	7	51.50	closed
13516	216	2024-12-06	8	51.60	active
13517	217	2024-12-07	9	51.70	active
13518	218	2024-12-08	1	51.80	closed
13519	219	2024-12-09	2	51.90	active
13520	220	2024-12-10	3	52.00	active
13521	221	2024-12-11	4	52.10	closed
13522	222	2024-12-12	5	52.20	active
13523	223	2024-12-13	6	52.30	active
13524	224	2024-12-14	7	52.40	closed
13525	225	2024-12-15	8	52.50	active
13526	226	2024-12-16	9	52.60	active
13527	227	2024-12-17	1	52.70	closed
13528	228	2024-12-18	2	52.80	active
13529	229	2024-12-19	3	52.90	active
13530	230	2024-12-20	4	53.00	closed
13531	231	2024-12-21	5	53.10	active
13532	232	2024-12-22	6	53.20	active
13533	233	2024-12-23	7	53.30	closed
13534	234	2024-12-24	8	53.40	active
13535	235	2024-12-25	9	53.50	active
13536	236	2024-12-26	1	53.60	closed
13537	237	2024-12-27	2	53.70	active
13538	238	2024-12-28	3	53.80	active
13539	239	2024-12-29	4	53.90	closed
13540	240	2024-12-30	5	54.00	active
13541	241	2024-12-31	6	54.10	active
13542	242	2024-01-01	7	54.20	closed
13543	243	2024-01-02	8	54.30	active
13544	244	2024-01-03	9	54.40	active
13545	245	2024-01-04	1	54.50	closed
13546	246	2024-01-05	2	54.60	active
13547	247	2024-01-06	3	54.70	active
13548	248	2024-01-07	4	54.80	closed
13549	249	2024-01-08	5	54.90	active
13550	250	2024-01-09	6	55.00	active
13551	251	2024-01-10	7	55.10	closed
13552	252	2024-01-11	8	55.20	active
13553	253	2024-01-12	9	55.30	active
13554	254	2024-01-13	1	55.40	closed
13555	255	2024-01-14	2	55.50	active
13556	256	2024-01-15	3	55.60	active
13557	257	2024-01-16	4	55.70	closed
13558	258	2024-01-17	5	55.80	active
13559	259	2024-01-18	6	55.90	active
13560	260	2024-01-19	7	56.00	closed
13561	261	2024-01-20	8	56.10	active
13562	262	2024-01-21	9	56.20	active
13563	263	2024-01-22	1	56.30	closed
13564	264	2024-01-23	2	56.40	active
13565	265	2024-01-24	3	56.50	active
13566	266	2024-01-25	4	56.60	closed
13567	267	2024-01-26	5	56.70	active
13568	268	2024-01-27	6	56.80	active
13569	269	2024-01-28	7	56.90	closed
13570	270	2024-01-29	8	57.00	active
13571	271	2024-01-30	9	57.10	active
13572	272	2024-01-31	1	57.20	closed
13573	273	2024-02-01	2	57.30	active
13574	274	2024-02-02	3	57.40	active
13575	275	2024-02-03	4	57.50	closed
13576	276	2024-02-04	5	57.60	active
13577	277	2024-02-05	6	57.70	active
13578	278	2024-02-06	7	57.80	closed
13579	279	2024-02-07	8	57.90	active
13580	280	2024-02-08	9	58.00	active
13581	281	2024-02-09	1	58.10	closed
13582	282	2024-02-10	2	58.20	active
13583	283	2024-02-11	3	58.30	active
13584	284	2024-02-12	4	58.40	closed
13585	285	2024-02-13	5	58.50	active
13586	286	2024-02-14	6	58.60	active
13587	287	2024-02-15	7	58.70	closed
13588	288	2024-02-16	8	58.80	active
13589	289	2024-02-17	9	58.90	active
13590	290	2024-02-18	1	59.00	closed
13591	291	2024-02-19	2	59.10	active
13592	292	2024-02-20	3	59.20	active
13593	293	2024-02-21	4	59.30	closed
13594	294	2024-02-22	5	59.40	active
13595	295	2024-02-23	6	59.50	active
13596	296	2024-02-24	7	59.60	closed
13597	297	2024-02-25	8	59.70	active
13598	298	2024-02-26	9	59.80	active
13599	299	2024-02-27	1	59.90	closed
13600	100	2024-02-28	2	60.00	active
13601	101	2024-02-29	3	60.10	active
13602	102	2024-03-01	4	60.20	closed
13603	103	2024-03-02	5	60.30	active
13604	104	2024-03-03	6	60.40	active
13605	105	2024-03-04	7	60.50	closed
13606	106	2024-03-05	8	60.60	active
13607	107	2024-03-06	9	60.70	active
13608	108	2024-03-07	1	60.80	closed
13609	109	2024-03-08	2	60.90	active
13610	110	2024-03-09	3	61.00	active
13611	111	2024-03-10	4	61.10	closed
13612	112	2024-03-11	5	61.20	active
13613	113	2024-03-12	6	61.30	active
13614	114	2024-03-13	7	61.40	closed
13615	115	2024-03-14	8	61.50	active
13616	116	2024-03-15	9	61.60	active
13617	117	2024-03-16	1	61.70	closed
13618	118	2024-03-17	2	61.80	active
13619	119	2024-03-18	3	61.90	active
13620	120	2024-03-19	4	62.00	closed
13621	121	2024-03-20	5	62.10	active
13622	122	2024-03-21	6	62.20	active
13623	123	2024-03-22	7	62.30	closed
13624	124	2024-03-23	8	62.40	active
13625	125	2024-03-24	9	62.50	active
13626	126	2024-03-25	1	62.60	closed
13627	127	2024-03-26	2	62.70	active
13628	128	2024-03-27	3	62.80	active
13629	129	2024-03-28	4	62.90	closed
13630	130	2024-03-29	5	63.00	active
13631	131	2024-03-30	6	63.10	active
13632	132	2024-03-31	7	63.20	closed
13633	133	2024-04-01	8	63.30	active
13634	134	2024-04-02	9	63.40	active
13635	135	2024-04-03	1	63.50	closed
13636	136	2024-04-04	2	63.60	active
13637	137	2024-04-05	3	63.70	active
13638	138	2024-04-06	4	63.80	closed
13639	139	2024-04-07	5	63.90	active
13640	140	2024-04-08	6	64.00	active
13641	141	2024-04-09	7	64.10	closed
13642	142	2024-04-10	8	64.20	active
13643	143	2024-04-11	9	64.30	active
13644	144	2024-04-12	1	64.40	closed
13645	145	2024-04-13	2	64.50	active
13646	146	2024-04-14	3	64.60	active
13647	147	2024-04-15	4	64.70	closed
13648	148	2024-04-16	5	64.80	active
13649	149	2024-04-17	6	64.90	active
13650	150	2024-04-18	7	65.00	closed
13651	151	2024-04-19	8	65.10	active
13652	152	2024-04-20	9	65.20	active
13653	153	2024-04-21	1	65.30	closed
13654	154	2024-04-22	2	65.40	active
13655	155	2024-04-23	3	65.50	active
13656	156	2024-04-24	4	65.60	closed
13657	157	2024-04-25	5	65.70	active
13658	158	2024-04-26	6	65.80	active
13659	159	2024-04-27	7	65.90	closed
13660	160	2024-04-28	8	66.00	active
13661	161	2024-04-29	9	66.10	active
13662	162	2024-04-30	1	66.20	closed
13663	163	2024-05-01	2	66.30	active
13664	164	2024-05-02	3	66.40	active
13665	165	2024-05-03	4	66.50	closed
13666	166	2024-05-04	5	66.60	active
13667	167	2024-05-05	6	66.70	active
13668	168	2024-05-06	7	66.80	closed
13669	169	2024-05-07	8	66.90	active
13670	170	2024-05-08	9	67.00	active
13671	171	2024-05-09	1	67.10	closed
13672	172	2024-05-10	2	67.20	active
13673	173	2024-05-11	3	67.30	active
13674	174	2024-05-12	4	67.40	closed
13675	175	2024-05-13	5	67.50	active
13676	176	2024-05-14	6	67.60	active
13677	177	2024-05-15	7	67.70	closed
13678	178	2024-05-16	8	67.80	active
13679	179	2024-05-17	9	67.90	active
13680	180	2024-05-18	1	68.00	closed
13681	181	2024-05-19	2	68.10	active
13682	182	2024-05-20	3	68.20	active
13683	183	2024-05-21	4	68.30	closed
13684	184	2024-05-22	5	68.40	active
13685	185	2024-05-23	6	68.50	active
13686	186	2024-05-24	7	68.60	closed
13687	187	2024-05-25	8	68.70	active
13688	188	2024-05-26	9	68.80	active
13689	189	2024-05-27	1	68.90	closed
13690	190	2024-05-28	2	69.00	active
13691	191	2024-05-29	3	69.10	active
13692	192	2024-05-30	4	69.20	closed
13693	193	2024-05-31	5	69.30	active
13694	194	2024-06-01	6	69.40	active
13695	195	2024-06-02	7	69.50	closed
13696	196	2024-06-03	8	69.60	active
13697	197	2024-06-04	9	69.70	active
13698	198	2024-06-05	1	69.80	closed
13699	199	2024-06-06	2	69.90	active
13700	200	2024-06-07	3	70.00	active
13701	201	2024-06-08	4	70.10	closed
13702	202	2024-06-09	5	70.20	active
13703	203	2024-06-10	6	70.30	active
13704	204	2024-06-11	7	70.40	closed
13705	205	2024-06-12	8	70.50	active
13706	206	2024-06-13	9	70.60	active
13707	207	2024-06-14	1	70.70	closed
13708	208	2024-06-15	2	70.80	active
13709	209	2024-06-16	3	70.90	active
13710	210	2024-06-17	4	71.00	closed
13711	211	2024-06-18	5	71.10	active
13712	212	2024-06-19	6	71.20	active
13713	213	2024-06-20	7	71.30	closed
13714	214	2024-06-21	8	71.40	active
13715	215	2024-06-22	9	71.50	active
13716	216	2024-06-23	1	71.60	closed
13717	217	2024-06-24	2	71.70	active
13718	218	2024-06-25	3	71.80	active
13719	219	2024-06-26	4	71.90	closed
13720	220	2024-06-27	5	72.00	active
13721	221	2024-06-28	6	72.10	active
13722	222	2024-06-29	7	72.20	closed
13723	223	2024-06-30	8	72.30	active
13724	224	2024-07-01	9	72.40	active
13725	225	2024-07-02	1	72.50	closed
13726	226	2024-07-03	2	72.60	active
13727	227	2024-07-04	3	72.70	active
13728	228	2024-07-05	4	72.80	closed
13729	229	2024-07-06	5	72.90	active
13730	230	2024-07-07	6	73.00	active
13731	231	2024-07-08	7	73.10	closed
13732	232	2024-07-09	8	73.20	active
13733	233	2024-07-10	9	73.30	active
13734	234	2024-07-11	1	73.40	closed
13735	235	2024-07-12	2	73.50	active
13736	236	2024-07-13	3	73.60	active
13737	237	2024-07-14	4	73.70	closed
13738	238	2024-07-15	5	73.80	active
13739	239	2024-07-16	6	73.90	active
13740	240	2024-07-17	7	74.00	closed
13741	241	2024-07-18	8	74.10	active
13742	242	2024-07-19	9	74.20	active
13743	243	2024-07-20	1	74.30	closed
13744	244	2024-07-21	2	74.40	active
13745	245	2024-07-22	3	74.50	active
13746	246	2024-07-23	4	74.60	closed
13747	247	2024-07-24	5	74.70	active
13748	248	2024-07-25	6	74.80	active
13749	249	2024-07-26	7	74.90	closed
13750	250	2024-07-27	8	75.00	active
13751	251	2024-07-28	9	75.10	active
13752	252	2024-07-29	1	75.20	closed
13753	253	2024-07-30	2	75.30	active
13754	254	2024-07-31	3	75.40	active
13755	255	2024-08-01	4	75.50	closed
13756	256	2024-08-02	5	75.60	active
13757	257	2024-08-03	6	75.70	active
13758	258	2024-08-04	7	75.80	closed
13759	259	2024-08-05	8	75.90	active
13760	260	2024-08-06	9	76.00	active
13761	261	2024-08-07	1	76.10	closed
13762	262	2024-08-08	2	76.20	active
13763	263	2024-08-09	3	76.30	active
13764	264	2024-08-10	4	76.40	closed
13765	265	2024-08-11	5	76.50	active
13766	266	2024-08-12	6	76.60	active
13767	267	2024-08-13	7	76.70	closed
13768	268	2024-08-14	8	76.80	active
13769	269	2024-08-15	9	76.90	active
13770	270	2024-08-16	1	77.00	closed
13771	271	2024-08-17	2	77.10	active
13772	272	2024-08-18	3	77.20	active
13773	273	2024-08-19	4	77.30	closed
13774	274	2024-08-20	5	77.40	active
13775	275	2024-08-21	6	77.50	active
13776	276	2024-08-22	7	77.60	closed
13777	277	2024-08-23	8	77.70	active
13778	278	2024-08-24	9	77.80	active
13779	279	2024-08-25	1	77.90	closed
13780	280	2024-08-26	2	78.00	active
13781	281	2024-08-27	3	78.10	active
13782	282	2024-08-28	4	78.20	closed
13783	283	2024-08-29	5	78.30	active
13784	284	2024-08-30	6	78.40	active
13785	285	2024-08-31	7	78.50	closed
13786	286	2024-09-01	8	78.60	active
13787	287	2024-09-02	9	78.70	active
13788	288	2024-09-03	1	78.80	closed
13789	289	2024-09-04	2	78.90	active
13790	290	2024-09-05	3	79.00	active
13791	291	2024-09-06	4	79.10	closed
13792	292	2024-09-07	5	79.20	active
13793	293	2024-09-08	6	79.30	active
13794	294	2024-09-09	7	79.40	closed
13795	295	2024-09-10	8	79.50	active
13796	296	2024-09-11	9	79.60	active
13797	297	2024-09-12	1	79.70	closed
13798	298	2024-09-13	2	79.80	active
13799	299	2024-09-14	3	79.90	active
13800	100	2024-09-15	4	80.00	closed
13801	101	2024-09-16	5	80.10	active
13802	102	2024-09-17	6	80.20	active
13803	103	2024-09-18	7	80.30	closed
13804	104	2024-09-19	8	80.40	active
13805	105	2024-09-20	9	80.50	active
13806	106	2024-09-21	1	80.60	closed
13807	107	2024-09-22	2	80.70	active
13808	108	2024-09-23	3	80.80	active
13809	109	2024-09-24	4	80.90	closed
13810	110	2024-09-25	5	81.00	active
13811	111	2024-09-26	6	81.10	active
13812	112	2024-09-27	7	81.20	closed
13813	113	2024-09-28	8	81.30	active
13814	114	2024-09-29	9	81.40	active
13815	115	2024-09-30	1	81.50	closed
13816	116	2024-10-01	2	81.60	active
13817	117	2024-10-02	3	81.70	active
13818	118	2024-10-03	4	81.80	closed
13819	119	2024-10-04	5	81.90	active
13820	120	2024-10-05	6	82.00	active
13821	121	2024-10-06	7	82.10	closed
13822	122	2024-10-07	8	82.20	active
13823	123	2024-10-08	9	82.30	active
13824	124	2024-10-09	1	82.40	closed
13825	125	2024-10-10	2	82.50	active
13826	126	2024-10-11	3	82.60	active
13827	127	2024-10-12	4	82.70	closed
13828	128	2024-10-13	5	82.80	active
13829	129	2024-10-14	6	82.90	active
13830	130	2024-10-15	7	83.00	closed
13831	131	2024-10-16	8	83.10	active
13832	132	2024-10-17	9	83.20	active
13833	133	2024-10-18	1	83.30	closed
13834	134	2024-10-19	2	83.40	active
13835	135	2024-10-20	3	83.50	active
13836	136	2024-10-21	4	83.60	closed
13837	137	2024-10-22	5	83.70	active
13838	138	2024-10-23	6	83.80	active
13839	139	2024-10-24	7	83.90	closed
13840	140	2024-10-25	8	84.00	active
13841	141	2024-10-26	9	84.10	active
13842	142	2024-10-27	1	84.20	closed
13843	143	2024-10-28	2	84.30	active
13844	144	2024-10-29	3	84.40	active
13845	145	2024-10-30	4	84.50	closed
13846	146	2024-10-31	5	84.60	active
13847	147	2024-11-01	6	84.70	active
13848	148	2024-11-02	7	84.80	closed
13849	149	2024-11-03	8	84.90	active
13850	150	2024-11-04	9	85.00	active
13851	151	2024-11-05	1	85.10	closed
13852	152	2024-11-06	2	85.20	active
13853	153	2024-11-07	3	85.30	active
13854	154	2024-11-08	4	85.40	closed
13855	155	2024-11-09	5	85.50	active
13856	156	2024-11-10	6	85.60	active
13857	157	2024-11-11	7	85.70	closed
13858	158	2024-11-12	8	85.80	active
13859	159	2024-11-13	9	85.90	active
13860	160	2024-11-14	1	86.00	closed
13861	161	2024-11-15	2	86.10	active
13862	162	2024-11-16	3	86.20	active
13863	163	2024-11-17	4	86.30	closed
13864	164	2024-11-18	5	86.40	active
13865	165	2024-11-19	6	86.50	active
13866	166	2024-11-20	7	86.60	closed
13867	167	2024-11-21	8	86.70	active
13868	168	2024-11-22	9	86.80	active
13869	169	2024-11-23	1	86.90	closed
13870	170	2024-11-24	2	87.00	active
13871	171	2024-11-25	3	87.10	active
13872	172	2024-11-26	4	87.20	closed
13873	173	2024-11-27	5	87.30	active
13874	174	2024-11-28	6	87.40	active
13875	175	2024-11-29	7	87.50	closed
13876	176	2024-11-30	8	87.60	active
13877	177	2024-12-01	9	87.70	active
13878	178	2024-12-02	1	87.80	closed
13879	179	2024-12-03	2	87.90	active
13880	180	2024-12-04	3	88.00	active
13881	181	2024-12-05	4	88.10	closed
13882	182	2024-12-06	5	88.20	active
13883	183	2024-12-07	6	88.30	active
13884	184	2024-12-08	7	88.40	closed
13885	185	2024-12-09	8	88.50	active
13886	186	2024-12-10	9	88.60	active
13887	187	2024-12-11	1	88.70	closed
13888	188	2024-12-12	2	88.80	active
13889	189	2024-12-13	3	88.90	active
13890	190	2024-12-14	4	89.00	closed
13891	191	2024-12-15	5	89.10	active
13892	192	2024-12-16	6	89.20	active
13893	193	2024-12-17	7	89.30	closed
13894	194	2024-12-18	8	89.40	active
13895	195	2024-12-19	9	89.50	active
13896	196	2024-12-20	1	89.60	closed
13897	197	2024-12-21	2	89.70	active
13898	198	2024-12-22	3	89.80	active
13899	199	2024-12-23	4	89.90	closed
13900	200	2024-12-24	5	90.00	active
13901	201	2024-12-25	6	90.10	active
13902	202	2024-12-26	7	90.20	closed
13903	203	2024-12-27	8	90.30	active
13904	204	2024-12-28	9	90.40	active
13905	205	2024-12-29	1	90.50	closed
13906	206	2024-12-30	2	90.60	active
13907	207	2024-12-31	3	90.70	active
13908	208	2024-01-01	4	90.80	closed
13909	209	2024-01-02	5	90.90	active
13910	210	2024-01-03	6	91.00	active
13911	211	2024-01-04	7	91.10	closed
13912	212	2024-01-05	8	91.20	active
13913	213	2024-01-06	9	91.30	active
13914	214	2024-01-07	1	91.40	closed
13915	215	2024-01-08	2	91.50	active
13916	216	2024-01-09	3	91.60	active
13917	217	2024-01-10	4	91.70	closed
13918	218	2024-01-11	5	91.80	active
13919	219	2024-01-12	6	91.90	active
13920	220	2024-01-13	7	92.00	closed
13921	221	2024-01-14	8	92.10	active
13922	222	2024-01-15	9	92.20	active
13923	223	2024-01-16	1	92.30	closed
13924	224	2024-01-17	2	92.40	active
13925	225	2024-01-18	3	92.50	active
13926	226	2024-01-19	4	92.60	closed
13927	227	2024-01-20	5	92.70	active
13928	228	2024-01-21	6	92.80	active
13929	229	2024-01-22	7	92.90	closed
13930	230	2024-01-23	8	93.00	active
13931	231	2024-01-24	9	93.10	active
13932	232	2024-01-25	1	93.20	closed
13933	233	2024-01-26	2	93.30	active
13934	234	2024-01-27	3	93.40	active
13935	235	2024-01-28	4	93.50	closed
13936	236	2024-01-29	5	93.60	active
13937	237	2024-01-30	6	93.70	active
13938	238	2024-01-31	7	93.80	closed
13939	239	2024-02-01	8	93.90	active
13940	240	2024-02-02	9	94.00	active
13941	241	2024-02-03	1	94.10	closed
13942	242	2024-02-04	2	94.20	active
13943	243	2024-02-05	3	94.30	active
13944	244	2024-02-06	4	94.40	closed
13945	245	2024-02-07	5	94.50	active
13946	246	2024-02-08	6	94.60	active
13947	247	2024-02-09	7	94.70	closed
13948	248	2024-02-10	8	94.80	active
13949	249	2024-02-11	9	94.90	active
13950	250	2024-02-12	1	95.00	closed
13951	251	2024-02-13	2	95.10	active
13952	252	2024-02-14	3	95.20	active
13953	253	2024-02-15	4	95.30	closed
13954	254	2024-02-16	5	95.40	active
13955	255	2024-02-17	6	95.50	active
13956	256	2024-02-18	7	95.60	closed
13957	257	2024-02-19	8	95.70	active
13958	258	2024-02-20	9	95.80	active
13959	259	2024-02-21	1	95.90	closed
13960	260	2024-02-22	2	96.00	active
13961	261	2024-02-23	3	96.10	active
13962	262	2024-02-24	4	96.20	closed
13963	263	2024-02-25	5	96.30	active
13964	264	2024-02-26	6	96.40	active
13965	265	2024-02-27	7	96.50	closed
13966	266	2024-02-28	8	96.60	active
13967	267	2024-02-29	9	96.70	active
13968	268	2024-03-01	1	96.80	closed
13969	269	2024-03-02	2	96.90	active
13970	270	2024-03-03	3	97.00	active
13971	271	2024-03-04	4	97.10	closed
13972	272	2024-03-05	5	97.20	active
13973	273	2024-03-06	6	97.30	active
13974	274	2024-03-07	7	97.40	closed
13975	275	2024-03-08	8	97.50	active
13976	276	2024-03-09	9	97.60	active
13977	277	2024-03-10	1	97.70	closed
13978	278	2024-03-11	2	97.80	active
13979	279	2024-03-12	3	97.90	active
13980	280	2024-03-13	4	98.00	closed
13981	281	2024-03-14	5	98.10	active
13982	282	2024-03-15	6	98.20	active
13983	283	2024-03-16	7	98.30	closed
13984	284	2024-03-17	8	98.40	active
13985	285	2024-03-18	9	98.50	active
13986	286	2024-03-19	1	98.60	closed
13987	287	2024-03-20	2	98.70	active
13988	288	2024-03-21	3	98.80	active
13989	289	2024-03-22	4	98.90	closed
13990	290	2024-03-23	5	99.00	active
13991	291	2024-03-24	6	99.10	active
13992	292	2024-03-25	7	99.20	closed
13993	293	2024-03-26	8	99.30	active
13994	294	2024-03-27	9	99.40	active
13995	295	2024-03-28	1	99.50	closed
13996	296	2024-03-29	2	99.60	active
13997	297	2024-03-30	3	99.70	active
13998	298	2024-03-31	4	99.80	closed
13999	299	2024-04-01	5	99.90	active
14000	100	2024-04-02	6	0.00	active
14001	101	2024-04-03	7	0.10	closed
14002	102	2024-04-04	8	0.20	active
14003	103	2024-04-05	9	0.30	active
14004	104	2024-04-06	1	0.40	closed
14005	105	2024-04-07	2	0.50	active
14006	106	2024-04-08	3	0.60	active
14007	107	2024-04-09	4	0.70	closed
14008	108	2024-04-10	5	0.80	active
14009	109	2024-04-11	6	0.90	active
14010	110	2024-04-12	7	1.00	closed
14011	111	2024-04-13	8	1.10	active
14012	112	2024-04-14	9	1.20	active
14013	113	2024-04-15	1	1.30	closed
14014	114	2024-04-16	2	1.40	active
14015	115	2024-04-17	3	1.50	active
14016	116	2024-04-18	4	1.60	closed
14017	117	2024-04-19	5	1.70	active
14018	118	2024-04-20	6	1.80	active
14019	119	2024-04-21	7	1.90	closed
14020	120	2024-04-22	8	2.00	active
14021	121	2024-04-23	9	2.10	active
14022	122	2024-04-24	1	2.20	closed
14023	123	2024-04-25	2	2.30	active
14024	124	2024-04-26	3	2.40	active
14025	125	2024-04-27	4	2.50	closed
14026	126	2024-04-28	5	2.60	active
14027	127	2024-04-29	6	2.70	active
14028	128	2024-04-30	7	2.80	closed
14029	129	2024-05-01	8	2.90	active
14030	130	2024-05-02	9	3.00	active
14031	131	2024-05-03	1	3.10	closed
14032	132	2024-05-04	2	3.20	active
14033	133	2024-05-05	3	3.30	active
14034	134	2024-05-06	4	3.40	closed
14035	135	2024-05-07	5	3.50	active
14036	136	2024-05-08	6	3.60	active
14037	137	2024-05-09	7	3.70	closed
14038	138	2024-05-10	8	3.80	active
14039	139	2024-05-11	9	3.90	active
14040	140	2024-05-12	1	4.00	closed
14041	141	2024-05-13	2	4.10	active
14042	142	2024-05-14	3	4.20	active
14043	143	2024-05-15	4	4.30	closed
14044	144	2024-05-16	5	4.40	active
14045	145	2024-05-17	6	4.50	active
14046	146	2024-05-18	7	4.60	closed
14047	147	2024-05-19	8	4.70	active
14048	148	2024-05-20	9	4.80	active
14049	149	2024-05-21	1	4.90	closed
14050	150	2024-05-22	2	5.00	active
14051	151	2024-05-23	3	5.10	active
14052	152	2024-05-24	4	5.20	closed
14053	153	2024-05-25	5	5.30	active
14054	154	2024-05-26	6	5.40	active
14055	155	2024-05-27	7	5.50	closed
14056	156	2024-05-28	8	5.60	active
14057	157	2024-05-29	9	5.70	active
14058	158	2024-05-30	1	5.80	closed
14059	159	2024-05-31	2	5.90	active
14060	160	2024-06-01	3	6.00	active
14061	161	2024-06-02	4	6.10	closed
14062	162	2024-06-03	5	6.20	active
14063	163	2024-06-04	6	6.30	active
14064	164	2024-06-05	7	6.40	closed
14065	165	2024-06-06	8	6.50	active
14066	166	2024-06-07	9	6.60	active
14067	167	2024-06-08	1	6.70	closed
14068	168	2024-06-09	2	6.80	active
14069	169	2024-06-10	3	6.90	active
14070	170	2024-06-11	4	7.00	closed
14071	171	2024-06-12	5	7.10	active
14072	172	2024-06-13	6	7.20	active
14073	173	2024-06-14	7	7.30	closed
14074	174	2024-06-15	8	7.40	active
14075	175	2024-06-16	9	7.50	active
14076	176	2024-06-17	1	7.60	closed
14077	177	2024-06-18	2	7.70	active
14078	178	2024-06-19	3	7.80	active
14079	179	2024-06-20	4	7.90	closed
14080	180	2024-06-21	5	8.00	active
14081	181	2024-06-22	6	8.10	active
14082	182	2024-06-23	7	8.20	closed
14083	183	2024-06-24	8	8.30	active
14084	184	2024-06-25	9	8.40	active
14085	185	2024-06-26	1	8.50	closed
14086	186	2024-06-27	2	8.60	active
14087	187	2024-06-28	3	8.70	active
14088	188	2024-06-29	4	8.80	closed
14089	189	2024-06-30	5	8.90	active
14090	190	2024-07-01	6	9.00	active
14091	191	2024-07-02	7	9.10	closed
14092	192	2024-07-03	8	9.20	active
14093	193	2024-07-04	9	9.30	active
14094	194	2024-07-05	1	9.40	closed
14095	195	2024-07-06	2	9.50	active
14096	196	2024-07-07	3	9.60	active
14097	197	2024-07-08	4	9.70	closed
14098	198	2024-07-09	5	9.80	active
14099	199	2024-07-10	6	9.90	active
14100	200	2024-07-11	7	10.00	closed
14101	201	2024-07-12	8	10.10	active
14102	202	2024-07-13	9	10.20	active
14103	203	2024-07-14	1	10.30	closed
14104	204	2024-07-15	2	10.40	active
14105	205	2024-07-16	3	10.50	active
14106	206	2024-07-17	4	10.60	closed
14107	207	2024-07-18	5	10.70	active
14108	208	2024-07-19	6	10.80	active
14109	209	2024-07-20	7	10.90	closed
14110	210	2024-07-21	8	11.00	active
14111	211	2024-07-22	9	11.10	active
14112	212	2024-07-23	1	11.20	closed
14113	213	2024-07-24	2	11.30	active
14114	214	2024-07-25	3	11.40	active
14115	215	2024-07-26	4	11.50	closed
14116	216	2024-07-27	5	11.60	active
14117	217	2024-07-28	6	11.70	active
14118	218	2024-07-29	7	11.80	closed
14119	219	2024-07-30	8	11.90	active
14120	220	2024-07-31	9	12.00	active
14121	221	2024-08-01	1	12.10	closed
14122	222	2024-08-02	2	12.20	active
14123	223	2024-08-03	3	12.30	active
14124	224	2024-08-04	4	12.40	closed
14125	225	2024-08-05	5	12.50	active
14126	226	2024-08-06	6	12.60	active
14127	227	2024-08-07	7	12.70	closed
14128	228	2024-08-08	8	12.80	active
14129	229	2024-08-09	9	12.90	active
14130	230	2024-08-10	1	13.00	closed
14131	231	2024-08-11	2	13.10	active
14132	232	2024-08-12	3	13.20	active
14133	233	2024-08-13	4	13.30	closed
14134	234	2024-08-14	5	13.40	active
14135	235	2024-08-15	6	13.50	active
14136	236	2024-08-16	7	13.60	closed
14137	237	2024-08-17	8	13.70	active
14138	238	2024-08-18	9	13.80	active
14139	239	2024-08-19	1	13.90	closed
14140	240	2024-08-20	2	14.00	active
14141	241	2024-08-21	3	14.10	active
14142	242	2024-08-22	4	14.20	closed
14143	243	2024-08-23	5	14.30	active
14144	244	2024-08-24	6	14.40	active
14145	245	2024-08-25	7	14.50	closed
14146	246	2024-08-26	8	14.60	active
14147	247	2024-08-27	9	14.70	active
14148	248	2024-08-28	1	14.80	closed
14149	249	2024-08-29	2	14.90	active
14150	250	2024-08-30	3	15.00	active
14151	251	2024-08-31	4	15.10	closed
14152	252	2024-09-01	5	15.20	active
14153	253	2024-09-02	6	15.30	active
14154	254	2024-09-03	7	15.40	closed
14155	255	2024-09-04	8	15.50	active
14156	256	2024-09-05	9	15.60	active
14157	257	2024-09-06	1	15.70	closed
14158	258	2024-09-07	2	15.80	active
14159	259	2024-09-08	3	15.90	active
14160	260	2024-09-09	4	16.00	closed
14161	261	2024-09-10	5	16.10	active
14162	262	2024-09-11	6	16.20	active
14163	263	2024-09-12	7	16.30	closed
14164	264	2024-09-13	8	16.40	active
14165	265	2024-09-14	9	16.50	active
14166	266	2024-09-15	1	16.60	closed
14167	267	2024-09-16	2	16.70	active
14168	268	2024-09-17	3	16.80	active
14169	269	2024-09-18	4	16.90	closed
14170	270	2024-09-19	5	17.00	active
14171	271	2024-09-20	6	17.10	active
14172	272	2024-09-21	7	17.20	closed
14173	273	2024-09-22	8	17.30	active
14174	274	2024-09-23	9	17.40	active
14175	275	2024-09-24	1	17.50	closed
14176	276	2024-09-25	2	17.60	active
14177	277	2024-09-26	3	17.70	active
14178	278	2024-09-27	4	17.80	closed
14179	279	2024-09-28	5	17.90	active
14180	280	2024-09-29	6	18.00	active
14181	281	2024-09-30	7	18.10	closed
14182	282	2024-10-01	8	18.20	active
14183	283	2024-10-02	9	18.30	active
14184	284	2024-10-03	1	18.40	closed
14185	285	2024-10-04	2	18.50	active
14186	286	2024-10-05	3	18.60	active
14187	287	2024-10-06	4	18.70	closed
14188	288	2024-10-07	5	18.80	active
14189	289	2024-10-08	6	18.90	active
14190	290	2024-10-09	7	19.00	closed
14191	291	2024-10-10	8	19.10	active
14192	292	2024-10-11	9	19.20	active
14193	293	2024-10-12	1	19.30	closed
14194	294	2024-10-13	2	19.40	active
14195	295	2024-10-14	3	19.50	active
14196	296	2024-10-15	4	19.60	closed
14197	297	2024-10-16	5	19.70	active
14198	298	2024-10-17	6	19.80	active
14199	299	2024-10-18	7	19.90	closed
14200	100	2024-10-19	8	20.00	active
14201	101	2024-10-20	9	20.10	active
14202	102	2024-10-21	1	20.20	closed
14203	103	2024-10-22	2	20.30	active
14204	104	2024-10-23	3	20.40	active
14205	105	2024-10-24	4	20.50	closed
14206	106	2024-10-25	5	20.60	active
14207	107	2024-10-26	6	20.70	active
14208	108	2024-10-27	7	20.80	closed
14209	109	2024-10-28	8	20.90	active
14210	110	2024-10-29	9	21.00	active
14211	111	2024-10-30	1	21.10	closed
14212	112	2024-10-31	2	21.20	active
14213	113	2024-11-01	3	21.30	active
14214	114	2024-11-02	4	21.40	closed
14215	115	2024-11-03	5	21.50	active
14216	116	2024-11-04	6	21.60	active
14217	117	2024-11-05	7	21.70	closed
14218	118	2024-11-06	8	21.80	active
14219	119	2024-11-07	9	21.90	active
14220	120	2024-11-08	1	22.00	closed
14221	121	2024-11-09	2	22.10	active
14222	122	2024-11-10	3	22.20	active
14223	123	2024-11-11	4	22.30	closed
14224	124	2024-11-12	5	22.40	active
14225	125	2024-11-13	6	22.50	active
14226	126	2024-11-14	7	22.60	closed
14227	127	2024-11-15	8	22.70	active
14228	128	2024-11-16	9	22.80	active
14229	129	2024-11-17	1	22.90	closed
14230	130	2024-11-18	2	23.00	active
14231	131	2024-11-19	3	23.10	active
14232	132	2024-11-20	4	23.20	closed
14233	133	2024-11-21	5	23.30	active
14234	134	2024-11-22	6	23.40	active
14235	135	2024-11-23	7	23.50	closed
14236	136	2024-11-24	8	23.60	active
14237	137	2024-11-25	9	23.70	active
14238	138	2024-11-26	1	23.80	closed
14239	139	2024-11-27	2	23.90	active
14240	140	2024-11-28	3	24.00	active
14241	141	2024-11-29	4	24.10	closed
14242	142	2024-11-30	5	24.20	active
14243	143	2024-12-01	6	24.30	active
14244	144	2024-12-02	7	24.40	closed
14245	145	2024-12-03	8	24.50	active
14246	146	2024-12-04	9	24.60	active
14247	147	2024-12-05	1	24.70	closed
14248	148	2024-12-06	2	24.80	active
14249	149	2024-12-07	3	24.90	active
14250	150	2024-12-08	4	25.00	closed
14251	151	2024-12-09	5	25.10	active
14252	152	2024-12-10	6	25.20	active
14253	153	2024-12-11	7	25.30	closed
14254	154	2024-12-12	8	25.40	active
14255	155	2024-12-13	9	25.50	active
14256	156	2024-12-14	1	25.60	closed
14257	157	2024-12-15	2	25.70	active
14258	158	2024-12-16	3	25.80	active
14259	159	2024-12-17	4	25.90	closed
14260	160	2024-12-18	5	26.00	active
14261	161	2024-12-19	6	26.10	active
14262	162	2024-12-20	7	26.20	closed
14263	163	2024-12-21	8	26.30	active
14264	164	2024-12-22	9	26.40	active
14265	165	2024-12-23	1	26.50	closed
14266	166	2024-12-24	2	26.60	active
14267	167	2024-12-25	3	26.70	active
14268	168	2024-12-26	4	26.80	closed
14269	169	2024-12-27	5	26.90	active
14270	170	2024-12-28	6	27.00	active
14271	171	2024-12-29	7	27.10	closed
14272	172	2024-12-30	8	27.20	active
14273	173	2024-12-31	9	27.30	active
14274	174	2024-01-01	1	27.40	closed
14275	175	2024-01-02	2	27.50	active
14276	176	2024-01-03	3	27.60	active
14277	177	2024-01-04	4	27.70	closed
14278	178	2024-01-05	5	27.80	active
14279	179	2024-01-06	6	27.90	active
14280	180	2024-01-07	7	28.00	closed
14281	181	2024-01-08	8	28.10	active
14282	182	2024-01-09	9	28.20	active
14283	183	2024-01-10	1	28.30	closed
14284	184	2024-01-11	2	28.40	active
14285	185	2024-01-12	3	28.50	active
14286	186	2024-01-13	4	28.60	closed
14287	187	2024-01-14	5	28.70	active
14288	188	2024-01-15	6	28.80	active
14289	189	2024-01-16	7	28.90	closed
14290	190	2024-01-17	8	29.00	active
14291	191	2024-01-18	9	29.10	active
14292	192	2024-01-19	1	29.20	closed
14293	193	2024-01-20	2	29.30	active
14294	194	2024-01-21	3	29.40	active
14295	195	2024-01-22	4	29.50	closed
14296	196	2024-01-23	5	29.60	active
14297	197	2024-01-24	6	29.70	active
14298	198	2024-01-25	7	29.80	closed
14299	199	2024-01-26	8	29.90	active
14300	200	2024-01-27	9	30.00	active
14301	201	2024-01-28	1	30.10	closed
14302	202	2024-01-29	2	30.20	active
14303	203	2024-01-30	3	30.30	active
14304	204	2024-01-31	4	30.40	closed
14305	205	2024-02-01	5	30.50	active
14306	206	2024-02-02	6	30.60	active
14307	207	2024-02-03	7	30.70	closed
14308	208	2024-02-04	8	30.80	active
14309	209	2024-02-05	9	30.90	active
14310	210	2024-02-06	1	31.00	closed
14311	211	2024-02-07	2	31.10	active
14312	212	2024-02-08	3	31.20	active
14313	213	2024-02-09	4	31.30	closed
14314	214	2024-02-10	5	31.40	active
14315	215	2024-02-11	6	31.50	active
14316	216	2024-02-12	7	31.60	closed
14317	217	2024-02-13	8	31.70	active
14318	218	2024-02-14	9	31.80	active
14319	219	2024-02-15	1	31.90	closed
14320	220	2024-02-16	2	32.00	active
14321	221	2024-02-17	3	32.10	active
14322	222	2024-02-18	4	32.20	closed
14323	223	2024-02-19	5	32.30	active
14324	224	2024-02-20	6	32.40	active
14325	225	2024-02-21	7	32.50	closed
14326	226	2024-02-22	8	32.60	active
14327	227	2024-02-23	9	32.70	active
14328	228	2024-02-24	1	32.80	closed
14329	229	2024-02-25	2	32.90	active
14330	230	2024-02-26	3	33.00	active
14331	231	2024-02-27	4	33.10	closed
14332	232	2024-02-28	5	33.20	active
14333	233	2024-02-29	6	33.30	active
14334	234	2024-03-01	7	33.40	closed
14335	235	2024-03-02	8	33.50	active
14336	236	2024-03-03	9	33.60	active
14337	237	2024-03-04	1	33.70	closed
14338	238	2024-03-05	2	33.80	active
14339	239	2024-03-06	3	33.90	active
14340	240	2024-03-07	4	34.00	closed
14341	241	2024-03-08	5	34.10	active
14342	242	2024-03-09	6	34.20	active
14343	243	2024-03-10	7	34.30	closed
14344	244	2024-03-11	8	34.40	active
14345	245	2024-03-12	9	34.50	active
14346	246	2024-03-13	1	34.60	closed
14347	247	2024-03-14	2	34.70	active
14348	248	2024-03-15	3	34.80	active
14349	249	2024-03-16	4	34.90	closed
14350	250	2024-03-17	5	35.00	active
14351	251	2024-03-18	6	35.10	active
14352	252	2024-03-19	7	35.20	closed
14353	253	2024-03-20	8	35.30	active
14354	254	2024-03-21	9	35.40	active
14355	255	2024-03-22	1	35.50	closed
14356	256	2024-03-23	2	35.60	active
14357	257	2024-03-24	3	35.70	active
14358	258	2024-03-25	4	35.80	closed
14359	259	2024-03-26	5	35.90	active
14360	260	2024-03-27	6	36.00	active
14361	261	2024-03-28	7	36.10	closed
14362	262	2024-03-29	8	36.20	active
14363	263	2024-03-30	9	36.30	active
14364	264	2024-03-31	1	36.40	closed
14365	265	2024-04-01	2	36.50	active
14366	266	2024-04-02	3	36.60	active
14367	267	2024-04-03	4	36.70	closed
14368	268	2024-04-04	5	36.80	active
14369	269	2024-04-05	6	36.90	active
14370	270	2024-04-06	7	37.00	closed
14371	271	2024-04-07	8	37.10	active
14372	272	2024-04-08	9	37.20	active
14373	273	2024-04-09	1	37.30	closed
14374	274	2024-04-10	2	37.40	active
14375	275	2024-04-11	3	37.50	active
14376	276	2024-04-12	4	37.60	closed
14377	277	2024-04-13	5	37.70	active
14378	278	2024-04-14	6	37.80	active
14379	279	2024-04-15	7	37.90	closed
14380	280	2024-04-16	8	38.00	active
14381	281	2024-04-17	9	38.10	active
14382	282	2024-04-18	1	38.20	closed
14383	283	2024-04-19	2	38.30	active
14384	284	2024-04-20	3	38.40	active
14385	285	2024-04-21	4	38.50	closed
14386	286	2024-04-22	5	38.60	active
14387	287	2024-04-23	6	38.70	active
14388	288	2024-04-24	7	38.80	closed
14389	289	2024-04-25	8	38.90	active
14390	290	2024-04-26	9	39.00	active
14391	291	2024-04-27	1	39.10	closed
14392	292	2024-04-28	2	39.20	active
14393	293	2024-04-29	3	39.30	active
14394	294	2024-04-30	4	39.40	closed
14395	295	2024-05-01	5	39.50	active
14396	296	2024-05-02	6	39.60	active
14397	297	2024-05-03	7	39.70	closed
14398	298	2024-05-04	8	39.80	active
14399	299	2024-05-05	9	39.90	active
14400	100	2024-05-06	1	40.00	closed
14401	101	2024-05-07	2	40.10	active
14402	102	2024-05-08	3	40.20	active
14403	103	2024-05-09	4	40.30	closed
14404	104	2024-05-10	5	40.40	active
14405	105	2024-05-11	6	40.50	active
14406	106	2024-05-12	7	40.60	closed
14407	107	2024-05-13	8	40.70	active
14408	108	2024-05-14	9	40.80	active
14409	109	2024-05-15	1	40.90	closed
14410	110	2024-05-16	2	41.00	active
14411	111	2024-05-17	3	41.10	active
14412	112	2024-05-18	4	41.20	closed
14413	113	2024-05-19	5	41.30	active
14414	114	2024-05-20	6	41.40	active
14415	115	2024-05-21	7	41.50	closed
14416	116	2024-05-22	8	41.60	active
14417	117	2024-05-23	9	41.70	active
14418	118	2024-05-24	1	41.80	closed
14419	119	2024-05-25	2	41.90	active
14420	120	2024-05-26	3	42.00	active
14421	121	2024-05-27	4	42.10	closed
14422	122	2024-05-28	5	42.20	active
14423	123	2024-05-29	6	42.30	active
14424	124	2024-05-30	7	42.40	closed
14425	125	2024-05-31	8	42.50	active
14426	126	2024-06-01	9	42.60	active
14427	127	2024-06-02	1	42.70	closed
14428	128	2024-06-03	2	42.80	active
14429	129	2024-06-04	3	42.90	active
14430	130	2024-06-05	4	43.00	closed
14431	131	2024-06-06	5	43.10	active
14432	132	2024-06-07	6	43.20	active
14433	133	2024-06-08	7	43.30	closed
14434	134	2024-06-09	8	43.40	active
14435	135	2024-06-10	9	43.50	active
14436	136	2024-06-11	1	43.60	closed
14437	137	2024-06-12	2	43.70	active
14438	138	2024-06-13	3	43.80	active
14439	139	2024-06-14	4	43.90	closed
14440	140	2024-06-15	5	44.00	active
14441	141	2024-06-16	6	44.10	active
14442	142	2024-06-17	7	44.20	closed
14443	143	2024-06-18	8	44.30	active
14444	144	2024-06-19	9	44.40	active
14445	145	2024-06-20	1	44.50	closed
14446	146	2024-06-21	2	44.60	active
14447	147	2024-06-22	3	44.70	active
14448	148	2024-06-23	4	44.80	closed
14449	149	2024-06-24	5	44.90	active
14450	150	2024-06-25	6	45.00	active
14451	151	2024-06-26	7	45.10	closed
14452	152	2024-06-27	8	45.20	active
14453	153	2024-06-28	9	45.30	active
14454	154	2024-06-29	1	45.40	closed
14455	155	2024-06-30	2	45.50	active
14456	156	2024-07-01	3	45.60	active
14457	157	2024-07-02	4	45.70	closed
14458	158	2024-07-03	5	45.80	active
14459	159	2024-07-04	6	45.90	active
14460	160	2024-07-05	7	46.00	closed
14461	161	2024-07-06	8	46.10	active
14462	162	2024-07-07	9	46.20	active
14463	163	2024-07-08	1	46.30	closed
14464	164	2024-07-09	2	46.40	active
14465	165	2024-07-10	3	46.50	active
14466	166	2024-07-11	4	46.60	closed
14467	167	2024-07-12	5	46.70	active
14468	168	2024-07-13	6	46.80	active
14469	169	2024-07-14	7	46.90	closed
14470	170	2024-07-15	8	47.00	active
14471	171	2024-07-16	9	47.10	active
14472	172	2024-07-17	1	47.20	closed
14473	173	2024-07-18	2	47.30	active
14474	174	2024-07-19	3	47.40	active
14475	175	2024-07-20	4	47.50	closed
14476	176	2024-07-21	5	47.60	active
14477	177	2024-07-22	6	47.70	active
14478	178	2024-07-23	7	47.80	closed
14479	179	2024-07-24	8	47.90	active
14480	180	2024-07-25	9	48.00	active
14481	181	2024-07-26	1	48.10	closed
14482	182	2024-07-27	2	48.20	active
14483	183	2024-07-28	3	48.30	active
14484	184	2024-07-29	4	48.40	closed
14485	185	2024-07-30	5	48.50	active
14486	186	2024-07-31	6	48.60	active
14487	187	2024-08-01	7	48.70	closed
14488	188	2024-08-02	8	48.80	active
14489	189	2024-08-03	9	48.90	active
14490	190	2024-08-04	1	49.00	closed
14491	191	2024-08-05	2	49.10	active
14492	192	2024-08-06	3	49.20	active
14493	193	2024-08-07	4	49.30	closed
14494	194	2024-08-08	5	49.40	active
14495	195	2024-08-09	6	49.50	active
14496	196	2024-08-10	7	49.60	closed
14497	197	2024-08-11	8	49.70	active
14498	198	2024-08-12	9	49.80	active
14499	199	2024-08-13	1	49.90	closed
14500	200	2024-08-14	2	50.00	active
14501	201	2024-08-15	3	50.10	active
14502	202	2024-08-16	4	50.20	closed
14503	203	2024-08-17	5	50.30	active
14504	204	2024-08-18	6	50.40	active
14505	205	2024-08-19	7	50.50	closed
14506	206	2024-08-20	8	50.60	active
14507	207	2024-08-21	9	50.70	active
14508	208	2024-08-22	1	50.80	closed
14509	209	2024-08-23	2	50.90	active
14510	210	2024-08-24	3	51.00	active
14511	211	2024-08-25	4	51.10	closed
14512	212	2024-08-26	5	51.20	active
14513	213	2024-08-27	6	51.30	active
14514	214	2024-08-28	7	51.40	closed
14515	215	2024-08-29	8	51.50	active
14516	216	2024-08-30	9	51.60	active
14517	217	2024-08-31	1	51.70	closed
14518	218	2024-09-01	2	51.80	active
14519	219	2024-09-02	3	51.90	active
14520	220	2024-09-03	4	52.00	closed
14521	221	2024-09-04	5	52.10	active
14522	222	2024-09-05	6	52.20	active
14523	223	2024-09-06	7	52.30	closed
14524	224	2024-09-07	8	52.40	active
14525	225	2024-09-08	9	52.50	active
14526	226	2024-09-09	1	52.60	closed
14527	227	2024-09-10	2	52.70	active
14528	228	2024-09-11	3	52.80	active
14529	229	2024-09-12	4	52.90	closed
14530	230	2024-09-13	5	53.00	active
14531	231	2024-09-14	6	53.10	active
14532	232	2024-09-15	7	53.20	closed
14533	233	2024-09-16	8	53.30	active
14534	234	2024-09-17	9	53.40	active
14535	235	2024-09-18	1	53.50	closed
14536	236	2024-09-19	2	53.60	active
14537	237	2024-09-20	3	53.70	active
14538	238	2024-09-21	4	53.80	closed
14539	239	2024-09-22	5	53.90	active
14540	240	2024-09-23	6	54.00	active
14541	241	2024-09-24	7	54.10	closed
14542	242	2024-09-25	8	54.20	active
14543	243	2024-09-26	9	54.30	active
14544	244	2024-09-27	1	54.40	closed
14545	245	2024-09-28	2	54.50	active
14546	246	2024-09-29	3	54.60	active
14547	247	2024-09-30	4	54.70	closed
14548	248	2024-10-01	5	54.80	active
14549	249	2024-10-02	6	54.90	active
14550	250	2024-10-03	7	55.00	closed
14551	251	2024-10-04	8	55.10	active
14552	252	2024-10-05	9	55.20	active
14553	253	2024-10-06	1	55.30	closed
14554	254	2024-10-07	2	55.40	active
14555	255	2024-10-08	3	55.50	active
14556	256	2024-10-09	4	55.60	closed
14557	257	2024-10-10	5	55.70	active
14558	258	2024-10-11	6	55.80	active
14559	259	2024-10-12	7	55.90	closed
14560	260	2024-10-13	8	56.00	active
14561	261	2024-10-14	9	56.10	active
14562	262	2024-10-15	1	56.20	closed
14563	263	2024-10-16	2	56.30	active
14564	264	2024-10-17	3	56.40	active
14565	265	2024-10-18	4	56.50	closed
14566	266	2024-10-19	5	56.60	active
14567	267	2024-10-20	6	56.70	active
14568	268	2024-10-21	7	56.80	closed
14569	269	2024-10-22	8	56.90	active
14570	270	2024-10-23	9	57.00	active
14571	271	2024-10-24	1	57.10	closed
14572	272	2024-10-25	2	57.20	active
14573	273	2024-10-26	3	57.30	active
14574	274	2024-10-27	4	57.40	closed
14575	275	2024-10-28	5	57.50	active
14576	276	2024-10-29	6	57.60	active
14577	277	2024-10-30	7	57.70	closed
14578	278	2024-10-31	8	57.80	active
14579	279	2024-11-01	9	57.90	active
14580	280	2024-11-02	1	58.00	closed
14581	281	2024-11-03	2	58.10	active
14582	282	2024-11-04	3	58.20	active
14583	283	2024-11-05	4	58.30	closed
14584	284	2024-11-06	5	58.40	active
14585	285	2024-11-07	6	58.50	active
14586	286	2024-11-08	7	58.60	closed
14587	287	2024-11-09	8	58.70	active
14588	288	2024-11-10	9	58.80	active
14589	289	2024-11-11	1	58.90	closed
14590	290	2024-11-12	2	59.00	active
14591	291	2024-11-13	3	59.10	active
14592	292	2024-11-14	4	59.20	closed
14593	293	2024-11-15	5	59.30	active
14594	294	2024-11-16	6	59.40	active
14595	295	2024-11-17	7	59.50	closed
14596	296	2024-11-18	8	59.60	active
14597	297	2024-11-19	9	59.70	active
14598	298	2024-11-20	1	59.80	closed
14599	299	2024-11-21	2	59.90	active
14600	100	2024-11-22	3	60.00	active
14601	101	2024-11-23	4	60.10	closed
14602	102	2024-11-24	5	60.20	active
14603	103	2024-11-25	6	60.30	active
14604	104	2024-11-26	7	60.40	closed
14605	105	2024-11-27	8	60.50	active
14606	106	2024-11-28	9	60.60	active
14607	107	2024-11-29	1	60.70	closed
14608	108	2024-11-30	2	60.80	active
14609	109	2024-12-01	3	60.90	active
14610	110	2024-12-02	4	61.00	closed
14611	111	2024-12-03	5	61.10	active
14612	112	2024-12-04	6	61.20	active
14613	113	2024-12-05	7	61.30	closed
14614	114	2024-12-06	8	61.40	active
14615	115	2024-12-07	9	61.50	active
14616	116	2024-12-08	1	61.60	closed
14617	117	2024-12-09	2	61.70	active
14618	118	2024-12-10	3	61.80	active
14619	119	2024-12-11	4	61.90	closed
14620	120	2024-12-12	5	62.00	active
14621	121	2024-12-13	6	62.10	active
14622	122	2024-12-14	7	62.20	closed
14623	123	2024-12-15	8	62.30	active
14624	124	2024-12-16	9	62.40	active
14625	125	2024-12-17	1	62.50	closed
14626	126	2024-12-18	2	62.60	active
14627	127	2024-12-19	3	62.70	active
14628	128	2024-12-20	4	62.80	closed
14629	129	2024-12-21	5	62.90	active
14630	130	2024-12-22	6	63.00	active
14631	131	2024-12-23	7	63.10	closed
14632	132	2024-12-24	8	63.20	active
14633	133	2024-12-25	9	63.30	active
14634	134	2024-12-26	1	63.40	closed
14635	135	2024-12-27	2	63.50	active
14636	136	2024-12-28	3	63.60	active
14637	137	2024-12-29	4	63.70	closed
14638	138	2024-12-30	5	63.80	active
14639	139	2024-12-31	6	63.90	active
14640	140	2024-01-01	7	64.00	closed
14641	141	2024-01-02	8	64.10	active
14642	142	2024-01-03	9	64.20	active
14643	143	2024-01-04	1	64.30	closed
14644	144	2024-01-05	2	64.40	active
14645	145	2024-01-06	3	64.50	active
14646	146	2024-01-07	4	64.60	closed
14647	147	2024-01-08	5	64.70	active
14648	148	2024-01-09	6	64.80	active
14649	149	2024-01-10	7	64.90	closed
14650	150	2024-01-11	8	65.00	active
14651	151	2024-01-12	9	65.10	active
14652	152	2024-01-13	1	65.20	closed
14653	153	2024-01-14	2	65.30	active
14654	154	2024-01-15	3	65.40	active
14655	155	2024-01-16	4	65.50	closed
14656	156	2024-01-17	5	65.60	active
14657	157	2024-01-18	6	65.70	active
14658	158	2024-01-19	7	65.80	closed
14659	159	2024-01-20	8	65.90	active
14660	160	2024-01-21	9	66.00	active
14661	161	2024-01-22	1	66.10	closed
14662	162	2024-01-23	2	66.20	active
14663	163	2024-01-24	3	66.30	active
14664	164	2024-01-25	4	66.40	closed
14665	165	2024-01-26	5	66.50	active
14666	166	2024-01-27	6	66.60	active
14667	167	2024-01-28	7	66.70	closed
14668	168	2024-01-29	8	66.80	active
14669	169	2024-01-30	9	66.90	active
14670	170	2024-01-31	1	67.00	closed
14671	171	2024-02-01	2	67.10	active
14672	172	2024-02-02	3	67.20	active
14673	173	2024-02-03	4	67.30	closed
14674	174	2024-02-04	5	67.40	active
14675	175	2024-02-05	6	67.50	active
14676	176	2024-02-06	7	67.60	closed
14677	177	2024-02-07	8	67.70	active
14678	178	2024-02-08	9	67.80	active
14679	179	2024-02-09	1	67.90	closed
14680	180	2024-02-10	2	68.00	active
14681	181	2024-02-11	3	68.10	active
14682	182	2024-02-12	4	68.20	closed
14683	183	2024-02-13	5	68.30	active
14684	184	2024-02-14	6	68.40	active
14685	185	2024-02-15	7	68.50	closed
14686	186	2024-02-16	8	68.60	active
14687	187	2024-02-17	9	68.70	active
14688	188	2024-02-18	1	68.80	closed
14689	189	2024-02-19	2	68.90	active
14690	190	2024-02-20	3	69.00	active
14691	191	2024-02-21	4	69.10	closed
14692	192	2024-02-22	5	69.20	active
14693	193	2024-02-23	6	69.30	active
14694	194	2024-02-24	7	69.40	closed
14695	195	2024-02-25	8	69.50	active
14696	196	2024-02-26	9	69.60	active
14697	197	2024-02-27	1	69.70	closed
14698	198	2024-02-28	2	69.80	active
14699	199	2024-02-29	3	69.90	active
14700	200	2024-03-01	4	70.00	closed
14701	201	2024-03-02	5	70.10	active
14702	202	2024-03-03	6	70.20	active
14703	203	2024-03-04	7	70.30	closed
14704	204	2024-03-05	8	70.40	active
14705	205	2024-03-06	9	70.50	active
14706	206	2024-03-07	1	70.60	closed
14707	207	2024-03-08	2	70.70	active
14708	208	2024-03-09	3	70.80	active
14709	209	2024-03-10	4	70.90	closed
14710	210	2024-03-11	5	71.00	active
14711	211	2024-03-12	6	71.10	active
14712	212	2024-03-13	7	71.20	closed
14713	213	2024-03-14	8	71.30	active
14714	214	2024-03-15	9	71.40	active
14715	215	2024-03-16	1	71.50	closed
14716	216	2024-03-17	2	71.60	active
14717	217	2024-03-18	3	71.70	active
14718	218	2024-03-19	4	71.80	closed
14719	219	2024-03-20	5	71.90	active
14720	220	2024-03-21	6	72.00	active
14721	221	2024-03-22	7	72.10	closed
14722	222	2024-03-23	8	72.20	active
14723	223	2024-03-24	9	72.30	active
14724	224	2024-03-25	1	72.40	closed
14725	225	2024-03-26	2	72.50	active
14726	226	2024-03-27	3	72.60	active
14727	227	2024-03-28	4	72.70	closed
14728	228	2024-03-29	5	72.80	active
14729	229	2024-03-30	6	72.90	active
14730	230	2024-03-31	7	73.00	closed
14731	231	2024-04-01	8	73.10	active
14732	232	2024-04-02	9	73.20	active
14733	233	2024-04-03	1	73.30	closed
14734	234	2024-04-04	2	73.40	active
14735	235	2024-04-05	3	73.50	active
14736	236	2024-04-06	4	73.60	closed
14737	237	2024-04-07	5	73.70	active
14738	238	2024-04-08	6	73.80	active
14739	239	2024-04-09	7	73.90	closed
14740	240	2024-04-10	8	74.00	active
14741	241	2024-04-11	9	74.10	active
14742	242	2024-04-12	1	74.20	closed
14743	243	2024-04-13	2	74.30	active
14744	244	2024-04-14	3	74.40	active
14745	245	2024-04-15	4	74.50	closed
14746	246	2024-04-16	5	74.60	active
14747	247	2024-04-17	6	74.70	active
14748	248	2024-04-18	7	74.80	closed
14749	249	2024-04-19	8	74.90	active
14750	250	2024-04-20	9	75.00	active
14751	251	2024-04-21	1	75.10	closed
14752	252	2024-04-22	2	75.20	active
14753	253	2024-04-23	3	75.30	active
14754	254	2024-04-24	4	75.40	closed
14755	255	2024-04-25	5	75.50	active
14756	256	2024-04-26	6	75.60	active
14757	257	2024-04-27	7	75.70	closed
14758	258	2024-04-28	8	75.80	active
14759	259	2024-04-29	9	75.90	active
14760	260	2024-04-30	1	76.00	closed
14761	261	2024-05-01	2	76.10	active
14762	262	2024-05-02	3	76.20	active
14763	263	2024-05-03	4	76.30	closed
14764	264	2024-05-04	5	76.40	active
14765	265	2024-05-05	6	76.50	active
14766	266	2024-05-06	7	76.60	closed
14767	267	2024-05-07	8	76.70	active
14768	268	2024-05-08	9	76.80	active
14769	269	2024-05-09	1	76.90	closed
14770	270	2024-05-10	2	77.00	active
14771	271	2024-05-11	3	77.10	active
14772	272	2024-05-12	4	77.20	closed
14773	273	2024-05-13	5	77.30	active
14774	274	2024-05-14	6	77.40	active
14775	275	2024-05-15	7	77.50	closed
14776	276	2024-05-16	8	77.60	active
14777	277	2024-05-17	9	77.70	active
14778	278	2024-05-18	1	77.80	closed
14779	279	2024-05-19	2	77.90	active
14780	280	2024-05-20	3	78.00	active
14781	281	2024-05-21	4	78.10	closed
14782	282	2024-05-22	5	78.20	active
14783	283	2024-05-23	6	78.30	active
14784	284	2024-05-24	7	78.40	closed
14785	285	2024-05-25	8	78.50	active
14786	286	2024-05-26	9	78.60	active
14787	287	2024-05-27	1	78.70	closed
14788	288	2024-05-28	2	78.80	active
14789	289	2024-05-29	3	78.90	active
14790	290	2024-05-30	4	79.00	closed
14791	291	2024-05-31	5	79.10	active
14792	292	2024-06-01	6	79.20	active
14793	293	2024-06-02	7	79.30	closed
14794	294	2024-06-03	8	79.40	active
14795	295	2024-06-04	9	79.50	active
14796	296	2024-06-05	1	79.60	closed
14797	297	2024-06-06	2	79.70	active
14798	298	2024-06-07	3	79.80	active
14799	299	2024-06-08	4	79.90	closed
14800	100	2024-06-09	5	80.00	active
14801	101	2024-06-10	6	80.10	active
14802	102	2024-06-11	7	80.20	closed
14803	103	2024-06-12	8	80.30	active
14804	104	2024-06-13	9	80.40	active
14805	105	2024-06-14	1	80.50	closed
14806	106	2024-06-15	2	80.60	active
14807	107	2024-06-16	3	80.70	active
14808	108	2024-06-17	4	80.80	closed
14809	109	2024-06-18	5	80.90	active
14810	110	2024-06-19	6	81.00	active
14811	111	2024-06-20	7	81.10	closed
14812	112	2024-06-21	8	81.20	active
14813	113	2024-06-22	9	81.30	active
14814	114	2024-06-23	1	81.40	closed
14815	115	2024-06-24	2	81.50	active
14816	116	2024-06-25	3	81.60	active
14817	117	2024-06-26	4	81.70	closed
14818	118	2024-06-27	5	81.80	active
14819	119	2024-06-28	6	81.90	active
14820	120	2024-06-29	7	82.00	closed
14821	121	2024-06-30	8	82.10	active
14822	122	2024-07-01	9	82.20	active
14823	123	2024-07-02	1	82.30	closed
14824	124	2024-07-03	2	82.40	active
14825	125	2024-07-04	3	82.50	active
14826	126	2024-07-05	4	82.60	closed
14827	127	2024-07-06	5	82.70	active
14828	128	2024-07-07	6	82.80	active
14829	129	2024-07-08	7	82.90	closed
14830	130	2024-07-09	8	83.00	active
14831	131	2024-07-10	9	83.10	active
14832	132	2024-07-11	1	83.20	closed
14833	133	2024-07-12	2	83.30	active
14834	134	2024-07-13	3	83.40	active
14835	135	2024-07-14	4	83.50	closed
14836	136	2024-07-15	5	83.60	active
14837	137	2024-07-16	6	83.70	active
14838	138	2024-07-17	7	83.80	closed
14839	139	2024-07-18	8	83.90	active
14840	140	2024-07-19	9	84.00	active
14841	141	2024-07-20	1	84.10	closed
14842	142	2024-07-21	2	84.20	active
14843	143	2024-07-22	3	84.30	active
14844	144	2024-07-23	4	84.40	closed
14845	145	2024-07-24	5	84.50	active
14846	146	2024-07-25	6	84.60	active
14847	147	2024-07-26	7	84.70	closed
14848	148	2024-07-27	8	84.80	active
14849	149	2024-07-28	9	84.90	active
14850	150	2024-07-29	1	85.00	closed
14851	151	2024-07-30	2	85.10	active
14852	152	2024-07-31	3	85.20	active
14853	153	2024-08-01	4	85.30	closed
14854	154	2024-08-02	5	85.40	active
14855	155	2024-08-03	6	85.50	active
14856	156	2024-08-04	7	85.60	closed
14857	157	2024-08-05	8	85.70	active
14858	158	2024-08-06	9	85.80	active
14859	159	2024-08-07	1	85.90	closed
14860	160	2024-08-08	2	86.00	active
14861	161	2024-08-09	3	86.10	active
14862	162	2024-08-10	4	86.20	closed
14863	163	2024-08-11	5	86.30	active
14864	164	2024-08-12	6	86.40	active
14865	165	2024-08-13	7	86.50	closed
14866	166	2024-08-14	8	86.60	active
14867	167	2024-08-15	9	86.70	active
14868	168	2024-08-16	1	86.80	closed
14869	169	2024-08-17	2	86.90	active
14870	170	2024-08-18	3	87.00	active
14871	171	2024-08-19	4	87.10	closed
14872	172	2024-08-20	5	87.20	active
14873	173	2024-08-21	6	87.30	active
14874	174	2024-08-22	7	87.40	closed
14875	175	2024-08-23	8	87.50	active
14876	176	2024-08-24	9	87.60	active
14877	177	2024-08-25	1	87.70	closed
14878	178	2024-08-26	2	87.80	active
14879	179	2024-08-27	3	87.90	active
14880	180	2024-08-28	4	88.00	closed
14881	181	2024-08-29	5	88.10	active
14882	182	2024-08-30	6	88.20	active
14883	183	2024-08-31	7	88.30	closed
14884	184	2024-09-01	8	88.40	active
14885	185	2024-09-02	9	88.50	active
14886	186	2024-09-03	1	88.60	closed
14887	187	2024-09-04	2	88.70	active
14888	188	2024-09-05	3	88.80	active
14889	189	2024-09-06	4	88.90	closed
14890	190	2024-09-07	5	89.00	active
14891	191	2024-09-08	6	89.10	active
14892	192	2024-09-09	7	89.20	closed
14893	193	2024-09-10	8	89.30	active
14894	194	2024-09-11	9	89.40	active
14895	195	2024-09-12	1	89.50	closed
14896	196	2024-09-13	2	89.60	active
14897	197	2024-09-14	3	89.70	active
14898	198	2024-09-15	4	89.80	closed
14899	199	2024-09-16	5	89.90	active
14900	200	2024-09-17	6	90.00	active
14901	201	2024-09-18	7	90.10	closed
14902	202	2024-09-19	8	90.20	active
14903	203	2024-09-20	9	90.30	active
14904	204	2024-09-21	1	90.40	closed
14905	205	2024-09-22	2	90.50	active
14906	206	2024-09-23	3	90.60	active
14907	207	2024-09-24	4	90.70	closed
14908	208	2024-09-25	5	90.80	active
14909	209	2024-09-26	6	90.90	active
14910	210	2024-09-27	7	91.00	closed
14911	211	2024-09-28	8	91.10	active
14912	212	2024-09-29	9	91.20	active
14913	213	2024-09-30	1	91.30	closed
14914	214	2024-10-01	2	91.40	active
14915	215	2024-10-02	3	91.50	active
14916	216	2024-10-03	4	91.60	closed
14917	217	2024-10-04	5	91.70	active
14918	218	2024-10-05	6	91.80	active
14919	219	2024-10-06	7	91.90	closed
14920	220	2024-10-07	8	92.00	active
14921	221	2024-10-08	9	92.10	active
14922	222	2024-10-09	1	92.20	closed
14923	223	2024-10-10	2	92.30	active
14924	224	2024-10-11	3	92.40	active
14925	225	2024-10-12	4	92.50	closed
14926	226	2024-10-13	5	92.60	active
14927	227	2024-10-14	6	92.70	active
14928	228	2024-10-15	7	92.80	closed
14929	229	2024-10-16	8	92.90	active
14930	230	2024-10-17	9	93.00	active
14931	231	2024-10-18	1	93.10	closed
14932	232	2024-10-19	2	93.20	active
14933	233	2024-10-20	3	93.30	active
14934	234	2024-10-21	4	93.40	closed
14935	235	2024-10-22	5	93.50	active
14936	236	2024-10-23	6	93.60	active
14937	237	2024-10-24	7	93.70	closed
14938	238	2024-10-25	8	93.80	active
14939	239	2024-10-26	9	93.90	active
14940	240	2024-10-27	1	94.00	closed
14941	241	2024-10-28	2	94.10	active
14942	242	2024-10-29	3	94.20	active
14943	243	2024-10-30	4	94.30	closed
14944	244	2024-10-31	5	94.40	active
14945	245	2024-11-01	6	94.50	active
14946	246	2024-11-02	7	94.60	closed
14947	247	2024-11-03	8	94.70	active
14948	248	2024-11-04	9	94.80	active
14949	249	2024-11-05	1	94.90	closed
14950	250	2024-11-06	2	95.00	active
14951	251	2024-11-07	3	95.10	active
14952	252	2024-11-08	4	95.20	closed
14953	253	2024-11-09	5	95.30	active
14954	254	2024-11-10	6	95.40	active
14955	255	2024-11-11	7	95.50	closed
14956	256	2024-11-12	8	95.60	active
14957	257	2024-11-13	9	95.70	active
14958	258	2024-11-14	1	95.80	closed
14959	259	2024-11-15	2	95.90	active
14960	260	2024-11-16	3	96.00	active
14961	261	2024-11-17	4	96.10	closed
14962	262	2024-11-18	5	96.20	active
14963	263	2024-11-19	6	96.30	active
14964	264	2024-11-20	7	96.40	closed
14965	265	2024-11-21	8	96.50	active
14966	266	2024-11-22	9	96.60	active
14967	267	2024-11-23	1	96.70	closed
14968	268	2024-11-24	2	96.80	active
14969	269	2024-11-25	3	96.90	active
14970	270	2024-11-26	4	97.00	closed
14971	271	2024-11-27	5	97.10	active
14972	272	2024-11-28	6	97.20	active
14973	273	2024-11-29	7	97.30	closed
14974	274	2024-11-30	8	97.40	active
14975	275	2024-12-01	9	97.50	active
14976	276	2024-12-02	1	97.60	closed
14977	277	2024-12-03	2	97.70	active
14978	278	2024-12-04	3	97.80	active
14979	279	2024-12-05	4	97.90	closed
14980	280	2024-12-06	5	98.00	active
14981	281	2024-12-07	6	98.10	active
14982	282	2024-12-08	7	98.20	closed
14983	283	2024-12-09	8	98.30	active
14984	284	2024-12-10	9	98.40	active
14985	285	2024-12-11	1	98.50	closed
14986	286	2024-12-12	2	98.60	active
14987	287	2024-12-13	3	98.70	active
14988	288	2024-12-14	4	98.80	closed
14989	289	2024-12-15	5	98.90	active
14990	290	2024-12-16	6	99.00	active
14991	291	2024-12-17	7	99.10	closed
14992	292	2024-12-18	8	99.20	active
14993	293	2024-12-19	9	99.30	active
14994	294	2024-12-20	1	99.40	closed
14995	295	2024-12-21	2	99.50	active
14996	296	2024-12-22	3	99.60	active
14997	297	2024-12-23	4	99.70	closed
14998	298	2024-12-24	5	99.80	active
14999	299	2024-12-25	6	99.90	active
15000	100	2024-12-26	7	0.00	closed
15001	101	2024-12-27	8	0.10	active
15002	102	2024-12-28	9	0.20	active
15003	103	2024-12-29	1	0.30	closed
15004	104	2024-12-30	2	0.40	active
15005	105	2024-12-31	3	0.50	active
15006	106	2024-01-01	4	0.60	closed
15007	107	2024-01-02	5	0.70	active
15008	108	2024-01-03	6	0.80	active
15009	109	2024-01-04	7	0.90	closed
15010	110	2024-01-05	8	1.00	active
15011	111	2024-01-06	9	1.10	active
15012	112	2024-01-07	1	1.20	closed
15013	113	2024-01-08	2	1.30	active
15014	114	2024-01-09	3	1.40	active
15015	115	2024-01-10	4	1.50	closed
15016	116	2024-01-11	5	1.60	active
15017	117	2024-01-12	6	1.70	active
15018	118	2024-01-13	7	1.80	closed
15019	119	2024-01-14	8	1.90	active
15020	120	2024-01-15	9	2.00	active
15021	121	2024-01-16	1	2.10	closed
15022	122	2024-01-17	2	2.20	active
15023	123	2024-01-18	3	2.30	active
15024	124	2024-01-19	4	2.40	closed
15025	125	2024-01-20	5	2.50	active
15026	126	2024-01-21	6	2.60	active
15027	127	2024-01-22	7	2.70	closed
15028	128	2024-01-23	8	2.80	active
15029	129	2024-01-24	9	2.90	active
15030	130	2024-01-25	1	3.00	closed
15031	131	2024-01-26	2	3.10	active
15032	132	2024-01-27	3	3.20	active
15033	133	2024-01-28	4	3.30	closed
15034	134	2024-01-29	5	3.40	active
15035	135	2024-01-30	6	3.50	active
15036	136	2024-01-31	7	3.60	closed
15037	137	2024-02-01	8	3.70	active
15038	138	2024-02-02	9	3.80	active
15039	139	2024-02-03	1	3.90	closed
15040	140	2024-02-04	2	4.00	active
15041	141	2024-02-05	3	4.10	active
15042	142	2024-02-06	4	4.20	closed
15043	143	2024-02-07	5	4.30	active
15044	144	2024-02-08	6	4.40	active
15045	145	2024-02-09	7	4.50	closed
15046	146	2024-02-10	8	4.60	active
15047	147	2024-02-11	9	4.70	active
15048	148	2024-02-12	1	4.80	closed
15049	149	2024-02-13	2	4.90	active
15050	150	2024-02-14	3	5.00	active
15051	151	2024-02-15	4	5.10	closed
15052	152	2024-02-16	5	5.20	active
15053	153	2024-02-17	6	5.30	active
15054	154	2024-02-18	7	5.40	closed
15055	155	2024-02-19	8	5.50	active
15056	156	2024-02-20	9	5.60	active
15057	157	2024-02-21	1	5.70	closed
15058	158	2024-02-22	2	5.80	active
15059	159	2024-02-23	3	5.90	active
15060	160	2024-02-24	4	6.00	closed
15061	161	2024-02-25	5	6.10	active
15062	162	2024-02-26	6	6.20	active
15063	163	2024-02-27	7	6.30	closed
15064	164	2024-02-28	8	6.40	active
15065	165	2024-02-29	9	6.50	active
15066	166	2024-03-01	1	6.60	closed
15067	167	2024-03-02	2	6.70	active
15068	168	2024-03-03	3	6.80	active
15069	169	2024-03-04	4	6.90	closed
15070	170	2024-03-05	5	7.00	active
15071	171	2024-03-06	6	7.10	active
15072	172	2024-03-07	7	7.20	closed
15073	173	2024-03-08	8	7.30	active
15074	174	2024-03-09	9	7.40	active
15075	175	2024-03-10	1	7.50	closed
15076	176	2024-03-11	2	7.60	active
15077	177	2024-03-12	3	7.70	active
15078	178	2024-03-13	4	7.80	closed
15079	179	2024-03-14	5	7.90	active
15080	180	2024-03-15	6	8.00	active
15081	181	2024-03-16	7	8.10	closed
15082	182	2024-03-17	8	8.20	active
15083	183	2024-03-18	9	8.30	active
15084	184	2024-03-19	1	8.40	closed
15085	185	2024-03-20	2	8.50	active
15086	186	2024-03-21	3	8.60	active
15087	187	2024-03-22	4	8.70	closed
15088	188	2024-03-23	5	8.80	active
15089	189	2024-03-24	6	8.90	active
15090	190	2024-03-25	7	9.00	closed
15091	191	2024-03-26	8	9.10	active
15092	192	2024-03-27	9	9.20	active
15093	193	2024-03-28	1	9.30	closed
15094	194	2024-03-29	2	9.40	active
15095	195	2024-03-30	3	9.50	active
15096	196	2024-03-31	4	9.60	closed
15097	197	2024-04-01	5	9.70	active
15098	198	2024-04-02	6	9.80	active
15099	199	2024-04-03	7	9.90	closed
15100	200	2024-04-04	8	10.00	active
15101	201	2024-04-05	9	10.10	active
15102	202	2024-04-06	1	10.20	closed
15103	203	2024-04-07	2	10.30	active
15104	204	2024-04-08	3	10.40	active
15105	205	2024-04-09	4	10.50	closed
15106	206	2024-04-10	5	10.60	active
15107	207	2024-04-11	6	10.70	active
15108	208	2024-04-12	7	10.80	closed
15109	209	2024-04-13	8	10.90	active
15110	210	2024-04-14	9	11.00	active
15111	211	2024-04-15	1	11.10	closed
15112	212	2024-04-16	2	11.20	active
15113	213	2024-04-17	3	11.30	active
15114	214	2024-04-18	4	11.40	closed
15115	215	2024-04-19	5	11.50	active
15116	216	2024-04-20	6	11.60	active
15117	217	2024-04-21	7	11.70	closed
15118	218	2024-04-22	8	11.80	active
15119	219	2024-04-23	9	11.90	active
15120	220	2024-04-24	1	12.00	closed
15121	221	2024-04-25	2	12.10	active
15122	222	2024-04-26	3	12.20	active
15123	223	2024-04-27	4	12.30	closed
15124	224	2024-04-28	5	12.40	active
15125	225	2024-04-29	6	12.50	active
15126	226	2024-04-30	7	12.60	closed
15127	227	2024-05-01	8	12.70	active
15128	228	2024-05-02	9	12.80	active
15129	229	2024-05-03	1	12.90	closed
15130	230	2024-05-04	2	13.00	active
15131	231	2024-05-05	3	13.10	active
15132	232	2024-05-06	4	13.20	closed
15133	233	2024-05-07	5	13.30	active
15134	234	2024-05-08	6	13.40	active
15135	235	2024-05-09	7	13.50	closed
15136	236	2024-05-10	8	13.60	active
15137	237	2024-05-11	9	13.70	active
15138	238	2024-05-12	1	13.80	closed
15139	239	2024-05-13	2	13.90	active
15140	240	2024-05-14	3	14.00	active
15141	241	2024-05-15	4	14.10	closed
15142	242	2024-05-16	5	14.20	active
15143	243	2024-05-17	6	14.30	active
15144	244	2024-05-18	7	14.40	closed
15145	245	2024-05-19	8	14.50	active
15146	246	2024-05-20	9	14.60	active
15147	247	2024-05-21	1	14.70	closed
15148	248	2024-05-22	2	14.80	active
15149	249	2024-05-23	3	14.90	active
15150	250	2024-05-24	4	15.00	closed
15151	251	2024-05-25	5	15.10	active
15152	252	2024-05-26	6	15.20	active
15153	253	2024-05-27	7	15.30	closed
15154	254	2024-05-28	8	15.40	active
15155	255	2024-05-29	9	15.50	active
15156	256	2024-05-30	1	15.60	closed
15157	257	2024-05-31	2	15.70	active
15158	258	2024-06-01	3	15.80	active
15159	259	2024-06-02	4	15.90	closed
15160	260	2024-06-03	5	16.00	active
15161	261	2024-06-04	6	16.10	active
15162	262	2024-06-05	7	16.20	closed
15163	263	2024-06-06	8	16.30	active
15164	264	2024-06-07	9	16.40	active
15165	265	2024-06-08	1	16.50	closed
15166	266	2024-06-09	2	16.60	active
15167	267	2024-06-10	3	16.70	active
15168	268	2024-06-11	4	16.80	closed
15169	269	2024-06-12	5	16.90	active
15170	270	2024-06-13	6	17.00	active
15171	271	2024-06-14	7	17.10	closed
15172	272	2024-06-15	8	17.20	active
15173	273	2024-06-16	9	17.30	active
15174	274	2024-06-17	1	17.40	closed
15175	275	2024-06-18	2	17.50	active
15176	276	2024-06-19	3	17.60	active
15177	277	2024-06-20	4	17.70	closed
15178	278	2024-06-21	5	17.80	active
15179	279	2024-06-22	6	17.90	active
15180	280	2024-06-23	7	18.00	closed
15181	281	2024-06-24	8	18.10	active
15182	282	2024-06-25	9	18.20	active
15183	283	2024-06-26	1	18.30	closed
15184	284	2024-06-27	2	18.40	active
15185	285	2024-06-28	3	18.50	active
15186	286	2024-06-29	4	18.60	closed
15187	287	2024-06-30	5	18.70	active
15188	288	2024-07-01	6	18.80	active
15189	289	2024-07-02	7	18.90	closed
15190	290	2024-07-03	8	19.00	active
15191	291	2024-07-04	9	19.10	active
15192	292	2024-07-05	1	19.20	closed
15193	293	2024-07-06	2	19.30	active
15194	294	2024-07-07	3	19.40	active
15195	295	2024-07-08	4	19.50	closed
15196	296	2024-07-09	5	19.60	active
15197	297	2024-07-10	6	19.70	active
15198	298	2024-07-11	7	19.80	closed
15199	299	2024-07-12	8	19.90	active
15200	100	2024-07-13	9	20.00	active
15201	101	2024-07-14	1	20.10	closed
15202	102	2024-07-15	2	20.20	active
15203	103	2024-07-16	3	20.30	active
15204	104	2024-07-17	4	20.40	closed
15205	105	2024-07-18	5	20.50	active
15206	106	2024-07-19	6	20.60	active
15207	107	2024-07-20	7	20.70	closed
15208	108	2024-07-21	8	20.80	active
15209	109	2024-07-22	9	20.90	active
15210	110	2024-07-23	1	21.00	closed
15211	111	2024-07-24	2	21.10	active
15212	112	2024-07-25	3	21.20	active
15213	113	2024-07-26	4	21.30	closed
15214	114	2024-07-27	5	21.40	active
15215	115	2024-07-28	6	21.50	active
15216	116	2024-07-29	7	21.60	closed
15217	117	2024-07-30	8	21.70	active
15218	118	2024-07-31	9	21.80	active
15219	119	2024-08-01	1	21.90	closed
15220	120	2024-08-02	2	22.00	active
15221	121	2024-08-03	3	22.10	active
15222	122	2024-08-04	4	22.20	closed
15223	123	2024-08-05	5	22.30	active
15224	124	2024-08-06	6	22.40	active
15225	125	2024-08-07	7	22.50	closed
15226	126	2024-08-08	8	22.60	active
15227	127	2024-08-09	9	22.70	active
15228	128	2024-08-10	1	22.80	closed
15229	129	2024-08-11	2	22.90	active
15230	130	2024-08-12	3	23.00	active
15231	131	2024-08-13	4	23.10	closed
15232	132	2024-08-14	5	23.20	active
15233	133	2024-08-15	6	23.30	active
15234	134	2024-08-16	7	23.40	closed
15235	135	2024-08-17	8	23.50	active
15236	136	2024-08-18	9	23.60	active
15237	137	2024-08-19	1	23.70	closed
15238	138	2024-08-20	2	23.80	active
15239	139	2024-08-21	3	23.90	active
15240	140	2024-08-22	4	24.00	closed
15241	141	2024-08-23	5	24.10	active
15242	142	2024-08-24	6	24.20	active
15243	143	2024-08-25	7	24.30	closed
15244	144	2024-08-26	8	24.40	active
15245	145	2024-08-27	9	24.50	active
15246	146	2024-08-28	1	24.60	closed
15247	147	2024-08-29	2	24.70	active
15248	148	2024-08-30	3	24.80	active
15249	149	2024-08-31	4	24.90	closed
15250	150	2024-09-01	5	25.00	active
15251	151	2024-09-02	6	25.10	active
15252	152	2024-09-03	7	25.20	closed
15253	153	2024-09-04	8	25.30	active
15254	154	2024-09-05	9	25.40	active
15255	155	2024-09-06	1	25.50	closed
15256	156	2024-09-07	2	25.60	active
15257	157	2024-09-08	3	25.70	active
15258	158	2024-09-09	4	25.80	closed
15259	159	2024-09-10	5	25.90	active
15260	160	2024-09-11	6	26.00	active
15261	161	2024-09-12	7	26.10	closed
15262	162	2024-09-13	8	26.20	active
15263	163	2024-09-14	9	26.30	active
15264	164	2024-09-15	1	26.40	closed
15265	165	2024-09-16	2	26.50	active
15266	166	2024-09-17	3	26.60	active
15267	167	2024-09-18	4	26.70	closed
15268	168	2024-09-19	5	26.80	active
15269	169	2024-09-20	6	26.90	active
15270	170	2024-09-21	7	27.00	closed
15271	171	2024-09-22	8	27.10	active
15272	172	2024-09-23	9	27.20	active
15273	173	2024-09-24	1	27.30	closed
15274	174	2024-09-25	2	27.40	active
15275	175	2024-09-26	3	27.50	active
15276	176	2024-09-27	4	27.60	closed
15277	177	2024-09-28	5	27.70	active
15278	178	2024-09-29	6	27.80	active
15279	179	2024-09-30	7	27.90	closed
15280	180	2024-10-01	8	28.00	active
15281	181	2024-10-02	9	28.10	active
15282	182	2024-10-03	1	28.20	closed
15283	183	2024-10-04	2	28.30	active
15284	184	2024-10-05	3	28.40	active
15285	185	2024-10-06	4	28.50	closed
15286	186	2024-10-07	5	28.60	active
15287	187	2024-10-08	6	28.70	active
15288	188	2024-10-09	7	28.80	closed
15289	189	2024-10-10	8	28.90	active
15290	190	2024-10-11	9	29.00	active
15291	191	2024-10-12	1	29.10	closed
15292	192	2024-10-13	2	29.20	active
15293	193	2024-10-14	3	29.30	active
15294	194	2024-10-15	4	29.40	closed
15295	195	2024-10-16	5	29.50	active
15296	196	2024-10-17	6	29.60	active
15297	197	2024-10-18	7	29.70	closed
15298	198	2024-10-19	8	29.80	active
15299	199	2024-10-20	9	29.90	active
15300	200	2024-10-21	1	30.00	closed
15301	201	2024-10-22	2	30.10	active
15302	202	2024-10-23	3	30.20	active
15303	203	2024-10-24	4	30.30	closed
15304	204	2024-10-25	5	30.40	active
15305	205	2024-10-26	6	30.50	active
15306	206	2024-10-27	7	30.60	closed
15307	207	2024-10-28	8	30.70	active
15308	208	2024-10-29	9	30.80	active
15309	209	2024-10-30	1	30.90	closed
15310	210	2024-10-31	2	31.00	active
15311	211	2024-11-01	3	31.10	active
15312	212	2024-11-02	4	31.20	closed
15313	213	2024-11-03	5	31.30	active
15314	214	2024-11-04	6	31.40	active
15315	215	2024-11-05	7	31.50	closed
15316	216	2024-11-06	8	31.60	active
15317	217	2024-11-07	9	31.70	active
15318	218	2024-11-08	1	31.80	closed
15319	219	2024-11-09	2	31.90	active
15320	220	2024-11-10	3	32.00	active
15321	221	2024-11-11	4	32.10	closed
15322	222	2024-11-12	5	32.20	active
15323	223	2024-11-13	6	32.30	active
15324	224	2024-11-14	7	32.40	closed
15325	225	2024-11-15	8	32.50	active
15326	226	2024-11-16	9	32.60	active
15327	227	2024-11-17	1	32.70	closed
15328	228	2024-11-18	2	32.80	active
15329	229	2024-11-19	3	32.90	active
15330	230	2024-11-20	4	33.00	closed
15331	231	2024-11-21	5	33.10	active
15332	232	2024-11-22	6	33.20	active
15333	233	2024-11-23	7	33.30	closed
15334	234	2024-11-24	8	33.40	active
15335	235	2024-11-25	9	33.50	active
15336	236	2024-11-26	1	33.60	closed
15337	237	2024-11-27	2	33.70	active
15338	238	2024-11-28	3	33.80	active
15339	239	2024-11-29	4	33.90	closed
15340	240	2024-11-30	5	34.00	active
15341	241	2024-12-01	6	34.10	active
15342	242	2024-12-02	7	34.20	closed
15343	243	2024-12-03	8	34.30	active
15344	244	2024-12-04	9	34.40	active
15345	245	2024-12-05	1	34.50	closed
15346	246	2024-12-06	2	34.60	active
15347	247	2024-12-07	3	34.70	active
15348	248	2024-12-08	4	34.80	closed
15349	249	2024-12-09	5	34.90	active
15350	250	2024-12-10	6	35.00	active
15351	251	2024-12-11	7	35.10	closed
15352	252	2024-12-12	8	35.20	active
15353	253	2024-12-13	9	35.30	active
15354	254	2024-12-14	1	35.40	closed
15355	255	2024-12-15	2	35.50	active
15356	256	2024-12-16	3	35.60	active
15357	257	2024-12-17	4	35.70	closed
15358	258	2024-12-18	5	35.80	active
15359	259	2024-12-19	6	35.90	active
15360	260	2024-12-20	7	36.00	closed
15361	261	2024-12-21	8	36.10	active
15362	262	2024-12-22	9	36.20	active
15363	263	2024-12-23	1	36.30	closed
15364	264	2024-12-24	2	36.40	active
15365	265	2024-12-25	3	36.50	active
15366	266	2024-12-26	4	36.60	closed
15367	267	2024-12-27	5	36.70	active
15368	268	2024-12-28	6	36.80	active
15369	269	2024-12-29	7	36.90	closed
15370	270	2024-12-30	8	37.00	active
15371	271	2024-12-31	9	37.10	active
15372	272	2024-01-01	1	37.20	closed
15373	273	2024-01-02	2	37.30	active
15374	274	2024-01-03	3	37.40	active
15375	275	2024-01-04	4	37.50	closed
15376	276	2024-01-05	5	37.60	active
15377	277	2024-01-06	6	37.70	active
15378	278	2024-01-07	7	37.80	closed
15379	279	2024-01-08	8	37.90	active
15380	280	2024-01-09	9	38.00	active
15381	281	2024-01-10	1	38.10	closed
15382	282	2024-01-11	2	38.20	active
15383	283	2024-01-12	3	38.30	active
15384	284	2024-01-13	4	38.40	closed
15385	285	2024-01-14	5	38.50	active
15386	286	2024-01-15	6	38.60	active
15387	287	2024-01-16	7	38.70	closed
15388	288	2024-01-17	8	38.80	active
15389	289	2024-01-18	9	38.90	active
15390	290	2024-01-19	1	39.00	closed
15391	291	2024-01-20	2	39.10	active
15392	292	2024-01-21	3	39.20	active
15393	293	2024-01-22	4	39.30	closed
15394	294	2024-01-23	5	39.40	active
15395	295	2024-01-24	6	39.50	active
15396	296	2024-01-25	7	39.60	closed
15397	297	2024-01-26	8	39.70	active
15398	298	2024-01-27	9	39.80	active
15399	299	2024-01-28	1	39.90	closed
15400	100	2024-01-29	2	40.00	active
15401	101	2024-01-30	3	40.10	active
15402	102	2024-01-31	4	40.20	closed
15403	103	2024-02-01	5	40.30	active
15404	104	2024-02-02	6	40.40	active
15405	105	2024-02-03	7	40.50	closed
15406	106	2024-02-04	8	40.60	active
15407	107	2024-02-05	9	40.70	active
15408	108	2024-02-06	1	40.80	closed
15409	109	2024-02-07	2	40.90	active
15410	110	2024-02-08	3	41.00	active
15411	111	2024-02-09	4	41.10	closed
15412	112	2024-02-10	5	41.20	active
15413	113	2024-02-11	6	41.30	active
15414	114	2024-02-12	7	41.40	closed
15415	115	2024-02-13	8	41.50	active
15416	116	2024-02-14	9	41.60	active
15417	117	2024-02-15	1	41.70	closed
15418	118	2024-02-16	2	41.80	active
15419	119	2024-02-17	3	41.90	active
15420	120	2024-02-18	4	42.00	closed
15421	121	2024-02-19	5	42.10	active
15422	122	2024-02-20	6	42.20	active
15423	123	2024-02-21	7	42.30	closed
15424	124	2024-02-22	8	42.40	active
15425	125	2024-02-23	9	42.50	active
15426	126	2024-02-24	1	42.60	closed
15427	127	2024-02-25	2	42.70	active
15428	128	2024-02-26	3	42.80	active
15429	129	2024-02-27	4	42.90	closed
15430	130	2024-02-28	5	43.00	active
15431	131	2024-02-29	6	43.10	active
15432	132	2024-03-01	7	43.20	closed
15433	133	2024-03-02	8	43.30	active
15434	134	2024-03-03	9	43.40	active
15435	135	2024-03-04	1	43.50	closed
15436	136	2024-03-05	2	43.60	active
15437	137	2024-03-06	3	43.70	active
15438	138	2024-03-07	4	43.80	closed
15439	139	2024-03-08	5	43.90	active
15440	140	2024-03-09	6	44.00	active
15441	141	2024-03-10	7	44.10	closed
15442	142	2024-03-11	8	44.20	active
15443	143	2024-03-12	9	44.30	active
15444	144	2024-03-13	1	44.40	closed
15445	145	2024-03-14	2	44.50	active
15446	146	2024-03-15	3	44.60	active
15447	147	2024-03-16	4	44.70	closed
15448	148	2024-03-17	5	44.80	active
15449	149	2024-03-18	6	44.90	active
15450	150	2024-03-19	7	45.00	closed
15451	151	2024-03-20	8	45.10	active
15452	152	2024-03-21	9	45.20	active
15453	153	2024-03-22	1	45.30	closed
15454	154	2024-03-23	2	45.40	active
15455	155	2024-03-24	3	45.50	active
15456	156	2024-03-25	4	45.60	closed
15457	157	2024-03-26	5	45.70	active
15458	158	2024-03-27	6	45.80	active
15459	159	2024-03-28	7	45.90	closed
15460	160	2024-03-29	8	46.00	active
15461	161	2024-03-30	9	46.10	active
15462	162	2024-03-31	1	46.20	closed
15463	163	2024-04-01	2	46.30	active
15464	164	2024-04-02	3	46.40	active
15465	165	2024-04-03	4	46.50	closed
15466	166	2024-04-04	5	46.60	active
15467	167	2024-04-05	6	46.70	active
15468	168	2024-04-06	7	46.80	closed
15469	169	2024-04-07	8	46.90	active
15470	170	2024-04-08	9	47.00	active
15471	171	2024-04-09	1	47.10	closed
15472	172	2024-04-10	2	47.20	active
15473	173	2024-04-11	3	47.30	active
15474	174	2024-04-12	4	47.40	closed
15475	175	2024-04-13	5	47.50	active
15476	176	2024-04-14	6	47.60	active
15477	177	2024-04-15	7	47.70	closed
15478	178	2024-04-16	8	47.80	active
15479	179	2024-04-17	9	47.90	active
15480	180	2024-04-18	1	48.00	closed
15481	181	2024-04-19	2	48.10	active
15482	182	2024-04-20	3	48.20	active
15483	183	2024-04-21	4	48.30	closed
15484	184	2024-04-22	5	48.40	active
15485	185	2024-04-23	6	48.50	active
15486	186	2024-04-24	7	48.60	closed
15487	187	2024-04-25	8	48.70	active
15488	188	2024-04-26	9	48.80	active
15489	189	2024-04-27	1	48.90	closed
15490	190	2024-04-28	2	49.00	active
15491	191	2024-04-29	3	49.10	active
15492	192	2024-04-30	4	49.20	closed
15493	193	2024-05-01	5	49.30	active
15494	194	2024-05-02	6	49.40	active
15495	195	2024-05-03	7	49.50	closed
15496	196	2024-05-04	8	49.60	active
15497	197	2024-05-05	9	49.70	active
15498	198	2024-05-06	1	49.80	closed
15499	199	2024-05-07	2	49.90	active
15500	200	2024-05-08	3	50.00	active
15501	201	2024-05-09	4	50.10	closed
15502	202	2024-05-10	5	50.20	active
15503	203	2024-05-11	6	50.30	active
15504	204	2024-05-12	7	50.40	closed
15505	205	2024-05-13	8	50.50	active
15506	206	2024-05-14	9	50.60	active
15507	207	2024-05-15	1	50.70	closed
15508	208	2024-05-16	2	50.80	active
15509	209	2024-05-17	3	50.90	active
15510	210	2024-05-18	4	51.00	closed
15511	211	2024-05-19	5	51.10	active
15512	212	2024-05-20	6	51.20	active
15513	213	2024-05-21	7	51.30	closed
15514	214	2024-05-22	8	51.40	active
15515	215	2024-05-23	9	51.50	active
15516	216	2024-05-24	1	51.60	closed
15517	217	2024-05-25	2	51.70	active
15518	218	2024-05-26	3	51.80	active
15519	219	2024-05-27	4	51.90	closed
15520	220	2024-05-28	5	52.00	active
15521	221	2024-05-29	6	52.10	active
15522	222	2024-05-30	7	52.20	closed
15523	223	2024-05-31	8	52.30	active
15524	224	2024-06-01	9	52.40	active
15525	225	2024-06-02	1	52.50	closed
15526	226	2024-06-03	2	52.60	active
15527	227	2024-06-04	3	52.70	active
15528	228	2024-06-05	4	52.80	closed
15529	229	2024-06-06	5	52.90	active
15530	230	2024-06-07	6	53.00	active
15531	231	2024-06-08	7	53.10	closed
15532	232	2024-06-09	8	53.20	active
15533	233	2024-06-10	9	53.30	active
15534	234	2024-06-11	1	53.40	closed
15535	235	2024-06-12	2	53.50	active
15536	236	2024-06-13	3	53.60	active
15537	237	2024-06-14	4	53.70	closed
15538	238	2024-06-15	5	53.80	active
15539	239	2024-06-16	6	53.90	active
15540	240	2024-06-17	7	54.00	closed
15541	241	2024-06-18	8	54.10	active
15542	242	2024-06-19	9	54.20	active
15543	243	2024-06-20	1	54.30	closed
15544	244	2024-06-21	2	54.40	active
15545	245	2024-06-22	3	54.50	active
15546	246	2024-06-23	4	54.60	closed
15547	247	2024-06-24	5	54.70	active
15548	248	2024-06-25	6	54.80	active
15549	249	2024-06-26	7	54.90	closed
15550	250	2024-06-27	8	55.00	active
15551	251	2024-06-28	9	55.10	active
15552	252	2024-06-29	1	55.20	closed
15553	253	2024-06-30	2	55.30	active
15554	254	2024-07-01	3	55.40	active
15555	255	2024-07-02	4	55.50	closed
15556	256	2024-07-03	5	55.60	active
15557	257	2024-07-04	6	55.70	active
15558	258	2024-07-05	7	55.80	closed
15559	259	2024-07-06	8	55.90	active
15560	260	2024-07-07	9	56.00	active
15561	261	2024-07-08	1	56.10	closed
15562	262	2024-07-09	2	56.20	active
15563	263	2024-07-10	3	56.30	active
15564	264	2024-07-11	4	56.40	closed
15565	265	2024-07-12	5	56.50	active
15566	266	2024-07-13	6	56.60	active
15567	267	2024-07-14	7	56.70	closed
15568	268	2024-07-15	8	56.80	active
15569	269	2024-07-16	9	56.90	active
15570	270	2024-07-17	1	57.00	closed
15571	271	2024-07-18	2	57.10	active
15572	272	2024-07-19	3	57.20	active
15573	273	2024-07-20	4	57.30	closed
15574	274	2024-07-21	5	57.40	active
15575	275	2024-07-22	6	57.50	active
15576	276	2024-07-23	7	57.60	closed
15577	277	2024-07-24	8	57.70	active
15578	278	2024-07-25	9	57.80	active
15579	279	2024-07-26	1	57.90	closed
15580	280	2024-07-27	2	58.00	active
15581	281	2024-07-28	3	58.10	active
15582	282	2024-07-29	4	58.20	closed
15583	283	2024-07-30	5	58.30	active
15584	284	2024-07-31	6	58.40	active
15585	285	2024-08-01	7	58.50	closed
15586	286	2024-08-02	8	58.60	active
15587	287	2024-08-03	9	58.70	active
15588	288	2024-08-04	1	58.80	closed
15589	289	2024-08-05	2	58.90	active
15590	290	2024-08-06	3	59.00	active
15591	291	2024-08-07	4	59.10	closed
15592	292	2024-08-08	5	59.20	active
15593	293	2024-08-09	6	59.30	active
15594	294	2024-08-10	7	59.40	closed
15595	295	2024-08-11	8	59.50	active
15596	296	2024-08-12	9	59.60	active
15597	297	2024-08-13	1	59.70	closed
15598	298	2024-08-14	2	59.80	active
15599	299	2024-08-15	3	59.90	active
15600	100	2024-08-16	4	60.00	closed
15601	101	2024-08-17	5	60.10	active
15602	102	2024-08-18	6	60.20	active
15603	103	2024-08-19	7	60.30	closed
15604	104	2024-08-20	8	60.40	active
15605	105	2024-08-21	9	60.50	active
15606	106	2024-08-22	1	60.60	closed
15607	107	2024-08-23	2	60.70	active
15608	108	2024-08-24	3	60.80	active
15609	109	2024-08-25	4	60.90	closed
15610	110	2024-08-26	5	61.00	active
15611	111	2024-08-27	6	61.10	active
15612	112	2024-08-28	7	61.20	closed
15613	113	2024-08-29	8	61.30	active
15614	114	2024-08-30	9	61.40	active
15615	115	2024-08-31	1	61.50	closed
15616	116	2024-09-01	2	61.60	active
15617	117	2024-09-02	3	61.70	active
15618	118	2024-09-03	4	61.80	closed
15619	119	2024-09-04	5	61.90	active
15620	120	2024-09-05	6	62.00	active
15621	121	2024-09-06	7	62.10	closed
15622	122	2024-09-07	8	62.20	active
15623	123	2024-09-08	9	62.30	active
15624	124	2024-09-09	1	62.40	closed
15625	125	2024-09-10	2	62.50	active
15626	126	2024-09-11	3	62.60	active
15627	127	2024-09-12	4	62.70	closed
15628	128	2024-09-13	5	62.80	active
15629	129	2024-09-14	6	62.90	active
15630	130	2024-09-15	7	63.00	closed
15631	131	2024-09-16	8	63.10	active
15632	132	2024-09-17	9	63.20	active
15633	133	2024-09-18	1	63.30	closed
15634	134	2024-09-19	2	63.40	active
15635	135	2024-09-20	3	63.50	active
15636	136	2024-09-21	4	63.60	closed
15637	137	2024-09-22	5	63.70	active
15638	138	2024-09-23	6	63.80	active
15639	139	2024-09-24	7	63.90	closed
15640	140	2024-09-25	8	64.00	active
15641	141	2024-09-26	9	64.10	active
15642	142	2024-09-27	1	64.20	closed
15643	143	2024-09-28	2	64.30	active
15644	144	2024-09-29	3	64.40	active
15645	145	2024-09-30	4	64.50	closed
15646	146	2024-10-01	5	64.60	active
15647	147	2024-10-02	6	64.70	active
15648	148	2024-10-03	7	64.80	closed
15649	149	2024-10-04	8	64.90	active
15650	150	2024-10-05	9	65.00	active
15651	151	2024-10-06	1	65.10	closed
15652	152	2024-10-07	2	65.20	active
15653	153	2024-10-08	3	65.30	active
15654	154	2024-10-09	4	65.40	closed
15655	155	2024-10-10	5	65.50	active
15656	156	2024-10-11	6	65.60	active
15657	157	2024-10-12	7	65.70	closed
15658	158	2024-10-13	8	65.80	active
15659	159	2024-10-14	9	65.90	active
15660	160	2024-10-15	1	66.00	closed
15661	161	2024-10-16	2	66.10	active
15662	162	2024-10-17	3	66.20	active
15663	163	2024-10-18	4	66.30	closed
15664	164	2024-10-19	5	66.40	active
15665	165	2024-10-20	6	66.50	active
15666	166	2024-10-21	7	66.60	closed
15667	167	2024-10-22	8	66.70	active
15668	168	2024-10-23	9	66.80	active
15669	169	2024-10-24	1	66.90	closed
15670	170	2024-10-25	2	67.00	active
15671	171	2024-10-26	3	67.10	active
15672	172	2024-10-27	4	67.20	closed
15673	173	2024-10-28	5	67.30	active
15674	174	2024-10-29	6	67.40	active
15675	175	2024-10-30	7	67.50	closed
15676	176	2024-10-31	8	67.60	active
15677	177	2024-11-01	9	67.70	active
15678	178	2024-11-02	1	67.80	closed
15679	179	2024-11-03	2	67.90	active
15680	180	2024-11-04	3	68.00	active
15681	181	2024-11-05	4	68.10	closed
15682	182	2024-11-06	5	68.20	active
15683	183	2024-11-07	6	68.30	active
15684	184	2024-11-08	7	68.40	closed
15685	185	2024-11-09	8	68.50	active
15686	186	2024-11-10	9	68.60	active
15687	187	2024-11-11	1	68.70	closed
15688	188	2024-11-12	2	68.80	active
15689	189	2024-11-13	3	68.90	active
15690	190	2024-11-14	4	69.00	closed
15691	191	2024-11-15	5	69.10	active
15692	192	2024-11-16	6	69.20	active
15693	193	2024-11-17	7	69.30	closed
15694	194	2024-11-18	8	69.40	active
15695	195	2024-11-19	9	69.50	active
15696	196	2024-11-20	1	69.60	closed
15697	197	2024-11-21	2	69.70	active
15698	198	2024-11-22	3	69.80	active
15699	199	2024-11-23	4	69.90	closed
15700	200	2024-11-24	5	70.00	active
15701	201	2024-11-25	6	70.10	active
15702	202	2024-11-26	7	70.20	closed
15703	203	2024-11-27	8	70.30	active
15704	204	2024-11-28	9	70.40	active
15705	205	2024-11-29	1	70.50	closed
15706	206	2024-11-30	2	70.60	active
15707	207	2024-12-01	3	70.70	active
15708	208	2024-12-02	4	70.80	closed
15709	209	2024-12-03	5	70.90	active
15710	210	2024-12-04	6	71.00	active
15711	211	2024-12-05	7	71.10	closed
15712	212	2024-12-06	8	71.20	active
15713	213	2024-12-07	9	71.30	active
15714	214	2024-12-08	1	71.40	closed
15715	215	2024-12-09	2	71.50	active
15716	216	2024-12-10	3	71.60	active
15717	217	2024-12-11	4	71.70	closed
15718	218	2024-12-12	5	71.80	active
15719	219	2024-12-13	6	71.90	active
15720	220	2024-12-14	7	72.00	closed
15721	221	2024-12-15	8	72.10	active
15722	222	2024-12-16	9	72.20	active
15723	223	2024-12-17	1	72.30	closed
15724	224	2024-12-18	2	72.40	active
15725	225	2024-12-19	3	72.50	active
15726	226	2024-12-20	4	72.60	closed
15727	227	2024-12-21	5	72.70	active
15728	228	2024-12-22	6	72.80	active
15729	229	2024-12-23	7	72.90	closed
15730	230	2024-12-24	8	73.00	active
15731	231	2024-12-25	9	73.10	active
15732	232	2024-12-26	1	73.20	closed
15733	233	2024-12-27	2	73.30	active
15734	234	2024-12-28	3	73.40	active
15735	235	2024-12-29	4	73.50	closed
15736	236	2024-12-30	5	73.60	active
15737	237	2024-12-31	6	73.70	active
15738	238	2024-01-01	7	73.80	closed
15739	239	2024-01-02	8	73.90	active
15740	240	2024-01-03	9	74.00	active
15741	241	2024-01-04	1	74.10	closed
15742	242	2024-01-05	2	74.20	active
15743	243	2024-01-06	3	74.30	active
15744	244	2024-01-07	4	74.40	closed
15745	245	2024-01-08	5	74.50	active
15746	246	2024-01-09	6	74.60	active
15747	247	2024-01-10	7	74.70	closed
15748	248	2024-01-11	8	74.80	active
15749	249	2024-01-12	9	74.90	active
15750	250	2024-01-13	1	75.00	closed
15751	251	2024-01-14	2	75.10	active
15752	252	2024-01-15	3	75.20	active
15753	253	2024-01-16	4	75.30	closed
15754	254	2024-01-17	5	75.40	active
15755	255	2024-01-18	6	75.50	active
15756	256	2024-01-19	7	75.60	closed
15757	257	2024-01-20	8	75.70	active
15758	258	2024-01-21	9	75.80	active
15759	259	2024-01-22	1	75.90	closed
15760	260	2024-01-23	2	76.00	active
15761	261	2024-01-24	3	76.10	active
15762	262	2024-01-25	4	76.20	closed
15763	263	2024-01-26	5	76.30	active
15764	264	2024-01-27	6	76.40	active
15765	265	2024-01-28	7	76.50	closed
15766	266	2024-01-29	8	76.60	active
15767	267	2024-01-30	9	76.70	active
15768	268	2024-01-31	1	76.80	closed
15769	269	2024-02-01	2	76.90	active
15770	270	2024-02-02	3	77.00	active
15771	271	2024-02-03	4	77.10	closed
15772	272	2024-02-04	5	77.20	active
15773	273	2024-02-05	6	77.30	active
15774	274	2024-02-06	7	77.40	closed
15775	275	2024-02-07	8	77.50	active
15776	276	2024-02-08	9	77.60	active
15777	277	2024-02-09	1	77.70	closed
15778	278	2024-02-10	2	77.80	active
15779	279	2024-02-11	3	77.90	active
15780	280	2024-02-12	4	78.00	closed
15781	281	2024-02-13	5	78.10	active
15782	282	2024-02-14	6	78.20	active
15783	283	2024-02-15	7	78.30	closed
15784	284	2024-02-16	8	78.40	active
15785	285	2024-02-17	9	78.50	active
15786	286	2024-02-18	1	78.60	closed
15787	287	2024-02-19	2	78.70	active
15788	288	2024-02-20	3	78.80	active
15789	289	2024-02-21	4	78.90	closed
15790	290	2024-02-22	5	79.00	active
15791	291	2024-02-23	6	79.10	active
15792	292	2024-02-24	7	79.20	closed
15793	293	2024-02-25	8	79.30	active
15794	294	2024-02-26	9	79.40	active
15795	295	2024-02-27	1	79.50	closed
15796	296	2024-02-28	2	79.60	active
15797	297	2024-02-29	3	79.70	active
15798	298	2024-03-01	4	79.80	closed
15799	299	2024-03-02	5	79.90	active
15800	100	2024-03-03	6	80.00	active
15801	101	2024-03-04	7	80.10	closed
15802	102	2024-03-05	8	80.20	active
15803	103	2024-03-06	9	80.30	active
15804	104	2024-03-07	1	80.40	closed
15805	105	2024-03-08	2	80.50	active
15806	106	2024-03-09	3	80.60	active
15807	107	2024-03-10	4	80.70	closed
15808	108	2024-03-11	5	80.80	active
15809	109	2024-03-12	6	80.90	active
15810	110	2024-03-13	7	81.00	closed
15811	111	2024-03-14	8	81.10	active
15812	112	2024-03-15	9	81.20	active
15813	113	2024-03-16	1	81.30	closed
15814	114	2024-03-17	2	81.40	active
15815	115	2024-03-18	3	81.50	active
15816	116	2024-03-19	4	81.60	closed
15817	117	2024-03-20	5	81.70	active
15818	118	2024-03-21	6	81.80	active
15819	119	2024-03-22	7	81.90	closed
15820	120	2024-03-23	8	82.00	active
15821	121	2024-03-24	9	82.10	active
15822	122	2024-03-25	1	82.20	closed
15823	123	2024-03-26	2	82.30	active
15824	124	2024-03-27	3	82.40	active
15825	125	2024-03-28	4	82.50	closed
15826	126	2024-03-29	5	82.60	active
15827	127	2024-03-30	6	82.70	active
15828	128	2024-03-31	7	82.80	closed
15829	129	2024-04-01	8	82.90	active
15830	130	2024-04-02	9	83.00	active
15831	131	2024-04-03	1	83.10	closed
15832	132	2024-04-04	2	83.20	active
15833	133	2024-04-05	3	83.30	active
15834	134	2024-04-06	4	83.40	closed
15835	135	2024-04-07	5	83.50	active
15836	136	2024-04-08	6	83.60	active
15837	137	2024-04-09	7	83.70	closed
15838	138	2024-04-10	8	83.80	active
15839	139	2024-04-11	9	83.90	active
15840	140	2024-04-12	1	84.00	closed
15841	141	2024-04-13	2	84.10	active
15842	142	2024-04-14	3	84.20	active
15843	143	2024-04-15	4	84.30	closed
15844	144	2024-04-16	5	84.40	active
15845	145	2024-04-17	6	84.50	active
15846	146	2024-04-18	7	84.60	closed
15847	147	2024-04-19	8	84.70	active
15848	148	2024-04-20	9	84.80	active
15849	149	2024-04-21	1	84.90	closed
15850	150	2024-04-22	2	85.00	active
15851	151	2024-04-23	3	85.10	active
15852	152	2024-04-24	4	85.20	closed
15853	153	2024-04-25	5	85.30	active
15854	154	2024-04-26	6	85.40	active
15855	155	2024-04-27	7	85.50	closed
15856	156	2024-04-28	8	85.60	active
15857	157	2024-04-29	9	85.70	active
15858	158	2024-04-30	1	85.80	closed
15859	159	2024-05-01	2	85.90	active
15860	160	2024-05-02	3	86.00	active
15861	161	2024-05-03	4	86.10	closed
15862	162	2024-05-04	5	86.20	active
15863	163	2024-05-05	6	86.30	active
15864	164	2024-05-06	7	86.40	closed
15865	165	2024-05-07	8	86.50	active
15866	166	2024-05-08	9	86.60	active
15867	167	2024-05-09	1	86.70	closed
15868	168	2024-05-10	2	86.80	active
15869	169	2024-05-11	3	86.90	active
15870	170	2024-05-12	4	87.00	closed
15871	171	2024-05-13	5	87.10	active
15872	172	2024-05-14	6	87.20	active
15873	173	2024-05-15	7	87.30	closed
15874	174	2024-05-16	8	87.40	active
15875	175	2024-05-17	9	87.50	active
15876	176	2024-05-18	1	87.60	closed
15877	177	2024-05-19	2	87.70	active
15878	178	2024-05-20	3	87.80	active
15879	179	2024-05-21	4	87.90	closed
15880	180	2024-05-22	5	88.00	active
15881	181	2024-05-23	6	88.10	active
15882	182	2024-05-24	7	88.20	closed
15883	183	2024-05-25	8	88.30	active
15884	184	2024-05-26	9	88.40	active
15885	185	2024-05-27	1	88.50	closed
15886	186	2024-05-28	2	88.60	active
15887	187	2024-05-29	3	88.70	active
15888	188	2024-05-30	4	88.80	closed
15889	189	2024-05-31	5	88.90	active
15890	190	2024-06-01	6	89.00	active
15891	191	2024-06-02	7	89.10	closed
15892	192	2024-06-03	8	89.20	active
15893	193	2024-06-04	9	89.30	active
15894	194	2024-06-05	1	89.40	closed
15895	195	2024-06-06	2	89.50	active
15896	196	2024-06-07	3	89.60	active
15897	197	2024-06-08	4	89.70	closed
15898	198	2024-06-09	5	89.80	active
15899	199	2024-06-10	6	89.90	active
15900	200	2024-06-11	7	90.00	closed
15901	201	2024-06-12	8	90.10	active
15902	202	2024-06-13	9	90.20	active
15903	203	2024-06-14	1	90.30	closed
15904	204	2024-06-15	2	90.40	active
15905	205	2024-06-16	3	90.50	active
15906	206	2024-06-17	4	90.60	closed
15907	207	2024-06-18	5	90.70	active
15908	208	2024-06-19	6	90.80	active
15909	209	2024-06-20	7	90.90	closed
15910	210	2024-06-21	8	91.00	active
15911	211	2024-06-22	9	91.10	active
15912	212	2024-06-23	1	91.20	closed
15913	213	2024-06-24	2	91.30	active
15914	214	2024-06-25	3	91.40	active
15915	215	2024-06-26	4	91.50	closed
15916	216	2024-06-27	5	91.60	active
15917	217	2024-06-28	6	91.70	active
15918	218	2024-06-29	7	91.80	closed
15919	219	2024-06-30	8	91.90	active
15920	220	2024-07-01	9	92.00	active
15921	221	2024-07-02	1	92.10	closed
15922	222	2024-07-03	2	92.20	active
15923	223	2024-07-04	3	92.30	active
15924	224	2024-07-05	4	92.40	closed
15925	225	2024-07-06	5	92.50	active
15926	226	2024-07-07	6	92.60	active
15927	227	2024-07-08	7	92.70	closed
15928	228	2024-07-09	8	92.80	active
15929	229	2024-07-10	9	92.90	active
15930	230	2024-07-11	1	93.00	closed
15931	231	2024-07-12	2	93.10	active
15932	232	2024-07-13	3	93.20	active
15933	233	2024-07-14	4	93.30	closed
15934	234	2024-07-15	5	93.40	active
15935	235	2024-07-16	6	93.50	active
15936	236	2024-07-17	7	93.60	closed
15937	237	2024-07-18	8	93.70	active
15938	238	2024-07-19	9	93.80	active
15939	239	2024-07-20	1	93.90	closed
15940	240	2024-07-21	2	94.00	active
15941	241	2024-07-22	3	94.10	active
15942	242	2024-07-23	4	94.20	closed
15943	243	2024-07-24	5	94.30	active
15944	244	2024-07-25	6	94.40	active
15945	245	2024-07-26	7	94.50	closed
15946	246	2024-07-27	8	94.60	active
15947	247	2024-07-28	9	94.70	active
15948	248	2024-07-29	1	94.80	closed
15949	249	2024-07-30	2	94.90	active
15950	250	2024-07-31	3	95.00	active
15951	251	2024-08-01	4	95.10	closed
15952	252	2024-08-02	5	95.20	active
15953	253	2024-08-03	6	95.30	active
15954	254	2024-08-04	7	95.40	closed
15955	255	2024-08-05	8	95.50	active
15956	256	2024-08-06	9	95.60	active
15957	257	2024-08-07	1	95.70	closed
15958	258	2024-08-08	2	95.80	active
15959	259	2024-08-09	3	95.90	active
15960	260	2024-08-10	4	96.00	closed
15961	261	2024-08-11	5	96.10	active
15962	262	2024-08-12	6	96.20	active
15963	263	2024-08-13	7	96.30	closed
15964	264	2024-08-14	8	96.40	active
15965	265	2024-08-15	9	96.50	active
15966	266	2024-08-16	1	96.60	closed
15967	267	2024-08-17	2	96.70	active
15968	268	2024-08-18	3	96.80	active
15969	269	2024-08-19	4	96.90	closed
15970	270	2024-08-20	5	97.00	active
15971	271	2024-08-21	6	97.10	active
15972	272	2024-08-22	7	97.20	closed
15973	273	2024-08-23	8	97.30	active
15974	274	2024-08-24	9	97.40	active
15975	275	2024-08-25	1	97.50	closed
15976	276	2024-08-26	2	97.60	active
15977	277	2024-08-27	3	97.70	active
15978	278	2024-08-28	4	97.80	closed
15979	279	2024-08-29	5	97.90	active
15980	280	2024-08-30	6	98.00	active
15981	281	2024-08-31	7	98.10	closed
15982	282	2024-09-01	8	98.20	active
15983	283	2024-09-02	9	98.30	active
15984	284	2024-09-03	1	98.40	closed
15985	285	2024-09-04	2	98.50	active
15986	286	2024-09-05	3	98.60	active
15987	287	2024-09-06	4	98.70	closed
15988	288	2024-09-07	5	98.80	active
15989	289	2024-09-08	6	98.90	active
15990	290	2024-09-09	7	99.00	closed
15991	291	2024-09-10	8	99.10	active
15992	292	2024-09-11	9	99.20	active
15993	293	2024-09-12	1	99.30	closed
15994	294	2024-09-13	2	99.40	active
15995	295	2024-09-14	3	99.50	active
15996	296	2024-09-15	4	99.60	closed
15997	297	2024-09-16	5	99.70	active
15998	298	2024-09-17	6	99.80	active
15999	299	2024-09-18	7	99.90	closed
16000	100	2024-09-19	8	0.00	active
16001	101	2024-09-20	9	0.10	active
16002	102	2024-09-21	1	0.20	closed
16003	103	2024-09-22	2	0.30	active
16004	104	2024-09-23	3	0.40	active
16005	105	2024-09-24	4	0.50	closed
16006	106	2024-09-25	5	0.60	active
16007	107	2024-09-26	6	0.70	active
16008	108	2024-09-27	7	0.80	closed
16009	109	2024-09-28	8	0.90	active
16010	110	2024-09-29	9	1.00	active
16011	111	2024-09-30	1	1.10	closed
16012	112	2024-10-01	2	1.20	active
16013	113	2024-10-02	3	1.30	active
16014	114	2024-10-03	4	1.40	closed
16015	115	2024-10-04	5	1.50	active
16016	116	2024-10-05	6	1.60	active
16017	117	2024-10-06	7	1.70	closed
16018	118	2024-10-07	8	1.80	active
16019	119	2024-10-08	9	1.90	active
16020	120	2024-10-09	1	2.00	closed
16021	121	2024-10-10	2	2.10	active
16022	122	2024-10-11	3	2.20	active
16023	123	2024-10-12	4	2.30	closed
16024	124	2024-10-13	5	2.40	active
16025	125	2024-10-14	6	2.50	active
16026	126	2024-10-15	7	2.60	closed
16027	127	2024-10-16	8	2.70	active
16028	128	2024-10-17	9	2.80	active
16029	129	2024-10-18	1	2.90	closed
16030	130	2024-10-19	2	3.00	active
16031	131	2024-10-20	3	3.10	active
16032	132	2024-10-21	4	3.20	closed
16033	133	2024-10-22	5	3.30	active
16034	134	2024-10-23	6	3.40	active
16035	135	2024-10-24	7	3.50	closed
16036	136	2024-10-25	8	3.60	active
16037	137	2024-10-26	9	3.70	active
16038	138	2024-10-27	1	3.80	closed
16039	139	2024-10-28	2	3.90	active
16040	140	2024-10-29	3	4.00	active
16041	141	2024-10-30	4	4.10	closed
16042	142	2024-10-31	5	4.20	active
16043	143	2024-11-01	6	4.30	active
16044	144	2024-11-02	7	4.40	closed
16045	145	2024-11-03	8	4.50	active
16046	146	2024-11-04	9	4.60	active
16047	147	2024-11-05	1	4.70	closed
16048	148	2024-11-06	2	4.80	active
16049	149	2024-11-07	3	4.90	active
16050	150	2024-11-08	4	5.00	closed
16051	151	2024-11-09	5	5.10	active
16052	152	2024-11-10	6	5.20	active
16053	153	2024-11-11	7	5.30	closed
16054	154	2024-11-12	8	5.40	active
16055	155	2024-11-13	9	5.50	active
16056	156	2024-11-14	1	5.60	closed
16057	157	2024-11-15	2	5.70	active
16058	158	2024-11-16	3	5.80	active
16059	159	2024-11-17	4	5.90	closed
16060	160	2024-11-18	5	6.00	active
16061	161	2024-11-19	6	6.10	active
16062	162	2024-11-20	7	6.20	closed
16063	163	2024-11-21	8	6.30	active
16064	164	2024-11-22	9	6.40	active
16065	165	2024-11-23	1	6.50	closed
16066	166	2024-11-24	2	6.60	active
16067	167	2024-11-25	3	6.70	active
16068	168	2024-11-26	4	6.80	closed
16069	169	2024-11-27	5	6.90	active
16070	170	2024-11-28	6	7.00	active
16071	171	2024-11-29	7	7.10	closed
16072	172	2024-11-30	8	7.20	active
16073	173	2024-12-01	9	7.30	active
16074	174	2024-12-02	1	7.40	closed
16075	175	2024-12-03	2	7.50	active
16076	176	2024-12-04	3	7.60	active
16077	177	2024-12-05	4	7.70	closed
16078	178	2024-12-06	5	7.80	active
16079	179	2024-12-07	6	7.90	active
16080	180	2024-12-08	7	8.00	closed
16081	181	2024-12-09	8	8.10	active
16082	182	2024-12-10	9	8.20	active
16083	183	2024-12-11	1	8.30	closed
16084	184	2024-12-12	2	8.40	active
16085	185	2024-12-13	3	8.50	active
16086	186	2024-12-14	4	8.60	closed
16087	187	2024-12-15	5	8.70	active
16088	188	2024-12-16	6	8.80	active
16089	189	2024-12-17	7	8.90	closed
16090	190	2024-12-18	8	9.00	active
16091	191	2024-12-19	9	9.10	active
16092	192	2024-12-20	1	9.20	closed
16093	193	2024-12-21	2	9.30	active
16094	194	2024-12-22	3	9.40	active
16095	195	2024-12-23	4	9.50	closed
16096	196	2024-12-24	5	9.60	active
16097	197	2024-12-25	6	9.70	active
16098	198	2024-12-26	7	9.80	closed
16099	199	2024-12-27	8	9.90	active
16100	200	2024-12-28	9	10.00	active
16101	201	2024-12-29	1	10.10	closed
16102	202	2024-12-30	2	10.20	active
16103	203	2024-12-31	3	10.30	active
16104	204	2024-01-01	4	10.40	closed
16105	205	2024-01-02	5	10.50	active
16106	206	2024-01-03	6	10.60	active
16107	207	2024-01-04	7	10.70	closed
16108	208	2024-01-05	8	10.80	active
16109	209	2024-01-06	9	10.90	active
16110	210	2024-01-07	1	11.00	closed
16111	211	2024-01-08	2	11.10	active
16112	212	2024-01-09	3	11.20	active
16113	213	2024-01-10	4	11.30	closed
16114	214	2024-01-11	5	11.40	active
16115	215	2024-01-12	6	11.50	active
16116	216	2024-01-13	7	11.60	closed
16117	217	2024-01-14	8	11.70	active
16118	218	2024-01-15	9	11.80	active
16119	219	2024-01-16	1	11.90	closed
16120	220	2024-01-17	2	12.00	active
16121	221	2024-01-18	3	12.10	active
16122	222	2024-01-19	4	12.20	closed
16123	223	2024-01-20	5	12.30	active
16124	224	2024-01-21	6	12.40	active
16125	225	2024-01-22	7	12.50	closed
16126	226	2024-01-23	8	12.60	active
16127	227	2024-01-24	9	12.70	active
16128	228	2024-01-25	1	12.80	closed
16129	229	2024-01-26	2	12.90	active
16130	230	2024-01-27	3	13.00	active
16131	231	2024-01-28	4	13.10	closed
16132	232	2024-01-29	5	13.20	active
16133	233	2024-01-30	6	13.30	active
16134	234	2024-01-31	7	13.40	closed
16135	235	2024-02-01	8	13.50	active
16136	236	2024-02-02	9	13.60	active
16137	237	2024-02-03	1	13.70	closed
16138	238	2024-02-04	2	13.80	active
16139	239	2024-02-05	3	13.90	active
16140	240	2024-02-06	4	14.00	closed
16141	241	2024-02-07	5	14.10	active
16142	242	2024-02-08	6	14.20	active
16143	243	2024-02-09	7	14.30	closed
16144	244	2024-02-10	8	14.40	active
16145	245	2024-02-11	9	14.50	active
16146	246	2024-02-12	1	14.60	closed
16147	247	2024-02-13	2	14.70	active
16148	248	2024-02-14	3	14.80	active
16149	249	2024-02-15	4	14.90	closed
16150	250	2024-02-16	5	15.00	active
16151	251	2024-02-17	6	15.10	active
16152	252	2024-02-18	7	15.20	closed
16153	253	2024-02-19	8	15.30	active
16154	254	2024-02-20	9	15.40	active
16155	255	2024-02-21	1	15.50	closed
16156	256	2024-02-22	2	15.60	active
16157	257	2024-02-23	3	15.70	active
16158	258	2024-02-24	4	15.80	closed
16159	259	2024-02-25	5	15.90	active
16160	260	2024-02-26	6	16.00	active
16161	261	2024-02-27	7	16.10	closed
16162	262	2024-02-28	8	16.20	active
16163	263	2024-02-29	9	16.30	active
16164	264	2024-03-01	1	16.40	closed
16165	265	2024-03-02	2	16.50	active
16166	266	2024-03-03	3	16.60	active
16167	267	2024-03-04	4	16.70	closed
16168	268	2024-03-05	5	16.80	active
16169	269	2024-03-06	6	16.90	active
16170	270	2024-03-07	7	17.00	closed
16171	271	2024-03-08	8	17.10	active
16172	272	2024-03-09	9	17.20	active
16173	273	2024-03-10	1	17.30	closed
16174	274	2024-03-11	2	17.40	active
16175	275	2024-03-12	3	17.50	active
16176	276	2024-03-13	4	17.60	closed
16177	277	2024-03-14	5	17.70	active
16178	278	2024-03-15	6	17.80	active
16179	279	2024-03-16	7	17.90	closed
16180	280	2024-03-17	8	18.00	active
16181	281	2024-03-18	9	18.10	active
16182	282	2024-03-19	1	18.20	closed
16183	283	2024-03-20	2	18.30	active
16184	284	2024-03-21	3	18.40	active
16185	285	2024-03-22	4	18.50	closed
16186	286	2024-03-23	5	18.60	active
16187	287	2024-03-24	6	18.70	active
16188	288	2024-03-25	7	18.80	closed
16189	289	2024-03-26	8	18.90	active
16190	290	2024-03-27	9	19.00	active
16191	291	2024-03-28	1	19.10	closed
16192	292	2024-03-29	2	19.20	active
16193	293	2024-03-30	3	19.30	active
16194	294	2024-03-31	4	19.40	closed
16195	295	2024-04-01	5	19.50	active
16196	296	2024-04-02	6	19.60	active
16197	297	2024-04-03	7	19.70	closed
16198	298	2024-04-04	8	19.80	active
16199	299	2024-04-05	9	19.90	active
16200	100	2024-04-06	1	20.00	closed
16201	101	2024-04-07	2	20.10	active
16202	102	2024-04-08	3	20.20	active
16203	103	2024-04-09	4	20.30	closed
16204	104	2024-04-10	5	20.40	active
16205	105	2024-04-11	6	20.50	active
16206	106	2024-04-12	7	20.60	closed
16207	107	2024-04-13	8	20.70	active
16208	108	2024-04-14	9	20.80	active
16209	109	2024-04-15	1	20.90	closed
16210	110	2024-04-16	2	21.00	active
16211	111	2024-04-17	3	21.10	active
16212	112	2024-04-18	4	21.20	closed
16213	113	2024-04-19	5	21.30	active
16214	114	2024-04-20	6	21.40	active
16215	115	2024-04-21	7	21.50	closed
16216	116	2024-04-22	8	21.60	active
16217	117	2024-04-23	9	21.70	active
16218	118	2024-04-24	1	21.80	closed
16219	119	2024-04-25	2	21.90	active
16220	120	2024-04-26	3	22.00	active
16221	121	2024-04-27	4	22.10	closed
16222	122	2024-04-28	5	22.20	active
16223	123	2024-04-29	6	22.30	active
16224	124	2024-04-30	7	22.40	closed
16225	125	2024-05-01	8	22.50	active
16226	126	2024-05-02	9	22.60	active
16227	127	2024-05-03	1	22.70	closed
16228	128	2024-05-04	2	22.80	active
16229	129	2024-05-05	3	22.90	active
16230	130	2024-05-06	4	23.00	closed
16231	131	2024-05-07	5	23.10	active
16232	132	2024-05-08	6	23.20	active
16233	133	2024-05-09	7	23.30	closed
16234	134	2024-05-10	8	23.40	active
16235	135	2024-05-11	9	23.50	active
16236	136	2024-05-12	1	23.60	closed
16237	137	2024-05-13	2	23.70	active
16238	138	2024-05-14	3	23.80	active
16239	139	2024-05-15	4	23.90	closed
16240	140	2024-05-16	5	24.00	active
16241	141	2024-05-17	6	24.10	active
16242	142	2024-05-18	7	24.20	closed
16243	143	2024-05-19	8	24.30	active
16244	144	2024-05-20	9	24.40	active
16245	145	2024-05-21	1	24.50	closed
16246	146	2024-05-22	2	24.60	active
16247	147	2024-05-23	3	24.70	active
16248	148	2024-05-24	4	24.80	closed
16249	149	2024-05-25	5	24.90	active
16250	150	2024-05-26	6	25.00	active
16251	151	2024-05-27	7	25.10	closed
16252	152	2024-05-28	8	25.20	active
16253	153	2024-05-29	9	25.30	active
16254	154	2024-05-30	1	25.40	closed
16255	155	2024-05-31	2	25.50	active
16256	156	2024-06-01	3	25.60	active
16257	157	2024-06-02	4	25.70	closed
16258	158	2024-06-03	5	25.80	active
16259	159	2024-06-04	6	25.90	active
16260	160	2024-06-05	7	26.00	closed
16261	161	2024-06-06	8	26.10	active
16262	162	2024-06-07	9	26.20	active
16263	163	2024-06-08	1	26.30	closed
16264	164	2024-06-09	2	26.40	active
16265	165	2024-06-10	3	26.50	active
16266	166	2024-06-11	4	26.60	closed
16267	167	2024-06-12	5	26.70	active
16268	168	2024-06-13	6	26.80	active
16269	169	2024-06-14	7	26.90	closed
16270	170	2024-06-15	8	27.00	active
16271	171	2024-06-16	9	27.10	active
16272	172	2024-06-17	1	27.20	closed
16273	173	2024-06-18	2	27.30	active
16274	174	2024-06-19	3	27.40	active
16275	175	2024-06-20	4	27.50	closed
16276	176	2024-06-21	5	27.60	active
16277	177	2024-06-22	6	27.70	active
16278	178	2024-06-23	7	27.80	closed
16279	179	2024-06-24	8	27.90	active
16280	180	2024-06-25	9	28.00	active
16281	181	2024-06-26	1	28.10	closed
16282	182	2024-06-27	2	28.20	active
16283	183	2024-06-28	3	28.30	active
16284	184	2024-06-29	4	28.40	closed
16285	185	2024-06-30	5	28.50	active
16286	186	2024-07-01	6	28.60	active
16287	187	2024-07-02	7	28.70	closed
16288	188	2024-07-03	8	28.80	active
16289	189	2024-07-04	9	28.90	active
16290	190	2024-07-05	1	29.00	closed
16291	191	2024-07-06	2	29.10	active
16292	192	2024-07-07	3	29.20	active
16293	193	2024-07-08	4	29.30	closed
16294	194	2024-07-09	5	29.40	active
16295	195	2024-07-10	6	29.50	active
16296	196	2024-07-11	7	29.60	closed
16297	197	2024-07-12	8	29.70	active
16298	198	2024-07-13	9	29.80	active
16299	199	2024-07-14	1	29.90	closed
16300	200	2024-07-15	2	30.00	active
16301	201	2024-07-16	3	30.10	active
16302	202	2024-07-17	4	30.20	closed
16303	203	2024-07-18	5	30.30	active
16304	204	2024-07-19	6	30.40	active
16305	205	2024-07-20	7	30.50	closed
16306	206	2024-07-21	8	30.60	active
16307	207	2024-07-22	9	30.70	active
16308	208	2024-07-23	1	30.80	closed
16309	209	2024-07-24	2	30.90	active
16310	210	2024-07-25	3	31.00	active
16311	211	2024-07-26	4	31.10	closed
16312	212	2024-07-27	5	31.20	active
16313	213	2024-07-28	6	31.30	active
16314	214	2024-07-29	7	31.40	closed
16315	215	2024-07-30	8	31.50	active
16316	216	2024-07-31	9	31.60	active
16317	217	2024-08-01	1	31.70	closed
16318	218	2024-08-02	2	31.80	active
16319	219	2024-08-03	3	31.90	active
16320	220	2024-08-04	4	32.00	closed
16321	221	2024-08-05	5	32.10	active
16322	222	2024-08-06	6	32.20	active
16323	223	2024-08-07	7	32.30	closed
16324	224	2024-08-08	8	32.40	active
16325	225	2024-08-09	9	32.50	active
16326	226	2024-08-10	1	32.60	closed
16327	227	2024-08-11	2	32.70	active
16328	228	2024-08-12	3	32.80	active
16329	229	2024-08-13	4	32.90	closed
16330	230	2024-08-14	5	33.00	active
16331	231	2024-08-15	6	33.10	active
16332	232	2024-08-16	7	33.20	closed
16333	233	2024-08-17	8	33.30	active
16334	234	2024-08-18	9	33.40	active
16335	235	2024-08-19	1	33.50	closed
16336	236	2024-08-20	2	33.60	active
16337	237	2024-08-21	3	33.70	active
16338	238	2024-08-22	4	33.80	closed
16339	239	2024-08-23	5	33.90	active
16340	240	2024-08-24	6	34.00	active
16341	241	2024-08-25	7	34.10	closed
16342	242	2024-08-26	8	34.20	active
16343	243	2024-08-27	9	34.30	active
16344	244	2024-08-28	1	34.40	closed
16345	245	2024-08-29	2	34.50	active
16346	246	2024-08-30	3	34.60	active
16347	247	2024-08-31	4	34.70	closed
16348	248	2024-09-01	5	34.80	active
16349	249	2024-09-02	6	34.90	active
16350	250	2024-09-03	7	35.00	closed
16351	251	2024-09-04	8	35.10	active
16352	252	2024-09-05	9	35.20	active
16353	253	2024-09-06	1	35.30	closed
16354	254	2024-09-07	2	35.40	active
16355	255	2024-09-08	3	35.50	active
16356	256	2024-09-09	4	35.60	closed
16357	257	2024-09-10	5	35.70	active
16358	258	2024-09-11	6	35.80	active
16359	259	2024-09-12	7	35.90	closed
16360	260	2024-09-13	8	36.00	active
16361	261	2024-09-14	9	36.10	active
16362	262	2024-09-15	1	36.20	closed
16363	263	2024-09-16	2	36.30	active
16364	264	2024-09-17	3	36.40	active
16365	265	2024-09-18	4	36.50	closed
16366	266	2024-09-19	5	36.60	active
16367	267	2024-09-20	6	36.70	active
16368	268	2024-09-21	7	36.80	closed
16369	269	2024-09-22	8	36.90	active
16370	270	2024-09-23	9	37.00	active
16371	271	2024-09-24	1	37.10	closed
16372	272	2024-09-25	2	37.20	active
16373	273	2024-09-26	3	37.30	active
16374	274	2024-09-27	4	37.40	closed
16375	275	2024-09-28	5	37.50	active
16376	276	2024-09-29	6	37.60	active
16377	277	2024-09-30	7	37.70	closed
16378	278	2024-10-01	8	37.80	active
16379	279	2024-10-02	9	37.90	active
16380	280	2024-10-03	1	38.00	closed
16381	281	2024-10-04	2	38.10	active
16382	282	2024-10-05	3	38.20	active
16383	283	2024-10-06	4	38.30	closed
16384	284	2024-10-07	5	38.40	active
16385	285	2024-10-08	6	38.50	active
16386	286	2024-10-09	7	38.60	closed
16387	287	2024-10-10	8	38.70	active
16388	288	2024-10-11	9	38.80	active
16389	289	2024-10-12	1	38.90	closed
16390	290	2024-10-13	2	39.00	active
16391	291	2024-10-14	3	39.10	active
16392	292	2024-10-15	4	39.20	closed
16393	293	2024-10-16	5	39.30	active
16394	294	2024-10-17	6	39.40	active
16395	295	2024-10-18	7	39.50	closed
16396	296	2024-10-19	8	39.60	active
16397	297	2024-10-20	9	39.70	active
16398	298	2024-10-21	1	39.80	closed
16399	299	2024-10-22	2	39.90	active
16400	100	2024-10-23	3	40.00	active
16401	101	2024-10-24	4	40.10	closed
16402	102	2024-10-25	5	40.20	active
16403	103	2024-10-26	6	40.30	active
16404	104	2024-10-27	7	40.40	closed
16405	105	2024-10-28	8	40.50	active
16406	106	2024-10-29	9	40.60	active
16407	107	2024-10-30	1	40.70	closed
16408	108	2024-10-31	2	40.80	active
16409	109	2024-11-01	3	40.90	active
16410	110	2024-11-02	4	41.00	closed
16411	111	2024-11-03	5	41.10	active
16412	112	2024-11-04	6	41.20	active
16413	113	2024-11-05	7	41.30	closed
16414	114	2024-11-06	8	41.40	active
16415	115	2024-11-07	9	41.50	active
16416	116	2024-11-08	1	41.60	closed
16417	117	2024-11-09	2	41.70	active
16418	118	2024-11-10	3	41.80	active
16419	119	2024-11-11	4	41.90	closed
16420	120	2024-11-12	5	42.00	active
16421	121	2024-11-13	6	42.10	active
16422	122	2024-11-14	7	42.20	closed
16423	123	2024-11-15	8	42.30	active
16424	124	2024-11-16	9	42.40	active
16425	125	2024-11-17	1	42.50	closed
16426	126	2024-11-18	2	42.60	active
16427	127	2024-11-19	3	42.70	active
16428	128	2024-11-20	4	42.80	closed
16429	129	2024-11-21	5	42.90	active
16430	130	2024-11-22	6	43.00	active
16431	131	2024-11-23	7	43.10	closed
16432	132	2024-11-24	8	43.20	active
16433	133	2024-11-25	9	43.30	active
16434	134	2024-11-26	1	43.40	closed
16435	135	2024-11-27	2	43.50	active
16436	136	2024-11-28	3	43.60	active
16437	137	2024-11-29	4	43.70	closed
16438	138	2024-11-30	5	43.80	active
16439	139	2024-12-01	6	43.90	active
16440	140	2024-12-02	7	44.00	closed
16441	141	2024-12-03	8	44.10	active
16442	142	2024-12-04	9	44.20	active
16443	143	2024-12-05	1	44.30	closed
16444	144	2024-12-06	2	44.40	active
16445	145	2024-12-07	3	44.50	active
16446	146	2024-12-08	4	44.60	closed
16447	147	2024-12-09	5	44.70	active
16448	148	2024-12-10	6	44.80	active
16449	149	2024-12-11	7	44.90	closed
16450	150	2024-12-12	8	45.00	active
16451	151	2024-12-13	9	45.10	active
16452	152	2024-12-14	1	45.20	closed
16453	153	2024-12-15	2	45.30	active
16454	154	2024-12-16	3	45.40	active
16455	155	2024-12-17	4	45.50	closed
16456	156	2024-12-18	5	45.60	active
16457	157	2024-12-19	6	45.70	active
16458	158	2024-12-20	7	45.80	closed
16459	159	2024-12-21	8	45.90	active
16460	160	2024-12-22	9	46.00	active
16461	161	2024-12-23	1	46.10	closed
16462	162	2024-12-24	2	46.20	active
16463	163	2024-12-25	3	46.30	active
16464	164	2024-12-26	4	46.40	closed
16465	165	2024-12-27	5	46.50	active
16466	166	2024-12-28	6	46.60	active
16467	167	2024-12-29	7	46.70	closed
16468	168	2024-12-30	8	46.80	active
16469	169	2024-12-31	9	46.90	active
16470	170	2024-01-01	1	47.00	closed
16471	171	2024-01-02	2	47.10	active
16472	172	2024-01-03	3	47.20	active
16473	173	2024-01-04	4	47.30	closed
16474	174	2024-01-05	5	47.40	active
16475	175	2024-01-06	6	47.50	active
16476	176	2024-01-07	7	47.60	closed
16477	177	2024-01-08	8	47.70	active
16478	178	2024-01-09	9	47.80	active
16479	179	2024-01-10	1	47.90	closed
16480	180	2024-01-11	2	48.00	active
16481	181	2024-01-12	3	48.10	active
16482	182	2024-01-13	4	48.20	closed
16483	183	2024-01-14	5	48.30	active
16484	184	2024-01-15	6	48.40	active
16485	185	2024-01-16	7	48.50	closed
16486	186	2024-01-17	8	48.60	active
16487	187	2024-01-18	9	48.70	active
16488	188	2024-01-19	1	48.80	closed
16489	189	2024-01-20	2	48.90	active
16490	190	2024-01-21	3	49.00	active
16491	191	2024-01-22	4	49.10	closed
16492	192	2024-01-23	5	49.20	active
16493	193	2024-01-24	6	49.30	active
16494	194	2024-01-25	7	49.40	closed
16495	195	2024-01-26	8	49.50	active
16496	196	2024-01-27	9	49.60	active
16497	197	2024-01-28	1	49.70	closed
16498	198	2024-01-29	2	49.80	active
16499	199	2024-01-30	3	49.90	active
16500	200	2024-01-31	4	50.00	closed
16501	201	2024-02-01	5	50.10	active
16502	202	2024-02-02	6	50.20	active
16503	203	2024-02-03	7	50.30	closed
16504	204	2024-02-04	8	50.40	active
16505	205	2024-02-05	9	50.50	active
16506	206	2024-02-06	1	50.60	closed
16507	207	2024-02-07	2	50.70	active
16508	208	2024-02-08	3	50.80	active
16509	209	2024-02-09	4	50.90	closed
16510	210	2024-02-10	5	51.00	active
16511	211	2024-02-11	6	51.10	active
16512	212	2024-02-12	7	51.20	closed
16513	213	2024-02-13	8	51.30	active
16514	214	2024-02-14	9	51.40	active
16515	215	2024-02-15	1	51.50	closed
16516	216	2024-02-16	2	51.60	active
16517	217	2024-02-17	3	51.70	active
16518	218	2024-02-18	4	51.80	closed
16519	219	2024-02-19	5	51.90	active
16520	220	2024-02-20	6	52.00	active
16521	221	2024-02-21	7	52.10	closed
16522	222	2024-02-22	8	52.20	active
16523	223	2024-02-23	9	52.30	active
16524	224	2024-02-24	1	52.40	closed
16525	225	2024-02-25	2	52.50	active
16526	226	2024-02-26	3	52.60	active
16527	227	2024-02-27	4	52.70	closed
16528	228	2024-02-28	5	52.80	active
16529	229	2024-02-29	6	52.90	active
16530	230	2024-03-01	7	53.00	closed
16531	231	2024-03-02	8	53.10	active
16532	232	2024-03-03	9	53.20	active
16533	233	2024-03-04	1	53.30	closed
16534	234	2024-03-05	2	53.40	active
16535	235	2024-03-06	3	53.50	active
16536	236	2024-03-07	4	53.60	closed
16537	237	2024-03-08	5	53.70	active
16538	238	2024-03-09	6	53.80	active
16539	239	2024-03-10	7	53.90	closed
16540	240	2024-03-11	8	54.00	active
16541	241	2024-03-12	9	54.10	active
16542	242	2024-03-13	1	54.20	closed
16543	243	2024-03-14	2	54.30	active
16544	244	2024-03-15	3	54.40	active
16545	245	2024-03-16	4	54.50	closed
16546	246	2024-03-17	5	54.60	active
16547	247	2024-03-18	6	54.70	active
16548	248	2024-03-19	7	54.80	closed
16549	249	2024-03-20	8	54.90	active
16550	250	2024-03-21	9	55.00	active
16551	251	2024-03-22	1	55.10	closed
16552	252	2024-03-23	2	55.20	active
16553	253	2024-03-24	3	55.30	active
16554	254	2024-03-25	4	55.40	closed
16555	255	2024-03-26	5	55.50	active
16556	256	2024-03-27	6	55.60	active
16557	257	2024-03-28	7	55.70	closed
16558	258	2024-03-29	8	55.80	active
16559	259	2024-03-30	9	55.90	active
16560	260	2024-03-31	1	56.00	closed
16561	261	2024-04-01	2	56.10	active
16562	262	2024-04-02	3	56.20	active
16563	263	2024-04-03	4	56.30	closed
16564	264	2024-04-04	5	56.40	active
16565	265	2024-04-05	6	56.50	active
16566	266	2024-04-06	7	56.60	closed
16567	267	2024-04-07	8	56.70	active
16568	268	2024-04-08	9	56.80	active
16569	269	2024-04-09	1	56.90	closed
16570	270	2024-04-10	2	57.00	active
16571	271	2024-04-11	3	57.10	active
16572	272	2024-04-12	4	57.20	closed
16573	273	2024-04-13	5	57.30	active
16574	274	2024-04-14	6	57.40	active
16575	275	2024-04-15	7	57.50	closed
16576	276	2024-04-16	8	57.60	active
16577	277	2024-04-17	9	57.70	active
16578	278	2024-04-18	1	57.80	closed
16579	279	2024-04-19	2	57.90	active
16580	280	2024-04-20	3	58.00	active
16581	281	2024-04-21	4	58.10	closed
16582	282	2024-04-22	5	58.20	active
16583	283	2024-04-23	6	58.30	active
16584	284	2024-04-24	7	58.40	closed
16585	285	2024-04-25	8	58.50	active
16586	286	2024-04-26	9	58.60	active
16587	287	2024-04-27	1	58.70	closed
16588	288	2024-04-28	2	58.80	active
16589	289	2024-04-29	3	58.90	active
16590	290	2024-04-30	4	59.00	closed
16591	291	2024-05-01	5	59.10	active
16592	292	2024-05-02	6	59.20	active
16593	293	2024-05-03	7	59.30	closed
16594	294	2024-05-04	8	59.40	active
16595	295	2024-05-05	9	59.50	active
16596	296	2024-05-06	1	59.60	closed
16597	297	2024-05-07	2	59.70	active
16598	298	2024-05-08	3	59.80	active
16599	299	2024-05-09	4	59.90	closed
16600	100	2024-05-10	5	60.00	active
16601	101	2024-05-11	6	60.10	active
16602	102	2024-05-12	7	60.20	closed
16603	103	2024-05-13	8	60.30	active
16604	104	2024-05-14	9	60.40	active
16605	105	2024-05-15	1	60.50	closed
16606	106	2024-05-16	2	60.60	active
16607	107	2024-05-17	3	60.70	active
16608	108	2024-05-18	4	60.80	closed
16609	109	2024-05-19	5	60.90	active
16610	110	2024-05-20	6	61.00	active
16611	111	2024-05-21	7	61.10	closed
16612	112	2024-05-22	8	61.20	active
16613	113	2024-05-23	9	61.30	active
16614	114	2024-05-24	1	61.40	closed
16615	115	2024-05-25	2	61.50	active
16616	116	2024-05-26	3	61.60	active
16617	117	2024-05-27	4	61.70	closed
16618	118	2024-05-28	5	61.80	active
16619	119	2024-05-29	6	61.90	active
16620	120	2024-05-30	7	62.00	closed
16621	121	2024-05-31	8	62.10	active
16622	122	2024-06-01	9	62.20	active
16623	123	2024-06-02	1	62.30	closed
16624	124	2024-06-03	2	62.40	active
16625	125	2024-06-04	3	62.50	active
16626	126	2024-06-05	4	62.60	closed
16627	127	2024-06-06	5	62.70	active
16628	128	2024-06-07	6	62.80	active
16629	129	2024-06-08	7	62.90	closed
16630	130	2024-06-09	8	63.00	active
16631	131	2024-06-10	9	63.10	active
16632	132	2024-06-11	1	63.20	closed
16633	133	2024-06-12	2	63.30	active
16634	134	2024-06-13	3	63.40	active
16635	135	2024-06-14	4	63.50	closed
16636	136	2024-06-15	5	63.60	active
16637	137	2024-06-16	6	63.70	active
16638	138	2024-06-17	7	63.80	closed
16639	139	2024-06-18	8	63.90	active
16640	140	2024-06-19	9	64.00	active
16641	141	2024-06-20	1	64.10	closed
16642	142	2024-06-21	2	64.20	active
16643	143	2024-06-22	3	64.30	active
16644	144	2024-06-23	4	64.40	closed
16645	145	2024-06-24	5	64.50	active
16646	146	2024-06-25	6	64.60	active
16647	147	2024-06-26	7	64.70	closed
16648	148	2024-06-27	8	64.80	active
16649	149	2024-06-28	9	64.90	active
16650	150	2024-06-29	1	65.00	closed
16651	151	2024-06-30	2	65.10	active
16652	152	2024-07-01	3	65.20	active
16653	153	2024-07-02	4	65.30	closed
16654	154	2024-07-03	5	65.40	active
16655	155	2024-07-04	6	65.50	active
16656	156	2024-07-05	7	65.60	closed
16657	157	2024-07-06	8	65.70	active
16658	158	2024-07-07	9	65.80	active
16659	159	2024-07-08	1	65.90	closed
16660	160	2024-07-09	2	66.00	active
16661	161	2024-07-10	3	66.10	active
16662	162	2024-07-11	4	66.20	closed
16663	163	2024-07-12	5	66.30	active
16664	164	2024-07-13	6	66.40	active
16665	165	2024-07-14	7	66.50	closed
16666	166	2024-07-15	8	66.60	active
16667	167	2024-07-16	9	66.70	active
16668	168	2024-07-17	1	66.80	closed
16669	169	2024-07-18	2	66.90	active
16670	170	2024-07-19	3	67.00	active
16671	171	2024-07-20	4	67.10	closed
16672	172	2024-07-21	5	67.20	active
16673	173	2024-07-22	6	67.30	active
16674	174	2024-07-23	7	67.40	closed
16675	175	2024-07-24	8	67.50	active
16676	176	2024-07-25	9	67.60	active
16677	177	2024-07-26	1	67.70	closed
16678	178	2024-07-27	2	67.80	active
16679	179	2024-07-28	3	67.90	active
16680	180	2024-07-29	4	68.00	closed
16681	181	2024-07-30	5	68.10	active
16682	182	2024-07-31	6	68.20	active
16683	183	2024-08-01	7	68.30	closed
16684	184	2024-08-02	8	68.40	active
16685	185	2024-08-03	9	68.50	active
16686	186	2024-08-04	1	68.60	closed
16687	187	2024-08-05	2	68.70	active
16688	188	2024-08-06	3	68.80	active
16689	189	2024-08-07	4	68.90	closed
16690	190	2024-08-08	5	69.00	active
16691	191	2024-08-09	6	69.10	active
16692	192	2024-08-10	7	69.20	closed
16693	193	2024-08-11	8	69.30	active
16694	194	2024-08-12	9	69.40	active
16695	195	2024-08-13	1	69.50	closed
16696	196	2024-08-14	2	69.60	active
16697	197	2024-08-15	3	69.70	active
16698	198	2024-08-16	4	69.80	closed
16699	199	2024-08-17	5	69.90	active
16700	200	2024-08-18	6	70.00	active
16701	201	2024-08-19	7	70.10	closed
16702	202	2024-08-20	8	70.20	active
16703	203	2024-08-21	9	70.30	active
16704	204	2024-08-22	1	70.40	closed
16705	205	2024-08-23	2	70.50	active
16706	206	2024-08-24	3	70.60	active
16707	207	2024-08-25	4	70.70	closed
16708	208	2024-08-26	5	70.80	active
16709	209	2024-08-27	6	70.90	active
16710	210	2024-08-28	7	71.00	closed
16711	211	2024-08-29	8	71.10	active
16712	212	2024-08-30	9	71.20	active
16713	213	2024-08-31	1	71.30	closed
16714	214	2024-09-01	2	71.40	active
16715	215	2024-09-02	3	71.50	active
16716	216	2024-09-03	4	71.60	closed
16717	217	2024-09-04	5	71.70	active
16718	218	2024-09-05	6	71.80	active
16719	219	2024-09-06	7	71.90	closed
16720	220	2024-09-07	8	72.00	active
16721	221	2024-09-08	9	72.10	active
16722	222	2024-09-09	1	72.20	closed
16723	223	2024-09-10	2	72.30	active
16724	224	2024-09-11	3	72.40	active
16725	225	2024-09-12	4	72.50	closed
16726	226	2024-09-13	5	72.60	active
16727	227	2024-09-14	6	72.70	active
16728	228	2024-09-15	7	72.80	closed
16729	229	2024-09-16	8	72.90	active
16730	230	2024-09-17	9	73.00	active
16731	231	2024-09-18	1	73.10	closed
16732	232	2024-09-19	2	73.20	active
16733	233	2024-09-20	3	73.30	active
16734	234	2024-09-21	4	73.40	closed
16735	235	2024-09-22	5	73.50	active
16736	236	2024-09-23	6	73.60	active
16737	237	2024-09-24	7	73.70	closed
16738	238	2024-09-25	8	73.80	active
16739	239	2024-09-26	9	73.90	active
16740	240	2024-09-27	1	74.00	closed
16741	241	2024-09-28	2	74.10	active
16742	242	2024-09-29	3	74.20	active
16743	243	2024-09-30	4	74.30	closed
16744	244	2024-10-01	5	74.40	active
16745	245	2024-10-02	6	74.50	active
16746	246	2024-10-03	7	74.60	closed
16747	247	2024-10-04	8	74.70	active
16748	248	2024-10-05	9	74.80	active
16749	249	2024-10-06	1	74.90	closed
16750	250	2024-10-07	2	75.00	active
16751	251	2024-10-08	3	75.10	active
16752	252	2024-10-09	4	75.20	closed
16753	253	2024-10-10	5	75.30	active
16754	254	2024-10-11	6	75.40	active
16755	255	2024-10-12	7	75.50	closed
16756	256	2024-10-13	8	75.60	active
16757	257	2024-10-14	9	75.70	active
16758	258	2024-10-15	1	75.80	closed
16759	259	2024-10-16	2	75.90	active
16760	260	2024-10-17	3	76.00	active
16761	261	2024-10-18	4	76.10	closed
16762	262	2024-10-19	5	76.20	active
16763	263	2024-10-20	6	76.30	active
16764	264	2024-10-21	7	76.40	closed
16765	265	2024-10-22	8	76.50	active
16766	266	2024-10-23	9	76.60	active
16767	267	2024-10-24	1	76.70	closed
16768	268	2024-10-25	2	76.80	active
16769	269	2024-10-26	3	76.90	active
16770	270	2024-10-27	4	77.00	closed
16771	271	2024-10-28	5	77.10	active
16772	272	2024-10-29	6	77.20	active
16773	273	2024-10-30	7	77.30	closed
16774	274	2024-10-31	8	77.40	active
16775	275	2024-11-01	9	77.50	active
16776	276	2024-11-02	1	77.60	closed
16777	277	2024-11-03	2	77.70	active
16778	278	2024-11-04	3	77.80	active
16779	279	2024-11-05	4	77.90	closed
16780	280	2024-11-06	5	78.00	active
16781	281	2024-11-07	6	78.10	active
16782	282	2024-11-08	7	78.20	closed
16783	283	2024-11-09	8	78.30	active
16784	284	2024-11-10	9	78.40	active
16785	285	2024-11-11	1	78.50	closed
16786	286	2024-11-12	2	78.60	active
16787	287	2024-11-13	3	78.70	active
16788	288	2024-11-14	4	78.80	closed
16789	289	2024-11-15	5	78.90	active
16790	290	2024-11-16	6	79.00	active
16791	291	2024-11-17	7	79.10	closed
16792	292	2024-11-18	8	79.20	active
16793	293	2024-11-19	9	79.30	active
16794	294	2024-11-20	1	79.40	closed
16795	295	2024-11-21	2	79.50	active
16796	296	2024-11-22	3	79.60	active
16797	297	2024-11-23	4	79.70	closed
16798	298	2024-11-24	5	79.80	active
16799	299	2024-11-25	6	79.90	active
16800	100	2024-11-26	7	80.00	closed
16801	101	2024-11-27	8	80.10	active
16802	102	2024-11-28	9	80.20	active
16803	103	2024-11-29	1	80.30	closed
16804	104	2024-11-30	2	80.40	active
16805	105	2024-12-01	3	80.50	active
16806	106	2024-12-02	4	80.60	closed
16807	107	2024-12-03	5	80.70	active
16808	108	2024-12-04	6	80.80	active
16809	109	2024-12-05	7	80.90	closed
16810	110	2024-12-06	8	81.00	active
16811	111	2024-12-07	9	81.10	active
16812	112	2024-12-08	1	81.20	closed
16813	113	2024-12-09	2	81.30	active
16814	114	2024-12-10	3	81.40	active
16815	115	2024-12-11	4	81.50	closed
16816	116	2024-12-12	5	81.60	active
16817	117	2024-12-13	6	81.70	active
16818	118	2024-12-14	7	81.80	closed
16819	119	2024-12-15	8	81.90	active
16820	120	2024-12-16	9	82.00	active
16821	121	2024-12-17	1	82.10	closed
16822	122	2024-12-18	2	82.20	active
16823	123	2024-12-19	3	82.30	active
16824	124	2024-12-20	4	82.40	closed
16825	125	2024-12-21	5	82.50	active
16826	126	2024-12-22	6	82.60	active
16827	127	2024-12-23	7	82.70	closed
16828	128	2024-12-24	8	82.80	active
16829	129	2024-12-25	9	82.90	active
16830	130	2024-12-26	1	83.00	closed
16831	131	2024-12-27	2	83.10	active
16832	132	2024-12-28	3	83.20	active
16833	133	2024-12-29	4	83.30	closed
16834	134	2024-12-30	5	83.40	active
16835	135	2024-12-31	6	83.50	active
16836	136	2024-01-01	7	83.60	closed
16837	137	2024-01-02	8	83.70	active
16838	138	2024-01-03	9	83.80	active
16839	139	2024-01-04	1	83.90	closed
16840	140	2024-01-05	2	84.00	active
16841	141	2024-01-06	3	84.10	active
16842	142	2024-01-07	4	84.20	closed
16843	143	2024-01-08	5	84.30	active
16844	144	2024-01-09	6	84.40	active
16845	145	2024-01-10	7	84.50	closed
16846	146	2024-01-11	8	84.60	active
16847	147	2024-01-12	9	84.70	active
16848	148	2024-01-13	1	84.80	closed
16849	149	2024-01-14	2	84.90	active
16850	150	2024-01-15	3	85.00	active
16851	151	2024-01-16	4	85.10	closed
16852	152	2024-01-17	5	85.20	active
16853	153	2024-01-18	6	85.30	active
16854	154	2024-01-19	7	85.40	closed
16855	155	2024-01-20	8	85.50	active
16856	156	2024-01-21	9	85.60	active
16857	157	2024-01-22	1	85.70	closed
16858	158	2024-01-23	2	85.80	active
16859	159	2024-01-24	3	85.90	active
16860	160	2024-01-25	4	86.00	closed
16861	161	2024-01-26	5	86.10	active
16862	162	2024-01-27	6	86.20	active
16863	163	2024-01-28	7	86.30	closed
16864	164	2024-01-29	8	86.40	active
16865	165	2024-01-30	9	86.50	active
16866	166	2024-01-31	1	86.60	closed
16867	167	2024-02-01	2	86.70	active
16868	168	2024-02-02	3	86.80	active
16869	169	2024-02-03	4	86.90	closed
16870	170	2024-02-04	5	87.00	active
16871	171	2024-02-05	6	87.10	active
16872	172	2024-02-06	7	87.20	closed
16873	173	2024-02-07	8	87.30	active
16874	174	2024-02-08	9	87.40	active
16875	175	2024-02-09	1	87.50	closed
16876	176	2024-02-10	2	87.60	active
16877	177	2024-02-11	3	87.70	active
16878	178	2024-02-12	4	87.80	closed
16879	179	2024-02-13	5	87.90	active
16880	180	2024-02-14	6	88.00	active
16881	181	2024-02-15	7	88.10	closed
16882	182	2024-02-16	8	88.20	active
16883	183	2024-02-17	9	88.30	active
16884	184	2024-02-18	1	88.40	closed
16885	185	2024-02-19	2	88.50	active
16886	186	2024-02-20	3	88.60	active
16887	187	2024-02-21	4	88.70	closed
16888	188	2024-02-22	5	88.80	active
16889	189	2024-02-23	6	88.90	active
16890	190	2024-02-24	7	89.00	closed
16891	191	2024-02-25	8	89.10	active
16892	192	2024-02-26	9	89.20	active
16893	193	2024-02-27	1	89.30	closed
16894	194	2024-02-28	2	89.40	active
16895	195	2024-02-29	3	89.50	active
16896	196	2024-03-01	4	89.60	closed
16897	197	2024-03-02	5	89.70	active
16898	198	2024-03-03	6	89.80	active
16899	199	2024-03-04	7	89.90	closed
16900	200	2024-03-05	8	90.00	active
16901	201	2024-03-06	9	90.10	active
16902	202	2024-03-07	1	90.20	closed
16903	203	2024-03-08	2	90.30	active
16904	204	2024-03-09	3	90.40	active
16905	205	2024-03-10	4	90.50	closed
16906	206	2024-03-11	5	90.60	active
16907	207	2024-03-12	6	90.70	active
16908	208	2024-03-13	7	90.80	closed
16909	209	2024-03-14	8	90.90	active
16910	210	2024-03-15	9	91.00	active
16911	211	2024-03-16	1	91.10	closed
16912	212	2024-03-17	2	91.20	active
16913	213	2024-03-18	3	91.30	active
16914	214	2024-03-19	4	91.40	closed
16915	215	2024-03-20	5	91.50	active
16916	216	2024-03-21	6	91.60	active
16917	217	2024-03-22	7	91.70	closed
16918	218	2024-03-23	8	91.80	active
16919	219	2024-03-24	9	91.90	active
16920	220	2024-03-25	1	92.00	closed
16921	221	2024-03-26	2	92.10	active
16922	222	2024-03-27	3	92.20	active
16923	223	2024-03-28	4	92.30	closed
16924	224	2024-03-29	5	92.40	active
16925	225	2024-03-30	6	92.50	active
16926	226	2024-03-31	7	92.60	closed
16927	227	2024-04-01	8	92.70	active
16928	228	2024-04-02	9	92.80	active
16929	229	2024-04-03	1	92.90	closed
16930	230	2024-04-04	2	93.00	active
16931	231	2024-04-05	3	93.10	active
16932	232	2024-04-06	4	93.20	closed
16933	233	2024-04-07	5	93.30	active
16934	234	2024-04-08	6	93.40	active
16935	235	2024-04-09	7	93.50	closed
16936	236	2024-04-10	8	93.60	active
16937	237	2024-04-11	9	93.70	active
16938	238	2024-04-12	1	93.80	closed
16939	239	2024-04-13	2	93.90	active
16940	240	2024-04-14	3	94.00	active
16941	241	2024-04-15	4	94.10	closed
16942	242	2024-04-16	5	94.20	active
16943	243	2024-04-17	6	94.30	active
16944	244	2024-04-18	7	94.40	closed
16945	245	2024-04-19	8	94.50	active
16946	246	2024-04-20	9	94.60	active
16947	247	2024-04-21	1	94.70	closed
16948	248	2024-04-22	2	94.80	active
16949	249	2024-04-23	3	94.90	active
16950	250	2024-04-24	4	95.00	closed
16951	251	2024-04-25	5	95.10	active
16952	252	2024-04-26	6	95.20	active
16953	253	2024-04-27	7	95.30	closed
16954	254	2024-04-28	8	95.40	active
16955	255	2024-04-29	9	95.50	active
16956	256	2024-04-30	1	95.60	closed
16957	257	2024-05-01	2	95.70	active
16958	258	2024-05-02	3	95.80	active
16959	259	2024-05-03	4	95.90	closed
16960	260	2024-05-04	5	96.00	active
16961	261	2024-05-05	6	96.10	active
16962	262	2024-05-06	7	96.20	closed
16963	263	2024-05-07	8	96.30	active
16964	264	2024-05-08	9	96.40	active
16965	265	2024-05-09	1	96.50	closed
16966	266	2024-05-10	2	96.60	active
16967	267	2024-05-11	3	96.70	active
16968	268	2024-05-12	4	96.80	closed
16969	269	2024-05-13	5	96.90	active
16970	270	2024-05-14	6	97.00	active
16971	271	2024-05-15	7	97.10	closed
16972	272	2024-05-16	8	97.20	active
16973	273	2024-05-17	9	97.30	active
16974	274	2024-05-18	1	97.40	closed
16975	275	2024-05-19	2	97.50	active
16976	276	2024-05-20	3	97.60	active
16977	277	2024-05-21	4	97.70	closed
16978	278	2024-05-22	5	97.80	active
16979	279	2024-05-23	6	97.90	active
16980	280	2024-05-24	7	98.00	closed
16981	281	2024-05-25	8	98.10	active
16982	282	2024-05-26	9	98.20	active
16983	283	2024-05-27	1	98.30	closed
16984	284	2024-05-28	2	98.40	active
16985	285	2024-05-29	3	98.50	active
16986	286	2024-05-30	4	98.60	closed
16987	287	2024-05-31	5	98.70	active
16988	288	2024-06-01	6	98.80	active
16989	289	2024-06-02	7	98.90	closed
16990	290	2024-06-03	8	99.00	active
16991	291	2024-06-04	9	99.10	active
16992	292	2024-06-05	1	99.20	closed
16993	293	2024-06-06	2	99.30	active
16994	294	2024-06-07	3	99.40	active
16995	295	2024-06-08	4	99.50	closed
16996	296	2024-06-09	5	99.60	active
16997	297	2024-06-10	6	99.70	active
16998	298	2024-06-11	7	99.80	closed
16999	299	2024-06-12	8	99.90	active
17000	100	2024-06-13	9	0.00	active
17001	101	2024-06-14	1	0.10	closed
17002	102	2024-06-15	2	0.20	active
17003	103	2024-06-16	3	0.30	active
17004	104	2024-06-17	4	0.40	closed
17005	105	2024-06-18	5	0.50	active
17006	106	2024-06-19	6	0.60	active
17007	107	2024-06-20	7	0.70	closed
17008	108	2024-06-21	8	0.80	active
17009	109	2024-06-22	9	0.90	active
17010	110	2024-06-23	1	1.00	closed
17011	111	2024-06-24	2	1.10	active
17012	112	2024-06-25	3	1.20	active
17013	113	2024-06-26	4	1.30	closed
17014	114	2024-06-27	5	1.40	active
17015	115	2024-06-28	6	1.50	active
17016	116	2024-06-29	7	1.60	closed
17017	117	2024-06-30	8	1.70	active
17018	118	2024-07-01	9	1.80	active
17019	119	2024-07-02	1	1.90	closed
17020	120	2024-07-03	2	2.00	active
17021	121	2024-07-04	3	2.10	active
17022	122	2024-07-05	4	2.20	closed
17023	123	2024-07-06	5	2.30	active
17024	124	2024-07-07	6	2.40	active
17025	125	2024-07-08	7	2.50	closed
17026	126	2024-07-09	8	2.60	active
17027	127	2024-07-10	9	2.70	active
17028	128	2024-07-11	1	2.80	closed
17029	129	2024-07-12	2	2.90	active
17030	130	2024-07-13	3	3.00	active
17031	131	2024-07-14	4	3.10	closed
17032	132	2024-07-15	5	3.20	active
17033	133	2024-07-16	6	3.30	active
17034	134	2024-07-17	7	3.40	closed
17035	135	2024-07-18	8	3.50	active
17036	136	2024-07-19	9	3.60	active
17037	137	2024-07-20	1	3.70	closed
17038	138	2024-07-21	2	3.80	active
17039	139	2024-07-22	3	3.90	active
17040	140	2024-07-23	4	4.00	closed
17041	141	2024-07-24	5	4.10	active
17042	142	2024-07-25	6	4.20	active
17043	143	2024-07-26	7	4.30	closed
17044	144	2024-07-27	8	4.40	active
17045	145	2024-07-28	9	4.50	active
17046	146	2024-07-29	1	4.60	closed
17047	147	2024-07-30	2	4.70	active
17048	148	2024-07-31	3	4.80	active
17049	149	2024-08-01	4	4.90	closed
17050	150	2024-08-02	5	5.00	active
17051	151	2024-08-03	6	5.10	active
17052	152	2024-08-04	7	5.20	closed
17053	153	2024-08-05	8	5.30	active
17054	154	2024-08-06	9	5.40	active
17055	155	2024-08-07	1	5.50	closed
17056	156	2024-08-08	2	5.60	active
17057	157	2024-08-09	3	5.70	active
17058	158	2024-08-10	4	5.80	closed
17059	159	2024-08-11	5	5.90	active
17060	160	2024-08-12	6	6.00	active
17061	161	2024-08-13	7	6.10	closed
17062	162	2024-08-14	8	6.20	active
17063	163	2024-08-15	9	6.30	active
17064	164	2024-08-16	1	6.40	closed
17065	165	2024-08-17	2	6.50	active
17066	166	2024-08-18	3	6.60	active
17067	167	2024-08-19	4	6.70	closed
17068	168	2024-08-20	5	6.80	active
17069	169	2024-08-21	6	6.90	active
17070	170	2024-08-22	7	7.00	closed
17071	171	2024-08-23	8	7.10	active
17072	172	2024-08-24	9	7.20	active
17073	173	2024-08-25	1	7.30	closed
17074	174	2024-08-26	2	7.40	active
17075	175	2024-08-27	3	7.50	active
17076	176	2024-08-28	4	7.60	closed
17077	177	2024-08-29	5	7.70	active
17078	178	2024-08-30	6	7.80	active
17079	179	2024-08-31	7	7.90	closed
17080	180	2024-09-01	8	8.00	active
17081	181	2024-09-02	9	8.10	active
17082	182	2024-09-03	1	8.20	closed
17083	183	2024-09-04	2	8.30	active
17084	184	2024-09-05	3	8.40	active
17085	185	2024-09-06	4	8.50	closed
17086	186	2024-09-07	5	8.60	active
17087	187	2024-09-08	6	8.70	active
17088	188	2024-09-09	7	8.80	closed
17089	189	2024-09-10	8	8.90	active
17090	190	2024-09-11	9	9.00	active
17091	191	2024-09-12	1	9.10	closed
17092	192	2024-09-13	2	9.20	active
17093	193	2024-09-14	3	9.30	active
17094	194	2024-09-15	4	9.40	closed
17095	195	2024-09-16	5	9.50	active
17096	196	2024-09-17	6	9.60	active
17097	197	2024-09-18	7	9.70	closed
17098	198	2024-09-19	8	9.80	active
17099	199	2024-09-20	9	9.90	active
17100	200	2024-09-21	1	10.00	closed
17101	201	2024-09-22	2	10.10	active
17102	202	2024-09-23	3	10.20	active
17103	203	2024-09-24	4	10.30	closed
17104	204	2024-09-25	5	10.40	active
17105	205	2024-09-26	6	10.50	active
17106	206	2024-09-27	7	10.60	closed
17107	207	2024-09-28	8	10.70	active
17108	208	2024-09-29	9	10.80	active
17109	209	2024-09-30	1	10.90	closed
17110	210	2024-10-01	2	11.00	active
17111	211	2024-10-02	3	11.10	active
17112	212	2024-10-03	4	11.20	closed
17113	213	2024-10-04	5	11.30	active
17114	214	2024-10-05	6	11.40	active
17115	215	2024-10-06	7	11.50	closed
17116	216	2024-10-07	8	11.60	active
17117	217	2024-10-08	9	11.70	active
17118	218	2024-10-09	1	11.80	closed
17119	219	2024-10-10	2	11.90	active
17120	220	2024-10-11	3	12.00	active
17121	221	2024-10-12	4	12.10	closed
17122	222	2024-10-13	5	12.20	active
17123	223	2024-10-14	6	12.30	active
17124	224	2024-10-15	7	12.40	closed
17125	225	2024-10-16	8	12.50	active
17126	226	2024-10-17	9	12.60	active
17127	227	2024-10-18	1	12.70	closed
17128	228	2024-10-19	2	12.80	active
17129	229	2024-10-20	3	12.90	active
17130	230	2024-10-21	4	13.00	closed
17131	231	2024-10-22	5	13.10	active
17132	232	2024-10-23	6	13.20	active
17133	233	2024-10-24	7	13.30	closed
17134	234	2024-10-25	8	13.40	active
17135	235	2024-10-26	9	13.50	active
17136	236	2024-10-27	1	13.60	closed
17137	237	2024-10-28	2	13.70	active
17138	238	2024-10-29	3	13.80	active
17139	239	2024-10-30	4	13.90	closed
17140	240	2024-10-31	5	14.00	active
17141	241	2024-11-01	6	14.10	active
17142	242	2024-11-02	7	14.20	closed
17143	243	2024-11-03	8	14.30	active
17144	244	2024-11-04	9	14.40	active
17145	245	2024-11-05	1	14.50	closed
17146	246	2024-11-06	2	14.60	active
17147	247	2024-11-07	3	14.70	active
17148	248	2024-11-08	4	14.80	closed
17149	249	2024-11-09	5	14.90	active
17150	250	2024-11-10	6	15.00	active
17151	251	2024-11-11	7	15.10	closed
17152	252	2024-11-12	8	15.20	active
17153	253	2024-11-13	9	15.30	active
17154	254	2024-11-14	1	15.40	closed
17155	255	2024-11-15	2	15.50	active
17156	256	2024-11-16	3	15.60	active
17157	257	2024-11-17	4	15.70	closed
17158	258	2024-11-18	5	15.80	active
17159	259	2024-11-19	6	15.90	active
17160	260	2024-11-20	7	16.00	closed
17161	261	2024-11-21	8	16.10	active
17162	262	2024-11-22	9	16.20	active
17163	263	2024-11-23	1	16.30	closed
17164	264	2024-11-24	2	16.40	active
17165	265	2024-11-25	3	16.50	active
17166	266	2024-11-26	4	16.60	closed
17167	267	2024-11-27	5	16.70	active
17168	268	2024-11-28	6	16.80	active
17169	269	2024-11-29	7	16.90	closed
17170	270	2024-11-30	8	17.00	active
17171	271	2024-12-01	9	17.10	active
17172	272	2024-12-02	1	17.20	closed
17173	273	2024-12-03	2	17.30	active
17174	274	2024-12-04	3	17.40	active
17175	275	2024-12-05	4	17.50	closed
17176	276	2024-12-06	5	17.60	active
17177	277	2024-12-07	6	17.70	active
17178	278	2024-12-08	7	17.80	closed
17179	279	2024-12-09	8	17.90	active
17180	280	2024-12-10	9	18.00	active
17181	281	2024-12-11	1	18.10	closed
17182	282	2024-12-12	2	18.20	active
17183	283	2024-12-13	3	18.30	active
17184	284	2024-12-14	4	18.40	closed
17185	285	2024-12-15	5	18.50	active
17186	286	2024-12-16	6	18.60	active
17187	287	2024-12-17	7	18.70	closed
17188	288	2024-12-18	8	18.80	active
17189	289	2024-12-19	9	18.90	active
17190	290	2024-12-20	1	19.00	closed
17191	291	2024-12-21	2	19.10	active
17192	292	2024-12-22	3	19.20	active
17193	293	2024-12-23	4	19.30	closed
17194	294	2024-12-24	5	19.40	active
17195	295	2024-12-25	6	19.50	active
17196	296	2024-12-26	7	19.60	closed
17197	297	2024-12-27	8	19.70	active
17198	298	2024-12-28	9	19.80	active
17199	299	2024-12-29	1	19.90	closed
17200	100	2024-12-30	2	20.00	active
17201	101	2024-12-31	3	20.10	active
17202	102	2024-01-01	4	20.20	closed
17203	103	2024-01-02	5	20.30	active
17204	104	2024-01-03	6	20.40	active
17205	105	2024-01-04	7	20.50	closed
17206	106	2024-01-05	8	20.60	active
17207	107	2024-01-06	9	20.70	active
17208	108	2024-01-07	1	20.80	closed
17209	109	2024-01-08	2	20.90	active
17210	110	2024-01-09	3	21.00	active
17211	111	2024-01-10	4	21.10	closed
17212	112	2024-01-11	5	21.20	active
17213	113	2024-01-12	6	21.30	active
17214	114	2024-01-13	7	21.40	closed
17215	115	2024-01-14	8	21.50	active
17216	116	2024-01-15	9	21.60	active
17217	117	2024-01-16	1	21.70	closed
17218	118	2024-01-17	2	21.80	active
17219	119	2024-01-18	3	21.90	active
17220	120	2024-01-19	4	22.00	closed
17221	121	2024-01-20	5	22.10	active
17222	122	2024-01-21	6	22.20	active
17223	123	2024-01-22	7	22.30	closed
17224	124	2024-01-23	8	22.40	active
17225	125	2024-01-24	9	22.50	active
17226	126	2024-01-25	1	22.60	closed
17227	127	2024-01-26	2	22.70	active
17228	128	2024-01-27	3	22.80	active
17229	129	2024-01-28	4	22.90	closed
17230	130	2024-01-29	5	23.00	active
17231	131	2024-01-30	6	23.10	active
17232	132	2024-01-31	7	23.20	closed
17233	133	2024-02-01	8	23.30	active
17234	134	2024-02-02	9	23.40	active
17235	135	2024-02-03	1	23.50	closed
17236	136	2024-02-04	2	23.60	active
17237	137	2024-02-05	3	23.70	active
17238	138	2024-02-06	4	23.80	closed
17239	139	2024-02-07	5	23.90	active
17240	140	2024-02-08	6	24.00	active
17241	141	2024-02-09	7	24.10	closed
17242	142	2024-02-10	8	24.20	active
17243	143	2024-02-11	9	24.30	active
17244	144	2024-02-12	1	24.40	closed
17245	145	2024-02-13	2	24.50	active
17246	146	2024-02-14	3	24.60	active
17247	147	2024-02-15	4	24.70	closed
17248	148	2024-02-16	5	24.80	active
17249	149	2024-02-17	6	24.90	active
17250	150	2024-02-18	7	25.00	closed
17251	151	2024-02-19	8	25.10	active
17252	152	2024-02-20	9	25.20	active
17253	153	2024-02-21	1	25.30	closed
17254	154	2024-02-22	2	25.40	active
17255	155	2024-02-23	3	25.50	active
17256	156	2024-02-24	4	25.60	closed
17257	157	2024-02-25	5	25.70	active
17258	158	2024-02-26	6	25.80	active
17259	159	2024-02-27	7	25.90	closed
17260	160	2024-02-28	8	26.00	active
17261	161	2024-02-29	9	26.10	active
17262	162	2024-03-01	1	26.20	closed
17263	163	2024-03-02	2	26.30	active
17264	164	2024-03-03	3	26.40	active
17265	165	2024-03-04	4	26.50	closed
17266	166	2024-03-05	5	26.60	active
17267	167	2024-03-06	6	26.70	active
17268	168	2024-03-07	7	26.80	closed
17269	169	2024-03-08	8	26.90	active
17270	170	2024-03-09	9	27.00	active
17271	171	2024-03-10	1	27.10	closed
17272	172	2024-03-11	2	27.20	active
17273	173	2024-03-12	3	27.30	active
17274	174	2024-03-13	4	27.40	closed
17275	175	2024-03-14	5	27.50	active
17276	176	2024-03-15	6	27.60	active
17277	177	2024-03-16	7	27.70	closed
17278	178	2024-03-17	8	27.80	active
17279	179	2024-03-18	9	27.90	active
17280	180	2024-03-19	1	28.00	closed
17281	181	2024-03-20	2	28.10	active
17282	182	2024-03-21	3	28.20	active
17283	183	2024-03-22	4	28.30	closed
17284	184	2024-03-23	5	28.40	active
17285	185	2024-03-24	6	28.50	active
17286	186	2024-03-25	7	28.60	closed
17287	187	2024-03-26	8	28.70	active
17288	188	2024-03-27	9	28.80	active
17289	189	2024-03-28	1	28.90	closed
17290	190	2024-03-29	2	29.00	active
17291	191	2024-03-30	3	29.10	active
17292	192	2024-03-31	4	29.20	closed
17293	193	2024-04-01	5	29.30	active
17294	194	2024-04-02	6	29.40	active
17295	195	2024-04-03	7	29.50	closed
17296	196	2024-04-04	8	29.60	active
17297	197	2024-04-05	9	29.70	active
17298	198	2024-04-06	1	29.80	closed
17299	199	2024-04-07	2	29.90	active
17300	200	2024-04-08	3	30.00	active
17301	201	2024-04-09	4	30.10	closed
17302	202	2024-04-10	5	30.20	active
17303	203	2024-04-11	6	30.30	active
17304	204	2024-04-12	7	30.40	closed
17305	205	2024-04-13	8	30.50	active
17306	206	2024-04-14	9	30.60	active
17307	207	2024-04-15	1	30.70	closed
17308	208	2024-04-16	2	30.80	active
17309	209	2024-04-17	3	30.90	active
17310	210	2024-04-18	4	31.00	closed
17311	211	2024-04-19	5	31.10	active
17312	212	2024-04-20	6	31.20	active
17313	213	2024-04-21	7	31.30	closed
17314	214	2024-04-22	8	31.40	active
17315	215	2024-04-23	9	31.50	active
17316	216	2024-04-24	1	31.60	closed
17317	217	2024-04-25	2	31.70	active
17318	218	2024-04-26	3	31.80	active
17319	219	2024-04-27	4	31.90	closed
17320	220	2024-04-28	5	32.00	active
17321	221	2024-04-29	6	32.10	active
17322	222	2024-04-30	7	32.20	closed
17323	223	2024-05-01	8	32.30	active
17324	224	2024-05-02	9	32.40	active
17325	225	2024-05-03	1	32.50	closed
17326	226	2024-05-04	2	32.60	active
17327	227	2024-05-05	3	32.70	active
17328	228	2024-05-06	4	32.80	closed
17329	229	2024-05-07	5	32.90	active
17330	230	2024-05-08	6	33.00	active
17331	231	2024-05-09	7	33.10	closed
17332	232	2024-05-10	8	33.20	active
17333	233	2024-05-11	9	33.30	active
17334	234	2024-05-12	1	33.40	closed
17335	235	2024-05-13	2	33.50	active
17336	236	2024-05-14	3	33.60	active
17337	237	2024-05-15	4	33.70	closed
17338	238	2024-05-16	5	33.80	active
17339	239	2024-05-17	6	33.90	active
17340	240	2024-05-18	7	34.00	closed
17341	241	2024-05-19	8	34.10	active
17342	242	2024-05-20	9	34.20	active
17343	243	2024-05-21	1	34.30	closed
17344	244	2024-05-22	2	34.40	active
17345	245	2024-05-23	3	34.50	active
17346	246	2024-05-24	4	34.60	closed
17347	247	2024-05-25	5	34.70	active
17348	248	2024-05-26	6	34.80	active
17349	249	2024-05-27	7	34.90	closed
17350	250	2024-05-28	8	35.00	active
17351	251	2024-05-29	9	35.10	active
17352	252	2024-05-30	1	35.20	closed
17353	253	2024-05-31	2	35.30	active
17354	254	2024-06-01	3	35.40	active
17355	255	2024-06-02	4	35.50	closed
17356	256	2024-06-03	5	35.60	active
17357	257	2024-06-04	6	35.70	active
17358	258	2024-06-05	7	35.80	closed
17359	259	2024-06-06	8	35.90	active
17360	260	2024-06-07	9	36.00	active
17361	261	2024-06-08	1	36.10	closed
17362	262	2024-06-09	2	36.20	active
17363	263	2024-06-10	3	36.30	active
17364	264	2024-06-11	4	36.40	closed
17365	265	2024-06-12	5	36.50	active
17366	266	2024-06-13	6	36.60	active
17367	267	2024-06-14	7	36.70	closed
17368	268	2024-06-15	8	36.80	active
17369	269	2024-06-16	9	36.90	active
17370	270	2024-06-17	1	37.00	closed
17371	271	2024-06-18	2	37.10	active
17372	272	2024-06-19	3	37.20	active
17373	273	2024-06-20	4	37.30	closed
17374	274	2024-06-21	5	37.40	active
17375	275	2024-06-22	6	37.50	active
17376	276	2024-06-23	7	37.60	closed
17377	277	2024-06-24	8	37.70	active
17378	278	2024-06-25	9	37.80	active
17379	279	2024-06-26	1	37.90	closed
17380	280	2024-06-27	2	38.00	active
17381	281	2024-06-28	3	38.10	active
17382	282	2024-06-29	4	38.20	closed
17383	283	2024-06-30	5	38.30	active
17384	284	2024-07-01	6	38.40	active
17385	285	2024-07-02	7	38.50	closed
17386	286	2024-07-03	8	38.60	active
17387	287	2024-07-04	9	38.70	active
17388	288	2024-07-05	1	38.80	closed
17389	289	2024-07-06	2	38.90	active
17390	290	2024-07-07	3	39.00	active
17391	291	2024-07-08	4	39.10	closed
17392	292	2024-07-09	5	39.20	active
17393	293	2024-07-10	6	39.30	active
17394	294	2024-07-11	7	39.40	closed
17395	295	2024-07-12	8	39.50	active
17396	296	2024-07-13	9	39.60	active
17397	297	2024-07-14	1	39.70	closed
17398	298	2024-07-15	2	39.80	active
17399	299	2024-07-16	3	39.90	active
17400	100	2024-07-17	4	40.00	closed
17401	101	2024-07-18	5	40.10	active
17402	102	2024-07-19	6	40.20	active
17403	103	2024-07-20	7	40.30	closed
17404	104	2024-07-21	8	40.40	active
17405	105	2024-07-22	9	40.50	active
17406	106	2024-07-23	1	40.60	closed
17407	107	2024-07-24	2	40.70	active
17408	108	2024-07-25	3	40.80	active
17409	109	2024-07-26	4	40.90	closed
17410	110	2024-07-27	5	41.00	active
17411	111	2024-07-28	6	41.10	active
17412	112	2024-07-29	7	41.20	closed
17413	113	2024-07-30	8	41.30	active
17414	114	2024-07-31	9	41.40	active
17415	115	2024-08-01	1	41.50	closed
17416	116	2024-08-02	2	41.60	active
17417	117	2024-08-03	3	41.70	active
17418	118	2024-08-04	4	41.80	closed
17419	119	2024-08-05	5	41.90	active
17420	120	2024-08-06	6	42.00	active
17421	121	2024-08-07	7	42.10	closed
17422	122	2024-08-08	8	42.20	active
17423	123	2024-08-09	9	42.30	active
17424	124	2024-08-10	1	42.40	closed
17425	125	2024-08-11	2	42.50	active
17426	126	2024-08-12	3	42.60	active
17427	127	2024-08-13	4	42.70	closed
17428	128	2024-08-14	5	42.80	active
17429	129	2024-08-15	6	42.90	active
17430	130	2024-08-16	7	43.00	closed
17431	131	2024-08-17	8	43.10	active
17432	132	2024-08-18	9	43.20	active
17433	133	2024-08-19	1	43.30	closed
17434	134	2024-08-20	2	43.40	active
17435	135	2024-08-21	3	43.50	active
17436	136	2024-08-22	4	43.60	closed
17437	137	2024-08-23	5	43.70	active
17438	138	2024-08-24	6	43.80	active
17439	139	2024-08-25	7	43.90	closed
17440	140	2024-08-26	8	44.00	active
17441	141	2024-08-27	9	44.10	active
17442	142	2024-08-28	1	44.20	closed
17443	143	2024-08-29	2	44.30	active
17444	144	2024-08-30	3	44.40	active
17445	145	2024-08-31	4	44.50	closed
17446	146	2024-09-01	5	44.60	active
17447	147	2024-09-02	6	44.70	active
17448	148	2024-09-03	7	44.80	closed
17449	149	2024-09-04	8	44.90	active
17450	150	2024-09-05	9	45.00	active
17451	151	2024-09-06	1	45.10	closed
17452	152	2024-09-07	2	45.20	active
17453	153	2024-09-08	3	45.30	active
17454	154	2024-09-09	4	45.40	closed
17455	155	2024-09-10	5	45.50	active
17456	156	2024-09-11	6	45.60	active
17457	157	2024-09-12	7	45.70	closed
17458	158	2024-09-13	8	45.80	active
17459	159	2024-09-14	9	45.90	active
17460	160	2024-09-15	1	46.00	closed
17461	161	2024-09-16	2	46.10	active
17462	162	2024-09-17	3	46.20	active
17463	163	2024-09-18	4	46.30	closed
17464	164	2024-09-19	5	46.40	active
17465	165	2024-09-20	6	46.50	active
17466	166	2024-09-21	7	46.60	closed
17467	167	2024-09-22	8	46.70	active
17468	168	2024-09-23	9	46.80	active
17469	169	2024-09-24	1	46.90	closed
17470	170	2024-09-25	2	47.00	active
17471	171	2024-09-26	3	47.10	active
17472	172	2024-09-27	4	47.20	closed
17473	173	2024-09-28	5	47.30	active
17474	174	2024-09-29	6	47.40	active
17475	175	2024-09-30	7	47.50	closed
17476	176	2024-10-01	8	47.60	active
17477	177	2024-10-02	9	47.70	active
17478	178	2024-10-03	1	47.80	closed
17479	179	2024-10-04	2	47.90	active
17480	180	2024-10-05	3	48.00	active
17481	181	2024-10-06	4	48.10	closed
17482	182	2024-10-07	5	48.20	active
17483	183	2024-10-08	6	48.30	active
17484	184	2024-10-09	7	48.40	closed
17485	185	2024-10-10	8	48.50	active
17486	186	2024-10-11	9	48.60	active
17487	187	2024-10-12	1	48.70	closed
17488	188	2024-10-13	2	48.80	active
17489	189	2024-10-14	3	48.90	active
17490	190	2024-10-15	4	49.00	closed
17491	191	2024-10-16	5	49.10	active
17492	192	2024-10-17	6	49.20	active
17493	193	2024-10-18	7	49.30	closed
17494	194	2024-10-19	8	49.40	active
17495	195	2024-10-20	9	49.50	active
17496	196	2024-10-21	1	49.60	closed
17497	197	2024-10-22	2	49.70	active
17498	198	2024-10-23	3	49.80	active
17499	199	2024-10-24	4	49.90	closed
17500	200	2024-10-25	5	50.00	active
17501	201	2024-10-26	6	50.10	active
17502	202	2024-10-27	7	50.20	closed
17503	203	2024-10-28	8	50.30	active
17504	204	2024-10-29	9	50.40	active
17505	205	2024-10-30	1	50.50	closed
17506	206	2024-10-31	2	50.60	active
17507	207	2024-11-01	3	50.70	active
17508	208	2024-11-02	4	50.80	closed
17509	209	2024-11-03	5	50.90	active
17510	210	2024-11-04	6	51.00	active
17511	211	2024-11-05	7	51.10	closed
17512	212	2024-11-06	8	51.20	active
17513	213	2024-11-07	9	51.30	active
17514	214	2024-11-08	1	51.40	closed
17515	215	2024-11-09	2	51.50	active
17516	216	2024-11-10	3	51.60	active
17517	217	2024-11-11	4	51.70	closed
17518	218	2024-11-12	5	51.80	active
17519	219	2024-11-13	6	51.90	active
17520	220	2024-11-14	7	52.00	closed
17521	221	2024-11-15	8	52.10	active
17522	222	2024-11-16	9	52.20	active
17523	223	2024-11-17	1	52.30	closed
17524	224	2024-11-18	2	52.40	active
17525	225	2024-11-19	3	52.50	active
17526	226	2024-11-20	4	52.60	closed
17527	227	2024-11-21	5	52.70	active
17528	228	2024-11-22	6	52.80	active
17529	229	2024-11-23	7	52.90	closed
17530	230	2024-11-24	8	53.00	active
17531	231	2024-11-25	9	53.10	active
17532	232	2024-11-26	1	53.20	closed
17533	233	2024-11-27	2	53.30	active
17534	234	2024-11-28	3	53.40	active
17535	235	2024-11-29	4	53.50	closed
17536	236	2024-11-30	5	53.60	active
17537	237	2024-12-01	6	53.70	active
17538	238	2024-12-02	7	53.80	closed
17539	239	2024-12-03	8	53.90	active
17540	240	2024-12-04	9	54.00	active
17541	241	2024-12-05	1	54.10	closed
17542	242	2024-12-06	2	54.20	active
17543	243	2024-12-07	3	54.30	active
17544	244	2024-12-08	4	54.40	closed
17545	245	2024-12-09	5	54.50	active
17546	246	2024-12-10	6	54.60	active
17547	247	2024-12-11	7	54.70	closed
17548	248	2024-12-12	8	54.80	active
17549	249	2024-12-13	9	54.90	active
17550	250	2024-12-14	1	55.00	closed
17551	251	2024-12-15	2	55.10	active
17552	252	2024-12-16	3	55.20	active
17553	253	2024-12-17	4	55.30	closed
17554	254	2024-12-18	5	55.40	active
17555	255	2024-12-19	6	55.50	active
17556	256	2024-12-20	7	55.60	closed
17557	257	2024-12-21	8	55.70	active
17558	258	2024-12-22	9	55.80	active
17559	259	2024-12-23	1	55.90	closed
17560	260	2024-12-24	2	56.00	active
17561	261	2024-12-25	3	56.10	active
17562	262	2024-12-26	4	56.20	closed
17563	263	2024-12-27	5	56.30	active
17564	264	2024-12-28	6	56.40	active
17565	265	2024-12-29	7	56.50	closed
17566	266	2024-12-30	8	56.60	active
17567	267	2024-12-31	9	56.70	active
17568	268	2024-01-01	1	56.80	closed
17569	269	2024-01-02	2	56.90	active
17570	270	2024-01-03	3	57.00	active
17571	271	2024-01-04	4	57.10	closed
17572	272	2024-01-05	5	57.20	active
17573	273	2024-01-06	6	57.30	active
17574	274	2024-01-07	7	57.40	closed
17575	275	2024-01-08	8	57.50	active
17576	276	2024-01-09	9	57.60	active
17577	277	2024-01-10	1	57.70	closed
17578	278	2024-01-11	2	57.80	active
17579	279	2024-01-12	3	57.90	active
17580	280	2024-01-13	4	58.00	closed
17581	281	2024-01-14	5	58.10	active
17582	282	2024-01-15	6	58.20	active
17583	283	2024-01-16	7	58.30	closed
17584	284	2024-01-17	8	58.40	active
17585	285	2024-01-18	9	58.50	active
17586	286	2024-01-19	1	58.60	closed
17587	287	2024-01-20	2	58.70	active
17588	288	2024-01-21	3	58.80	active
17589	289	2024-01-22	4	58.90	closed
17590	290	2024-01-23	5	59.00	active
17591	291	2024-01-24	6	59.10	active
17592	292	2024-01-25	7	59.20	closed
17593	293	2024-01-26	8	59.30	active
17594	294	2024-01-27	9	59.40	active
17595	295	2024-01-28	1	59.50	closed
17596	296	2024-01-29	2	59.60	active
17597	297	2024-01-30	3	59.70	active
17598	298	2024-01-31	4	59.80	closed
17599	299	2024-02-01	5	59.90	active
17600	100	2024-02-02	6	60.00	active
17601	101	2024-02-03	7	60.10	closed
17602	102	2024-02-04	8	60.20	active
17603	103	2024-02-05	9	60.30	active
17604	104	2024-02-06	1	60.40	closed
17605	105	2024-02-07	2	60.50	active
17606	106	2024-02-08	3	60.60	active
17607	107	2024-02-09	4	60.70	closed
17608	108	2024-02-10	5	60.80	active
17609	109	2024-02-11	6	60.90	active
17610	110	2024-02-12	7	61.00	closed
17611	111	2024-02-13	8	61.10	active
17612	112	2024-02-14	9	61.20	active
17613	113	2024-02-15	1	61.30	closed
17614	114	2024-02-16	2	61.40	active
17615	115	2024-02-17	3	61.50	active
17616	116	2024-02-18	4	61.60	closed
17617	117	2024-02-19	5	61.70	active
17618	118	2024-02-20	6	61.80	active
17619	119	2024-02-21	7	61.90	closed
17620	120	2024-02-22	8	62.00	active
17621	121	2024-02-23	9	62.10	active
17622	122	2024-02-24	1	62.20	closed
17623	123	2024-02-25	2	62.30	active
17624	124	2024-02-26	3	62.40	active
17625	125	2024-02-27	4	62.50	closed
17626	126	2024-02-28	5	62.60	active
17627	127	2024-02-29	6	62.70	active
17628	128	2024-03-01	7	62.80	closed
17629	129	2024-03-02	8	62.90	active
17630	130	2024-03-03	9	63.00	active
17631	131	2024-03-04	1	63.10	closed
17632	132	2024-03-05	2	63.20	active
17633	133	2024-03-06	3	63.30	active
17634	134	2024-03-07	4	63.40	closed
17635	135	2024-03-08	5	63.50	active
17636	136	2024-03-09	6	63.60	active
17637	137	2024-03-10	7	63.70	closed
17638	138	2024-03-11	8	63.80	active
17639	139	2024-03-12	9	63.90	active
17640	140	2024-03-13	1	64.00	closed
17641	141	2024-03-14	2	64.10	active
17642	142	2024-03-15	3	64.20	active
17643	143	2024-03-16	4	64.30	closed
17644	144	2024-03-17	5	64.40	active
17645	145	2024-03-18	6	64.50	active
17646	146	2024-03-19	7	64.60	closed
17647	147	2024-03-20	8	64.70	active
17648	148	2024-03-21	9	64.80	active
17649	149	2024-03-22	1	64.90	closed
17650	150	2024-03-23	2	65.00	active
17651	151	2024-03-24	3	65.10	active
17652	152	2024-03-25	4	65.20	closed
17653	153	2024-03-26	5	65.30	active
17654	154	2024-03-27	6	65.40	active
17655	155	2024-03-28	7	65.50	closed
17656	156	2024-03-29	8	65.60	active
17657	157	2024-03-30	9	65.70	active
17658	158	2024-03-31	1	65.80	closed
17659	159	2024-04-01	2	65.90	active
17660	160	2024-04-02	3	66.00	active
17661	161	2024-04-03	4	66.10	closed
17662	162	2024-04-04	5	66.20	active
17663	163	2024-04-05	6	66.30	active
17664	164	2024-04-06	7	66.40	closed
17665	165	2024-04-07	8	66.50	active
17666	166	2024-04-08	9	66.60	active
17667	167	2024-04-09	1	66.70	closed
17668	168	2024-04-10	2	66.80	active
17669	169	2024-04-11	3	66.90	active
17670	170	2024-04-12	4	67.00	closed
17671	171	2024-04-13	5	67.10	active
17672	172	2024-04-14	6	67.20	active
17673	173	2024-04-15	7	67.30	closed
17674	174	2024-04-16	8	67.40	active
17675	175	2024-04-17	9	67.50	active
17676	176	2024-04-18	1	67.60	closed
17677	177	2024-04-19	2	67.70	active
17678	178	2024-04-20	3	67.80	active
17679	179	2024-04-21	4	67.90	closed
17680	180	2024-04-22	5	68.00	active
17681	181	2024-04-23	6	68.10	active
17682	182	2024-04-24	7	68.20	closed
17683	183	2024-04-25	8	68.30	active
17684	184	2024-04-26	9	68.40	active
17685	185	2024-04-27	1	68.50	closed
17686	186	2024-04-28	2	68.60	active
17687	187	2024-04-29	3	68.70	active
17688	188	2024-04-30	4	68.80	closed
17689	189	2024-05-01	5	68.90	active
17690	190	2024-05-02	6	69.00	active
17691	191	2024-05-03	7	69.10	closed
17692	192	2024-05-04	8	69.20	active
17693	193	2024-05-05	9	69.30	active
17694	194	2024-05-06	1	69.40	closed
17695	195	2024-05-07	2	69.50	active
17696	196	2024-05-08	3	69.60	active
17697	197	2024-05-09	4	69.70	closed
17698	198	2024-05-10	5	69.80	active
17699	199	2024-05-11	6	69.90	active
17700	200	2024-05-12	7	70.00	closed
17701	201	2024-05-13	8	70.10	active
17702	202	2024-05-14	9	70.20	active
17703	203	2024-05-15	1	70.30	closed
17704	204	2024-05-16	2	70.40	active
17705	205	2024-05-17	3	70.50	active
17706	206	2024-05-18	4	70.60	closed
17707	207	2024-05-19	5	70.70	active
17708	208	2024-05-20	6	70.80	active
17709	209	2024-05-21	7	70.90	closed
17710	210	2024-05-22	8	71.00	active
17711	211	2024-05-23	9	71.10	active
17712	212	2024-05-24	1	71.20	closed
17713	213	2024-05-25	2	71.30	active
17714	214	2024-05-26	3	71.40	active
17715	215	2024-05-27	4	71.50	closed
17716	216	2024-05-28	5	71.60	active
17717	217	2024-05-29	6	71.70	active
17718	218	2024-05-30	7	71.80	closed
17719	219	2024-05-31	8	71.90	active
17720	220	2024-06-01	9	72.00	active
17721	221	2024-06-02	1	72.10	closed
17722	222	2024-06-03	2	72.20	active
17723	223	2024-06-04	3	72.30	active
17724	224	2024-06-05	4	72.40	closed
17725	225	2024-06-06	5	72.50	active
17726	226	2024-06-07	6	72.60	active
17727	227	2024-06-08	7	72.70	closed
17728	228	2024-06-09	8	72.80	active
17729	229	2024-06-10	9	72.90	active
17730	230	2024-06-11	1	73.00	closed
17731	231	2024-06-12	2	73.10	active
17732	232	2024-06-13	3	73.20	active
17733	233	2024-06-14	4	73.30	closed
17734	234	2024-06-15	5	73.40	active
17735	235	2024-06-16	6	73.50	active
17736	236	2024-06-17	7	73.60	closed
17737	237	2024-06-18	8	73.70	active
17738	238	2024-06-19	9	73.80	active
17739	239	2024-06-20	1	73.90	closed
17740	240	2024-06-21	2	74.00	active
17741	241	2024-06-22	3	74.10	active
17742	242	2024-06-23	4	74.20	closed
17743	243	2024-06-24	5	74.30	active
17744	244	2024-06-25	6	74.40	active
17745	245	2024-06-26	7	74.50	closed
17746	246	2024-06-27	8	74.60	active
17747	247	2024-06-28	9	74.70	active
17748	248	2024-06-29	1	74.80	closed
17749	249	2024-06-30	2	74.90	active
17750	250	2024-07-01	3	75.00	active
17751	251	2024-07-02	4	75.10	closed
17752	252	2024-07-03	5	75.20	active
17753	253	2024-07-04	6	75.30	active
17754	254	2024-07-05	7	75.40	closed
17755	255	2024-07-06	8	75.50	active
17756	256	2024-07-07	9	75.60	active
17757	257	2024-07-08	1	75.70	closed
17758	258	2024-07-09	2	75.80	active
17759	259	2024-07-10	3	75.90	active
17760	260	2024-07-11	4	76.00	closed
17761	261	2024-07-12	5	76.10	active
17762	262	2024-07-13	6	76.20	active
17763	263	2024-07-14	7	76.30	closed
17764	264	2024-07-15	8	76.40	active
17765	265	2024-07-16	9	76.50	active
17766	266	2024-07-17	1	76.60	closed
17767	267	2024-07-18	2	76.70	active
17768	268	2024-07-19	3	76.80	active
17769	269	2024-07-20	4	76.90	closed
17770	270	2024-07-21	5	77.00	active
17771	271	2024-07-22	6	77.10	active
17772	272	2024-07-23	7	77.20	closed
17773	273	2024-07-24	8	77.30	active
17774	274	2024-07-25	9	77.40	active
17775	275	2024-07-26	1	77.50	closed
17776	276	2024-07-27	2	77.60	active
17777	277	2024-07-28	3	77.70	active
17778	278	2024-07-29	4	77.80	closed
17779	279	2024-07-30	5	77.90	active
17780	280	2024-07-31	6	78.00	active
17781	281	2024-08-01	7	78.10	closed
17782	282	2024-08-02	8	78.20	active
17783	283	2024-08-03	9	78.30	active
17784	284	2024-08-04	1	78.40	closed
17785	285	2024-08-05	2	78.50	active
17786	286	2024-08-06	3	78.60	active
17787	287	2024-08-07	4	78.70	closed
17788	288	2024-08-08	5	78.80	active
17789	289	2024-08-09	6	78.90	active
17790	290	2024-08-10	7	79.00	closed
17791	291	2024-08-11	8	79.10	active
17792	292	2024-08-12	9	79.20	active
17793	293	2024-08-13	1	79.30	closed
17794	294	2024-08-14	2	79.40	active
17795	295	2024-08-15	3	79.50	active
17796	296	2024-08-16	4	79.60	closed
17797	297	2024-08-17	5	79.70	active
17798	298	2024-08-18	6	79.80	active
17799	299	2024-08-19	7	79.90	closed
17800	100	2024-08-20	8	80.00	active
17801	101	2024-08-21	9	80.10	active
17802	102	2024-08-22	1	80.20	closed
17803	103	2024-08-23	2	80.30	active
17804	104	2024-08-24	3	80.40	active
17805	105	2024-08-25	4	80.50	closed
17806	106	2024-08-26	5	80.60	active
17807	107	2024-08-27	6	80.70	active
17808	108	2024-08-28	7	80.80	closed
17809	109	2024-08-29	8	80.90	active
17810	110	2024-08-30	9	81.00	active
17811	111	2024-08-31	1	81.10	closed
17812	112	2024-09-01	2	81.20	active
17813	113	2024-09-02	3	81.30	active
17814	114	2024-09-03	4	81.40	closed
17815	115	2024-09-04	5	81.50	active
17816	116	2024-09-05	6	81.60	active
17817	117	2024-09-06	7	81.70	closed
17818	118	2024-09-07	8	81.80	active
17819	119	2024-09-08	9	81.90	active
17820	120	2024-09-09	1	82.00	closed
17821	121	2024-09-10	2	82.10	active
17822	122	2024-09-11	3	82.20	active
17823	123	2024-09-12	4	82.30	closed
17824	124	2024-09-13	5	82.40	active
17825	125	2024-09-14	6	82.50	active
17826	126	2024-09-15	7	82.60	closed
17827	127	2024-09-16	8	82.70	active
17828	128	2024-09-17	9	82.80	active
17829	129	2024-09-18	1	82.90	closed
17830	130	2024-09-19	2	83.00	active
17831	131	2024-09-20	3	83.10	active
17832	132	2024-09-21	4	83.20	closed
17833	133	2024-09-22	5	83.30	active
17834	134	2024-09-23	6	83.40	active
17835	135	2024-09-24	7	83.50	closed
17836	136	2024-09-25	8	83.60	active
17837	137	2024-09-26	9	83.70	active
17838	138	2024-09-27	1	83.80	closed
17839	139	2024-09-28	2	83.90	active
17840	140	2024-09-29	3	84.00	active
17841	141	2024-09-30	4	84.10	closed
17842	142	2024-10-01	5	84.20	active
17843	143	2024-10-02	6	84.30	active
17844	144	2024-10-03	7	84.40	closed
17845	145	2024-10-04	8	84.50	active
17846	146	2024-10-05	9	84.60	active
17847	147	2024-10-06	1	84.70	closed
17848	148	2024-10-07	2	84.80	active
17849	149	2024-10-08	3	84.90	active
17850	150	2024-10-09	4	85.00	closed
17851	151	2024-10-10	5	85.10	active
17852	152	2024-10-11	6	85.20	active
17853	153	2024-10-12	7	85.30	closed
17854	154	2024-10-13	8	85.40	active
17855	155	2024-10-14	9	85.50	active
17856	156	2024-10-15	1	85.60	closed
17857	157	2024-10-16	2	85.70	active
17858	158	2024-10-17	3	85.80	active
17859	159	2024-10-18	4	85.90	closed
17860	160	2024-10-19	5	86.00	active
17861	161	2024-10-20	6	86.10	active
17862	162	2024-10-21	7	86.20	closed
17863	163	2024-10-22	8	86.30	active
17864	164	2024-10-23	9	86.40	active
17865	165	2024-10-24	1	86.50	closed
17866	166	2024-10-25	2	86.60	active
17867	167	2024-10-26	3	86.70	active
17868	168	2024-10-27	4	86.80	closed
17869	169	2024-10-28	5	86.90	active
17870	170	2024-10-29	6	87.00	active
17871	171	2024-10-30	7	87.10	closed
17872	172	2024-10-31	8	87.20	active
17873	173	2024-11-01	9	87.30	active
17874	174	2024-11-02	1	87.40	closed
17875	175	2024-11-03	2	87.50	active
17876	176	2024-11-04	3	87.60	active
17877	177	2024-11-05	4	87.70	closed
17878	178	2024-11-06	5	87.80	active
17879	179	2024-11-07	6	87.90	active
17880	180	2024-11-08	7	88.00	closed
17881	181	2024-11-09	8	88.10	active
17882	182	2024-11-10	9	88.20	active
17883	183	2024-11-11	1	88.30	closed
17884	184	2024-11-12	2	88.40	active
17885	185	2024-11-13	3	88.50	active
17886	186	2024-11-14	4	88.60	closed
17887	187	2024-11-15	5	88.70	active
17888	188	2024-11-16	6	88.80	active
17889	189	2024-11-17	7	88.90	closed
17890	190	2024-11-18	8	89.00	active
17891	191	2024-11-19	9	89.10	active
17892	192	2024-11-20	1	89.20	closed
17893	193	2024-11-21	2	89.30	active
17894	194	2024-11-22	3	89.40	active
17895	195	2024-11-23	4	89.50	closed
17896	196	2024-11-24	5	89.60	active
17897	197	2024-11-25	6	89.70	active
17898	198	2024-11-26	7	89.80	closed
17899	199	2024-11-27	8	89.90	active
17900	200	2024-11-28	9	90.00	active
17901	201	2024-11-29	1	90.10	closed
17902	202	2024-11-30	2	90.20	active
17903	203	2024-12-01	3	90.30	active
17904	204	2024-12-02	4	90.40	closed
17905	205	2024-12-03	5	90.50	active
17906	206	2024-12-04	6	90.60	active
17907	207	2024-12-05	7	90.70	closed
17908	208	2024-12-06	8	90.80	active
17909	209	2024-12-07	9	90.90	active
17910	210	2024-12-08	1	91.00	closed
17911	211	2024-12-09	2	91.10	active
17912	212	2024-12-10	3	91.20	active
17913	213	2024-12-11	4	91.30	closed
17914	214	2024-12-12	5	91.40	active
17915	215	2024-12-13	6	91.50	active
17916	216	2024-12-14	7	91.60	closed
17917	217	2024-12-15	8	91.70	active
17918	218	2024-12-16	9	91.80	active
17919	219	2024-12-17	1	91.90	closed
17920	220	2024-12-18	2	92.00	active
17921	221	2024-12-19	3	92.10	active
17922	222	2024-12-20	4	92.20	closed
17923	223	2024-12-21	5	92.30	active
17924	224	2024-12-22	6	92.40	active
17925	225	2024-12-23	7	92.50	closed
17926	226	2024-12-24	8	92.60	active
17927	227	2024-12-25	9	92.70	active
17928	228	2024-12-26	1	92.80	closed
17929	229	2024-12-27	2	92.90	active
17930	230	2024-12-28	3	93.00	active
17931	231	2024-12-29	4	93.10	closed
17932	232	2024-12-30	5	93.20	active
17933	233	2024-12-31	6	93.30	active
17934	234	2024-01-01	7	93.40	closed
17935	235	2024-01-02	8	93.50	active
17936	236	2024-01-03	9	93.60	active
17937	237	2024-01-04	1	93.70	closed
17938	238	2024-01-05	2	93.80	active
17939	239	2024-01-06	3	93.90	active
17940	240	2024-01-07	4	94.00	closed
17941	241	2024-01-08	5	94.10	active
17942	242	2024-01-09	6	94.20	active
17943	243	2024-01-10	7	94.30	closed
17944	244	2024-01-11	8	94.40	active
17945	245	2024-01-12	9	94.50	active
17946	246	2024-01-13	1	94.60	closed
17947	247	2024-01-14	2	94.70	active
17948	248	2024-01-15	3	94.80	active
17949	249	2024-01-16	4	94.90	closed
17950	250	2024-01-17	5	95.00	active
17951	251	2024-01-18	6	95.10	active
17952	252	2024-01-19	7	95.20	closed
17953	253	2024-01-20	8	95.30	active
17954	254	2024-01-21	9	95.40	active
17955	255	2024-01-22	1	95.50	closed
17956	256	2024-01-23	2	95.60	active
17957	257	2024-01-24	3	95.70	active
17958	258	2024-01-25	4	95.80	closed
17959	259	2024-01-26	5	95.90	active
17960	260	2024-01-27	6	96.00	active
17961	261	2024-01-28	7	96.10	closed
17962	262	2024-01-29	8	96.20	active
17963	263	2024-01-30	9	96.30	active
17964	264	2024-01-31	1	96.40	closed
17965	265	2024-02-01	2	96.50	active
17966	266	2024-02-02	3	96.60	active
17967	267	2024-02-03	4	96.70	closed
17968	268	2024-02-04	5	96.80	active
17969	269	2024-02-05	6	96.90	active
17970	270	2024-02-06	7	97.00	closed
17971	271	2024-02-07	8	97.10	active
17972	272	2024-02-08	9	97.20	active
17973	273	2024-02-09	1	97.30	closed
17974	274	2024-02-10	2	97.40	active
17975	275	2024-02-11	3	97.50	active
17976	276	2024-02-12	4	97.60	closed
17977	277	2024-02-13	5	97.70	active
17978	278	2024-02-14	6	97.80	active
17979	279	2024-02-15	7	97.90	closed
17980	280	2024-02-16	8	98.00	active
17981	281	2024-02-17	9	98.10	active
17982	282	2024-02-18	1	98.20	closed
17983	283	2024-02-19	2	98.30	active
17984	284	2024-02-20	3	98.40	active
17985	285	2024-02-21	4	98.50	closed
17986	286	2024-02-22	5	98.60	active
17987	287	2024-02-23	6	98.70	active
17988	288	2024-02-24	7	98.80	closed
17989	289	2024-02-25	8	98.90	active
17990	290	2024-02-26	9	99.00	active
17991	291	2024-02-27	1	99.10	closed
17992	292	2024-02-28	2	99.20	active
17993	293	2024-02-29	3	99.30	active
17994	294	2024-03-01	4	99.40	closed
17995	295	2024-03-02	5	99.50	active
17996	296	2024-03-03	6	99.60	active
17997	297	2024-03-04	7	99.70	closed
17998	298	2024-03-05	8	99.80	active
17999	299	2024-03-06	9	99.90	active
18000	100	2024-03-07	1	0.00	closed
18001	101	2024-03-08	2	0.10	active
18002	102	2024-03-09	3	0.20	active
18003	103	2024-03-10	4	0.30	closed
18004	104	2024-03-11	5	0.40	active
18005	105	2024-03-12	6	0.50	active
18006	106	2024-03-13	7	0.60	closed
18007	107	2024-03-14	8	0.70	active
18008	108	2024-03-15	9	0.80	active
18009	109	2024-03-16	1	0.90	closed
18010	110	2024-03-17	2	1.00	active
18011	111	2024-03-18	3	1.10	active
18012	112	2024-03-19	4	1.20	closed
18013	113	2024-03-20	5	1.30	active
18014	114	2024-03-21	6	1.40	active
18015	115	2024-03-22	7	1.50	closed
18016	116	2024-03-23	8	1.60	active
18017	117	2024-03-24	9	1.70	active
18018	118	2024-03-25	1	1.80	closed
18019	119	2024-03-26	2	1.90	active
18020	120	2024-03-27	3	2.00	active
18021	121	2024-03-28	4	2.10	closed
18022	122	2024-03-29	5	2.20	active
18023	123	2024-03-30	6	2.30	active
18024	124	2024-03-31	7	2.40	closed
18025	125	2024-04-01	8	2.50	active
18026	126	2024-04-02	9	2.60	active
18027	127	2024-04-03	1	2.70	closed
18028	128	2024-04-04	2	2.80	active
18029	129	2024-04-05	3	2.90	active
18030	130	2024-04-06	4	3.00	closed
18031	131	2024-04-07	5	3.10	active
18032	132	2024-04-08	6	3.20	active
18033	133	2024-04-09	7	3.30	closed
18034	134	2024-04-10	8	3.40	active
18035	135	2024-04-11	9	3.50	active
18036	136	2024-04-12	1	3.60	closed
18037	137	2024-04-13	2	3.70	active
18038	138	2024-04-14	3	3.80	active
18039	139	2024-04-15	4	3.90	closed
18040	140	2024-04-16	5	4.00	active
18041	141	2024-04-17	6	4.10	active
18042	142	2024-04-18	7	4.20	closed
18043	143	2024-04-19	8	4.30	active
18044	144	2024-04-20	9	4.40	active
18045	145	2024-04-21	1	4.50	closed
18046	146	2024-04-22	2	4.60	active
18047	147	2024-04-23	3	4.70	active
18048	148	2024-04-24	4	4.80	closed
18049	149	2024-04-25	5	4.90	active
18050	150	2024-04-26	6	5.00	active
18051	151	2024-04-27	7	5.10	closed
18052	152	2024-04-28	8	5.20	active
18053	153	2024-04-29	9	5.30	active
18054	154	2024-04-30	1	5.40	closed
18055	155	2024-05-01	2	5.50	active
18056	156	2024-05-02	3	5.60	active
18057	157	2024-05-03	4	5.70	closed
18058	158	2024-05-04	5	5.80	active
18059	159	2024-05-05	6	5.90	active
18060	160	2024-05-06	7	6.00	closed
18061	161	2024-05-07	8	6.10	active
18062	162	2024-05-08	9	6.20	active
18063	163	2024-05-09	1	6.30	closed
18064	164	2024-05-10	2	6.40	active
18065	165	2024-05-11	3	6.50	active
18066	166	2024-05-12	4	6.60	closed
18067	167	2024-05-13	5	6.70	active
18068	168	2024-05-14	6	6.80	active
18069	169	2024-05-15	7	6.90	closed
18070	170	2024-05-16	8	7.00	active
18071	171	2024-05-17	9	7.10	active
18072	172	2024-05-18	1	7.20	closed
18073	173	2024-05-19	2	7.30	active
18074	174	2024-05-20	3	7.40	active
18075	175	2024-05-21	4	7.50	closed
18076	176	2024-05-22	5	7.60	active
18077	177	2024-05-23	6	7.70	active
18078	178	2024-05-24	7	7.80	closed
18079	179	2024-05-25	8	7.90	active
18080	180	2024-05-26	9	8.00	active
18081	181	2024-05-27	1	8.10	closed
18082	182	2024-05-28	2	8.20	active
18083	183	2024-05-29	3	8.30	active
18084	184	2024-05-30	4	8.40	closed
18085	185	2024-05-31	5	8.50	active
18086	186	2024-06-01	6	8.60	active
18087	187	2024-06-02	7	8.70	closed
18088	188	2024-06-03	8	8.80	active
18089	189	2024-06-04	9	8.90	active
18090	190	2024-06-05	1	9.00	closed
18091	191	2024-06-06	2	9.10	active
18092	192	2024-06-07	3	9.20	active
18093	193	2024-06-08	4	9.30	closed
18094	194	2024-06-09	5	9.40	active
18095	195	2024-06-10	6	9.50	active
18096	196	2024-06-11	7	9.60	closed
18097	197	2024-06-12	8	9.70	active
18098	198	2024-06-13	9	9.80	active
18099	199	2024-06-14	1	9.90	closed
18100	200	2024-06-15	2	10.00	active
18101	201	2024-06-16	3	10.10	active
18102	202	2024-06-17	4	10.20	closed
18103	203	2024-06-18	5	10.30	active
18104	204	2024-06-19	6	10.40	active
18105	205	2024-06-20	7	10.50	closed
18106	206	2024-06-21	8	10.60	active
18107	207	2024-06-22	9	10.70	active
18108	208	2024-06-23	1	10.80	closed
18109	209	2024-06-24	2	10.90	active
18110	210	2024-06-25	3	11.00	active
18111	211	2024-06-26	4	11.10	closed
18112	212	2024-06-27	5	11.20	active
18113	213	2024-06-28	6	11.30	active
18114	214	2024-06-29	7	11.40	closed
18115	215	2024-06-30	8	11.50	active
18116	216	2024-07-01	9	11.60	active
18117	217	2024-07-02	1	11.70	closed
18118	218	2024-07-03	2	11.80	active
18119	219	2024-07-04	3	11.90	active
18120	220	2024-07-05	4	12.00	closed
18121	221	2024-07-06	5	12.10	active
18122	222	2024-07-07	6	12.20	active
18123	223	2024-07-08	7	12.30	closed
18124	224	2024-07-09	8	12.40	active
18125	225	2024-07-10	9	12.50	active
18126	226	2024-07-11	1	12.60	closed
18127	227	2024-07-12	2	12.70	active
18128	228	2024-07-13	3	12.80	active
18129	229	2024-07-14	4	12.90	closed
18130	230	2024-07-15	5	13.00	active
18131	231	2024-07-16	6	13.10	active
18132	232	2024-07-17	7	13.20	closed
18133	233	2024-07-18	8	13.30	active
18134	234	2024-07-19	9	13.40	active
18135	235	2024-07-20	1	13.50	closed
18136	236	2024-07-21	2	13.60	active
18137	237	2024-07-22	3	13.70	active
18138	238	2024-07-23	4	13.80	closed
18139	239	2024-07-24	5	13.90	active
18140	240	2024-07-25	6	14.00	active
18141	241	2024-07-26	7	14.10	closed
18142	242	2024-07-27	8	14.20	active
18143	243	2024-07-28	9	14.30	active
18144	244	2024-07-29	1	14.40	closed
18145	245	2024-07-30	2	14.50	active
18146	246	2024-07-31	3	14.60	active
18147	247	2024-08-01	4	14.70	closed
18148	248	2024-08-02	5	14.80	active
18149	249	2024-08-03	6	14.90	active
18150	250	2024-08-04	7	15.00	closed
18151	251	2024-08-05	8	15.10	active
18152	252	2024-08-06	9	15.20	active
18153	253	2024-08-07	1	15.30	closed
18154	254	2024-08-08	2	15.40	active
18155	255	2024-08-09	3	15.50	active
18156	256	2024-08-10	4	15.60	closed
18157	257	2024-08-11	5	15.70	active
18158	258	2024-08-12	6	15.80	active
18159	259	2024-08-13	7	15.90	closed
18160	260	2024-08-14	8	16.00	active
18161	261	2024-08-15	9	16.10	active
18162	262	2024-08-16	1	16.20	closed
18163	263	2024-08-17	2	16.30	active
18164	264	2024-08-18	3	16.40	active
18165	265	2024-08-19	4	16.50	closed
18166	266	2024-08-20	5	16.60	active
18167	267	2024-08-21	6	16.70	active
18168	268	2024-08-22	7	16.80	closed
18169	269	2024-08-23	8	16.90	active
18170	270	2024-08-24	9	17.00	active
18171	271	2024-08-25	1	17.10	closed
18172	272	2024-08-26	2	17.20	active
18173	273	2024-08-27	3	17.30	active
18174	274	2024-08-28	4	17.40	closed
18175	275	2024-08-29	5	17.50	active
18176	276	2024-08-30	6	17.60	active
18177	277	2024-08-31	7	17.70	closed
18178	278	2024-09-01	8	17.80	active
18179	279	2024-09-02	9	17.90	active
18180	280	2024-09-03	1	18.00	closed
18181	281	2024-09-04	2	18.10	active
18182	282	2024-09-05	3	18.20	active
18183	283	2024-09-06	4	18.30	closed
18184	284	2024-09-07	5	18.40	active
18185	285	2024-09-08	6	18.50	active
18186	286	2024-09-09	7	18.60	closed
18187	287	2024-09-10	8	18.70	active
18188	288	2024-09-11	9	18.80	active
18189	289	2024-09-12	1	18.90	closed
18190	290	2024-09-13	2	19.00	active
18191	291	2024-09-14	3	19.10	active
18192	292	2024-09-15	4	19.20	closed
18193	293	2024-09-16	5	19.30	active
18194	294	2024-09-17	6	19.40	active
18195	295	2024-09-18	7	19.50	closed
18196	296	2024-09-19	8	19.60	active
18197	297	2024-09-20	9	19.70	active
18198	298	2024-09-21	1	19.80	closed
18199	299	2024-09-22	2	19.90	active
18200	100	2024-09-23	3	20.00	active
18201	101	2024-09-24	4	20.10	closed
18202	102	2024-09-25	5	20.20	active
18203	103	2024-09-26	6	20.30	active
18204	104	2024-09-27	7	20.40	closed
18205	105	2024-09-28	8	20.50	active
18206	106	2024-09-29	9	20.60	active
18207	107	2024-09-30	1	20.70	closed
18208	108	2024-10-01	2	20.80	active
18209	109	2024-10-02	3	20.90	active
18210	110	2024-10-03	4	21.00	closed
18211	111	2024-10-04	5	21.10	active
18212	112	2024-10-05	6	21.20	active
18213	113	2024-10-06	7	21.30	closed
18214	114	2024-10-07	8	21.40	active
18215	115	2024-10-08	9	21.50	active
18216	116	2024-10-09	1	21.60	closed
18217	117	2024-10-10	2	21.70	active
18218	118	2024-10-11	3	21.80	active
18219	119	2024-10-12	4	21.90	closed
18220	120	2024-10-13	5	22.00	active
18221	121	2024-10-14	6	22.10	active
18222	122	2024-10-15	7	22.20	closed
18223	123	2024-10-16	8	22.30	active
18224	124	2024-10-17	9	22.40	active
18225	125	2024-10-18	1	22.50	closed
18226	126	2024-10-19	2	22.60	active
18227	127	2024-10-20	3	22.70	active
18228	128	2024-10-21	4	22.80	closed
18229	129	2024-10-22	5	22.90	active
18230	130	2024-10-23	6	23.00	active
18231	131	2024-10-24	7	23.10	closed
18232	132	2024-10-25	8	23.20	active
18233	133	2024-10-26	9	23.30	active
18234	134	2024-10-27	1	23.40	closed
18235	135	2024-10-28	2	23.50	active
18236	136	2024-10-29	3	23.60	active
18237	137	2024-10-30	4	23.70	closed
18238	138	2024-10-31	5	23.80	active
18239	139	2024-11-01	6	23.90	active
18240	140	2024-11-02	7	24.00	closed
18241	141	2024-11-03	8	24.10	active
18242	142	2024-11-04	9	24.20	active
18243	143	2024-11-05	1	24.30	closed
18244	144	2024-11-06	2	24.40	active
18245	145	2024-11-07	3	24.50	active
18246	146	2024-11-08	4	24.60	closed
18247	147	2024-11-09	5	24.70	active
18248	148	2024-11-10	6	24.80	active
18249	149	2024-11-11	7	24.90	closed
18250	150	2024-11-12	8	25.00	active
18251	151	2024-11-13	9	25.10	active
18252	152	2024-11-14	1	25.20	closed
18253	153	2024-11-15	2	25.30	active
18254	154	2024-11-16	3	25.40	active
18255	155	2024-11-17	4	25.50	closed
18256	156	2024-11-18	5	25.60	active
18257	157	2024-11-19	6	25.70	active
18258	158	2024-11-20	7	25.80	closed
18259	159	2024-11-21	8	25.90	active
18260	160	2024-11-22	9	26.00	active
18261	161	2024-11-23	1	26.10	closed
18262	162	2024-11-24	2	26.20	active
18263	163	2024-11-25	3	26.30	active
18264	164	2024-11-26	4	26.40	closed
18265	165	2024-11-27	5	26.50	active
18266	166	2024-11-28	6	26.60	active
18267	167	2024-11-29	7	26.70	closed
18268	168	2024-11-30	8	26.80	active
18269	169	2024-12-01	9	26.90	active
18270	170	2024-12-02	1	27.00	closed
18271	171	2024-12-03	2	27.10	active
18272	172	2024-12-04	3	27.20	active
18273	173	2024-12-05	4	27.30	closed
18274	174	2024-12-06	5	27.40	active
18275	175	2024-12-07	6	27.50	active
18276	176	2024-12-08	7	27.60	closed
18277	177	2024-12-09	8	27.70	active
18278	178	2024-12-10	9	27.80	active
18279	179	2024-12-11	1	27.90	closed
18280	180	2024-12-12	2	28.00	active
18281	181	2024-12-13	3	28.10	active
18282	182	2024-12-14	4	28.20	closed
18283	183	2024-12-15	5	28.30	active
18284	184	2024-12-16	6	28.40	active
18285	185	2024-12-17	7	28.50	closed
18286	186	2024-12-18	8	28.60	active
18287	187	2024-12-19	9	28.70	active
18288	188	2024-12-20	1	28.80	closed
18289	189	2024-12-21	2	28.90	active
18290	190	2024-12-22	3	29.00	active
18291	191	2024-12-23	4	29.10	closed
18292	192	2024-12-24	5	29.20	active
18293	193	2024-12-25	6	29.30	active
18294	194	2024-12-26	7	29.40	closed
18295	195	2024-12-27	8	29.50	active
18296	196	2024-12-28	9	29.60	active
18297	197	2024-12-29	1	29.70	closed
18298	198	2024-12-30	2	29.80	active
18299	199	2024-12-31	3	29.90	active
18300	200	2024-01-01	4	30.00	closed
18301	201	2024-01-02	5	30.10	active
18302	202	2024-01-03	6	30.20	active
18303	203	2024-01-04	7	30.30	closed
18304	204	2024-01-05	8	30.40	active
18305	205	2024-01-06	9	30.50	active
18306	206	2024-01-07	1	30.60	closed
18307	207	2024-01-08	2	30.70	active
18308	208	2024-01-09	3	30.80	active
18309	209	2024-01-10	4	30.90	closed
18310	210	2024-01-11	5	31.00	active
18311	211	2024-01-12	6	31.10	active
18312	212	2024-01-13	7	31.20	closed
18313	213	2024-01-14	8	31.30	active
18314	214	2024-01-15	9	31.40	active
18315	215	2024-01-16	1	31.50	closed
18316	216	2024-01-17	2	31.60	active
18317	217	2024-01-18	3	31.70	active
18318	218	2024-01-19	4	31.80	closed
18319	219	2024-01-20	5	31.90	active
18320	220	2024-01-21	6	32.00	active
18321	221	2024-01-22	7	32.10	closed
18322	222	2024-01-23	8	32.20	active
18323	223	2024-01-24	9	32.30	active
18324	224	2024-01-25	1	32.40	closed
18325	225	2024-01-26	2	32.50	active
18326	226	2024-01-27	3	32.60	active
18327	227	2024-01-28	4	32.70	closed
18328	228	2024-01-29	5	32.80	active
18329	229	2024-01-30	6	32.90	active
18330	230	2024-01-31	7	33.00	closed
18331	231	2024-02-01	8	33.10	active
18332	232	2024-02-02	9	33.20	active
18333	233	2024-02-03	1	33.30	closed
18334	234	2024-02-04	2	33.40	active
18335	235	2024-02-05	3	33.50	active
18336	236	2024-02-06	4	33.60	closed
18337	237	2024-02-07	5	33.70	active
18338	238	2024-02-08	6	33.80	active
18339	239	2024-02-09	7	33.90	closed
18340	240	2024-02-10	8	34.00	active
18341	241	2024-02-11	9	34.10	active
18342	242	2024-02-12	1	34.20	closed
18343	243	2024-02-13	2	34.30	active
18344	244	2024-02-14	3	34.40	active
18345	245	2024-02-15	4	34.50	closed
18346	246	2024-02-16	5	34.60	active
18347	247	2024-02-17	6	34.70	active
18348	248	2024-02-18	7	34.80	closed
18349	249	2024-02-19	8	34.90	active
18350	250	2024-02-20	9	35.00	active
18351	251	2024-02-21	1	35.10	closed
18352	252	2024-02-22	2	35.20	active
18353	253	2024-02-23	3	35.30	active
18354	254	2024-02-24	4	35.40	closed
18355	255	2024-02-25	5	35.50	active
18356	256	2024-02-26	6	35.60	active
18357	257	2024-02-27	7	35.70	closed
18358	258	2024-02-28	8	35.80	active
18359	259	2024-02-29	9	35.90	active
18360	260	2024-03-01	1	36.00	closed
18361	261	2024-03-02	2	36.10	active
18362	262	2024-03-03	3	36.20	active
18363	263	2024-03-04	4	36.30	closed
18364	264	2024-03-05	5	36.40	active
18365	265	2024-03-06	6	36.50	active
18366	266	2024-03-07	7	36.60	closed
18367	267	2024-03-08	8	36.70	active
18368	268	2024-03-09	9	36.80	active
18369	269	2024-03-10	1	36.90	closed
18370	270	2024-03-11	2	37.00	active
18371	271	2024-03-12	3	37.10	active
18372	272	2024-03-13	4	37.20	closed
18373	273	2024-03-14	5	37.30	active
18374	274	2024-03-15	6	37.40	active
18375	275	2024-03-16	7	37.50	closed
18376	276	2024-03-17	8	37.60	active
18377	277	2024-03-18	9	37.70	active
18378	278	2024-03-19	1	37.80	closed
18379	279	2024-03-20	2	37.90	active
18380	280	2024-03-21	3	38.00	active
18381	281	2024-03-22	4	38.10	closed
18382	282	2024-03-23	5	38.20	active
18383	283	2024-03-24	6	38.30	active
18384	284	2024-03-25	7	38.40	closed
18385	285	2024-03-26	8	38.50	active
18386	286	2024-03-27	9	38.60	active
18387	287	2024-03-28	1	38.70	closed
18388	288	2024-03-29	2	38.80	active
18389	289	2024-03-30	3	38.90	active
18390	290	2024-03-31	4	39.00	closed
18391	291	2024-04-01	5	39.10	active
18392	292	2024-04-02	6	39.20	active
18393	293	2024-04-03	7	39.30	closed
18394	294	2024-04-04	8	39.40	active
18395	295	2024-04-05	9	39.50	active
18396	296	2024-04-06	1	39.60	closed
18397	297	2024-04-07	2	39.70	active
18398	298	2024-04-08	3	39.80	active
18399	299	2024-04-09	4	39.90	closed
18400	100	2024-04-10	5	40.00	active
18401	101	2024-04-11	6	40.10	active
18402	102	2024-04-12	7	40.20	closed
18403	103	2024-04-13	8	40.30	active
18404	104	2024-04-14	9	40.40	active
18405	105	2024-04-15	1	40.50	closed
18406	106	2024-04-16	2	40.60	active
18407	107	2024-04-17	3	40.70	active
18408	108	2024-04-18	4	40.80	closed
18409	109	2024-04-19	5	40.90	active
18410	110	2024-04-20	6	41.00	active
18411	111	2024-04-21	7	41.10	closed
18412	112	2024-04-22	8	41.20	active
18413	113	2024-04-23	9	41.30	active
18414	114	2024-04-24	1	41.40	closed
18415	115	2024-04-25	2	41.50	active
18416	116	2024-04-26	3	41.60	active
18417	117	2024-04-27	4	41.70	closed
18418	118	2024-04-28	5	41.80	active
18419	119	2024-04-29	6	41.90	active
18420	120	2024-04-30	7	42.00	closed
18421	121	2024-05-01	8	42.10	active
18422	122	2024-05-02	9	42.20	active
18423	123	2024-05-03	1	42.30	closed
18424	124	2024-05-04	2	42.40	active
18425	125	2024-05-05	3	42.50	active
18426	126	2024-05-06	4	42.60	closed
18427	127	2024-05-07	5	42.70	active
18428	128	2024-05-08	6	42.80	active
18429	129	2024-05-09	7	42.90	closed
18430	130	2024-05-10	8	43.00	active
18431	131	2024-05-11	9	43.10	active
18432	132	2024-05-12	1	43.20	closed
18433	133	2024-05-13	2	43.30	active
18434	134	2024-05-14	3	43.40	active
18435	135	2024-05-15	4	43.50	closed
18436	136	2024-05-16	5	43.60	active
18437	137	2024-05-17	6	43.70	active
18438	138	2024-05-18	7	43.80	closed
18439	139	2024-05-19	8	43.90	active
18440	140	2024-05-20	9	44.00	active
18441	141	2024-05-21	1	44.10	closed
18442	142	2024-05-22	2	44.20	active
18443	143	2024-05-23	3	44.30	active
18444	144	2024-05-24	4	44.40	closed
18445	145	2024-05-25	5	44.50	active
18446	146	2024-05-26	6	44.60	active
18447	147	2024-05-27	7	44.70	closed
18448	148	2024-05-28	8	44.80	active
18449	149	2024-05-29	9	44.90	active
18450	150	2024-05-30	1	45.00	closed
18451	151	2024-05-31	2	45.10	active
18452	152	2024-06-01	3	45.20	active
18453	153	2024-06-02	4	45.30	closed
18454	154	2024-06-03	5	45.40	active
18455	155	2024-06-04	6	45.50	active
18456	156	2024-06-05	7	45.60	closed
18457	157	2024-06-06	8	45.70	active
18458	158	2024-06-07	9	45.80	active
18459	159	2024-06-08	1	45.90	closed
18460	160	2024-06-09	2	46.00	active
18461	161	2024-06-10	3	46.10	active
18462	162	2024-06-11	4	46.20	closed
18463	163	2024-06-12	5	46.30	active
18464	164	2024-06-13	6	46.40	active
18465	165	2024-06-14	7	46.50	closed
18466	166	2024-06-15	8	46.60	active
18467	167	2024-06-16	9	46.70	active
18468	168	2024-06-17	1	46.80	closed
18469	169	2024-06-18	2	46.90	active
18470	170	2024-06-19	3	47.00	active
18471	171	2024-06-20	4	47.10	closed
18472	172	2024-06-21	5	47.20	active
18473	173	2024-06-22	6	47.30	active
18474	174	2024-06-23	7	47.40	closed
18475	175	2024-06-24	8	47.50	active
18476	176	2024-06-25	9	47.60	active
18477	177	2024-06-26	1	47.70	closed
18478	178	2024-06-27	2	47.80	active
18479	179	2024-06-28	3	47.90	active
18480	180	2024-06-29	4	48.00	closed
18481	181	2024-06-30	5	48.10	active
18482	182	2024-07-01	6	48.20	active
18483	183	2024-07-02	7	48.30	closed
18484	184	2024-07-03	8	48.40	active
18485	185	2024-07-04	9	48.50	active
18486	186	2024-07-05	1	48.60	closed
18487	187	2024-07-06	2	48.70	active
18488	188	2024-07-07	3	48.80	active
18489	189	2024-07-08	4	48.90	closed
18490	190	2024-07-09	5	49.00	active
18491	191	2024-07-10	6	49.10	active
18492	192	2024-07-11	7	49.20	closed
18493	193	2024-07-12	8	49.30	active
18494	194	2024-07-13	9	49.40	active
18495	195	2024-07-14	1	49.50	closed
18496	196	2024-07-15	2	49.60	active
18497	197	2024-07-16	3	49.70	active
18498	198	2024-07-17	4	49.80	closed
18499	199	2024-07-18	5	49.90	active
18500	200	2024-07-19	6	50.00	active
18501	201	2024-07-20	7	50.10	closed
18502	202	2024-07-21	8	50.20	active
18503	203	2024-07-22	9	50.30	active
18504	204	2024-07-23	1	50.40	closed
18505	205	2024-07-24	2	50.50	active
18506	206	2024-07-25	3	50.60	active
18507	207	2024-07-26	4	50.70	closed
18508	208	2024-07-27	5	50.80	active
18509	209	2024-07-28	6	50.90	active
18510	210	2024-07-29	7	51.00	closed
18511	211	2024-07-30	8	51.10	active
18512	212	2024-07-31	9	51.20	active
18513	213	2024-08-01	1	51.30	closed
18514	214	2024-08-02	2	51.40	active
18515	215	2024-08-03	3	51.50	active
18516	216	2024-08-04	4	51.60	closed
18517	217	2024-08-05	5	51.70	active
18518	218	2024-08-06	6	51.80	active
18519	219	2024-08-07	7	51.90	closed
18520	220	2024-08-08	8	52.00	active
18521	221	2024-08-09	9	52.10	active
18522	222	2024-08-10	1	52.20	closed
18523	223	2024-08-11	2	52.30	active
18524	224	2024-08-12	3	52.40	active
18525	225	2024-08-13	4	52.50	closed
18526	226	2024-08-14	5	52.60	active
18527	227	2024-08-15	6	52.70	active
18528	228	2024-08-16	7	52.80	closed
18529	229	2024-08-17	8	52.90	active
18530	230	2024-08-18	9	53.00	active
18531	231	2024-08-19	1	53.10	closed
18532	232	2024-08-20	2	53.20	active
18533	233	2024-08-21	3	53.30	active
18534	234	2024-08-22	4	53.40	closed
18535	235	2024-08-23	5	53.50	active
18536	236	2024-08-24	6	53.60	active
18537	237	2024-08-25	7	53.70	closed
18538	238	2024-08-26	8	53.80	active
18539	239	2024-08-27	9	53.90	active
18540	240	2024-08-28	1	54.00	closed
18541	241	2024-08-29	2	54.10	active
18542	242	2024-08-30	3	54.20	active
18543	243	2024-08-31	4	54.30	closed
18544	244	2024-09-01	5	54.40	active
18545	245	2024-09-02	6	54.50	active
18546	246	2024-09-03	7	54.60	closed
18547	247	2024-09-04	8	54.70	active
18548	248	2024-09-05	9	54.80	active
18549	249	2024-09-06	1	54.90	closed
18550	250	2024-09-07	2	55.00	active
18551	251	2024-09-08	3	55.10	active
18552	252	2024-09-09	4	55.20	closed
18553	253	2024-09-10	5	55.30	active
18554	254	2024-09-11	6	55.40	active
18555	255	2024-09-12	7	55.50	closed
18556	256	2024-09-13	8	55.60	active
18557	257	2024-09-14	9	55.70	active
18558	258	2024-09-15	1	55.80	closed
18559	259	2024-09-16	2	55.90	active
18560	260	2024-09-17	3	56.00	active
18561	261	2024-09-18	4	56.10	closed
18562	262	2024-09-19	5	56.20	active
18563	263	2024-09-20	6	56.30	active
18564	264	2024-09-21	7	56.40	closed
18565	265	2024-09-22	8	56.50	active
18566	266	2024-09-23	9	56.60	active
18567	267	2024-09-24	1	56.70	closed
18568	268	2024-09-25	2	56.80	active
18569	269	2024-09-26	3	56.90	active
18570	270	2024-09-27	4	57.00	closed
18571	271	2024-09-28	5	57.10	active
18572	272	2024-09-29	6	57.20	active
18573	273	2024-09-30	7	57.30	closed
18574	274	2024-10-01	8	57.40	active
18575	275	2024-10-02	9	57.50	active
18576	276	2024-10-03	1	57.60	closed
18577	277	2024-10-04	2	57.70	active
18578	278	2024-10-05	3	57.80	active
18579	279	2024-10-06	4	57.90	closed
18580	280	2024-10-07	5	58.00	active
18581	281	2024-10-08	6	58.10	active
18582	282	2024-10-09	7	58.20	closed
18583	283	2024-10-10	8	58.30	active
18584	284	2024-10-11	9	58.40	active
18585	285	2024-10-12	1	58.50	closed
18586	286	2024-10-13	2	58.60	active
18587	287	2024-10-14	3	58.70	active
18588	288	2024-10-15	4	58.80	closed
18589	289	2024-10-16	5	58.90	active
18590	290	2024-10-17	6	59.00	active
18591	291	2024-10-18	7	59.10	closed
18592	292	2024-10-19	8	59.20	active
18593	293	2024-10-20	9	59.30	active
18594	294	2024-10-21	1	59.40	closed
18595	295	2024-10-22	2	59.50	active
18596	296	2024-10-23	3	59.60	active
18597	297	2024-10-24	4	59.70	closed
18598	298	2024-10-25	5	59.80	active
18599	299	2024-10-26	6	59.90	active
18600	100	2024-10-27	7	60.00	closed
18601	101	2024-10-28	8	60.10	active
18602	102	2024-10-29	9	60.20	active
18603	103	2024-10-30	1	60.30	closed
18604	104	2024-10-31	2	60.40	active
18605	105	2024-11-01	3	60.50	active
18606	106	2024-11-02	4	60.60	closed
18607	107	2024-11-03	5	60.70	active
18608	108	2024-11-04	6	60.80	active
18609	109	2024-11-05	7	60.90	closed
18610	110	2024-11-06	8	61.00	active
18611	111	2024-11-07	9	61.10	active
18612	112	2024-11-08	1	61.20	closed
18613	113	2024-11-09	2	61.30	active
18614	114	2024-11-10	3	61.40	active
18615	115	2024-11-11	4	61.50	closed
18616	116	2024-11-12	5	61.60	active
18617	117	2024-11-13	6	61.70	active
18618	118	2024-11-14	7	61.80	closed
18619	119	2024-11-15	8	61.90	active
18620	120	2024-11-16	9	62.00	active
18621	121	2024-11-17	1	62.10	closed
18622	122	2024-11-18	2	62.20	active
18623	123	2024-11-19	3	62.30	active
18624	124	2024-11-20	4	62.40	closed
18625	125	2024-11-21	5	62.50	active
18626	126	2024-11-22	6	62.60	active
18627	127	2024-11-23	7	62.70	closed
18628	128	2024-11-24	8	62.80	active
18629	129	2024-11-25	9	62.90	active
18630	130	2024-11-26	1	63.00	closed
18631	131	2024-11-27	2	63.10	active
18632	132	2024-11-28	3	63.20	active
18633	133	2024-11-29	4	63.30	closed
18634	134	2024-11-30	5	63.40	active
18635	135	2024-12-01	6	63.50	active
18636	136	2024-12-02	7	63.60	closed
18637	137	2024-12-03	8	63.70	active
18638	138	2024-12-04	9	63.80	active
18639	139	2024-12-05	1	63.90	closed
18640	140	2024-12-06	2	64.00	active
18641	141	2024-12-07	3	64.10	active
18642	142	2024-12-08	4	64.20	closed
18643	143	2024-12-09	5	64.30	active
18644	144	2024-12-10	6	64.40	active
18645	145	2024-12-11	7	64.50	closed
18646	146	2024-12-12	8	64.60	active
18647	147	2024-12-13	9	64.70	active
18648	148	2024-12-14	1	64.80	closed
18649	149	2024-12-15	2	64.90	active
18650	150	2024-12-16	3	65.00	active
18651	151	2024-12-17	4	65.10	closed
18652	152	2024-12-18	5	65.20	active
18653	153	2024-12-19	6	65.30	active
18654	154	2024-12-20	7	65.40	closed
18655	155	2024-12-21	8	65.50	active
18656	156	2024-12-22	9	65.60	active
18657	157	2024-12-23	1	65.70	closed
18658	158	2024-12-24	2	65.80	active
18659	159	2024-12-25	3	65.90	active
18660	160	2024-12-26	4	66.00	closed
18661	161	2024-12-27	5	66.10	active
18662	162	2024-12-28	6	66.20	active
18663	163	2024-12-29	7	66.30	closed
18664	164	2024-12-30	8	66.40	active
18665	165	2024-12-31	9	66.50	active
18666	166	2024-01-01	1	66.60	closed
18667	167	2024-01-02	2	66.70	active
18668	168	2024-01-03	3	66.80	active
18669	169	2024-01-04	4	66.90	closed
18670	170	2024-01-05	5	67.00	active
18671	171	2024-01-06	6	67.10	active
18672	172	2024-01-07	7	67.20	closed
18673	173	2024-01-08	8	67.30	active
18674	174	2024-01-09	9	67.40	active
18675	175	2024-01-10	1	67.50	closed
18676	176	2024-01-11	2	67.60	active
18677	177	2024-01-12	3	67.70	active
18678	178	2024-01-13	4	67.80	closed
18679	179	2024-01-14	5	67.90	active
18680	180	2024-01-15	6	68.00	active
18681	181	2024-01-16	7	68.10	closed
18682	182	2024-01-17	8	68.20	active
18683	183	2024-01-18	9	68.30	active
18684	184	2024-01-19	1	68.40	closed
18685	185	2024-01-20	2	68.50	active
18686	186	2024-01-21	3	68.60	active
18687	187	2024-01-22	4	68.70	closed
18688	188	2024-01-23	5	68.80	active
18689	189	2024-01-24	6	68.90	active
18690	190	2024-01-25	7	69.00	closed
18691	191	2024-01-26	8	69.10	active
18692	192	2024-01-27	9	69.20	active
18693	193	2024-01-28	1	69.30	closed
18694	194	2024-01-29	2	69.40	active
18695	195	2024-01-30	3	69.50	active
18696	196	2024-01-31	4	69.60	closed
18697	197	2024-02-01	5	69.70	active
18698	198	2024-02-02	6	69.80	active
18699	199	2024-02-03	7	69.90	closed
18700	200	2024-02-04	8	70.00	active
18701	201	2024-02-05	9	70.10	active
18702	202	2024-02-06	1	70.20	closed
18703	203	2024-02-07	2	70.30	active
18704	204	2024-02-08	3	70.40	active
18705	205	2024-02-09	4	70.50	closed
18706	206	2024-02-10	5	70.60	active
18707	207	2024-02-11	6	70.70	active
18708	208	2024-02-12	7	70.80	closed
18709	209	2024-02-13	8	70.90	active
18710	210	2024-02-14	9	71.00	active
18711	211	2024-02-15	1	71.10	closed
18712	212	2024-02-16	2	71.20	active
18713	213	2024-02-17	3	71.30	active
18714	214	2024-02-18	4	71.40	closed
18715	215	2024-02-19	5	71.50	active
18716	216	2024-02-20	6	71.60	active
18717	217	2024-02-21	7	71.70	closed
18718	218	2024-02-22	8	71.80	active
18719	219	2024-02-23	9	71.90	active
18720	220	2024-02-24	1	72.00	closed
18721	221	2024-02-25	2	72.10	active
18722	222	2024-02-26	3	72.20	active
18723	223	2024-02-27	4	72.30	closed
18724	224	2024-02-28	5	72.40	active
18725	225	2024-02-29	6	72.50	active
18726	226	2024-03-01	7	72.60	closed
18727	227	2024-03-02	8	72.70	active
18728	228	2024-03-03	9	72.80	active
18729	229	2024-03-04	1	72.90	closed
18730	230	2024-03-05	2	73.00	active
18731	231	2024-03-06	3	73.10	active
18732	232	2024-03-07	4	73.20	closed
18733	233	2024-03-08	5	73.30	active
18734	234	2024-03-09	6	73.40	active
18735	235	2024-03-10	7	73.50	closed
18736	236	2024-03-11	8	73.60	active
18737	237	2024-03-12	9	73.70	active
18738	238	2024-03-13	1	73.80	closed
18739	239	2024-03-14	2	73.90	active
18740	240	2024-03-15	3	74.00	active
18741	241	2024-03-16	4	74.10	closed
18742	242	2024-03-17	5	74.20	active
18743	243	2024-03-18	6	74.30	active
18744	244	2024-03-19	7	74.40	closed
18745	245	2024-03-20	8	74.50	active
18746	246	2024-03-21	9	74.60	active
18747	247	2024-03-22	1	74.70	closed
18748	248	2024-03-23	2	74.80	active
18749	249	2024-03-24	3	74.90	active
18750	250	2024-03-25	4	75.00	closed
18751	251	2024-03-26	5	75.10	active
18752	252	2024-03-27	6	75.20	active
18753	253	2024-03-28	7	75.30	closed
18754	254	2024-03-29	8	75.40	active
18755	255	2024-03-30	9	75.50	active
18756	256	2024-03-31	1	75.60	closed
18757	257	2024-04-01	2	75.70	active
18758	258	2024-04-02	3	75.80	active
18759	259	2024-04-03	4	75.90	closed
18760	260	2024-04-04	5	76.00	active
18761	261	2024-04-05	6	76.10	active
18762	262	2024-04-06	7	76.20	closed
18763	263	2024-04-07	8	76.30	active
18764	264	2024-04-08	9	76.40	active
18765	265	2024-04-09	1	76.50	closed
18766	266	2024-04-10	2	76.60	active
18767	267	2024-04-11	3	76.70	active
18768	268	2024-04-12	4	76.80	closed
18769	269	2024-04-13	5	76.90	active
18770	270	2024-04-14	6	77.00	active
18771	271	2024-04-15	7	77.10	closed
18772	272	2024-04-16	8	77.20	active
18773	273	2024-04-17	9	77.30	active
18774	274	2024-04-18	1	77.40	closed
18775	275	2024-04-19	2	77.50	active
18776	276	2024-04-20	3	77.60	active
18777	277	2024-04-21	4	77.70	closed
18778	278	2024-04-22	5	77.80	active
18779	279	2024-04-23	6	77.90	active
18780	280	2024-04-24	7	78.00	closed
18781	281	2024-04-25	8	78.10	active
18782	282	2024-04-26	9	78.20	active
18783	283	2024-04-27	1	78.30	closed
18784	284	2024-04-28	2	78.40	active
18785	285	2024-04-29	3	78.50	active
18786	286	2024-04-30	4	78.60	closed
18787	287	2024-05-01	5	78.70	active
18788	288	2024-05-02	6	78.80	active
18789	289	2024-05-03	7	78.90	closed
18790	290	2024-05-04	8	79.00	active
18791	291	2024-05-05	9	79.10	active
18792	292	2024-05-06	1	79.20	closed
18793	293	2024-05-07	2	79.30	active
18794	294	2024-05-08	3	79.40	active
18795	295	2024-05-09	4	79.50	closed
18796	296	2024-05-10	5	79.60	active
18797	297	2024-05-11	6	79.70	active
18798	298	2024-05-12	7	79.80	closed
18799	299	2024-05-13	8	79.90	active
18800	100	2024-05-14	9	80.00	active
18801	101	2024-05-15	1	80.10	closed
18802	102	2024-05-16	2	80.20	active
18803	103	2024-05-17	3	80.30	active
18804	104	2024-05-18	4	80.40	closed
18805	105	2024-05-19	5	80.50	active
18806	106	2024-05-20	6	80.60	active
18807	107	2024-05-21	7	80.70	closed
18808	108	2024-05-22	8	80.80	active
18809	109	2024-05-23	9	80.90	active
18810	110	2024-05-24	1	81.00	closed
18811	111	2024-05-25	2	81.10	active
18812	112	2024-05-26	3	81.20	active
18813	113	2024-05-27	4	81.30	closed
18814	114	2024-05-28	5	81.40	active
18815	115	2024-05-29	6	81.50	active
18816	116	2024-05-30	7	81.60	closed
18817	117	2024-05-31	8	81.70	active
18818	118	2024-06-01	9	81.80	active
18819	119	2024-06-02	1	81.90	closed
18820	120	2024-06-03	2	82.00	active
18821	121	2024-06-04	3	82.10	active
18822	122	2024-06-05	4	82.20	closed
18823	123	2024-06-06	5	82.30	active
18824	124	2024-06-07	6	82.40	active
18825	125	2024-06-08	7	82.50	closed
18826	126	2024-06-09	8	82.60	active
18827	127	2024-06-10	9	82.70	active
18828	128	2024-06-11	1	82.80	closed
18829	129	2024-06-12	2	82.90	active
18830	130	2024-06-13	3	83.00	active
18831	131	2024-06-14	4	83.10	closed
18832	132	2024-06-15	5	83.20	active
18833	133	2024-06-16	6	83.30	active
18834	134	2024-06-17	7	83.40	closed
18835	135	2024-06-18	8	83.50	active
18836	136	2024-06-19	9	83.60	active
18837	137	2024-06-20	1	83.70	closed
18838	138	2024-06-21	2	83.80	active
18839	139	2024-06-22	3	83.90	active
18840	140	2024-06-23	4	84.00	closed
18841	141	2024-06-24	5	84.10	active
18842	142	2024-06-25	6	84.20	active
18843	143	2024-06-26	7	84.30	closed
18844	144	2024-06-27	8	84.40	active
18845	145	2024-06-28	9	84.50	active
18846	146	2024-06-29	1	84.60	closed
18847	147	2024-06-30	2	84.70	active
18848	148	2024-07-01	3	84.80	active
18849	149	2024-07-02	4	84.90	closed
18850	150	2024-07-03	5	85.00	active
18851	151	2024-07-04	6	85.10	active
18852	152	2024-07-05	7	85.20	closed
18853	153	2024-07-06	8	85.30	active
18854	154	2024-07-07	9	85.40	active
18855	155	2024-07-08	1	85.50	closed
18856	156	2024-07-09	2	85.60	active
18857	157	2024-07-10	3	85.70	active
18858	158	2024-07-11	4	85.80	closed
18859	159	2024-07-12	5	85.90	active
18860	160	2024-07-13	6	86.00	active
18861	161	2024-07-14	7	86.10	closed
18862	162	2024-07-15	8	86.20	active
18863	163	2024-07-16	9	86.30	active
18864	164	2024-07-17	1	86.40	closed
18865	165	2024-07-18	2	86.50	active
18866	166	2024-07-19	3	86.60	active
18867	167	2024-07-20	4	86.70	closed
18868	168	2024-07-21	5	86.80	active
18869	169	2024-07-22	6	86.90	active
18870	170	2024-07-23	7	87.00	closed
18871	171	2024-07-24	8	87.10	active
18872	172	2024-07-25	9	87.20	active
18873	173	2024-07-26	1	87.30	closed
18874	174	2024-07-27	2	87.40	active
18875	175	2024-07-28	3	87.50	active
18876	176	2024-07-29	4	87.60	closed
18877	177	2024-07-30	5	87.70	active
18878	178	2024-07-31	6	87.80	active
18879	179	2024-08-01	7	87.90	closed
18880	180	2024-08-02	8	88.00	active
18881	181	2024-08-03	9	88.10	active
18882	182	2024-08-04	1	88.20	closed
18883	183	2024-08-05	2	88.30	active
18884	184	2024-08-06	3	88.40	active
18885	185	2024-08-07	4	88.50	closed
18886	186	2024-08-08	5	88.60	active
18887	187	2024-08-09	6	88.70	active
18888	188	2024-08-10	7	88.80	closed
18889	189	2024-08-11	8	88.90	active
18890	190	2024-08-12	9	89.00	active
18891	191	2024-08-13	1	89.10	closed
18892	192	2024-08-14	2	89.20	active
18893	193	2024-08-15	3	89.30	active
18894	194	2024-08-16	4	89.40	closed
18895	195	2024-08-17	5	89.50	active
18896	196	2024-08-18	6	89.60	active
18897	197	2024-08-19	7	89.70	closed
18898	198	2024-08-20	8	89.80	active
18899	199	2024-08-21	9	89.90	active
18900	200	2024-08-22	1	90.00	closed
18901	201	2024-08-23	2	90.10	active
18902	202	2024-08-24	3	90.20	active
18903	203	2024-08-25	4	90.30	closed
18904	204	2024-08-26	5	90.40	active
18905	205	2024-08-27	6	90.50	active
18906	206	2024-08-28	7	90.60	closed
18907	207	2024-08-29	8	90.70	active
18908	208	2024-08-30	9	90.80	active
18909	209	2024-08-31	1	90.90	closed
18910	210	2024-09-01	2	91.00	active
18911	211	2024-09-02	3	91.10	active
18912	212	2024-09-03	4	91.20	closed
18913	213	2024-09-04	5	91.30	active
18914	214	2024-09-05	6	91.40	active
18915	215	2024-09-06	7	91.50	closed
18916	216	2024-09-07	8	91.60	active
18917	217	2024-09-08	9	91.70	active
18918	218	2024-09-09	1	91.80	closed
18919	219	2024-09-10	2	91.90	active
18920	220	2024-09-11	3	92.00	active
18921	221	2024-09-12	4	92.10	closed
18922	222	2024-09-13	5	92.20	active
18923	223	2024-09-14	6	92.30	active
18924	224	2024-09-15	7	92.40	closed
18925	225	2024-09-16	8	92.50	active
18926	226	2024-09-17	9	92.60	active
18927	227	2024-09-18	1	92.70	closed
18928	228	2024-09-19	2	92.80	active
18929	229	2024-09-20	3	92.90	active
18930	230	2024-09-21	4	93.00	closed
18931	231	2024-09-22	5	93.10	active
18932	232	2024-09-23	6	93.20	active
18933	233	2024-09-24	7	93.30	closed
18934	234	2024-09-25	8	93.40	active
18935	235	2024-09-26	9	93.50	active
18936	236	2024-09-27	1	93.60	closed
18937	237	2024-09-28	2	93.70	active
18938	238	2024-09-29	3	93.80	active
18939	239	2024-09-30	4	93.90	closed
18940	240	2024-10-01	5	94.00	active
18941	241	2024-10-02	6	94.10	active
18942	242	2024-10-03	7	94.20	closed
18943	243	2024-10-04	8	94.30	active
18944	244	2024-10-05	9	94.40	active
18945	245	2024-10-06	1	94.50	closed
18946	246	2024-10-07	2	94.60	active
18947	247	2024-10-08	3	94.70	active
18948	248	2024-10-09	4	94.80	closed
18949	249	2024-10-10	5	94.90	active
18950	250	2024-10-11	6	95.00	active
18951	251	2024-10-12	7	95.10	closed
18952	252	2024-10-13	8	95.20	active
18953	253	2024-10-14	9	95.30	active
18954	254	2024-10-15	1	95.40	closed
18955	255	2024-10-16	2	95.50	active
18956	256	2024-10-17	3	95.60	active
18957	257	2024-10-18	4	95.70	closed
18958	258	2024-10-19	5	95.80	active
18959	259	2024-10-20	6	95.90	active
18960	260	2024-10-21	7	96.00	closed
18961	261	2024-10-22	8	96.10	active
18962	262	2024-10-23	9	96.20	active
18963	263	2024-10-24	1	96.30	closed
18964	264	2024-10-25	2	96.40	active
18965	265	2024-10-26	3	96.50	active
18966	266	2024-10-27	4	96.60	closed
18967	267	2024-10-28	5	96.70	active
18968	268	2024-10-29	6	96.80	active
18969	269	2024-10-30	7	96.90	closed
18970	270	2024-10-31	8	97.00	active
18971	271	2024-11-01	9	97.10	active
18972	272	2024-11-02	1	97.20	closed
18973	273	2024-11-03	2	97.30	active
18974	274	2024-11-04	3	97.40	active
18975	275	2024-11-05	4	97.50	closed
18976	276	2024-11-06	5	97.60	active
18977	277	2024-11-07	6	97.70	active
18978	278	2024-11-08	7	97.80	closed
18979	279	2024-11-09	8	97.90	active
18980	280	2024-11-10	9	98.00	active
18981	281	2024-11-11	1	98.10	closed
18982	282	2024-11-12	2	98.20	active
18983	283	2024-11-13	3	98.30	active
18984	284	2024-11-14	4	98.40	closed
18985	285	2024-11-15	5	98.50	active
18986	286	2024-11-16	6	98.60	active
18987	287	2024-11-17	7	98.70	closed
18988	288	2024-11-18	8	98.80	active
18989	289	2024-11-19	9	98.90	active
18990	290	2024-11-20	1	99.00	closed
18991	291	2024-11-21	2	99.10	active
18992	292	2024-11-22	3	99.20	active
18993	293	2024-11-23	4	99.30	closed
18994	294	2024-11-24	5	99.40	active
18995	295	2024-11-25	6	99.50	active
18996	296	2024-11-26	7	99.60	closed
18997	297	2024-11-27	8	99.70	active
18998	298	2024-11-28	9	99.80	active
18999	299	2024-11-29	1	99.90	closed
19000	100	2024-11-30	2	0.00	active
19001	101	2024-12-01	3	0.10	active
19002	102	2024-12-02	4	0.20	closed
19003	103	2024-12-03	5	0.30	active
19004	104	2024-12-04	6	0.40	active
19005	105	2024-12-05	7	0.50	closed
19006	106	2024-12-06	8	0.60	active
19007	107	2024-12-07	9	0.70	active
19008	108	2024-12-08	1	0.80	closed
19009	109	2024-12-09	2	0.90	active
19010	110	2024-12-10	3	1.00	active
19011	111	2024-12-11	4	1.10	closed
19012	112	2024-12-12	5	1.20	active
19013	113	2024-12-13	6	1.30	active
19014	114	2024-12-14	7	1.40	closed
19015	115	2024-12-15	8	1.50	active
19016	116	2024-12-16	9	1.60	active
19017	117	2024-12-17	1	1.70	closed
19018	118	2024-12-18	2	1.80	active
19019	119	2024-12-19	3	1.90	active
19020	120	2024-12-20	4	2.00	closed
19021	121	2024-12-21	5	2.10	active
19022	122	2024-12-22	6	2.20	active
19023	123	2024-12-23	7	2.30	closed
19024	124	2024-12-24	8	2.40	active
19025	125	2024-12-25	9	2.50	active
19026	126	2024-12-26	1	2.60	closed
19027	127	2024-12-27	2	2.70	active
19028	128	2024-12-28	3	2.80	active
19029	129	2024-12-29	4	2.90	closed
19030	130	2024-12-30	5	3.00	active
19031	131	2024-12-31	6	3.10	active
19032	132	2024-01-01	7	3.20	closed
19033	133	2024-01-02	8	3.30	active
19034	134	2024-01-03	9	3.40	active
19035	135	2024-01-04	1	3.50	closed
19036	136	2024-01-05	2	3.60	active
19037	137	2024-01-06	3	3.70	active
19038	138	2024-01-07	4	3.80	closed
19039	139	2024-01-08	5	3.90	active
19040	140	2024-01-09	6	4.00	active
19041	141	2024-01-10	7	4.10	closed
19042	142	2024-01-11	8	4.20	active
19043	143	2024-01-12	9	4.30	active
19044	144	2024-01-13	1	4.40	closed
19045	145	2024-01-14	2	4.50	active
19046	146	2024-01-15	3	4.60	active
19047	147	2024-01-16	4	4.70	closed
19048	148	2024-01-17	5	4.80	active
19049	149	2024-01-18	6	4.90	active
19050	150	2024-01-19	7	5.00	closed
19051	151	2024-01-20	8	5.10	active
19052	152	2024-01-21	9	5.20	active
19053	153	2024-01-22	1	5.30	closed
19054	154	2024-01-23	2	5.40	active
19055	155	2024-01-24	3	5.50	active
19056	156	2024-01-25	4	5.60	closed
19057	157	2024-01-26	5	5.70	active
19058	158	2024-01-27	6	5.80	active
19059	159	2024-01-28	7	5.90	closed
19060	160	2024-01-29	8	6.00	active
19061	161	2024-01-30	9	6.10	active
19062	162	2024-01-31	1	6.20	closed
19063	163	2024-02-01	2	6.30	active
19064	164	2024-02-02	3	6.40	active
19065	165	2024-02-03	4	6.50	closed
19066	166	2024-02-04	5	6.60	active
19067	167	2024-02-05	6	6.70	active
19068	168	2024-02-06	7	6.80	closed
19069	169	2024-02-07	8	6.90	active
19070	170	2024-02-08	9	7.00	active
19071	171	2024-02-09	1	7.10	closed
19072	172	2024-02-10	2	7.20	active
19073	173	2024-02-11	3	7.30	active
19074	174	2024-02-12	4	7.40	closed
19075	175	2024-02-13	5	7.50	active
19076	176	2024-02-14	6	7.60	active
19077	177	2024-02-15	7	7.70	closed
19078	178	2024-02-16	8	7.80	active
19079	179	2024-02-17	9	7.90	active
19080	180	2024-02-18	1	8.00	closed
19081	181	2024-02-19	2	8.10	active
19082	182	2024-02-20	3	8.20	active
19083	183	2024-02-21	4	8.30	closed
19084	184	2024-02-22	5	8.40	active
19085	185	2024-02-23	6	8.50	active
19086	186	2024-02-24	7	8.60	closed
19087	187	2024-02-25	8	8.70	active
19088	188	2024-02-26	9	8.80	active
19089	189	2024-02-27	1	8.90	closed
19090	190	2024-02-28	2	9.00	active
19091	191	2024-02-29	3	9.10	active
19092	192	2024-03-01	4	9.20	closed
19093	193	2024-03-02	5	9.30	active
19094	194	2024-03-03	6	9.40	active
19095	195	2024-03-04	7	9.50	closed
19096	196	2024-03-05	8	9.60	active
19097	197	2024-03-06	9	9.70	active
19098	198	2024-03-07	1	9.80	closed
19099	199	2024-03-08	2	9.90	active
19100	200	2024-03-09	3	10.00	active
19101	201	2024-03-10	4	10.10	closed
19102	202	2024-03-11	5	10.20	active
19103	203	2024-03-12	6	10.30	active
19104	204	2024-03-13	7	10.40	closed
19105	205	2024-03-14	8	10.50	active
19106	206	2024-03-15	9	10.60	active
19107	207	2024-03-16	1	10.70	closed
19108	208	2024-03-17	2	10.80	active
19109	209	2024-03-18	3	10.90	active
19110	210	2024-03-19	4	11.00	closed
19111	211	2024-03-20	5	11.10	active
19112	212	2024-03-21	6	11.20	active
19113	213	2024-03-22	7	11.30	closed
19114	214	2024-03-23	8	11.40	active
19115	215	2024-03-24	9	11.50	active
19116	216	2024-03-25	1	11.60	closed
19117	217	2024-03-26	2	11.70	active
19118	218	2024-03-27	3	11.80	active
19119	219	2024-03-28	4	11.90	closed
19120	220	2024-03-29	5	12.00	active
19121	221	2024-03-30	6	12.10	active
19122	222	2024-03-31	7	12.20	closed
19123	223	2024-04-01	8	12.30	active
19124	224	2024-04-02	9	12.40	active
19125	225	2024-04-03	1	12.50	closed
19126	226	2024-04-04	2	12.60	active
19127	227	2024-04-05	3	12.70	active
19128	228	2024-04-06	4	12.80	closed
19129	229	2024-04-07	5	12.90	active
19130	230	2024-04-08	6	13.00	active
19131	231	2024-04-09	7	13.10	closed
19132	232	2024-04-10	8	13.20	active
19133	233	2024-04-11	9	13.30	active
19134	234	2024-04-12	1	13.40	closed
19135	235	2024-04-13	2	13.50	active
19136	236	2024-04-14	3	13.60	active
19137	237	2024-04-15	4	13.70	closed
19138	238	2024-04-16	5	13.80	active
19139	239	2024-04-17	6	13.90	active
19140	240	2024-04-18	7	14.00	closed
19141	241	2024-04-19	8	14.10	active
19142	242	2024-04-20	9	14.20	active
19143	243	2024-04-21	1	14.30	closed
19144	244	2024-04-22	2	14.40	active
19145	245	2024-04-23	3	14.50	active
19146	246	2024-04-24	4	14.60	closed
19147	247	2024-04-25	5	14.70	active
19148	248	2024-04-26	6	14.80	active
19149	249	2024-04-27	7	14.90	closed
19150	250	2024-04-28	8	15.00	active
19151	251	2024-04-29	9	15.10	active
19152	252	2024-04-30	1	15.20	closed
19153	253	2024-05-01	2	15.30	active
19154	254	2024-05-02	3	15.40	active
19155	255	2024-05-03	4	15.50	closed
19156	256	2024-05-04	5	15.60	active
19157	257	2024-05-05	6	15.70	active
19158	258	2024-05-06	7	15.80	closed
19159	259	2024-05-07	8	15.90	active
19160	260	2024-05-08	9	16.00	active
19161	261	2024-05-09	1	16.10	closed
19162	262	2024-05-10	2	16.20	active
19163	263	2024-05-11	3	16.30	active
19164	264	2024-05-12	4	16.40	closed
19165	265	2024-05-13	5	16.50	active
19166	266	2024-05-14	6	16.60	active
19167	267	2024-05-15	7	16.70	closed
19168	268	2024-05-16	8	16.80	active
19169	269	2024-05-17	9	16.90	active
19170	270	2024-05-18	1	17.00	closed
19171	271	2024-05-19	2	17.10	active
19172	272	2024-05-20	3	17.20	active
19173	273	2024-05-21	4	17.30	closed
19174	274	2024-05-22	5	17.40	active
19175	275	2024-05-23	6	17.50	active
19176	276	2024-05-24	7	17.60	closed
19177	277	2024-05-25	8	17.70	active
19178	278	2024-05-26	9	17.80	active
19179	279	2024-05-27	1	17.90	closed
19180	280	2024-05-28	2	18.00	active
19181	281	2024-05-29	3	18.10	active
19182	282	2024-05-30	4	18.20	closed
19183	283	2024-05-31	5	18.30	active
19184	284	2024-06-01	6	18.40	active
19185	285	2024-06-02	7	18.50	closed
19186	286	2024-06-03	8	18.60	active
19187	287	2024-06-04	9	18.70	active
19188	288	2024-06-05	1	18.80	closed
19189	289	2024-06-06	2	18.90	active
19190	290	2024-06-07	3	19.00	active
19191	291	2024-06-08	4	19.10	closed
19192	292	2024-06-09	5	19.20	active
19193	293	2024-06-10	6	19.30	active
19194	294	2024-06-11	7	19.40	closed
19195	295	2024-06-12	8	19.50	active
19196	296	2024-06-13	9	19.60	active
19197	297	2024-06-14	1	19.70	closed
19198	298	2024-06-15	2	19.80	active
19199	299	2024-06-16	3	19.90	active
19200	100	2024-06-17	4	20.00	closed
19201	101	2024-06-18	5	20.10	active
19202	102	2024-06-19	6	20.20	active
19203	103	2024-06-20	7	20.30	closed
19204	104	2024-06-21	8	20.40	active
19205	105	2024-06-22	9	20.50	active
19206	106	2024-06-23	1	20.60	closed
19207	107	2024-06-24	2	20.70	active
19208	108	2024-06-25	3	20.80	active
19209	109	2024-06-26	4	20.90	closed
19210	110	2024-06-27	5	21.00	active
19211	111	2024-06-28	6	21.10	active
19212	112	2024-06-29	7	21.20	closed
19213	113	2024-06-30	8	21.30	active
19214	114	2024-07-01	9	21.40	active
19215	115	2024-07-02	1	21.50	closed
19216	116	2024-07-03	2	21.60	active
19217	117	2024-07-04	3	21.70	active
19218	118	2024-07-05	4	21.80	closed
19219	119	2024-07-06	5	21.90	active
19220	120	2024-07-07	6	22.00	active
19221	121	2024-07-08	7	22.10	closed
19222	122	2024-07-09	8	22.20	active
19223	123	2024-07-10	9	22.30	active
19224	124	2024-07-11	1	22.40	closed
19225	125	2024-07-12	2	22.50	active
19226	126	2024-07-13	3	22.60	active
19227	127	2024-07-14	4	22.70	closed
19228	128	2024-07-15	5	22.80	active
19229	129	2024-07-16	6	22.90	active
19230	130	2024-07-17	7	23.00	closed
19231	131	2024-07-18	8	23.10	active
19232	132	2024-07-19	9	23.20	active
19233	133	2024-07-20	1	23.30	closed
19234	134	2024-07-21	2	23.40	active
19235	135	2024-07-22	3	23.50	active
19236	136	2024-07-23	4	23.60	closed
19237	137	2024-07-24	5	23.70	active
19238	138	2024-07-25	6	23.80	active
19239	139	2024-07-26	7	23.90	closed
19240	140	2024-07-27	8	24.00	active
19241	141	2024-07-28	9	24.10	active
19242	142	2024-07-29	1	24.20	closed
19243	143	2024-07-30	2	24.30	active
19244	144	2024-07-31	3	24.40	active
19245	145	2024-08-01	4	24.50	closed
19246	146	2024-08-02	5	24.60	active
19247	147	2024-08-03	6	24.70	active
19248	148	2024-08-04	7	24.80	closed
19249	149	2024-08-05	8	24.90	active
19250	150	2024-08-06	9	25.00	active
19251	151	2024-08-07	1	25.10	closed
19252	152	2024-08-08	2	25.20	active
19253	153	2024-08-09	3	25.30	active
19254	154	2024-08-10	4	25.40	closed
19255	155	2024-08-11	5	25.50	active
19256	156	2024-08-12	6	25.60	active
19257	157	2024-08-13	7	25.70	closed
19258	158	2024-08-14	8	25.80	active
19259	159	2024-08-15	9	25.90	active
19260	160	2024-08-16	1	26.00	closed
19261	161	2024-08-17	2	26.10	active
19262	162	2024-08-18	3	26.20	active
19263	163	2024-08-19	4	26.30	closed
19264	164	2024-08-20	5	26.40	active
19265	165	2024-08-21	6	26.50	active
19266	166	2024-08-22	7	26.60	closed
19267	167	2024-08-23	8	26.70	active
19268	168	2024-08-24	9	26.80	active
19269	169	2024-08-25	1	26.90	closed
19270	170	2024-08-26	2	27.00	active
19271	171	2024-08-27	3	27.10	active
19272	172	2024-08-28	4	27.20	closed
19273	173	2024-08-29	5	27.30	active
19274	174	2024-08-30	6	27.40	active
19275	175	2024-08-31	7	27.50	closed
19276	176	2024-09-01	8	27.60	active
19277	177	2024-09-02	9	27.70	active
19278	178	2024-09-03	1	27.80	closed
19279	179	2024-09-04	2	27.90	active
19280	180	2024-09-05	3	28.00	active
19281	181	2024-09-06	4	28.10	closed
19282	182	2024-09-07	5	28.20	active
19283	183	2024-09-08	6	28.30	active
19284	184	2024-09-09	7	28.40	closed
19285	185	2024-09-10	8	28.50	active
19286	186	2024-09-11	9	28.60	active
19287	187	2024-09-12	1	28.70	closed
19288	188	2024-09-13	2	28.80	active
19289	189	2024-09-14	3	28.90	active
19290	190	2024-09-15	4	29.00	closed
19291	191	2024-09-16	5	29.10	active
19292	192	2024-09-17	6	29.20	active
19293	193	2024-09-18	7	29.30	closed
19294	194	2024-09-19	8	29.40	active
19295	195	2024-09-20	9	29.50	active
19296	196	2024-09-21	1	29.60	closed
19297	197	2024-09-22	2	29.70	active
19298	198	2024-09-23	3	29.80	active
19299	199	2024-09-24	4	29.90	closed
19300	200	2024-09-25	5	30.00	active
19301	201	2024-09-26	6	30.10	active
19302	202	2024-09-27	7	30.20	closed
19303	203	2024-09-28	8	30.30	active
19304	204	2024-09-29	9	30.40	active
19305	205	2024-09-30	1	30.50	closed
19306	206	2024-10-01	2	30.60	active
19307	207	2024-10-02	3	30.70	active
19308	208	2024-10-03	4	30.80	closed
19309	209	2024-10-04	5	30.90	active
19310	210	2024-10-05	6	31.00	active
19311	211	2024-10-06	7	31.10	closed
19312	212	2024-10-07	8	31.20	active
19313	213	2024-10-08	9	31.30	active
19314	214	2024-10-09	1	31.40	closed
19315	215	2024-10-10	2	31.50	active
19316	216	2024-10-11	3	31.60	active
19317	217	2024-10-12	4	31.70	closed
19318	218	2024-10-13	5	31.80	active
19319	219	2024-10-14	6	31.90	active
19320	220	2024-10-15	7	32.00	closed
19321	221	2024-10-16	8	32.10	active
19322	222	2024-10-17	9	32.20	active
19323	223	2024-10-18	1	32.30	closed
19324	224	2024-10-19	2	32.40	active
19325	225	2024-10-20	3	32.50	active
19326	226	2024-10-21	4	32.60	closed
19327	227	2024-10-22	5	32.70	active
19328	228	2024-10-23	6	32.80	active
19329	229	2024-10-24	7	32.90	closed
19330	230	2024-10-25	8	33.00	active
19331	231	2024-10-26	9	33.10	active
19332	232	2024-10-27	1	33.20	closed
19333	233	2024-10-28	2	33.30	active
19334	234	2024-10-29	3	33.40	active
19335	235	2024-10-30	4	33.50	closed
19336	236	2024-10-31	5	33.60	active
19337	237	2024-11-01	6	33.70	active
19338	238	2024-11-02	7	33.80	closed
19339	239	2024-11-03	8	33.90	active
19340	240	2024-11-04	9	34.00	active
19341	241	2024-11-05	1	34.10	closed
19342	242	2024-11-06	2	34.20	active
19343	243	2024-11-07	3	34.30	active
19344	244	2024-11-08	4	34.40	closed
19345	245	2024-11-09	5	34.50	active
19346	246	2024-11-10	6	34.60	active
19347	247	2024-11-11	7	34.70	closed
19348	248	2024-11-12	8	34.80	active
19349	249	2024-11-13	9	34.90	active
19350	250	2024-11-14	1	35.00	closed
19351	251	2024-11-15	2	35.10	active
19352	252	2024-11-16	3	35.20	active
19353	253	2024-11-17	4	35.30	closed
19354	254	2024-11-18	5	35.40	active
19355	255	2024-11-19	6	35.50	active
19356	256	2024-11-20	7	35.60	closed
19357	257	2024-11-21	8	35.70	active
19358	258	2024-11-22	9	35.80	active
19359	259	2024-11-23	1	35.90	closed
19360	260	2024-11-24	2	36.00	active
19361	261	2024-11-25	3	36.10	active
19362	262	2024-11-26	4	36.20	closed
19363	263	2024-11-27	5	36.30	active
19364	264	2024-11-28	6	36.40	active
19365	265	2024-11-29	7	36.50	closed
19366	266	2024-11-30	8	36.60	active
19367	267	2024-12-01	9	36.70	active
19368	268	2024-12-02	1	36.80	closed
19369	269	2024-12-03	2	36.90	active
19370	270	2024-12-04	3	37.00	active
19371	271	2024-12-05	4	37.10	closed
19372	272	2024-12-06	5	37.20	active
19373	273	2024-12-07	6	37.30	active
19374	274	2024-12-08	7	37.40	closed
19375	275	2024-12-09	8	37.50	active
19376	276	2024-12-10	9	37.60	active
19377	277	2024-12-11	1	37.70	closed
19378	278	2024-12-12	2	37.80	active
19379	279	2024-12-13	3	37.90	active
19380	280	2024-12-14	4	38.00	closed
19381	281	2024-12-15	5	38.10	active
19382	282	2024-12-16	6	38.20	active
19383	283	2024-12-17	7	38.30	closed
19384	284	2024-12-18	8	38.40	active
19385	285	2024-12-19	9	38.50	active
19386	286	2024-12-20	1	38.60	closed
19387	287	2024-12-21	2	38.70	active
19388	288	2024-12-22	3	38.80	active
19389	289	2024-12-23	4	38.90	closed
19390	290	2024-12-24	5	39.00	active
19391	291	2024-12-25	6	39.10	active
19392	292	2024-12-26	7	39.20	closed
19393	293	2024-12-27	8	39.30	active
19394	294	2024-12-28	9	39.40	active
19395	295	2024-12-29	1	39.50	closed
19396	296	2024-12-30	2	39.60	active
19397	297	2024-12-31	3	39.70	active
19398	298	2024-01-01	4	39.80	closed
19399	299	2024-01-02	5	39.90	active
19400	100	2024-01-03	6	40.00	active
19401	101	2024-01-04	7	40.10	closed
19402	102	2024-01-05	8	40.20	active
19403	103	2024-01-06	9	40.30	active
19404	104	2024-01-07	1	40.40	closed
19405	105	2024-01-08	2	40.50	active
19406	106	2024-01-09	3	40.60	active
19407	107	2024-01-10	4	40.70	closed
19408	108	2024-01-11	5	40.80	active
19409	109	2024-01-12	6	40.90	active
19410	110	2024-01-13	7	41.00	closed
19411	111	2024-01-14	8	41.10	active
19412	112	2024-01-15	9	41.20	active
19413	113	2024-01-16	1	41.30	closed
19414	114	2024-01-17	2	41.40	active
19415	115	2024-01-18	3	41.50	active
19416	116	2024-01-19	4	41.60	closed
19417	117	2024-01-20	5	41.70	active
19418	118	2024-01-21	6	41.80	active
19419	119	2024-01-22	7	41.90	closed
19420	120	2024-01-23	8	42.00	active
19421	121	2024-01-24	9	42.10	active
19422	122	2024-01-25	1	42.20	closed
19423	123	2024-01-26	2	42.30	active
19424	124	2024-01-27	3	42.40	active
19425	125	2024-01-28	4	42.50	closed
19426	126	2024-01-29	5	42.60	active
19427	127	2024-01-30	6	42.70	active
19428	128	2024-01-31	7	42.80	closed
19429	129	2024-02-01	8	42.90	active
19430	130	2024-02-02	9	43.00	active
19431	131	2024-02-03	1	43.10	closed
19432	132	2024-02-04	2	43.20	active
19433	133	2024-02-05	3	43.30	active
19434	134	2024-02-06	4	43.40	closed
19435	135	2024-02-07	5	43.50	active
19436	136	2024-02-08	6	43.60	active
19437	137	2024-02-09	7	43.70	closed
19438	138	2024-02-10	8	43.80	active
19439	139	2024-02-11	9	43.90	active
19440	140	2024-02-12	1	44.00	closed
19441	141	2024-02-13	2	44.10	active
19442	142	2024-02-14	3	44.20	active
19443	143	2024-02-15	4	44.30	closed
19444	144	2024-02-16	5	44.40	active
19445	145	2024-02-17	6	44.50	active
19446	146	2024-02-18	7	44.60	closed
19447	147	2024-02-19	8	44.70	active
19448	148	2024-02-20	9	44.80	active
19449	149	2024-02-21	1	44.90	closed
19450	150	2024-02-22	2	45.00	active
19451	151	2024-02-23	3	45.10	active
19452	152	2024-02-24	4	45.20	closed
19453	153	2024-02-25	5	45.30	active
19454	154	2024-02-26	6	45.40	active
19455	155	2024-02-27	7	45.50	closed
19456	156	2024-02-28	8	45.60	active
19457	157	2024-02-29	9	45.70	active
19458	158	2024-03-01	1	45.80	closed
19459	159	2024-03-02	2	45.90	active
19460	160	2024-03-03	3	46.00	active
19461	161	2024-03-04	4	46.10	closed
19462	162	2024-03-05	5	46.20	active
19463	163	2024-03-06	6	46.30	active
19464	164	2024-03-07	7	46.40	closed
19465	165	2024-03-08	8	46.50	active
19466	166	2024-03-09	9	46.60	active
19467	167	2024-03-10	1	46.70	closed
19468	168	2024-03-11	2	46.80	active
19469	169	2024-03-12	3	46.90	active
19470	170	2024-03-13	4	47.00	closed
19471	171	2024-03-14	5	47.10	active
19472	172	2024-03-15	6	47.20	active
19473	173	2024-03-16	7	47.30	closed
19474	174	2024-03-17	8	47.40	active
19475	175	2024-03-18	9	47.50	active
19476	176	2024-03-19	1	47.60	closed
19477	177	2024-03-20	2	47.70	active
19478	178	2024-03-21	3	47.80	active
19479	179	2024-03-22	4	47.90	closed
19480	180	2024-03-23	5	48.00	active
19481	181	2024-03-24	6	48.10	active
19482	182	2024-03-25	7	48.20	closed
19483	183	2024-03-26	8	48.30	active
19484	184	2024-03-27	9	48.40	active
19485	185	2024-03-28	1	48.50	closed
19486	186	2024-03-29	2	48.60	active
19487	187	2024-03-30	3	48.70	active
19488	188	2024-03-31	4	48.80	closed
19489	189	2024-04-01	5	48.90	active
19490	190	2024-04-02	6	49.00	active
19491	191	2024-04-03	7	49.10	closed
19492	192	2024-04-04	8	49.20	active
19493	193	2024-04-05	9	49.30	active
19494	194	2024-04-06	1	49.40	closed
19495	195	2024-04-07	2	49.50	active
19496	196	2024-04-08	3	49.60	active
19497	197	2024-04-09	4	49.70	closed
19498	198	2024-04-10	5	49.80	active
19499	199	2024-04-11	6	49.90	active
19500	200	2024-04-12	7	50.00	closed
19501	201	2024-04-13	8	50.10	active
19502	202	2024-04-14	9	50.20	active
19503	203	2024-04-15	1	50.30	closed
19504	204	2024-04-16	2	50.40	active
19505	205	2024-04-17	3	50.50	active
19506	206	2024-04-18	4	50.60	closed
19507	207	2024-04-19	5	50.70	active
19508	208	2024-04-20	6	50.80	active
19509	209	2024-04-21	7	50.90	closed
19510	210	2024-04-22	8	51.00	active
19511	211	2024-04-23	9	51.10	active
19512	212	2024-04-24	1	51.20	closed
19513	213	2024-04-25	2	51.30	active
19514	214	2024-04-26	3	51.40	active
19515	215	2024-04-27	4	51.50	closed
19516	216	2024-04-28	5	51.60	active
19517	217	2024-04-29	6	51.70	active
19518	218	2024-04-30	7	51.80	closed
19519	219	2024-05-01	8	51.90	active
19520	220	2024-05-02	9	52.00	active
19521	221	2024-05-03	1	52.10	closed
19522	222	2024-05-04	2	52.20	active
19523	223	2024-05-05	3	52.30	active
19524	224	2024-05-06	4	52.40	closed
19525	225	2024-05-07	5	52.50	active
19526	226	2024-05-08	6	52.60	active
19527	227	2024-05-09	7	52.70	closed
19528	228	2024-05-10	8	52.80	active
19529	229	2024-05-11	9	52.90	active
19530	230	2024-05-12	1	53.00	closed
19531	231	2024-05-13	2	53.10	active
19532	232	2024-05-14	3	53.20	active
19533	233	2024-05-15	4	53.30	closed
19534	234	2024-05-16	5	53.40	active
19535	235	2024-05-17	6	53.50	active
19536	236	2024-05-18	7	53.60	closed
19537	237	2024-05-19	8	53.70	active
19538	238	2024-05-20	9	53.80	active
19539	239	2024-05-21	1	53.90	closed
19540	240	2024-05-22	2	54.00	active
19541	241	2024-05-23	3	54.10	active
19542	242	2024-05-24	4	54.20	closed
19543	243	2024-05-25	5	54.30	active
19544	244	2024-05-26	6	54.40	active
19545	245	2024-05-27	7	54.50	closed
19546	246	2024-05-28	8	54.60	active
19547	247	2024-05-29	9	54.70	active
19548	248	2024-05-30	1	54.80	closed
19549	249	2024-05-31	2	54.90	active
19550	250	2024-06-01	3	55.00	active
19551	251	2024-06-02	4	55.10	closed
19552	252	2024-06-03	5	55.20	active
19553	253	2024-06-04	6	55.30	active
19554	254	2024-06-05	7	55.40	closed
19555	255	2024-06-06	8	55.50	active
19556	256	2024-06-07	9	55.60	active
19557	257	2024-06-08	1	55.70	closed
19558	258	2024-06-09	2	55.80	active
19559	259	2024-06-10	3	55.90	active
19560	260	2024-06-11	4	56.00	closed
19561	261	2024-06-12	5	56.10	active
19562	262	2024-06-13	6	56.20	active
19563	263	2024-06-14	7	56.30	closed
19564	264	2024-06-15	8	56.40	active
19565	265	2024-06-16	9	56.50	active
19566	266	2024-06-17	1	56.60	closed
19567	267	2024-06-18	2	56.70	active
19568	268	2024-06-19	3	56.80	active
19569	269	2024-06-20	4	56.90	closed
19570	270	2024-06-21	5	57.00	active
19571	271	2024-06-22	6	57.10	active
19572	272	2024-06-23	7	57.20	closed
19573	273	2024-06-24	8	57.30	active
19574	274	2024-06-25	9	57.40	active
19575	275	2024-06-26	1	57.50	closed
19576	276	2024-06-27	2	57.60	active
19577	277	2024-06-28	3	57.70	active
19578	278	2024-06-29	4	57.80	closed
19579	279	2024-06-30	5	57.90	active
19580	280	2024-07-01	6	58.00	active
19581	281	2024-07-02	7	58.10	closed
19582	282	2024-07-03	8	58.20	active
19583	283	2024-07-04	9	58.30	active
19584	284	2024-07-05	1	58.40	closed
19585	285	2024-07-06	2	58.50	active
19586	286	2024-07-07	3	58.60	active
19587	287	2024-07-08	4	58.70	closed
19588	288	2024-07-09	5	58.80	active
19589	289	2024-07-10	6	58.90	active
19590	290	2024-07-11	7	59.00	closed
19591	291	2024-07-12	8	59.10	active
19592	292	2024-07-13	9	59.20	active
19593	293	2024-07-14	1	59.30	closed
19594	294	2024-07-15	2	59.40	active
19595	295	2024-07-16	3	59.50	active
19596	296	2024-07-17	4	59.60	closed
19597	297	2024-07-18	5	59.70	active
19598	298	2024-07-19	6	59.80	active
19599	299	2024-07-20	7	59.90	closed
19600	100	2024-07-21	8	60.00	active
19601	101	2024-07-22	9	60.10	active
19602	102	2024-07-23	1	60.20	closed
19603	103	2024-07-24	2	60.30	active
19604	104	2024-07-25	3	60.40	active
19605	105	2024-07-26	4	60.50	closed
19606	106	2024-07-27	5	60.60	active
19607	107	2024-07-28	6	60.70	active
19608	108	2024-07-29	7	60.80	closed
19609	109	2024-07-30	8	60.90	active
19610	110	2024-07-31	9	61.00	active
19611	111	2024-08-01	1	61.10	closed
19612	112	2024-08-02	2	61.20	active
19613	113	2024-08-03	3	61.30	active
19614	114	2024-08-04	4	61.40	closed
19615	115	2024-08-05	5	61.50	active
19616	116	2024-08-06	6	61.60	active
19617	117	2024-08-07	7	61.70	closed
19618	118	2024-08-08	8	61.80	active
19619	119	2024-08-09	9	61.90	active
19620	120	2024-08-10	1	62.00	closed
19621	121	2024-08-11	2	62.10	active
19622	122	2024-08-12	3	62.20	active
19623	123	2024-08-13	4	62.30	closed
19624	124	2024-08-14	5	62.40	active
19625	125	2024-08-15	6	62.50	active
19626	126	2024-08-16	7	62.60	closed
19627	127	2024-08-17	8	62.70	active
19628	128	2024-08-18	9	62.80	active
19629	129	2024-08-19	1	62.90	closed
19630	130	2024-08-20	2	63.00	active
19631	131	2024-08-21	3	63.10	active
19632	132	2024-08-22	4	63.20	closed
19633	133	2024-08-23	5	63.30	active
19634	134	2024-08-24	6	63.40	active
19635	135	2024-08-25	7	63.50	closed
19636	136	2024-08-26	8	63.60	active
19637	137	2024-08-27	9	63.70	active
19638	138	2024-08-28	1	63.80	closed
19639	139	2024-08-29	2	63.90	active
19640	140	2024-08-30	3	64.00	active
19641	141	2024-08-31	4	64.10	closed
19642	142	2024-09-01	5	64.20	active
19643	143	2024-09-02	6	64.30	active
19644	144	2024-09-03	7	64.40	closed
19645	145	2024-09-04	8	64.50	active
19646	146	2024-09-05	9	64.60	active
19647	147	2024-09-06	1	64.70	closed
19648	148	2024-09-07	2	64.80	active
19649	149	2024-09-08	3	64.90	active
19650	150	2024-09-09	4	65.00	closed
19651	151	2024-09-10	5	65.10	active
19652	152	2024-09-11	6	65.20	active
19653	153	2024-09-12	7	65.30	closed
19654	154	2024-09-13	8	65.40	active
19655	155	2024-09-14	9	65.50	active
19656	156	2024-09-15	1	65.60	closed
19657	157	2024-09-16	2	65.70	active
19658	158	2024-09-17	3	65.80	active
19659	159	2024-09-18	4	65.90	closed
19660	160	2024-09-19	5	66.00	active
19661	161	2024-09-20	6	66.10	active
19662	162	2024-09-21	7	66.20	closed
19663	163	2024-09-22	8	66.30	active
19664	164	2024-09-23	9	66.40	active
19665	165	2024-09-24	1	66.50	closed
19666	166	2024-09-25	2	66.60	active
19667	167	2024-09-26	3	66.70	active
19668	168	2024-09-27	4	66.80	closed
19669	169	2024-09-28	5	66.90	active
19670	170	2024-09-29	6	67.00	active
19671	171	2024-09-30	7	67.10	closed
19672	172	2024-10-01	8	67.20	active
19673	173	2024-10-02	9	67.30	active
19674	174	2024-10-03	1	67.40	closed
19675	175	2024-10-04	2	67.50	active
19676	176	2024-10-05	3	67.60	active
19677	177	2024-10-06	4	67.70	closed
19678	178	2024-10-07	5	67.80	active
19679	179	2024-10-08	6	67.90	active
19680	180	2024-10-09	7	68.00	closed
19681	181	2024-10-10	8	68.10	active
19682	182	2024-10-11	9	68.20	active
19683	183	2024-10-12	1	68.30	closed
19684	184	2024-10-13	2	68.40	active
19685	185	2024-10-14	3	68.50	active
19686	186	2024-10-15	4	68.60	closed
19687	187	2024-10-16	5	68.70	active
19688	188	2024-10-17	6	68.80	active
19689	189	2024-10-18	7	68.90	closed
19690	190	2024-10-19	8	69.00	active
19691	191	2024-10-20	9	69.10	active
19692	192	2024-10-21	1	69.20	closed
19693	193	2024-10-22	2	69.30	active
19694	194	2024-10-23	3	69.40	active
19695	195	2024-10-24	4	69.50	closed
19696	196	2024-10-25	5	69.60	active
19697	197	2024-10-26	6	69.70	active
19698	198	2024-10-27	7	69.80	closed
19699	199	2024-10-28	8	69.90	active
19700	200	2024-10-29	9	70.00	active
19701	201	2024-10-30	1	70.10	closed
19702	202	2024-10-31	2	70.20	active
19703	203	2024-11-01	3	70.30	active
19704	204	2024-11-02	4	70.40	closed
19705	205	2024-11-03	5	70.50	active
19706	206	2024-11-04	6	70.60	active
19707	207	2024-11-05	7	70.70	closed
19708	208	2024-11-06	8	70.80	active
19709	209	2024-11-07	9	70.90	active
19710	210	2024-11-08	1	71.00	closed
19711	211	2024-11-09	2	71.10	active
19712	212	2024-11-10	3	71.20	active
19713	213	2024-11-11	4	71.30	closed
19714	214	2024-11-12	5	71.40	active
19715	215	2024-11-13	6	71.50	active
19716	216	2024-11-14	7	71.60	closed
19717	217	2024-11-15	8	71.70	active
19718	218	2024-11-16	9	71.80	active
19719	219	2024-11-17	1	71.90	closed
19720	220	2024-11-18	2	72.00	active
19721	221	2024-11-19	3	72.10	active
19722	222	2024-11-20	4	72.20	closed
19723	223	2024-11-21	5	72.30	active
19724	224	2024-11-22	6	72.40	active
19725	225	2024-11-23	7	72.50	closed
19726	226	2024-11-24	8	72.60	active
19727	227	2024-11-25	9	72.70	active
19728	228	2024-11-26	1	72.80	closed
19729	229	2024-11-27	2	72.90	active
19730	230	2024-11-28	3	73.00	active
19731	231	2024-11-29	4	73.10	closed
19732	232	2024-11-30	5	73.20	active
19733	233	2024-12-01	6	73.30	active
19734	234	2024-12-02	7	73.40	closed
19735	235	2024-12-03	8	73.50	active
19736	236	2024-12-04	9	73.60	active
19737	237	2024-12-05	1	73.70	closed
19738	238	2024-12-06	2	73.80	active
19739	239	2024-12-07	3	73.90	active
19740	240	2024-12-08	4	74.00	closed
19741	241	2024-12-09	5	74.10	active
19742	242	2024-12-10	6	74.20	active
19743	243	2024-12-11	7	74.30	closed
19744	244	2024-12-12	8	74.40	active
19745	245	2024-12-13	9	74.50	active
19746	246	2024-12-14	1	74.60	closed
19747	247	2024-12-15	2	74.70	active
19748	248	2024-12-16	3	74.80	active
19749	249	2024-12-17	4	74.90	closed
19750	250	2024-12-18	5	75.00	active
19751	251	2024-12-19	6	75.10	active
19752	252	2024-12-20	7	75.20	closed
19753	253	2024-12-21	8	75.30	active
19754	254	2024-12-22	9	75.40	active
19755	255	2024-12-23	1	75.50	closed
19756	256	2024-12-24	2	75.60	active
19757	257	2024-12-25	3	75.70	active
19758	258	2024-12-26	4	75.80	closed
19759	259	2024-12-27	5	75.90	active
19760	260	2024-12-28	6	76.00	active
19761	261	2024-12-29	7	76.10	closed
19762	262	2024-12-30	8	76.20	active
19763	263	2024-12-31	9	76.30	active
19764	264	2024-01-01	1	76.40	closed
19765	265	2024-01-02	2	76.50	active
19766	266	2024-01-03	3	76.60	active
19767	267	2024-01-04	4	76.70	closed
19768	268	2024-01-05	5	76.80	active
19769	269	2024-01-06	6	76.90	active
19770	270	2024-01-07	7	77.00	closed
19771	271	2024-01-08	8	77.10	active
19772	272	2024-01-09	9	77.20	active
19773	273	2024-01-10	1	77.30	closed
19774	274	2024-01-11	2	77.40	active
19775	275	2024-01-12	3	77.50	active
19776	276	2024-01-13	4	77.60	closed
19777	277	2024-01-14	5	77.70	active
19778	278	2024-01-15	6	77.80	active
19779	279	2024-01-16	7	77.90	closed
19780	280	2024-01-17	8	78.00	active
19781	281	2024-01-18	9	78.10	active
19782	282	2024-01-19	1	78.20	closed
19783	283	2024-01-20	2	78.30	active
19784	284	2024-01-21	3	78.40	active
19785	285	2024-01-22	4	78.50	closed
19786	286	2024-01-23	5	78.60	active
19787	287	2024-01-24	6	78.70	active
19788	288	2024-01-25	7	78.80	closed
19789	289	2024-01-26	8	78.90	active
19790	290	2024-01-27	9	79.00	active
19791	291	2024-01-28	1	79.10	closed
19792	292	2024-01-29	2	79.20	active
19793	293	2024-01-30	3	79.30	active
19794	294	2024-01-31	4	79.40	closed
19795	295	2024-02-01	5	79.50	active
19796	296	2024-02-02	6	79.60	active
19797	297	2024-02-03	7	79.70	closed
19798	298	2024-02-04	8	79.80	active
19799	299	2024-02-05	9	79.90	active
19800	100	2024-02-06	1	80.00	closed
19801	101	2024-02-07	2	80.10	active
19802	102	2024-02-08	3	80.20	active
19803	103	2024-02-09	4	80.30	closed
19804	104	2024-02-10	5	80.40	active
19805	105	2024-02-11	6	80.50	active
19806	106	2024-02-12	7	80.60	closed
19807	107	2024-02-13	8	80.70	active
19808	108	2024-02-14	9	80.80	active
19809	109	2024-02-15	1	80.90	closed
19810	110	2024-02-16	2	81.00	active
19811	111	2024-02-17	3	81.10	active
19812	112	2024-02-18	4	81.20	closed
19813	113	2024-02-19	5	81.30	active
19814	114	2024-02-20	6	81.40	active
19815	115	2024-02-21	7	81.50	closed
19816	116	2024-02-22	8	81.60	active
19817	117	2024-02-23	9	81.70	active
19818	118	2024-02-24	1	81.80	closed
19819	119	2024-02-25	2	81.90	active
19820	120	2024-02-26	3	82.00	active
19821	121	2024-02-27	4	82.10	closed
19822	122	2024-02-28	5	82.20	active
19823	123	2024-02-29	6	82.30	active
19824	124	2024-03-01	7	82.40	closed
19825	125	2024-03-02	8	82.50	active
19826	126	2024-03-03	9	82.60	active
19827	127	2024-03-04	1	82.70	closed
19828	128	2024-03-05	2	82.80	active
19829	129	2024-03-06	3	82.90	active
19830	130	2024-03-07	4	83.00	closed
19831	131	2024-03-08	5	83.10	active
19832	132	2024-03-09	6	83.20	active
19833	133	2024-03-10	7	83.30	closed
19834	134	2024-03-11	8	83.40	active
19835	135	2024-03-12	9	83.50	active
19836	136	2024-03-13	1	83.60	closed
19837	137	2024-03-14	2	83.70	active
19838	138	2024-03-15	3	83.80	active
19839	139	2024-03-16	4	83.90	closed
19840	140	2024-03-17	5	84.00	active
19841	141	2024-03-18	6	84.10	active
19842	142	2024-03-19	7	84.20	closed
19843	143	2024-03-20	8	84.30	active
19844	144	2024-03-21	9	84.40	active
19845	145	2024-03-22	1	84.50	closed
19846	146	2024-03-23	2	84.60	active
19847	147	2024-03-24	3	84.70	active
19848	148	2024-03-25	4	84.80	closed
19849	149	2024-03-26	5	84.90	active
19850	150	2024-03-27	6	85.00	active
19851	151	2024-03-28	7	85.10	closed
19852	152	2024-03-29	8	85.20	active
19853	153	2024-03-30	9	85.30	active
19854	154	2024-03-31	1	85.40	closed
19855	155	2024-04-01	2	85.50	active
19856	156	2024-04-02	3	85.60	active
19857	157	2024-04-03	4	85.70	closed
19858	158	2024-04-04	5	85.80	active
19859	159	2024-04-05	6	85.90	active
19860	160	2024-04-06	7	86.00	closed
19861	161	2024-04-07	8	86.10	active
19862	162	2024-04-08	9	86.20	active
19863	163	2024-04-09	1	86.30	closed
19864	164	2024-04-10	2	86.40	active
19865	165	2024-04-11	3	86.50	active
19866	166	2024-04-12	4	86.60	closed
19867	167	2024-04-13	5	86.70	active
19868	168	2024-04-14	6	86.80	active
19869	169	2024-04-15	7	86.90	closed
19870	170	2024-04-16	8	87.00	active
19871	171	2024-04-17	9	87.10	active
19872	172	2024-04-18	1	87.20	closed
19873	173	2024-04-19	2	87.30	active
19874	174	2024-04-20	3	87.40	active
19875	175	2024-04-21	4	87.50	closed
19876	176	2024-04-22	5	87.60	active
19877	177	2024-04-23	6	87.70	active
19878	178	2024-04-24	7	87.80	closed
19879	179	2024-04-25	8	87.90	active
19880	180	2024-04-26	9	88.00	active
19881	181	2024-04-27	1	88.10	closed
19882	182	2024-04-28	2	88.20	active
19883	183	2024-04-29	3	88.30	active
19884	184	2024-04-30	4	88.40	closed
19885	185	2024-05-01	5	88.50	active
19886	186	2024-05-02	6	88.60	active
19887	187	2024-05-03	7	88.70	closed
19888	188	2024-05-04	8	88.80	active
19889	189	2024-05-05	9	88.90	active
19890	190	2024-05-06	1	89.00	closed
19891	191	2024-05-07	2	89.10	active
19892	192	2024-05-08	3	89.20	active
19893	193	2024-05-09	4	89.30	closed
19894	194	2024-05-10	5	89.40	active
19895	195	2024-05-11	6	89.50	active
19896	196	2024-05-12	7	89.60	closed
19897	197	2024-05-13	8	89.70	active
19898	198	2024-05-14	9	89.80	active
19899	199	2024-05-15	1	89.90	closed
19900	200	2024-05-16	2	90.00	active
19901	201	2024-05-17	3	90.10	active
19902	202	2024-05-18	4	90.20	closed
19903	203	2024-05-19	5	90.30	active
19904	204	2024-05-20	6	90.40	active
19905	205	2024-05-21	7	90.50	closed
19906	206	2024-05-22	8	90.60	active
19907	207	2024-05-23	9	90.70	active
19908	208	2024-05-24	1	90.80	closed
19909	209	2024-05-25	2	90.90	active
19910	210	2024-05-26	3	91.00	active
19911	211	2024-05-27	4	91.10	closed
19912	212	2024-05-28	5	91.20	active
19913	213	2024-05-29	6	91.30	active
19914	214	2024-05-30	7	91.40	closed
19915	215	2024-05-31	8	91.50	active
19916	216	2024-06-01	9	91.60	active
19917	217	2024-06-02	1	91.70	closed
19918	218	2024-06-03	2	91.80	active
19919	219	2024-06-04	3	91.90	active
19920	220	2024-06-05	4	92.00	closed
19921	221	2024-06-06	5	92.10	active
19922	222	2024-06-07	6	92.20	active
19923	223	2024-06-08	7	92.30	closed
19924	224	2024-06-09	8	92.40	active
19925	225	2024-06-10	9	92.50	active
19926	226	2024-06-11	1	92.60	closed
19927	227	2024-06-12	2	92.70	active
19928	228	2024-06-13	3	92.80	active
19929	229	2024-06-14	4	92.90	closed
19930	230	2024-06-15	5	93.00	active
19931	231	2024-06-16	6	93.10	active
19932	232	2024-06-17	7	93.20	closed
19933	233	2024-06-18	8	93.30	active
19934	234	2024-06-19	9	93.40	active
19935	235	2024-06-20	1	93.50	closed
19936	236	2024-06-21	2	93.60	active
19937	237	2024-06-22	3	93.70	active
19938	238	2024-06-23	4	93.80	closed
19939	239	2024-06-24	5	93.90	active
19940	240	2024-06-25	6	94.00	active
19941	241	2024-06-26	7	94.10	closed
19942	242	2024-06-27	8	94.20	active
19943	243	2024-06-28	9	94.30	active
19944	244	2024-06-29	1	94.40	closed
19945	245	2024-06-30	2	94.50	active
19946	246	2024-07-01	3	94.60	active
19947	247	2024-07-02	4	94.70	closed
19948	248	2024-07-03	5	94.80	active
19949	249	2024-07-04	6	94.90	active
19950	250	2024-07-05	7	95.00	closed
19951	251	2024-07-06	8	95.10	active
19952	252	2024-07-07	9	95.20	active
19953	253	2024-07-08	1	95.30	closed
19954	254	2024-07-09	2	95.40	active
19955	255	2024-07-10	3	95.50	active
19956	256	2024-07-11	4	95.60	closed
19957	257	2024-07-12	5	95.70	active
19958	258	2024-07-13	6	95.80	active
19959	259	2024-07-14	7	95.90	closed
19960	260	2024-07-15	8	96.00	active
19961	261	2024-07-16	9	96.10	active
19962	262	2024-07-17	1	96.20	closed
19963	263	2024-07-18	2	96.30	active
19964	264	2024-07-19	3	96.40	active
19965	265	2024-07-20	4	96.50	closed
19966	266	2024-07-21	5	96.60	active
19967	267	2024-07-22	6	96.70	active
19968	268	2024-07-23	7	96.80	closed
19969	269	2024-07-24	8	96.90	active
19970	270	2024-07-25	9	97.00	active
19971	271	2024-07-26	1	97.10	closed
19972	272	2024-07-27	2	97.20	active
19973	273	2024-07-28	3	97.30	active
19974	274	2024-07-29	4	97.40	closed
19975	275	2024-07-30	5	97.50	active
19976	276	2024-07-31	6	97.60	active
19977	277	2024-08-01	7	97.70	closed
19978	278	2024-08-02	8	97.80	active
19979	279	2024-08-03	9	97.90	active
19980	280	2024-08-04	1	98.00	closed
19981	281	2024-08-05	2	98.10	active
19982	282	2024-08-06	3	98.20	active
19983	283	2024-08-07	4	98.30	closed
19984	284	2024-08-08	5	98.40	active
19985	285	2024-08-09	6	98.50	active
19986	286	2024-08-10	7	98.60	closed
19987	287	2024-08-11	8	98.70	active
19988	288	2024-08-12	9	98.80	active
19989	289	2024-08-13	1	98.90	closed
19990	290	2024-08-14	2	99.00	active
19991	291	2024-08-15	3	99.10	active
19992	292	2024-08-16	4	99.20	closed
19993	293	2024-08-17	5	99.30	active
19994	294	2024-08-18	6	99.40	active
19995	295	2024-08-19	7	99.50	closed
19996	296	2024-08-20	8	99.60	active
19997	297	2024-08-21	9	99.70	active
19998	298	2024-08-22	1	99.80	closed
19999	299	2024-08-23	2	99.90	active
20000	100	2024-08-24	3	0.00	active
\.


--
-- Data for Name: payment; Type: TABLE DATA; Schema: sales; Owner: toc_owner
--

COPY sales.payment (id, invoice_id, amount) FROM stdin;
1001	1	2.50
1002	2	5.00
1003	3	7.50
1004	4	10.00
1005	5	12.50
1006	6	15.00
1007	7	17.50
1008	8	20.00
1009	9	22.50
1010	10	25.00
1011	11	27.50
1012	12	30.00
1013	13	32.50
1014	14	35.00
1015	15	37.50
1016	16	40.00
1017	17	42.50
1018	18	45.00
1019	19	47.50
1020	20	50.00
1021	21	52.50
1022	22	55.00
1023	23	57.50
1024	24	60.00
1025	25	62.50
1026	26	65.00
1027	27	67.50
1028	28	70.00
1029	29	72.50
1030	30	75.00
1031	31	77.50
1032	32	80.00
1033	33	82.50
1034	34	85.00
1035	35	87.50
1036	36	90.00
1037	37	92.50
1038	38	95.00
1039	39	97.50
1040	40	100.00
\.


--
-- Name: customer_id_seq; Type: SEQUENCE SET; Schema: core; Owner: toc_owner
--

SELECT pg_catalog.setval('core.customer_id_seq', 299, true);


--
-- Name: employee_audit_n_seq; Type: SEQUENCE SET; Schema: core; Owner: postgres
--

SELECT pg_catalog.setval('core.employee_audit_n_seq', 6, true);


--
-- Name: employee_id_seq; Type: SEQUENCE SET; Schema: core; Owner: toc_owner
--

SELECT pg_catalog.setval('core.employee_id_seq', 50, true);


--
-- Name: ticket_seq; Type: SEQUENCE SET; Schema: core; Owner: toc_owner
--

SELECT pg_catalog.setval('core.ticket_seq', 6405, true);


--
-- Name: unused_seq; Type: SEQUENCE SET; Schema: core; Owner: postgres
--

SELECT pg_catalog.setval('core.unused_seq', 42, false);


--
-- Name: order_stats_batch_seq; Type: SEQUENCE SET; Schema: sales; Owner: toc_owner
--

SELECT pg_catalog.setval('sales.order_stats_batch_seq', 1, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: toc_owner
--

SELECT pg_catalog.setval('sales.orders_id_seq', 20000, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('4343001', 131072);
SELECT pg_catalog.lowrite(0, '\x6120736d616c6c206c61726765206f626a656374');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('4343002', 131072);
SELECT pg_catalog.lowrite(0, '\xc4ca4238a0b923820dcc509a6f75849bc81e728d9d4c2f636f067f89cc14862ceccbc87e4b5ce2fe28308fd9f2a7baf3a87ff679a2f3e71d9181a67b7542122ce4da3b7fbbce2345d7772b0674a318d51679091c5a880faf6fb5e6087eb1b2dc8f14e45fceea167a5a36dedd4bea2543c9f0f895fb98ab9159f51fd0297e236d45c48cce2e2d7fbdea1afc51c7c6ad26d3d9446802a44259755d38e6d163e8206512bd43d9caa6e02c990b0a82652dcac20ad4d76fe97759aa27a0c99bff6710c51ce410c124a10e0db5e4b97fc2af39aab3238922bcc25a6f606eb525ffdc569bf31c7ff062936a96d3c8bd1f8f2ff3c74d97b01eae257e44aa9d5bade97baf70efdf2ec9b086079795c442636b55fb6f4922f45568161a8cdf4ad2299f6d231f0e3dad99908345f7439f8ffabdffc498f13708210194c475687be6106a3b843c59dc048e8850243be8079a5c74d079b6d767d2f8ed5d21a44b0e5886680cb937693cfc748049e45d87b8c7d8b9aacd1ff1de774005f8da13f42943881c655f8e296a067a37563370ded05f5a3bf3ec4e732ced3463d06de0ca9a15b615367702e74f10e0327ad868d138f2b4fdd6f033e75ff09dd601bbe69f3510391521896ea9ab1baa0efb9e19094440c317e21b34173cb38f07f89ddbebc2ac9128303fc16a5320fa475530d9583c34fd356ef56364d3f0f495b6ab9dcf8d3b5c6e0b01182be0c5cdcd5072bb1864cdee4d3d6ee369853df766fa44e1ed0ff613f563bd1c383cd30b7c298ab50293adfecb7b1819ca14e7ea6328a42e0eb13d585e4c22a5bfc9e07964f8dddeb95fc584cd965da5771bce93e200c36f7cd9dfd0e5deaad67d8ab4f4c10bf22aa353e27879133cd645920e395fedad7bbbed0eca3fe2e03416a75f4cea9109507cacd8e2f2aefca1d0c6e83f027327d8461063f4ac58a617e62166fc8586dfa4d1bc0e1742c08bf7177163c833dff4b38fc8d2872f1ec66c8349cc7260ae62e3b1396831a8398fd9d4f495e875a2e075a1a4a6e1b9770f67c6a1e7ce56d3d6fa748ab6d9af3fd7642e92efb79421734881b53e1e1b18b6f457c545a9ded88f18ecee47145a72c0c0c7c76d30bd3dcaefc96f40275bdc0a2838023a778dfaecdc212708f721b7889a1158154dfa42caddbd0694a4e9bdc8d82c8d1619ad8176d665453cfb2e55f0a684eceee76fc522773286a895bc8436b53b3a3d6ab90ce0268229151c9bde119f61408e3afb633e50cdf1b20de6f46672b32a1f754ba1c09b3695e0cb6cde7f66f041e16a60928b05a7e228a89c3799093f65e080a295f8076b1c5722a46aa2072b030ba126b2f4b2374f342be9ed447f39f8317fbdb1988ef4c628eba0259144f683a84163b3523afe57c2e008bc8c03afdbd66e7929b125f8597834fa83a4ea5d2f1c4608232e07d3aa3d998e5135fc490ca45c00b1249bbe3554a4fdf6fb3295c76acbf4caaed33c36b1b5fc2cb1735b90b4568125ed6c3f678819b6e058a3f390d88e4c41f2747bfa2f1b5f87db14bfa6bb14875e45bba028a21ed380467cbbc409ec990f19c78c75bd1e06f215e2c420d928d4bf8ce0ff2ec19b37151432bb90e8976aab5298d5da10fe66f21dd2ddea18f00665ce8623e36bd4e3c7c5ad61ab143223efbc24c7d2583be69251d09bf41544a3365a46c9077ebb5e35c3fbd7939d674997cdb4692d34de8633c428dd2c7955ce926456240b2ff0100bde35f4a8d465e6e1edc05f3d8ab658c551d1fe173d08e959397adf34b1d77e88d7f033ab37c30201f73f142449d037028d43ec517d68b6edd3015b3edc9a11367b9778d5d219c5080b9a6a17bef029331cfe9fc289c3ff0af142b6d3bead98a92368d30a9594728bc39aa24be94b319d213ef815416f775098fe977004015c619393db85ed909c13838ff95ccfa94cebd9c7e1249ffc03eb9ded908c236bd1996d2a38a4a9316c49e5a833517c45d310707647966b7343c29048673252e490f7368613985ec49eb8f757ae6439e879bb2a54229abfcfa5649e7003b83dd475529492cc227532d17e56e07902b254dfad1098dce83da57b0395e163467c9dae521bf4b9ec30ad9f68f89b29639786cb62ef812b4ba287f5ee0bc9d43bbf5bbe87fb26657d5ff9020d2abefe558796b99584e2ef524fbf3d9fe611d5a8e90fefdc9ced3d2c21991e3bef5e069713af9fa6caac627ab1ccbdb62ec96e702f07f6425bf899139df5e1059396431415e770c6dd38b3eff8baf56627478ec76a704e9b52ec8956637a99787bd197eacd77acce5e6974ce5ac660610b44d9b9fed0ff9548c9e1074f5b3f9fc8ea15d152add0729465b9eea6e1cc6bb9f0cd2a47751a186ff0935e4cd5920aa6c7c996a5ee53a70fa97da629b098b75c294dffdc3e463904a3c65c2974270fd093ee8a9bf8ae7d0b2723d092b63885e0d7c260cc007e8b9d5f93f983524def3dca464469d2cf9f3e698d51a19d8a121ce581499d7b7016687f6ffaa6bb0b408017b62254211691b573278a4a86960eeb576a8fd4c9ec69975fd0b37cd7dbbb00f97ba6ce92bf5add2b44928ae11fb9384c4cf38708677c48c45147dee729311ef5b5c3003946c48feb160de1de89d9058fcb0b968dbbbd685ef059938ba799aaa845e1c2e8a762bd07e1cd7dca89a1678042477183b7ac3fda4fb5c6e93e74d3df8527599fa626424c56ff4ce4aaf9573aa5dff913df997aa0a080f42e6f13b3a2df133f073095dd202cb962ac59075b964b07152d234b70c8ffe9a587b126f152ed3d89a146b4453def184ad8f4755ff269862ea77393dd069059b7ef840f0c74a814ec9237b6ecec5decca5ed3d6b8079e2e7e7bacc9f276dc611d6ebaafc66cc0879c71b5db5cd1f491a404d6854880943e5c3cd9ca259b8619251a19057cff70779273e95aa61afa34a7f984eeabdbb0a7d494132ee565ded5353c5ee48d0b7d48c591b8f4309fc3d7152ba9336a670e36d0ed79bc4302522a2b2726fb0a03bb19f2d8d9524d7f1de29e6da19d22b51c68001e7e0e5442a0e188f5033bc65bf8d78622277c4e3988c7f88ebcb58c6ce932b957b6f332013d407166ec4fa56eb1e1f8cbe183b9e00da03b685a0dd18fb6a08af0923de01385974ed5904a438616ff7bdb3f74390f28b5d49b3020afeecd95b4009adf4ca8baa56554f96369ab93e4f3bb068c22903ce9225fca3e988c2af215d4e544d30a09c8844ba8f0936c20bd791130d6b62b24d495052a8ce66358eb576b8912c8a5e00132373a7031000fd987a3c9f87b8d5e957f297893487bd98fa830fa641347d1e990583c9c67424d369f3414728ef2217062e9a397a1dca429e7d70bc6ca7ef605fc8dba5425d6965fbd4c8fbe1fa8f15eda80c50adb0e71943adc8015cf37a749d808e46495a8da1e5352d03caeb3e3e393c77e35a4a3f3cbd1e429b5dc1d7f7abc18fcb43975065399b0d1e48e2a79ea27c279e471f4d180b08d62b00a1c9ac0159c94d8d0cbedc973445af2da6c4b761a28b734fe93831e3fb400ce8706409663226af2f3114485aa4e0a23b4140f6969d5213fd0ece03148e62e461eb73ce398c39f506af761d2277d853a92bd4c9ab730f5513206b999ec0d90d1fb82aa4b0af34c2313a562076992e50aa30777d5c17d4066b82ab86dff8a46af6ffa7cdfad1a5aaf8370ebeda47a1ff1c39766527f2b5d3e95d4a733fcfb77bd7e7e7757b1e12abcb736ab9a754ffb617a5878a7ab84fb43402106c575658472fa006f52e9102a8d3be2fe5614f42ba9893636638817772e42b59d74cff571fbb3149e9677a5989fd342ae44213df68868a4a042cf4fd6bfb47701cbc8a1653ada1ff8a7b5dc7a7d1f0ed65aaa29c04b1ef7e6c85504ce6e82442c770f7c8606f0bf8229696f7a3bb4700cfddef19fa23f82161242827b703e6acf9c726942a1e438af86134b65d0f10fe33d30dd76442e96da2f590cd7246bbde0051047b0d6f78f85517967795eeef66c225f7883bdcb8f53295a73878494e9bc8dd6c3c7104f045117b0e0a11a242b9765e79cbf113ffc221309746013ac554571fbd180e1c84c5bde74a8f110656874902f07378009cedebb6e872f539bef8c3f919874e9d76cdd60ea0045eb7a6ec44c54d29ed402eecca5b6365d9607ee5a9d336962c5349872ed9fc22fc182d371c3e9ed31609431fefc0e570cb3860f2a6d4b38c6490d9dcb88e0137649590b755372b040afada2557a7b2e94197ff767970b67041697cfecdb276f634854f3ef915e2e980c310aa1883c6411f7873cb83dacb17b0afc58a2fc6ed39fd083f55d4182bf88826dbd686fd640be98efaae0091fa301e613a597e50502f5ff68e3e25b9114205d4a0336dcbab05b9d5ad24f4333c7658a0e084b6fbb10729ed4da8c3d3f5a3ae7c985d8ce590ad8981ca2c8286f79f599540e65972dce68dad4d52d063967f0a70584d9ee44e457ddef7f2c4f25dc8fa8653644a684f98ea8fe223c713b77189a77757b505cfd34c64c85ca5b5690ee5293854d6fae5ee42911677c739ee1734486e2c0be24560d78c5e599c2a9c9d0bbd2274ad4786c3abca69fa097b85867d9a4eae27d77ca20db309e056e3d2dcd7d697eabe3a1649ffa2b3ff8c02ebfd5659f69adc1e107f7f7d035d7baf04342e1ca091d584fced301b442654dd8c23b3fc9b1d10e7bafa4421218a51b1e1f1b0ba26f3ef77ac0e3619e98159e9b6febf557eb163727917cbba1eea208541a643e741534b76d325a8f591b52d302e7181331979d472a84804b9f647bc185a877a8b5ca46c1b9512a7a8315fa3c5a946e82653b8a614226a953a8cd9526fca6fe9ba545fbc6d3e05ebd93369ce542e8f2322d63dc7ed1010d3c3b8269faf0ba7491d4e96ed478dab8595a7dbda4cbcbee168fc0e190d8267e36708f955d7ab048990dec8ce6abb3e952a85b8551ba726a1227060ad92489947d410d897474079c1477bcbe3365e6ac95ea2c0343a2395834dd115f89503138416a242f40fb7d7f338e13fe9d84310e77f13a6d184dbf1232f3d1c38a09acc34845c6be3a127a5aacaf9cfdf10e8fc047a44b08ed031e1f0ed1705f2172834666788607efbfca35afb374db120f0a8e5646ef5a30154e9f6deb57aeee35c98205091e18d1140e9f38cf6da9003b743b65f4c0ccd295cc484e579b04d152845ec0a378394003c96da594be83ab3ecd0db773eb2dc1b0a17836a1e165421110ba03099a1c0393373c5b43289dff07669d7a23de0ef88d2f7129e7577ef1154f3240ad5b9b413aa7346a1e01161aaa0b6d1345dd8fe4e481144d84539fd53b59e3bb12d203f45a912eeaf2ac1dd209cbcc5e5d1c6e28598e8cbbe8555d6702c950ecb729a966504af0a635335f5352088d7d9bf74191e006d8e24cf340f1b1f65b6df5b5e3f94d95b11dafe4a6222cdb5b34375400904f03d8e6a5cb70ab375662576bd1ac5aaf16b3fca49188905e74c28e489b44e954ec0b9bca0266e33d3f546cb5436a10798e657d9738db3aed920cf82ab059bfccbd02be6a3cec07e9ba5f5bb252d13f5f431e4bbb621bf66ddb7c962aa0d22ac97d69b793077e29b11be80ab57e1a2ecabb7da3306c9882bbac1c7093bd2504188127765819f3cd308f1455b3fa09a282e0d496f403c6b06952c750899bb03d998e631860c24cd76e1ce41366a4bbe8a49b02a028c52f1bd66cc19d05628bd8bf27af3ad6fe131d7f5a6b38b23cc967316c13dae2f718499c1c8cef6730f9fd03c8125cabd96409bf894217686ba124d7356686c9502e4a16930e414107ee22b6198c578fcfa0860e83a4c3a763a7e62d825349f7a4f23670e1833f3fdb077ca70bbd5d66b1a59b315fc9a3002ce38bbe070ec3f536660e59856b4de58a219bcf4e27eba38c19f571e251e61cb8dd3612f26d5ecfd6baf65e0b240ce177cf70da146c8dc8e56954b4f6347e897f954495eab16a88f7664060cc52bc6f3d620bcedc94a4b6eda80a3d5b344bc40f3bc04f65b7a3578f121ce07d74717e0b1f21d122e0452106138bc5af6023646ede0e1f7c1eac7539059724f73a9969845dfe4146c5660e7f100b7b36092fb9b06dfb4fac3609317a614fd06c325499f1680b9896beedeb4734ba6f3de83d861c3176a6273cac6dd947bf06a885db0d477d707121934ff863923f49e5241343aa7acb6a06a751e7db8e1af0cb3aca1ae2d001862420452920f07591c6fcb220ffe637cda29bb3f607cdfd23373b17c6b337251c22b7ea57d395771085aab05244a4fb8fd91bf4ee92c8c96e4c37100777c7190b76d28233e3796ae838835da0b6f6ea37bcf8bcb76a9aeddfc689c1d0e3b9ccc3ab651bc50f49c89d1e7298bb9930789c8ed59d4846ba9f2a6976570b0353203ec44742170e01938fc48a2cfb5f2217fbfb00722d16a5cdae362b8d27a1d8f8c7b78b4330918317b57931b6b7a7d29490fe5ec9f948aedb8880cab8c45637abc7493ecddd839ab46820b524afda05122893c2fe8ef90f2aca5c640289d0a29417bcb63a379c838d2e45b2ad1094d42f4ef36764f61700002963a49da13542e0726b7bb75853c3bce66e43be4f209556518c2fcb546883966fd8f918a4aa29be29d2c386fb49182f81e6a13cf5eaa496d51fea6406d296c101daa88a51f6ca8cfc1ac79b509fd81843ad7f202f26c1a174c735758526e359e83860db1d11b6acca57d8ea88ef0d3930a7b6c95bd2b32ed45989c61f94f6d7e04a4d452035300f18b984988c34ed066df378efacc9b924ec161e7639577bcc914f9e55d5e4e4f82f9f00e7d411b9842e0a271ff252c1903e7132cd6837bc2f75bf1bcfe8450a1a41c200364c496e05e1aea0a9c4655800e8a7b9ea28b2eb7349035754953b57a32e2841bda58e98d81f8217304975ccb23337bb5761a8c88a0055f636e4a163a5e3d16adab7eddea82ad2755b24c4e168c5fc2ebd4006eb61b839a0cefee4967c67ccb099dc9dfcd5e558dfa04aaf37f137a1d9d3e5950a4152c2b4aa3ad78bdd6b366cc179158f3069a435b314a80bdcb024f8e422758874998f5bd0c393da094e1967a72bad13a2a07ca4b7642959dc0c4c740ab63fe94a002317b5f9259f82690aeea4cd5b8add2a5d98b1a652ea7fd72d942dac432aca3a1e345e339f35a30c8f65edce8d3bba7425e7c98c50f52ca1b52d3735320722549d1751cf3f247855f937b982caf1a3dfb505ffed0d024130f58c5cfa5737c6ec2e0716f3d8a7a5c4e0de0d9abc6dc48b743dc5d013b1abaebd2faed2f2fc990265c712c49d51a18a32b39f0c89f0fd5c927d466d6ec9a21b9ac34ffaa666587afda6e89aec274a3657558a27b83aac23b9528732c23cc7352950e880cd00692c3bfe59267d5ecfac5310286c6faa8040da20ef399b63a72d0e4ab575fe73f687e5bc5280214e0486b273a5f96da37dd3139aa4d9aa55b8d237ec5d4ac042f4db68f23406c6cecf84a7ebb0fe310dcbbf4cce62f762a2aaa148d556bd2f2b265625d76a6704b08093c652fd79f9b902fc3289af4dd08de5d1de54f68f6855456e2fe46a9d49d3d3af4f57443d357a6fdf7642bf815a88822c447d9dc4819f46e52c25763a55cc64242264431704025959b191f8f9de3f924f0940515f40008b9a5380fcacce3976bf7c08af5b3dd48ab31d016ffcbf3314df2b3cb9ce58238e9ae2dd305d79c2ebc8c18834223ad7c2ebb96fcba7cda0cf54a2e802f5b3967a0e938dc2a6340e258630febd5ad81f9c1be2e08964bf9f24b15f0e490013f9896df61279c928f19721878fac41c5ff2543b53f4cc0ad3819a36752467b01386bd6d8e091c2ab4c7c7de644d37b0bb4aec1710521c12ee76289d94408179de6d14fff9806d4bcd1ef555be766cdefe937780e95574250dabe07151bdc23371bce7dc83817b7893bcdeed13799b5138bb0696595b338afbab333c555292a8dd48d6a2e2cad213179a3992c0be53c82cec96096d4281b7c95cd7e746234966c524f9d5d7027454a783c841250ba71fb7b9ffa5462084c5f4e7e85a093e6d7aa942ab2bfa6ebda4840e7360ce6e7efc058f544c737782deacefa532d9add4ce7b24b112a44fdd9ee93bdf998c6ca0e52720e003547c70561bf5e03b95aa99fc3e878e27f52e2a57ace4d9a76fd9acf00411460f7c92d2124a67ea0f4cb5f85bac9162b47c56fc8a4d2a519803d51b39be40cee5b0eee1462c82c6964087ff95ef698cd9fe650923ea331c15af3b16005049e90fa4f5039a8cadc6acbb4b2cccf004fdc76fa1a4f25f62e0eb5261ca30c74b7f78409a4022a2c4c5a5ca3ee19d709f38ef758b5066ef31b18039b8ce541f1f19176d383480afa65d325c06ed024b16fede9a67c9251d3e7c7161c83acffd52f3c7e12435a724a8f30fddadd9cad972f10e0800b49d76fed33a21f6698f61d6947467ccd3aa5af24db320235dd142949df56ea8ae0be8b5306971900a4d34ab169b70c9dcd35e62896010cd9ff8bf1211fd4b7b94528899de0a43b9fb3a02ffd91ece5e7efeb46db8f10a74059bca82e41ee7b0833588399b1fcd177c700ec53c4682d36f5c4359f4ae7bd7ba14f6ffe13a5d75b2d6a3923922b3922e5beed13602b9b0e6ecb5b568ff5058f070584ce565c824b7b7f50282d9a19945bdc912a253d1e9ba40e2c597ed237664039461a19e9eddfb385ea76b26521ea488efb100a295c0c690931222ff4467bb8d9fc5b73a8d78fad3d6dffe419384e70c86a7ee3d8ef0b551ed58e354a836f2ba01a0380ca3c61428c26a231f0e49a095a4b25aaed25c2ee1b74de72dc03c14ef73b76ce8949fe29bf2a537cfa420e8f70c639df5e30bdee440e4cdf599fec2b28f0b864598a1291557bed248a998d4e1543843a4723ed2ab08e18053ae6dc5bf8c1f23d6a8d8d7904fc0ea8e066b3bbe46de7e1bcaaced9a54f1e9d0d2f800db7b16ecf8ca53723593894116071700c352fe25daf686bdb4edca223c921acea18d8042386b79e2c279fd162df0205c8816b112c6105b3ebd537828a39af481869cb3ea317a32c4e6143e665fdb20b14bbf94b34eb32268ada57a3be5062fe7d4f4adcbf8c6f66dcfc8a3282ac2bf10abbcbff5c1f1ded46c25d28119a85c6c28cb22bdd0b7ba1ab13d742e22eed8da2f4f6dce2f3a0f9dada0c2b5b664520170d0fd7c6e093f7b804fa0150b875b868a96b65a721e561e1e3de768ac819ffbb1068c6e4c8051cfd4e9ea8072e3189e217d63b1625c816c22647a73e1482372bb9228e0962a78b84f3d5d92f4faa000b0deb1c54814305ca9ad266f53bc8251166808e327dc79d135ba18e051673d90642e7aaa88b48137a16a1acd04ed911258fe0093bb30d6f8c31474bd0764e6ac041ae36ecb9b3eee609d05b90c14222fbd1f255a373a3cef72e03aa9d980c7eca7eacb532570ff6858afd2723755ff790b6f0479ae87d244975439c6124592772e0c641195b27425bb056ac56f8953d24f85454e8279be180185cac7d243c5eb3faa9afea49ef2ff029a833cccc778fd03c7781a36bcd6cf08c11a970fbe0e2a625b2822c2f5a3230abfadd476e8b04c96ecbdd6ec859d284dc13885a37ce8d8118997733ec258a9fcaf239cc55d533638d7d8ee069cb0cbbf816bbb65d56947e75fc093c0ee742f6dddaa13fff98f104f74909ace68e51891440e4da0b65a70c66368270ffd51418ec58bd793f2d9b1b248e844336797ec98478f85e7626de4a019d385eb67632a7e958e23f24bd07d7a49e9411d64ff53eccfdd09ad10a15b3ddb30680a691d157187ee1cf9e896d032421fcb1263b9530df88f7f002e78ea5fccb60fb512d13df5083790d64c4d5dd1651cf0d2f737d7adeab84d339dbabd3eed5af6add95a9a6f1252739b1ad8c24a8abb4bb284b5b27aa7cb790dc20f80b15d4e891d784977cacbfcbb00c48f133c203d8a151612acf12457e4d67635a9513f3cf8c531952d72e5847c4183e6910550a141f12de6341fba65b0ad043350067f7fb873eaf29526a11a9b7ac33bfac1a5b1e4daae265b790965a275b53ae509a96876e2f8f3dc4f3cf45f02c61c0c19b70e8fe62e40c570a322f1b0b659098d61e4bbd6393c9111e6526ea173a7c8bf5f8590cd58a54e94377e6ae2eded4d9941e1aaaba585b952b62c14a3a175a619431c87f273e507e6040fcb07dcb450949ae49a23f67c759bf4fc791ba842aa2e44fea3bec53bcea3b7513ccef5857ac821fa74b50ba3f7cba1e6c53e8fa6845250cf8b51c773f3f8dc8b4be867a9a0242998cf32d552343bc8e460416382dcad07e70efcfab08731a97e7b91be644de7fe1f8abaad094e0b5cb1b01d712f70898b297950041a42470269d56260243a10353ab4cbed5beae847a7ff6e220b5cf51d92be1c60d1db1d2e5e7a07da55b26428fca9bc1921c25c5121f9da7815cdef1b6f2857fb6d44dd73c7041e0aa0f1968ce199ec2c5517597ce0a4d89620f55e836d813fd184325132fca8edcdfb40eab817c9349cf9c4f6877e1894a1faa00877a9ba7a98f75b90a9d49f53f15a858dc6a6489640ca02b0d42dabeb8e46bb726337353b7962f533d78c762373b33188e6b42f1644ecb1327dc03ab345e618bef575e8837d065a1683c022d2077d3422050e03ca119580f74cca14cc6e9746225ddc0f8c9d3e22e03d3076f98d83cb25ef0b4eba35ab2d6180b0bca7e46b6f9598b3e71ec378bd83e0a727608b5db0174071a673307ca7459bcf75fbd024e09cfee398643cbc3dc5eefc89334cacdc1d18f655c3fce66ca401d5f38b48c89af6ea2ef7311b482724a9b7b0bc0dd85c69461cce28ebe3e76fb4b931c35a169b0f770b62bc8f42a0b66751fe636fc6eb0e1e32e235eee1f970470a3a6658dfdd5eba0dc302bcd9a273f8bbb72be3a687b218a0aefd1d1a4be65601cc6ddc1520e7d04bbbe5494ae9d2f5a76aa1c00fa2fa516a87cfcaef229b342c437fe2b95f7c3c59e5f8b3e9753913f4d435b53c308854d9fca60b4bd07f9bb215d59ef5561c410003ef13d451727aeff9082c29a5c559cb990c9dffd8675f6bc2186971dc255a7cf9c71f1c9c495413f934dd1a1582f55707d4193dc27118a0f19a19857161be3bc32e6564055d5ca3e5a354acbef35051070e572e47d2c26c241ab88307fb534ba68236ba543ae44b22bd110a1d67380ad8a673226ae47fce7bff88e9c3305f971b5ec196b8c65b75d2ef82673313cf166c6b73f030b4f67eeaeba301103cee631121c2ec9232f3a2f028ad5c89b5b69b9cb83065d403869739ae7f0995eb5b41fac0361d157d9673ecb926af5ae285e19f20beded7d215102b49d5c09a0b337e84de8752b27eda3a12363109e80e8c0653fea13f91bf3c48159f7c24f78ff4d5fbbafdf976cfdc032e3bde78de52d6cc4b2d139a53512fb8cbb3086ae2e389bc7bb1e1c2a5e7e147703232a88f6e2230b853516e7b05d79744fbd4c9c13087408522c31eeb1f982bc0eaf81d35fa760880003e7ddedfef56acb3b09697f10a7cdd970fe135cf4f7bb55c0e3b59f3dc4876f3f08201c7c76cb71fa1da43959b90e1005a220e2ebc542eb9d950b1e2b8a61594b1f4c4db0902a8a395ced93f3f27a324736617f20abbf2ffd806f6d38913e1d6a7b94cb0f55994f679f5956ebd9629fc3ae5e9f6611e2ee05a31cef63538fe6ef330c13a05a3ed7e599d5f7cf67355a3333e6e143439161adc2d82e07563a3fe3bbe7e3ba84431ad9d055af53fde96fcc4b4ce72d7739202324cd492bb232c0b13c774965ef8558f0fbd615ba2fd310dcaa8781a9a652a31baf3c6869421f032498c97020180038fddb8e2485422afb467e9456013a2a51d4dff70213f320e7b5ead1024ac95c3b208610dbf4be00279ee2e0a53eafdaa94a151e2c37f0e884fbad9667e38940169d0a3c95d64a340bcb633f536d56e518742814540fcbc61acd0479dc77e3cccc0f5ffca7298f95e1bf9136124592c8d4825a06fcdf877f3865752637daa540ea9cbc474fc399862d3b9d6b76c8436e924a68c45b33e8075e9970de0cfea955afd4644bb265658fde58ab3c2b6e5132a39fae7cb95ea1649a31336092c05438df996a3e597bcdf75ad237b8e02e301f4091fb6bc85737034557ef5b8c02c0e46513b98f909b72e31dac81715466cd580a448cf82316c222aa19898e5058938167c8ab6c577dcd340d84f762eba80aa538b0c527f781448138f5f163ccdba4acc69819f28097e8527feaf77a97fc38f34216141515647bba344396e7c8170902bcf2e15551ed265bc903a5a097f61d3ec064d96d2ec75b6f114c23a4d7ea11331e7c00e73c8d34201a5b85900908db6cae92723617ccb1d45fb76f7c5a0bf619f979c6cf3601f78be6f7cad02658508fe4616098a97f24d240521d99071c93af3917215ef794c7bb58efc3b337800875b5d382a072f387624df552cea2f369918c5e1e12bc5e388103a391daabe3de1d76a6739ccd15de21c670ae7c3f6f3f1f37029303c911b921ef080f7736089c757404650e406e2713a6efee97bacb63e52c54f0ada01bb91f73e9d31ea2830a5e73ce3ed3283a0772443a0739141292a5429b952fe6a9a6653e48976138166de32772b1bf4058ae749f25eded36f486bc85feb3f0ab4e4b5fbbbb602b6d35bea8460aa8f8e58eefcfdf5990e441f0fb6f3fad709e211728efbda81692282ba642aafd57be3acbcb58ac2e496207586df2854b17995fdb85e2590b6109813dafa101ceb2faeb99c5e07b4d5de9d18c350cdf64c5aa3ddd458505749b2941217ddd59394240e88b16ebc056e613024c057be590b542eba86c450b76fb8c371afead6410d55534c9892a989183de32e976c6f04e700201e6b4b2a746ed40e1af829d1fa82daa10e5f6ad6ce374177eef023bf5d0c018b6f0e52b27a7a5d6a1a87373dffa53dbe5ffeabd223de0d4eacb9a3e6e53e5448da7aeed74714116f3b292a982238f83d2fde9264cf376fffe2ee4ddf4a988880da8849b052492b5106526b2331e526138258be18e31c8188555c2ff05b4d542c3069d3bb002acd8d7dd095917f9efe4cbc6e19e830859f2cb9f7c8f8cacb8d2a646922a0880a8f11f8f69cbb52b1396be9ad6aaed513b73148b7d49f70afcfb32f5deaeeae1538fb6c45901d524ee2f98a9a1d5317a33ae8cef33961c34144f84605ff764c617d3cd28dbbdd72be8f9a2766ebcd59621e305170616ba3d3dac32daca41214b39c5dc66674d09081940f030bb3825e8f631cc6075c0f87bb4978c08b255a5d42b89b0585260b6f2360bdd3493894fa4ea036cfc6433c3e2ee63b0dbe272bab69f8e13f14b405e038deb64acc3e0404646c57502b480dc052c4fe1076a0c97d09cf1a0ec3e19c7f2529f2b04ecb1fa28506ccb6f72b12c0245ddbcb2eeb7362ef83deff5c7813a67e14f0a08c5433a60135c32e34f46a71175850c6aca97005c68f1206823815f661028633435c378bb76d4357324dd7e69f3cd18d490d7b4576290fa60eb31b5fc917ad1b2f627fff19fda463cb386442eac2b3dc3992e9a68c5ae12bd18488bc579b30dd86ea612dec96096c5e0fcc8dd42ab6d9cf81d8026a9018052c429cc4e56739bc361bc7b2c033a83d663b8d9fb4be56e44c4c17332cace2124a1a836d9fc4b6fdc82d632c9fcecb0778afbc7924494a6996a7fa078cc36c46d02f9af3bef918bd7a728a67d909e714c0774e22cb806f200ac8ed3b4327bdd4ebbebcb2ba10a008ebda540cbcc4d7336496819a46a1b68f76a89f0cb91bc419542ce9fa43902dcf29c21d4897f78948b91f03172341b7b851ddf5058cf22df63d3344ad89919cf58d4d1e7b1e97b258c9ed0b37e02d0877750ca3559e5b8e1f44210283368fc165d44ee6f2c3f71b73125876103c8f6c4eb6fdc36b281b7d5eabf33396c2683a2cdc0d6e63aa8e41c89689f54970bb35fb73dfe25b4b8714c029b37a6ad3006fa85fc37b18c57097425b52fc7afbb69693871bd64012152bfb53fdf04b401193fa733fa9b25f33689e2adbe72199f0e6248ab2f9b45957ab574cf005eb8a76760233509073ed3432027d48b1a83f5fbd245645a27c4f1adc8a7a835976064a86d185c29dc24325934ee377cfda20e414c42e77b63637ab381e8be5f8318cc28a2051e4e127b92f5d98d3c79b195f2b2919cc138f8dc04cbf16240daa92d8d50e2b7bb35b9c6ca2aee2df08cf09d7016c2abd815286ba1007abfbb8415b83ae2cf26dd0dbc6e3f4c8043749885523d6a256766aa2750c19aad2fa1b32f36ed4aee6a10bbd480e4c5573d8f3af73ae0454bc5ab0bc60ac7929182aadd08703f1ec6a532400ed62e772b9dc0b86f46e583ff4c27cea8526af8cfee3be5e183ac96050f96613235062963ccde717b18f975924ffce04d92a4d6cb21c1494cdfcd6dc167e103b0761e60683e83c559be18d40c291597a100aadd814d197af4f4bab3a79b698eb3105bd82528f23d0c92dedfc08c7bbbba95c1025975e548cee86dfadc5e9f92a01c986bafcabbafd145520b130ff39bbbf981ac0151d340c9aa40e63e303ed4c69846ab36c2904d3ba8573050443cb001c138b2561a0d90720d6ce11155b37c5c270e5d84c793e486d798c01d884d247c6f65a96a7da4d1105d584ddd55743cc0393b1cb4b8b37d09ae48d09730ef30b64204a3088a26bc2e6ecf7602eaae339c4d89fc102edd9dbdb6a28915ab233b682ec355648e7891e66c54191b3d2d8ccb37df977cb6d9da15b76c3f3a26408ffa703a72e8ac0117e74ad46f33b4288d9c0ec0a1841b3b3728321e70882f37d10131f2a483a8dd005b3d14b0d90ff8033cf9437c213ee13937b1c4c45568264bdb65b97eeae6788aa3348e553c3a066bda8c96b9478bb0512f0a43028cbe3159ad04564bfb90db9e32851ebf9c8757150decbd89b0f5442ca3db4d0e0e2291d2ec3b3048d1a6f86c2c4591b7e084117275be999ff55a987b9381e01f96fae0b27c451c728867a567e8c1bb4e53b5dc4e5d9b495d0196f61d45b26ef33e192fc044e74dffea144f9ac5dc9f33955c04925674920eb58467fb52ce4ef72817c276c8e723eb46aef576537e9d56d05dd9db5e033da9c6fb5ba83c7a7ebea92dea61eed4bceec564a00115c4d213349f396fe44e7c05c16873b05ec425cbad0d7de1aca9299fe63f3e0041f02638a38fecb20817b3847419bb3de39a609afedc6a70712a252123c40d2adba6a11d8471a3cb155f8dc89bf3d03652882199369fe8593a8a330607d76796b35c64c600ca9c267dad0305d1a6308d2a0cf1c39cfccb3cdc9acc14a6e70a12f74560c0261595af6435015c77a7149e92a551338e08d98638c6fcd194a4b1e6992063e94424681928425f5a9133504de568f5f6df556f391937dfd4398cbac35e050a21773328bdf9a4b9504b9398284244fe97c2109a0ca3bc27f3e96597370d5c8cf03d7f5d04d189dfb634e6a85bb9d9adf21ef79921bbae40a577928b76d2fc3edc2a07a96b1f61097ccb54be14d6a47439b0c06d06da9666a219db15cf575aff282410a5ab2db37feedfdeaab192ead4ac0ee555ebe0ce426f7f9b2bef0706315e0c53e3a7161e428b65688f14b84d61c6105487315b1286f907165907aa8fc96619e4bb4c5173c2ce17fd8fcd40041c068f0cb929eae7a499e50248a3a78f7acfc78a0e1141fd37fa5b98d5bb769ba1a7cc99bcfcd754a98ce89cb86f73acc04645afd4836712c5e77550897e25711e1d96e5841df2166dd424a57127423d276bbeb4a528955b84f584974e92d025a75d1fb1eec33c726a60554bc78518d5f9b32cd6c651ddcd97183b2e40bc464231c962f64eac11f2cd8f0efa196f8ad173178e4a47d2983c8bd392b120b627e0e1cab49c82c7143c102b71c593d98d96093fde500e75a036dc2d7d2fec5da1b71d36ccae0eb3eed39d2bcef4622b2499a05fe61ecfb463472ec9115b10c292ef8bc986e70611883d2760c8bbafb4acb29e34466081594975a764c8e3a691fa2b3a321d19bc916108fc6938f52cb96f7e08794107c5807d0d927dcd0980f86024e5208bd14220ee66aeec73c49038385428ec4c8df707a948fac1b4a0f97aa554886ec8e7f8a7fb0b77bcb3b283af5be021448f788d986905533aba051261497ecffcbb50c3d7614917b24303ee6a220679dab32afe4567e1bf64d32a5527244d104cea5f2c22cb4a5380af7ca75622a6426917aba3b6fd5d186d28e06ff97135cade7fc8ed21db4f678f3b13b9d5ee1648908808419be897405321542838d77f8552267f1171a78ce0780a2142a6eb7bc4f3c882f2b308c3b01637c607ce05f52a2fed0d3180d672e08b4c5312dcdafdf6ef36fb89705ae6d743bf1e848c206e16a1d7d4c2e4a3297fe25a71d030b67eb83bfc5751ec3e9a4feab575962e78e006250dd5cfead94f5350c12c322b5b664544c159c33016884a62116be975a9bb8257e3ba3866600c3540f67c1e9575e213be0a6c29793a140a811d0c45ce03c1c93a28e995f98d56967d946471af29d7bf99f16cd67d9b6f0150c77bda2eda01ae484c6bc24fc1ab650b25b4114e93a98f1ebaa5cdd4aa0048b187f7182f1b9ce7a6a7217eedd1ba8c592db97d0dbe54c7adfcdf263d996281d984952c07998dc54358edfbe1afcf9246bb0d40eb4d8027d90f2e65f2f2fdaf6c699b223c61b1b5ab89e94550c93cd70fe748e6982b3439ad3b5c572eca050594c7bc3c36e7e8ab95500537fb40a68c18da59a35c2bfe1ca5545f0f5e5f33945135b874349cfbed4fb9185e65bc40581880c4f2c82958de8cfe8d317bdcf4aafcfc22149d77babee96de49b8b4053df9505e1f48c3a701c0682b056eb1587586b71e2da9acfe4fbd19eb137fdd1f79d56c7edf3365fea7520f2912d2b1c7b2826caf99687388d2e8f7ca1d33d0dfec820b41b54430b50e96b5c6f2268bd1d3d3ebaabb04d6b5d099425872488f88d1b2db54d55bc8bba2fad1bccb0989662211f61edae2e26d58ea92f2823f4797102ce1a1aec05359cc16dd9470e7a4f017a5476afb7eeb3f8b96f9bbf62768ca46b6c3b5bea9515d1a1fc45fa14d4fe2f19414de3ebd9f63d5c01692ca65f58e35d9ad45bf7f3ae5cfd08f188ae6372cfdc5df69a976e893f4d554b06997f04a7db92466a2baa6ebc8b872deefc9e10ebdc4a2333b42b2dbb8f27b65807a685d1a9ab3b599035bc566ce2b9d840cc5d906c3e9c84374c8919d2074e959a557f5f6beb411fd954f3f34b21c3f2201f5191c4e92cc5af043eebfd09463a835d3215755c435ef4fe9965a3f2a0288cc0ff022877bd3df94bc9360b9c5d4ea06fbc83cdd0a06020c35d50e1e89ab7ee6f5f9aa5cd17ca1aea43ce848496e57c6b956a6521b28495f2886ca0977a86b122d4358357d834a87ce618a55de04e0928de075538c593fbdabb0c5ef2c3c0f168ce8900fa56e57789e2a2f2c9d08c6744c9d42ec2cb9e8885b54ff744d0f1c1592588411002af340cbaedd6fc33e07413354875be01a996dc560274708e67d96d458abdef21792e6d8e590244e7a8e864d04c95572d1aece099af852d0a7143d7fbadfa4693b9eec507d9d3744372da7fd6d1302c0a159f6436d01e9eb06e0721b2c6977135b916ef286bcb49ecfc8001f834f6a5f0561080d134d53d294b04a686b0ad13dce35fa99fa4161c6561b4a64be663682e8cb037d9719ad8cd3621f1454cacf995530ea53652ddf8fbc15da1f2b5e5ed6e6837a3802f0d159368053af2923e00204c3ca7c6a3150cf72dace78f80bc92e6d7493423d729448edf7f28ac89ca37bf1abd2f6c184fe1cf96ea64f3a1aa2fd00c72faacf0cb8ac9da8ce53cf0240070ce6c69c48cd588ee82489c9737cc245530c7a6ebef3753ec7c590f01490190db0ed02a5070e20f0135cf8659cfcb13224cbd47863a34fc58beb22fb694d513edcf5533cf006dfeae9e3cfc48eccf81a0d57663e129aef3cb28267ab848bcf807b2ed53c3a8f8fc8a7a53928fa4dd31e82c6ef826f341daec1905aedab9bf2477edc068a355bba31a1141938ba2c2b13f5505d7c424ebae5f1aa48fc4880bb0c9b8a3bf979d3b917edc5689792e08eb2e219dce49e64c885b846c260d715e5b854ffad5f70a516c88d58072be2820e8682c0a27c0518e805e6e7b33fdea3adc80ebd648fffb665bb8a8ecbabae151abacba7dbde04f761c3732b30a250abd6331e03a2a1f16466346b6edc1cd1f36e45daf6d7824d7bb2283670e8a43b246801ca1eaca97b3e1918981e74d678581a3bb7a720b019f4f1a93e0cf1f47118daebc5b16269099ad734796b9bff013acedfb1d140579e2fbeb6371ad16ad2c4d81f348082ff6c4b2076843fa7f58b7eac7ac872209342e62e8f131839b036f63806cba3f47b93af8ccb5f0adc8838f4bdedde4ec2cfad05155893b5dca501ee1e6d8cd7b905f4e1bf723e2a2dcc36a08a345332c751b2f2e476c4558dbb6f6f8bb2e16d03b85bde76e2cafda332245e2af431fb7b672a68b659d632cee946db83e7a52ce5e8d6f0fed35677e09724f0e2df9b6c000b75b5da10dd554f7bb7be44a7267068a7df88ddd20795c7a7a5ec6b460ec00c5841019b9e9fa3a3c407f82377f55c19c5d403335c7c2626d850c80ea07e7511bbae4c76f4bce78d1da254c0843eb23951ae077ff5f8e82ab7243b7c66d768f1b8ce1c967ebe0ec453e28e061cc58ac43f91dc2f3f07250eb93b3c18cc9daa29cf58af7a004013a006f03dbc5392effeb8f18fda755301ad0e3bd5cb1627a2044908a42fdc24d5b995358e7798bc7e9d9db83c612a5ab88b15733f543179858600245108dd8b0b183c207f46f0cca7dc63b2604f5ccf9028faec74be6ec9b852b0a542e2f398f7d807e1f53eff5f9efbe5cb81090fbfa83a11a198d5a7f0bf77a1987bcd00602a32ad2669e6fe298e607fe7cc0e1a0fc3cf452d3da8402bebb765225ce8c0e3d8e28caf901313a554cebc7d32e67e5e97ee2054defb209c35fe4dc94599061b86e8d03fe992d1b0e19656875ee557c84f7e69969dea92a925508f7c1f9579af4552671f8909587cf485ea990207f3b362e80d4df43b03ae6d3f8540cd63626fe8c15fed5f808006ce95eddb7366e351efa39bcaec6f390014916069369453692fb0c6d1758261f10d052e6e2c1123c22ac3c5a5bf0b520d281c122d1490650aff1621254f7c1be92f64550478c56e6f7e9050c92a851b0016442ab604b0488addfa9b7e234254d26e9c7f2af1005cb8c235f89a8143a28a1d6067e959dd858847cc55b7032108eee6dd897f3bca8a5a67f096809415ca1c9f112d96d27689b2a084e55c87b1ebcdaad1f62fdbbac8efc49306d97602c8ed1be1dfbf0835eadf9a40a4780f5e1306c46f1c8daecee3b5ec91aac30eae62f4140325d09b9afd019b650660b253761af189682e03501dd1fc214004c9481e4c8073e85323bfd4b3b3dbaf68507998acd6a5a5254ab2d76ca8155f4d27f205953f9d3d7974bdd70ede7e2b6d13a41ddf9f4bdef84fdc737dd45045f8c68db9f54e70c67048d32e849c9adb18e44be0711a94e827042f63022fb0cee7e1f3bde58293de743871417aeb3135b436aa55373822c010763dd5443feaeeecd7b2fe2ae2e26d917b6477d98d6f58ab0dafbb86b083a001561bb3451ef186e18dc00c2d31982567235c5594b0a59ddf11c58e7446c9df0da541a8467d16d00201083a2b118dd5128dd6f59352407221afb776e3143e8a1a0577885dd8eb9f23fbd362da0e3f4e70b878c16d516b13671a4179d9b7b458a6ebdeb921f50893f80d6830d62765ffad77217427504adad8bb96320eb3afdd4df6e1f606c3cf77d52820cd0fe646d38bc2145ca210f760a89db30aa72ca258a3483cc7f170c944978496731ba71f34c25826a340efe32849d230d7f53049ddc4a4b0c60704afe073992cbe4813cae2f7715336f7ce3284b743aefde80ffd9aec500e0850a113ef6b61820daa5611c870ed8d5ee07871915a8107172b3b5dc15a6574ad3024d7f84fff11dd7e8d9c510137a2381cfbce4c1d7c425baf21d6b6f2babe6bec2aee86157b4a40b78132f1e71a9e6f1d56b9fc4b0f1be8871f5e1c40c0067e74b0250793549726d5c1ea3906726ebfe20aee3a5f4643755a79ee5f6a73050ac061412e4a03c02f9902576ec55ebbe775705e1164a8394aace6018e27d20d237a64c94baaf368e1840a1324e839230de01882513d5fa7c329e940dda99b12147acf4b89d3d503d8252c9c4ba75ddbf6d892c91e0a653ba19df81a90f89d99bcdb6a1085a27ab7bff7550f8a3bd017df8aa169b49b583a2b5af89203c2b78c67cf47d0ad31c4c49061b9e505593e3db98f57a2f557b098c43f11ab969efe1504bc8fbbc86abe8bd6a5eb6a3b4d0411301621461af90cadfdaf0e8d4cc25129f918b6dd7db9af49e67306feb59a8bdc52ca4300b002bcfb71f291dac175d52df94e205ee2a5de471a70c1fd1b46033a75fb56a18e0eacdf51aa2a5306b0f5332042a9d121cd9c3a1832bb6d2cc6bd7a8a78b5040a8a5baf3e0e67386c2e3a9b9037634ea65a4e6d9041cfd3f7de18e334a24896ee4c6526356cc127852413ea3b423ce1851341ec1fa9e0c259de10bf87cda0d1111d2dc5d489242e60ebcbaf9881e056d2b0ebd5c878c550da6ac5d37243e89ebdb49f712c7d90d1b39e348bbbf6d0f846348a856321729a2f36734d1a7430c3626b879b4005d41b8a46172e0c0ccc0aa1b81bf81e16c676ddb977c5881c4015b7f368e6b4871809f49debe0579bea5955b308361a1b07bc55042e25e547fa732b517cbed14a48843d74526c11acbb6a3b884f4f88b3a8e3d44c636cbd81f4477bad7af3616c1f933a02bfabe4ed045c59a90d7587d8d671b5f5aec4e7c0d0871f0806eae32d30983b62252da501cc3633c579a90cfdd895e64021e21639f53d83ec0691550f7d2507d57f4f5a2d2ed45a52bc0edfa11c2064e9edee8bf043c3d7e489c69b48737cc0c92d0f3a24daa3db355ef2b0e64b472968cb70f0de820a45f1dfc7b95282d10b6087e11c090794e3b050f815354e3e29e977a88abb7892fb3c2f009c65f686f6355c895b574bba22728b6185eec06286af6bec36d3df1d4b96d8976ff5986393e8767f5b28d6dc35e506fc23349dd10ee68dabb6492262bf907af914b95a0fc33c3f33bf6b55ec28c52d5f6205684a473a21935642f885d0fbe2e131bfc9d98363e55d1d464223ccf70bbb65a3a4aceac37e210164b6538a44a1dfdc2b83477cd76dee98ec8c41c4a18675a74e01c8a20e8a0f662c4b31ce7d95c75ca70d50c19aef08bf158e4d44e550d0f7ee0a23d6b02d9b0db3cef96dcc9b8035d23f69e30bb19218aa3d68b461bd9d3533ee1dd3ce4628ed41c1d4df596d01da60385f0bb17a4a9e0e6cb2a3c14431b55aa50c06529eaa21b9232fe81225bcaef853ae32870a2b0fe6395ebd0f4b478145ecfbaf939454fa4ef4e3b775c934dada217712d76f3d51f168908dd3227b8358eababa07fcaf0912ba596643cbbbc20318224181fa46b28d240e3d38a8882ecad8633c8f9c78c9b0f840be9b8db4d3fbd5ba2ce59211f55437d7d1d97917cd627a34a6a0fb41136d707329bece455a462b58ce00d1194c95c936263f3428a40227908d5a3847c0b1ce927f875864094e3906a4a0b5ece688065d07da4a77621450aa84fee5656d9eeb69a3cb92300456b6a5f41620938514e0cb6fb5fb446d1c92ede2ed87801886cfe0e6127fa25df2a0ef2ae1067d9158f468c873a32bb0619eaeb2050ba45d1e744f91c29ec99f0e662c9177946c62789fcd07f20b6785b92134bd6c1d0fa426602294be910b1e3c4571bd98c4d5484c22abfa379f38b5b0411bc11fa9bf92fca75910166da03ff9d4655a0338e6b094311359ed4969e8401880e3c1836fbe192977ae4d2ba21425a59afb269c2a14e9c01802ddb981e6bcfbec0f0516b8e35cc1aa436277138f61cda703991069eaf2ab56412b1163ee131e1246da0955bd1c32d9bf27a3da7ec8163957080c8628ed79aac075930c83c2f1e369a511148fe287e03db1d99e0ec2edb90d079e142f3fec8d47d412bcbeece3d9128ae855a7a6aab1270668d8cac7cef2566a1c5f569d93ed5b6db83be78efb0d05ae420158e54a367d629152b720749e187b3eaa11bfe7ee8fc1959cc7214fa21c4840dff0adf6d2338b2b8fce1ec2f6dda0a630eb09908279ebbf1f9b250ba689db6a0222ba1140a3d0df1c81e24ae954d935e89264fac9ba115140ac4f1c22da82aa0bc7f692f93be8c7a41525c0baf2076aecfb4860320be12a1c050cd7731794e231bd37b13b2203029ed80337f27127a9f1d28934815ad542a4a7c5e8a2dfa04fea9f52bcab9d935d219641434683dd9d18a030b8aff0438617c055eb55f0ba5d226faec5aa0b7846082a2415f0902f0da88f29ab0d88431732957a618d4a469a0d4c3b706835de79a2b4e80506f582af3676aa9b7ba70783b617e9998dc4dd82eb3c5b8c37e33defde51cf91e1e03e51657dafba9d88164f3e2d9109ee770223212a0aa68c75c4a77c87f97fb686b2f068676fed33392d3a48aa149a87a38b875ba4a2387337ba1e0b0249ba90f55b2ba25219246444d94f081e3549803b928260f56d7322ed717dedf1eb4e6e52a37ea7bcd1587965fb4d4b5afe8428a4a024feb0d31b3b31a1c2f8a370206f111127c0dbd1e48c4420b7073bc11916c6c1de226bb7f975a56c761db6506eca0b37ce6ec87f33ba15effa5c10e873bf3842afb46a66b180037abbebea991d8b1232f8a8ca9766d856ef1a6b02f93d894415e6bfa0e298923c8190045e91288b430794814c408fe2621d8e716b02ec0da35256a998d5d616dd38211ebb5d6ec52986674b6e4ef50c335cca9f340bde656363ebd02fd03e0704b5690a2dee1861dc3ad3316c965cc2c8205a05d7379fa3a6386f710e10768281a05da9f27df178b5c39a5126393d65641ff3f1586614cf2c1ad240b6cce5140df15d046a66883807d18d0264b021bbc7ee20b71134d53e20206bd6feb');
SELECT pg_catalog.lowrite(0, '\x82b8a3434904411a9fdc43ca87cee70c24146db4eb48c718b84cae0a0799dcfc883e881bb4d22a7add958f2d6b052c9f3806734b256c27e41ec2c6bffa26d9e784d2004bf28a2095230e8e14993d398de515df0d202ae52fcebb14295743063bafdec7005cc9f14302cd0474fd0f3c96995e1fda4a2b5f55ef0df50868bf2a8fe17184bcb70dcf3942c54e0b537ffc6dbdb106a0560c4e46ccc488ef010af787a34bacf839b923770b2c360eefa2674883fa5a432ae55c253d0e60dbfa716723eddb904a6db773755d2857aacadb1cb06d70cb65d15211726dcce4c0e971e21c27ed0fb950b856b06e1273989422e7d3537d9b6c927223c796cac288cced29dfd736bb10d83a904aefc1d6ce93dc54b89ac403da7947a183884c18a67d3aa8deb9141aff1412dc76340b3822d9ea6c721019c8091693ef5c5f55970346633f92a0e2a2c563d57df27213ede1ac4ac7801579779b98ce9edb98dd85606f2c119d20b5e1cf8694af7a3c1ba4a87f0730217cce53cf90577442771720a370c3c72358c54802a9fb9526cd0923353a34a7ae5055cbf43fac3f7e2336b27310f0b9ef456ac9b0d15a8b7f1e71073221059886f4dd765c12f2ef67f98f3558c282a9cd7fec306d1e665bc9c748b5d2b99a6e97db576a7d2453575f29eab4bac787b91953c04118df112c13a8c34b38343b9c104ca82782c5372a547c104929f03fe7a9d8700cbd38cc9f30cecb34f0c195b137b4d168b48157c623fbd095b4a565b5bb4a08142c38dbe374195d41c04562d9f8299a23a2291e2126b91d54f3601ec162a89cf525e1d9f04d16ce31165e139a4bcd89fef7ffdd490db800357f47722b206c340f25839e6acdc73414517203f5f02290a7385ed77cc5592dc2153229f082a2137a2ae8e39b5002a3f8909ecb88fe43dd49b4fdb9bede653e94468ff8df1e31857b449c407203749ae32dd0e7d64a53adaf494dc89ef7196d73636eb2451bfc2c7c47b918d0c2d792a719dfb602efdc58e3a306451c9d670adcd37004f48f1b0114c51cc532ed34e1954b5b9e4b58a1519de5b5d44b31a01de013b9b51a80390e982518a50e280d8e2b535462ec1f708f3cf8100d5e71834b1db77dfa15d646072631582fc240dd2674a7d063b0408a1e808b55fde9455cb3d8857ed88389062ddb6c727310e76b6200b7c71f63b5522a9ae9a99880d39e5daec35375e99943baa6762fa81bb43b39c62553b2970d731c83db8d2ff01bdc000083fd3c374036a16a2505369e0c922b6ea7a23a56d2818f4654ed39a1c147d1e51a00ffb4cbe5e63da79fcd2bebbd7cb8bf1c1d02749f36407ead0629fc166f14dde7970f684f16c818875d9fcb6867c7bdc89be7ebd91d1b4d82419de8a614abce9cc0e6d4a26398dca6f47b49876cbaffbc9954f9b1563a78ec59337587f6ab6397699afc03f544613917945245041ea1581df0c28b4066554730ddfaa0266346bdc1b202754dda4b1ba34c6fa89716b85d68532b6a2feef8ed6a9fe76d6b3f30f02150b468b1fbe7f16e4ae3024973f12f3cb31341bfd20a38bb1b0bec75acf0845530a7d6723e7cd6735df68d1ce4c704c29a044e2545f819e67f0615003dd7e04a6087db2b4182156b2f1f817860ac9f409ad7a5e0ff62be0b08456fc7f1e88812af3da0160709701140704575d499c997b6ca1e6e0a04d20f50967c64dac2d639a577c6bff625bdb0393992c9d4db0c6bbe45c667d53acd899a97a85de0c201ba99beaace49c7d80767cffec0e513ae886df04da04049a062f5adfe81b67dd755ceccaf21d0c97db2e27e13572cbf59eb343dc9f95a0a5af052bffce5c89917335f67e58cc5ca94270acaceed13bc82dfedf7b9d487a30398d42ecff55c228ed5652b8f1d43620bc6bb580df6e80b0dc05c482cbca44843a864533ec05b321ae1f9d1b59c67bf196a4758191e42f76670ceba20d135f0f28185b84a4cf7aa51f295009c3b1830513cc3b8fc4b76635d32e692d6ef5f7fa914c19931a55bb262ec879ce19347e1c3ca0c0b97de5fb3b690855add77279f7d325eec933f05b1672f6a1f0eec27c419d0fe24e53c90338cdc8bc6c60d060b946d6dd6145dcbad5c4ccf6f8597a6cfa74defcbde3047c891d78f90c6036a69be21cb660499b75718a3ef243a15c7d0bbe60300a39f76f8a5ba68963b712de48137572f3849aabd5666a4e32cfd4560539f887a5e420412b370b361c7635bfd99248a2cdef8249ef7bfbef4c21002f464c5fc5bee3b98ced83963b8ffeed84c7cb1ae7bf4ec4bd78275bb98678a1491514b7f1006d605e9161946b13fe78a8acf5fda99de95303940a2420c69a5b5995110b36a9a347898d97a610e4a213d37242bdcad8e7300e202e7caa4fe709c654eac84d5239d1a12a4f71877571e0f7e2d992e738adff8b1bd43a521fd06b8ea02fe5b1c2496fe1700e9d16c7c9d0b1f96aebd7b5eca8c3edaa19ebbfd2c5e4680d9a01dba3aada5ece2227047a658229eb2368a99f1d032c8848542801c14f07f9724229175b8ef8b4585a8c3e0c62ee91db8dc7382bde7419bb573184260348236f9554fe9375772ff966e8248a99e81e752cb9b41da3fc43fbe7ff7f580e11d00a75814d2ded41fe8e8fe8ce6790cc6a94e65f17f908f462fae85208e43f0e45c4c78cafadb83d2888cb64588e674d3f0faf985047d4c3f13ed0dfeab05aa91085b7a8012516bc35339588a3363abe792db2d8761d6403605aeb7a1d50185e7426cbb0acad1e6ca74b9aadf0aab058ce179e4f7ab135ed4e641a909c6c3783b4a70054da74f2538ed47c62b38c2df6a49b97f706ec9148ce48d86f197002b9a0853eca5e046d9ca4663d545f31d16b1058d586fc3be7207b5805355b1927fdafef39c48e5b73b5d61ea60e8b1cbd05f6e6a358a81dee52493dd06285f89b802bcb2651801455c86d78f2ae22312179bf43e61576081a2f250f845a8240cb8235e9c493a0c30607586166c0c048b3a434e49e655c1247efb389cec16e6a3326dd7d868cbc926602a61e4d0884d79963bd8bc0ae9b13a1aa71add7338ca89564b2259401518960f7a06f94babea47ba24142ed16b7d8fbf2c740e0d6e7d2da6d3953058db75714ac400b58400e26af6ac3b1c1c49d7c3d79c60d000a3fb4fbf9a6f9cf09166aa9c20cbc1ad0f2c9a93eea6f38fabb3acb1c31488c69da187a7a191431db943a9a5a6fec6f42f29b6e3abc6ebdefb55456ea6ca5dc81e1d184167ca7676cf665225e236a3d23eb71f6293a2a31f3569e10af6552658a113c1ecd3cace2237256f4c712f61b536a1694bce9815b7e38a9dad05ad42e00a0a0c8aaa00ade50f74a3f0ca981ed73473decccb0509fb264818a7512a8b9b1896a3bf730516dd643ba67b4c447d36a7d8ae4569120b5bec12e7b6e9648b8683f97f4825290be4cb794ec6a234595f7d771e0e8f3633ab54856925ecdefc5ddabd8d2ce74e782c65a973ef76fd540b6eb6e75fddec0218351dc5c0c84641042ac2406e835bd49c70469acae337d292f47330643ae134ca204bf6b2481fec470e095e054ee94774d6a496099eb1cf6a97af4fb322bb5c8973ade16764156bed5680522b8e2bb01943234bce7bf845342b6d65b9a9445c4271ab9076ead5605a4f284803bd0966cc24fa8683a34afc6ec44e503833b64e9f27197a484f4257c082c2559140b95ccda9c6ca4a8b981f1e160c88652d47d0be60bfbfed25111412b20bb95ab626d93fd976af958fbc61ba52292e0c763fd027c6eba6b8f494d2eb9a3d458322d70046f63dfd8b0153ece4a42a596fc71e17828440030074d15e740188e8b8b014829e2fa0f430f0a959619adeb82fffb5444e81fa0ce8ad8afe7aae5e3ce40e0404a45ecacaaf05e5f735c54e7837e0cd0ced286cb5995327d1ab4d2e7bd33c475784381a64e43e50922ffe2d010308a6b3799a3d9c728ee742447501e5d4da87ac39d782741cd794002d147702db07145348245dc5a2f2fe5683491442df5f88c6aa018e86dac21d3606fb2fcd534b0ff3bbed73cc51df620323b571ecea16a9824023ee1af16897a582144a3f71a03ab7c4f46f9656608efdb24e4e53aa080247bc31d0eb4e7aeb07a0a58149d355f02887dfbe55ebb2b64ba37e7e69ea3384874304911625ac34321cf7cade80b7cc92b991cf4d2806d6bd78285ab9448d2751ee57ece7f762c39095a01610228fe998f515a72dd730294d8733ceb07bf4eeb3da587e268d663aba1ac8ba76c279269b1c6bc8a07e38e78fa4a4d2f0d23dcc84ce983ff9157f8b7f883948ead63a9f2944218de038d89343056a61d423d02a1c56250dc23ae7ff12f33f67fd97162d20e6fe27748b5b3725092715518c875999308842e3455eda2fe3b24d516bb65a5a58079f0f3526c87c571d72310edc006dadf2190caad58029833a029f04d76d32e79367c4b3255dda4d43cca4b3de2097b9558efefd0ecc358868d13cf26c4b4f4f932e3eff990093ba25df35de87aa441b88f22a6c2a830a173210ddbeaa16948a702b6049b8d9a202c4851e8e264415c4094e4e85b0baa7cceb86d510361fc23b59f18c1bc9802cc6310ce61c90f3a46e340ee8257bc70e934122cb13c7a474c1976c9706ae36521d6c14da109e294d1e8155be8aa4b1ce8ee53a0a2978c28872a4505bdb51db06dce034fb6b66aacc1d48f445ddfb08da9881dc9bdb52d04dc20036dbd8313ed0559996535e07258a7bbfd8b132435c59627bccfde7714a1ebadf06c5f4cea752c1a9eb812238f753132652ae09963a05e9d38901788c533e8286cb6400b40b386db3ba8f1bee1238a2f37603d90b58898da9078e8653368c9c291ae2f8b74012e71c65cef3dfd1e00c0b03923a1c591db42de5d16682c3c35007e4e92982f1a2bae1d5be1c7f2f456670de3d53c7b54f4a2c89109d42178de8a367c0228f169bf85eac43aceba42c8757b54003a58277b5905056c1ac1dad141560467e0a99e1cfe6d8545daa42d5ced125a4bf747b368839e4973ba3321b80f37d9b55f63ed8b82ba8698b79439589fdd2b0f7218d8b0781e5f81db77c596492e6f1a5a792ed53838e8afb1ca34354ac209f53d90c3a43a284df1155ec3e67286080500df36a9ab495ce63ede0f4efc9eec62cb947c162884ce4bb65d328ecb03c598409e2b1683bf55bbad370a8fcad1d09b005e278c2e3251075554389fe91d17a794861d47bcd758e8f59dfdf06a852adad277986ca26588e932c7ccfa1df309280702fe1b568a83eeb494a308fe5295da69428a507f4573fc71c731d5c362f0d7860945b8817326d10d511828f6b34fa6d751739e2dc4c44f624d600aa568390f1f1104aa07eb3c8be3d411e8ebfab08eba5f496326c8dba7d0df1c4a79dd07646be9a26c80ce2ffd21fc958d9ef0ee9ba5336e3578e2cfdc275761edc592f73a076197c33b51a15f382ac914391a58850ab343b00193002e668758ea9762904da1a22337ce00406144c1e7e35240afed70f34166ac850371fda6892fbfd1c5a5b457e5777c1e39d912d21c91dce811d6da9929ae87810ccd41bf26faaa2c4e1f20db70a71f91e24dfe80012e2a7984afa4480a6d6e702e51da2c0f5be4dd354bb3e295d37bb04af0f7ecaee4aae62035497da1387fb60d411a5c5b72b2e7d3527cfc84fd0d759175de8ea5b1d9a2660e45554894fab1a4d0dd4d48a2ba1077c4494791306995665640dc319973d3173a74a03860cda11e8cd1811acb79ccf0fd62cd58f86d94e18a8adb4cc0f623f7a83b1ac75b41cecc7a77928ca8133fa24680a88d2f9018b59ce1fd616d874afad0f44ba338d242c100dc94f871b6d7215b868a875f8944bdd9636749a0801c39b6e449dbedcc0a271bc0ecb776a094786474322cb824079016d940210b4ae9ae7d41c4a20650e9fa1f3e9e66792401a6972d477dcc30829424ffa0d3a2547b6c9622c77de0370222949cc0db89ab32c9969754d475871f6278d140af599e06ad9bf1ba03cb0459a4ddcb586f24efd9395aa7662bc7c7c82fab8c8f89124e2ce92984e04fb4084438b7aae55a0638073ef798e50b4efdc87c13749315c7217cdc4ac692e704c2812e5cf6d8f21d69c91dddeefb792a7286674e3082feb7e5afb92777e48821fa51fb975227d6640e4fe47854476d133a0833c8a1817526ac555f8d67727caf66f3e29a35278d71c7f654958712313242df45244f09369e16ea3f9117ca45157996009f2374006606f4c0b0fda878af1d282ef263719ab842e05382dc235f69e5caf41d62364d5b41a893adc1a9dd5d4fd5c905bcd8c3348ad1b35d7231ee2b17940ab47468396569a906f75ff3f20eff93882cbd8fc7fb794c1011d63be6fb6a0872cc5b5ca4cc25076f3d868e1bdf84476b929e30dd0c4e8bdbcc82c6ba23a535ab76633d94208236a2e829ea6d8887bb060764a818184ebb1cc0d43d382aaf29b38f160f87ae86df31cee1982066ff09696910bdd874a99cd74c8f05b5c4450905d7b2216bfeccb5b41016357176bdfd7468ac613286cdbb40872c8ef3b06f3f1b7fc5a8779a9e618e1f23a7b786093fb9d4b16aa750c7475b6d601c35c2c76cf99d3614e23eabab16fb27e944bf91ee3dfcd8a0645a25a35977997223d222a50e9c2d6b89b95bcb416d6857f8b45f9be311e65d81a9ad8150a60844bb94cdc960c46c38bd16e953d97cdeefdbc684671aeaf49c792689533b00664a5c3efbb7946e7d85c81a9e69fee1cea4a087c3546ab441e56fa333f8b44b610d95691c70daf247944fe3add32218f914c75a617fafe5f6ce2f1904eb09d2e80a4cbf64c22bd444899d3b6047a10b20a2f26db01e9565cecc4e989123f9620c1d09c09fe51510c80bfd6e5d78a164cd5b1f688e077e1a544eec4f0307cf5c3c721d94428e209b61a52482a0ae1cb9f5959c792ff49cc40a8890e6a60f40ff3026d27308edd72158ccd2a879f79cb2538568fdc9cb67ffb59554ab1dabb65bcb370ddd93d779cae2d46cf6a8a99a35ba4167977e48e13207341b6bffb7fb1622282247b05311655a15b75fab86956663e1819cdd10ec7c16cbe9de8fbb1c42787c3ec264f87658ef0de194413056248a00ce00933ebd5b07dc7e407752fe773eed206355e1b18c4c6a6d31695acbae3fd70ecc6674bfc5f6b72706fb769f5e93667bd23a50abba8132a77191791390c3eb19fe786109d400f0ed29e840b47ed72777c8482965d4ed8150294d4330ace00821d770e55666a4ad822e0e34299df3591d979c73dfe6c630edb4c1692db67c510f65cbcc0d400288793e8bdcd7c19a8ac0c2b861dc9bd7f4e7dd3cccd534d0ae2a2e93e313b9badf12632cdae5452d20e1af68b0dc65f996f98fd178a9defd0efa077ee8374ec4e4ad797d42350c904d73077af4732711661056eadbf798ba191272ab8c27b7a1c450ffdacb31483454e0b54980ecd059122ce2e50136bda65c25e07c26820b8a4c1b3c2aa868d6d57e14a7983adc9225e4deb67d7ce42d58fe5157c8d3369c4c086f236fabf61d614a32818fb508ef074ee78a0e58c68be06d8a2ebcf9a242b70f45317ffd281241fa66502a9be4c2a4041cadbf9d61ae16dd1389e9683cc5f89562ea48e72bb321d9f03fbeffc299a1addb07e7089f9b269c31f2fcf1f78fe923afe05f7597da2be7a3da86a5889bb0190d0211a991f47bb19a777a223c6b3710f85df22e9377d6c4f75536c1da886822c67822bcf3679d04369fa0e3a37aa85a14e359df74fa77eded3f6d1ee59e20ad01cedc15f5118a762609981ca0262c82e712e50c580c032d99b60f3bd5ad57c8389a8a1a541a76be463bfe56b06c51e1049195d7b26d043c478a0792c7b5aae4a79e78aaeda80516ae2ac70feb62b69f16e0238f741fab228fec279a49b3e3762632813f9e35f4ba53d6cf52378e14237225a6f6c7d802dc6abbd8d9a0adb7c204239c9635426f35c9522bad5f33780c42f2588878a9d07405083ea8fcd92d59581717e06eb187f10666dd82118376df344b0010f53909b961db34e0d67e54ad6626e957d15b08ae128a6cd0dce8fca267bf1fb86cf43e18d55985ca3e9b122f61f8f06494c97b1afccf386e8f7ab32cfd12577bc2619bc635690363763e5c3dc3a68b399058c34aecf2c4fa7c62536118cc404dec4a0ca88d4f60c0a7566915f4f24853fc4192689aa7e2bd7f907b7f5b6bbd91822c0c7b835f6359f38463d487e9e29bd20e24f0c050a7f53f8c6c730af6aeb52e66eb74d8507c0826819636026dd1f3674774f06c51dad3019b856147c17e82a5bead782d2a8f016e59c7ad8b1d72903bb1aa5720d5314d9e8007c9b41f57891c48e07c23f570966289037ad9846c5e994be2a91bafa215a71a12769b056c3c32e7299f1c5edd9731321ef4e063ebbee79298fa36f56602d1305678a8d5fdb372271e980da6af0dd4a99fba6075a9494772b58f952809701a1c165dd9420816bfec5edd6c2b128fc2782ea7ef51c1104ccf7b9bea13d4edaa105d5f53590338791951e38c3ad186a157b2992e7daed3677ce8e9fe40f3de2334a314a7a72721f1f74a6cb4ceeb7087c1f4f89e63af8d46f3b2027115346771d1f432b42343f56f791422a49916d9c547cf146054a5a720606a76944677b5b23f4aadf9513306bcd59afb6e4c9512c5cad6c37edb98ae91c8a76c3a29154072f485cdb7897ebbcaf75251395610e4e946668cf2afc4299b462b812caca59f51fd6937412b7e56ded1ea2470c257a674153c63cff1ad7f0e261c369ab2ca60937eba57758ed45b6d3e91e8659f323ad3e314e2a2b43b4c720507cec07239a1756fd0c741126d7bbd4b692ccbd91309928d4b100a5d75adff48a9bfc1ddb30c8e1ca872524fbf7ea5c519ca397ee90db9da4fc5414ab55a9fe495d555c069aa42b31882ec039965f3c4923ce901b0ed9422357395a0d4879191c66f4faa2856fc81623da2150ba2210ba1b51d241489d0396e6826eb0c1e611d82ca8b215a424ed4bd3a7d6aea720b86d4a360f75299fb2142d7de959380f91c01c3a293c970af30e481057c48f87e101b61e69940663a4ddceacb40b095eda264a85f15c56352739f59643540a3a6e16985f62c7411ae1bf081d1674ca6091f8c59a266fe11943a6031a0e6114ae69c25761798056468d5607a5aaf1604ff5e15593b003b069b3415151fa7217e870017374de7c7895fc13088ee37f511913bac71fa66f1f3202d820180a39f736f20fce790de8eaa32c96f620053cf442ad32258076b9a8f8f60264024dca151f164729b76c0bdb6ebd0566994d14a1767f14eb6fba81540ae6b0f6ac6e155062f3dd4f0b2b01f4a331b7a22d1b237565d8813a34d8acb197ffdef2ddc3308584dce7afa3661bf69e505b08403ad2298b9f262659929a8fb5f8be2aa9d6c64a04e3ab9f63feeeafe434653a898da20044041262b3ac74b265ce60fe4c5384e622b09eb829b8df8fb21ee7a2207526da55a679f0332de2c930eecd01935feef55942cc445f708fe94f63f579e05cb49c05c2d050ead9c02dffbc474aa176b6dc957938c15d0c8bc5cc17e395d3049b03e0f1ccebb02b4d80a8155eb153025ea1d513d0b2c4b6756786f3c62fbf9021694f6e51cc07fe3c536a76f94cf7535158f66cfbd4b113b63bbfdde8842a5c44a0323518eec97cbe0a1bf96b7165e962e90cb14648c9462d5e76bef6e019b2541ff53db39f407a9801d8bae291b1e4724443375634ccfa0e4dcae38ee11d3a6606cc6cd636a3628b1abb1e1ea5f481b589da52303b091cbb07042ac7d03d3b9911a00da43ce0079a95151403b0db4f75bfd8da0b393af853ad71c82b22f4f65b9398f76d8be4c615fe70c36866add1572a8e2b96bfede7bfc913303f392ffc643f7240b180602652372d3f309fef061977fb2f7ba36d74d26d9cb7de5e8ac30bd5e8734bc96a35c10245952ecff55018e2a459517fdb40e3cec6f62cfb44b1be110b7bf70c8362d8991de292e76f74f3c285b3f6d57958d542ffcf057e133f94c1b7b5cf543ef3bd8b0d268963dd0cfb808aac48a549829fdaa96d9681a21445772454cbddf0cac1ac796a52db3f16bbdb6557d3d89d1c5a7d6044e95a16761171b130dcb476a43e571d3a9420bfd9219f65b643d0003bf497275a23ca44226c9964043c8462be9678b9cab19959e4af8ff46156ee460c7483cdcec08fbf90370fcf53bdd56604ffdc09c97fd73d7a324bdbfe7c79525f64e816c635cad85a60fabd6b97b03cbcc94e8412ad48562e3c9934f45c3e144d48ab541d874c7bc19ab77642849e02b89fbffc98347ee35b3ead06728d6f073c68729c68884bd359ade15d5f163166738a7fb8ceb3bd59c7956b1df66729296a4c86df7dcfd896fcaf2674f757a2463eba6d3a1e06d6a06349436bc054313b648c8a146f1a3da4700cbf03cdc55e2daae61baff70e2669e8376347efd3a874a341f187a23c3ee681ef6913f31fd6d6446b226d1f15ecd35f784d2a20c3ecf56d7fe655c7716a4b3ea67f48c6322fc42ed61714726c817af50457d810aae9d27a2efcdf25d6e191893e705819b177cddea0fa1e9c965314ccd7810fb5ea838303e51415db70fe9ddb119e23e9b2808cde3855c567fd4395ecef6d936cf77b8d5b2bced556cd9f9c0c8315cfbe0744a3baf06490791e7abf6b29a381288cc23a8223cfa5301358b9fcbe7aa45b1ceea088c65cbdfd0dfa22a3fca7266376887f549b77f959f119f4fb2321e9ce801e2f51630c8ce55163055c4da50a81e0a273468c49b8b4f95f02e055801da3b4f58e28b70c9ebb2ded806d7ffda75cd0b95eb70cb5488aeff42889188d03c9895255cecc4dcf435435894a4d0972046fc566af76ebd6d2f5d60ff9afaeda1a81fc53e2d01cd3882394520876dc88d1472aa2a93f41a60377ba920919939d83326ebee5a1ebb71045453f38676c40deb9864f811d0f3d014eead934bbdbacb62a01dc48312b3bf3eee2475e03885a110e9acaab6183f2550373f2f19492aa30fbd5b57512bc7316929fe1545bf0b98d114ee3ecb8490640b43519c77281cb2f8471e61a7181c8727c62e800be708dbf37c4695dff42d6c7d61481d1c21bd1635f59edae055607fe8879e4fd269e88387e8cb30b7edb1915052d15f7815c8b88e879465a1e253f7b5d921338af34da817c00f427533fb451ca2e89b3a13095b059d8705b15df12ecd077efc8c23881028604dbb8cc471c75ee6643a10934502bdafee198fb8c00dee24c9878fea090ed070b44f1abe60e81c4cbe5171cd654662d9887aec25cce8dede893813f879b873962fb669f109d2dd3608f669ca17920c511c2a41eaa486f25175cbdc3854151288a645c19cb8acb1dc9821bf74e6ca9068032d62399adff456950dd9629a5260c4de2185808040837089cdf46631a10aca5258e1635309226eb45ec366ca86a4329a2b7c3d63fbf8c3173730f82b150c5ef38b8ff748ba69d3e8d1af87f84fee909eef339b5a1fc2085986034e448d2ccc5bb9703d1a69640d53a32a9fb13e93d1c8f3104b60c5ab647a27045b462934977ccad9a17e23e50bedc63b4095e3d8204ce063bcda72177eba360ff16b7f836e27543701373b284bc381890049e92d324f56de0d010396ca8abf6ead8cacc2c2f2f26c7819c9fbfb075d62a16393b9fe4fcbaa5f337d999d9ad116a7b4f3d409fcc648089ae0fe22c47d374bc9350ef99e01685aff0a6a4521232970b2c1cf539ad0a19204da255aea2cd4a75ace6018fad6b4d35464c848f410e55a13bb9d78e7fddd0c88d8d0a6097754525e02c2246d8d27f6b8eba43551742214453411664a0dcc84e6cd95227cb0c280e99a195be5f6615351b33587c5fdd93bd42ef7ac9995a2818ead4c77c3f40dabf9735432ac9d97a98986c005e5def2da341b4e0627d4712b2dd140336c9df867c087a29b2e660344e9cec1f583056459111d63e24f3b8ef596f713f9a7376fe90a62abaaedecc2d29921001f2f04bd3baee84a12e98098f020c8bfac8de160d4c5543b96d1fdede3a20f62a0af1aa152670bab3c602feedb132ecc1609bfcf302615847c1caa69a92af93f73faf3cefc129b6bc55a748a94d6e4749289c4ec58c0063a90deb3964facf9f743b083008a894eee7baa16469d961e9f236177d65d21100592edb0769be53ee61104935234b174e62a07e53cf18d10dc6e666eab6de9215ae5b3d54dfdfa92d8f817e5b08fcaafb50d03763cf655ea4bd3b5736d88afc30c9212ccddf7949e456002b28988d38185bd30e77fd7bd28f15a49d5e5848d6ec70e584e625452bf208bf901322968557227b8f6efea1afc58c6ca9540d057299ec3016d7260d4f4805c36dc6853edfa4c7e1638b4870efba66d3d8d53194fb1a8446ae07faaf5afd7f7c807171981d443ad4f4f6487e1d842d0f7ee600116ffc6b2d87d83f95d309f0b035d97f69902e7972c2b2e6ed4227734ed75d343320b6a5fd16ce57dc5c768b5dc76a084531934b3460197788a199611ac2b85bd3f76e8ee7e55650b710915795b9e9c02cf10d6d2bdb688c076023edc9187cf1ac1f1163470e479a277281aada22045c03945dcb2ca6f2ec228499b55310264a8ea0e27b6e7c6ab68f19793b2671094e63a15ab883d5013749af6c4e558a7569d80eee2e035e2bd7894b77f805bd94d292574c38c5d628d5dca5672ff3444c7e997aa9a2c4eb2094bcb41ccdc4363c6848a1d760f26c28a05129a5ddcd0dcd755232baa04c231698d72fbbccd9fe64c3a14f85d225a046f406a81a4fb98d149f2d31c68828fa6eb20ebcc77dc72360d0eb8e9504c78d38bdd88518acbcc3d08d1f18da62f9bb26ec309fee4e541e51de2e41f21bebb342aa87ec2f451208df97228105657edb717f9c19a2aa1d84e04b0bd4bc888792bd1e83e8ef518174e1eb6be4a0778d050c9d9e984c108157cea74c894b5cf34efc44c559da2ba967eb820766939a658022c81bc0249a6412ef49b07fe6f62e6dc8def3173935ed8ac4bf073c1bcd63171f8aa368b0de8b91cfb3f91892fbf1ebd4b2f18a6d1cde4b205199de8729a6637b42495dabfd0ca768a3c3abd672079f48b69597353e41e6957b5e7aa79214fcb256faafda66202d234463057972460c04f5a2cc63e065705fe938a4dda49092966fa14ac55a4f27472c5d894ec1c3c743d27a6a74cbe87bc60030a4bd041dd47b7852947e0ade57a09e4a1386d08f17b65669d658d0b2859e32cd4dc3b970c8496ce9fd7c2c6623306db59b6aef5c0d5cac71a58e8cb75904f24cde464161c3e766962e56a8a0b0420d87272a682bfd1e53297fa7777981f402dbba17e9f29e292df60bb6bb4c96d4df93c51bd69dcc15a0d1dc3a8270a6f9394f88847d7f0050cf806beafe154032a5b818e97b4420ad984462bf0ddbe0d0da40e1e828ebebeb11c7af0926b294e47e52e46cfebe173f20fc528592c3858f90196fbfacc814f2359327969053c0068dd9e07c529866b94da981f2b708044d6fb4a71a1463242520bc573864331a9e42e4511de6f678aa8397d0145823aeb8ed80617be62e08bdccefb76cff97aaf057654ef2f38cd77d735c50b4df4b176845cd235b6a510c690346031b3d04dc90994ca317a7c55c42896ba3af5d7b2790e73f0de32e5c8c17980771fc6f0f4b1d7d1bb73bbbe14e0e3121fe5b8ba755eeaece7a4508498762286dd4e10e3296fa63738371ec0d5df81842a3964579017f3cb42b26605b9ae8ef1c54985e4f95b7819ca0357c0cb9a09f52c5189391854c93e8a0e1326e56c14f7e230522657ecdc50e4249581b861f8e3c1e4bd67169b8153e0047536c9f541e84f0f20482cde7e5eacaf7364a643d3310c272d06794d3e5785d5e7c5356e9ff81c650caac28cdefce4de5ddc18befa0f670ef5d2d6bdf8f29450a970494dd6489f03f7d02720160f1b04cf5b27f5ccbc1fea270c48e8079d8ddf7d06d26ab52e4873aa9a05cc5ed839561d1215167668d420fa35754d1f1c19969c88780314d7437d136770f5b35194cb46c1653efaa96de2547f44254c97f5f4f1f402711c1973a5f0ccbc4ee3524ccf035d35b284bbe3e9d3f7d70537357c67bb3f4086846207f88018f72237565570f8a9e5ca240b147a61c1d07c1c999560f62add6dbc79d2682367c3935defcb1f9e247a97c0dcc42acc8ce334185e0193753adb6cb77712a3c9878efeae8ff06d57432016ceba40511cad8383e5ae8ddd8b855d135dac0560792e4a3c79e62f76cbf9fb277dde1696007be4eefb81b1a1d39ce48681b9a4400501febb2a95e79248486a5f6d37d12b66d3df6af8d429c1a357d8b9e1ab2531e7bb29bf22e1daae486fae3417ae449b9317dad920c0dd5ad0a2a2d5e494f398cb9d6bc79ae567298335b51ba8ae8d92f99edd25e2cef48eca48320a1a586d7c8a08b4aaa1bc7c599473f5dddda158fc2ddd52ec2cf54d3c161f2dd6517b0f2ad44d26e1a6f244201fe0fd864d1cdf1035c34ec380218a8cc9a43d438f9148510031349642de5ca0c544f31b2ef647c722bf90a49140184672e0d3723e32451041557a22145b3701b0184109caba0f3601dc682036423013a5d965db9aa757f843a169cc678064d9530d12a188164f1f27bf1b4ec22924fd0acb550c235831c2f88a604a07ca94314b56a4921b808e6bea8e90ba87af3c9554d94db65792cb6b10338a7fc4117a80da24b582060e6384711491713d29bc63fc5eeb5ba4f11d0e6287202fced83f79975ec59a3a6f50a6c02a3fc5a3a5d4d9391f05f3efc6a81681a7af700c6385d36577ebec359fddd7938a71db5f81fcc621673ab67b71ef91c212e30e14bf125e9374262401f5d79099fcdf499f12b79770834c0164ab618c3210e934362ac261db280128c227fea637fd6d02b8f0adf6f7dc36aed93ae614c557843b1df326cb29c572254597c4ede33a62160a19586f6e26eaefacfd43ab110ab2489d6b9b2caa394bf920f8303a79b1e19a194f1875981be5bdb6f4921f95baf824205e1b13f22d60357a1b59a51a3c0bf9c5228fde841714f523a26751be1181460baf78db8d5eb7aad39e721a54a8cf18c8543d44782d9ef681f5cf21ce30208cfffaa832c6e44bb567d673271cc47c1a4e77f57e239ed4d28a79fe97fff97f089661135d0487843108eef2a4be5473ab0b3cc286e67b1f59f4401e00f2f4bfcbb7505cb641066f2859b15231a7ce4ba789d13b722cc5c955834b9f94c77652c9a76fc8a442748cd54bd375c71349b295fbe2dcdca9206f20a06a588a6199feff5ba48402883d9b727002a27b8144ac02f67687f76782a3b5d8f8bb88f80d334b1869781beb89f7b73be02f039058bd48307e6f653a2005c9dd2c59b469d724f7919b7d35514184fdc0f52d080a3e172c33fd6886a37e72884915a142a55461d5fef016acfb927fee0bda941493eeea57ede8214fd77d41806bca51c896c9cb81ecb5a199d51ac9fc3c5464d828b85b0bed98e80ade0a5c43b0f798ed7d4ee7138d49b8828958048130a0efbe98067c6c73dba1250d2beaa81f966be31e4c40d676991f2405aaecc69348b5700012be65c9da25f49408d959ca0fc6709bfdf0572f183c1a84ce5276e96f3144cefe89a60d6a1afaf7859c5076bacab0116c354964a558e65bdd07ff04728dc6b0e1b33769b4b94685e4f4d1e5c404dcc91b2aeaa7caa47487d1483e48a8725fb777f25776ffa9076e44fcfd77662889e73828c756c961c5a6d6c01a4633e7e0224018ab3cf51abb96464d518cd74563ba21a90da13dacf2a73e3ddefa7515ab26c135e92ed8bf3a594d67e4ade7137debd45ae4d0ab9aa953017286b2025e2a30f44898b9f3e978b1786dcd85c851300ee84c2b80ed40f51ed26d866fcb29eed44276144e4e8103a661f9a78b7270edd69788dce200a3b395a6da6fdb74fa53be91b4933d536748a60458b9797ab2b41c63853f0a651ba9fbf502b0cd8c4492cbe90fbdbf88a5aec486aa81ed5c0d0e461de8d0024aebcb0a7c68836df70ece1e1e0931919438fcfc6bd5f199c84c6494d30851c63a55cdb8cb047fadd752d25a1f8dbfb2d656bac3094bfb81c54f5f4071faca32ad5285fef87b78646b3b43aeeacb258365cc69cdaf42a68af6e62a992c676f611616097dbea8ea030955a1584af63a546588caae4d23840b3418ef6127e44214882c61e372e86669197d98119037c5b8a9663cb21fb8ebf47442cde81694ca09a626eeddefd1b74ca3e15cc11f979ed25912dff5b0669f2cd54e36c5ff5f6a1802925ca009f3ebb68fc9b003bb003a298c2ad0d05e4342bdc6a5dfac4be1502501489fc0f5a24b667b3bbccd6c008e727785cb81b1aa08ac511c484ea9305ea4c7bb6b2e6d570d466a63fc8c5d915e1f1a40f40e6c7499863231141b34c82aa95e48810a9d1b33a79d8d31bd778da8bdd536187c36e48892bcefab442b1728a7c1b49c63f1a55781cd2cdf047a6674cef251d56544a3cf0292612aa892d962d6f8056b195ca6e550dba1b3eba322eab5d895aa3023fe78b9ce22dd5dabde45eda5a1a67772c8e25dd7283518d47a05a09d33779a17adf170717ed8abedc255908be746d245e50263adf9028fcb6b065e000ffe8a4f03eeb3894e4451ad23909020c28b26ca3a13cb88698ff92115213ab187d31d4ee5da8ea96a93ba89a5b5c6c226e49b88973f46ee8fd4a8a5bab2b3785d794ab51fef55cdb29450c3f5e97f97846693611f98c157eb7eabbe9bd03c2fc99881d04da9cbde5a4d6bf330f23a8707bb0d6001dfbe821be9a4bd4f81549a9d1d241981cec3c299570476c6f0309545110c592b6a63b4abe17a1c80cbdd2aa241b70840879def0bda020d2470f2e74990a07a607ebd936d7534290610d9b7e9abed244dd2f287dd0240cd412efde8bc165e864d3644fe9b73bccd1762555582b513ff9d024926709e8d64a5f47269ed5cea9f625f7ab8c01a75941549a705cf7275e41b21f0df63f65b503e22cb970527f23c9ad7db18b6a80c3cf2cbd5f967063618dc54f394a2ddf148c5a9c42151a529e8cbdcc06b865367fc4c0845c0682bd466e6ebf4c365d17770080c807a0e47ae9118d8641393c55aea738548df743a186d15f3bef6449f44a102fde848669bdd9eb6b76fad860bd12ce9c026814bbdfc1c573f0f5db957c626a8cd7a27231adfbf51e20ebecd62de20ea67e1c2d933d311b08178ad25414405eb37dae1c14b18d6a2cac34bf201d5407a6509fa536afc4b380577e052335232b11864986bb2fa20fa38748c8cbd669cfb2f016574e9d147092b5bb59e0b2658e9f2e77f8d4d83f8d07ca840731460a8a5ce1626210cbf4385ae0ef90599c8fdd2f6e7a03ad173e2f5357518d9fc2308c8f28d2a7d2f6f48801c705ac5dab2e99eee9cf9ec672e3836913020533a888904bd4867929dffd884d60b8f39ae9ff3a81f499230c4126e01f421bcd14821dab219ea06e2fd1a2df2e3582dc40b7120e77741d191c0d2b82cea7be3fab5890d8113d0b5a4178201dc842ad90e1357833654983612fb05e3ec9148c7ffd85d93a3e4de5c490d304ccd9f864d1e946f4e67db4b362ad23818a6fb78a1f1baa5b8edac74eb4eaa329f14a036139027dfad5138c9ca0c474d71db915c3645098b086d2f9e1e0e939c27f9f2d6f6e79ed05baec2754e25b4eac73a332d209b15d48a1514d8209b192a8b8f34e485b6ba13f79129a74a3e819b78e36b922f542eae1949358e25d8bfeefe5b199f1155fa09596c7e18e50b58eb7e0c6ccb4f0bbac6fa079f1e00b2c14c1d3c6ccf0faacbcd5bf1d018912c116bf2783e9a1f4a4da9aa7eadfd23c7bdb7cf57b3112f5c3dd7514bf620a1b85450d2ae374b117c3433fecc21b57000debdf7ad5c930f2d887e01a80e813d9080038decbbabb596dedf4498e258e4bdc9fd70df9a8590e087ec55dcbe7b2d7992d6b69b519fb14cfdb59b5bda1fc245aadae15b1984a2647c1dba23bc0e0f9cdf75339e120d2ed519dacc89b2bead3f453b0b05a4a8bf442d33fa06832082290ad8544a8da27fface8385abbf94b4593a0ed53a0c70f4496bf24afe7fab6f046bf4923da8de6aa2a77371374094fe9e0bc1de3f94ed9069654d5ce089c13f642d19f09a3d1c0e0ab531ec312161511493b002f9be2ee61b1fb3f59e28c67f3925f3c79be81a19a1de01f893e0d2551ecbb7ce4dc963ed757719ed7c2b66dd17dcee2a3cb29f4dfce06801e1a85d6d06f1fdd4475dacdf26dab9bf6a137c3b6782e562794c2f285f007f8c50dd25f5a45fca73cad64bdd7657583058394c828ee150fada65345728f206c2a01bf572b5940d7d9a8fa4c201d7288b4c18a679e48b31c72c30dede8dfff4676a47048d6f0c4ef899593dd57c0531e13f40b91b3b0f1a30b529a1d4888241374e8c62ddd9b4c3cfd091f9606a15eb1c3836723b53e4abca8d9b87959bcda7c438bad7d2afffe9e2fed00bef45a1078feb35de77d26b3f7a52ef50282cadb0649a3af4968404c9f6031b2337385db9a3f11415bc0e9e2625fae3734cd63a3eec3319fd9c84c942a08316e008c3039bd5842dca3d944faab91447818ff1418e8cc993fe8abcfe3ce2003e5c5eb1e78328c46506b46a4ac4a1e378b917503cfacd12053d309b6bed5c89de21249ad23d1ec9fa4bd8d77d02681df5cfa6ae07dcb33ec3b7c814df797cbda0f873c947bc2f7ff007b86a9428b74654de5a3545bd79d31f9a72d3a78690adf73fcd7fd118e6f226a71b5f1ffe10efd0a78537de305e941fccdbba5627e3eefbb2496c5c28becf18e71190460a9955aa4d8f9d1152547c0bde01830b7e8bd60024c4e87337f366f72daa424dae11df0538c09fb05dd477d4ae6479985ca56c5a12dd072677d210ac4c03ba046120f0802ec69d1fc78dbda242c43ad6590368912d419de10adbaa1b2ee13f77f679fa1483aa19acd7d2689207f9047f8cb01357370c164bbc9d6c72a52c599bbb43d8db8e168c694de94e6c110f42e587e8e48d852d305281faf947ca7acade9ad5c8c818cfb8feff253bb6c834deb61ec76baa8932f25f6e326adb93c5787175dda209ab6d4b2aeb2453bdadaa45cbe9882ffefcf958adb57686c2fdec5796398de5f317a7e9e346dc5fd268b49bf418523af8679ba9a56ce0a9bfa26e8ed9e10b2cc8f46f31b20466ae89669f9741e047487eb37dc5d637ed5e62c36ecb73b654b05ba2a44a2e0804995faf8d2e3b084a1e2db1d3214a6d842cc69597f9edf26df552e43b4568df26077653eeadf29596708c94be1314fc026da60d837353d20aefaf054c45008212f7bdf6eab6050c2a564435af0fcf351df4eb6786e9bb6fc4e2dee02d523773c6b194f37b938d340d5d02232c366c2c97d47b02b24c3ecade4c40a017302e3f5e7c072aea8801faf8a492be02d1b2a5ff364606ff04165088772347068148596109e38cf9367d27875e185be865dfbde8a344b44095495f3591f740713168e6a2e6c84b4b7de9390c0ef5ec5ca460332316d6da84b08b9bcf39b687b56f9f88906aebf4ad985aaec7fa013135fa9e41bfec0725742cc9d15ef594120059fdcd96baeb75112f09fa1dcc740cce06f967fb0d355592be4e7674fa31d26af3303f852abeccd793068486a39162611f524c3fbfeeca4aa916edcb6b6392e6be5336db2c119736cf48f475e051bfe9fdb62f932adf55af2c0e09e55861964d54e99a6c03704e95e6965532dec148bfc4ddc15f9f4b4b06ef7844d6bb53abf944626adf9e3b76a3919b50dc0b080a4c91591a8d461c2869b9f535ded3e213e73e0f7487b8e5297182c5a711d20bf26dea9ddb25cbf2352cf4dec30222a02a577369e37b2aa1404f416275183ab055f65699726a3c601b9f31bf04019c8593c0609154fa35b3194026346c9cac2a248ab7314887865c4265e896c6e209d1cd604df4d434d481c5bb723be1b6df1ee65ff7d0f525b3be596a51fb919492c099cc44799b04a1c72e3c8593a53e8000c7807a4e20a7bbeeb7a736682b26b16ebe8b432f34c5a997c8e7c806a895ecc5e2565fc52ed8f88c81323a418ca94cec2edcb79f8fa58b91d3af6c9c991f63962d3e74c0d42b4433905293aab661fcf8ddb8c8a58fa97c205ff222de3685497742c44968aece94f667e4095002d140b58969f6992966d4c363ea0162a056cb45fe5333222170ab9edca4785c39f55221fe7414e773d5b7e5c06d564f594bf6384d0b139e104214a08ae3f2ebcce149cdf6e0950ca92a4dcf426067cfd2246bb5ff35103c3584b063c431bd1268e9b5e76fbe5b294b70c9647dcf804d7baa19039185bce843dd76db8c939d5323dd3e54ec9139f0874f2ded2e41b0393c4ac5644f729530de21430b7540ec3f65135f7323c15d185eaa7c954e77f5343d941e25fbd52d2752b150f9c35ccb6869cbf074e481e913e1b06ead0b66e30b6867bf635498562ae5e286544710b2e7ebe9858833b8d55a249e6baa5c06772297520da205111108a3dbfe4636cb40b84b803b2fff6136f951362dab62e64eb8e841183c2a9ad4cc1fb9b068faecfb70914acc63395f22e4747da1aa27e363d86d40ff442fe95e6834d0a3d99e9ea8811855ae9229d7af6266cc52234b5aa339b16695f7fc4519c84155964659375821f7ca576f095c3395dd46c34fa7fd8d729d8cf88b7a86f2688a5fce7d48c8d19762b88c32c3b2d00f43f07911355d4151f13925ff2921f71e393b3809197ed66df836fe833e5de03beffeed9da5f3639a621bcab5dd47ca57a9f85a19a6e4b9a248c1daca18536ac8e558ac7690b6f44e2cb5ef9332203e7d2ebec1e820ac34d054df7e68f486a508a60aa3bf9510ea6acb021c94b481113d7a76ffceca1bb350bfe145467c6a38b16173474ba8b1a95bcbc30d3b8a55a7f963e5e0504740c3a6b10bb6d4fa5378a063b8fdb1db941e34f4bde584c7de3408432c1a48a52fb6c74d926b38886277a78fc05c8864a170e9a56ceeabc4cd77f00766fd3be3f2189c843a6af3fb2e4dd5528f7596dcdf871aa55cfccc53c7f16109f1619fd7a733daf5a84c708c1f106b7f99d2cb30c3db1c3cc0fde9ccb95f6870ff3dcd442254e334a9033d349c215b446bcdf956d848a8419c1b5a92039dcaf7a053dc372fbc391d4e6b5d693d46e1fcf4c07ce4a69ee07e4134bcef13683af9d6f6c06acee72992f2977f67ea82d922b133be19c1171534e6594f75498c7242894844ecd6ec94af67ac8247d4d8556695c262ab91ff51a943fdd60580004d0b59e19461ff126e3a08a814c33de73998802680548b916f1947ffbad76c4de8ced6214345614d33fb0b16a8acddeb54ffb41e085fd7f69a75b6359c9893d863b367aa379f71c7afc0c9cdca41d7d2b92b6726c241134dae6cd3fb8c182dd055f53a45702fe05e449c30ac80df94afd521d77158e02aed37e2274b90c9c405e28906322882c5be9b4b27f4c35fd798cebccb32617ad94123450fd137104f80bf05527157a8c2a7bb63b22f49aaab3b4d2dbedc99fe843fd3dedb02f086ffb87582825f9d28a8d42c5e5e5e8b23d1e4d36177d71bbb3558e43af9577d70e1b36ea1c9b7a1c3ad668b8bb5df7963f1f36c15d6a3d18d52e8d493bc8187cb98c249675aea6c3cbd91661bbae767ff1d68a18275455ae3eaa2c291eebb46e6d9d7311ba459f9e45ed746755a32dcd114a3e00961a08879c34f91ca0070ea2f5dc513ea4fbdaa7a14786ffdebc4ef64e96055f5b06bf9381ac43879351642cf5d5c186983b52c4551ee00f72316c6eaac5a4e7e6882845ea7bb4d9462868219b008bd5ad93b754d500338c253d9c17703f088ebeda03513be71d34d2142919866351bf9dce654515bf1ddbd6426dfa9706964dce9addb1c5cb5d6e3d9838f733c5b2cebf15b205503560c4e8e6d1ea785ec829debe54b19a5f78d9a65b900a3908f90c1a417155361a5c4b8d297e0d78d0fb963ff976f9c37fc81fe03c21ea7b4ba29b9f9e5732ed33761840f4ba6c53a591024321c5e2bdbd23ed35f0574ddeb8b4b727d6f5d1b61fff7be687f7970fd47268e9db2e9aa3827bba3afb7ff94aea5a486c712a91e48443cd802642223da00e5eb0973d24649a4a920fc53d9564ef8446f35513a8d6aa2308357a268a7ef1981e4bd8a0d6d8462016d2fc6276b3d7a84628c025d30f7b2c52c958767e76c8758b517083196f05ac29810b924aca253614bbac999b38b5b60cae531c49698038da89e49ac5eabb489cfc6cea9fc1cee8d6b7ce52554fd70354e37bbf44a265d2ea03425887a717c435081cfc5dbb95192c98732387165bf8e396c0f2dad28d8818c8e140c64c743113f563cf750f84ddfb34126fc3a48ee38d7044e87276ea6b2efbdd4255a9f1b3bbc6399b58f47b7a53e239400a13bd6be6c91c4f6c4e05a5cf06982ba7892ed2a6d38fe832d63a824154b16ed7dab899bf000b80eeee5531a5834816222280f20d1ef9e95f6907811dc6c422334ce36a09ff5cd6fe71312351bff07989769097660a56395065c92a10324374fac681719d63979d00fe9f62b8625f914a002496335037e9ad97d860edd1dd83b36f02ce52bde626c653093b60fd0557804c8ba0cbf1453da22f2d579dc29360d8bbfbb4aa541de5afa988ef51f0bf911e452e8dbb1d807a81ab5352696a9ca3397beb79f116f3a33991a5a61717dddc3501cfdf7a4e22d7dbaad198bd736a97e7cecfdf8f4f2027ef802b0f658cbffd284984fb11d90254081ff48c04ffab49ff0e5d1176244fdfb65c23d2e1578544b172cca332ff74bddf5f2557911c1bf75c2b643afb4ecbfc8ec2a48564053b3c7b54800246348c7fa4a04c144c47ecba6f8318128703ca9e260189885ff2c83a10305ee08bd507c1049c71e09b16e21f7b6919bbfc43f6a5b2f0d79c6256b9bdac53a55801a066b70da3d8330f857a17c53d217014ee776bfd500189caa552598b845b29b17a427692d13875115bacc48cca24ac51ee4b0e7975a501bebf79d570651ff601788ea9d16d051928341be67dcba03f0e04104d9047');
SELECT pg_catalog.lowrite(0, '\x06b1338ba02add2b5d2da67663b19ebeaebf7782a3d445f43cf30ee2c0d84deea9813e9550fee3110373c21fa012eee7584b98aac2dddf59ee2cf19ca4ccb75ef3e52c300b822a8123e7ace55fe15c08955cb567b6e38f4c6b3f28cc857fc38c9afefc52942cb83c7c1f14b2139b09baa96d3afec184766bfeca7a9f989fc7e7df4fe8a8bcd5c95cdb640aa9793bb32b1359aa933b48b754a2f54adb688bfa772eace51d8f796d04991c831a07059758f8c0c968632845cd133308b1a494967f52dbb0686f8bd0c0c757acf716e28ec02d405b367158e3f12d7c1e31a96b3af316ba72172e6a4f1de54d11ab6967e371f8bf09f5fceaea80e1f864a1b48938bf0ae3f79a30234b6c45a6f7d298ba13106f4920ea25403ec77bee9efce43ea25eb5f1e8fb36cd7fbeb7988e8639ac79e9814a9c18f5abff398787c9cfcbf3d80c325995af77a0e8b06d1204a171010b3a296472c9542ad4d4788d543508116cbcfb2e203234df6dee15934e448ee8897107cb5f86508f146774a2fac4373a8e504b86abe48d358ecf194c56c69108433e1f4fe6a4411edc2ff625888b4093e917cbef46321026d8404bc3216d4774c8a96492d38d732122c58b44e3fdc3e9e9f3819e3d6c1381eac87c17617e5165f38cf410588e48dc83f2822a880a68f78923654ad60ebd1ae29cedc37da04b6b067254ff9e9e3a2ec0300d4ce11261f5169f0070d23b06b1486a538c0eaa45dd167a850af92f8d9903e7a4e0559a98ecc8573e9e39fed3b8369ed940f52cf300cf88a088ea2078cd92b0b8a0e78a32c5c082e0a209539d1e74ab9fe46b9e01a19a97f80ff32e08a25270b5f252ce39522f724d6b3e38b952600251ee92fe603170ffd3a7f48c12e697d50c8a7ae7684644efbf424cb7b0dea050a42b9739eb261a3a26f5bd4aa64fdadf96152ca6e64080680b1ec366924b26fc98fa7b71a9c249cf801272ee79cfde7fa5960571fee36b9bb2ab001909a8a6f04b51920306046ce5cf2226ddd41b1a2d0ae51dab54d32c362cd4e8a2ce081c3d7c32c3cde4312ef7194cf6c2de8e00c05fcf16c498adc7bfa03fa30821986dff10fc66647c84c9c3a1d7311f2a312426d710e1c617fcbc8c978d76676f5e7918f81d28e7d092ca0d2cad8fa47bbef282badbb8de5374b894c5866e93cab1776890fe343c9e7063fb8232e119d8f59aa83050a741631803a67b1ce3d73b70f1a7246e7b76a35fb552e7e23670481ac78b3c4122a99ba6057324f0d2c90473b2bc949ad962e61d9bcbc6335734dbc0b1ded766421cfc6117509185f3ec501c674c7c788464a36e7fb3931af583573227f0220bc568c65ce10405546b0e38ab9175cd905eebcc6ebb76c3535febaff29fcb7c0d20cbe94391c71a0a283bfe7c549dee6c638a05200e32a29d1598024f9e87beab4b98411d48ce01931a6925d3de09e5f87419d9d5505551174add1c52758f33d414ceaf3fe6babdc4626aa1d1df8e14d80d345b2a442d4ba3c163cd1efd4c14e3a415fa0a30103937230de3c8041e4da6ac3246a888e892bbd31f8e0e43a7da8a6295b251725f1b5230e3ea6d7123847ad55a1e06fffd44cd7a8f7f9f85129b9953950665064d02b1be0d48924c327124732726097157abdbeb4d8dbe30df8430a8394b7218ef5a1e3a5aede16d438c38862cac1a78dbef41d488755367316f04fc0e0e9dc9fca012869311d64a44b5a0d567cd20de043b92d18aa7a6176dd37d372bc2f1eb715227b6aaf294f5f027273aebf16015f2bd5af7cd922fd2603be4ee3dc43b0b77cd4bb35c75ba84b4f39e547b1416fd35f15d337c70078947cfe1b5d6f0ed3f13a869ccbcbd9568808b8497e28275c7c8f6e794a75c5d51de081dbefa224304f9c902b497eb972281fb5b4e206db38ee6fca0789e7891cbc0583298a2383161229a49a25d845a483fae4be7e341368e364e62e752ae53fb6a6eebd0f6146aa7029bb6dee73b8b0ca97466ccb24fff31391943102704f8f8f3302c2b730728e02337d097caf1299d9aa79c2c2b843d2d7823c97e9cb93576e45d2feaf00d0e85025d6646aad9bcc0be55b2c82f697503872a34abd6ebbd7fcf5a4421229c946c0a9f44e956e3a2b7b5598c625fcc802c367dc1c7653ac42a05642a667959c12239c182f930a06317057d31c73bb2fedd4f936a40b7e8eea0dc537e5f2edee1387a0d73a25092e5c1c9769a9f3255caa65ae21e4e58ad9ab56e8a4634046da90113d30960ce77e83d896503d43ba249caf724917db15c4e37e421866448c9ab23d8350db081a661525235354dd3e19b8c05a486cd07e4ac3d270571622f4f316ec5cb8da6767461f2812ae4290eac7cbc421e8c391abfde9abea82d75a2d60278d4a381c2c35c9157f6b67fd07d5a200ae1ee26fc66b1369c7625333bedafbfcaf6d542599794c1cf067d90638b5d3911f3697e382cfd25b07a3e62275d3ee132b3ddd9dda6bfaf0bb1525a8a27c3ee61311819932ff5cf474f4f19e7c7024640c2333ac5d90817d69113471fbb6e531bee86e78499eeb33fb9cac16b7555b507676e5025ccc7d638ae4e724da8938450a6c3e4035af2a1cde9f21e1ae1951ac80b8929c70f8d710e412d38da624b21c3c832e05616c8ed659463f9af00b142dd6f2596a54cdbb555cfd09cd5d991da0f5541e7637e7b6a9f27a98b84d3a185c7c0bd0cc810b580b35884bd9df37c0e8b0f88a839f2f6f1427879fc33ee4acf4f66f8e59f4b2fe7c5705bf878bbd494ccdf9978b7063e297d84bb2ac8e46c1c845f7bc1ec1d9c3426357e69acd5bf320061d1a21da7bca4abff8b0b61b87597de73211c1e0b83b9c69fa9c4bdede203c1e30234c510bc6d908b28c70ff313743079bb1662b7c5f22a0f905fd59e718ca05e169779d3852b32ce8b1a1724dbf5217d12b1e42dc0746f22cf361267de07073f3a1dd98341fafc1dfe9bcf36360e6b84100d9f30ca54b18d14821dc88fea0631d51b416788b6ee70eb0c381c06efc9f12056d8c1dec3d12cbce646b348d189d100a03ec6533ca7f5c644d198d815329cf12ee9734e1edf70ed02d9829018b3d981b3833e2504647f9d794f7d7b9bf341e2ad76f2326fbc6b56a45a56c59fafdbb440509a0106086a67bc2ea9df0a1dab1c6a0198177bfcc9bd93f6aab94aad3c0a87257e5308197df43230edf4ad1dae71560ce98c8250ce57a6a970c9991a5f14ea0d5b0cf49525d1866cb1e95ada5dca0daec69b5adc880fb464895726dbdfcdf1e288ca02272e717c9d5e4cb180bd8c5f6ecd29a0eb234459190ca51c16dd25db67c5657914454081c6a18e93d6ddea119a40c1592979f51819b0bd38d39d6832a7b24bc06775d02b7406880b93fc1145a30ff80745b56fb0cecf653050175249ee8e0cff02ad6b4cc0ee0e50b7d1e45823afe1e5120cec11fc4c379a0c67dd28e50635038e9cf3a648c2dd17ad0a2d969e2cee8cfa07ce7ca0bb13c7a36d4b4edc2630fe75800ddc29a7b4070add06d5ae105ea1bea4d800bc96491876e9fea9c11c4ad9a395a636ed944a28b51a4aecfbe5d21e3f7912bf8eb29124423acd3afef9b8b89558cd56638c3631868adb116b39f7a3ac5366079b1d9fe249a51368ba1ab6ed38bb1f26f36673739d543323fe11e9595c09af38fe67567a939405a70454516ecd9194c293b0e415777f01894d6f048493d2cacde3c579c315a3f3d9de86462c28781cbe5c47ef22c3e502e656adee09f8394b402d9958389b7d5938b4d054136e5d59ada6ec9c295d7ab5c01503041b70d41d80e3dbe31bbd8cb0df2270be9cb16c14537e5bc2f2d37b13111c20aee51aeb480ecbd988cd8cc9d2a27e83d429f0dcae6b937cf440aeb1598920e11d1eb2a49501d59fce5ecbb7934b535800b1cba8f96a5d72f72f161104048aeca2c0f5d84639358008ed2ae78ca8da41fe1ebc8d3ca31dc14f5fc56c443dec3062d0286986e21dc0631734c901eee509ee2f68dc6014898c309e86bfefdf562ce2fb0ad460fd8e9d33e57f574ae67a7dd7e491f8fb6f9ea0cf25dfdb6cd9313ed34ef58bad3fdd504355e72c329e6581efbc90bd92a1f22c4ba2103d2a8a812400df8963b2e2ac0ed01b07b83e6260b81898beacda3d16db379ed329e0f7a4d0ef9b84b83b693bbf3feb8e6e653ac11ca60b3e021a8c609c7198acfcb0b79da57b95837f14be95aaa4d54cf83dd9424294b0292b6e89ea2bba2e1144b166b57d195370cd41f80dd29ed523d92952351097998ac1240cb2ab7333a3d2487d4c6a324446b3fa45b30cfcee5337d4dd111a4fd973394238aca5c05bebe3b6e32320fa6bc5a588b90183b95dc0281a3f91fead97497b1a96d6104ad339f690aef91f0d9e7c3be322bd7bae41617d3147da8ab4a0437c15ef51a5cc7f2dc410907813b97e249163587e6246612e21758a06618c69880a6cee5314ee42d52fdf1f1d20ee86704251795841e6a9405abe6c7b094f88532b6c6b35bbcd525ee8243facb29564e7b448834a7c9d901201a07c2f3b3b907aaf8436a26c6d77f0a2d5e2c0adad503c91f91df240d0cd4e49635440afdfc39fe37995fed127d7df4fce6c92303f38d297e263c7180f03d40238651c4450f87348fcbe1f992746a954c2ba1bc54b239208cb37b901c0d3b363f6c79f4af478638c39b206ec30ab166bd6288499d0083cc34e60a077b7c4b3e12d3acd3e240c61820625fff66a19938f04ad5632029cbfbed8e136e5f6f7ddfa4cb811134b9d39fc3104bd06ce75abadbbaa9d6a1445eac881750bea6053f5640233f3bb964cf325a30f8b1c2ed2da9326505e0494662534f633586941b77d0cccbd8ca962b80445df1f7f38c57759f066e8ba8216a1e152d72653d99a4f03abeb76c035d5d0a2bd2a0d0834b93c9c2653ed35c74a2ec275b837374f04396c032b8eba3cb0d0f1d761cb74d94a5ace3651de85ddd068f0bc787691d356176df9cd0f74b5955dc87fd0605745c4b49ee8a376033f78e144f494bfc743c0be3330743394beff4b1282ba735e5e3723ed74074177d3eb6371e32c16c55a3b8f706b95f8d9901ca8878e291552f001f67692cd0cbcc668fe4bc58e0af3cc7e0a653d6150ccc6069bea6b5716254057a194effe40fb944ee700392ed51bfe84dd4e3dcc7e2b878868cbae992d1fb743995d8f96671501524948bc3937b4b30d0e57b9dc16622ddc767e6bc1200fe5df2fbdfb0f46c64b74a6c964c674853a89796c8ed6bcb486f72ae7b5dc68b5b7df7ec887716e1b8c6cd17b771da77391355749f380537a945c7aaa788ccfcdf1b99b5d8fae1eaa32d10b6c886981755d579fb4d8fa2431bf9d65058fe34e9713e32d60e65b8e4fd39d9786228649a8a8bec4e008c3614206a443012045cfd75d2600af2d43351f7bf9a215be70c2c2caa75550021177967c7957072da3dc1db4ceb30e7a98e6f17209029f4ae6dc9d88ec8eac2c47810f956e3d8fb8a32fb276448b464d5f6371c9126149517d9ba475def53139229754d7799160502a143a72f678992716026d60ff9b54410b3435b403afd226130f1a8e9e102707f3f91b010f151b0be069ea4c9c233d36ff9c7f329bc08ff13de568f8597b94bda53149c7d7f5958c40b5f25a228570053bc64a043c3f183346a558d97954d0692411c861cf78ef792b45c629e577731c4df84fc34f936a89ffedf5be3a86e2ee281d54cdc97bc1cfd827f12e35eae370ba9c65b7f6026695e6c2dc3dee4a51dcec3a876aa2339a782d2ca7eedf739ef4c3800713ec482e1af976b57bb9dd27aa2e7e7df2825893a66211080fa89981f66b1a0c9d55c61d0fe58aea67b01fa747687f038dfde066f6f516dfb84b9051ed85b89cdc3a8ab7f549c0b9d84c2a16fcaf9d25694fda75e1046ddf96c233a273fd390c3d0b1a9aa469dafe8b58066478aea48f3d0f384820f3ac63c91272f19ce97c7397825cc15fdb9eeb7e678863649bce209842e0d16488bfcf02e7f554f9e9ea350b699bc6a7778609db5dc7e1a8315717a9cdd8fd6f68d309812548887400e375eaa036d2f1426f990b332ef8193a61cc90516c1245a11f9e533f28593768ebf87075ab34f2a70dc40477bc2adceef4d2c90f47eb82761c7920f470038d4c8a619c79eddd62228bbc2f87caeb21bb7f6949fddcb91d149815eb972b3c370dee3b89d645ae14d5e2fbef30a4eb668a203060ec8e5eef6c97cd07663b099253bc569fe8d342bbf1e2b2c9255d552500a833ac828cd63503255088ed63354a54e0e5ed957e9008fd69dbe29f156a7ef876a40a94f65599be53d253d6bc3258a8160556dda3e9b2619205da514e83f869515c782a328d3c273448411df1962cba1db6c05b3213c9e77dbaf6759253c7c6d0efc5690369c7f7e0b956540676a129760a3eae3092947e3b7a5bafcb0fa8e8dfe3ea6aca91867b4773c039d539af17c883eb9283dd14a3eb043e7bf775de87763e9f8121c953806fec5af7f5b48b8a31a003e171f3fbb6cda17abb967ed28ec9610137aa45f735936504a37d53e03abdfbc7318d9ec743e4e6a6f341e00671e123714de019a8c8dfece5cc68249206e4690fc4737a8d2321994d85d661d792223f647000c65f7cc532d783a7461f227a5da8ea80bfe1f52854cc99ae1c1966b0a21d0127975b81b073de9370ea873f548e31b8adc081777669af68dbccabc30c3b6bcaa81825b23975176653284f1f7356ba5539cfcb20c9f5700da1088260df60fcc5df2b5370fcb77e6349f4467edd7227baa73222326a8c055c0d04f5b06544665d8bb3ea0abdc563a06105aee3c6136871c9f4d192049debbe566ca5782a3045cf300a3c23af4b45f1e166141a790d1a3126e77ad254c8a084d4545bd80577481aa030763f53d7190148675e3cd472fc826828c5ea204361fe7f024b130143eb3e189a18d095a94d20dcaf7aa07301948549beded20be76a86c0d71c75035fced631f874d69116f8b0140cdeb1f99a4d5096ffe44ebd440d99504722d80de606ea8507da794288f252f45d35735a13853e6059398aec51422b30d61bce078b27f0babeb1505259756244493872b7709a8a01b536f7e2b2b75b04175610e5a00c1e221ebb9fb7b048c96d44a0337f049e0a61ff06d3b1fb02964aa64e257f9f26a31f72cf300891a62162b960cf02ce3827bb363c466accbac9a66b805ba50e42ad715740ab8aa05e782481f55fc1412a97e7ac34ca43108ded5aabc7793d3f9b928cdd540a65e195cb51418279b6fa8d96847a604c5bcfec8584af0d967f1ab10179ca4b5f14615696649541a025d3d0f8e0447f8cbd005a556ccd4211ce43f309bc0eac123b7f02433572a0a560e620311a469c6ee69d3769e832ec77c9584e0b7ba112269d837afada308dd4aeab28ca2d57e43837a451cd0abc5ce4069304c5442c87add217938e07bb1fd8796e0315b88c10da4902cb0bc38210839714ebdcf0efc37b66b4fd401a271a1c7224027ce111bcee8fe9093fbbb687bef15a38facc44d23baa271bc35fe054c86928f7016e8ae6ea159dc9788ffac311592613b7f71fbb1a68e5f4ade56ed1d4bf273e5551075099f59c0842e83c808dd1813b48a37c6a8b4224068a41c5d37f5e2d54f3995089d04863f100d59b3eb688a11f95b0ae60063e26c670d07bb7c4d30e6fc69fe056999600eb275cc7196161261972daa59b102f0bb6efb3a6128a3c750dd16729bea554f89dd61cabd2ff833d3468e2008a52cf49fea5ff66588408852f65cf8272d0921d442ee91b896ad95059d13df618b090409688550f3cc93f4ed88ec6cafbdcf6070a4ab7f3afbfd2809173e0824b878d5691c824ee2aaf770f7d36c151d6565030e1fce4e481f9823a7de3b8a047bc7f621451b4f5df308a8e098112185d03cf87174debaccd689c90c34577b82f959ef477884b6ac2241b19ee4fb776ae4dd9cec1c21bc54eecb53786a2c5fa09bd7db7397f7d83052f829816ecc7f0048208974663db80265e9bfe7b222dcb18b53477c2821c1bf0da5d40e57b870d35de7092ba6df4276921d27a3704c5799897416ac0f58056947e2eb5d5d253d4f27cac11e2f46ed46c339ec3d569853759b3f61131b6eceeb2b14835fa648a48ffa6ea8471c120fe8cc35a2954c9b9c595ddeebdeefdb7e7e7a697e1c3e3d8ef54186fb23a33995d91ce3c2212189178c872e6d3238361fe70f22fb0ac624a7072cb2c2041d9763d84d7d655e81178f444e3ca0449fa2ea7701a7ac53fb719c51a5dec707028b05bcbd3a1db5640f842c5ac1ad983e08ad3304a97e147f522747edb60b95decdeed944b4cd8685417cfdc020bf2c45e7bb322f89a226bd2c5d41b7993e11204b215b27694b6f139e34ce8e139c454239bfde741e893edb46a06ccbe1df9a5d08724971f64a511e24fc904af5d5ef24881f3c3049a7b9bfe74d58b4a06d868d044c50af0cf9bc82d2fc19ff83630579d055dc5843ae693e7cdafe0c65d7bd70fe3e5e3a2f3de681edc193d2aaaddf27344ee54058548dc081c6541cc0991344c3d760ae42259064406bae1a9365bd906e11324065c35be476beb0c1fb2a1c37b18aa4611c3949d6148d0f8cbf8710b43df3f2c1553e649403426dfd16509f6eaca1022bd8f28d6bc582cae0fe473396242072e84af286632d3f0fff708f064faaf32a43e4d3c784e6af9eab1301141feffabac455e1f90a7de20545314b9674c86e3f9d1ba25ef9bb328956547884cea64550284728eb26b0947ef3cf2559725a9fdfa602ec8c887440f32fc79250f8c5b804390e8da280b4cf06efeecee9f1643651799ede2740927317a7a68443f5c80d181c42967cd71612af16048ff4e8cb07aa60b6777b6f7384d5224e27b869b66e9e62724bd7725d5d9c17fd804295ef7f6a2822bf4c61f9dc4a89ed9328611fe3f45b3cce8ffe386ee972f4fe03d77724a7217006e5d167288742c3ddf4bf13852db711dd1901fb517fa07a9d3fed4c5ea6b17e80258dee231fa61d77652c97ef636343742fc3dcf3ba949d4b2faeb4b7b9e745775793141e2b22dbf21633f03afcf882eaf10e4b5caca28b60a16b55fd531047c0c958ce14b958c9f32e03aeb2e3000825c8c875c4edd03e7ef47cee6fa4ae7567394b99912b7b427426b8acd2c2e53827970f2c2f5267cf64379eb6f29a4d25c4b6a2df713e47e05d6f828574fbc975a896b25bb011e54b2b21af94108d83c2a909d5b0a6a508bdb5058376143fa358981954e7626b8e9412ee564384b987d086df32d4ce6b7cf05968255451bdefe3c5bc64d55051710c66082c124f8afe3df4886f5e516e01843e35d41ccf6e63273495ba42df3c170c445ee64b1ed0583367a12a79a9ef21e0a84051e6a4a7381473328f43c48847b41bfa5085806dfa24b8c9de0ce567f250413d2982f1f83aa62a3a323cd2a87e82c4b19b8151ddc25d4d93baf7b908f57bafb2c2dfeefba931bb03a835b1fa97cc234202e98d2722580858573fd0817d9ff90f4000eacd3a6c9cb27f78994cf73f490f3f868edbcd80b5d3f7cedc4035e6bd7a6970cd4325e587f02667f7f730bf727e907c5fc9d5356f11e4c45d613fec87a37cdeec1c6ecf8181c0aa2d3bfc8067ad1937f728f51288b3eb986afaa4c8c76b39d294759a9000cbda3a6571a53f0d7c537d99b3824f0f99d62ea24281f34004ebcb05f9acda6016d5cc52d5eb06b5541a62ed438f956b662b4e1ec286b5754d737784b51ec5075c0dc437bf0f55cadb97eaff2ba1980e001b0bd98422c6ae45a3e88aee548c0714fad7f8269b4baaff0e2f11b5356193849021d641fea4eb49329550caaa1d2044105223721bb03e43ffe34eeb242a2ee4a4f125e566a4cbdaedcbda0fa8ddc7ea32073c4757989edad14ebcd3adfacc7344dc6b7393430095c577593aad3c39c701712bcfe347665597cbfaef834886adbb848011f01a0683665f38d8e5e567b3b15ca98bf46515dcd99ea50dd0671bc68408304048a20a8621978632d76c43dfd28b67767c30fb4dc55d801fc7473840b5b161dfa33bb83720ba9d2b6da87114380314af512ffb0968f2f56e51a59a6beb37b2859d9fc0cdb67638d50f411432d0d41d0ba9af76329c78e28c977ab1bcd1c3fe9b8cd10c7f376188a4a2ca3e8fea2c03aebf7696a9b362ac5a51c3dc8f098b739233f998e713a6e02287c374fd26835d87e696b35cc35e710279b9c2dedc08e22d7e71e5cd119bbc5797164fb0cd7fd94a47884a9652e94555c70f96b6be63be2168c1b6fa97c4288a4514365198566c6fa87682805257e619d49b8e0dfdc14affa83691715fdc5baf20ed0742b0b85785b30aaf34d6afd4b11cc3b3ac4704c79088db9264228dc48fbf47535e888c02ae04e0223a87610176ef0d24ef6d2dcde3af8b932c70d0b2e6bf071729a4fa68dfc831caa1b600f852b7844499430ecac1784b20b1f5a0d103f5710bb67a043cd78b06f50d1f89bd8b2a0fb771c1a69c2b0415e1af7ea95f89f4e375162b21ae38c8d09e4b85c783cbc30c9b8ae175f2d33c5dc3e08849bec07e33ca353de62ea046ef80bb237adf4b6f77d0700e12559074a8423d5e91fda00bb7e46540e2b0cf1070dbb6024b5ef93784428afc71f21464a1590df1d5968d41b855005bb8b67bf0d7363894acdee742caf7fe4e97c4d49a6d259bfbfa2062843ef543e21d7ec8e31c97cbb941d3e92d0e6f9925e9bc4d79407c826d8e3c07ad37cb2d13d1cb641234833147b97bb6aed53a8f4f1c7a7d8ba3e9b6a519cfddc560b5d53210df1bd6be93f7a96fed60c477d30ae1de032fd82ca5dd156cc926b2992f73c2896f76155a988dfb00a914717b3000a3374694c217c0e01c1828e7279051f1b6675745d9824f9c1543628a85bb51d2dd6fcf8a34de754248c196c85ee4fbdcee89179bd7827d1ec626c891d4b61a15c9dff296e0747b9be4f90056c30eb5241f06bfe9bf7ac67a9aa8d255282de7d11391e1b6940c48dab939a482f04dcecde07e27de61bf0c59238dd24a7f09a889483a50e8f2aedcba61ca55ceb62d785c6b7f10a839657c1fffd38824e5ab0472e022e577ee92d74ccacdc984afa0c517ad0d557a6c3a690be93aa602ee2dc0ccab5b7b67e1b113258af3968aaf3969ca67e744ff8f0f6ba4b5e0000340312d33c212c3ae89d28de8ff9bb6a3fa41fddfdc28f3bc192a0e7a415d64ebafcb16a8ca817cde486ecfcbc1e9f1ae5ee2d71910877da360e4a2c65bdaddd66a53422d93daebe68b21f9f98829dea9a48fd8aaddc1f159d85353d3b2f39b9c9b5ee3576578c04b7921c2dc40d0b979c2910298d2f8801524be5a36cbaca8ab9d2066debfe4e65c1d7619beb6eb189509885fbc192d2874b8c59fd6fbe0e9793ec2b27971221cace5acdc9ca5d99ae66afdfe1eea0e3b26b1d94108e907bb8311d8802b48fd54b4a1680829293f2a8541efa2647a0290f882288f691b58edecadcc9a8691762b4fdb5baa9c23ac3e015ad287b17a3d4afa3eb0ecdb070a1a0ac46de0cd733d39cf359eb5dd36914c29b299c84b7ddaf08ecdbab2adc8f9d078009ee3fa810bea142dbd22ba3bd0df8f385bdac3e9f8be2078169e05e2a0debcb15458f2cc1eff0eae6acf4b0f69f6f6e60e9a815938aa1ff42fe880812925e520249e808937738d2dda04f9d634145a9c68d5dfe53b2127248c3ec5c3a93a9e294a8a6392ccedeb402f657d55eaf1c4840ce8d66fcdaf90c852c44ddce7e0c7e4c64d86147300831283085d30e10513624c8cece7993f4dec0e90532fb42ac6de18e25e95db7304760519c3dd22587d6de04d5f1e28bd41d8f125da0b3432ed853c0b6f7ee5aaa6bfecf2c550171d3195c879d115440ae45ef1e491a766ce3127556063d49bc2f9874934548253bcab8490ebd74afed70319457fc28ceb408103e13533e4a5b6bd15b168fdba5ee5ea262cc2d4c0b45769717b3c7061788dbe82de5abe9f6fe22b3309a8e73b2cdb95fc1affa8845504e877e83722522e8aeb7512b7075311316b7eaa52f3366768bca401dca9ea5b181dd92426b262d11b0ade77387cf8416e15336e729ec173b94133d8fa552e4029f8bc57168a952f5d46724cf35dfc3d48a7fef0917ea498b1665ad6c701057155abefb89fd138b104dcf8e2077ad2a23954d743c41a921516b04afde48bb48e28ce67876acb66640bad41f1e1371ef30c180978fce5bcc4eccc88ad48ce3914124a218bb68e2b38e4a8ce7cf4f6b2625768c026a39ae63343c68b5223a95f3e17616ce758408f6ef98d7c7a7b786eca7b3a8453fadbd8a1a3af50a9df4df899537b5bd70364a8fcba02366697df66f50b4d4ed57844fa5e051809ead5aa7e3e1d5554ebccfb3e317c7789f04f7a558df453750abc3e730e36b387ca8e02c26dc0a2232b991e5d77ad140559ffb95522992d0e02e27e04fdff967ba7d76fb24b8069d6403675579f6114559c90de0014cd3d692f54963fc39a9d87c2253186808ea61880610aa9f9de9ea7c545169c716f477d3fad7d3634dbfb61018813546edbccba431d70133ef6cf688bc4f6093922b4853c6de78244e9f528eb3e1cda69699bbd756d3d2b9dac72449a6a6926534558a339a18def9898dd60a634b2ad8fbbd588dc5983b8c4ef1d8fcd5f325f9a65511321cf86b4c9f5ddd04881a44067c2a5a1175defd049d3301e047ce50d93e9c7a6aed000af86a084f9cb0264161e29dd35df07ecf4cea616e3eb384a9be3511bbc4f796afbc6267501964b46427b3f6baa3d06db1f8c85b2837b4603a5183442575e33da9b103b7b91dcd8da0abe1354b17f98ddf040204eda0af36a108cbdea440173ea48d9567f1f393b20c855bb40b8bd39eae38511daad6152e84545e504dcc70903297fe1e25537ae50aea18630606fe1c234519f6812fc4c1baae25d6af8e68c3c7bf14ad0bcaba52babfa470bdf1748d6b0fd9d439f71450117eba27256412fef87392ae8c987b0ecc79da1902e354fd90b2d5c777bfec87a352a189764de81d9105c85bca6e6e4666e6dd536a8e065119c74efe3a47aec8796964cf8b8cff9bf6694dccfc3b6a613d05d51d16dd17e652cd2a08fdb8bf7f68e2ad3814e113bb92c69391dd39e2488f9f58838275455e062929d32a333868084286bb68fc03d48253286a798f5116ec00e99b2bb75bd27b5a48a1b48987a18d831f6336ed277964a8959e72a0d987e598dfbe72c61fbef63df5ff317aecdc3670094472c60d870eaad6a3946ab3e8734466e53206c284d3f757b15c02f47f3ff06dc27509a5e2a11bea20817477e0b1dfe2cc219a5748a2fbaa6564d05d7f2ae29a9355f21e255f89e0f258accbe4e984eef486f12f2b34a0c3174269c19e21c07dee6838181d991caac98be8fb2ecb8bd0f166f35a2bc72dfdc2aae569a0c7370bd7f5a7789ef88d599b8df86bbee632b2994df2e43fa3400d826df4195a9ac70dca620b7e926154c1274e8b602ff0d7c133d7eb06b9db06012a7a4179b8f3cb5384d330f8f6b940d1073d8b6a5eebc46dd6e5d8bf84be3800d12f74d8b05e9b89836f148260a1ce4fe4907df4cd475c442e280c215f194276000be6a6df6528067151217e342fc01668b10cb1188d40d3370e7180cffd6a8e829dacfc2a31b3f72ecee0688d13958a19e087e123148555e4b41680e9fa7b4dd5d62ece800239bb53bdb096577e264d1ebd6b41041f392eec2318ad9899f3f21a5a1583584d5f11c0c0358aee4cc897452c00244351e4d91f691b9812b99fe2672af746cefda86be5f92417dc8af8570f274e6775d4d60496da98b418276d571e623651fc1d471c7811908a6f6a6c131a850ecb0e3f11b08189daaaf13651380465fc284db6940d8478e727fa59ddefcefb5d395011676231321102a326d5f7c9e04fc3c89d0ede88c97edccc661418aeb5761dbcdc06ad490c5ac8bb8a7d745102a978c5f8ccdb61b80bed45bd5774ffddc95ffe500024f628028ee724157b05d04e7bdcf237d12e60f8da71e562ff44a2bc7edf3578c593da0e900ad84f63618452210ab8baae021888fee0421317424e4469f33a48f50cb0a8345c3bb9e3896ea538ce77ffaf2c20a8aa681aaa4588a8dbd3b42b26d59a1ad89a66c7c80a29b1bdbab0f2a1a94af8e97c864e8ac67f7aed5ce53ec28638f594aef38441efa3380a3bed3faf1f9d5d9813b270ed0288e7c0388f0fd4ec68f5220a7f49d42406598587a66f02584ac3dcda54e29207294d8e7e1b537338b1c0f15eda31a2da646eea513b0f81a5414d8420d359404024567b5aefda1231af247c4bf50b715509a963ce81b168ca674b41ab1b1d6bf108f388dfb5cd282fb76c3a0844cee4fcf57de0c71e9ad3035478573eec40e4ef4f2089531dd5cbf629f8b38e5ff5f816ac6e4169bce9314b2996577fd60255d4bb0f466464849ffe6d8ef6185f0ef02dcaec414a3171cd01c697110eec23201d80e40d0c4a48954e2ff5d790c9e6c0b5e02c87b375e782ac01bc3bd4017318837e92a66298c7855f4427cf9b2d0406020c56599f9a93708832b5dbbf603ff0e99629dda5d75b6f75f966dc2b690516158a874dd8aabe1365c6a0ab452534c5ce28c4fbb0e102d4a4fb2efb4ab556bc42d6f0ee0f9e24ec4d1af00415740eaa4d9decbc8da001d3fd805ff1b0775946bc0329b35b823b86eeb5f5df0e09d6f25a15a815563df9827f48fa2e7ceec8361275c4e31fee5fe422740b220c77af02f8ad8561b150d93000ddff81c2f886f91e18fe16d6f4e865877cb6825f9cd5f0390bc77c1fed3c94885c872e74c2cf88f68a68c84e9509abc7ea5665f2a94c8c2d56d5b43a1a3d9d81110203fa2f7502f5f6b9169e67d17cbf51bb5a99158e0c52f9e7d290906c9d08268dde594ef5c314372edec29b93cab9d72e65fc9fb4897a89789352e211ca2d398fbbeb0c1b1fd44e392c7ce2fdbd137e87403ea2e851b9ab04a996beab4a480a30b628386c9b92481fab68fbf284bd6a64ff2cc3b8c7caeaa068f2abbc234583f5cdd96eedd7f695f4d61802f8105ba2b0058d6f2fbe951a5a56d96b1f1a6bca1cad47a008a2f806aa6eb1b53852cd8b377aee26c309def8c5a2a076eb250b8f36fa2e8c4385712f9a1d24c363a2cbe5b8362387494f6be6613daea643a7706a4233267e5dc58fad346e92471c43fcccdcc315f0320b7cd4ec85756fac52d7807664a08e5f1e6c39faeb90108c430eb1204bbdcc0e821637155ac4217bdab70d2eb1c00bcd4b5183705c134b3365f8c45e23fc4cba066f390a8cc729c7592b6ee85e751896e527c862bf67251a474b3819b7f1f29db7c23648f2bb8d6a8ee0469b421b3ac5c24ee992edd6087611c60dbb08f38e0434442128fab5ead6217ca759361440528766bbaaaa1901845cf4152bec1f850d934f440cfa8e4a18d2cf54637f7c351ee977c765aa8cd5c7020bc38f1d49780520898fe37f0cd6b41c5311bf47fd3c87f42f55d4b233417d49c347839ff7c9eb9d37f434db778f59178012daa4613e8d72a61b3b69b32d040f89ad8156584778d5a8ab88d6393cc4cd11e09096f2b50b5d3613adf9c27049b2a888c7cdcb2f5c7b071143529ef7f2705dfbc478f7d96ea21ccae89a7b581295f3413522b1f2e0983160db6f7bb9f62f4dbb395a45828dead8c065099cb653a2185df1531db99cb00833bcd414459069dc7387d37124c4c79f357cb02c655671a432fa868b7df964b1af24c8c0a9e43a330c6a1006ff12c465532f8c574aeaa4461b16d37b3ca37106b2bfdeaa12647e3bb1c9fc192b0c0d270dbf41870a63a8c76c2f030e65da2b1c944090548d36b244b28db2ea5e977c5fc1ccfa74171a9723dd619dc372713683fd865d366d5d9ee810ba044a23cadb567653eb51d4eb40acaa8817693c91d9204b7a7646284bb3adb6039a11883317fde3aef2e2432a58c86779d58e2f077670f4de9cd7963c857f25347f141cf8e7136ce8701dc6636c2a6fe435c5a2cb362c4d214156f930e7d13252b0bef4c9a6e50d43880191492d4fc827566a9968b43628588e76be5a85a0f9e82b6921f2c64dee16ba21ebf17f3c2c92f804d21145597e42851fa736e221da3f98d8a23fd60826a2a474c5b4f5811707370bfb31abd222b582245b977ea5f25a045cf83ab0722e782cf72d14e44adf98f75526659f31040afeb61cb7133e4e6df499d34bd87b42948b3960b8f6b82e7444ac09ac6a149136a4102ee4b4103ae6a7a3d70c6d17a73140918996d03c014fd8e1344e27a5b08cdfd5d027d9b8d6de92bf5e6240737e0326ea59846a83e076f565bb9efccaf6986443db0bf01018bc1cd138d0499a68f4bb72bee04bbec2d74a5876b450b45371f6cfe5047ac8cd456244b2ba957c48bc64582cf2bcec3d04b4a721cfb62f5d19ec61575114d8a2d1fd4f21f2556dad0ea8b7a5c04eabebdab1300291698eadedb559786c809cc592d47844673f2db74d78da8687d794523dae587cfeea5ac21a8f1c1ea51027fef060243f9b1ac2dba11ff8131c8f4431e0ccd45007df44dd0f12098f486e7e8a0faeefb050911334869a7a5d9e4d0e16895be278a9e02bed9248a4674ff62fea2cfb3f76858cb38e5b7fd113e0bc1c07212e0bff759d057e28460eaa5b2cb118e5d210cf373cf002a04ec72ee395f66306b19aa25ff58940d974234b48391b9549ec0bfd000f253eff3acb1043e1c06979ad82140cafe816c41a9c9974e9240b7a1264a061d82a2edae1574b07249800d64191ef5f6c1576762869ac49281130c9e465ae46b07058f4ab5e96b98f101756a7f592cef8b130a6967a90617db5681be27a949795bbe863f31c3b79a268677074378afe5e8b20910cf1f939e57f0480952c3ff98a6acdc36497d839e31aa57c0d9095b0d6bbe98ea0c9c02b11b59ee30fc170ecbb8ff1afb2c6de48ea5343e7a3788c8c64fd65c470e23e7534c3ebc82eb5657d37f474e4c4cf01e4882b896264c31821603ab476a318839606743bd64ab52371762b735317125e6446a51e8f564645fbd0332f066cbd9d083ddd077cc0f971d8cd24364f2029fcb9ac7b71f5765d5fb115a9f6a3e0b23b80a5b2e4c4d0010a6f34908640a4a6da2389772a78b4fd1d2cb085390fbbadae65e07876a7663772ea088360f95bac3dc7ffb841be227f6afd3b7f89b96c4bb91f95d50f6df3b7e5d3eb074cde5b76e26bc0fb577639d352b0395ba768e18f042c6e2a86218e987cf1b2f1f6ffa6a43066798b4b7ff5b1b89d98b7286673128a5fb112cb9a4e2a6330465c8ffcaa696a5a16639176182e6c2d3d78eef40e5dac7da77a748fd53697441ef12a45422f6660202f984028acfe2da49d2b9a7f177458256f2540aee92f16efd522b9326c25cc3237ac1556cb94cb34617aeadff1e79b53f383540172d289da48c48de8c5ebf3de9f7ee146f76a4bda9a9579eab38a8f6eabcda1b030afbb3a8af8fb0759241c97466ee43fc2c60b5782f641f76bcefc39fb239212311d05c9aa6776570398423951121209b69adcd7cbae914c6204984097d2dab139aeda1c2914e3b579aafd3ceeb1bd46b2644cbdf489fac0e2d192212d206d0738069b244a1c43c83112b735140a164ea6a546c19499318091a9df40a131812bc8ae25856bc2a6a1333d1331a3b7a6ade55409d1224074754035a5a937d2e09752d873fa71c19dc602bf2a0696f9b56775a0635c302542da2c32aa19d86be06e0e24295e8a86282cb559b860416812353de26971b93af88da102641069b440d0bb8259d8fe3c7df4554dab9d7da3c95d75b942ab4bd730bc2e819df9c9a4b5a78482ce76496fcf49085f2190e675b4d71fa38b648d86602d14ac610f2e61943812f9a59b634c2a9c574610eaba5bedbf2fb7d1825a1df3ca308ad0bf48591e6f1d0705c91c2145201df18a1a0c73454b29fa4efe4fb7bc667c7b301b74d52deb9fc349601c69352c859c1faa287874fdf1bc5669e8ff5ba45d02fded729feb5a2756a3cb9cde852cad3c97e120b6562217ad1dd50c1017d3df6b44b7c45508e833e042f509c996b1b25324d56659fbd3d80b656929a5bc0fa34381bf42fbdd881c6efa917cff1c97a74e03e15f43e8d3aeec875c479e55d1cdeea161842ec63070e6addcd702cb58de5d7897bfdae11a6727711b84fd1efbb87fc565199d131397386b7a1507535c59764a15ee0c984491777b1aa8b5b32c2e8666dbe1a49542a6845a557bef704ad8ac9cb4461d43a226e450e214f350856e2980b6e55ac9894db62f7b7a6ed2f2a277dae56a017cbd1354624fbae3b2149878941c60df991ec3e7af38e33222bde173fecaef6bfae6cbc650cd5798a05dfd0f51d14cde5cef0d17b3bdb4ee2aa741ba28c7255c5385690f81aadc1749175c187784afc9ee801fd8c2a4e79c1d24a40dc735c051ae1a99f6821980ac99136dcd2f1e9c87408b3bac12926cc1d9fb5d68783376971de2c61965b5e23b47b77d7c51611b6d7f327708dd10d68b1361ad3addbaca01f22650d6089a6d640c5e85b2b88265dc2b7e0a0209b929d097bd3e8ef30567a5c1efd7e9ed0e5e694ba6df444d84dfa37de6af401c28c1790eaef7d55c92ab6ab64f1f29888cabf5d45f866fe457737a2312a1d073d5ed3fa12169c67c4e2ce415f076073b2082f8741a9cd07b789c77a0a6db4ed04f1621a119799fd3d7545d3dec8b57b0be908301f5748fb04b0714c7c61f571dbd2fb949d3fe5ae1608dd48b445e1050156c6ae8c082a8422bb7dfc02ef35a8b78b572a47f56846acbeef5d3c3008b2c6f5370b744850a98a95b73ad780965ae22ea6aee11935f3fb73da841e98741479a7b998f88b8f8c9f0b6b6f115cf76466b97264765356fcc56d801d11dba5eed8838571e1c80af145184e515488c1e0332065eb80e1129139a67d6e07f018eb7b301a66658931cb8a93fd6e8b4944963b5c83d545c3d3022bcf032827a006957be65e608e863301eb98e18086fe131632103526e3a6e8114c78eb1e19719a00ed0c5709d80dfef33795dcef35b4130c9e891d39891289001cc97d86b6b8b8e3bd6ad94b985c1b1f1b7a94cb2e8f2779682fd11fa2067beffc27a91926e3197aae95c2ff8fcab35cb730f6a8625ef0d887bc7a2b30089a025618e1c62332647f433a1c10fa2e2ae04abfdf83ef9fd2624beefbc7808e4e405d73f57aba57e8915461b83adefb011530b711704379a7ba015d8bf1c70b8add2c287c6fa3c333aadfc3ee8ecb8d77ee31197d96ab8b9c74ac526fffbeb2d39ab038d1cd7314450613369e0ee72d0da7f6fee773c9e82757e9a1c12cb710ad680db11f6f1c7558e9d1f956b016d1fdba7ea13237873b817090081cef1bca77232f4532c5db5b03f06271f8917685d14cea7c6c50adba31bb5c75992690f20c2d3b370ec7cef67f7c2d86352c2c42e19d20f881f53c68c9c8258ea7d85472dd6fd0015f047b31df16a88ce00fed951f24b46e0864917eb7ecc4c38e4705361cccd903ad8c6e924517087669cf201ea91bd737a4ff4340a39045c40d50dda207bcfdece883adfb84a11f431c62436cfb760e30a34fef6c9dc70ecfd8f90ba8598aa2401cd1a6271faadeedd7626d661856b7a004e27465636eb4a7ff4b267f3b765d07a02da17d8da815fa21c57af9829fb0a8696026d19c113404cee55b4036fce1a37c058a4666cd9e1ab0e4abf05a0fb232f4ad33953630da28e5181cffca1278517e3cfac34ae1fda29b8fe781ac8d6d32a6bc756c82ccd658e09e829f16bb99457bcbc2b64c2f19d868305aa8bbc2d72902cc59087b0efc7c7acd1ef7e153678809c77a36b0dcd1e6384abc0e1867860ad3ee36624b6d8217cf71640993409df58204f86c4ad52768c511046fea7b2d42b300cc429429bf1f2af051f2021dc92a8ebea25766f01628f3d34b93a36a2301dffc95dc126b503e374b0e08231344a7f493fb6617980ce90f637e68c3ebe8b9be745ec7f346604f518906d35ef0492709f788fc687aa152e8199fe9e73304d407bca42853a61b26fef79e2ae788d973567996c990b7aca7bc7058f5e98ea909e924b8e930496927757aac0dbd2438cb3f4f64b21cf96d4cf612f239a6c322b10c8fe2a0f97f81755e2878b264adf39cba68e6e82873a32b95af115de1c414a1849cb0c1c995b77ea7312f887ddd9f9d35de5892c3b1c6dccd52936e27cbd0ff683d6c9efe5f26cd17ba6216bbe2a7d26d490ad8e88c0f76fa4fc8e5474384142a00a15c00b5250ddedaabc203b67f8b034fde07bceab69529b0f0b43625953fbf2a0bc4e356fee1972242c8f7eabf4dff51702180771a9b609a26dcea07f272e141f1b79b52d1bf6f71b2b1eb7ca08ed0776e2f9247929b404b2fe98ba6f32301e3bdc20d1211f3e7a99d775b26052e0163eb44afe91b8a427a6be2078cc89bd6f9bdb5cea26ca37aa09e5365f3e7f5dd9ebe22cb9d6bbb4c290a94e4fff4d68a831b91b1facf3b3a7890177f02ac188f14c779efbd24d5a7e37ce8dc93e7c04d572d1c373ab1570cfb9a7dbb53c186b37a23e60e09c222f206c725385f53d7e567c3b2d8f129ae2f408f2153cd9ce663043b887d8d5e65ac4dec3934028fe23ad7260ad83801910ec976590f69f638e0d6d1c303b0eed3133200cf715285011b4e465a31da7ede4dc9b03fb5bbf8f442ce963f44623dd8686aba388944c8810087f62da8c91ce7b10846231921795d6059e466473650870501e3600d9a1b4ee5d446db291ac9963003618ca6aa15063c4d6af44c4c56f385c43f2529f9b1b018f6a0f21f0349462cacdc5796990d37760aee37b08dd3015330dcbb5d6663667b8b86788076842014c83cedadbe6b0ba03142ef3e50fd7c1091dda165f25be7f64fda209ca7b50dcaab2db7c2d4d1223d4d52bd2e3373dce441c6c3bfadd1daa953e9edcc1391c208ba0b503fe9a225742512d71b2ae158c7c5912cc0bbde2bb9d95aa6b7ad9d68bf3443c35d23de844463b9ff0525c64bf3d4c9957a1d4397f1b40a11ce019e96a4c60832eadd755a17a58b1b0432ceafb0ce714426e9114852ac71c67df9e0a5cfefa030b853983324004275d7fb2fd45098ad5c3ece2ed4a2824769675d7c11f336ae6573e7e533570ecae1d2c2d957a01dcb3f3b39685cdb4fafaa453efde4ac6a36849ba381feb9e875848ad959570f87753a60ce8be1567f3f6b5f8c32c65fee991049a55dc97d1cec5c1cb0bebd56ae38817b251ad72bedb24b43fb034a10d78bec71274033b409658aaee7ae94b52697ad3b9275d46ec7fec47a5de1ebd60f559fee4afd739d59bcb12d7f933e7d102c52231bf62b8a678f40438b554cc0e3d96ee6064c5798f55a0b83c02d720415dada82e08bc09e9f371887f62f073a78511cbac56f8cab53fa36e841c5230a79c2102036d2e259848e93028bdc1aacdfb3687181f2031765d908c9a564a86426585b29f5335b619bcd806ca13ca3449af72a1ea5aedbed26aa4380923dd651c195b1631af7c82918720479c788fb27378c2c99eadcf207e7f3a61ed715ee66c48bacf237fa7bb52895f268dfb0fbef44de0f668a022707b86a724b9124acc7b5058ed75a31a9c2919c02f9de3c2f3040751818aacc7f60b74ee16fa83c0f151ef85e617f5aa3867a622722a343513ed45f14905eb07621686b1f62fa99de9f27a048344d55c5ef7a65a01f0597ac4bdf35c24846734ee9a764110a1994471c595f7583ef1b74ba4cb77edbe5f897a5dbcde49d31bec1537b851be2fed6c55f5aa0c16ff14c140b18753a1320cb5d2f56130ad5222f93da374248024541dbda1d3fd75fe49d1a4df4d9a96a2c73c0d477ff2a6da3bf538f4f4a74c3bae3e13616104c1b25f9da1f11fe4a93f0332b2519177ed55741ea4e5e79cb9ed4f35cf7c2f295cc2bc6f732a84c8862fc1a32725712838863fb1a260b909d37c08f7b129e96277388757530c72e5522f7ac7cd76f19b396595c9c25b402bd235c31c97855b7ef2dc8b414779af0cdf61037d7053ca59347ab230818335b922ede9c9eb9eabec1c1fecbdecb45d7edfd52220e2032e7281061c82401195a0ba2648acd23dc7a5829968ce531a7d2d95666e2649fcfc6e3af75e09f5adb90cd60efb5578cd967c3c23894f3058008a56257ea05c74018291954fc56fc448272e11700558e27be60f7489d2d782e77b66e8931c93da8c88a0a8b6dec62f9e03bfc1d4783966c69cc6aef8247e01034b86ca48d90bd5f0978afa3a012503a410ce03a1ed01077e3e289f3e53c72813a92c274b8be496fb05d95033552eedddf0204e1d3ee3e4b05de4e2ddbd39e0769023effe3c16b0477df9b93e26d57e2c9922f5774d88b203c4ec0fdd266168993fd60983292458bf7dee75f12d5e9e05fc325d4b598aaede18b53dca4ecfcb9cb8af7d0fbf094517781e0382102d7b270ebf197205c00fc6e0aac7261a8c1bdc975e6107778ce7a40b9878bfb96a16a78e489b4966fe8f703b5be647f1cbae635da713a690c067105aeb2fae324034054fa177df22864518b2d7818d4db5db2def72d53990bc4805684c9b61fa64a102f0b1d5879866f2c2eba77f39993d1184c1b70d965ca504aa751ddb62ad69c63f177540c7bcb8db31697b601642eac8d4d9b1655c134b831076d6c45620a78c332836be05e71a8f34902a6e6b37350134dc6e224a8d74ce03bf301152d6e33e97c1502ae5a4d514baec129f72948c266e3f5ee243547dee91fbd053c1c4a845aacc431fd7ec4437de061c2577a46039950a5c79b1eaf15445da252ada718857e94aa0e93b918848be0b7728b4b1568d8a1aa057313c28fa4a40c5bc084b11d2761bd4b29a8e0afccd9923fe29cecb4b29494ba9ff03bdad881378a6fd4092a6c76fec24eac8f18ed793f5eaad3dd7977cd8ab1a52f058358b947cdf8261b5e1a2fedf67d6f3d7341c1c1e8a54774987d3f5496252609c43eb8a3d147ab9b9c006bdb6920adcd0457aa17b53b22963dad9bb073f2855d769be5bf191f6378f71506917ff2a7b53421ff4066020e2d89eecbe767243ca8f574c740fb4c26cc6dceb');
SELECT pg_catalog.lowrite(0, '\xc8cd63e1bf13c5016881652983fb615a639d79cc857a6c76c2723b7e014fccb0a2186aa7c086b46ad4e8bf81e2a3a19bb6e710870acb098e584277457ba89d68663fd3c5144fd10bd5ca6611a9a5b92d1091660f3dff84fd648efe31391c5524f44ee263952e65b3610b8ba51229d1f9a9986cb066812f440bc2bb6e3c13696cce60ff163cab97029cc727e20e0fc3a7f14bc21be7eaeed046fed206a492e652d3157f2f0212a80a5d042c127522a2d51706f191d760c78dfcec5012e43b67142bb0502c80b7432eee4c5847a5fd077ba081cab429ff7a3b96e0a07319f1049e78bc62d08a9a0b9b0b9c0ad339ef82d3dc6a7e655d7e5840e66733e9ee67cc69ccd2e3eaa5c991ac880991328c8f1463748d6b6ed8e13f857ceaa6cfbdca14b805b8caaf6ba6f4bdb68675ab8b893bda6ad4174eba19ecb5fed17411a34ff5e68004d637b6236202217be3dfcdd8ce59512fc3c5227f637e41437c999a2d31694db0f8b0fc895da263fd77fc8aecabe460792d855cd8a912a97711f91a1f155c3b5020bb891119b9f5130f1fea9bd773ada5e0b63ef60e2239fa8abdd4aa2f8eb23f52202479e957b9bada847c1175d7cc3d69ed781b16bce06687822ae56e6d62f91ce9b820a491ee78c108636db089c5d9256689c43036581f781c61f26e5096629f1aac6ddb7a7cfa82574b6722d475b9b6dc7fe44437c6e0a69fd863dbab37e7897f62e8d91b1ce60515829ca2824aec1b3435c52abbdf8334ea0e7141e01cfead9959b76ce44a847c850b61c587ffbd6cbb019a1413183c8d08f2929307d4a897919a124958e699170b2b1dc8f2e9fb2eda3d9c55a0d89c98d6c54b5b3e9e6a921fbc428b5638b3986e365d4f2187f4d79e36d68c3031ccf6c55e9bbd39532b7cbe070a3579f424988a040752f2bbb001ba009ed11717eaec9305b2feb6366f0bc7bd1d4bf414073cabbadfdfcd58191d2a914c6dae66371c9dcdc91b418b313cbf30999888de32da1ec83ff503f0031c7a91d74015a9addfbc589f3fe5f42c7f9c8aeab0fc412031e192e2119df231f2107df69eab0a3862d50018a9b2097e26b2ffb0339458b55da17425a71fa2d10d355cdebc879e4fc6ecc6f63dd72e0aca891f2a8aedf265edf533a6d9a87c78335a8924215ea5c22fda1aac7b75019f8b946a256d9357eadc5ace2c86789f8684e630c4c30cad7b1f0935cd62abca1d3153a1cf0ed998d4879fbb50d9abdff8e9c2ac33381546d96deea9922999c6a01432c8138d46ba39957a8250e027c922de9e01cba8a4684f6c3471130e4c54fda78aa8a09b4d77b5aaec57b75028fb2606a5068901da92473666256e6e5b7221e5c8ec6b08ef6d3f9ff3ce6eb1d135937e34256cf4e5b2f7da08871d2a0b8b8388180314a337c9aa3c5aa8e2f37a2ecd2bd94734e5dd392d8678bc64cdab8c9a14ffebb7677d033ffce84799129386b20716fbd5b253d27cec43127089bce8bf0f27d70d480d3ab793bb7619aaa5747d3443e319a22747fbb873e8b2f9f292a08bf918f44ccd961477be30023da1bd85282513da4089c441926e1975898c0afa92fc0f8a9cf051bf2961b06ac56ba41b3bb3e6b050b6c9067c67f663b9151160453108d3e537255e9f7b931f4e905d4ae76f053f8f2516ad12961ef7fe9738ed162a0dbef7b3fe0f628aa08b90e7d87c68a56bc8eb803b44f25abb62778632b3ee0272954b956a7d1f86f76afa2177ee3bc58ce560b86c2b59363281e91498c39996bf1543e974747a2549b3107c32cbf687880eb1674a07bf717761dd3a9aeade7beada35c83d3b344fbafe43b0fdbd31f2027f20378b1a80125fc862dbb22b257ad0519d4500539da3c8bcf4dd2227d753dc18505031869d44673728e22b45e8d6abf59038a975faeeb6dc078255d99a37b2e1badba7c8df4ccd506a8899ef04eb612baf0e86671a5109e221549808ae38758804501ca3fc0697050e0329539ed932d32f1c56324cded92c07c2d60678e8f2ba9c540798ebbde31177e86a4d5952d4c018a1c1af9fa590a10dda98b17f068d5d9b7668e19fb8ae470841b299ad862b6f12cb57679f0538eca5145e6d27a7a8a8330df4b53240737ccc8520c86a628232a67e7bd46f76fba7ce12ce393994e8cf430867408678d1a5a9c87a98af17e63a0ac09ce2e96d03992fbc73e5080f0f3804cb9cf470a8ce895dac976abf49974d4686f87192efa0513ae0e25cfa90f04351958216f97e3efdabe9e8258e5140317ff36c7f8225a3bf959045c166d697d65080d54501403b433256ce47be4abd80ac324c645fd57a27fc7359dfa2df42d9e3d41f5b02bfc32229ddd3630410c51e60941a9001a46871070eba95d78a7c942571185308775a97a3a091378b331327b40e564390c43cd6b2bec20a7ce2a627ba838cfbff082db35197f4aa0dd960521e045ae2f20621fb4ee98051a3c40561002834e59d566b7430cfd9896106ca98d3d05b8cbdf4fd8b13a13eb414bf1c2a66a09c185d60553417b839ae2ed11b14a4ccb41d35e9d1ba5d113f4366aeb9c157cf9a30c90693eafc5531c0c178a9fc26ffecffd8670e6d746d8d30aa96e72440759f74bd2306c1fa3d8832ae39136fb470b3fbbf9f47b4570d07c4b1fdd1ef8da2d7e9393071204b71f023559c6d59c04e3804209f573dbff9766e428d1e232bbdd58664b41346196c68a9750337a418a86fe06c1991a1d64c563ca5e068bc78b807910338bb4d42797f01c939761597f9b832694d4c3815126c4bb406b3e7cd5447f7a76fd7008806721e7285b298cde5b3d0c973ed8d7b63b08354f3688c4e4e8c52c207d7d5b8c3b59307fdacf7b2db12ec4bd5ca1caba8731ae30af8750c2d28720ea3c1f8c2b124ec8468b67314c2013d215b770344767486cef2522ee03547cfb970a404a874799de6d3dae4c924142cf245a1d7f703640258597cbc50037072712f964cf5d89ef2ed4b7fd2c810847ffa5fa85bce38211ed78fe91938b90f84a51944b08d5ad77e68596c15c53c2a33ad143739902d2ef248c04979d6b3a7b283ec3dc32cca1271a7029c9df08643b631b02cf9e116731309c4bb223491a9f67eac5214fb2e6b620aedfa4cf153467265629501dd610aae0fede9a4d278e2f9a171e62fc76b9bd5ee6fe55aaeb673025dbcb8f939c189d4402dc03d3b7318bbac10203034abe2eacaff46787bfeefcaa24cf35264c7133b3752e52bae42230364cb720f81f752edc4a5890adc59cec82cb60f8af691b0169350cd35566c47ba83c6ec1d6f8294b5bde6de888ddf9cde6748ad2523d15812f92450ccaf17275500841c70924af5c150afbfbcef941def203e85cf40bc687fd5c7e0142dfb2da70e5083b3c6a7df83971673de5c8e71ca1e2645718dad0d352b4d3a317e3eae221199fdb496516dfe08eda761bd321f8a9b239f6f4ec3907edb0aa6986220dbffb79a788596eeaac61539fd1fb209b44b9f9d0d8d28ac040a99f23e8960763e680041c601acab85ae750ad1dbdc5c2703bcfe97e77152c12706a7c6e8d6476c3d2b6ae0042a82c3d377d10b13f8b39bf1218a60fe77b112e086066892a311b752673a28583d3fb6d67a24906e8a8541291882f81d31cac5658c711ba9170700fc7d3ee3f63e40f87522788a2be2d171666752f97ddebbddcb155487b88aaa80aed158006bdbdf544a4f59f691574154a60b8539ebf914528aecdf9cf67e516dfd5eaa675ccfd9ae3539867aaeec609a4260c6feb725f4d15426b9c324676610fbb01360473ed8a64bd53139f71961c5c31a9af03d775e032dd17b77fab7d51a476c5ff2b5659c38811c5285e34e2e3319ab7d9f2cfa5b88e1ce84f9feef5a08d0df0334c534680e1ebad68af7f0ae4830b7ac92bc3c6fd309cd6396e744600c943fada20f686aac45088df2e8d3cd2d8fbafceb920878c57abe86de4e516e12dfa386053fbfe20613239e122094abb4ef998c01d16958326fb04c3abf030fe3f4e341f39b573f504c296f8eb5fd521e744da4e8371f281e3b21cb226c39b6aa4634f820b372f34ad13f04ef4373992c9d3046200aa3508deb8d1dd92840f975b6931ab3a3c61e2067e2650cd701ae71c68080f9dbbdc12131f8ecf18db66a758f718dc729e00e4ea83d951990d8bf07a68ec3e50f9156485843481a7edacbfce101ecb1e4d2a8a87d27f712df362cd22c7a8ef823e987d54ce9de9df77c579775a7b6b1a4bdc095177e528f8d6c7c28a5473fd5a471b68a50bae297807da9e97722a0b3fd8f27f8037f94e53f17a2cc301033ca86d278f0eaf559f89ca17022783964ebe9cdfdf4334c131c781e2a6f0a5e34814c8147ac73001b1d44f4925449ce09d9f5d5ca073b00ab99487b74b63c9a6d2b962ddca4d92e2cd541fca87e4620aba658316dc91e3483cf4f90057d02aa492d2b25b13f7bcd0b3ea822683bba8fc530f151bdbfbb56bee68d99affaa64f189045d5f279514e888b8f2acacc68738d0cbb803e9c8661befae6dbcd08304dbf4dcaf0db2b323d6eb28422cef49b266557dd31ad52b738b303d90a884137546353e09ebbb58ac8403eb9cf17fae1dcd16df71fdefd8c07a31f8a85910ad8476f5f7efb27f507783927f2ec2737ba40afbd17efb5706608cfdbcc1886bb7eea5513f90133cc9657884708170e160c8372d92f353560a70bb05b08d6cd95deb3bdb750dce8a495eebbfa243b79c5b9b224c482d0c2c819904dde95535c60452b16c1c494f6c1d0f19c3f827daf0edd3e69c3b195a972b386224056bf940cd5b01341f65e9d9ddb9dd5d8aee9a76bf217a2a3c54833946e3ece1fc8b24bd656449d88eca941b98249b38337c5088bbc660d8f872d6a645e6bfdd05d1a69c5e47b20f0a91d463a30be93eb45566a90f4e95ee72a089a980a875ff6ef9c2d75e74307cbf5d205cfcce0621b49c983991ead4c3d4d3b6bca3ec598002d2e7662e2ef4bdd58278b7a430339c10c642c4b2251756fd1b484d5d7f5bba709f5cbbe1f74977096feb342cd63cb189c30ed03e42ce2c069566c7a4bf9ba2bd774068ad50351fb898076fa84632d742f2729dc32ce8cb5d497337371364b3d72ac9a3ed8638e6f0be2c963bfd6e8f26d1d3537f4c5038264ef368217bb4e7fa0541e0f5e04fea764ab916fab6e3aa34248ec1e34a4aeedecddc8f24ad6f72d6cc4cb51464f2b29ab69d30e9d935f7e3f2b502450c049ddbc7c92b848edae25876384476f8970b849116016fc18d787294ad5171100e33d05d4e2d7aab42e6b85c49c0f1d3a115e939c74c4b43ae017af4001c5193d310bf009422b7b82a7ec6de40781fd6ef338b4189269386f6bb1dfed68692a24c8686939b9bdd8817990ef209f0fb6b049f2d2ea0c334467d41d5cf21e234465a1530ba64709060616068d2b9544dc33f2fbe4ce2dc46482dd5d39742f0bfd417b492d0e8e62dad6e273d32235ae02b7d321578ee88ce5d989374d216a867cdc8871484b432c758933af02c0b301906f2819ae1268831b1ac54cc8db480e3babac5fa2256b8a1d694707eb0fefe65871369074926d36ed197b3f31618fdbadb3df86f804bd3cfbdf468f0a03187f6cee51a25e5e9af7cfdde9db36af8e0d9a6d123d5c385ea4351b79d9ea3d842efa89fae5d02b243ce6d3c8830d27ec2e6a1936ecbaa514936824c0191953647ec609b4f49bc964dba132f6ab6a3e3d17a8d59e82105f4c20b02dc95171540bc52912baf3aa709de94fe9ac8dc10dd8b9a239e6abee2848ac8cd1808dc30460a81cab1b0e6652fa2996962656838a97af4c5f926fe6f1b00a2a51dac6138826127f093500461d91b0ab42fcb7133122b38521d13da7120b2be9bd7a3434f7038ca27d1918de58bd331316d4efb44682092a006307b9ae3a59a3adea76fadcb6dd9e54c96fc155d198bd65207ee83bfd17ebb0db971eddf9a4fa7175d4757e45eac71a8487751f632de7cf2043693db2ee898479a6e445297ba0691b7777b6581397456412a41390f471223d1a1614b58a7dc45c9d01df19acf06cdd9c744f969958e1f085554c8b14491b756b3a51daac41c2486328554921c5bba1dd6aed9ab48c2b34c1a0adde3083202a936b7d0ef8b680d7ae73fa1a38a77aa456fc813af07bb428f2363c8d0655f117444fc1911ab9c6f6b01390511a04f965818a8533f5613003c7db243d333cb763facc6ce398ff83845f224d6269f268fb2ba1068615b3219c6e8f57e8b7ee0d0d4d5ef995aae0fc691e6d840d0b6ace9e8971cf36f1782aa982a708db0987b8b338d6c90bbedd8631bc4992218b9e7ab295e87570551db122a04c6f7cd2cd33e9c0236a8c2d8bd3fa91ad3acfca793d8b79c1b6665cf109d6077a8277a36b598abb934e4528412e5a2127b9310cd6a652ed1f7811192db1f700c8f0e797108695bd93b6be52fa0334874c872282b0639a82d0cc70b8f5830fd2b0686875df63609809c7a2052fdffe5c00a84e8d9766a69b764fefc12f56739424d13639cd7b469beae7c617c73e0d008195ef664dd858db942cad06f24ff25df567168a1ee9f2b7abe6e88d1a479ab6a42c5eb445e314138101eecc58503e98aa2b2d07f75d9144912970de5a09f5a305e10c0e7e05fa1026b0c5459267608ae320b8165a59f7cf3b5c4396ba65953d679f17dda99de58ff020cfb57fec1404c97003900c563bfd2c48c16701acca83ad858a285da2198b2b496c9d447cc4ac6b073437d0b499fb84a552c17fcbb1442d78950084ae4bc24c0795d1e6a4f58444d39b6c349155b122aa8ad5c877007e05f24f9b9b05072dd20d1cc3e54607b84c889b14e422f05b68cc0139988e128ee880dfa9b4ec2eb4ab7b1b9c3392bb5388119d2e2c080d5490760af59d0baf5acbb84e88855547570f7ff053fff7c54e5148ccf2bff080785c76aa81dbaffce7dea0ad6e16656a6ee1de7232164767ccfa792029ddbdb402491a6aa97964a8139a13560668e20b3c9e9185b04b3d2a9dc8fa2d2517756c5a9be6ac007fe9bb7fb92611131f383b434fdf48079bff1e44e2d9a531ca0ca71184bbdb3de7b20a51e88e904a11654ad1e1e48352252859ff3032a0621fbd17da27241c58015eabe4164a528643c8e2107ba86c47371e037059c4b78ed36a8485e30937b99c0d247e9c3832dbb422937d7ff56e049d61da730b3e116463c88460bd63bbe256e495c63aa40b477b02d99dd6c00c5ba852bb9a9e1f6ce8a642ed6a9ad20fb159472950db3d65828752f77ada1b8badf688bb8be59f9d818de4d2ec21cfcb149ced7a5bed25ab5c80985bd40b8ce792f8c786bb23fe54384babc3e7faa44cf1ca671b74499c3b57f04bb2975420e3b4c73920c687cad7e945de21a1bb5714a0bc8a897ed32e9f7fcc48d22804dbbe9b66b607d51389d491d0dbfd38d950cb716c4dd26c5da08a898dd88cca7b2f65461bc491dacb9b25c6b8c8d762da15fa8dbbdfb6baf9e260be1bc7997695495f756312886f56611032fdab6559cdfa4f167f8c31b9199643dab49080d80c724aad5ebf158d63df41734e6bfcd358e25ac1db0a4241b9565120125fd9b2d43e340a35fb0278da235dc6f798b844366ccd65d99bc7f31e0e022fd0fd3efa7c4cfb034317b21f3c2d9390f1f4972d133619a60c30f3559ec0c530192e936ba11d0a202097fed8f44b2d63a7769efbcc83107e5e385ccc6429def6d9e459b9fbf6dd26c4f7d621adec1d1fffeb2192215ea34ce0aab63650534a471c50ad1a156d7256eddfd747d77931d594b1a945b5d645e59e21f88bd2d83b4a533591763dfa743a13affab1a85793643de7cf7ba769c7466ccbc4adfd7face846fb8a4f365ca8e84393d4f34e1b0773640de25b7d656733ce2f808a330f183d324c2883882b15fa8fbe8f025a3a9971a5c0514ab83382d98154e5a5f9d81307211688a0869d995947a8fb11b215d65d2c2cee8ab0b9a36bd1ed7196bd6c4a5421e013565f7f1afa0cfe8ad87a99ab4500e4037738e13c0c18db508e18d483caa202034f268232c26fac9435f54e152d2c8394e31101a261abf1784302bf7584c2d4860a0fc27bcf854c444fb8b40072007983849f4fcb0ad565439834756ba91af177d3016ca20e5fc949836a894a14c879f3f5d8ed93a09f6090d77c2cc35b970a1d9be0fd100063fd6cd688b73e61f2585b0ebcf1f532c4d1ec9a7d51aac2f32522a84d5e6357e6abac087f1b0bf34185c4ca5d58e781d4f14173d41e5d4fa91c19016cb1f807ea47b5a959d5187de32147a4f1055bed9e4faf3485a84db2004314aa49d95302179246148e0326586f9b4035e5997f77635b13cc04984c12092a75caa75e4644fd2869f0b6c45a758be1f9f7a7efac938ed8bd97c0e1cb09ba3f0df1447f40e98674ba9d62c7475b4a2146246bc3a3a941f32225bbb7922e1b24a664f5e9c18f407b2f9c73e821c5bbd980e5ab2c17413ec02bd757a9e586a1793f65aeef4aeef4b479fc9b2bca703957b6dd9e3a7980e040bee50ded65de7f47e09c8e05e6021ababdf6bc58e766121d1f782d29b62a286909165517bcf356355c1634839cf42769e7f30905a35abdf8b8520b71f3a528c7547ee92428473447ac58e1cd7e96172575f48dca3bdef7924e3199be5e18060bb3e1d547a7e1fc9c082df6cfff8cbcfff2b5a722efe3ea33961a7c5b1ec04d6c97aa3b537913d63838ef1fb6f34ca2dc6821c60e4956503192b14190d3826780d47c0d3bf37e8d7e5ccbddfd9576be61e3ab86aa739edda0fd4d983bf975935cfd492fd50b73c03186765e199c116224b68adc5fa051e6d6e679953c6311757004d8cbbba9797134c3e42371bb4979a462eb2f042a606555cf42a6719782a952aa33cfa2cb2a2717956118b4d223ceca17ce3865e2322f62469c5e3c7dc3e58f5a4d1ea399ca851e9f71b25d2d588b7e0d4de3d62773fed7fd472e502d8908794430511f4d735143e9ff8c47def504f1ba0442df982974788b53f73e7950e8aa49f3a306db99be9f83741d1275639df2c1e4d0072fe91068fff3d7fa1594dfdf3b4308433ad38ee19a4815c4aeba48227913092a6eddcbe25988981920c872c1787382f04d6d6968d87c240c699190e2d8c029fa9db071cfa81605a94ad80cfa2bbc7474486950aa02ae8613af620668146dd11840e8e0dd181e4ee545195120626098bfba3fb04953d95a94367bb133f862402bceb7fede84c2be02ccb9c77107956560ebcb953f6ca5923f7517125db46ed1293d966b6dfb6b0819cc10644bea3115cf20dfeb9598fbfb97cc6bbcc0aff2c785d6ab4f2b5fd96ca65349119909c1eada2d944a5ae3483ed5c1e10bbccb7942a279c7b90b0fc23725f299b47c5224e6ec0d1b318124e37af6d74a03501474f44ea172f67e70f6b7cdc4cc893edaddf0c4c66c91724b896cdcf48285039ab05b3aaf0060ef47b12160b9198302ebdb144dcfba036d228858d76fb89189853a5503bd6dbd2699e8e7ec0047de2d5d1b28a75b8485ae387a981d783f8764e508151cd90a348ede8ac3768875037baca5de6e267535bbb91c8fde347ad861f293126633fd9dcf1d146272bb05c490d790b6da523ea2db50e62ceefceaf70a9d9a56a6f4e2065cb56f5533494522c46a72f1dfb0d494020ff8ec181ef98ed97ac3f25453d2350a54d774001d6078e326b448887887f7ee4fdb57bdfd52179947211b7ebb73231e53eeef362c814c8522f52572862a3d6d6cc4b5e77238c1fc1bb6cdd681e0126439e08ddfbdf4faa952dc9105900e7c7d6c41c76b9ee6445ae01cc0181d7d2be41b1bde6ff8fe45150c37488ebb0141a8aedb1b53970fac7c81dac79fbe15e122e839dfdaa7ce969536f94aecf69a85c12a21b76392747906fc7b2aff920dbb3fb9a5cd1d5f8a9075b5bb8070aa0ffaca95e3e5242ba1097ad8a9a6e95d7288251b27c8f0e73f4d7f483b06a7855fef3eff51dc719c4a9f565a742d78f2cf1cf43cba274ae7f413e864682b80f8b5b0db7f3a77ca4fcf9eca57aa7181ca5401acfe633e6817b508b84d236867431fd7b875d3473501d1b771ebe934ca596c0958d82a830a02c0718147b1b565c198afdcc1ebd85daa0f1749c5e56b9d8cee14c41e92ec5c97b54cf9b74e25bd99939314105ce8701e67489642ef4d49e8a9de093d0622ed782d267fa3f1953228da9e6a4a4aeca98588e4dd77ceb376950e4f5cc9f4f3f7f1651a6b9f9214e5b1b87470782489389f344c4fa4ceb5260cead81fe8cfe9fda9e4c2093e17e4d0249bdb8b1faffa4b3d41779bb495d79fb930a0b73609456022ae729282fd9753d4e52ad5c9f751f599492b4f087ed7ecfcafab3e9707435d6b0888b566d7ad3ff85a9d8bf5b7a4b35f3110dde8673bdda2aa97d584861474f4097cf13ccb5325dab99d193b66a6542917d2b7bee52c2574291d43c696d8c3704cdbe0a72ade5f6c416849da96fb73bee793e2bf65ae43ac1458e7509aa5f47ecfb92536e7dd1dc7142c65e00f4f7cf2e6c4c996e34005df8844c5f00372df2c3c4ee857c2451b45c5f5c23be1b71adb51ea9dc8e9d444a88487e01fbaf43e758c17f86472cbf3e6196f5641aa9dc87067da4ff90fd81e7b147ebe637038ca50a1265abac8dea18106ee4c5c93a9957c9b1bb3bd89e800c8a8166da05c5a094f7dc03724b41886e5e6ba70fc093b4ce912d769ede1ceeba850cf0763d8eb871776d4f28b39deb564db98dc0dbafde48e8f74c0de001d35e4018dd1e07a2de4a08e6612341bf2323eabdeb6f575ac5c6676b747bca8d09cc27c220a2091c26a7f5e9f1cfb099511e3e250c59336b505ed411d455abaa30b4d69b09198d4248b8f24494f27a01367b922b1cd168ec628442b3d4dc00fca434b656f0dbf9392657eed7feefc486781fb51da85a3c3dfa1f360b48852b64218b2285a25c17f351708754cdb6d56f3962ef11bec1411101c743f64df596773d0b20ae1dd3954ee840075de1395771b6c9c414a7497190eaef6b5d75d5a6a11afcfebf12cb74e96e67e63783d93c534ef27d04d42cdf14579cd294e5079e074541105edf455cb266ccb3ea3ac2715f87326e6e713296627dff6475085cc6a2244646346dc723395e1ee8ef57f4883be4cb4dccab9bd9e0b69c49302025efdf197025481b2f34a74e427a2818014b8e103b077c493ec14246d748db3ee8fce0092db43b52842663fa6e4100c72751d08de6ff8f5161cf94df05793592f5fab95138b842424a1d0595b76ec4fa03c46e8d7558baca01b732cf56f7ce83df2165143631b9f38268c50805669fd8caf8f3cc84ac9f06bc7b46d0247a91c8fc665c13d0e3f647cadf56541fb9513cb63ec3701873e77a14629775492504515dc4b23deda252a3dbaeb32e7690242ad3b556e626b0d441de75945e5acbc865406fc9a2559630b7d8dd49a0bab667498f287d68c1667606d48e361ce176ca71fd54fcf42869d684c589d67031a627ad33d59db65e569eba34671b3ef1ef38ee85caae6b2a1565767eb96d87d0d3af8dfb332c2003f2668a7105966cae6e23901495176b8f9224e5e49814ca908e58c02e28a0462c1aba53da2f6340a8b89dc96d09d0d0430c2964caac096f26db222cb325aa267cba385d7d1e52d89d1a445faa37f5b5307da6ea77475918a3d83c7e49223d453cc9001ca429212011f4a4fda6c778cc31869f357fcc8e6d119f3d95f33cedb5915cdd0500dc0ef6682fa6ec6d2e6b577c4dce8af15f064d1accb98887a21029b08c0e8517b1fe0b5270f3f41d4b56d611852c409f1571f500e28f490a302a12540b89c30965ebc74912de879f22da62dbf6a450490f238b4ddff085d66a916a206e7e69cdf28f8ce6b69b4e1853ee21bab8d7628dd7a710c8638dbd22d4421ee4662e7f2e090fe150ef8deb4466fdc81b3228b25587479f2fc7570428e8bcbabdc6a8018b3a00b69c008601b8becae392bc254e7753095807e1cca159e48eceb21a05d886123a54de3ca4b0985b718fb9b774b0e07753b0b94d1a1c5b0543b5fe1967990de5b3eac7b87d49a13c683497860a0575ee6ce460e1d86c0e9d281c4f1649a066d415bdda4ce2a7088292645e0f95ec3de395b4bce25b39ef6138da8714cf33e18ede11b79827bc78b7f2075aed87ca511e2a8593c8039ef732f5bffedc4fa7aecedac73641320d24d5bf3bf386add07cf50424b14fdf649da87843d01d8c9d05ec6e86d5bbad7a2f88a1701d078d69f40906679a976dc4d45cebffbe6db68512896941514a089c37392f0683b4da9d7b6d119db4d2d564a2197798380820e694038fadbf9b60b834215b46fdb4baf54f36935058bcc696fcef3f4689bc5b270a763686e776039618cc709f3a6856b503e276cc491e7e6e0ac1b9f4b17ecdcd675b3a4cbb5578baf72f255ec215ee0070c40a7c781507b38c59c3eb8d4dd7970532bfa1449085b8f43fc39a7d50ee8b85a85a49346fdff9665312a5cc42bf283c05b601f21364d052ca0ec798d3e524bf740dc8cfd3f49bd3e96daee6e1305f6c705349316360c3ccfe7cfe8471a551829d50f1400b0dab21fdd969c04fd4c2dc64ccb8496e6f1f94c85f30d06398475c83b47075e8897a083e97eb9f0acf922154627f6788918f03c42b123cde2eabaf96372e20a9e3d4b5f83723a61a098b2eb3138551138d127925d092d6748042b1dae4950fef2bd2aafa0b971a1cae82d4350cc23aca7fc9ae38dab38ab895daa408f494ad58006c47a30f51c1fba304f3809ed31d0ad97b5a2b5df2a394f11b55f57612f06fe9638b99f6c66e622c5a901070d1c2ad33e821d071ae97e300d1539c3b6aa1793b5678b857732cf7ae11af20803185120e83d3ce4fb4ed78a057268a74a5f1201285aa667585e15d0aa518d4d3bfc721aa0b8ab4ef32269b5a1d925221b37e2e399f7b319038ba00d8080853a54f8985276b0130266a657cff02a74da64d145a4aed3a577a106ab49c0fa7f96aa0a5fb95c62909d5190a645cef8e5b9570959bd9feaacae2bf38dc203e4a1bdef9372cb9864bfc9b511cce1021d43911ca2c1845910d84f40aeae2da6cc4a5d3a7ee43c1b3af99267ed17cf88118aa2ba88de549d08038ae76606310cc7ca5a76a446f85c1a0d641ba96d14678db82874f1456031fcc05a3afaf6a22d33b4a00c165507a61f3bed4b514930a237d18c50f563cba4531f1db44acf07845cd9aefa6cde3f8926d25138a3a29627c45df543c816a3ddf2d8ea686a99e761813f83dfc86fa1c6e0da5510c3b82b346a0aa375a07f5a90a344a61416c4ddf9029977a61241841edeae15e9b53fb67fb3360ae5597d85a005153451dd4e6915849303a3fe93657587cb9c469f001ea97de85eb634d580161c603422437ff095cedd23b99f1696fc8caecbcf257e1d2a48c55f6f10010887cc7d849469a1e1228be46de6a0234ac22ded31417bc777ec6f21c85b637cc42bb997841e11a654ebdfbbfe6c31c39aaba9a1ee83860af3c89b7be367aa4246f90aa007efe525740a02d0786a4239a62076f650cd26daf35fd567065af297ae65b621e0a21ae9845f3cb43a07259b2e4724dfa5c5c0d111338326597d14a1f7c745853f4d50a871d7232b9fed020ca23729017873089e2151b4c76b4dcb048d06a5c32942b6f674791edf1f8e8b8289a50677376308742122c699d5e3d2fa6690771845bd79049426c311e76888b3b2368150cd05f362898aef0932f6aaecda27aba8e9903991acb5d1120b8a0b8d3d97905ba9a72dc4c90e274d55309db944076afb3ff9c39155a0df4b5a1786cd13a7a8de759859d4dc727151e5d55dde1e950767cf861ca56754e06e46dfa419d5afe3c9781cecadd880067f879409df09ac50ba315707aa39ea40e164f970c54b0530436d5a9f7a781397bc0630d47ab531ea850bddcf638abfe8ac9ec214d68541fcb888c0b4c3882735cbdfd9f810814d17892ae50023f23d125da1e29e34c552f448610ff25f4b26dc4663ccf960c8538d595d0a1d3aaf1b5754061ebbd4412adfb34c8d353495c9d994f8d75d4d60f8bb8f259023390b105cf1504c4e241fcc6d519ea962fb943aa0fcda4ee2901a7de9321663b114a18630ab1c3b9f14454cf70dc7114834f92586a25bb3145facd64ab20fd554ffb181eaa49f5924e16c772dcb718fcd0fa928731e103dfc64c0027fa84709689e7d2a383e54274888b4b73b97e1aaa4919308b0d6e5898366a4a986bc33f3d3e72cfa3753d6a524711acb5fce38eeca1a4764f37856fc727f70b666b8d0c4ab7a2ad9e5e943e43cad612a7996c12a879634ffeb359a192eb8174b6854643cc04656db57b4db0a6fcb7f9e0c0b504f64725505712229fb1eb500efadddc0353264aba18772fc70c8cbf79a79f413ef102b87ae6fb631f7c8a627e8e28785d9992d7553e94d39fd4649ff75386a83ed3789e36286b94d3c219f414e0427e5f73aa5d2d2c6e2445eef2bcff6bf0fdf69846c1b32a022c52c0c6255c2a32e580be34f240c945bb72980130446fc2b40fbb8e09d068c869fd3e03fc606ec297fcd00be9e740b84bb48a64dde25061566299467532b81fa223a1b1ec74139a5b8151d129e406957d45fcb6c6f38c2ada7bace9156e6a93212e4482d99c84a639d254b67afa299a4d1d8c52e75dd8a24c3ce534f4172f3101212a2009c74b547b6ddf93594ef7214c4a90790186e255304f8fd1f9fe77ac7060e716f2d42631d156825c0d3802b1dc0d80d8a3c8ccc6ccc068e7c460b491b917d4185ed1f5be97229721acb16b8498f74ba6b6a6873518624168cd8c24ca8f23c562a5600876ca2a550ce7ec3b3cf674f4f1d23e9d30c89426cceee23e7ad9b473ad072d57aaa9b2a522264d52e08cc03e6090bc1ef30b73ccb859d752cb08ef466fc480fba981cfa44a1dc0c398086fee58f9d64e1e47aa4e5863e195b0793297114c668f772c6e2d9ba3db11d259a9db7fb8965bdf25ec850b916738419b15b05e74e1ecb164430bfa820885c72ca35d75619d6a378edea9f7633ef701c8059391708f1c3ddbe9f1f8163ce12dcf1ede17589befd56bb5281a51f72e258ff730035f2a1fb6637f562c20937fb5864ed06ffb59ae5f9b5ed67a956517f19aa289885c43e8db9137fb1b06d3a2d24eb109dddf78374fe5d0ee067e8542a04d734d0cae36d648b3f519e5cd8847be3f7cc1b14e9173908bebb2106aaaccd2766ec67aecbe26459bb828d81f9beb1e831faf6aaec2a5cecaf1af293685ac8cadc1be5ac98da9556bc1c8d9e21ce689121e39821d07d04faab32837048df7b8e8d586a55cf3e7054a4c85b30258e130476290221f597c56d351224b62e3d2c4f33a7a1f58bc6c81cacd21e9ccd3bbc2d7ca1bbdc055acf58609e6c2491f9fec9b080c74297a55c392b5f40a4b4affa4f6b27df047d63d66fe4ac56003df07fdae1ab273a967aaa1d355b8bb6cbf22ab286e2ad4900bdf5d6a2e4700927e8e17134dd7083b050476733207ea1092cb13c22d51c22b9035a2b4fe76b009332c513ef44b682e9347822c2e457ac7ba6d33c373fea56b7258003b16c68e5641d77dd5271fca28764612a028d9c8e211a7a84d3d5ce4d80347da11e0c85ed79cae1be0fbae74dafbf8399ee2209cbd74cb35426f3d808325876f45b69dbf128d437661d95291767e7402dfe9699624625d8e31dad7d1c4c83399a6eb62f0c7f6caf1f0ba788cd7953d817724c2b6e201e5bacd665709851b77148e225b33283ddfbd1c4f871159c148d7a010e69be5c151c2a9b76f9ef26d7e0f0d00c9a8973f104c9fba50050eea11d9d075247ccf2b93ce08763fddf54bcb7beb62a2c742119b8d43eafcf353e07d7cb5554170badd7a048049671970976f3e18f21ade3cab070d53bd0d200746fb852a922064a8ce87bdda85cd44f14de9afb864918843569df159ec477451530c4455b2a9e869fc664916bce863561527f06a96f5ff3f87e955fd6b89f8963b6934beb077d6e1aa3d9c6ce672447e1e5d0f1b5207e85e16e74a63567ecb44ade5c87002bb1d944feb0096faa8326192570788b38c1d134306d99c63613fad5b2a140398c0420f3175210f90bfc7ea82901db0ef7452fdeb74a85a4a68465b75c721d45db5d3b335d3d1cd7ef05ec77714a215134914ce73fecc08ee9b0e1a876614ec3178bac690bb330e5e7e3e07867fafc4d32ec824ecb679fd35dcfd0f0894c399590be1ac157297d1a1ff043255bfb18530caaa2916d3891a243c10fede49f9c276f1a2042547f5a44d87da3bc40ee5d0962460641c542dfe6e4fc3deb251d64cf6ed2e436072923bfc3cf47745d704feb489480c82836ed448c41094025b4a872c5341e58521e4e2bd3d4b988cbd17d7365df3c63c6598e9ddd2961e7dfa4d4eb8144a195323660ed2124450caaac2c46b5ed90d3614f463b2d42aba2700556d42740d0e97399278d24e6bbf3a2d5e9c8d3426237968ad196a5085f5ed91e58df8c2cef98cac9d33aad44bb31800130e8c50b5f5e7264477cf9b6b237a0d254cf0324e243a115cbd6f4788924537365be3d6012cd8d5260c8131ca7aeea5d41796d1a0a38ef4b66cb25e92abe4d594acb84147102ae6a786bbf135d3d223cbc0e770b6e8068fee5f49946b3a8f85b1007cd40bb40dba662fae60cd3bcceaa76a82d28730a49e3c3a03ebde64f85c0bacd8a08e2c563c2c394023a07d56ad6b3eb09537a143758ee65fb29d30caa170c0db0ed36c911241d00294e8bb714eee2e83fa475fa6c94460e902005a0b660266190c8bab994697479c5716eda77e8e9713e5f0feb1848290d5a7de9c9ccabc67fefa21191e50fe1e39af2869d3336eaaeebdb43c04c19c2c2474dbf5f7ac4372c5b9af10e57098d0318a954d1443e2974a38facbca382c81484983f2d437f97d1e141f367974233917cea0e42a49a2fb7eb4cf4c24fe9f765a44048868b5a620f05678ea292f1c5874b2be8395ffd75f313937fb5b8c484824d8a06f4f3d570bc42031346d3f6029f6170ebccb28945964d09bfb7d0858d41a6c29b873e4aba411e6d04fcde14913c766cf307c75059e0e89af5cac8e13055d2e4f62b6322254203b293ea9268cb43f55d1d12380fb6ea5bf57265b1e92c585fd4c2159d5f33b5030ff2243be2818a23c980ad664f30f48e5d191c66f4627f1b9679f8db47d1287d7e986e2eec9ca19c076736d19ac5426473afa6ade5aa93b826f8de63c663e1159bf7f26df67e8110ee2b44923db775e3e47f9b2f00f37307f2c2f372acafe55843f3dfa037a53e121ecc9e0926800c3e814e7da18d0326a9f46a4817e19c805819ae7fa215c9efebb3811a7ef584099078999eac167ec1efbe078138397fabba902e494c08f7a144d3cc4cfa661ed1244039c6d6445d97e06d08b60853156601cf586236c78e73f52110ae39e588ba88de0ba3048e47310d6efaa4b1eaf55227bc9242c8938e4cf5777700700e642dc2a8cd4f5a97cf06cf69028997db51d8726d28f550e0ba9e1c4e8bb4a5ed0ac23a952ddc0439caeb74ffc2795571af07a7eab1582967e09f1b30ca2539968da0a174fab9f35816f460ab999cbc168c4da26ff331c0b36aef265d9221af80872ceb62f9d58f855fdcc76daf232aee454c4e59f74c2e5eaae9152079b9e95845750bb9abf269cb7796c3319c9aa4d146b52139e650dd7100bcbd98c41b1179143a2325a47171e95248ff768e1ebee3edde01ea7a5a5eab21ca2a8fef4af5e35709ecca15a6197a578fe7778e8d49a95ac425bcfc533fa796b43291fc61a9e812a50c3fb6c4d2ce3f3ebb5393a77c33c0cd95dc934f8bc5ac1dc2b49434efe9e72f183de8866d90e0921ac7b024b47d672445a086a9df2255ad642b923d95503b9a7958d88e54d6b523b279543ac12a0f7333cd3c70162fe655ec381ac6312ebf026aac542c620a8c232f32aa9e7dcbc90102b253c255c05246a081654a0267cbb725f5a7551cb238f4895024b98d1943b708de7cd35b05a832e2bb91f110d54e34e2da79db346ccb62d491029b590bbbf0f5c4122ed80f6311c1825feb854d78fa969d34ccc81a97c1535f9a631b9db584a264e4834a3bd235bca0caa53141f2ebc304388d9a6e908ed2b731fb96151d9bb94d499854d7afce413aa13cd0a1d39d0bcec5cc58f7abf0b0cf2d5ac95ab60e4f14e90dd1bc593a91620daecf7723d2235624a1c5aff9679455a233086e26b72b9a06df42e2244c97a0d80d565ae8176d335151f3eb940fd73a19119534c063967bff8dcf2420e78a64333a59674678fb283b311abb492a69fe7da41be858fdd2aae85db60c98209913790e4fcce4597ee37c9649dec6196d730c5e024f204477d8d197250eb3250c1fa40a321076d5be217d86098ef82c97fa789a47a8d2e8800794cbfe5681369338a48e2d1b63998099d6c2c2a04512b35d13102459f8784f1a2dfb0650ff38f84d526883336ff5119dc0e8d66338fab3727e34a9179ed8804f645c8e07660e3000f141dda8b83107ed6eee188463935a061dee6df8bf449cb8824175f2ebb265d58c6d8877841d016d08b957d47523c4e92a822cc38703a3bcc337db6bb5f1db992df92a919d20757eecfd5ac6ce504b74460b93610f39e481f74837ba5cd49c7f03caaa423049e66daf4fc848051e4459b8a6afeb210c3664ec1517c8664be296f0d87d9e5fc54fdd609d949c3d8baa0f9df6f22c4661946a61c09f9caf5e08836d4673ccdd69bb041e63154d5661f774fb7d2d11701d466aa2e593c562359c3c2e42a22b808d3383e73341f6f048384ec73a7ba2e77d2db48b576d026223582a390cd323bef4bad0264175a4b46a45813fccf4bd34c779d8171be883eec3231f9fe43c35bd1b4b3bb51bf50aaf147b3b0ddd26a820d2ed394d27b587bbe83aecf9a98c8fe6ab48caccb085c4fa543afe32970749f5e2bcdc6ab85d65c39e12a5515c19fd72b6f4819939539f630a3b94d3ed61ea9d04c9bb0549cbb75927723efba3b4c108ed4a12f34d95d05a4fc4eadbc3b9dde67afdca39859b00aec8885efc83d1541b52a1220d5fc7c9bd1fcb12799f02da8adfa4954fd6525aa8638c1d8d4da535fbb1a5fc809b8f0779badbad3b46d6718ee95a68ffd90e5b6628b4291225cba0bdc643c29597f081d3b1b352e9d1aaa2225dd6bb16943b5fd1ef60d3a4db537af4a4d0c8021340ccf24722f02bbc81b3822ce23d4c4fc28b7093b135c21c7183ac07e928a6d2dc6368837861b42020ee72b08961821597d21403f63da1bb0539592597a52579f69230354b71206fb723c571cce58b679d8bbd776e0bbf3b044306c5be94aeacff1af62d0f91f4be73f4857552d70cc56a022b15250525f8b9bdfc41a13152298f587406c914fad5373bb689300433f8f122d50eba11c3af5607575b277bc613e36f06c66134ad65f532e90d89854570fc5f043205720a49d973d280eb83e7394868456436dbe743e4380554c0493a74c407e263578d03d02c1123aa730b52e5afb0f2dbc6d39b312d7406054cb4c63fa146219c48a4393aace23e8f35312529e1c59be16c852670e3be302e8c303bec36e2ba64f11c9e910e0353e0836d81da21bae82c02d1e2b8168d57cd3fbab7f9fe83f1ea3dd2108188fb7bf8aa5b3cc3810d4a9513b028fc0f2a83cb6d7b5071a8b2ffe0b594a5c1b3c28090384fd7da4f21d00b1992e0b25f463b722dcc6a6df182582740607da754e4515b70e32d2e5c2cb8d13e8fba78d95211440ba326bb702465f3c3141263ddd046c9585b277f278ad602c7f47aa76d1bfc90f20263af8d9c4e238c63fb074b44eb6aed80aeb928fec5932bf2fddd2cc88c038b8ccb6e2d5d50a943a0e0d738377f510116853f900db2608fb3eecb3ee77ba9ef5f600f3c5d0c3666eec8cd311bec6d87891586c51678350f656dcc7f490a43946ee5bf5cd8b2509011b9502a72296edc14a0806d926414ce19d907700e23177ab4ffac52c626afc10d4075708ac4c778ddfc24e01830d213d75deb99c22b9cd91ddd6f611188ad4a81ffc2edab83b0705d76f51238cd02c93b89d8fbee5667d077fcdd50e4d9c47cdf72d24e89d248edb35bdb9ad56c71619aeed9723314d145603743d762ca733a839226415450b0dbf9d2b607ba543ad05417b8507ee86c54fcb70cbed40c0d920b94126eaf5e707be1f5f81dee42585b3814de199b2e88757f5c11bcd3c1d43688891ed23f5677a174eacba0a4ee5ccd02fda0fe3f9a3e7b89fef2e84d98d6dc0c7acd56b40509355666678004486c119599ed7d199f47da043a9a32ff36c65e8ba30915a21b7bd765064f5a9bf135f285358a4a74b08f8121f82ba3c4b9390cc43edb94e42144729d337d571e5c15bad5ef8c4352ce7a1d9e78a8badd37c221a3f19d9ad0ac2196849aa58616464d14208b2677a084f5d7456f9425be43ba92c2b4454ca7bf602efad81bda4c789c38754f639a376716c5859fa0443c8c8c3372d662e9173c18faaa2c5e4450dc93010bbeea7cd28eba2968507059b7dea43da04fd342088d7c1698f00c2f66f43752d47fb49abeea0badf47a540393ae7f8b7a7fd6cdf47250b056794f9c76cf97f84048c5990dd4ef842ea2bbbe7ef28a0018c4484eaa8b2d0a03286516c28727509c3db6280ae16254e9167612936dcc85282c6fa4dd9d4ffe57f1dfbd282c18300fa0eccceea6c5fac41f0de5d1a081a3095d62b416e44e055e7ac12d1f7cc7c4b41a125b5752d1238b03adf8d7f8c53c8688e63a02bfb3055497d464b5ac99e74462f321c06ccacc4bff43e04dd08bb1305428b0c9c8d8a2660aabec16f483abb4f1810ca029aadf844674306eef5860833e2e47ff169a73b45b9cf742e94f29f454ac42ff68f37d5cc41bd69c7df3112fb9a584fbd9edfc6c90ffc58105bf6f8a91aba0fa2d99e6f106254ed7d2de3b23ab10936522dd547b783ce83f544dbe69bb4fb19211fc442c2ff8eb278a8bce873ef365b45e939da38af23b3df742bb9fbf6bbf30a05150ac19671d8d05d795091118b1344f715307c4ab8df9f7733db5611fd53748f1db282e21b5680d80f75a616096f2e791affac6cb5f984421c93f1efb42b53a43f83c3a6693a7aacb8a2e74c6f5fe91bc39864bb14680dec683e744ada1f2fe08614086bd3ef5c19067fe179f71c8b86ea4b39bfbfe5ba2ce3309f522c335e9494356121cdf14d1e3699d61d237cf76ce1c2dca587524833eaf98eb779a387e33768c6af04cd7399b2b0128970efb6d20b5c551621c090c3a61c6809130675a63897a0f455cb2657aaa59e32fad80cb0b65b9dc7fc63ff01769c4fa7d9279e97e3078291192265fb31ab52a6332c561ee6e5258aec851e565646f6835e915293381e20ad5ff135377d39f1de7372c95c74dd9624e477793df9bdde030226dcd3a262a4a31b91e3a8737fd8dd3d4b0c8c679049b1625abb8e458a79765c62009235e9d5bc952ce98517ac529c60744ac28364b03ac4e7a4f341e7281b0f6f274f9ec3905a09e75c5c86a7bf6582d2b4d75aad615015e31933548461020e2ba448e85995e084a8a9aa8cced9175bd07bc44998e753be0214185d6177a9aa6adea5a720b093cc578f087ea520aefaaf92c802c1a34c0c783b5fc0d7d808f1d14a6e9c8280d7f5fc754c7af0a6370c9bf91314e79f44f81b1d964419548f01ca35bbaeeda755b5e6cc50cefa5e9f1f5ca272b136475d360a502598a4b64b936683b44a5523a56577889b3c1cd083b6d7b32d32f99d51cd73be1e256a7405516501e94e892acca4b33532855080dfa79cf8a925d146dda0b566359c3862f20b5072c3d49bd0fd3f5d4de09ea19461dab00590df91e4f8fb134f258b1f7865a6ab2d935a897c9df5354693177e83e8ba089e94b7b6b55ee0e95249268b86ff2053bef214bfeda354ac345fd8c6d7ef634d9a8e3d47b83e366d105cfd734677897aaccf51e97a35901fe6483310c89c35b54455f2a555789a4779d3836ea432f7ea074e522a17e385822e359afa26d52b5b286226f2cea3e33b970f21d2fc65096871ea0d2c6e490525e70b7842930586545c6f1c9310c9565f1cd832c9675c76672081c8193425487e79fa0ccd0b79e5d4a4c8ced005d8d6a06b2f1208b59454a9a749928b0c09529fbba677729d3206b3b9073d1e9ca4b04b0dcd2ade339a3d7ce13252a29d48133415ea4647b6345849fb38311cf3275806e8a1c04cad241934a374c1359c0ab2481c9f93d0ed3033a3281d865ccb2f3a3a63a79eb1831b0a2776bfd20d838a76da37101dffabe00e5d636c01719b67d97667a3e056acab9aaf653807b4a038430b32b5bac908e765df8813d4405c55463b514e21fbd3fec3772fba142a46ea19883fca95d0e5ec7ee6c94c6c32028e951ccd95572a67138f4572c1c7d7ee823755432da68528f115c9633c0d7834ffb4c48608ce8825b558ccf07169a3421d01eeca8b24321cd2fe89dd85b9beb51fa8dbbcb682699544e4e8f2212115f7327669f3f141da48bfe5e6b7aa37c38f9350a3797caea1668d227c8cbe52c793e0f9cafd014db7a619ddb4276af0d692ce3b21256183cf7c2c7a66be163579d37a3147b88259a8e5745ebd59394aee83eec0f40c389aeef789ce03eb814facc6cad68473a64305626a27c32a5408552d79c9f1366edbae758a3bb56eca4388b643b9be7e15b46c42911f39a4a9e861022486c825db2f776da72d0b7a791f45b8f02bf86214e264535e3412283e817deaae1b90346c92331860b1391257a106bb17ac71d433f282034e088473244df8c02fc76150735dde1d2d860aeb77ee2009e46123e470d3226911c48df4e9867b9dbd2a2c1da2acde3ed27003dba9c3c1ccc73c14008d55c730e10bb9412a5be1a16be93cca187e923aabc702667ba5f0d06ae31ee951b4d4bfb5518e0fcdc064a8306f2e099b4f87109d52e15d7c05f008477340c2e00e9e6ad1b2784dad06291ea101951fe7ebe7bd8c77d14f75746b4bc64c53a52cb3bd1a01c03a64db985c0cc3983e1512aa570c564fab522bdb3efa5f7efa4f864ae9b88d43527f4b14f750f');
SELECT pg_catalog.lowrite(0, '\xda0b1b5bec71b468bcab872a64595541eca89c0554ce99eaf250504971789ede68897f19b106926ed889fe3f7e3d01c9a3ec6dd8d538712a581e5b24726ce0626abcc8f24321d1eb8c95855eab78ee959ca8c9b0996bbf05ae7753d34667a6fd5e02b868a91671f9140a41f3946f33cbe910a63844df7022c9b194d39b2686bf77143919d1234297079f075357988f3b4ca9764c98c203d7bc747cbce9d9174f2297607a5db8576d5ad6bbd83696ff60b2b7c555125ecacf4bb7678d9dc39a216f67057b6a3671fe882f6d4f27d547bec42f891cebbc81aa59f8f183243ac2b964f07f012a35c83d7c556ba0b69ef64efdeea652a89ec3e970d22a86698ac8c44ee78d4122ef8503fe01cdad3e9ea4eeab24cd2b811ee48a416fc7a833d736a9a5ff5d4b0a0d7b3e4d64147037d8c3441e8ca836c962598551882e689265c1c5c1aeb6517a1c7f33514f7ff69047e74ede3c1a733c9c51de130bc7ae775fd9301b69ebedb522700034547abc5652ffacb986700c627db479a4d9460b75de7222c79ec57a8e72a87d8a69d2c6b8a2a8d46098ed616e715171f0dabad60a8e519792fde850d824c2ba9b563cb6fa4078c37dc3338d429a3114842ca29dbbfccfef5bf8aaef51c6e0d363cbe554acaf3f2084f74ce4511e0c9531af1182fb636f0fca8a2d76a5bcc212226417361a5f0740770c0e7e2af0db73409aa2431aa8f33e7a6a6127ff85640ec69691fb0f7cb1a2c929f2210333206f417e3862f431776d0314c9b108b8c39f1cf878ed93fdd5aea4d8e2a7e0d0c102339f97716d2fdfb6b2330fc4531de135266de49078c270dda6a767bbb2e3513233f942e0ff24272c46fc943ecd56441056a560ba37d0b9e893da579a65ce84cd1d4c85c2cbb84fc56734fa703f6633ab896eecbdfad8953a88479e328a8633f54e9c667651832fbc440924c5948e05070663f88e69e8242b4f05d4821fe9967817dea5a20c4e7b355eb13cb69b6e20dd7a42030f5936a9dc0777acff7c9ab34562699e4e1d05affb6195f47dcff14b8f242aa333cdb2703e605ac7e4c16b8a013b4779b81f883e66a655fbe4b8d7439994aa37ddad80de56109f91266ef89cc3690079b28abfe9a3d714d2c5a796d5814c565d78dd16188d810dfbbebb17302018ae903e9cb7a4832d199f9abd28ea425d262558bde5cf228b5c8441a8ff8e151b191c53c1842a389f60ab2b55468f104055b16df8f69e8126ff6f4ca1cfca4861eb91876f70674637588c655ca22f7ca1664a2b211188ffbd22c2ef9e6f0fa97825c6be879f8fa418a9042b3fc5b02fe3d57fea87d6992fbba6bca05fecde04c682328e44b974b7b837305e43f7e535a1506fc263eee3ed3e3aa687770f55c704ca997c3be81634ecf5631507a8aedcae34cef231aa7348f816dc0acface7498e10496222e9db10174f8f613332b27e9e8a5138adb7e92056c51a39a7c77d8084838cc920585bd060495b4e033e9f60b32a6607b587aadd861578d797aeb0634f77aff3f488cca2a7f0d2b95c60161b3f3c82f764b1d1c965ae450c5536606c266f49f1c08321f2e038453073d221a4f32d0bab94ca7ceee46bc064f8e92ac2c404b9871b2a4ef22192890582189ff58ddbb2b79900f246adc8ca1b15e20915c3ea6008fc2f52ed1bd36c9ae813f304363ae6ac7f48068e8ce1a43fb75e779c6b794ba4d255cf6d2130eb640e0a272898a51da41363542df69041d874533096748e2d77480c1fea97008ea27052082be055447be9e8561216d11e9595188dbad0418a85f0351aba13b919438259814cd5be8cb45877d5771558417b096b5d8e7cbe0183ea9cbf2691f5738a827405b0f0bd80af1b7e386c96b250a90d3cf0868c83f8c965142d2ae254457f7497c00fbb0d2bb4ac36487b13e5ebb0fa112fe1b31a1067962d74a7217f5e7754c92d28fc6835d42f43548dde043a5e421240eb846da8effe472ff1b207f5c56605a9d1a22e1e134fe95ba90ab922ba3e948387b4b2a85fcb83d19422cf8d98dca2b9de5052ae9253bddef3c76db12c821b79a91d361a4c705ce6b409e7655fc1dc8fa7c9d6c4478313d5e677cdfc1e11e36a23bb030892ee00b8cf331cc28f8747a032890d0429b5a5f0e5cd474f6341aeffd65f93084d0dae34533770282ae7c0e576d1017a97a9260a3f99296ad1eb8cd89661d163ddea3f16f1a5e308070bd6dd3cc56283f2313522de0fd4b8a8354a77a3fa75e3d97e7a34e62bce32ed409f5ebcee2a7b417ad9beed0b0b0994d12ad343511adfbfc364256ee0c7ccc47b2613c82d1073a4214deecc86dba86754c0ad93997a11fa947d97b20530e22dea41e24a039563139cdc215e7d265aa7147bd3913fb84c7963a209d17e05295a468401ec66e8c337855022ed3335881e06d4d23091389226225e17c722785dd2577be2ce28ef79febe80db10769ac34a4012ab69c069de0bab7d9e81d7b76edf790923bf7177f7ebba5978df4a71e49f6bda0c9b7642f39f1aa1f567590494d54ebe8eda5858c48f34e12b51ef35613fc5fa4c4c512d552533f5e6f2e3b0ab92511ce1f46960bed57f65f53244b422a6d1df1d47db5d50a8d0aaca5d872dd316eb8a432cbc63f141e2d68ded76c538125fc5c9ec6ad1d05650a57de51d54c76f48f146c3b2d66daf9d7f845ebd853b475d59821e100d3d24303d77478196e8d0f9ee7dfdfc7e11dbbfa30d77d278df4919453195d221030324127a0ed4b40e6113d6268363e7a93d4cbe687535d02fef7d9a24e237057162abab82b774d90aafda34e6060f9e8433962d14fd04115ec378e476c56d19d827bcf8db56f42a37d114a480b6b57b60ea9a14a9d2690d83983a63aa1818423fd6edd3bfdbd0ac1ed0c5cb9ecbca3d2496ec1ad98482edc5c9e21035674d481640448049f3aafd8346a677af9db717afeadf6b62ece464f78f1b3fa6bfe6d887029bf66f0c5dcd0ddd3d918c70d380d32bce4e733ac0e19ce0dbabbc0d17a4f8d4324cc8e3dd1016d687d5960a8f279198a94d0cc53b24156ad560a696116454056bc88ab447257279d0b4f033e373b16e65f8f089fd45ebc1e1d76bc1fe0ba933e60e99578ccfb1140664a5fa63177fb6e07352f070d5212dd052b2ef06e5e562f6f9ab9c5d151d1059a6281335a10732fc49620ed40e0a2a2f466a90ee2630fc925e7af9887a185b1a4080193d5cf63873ac6d70fd272fe04b7d4e68effd01bddcc6bb3428f7241796510e838db4a1384ae1279dfe7ecc4de28b2c83c016b5c6c2acd8265edc4f7dce28c711afc6265b4f99bf577369f3c86bf3c0a354615432832d9e8fe546594ad40b116388b50d48c6955f2b69295f5f6bd7d1a08da4919b5bb95bfff40ee694989b3e2161be989e7b9907fc5f245ebebce62ddcfacd1b6292c693928c26d2fad09dc76f3ff36b6ea752b0e1fcac695db02687ffb7955b66a43fe6e6608b30e45f4b60adb254a8127a6da8ef7bfa32686d200c64cb46de03ac2eac0d6a182a16e66268d7ce85fcfe945df78729c0c0ee223856f336d7ea805205775387db7e7138edb20aec02bb8ca2281dd0ec99dd0bbd9458bc47d4b550b55aa1b2c5e1ab9c931df8f5e4c5a8aa53837d52be3ac64e67e84198f03f45b661f2124a094bb65ef46d3eb4be0a87877ec333eb5101a4796c5127131b2112e2bc6fe02b13384ffc9d8bdb21c53c6f72d46f78665d0cb12f8c9ad6845110317afc6e218333dd6dba1d56e826aac1cbf23cdcca87dc49dfebb0b00fd44aeff5c60cc1f82553c5b2affa12eed84dfec9bfd83550b10e139b17a92b2df7d6c3c840e51465fefb8e51c5c713f2aaf71f62e03c5298dbf0f6cc51dacebe556699ccb45e2d43a8bedc7106ffa9616ddc27e360b9ac02a639b8f721582654655a6999aabe90520405128e44e27c36bdba71221bfccf735d34609bdc08a07ace4e1526bbb1777673b1b0ef5ba6b569680ece2fae998c4d0addf88ea64eaed0f3de5531ac964a0a1aeaa1da31f7991743d18dadcf5fd1336f9fe4e15b3924b1a78221734d0c063ae718a010d2a9813e91907ce88cd9143fdf97e48472142cfdd1cd5d5b5ca6831cf4120ca817ebe8caa71e92ac53049b2c6a55603a5f239e435c642244be3e891b85a732804c8566fc8f498947ea59a841f8f60ce002e5182e7b99a8a59b6d865a123e1953b572576cc82887d4100a29a02c41b0db49fd10d95920281dead0710f5863cb524a9f51b7858733e1108bf556fafa612be4940bae15b019b36f9282c5abccb421d5f36c5a412816d494b15ca9f67ec12aa91918c9b6e577c1ae18a0a34b2b8f621e9244cea5007bac8f5d50e47627584e8cefba0a67a8d1684d55a2a16a148d411aeffed8a6f6ad4ecd77d1f9048d8f733a7c2a2ea60df6439a28a2b9a37d62a275027741d98073d42b8f735c6811d867796d85db8cad5280ac44cec7c1a57d48399922b03419153a9760c5ce53beda24c1e1b46055dff2c39c98fd6fc130cde89544caa549a813d660c4b279675dd3e474f6e08e3316ce5e3bc36c666ecabad3b9bc0afe08cd9ec861638ed1d9acf666483bc8723fae7feda6f6a9cb7a147540e129e096fa91700e9db6588354b90ba83119860d7f6a6dfaab9f2aa150b052e2e0c0ad1b2d5036bd56e27d061c7e889fb76e0e07c11733550f2a6c7a5ad6cf4da5ced8580c991e16fb54faa1b6b035d6563a2adac9f822940c145263ce38087d90fe0083a5d17fef54ed2b32208cb94e7a9661ea20b1293c589216d396f2b5e92f61b6de923b063588ee6e7c48c96c08f8bb7960e11a1239352a479053a787f02ed34fd886eb6d49e60d9c912027d8d40b22f812a1ba6c26f8ef7df4807716d0fc31636914783865d34f6cdfd52bf7e9e8f3f3bce1ac5212f22414aa578526e0962a844e4a2f158d831d5fddf79a86d531e19ec6f5937ad1373bb118bdd290dc6cabaffa37f5473eb33611607e3e6ad89fe36086fb79126e36c659f5df8e1ad7941398486f8cede7799b886b58e0640c93b05097a9380870aa06aa0df4d93591bdf7860e1e4ee2fca79991121531a262d6247f3513b19d1149102e116db5b1d9ada94bb80609d21eecf7a2ce7af569c3d708a7558b3049d2896d2b6ce1d3e8fc83b3e886a0dc2aa9845a5215bf903356ae8ff820105d57f744c8a24396ce016f59ecc2366a43e1c96a4774d1671343777b8ead1cef5a79b78a1a48d8052c7f9ccb5a39073e24babc3a4cb45e600d5bd023a3ee11c7abca5b42a93c4866c6447300d99fdbf4f3f7966295b8b5bef2c3b258e9cd8ba16e18f319b3c88c6640cccad2ac57c29035a432356f3c978dda6cb383f8f9e58f2c8af88a8c0eb65ef1676935f9304b97d59b0738289d2e22672d30ab508237ac28b92c3472c56688583cf6a4542809a64ad14586ec00ebe0a546203962b88771bb06faf8d6ec065efeade1d2047977cd0cefdafc40175a9961f3a6dbc9120ea78ef75544826c814ef291e10ec3263bd7724556d62e70e25d1f5e7f2748adabf08629a6312ac3bfdd2000f6325dfc4fc3201fc45ed01c7a5d3c7417b8df0daf23f39f445e740c7a43e8aac01231200e7ef318b9db75c72695e02a35b1563d0db53486ec068ebab80f64b3ec1fdfacead70c3a9bd77d824306475d66314dc56a0df8fb8f7c5dbbaf78a6d5ab67798f3a675dc50c1d5b6c03d4244edd7e85dc81602b7615cd705545f5d8a4e572d866aa45da78418d9d2ff9f9b8599b9343f82e3bc30984ca4f3fea3f48a79bcf6049ad894ef98cbc17afec9646d0671dd4117ea366031f87f3aa00938710ef761bbb29a6f9d12e4ef8e4379ca8ef1979aeec2737ae3830ec543ed0df167434fa6219316417cd4160c0c5e7d2e8432fb72c61c9066957124e5a420a05961b27cff1f9ef4ee308bb33fe18a91ab74084f67608d5d350791757125680959c72e0c8882794b79d65f14776a0a97452c670999cdef4b09eb656850da777c4c0a62e133894cdce435bcb4a5df1db2d977b33ace8251dd9bee913e7ba56eebcd3e0f226df6865b28fb677548370f467db209d71df52e8a3595972ef488b636a1138d90ef0a0848a542e57d1595f58eaae0909a324fb2530e205e52d40266418665d5cbb82b5785d9f344c46417c6c369ee70b7987a735c046ac30a1556272c81377e22fd81057b3e65aefd5fc634b641e51e0f3b6b60070219ccb91bb619a6ba118806694c9d9b1091fe94039ae462a526c321538d951fe8d2b9abf54dbdb91f06ae085fe74cd78ad5e89496b197fe1789a283923884fb1c9598f796581a39d8f04ac8eadb8a829a4c2117ade0f23da50a074e6a8da4662ae0a29edde7221791f187c8bc462403c4646ab271007edf42b1905b5d4641830901acf76c957cfb1d2e9dd9dcd97fd12a2cb62e2bf7cbe359bab7341f4429f78ade492da0318aa426de4bfe9504589a457d6e92fae4f961312e59a33dea1bf0630f46edfe13d6ea265f148c815a4ebfaf8eb150460ba94fc4bb948d5b21472509627f7f4c2a447846b4e2b9376139fa09a68b94ec04dbe94473803f0f2ebd77d83ee60daaa61f3810d27688c61c5a172e8e45956cd70cba28fc983a91396319d8c394084e2d749d741bcfd9ab658ebaac1661f58080aad6b086af6e4641abb18caafc151b9aa95c803593ce517feac573fdaafa6dcedef61096d3a817a272647f4ada2d6d733a8fbf016f25df05b5b1bc2b8ec0f72d5120cb4aa00bc1c59b9d1cdd07479070e355e402b0702500cd47ff36e689465afd7839dee60d3205c5eda2a74f342f26bc6e0bdbca288fee7f92f2bfa9f70127277403ce3bd7d63a2c9c81983cc8e9bd02ae52120606d6a751a93e392b46d945bba9d19485224d128528da1602ca47383f078702cafa3bb4c9c86e4a3b6834b45aedd3d8e03e8b133b16f13a586f0c01b6866bd470ca955d9497bbcb808e59952fffcae87a54e183c075c494c4d397d126a660307fec2cef6aec340b8426490977ef0c793b3be8f18731f2a4c627fb3c6c63dd1f44e2f09dc172978a4d3151d11d63eea96efc03b9a050d895110db8c4af057e243aa93e6b6e031797f86d0858f5e406cf821bc98b2d343170185bb3de84cc4aa36c88c27650af3b9868b723ae15dfc9d740bd0f36aaa312c8d504e28c421632bf5e202fc973a02f417dc9af000177b1da546f25222c1ee710cf7e2f7a3ff0cdc2208f9bbd11486d5dbbb9218e030173bcf6eecb2611212e088d0d91f2ade9c65a99bb7a3115fdede20da98b08a370ffc8fdb29501a6289b7bc8b0bdd8155df12ced2db6f0193dda91ba86224ea1cd8d71f5142463efcf6dc7be216cf4644b5b4df9f494056d51f86c7f1a89850c46783451e7ef8755c2a8f464093c808f529a4d41b834ea903526373a9a1ae2ac66e125c0e943c73bb8a0840ab524fdcbd081d8d70dddf147d2d92a634817f01b2391f9b616faddedc02339603f3b37d196c0bd65e799153554726820ca639514029ce052ea95dfe35291c6fa7fcf88194921713a23c14b5033adb074b5464fb6c66da94cbeff56cfda50785df477941308b60e1deb043af37db5ea4ce9ae8d2c9ea3c8a49145944fed2bbcaade178a426c43bc3e78c17d35e74ecfae5e475d960d7a1f0cf94512f963e5ed4edd9af70e2cc4bbbe6cb5982b9110413c40f3cce680bb0a665a28efd91535abb111d656ecd047c5845cea683556d813ebd657e8cca017f2be1b45d278ac18804b79207a24c5351a472c08e21aef54ed749806e3e649077305c2f862ad1d353f55bf38e5a51833c3c139bd8467c1587a41081ad78045edbc4d84bfcfe2284ba11beffb853a8c4580796a888df897b38097bd6c1fdaa960887f1a5b9970ad13f46b8c1485f79006fd6b030c6afec018415662d0db43f9d53e19f3dbb211f20b20b45668303c1b65adaacd4531b78ff8b5cedfe3f4d52127230b2b03e2da37352abf1a659545b446d4f95bf53bba28f148641c8561dbf981f88c7c5d7d94ae08bd752aa3d82108bfd95ec8df5dbeea25aa8e6c808bad58380c94c09453dfe07681fde78e769353fd2b15c75c0c389b49c2efbea79cdc9468ab8dff7441eda91aa7bb26becb3afd370afbf2259b4449d8ae1429e054df1b14e2ecebbfafe27a7c00e0462fad0873ae9ed9cad56c92652263953755852bedb61bdf049525b7d4c2cf79257ec7c2c56e0eacd983971634327ae1819ea8b62140b5e29aa1acf8bdc5d8935d7036fa4f5043ab21fc5a1607b381ac3896176dac6f937c8fddbe66ab03c563f16d5cfa50c30da227c6b5b9e2482b6b221c711edfd4e46e93a054f94c059e1fa4701f5a892995f5e03890b029865f402e83a81c29d88c040adb393832c87914347cc2afc3fe0f120eefd76be864f36ffa8d1a1505aa3ab4ff8fa4deed2e3bae3a5077675f00fd7e4f42a8b4b4ef33394d35212b13e103303dd56a731e377d01f6a37badae3f8151fdd6026f82036ab63052b97505b0e1feae55e360ff05fef58199b3fa52160dcc0d0012f3056175c01d54c2e1722ab6439fa2daf0246f92eea433bca5ac4d03a857a23b5285736c4d55e0bb067c82d3b02917ea2900fe129741a9c0f3857c89ca36e4d0430e75ca2390470a59a5934f9a343f945196b66f807e0eb6249fd6c530aae768250b8d9c3c908a13ee287cc8b6a16d74a2462a1be02e79a57fb954607f7fff0dce694258e1c637512aa9d803ef56843860e4a48fc4cdb3065e8cebf499a12e998d178afd964adf64a60cba4d3af69a34ee0822adcbfc50bf1ded514da92f2bdaec7f2218042a5b6124570c4819d06b0ca810d38506453cfaae9d8ef0eff6088e2ed94f6caf720239f40d546489c17893dfdcf028883202cefd6d1a75a52f7209c01df2598a77ebc4de53988f0bf2899c595146bff13b20342eb6a438124b4c06f3a5caffab2c07863b6171731592aca5fb4d789c4119c65c10b4bd84210a75448034bcc4947005695c306bdf3fd65c81469f9b74cedd497f2f9ce00b76fddeaaa7d8c2c43d504b2babd8a6f3a770e5af1fd4cadc5f004b81e10405e51eeda0422de44a7cc260b4239d4f97d6548bdc0082aacc950ed35e91fcccb1a15d41947a732c97943fa5624f570d7767b2cc82cecc0385fe6f1086dd2c74809a69de15cf89bc7fe8c0642f906a4dd124461dcd3571e6674ec4e0e140cc298149ef6419512be56a93169cd5e6fa8fd075b24b68eb3cb44b3fa4e331d86db897d411dca7348327b71e894c52e76eeeb2ff385c6e75c56b7a5a93d9fcd0c82eef8ea2e8463760785106490befc78c339989652eef28bc49eec908063ba36a854475fbefa9ebfba9233364533aafd02a363c4b1baf3b4460fa9936b1a20919bec21c52f533c0c585bab4f075bf08d7104e2f374c3418c50bc30d67d5f7454a5b4bf56a1b37b94243486b2034f8479c475573f7f25b7b1eb79a4ec6ba896debefd7109af321d970c64a0154000a60e65c8597c7b407a02cc0a92167e7a371eca25bbc92a647199b832ec90d7cf57074e9e45e81409831b77407fbc22afc09f0d78752d2c9ecfe079e5e5f3539f4d750e5cf110a326be6999afdeb8e7002c0ce44d8620005ac78d8257435d490058c643dd37bf8bb245c5ae952fb107153f18958f9f1f64b519d20e2ccc36e1589a8f75551dfcb07c683107f038d8c886145d097e01259a0cb2431834302abe2df60a132759112692262234e3fad47fa8eabf03a49713faa264b94e2bf346a1bb52587fd8983a33a9a86796df362c1108e00f54a6543857f4a06c852113bcc02abf295eb51d38dd921e15520709f86320185c5e1d56a8da1d3bcb2e9b334a778be5b1d78172cad9e1f9ae79872b8d6ac34fc2851caee1bc7fa5da061b752d0efddbd16495cfbc6c5cfb8a3e10fab12aa3512153df26310c700ffd1b5095454f336ae9664879fde5402cbc75ae0615c9ae4c335b46edb684859b848362ec569042869476140f65caf0a7d00afd2b87c028e88fe9312f3c6a4cd8af177f6456e7e51a916ff37c33e57e3dbd8a52940fa1a963aa4a4ada974f5eba1948690c83e9c3b43ffd8778f1893678afbeaa90b1fa01b9cfb8601f6419b1cbe79c71410cb320fc09477509def3ebbc44ff3426b28fcd88c835543910d2e3adfd0dc2e3a048f15c11eb747a54486317b6dde9ce8fadaf3e7601f43eb2f1a06667bfb9daba7f7effa0284b62021a18331216014fee6916d6ee958419eca5979ccbb752778e6c5f090dc9b6f8905bd3df64ace64a68e154ba72f24cccb1d57d7fa17c6bec423ffcabba9cd6e7023ba77a45f7e84c5ee8a28dd6358590306a0237c000d33f4dbd3f8f41ba7c6f518c31f6baa365f55c38d11cc349d13596c80a46918e6dde2f3c37290cba47952575f59148e0a9ceb364fdba14f8c5a5b93aaec935a59987f8a5f2280e7cd76b050305727cf58f619ee76f40697abfcb3ce9b06932da6faaa7fc70d5b5d2f44454c95ca2b2b298057cbcb3bdcbb566d74a214501c1c40b2c77e995082f358775429d136f65d2d6168b9b6c5f6ec951d14388bb836687ff2b16b7bee6bab182861637a425ef06e6d539aaaff113d1d56562c5c1f33db6e05a082a88cddab5eabcfa8a783aaf938cdef361634d5f9289f1920129f9c75b3d604ea4874e120736e9dae45ec08b498f7e1af247757c9b35bfd2308e9e75263970f8079115edebbddf6c9756b2334cc5008c115486124bfe0b24d8469d6c1277a4acb549d97b8a25ddac1f6f13bb372a177804adcd3b8a3131784d9fc1fa0d25d04eae50ac9bf787f89394c979b34a25cc4ff8e11234fbfb70b8fe090143d5778c8a26ae17e21df5c2890d44d06bafb6c7b4aa194857ccbc2f3926f0a9613f3c3cc21d52a3cdb4d93ac48664b7886cf4e4ab4aba7e6b6bc9c78c347465f4775425c059ea101c131ff1298750ed09618717f9c10ea8d1d3b033805671920f0d02e6d18f630985aace6ba1085b788407963fe0e89c699a739643cf3ae60279360eab2d678461a565c3e2c4a40d50b47094f571e40efead390041c576a3bac4220845f9427b002a2a9dfa131721954c3ddae16ee67620ffb2e04ef1477dc99fb623fd5d06dc4b26d1aacfe912f5cb3aa572bd1c9ae2a9b82207f58c9875ac84dfe1fbe91b918773d050501627aa14e37bd1d4143159e0e9620fa613863f6a3ada47ae5bca2a558872d128659414dab9eca0219dd592b81364342f364281f619584f24f63a794a12e354ed46558a56a4a26b96a68738a0d28273aaebdb8bb6b0e73f6c3c54a0ab0c641585e5526a360b0bcf082d8d42e7bf100bf0f800c92d191d736c4411f3b3f8ef4a5c3b99e8f92532e5ad1556e53ceea00c6d0c932802f6953f70eb20931645fa40fd00d3474e495e7b6d5f9f575b2d7ec4be7485be5b6eb3690efcbc9e95e8f15ad630553e32ae21fb1a6df39c702d2c5c971eb27c6345932b82b70414028d7183c850c535b6b72487b20cee5d7434506df2708856060b3b50379aeb13c54a563e3cfacd1beeeb00db3c2afc128dc13b7ce661551c8ec9308379cda7e2419348e5700a4d3e9b7edabf9e4b69008b0718d614f2ebeab937ca128186e7ba876faef9000871c1fc726f0b52dc86a4eeb027deeeaebbffb5d29ff62799637fc51adb7b0ac08910b7e81371887df3d62b8940ac8011ecba39754a741ff861d810a7601f761e6675f9e54673cc778e7fdb2823d20397758f8990c1b41b81b43ac389ab9fb9a8f4af85454f7c56c06f0a39e7ec231bf2efbbe0c49b9f567c2e40f645279a54843973f9b6670141731bbb71a029465739fb4e82ed5366680b13441c6adeb4e93f31bd97b60ca8a84677546051539c83eaa6722798a773dd55e8fc7443aa099d8df73a3cfbf3c5b47bc9b50f214aff1e5186bca8f75fca53960e8cb4a3b973d3f93e7766e8e1b7ef66dfdd9a8be93b0d1a9651497a38d8b1c3871c84528bd473634c1dcbe056c1f7dcf5969da406c8bd5c5e1c04111451ed8b63079ea181e7067a26d87265ea39030f5bd82408ce7c3b3fff6463464959dcd1b68d0320f781159c1ffe5b61b41b3c4d8f4c2150f6c496c974552b3f2839fcc751e7f12679ce18fc72d8b8aba03a4d84f66efabce82e1013c8b99e603831ad123eab4b27660f50adecfc746426ca10973a067421d0bffcfe9c770eb9372e6961a17f7eaffd5ff08b7ac8aa30a2a9ab34394e200e1a7133b879e7ab79f56af1e88359f9314a10080c993fb3b58e26c1d2265bf9da0af35ffaa9f5182c2a36843f438bb1fdbdea63c17d596f401acb520efe4a2a7a01ee77c67132097f9b1ff028aed0eca8d21b30d411fdc0e6daf092a74354094359bba4814fbe4abdad91842ef1795dcd465b50f3f8c42b998a48057e9d33f4144b8b250dd56814ad7c50971ee4020519c6f58f4576ad85410442a74ee3a7683757b3205c3608ecb984c1f5f5d2f52c934428d19544ae709580379cd2523b0e72c86da8f12d9486cbcc2fe0cfc5352011ad35d8074a35855a7f4935e3e19222d9a9ebb151ce4935a3c2807e1dd9963eda16d86abba5d8ab1f4f32243e174beb754661ab3f9cab224141f869b28de5d067458055563844bcd4bba067fe86ac1f008c7eec1c59141046cd1866bbbcdfb6ae31d4cd61a580392a70389e27b0bc2b439f498685549650016d9e1d14bf972262450bee0b86d2e127f776eaaa97d77e078e41f621585df244e9596dc70a39b579efb1f64b2463cf1dba199491c885dff932f3c82a7178ece03ba6ee8051cc36691bdcfc452d063a72e0824cacf90a32c3e3587c0f63c15f8749d716ba1ac9121cc1a89f9e8cba3700df6a947a8cf91035ab84fbad540b2f3b5638a9be9aa6a4d8e4506b9bb055c60428fa01686736b18f39fcccc36675ce8d7286aff56ecccb53d0a5d6a2be6d87d35c6d161fde16f21a5864722caafb4825ef5d8670710fa29087cf85203ae86f2de2662ca5b6d614fbe495cfd66e741860718ddecf1f6eabd05fc61f5795e7b93f423c397e6f7aaff801336c2e49911b68d315555d5b3eb0dd45bfea6979872125d5acbac6068f186a035982ba9d6eee3f026be339bb287651c3d8ac4d17530106c3e3c2fb5e2dad0e51b797788494d0cb9c4ad37af9a76290b3614f5c422f4d49a5a807eda27434231040d26beb4d23d4930fba836087f83d9bcf75ebb02f92fc30a8040bbd625af999f1d1e96978c6935ec01d995b1b8e4d8c334aaa76178f8567e05c8e8295c96171d85265d33c184af566aeb7ef8afd0b9b033b9d6e5e779c8f46c5765c194a04b59afc152e73692bc3c934d248f639d9e963e4acb4c86de9d2d9a41364f93951028d0e189c35adab992d274c294586143ec95c645cc19a53ac1dfb155840d886050cba9fab001f67381e56e410575874d967dba1cdfcf6359389d170caadb3223ad21feb4cdda5aafe2a48cbe27544cd8e4bc80bcf42c220b8f5c41f85344242f1b05034a5d62f91942d2a7aeaf527dfe111b7d35509ab19d0cd2256a219de0fe0ff700fdb2ba62d4554dc268c65add4b16e1068bceb19323fe72b2b344ccf85c2544772c1b987f1f6d8c9d4ef0f3b764f7ac4414e538a5475ec0244673b7f2f7dbba9ad5f2808f68eea468621a04c49efe184fdbc3ac902561c00871c9b0c226756ac4395adcb3da3b2af3d3972d7a10221ecb47fbb07a752413640f82a945530f8d33174c464c877fb03e77efdab4ae804daad8d509446c856e52d79f8972328769fd98f856d3ca2086168f264a117ed7cdb182d2552835bec774847e06406bfa2bc9c8c705927bf419147ab7491c54896a78e17c964d3593d89cde3fb678f6a14b52340b4de4566b804c9880aa0b4af5fbd294168a234d75851d6f26f02723ab1007d4a1214289aea09b9759ae1324e96cb59b747f88a35e0d452377f60f7c25f5b0fa0e4c041548bb6289e15d865a696bc5fcb0018cecacba559dc512740091b1a344877f11195aaf947ccfe48ee9c89bb181e83b9ac6be1b28b2a2b26dcd73eda2bd66b01e29045b235112639d02347d71dd235287466052f1630f31bde7932c47e93742387750baba2e238558fa12df1b035b71ef5f8e1e7c1d6c0c5032faa53420bd6e6798761679772a7dd012674dd03de08bfdff4d8ab01117276564cc7102b905d54a908ae26000ed4801734b0f9ff6540c092abd6a77908c034710a046fb52e71b837628ac16539c1ff91166771f07bf95f0113eefab12552181dd832a425170bf40e8d6ee473b271d96dae1813d7dc096493e1f77fb4ccf3eaf79df1096ffc299200f51751b08da6d865ae95fd1d83de2517a02d4e221ede9a681432901797aebf0b23ecbab534d61ad33bb1373e4c5d8edfa8b74fd4b6791d0cf6dca512294422de868f8474d22344636f168df6a65941e4c9da40a4fb899de65c55b22ed7eafe03b63112ef3ff52f0b99dbc2e06e9a80370952f6ec5463c77cbacef3507289cfdc8c9ae93f4098111a13f90f304eddb4ad6007a3093fd6d963a1d2a5585a4d4b12277fee5cad0880611bc6a0205b87490c847182672e8d371e9948db9e6eef2eb4f0d8c55ecc7beaf2d78d42778ef0b5805a96f9511e20b5611fce01b6397888c09d84f3dc89d807aa1004de905148259ea27fa49e2303ef2e0017b645e524a1512ce68947d3b9c948aa46b65f2ecd2900ba6ae49a14d9c4b16fb491665c93b72f55b2e4f1048fc8289d0439dd987a9d27f1045aa0ad3ed5995dd2ebad33b3c9fa1d10327bb55f9e79e2f391299a41773c667d2ee8cddc3f6eeb64dfc6aa246e88ab3e32caeaaecf43355084899ae725ba49884f4c85c086f1b340a7c628dced6a691f1fd31aebc647a0a8c678aec6e828c899b32a099c14ee882cd80126524c1e9641333502c664fc6ca10bfce127947574733b19da0f30739fcdd914a6c6d93c8df063b9099a076a488ce7d161ac8d8a76529d39d9f5b4249ccb0d2b2061826a5df3221116a5085a6052ea81a3d20bf98ef2c9bef9dc24ec777a191c62d342811d1a0d3d0528ec35cd2df60f6b0d129342bb6a226305aaf842b7cfe795a0a3c7bc1683f2efd8837dde0c9abe36658bff8131d5a0923ebc196d0ea3f61f3a8034cbfb5ecf0d785e750fb31a77befc3b608d6ed363567685f70e1edab10c50dc668cd8560df444ff3a4227dcf9082a17123c1adc46b4f19dc90e6c6a571fe98a2ba453e84923b447d79cffc5d736809766d46260d816d8dbc9eb443eae62bba9ddf64f69d49dc48e2dd2148c5ebe834bb61a2e5ab8ef38f8d940f3538a50fb36b97123adc3627cbdb223bf04c6906524cd877e833fe26ddaddc62fc36b1132ac829ece87dda55d77ac06a4085ccaddbd3aa270b1d72beef6bbc5caeafc8fe9c61d6760ae284c29840bbf0b1e50a717c4febd75e03b348b0be851fa7a50d83a1e70e9d96c3357438aed7a44a376802c0811f1b9088828288eb0d3f08289889263db4a40463e3f358bb7c7a15dedb42b34e50082065a783265ce28a81d0787d664c95f8c2adb1da311af3c781d3b7f1f8a7625f8d5e700dcf0d9ae68c5c1bda1194f9423d744e0ef67df94ee48c00ae965e23b2869f8eaa13d2dcefa6adbe8b2ab3a52e619c526eff905468a9a02387b02ce7de2dac4b925892f68fbb87517992f7dce71b674976b280257d24ff3e350028d0cfcb92c3a87a57585b1b28d8e3ccb1ff9d46fa2d9e70222c9e718a4e1366eb78af25ed5cfc306e8f873adf7ee2dcf142b0e11888e72b43fcb75c96ebeee051996333b6d70b2da6191b0cede2d63a7c04ebd4cb55a2228c7141ad6317f80523fdf2a7375da19c9a006b8fecc3a370a23d13b1cf91ac3c1e1ca920c4a4df48a930b56e7d71ec5a34b82570c7119e3a6a2209da6a5b90e5b5b75bd137bdd55f159c4f5556391f53e608f2e2912bbeedc16c67bd0529ab7d438c1ac45c68484c6fc509cb25bdfca881e5cd8a821a161aa4214f5ff5b8ca372960ebb1cc8a8ea51cd0adddf5dab504a285915f7dafc45da369f8581fdf3bd599075aa22f2729737ae3dc9702e4cee0eb3e900a5bad363fc47f424ddf5091c8471480ab112ca4087d668785e947a57493d1740810bf83c7adfd8a04ac1f11508bab9e07c022d9c6dd601e087e186ee6dfe1fc7187acf7982f3c169b3075132380986e4084afd913ab1e6ea58b8ca73f6cb41a6ed519c02f134f2cdd836cba387b6a3c8cefb500a9f3d05511296a719cffb21cf7e6ff0205749bc6025b51155e26f6cede88f243bf341ded9b4ced444795c3f1730d454f09b771b9f65e3eaf6e00fa7bd79cc30c73507cfc25d20fe7f7bcfd91b85267d349a5e647ff0a9edcb5ffd1e02af8d1eb220186400c494db7091e402b00f089a3bcf38d052f7882d12b3923a822edfeadfe636973b42d7b6ac315b896c9238b8c482371600b4448da21405865aa34e1ddbb4d329167f50992ba59fe45a5857d68cd9280bc98d079fa912fd6740de3f712d1a02c5fb481a7a99b0da7fa3926ec030f29f83ce5318754fdb631a337e712eefe0de44f5509b2329b9196827f720ec3e5486f090fd382b68e230b4350a934ecab584f7a4cd0220a7caeccbcc41071a1452b40720449779a23371639540cb228987243c91b2dd0b7c9c4a085620546457187cf3d52ea86538403e47cc768e78024aa8fdb9b8fe87be86f64745274a10ffa06e434f2a94df765cac6bf4bdeeecd97342dada47213d06bbd67c2c4b0a0290ad7df100b77e86839989a75e74249bfb363306265299ac4ec44d3cb605ee45de8d877c3949760a94fa691533c4616f5a24a66668f11ca4fa80525dc4022400dffec5b4477f760ca0e7449d73e6cc48e3a8db9b618592a86a579601641e8eec0db325b87b0f57b5056efd8afbce6babd060aa46c61a5777902cca78af038d5463327addf90d282c35be4c5eb13e9f0fc9b2f89e043bc6233994dfcf76ec1f764517b7ffb52057af6df18142b7549406198764950208345d143aa67c7d5d40954183d62a82257835477ccad3d25cf68969fb67aa6082363a6d4e6468e2812214fb8e7066bfa6e32c626c2c688b0c6b6f19684ed9b6ff07575fcf81c98db8a03c5c15fcfa8dae0b03351eb1742f06f7c042b76e4b04f698c75b7b2777ea62459f4e225e2f4f196c9d42f4ad7111aea94dc1e6d1dd330cbc2c4a480934d67aa685b3b1dc1d6780bf36f7340078c9f0bf4a2da952528910047c31b6c2e951933670f1ac8ba969f32989c312faba753713bdda7149579475f3734e8bd0e14a2cfa8f9e50e0f510ede9d12338a5f564a68259547f3d25ab3c0a5c0adb4e3498d91caca74114d81fdfc578fca82f8d72d403137434343677b98efc88cbd5493d9ac5a6d86e8924182271bd820acbce0ef5e647292cc4e1064968ca62bebe7e4720cf775fa6b5dfe621ade096f5d85d523c565485bbd2c54bb0ebe05c7ec741fca9c397afa342c368ba24e7620ee41a9402b5b45ce743bc3f285ec4d39b5968c3945e01e4dfc83449d9edc77e001e2c0cfb09f481d40c4d3c0861a46bd2dc52c0cf040fc71060367913e81ac1eb050aea77bdfcff53815626ecab7f6a1454f007b71155d90aef3bc38cb92db5a9afe4ceaa108f56a10e75c1f20f27723ecac85f606c90a06173d69682feb83037a68fec2fe5a27cde066c0b65acb8f2c1717464c6ede20e6f597abf4b3f6bb30cee16c7c348616cd8a86ee661c7c98800678fad1f2b325dcdaf12a68ed498273206d263c133fb1bb634af68c5088f3438848bfd6c35083f355f10ab32ebed269a58169e8164d892d7aea8f1875df07f4d82ffd00b081776bae790b4ee7c059c23b96b3a0b846c55b4bde6baae8c12a2e53ae8c7cf63547fadc1aa6e897a62291e0cb124060afc8a563aaccd288f98b7c8723b61e9257036daf20f062a498aab563d7712b607aa5b2fd58dd860bfb5561938998268d3743587f71fbaa5062152985aff40723dadb8c699bf14f74503dbcb6e09c1f0837f171aae7ccf1a8909b6a0cc35597a9a322cbe0d06a98667fdc5160dc6f8001ab2fa029c064a45e41f8b2644a2921770ae9e1b6bc9f5fd2841f141557ffb3a4496776767aaa99f9804d0905fe584b9cfe8b6042cf759dc4c0cccb27a6737a08e32d2f9a8b78894d964ec7fd4172ee7a425c6ece20cbc9056f98699b53c6f769c3bce651ce5feaa01ce3b75986420d5036c64412973d610202be8dce2b82a522e1ea43810e90242942ccc0995dae154c3d58c5efcf59ddeb7486b7061ea5a0e4ceef65add6cf21c0f3f9da53b71c01b33d16fc562464579b7199ca3114982457ded6f20b28feb21b9bca73c49867143975bc2dfc84641a2a8c4d3fe65317668abef8ee1ac9b664a90b0bbaff4f7704a4526b1ec301744aba9526d78fcb2a6956685427c5cd9dcb04f78427272733686a2f353e1e6692c05fe83d6fc79cf9de4a86b0d7bf4c46d7d550a92b0b2fcaef5e62af885293cf4d511ceef31e61c80cf8d8c66b1212720e569b0bd67695451e7e8f8e5982b3298c8addedf6811d50076b7a3a5cf67f3c4fcde3a8b39dab7bed1942a3ab01eb59220e2b3a46e7ef09db64a70760bb75e3ecfd1ad86d8f10c8879e785d63f00348ff360d5a86528580b4fb8a7a22a82c80f2c26fe6c1e0dcbb3427e3427c5f38a41bb9cb26525b22fbaeaae5e04a259d09af85c108fe4d7dd0c502cbcfede9f1df5528af4204f33e0c850d2d2262762648589b1943078712aa66e616e79d491ba42638558caf0364003ee39e503b6bedf0c98c388b7e8589acaaba22f748b1a6dff75bda4fd1ee9fe078c53d30ad023ce50140181f713059ddfb3746c4a274181d2bcc315ab1f7aa87ddb8419f41d890df802dca330e62849524dc3ed26a29c9c3df3ec373524377a5b991327d63593b0ba2c45618bf81f6a6464a7157cf3932bf74755aa3cf586f2ec57cd30d9088b0185cf0ebca1a472ff1dec16c57ed363c5ca91a3e5e5b88fe5029a3f263a5e5f63006098a05cd74919972458ab18be2a140a1cfb932dd96f25d6b43a6403c17870707ca3c44984a2da2231bd51a7403b980bf1039518120712e03fc0a5dc1f5757c71b88be8adbfd10e93e441eec3456b703a4fe741005f3981fdb095bd14b838cbf3abf886f492c721b280cf18baf4311c92aa5a042336587d3429e4a44bec547a527df987730b19aab5cbba2d075f0d1648e0851e1467ba79f34186e9eb70e30487210b962e867b742f6a4f71e72dfe084f2d4b5bf96963e028cbe9ce23f42628c98f80fa0fac8b19a4f164cf233807fc02da06599a1264dee4ae1e2b07ecf6c799b91ed45e95278b887ba276ebbe553ec05d2f5b37c20125f60ce36723c17bbac504f2ef4c8a46995d80b7040b773199015de6d3b4293c8ff78e8dffe65a2898eef68a33b8db35b7809a8a8976abcdfdee15128b4cc02f33a0e64a7b00c83e3d22ce6b3acf2c582b61216a1bca4361c39d1d77965c5d95ee304992c5115a2c2fe6d12bdc21e16f64e66bf858e119401396053e04633d95637401704ef750f5f2e9fc84ed2c5db829202052c0f4599c2aa6bead905338f12142c6a0bae0f071cbbf0bb3d5b11d90a8230d4e6422cd65c7913bc9ce62e078b7977d2afcb31f6493e350fca61764efb9aa48251d4c143adf4d4b657d5d82ee0ee2f3bbb9730639e9ea48f309d9a79ff01f1ea154c843f7cf3677db7ce922a2d17a600bd172fcabd688500dac58ebda3a0e32c51ad39723ee92b285b362c916ca733b9c7c18ec3acc3747c41e70e9bb3d634adeb8e3242824038aa65460a47c29e0f2818101a7ac4b96ceeba38de4b934c4fe5149039b52765bde64beb9f67494094bb077f18daa6620efa5cf6e6f178d210ff0b5e85e5b85cc3095d431d8c08b49f96f36b7aae3b1ff847c26ac94c604e4ffbd5c8221d7c147f8363ccdc9a2a378396b14c5dff55d13eea57487bf8ed268e0384779e58ce2af40eb365b318cc32124c3e4ada4a529aa0fedece80bb42abf1ababf130ee6a25f12da7478af8f1ac785ca71d2c85e3f3774baaf438c5c6eb43b9787b8a0cd00a8115c14b2b7c3a2713bf4a96378f3854bcd9792d132eff9ffc146be0b230d7e0a92e66a6114b840dc457d7ae48d08a6b84bc0b1b9bd7d4741f8fe28e9283d7b5300af087a298f200d4b5b5c16df28e61124e13181db7774c290ff0feb094e836744d3e2403d993fdbf40f0ab4e5e63171dd16036913ae8281fd09c5f59a8ff35d499c0ee25a1d47e6dbbe6abe5f14af882ff977fc3f35501e586a4f55fb43a540c2e9dab45e00f53ccf8111910291ba472b385e9c5f590992cbd9c540641923027adb8ab89decc0554fe976ba170c19ebae453679b362263a35fe7f7fe8217b4369a0af4244d1fca');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('4343003', 131072);
SELECT pg_catalog.lowrite(0, '\x00ff5c2e0a2d2d0a');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: odd;name odd;name_pkey; Type: CONSTRAINT; Schema: Mixed Case; Owner: postgres
--

ALTER TABLE ONLY "Mixed Case"."odd;name"
    ADD CONSTRAINT "odd;name_pkey" PRIMARY KEY ("Id");


--
-- Name: customer customer_code_key; Type: CONSTRAINT; Schema: core; Owner: toc_owner
--

ALTER TABLE ONLY core.customer
    ADD CONSTRAINT customer_code_key UNIQUE (code) DEFERRABLE;


--
-- Name: CONSTRAINT customer_code_key ON customer; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON CONSTRAINT customer_code_key ON core.customer IS 'deferrable unique';


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: core; Owner: toc_owner
--

ALTER TABLE ONLY core.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);

ALTER TABLE core.customer CLUSTER ON customer_pkey;


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: employee_audit employee_audit_pkey; Type: CONSTRAINT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.employee_audit
    ADD CONSTRAINT employee_audit_pkey PRIMARY KEY (n);


--
-- Name: employee employee_pkey; Type: CONSTRAINT; Schema: core; Owner: toc_owner
--

ALTER TABLE ONLY core.employee
    ADD CONSTRAINT employee_pkey PRIMARY KEY (id);


--
-- Name: tâche_任务 tâche_任务_pkey; Type: CONSTRAINT; Schema: données; Owner: tóc_所有者
--

ALTER TABLE ONLY "données"."tâche_任务"
    ADD CONSTRAINT "tâche_任务_pkey" PRIMARY KEY ("numéro");


--
-- Name: booking booking_no_overlap; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.booking
    ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&);


--
-- Name: booking booking_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.booking
    ADD CONSTRAINT booking_pkey PRIMARY KEY (id);


--
-- Name: cache cache_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);


--
-- Name: car car_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.car
    ADD CONSTRAINT car_pkey PRIMARY KEY (id);


--
-- Name: empty_table empty_table_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.empty_table
    ADD CONSTRAINT empty_table_pkey PRIMARY KEY (id);


--
-- Name: stock stock_pkey; Type: CONSTRAINT; Schema: inv; Owner: toc_owner
--

ALTER TABLE ONLY inv.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (sku, region);


--
-- Name: stock_eu stock_eu_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock_eu
    ADD CONSTRAINT stock_eu_pkey PRIMARY KEY (sku, region);


--
-- Name: stock_other stock_other_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock_other
    ADD CONSTRAINT stock_other_pkey PRIMARY KEY (sku, region);


--
-- Name: stock_us stock_us_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.stock_us
    ADD CONSTRAINT stock_us_pkey PRIMARY KEY (sku, region);


--
-- Name: vehicle vehicle_pkey; Type: CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.vehicle
    ADD CONSTRAINT vehicle_pkey PRIMARY KEY (id);


--
-- Name: event_note event_note_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.event_note
    ADD CONSTRAINT event_note_pkey PRIMARY KEY (id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, at, region);


--
-- Name: events_2024h1 events_2024h1_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h1
    ADD CONSTRAINT events_2024h1_pkey PRIMARY KEY (id, at, region);


--
-- Name: events_2024h2 events_2024h2_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h2
    ADD CONSTRAINT events_2024h2_pkey PRIMARY KEY (id, at, region);


--
-- Name: events_2024h2_eu events_2024h2_eu_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h2_eu
    ADD CONSTRAINT events_2024h2_eu_pkey PRIMARY KEY (id, at, region);


--
-- Name: events_2024h2_rest events_2024h2_rest_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_2024h2_rest
    ADD CONSTRAINT events_2024h2_rest_pkey PRIMARY KEY (id, at, region);


--
-- Name: events_default events_default_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, at, region);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);


--
-- Name: order_stats order_stats_pkey; Type: CONSTRAINT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.order_stats
    ADD CONSTRAINT order_stats_pkey PRIMARY KEY (batch);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: odd;name idx; Type: INDEX; Schema: Mixed Case; Owner: postgres
--

CREATE INDEX "odd;name idx" ON "Mixed Case"."odd;name" USING btree ("select");


--
-- Name: idx_prénom_🐘; Type: INDEX; Schema: données; Owner: tóc_所有者
--

CREATE INDEX "idx_prénom_🐘" ON "données"."tâche_任务" USING btree ("prénom");


--
-- Name: customer_totals_customer_idx; Type: INDEX; Schema: sales; Owner: toc_owner
--

CREATE UNIQUE INDEX customer_totals_customer_idx ON sales.customer_totals USING btree (customer_id);


--
-- Name: events_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_payload_idx ON ONLY sales.events USING gin (payload);


--
-- Name: events_2024h1_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h1_payload_idx ON sales.events_2024h1 USING gin (payload);


--
-- Name: events_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_region_idx ON ONLY sales.events USING btree (region);


--
-- Name: INDEX events_region_idx; Type: COMMENT; Schema: sales; Owner: postgres
--

COMMENT ON INDEX sales.events_region_idx IS 'partitioned index';


--
-- Name: events_2024h1_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h1_region_idx ON sales.events_2024h1 USING btree (region);


--
-- Name: events_2024h2_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_payload_idx ON ONLY sales.events_2024h2 USING gin (payload);


--
-- Name: events_2024h2_eu_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_eu_payload_idx ON sales.events_2024h2_eu USING gin (payload);


--
-- Name: events_2024h2_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_region_idx ON ONLY sales.events_2024h2 USING btree (region);


--
-- Name: events_2024h2_eu_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_eu_region_idx ON sales.events_2024h2_eu USING btree (region);


--
-- Name: events_2024h2_rest_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_rest_payload_idx ON sales.events_2024h2_rest USING gin (payload);


--
-- Name: events_2024h2_rest_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_2024h2_rest_region_idx ON sales.events_2024h2_rest USING btree (region);


--
-- Name: events_default_payload_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_default_payload_idx ON sales.events_default USING gin (payload);


--
-- Name: events_default_region_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX events_default_region_idx ON sales.events_default USING btree (region);


--
-- Name: orders_customer_placed_idx; Type: INDEX; Schema: sales; Owner: toc_owner
--

CREATE INDEX orders_customer_placed_idx ON sales.orders USING btree (customer_id, placed) INCLUDE (qty);


--
-- Name: orders_month_idx; Type: INDEX; Schema: sales; Owner: toc_owner
--

CREATE INDEX orders_month_idx ON sales.orders USING btree (date_trunc('month'::text, (placed)::timestamp without time zone));


--
-- Name: orders_open_idx; Type: INDEX; Schema: sales; Owner: toc_owner
--

CREATE INDEX orders_open_idx ON sales.orders USING btree (placed) WHERE (status <> 'closed'::core.status);


--
-- Name: stock_eu_pkey; Type: INDEX ATTACH; Schema: inv; Owner: toc_owner
--

ALTER INDEX inv.stock_pkey ATTACH PARTITION inv.stock_eu_pkey;


--
-- Name: stock_other_pkey; Type: INDEX ATTACH; Schema: inv; Owner: toc_owner
--

ALTER INDEX inv.stock_pkey ATTACH PARTITION inv.stock_other_pkey;


--
-- Name: stock_us_pkey; Type: INDEX ATTACH; Schema: inv; Owner: toc_owner
--

ALTER INDEX inv.stock_pkey ATTACH PARTITION inv.stock_us_pkey;


--
-- Name: events_2024h1_payload_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_payload_idx ATTACH PARTITION sales.events_2024h1_payload_idx;


--
-- Name: events_2024h1_pkey; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_2024h1_pkey;


--
-- Name: events_2024h1_region_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_region_idx ATTACH PARTITION sales.events_2024h1_region_idx;


--
-- Name: events_2024h2_eu_payload_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_payload_idx ATTACH PARTITION sales.events_2024h2_eu_payload_idx;


--
-- Name: events_2024h2_eu_pkey; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_pkey ATTACH PARTITION sales.events_2024h2_eu_pkey;


--
-- Name: events_2024h2_eu_region_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_region_idx ATTACH PARTITION sales.events_2024h2_eu_region_idx;


--
-- Name: events_2024h2_payload_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_payload_idx ATTACH PARTITION sales.events_2024h2_payload_idx;


--
-- Name: events_2024h2_pkey; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_2024h2_pkey;


--
-- Name: events_2024h2_region_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_region_idx ATTACH PARTITION sales.events_2024h2_region_idx;


--
-- Name: events_2024h2_rest_payload_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_payload_idx ATTACH PARTITION sales.events_2024h2_rest_payload_idx;


--
-- Name: events_2024h2_rest_pkey; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_pkey ATTACH PARTITION sales.events_2024h2_rest_pkey;


--
-- Name: events_2024h2_rest_region_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_2024h2_region_idx ATTACH PARTITION sales.events_2024h2_rest_region_idx;


--
-- Name: events_default_payload_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_payload_idx ATTACH PARTITION sales.events_default_payload_idx;


--
-- Name: events_default_pkey; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_default_pkey;


--
-- Name: events_default_region_idx; Type: INDEX ATTACH; Schema: sales; Owner: postgres
--

ALTER INDEX sales.events_region_idx ATTACH PARTITION sales.events_default_region_idx;


--
-- Name: orders_dep; Type: STATISTICS; Schema: sales; Owner: postgres
--

CREATE STATISTICS sales.orders_dep (dependencies) ON customer_id, placed FROM sales.orders;


ALTER STATISTICS sales.orders_dep OWNER TO postgres;

--
-- Name: orders orders_keep_closed; Type: RULE; Schema: sales; Owner: toc_owner
--

CREATE RULE orders_keep_closed AS
    ON DELETE TO sales.orders
   WHERE (old.status = 'closed'::core.status) DO INSTEAD NOTHING;


--
-- Name: RULE orders_keep_closed ON orders; Type: COMMENT; Schema: sales; Owner: toc_owner
--

COMMENT ON RULE orders_keep_closed ON sales.orders IS 'closed orders are never deleted';


--
-- Name: top_customer_names top_names_insert; Type: RULE; Schema: sales; Owner: postgres
--

CREATE RULE top_names_insert AS
    ON INSERT TO sales.top_customer_names DO INSTEAD NOTHING;


--
-- Name: employee employee_audit; Type: TRIGGER; Schema: core; Owner: toc_owner
--

CREATE TRIGGER employee_audit AFTER INSERT OR UPDATE ON core.employee FOR EACH ROW EXECUTE FUNCTION core.audit_employee();


--
-- Name: TRIGGER employee_audit ON employee; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON TRIGGER employee_audit ON core.employee IS 'row trigger';


--
-- Name: orders orders_count; Type: TRIGGER; Schema: sales; Owner: toc_owner
--

CREATE TRIGGER orders_count AFTER INSERT ON sales.orders REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales.count_inserted();


--
-- Name: TRIGGER orders_count ON orders; Type: COMMENT; Schema: sales; Owner: toc_owner
--

COMMENT ON TRIGGER orders_count ON sales.orders IS 'statement trigger with a transition table';


--
-- Name: payment payment_check; Type: TRIGGER; Schema: sales; Owner: toc_owner
--

CREATE CONSTRAINT TRIGGER payment_check AFTER INSERT OR UPDATE ON sales.payment DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sales.check_payment();


--
-- Name: customer customer_referred_by_fkey; Type: FK CONSTRAINT; Schema: core; Owner: toc_owner
--

ALTER TABLE ONLY core.customer
    ADD CONSTRAINT customer_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES core.customer(id);


--
-- Name: employee employee_manager_id_fkey; Type: FK CONSTRAINT; Schema: core; Owner: toc_owner
--

ALTER TABLE ONLY core.employee
    ADD CONSTRAINT employee_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES core.employee(id);


--
-- Name: booking booking_vehicle_id_fkey; Type: FK CONSTRAINT; Schema: inv; Owner: postgres
--

ALTER TABLE ONLY inv.booking
    ADD CONSTRAINT booking_vehicle_id_fkey FOREIGN KEY (vehicle_id) REFERENCES inv.vehicle(id);


--
-- Name: event_note event_note_event_id_event_at_event_region_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.event_note
    ADD CONSTRAINT event_note_event_id_event_at_event_region_fkey FOREIGN KEY (event_id, event_at, event_region) REFERENCES sales.events(id, at, region) ON DELETE CASCADE;


--
-- Name: events events_customer_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE sales.events
    ADD CONSTRAINT events_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES core.customer(id);


--
-- Name: invoice invoice_last_payment_fk; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice
    ADD CONSTRAINT invoice_last_payment_fk FOREIGN KEY (last_payment_id) REFERENCES sales.payment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: invoice invoice_order_fk; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice
    ADD CONSTRAINT invoice_order_fk FOREIGN KEY (order_id) REFERENCES sales.orders(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES core.customer(id);


--
-- Name: payment payment_invoice_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: toc_owner
--

ALTER TABLE ONLY sales.payment
    ADD CONSTRAINT payment_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES sales.invoice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: employee; Type: ROW SECURITY; Schema: core; Owner: toc_owner
--

ALTER TABLE core.employee ENABLE ROW LEVEL SECURITY;

--
-- Name: employee employee_owner; Type: POLICY; Schema: core; Owner: toc_owner
--

CREATE POLICY employee_owner ON core.employee TO toc_owner USING (true) WITH CHECK ((salary < (1000000)::numeric));


--
-- Name: employee employee_self; Type: POLICY; Schema: core; Owner: toc_owner
--

CREATE POLICY employee_self ON core.employee FOR SELECT TO toc_reader USING ((name = CURRENT_USER));


--
-- Name: POLICY employee_self ON employee; Type: COMMENT; Schema: core; Owner: toc_owner
--

COMMENT ON POLICY employee_self ON core.employee IS 'a reader sees its own row';


--
-- Name: payment; Type: ROW SECURITY; Schema: sales; Owner: toc_owner
--

ALTER TABLE sales.payment ENABLE ROW LEVEL SECURITY;

--
-- Name: payment payment_invoiced; Type: POLICY; Schema: sales; Owner: toc_owner
--

CREATE POLICY payment_invoiced ON sales.payment FOR SELECT USING ((invoice_id IN ( SELECT invoice.id
   FROM sales.invoice)));


--
-- Name: payment payment_positive; Type: POLICY; Schema: sales; Owner: toc_owner
--

CREATE POLICY payment_positive ON sales.payment AS RESTRICTIVE USING ((amount > (0)::numeric));


--
-- Name: toc_pub; Type: PUBLICATION; Schema: -; Owner: toc_owner
--

CREATE PUBLICATION toc_pub WITH (publish = 'insert');


ALTER PUBLICATION toc_pub OWNER TO toc_owner;

--
-- Name: PUBLICATION toc_pub; Type: COMMENT; Schema: -; Owner: toc_owner
--

COMMENT ON PUBLICATION toc_pub IS 'no subscription anywhere';


--
-- Name: toc_pub_inv; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION toc_pub_inv WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION toc_pub_inv OWNER TO postgres;

--
-- Name: toc_pub customer; Type: PUBLICATION TABLE; Schema: core; Owner: toc_owner
--

ALTER PUBLICATION toc_pub ADD TABLE ONLY core.customer;


--
-- Name: toc_pub orders; Type: PUBLICATION TABLE; Schema: sales; Owner: toc_owner
--

ALTER PUBLICATION toc_pub ADD TABLE ONLY sales.orders WHERE ((price > (50)::numeric));


--
-- Name: toc_pub_inv inv; Type: PUBLICATION TABLES IN SCHEMA; Schema: inv; Owner: postgres
--

ALTER PUBLICATION toc_pub_inv ADD TABLES IN SCHEMA inv;


--
-- Name: SCHEMA core; Type: ACL; Schema: -; Owner: toc_owner
--

GRANT USAGE ON SCHEMA core TO toc_reader;
GRANT USAGE ON SCHEMA core TO "toc writer";


--
-- Name: SCHEMA "données"; Type: ACL; Schema: -; Owner: tóc_所有者
--

GRANT USAGE ON SCHEMA "données" TO PUBLIC;


--
-- Name: SCHEMA inv; Type: ACL; Schema: -; Owner: postgres
--

GRANT CREATE ON SCHEMA inv TO "toc writer";


--
-- Name: SCHEMA sales; Type: ACL; Schema: -; Owner: toc_owner
--

GRANT USAGE ON SCHEMA sales TO toc_reader;
GRANT USAGE ON SCHEMA sales TO "toc writer";


--
-- Name: TYPE address; Type: ACL; Schema: core; Owner: postgres
--

REVOKE ALL ON TYPE core.address FROM PUBLIC;
GRANT ALL ON TYPE core.address TO toc_reader;


--
-- Name: TYPE email; Type: ACL; Schema: core; Owner: toc_owner
--

REVOKE ALL ON TYPE core.email FROM PUBLIC;
GRANT ALL ON TYPE core.email TO toc_app;
GRANT ALL ON TYPE core.email TO toc_reader;


--
-- Name: FUNCTION full_address(a core.address); Type: ACL; Schema: core; Owner: postgres
--

REVOKE ALL ON FUNCTION core.full_address(a core.address) FROM PUBLIC;
GRANT ALL ON FUNCTION core.full_address(a core.address) TO toc_reader;


--
-- Name: PROCEDURE close_order(IN oid integer); Type: ACL; Schema: sales; Owner: toc_owner
--

REVOKE ALL ON PROCEDURE sales.close_order(IN oid integer) FROM PUBLIC;
GRANT ALL ON PROCEDURE sales.close_order(IN oid integer) TO "toc writer";


--
-- Name: TABLE orders; Type: ACL; Schema: sales; Owner: toc_owner
--

GRANT INSERT ON TABLE sales.orders TO "toc writer";


--
-- Name: FUNCTION order_count(cid bigint); Type: ACL; Schema: sales; Owner: toc_owner
--

GRANT ALL ON FUNCTION sales.order_count(cid bigint) TO toc_reader;


--
-- Name: FOREIGN SERVER toc_server; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON FOREIGN SERVER toc_server TO toc_app;


--
-- Name: COLUMN "odd;name"."Col ""Q"""; Type: ACL; Schema: Mixed Case; Owner: postgres
--

GRANT SELECT("Col ""Q""") ON TABLE "Mixed Case"."odd;name" TO toc_reader;


--
-- Name: SEQUENCE ticket_seq; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT SELECT,USAGE ON SEQUENCE core.ticket_seq TO "toc writer";


--
-- Name: TABLE customer; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT SELECT ON TABLE core.customer TO toc_reader;
GRANT SELECT,INSERT,UPDATE ON TABLE core.customer TO "toc writer";


--
-- Name: SEQUENCE customer_id_seq; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT USAGE ON SEQUENCE core.customer_id_seq TO "toc writer";


--
-- Name: COLUMN employee.id; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT SELECT(id) ON TABLE core.employee TO toc_reader;


--
-- Name: COLUMN employee.manager_id; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT SELECT(manager_id) ON TABLE core.employee TO toc_reader;


--
-- Name: COLUMN employee.name; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT SELECT(name) ON TABLE core.employee TO toc_reader;


--
-- Name: COLUMN employee.salary; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT UPDATE(salary) ON TABLE core.employee TO "toc writer";


--
-- Name: SEQUENCE employee_audit_n_seq; Type: ACL; Schema: core; Owner: postgres
--

GRANT USAGE ON SEQUENCE core.employee_audit_n_seq TO "toc writer";


--
-- Name: SEQUENCE employee_id_seq; Type: ACL; Schema: core; Owner: toc_owner
--

GRANT USAGE ON SEQUENCE core.employee_id_seq TO "toc writer";


--
-- Name: SEQUENCE unused_seq; Type: ACL; Schema: core; Owner: postgres
--

GRANT USAGE ON SEQUENCE core.unused_seq TO "toc writer";
GRANT SELECT ON SEQUENCE core.unused_seq TO toc_reader;


--
-- Name: SEQUENCE orders_id_seq; Type: ACL; Schema: sales; Owner: toc_owner
--

GRANT USAGE ON SEQUENCE sales.orders_id_seq TO "toc writer";


--
-- Name: TABLE top_customers; Type: ACL; Schema: sales; Owner: toc_owner
--

GRANT SELECT ON TABLE sales.top_customers TO toc_reader;


--
-- Name: TABLE top_customer_names; Type: ACL; Schema: sales; Owner: postgres
--

GRANT SELECT ON TABLE sales.top_customer_names TO toc_reader;


--
-- Name: LARGE OBJECT 4343001; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON LARGE OBJECT 4343001 TO "toc writer";


--
-- Name: LARGE OBJECT 4343002; Type: ACL; Schema: -; Owner: toc_owner
--

GRANT SELECT ON LARGE OBJECT 4343002 TO toc_reader;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: core; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA core GRANT USAGE ON SEQUENCES TO "toc writer";


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: sales; Owner: toc_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner IN SCHEMA sales GRANT SELECT ON TABLES TO toc_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TYPES; Type: DEFAULT ACL; Schema: -; Owner: toc_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner GRANT ALL ON TYPES TO toc_app;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: toc_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner REVOKE ALL ON FUNCTIONS FROM PUBLIC;


--
-- Name: toc_note_ddl; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER toc_note_ddl ON ddl_command_end
         WHEN TAG IN ('DROP TABLE')
   EXECUTE FUNCTION public.note_ddl();


ALTER EVENT TRIGGER toc_note_ddl OWNER TO postgres;

--
-- Name: EVENT TRIGGER toc_note_ddl; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER toc_note_ddl IS 'fires on DROP TABLE only';


--
-- Name: customer_totals; Type: MATERIALIZED VIEW DATA; Schema: sales; Owner: toc_owner
--

REFRESH MATERIALIZED VIEW sales.customer_totals;


--
-- Name: top_summary; Type: MATERIALIZED VIEW DATA; Schema: sales; Owner: postgres
--

REFRESH MATERIALIZED VIEW sales.top_summary;


--
-- PostgreSQL database dump complete
--

--
-- Database "toc_small" dump
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
-- Name: toc_small; Type: DATABASE; Schema: -; Owner: toc_app
--

CREATE DATABASE toc_small WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE toc_small OWNER TO toc_app;

\connect toc_small

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
-- Name: notes; Type: TABLE; Schema: public; Owner: toc_app
--

CREATE TABLE public.notes (
    id integer NOT NULL,
    body text NOT NULL,
    written date DEFAULT '2024-01-01'::date NOT NULL
);


ALTER TABLE public.notes OWNER TO toc_app;

--
-- Name: tags; Type: TABLE; Schema: public; Owner: toc_app
--

CREATE TABLE public.tags (
    note_id integer NOT NULL,
    tag text NOT NULL
);


ALTER TABLE public.tags OWNER TO toc_app;

--
-- Name: note_tags; Type: VIEW; Schema: public; Owner: toc_app
--

CREATE VIEW public.note_tags AS
 SELECT n.id,
    n.body,
    string_agg(t.tag, ','::text ORDER BY t.tag) AS tags
   FROM (public.notes n
     LEFT JOIN public.tags t ON ((t.note_id = n.id)))
  GROUP BY n.id, n.body;


ALTER VIEW public.note_tags OWNER TO toc_app;

--
-- Name: VIEW note_tags; Type: COMMENT; Schema: public; Owner: toc_app
--

COMMENT ON VIEW public.note_tags IS 'notes with their tags';


--
-- Name: notes_id_seq; Type: SEQUENCE; Schema: public; Owner: toc_app
--

CREATE SEQUENCE public.notes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.notes_id_seq OWNER TO toc_app;

--
-- Name: notes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: toc_app
--

ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;


--
-- Name: notes id; Type: DEFAULT; Schema: public; Owner: toc_app
--

ALTER TABLE ONLY public.notes ALTER COLUMN id SET DEFAULT nextval('public.notes_id_seq'::regclass);


--
-- Data for Name: notes; Type: TABLE DATA; Schema: public; Owner: toc_app
--

COPY public.notes (id, body, written) FROM stdin;
1	note 1	2024-01-02
2	note 2	2024-01-03
3	note 3	2024-01-04
4	note 4	2024-01-05
5	note 5	2024-01-06
6	note 6	2024-01-07
7	note 7	2024-01-08
8	note 8	2024-01-09
9	note 9	2024-01-10
10	note 10	2024-01-11
11	note 11	2024-01-12
12	note 12	2024-01-13
\.


--
-- Data for Name: tags; Type: TABLE DATA; Schema: public; Owner: toc_app
--

COPY public.tags (note_id, tag) FROM stdin;
1	tag1
3	tag1
5	tag1
7	tag1
9	tag1
11	tag1
2	tag2
4	tag2
6	tag2
8	tag2
10	tag2
12	tag2
1	tag3
3	tag3
5	tag3
7	tag3
9	tag3
11	tag3
\.


--
-- Name: notes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: toc_app
--

SELECT pg_catalog.setval('public.notes_id_seq', 12, true);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: public; Owner: toc_app
--

ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: tags tags_pkey; Type: CONSTRAINT; Schema: public; Owner: toc_app
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (note_id, tag);


--
-- Name: tags_tag_idx; Type: INDEX; Schema: public; Owner: toc_app
--

CREATE INDEX tags_tag_idx ON public.tags USING btree (tag);


--
-- Name: tags tags_note_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: toc_app
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_note_id_fkey FOREIGN KEY (note_id) REFERENCES public.notes(id) ON DELETE CASCADE;


--
-- Name: TABLE notes; Type: ACL; Schema: public; Owner: toc_app
--

GRANT SELECT ON TABLE public.notes TO toc_reader;


--
-- Name: TABLE tags; Type: ACL; Schema: public; Owner: toc_app
--

GRANT SELECT ON TABLE public.tags TO toc_reader;


--
-- Name: TABLE note_tags; Type: ACL; Schema: public; Owner: toc_app
--

GRANT SELECT ON TABLE public.note_tags TO toc_reader;


--
-- PostgreSQL database dump complete
--

--
-- PostgreSQL database cluster dump complete
--

