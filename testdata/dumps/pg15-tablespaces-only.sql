--
-- PostgreSQL database cluster dump
--

\restrict KPCPShEpJvs1Cugra7xxGaK14sX1CGgXxnMowRyhzE0wg75bmbP6fRej3HB6UVv

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Tablespaces
--

CREATE TABLESPACE "ts'space" OWNER alice LOCATION '/tmp/pgseal-testdata-tablespace';
GRANT ALL ON TABLESPACE "ts'space" TO reader;
COMMENT ON TABLESPACE "ts'space" IS E'tablespace; \\connect evil';


\unrestrict KPCPShEpJvs1Cugra7xxGaK14sX1CGgXxnMowRyhzE0wg75bmbP6fRej3HB6UVv

--
-- PostgreSQL database cluster dump complete
--

