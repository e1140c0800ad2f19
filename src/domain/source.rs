//! Reading the content sources (TOML under `content/`) and compiling them into the JSON files the
//! browser downloads. Native only: the browser receives the compiled files.

use super::case::SourceCase;
use super::content::{CaseSummary, ContentIndex, ContentKey, SearchIndex};
use super::reference::{CardsFile, GlossaryFile};
use super::validate::validate_bank;
use super::validate_reference::{validate_cards, validate_glossary, validate_glossary_links};
use crate::i18n::story_opening::{story_opening, story_path};
use crate::i18n::Locale;
use serde::de::DeserializeOwned;
use std::fmt;
use std::path::{Path, PathBuf};

/// A problem found while loading content, named by file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

/// A case and the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedCase {
    pub file: PathBuf,
    pub text: String,
    pub case: SourceCase,
}

/// Everything under `content/`.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub cases: Vec<LoadedCase>,
    pub glossary: GlossaryFile,
    pub cards: CardsFile,
    /// The raw sources, for the content version.
    sources: String,
}

fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, SourceError> {
    toml::from_str::<T>(text).map_err(|e| SourceError {
        file: file.to_path_buf(),
        message: e.to_string(),
    })
}

/// Parses one case file.
pub fn parse_case(file: &Path, text: &str) -> Result<SourceCase, SourceError> {
    parse(file, text)
}

/// The `.toml` files directly in a folder, sorted by name.
pub fn case_files(dir: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SourceError {
        file: dir.to_path_buf(),
        message: e.to_string(),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Loads and validates every case file in a folder; every problem is reported, by file, case and field.
pub fn load_cases(dir: &Path) -> Result<Vec<LoadedCase>, Vec<SourceError>> {
    let files = case_files(dir).map_err(|e| vec![e])?;
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match std::fs::read_to_string(&file) {
            Err(e) => errors.push(SourceError {
                file: file.clone(),
                message: e.to_string(),
            }),
            Ok(text) => match parse_case(&file, &text) {
                Ok(case) => loaded.push(LoadedCase { file, text, case }),
                Err(e) => errors.push(e),
            },
        }
    }
    let cases: Vec<SourceCase> = loaded.iter().map(|l| l.case.clone()).collect();
    for error in validate_bank(&cases) {
        let file = loaded
            .iter()
            .find(|l| l.case.id == error.case)
            .map(|l| l.file.clone())
            .unwrap_or_default();
        errors.push(SourceError {
            file,
            message: error.to_string(),
        });
    }
    if errors.is_empty() {
        Ok(loaded)
    } else {
        Err(errors)
    }
}

/// Loads `content/`: `cases/*.toml`, `glossary.toml` and `cards.toml`, all checked together.
pub fn load_content(root: &Path) -> Result<Content, Vec<SourceError>> {
    let mut errors = Vec::new();
    let cases = load_cases(&root.join("cases")).unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    });
    let mut sources: String = cases.iter().map(|c| c.text.as_str()).collect();
    let mut read = |name: &str| -> Option<(PathBuf, String)> {
        let file = root.join(name);
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                sources.push_str(&text);
                Some((file, text))
            }
            Err(e) => {
                errors.push(SourceError {
                    file,
                    message: e.to_string(),
                });
                None
            }
        }
    };
    let glossary_src = read("glossary.toml");
    let cards_src = read("cards.toml");
    let glossary: GlossaryFile = glossary_src
        .and_then(|(f, t)| parse(&f, &t).map_err(|e| errors.push(e)).ok())
        .unwrap_or_default();
    let cards: CardsFile = cards_src
        .and_then(|(f, t)| parse(&f, &t).map_err(|e| errors.push(e)).ok())
        .unwrap_or_default();
    let named = |file: &str, list: Vec<super::validate::ContentError>| -> Vec<SourceError> {
        list.into_iter()
            .map(|e| SourceError {
                file: root.join(file),
                message: e.to_string(),
            })
            .collect()
    };
    errors.extend(named("glossary.toml", validate_glossary(&glossary.terms)));
    errors.extend(named("cards.toml", validate_cards(&cards.cards)));
    let source_cases: Vec<SourceCase> = cases.iter().map(|c| c.case.clone()).collect();
    errors.extend(named("cases", validate_glossary_links(&source_cases, &glossary.terms)));
    if errors.is_empty() {
        Ok(Content {
            cases,
            glossary,
            cards,
            sources,
        })
    } else {
        Err(errors)
    }
}

impl Content {
    /// A short, stable hash of the sources (FNV-1a, 64 bits), recorded with each attempt.
    pub fn version(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in self.sources.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")[..10].to_string()
    }

