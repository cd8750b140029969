//! The scanner on arbitrary bytes: it must not panic, its events must lie
//! inside the input in order, and feeding the input whole, in two chunks
//! (cut where the first two bytes say) or one byte at a time must give the
//! same events and the same end state, with or without the shortcut over
//! ordinary statement text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pgseal::scanner::{
    check_events, first_difference, scan_all, scan_all_byte_by_byte, EndState, OwnedEvent,
};

type Run = (Vec<OwnedEvent>, EndState);

/// The same events and end state as the whole input's, or a panic that says
/// where they part ways.
fn same(input: &[u8], whole: &Run, other: &Run, how: &str) {
    if let Some(diff) = first_difference(&whole.0, &other.0) {
        panic!(
            "{how}: {diff}\n  input: {:?}",
            String::from_utf8_lossy(input)
        );
    }
    assert_eq!(whole.1, other.1, "{how}: end states differ");
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let (sel, input) = data.split_at(2);
    let cut = u16::from_le_bytes([sel[0], sel[1]]) as usize % (input.len() + 1);

    let whole = scan_all([input]);
    if let Err(e) = check_events(input, &whole.0, &whole.1) {
        panic!("{e}");
    }

    let (a, b) = input.split_at(cut);
    same(input, &whole, &scan_all([a, b]), &format!("cut at {cut}"));
    same(input, &whole, &scan_all(input.chunks(1)), "byte by byte");
    let slow = scan_all_byte_by_byte([input]);
    same(input, &whole, &slow, "without the shortcut");
});
