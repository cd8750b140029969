//! Held bytes: what a stage over the scanner (the splitter, the restore
//! rewriter, redaction) has read but not yet given on, because the
//! statement, meta-command or comment they belong to is still undecided.
//!
//! One cap for all of them: at most [`HOLD_CAP`] bytes are held; past it
//! the oldest are given on unread, and a stage that later needs them says
//! so. The chunk being scanned is never copied: most of it goes straight
//! from the caller's buffer on, and only the undecided tail is kept.

/// Longest stretch of undecided input held in memory.
pub const HOLD_CAP: u64 = 16 << 20;

/// Where bytes may be given on up to, at input offset `pos`: the start of
/// what the scanner has not decided yet, but never more than [`HOLD_CAP`]
/// behind.
pub fn release_point(pending: Option<u64>, pos: u64) -> u64 {
    pending
        .unwrap_or(pos)
        .min(pos)
        .max(pos.saturating_sub(HOLD_CAP))
}

/// `held` (left over from earlier chunks) followed by `chunk`, starting at
/// input offset `base`.
pub struct Window<'a> {
    /// Input offset of `held`'s first byte.
    pub base: u64,
    /// Bytes kept from earlier chunks, at most [`HOLD_CAP`].
    pub held: &'a [u8],
    /// The chunk being scanned, borrowed from the caller.
    pub chunk: &'a [u8],
}

impl Window<'_> {
    /// Input offset just past the last byte in the window.
    pub fn end(&self) -> u64 {
        self.base + (self.held.len() + self.chunk.len()) as u64
    }

    /// The byte at input offset `at`, if the window holds it.
    pub fn byte(&self, at: u64) -> Option<u8> {
        let i = usize::try_from(at.checked_sub(self.base)?).ok()?;
        match i.checked_sub(self.held.len()) {
            None => Some(self.held[i]),
            Some(j) => self.chunk.get(j).copied(),
        }
    }

    /// The input bytes `[start, end)` as (at most) two slices, clamped to
    /// the window.
    pub fn range(&self, start: u64, end: u64) -> (&[u8], &[u8]) {
        let clamp = |o: u64| (o.clamp(self.base, self.end()) - self.base) as usize;
        let (s, e) = (clamp(start), clamp(end.max(start)));
        let h = self.held.len();
        (
            &self.held[s.min(h)..e.min(h)],
            &self.chunk[s.saturating_sub(h)..e.saturating_sub(h)],
        )
    }

    /// The input bytes `[start, end)` in one piece, if the window holds
    /// them all.
    pub fn bytes(&self, start: u64, end: u64) -> Option<std::borrow::Cow<'_, [u8]>> {
        if start < self.base || end > self.end() || end < start {
            return None;
        }
        Some(match self.range(start, end) {
            (a, []) => a.into(),
            ([], b) => b.into(),
            (a, b) => [a, b].concat().into(),
        })
    }

    /// Keeps the window's bytes from `from` on in `held`, the buffer that
    /// backed this window's `held` part (passed back by the caller).
    pub fn keep_tail(from: u64, base: u64, mut held: Vec<u8>, chunk: &[u8]) -> Vec<u8> {
        let skip = (from - base) as usize;
        if skip <= held.len() {
            held.drain(..skip);
            held.extend_from_slice(chunk);
        } else {
            let skip = skip - held.len();
            held.clear();
            held.extend_from_slice(&chunk[skip..]);
        }
        held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_across_both_pieces() {
        let w = Window {
            base: 10,
            held: b"abc",
            chunk: b"de\nf",
        };
        assert_eq!(w.end(), 17);
        assert_eq!(w.byte(9), None);
        assert_eq!(w.byte(10), Some(b'a'));
        assert_eq!(w.byte(13), Some(b'd'));
        assert_eq!(w.byte(17), None);
        assert_eq!(w.range(11, 15), (&b"bc"[..], &b"de"[..]));
        assert_eq!(w.range(14, 99), (&b""[..], &b"e\nf"[..]));
        assert_eq!(w.range(0, 11), (&b"a"[..], &b""[..]));
        assert_eq!(w.bytes(12, 14).as_deref(), Some(&b"cd"[..]));
        assert_eq!(w.bytes(13, 15).as_deref(), Some(&b"de"[..]));
        assert_eq!(w.bytes(9, 12), None);
        assert_eq!(w.bytes(15, 18), None);
    }

    #[test]
    fn releases_up_to_the_pending_start_within_the_cap() {
        assert_eq!(release_point(None, 100), 100);
        assert_eq!(release_point(Some(40), 100), 40);
        assert_eq!(release_point(Some(0), HOLD_CAP + 10), 10);
    }

    #[test]
    fn keeps_the_tail() {
        assert_eq!(Window::keep_tail(11, 10, b"abc".to_vec(), b"de"), b"bcde");
        assert_eq!(Window::keep_tail(14, 10, b"abc".to_vec(), b"de"), b"e");
        assert_eq!(Window::keep_tail(15, 10, b"abc".to_vec(), b"de"), b"");
    }
}
