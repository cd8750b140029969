use super::*;
use crate::splitter::split_in_memory;

/// The summary and the parts' bytes of a fixture split in 64 KiB chunks.
fn split(dump: &[u8]) -> (crate::splitter::Summary<()>, Vec<Vec<u8>>) {
    let (sink, summary) = split_in_memory(dump, 64 << 10).unwrap().take_sink();
    (summary, sink.parts.into_values().collect())
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/testdata/dumps/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn reads_headers_both_ways() {
    let h = parse_header(b"items; Type: TABLE; Schema: app; Owner: app_owner").unwrap();
    assert_eq!(
        h,
        Header {
            name: "items".into(),
            kind: "TABLE".into(),
            schema: Some("app".into()),
            owner: Some("app_owner".into()),
        }
    );
    let h = parse_header(b"BLOBS; Type: BLOBS; Schema: -; Owner: -").unwrap();
    assert_eq!((h.schema, h.owner), (None, None));
    let h = parse_header(b"t; Type: TABLE; Schema: s; Owner: o; Tablespace: ts").unwrap();
    assert_eq!(h.owner.as_deref(), Some("o"));
    assert_eq!(
        parse_header(b"a; Type: b; Type: TABLE; Schema: s; Owner: o"),
        None
    );
    assert_eq!(parse_header(b"a; Schema: s; Type: TABLE; Owner: o"), None);
    // A name in another encoding than UTF-8 is read as its replacement
    // characters, and the fields around it as they stand.
    let h = parse_header(b"caf\xe9; Type: TABLE; Schema: s\xe9; Owner: o").unwrap();
    assert_eq!(h.name, "caf\u{fffd}");
    assert_eq!(h.kind, "TABLE");
    assert_eq!(h.schema.as_deref(), Some("s\u{fffd}"));
    assert_eq!(h.owner.as_deref(), Some("o"));
}

#[test]
fn knows_session_settings() {
    let k = |s: &str| setting_key(s.as_bytes());
    assert_eq!(
        k("SET default_tablespace = '';").as_deref(),
        Some("default_tablespace")
    );
    assert_eq!(
        k("set search_path = app, pg_catalog;").as_deref(),
        Some("search_path")
    );
    assert_eq!(
        k("SELECT pg_catalog.set_config('search_path', '', false);").as_deref(),
        Some("search_path")
    );
    assert_eq!(
        k("SET SESSION AUTHORIZATION 'x';").as_deref(),
        Some("session authorization")
    );
    assert_eq!(k("SELECT pg_catalog.setval('s', 1, true);"), None);
    assert_eq!(k("CREATE TABLE t (x int);"), None);
}

#[test]
fn finds_the_tables_of_post_data_statements() {
    let l = |s: &str| {
        Tokens::default()
            .head(s.as_bytes())
            .and_then(statement_locks)
    };
    let lock = |t: &str, exclusive| Lock {
        table: t.into(),
        exclusive,
    };
    assert_eq!(
        l("CREATE UNIQUE INDEX i ON ONLY app.\"Items\" USING btree (x);"),
        Some(vec![lock("app\0Items", false)])
    );
    assert_eq!(
        l("ALTER TABLE ONLY app.orders\n    ADD CONSTRAINT f FOREIGN KEY (item) REFERENCES Shop.items(id);"),
        Some(vec![lock("app\0orders", true), lock("shop\0items", true)])
    );
    assert_eq!(
        l("ALTER INDEX app.i ALTER COLUMN 2 SET STATISTICS 100;"),
        Some(vec![])
    );
    assert_eq!(l("GRANT ALL ON TABLE t TO x;"), None);
    let seq = |s: &str| {
        Tokens::default()
            .head(s.as_bytes())
            .and_then(sequence_table)
    };
    assert_eq!(
        seq("ALTER SEQUENCE app.items_id_seq OWNED BY app.items.id;").as_deref(),
        Some("app\0items")
    );
    assert_eq!(
        seq("ALTER TABLE app.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n    SEQUENCE NAME app.t_id_seq\n);").as_deref(),
        Some("app\0t")
    );
    assert_eq!(seq("CREATE SEQUENCE app.s START WITH 1;"), None);
}

/// Every byte of a part is in its prefix, one entry, a gap of session
/// settings, or the suffix; entries are in order and never overlap.
fn check_layout(toc: &Toc, part_len: u64) {
    let mut at = 0;
    for e in &toc.entries {
        assert!(e.start >= at && e.end >= e.start, "{e:?}");
        at = e.end;
    }
    assert!(toc.suffix >= at && toc.suffix <= part_len);
    assert!(toc.body <= toc.entries.len());
    assert!(toc
        .setups
        .iter()
        .all(|s| s.iter().all(|st| st.ends_with(b";"))));
}

#[test]
fn every_fixture_part_gets_a_table_of_contents() {
    for name in [
        "pg15-full.sql",
        "pg16-full.sql",
        "pg18-full.sql",
        "pg15-clean.sql",
        "pg15-inserts.sql",
    ] {
        let dump = fixture(name);
        let (summary, parts) = split(&dump);
        for (i, layout) in summary.parts.iter().enumerate().skip(1) {
            let toc = layout.toc.as_ref().unwrap();
            assert_eq!(toc.serial, None, "{name} part {i}");
            check_layout(toc, parts[i].len() as u64);
            let part = &parts[i];
            for e in &toc.entries {
                let text = &part[e.start as usize..e.end as usize];
                let head = format!("Name: {}; Type: {};", e.name, e.kind);
                assert!(
                    String::from_utf8_lossy(text).contains(&head),
                    "{name} part {i}: {e:?} does not hold its header"
                );
            }
            // The body's setup is what pg_dump set after the last \connect.
            let first = &toc.entries[toc.body];
            let setup = &toc.setups[first.setup];
            assert!(
                setup
                    .iter()
                    .any(|s| s.starts_with(b"SET standard_conforming_strings")),
                "{name}"
            );
        }
    }
}

#[test]
fn classifies_the_app_database() {
    let dump = fixture("pg18-full.sql");
    let (summary, parts) = split(&dump);
    let i = summary
        .parts
        .iter()
        .position(|p| p.database.as_deref() == Some(b"app"))
        .unwrap();
    let toc = summary.parts[i].toc.as_ref().unwrap();
    let kinds: Vec<_> = toc
        .entries
        .iter()
        .map(|e| (e.kind.as_str(), e.class))
        .collect();
    assert!(kinds.contains(&("TABLE DATA", Class::Data)), "{kinds:?}");
    // The body starts after DATABASE PROPERTIES, whose \connect ends the prefix.
    assert_eq!(toc.entries[toc.body - 1].kind, "DATABASE PROPERTIES");
    // Function bodies and COPY data after the prefix hold `\connect` and
    // `\.` look-alikes: data, or the prefix would have swallowed them.
    let body = &parts[i][toc.entries[toc.body].start as usize..];
    assert!(String::from_utf8_lossy(body).contains("\\connect evil"));
}

/// The table of contents of `text` read as one part.
fn toc_of(text: &str) -> Toc {
    let mut scanner = crate::scanner::Scanner::new();
    let mut b = TocBuilder::new();
    let Ok(()) = scanner.feed(
        text.as_bytes(),
        &mut crate::scanner::always(|ev| b.event(&ev)),
    );
    let Ok(_) = scanner.finish(&mut crate::scanner::always(|ev| b.event(&ev)));
    b.finish(text.len() as u64, Some)
}

const PART: &str = "\\connect app\n\
SET standard_conforming_strings = on;\n\
SELECT pg_catalog.set_config('search_path', '', false);\n\n\
--\n-- Name: t; Type: TABLE; Schema: s; Owner: o\n--\n\n\
CREATE TABLE s.t (x text DEFAULT '\n-- Name: fake; Type: TABLE DATA; Schema: s; Owner: o\n');\n\n\
SET default_tablespace = '';\n\n\
--\n-- Name: f; Type: FUNCTION; Schema: s; Owner: o\n--\n\n\
CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$\n-- Name: fake2; Type: INDEX; Schema: s; Owner: o\nSELECT 1 $$;\n\n\
--\n-- Data for Name: t; Type: TABLE DATA; Schema: s; Owner: o\n--\n\n\
COPY s.t (x) FROM stdin;\n-- Name: fake3; Type: TABLE; Schema: s; Owner: o\nb\n\\.\n\n\
--\n-- Name: t i; Type: INDEX; Schema: s; Owner: o\n--\n\n\
CREATE INDEX i ON s.t USING btree (x);\n\n\
--\n-- PostgreSQL database dump complete\n--\n\n";

#[test]
fn header_lookalikes_in_strings_bodies_and_copy_data_are_data() {
    let toc = toc_of(PART);
    assert_eq!(toc.serial, None);
    let names: Vec<_> = toc.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["t", "f", "t", "t i"]);
    let data = &toc.entries[2];
    assert_eq!(
        (data.class, data.section, data.rows),
        (Class::Data, Section::Data, 2)
    );
    let index = &toc.entries[3];
    assert_eq!(
        (index.class, index.section),
        (Class::Index, Section::PostData)
    );
    assert_eq!(
        index.locks,
        [Lock {
            table: "s\0t".into(),
            exclusive: false
        }]
    );
    // The SET between the table and the function is a setting, not part of the table entry.
    let table = &PART[toc.entries[0].start as usize..toc.entries[0].end as usize];
    assert!(table.ends_with("');\n\n"), "{table:?}");
    assert_eq!(toc.entries[0].setup, 0);
    assert_eq!(toc.setups[toc.entries[1].setup].len(), 3);
    assert!(PART[toc.suffix as usize..].starts_with("--\n-- PostgreSQL database dump complete"));
}

