//! Smoke test of tests/support/garage.rs: a real Garage server, driven with
//! curl, keeps what it is given, lists it, forgets it, and survives a kill.

mod support;

use support::garage::Garage;

#[test]
fn put_get_list_delete_round_trip() {
    let Some(g) = Garage::start() else { return };
    assert!(
        g.endpoint().starts_with("http://127.0.0.1:"),
        "{}",
        g.endpoint()
    );
    assert_eq!(g.url("a/b"), format!("s3://{}/a/b", g.bucket()));
    let env = g.env();
    for var in [
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_REGION",
        "AWS_ENDPOINT_URL",
    ] {
        assert!(
            env.iter().any(|(k, v)| k == var && !v.is_empty()),
            "{var} missing from {env:?}"
        );
    }

    assert_eq!(g.get("run/none"), None);
    assert!(g.list("").is_empty(), "a new bucket lists {:?}", g.list(""));

    // Every byte value, and a key that needs percent-encoding.
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    g.put("run/1/db-0001.sql.zst.age", &bytes);
    g.put("run/1/with space+plus&amp.txt", b"x");
    g.put("run/10/manifest", b"");
    g.put("other/manifest", b"m");

    assert_eq!(
        g.get("run/1/db-0001.sql.zst.age").as_deref(),
        Some(&bytes[..])
    );
    assert_eq!(
        g.get("run/1/with space+plus&amp.txt").as_deref(),
        Some(&b"x"[..])
    );
    assert_eq!(g.get("run/10/manifest").as_deref(), Some(&b""[..]));
    assert_eq!(
        g.list("run/1/"),
        vec![
            ("run/1/db-0001.sql.zst.age".to_string(), 70_000),
            ("run/1/with space+plus&amp.txt".to_string(), 1),
        ]
    );
    assert_eq!(g.list("run/").len(), 3);
    assert_eq!(g.list("").len(), 4);

    g.delete("run/1/db-0001.sql.zst.age");
    assert_eq!(g.get("run/1/db-0001.sql.zst.age"), None);
    assert_eq!(
        g.list("run/1/"),
        vec![("run/1/with space+plus&amp.txt".to_string(), 1)]
    );
    // Deleting what is not there succeeds, as S3 says.
    g.delete("run/1/db-0001.sql.zst.age");
}

#[test]
fn listings_follow_continuation() {
    let Some(g) = Garage::start() else { return };
    let keys: Vec<String> = (0..7).map(|i| format!("many/{i:02}")).collect();
    for k in &keys {
        g.put(k, k.as_bytes());
    }
    g.put("manz", b"");
    // Pages of 2 and 3: the same answer as one page, in key order.
    let whole = g.list("many/");
    assert_eq!(
        whole.iter().map(|(k, _)| k).collect::<Vec<_>>(),
        keys.iter().collect::<Vec<_>>()
    );
    assert!(whole.iter().all(|(_, size)| *size == 7));
    assert_eq!(g.list_paged("many/", 2), whole);
    assert_eq!(g.list_paged("many/", 3), whole);
    assert_eq!(g.list_paged("", 2).len(), 8);

    for k in &keys[..5] {
        g.create_multipart(k);
    }
    g.create_multipart(&keys[0]); // a second upload of the same key
    let mut want: Vec<String> = keys[..5].to_vec();
    want.insert(0, keys[0].clone());
    // Garage answers in upload id order, not key order: the harness sorts.
    assert_eq!(g.multipart_uploads("many/"), want);
    assert_eq!(g.multipart_uploads_paged("many/", 2), want);
    assert_eq!(g.multipart_uploads_paged("", 4), want);
}

#[test]
fn multipart_upload_shows_until_aborted_or_completed() {
    let Some(g) = Garage::start() else { return };
    assert!(g.multipart_uploads("").is_empty());

    let id = g.create_multipart("arch/db-0001.sql.zst.age");
    let other = g.create_multipart("elsewhere/x");
    assert_eq!(
        g.multipart_uploads("arch/"),
        vec!["arch/db-0001.sql.zst.age"]
    );
    assert_eq!(g.multipart_uploads("").len(), 2);
    // Not an object until completed.
    assert_eq!(g.get("arch/db-0001.sql.zst.age"), None);
    assert!(g.list("arch/").is_empty());

    g.abort_multipart("arch/db-0001.sql.zst.age", &id);
    assert!(g.multipart_uploads("arch/").is_empty());
    assert_eq!(g.multipart_uploads(""), vec!["elsewhere/x"]);

    // A completed upload: parts of 5 MiB (S3's minimum but for the last).
    let a = vec![b'a'; 5 << 20];
    let b = b"tail".to_vec();
    let etags = vec![
        (1, g.upload_part("elsewhere/x", &other, 1, &a)),
        (2, g.upload_part("elsewhere/x", &other, 2, &b)),
    ];
    g.complete_multipart("elsewhere/x", &other, &etags);
    assert!(g.multipart_uploads("").is_empty());
    let got = g.get("elsewhere/x").expect("completed object");
    assert_eq!(got.len(), a.len() + b.len());
    assert!(got.starts_with(&a) && got.ends_with(&b));
}

#[test]
fn stop_and_restart_keep_objects() {
    let Some(mut g) = Garage::start() else { return };
    g.put("kept/manifest", b"sealed");
    let endpoint = g.endpoint();

    g.stop();
    assert!(!g.is_running());
    let r = std::process::Command::new("curl")
        .args([
            "-q",
            "-sS",
            "--noproxy",
            "*",
            "--max-time",
            "5",
            "-o",
            "/dev/null",
        ])
        .arg(&endpoint)
        .output()
        .unwrap();
    assert!(!r.status.success(), "{endpoint} still answers after stop()");

    g.restart();
    assert!(g.is_running());
    assert_eq!(g.endpoint(), endpoint);
    assert_eq!(g.get("kept/manifest").as_deref(), Some(&b"sealed"[..]));
    assert_eq!(g.list("kept/"), vec![("kept/manifest".to_string(), 6)]);
}

#[test]
fn servers_are_private() {
    let Some(a) = Garage::start() else { return };
    let Some(b) = Garage::start() else { return };
    assert_ne!(a.endpoint(), b.endpoint());
    assert_ne!(a.key_id(), b.key_id());
    a.put("only-in-a", b"1");
    assert_eq!(b.get("only-in-a"), None);

    // A second bucket of the same server is reachable with the same key.
    let name = format!("{}-second", a.bucket());
    a.create_bucket(&name);
    let r = a.request("PUT", &format!("/{name}/k"), Some(b"2"));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = a.request("GET", &format!("/{name}/k"), None);
    assert_eq!((r.status, r.body), (200, b"2".to_vec()));
}
