//! What a restore will do, decided before anything runs: which parts, in
//! which order, under which names, and what is refused and why.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::conn::{major_display, major_key, Target};
use super::journal::PartState;
use super::schedule::Filter;
use super::transform::TransformOptions;
use crate::archive::{Manifest, PartEntry, PartKind};
use crate::quote::show_name;

/// Which parts the user asked for. Empty (no globals, no databases) means
/// everything.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `--globals`.
    pub globals: bool,
    /// `--db NAME`: names as in the archive, exact bytes.
    pub databases: Vec<Vec<u8>>,
    /// `--rename OLD=NEW`, exact name bytes.
    pub renames: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Selection {
    /// Nothing was selected, so everything is restored.
    pub fn is_everything(&self) -> bool {
        !self.globals && self.databases.is_empty()
    }
}

/// What a restore was asked to do, as far as the plan needs.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// The parts asked for.
    pub selection: Selection,
    /// Drop and recreate selected databases that already exist.
    pub clean: bool,
    /// Strip password hashes from the roles the globals create.
    pub strip_passwords: bool,
    /// Entries of each database part to restore (`--table`, `--data-only`,
    /// `--schema-only`).
    pub entries: Filter,
    /// `--resume`: what the journal says of each part file.
    pub resume: Option<HashMap<String, PartState>>,
}

/// What one step does to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// The globals: roles (existing ones are altered, not created), settings,
    /// memberships, tablespaces.
    Globals,
    /// The part creates its database.
    Create,
    /// `--clean`: the existing database is dropped, then created.
    DropAndCreate,
    /// The part has no CREATE DATABASE (template1, postgres): it restores
    /// into the database the target already has.
    IntoExisting,
    /// `--table`, `--data-only`: entries of the part into the existing database.
    Entries,
    /// `--resume`: the entries an interrupted restore did not commit, into
    /// the database it created.
    Resume,
}

impl Action {
    /// A phrase for the plan's listing.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Globals => "roles, memberships, settings, tablespaces",
            Action::Create => "create the database",
            Action::DropAndCreate => "drop the existing database, then create it",
            Action::IntoExisting => "restore into the existing database",
            Action::Entries => "restore the selected entries into the existing database",
            Action::Resume => "go on with the interrupted restore of this database",
        }
    }
}

/// One part to run.
#[derive(Debug, Clone)]
pub struct Step {
    /// Its index in the manifest.
    pub part: usize,
    /// Globals or database.
    pub kind: PartKind,
    /// The database name in the archive (None for the globals).
    pub name: Option<Vec<u8>>,
    /// The database name in the target (differs with `--rename`).
    pub target: Option<Vec<u8>>,
    /// Plaintext bytes of the part.
    pub bytes: u64,
    /// What it does to the target.
    pub action: Action,
    /// The database psql connects to first, when it cannot be the
    /// maintenance database (the part drops and creates that very database).
    pub connect_to: Option<Vec<u8>>,
    /// Runs alone, before the parallel phase: the part drops and creates
    /// template1 or the maintenance database, which other parts' sessions
    /// would be using.
    pub exclusive: bool,
    /// How its text is rewritten on the way to psql.
    pub options: TransformOptions,
    /// The entries to restore; all unless `--table`, `--data-only`, `--schema-only`.
    pub entries: Filter,
    /// `--resume`: what an interrupted restore finished of this part.
    pub resumed: Option<PartState>,
}

impl Step {
    /// `globals`, `"app"`, `"app" -> "app_copy"`.
    pub fn label(&self) -> String {
        match (&self.name, &self.target) {
            (None, _) => "globals".to_string(),
            (Some(n), Some(t)) if n != t => format!("{} -> {}", show_name(n), show_name(t)),
            (Some(n), _) => show_name(n),
        }
    }
}

/// A part that will not run.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// Its index in the manifest.
    pub part: usize,
    /// The database name (None for the globals).
    pub name: Option<Vec<u8>>,
    /// Why it will not run.
    pub reason: String,
}