#[test]
fn unsure_parts_are_restored_in_one_session() {
    let cut = &PART[..PART.find("-- PostgreSQL database dump complete").unwrap()];
    assert!(toc_of(cut).serial.is_some());
    let odd = PART.replace("Name: f;", "Name: f; Type: x;");
    assert!(toc_of(&odd)
        .serial
        .unwrap()
        .contains("cannot be told apart"));
    // Data of a table the part does not create runs in order (data-only dumps).
    let data_only = PART.replace("Name: t; Type: TABLE;", "Name: u; Type: TABLE;");
    assert_eq!(toc_of(&data_only).entries[2].class, Class::Barrier);
}

/// A part body of `entries` (header name, type, statements), in schema s.
fn part_of(entries: &[(&str, &str, &str)]) -> String {
    part_with("", entries)
}

/// [`part_of`] with session settings before the first entry.
fn part_with(settings: &str, entries: &[(&str, &str, &str)]) -> String {
    let mut text = format!("\\connect app\n{settings}\n");
    for (name, kind, sql) in entries {
        text.push_str(&format!(
            "--\n-- Name: {name}; Type: {kind}; Schema: s; Owner: o\n--\n\n{sql}\n\n"
        ));
    }
    text.push_str("--\n-- PostgreSQL database dump complete\n--\n\n");
    text
}

