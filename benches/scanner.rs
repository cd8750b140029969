//! Scanner throughput over real pg_dumpall text, fed in 1 MiB chunks.

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pgseal::scanner::{Event, Scanner};

fn scan(input: &[u8]) -> u64 {
    let mut scanner = Scanner::new();
    let mut events = 0u64;
    let mut sink = pgseal::scanner::always(|ev: Event<'_>| {
        black_box(&ev);
        events += 1;
    });
    for chunk in input.chunks(common::CHUNK) {
        let Ok(()) = scanner.feed(chunk, &mut sink);
    }
    let Ok(end) = scanner.finish(&mut sink);
    drop(sink);
    assert_eq!(end.len, input.len() as u64);
    events
}

fn bench(c: &mut Criterion) {
    let fixtures = common::Fixtures::load();
    let inflated = common::inflated_dump();
    common::describe(&fixtures, &inflated);
    let mut group = c.benchmark_group("scanner");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(fixtures.text.len() as u64));
    group.bench_function("fixtures_concatenated", |b| {
        b.iter(|| scan(black_box(&fixtures.text)))
    });
    group.throughput(Throughput::Bytes(inflated.len() as u64));
    group.bench_function("inflated_copy_dump", |b| {
        b.iter(|| scan(black_box(&inflated)))
    });
    // A large real dump, such as the one benches/compare.sh generates.
    if let Some(dump) = common::dump_from_env() {
        group.throughput(Throughput::Bytes(dump.len() as u64));
        group.bench_function("dump_file", |b| b.iter(|| scan(black_box(&dump))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
