-- Cluster-wide objects: roles, role memberships and settings, databases and
-- their settings, comments and grants. Run as the superuser `postgres` in
-- database `postgres` (psql -v ON_ERROR_STOP=1). Must work on 15, 16 and 18.
--
-- Names are chosen to be awkward for anything that splits pg_dumpall output
-- or builds file names / command lines from database names.

-- ---------------------------------------------------------------- roles
CREATE ROLE plain_role;
CREATE ROLE app_owner LOGIN;
CREATE ROLE reader NOLOGIN;
CREATE ROLE writer NOLOGIN CONNECTION LIMIT 5 VALID UNTIL '2099-01-01 00:00:00+00';
-- Pre-hashed SCRAM verifiers (fixed salt) keep the dumps reproducible.
-- alice's password is 'alice-secret'.
CREATE ROLE alice LOGIN CREATEDB
    PASSWORD 'SCRAM-SHA-256$4096:cGdzZWFsLWFsaWNlLXNhbHQ=$nim15jHTUk4LAPB5LItj4d6BbxUY/VEeK4uC0cOeR0o=:vyc8d0A6l6Wo5URkdbSq0JeZpw8veOBzGpfnQfJpz3w=';
CREATE ROLE "MixedCase" LOGIN;
CREATE ROLE "space role";
CREATE ROLE "quote'role";
CREATE ROLE "dq""role";
-- password is: it's \connect evil
CREATE ROLE "rôle_数据" LOGIN
    PASSWORD 'SCRAM-SHA-256$4096:cGdzZWFsLXVuaWNvZGUtc2E=$+q+a54LYpSDcVEhP/BM14XVs0+oS1AiXJVBHshLFUDg=:cYjDvUrsI/ebyTSGf1xk0vKsH8rsYiP5/5amhADQ0kU=';
CREATE ROLE "-rf --help";
CREATE ROLE "\connect evil";

GRANT reader TO alice;
GRANT reader, writer TO "MixedCase" WITH ADMIN OPTION;
GRANT "quote'role" TO "space role";
GRANT "dq""role" TO "rôle_数据";

ALTER ROLE alice SET search_path = app, public;
ALTER ROLE "MixedCase" SET statement_timeout = '5min';
ALTER ROLE "quote'role" SET application_name = 'it''s \connect evil';

COMMENT ON ROLE alice IS E'Alice.\n\\connect evil\n-- Database "evil" dump\nCREATE DATABASE evil;';
COMMENT ON ROLE "rôle_数据" IS 'unicode role ☃';

-- ------------------------------------------------------------ databases
CREATE DATABASE app OWNER app_owner;
CREATE DATABASE "MixedCase" OWNER "MixedCase";
CREATE DATABASE "with space";
CREATE DATABASE "quote'db" OWNER "quote'role";
CREATE DATABASE "dq""db";
CREATE DATABASE "unicodé_数据" OWNER "rôle_数据";
CREATE DATABASE "-rf --help";
CREATE DATABASE "../x";
CREATE DATABASE U&"tab\0009here";   -- a real TAB in the name
CREATE DATABASE "back\slash";
CREATE DATABASE "eq=sign";
-- A non-UTF8 database; its part of the dump is Latin-1 bytes.
CREATE DATABASE latin1db TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C';

ALTER DATABASE app SET timezone = 'UTC';
ALTER DATABASE app SET search_path = app, public;
ALTER DATABASE "quote'db" SET application_name = 'quote''db \connect evil';
ALTER DATABASE "../x" CONNECTION LIMIT 3;
ALTER DATABASE postgres SET work_mem = '16MB';
ALTER ROLE alice IN DATABASE app SET work_mem = '8MB';
ALTER ROLE "MixedCase" IN DATABASE "with space" SET client_min_messages = warning;

COMMENT ON DATABASE app IS E'Application database.\n\\connect evil\n-- Database "evil" dump';
COMMENT ON DATABASE "with space" IS 'has a space; CREATE DATABASE evil;';
COMMENT ON DATABASE postgres IS 'the default database, with a table added';

GRANT CONNECT, TEMPORARY ON DATABASE app TO reader;
GRANT ALL ON DATABASE app TO "MixedCase";
REVOKE CONNECT ON DATABASE "dq""db" FROM PUBLIC;
GRANT CONNECT ON DATABASE "dq""db" TO "quote'role";
GRANT CREATE ON DATABASE "unicodé_数据" TO "space role";
