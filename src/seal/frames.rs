//! zstd as a run of independent frames, compressed by a shared pool.
//!
//! A sealed file's plaintext is cut into jobs of a fixed size and each job
//! becomes one complete zstd frame. `zstd -d` decodes a concatenation of
//! frames as one stream, so the stock tools still read every part. What it
//! buys over zstd's own multithreading: no state passes from one job to the
//! next, so a worker never waits for another, nor for the thread feeding
//! it to wake up and hand over; each worker checksums its own frame; and
//! one-shot compression reads the job in place instead of copying it into
//! zstd's window first. One pool serves every part of an archive, so the
//! last jobs of one part and the first of the next run side by side.
//!
//! The frames share no history, which costs little: at level 3 zstd looks
//! back at most 2 MiB, and its multithreaded jobs share only 256 KiB with
//! their predecessor anyway.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use anyhow::{bail, Context, Result};
use zstd::stream::raw::CParameter;

/// zstd 1.5.7 fingerprints every full 128 KiB block to pick a better place to
/// end it. At the fast levels that costs about 5% of a split's CPU time for
/// 0.4% less output (the zstd CLI of most distributions predates it). It
/// looks at full-size blocks only, so a block size just under 128 KiB
/// skips it.
const FAST_BLOCK_SIZE: u32 = 127 << 10;

/// Plaintext bytes per frame. Measured at level 3 on two cores: 2 MiB
/// frames (one zstd window) come out within 0.6% of the size of one
/// multithreaded zstd stream, either side, and are as fast as 4 MiB ones
/// with a third less memory; 1 MiB frames lose 2% on repetitive data. The
/// slower levels look further back, and their longer jobs hide the
/// per-frame cost.
pub fn job_size(level: i32) -> usize {
    match level {
        ..=3 => 2 << 20,
        4..=7 => 4 << 20,
        8..=19 => 16 << 20,
        // The ultra levels look back 32-128 MiB; frames this size give up
        // some of that for bounded memory.
        _ => 32 << 20,
    }
}

/// A job handed to a worker, with the buffer its frame goes into.
struct Job {
    input: Vec<u8>,
    output: Vec<u8>,
    reply: SyncSender<Done>,
}

/// A compressed job: its input buffer back for reuse, and its frame.
struct Done {
    input: Vec<u8>,
    frame: io::Result<Vec<u8>>,
}

/// A job's frame, ready or still being compressed. Hand it back to
/// [`Compressors::collect`].
pub struct Pending(PendingState);

enum PendingState {
    Ready(Done),
    Waiting(Receiver<Done>),
}

/// Compresses jobs into frames at one level: on `threads` worker threads,
/// or, with no workers, on the caller's thread. Buffers are recycled
/// between jobs (a fresh 2 MiB buffer costs 512 page faults), and
/// the jobs in flight are counted across all writers, so that memory stays
/// bounded however many parts are open or finishing.
pub struct Compressors {
    level: i32,
    threads: u32,
    mode: Mode,
    in_flight: AtomicUsize,
    spare_inputs: Mutex<Vec<Vec<u8>>>,
    spare_frames: Mutex<Vec<Vec<u8>>>,
}

enum Mode {
    /// No workers: one context, used on the caller's thread.
    Inline(Mutex<Zstd>),
    Pool(SyncSender<Job>),
}

type Zstd = zstd::bulk::Compressor<'static>;

/// A worker thread is gone only if it panicked: a bug. Sealing is part of
/// `split`, which then leaves no archive behind.
const WORKER_LOST: &str =
    "a zstd worker thread stopped unexpectedly (a bug in pgseal); no archive was written, run the split again";

/// Jobs in flight per worker: one being compressed and one queued, so a
/// worker that finishes finds its next job ready without waiting for the
/// feeding thread to wake.
const IN_FLIGHT_PER_WORKER: usize = 2;