fn classes(entries: &[(&str, &str, &str)]) -> Vec<Class> {
    let toc = toc_of(&part_of(entries));
    assert_eq!(toc.serial, None);
    toc.entries.iter().map(|e| e.class).collect()
}

#[test]
fn plain_tables_and_their_comments_may_run_beside_each_other() {
    use Class::*;
    let got = classes(&[
        (
            "a",
            "TABLE",
            "CREATE TABLE s.a (\n    id integer NOT NULL,\n    note text DEFAULT 'x'::text\n);\n\n\
             ALTER TABLE s.a OWNER TO o;\n\
             ALTER TABLE ONLY s.a ALTER COLUMN note SET STATISTICS 500;\n\
             ALTER TABLE ONLY s.a REPLICA IDENTITY FULL;",
        ),
        ("TABLE a", "COMMENT", "COMMENT ON TABLE s.a IS 'a';"),
        (
            "COLUMN a.note",
            "COMMENT",
            "COMMENT ON COLUMN s.a.note IS 'n';",
        ),
        (
            "Odd Name",
            "TABLE",
            "CREATE UNLOGGED TABLE s.\"Odd Name\" (v s.email CHECK (v LIKE '%@%'));",
        ),
        (
            "COLUMN \"Odd Name\".v",
            "COMMENT",
            "COMMENT ON COLUMN s.\"Odd Name\".v IS 'a domain column';",
        ),
        // A comment on another table does not travel with this one.
        ("TABLE b", "COMMENT", "COMMENT ON TABLE s.b IS 'b';"),
        (
            "c",
            "TABLE",
            "CREATE TABLE s.c (x int) PARTITION BY RANGE (x);",
        ),
    ]);
    assert_eq!(
        got,
        [
            Table,
            TableComment,
            TableComment,
            Table,
            TableComment,
            Barrier,
            Table
        ]
    );
}

