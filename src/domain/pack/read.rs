//! Reading a pack file: every check runs on the whole file before anything is accepted, and
//! every problem is reported, by case and field.

use super::problem::{Expected, PackError, PackProblem};
use super::{Pack, MAX_NAME_CHARS, MAX_PACK_BYTES, MAX_PACK_CASES, PACK_KIND, PACK_SCHEMA};
use crate::domain::case::SourceCase;
use crate::domain::validate::validate_case;
use crate::storage::envelope::APP_ID;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What a pack is checked against: the ids already taken and the glossary its cases may name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackContext {
    /// Ids of the built-in bank.
    pub bank_ids: BTreeSet<String>,
    /// Ids of the cases of packs already added, with their pack's name.
    pub pack_ids: BTreeMap<String, String>,
    /// Ids of the glossary terms; `None` skips the check (when the glossary is not at hand).
    pub glossary: Option<BTreeSet<String>>,
}

/// The top-level fields of a pack file.
const PACK_FIELDS: [&str; 5] = ["app", "kind", "schema", "name", "cases"];

/// Reads and checks a whole pack; on any problem, returns all of them and accepts nothing.
pub fn read_pack(bytes: &[u8], ctx: &PackContext) -> Result<Pack, Vec<PackProblem>> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(vec![PackProblem::pack(PackError::TooLarge)]);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![PackProblem::pack(PackError::NotJson {
            line: e.line(),
            column: e.column(),
        })]
    })?;
    read_pack_value(value, ctx)
}

/// Like [`read_pack`], for a file already parsed (packs kept on the device are read this way).
pub fn read_pack_value(value: Value, ctx: &PackContext) -> Result<Pack, Vec<PackProblem>> {
    let Value::Object(mut file) = value else {
        return Err(vec![PackProblem::pack(PackError::NotPack)]);
    };
    if file.get("app").and_then(Value::as_str) != Some(APP_ID)
        || file.get("kind").and_then(Value::as_str) != Some(PACK_KIND)
    {
        return Err(vec![PackProblem::pack(PackError::NotPack)]);
    }
    match file.get("schema").and_then(Value::as_u64) {
        Some(PACK_SCHEMA) => {}
        Some(schema) if schema > PACK_SCHEMA => {
            return Err(vec![PackProblem::pack(PackError::FromFuture { schema })]);
        }
        _ => return Err(vec![PackProblem::pack(PackError::BadSchema)]),
    }
    let mut problems = Vec::new();
    for key in file.keys().filter(|k| !PACK_FIELDS.contains(&k.as_str())) {
        problems.push(PackProblem::pack(PackError::UnknownField { name: key.clone() }));
    }
    let name = file
        .get("name")
        .and_then(Value::as_str)
        .map(|n| n.trim().to_string())
        .unwrap_or_default();
    let name_chars = name.chars().count();
    if name_chars == 0 || name_chars > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        problems.push(PackProblem::pack(PackError::BadName));
    }
    let cases = match file.remove("cases") {
        Some(Value::Array(cases)) => cases,
        Some(_) => {
            problems.push(PackProblem {
                case: None,
                field: "cases".into(),
                error: PackError::WrongType {
                    expected: Expected::List,
                },
            });
            return Err(problems);
        }
        None => {
            problems.push(PackProblem::pack(PackError::MissingField { name: "cases".into() }));
            return Err(problems);
        }
    };
    if cases.is_empty() {
        problems.push(PackProblem::pack(PackError::NoCases));
    }
    if cases.len() > MAX_PACK_CASES {
        problems.push(PackProblem::pack(PackError::TooManyCases { count: cases.len() }));
        return Err(problems);
    }

    let mut parsed: Vec<SourceCase> = Vec::new();
    for (i, case) in cases.into_iter().enumerate() {
        // Problems are named by the case's id as written, or by its position when it has none.
        let label = case
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{}", i + 1));
        match serde_path_to_error::deserialize::<_, SourceCase>(case) {
            Ok(case) => parsed.push(case),
            Err(e) => {
                let field = e.path().to_string();
                let field = if field == "." { String::new() } else { field };
                let error = classify_serde(&field, &e.inner().to_string());
                problems.push(PackProblem::case(&label, field, error));
            }
        }
    }

    let mut seen = BTreeSet::new();
    for case in &parsed {
        problems.extend(validate_case(case).iter().map(PackProblem::from_content));
        if !seen.insert(case.id.as_str()) {
            problems.push(PackProblem::case(&case.id, "id", PackError::DuplicateId));
        }
        if ctx.bank_ids.contains(&case.id) {
            problems.push(PackProblem::case(&case.id, "id", PackError::IdInBank));
        }
        // A pack added again under the same name replaces itself, so its own ids are free.
        if let Some(pack) = ctx.pack_ids.get(&case.id).filter(|p| **p != name) {
            problems.push(PackProblem::case(
                &case.id,
                "id",
                PackError::IdInPack { pack: pack.clone() },
            ));
        }
        if let Some(glossary) = &ctx.glossary {
            for term in case.glossary.iter().filter(|t| !glossary.contains(*t)) {
                problems.push(PackProblem::case(
                    &case.id,
                    "glossary",
                    PackError::UnknownTerm { id: term.clone() },
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(Pack { name, cases: parsed })
    } else {
        Err(problems)
    }
}

/// The first word between backticks of a parser message: the field, value or fact named.
fn quoted(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// Types a parser error; `field` is where it happened.
fn classify_serde(field: &str, message: &str) -> PackError {
    // The parser names positions in the file; a case read from a value has none.
    let message = message.split(" at line ").next().unwrap_or(message);
    let in_facts = field.split('.').any(|part| part.starts_with("facts"));
    let name = quoted(message).unwrap_or_default();
    if message.starts_with("unknown fact ") || (in_facts && message.starts_with("unknown variant ")) {
        return PackError::UnknownFact { value: name };
    }
    if message.starts_with("unknown field ") {
        return if field.ends_with("facts") {
            PackError::UnknownFact { value: name }
        } else {
            PackError::UnknownField { name }
        };
    }
    if message.starts_with("missing field ") {
        return match crate::i18n::Locale::from_code(&name) {
            Some(locale) => PackError::MissingLanguage { locale },
            None => PackError::MissingField { name },
        };
    }
    if message.starts_with("unknown variant ") {
        return PackError::UnknownValue { value: name };
    }
    if let Some((_, expected)) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|m| m.rsplit_once(", expected "))
    {
        let expected = if expected.contains("string") || expected.contains("identifier") {
            Some(Expected::Text)
        } else if expected.contains("bool") {
            Some(Expected::Bool)
        } else if ["u8", "u16", "u32", "u64", "usize", "integer", "number"]
            .iter()
            .any(|n| expected.contains(n))
        {
            Some(Expected::Number)
        } else if expected.contains("sequence") || expected.contains("array") {
            Some(Expected::List)
        } else if expected.contains("struct") || expected.contains("map") || expected.contains("enum") {
            Some(Expected::Object)
        } else {
            None
        };
        if let Some(expected) = expected {
            return PackError::WrongType { expected };
        }
    }
    PackError::Unreadable {
        detail: message.to_string(),
    }
}