impl Compressors {
    /// Checks `level` (0 = zstd's default) and starts `threads` workers
    /// (none: compress on the calling thread). The workers end when the
    /// last handle is dropped.
    pub fn new(level: i32, threads: u32) -> Result<Arc<Self>> {
        let levels = zstd::compression_level_range();
        if level != 0 && !levels.contains(&level) {
            bail!(
                "zstd level {level} is out of range ({}..={})",
                levels.start(),
                levels.end()
            );
        }
        let mode = if threads == 0 {
            Mode::Inline(Mutex::new(context(level).context("cannot start zstd")?))
        } else {
            let (tx, rx) = mpsc::sync_channel::<Job>(threads as usize);
            let rx = Arc::new(Mutex::new(rx));
            for i in 0..threads {
                // Made here, so that zstd refusing its settings is an error
                // now rather than a worker gone later.
                let ctx = context(level).context("cannot start zstd")?;
                let rx = rx.clone();
                thread::Builder::new()
                    .name(format!("pgseal-zstd-{i}"))
                    .spawn(move || work(ctx, &rx))
                    .context("cannot start a zstd worker thread")?;
            }
            Mode::Pool(tx)
        };
        Ok(Arc::new(Self {
            level,
            threads,
            mode,
            in_flight: AtomicUsize::new(0),
            spare_inputs: Mutex::new(Vec::new()),
            spare_frames: Mutex::new(Vec::new()),
        }))
    }

    /// Plaintext bytes per frame.
    pub fn job_size(&self) -> usize {
        job_size(self.level)
    }

    /// Jobs that may be in flight at once, across all writers.
    pub fn limit(&self) -> usize {
        self.threads as usize * IN_FLIGHT_PER_WORKER
    }

    /// Whether more jobs are in flight than [`Compressors::limit`]: the
    /// caller should collect before submitting more.
    pub fn over_limit(&self) -> bool {
        self.in_flight.load(Ordering::Acquire) > self.limit()
    }

