//! The browser's JSON (tipsom::json) against serde's: content compiled with serde reads the same
//! through the browser's codecs, progress written by either reads back on the other, and the
//! reader refuses what is not JSON without panicking.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;
use tipsom::domain::case::{LocalCase, SourceCase, Topic, Track};
use tipsom::domain::concept::Concept;
use tipsom::domain::content::{ContentIndex, ContentKey, SearchIndex};
use tipsom::domain::element::Element;
use tipsom::domain::facts::{Act, Facts, Means, MoroccanBorder, Purpose};
use tipsom::domain::frame::Frame;
use tipsom::domain::indicator::Indicator;
use tipsom::domain::progress::{Attempt, Preferences, Progress, StepRecord};
use tipsom::domain::reference::{Card, Term};
use tipsom::domain::scoring::Confidence;
use tipsom::domain::source::load_content;
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::Locale;
use tipsom::json::{from_text, kebab, FromJson, Json, KebabEnum, ToJson};

fn both_read<T>(text: &str)
where
    T: FromJson + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let by_serde: T = serde_json::from_str(text).expect("serde reads it");
    let by_browser: T = from_text(text).unwrap_or_else(|e| panic!("the browser reads it: {e}"));
    assert_eq!(by_browser, by_serde);
}

#[test]
fn every_compiled_content_file_reads_the_same_as_serde_reads_it() {
    let content = load_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("valid content");
    let files: BTreeMap<String, String> = content.compile().into_iter().collect();
    let mut cases = 0;
    for locale in Locale::ALL {
        both_read::<ContentIndex>(&files[&ContentKey::Index.path(locale)]);
        both_read::<SearchIndex>(&files[&ContentKey::Search.path(locale)]);
        both_read::<Vec<Term<String>>>(&files[&ContentKey::Glossary.path(locale)]);
        both_read::<Vec<Card<String>>>(&files[&ContentKey::Cards.path(locale)]);
        for case in &content.cases {
            both_read::<LocalCase>(&files[&ContentKey::Case(case.case.id.clone()).path(locale)]);
            cases += 1;
        }
    }
    assert_eq!(cases, content.cases.len() * 3);
    // Packs keep every language of a case: the source form reads the same both ways too.
    let sources = serde_json::to_string(&content.source_cases()).unwrap();
    both_read::<Vec<SourceCase>>(&sources);
}

fn names_agree<E: KebabEnum + PartialEq + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug>() {
    for (variant, _) in E::VARIANTS {
        let by_serde = serde_json::to_string(variant).unwrap();
        assert_eq!(by_serde, format!("\"{}\"", variant.kebab_name()), "{variant:?}");
        assert_eq!(E::from_kebab(&variant.kebab_name()), Some(*variant));
    }
    assert_eq!(E::from_kebab("no-such-variant"), None);
}

#[test]
fn every_variant_has_serde_s_name() {
    names_agree::<Track>();
    names_agree::<Topic>();
    names_agree::<Act>();
    names_agree::<Means>();
    names_agree::<Purpose>();
    names_agree::<MoroccanBorder>();
    names_agree::<Indicator>();
    names_agree::<Element>();
    names_agree::<Concept>();
    names_agree::<Verdict>();
    names_agree::<Frame>();
    names_agree::<Confidence>();
    names_agree::<Locale>();
    // The lists are complete: each enum's own list of variants is covered.
    assert_eq!(Topic::VARIANTS.len(), Topic::ALL.len());
    assert_eq!(Indicator::VARIANTS.len(), Indicator::ALL.len());
    assert_eq!(Act::VARIANTS.len(), Act::ALL.len());
    assert_eq!(Means::VARIANTS.len(), Means::ALL.len());
    assert_eq!(kebab("SmugglingProtocolArt6_1b"), "smuggling-protocol-art6-1b");
}

/// Progress with every optional part present or absent, and times with and without decimals.
fn sample_progress(seed: u64) -> Progress {
    let mut state = seed;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let attempts = (0..next(5))
        .map(|a| Attempt {
            id: format!("a{seed}-{a} \"quoted\" \\ é ع"),
            case_id: "uncle-drives-nephew".into(),
            case_version: next(4) as u32 + 1,
            content_version: "0123456789".into(),
            step_count: 3,
            started_at: 1_732_860_000_000.0 + next(100_000) as f64 + [0.0, 0.5, 0.125][next(3) as usize],
            steps: (0..next(4))
                .map(|s| StepRecord {
                    step: s as usize,
                    chosen: (0..next(3)).map(|c| c as usize).collect(),
                    confidence: [None, Some(Confidence::Sure), Some(Confidence::Unsure)][next(3) as usize],
                    score: next(101) as u8,
                    answered_at: 1_732_860_100_000.0 + next(1000) as f64,
                })
                .collect(),
        })
        .collect();
    Progress {
        attempts,
        preferences: Preferences {
            locale: [None, Some(Locale::Ar), Some(Locale::Fr)][next(3) as usize],
            discreet: next(2) == 1,
            large_text: next(2) == 1,
            high_contrast: next(2) == 1,
            certificate_name: ["", "Samira B.", "Ama\nOwusu\t\u{1}"][next(3) as usize].into(),
            audience: [
                None,
                Some(tipsom::domain::audience::Audience::Health),
                Some(tipsom::domain::audience::Audience::Learning),
            ][next(3) as usize],
            full_reasoning: next(2) == 1,
            updated_at: next(10_000) as f64,
        },
    }
}

