//! The review trail of a case (`[review]`: date, against, by) and the counts of the bank that
//! `make content-check` prints.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::bank_counts::BankCounts;
use tipsom::domain::case::is_iso_date;
use tipsom::domain::source::{load_cases, parse_case};
use tipsom::domain::validate::validate_bank;

fn case_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content/cases/walked-across-alone.toml"
    ))
    .expect("a case file")
}

/// The case file with a `[review]` table before its `[title]`, as the guide says to write it.
fn with_review(table: &str) -> String {
    let text = case_text();
    let text = match text.find("\n[review]") {
        // A case already reviewed: replace its table.
        Some(start) => {
            let end = text[start + 1..].find("\n[").map_or(text.len(), |e| start + 1 + e);
            format!("{}{}", &text[..start], &text[end..])
        }
        None => text,
    };
    let at = text.find("\n[title]").expect("a title table");
    format!("{}\n{table}\n{}", &text[..at], &text[at..])
}

#[test]
fn a_review_table_is_read_and_checked() {
    let good = with_review(
        "[review]\ndate = \"2026-12-04\"\nagainst = \"domain-facts.md, December 2026\"\nby = \"legal and language read\"",
    );
    let case = parse_case(Path::new("x.toml"), &good).expect("parses");
    let review = case.review.clone().expect("a review");
    assert_eq!(review.date, "2026-12-04");
    assert!(validate_bank(std::slice::from_ref(&case)).is_empty());
    // Learners never download it.
    assert!(case.localize(tipsom::i18n::Locale::En).review.is_none());

    let bad = with_review("[review]\ndate = \"2026-02-30\"\nagainst = \"the brief\"\nby = \"\"");
    let case = parse_case(Path::new("x.toml"), &bad).expect("parses");
    let fields: Vec<String> = validate_bank(&[case]).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["review.date", "review.against", "review.by"]);

    let unknown =
        with_review("[review]\ndate = \"2026-12-04\"\nagainst = \"domain-facts.md\"\nby = \"x\"\nwho = \"me\"");
    assert!(parse_case(Path::new("x.toml"), &unknown).is_err(), "no other key");
}

#[test]
fn dates_are_calendar_dates() {
    for ok in ["2026-12-04", "2028-02-29", "2000-01-31"] {
        assert!(is_iso_date(ok), "{ok}");
    }
    for bad in [
        "2026-13-01",
        "2027-02-29",
        "2026-4-1",
        "04/12/2026",
        "2026-12-04T10:00",
        "1999-12-31",
        "",
    ] {
        assert!(!is_iso_date(bad), "{bad}");
    }
}

#[test]
fn the_counts_of_the_bank_add_up() {
    let cases: Vec<_> = load_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases"))
        .expect("valid bank")
        .into_iter()
        .map(|l| l.case)
        .collect();
    let counts = BankCounts::of(&cases);
    assert_eq!(counts.cases, cases.len());
    let with_facts = cases.iter().filter(|c| c.final_facts().is_some()).count();
    for frame in &counts.final_verdicts {
        assert_eq!(frame.iter().map(|(_, n)| n).sum::<usize>(), with_facts);
    }
    // Every case serves at least one track.
    assert!(counts.per_track.iter().map(|(_, n)| n).sum::<usize>() >= cases.len());
    assert!(counts.frames_differ_final <= counts.frames_differ_any_step);
    assert!(counts.cases_with_attempt <= counts.steps_with_attempt);
    assert_eq!(
        counts.review_dates.iter().map(|(_, n)| n).sum::<usize>(),
        counts.reviewed
    );
    let lines = counts.lines();
    for word in [
        "per track",
        "final verdict, international",
        "final verdict, morocco",
        "attempts",
        "frames differ",
        "open questions",
        "reviewed",
    ] {
        assert!(lines.iter().any(|l| l.contains(word)), "{word}: {lines:#?}");
    }
    for line in &lines {
        println!("{line}");
    }
}