#[test]
fn tables_that_may_depend_on_others_stay_in_order() {
    use Class::*;
    let row = |sql: &'static str| {
        [
            ("a", "TABLE", "CREATE TABLE s.a (x int);"),
            ("b", "TABLE", sql),
        ]
    };
    // A column of an earlier table's row type (or an array of it), a cast
    // looking a name up, inheritance, partitions, typed and LIKE tables.
    for sql in [
        "CREATE TABLE s.b (r s.a);",
        "CREATE TABLE s.b (r a[]);",
        "CREATE TABLE s.b (r \"a\");",
        "CREATE TABLE s.b (r int DEFAULT nextval('s.q'::regclass));",
        "CREATE TABLE s.b (x int) INHERITS (s.p);",
        "CREATE TABLE s.b PARTITION OF s.p FOR VALUES IN (1);",
        "CREATE TABLE s.b OF s.composite;",
        "CREATE TABLE s.b (LIKE s.p);",
        "CREATE TABLE s.other (x int);",
        "CREATE VIEW s.b AS SELECT 1;",
    ] {
        assert_eq!(classes(&row(sql)), [Table, Barrier], "{sql}");
    }
    // Statements on another table, or not pg_dump's, make it a barrier.
    for sql in [
        "CREATE TABLE s.b (x int);\nALTER TABLE ONLY s.p ATTACH PARTITION s.b DEFAULT;",
        "CREATE TABLE s.b (x int);\nALTER TABLE s.b SET SCHEMA t;",
        "CREATE TABLE s.b (x int);\nALTER TABLE s.b ALTER COLUMN x SET DEFAULT 1;",
        "CREATE TABLE s.b (x int);\nCREATE TABLE s.c (x int);",
        "SELECT 1;",
    ] {
        assert_eq!(classes(&row(sql)), [Table, Barrier], "{sql}");
    }
    // A constraint name the server would choose for the other table (the
    // NOT NULL constraints of PostgreSQL 18 partitions keep their parent's),
    // or two tables whose chosen names meet.
    let parent = (
        "events",
        "TABLE",
        "CREATE TABLE s.events (id bigint NOT NULL);",
    );
    let child = (
        "events_h1",
        "TABLE",
        "CREATE TABLE s.events_h1 (id bigint CONSTRAINT events_id_not_null NOT NULL);",
    );
    assert_eq!(classes(&[parent, child]), [Table, Barrier]);
    assert_eq!(classes(&[child, parent]), [Table, Barrier]);
    let meet = [
        ("a_b", "TABLE", "CREATE TABLE s.a_b (c int NOT NULL);"),
        ("a", "TABLE", "CREATE TABLE s.a (b_c int NOT NULL);"),
    ];
    assert_eq!(classes(&meet), [Table, Barrier]);
    // Only columns get chosen names: a word of a type or a default does not.
    let taken = (
        "a",
        "TABLE",
        "CREATE TABLE s.a (x int CONSTRAINT b_c_not_null NOT NULL);",
    );
    for (sql, want) in [
        ("CREATE TABLE s.b (c int NOT NULL);", Barrier),
        ("CREATE TABLE s.b (x int, c int NOT NULL);", Barrier),
        ("CREATE TABLE s.b (x int DEFAULT (c(1)) NOT NULL);", Table),
        ("CREATE TABLE s.b (x numeric(c) NOT NULL);", Table),
    ] {
        assert_eq!(
            classes(&[taken, ("b", "TABLE", sql)]),
            [Table, want],
            "{sql}"
        );
    }
    // The same name again as a quoted, upper-case name is another table.
    assert_eq!(classes(&row("CREATE TABLE s.b (r \"A\");")), [Table, Table]);
    // A head too long to read whole is not read as independent.
    let wide = format!(
        "CREATE TABLE s.b ({});",
        (0..600)
            .map(|i| format!("c{i} int"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert_eq!(
        classes(&[("b", "TABLE", &wide)]),
        [Barrier],
        "a head of {} bytes",
        wide.len()
    );
    // Names whose array type could go to another table first.
    for name in ["_a", &"l".repeat(62)] {
        let sql = format!("CREATE TABLE s.\"{name}\" (x int);");
        assert_eq!(classes(&[(name, "TABLE", &sql)]), [Barrier], "{name}");
    }
    // The run restarts after a barrier: a table there may use the row
    // type of one before it.
    let after = classes(&[
        ("a", "TABLE", "CREATE TABLE s.a (x int);"),
        ("v", "VIEW", "CREATE VIEW s.v AS SELECT x FROM s.a;"),
        ("b", "TABLE", "CREATE TABLE s.b (r s.a);"),
    ]);
    assert_eq!(after, [Table, Barrier, Table]);
}

const UNCHECKED: &str = "SET check_function_bodies = false;\n";

fn classes_with(settings: &str, entries: &[(&str, &str, &str)]) -> Vec<Class> {
    let toc = toc_of(&part_with(settings, entries));
    assert_eq!(toc.serial, None);
    toc.entries.iter().map(|e| e.class).collect()
}

#[test]
fn views_and_functions_may_run_beside_tables() {
    use Class::*;
    let body = "x".repeat(5000);
    let long = format!(
        "CREATE FUNCTION s.k() RETURNS text LANGUAGE sql AS $$ SELECT '{body}' $$;\n\n\
         ALTER FUNCTION s.k() OWNER TO o;"
    );
    let got = classes_with(
        UNCHECKED,
        &[
            (
                "f(x integer)",
                "FUNCTION",
                "CREATE FUNCTION s.f(x integer) RETURNS bigint\n    LANGUAGE plpgsql\n    \
                 AS $$ BEGIN RETURN (SELECT count(*) FROM s.a) + x; END $$;\n\n\
                 ALTER FUNCTION s.f(x integer) OWNER TO o;",
            ),
            ("k()", "FUNCTION", &long),
            ("a", "TABLE", "CREATE TABLE s.a (x int);"),
            (
                "v",
                "VIEW",
                "CREATE VIEW s.v AS\n SELECT 1 AS one;\n\nALTER VIEW s.v OWNER TO o;",
            ),
            ("VIEW v", "COMMENT", "COMMENT ON VIEW s.v IS 'v';"),
            (
                "COLUMN v.one",
                "COMMENT",
                "COMMENT ON COLUMN s.v.one IS '1';",
            ),
            // Its query names a table of the run.
            ("w", "VIEW", "CREATE VIEW s.w AS\n SELECT a.x FROM s.a;"),
            // The run starts again.
            (
                "g()",
                "FUNCTION",
                "CREATE FUNCTION s.g() RETURNS integer LANGUAGE c AS '$libdir/x', 'g';",
            ),
            // A default calling a function of the run.
            (
                "h(y integer)",
                "FUNCTION",
                "CREATE FUNCTION s.h(y integer DEFAULT s.g()) RETURNS integer\n    \
                 LANGUAGE sql AS $$ SELECT y $$;",
            ),
        ],
    );
    assert_eq!(
        got,
        [
            Table,
            Table,
            Table,
            Table,
            TableComment,
            TableComment,
            Barrier,
            Table,
            Barrier
        ]
    );
    // Bodies the server reads when the function is created, statements
    // that are not pg_dump's, an overload of a function of the run (the
    // `ALTER FUNCTION` of one could be about the other).
    let f = (
        "f()",
        "FUNCTION",
        "CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
    );
    for (name, sql) in [
        ("g()", "CREATE FUNCTION s.g() RETURNS integer LANGUAGE sql\n    BEGIN ATOMIC\n SELECT 1 AS x;\nEND;"),
        ("g()", "CREATE FUNCTION s.g() RETURNS integer LANGUAGE sql RETURN 1;"),
        ("g()", "CREATE FUNCTION s.other() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"),
        ("g()", "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nALTER FUNCTION s.g() SET search_path = x;"),
        ("g()", "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nALTER FUNCTION s.other() OWNER TO o;"),
        ("f(t text)", "CREATE FUNCTION s.f(t text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"),
    ] {
        let got = classes_with(UNCHECKED, &[f, (name, "FUNCTION", sql)]);
        assert_eq!(got, [Table, Barrier], "{sql}");
    }
    // Bodies as pg_dump writes them, with strings before them.
    for sql in [
        "CREATE FUNCTION s.g(a text DEFAULT 'as $x'::text) RETURNS text\n    LANGUAGE sql SECURITY DEFINER\n    \
         SET search_path TO 'pg_catalog', 'public'\n    AS $_$ SELECT $1 || 'as $$' $_$;",
        "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS 'SELECT ''a''::text = ''b''';",
        "CREATE FUNCTION s.g(integer) RETURNS integer LANGUAGE c STRICT AS '$libdir/x', 'g';",
    ] {
        assert_eq!(classes_with(UNCHECKED, &[("g()", "FUNCTION", sql)]), [Table], "{sql}");
    }
    // Anything after the body, or a body read another way.
    for sql in [
        "CREATE FUNCTION s.g() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
        "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$, $$ x $$, $$ y $$;",
        "CREATE FUNCTION s.g() RETURNS text LANGUAGE sql AS 'SELECT ''\\''';",
        "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS $1$ SELECT 1 $1$;",
        "CREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS E'SELECT 1';",
    ] {
        assert_eq!(
            classes_with(UNCHECKED, &[("g()", "FUNCTION", sql)]),
            [Barrier],
            "{sql}"
        );
    }
    // Function bodies are read when they are created unless pg_dump's
    // setting is in effect.
    assert_eq!(classes(&[f]), [Barrier]);
    assert_eq!(
        classes_with("SET check_function_bodies = true;\n", &[f]),
        [Barrier]
    );
    assert_eq!(classes_with(UNCHECKED, &[f]), [Table]);
    let checked = (
        "f()",
        "FUNCTION",
        "SET check_function_bodies = true;\nCREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
    );
    assert_eq!(classes_with(UNCHECKED, &[checked]), [Barrier]);
    // A view over another view of the run, or a name looked up when stored.
    let v = ("v", "VIEW", "CREATE VIEW s.v AS SELECT 1 AS one;");
    for sql in [
        "CREATE VIEW s.w AS SELECT one FROM s.v;",
        "CREATE VIEW s.w AS SELECT 's.q'::regclass AS r;",
        "CREATE VIEW s.other AS SELECT 1;",
    ] {
        assert_eq!(classes(&[v, ("w", "VIEW", sql)]), [Table, Barrier], "{sql}");
    }
}

#[test]
fn grants_lock_their_object_and_default_privileges_stay_in_order() {
    let toc = toc_of(&part_of(&[
        ("TABLE a", "ACL", "GRANT SELECT ON TABLE s.a TO r;"),
        ("COLUMN a.x", "ACL", "GRANT UPDATE(x) ON TABLE s.a TO r;"),
        (
            "COLUMN \"odd.name\".\"y\"\"z\"",
            "ACL",
            "GRANT SELECT(\"y\"\"z\") ON TABLE s.\"odd.name\" TO r;",
        ),
        (
            "FUNCTION f(x integer)",
            "ACL",
            "REVOKE ALL ON FUNCTION s.f(x integer) FROM PUBLIC;",
        ),
        (
            "DEFAULT PRIVILEGES FOR TABLES",
            "DEFAULT ACL",
            "ALTER DEFAULT PRIVILEGES FOR ROLE o IN SCHEMA s GRANT SELECT ON TABLES TO r;",
        ),
        ("DATABASE app", "ACL", "GRANT CONNECT ON DATABASE app TO r;"),
        ("TABLE b", "ACL", "ALTER TABLE s.b OWNER TO r;"),
    ]));
    let got: Vec<_> = toc
        .entries
        .iter()
        .map(|e| {
            (
                e.class,
                e.locks.iter().map(|l| l.table.as_str()).collect::<Vec<_>>(),
            )
        })
        .collect();
    use Class::*;
    assert_eq!(
        got,
        [
            (Acl, vec!["s\0TABLE a"]),
            (Acl, vec!["s\0TABLE a"]),
            (Acl, vec!["s\0TABLE \"odd.name\""]),
            (Acl, vec!["s\0FUNCTION f(x integer)"]),
            (Barrier, vec![]),
            (Barrier, vec![]),
            (Barrier, vec!["s\0TABLE b"]),
        ]
    );
}

#[test]
fn the_toc_fixtures_have_parallel_tables_and_grants() {
    for name in ["pg15-toc.sql", "pg16-toc.sql", "pg18-toc.sql"] {
        let (summary, _) = split(&fixture(name));
        let toc = summary
            .parts
            .iter()
            .find(|p| p.database.as_deref() == Some(b"toc"))
            .and_then(|p| p.toc.as_ref())
            .unwrap();
        let class = |kind: &str, n: &str| {
            toc.entries
                .iter()
                .find(|e| e.kind == kind && e.name == n)
                .map(|e| e.class)
        };
        // Of an earlier table's row type; INHERITS; PARTITION OF; a domain column.
        assert_eq!(
            class("TABLE", "item_holder"),
            Some(Class::Barrier),
            "{name}"
        );
        assert_eq!(class("TABLE", "car"), Some(Class::Barrier), "{name}");
        assert_eq!(class("TABLE", "events"), Some(Class::Table), "{name}");
        assert_eq!(class("TABLE", "contact"), Some(Class::Table), "{name}");
        let count = |c: Class| toc.entries.iter().filter(|e| e.class == c).count();
        assert!(count(Class::Table) >= 40, "{name}");
        assert!(count(Class::TableComment) >= 40, "{name}");
        assert!(count(Class::Acl) >= 40, "{name}");
    }
}

#[test]
fn tag_names_are_read_quoted_or_plain() {
    assert_eq!(strip_tag_name("t.c", "t"), Some(".c"));
    assert_eq!(strip_tag_name("\"t\".c", "t"), Some(".c"));
    assert_eq!(strip_tag_name("\"T\".c", "T"), Some(".c"));
    assert_eq!(
        strip_tag_name("T.c", "T"),
        None,
        "an upper-case name is always quoted"
    );
    assert_eq!(strip_tag_name("\"a\"\"b\"", "a\"b"), Some(""));
    assert_eq!(
        strip_tag_name("\"a\"b\"", "a\"b"),
        None,
        "a quote inside is doubled"
    );
    assert_eq!(strip_tag_name("\"a\"\"\"", "a\""), Some(""));
    assert_eq!(strip_tag_name("\"1t\"", "1t"), Some(""));
    assert_eq!(strip_tag_name("1t", "1t"), None);
    assert_eq!(strip_tag_name("tt", "t"), Some("t"));
}
