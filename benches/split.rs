//! Splitter throughput over real pg_dumpall text, fed in 1 MiB chunks, with
//! a sink that discards the parts.

mod common;

use std::hint::black_box;
use std::io;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pgseal::splitter::{PartSink, Splitter};

/// Counts the bytes it is given and keeps none of them.
#[derive(Default)]
struct Discard {
    bytes: u64,
}

impl PartSink for Discard {
    fn open_part(&mut self, _index: usize) -> io::Result<()> {
        Ok(())
    }
    fn write(&mut self, _index: usize, bytes: &[u8]) -> io::Result<()> {
        black_box(bytes);
        self.bytes += bytes.len() as u64;
        Ok(())
    }
    fn close_part(&mut self, _index: usize) -> io::Result<()> {
        Ok(())
    }
}

/// Split one dump; returns how many parts it made.
fn split(input: &[u8]) -> usize {
    let mut splitter = Splitter::new(Discard::default()).unwrap();
    for chunk in input.chunks(common::CHUNK) {
        splitter.feed(chunk).unwrap();
    }
    let summary = splitter.finish().unwrap();
    summary.parts.len()
}

fn bench(c: &mut Criterion) {
    let fixtures = common::Fixtures::load();
    let inflated = common::inflated_dump();
    common::describe(&fixtures, &inflated);
    let mut group = c.benchmark_group("split");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(fixtures.text.len() as u64));
    group.bench_function("fixtures_one_by_one", |b| {
        b.iter(|| {
            fixtures
                .files
                .iter()
                .map(|r| split(black_box(&fixtures.text[r.clone()])))
                .sum::<usize>()
        })
    });
    group.throughput(Throughput::Bytes(inflated.len() as u64));
    group.bench_function("inflated_copy_dump", |b| {
        b.iter(|| split(black_box(&inflated)))
    });
    if let Some(dump) = common::dump_from_env() {
        group.throughput(Throughput::Bytes(dump.len() as u64));
        group.bench_function("dump_file", |b| b.iter(|| split(black_box(&dump))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
