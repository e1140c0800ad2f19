//! Reading the content sources (TOML files under `content/cases/`) and compiling them into
//! one JSON bundle per language. Native only: the browser receives the compiled bundles.

use super::case::{Bundle, SourceCase};
use super::validate::validate_bank;
use crate::i18n::Locale;
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

/// Parses one case file.
pub fn parse_case(file: &Path, text: &str) -> Result<SourceCase, SourceError> {
    toml::from_str::<SourceCase>(text).map_err(|e| SourceError {
        file: file.to_path_buf(),
        message: e.to_string(),
    })
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

/// A short, stable hash of the sources (FNV-1a, 64 bits), recorded with each attempt.
pub fn content_version(loaded: &[LoadedCase]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for case in loaded {
        for byte in case.text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")[..10].to_string()
}

/// The bundle of one language.
pub fn bundle(loaded: &[LoadedCase], locale: Locale) -> Bundle {
    Bundle {
        locale,
        content_version: content_version(loaded),
        cases: loaded.iter().map(|l| l.case.localize(locale)).collect(),
    }
}
