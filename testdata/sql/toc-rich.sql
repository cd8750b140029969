-- Database `toc`: one of every kind of object whose place in the dump a
-- parallel restore (data over several connections, indexes and constraints
-- in parallel, the rest in dump order) can get wrong. Run as `postgres` in
-- database `toc` (psql -v ON_ERROR_STOP=1). Must work on 15, 16 and 18,
-- with no extension (none ships with all three installs), and give the same
-- dump on every run (no now(), random(), timestamptz or unordered output).
SET client_encoding = 'UTF8';

-- ------------------------------------------------------------ schemas
CREATE SCHEMA core AUTHORIZATION toc_owner;
CREATE SCHEMA sales AUTHORIZATION toc_owner;
CREATE SCHEMA inv;
CREATE SCHEMA "Mixed Case";
CREATE SCHEMA "données" AUTHORIZATION "tóc_所有者";
COMMENT ON SCHEMA core IS 'customers and staff; sales and inv refer to it';
COMMENT ON SCHEMA "Mixed Case" IS 'names that need quoting';
GRANT USAGE ON SCHEMA core, sales TO toc_reader, "toc writer";
GRANT CREATE ON SCHEMA inv TO "toc writer";
GRANT USAGE ON SCHEMA "données" TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner IN SCHEMA sales GRANT SELECT ON TABLES TO toc_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA core GRANT USAGE ON SEQUENCES TO "toc writer";
ALTER DEFAULT PRIVILEGES FOR ROLE toc_owner GRANT USAGE ON TYPES TO toc_app;

-- -------------------------------------------------------------- types
CREATE TYPE core.status AS ENUM ('new', 'active', 'closed', 'it''s done');
CREATE DOMAIN core.email AS text CONSTRAINT email_has_at CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN core.posint AS integer NOT NULL DEFAULT 1 CONSTRAINT posint_positive CHECK (VALUE > 0);
CREATE TYPE core.address AS (street text, city text, zip varchar(10));
CREATE TYPE core.numrange2 AS RANGE (subtype = numeric);
CREATE COLLATION core.bytewise (provider = libc, locale = 'C');
ALTER TYPE core.status OWNER TO toc_owner;
ALTER DOMAIN core.email OWNER TO toc_owner;
COMMENT ON TYPE core.status IS 'order and customer state';
COMMENT ON DOMAIN core.email IS 'text with exactly one @';
COMMENT ON TYPE core.address IS 'postal address';
REVOKE USAGE ON TYPE core.address FROM PUBLIC;
GRANT USAGE ON TYPE core.address TO toc_reader;
REVOKE USAGE ON DOMAIN core.email FROM PUBLIC;
GRANT USAGE ON DOMAIN core.email TO toc_app, toc_reader;

