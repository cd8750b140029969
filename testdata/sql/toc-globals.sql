-- Cluster-wide objects of the table-of-contents fixtures (dumps/pg*-toc*.sql):
-- the roles that own, are granted or are named in policies, and the two
-- databases. Run as `postgres` in database `postgres` of its own cluster
-- (not the one of globals.sql). Must work on 15, 16 and 18.
--
-- No role memberships: without them a dump restores with ON_ERROR_STOP=1
-- into a cluster whose bootstrap superuser is not `postgres`, on every major
-- (16 and 18 write memberships `GRANTED BY postgres`, which such a cluster
-- refuses).

CREATE ROLE toc_owner NOLOGIN;
CREATE ROLE toc_app LOGIN;
CREATE ROLE toc_reader NOLOGIN;
CREATE ROLE "toc writer" NOLOGIN;
CREATE ROLE "tóc_所有者" NOLOGIN;
COMMENT ON ROLE toc_owner IS 'owns most of database toc';

CREATE DATABASE toc OWNER toc_owner;
CREATE DATABASE toc_small OWNER toc_app;
COMMENT ON DATABASE toc IS 'every kind of object a parallel restore has to order';
