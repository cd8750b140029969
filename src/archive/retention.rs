//! Which archives a retention policy keeps: pure rules over creation times.
//!
//! The rules are restic's `forget` rules, on the UTC calendar: `last` keeps
//! the N newest archives; `daily`, `weekly` (ISO 8601 weeks) and `monthly`
//! keep the newest archive of each of the N most recent days, weeks or
//! months that have one. An archive is kept when any rule keeps it. Only
//! complete archives count as backups: an incomplete one is never kept by a
//! rule, and goes once a complete archive newer than it exists; a partial
//! one (no manifest: a split in progress, or killed) is never touched. The
//! newest complete archive is kept whatever the policy says.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Utc};

/// What an archive's files say about it, read without decrypting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// A manifest and no INCOMPLETE marker.
    Complete,
    /// A manifest and an INCOMPLETE marker: the input was cut short.
    Incomplete,
    /// No manifest: a split in progress, or one that was killed.
    Partial,
}

impl State {
    /// `complete`, `incomplete` or `partial`, as listings show it.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Complete => "complete",
            State::Incomplete => "incomplete",
            State::Partial => "partial",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One archive as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The archive's name, which breaks ties between equal times.
    pub id: String,
    /// Seconds since the Unix epoch.
    pub created: i64,
    /// From its file names (see [`State`]).
    pub state: State,
}

/// How many archives each rule keeps; 0 turns a rule off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Keep the N newest complete archives.
    pub last: u32,
    /// Keep the newest of each of the last N days with one.
    pub daily: u32,
    /// Keep the newest of each of the last N ISO weeks with one.
    pub weekly: u32,
    /// Keep the newest of each of the last N months with one.
    pub monthly: u32,
}

impl Policy {
    /// No rule keeps anything (only the newest complete archive stays).
    pub fn is_empty(&self) -> bool {
        *self == Policy::default()
    }
}

/// Why an archive is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptBy {
    /// The Nth newest complete archive (from 1).
    Last(u32),
    /// The newest archive of this day.
    Daily(NaiveDate),
    /// The newest archive of this ISO week (ISO year, week).
    Weekly(i32, u32),
    /// The newest archive of this month (year, month).
    Monthly(i32, u32),
    /// The newest complete archive, which is never removed.
    Newest,
}

impl KeptBy {
    /// The rule's name: `last`, `daily`, `weekly`, `monthly` or `newest`.
    pub fn rule(&self) -> &'static str {
        match self {
            KeptBy::Last(_) => "last",
            KeptBy::Daily(_) => "daily",
            KeptBy::Weekly(..) => "weekly",
            KeptBy::Monthly(..) => "monthly",
            KeptBy::Newest => "newest",
        }
    }

    /// The day, ISO week or month kept (`2026-03-31`, `2026-W14`, `2026-03`).
    pub fn period(&self) -> Option<String> {
        match self {
            KeptBy::Daily(d) => Some(d.format("%Y-%m-%d").to_string()),
            KeptBy::Weekly(y, w) => Some(format!("{y}-W{w:02}")),
            KeptBy::Monthly(y, m) => Some(format!("{y}-{m:02}")),
            KeptBy::Last(_) | KeptBy::Newest => None,
        }
    }
}

impl fmt::Display for KeptBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeptBy::Last(n) => write!(f, "last #{n}"),
            KeptBy::Newest => f.write_str("newest complete archive"),
            k => write!(f, "{} {}", k.rule(), k.period().unwrap_or_default()),
        }
    }
}

/// What becomes of one archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Kept, by these rules (never empty).
    Keep(Vec<KeptBy>),
    /// A complete archive no rule keeps.
    Expired,
    /// An incomplete archive older than the newest complete one.
    Superseded,
    /// Not touched: partial (maybe a split in progress).
    LeftPartial,
    /// Not touched: incomplete, and no complete archive is newer.
    LeftIncomplete,
}

impl Verdict {
    /// Prune removes the archive.
    pub fn removes(&self) -> bool {
        matches!(self, Verdict::Expired | Verdict::Superseded)
    }
}

/// The verdict on one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The record's id.
    pub id: String,
    /// What becomes of it.
    pub verdict: Verdict,
}