-- ---------------------------------------------------------- functions
-- Used by a CHECK constraint: must exist before core.customer.
CREATE FUNCTION core.valid_code(c text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT c ~ '^C[0-9]{4}$' $$;
CREATE FUNCTION core.full_address(a core.address) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT a.street || ', ' || a.zip || ' ' || a.city $$;
CREATE AGGREGATE core.concat_all(text) (sfunc = textcat, stype = text, initcond = '');
ALTER FUNCTION core.valid_code(text) OWNER TO toc_owner;
COMMENT ON FUNCTION core.valid_code(text) IS 'C followed by four digits';
REVOKE EXECUTE ON FUNCTION core.full_address(core.address) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.full_address(core.address) TO toc_reader;

-- ---------------------------------------------------------- sequences
CREATE SEQUENCE core.ticket_seq START 1000 INCREMENT 7 CACHE 1;
SELECT setval('core.ticket_seq', 5005);
CREATE SEQUENCE core.unused_seq AS integer MINVALUE -100 MAXVALUE 100 CYCLE;
SELECT setval('core.unused_seq', 42, false);
ALTER SEQUENCE core.ticket_seq OWNER TO toc_owner;
COMMENT ON SEQUENCE core.ticket_seq IS 'steps of 7; current value 5005';
GRANT USAGE, SELECT ON SEQUENCE core.ticket_seq TO "toc writer";
GRANT SELECT ON SEQUENCE core.unused_seq TO toc_reader;

-- ------------------------------------------------- core: self references
CREATE TABLE core.customer (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) PRIMARY KEY,
    code text NOT NULL CONSTRAINT customer_code_valid CHECK (core.valid_code(code)),
    email core.email,
    status core.status NOT NULL DEFAULT 'new',
    address core.address,
    name text COLLATE core.bytewise NOT NULL,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
    referred_by bigint REFERENCES core.customer (id),
    ticket bigint DEFAULT nextval('core.ticket_seq'),
    CONSTRAINT customer_code_key UNIQUE (code) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT customer_name_check CHECK (length(name) > 0)
);
ALTER TABLE core.customer OWNER TO toc_owner;
ALTER TABLE core.customer CLUSTER ON customer_pkey;
COMMENT ON TABLE core.customer IS 'refers to itself (referred_by)';
COMMENT ON COLUMN core.customer.name_upper IS 'generated, stored';
COMMENT ON CONSTRAINT customer_code_key ON core.customer IS 'deferrable unique';
GRANT SELECT ON core.customer TO toc_reader;
GRANT SELECT, INSERT, UPDATE ON core.customer TO "toc writer";
INSERT INTO core.customer (code, email, status, address, name, referred_by)
SELECT 'C' || lpad(g::text, 4, '0'),
       CASE WHEN g % 5 <> 0 THEN 'user' || g || '@example.org' END,
       (ARRAY['new', 'active', 'closed', 'it''s done'])[1 + g % 4]::core.status,
       ROW('Street ' || g, CASE WHEN g % 2 = 0 THEN 'Zürich' ELSE 'Lyon' END, lpad((g * 37)::text, 5, '0'))::core.address,
       'customer ' || g,
       CASE WHEN g > 1 THEN 100 + (g - 2) / 3 END
FROM generate_series(1, 200) g;

CREATE TABLE core.employee (
    id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    manager_id int REFERENCES core.employee,
    name text NOT NULL,
    salary numeric(10, 2) CONSTRAINT salary_nonnegative CHECK (salary >= 0),
    ssn text
);
CREATE TABLE core.employee_audit (
    n int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employee_id int NOT NULL,
    op text NOT NULL
);
CREATE FUNCTION core.audit_employee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO core.employee_audit (employee_id, op) VALUES (NEW.id, TG_OP);
    RETURN NEW;
END
$$;
CREATE TRIGGER employee_audit AFTER INSERT OR UPDATE ON core.employee
    FOR EACH ROW EXECUTE FUNCTION core.audit_employee();
COMMENT ON TRIGGER employee_audit ON core.employee IS 'row trigger';
INSERT INTO core.employee (id, manager_id, name, salary, ssn) VALUES
    (1, NULL, 'Ada', 9000, '111'), (2, 1, 'Brendan', 7000, '222'), (3, 1, 'Chloé', 7100, '333'),
    (4, 2, 'Dmitri', 5000, '444'), (5, 4, '大輔', 4000, '555');
UPDATE core.employee SET salary = salary + 100 WHERE id = 5;
SELECT setval(pg_get_serial_sequence('core.employee', 'id'), 50);
ALTER TABLE core.employee OWNER TO toc_owner;
GRANT SELECT (id, manager_id, name) ON core.employee TO toc_reader;
GRANT UPDATE (salary) ON core.employee TO "toc writer";
COMMENT ON COLUMN core.employee.ssn IS 'not granted to anyone';
ALTER TABLE core.employee ENABLE ROW LEVEL SECURITY;
CREATE POLICY employee_self ON core.employee FOR SELECT TO toc_reader USING (name = current_user);
CREATE POLICY employee_owner ON core.employee TO toc_owner USING (true) WITH CHECK (salary < 1000000);
COMMENT ON POLICY employee_self ON core.employee IS 'a reader sees its own row';