fn numbers_as_floats(text: &str) -> serde_json::Value {
    fn walk(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
            Value::Array(items) => Value::Array(items.into_iter().map(walk).collect()),
            Value::Object(members) => Value::Object(members.into_iter().map(|(k, v)| (k, walk(v))).collect()),
            other => other,
        }
    }
    walk(serde_json::from_str(text).unwrap())
}

#[test]
fn progress_written_by_either_side_reads_back_on_the_other() {
    for seed in 0..300 {
        let progress = sample_progress(seed);
        let ours = progress.to_json().to_text();
        let theirs = serde_json::to_string(&progress).unwrap();
        assert_eq!(
            serde_json::from_str::<Progress>(&ours).unwrap(),
            progress,
            "serde reads ours: {ours}"
        );
        assert_eq!(
            from_text::<Progress>(&theirs).unwrap(),
            progress,
            "we read serde's: {theirs}"
        );
        // The same members with the same values (serde writes `5.0` where we write `5`).
        assert_eq!(numbers_as_floats(&ours), numbers_as_floats(&theirs));
    }
}

#[test]
fn numbers_keep_their_value_without_float_formatting() {
    for (value, text) in [
        (0.0, "0"),
        (5.0, "5"),
        (1.5, "1.5"),
        (0.125, "0.125"),
        (-2.25, "-2.25"),
        (1_732_860_000_123.0, "1732860000123"),
        (1_732_860_000_123.5, "1732860000123.5"),
    ] {
        assert_eq!(Json::number(value).to_text(), text);
        assert_eq!(Json::parse(text).unwrap().as_f64(), Some(value));
    }
    assert_eq!(Json::parse("1e3").unwrap().as_f64(), Some(1000.0));
    assert_eq!(Json::parse("2.5E-1").unwrap().as_f64(), Some(0.25));
    assert_eq!(Json::parse("42").unwrap().as_u64(), Some(42));
    assert_eq!(Json::parse("4.2").unwrap().as_u64(), None);
    assert_eq!(Json::parse("-1").unwrap().as_u64(), None);
    assert!(u8::from_json(&Json::parse("300").unwrap()).is_err());
    assert!(Json::parse("-").is_err() && Json::parse("1.2.3").is_err());
}

#[test]
fn strings_escape_and_unescape_as_serde_does() {
    let text = "quote \" backslash \\ slash / tab \t newline \n bell \u{7} é ع 😀";
    let ours = Json::String(text.into()).to_text();
    assert_eq!(ours, serde_json::to_string(text).unwrap());
    assert_eq!(Json::parse(&ours).unwrap().as_str(), Some(text));
    assert_eq!(Json::parse(r#""\u00e9\ud83d\ude00\/""#).unwrap().as_str(), Some("é😀/"));
    for bad in [r#""\ud83d""#, r#""\x""#, r#""open"#, "\"\u{1}\""] {
        assert!(Json::parse(bad).is_err(), "{bad:?} is refused");
    }
}

#[test]
fn the_reader_refuses_what_is_not_json_and_never_panics() {
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "nul",
        "[1] 2",
        "{1:2}",
        "tru",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad:?} is refused");
    }
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(Json::parse(&deep).is_err(), "nesting is bounded");
    // Every prefix and every single-byte change of a real envelope: an answer, never a panic.
    let envelope = tipsom::storage::encode(&sample_progress(7));
    let bytes = envelope.as_bytes();
    for end in 0..bytes.len() {
        if let Ok(prefix) = std::str::from_utf8(&bytes[..end]) {
            let _ = Json::parse(prefix);
        }
    }
    for i in 0..bytes.len() {
        for b in [b'"', b'{', b'}', b'[', b']', b',', b':', b'\\', b'0', b'x'] {
            let mut changed = bytes.to_vec();
            changed[i] = b;
            if let Ok(text) = std::str::from_utf8(&changed) {
                let _ = tipsom::storage::decode(text);
            }
        }
    }
}

#[test]
fn pretty_text_holds_the_same_value_indented_by_two_spaces() {
    let progress = sample_progress(3);
    let value = progress.to_json();
    assert_eq!(
        numbers_as_floats(&value.to_pretty_text()),
        numbers_as_floats(&value.to_text())
    );
    let pretty = Json::parse(r#"{"a":[1,{"b":true}],"c":{}}"#).unwrap().to_pretty_text();
    assert_eq!(
        pretty,
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": true\n    }\n  ],\n  \"c\": {}\n}"
    );
}

#[test]
fn missing_members_take_serde_s_defaults_and_required_ones_are_reported() {
    let facts: Facts = from_text("{}").unwrap();
    assert_eq!(facts, Facts::default());
    let prefs: Preferences = from_text("{}").unwrap();
    assert_eq!(prefs, Preferences::default());
    let error = from_text::<StepRecord>(r#"{"step": 0, "chosen": [], "score": 5}"#).unwrap_err();
    assert!(error.to_string().contains("answered_at"), "{error}");
    let error = from_text::<Progress>(r#"{"attempts": [{"id": 3}]}"#).unwrap_err();
    assert!(error.to_string().starts_with("attempts: [0]: id:"), "{error}");
}
