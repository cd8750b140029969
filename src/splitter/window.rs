//! The input bytes not yet given to a part, without copying the chunk being
//! scanned: most of every chunk goes straight from the caller's buffer to
//! its part, and only the undecided tail is kept for the next chunk.

/// `held` (left over from earlier chunks) followed by `chunk`, starting at
/// input offset `base`.
pub(super) struct Window<'a> {
    pub base: u64,
    pub held: &'a [u8],
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
    }

    #[test]
    fn keeps_the_tail() {
        assert_eq!(Window::keep_tail(11, 10, b"abc".to_vec(), b"de"), b"bcde");
        assert_eq!(Window::keep_tail(14, 10, b"abc".to_vec(), b"de"), b"e");
        assert_eq!(Window::keep_tail(15, 10, b"abc".to_vec(), b"de"), b"");
    }
}