-- --------------------------------------- sales: the big table, circular FKs
CREATE TABLE sales.orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES core.customer (id),
    placed date NOT NULL,
    qty core.posint,
    price numeric(10, 2) NOT NULL,
    total numeric(12, 2) GENERATED ALWAYS AS (qty * price) STORED,
    status core.status NOT NULL DEFAULT 'new'
);
ALTER TABLE sales.orders ALTER COLUMN price SET STATISTICS 500;
CREATE INDEX orders_customer_placed_idx ON sales.orders (customer_id, placed) INCLUDE (qty);
CREATE INDEX orders_open_idx ON sales.orders (placed) WHERE status <> 'closed';
CREATE INDEX orders_month_idx ON sales.orders (date_trunc('month', placed::timestamp));
CREATE STATISTICS sales.orders_dep (dependencies) ON customer_id, placed FROM sales.orders;
CREATE TABLE sales.order_stats (batch int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, rows_added bigint NOT NULL);
CREATE FUNCTION sales.count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sales.order_stats (rows_added) SELECT count(*) FROM new_rows;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_count AFTER INSERT ON sales.orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sales.count_inserted();
COMMENT ON TRIGGER orders_count ON sales.orders IS 'statement trigger with a transition table';
INSERT INTO sales.orders (customer_id, placed, qty, price, status)
SELECT 100 + g % 200, date '2024-01-01' + g % 366, 1 + g % 9, (g % 1000) / 10.0,
       CASE WHEN g % 3 = 0 THEN 'closed' ELSE 'active' END::core.status
FROM generate_series(1, 20000) g;
CREATE RULE orders_keep_closed AS ON DELETE TO sales.orders
    WHERE old.status = 'closed' DO INSTEAD NOTHING;
COMMENT ON RULE orders_keep_closed ON sales.orders IS 'closed orders are never deleted';
ALTER TABLE sales.orders OWNER TO toc_owner;
ALTER TABLE sales.order_stats OWNER TO toc_owner;
COMMENT ON TABLE sales.orders IS '20000 rows: the largest data entry';
GRANT INSERT ON sales.orders TO "toc writer";
GRANT USAGE ON SEQUENCE sales.orders_id_seq TO "toc writer";

-- invoice.last_payment_id -> payment and payment.invoice_id -> invoice: a
-- cycle that only loads with the FKs added after the data (or deferred).
CREATE TABLE sales.invoice (
    id int PRIMARY KEY,
    order_id int NOT NULL,
    last_payment_id int
);
CREATE TABLE sales.payment (
    id int PRIMARY KEY,
    invoice_id int NOT NULL REFERENCES sales.invoice DEFERRABLE INITIALLY DEFERRED,
    amount numeric(10, 2) NOT NULL
);
ALTER TABLE sales.invoice
    ADD CONSTRAINT invoice_order_fk FOREIGN KEY (order_id) REFERENCES sales.orders (id),
    ADD CONSTRAINT invoice_last_payment_fk FOREIGN KEY (last_payment_id)
        REFERENCES sales.payment (id) DEFERRABLE INITIALLY DEFERRED;
CREATE FUNCTION sales.check_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.amount > 100000 THEN
        RAISE EXCEPTION 'payment % too large', NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER payment_check AFTER INSERT OR UPDATE ON sales.payment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sales.check_payment();
BEGIN;
INSERT INTO sales.invoice SELECT g, g * 10, 1000 + g FROM generate_series(1, 40) g;
INSERT INTO sales.payment SELECT 1000 + g, g, g * 2.5 FROM generate_series(1, 40) g;
COMMIT;
ALTER TABLE sales.payment OWNER TO toc_owner;
ALTER TABLE sales.payment ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.payment FORCE ROW LEVEL SECURITY;
CREATE POLICY payment_positive ON sales.payment AS RESTRICTIVE USING (amount > 0);
CREATE POLICY payment_invoiced ON sales.payment FOR SELECT
    USING (invoice_id IN (SELECT id FROM sales.invoice));

