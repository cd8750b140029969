//! Each lexical state with decoys inside it, fed in every chunk size so that
//! no state depends on where the input was cut.

use super::*;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Ev {
    Comment(u64, u64, String),
    Meta(u64, u64, String, bool),
    Stmt(u64, u64, String, bool),
    Copy(u64, u64, u64, bool),
    Anomaly(u64),
}

fn run_chunked(input: &[u8], size: usize) -> (Vec<Ev>, EndState) {
    let mut out = Vec::new();
    let mut sink = always(|e: Event<'_>| {
        out.push(match e {
            Event::CommentLine { start, end, text } => {
                Ev::Comment(start, end, String::from_utf8_lossy(text).into())
            }
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            } => Ev::Meta(
                start,
                end,
                String::from_utf8_lossy(text).into(),
                in_statement,
            ),
            Event::Statement {
                start,
                end,
                head,
                copy_from_stdin,
                ..
            } => Ev::Stmt(
                start,
                end,
                String::from_utf8_lossy(head).into(),
                copy_from_stdin,
            ),
            Event::CopyData {
                start,
                end,
                rows,
                terminated,
            } => Ev::Copy(start, end, rows, terminated),
            Event::Anomaly { offset, .. } => Ev::Anomaly(offset),
        })
    });
    let mut s = Scanner::new();
    for chunk in input.chunks(size.max(1)) {
        let Ok(()) = s.feed(chunk, &mut sink);
    }
    let Ok(end) = s.finish(&mut sink);
    drop(sink);
    (out, end)
}

/// Lex whole, then check every small chunk size gives the same events.
fn run(input: &str) -> (Vec<Ev>, EndState) {
    let whole = run_chunked(input.as_bytes(), input.len());
    for size in 1..=9 {
        let chunked = run_chunked(input.as_bytes(), size);
        assert_eq!(whole, chunked, "chunk size {size} differs for {input:?}");
    }
    let slow = scan_all_byte_by_byte([input.as_bytes()]);
    assert_eq!(
        scan_all([input.as_bytes()]),
        slow,
        "the shortcut differs for {input:?}"
    );
    whole
}

/// Every fixture and wild dump, and statements built to sit on the
/// shortcut's edges, give the same events with the shortcut over ordinary
/// statement text as without it, whole and cut into chunks.
#[test]
fn skipping_plain_text_changes_no_event() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let wild = std::env::var_os("PGSEAL_WILD_DUMPS")
        .filter(|v| !v.is_empty())
        .map_or_else(|| root.join("../shared/wild-dumps"), Into::into);
    let mut inputs: Vec<Vec<u8>> = [root.join("testdata/dumps"), wild]
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(inputs.len() > 10, "fixtures missing");
    inputs.push(
        b"ALTER TABLE t ADD CONSTRAINT c CHECK (a >= 0 AND b = E'x\\'y' AND c = e'z');\n\
          CREATE TABLE s.t (id bigint, n numeric(12,2) DEFAULT 1.5e3, x text DEFAULT U&'d\\0061t');\n\
          GRANT SELECT ON t TO u&\"r\" ; CREATE VIEW v AS SELECT n'a', b'01', x'ff', 1.2.3, a$b FROM t;\n\
          CREATE OR REPLACE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END;\n\
          CREATE OR REPLACE VIEW w AS SELECT 1 -1 - -2 /* c */ FROM t -- x\n;\n\
          ALTER TABLE x OWNER TO caf\xc3\xa9; SELECT (((a))) FROM b WHERE c \\g\n\
          CREATE TABLE q (\"a\"\"b\" int); COMMENT ON TABLE q IS 'it''s';\n"
            .to_vec(),
    );
    for input in &inputs {
        let slow = scan_all_byte_by_byte([&input[..]]);
        for size in [input.len(), 1 << 20, 4096, 61, 7, 1] {
            let fast = scan_all(input.chunks(size.max(1)));
            if let Some(diff) = first_difference(&slow.0, &fast.0) {
                panic!("chunks of {size}: {diff}");
            }
            assert_eq!(slow.1, fast.1, "chunks of {size}: end states differ");
        }
    }
}