    pub fn source_cases(&self) -> Vec<SourceCase> {
        self.cases.iter().map(|c| c.case.clone()).collect()
    }

    /// Every file the browser may download, as (path under `dist/`, JSON).
    pub fn compile(&self) -> Vec<(String, String)> {
        fn json<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).expect("content serialises")
        }
        let mut files = Vec::new();
        for locale in Locale::ALL {
            let local: Vec<_> = self
                .cases
                .iter()
                .map(|c| {
                    let mut case = c.case.clone();
                    case.derive_keys();
                    case.localize(locale)
                })
                .collect();
            let index = ContentIndex {
                locale,
                content_version: self.version(),
                cases: self.cases.iter().map(|c| CaseSummary::of(&c.case, locale)).collect(),
            };
            files.push((ContentKey::Index.path(locale), json(&index)));
            files.push((ContentKey::Search.path(locale), json(&SearchIndex::of(&local))));
            for case in &local {
                files.push((ContentKey::Case(case.id.clone()).path(locale), json(case)));
            }
            let terms: Vec<_> = self.glossary.terms.iter().map(|t| t.localize(locale)).collect();
            files.push((ContentKey::Glossary.path(locale), json(&terms)));
            let cards: Vec<_> = self.cards.cards.iter().map(|c| c.localize(locale)).collect();
            files.push((ContentKey::Cards.path(locale), json(&cards)));
        }
        files
    }

    /// Each case's opening as static HTML, in each language (see [`crate::i18n::story_opening`]):
    /// written beside the JSON files, shown by the page before the app has loaded.
    pub fn openings(&self) -> Vec<(String, String)> {
        let mut files = Vec::new();
        for locale in Locale::ALL {
            for c in &self.cases {
                let mut case = c.case.clone();
                case.derive_keys();
                let case = case.localize(locale);
                files.push((story_path(&case.id, locale), story_opening(&case, locale)));
            }
        }
        files
    }
}

/// Reads `content/terms.toml`, the term base (see [`super::term_base`]).
pub fn load_term_base(root: &Path) -> Result<super::term_base::TermBase, SourceError> {
    let file = root.join("terms.toml");
    let text = std::fs::read_to_string(&file).map_err(|e| SourceError {
        file: file.clone(),
        message: e.to_string(),
    })?;
    parse(&file, &text)
}

/// Every text of the content (cases, glossary, cards) by file and field, in every language.
pub fn content_texts(content: &Content, root: &Path) -> Vec<(PathBuf, String, Locale, String)> {
    use super::text_fields::{card_texts, case_texts, term_texts};
    let mut out = Vec::new();
    let mut push = |file: &Path, prefix: &str, fields: Vec<(String, &crate::i18n::LocalText)>| {
        for (field, text) in fields {
            for l in Locale::ALL {
                out.push((
                    file.to_path_buf(),
                    format!("{prefix}field `{field}.{}`", l.code()),
                    l,
                    text.get(l).to_string(),
                ));
            }
        }
    };
    for c in &content.cases {
        push(&c.file, &format!("case `{}`, ", c.case.id), case_texts(&c.case));
    }
    for t in &content.glossary.terms {
        push(&root.join("glossary.toml"), "", term_texts(t));
    }
    for c in &content.cards.cards {
        push(&root.join("cards.toml"), "", card_texts(c));
    }
    out
}

/// The wording problems of the content: a variant the term base forbids, or a number written
/// as words where the guide asks for digits; each by file and field, with what to write.
pub fn wording_problems(content: &Content, root: &Path, base: &super::term_base::TermBase) -> Vec<SourceError> {
    let mut out = Vec::new();
    for (file, field, locale, text) in content_texts(content, root) {
        for message in wording_messages(base, &text, locale) {
            out.push(SourceError {
                file: file.clone(),
                message: format!("{field}: {message}"),
            });
        }
    }
    out
}

/// What is wrong with the wording of one text, one message per finding.
pub fn wording_messages(base: &super::term_base::TermBase, text: &str, locale: Locale) -> Vec<String> {
    let mut out: Vec<String> = base
        .check(text, locale)
        .into_iter()
        .map(|f| {
            format!(
                "“{}” is a variant the term base forbids (term `{}`): write “{}” {}",
                f.variant, f.term, f.preferred, f.excerpt
            )
        })
        .collect();
    out.extend(super::number_words::number_words(text, locale).into_iter().map(|n| {
        format!(
            "“{}” is a number written as words: write it in digits {}",
            n.words, n.excerpt
        )
    }));
    out.extend(super::number_words::leading_figures(text).into_iter().map(|n| {
        format!(
            "“{}” opens a sentence: move the figure off the front (“After 8 months”, « Au bout de 8 mois ») {}",
            n.words, n.excerpt
        )
    }));
    out
}