-- SQL-standard body: depends on sales.orders itself, not just on its name.
CREATE FUNCTION sales.order_count(cid bigint) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM sales.orders WHERE customer_id = cid;
END;
CREATE PROCEDURE sales.close_order(oid int) LANGUAGE plpgsql AS $$
BEGIN
    UPDATE sales.orders SET status = 'closed' WHERE id = oid;
END
$$;
ALTER FUNCTION sales.order_count(bigint) OWNER TO toc_owner;
ALTER PROCEDURE sales.close_order(int) OWNER TO toc_owner;
COMMENT ON PROCEDURE sales.close_order(int) IS 'a procedure';
REVOKE EXECUTE ON PROCEDURE sales.close_order(int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE sales.close_order(int) TO "toc writer";
GRANT EXECUTE ON FUNCTION sales.order_count(bigint) TO toc_reader;

-- ---------------------------------------------------------- partitions
-- Range partitions, one of them partitioned again by list, and a default;
-- primary key and index on the partitioned table; a foreign key to it.
CREATE TABLE sales.events (
    id bigint NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    customer_id bigint REFERENCES core.customer (id),
    payload jsonb,
    PRIMARY KEY (id, at, region)
) PARTITION BY RANGE (at);
CREATE TABLE sales.events_2024h1 PARTITION OF sales.events
    FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE sales.events_2024h2 PARTITION OF sales.events
    FOR VALUES FROM ('2024-07-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE sales.events_2024h2_eu PARTITION OF sales.events_2024h2 FOR VALUES IN ('eu', 'ch');
CREATE TABLE sales.events_2024h2_rest PARTITION OF sales.events_2024h2 DEFAULT;
CREATE TABLE sales.events_default PARTITION OF sales.events DEFAULT;
CREATE INDEX events_region_idx ON sales.events (region);
CREATE INDEX events_payload_idx ON sales.events USING gin (payload);
COMMENT ON TABLE sales.events IS 'range partitioned; 2024h2 is list partitioned';
COMMENT ON INDEX sales.events_region_idx IS 'partitioned index';
INSERT INTO sales.events
SELECT g, date '2023-12-25' + (g * 3) % 400, (ARRAY['eu', 'us', 'ch', 'apac'])[1 + g % 4],
       100 + g % 200, jsonb_build_object('n', g, 'kind', g % 3)
FROM generate_series(1, 600) g;
CREATE TABLE sales.event_note (
    id int PRIMARY KEY,
    event_id bigint NOT NULL,
    event_at date NOT NULL,
    event_region text NOT NULL,
    note text,
    FOREIGN KEY (event_id, event_at, event_region) REFERENCES sales.events ON DELETE CASCADE
);
INSERT INTO sales.event_note
SELECT e.id, e.id, e.at, e.region, 'note on ' || e.id FROM sales.events e WHERE e.id % 20 = 0;

-- List partitioning with a default, owned by someone else.
CREATE TABLE inv.stock (
    sku text NOT NULL,
    region text NOT NULL,
    qty int NOT NULL DEFAULT 0 CHECK (qty >= 0),
    PRIMARY KEY (sku, region)
) PARTITION BY LIST (region);
CREATE TABLE inv.stock_eu PARTITION OF inv.stock FOR VALUES IN ('eu', 'ch');
CREATE TABLE inv.stock_us PARTITION OF inv.stock FOR VALUES IN ('us');
CREATE TABLE inv.stock_other PARTITION OF inv.stock DEFAULT;
INSERT INTO inv.stock
SELECT 'sku' || s, r, s * 3 FROM generate_series(1, 30) s, unnest(ARRAY['eu', 'ch', 'us', 'apac']) r;
ALTER TABLE inv.stock OWNER TO toc_owner;

-- ---------------------------------------------------------- inheritance
CREATE TABLE inv.vehicle (
    id int PRIMARY KEY,
    make text NOT NULL,
    wheels int CONSTRAINT wheels_positive CHECK (wheels > 0)
);
CREATE TABLE inv.car (seats int NOT NULL DEFAULT 5) INHERITS (inv.vehicle);
CREATE TABLE inv.truck (payload_kg int) INHERITS (inv.vehicle);
ALTER TABLE inv.car ADD PRIMARY KEY (id);
ALTER TABLE inv.vehicle REPLICA IDENTITY FULL;
INSERT INTO inv.vehicle VALUES (1, 'generic', 3);
INSERT INTO inv.car VALUES (2, 'Renault', 4, 5), (3, 'Škoda', 4, 7);
INSERT INTO inv.truck VALUES (4, 'Volvo', 6, 12000), (5, 'MAN', 10, 26000);
COMMENT ON TABLE inv.car IS 'inherits inv.vehicle';

-- Exclusion constraint on a range (no btree_gist: not in every install).
CREATE TABLE inv.booking (
    id int PRIMARY KEY,
    vehicle_id int NOT NULL REFERENCES inv.vehicle,
    during tsrange NOT NULL,
    price core.numrange2,
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)
);
INSERT INTO inv.booking
SELECT g, 1, tsrange(timestamp '2024-01-01' + g * interval '1 day',
                     timestamp '2024-01-01' + g * interval '1 day' + interval '20 hours'),
       numrange(g, g + 10)::text::core.numrange2
FROM generate_series(1, 50) g;

CREATE TABLE inv.empty_table (id int PRIMARY KEY, note text);
COMMENT ON TABLE inv.empty_table IS 'no rows';
CREATE UNLOGGED TABLE inv.cache (k text PRIMARY KEY, v text);
INSERT INTO inv.cache VALUES ('a', '1'), ('b', '2');

-- Foreign data wrapper without handler: the foreign table has no data to dump.
CREATE FOREIGN DATA WRAPPER toc_fdw;
CREATE SERVER toc_server FOREIGN DATA WRAPPER toc_fdw OPTIONS (host 'nowhere');
CREATE USER MAPPING FOR toc_app SERVER toc_server OPTIONS (user 'remote');
CREATE FOREIGN TABLE inv.remote_stock (sku text, qty int) SERVER toc_server;
GRANT USAGE ON FOREIGN SERVER toc_server TO toc_app;

-- ---------------------------------------------------- views and matviews
-- matview <- view <- view <- matview: the refreshes must follow the order.
CREATE MATERIALIZED VIEW sales.customer_totals AS
    SELECT customer_id, count(*) AS n, sum(total) AS total
    FROM sales.orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_idx ON sales.customer_totals (customer_id);
CREATE VIEW sales.top_customers AS
    SELECT c.id, c.name, t.total
    FROM core.customer c JOIN sales.customer_totals t ON t.customer_id = c.id
    WHERE t.total > 25000;
CREATE VIEW sales.top_customer_names AS
    SELECT name FROM sales.top_customers;
CREATE MATERIALIZED VIEW sales.top_summary AS
    SELECT count(*) AS n FROM sales.top_customer_names;
CREATE MATERIALIZED VIEW sales.not_populated AS
    SELECT id FROM sales.orders WHERE qty > 8 WITH NO DATA;
CREATE VIEW core.employee_names WITH (security_barrier) AS
    SELECT id, name FROM core.employee;
ALTER MATERIALIZED VIEW sales.customer_totals OWNER TO toc_owner;
ALTER VIEW sales.top_customers OWNER TO toc_owner;
COMMENT ON MATERIALIZED VIEW sales.customer_totals IS 'refreshed after sales.orders is loaded';
COMMENT ON VIEW sales.top_customer_names IS 'a view on a view on a matview';
GRANT SELECT ON sales.top_customers, sales.top_customer_names TO toc_reader;
CREATE RULE top_names_insert AS ON INSERT TO sales.top_customer_names DO INSTEAD NOTHING;

-- ------------------------------------------------------- quoted names
CREATE TABLE "Mixed Case"."odd;name" (
    "Id" int PRIMARY KEY,
    "Col ""Q""" text,
    "select" text DEFAULT 'it''s'
);
CREATE INDEX "odd;name idx" ON "Mixed Case"."odd;name" ("select");
INSERT INTO "Mixed Case"."odd;name" VALUES (1, 'a', 'b'), (2, E'tab\there', NULL), (3, '--', '\.');
COMMENT ON TABLE "Mixed Case"."odd;name" IS 'Name: odd; Type: TABLE; Schema: x; Owner: y';
COMMENT ON COLUMN "Mixed Case"."odd;name"."Col ""Q""" IS 'quoted column';
GRANT SELECT ("Col ""Q""") ON "Mixed Case"."odd;name" TO toc_reader;

SET ROLE "tóc_所有者";
CREATE TABLE "données"."tâche_任务" (
    "numéro" int PRIMARY KEY,
    "prénom" text NOT NULL,
    "état" text CHECK ("état" IN ('ouvert', 'fermé'))
);
CREATE INDEX "idx_prénom_🐘" ON "données"."tâche_任务" ("prénom");
INSERT INTO "données"."tâche_任务" VALUES (1, 'Zoë', 'ouvert'), (2, 'Håkon', 'fermé'), (3, '李', 'ouvert');
RESET ROLE;
COMMENT ON TABLE "données"."tâche_任务" IS 'non-ASCII names';

-- -------------------------------------------------------- large objects
-- One over 64 KiB (written in several lowrite calls), one with binary bytes.
SELECT lo_from_bytea(4343001, convert_to('a small large object', 'UTF8'));
SELECT lo_from_bytea(4343002, decode(string_agg(md5(g::text), '' ORDER BY g), 'hex'))
FROM generate_series(1, 5000) g;
SELECT lo_from_bytea(4343003, '\x00ff5c2e0a2d2d0a'::bytea);
ALTER LARGE OBJECT 4343002 OWNER TO toc_owner;
ALTER LARGE OBJECT 4343003 OWNER TO "tóc_所有者";
COMMENT ON LARGE OBJECT 4343002 IS '80000 bytes';
COMMENT ON LARGE OBJECT 4343003 IS 'NUL, 0xff, backslash, dot, newlines';
GRANT SELECT ON LARGE OBJECT 4343002 TO toc_reader;
GRANT SELECT, UPDATE ON LARGE OBJECT 4343001 TO "toc writer";
CREATE TABLE core.document (id int PRIMARY KEY, title text NOT NULL, content oid);
INSERT INTO core.document VALUES (1, 'small', 4343001), (2, 'big', 4343002), (3, 'binary', 4343003);

-- --------------------------------------------- many independent tables
-- A run of plain tables, each with comments and grants, that a restore may
-- create on several sessions; among them a table of another table's row
-- type (it must wait for that table) and one with a column of a domain.
CREATE SCHEMA bulk;
CREATE TABLE bulk.item (id int PRIMARY KEY, label text NOT NULL);
CREATE TABLE bulk.item_holder (id int PRIMARY KEY, held bulk.item, history bulk.item[]);
CREATE TABLE bulk.contact (id int PRIMARY KEY, mail core.email NOT NULL);
COMMENT ON TABLE bulk.item_holder IS 'columns of bulk.item''s row type';
COMMENT ON COLUMN bulk.contact.mail IS 'a domain column';
INSERT INTO bulk.item VALUES (1, 'one'), (2, 'two');
INSERT INTO bulk.item_holder VALUES (1, ROW(1, 'one'), ARRAY[ROW(2, 'two')::bulk.item]);
INSERT INTO bulk.contact VALUES (1, 'a@example.org');
GRANT SELECT ON bulk.item, bulk.item_holder, bulk.contact TO toc_reader;
DO $$
DECLARE
    t text;
BEGIN
    FOR i IN 1..48 LOOP
        t := format('bulk.t%s', lpad(i::text, 2, '0'));
        EXECUTE format('CREATE TABLE %s (id int PRIMARY KEY, name text NOT NULL, v int DEFAULT %s)', t, i);
        EXECUTE format('COMMENT ON TABLE %s IS %L', t, 'table ' || i);
        EXECUTE format('COMMENT ON COLUMN %s.name IS %L', t, 'name of ' || i);
        EXECUTE format('GRANT SELECT ON %s TO toc_reader', t);
        EXECUTE format('GRANT UPDATE (v) ON %s TO "toc writer"', t);
        EXECUTE format('INSERT INTO %s VALUES (1, %L, %s)', t, 'row of ' || i, i);
    END LOOP;
END
$$;
-- Functions and views among them: a restore may create those on several
-- sessions too, except a view over another view, a function whose default
-- calls another, an overload, and a table whose default calls a function.
DO $$
DECLARE
    t text;
BEGIN
    FOR i IN 1..24 LOOP
        t := format('bulk.t%s', lpad(i::text, 2, '0'));
        EXECUTE format('CREATE FUNCTION bulk.f%s(x int) RETURNS bigint LANGUAGE plpgsql AS %L',
            lpad(i::text, 2, '0'), format('BEGIN RETURN (SELECT count(*) FROM %s) + x; END', t));
        EXECUTE format('CREATE VIEW bulk.v%s AS SELECT id, name FROM %s WHERE v > 0',
            lpad(i::text, 2, '0'), t);
        EXECUTE format('COMMENT ON VIEW bulk.v%s IS %L', lpad(i::text, 2, '0'), 'view ' || i);
        EXECUTE format('COMMENT ON COLUMN bulk.v%s.name IS %L', lpad(i::text, 2, '0'), 'name ' || i);
        EXECUTE format('GRANT SELECT ON bulk.v%s TO toc_reader', lpad(i::text, 2, '0'));
    END LOOP;
END
$$;
CREATE FUNCTION bulk.f01(x text) RETURNS text LANGUAGE sql AS $$ SELECT x || '!' $$;
CREATE FUNCTION bulk.g(y int DEFAULT bulk.f02(1)) RETURNS bigint LANGUAGE sql
    AS $$ SELECT y::bigint $$;
CREATE PROCEDURE bulk.p(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
CREATE VIEW bulk.v_of_v AS SELECT id FROM bulk.v01;
CREATE FUNCTION bulk.q() RETURNS bigint LANGUAGE sql AS $$ SELECT 7::bigint $$;
CREATE TABLE bulk.t_calls (id int PRIMARY KEY, n bigint DEFAULT bulk.q());
INSERT INTO bulk.t_calls (id) VALUES (1);

-- ---------------------------------------------------------- publications
CREATE PUBLICATION toc_pub FOR TABLE core.customer, sales.orders WHERE (price > 50)
    WITH (publish = 'insert');
CREATE PUBLICATION toc_pub_inv FOR TABLES IN SCHEMA inv;
ALTER PUBLICATION toc_pub OWNER TO toc_owner;
COMMENT ON PUBLICATION toc_pub IS 'no subscription anywhere';

-- ------------------------------------------------ event trigger (last)
CREATE FUNCTION public.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END
$$;
CREATE EVENT TRIGGER toc_note_ddl ON ddl_command_end WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION public.note_ddl();
COMMENT ON EVENT TRIGGER toc_note_ddl IS 'fires on DROP TABLE only';