/// What a restore will do; see [`plan`].
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// In execution order: the globals first, then databases, largest first.
    pub steps: Vec<Step>,
    /// Parts that will not run, each with why.
    pub skipped: Vec<Skipped>,
    /// Reasons not to run at all; a plan with refusals must not run.
    pub refusals: Vec<String>,
    /// A selected part is the cut-short end of an incomplete archive (one
    /// of the refusals says so).
    pub cut_short_selected: bool,
    /// Things worth knowing that do not stop the restore.
    pub notes: Vec<String>,
    /// The newest source server version the dump mentions.
    pub source_version: Option<String>,
}

impl Plan {
    /// No refusals.
    pub fn is_runnable(&self) -> bool {
        self.refusals.is_empty()
    }
}

/// Decides what a restore of `manifest` into `target` does. Each rule
/// below adds its refusals and notes; a plan with refusals does not run.
pub fn plan(manifest: &Manifest, target: &Target, opts: &PlanOptions) -> Plan {
    let mut plan = Plan::default();
    check_version(manifest, target, &mut plan);
    let selected = select(manifest, &opts.selection, &mut plan);
    let renamed = renames(manifest, &opts.selection, &selected, &mut plan);
    refuse_cut_short(manifest, &selected, &mut plan);
    check_roles(manifest, target, &selected, &mut plan);
    steps(manifest, target, opts, &selected, &renamed, &mut plan);
    if plan.steps.is_empty() && plan.refusals.is_empty() {
        plan.refusals.push("nothing to restore".into());
    }
    plan
}

fn find_db(manifest: &Manifest, name: &[u8]) -> Option<usize> {
    manifest
        .parts
        .iter()
        .position(|p| p.kind == PartKind::Database && p.name_bytes().as_deref() == Some(name))
}

fn globals_index(manifest: &Manifest) -> Option<usize> {
    manifest
        .parts
        .iter()
        .position(|p| p.kind == PartKind::Globals)
}

/// The server must be at least as new as the dump's source.
fn check_version(manifest: &Manifest, target: &Target, plan: &mut Plan) {
    let source = manifest
        .dump
        .server_versions
        .iter()
        .filter_map(|v| major_key(v).map(|k| (k, v)))
        .max_by_key(|(k, _)| *k);
    let Some((key, v)) = source else {
        plan.notes.push(
            "the dump does not say which server version it comes from: version check skipped"
                .into(),
        );
        return;
    };
    plan.source_version = Some(v.clone());
    if target.major() < key {
        plan.refusals.push(format!(
            "the target server is PostgreSQL {} ({}), older than the server the dump comes from \
             (PostgreSQL {}, {v}): a pg_dumpall stream only restores into the same or a newer \
             major version",
            major_display(target.major()),
            target.server_version,
            major_display(key)
        ));
    }
}

/// The parts asked for.
fn select(manifest: &Manifest, sel: &Selection, plan: &mut Plan) -> BTreeSet<usize> {
    let mut selected = BTreeSet::new();
    if sel.is_everything() {
        selected.extend(0..manifest.parts.len());
    }
    if sel.globals {
        match globals_index(manifest) {
            Some(g) => {
                selected.insert(g);
            }
            None => plan
                .refusals
                .push("the archive has no globals part".to_string()),
        }
    }
    for name in &sel.databases {
        match find_db(manifest, name) {
            Some(i) => {
                selected.insert(i);
            }
            None => plan.refusals.push(format!(
                "the archive has no database {} (see pgseal list)",
                show_name(name)
            )),
        }
    }
    selected
}

/// `--rename`: OLD in the archive (and selected), each OLD once, into a
/// part that creates its database. The new name of each part, if any.
fn renames(
    manifest: &Manifest,
    sel: &Selection,
    selected: &BTreeSet<usize>,
    plan: &mut Plan,
) -> Vec<Option<Vec<u8>>> {
    let mut renamed: Vec<Option<Vec<u8>>> = vec![None; manifest.parts.len()];
    for (old, new) in &sel.renames {
        let refusal = match find_db(manifest, old) {
            None => format!(
                "--rename: the archive has no database {} (see pgseal list)",
                show_name(old)
            ),
            Some(i) if !selected.contains(&i) => format!(
                "--rename: database {} is not selected (add --db {})",
                show_name(old),
                String::from_utf8_lossy(old)
            ),
            Some(_) if new.is_empty() => {
                format!("--rename: empty new name for {}", show_name(old))
            }
            Some(i) if renamed[i].is_some() => {
                format!("--rename: database {} is renamed twice", show_name(old))
            }
            Some(i) if !manifest.parts[i].creates_database => format!(
                "--rename: the part of {} has no CREATE DATABASE (it restores into the existing \
                 database of that name), so it cannot be restored under another name",
                show_name(old)
            ),
            Some(i) => {
                renamed[i] = Some(new.clone());
                continue;
            }
        };
        plan.refusals.push(refusal);
    }
    renamed
}