/// The verdict on each record, in the order given. Archives are ranked
/// newest first; among equal creation times, the greater id counts as the
/// newer (ids are usually dated names).
pub fn decide(records: &[Record], policy: &Policy) -> Vec<Decision> {
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&records[a], &records[b]);
        (b.created, &b.id).cmp(&(a.created, &a.id))
    });
    let mut verdicts: Vec<Option<Verdict>> = vec![None; records.len()];
    let complete: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| records[i].state == State::Complete)
        .collect();
    let mut rules = Rules::new(policy);
    for (rank, &i) in complete.iter().enumerate() {
        let mut kept = rules.apply(rank, utc(records[i].created));
        if rank == 0 && kept.is_empty() {
            kept.push(KeptBy::Newest);
        }
        verdicts[i] = Some(if kept.is_empty() {
            Verdict::Expired
        } else {
            Verdict::Keep(kept)
        });
    }
    let newest_complete = complete.first().map(|&i| &records[i]);
    for (i, r) in records.iter().enumerate() {
        match r.state {
            State::Complete => {}
            State::Partial => verdicts[i] = Some(Verdict::LeftPartial),
            State::Incomplete => {
                let older = newest_complete.is_some_and(|n| r.created < n.created);
                verdicts[i] = Some(if older {
                    Verdict::Superseded
                } else {
                    Verdict::LeftIncomplete
                });
            }
        }
    }
    records
        .iter()
        .zip(verdicts)
        .map(|(r, v)| Decision {
            id: r.id.clone(),
            verdict: v.expect("every record has a verdict"),
        })
        .collect()
}

