//! How fast the one JSON reader (serde_json, in the browser too) reads the largest compiled
//! content file and a 6,000-attempt progress; printed beside each other so a change of reader can
//! be judged on the same inputs. The figures of the reader this replaced (a hand-written one,
//! removed in December 2026) are in the closing note of that change: 11x slower on the largest
//! content file, 6.5x on the progress, with `cargo run --release`.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;
use tipsom::domain::content::{ContentDoc, ContentKey};
use tipsom::domain::progress::{Attempt, Progress, StepRecord};
use tipsom::storage::{decode, encode, Decoded};

fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(f());
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[test]
fn reading_the_largest_content_file_and_a_long_progress() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let compiled = tipsom::domain::source::load_content(&root)
        .expect("the bank loads")
        .compile();
    let (path, largest) = compiled.iter().max_by_key(|(_, json)| json.len()).expect("content");
    let key = if path.ends_with("search.json") {
        ContentKey::Search
    } else if path.ends_with("index.json") {
        ContentKey::Index
    } else {
        ContentKey::Case(path.rsplit('/').next().unwrap().trim_end_matches(".json").into())
    };
    let content = median_ms(21, || ContentDoc::parse(&key, largest).expect("it parses"));
    let as_value = median_ms(21, || serde_json::from_str::<serde_json::Value>(largest).expect("JSON"));

    let mut progress = Progress::default();
    for i in 0..6_000 {
        let attempt = Attempt {
            id: format!("a-{i}"),
            case_id: format!("case-{}", i % 49),
            case_version: 1,
            content_version: "0123456789".into(),
            step_count: 3,
            started_at: 1.7e12 + i as f64,
            steps: vec![],
            unknown: Default::default(),
        };
        let steps = (0..3)
            .map(|step| StepRecord {
                step,
                chosen: vec![0, 2],
                confidence: None,
                score: 50,
                answered_at: 1.7e12 + i as f64 + step as f64,
                unknown: Default::default(),
            })
            .collect();
        progress.attempts.push(Attempt { steps, ..attempt });
    }
    let stored = encode(&progress);
    let typed = median_ms(11, || decode(&stored));
    let value = median_ms(11, || serde_json::from_str::<serde_json::Value>(&stored).expect("JSON"));
    assert!(matches!(decode(&stored), Decoded::Current(p) if p.attempts.len() == 6_000));
    println!(
        "reader                         | largest content file ({path}, {} KB) | 6,000-attempt progress ({} KB)",
        largest.len() / 1024,
        stored.len() / 1024
    );
    println!("serde_json, typed (the app's)  | {content:>8.3} ms | {typed:>8.3} ms");
    println!("serde_json, Value (reference)  | {as_value:>8.3} ms | {value:>8.3} ms");
}