/// The part the input broke off in cannot be restored (older manifests do
/// not mark it: then it is the last part of an incomplete archive).
fn refuse_cut_short(manifest: &Manifest, selected: &BTreeSet<usize>, plan: &mut Plan) {
    let parts = &manifest.parts;
    let marked = parts.iter().any(|p| p.cut_short);
    for (i, p) in parts.iter().enumerate() {
        let cut = p.cut_short || (!manifest.complete && !marked && i + 1 == parts.len());
        if !cut || !selected.contains(&i) {
            continue;
        }
        plan.cut_short_selected = true;
        let what = p
            .name_bytes()
            .map_or("the globals".to_string(), |n| show_name(&n));
        plan.refusals.push(format!(
            "the archive is incomplete ({}): the part of {what} is cut short and cannot be restored; \
             select the other parts with --globals / --db",
            manifest
                .incomplete_reason
                .as_deref()
                .unwrap_or("the input was cut short")
        ));
    }
}

/// Every role a selected database needs must be in the target or be
/// created by the selected globals.
fn check_roles(manifest: &Manifest, target: &Target, selected: &BTreeSet<usize>, plan: &mut Plan) {
    let parts = &manifest.parts;
    let globals_idx = globals_index(manifest);
    let globals_selected = globals_idx.is_some_and(|g| selected.contains(&g));
    let globals_roles: BTreeSet<&str> = globals_idx
        .map(|g| parts[g].roles.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let mut missing_any: BTreeSet<&str> = BTreeSet::new();
    for p in selected.iter().map(|&i| &parts[i]) {
        if p.kind != PartKind::Database {
            continue;
        }
        let missing: BTreeSet<&str> = p
            .roles
            .iter()
            .map(String::as_str)
            .filter(|r| {
                !(target.roles.contains(*r) || (globals_selected && globals_roles.contains(r)))
            })
            .collect();
        if missing.is_empty() {
            continue;
        }
        plan.refusals.push(format!(
            "database {} needs roles the target does not have: {}",
            show_name(&p.name_bytes().unwrap_or_default()),
            missing
                .iter()
                .map(|r| format!("{r:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        missing_any.extend(missing);
    }
    if missing_any.is_empty() {
        return;
    }
    let hint = if !globals_selected && missing_any.iter().all(|r| globals_roles.contains(r)) {
        "add --globals to create the missing roles from the archive's globals part"
    } else {
        "the archive's globals do not create all of them: create them in the target first"
    };
    plan.refusals.push(hint.to_string());
}

/// One step per selected part, in execution order: the globals, then the
/// parts that must run alone, then the others largest first, which keeps
/// the parallel restore from ending on one big part.
fn steps(
    manifest: &Manifest,
    target: &Target,
    opts: &PlanOptions,
    selected: &BTreeSet<usize>,
    renamed: &[Option<Vec<u8>>],
    plan: &mut Plan,
) {
    let base = TransformOptions {
        existing_roles: target.roles.iter().cloned().collect(),
        strip_passwords: opts.strip_passwords,
        rename: None,
        clean: false,
    };
    let mut targets_seen: BTreeSet<Vec<u8>> = BTreeSet::new();
    let mut db_steps = Vec::new();
    for (i, p) in manifest.parts.iter().enumerate() {
        let journaled = opts.resume.as_ref().and_then(|r| r.get(&p.file));
        if !selected.contains(&i) {
            plan.skipped.push(Skipped {
                part: i,
                name: p.name_bytes(),
                reason: "not selected".into(),
            });
        } else if journaled.is_some_and(|j| j.complete) {
            plan.skipped.push(Skipped {
                part: i,
                name: p.name_bytes(),
                reason: "restored before (the journal says so)".into(),
            });
        } else if p.kind == PartKind::Globals {
            plan.steps.push(Step {
                part: i,
                kind: p.kind,
                name: None,
                target: None,
                bytes: p.stats.plain_bytes,
                action: Action::Globals,
                connect_to: None,
                exclusive: true,
                options: base.clone(),
                entries: Filter::default(),
                resumed: None,
            });
        } else if let Some(step) = database_step(i, p, target, opts, &renamed[i], &base, plan) {
            if targets_seen.insert(step.target.clone().unwrap_or_default()) {
                db_steps.push(step);
            } else {
                plan.refusals.push(format!(
                    "two parts would restore into the same database {}",
                    show_name(step.target.as_deref().unwrap_or_default())
                ));
            }
        }
    }
    db_steps.sort_by(|a, b| {
        b.exclusive
            .cmp(&a.exclusive)
            .then(b.bytes.cmp(&a.bytes))
            .then(a.part.cmp(&b.part))
    });
    plan.steps.extend(db_steps);
}

/// How database part `i` restores, or `None` with a refusal: existing
/// databases are refused unless `--clean`, which drops and recreates them.
fn database_step(
    i: usize,
    p: &PartEntry,
    target: &Target,
    opts: &PlanOptions,
    new_name: &Option<Vec<u8>>,
    base: &TransformOptions,
    plan: &mut Plan,
) -> Option<Step> {
    let Some(name) = p.name_bytes() else {
        plan.refusals
            .push(format!("part {i} ({}) has no database name", p.file));
        return None;
    };
    let tname = new_name.clone().unwrap_or_else(|| name.clone());
    let exists = target.databases.contains(&tname);
    if !opts.entries.is_all() && p.usable_toc().is_none() {
        plan.refusals.push(format!(
            "database {} cannot be restored in part (--table, --data-only, --schema-only): {}",
            show_name(&name),
            match p.toc.as_ref().and_then(|t| t.serial.as_deref()) {
                Some(why) => format!("its table of contents is not usable ({why})"),
                None =>
                    "the archive has no table of contents for it (made by an older pgseal)".into(),
            }
        ));
        return None;
    }
    let journaled = opts.resume.as_ref().and_then(|r| r.get(&p.file));
    let resumed = journaled.filter(|j| j.started && exists);
    let action = match (p.creates_database, exists) {
        // The interrupted restore made this database: go on where it stopped,
        // or, if it stopped before the database was set up, start it again.
        _ if resumed.is_some_and(|j| j.prefix && p.usable_toc().is_some()) => Action::Resume,
        (true, true) if resumed.is_some() => Action::DropAndCreate,
        _ if opts.entries.into_existing() && !exists => {
            plan.refusals.push(format!(
                "--table and --data-only restore into an existing database, and the target has no \
                 database {} (restore it first, e.g. with --schema-only)",
                show_name(&tname)
            ));
            return None;
        }
        _ if opts.entries.into_existing() => Action::Entries,
        (true, false) => Action::Create,
        (true, true) if opts.clean => Action::DropAndCreate,
        (true, true) => {
            let beside = if new_name.is_some() {
                String::new()
            } else {
                format!(
                    ", or --rename {}=NEW to restore it beside the existing one",
                    String::from_utf8_lossy(&name)
                )
            };
            plan.refusals.push(format!(
                "database {} already exists in the target: use --clean to drop and recreate it{beside}",
                show_name(&tname),
            ));
            return None;
        }
        (false, true) => {
            if opts.clean {
                plan.notes.push(format!(
                    "--clean does not apply to {}: its part has no CREATE DATABASE, it restores into the \
                     existing database (objects that already exist there will make it fail)",
                    show_name(&tname)
                ));
            }
            Action::IntoExisting
        }
        (false, false) => {
            plan.refusals.push(format!(
                "the part of {} restores into an existing database (it has no CREATE DATABASE), \
                 and the target has no database {}",
                show_name(&name),
                show_name(&tname)
            ));
            return None;
        }
    };
    // A part that drops or creates the maintenance database must start elsewhere.
    let creates = p.creates_database && !matches!(action, Action::Entries | Action::Resume);
    let connect_to = (creates && tname == target.maintenance_db).then(|| {
        if tname.as_slice() == b"template1" {
            b"postgres".to_vec()
        } else {
            b"template1".to_vec()
        }
    });
    let exclusive = creates && (tname == target.maintenance_db || tname.as_slice() == b"template1");
    Some(Step {
        part: i,
        kind: p.kind,
        options: TransformOptions {
            rename: new_name.clone().map(|n| (name.clone(), n)),
            clean: action == Action::DropAndCreate,
            ..base.clone()
        },
        name: Some(name),
        target: Some(tname),
        bytes: p.stats.plain_bytes,
        action,
        exclusive,
        connect_to,
        entries: opts.entries.clone(),
        resumed: resumed.filter(|_| action == Action::Resume).cloned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A manifest with the globals (creating `globals_roles`) and databases
    /// `(name, creates_database, roles, bytes)`.
    fn manifest(globals_roles: &[&str], dbs: &[(&str, bool, &[&str], u64)]) -> Manifest {
        let part = |i: usize,
                    kind: &str,
                    name: Option<&str>,
                    creates: bool,
                    roles: &[&str],
                    bytes: u64| {
            json!({
                "file": crate::archive::part_file(i), "kind": kind, "name": name, "start": 0,
                "plain_bytes": bytes, "sealed_bytes": 0, "sealed_blake3": "",
                "segments": [], "tables": [], "roles": roles, "creates_database": creates,
            })
        };
        let mut parts = vec![part(0, "globals", None, false, globals_roles, 100)];
        for (i, (n, c, r, b)) in dbs.iter().enumerate() {
            parts.push(part(i + 1, "database", Some(n), *c, r, *b));
        }
        serde_json::from_value(json!({
            "format": "pgseal-archive", "version": 1, "pgseal_version": "0", "created_at": "",
            "complete": true,
            "input": {"bytes": 0, "compression": "none"},
            "dump": {"banner": "", "server_versions": ["15.18 (Debian 15.18-0+deb12u1)"],
                     "dump_versions": [], "started_on": null, "completed_on": null},
            "zstd_level": 3, "parts": parts,
        }))
        .unwrap()
    }

    fn target(roles: &[&str], dbs: &[&str]) -> Target {
        Target {
            server_version_num: 150018,
            server_version: "15.18".into(),
            maintenance_db: b"postgres".to_vec(),
            user: "postgres".into(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            databases: dbs.iter().map(|d| d.as_bytes().to_vec()).collect(),
        }
    }

    fn sel(globals: bool, dbs: &[&str]) -> PlanOptions {
        PlanOptions {
            selection: Selection {
                globals,
                databases: dbs.iter().map(|d| d.as_bytes().to_vec()).collect(),
                renames: vec![],
            },
            ..PlanOptions::default()
        }
    }

    fn sample() -> Manifest {
        manifest(
            &["postgres", "alice", "owner"],
            &[
                ("template1", false, &["postgres"], 10),
                ("small", true, &["postgres"], 20),
                ("app", true, &["owner", "alice"], 500),
                ("postgres", false, &["postgres"], 30),
            ],
        )
    }

    #[test]
    fn everything_globals_first_then_largest_first() {
        let p = plan(
            &sample(),
            &target(&["postgres"], &["postgres", "template1"]),
            &sel(false, &[]),
        );
        assert!(p.is_runnable(), "{:?}", p.refusals);
        let order: Vec<String> = p.steps.iter().map(Step::label).collect();
        assert_eq!(
            order,
            [
                "globals",
                "\"app\"",
                "\"postgres\"",
                "\"small\"",
                "\"template1\""
            ]
        );
        assert_eq!(p.steps[0].action, Action::Globals);
        assert_eq!(p.steps[2].action, Action::IntoExisting);
        assert_eq!(p.steps[1].action, Action::Create);
        assert!(p.steps[0].options.existing_roles.contains("postgres"));
    }

    #[test]
    fn missing_roles_name_them_and_suggest_globals() {
        let m = sample();
        let t = target(&["postgres"], &["postgres", "template1"]);
        let p = plan(&m, &t, &sel(false, &["app"]));
        assert!(!p.is_runnable());
        let all = p.refusals.join("\n");
        assert!(all.contains("\"alice\", \"owner\""), "{all}");
        assert!(all.contains("add --globals"), "{all}");
        // With the globals, the roles they create count as present.
        assert!(plan(&m, &t, &sel(true, &["app"])).is_runnable());
    }

    #[test]
    fn existing_databases_need_clean_and_rename_rules() {
        let m = sample();
        let t = target(
            &["postgres", "alice", "owner"],
            &["postgres", "template1", "app"],
        );
        let p = plan(&m, &t, &sel(false, &["app"]));
        assert!(p.refusals[0].contains("already exists"), "{:?}", p.refusals);
        let mut o = sel(false, &["app"]);
        o.clean = true;
        let p = plan(&m, &t, &o);
        assert_eq!(p.steps[0].action, Action::DropAndCreate);
        assert!(p.steps[0].options.clean);

        let mut o = sel(false, &["app"]);
        o.selection.renames = vec![(b"app".to_vec(), b"copy".to_vec())];
        let p = plan(&m, &t, &o);
        assert!(p.is_runnable(), "{:?}", p.refusals);
        assert_eq!(p.steps[0].target.as_deref(), Some(&b"copy"[..]));
        assert_eq!(
            p.steps[0].options.rename,
            Some((b"app".to_vec(), b"copy".to_vec()))
        );

        // NEW exists; OLD missing; OLD not selected; no CREATE DATABASE.
        for (old, new, dbs, want) in [
            ("app", "postgres", vec!["app"], "already exists"),
            ("nope", "x", vec!["app"], "no database \"nope\""),
            ("small", "x", vec!["app"], "not selected"),
            (
                "template1",
                "x",
                vec!["template1"],
                "cannot be restored under another name",
            ),
        ] {
            let mut o = sel(false, &dbs);
            o.selection.renames = vec![(old.as_bytes().to_vec(), new.as_bytes().to_vec())];
            let p = plan(&m, &t, &o);
            assert!(
                p.refusals.join("\n").contains(want),
                "{old}={new}: {:?}",
                p.refusals
            );
        }
    }

    #[test]
    fn older_server_and_incomplete_archive_are_refused() {
        let mut t = target(&["postgres"], &["postgres", "template1"]);
        t.server_version_num = 140010;
        t.server_version = "14.10".into();
        let p = plan(&sample(), &t, &sel(true, &[]));
        assert!(
            p.refusals[0].contains("PostgreSQL 14 (14.10), older"),
            "{:?}",
            p.refusals
        );

        let mut m = sample();
        m.complete = false;
        let t = target(&["postgres", "alice", "owner"], &["postgres", "template1"]);
        let p = plan(&m, &t, &sel(false, &[]));
        assert!(
            p.refusals.join("\n").contains("incomplete"),
            "{:?}",
            p.refusals
        );
        // The parts before the cut are fine.
        assert!(plan(&m, &t, &sel(true, &["small"])).is_runnable());
        assert!(plan(&m, &t, &sel(false, &["app"])).is_runnable());
        // A marked part is the one.
        m.parts[3].cut_short = true;
        assert!(plan(&m, &t, &sel(false, &["postgres"])).is_runnable());
        let p = plan(&m, &t, &sel(false, &["app"]));
        assert!(
            p.refusals
                .join("\n")
                .contains("part of \"app\" is cut short"),
            "{:?}",
            p.refusals
        );
    }

    #[test]
    fn parts_that_drop_template1_or_the_maintenance_database_run_alone_first() {
        let m = manifest(
            &["postgres"],
            &[
                ("template1", true, &["postgres"], 10),
                ("big", true, &["postgres"], 900),
                ("postgres", true, &["postgres"], 20),
            ],
        );
        let mut o = sel(false, &[]);
        o.clean = true;
        let p = plan(&m, &target(&["postgres"], &["postgres", "template1"]), &o);
        let order: Vec<(String, bool)> = p.steps.iter().map(|s| (s.label(), s.exclusive)).collect();
        assert_eq!(
            order,
            [
                ("globals".into(), true),
                ("\"postgres\"".into(), true),
                ("\"template1\"".into(), true),
                ("\"big\"".into(), false)
            ]
        );
        // postgres is the maintenance database: its part starts in template1.
        assert_eq!(p.steps[1].connect_to.as_deref(), Some(&b"template1"[..]));
        assert_eq!(p.steps[2].connect_to, None);
    }
}