/// `secs` as UTC RFC 3339 to the second: `2026-03-31T02:00:00Z`.
pub fn utc_rfc3339(secs: i64) -> String {
    utc(secs).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn utc(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// A calendar rule: how many periods it may still keep, and the period of
/// the last archive it kept.
struct Bucket {
    left: u32,
    last: Option<KeptBy>,
}

impl Bucket {
    /// Keeps the archive of `period` if it opens a new period and periods remain.
    fn offer(&mut self, period: KeptBy) -> Option<KeptBy> {
        if self.left == 0 || self.last == Some(period) {
            return None;
        }
        self.left -= 1;
        self.last = Some(period);
        Some(period)
    }
}

struct Rules {
    last: u32,
    daily: Bucket,
    weekly: Bucket,
    monthly: Bucket,
}

impl Rules {
    fn new(p: &Policy) -> Rules {
        let bucket = |left| Bucket { left, last: None };
        Rules {
            last: p.last,
            daily: bucket(p.daily),
            weekly: bucket(p.weekly),
            monthly: bucket(p.monthly),
        }
    }

    /// The rules that keep the complete archive of this rank (0 = newest),
    /// offered newest first.
    fn apply(&mut self, rank: usize, at: DateTime<Utc>) -> Vec<KeptBy> {
        let mut kept = Vec::new();
        if (rank as u64) < u64::from(self.last) {
            kept.push(KeptBy::Last(rank as u32 + 1));
        }
        let day = at.date_naive();
        let week = day.iso_week();
        kept.extend(self.daily.offer(KeptBy::Daily(day)));
        kept.extend(self.weekly.offer(KeptBy::Weekly(week.year(), week.week())));
        kept.extend(self.monthly.offer(KeptBy::Monthly(day.year(), day.month())));
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seconds at `y-m-d h:00` UTC.
    fn at(y: i32, m: u32, d: u32, h: u32) -> i64 {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp()
    }

    fn rec(id: &str, created: i64, state: State) -> Record {
        Record {
            id: id.into(),
            created,
            state,
        }
    }

    fn complete(id: &str, created: i64) -> Record {
        rec(id, created, State::Complete)
    }

    /// The ids kept, in the order given.
    fn kept(records: &[Record], p: Policy) -> Vec<String> {
        decide(records, &p)
            .into_iter()
            .filter(|d| matches!(d.verdict, Verdict::Keep(_)))
            .map(|d| d.id)
            .collect()
    }

    fn verdict_of(records: &[Record], p: Policy, id: &str) -> Verdict {
        decide(records, &p)
            .into_iter()
            .find(|d| d.id == id)
            .unwrap()
            .verdict
    }

    /// Two archives a day (02:00 and 14:00) from `first` for `days` days.
    fn twice_daily(first: NaiveDate, days: u32) -> Vec<Record> {
        (0..days)
            .flat_map(|n| {
                let d = first + chrono::Days::new(n.into());
                [2, 14].map(|h| {
                    let t = d.and_hms_opt(h, 0, 0).unwrap().and_utc().timestamp();
                    complete(&format!("{}T{h:02}", d.format("%Y-%m-%d")), t)
                })
            })
            .collect()
    }

    #[test]
    fn keep_last_keeps_the_newest_n_whatever_the_input_order() {
        let mut r = twice_daily(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), 3);
        r.reverse();
        r.swap(1, 4);
        let p = Policy {
            last: 3,
            ..Policy::default()
        };
        let mut k = kept(&r, p);
        k.sort();
        assert_eq!(k, ["2026-03-02T14", "2026-03-03T02", "2026-03-03T14"]);
        assert_eq!(
            verdict_of(&r, p, "2026-03-03T14"),
            Verdict::Keep(vec![KeptBy::Last(1)])
        );
        assert_eq!(verdict_of(&r, p, "2026-03-01T02"), Verdict::Expired);
    }

    #[test]
    fn keep_daily_keeps_the_newest_of_each_of_the_last_n_days_with_one() {
        let mut r = twice_daily(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), 5);
        // No archive on 2026-03-04: the rule reaches one day further back.
        r.retain(|x| !x.id.starts_with("2026-03-04"));
        let p = Policy {
            daily: 3,
            ..Policy::default()
        };
        assert_eq!(
            kept(&r, p),
            ["2026-03-02T14", "2026-03-03T14", "2026-03-05T14"]
        );
        assert_eq!(
            verdict_of(&r, p, "2026-03-02T14"),
            Verdict::Keep(vec![KeptBy::Daily(
                NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
            )])
        );
    }

    #[test]
    fn days_are_utc_days() {
        // 23:30 and 00:30 UTC are two days, whatever the local zone.
        let r = [
            complete("a", at(2026, 3, 1, 23) + 1800),
            complete("b", at(2026, 3, 2, 0) + 1800),
        ];
        let p = Policy {
            daily: 2,
            ..Policy::default()
        };
        assert_eq!(kept(&r, p), ["a", "b"]);
    }

    #[test]
    fn keep_weekly_uses_iso_weeks_across_year_boundaries() {
        // 2020-12-31 (Thursday) is in 2020-W53; 2021-01-01..03 (Fri-Sun)
        // too; 2021-01-04 (Monday) opens 2021-W01. 2024-12-30 (Monday) is
        // already in 2025-W01.
        let r = [
            complete("2020-12-28", at(2020, 12, 28, 2)),
            complete("2020-12-31", at(2020, 12, 31, 2)),
            complete("2021-01-03", at(2021, 1, 3, 2)),
            complete("2021-01-04", at(2021, 1, 4, 2)),
            complete("2024-12-29", at(2024, 12, 29, 2)),
            complete("2024-12-30", at(2024, 12, 30, 2)),
            complete("2025-01-05", at(2025, 1, 5, 2)),
        ];
        let p = Policy {
            weekly: 10,
            ..Policy::default()
        };
        assert_eq!(
            kept(&r, p),
            ["2021-01-03", "2021-01-04", "2024-12-29", "2025-01-05"]
        );
        assert_eq!(
            verdict_of(&r, p, "2021-01-03"),
            Verdict::Keep(vec![KeptBy::Weekly(2020, 53)])
        );
        assert_eq!(
            verdict_of(&r, p, "2025-01-05"),
            Verdict::Keep(vec![KeptBy::Weekly(2025, 1)])
        );
        assert_eq!(
            verdict_of(&r, p, "2024-12-29"),
            Verdict::Keep(vec![KeptBy::Weekly(2024, 52)])
        );
        assert_eq!(verdict_of(&r, p, "2024-12-30"), Verdict::Expired);
        let two = Policy {
            weekly: 2,
            ..Policy::default()
        };
        assert_eq!(kept(&r, two), ["2024-12-29", "2025-01-05"]);
    }

    #[test]
    fn keep_monthly_keeps_the_newest_of_each_calendar_month() {
        let r = [
            complete("jan-31", at(2026, 1, 31, 23)),
            complete("feb-01", at(2026, 2, 1, 0)),
            complete("feb-28", at(2026, 2, 28, 12)),
            complete("dec-31", at(2025, 12, 31, 2)),
            complete("mar-01", at(2026, 3, 1, 2)),
        ];
        let p = Policy {
            monthly: 3,
            ..Policy::default()
        };
        assert_eq!(kept(&r, p), ["jan-31", "feb-28", "mar-01"]);
        assert_eq!(
            verdict_of(&r, p, "feb-28"),
            Verdict::Keep(vec![KeptBy::Monthly(2026, 2)])
        );
        assert_eq!(verdict_of(&r, p, "dec-31"), Verdict::Expired);
    }

    #[test]
    fn rules_combine_and_every_rule_that_keeps_is_named() {
        let r = twice_daily(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 90);
        let p = Policy {
            last: 2,
            daily: 7,
            weekly: 4,
            monthly: 3,
        };
        let decisions = decide(&r, &p);
        let newest = decisions.iter().find(|d| d.id == "2026-03-31T14").unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(
            newest.verdict,
            Verdict::Keep(vec![
                KeptBy::Last(1),
                KeptBy::Daily(d),
                KeptBy::Weekly(2026, 14),
                KeptBy::Monthly(2026, 3),
            ])
        );
        let k = kept(&r, p);
        // 7 days (03-31 to 03-25; the newest is also last #1), last #2,
        // 2 more weeks (Sundays 03-22, 03-15: the week of 03-29 is a kept
        // day), 2 more months (02-28, 01-31).
        assert_eq!(k.len(), 7 + 1 + 2 + 2, "{k:?}");
        for id in [
            "2026-03-31T02",
            "2026-03-25T14",
            "2026-03-22T14",
            "2026-03-15T14",
            "2026-02-28T14",
            "2026-01-31T14",
        ] {
            assert!(k.contains(&id.to_string()), "{id} not kept: {k:?}");
        }
        assert!(!k.contains(&"2026-03-24T14".to_string()));
    }

    #[test]
    fn ties_are_broken_by_id_and_keep_one_per_period() {
        let t = at(2026, 3, 1, 2);
        let r = [
            complete("b", t),
            complete("a", t),
            complete("c", t),
            complete("older", t - 60),
        ];
        let daily = Policy {
            daily: 5,
            ..Policy::default()
        };
        assert_eq!(kept(&r, daily), ["c"]);
        let last = Policy {
            last: 2,
            ..Policy::default()
        };
        assert_eq!(kept(&r, last), ["b", "c"]);
    }

    #[test]
    fn the_newest_complete_archive_is_never_removed() {
        let r = [
            complete("old", at(2026, 1, 1, 2)),
            complete("new", at(2026, 2, 1, 2)),
            rec("newer-cut", at(2026, 3, 1, 2), State::Incomplete),
        ];
        let none = Policy::default();
        assert!(none.is_empty());
        assert_eq!(
            verdict_of(&r, none, "new"),
            Verdict::Keep(vec![KeptBy::Newest])
        );
        assert_eq!(verdict_of(&r, none, "old"), Verdict::Expired);
        // Any rule keeps the newest first; an incomplete archive never
        // takes its place.
        let monthly_from_jan = Policy {
            monthly: 1,
            ..Policy::default()
        };
        assert_eq!(kept(&r, monthly_from_jan), ["new"]);
    }

    #[test]
    fn incomplete_archives_are_never_kept_and_go_once_superseded() {
        let r = [
            rec("cut-old", at(2026, 3, 1, 2), State::Incomplete),
            complete("ok", at(2026, 3, 2, 2)),
            rec("cut-tie", at(2026, 3, 2, 2), State::Incomplete),
            rec("cut-new", at(2026, 3, 3, 2), State::Incomplete),
        ];
        let p = Policy {
            last: 10,
            daily: 10,
            ..Policy::default()
        };
        assert_eq!(verdict_of(&r, p, "cut-old"), Verdict::Superseded);
        assert_eq!(verdict_of(&r, p, "cut-tie"), Verdict::LeftIncomplete);
        assert_eq!(verdict_of(&r, p, "cut-new"), Verdict::LeftIncomplete);
        // An incomplete archive takes no rule's place: "ok" is last #1 and
        // the newest of its day.
        assert_eq!(
            verdict_of(&r, p, "ok"),
            Verdict::Keep(vec![
                KeptBy::Last(1),
                KeptBy::Daily(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
            ])
        );
        // With no complete archive, nothing supersedes them.
        let only_cut = [rec("cut", at(2026, 3, 1, 2), State::Incomplete)];
        assert_eq!(verdict_of(&only_cut, p, "cut"), Verdict::LeftIncomplete);
    }

    #[test]
    fn partial_archives_are_left_alone_and_count_for_nothing() {
        let r = [
            rec("partial-old", at(2026, 1, 1, 2), State::Partial),
            complete("a", at(2026, 3, 1, 2)),
            complete("b", at(2026, 3, 2, 2)),
            rec("partial-new", at(2026, 3, 3, 2), State::Partial),
        ];
        let p = Policy {
            last: 1,
            ..Policy::default()
        };
        let d = decide(&r, &p);
        assert_eq!(d[0].verdict, Verdict::LeftPartial);
        assert_eq!(d[3].verdict, Verdict::LeftPartial);
        assert_eq!(d[1].verdict, Verdict::Expired);
        assert_eq!(d[2].verdict, Verdict::Keep(vec![KeptBy::Last(1)]));
        assert!(d.iter().filter(|d| d.verdict.removes()).count() == 1);
    }

    #[test]
    fn reasons_read_as_the_calendar() {
        let d = NaiveDate::from_ymd_opt(2021, 1, 3).unwrap();
        assert_eq!(KeptBy::Daily(d).to_string(), "daily 2021-01-03");
        assert_eq!(KeptBy::Weekly(2020, 53).to_string(), "weekly 2020-W53");
        assert_eq!(KeptBy::Weekly(2021, 1).to_string(), "weekly 2021-W01");
        assert_eq!(KeptBy::Monthly(2021, 1).to_string(), "monthly 2021-01");
        assert_eq!(KeptBy::Last(2).to_string(), "last #2");
        assert_eq!(utc_rfc3339(at(2026, 3, 31, 2)), "2026-03-31T02:00:00Z");
    }
}