    /// An empty buffer with room for a whole job.
    pub fn take_buffer(&self) -> Vec<u8> {
        lock(&self.spare_inputs)
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(self.job_size()))
    }

    /// A whole-job buffer another file gave back, if one is kept.
    pub fn spare_buffer(&self) -> Option<Vec<u8>> {
        lock(&self.spare_inputs).pop()
    }

    /// Compresses `input` into one frame.
    pub fn submit(&self, input: Vec<u8>) -> io::Result<Pending> {
        let output = lock(&self.spare_frames).pop().unwrap_or_default();
        self.in_flight.fetch_add(1, Ordering::AcqRel);
        let queue = match &self.mode {
            Mode::Inline(ctx) => {
                let frame = compress(&mut lock(ctx), &input, output);
                return Ok(Pending(PendingState::Ready(Done { input, frame })));
            }
            Mode::Pool(queue) => queue,
        };
        let (reply, rx) = mpsc::sync_channel(1);
        let sent = queue.send(Job {
            input,
            output,
            reply,
        });
        if sent.is_err() {
            self.in_flight.fetch_sub(1, Ordering::AcqRel);
            return Err(io::Error::other(WORKER_LOST));
        }
        Ok(Pending(PendingState::Waiting(rx)))
    }

    /// Waits for a submitted job's frame. Give the frame back with
    /// [`Compressors::recycle`] once it is written.
    pub fn collect(&self, pending: Pending) -> io::Result<Vec<u8>> {
        let done = match pending.0 {
            PendingState::Ready(done) => Some(done),
            PendingState::Waiting(rx) => rx.recv().ok(),
        };
        self.in_flight.fetch_sub(1, Ordering::AcqRel);
        let Done { mut input, frame } = done.ok_or_else(|| io::Error::other(WORKER_LOST))?;
        // A part's first, smaller job leaves no buffer worth keeping.
        if input.capacity() >= self.job_size() {
            input.clear();
            self.keep(&self.spare_inputs, input);
        }
        frame
    }

    /// Takes back a frame's buffer once it has been written.
    pub fn recycle(&self, frame: Vec<u8>) {
        self.keep(&self.spare_frames, frame);
    }

    /// Keeps a buffer for reuse, but no more than could be in use at once.
    fn keep(&self, spares: &Mutex<Vec<Vec<u8>>>, buffer: Vec<u8>) {
        let mut spares = lock(spares);
        if spares.len() <= self.limit() {
            spares.push(buffer);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A zstd context for one frame at a time at `level`, with the frame
/// checksum so that `zstd -d` checks its own output too.
fn context(level: i32) -> io::Result<Zstd> {
    let mut c = zstd::bulk::Compressor::new(level)?;
    c.include_checksum(true)?;
    if level <= 3 {
        c.set_parameter(CParameter::MaxBlockSize(FAST_BLOCK_SIZE))?;
    }
    Ok(c)
}

fn compress(ctx: &mut Zstd, input: &[u8], mut output: Vec<u8>) -> io::Result<Vec<u8>> {
    output.clear();
    output.reserve(zstd::zstd_safe::compress_bound(input.len()));
    ctx.compress_to_buffer(input, &mut output)?;
    Ok(output)
}

/// A worker: takes jobs until every handle is gone.
fn work(mut ctx: Zstd, jobs: &Mutex<Receiver<Job>>) {
    loop {
        let job = lock(jobs).recv();
        let Ok(job) = job else { return };
        let frame = compress(&mut ctx, &job.input, job.output);
        // The writer may have given up on the file; nothing to tell then.
        let _ = job.reply.send(Done {
            input: job.input,
            frame,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames_of(c: &Compressors, jobs: &[&[u8]]) -> Vec<u8> {
        let pending: Vec<Pending> = jobs.iter().map(|j| c.submit(j.to_vec()).unwrap()).collect();
        assert_eq!(c.over_limit(), jobs.len() > c.limit());
        let mut out = Vec::new();
        for p in pending {
            let frame = c.collect(p).unwrap();
            out.extend_from_slice(&frame);
            c.recycle(frame);
        }
        assert!(!c.over_limit());
        let spare = c.take_buffer();
        assert!(spare.is_empty() && spare.capacity() >= c.job_size());
        out
    }

    #[test]
    fn concatenated_frames_decode_as_one_stream() {
        let a = b"CREATE TABLE a (x int);\n".repeat(5000);
        let b = b"COPY a (x) FROM stdin;\n1\n2\n\\.\n".repeat(3000);
        for threads in [0, 1, 3] {
            let c = Compressors::new(3, threads).unwrap();
            let stream = frames_of(&c, &[&a, &b, b"", &a]);
            let plain = zstd::decode_all(&stream[..]).unwrap();
            assert_eq!(
                plain,
                [&a[..], &b[..], &a[..]].concat(),
                "threads {threads}"
            );
        }
    }

    #[test]
    fn frames_carry_a_checksum_and_their_size() {
        let c = Compressors::new(3, 0).unwrap();
        let frame = frames_of(&c, &[b"SELECT 1;\n"]);
        // Frame header descriptor: bit 2 is the checksum flag, bits 6-7 the
        // size field's width (single-segment frames always carry it).
        let fhd = frame[4];
        assert_eq!(fhd & 0b100, 0b100, "checksum flag");
        assert_eq!(
            zstd::zstd_safe::get_frame_content_size(&frame).ok(),
            Some(Some(10))
        );
    }

    #[test]
    fn refuses_levels_out_of_range() {
        let e = Compressors::new(99, 0).err().unwrap();
        assert!(e.to_string().contains("out of range"), "{e}");
    }

    #[test]
    fn job_sizes_grow_with_the_level() {
        assert_eq!(job_size(3), 2 << 20);
        assert!(job_size(19) > job_size(3));
        assert!(job_size(22) >= job_size(19));
    }
}