fn metas(evs: &[Ev]) -> Vec<String> {
    evs.iter()
        .filter_map(|e| match e {
            Ev::Meta(_, _, t, _) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

fn stmts(evs: &[Ev]) -> Vec<String> {
    evs.iter()
        .filter_map(|e| match e {
            Ev::Stmt(_, _, t, _) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

fn comments(evs: &[Ev]) -> Vec<String> {
    evs.iter()
        .filter_map(|e| match e {
            Ev::Comment(_, _, t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn meta_commands_and_comment_lines_at_top_level() {
    let (evs, end) = run("--\n-- Database \"a\" dump\n--\n\n\\connect a\nSELECT 1;\n");
    assert_eq!(comments(&evs), vec!["--", "-- Database \"a\" dump", "--"]);
    assert_eq!(metas(&evs), vec!["\\connect a"]);
    assert_eq!(stmts(&evs), vec!["SELECT 1;"]);
    assert_eq!(end.open, None);
    assert_eq!(evs[0], Ev::Comment(0, 3, "--".into()));
    assert_eq!(evs[3], Ev::Meta(28, 39, "\\connect a".into(), false));
}

#[test]
fn crlf_lines() {
    let (evs, _) = run("-- x\r\n\\connect b\r\nSELECT 1;\r\n");
    assert_eq!(comments(&evs), vec!["-- x"]);
    assert_eq!(metas(&evs), vec!["\\connect b"]);
}

#[test]
fn single_quoted_strings_hide_decoys() {
    let (evs, end) = run("SELECT 'x\n\\connect evil\n-- Database \"e\" dump\nit''s';\n");
    assert!(metas(&evs).is_empty());
    assert!(comments(&evs).is_empty());
    assert_eq!(stmts(&evs).len(), 1);
    assert_eq!(end.open, None);
}

#[test]
fn standard_strings_backslash_is_plain() {
    // With standard_conforming_strings on, '\' is a complete string.
    let (evs, end) = run("SELECT '\\';\n\\connect a\n");
    assert_eq!(metas(&evs), vec!["\\connect a"]);
    assert_eq!(end.open, None);
}

#[test]
fn escape_strings_and_standard_strings_off() {
    let (evs, _) = run("SELECT E'\\'\n\\connect evil\n';\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    let (evs, _) = run(
        "SET standard_conforming_strings = off;\nSELECT '\\'\n\\connect evil\n';\n\\connect ok\n",
    );
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    // Back on: the same text now ends the string early.
    let (evs, _) = run(
        "SET standard_conforming_strings = off;\nSET standard_conforming_strings = on;\nSELECT '\\';\n\\connect ok\n",
    );
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
}

#[test]
fn escape_string_continuation_keeps_escapes() {
    // The continued segment is still an E'' string, so \' does not end it.
    let (evs, end) = run("SELECT E'a'\n'b\\'\n\\connect evil\n';\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
}

#[test]
fn identifier_prefixed_quote_is_not_escape_string() {
    // `somee'...'` is an identifier then a standard string.
    let (evs, _) = run("SELECT somee'\\';\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
}

#[test]
fn quoted_identifiers() {
    let (evs, _) = run("CREATE TABLE \"a\"\"\n\\connect evil\n;\" (x int);\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(stmts(&evs).len(), 1);
}

#[test]
fn dollar_quotes_with_nested_tags() {
    let body = "CREATE FUNCTION f() RETURNS text AS $fn$\nSELECT $x$\n\\connect evil\n$x$; $f$ $$ $fn \n-- Database \"e\" dump\n$fn$ LANGUAGE sql;\n\\connect ok\n";
    let (evs, end) = run(body);
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert!(comments(&evs).is_empty());
    assert_eq!(stmts(&evs).len(), 1);
    assert_eq!(end.open, None);
}

#[test]
fn dollar_in_identifiers_and_parameters_is_not_a_quote() {
    let (evs, end) = run("SELECT a$b$c, $1, x$ FROM t;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
    // A failed tag: `$foo` followed by a space is a `$` and a word.
    let (evs, end) = run("SELECT $foo bar;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
}

#[test]
fn nested_block_comments() {
    let (evs, end) = run("/* a /* b */\n\\connect evil\n*/ SELECT 1;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
    let (_, end) = run("/* a /* b */ SELECT 1;\n");
    assert_eq!(end.open.map(|o| o.0), Some("a /* comment */"));
    let (evs, _) = run("SELECT 1 /**/;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
}

#[test]
fn line_comments_inside_statements_are_not_comment_lines() {
    let (evs, _) = run("CREATE TABLE t (\n-- Database \"x\" dump\na int);\n");
    assert!(comments(&evs).is_empty());
    // `--` after code, and a comment hiding a quote.
    let (evs, end) = run("SELECT 1 -- it's\n;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
}

#[test]
fn minus_operator_is_not_a_comment() {
    let (evs, _) = run("SELECT 1 - 2;\n-- c\n");
    assert_eq!(stmts(&evs), vec!["SELECT 1 - 2;"]);
    assert_eq!(comments(&evs), vec!["-- c"]);
    let (evs, _) = run("-1;\n");
    assert_eq!(stmts(&evs), vec!["-1;"]);
}

#[test]
fn copy_data_is_raw_until_terminator() {
    let input = "COPY public.t (a, b) FROM stdin;\n1\t\\\\connect x\n\\connect evil\n-- Database \"e\" dump\n'\n\\.x\n\\.\n\\connect ok\n";
    let (evs, end) = run(input);
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert!(comments(&evs).is_empty());
    let copy = evs.iter().find(|e| matches!(e, Ev::Copy(..))).unwrap();
    let data_start = input.find("1\t").unwrap() as u64;
    let data_end = (input.find("\\.\n").unwrap() + 3) as u64;
    assert_eq!(*copy, Ev::Copy(data_start, data_end, 5, true));
    assert_eq!(end.open, None);
    match &evs[0] {
        Ev::Stmt(_, _, _, copy) => assert!(copy),
        other => panic!("{other:?}"),
    }
}

#[test]
fn copy_terminator_with_crlf() {
    let (evs, _) = run("COPY t FROM stdin;\r\na\r\n\\.\r\n\\connect ok\r\n");
    assert!(evs.contains(&Ev::Copy(20, 27, 1, true)));
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
}

#[test]
fn copy_to_stdout_and_copy_words_in_parens_do_not_start_data() {
    let (evs, _) = run("COPY (SELECT 1 FROM stdin) TO stdout;\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    let (evs, _) = run("SELECT 'COPY t FROM stdin';\n\\connect ok\n");
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
}

#[test]
fn unterminated_copy_is_reported() {
    let (evs, end) = run("COPY t FROM stdin;\n1\n2\n");
    assert!(evs.contains(&Ev::Copy(19, 23, 2, false)));
    assert_eq!(end.open.map(|o| o.1), Some(19));
}

#[test]
fn begin_atomic_bodies_keep_semicolons() {
    let input = "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT CASE WHEN true THEN 1 END;\n SELECT 2;\nEND;\n\\connect ok\n";
    let (evs, end) = run(input);
    assert_eq!(stmts(&evs).len(), 1);
    assert_eq!(metas(&evs), vec!["\\connect ok"]);
    assert_eq!(end.open, None);
    // BEGIN in an ordinary statement is not a block.
    let (evs, _) = run("BEGIN;\nSELECT 1;\nEND;\n");
    assert_eq!(stmts(&evs).len(), 3);
}

#[test]
fn parentheses_hold_semicolons() {
    let (evs, _) = run("SELECT (1;\n2);\n");
    assert_eq!(stmts(&evs).len(), 1);
}

#[test]
fn backslash_semicolon_is_literal() {
    let (evs, _) = run("SELECT 1 \\; SELECT 2;\n");
    assert_eq!(stmts(&evs).len(), 1);
    assert!(metas(&evs).is_empty());
}

#[test]
fn meta_in_statement_and_gset() {
    let (evs, _) = run("SELECT 1 AS x \\gset\n\\if :x\n\\endif\n");
    assert_eq!(stmts(&evs), vec!["SELECT 1 AS x "]);
    assert_eq!(metas(&evs).len(), 3);
    assert!(matches!(evs[1], Ev::Meta(_, _, _, true)));
}

#[test]
fn open_constructs_at_end_of_input() {
    assert_eq!(
        run("SELECT 'abc").1.open.map(|o| o.0),
        Some("a quoted string")
    );
    assert_eq!(
        run("SELECT $a$ abc").1.open.map(|o| o.0),
        Some("a dollar-quoted string")
    );
    assert_eq!(
        run("SELECT \"abc").1.open.map(|o| o.0),
        Some("a quoted identifier")
    );
    assert_eq!(
        run("SELECT 1").1.open.map(|o| o.0),
        Some("a statement with no terminating semicolon")
    );
    assert_eq!(run("SELECT 1;\n-- done\n").1.open, None);
    assert_eq!(run("").1.open, None);
}

#[test]
fn unsafe_encoding_is_an_anomaly() {
    let (evs, _) = run("SET client_encoding = 'SJIS';\n");
    assert!(evs.contains(&Ev::Anomaly(0)));
}

#[test]
fn statement_heads_are_captured() {
    let (evs, _) = run("  CREATE DATABASE \"a b\" WITH OWNER = x;\n");
    assert_eq!(
        evs,
        vec![Ev::Stmt(
            2,
            39,
            "CREATE DATABASE \"a b\" WITH OWNER = x;".into(),
            false
        )]
    );
}

#[test]
fn bom_starts_a_statement() {
    // psql sends the byte-order mark to the server with the first statement.
    let (evs, _) = run("\u{feff}--\n-- x\nSET a = 1;\n");
    assert!(comments(&evs).is_empty());
    assert_eq!(stmts(&evs).len(), 1);
}

#[test]
fn stray_text_after_copy_is_one_anomaly_at_its_first_byte() {
    let (evs, _) = run("copy from stdin;xy\n\\.\n");
    assert_eq!(
        evs.iter().filter(|e| matches!(e, Ev::Anomaly(_))).count(),
        1
    );
    assert!(evs.contains(&Ev::Anomaly(16)));
}

#[test]
fn input_ending_on_the_copy_line_is_an_unterminated_copy_there() {
    let (evs, end) = run("COPY a FROM stdin;\n1\n2\n\\.\nCOPY b FROM stdin;");
    assert!(evs.contains(&Ev::Copy(44, 44, 0, false)), "{evs:?}");
    assert_eq!(end.open, Some(("COPY data with no \\. terminator", 44)));
}

#[test]
fn insert_rows_are_counted() {
    let rows = |sql: &str| -> Vec<u64> {
        let mut out = Vec::new();
        let mut s = Scanner::new();
        let Ok(()) = s.feed(
            sql.as_bytes(),
            &mut always(|e| {
                if let Event::Statement { values_rows, .. } = e {
                    out.push(values_rows)
                }
            }),
        );
        out
    };
    assert_eq!(
        rows("INSERT INTO t (a, b) VALUES (1, '(x'), (2, f(3));"),
        vec![2]
    );
    assert_eq!(
        rows("INSERT INTO t VALUES (1);\nINSERT INTO t DEFAULT VALUES;\n"),
        vec![1, 1]
    );
    assert_eq!(
        rows("INSERT INTO \"values\" VALUES\n\t(1),\n\t(2),\n\t(3);"),
        vec![3]
    );
    assert_eq!(rows("SELECT (1), (2);"), vec![0]);
}

#[test]
fn names_the_line_the_input_stopped_in() {
    let cut = |input: &str| {
        let mut s = Scanner::new();
        for chunk in input.as_bytes().chunks(3) {
            let Ok(()) = s.feed(chunk, &mut always(|_| {}));
        }
        s.cut_line().map(|l| {
            (
                l.start,
                String::from_utf8_lossy(l.text).into_owned(),
                l.meta,
            )
        })
    };
    assert_eq!(cut("SELECT 1;\n\\conn"), Some((10, "\\conn".into(), true)));
    assert_eq!(cut("SELECT 1;\n\\"), Some((10, "\\".into(), true)));
    assert_eq!(cut("\n-- Datab"), Some((1, "-- Datab".into(), false)));
    assert_eq!(cut("\n-"), Some((1, "-".into(), false)));
    // A comment inside a statement is the statement's.
    assert_eq!(cut("SELECT\n-- x"), None);
    assert_eq!(cut("SELECT\n-"), None);
    assert_eq!(cut("\\connect a\n"), None);
    assert_eq!(cut("SELECT 1"), None);
}
