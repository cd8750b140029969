//! `pgseal restore` and `pgseal drill`: selective, parallel restores with psql.

pub mod transform;
