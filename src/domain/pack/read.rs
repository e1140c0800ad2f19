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
    // A name must show something, and must not turn the direction of the app's text around it.
    if name_chars == 0
        || name_chars > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
        || !crate::i18n::user_text::is_visible(&name)
        || crate::i18n::user_text::has_direction_controls(&name)
    {
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
        match read_case(case) {
            Ok(case) => parsed.push(case),
            Err(found) => problems.extend(
                found
                    .into_iter()
                    .map(|(field, error)| PackProblem::case(&label, field, error)),
            ),
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

/// The most structural problems listed for one case; past it, the case is surely not a tipsom case.
const MAX_CASE_PROBLEMS: usize = 50;

/// Reads one case, listing every structural problem, not only the first: serde stops at the first,
/// so each problem found is set aside in a copy of the case (an unknown field removed, a wrong
/// value replaced by one of the expected type) and the copy read again. What the stand-in values
/// then cause is not reported, since the trainer did not write it.
fn read_case(mut case: Value) -> Result<SourceCase, Vec<(String, PackError)>> {
    let mut found: Vec<(String, PackError)> = Vec::new();
    let mut stand_ins: Vec<String> = Vec::new();
    for _ in 0..MAX_CASE_PROBLEMS * 3 {
        let error = match serde_path_to_error::deserialize::<_, SourceCase>(case.clone()) {
            Ok(read) if found.is_empty() => return Ok(read),
            Ok(_) => return Err(found),
            Err(e) => e,
        };
        let segments: Vec<String> = error.path().iter().map(segment_name).collect();
        let field = error.path().to_string();
        let field = if field == "." { String::new() } else { field };
        let message = error.inner().to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        let from_stand_in = stand_ins
            .iter()
            .any(|s| field == *s || field.starts_with(&format!("{s}.")) || field.starts_with(&format!("{s}[")));
        if !from_stand_in {
            let problem = (field.clone(), classify_serde(&field, &message));
            if found.contains(&problem) || found.len() >= MAX_CASE_PROBLEMS {
                return Err(found);
            }
            found.push(problem);
        }
        match set_aside(&mut case, &segments, &message) {
            Some(stand_in) => stand_ins.push(stand_in.unwrap_or(field)),
            None => return Err(found),
        }
    }
    Err(found)
}

/// A path segment as `serde_path_to_error` names it, for walking the value.
fn segment_name(segment: &serde_path_to_error::Segment) -> String {
    match segment {
        serde_path_to_error::Segment::Seq { index } => format!("[{index}]"),
        serde_path_to_error::Segment::Map { key } => key.clone(),
        serde_path_to_error::Segment::Enum { variant } => variant.clone(),
        serde_path_to_error::Segment::Unknown => "?".into(),
    }
}

/// The value at a path, if it is there.
fn value_at<'a>(value: &'a mut Value, segments: &[String]) -> Option<&'a mut Value> {
    segments.iter().try_fold(value, |v, segment| {
        match segment.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            Some(index) => v.get_mut(index.parse::<usize>().ok()?),
            None => v.get_mut(segment.as_str()),
        }
    })
}

/// A value of the type a parser message expects.
fn stand_in(message: &str) -> Value {
    let expected = message.rsplit_once("expected ").map_or("", |(_, e)| e);
    if let Some(first) = expected.strip_prefix("one of `").or_else(|| expected.strip_prefix('`')) {
        return Value::String(first.split('`').next().unwrap_or_default().to_string());
    }
    if expected.contains("bool") {
        Value::Bool(false)
    } else if ["u8", "u16", "u32", "u64", "usize", "integer", "number", "f64"]
        .iter()
        .any(|n| expected.contains(n))
    {
        Value::from(0)
    } else if expected.contains("sequence") || expected.contains("array") || expected.contains("tuple") {
        Value::Array(Vec::new())
    } else if expected.contains("struct") || expected.contains("map") {
        Value::Object(Default::default())
    } else {
        Value::String(String::new())
    }
}

/// Sets the problem at `segments` aside in `case`, so the next reading goes further; `None` when
/// it cannot be set aside. The outer option names a stand-in placed elsewhere than the path.
fn set_aside(case: &mut Value, segments: &[String], message: &str) -> Option<Option<String>> {
    let named = quoted(message).unwrap_or_default();
    if message.starts_with("unknown field ") {
        // The path may end at the unknown key itself, or at the object holding it.
        let holder = if segments.last() == Some(&named) {
            &segments[..segments.len() - 1]
        } else {
            segments
        };
        value_at(case, holder)?.as_object_mut()?.remove(&named)?;
        return Some(None);
    }
    if message.starts_with("missing field ") {
        value_at(case, segments)?
            .as_object_mut()?
            .insert(named.clone(), Value::Null);
        let mut path: Vec<String> = segments.to_vec();
        path.push(named);
        return Some(Some(join_path(&path)));
    }
    let (last, holder) = segments.split_last()?;
    // A variant named by a member (a question's `kind`) decides how the whole object is read: the
    // object's other members are then read as another kind's, which the trainer did not write.
    let whole_object = message.starts_with("unknown variant") && !last.starts_with('[');
    let replacement = if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("unknown variant")
    {
        Some(stand_in(message))
    } else {
        None
    };
    match (value_at(case, holder)?, replacement) {
        (Value::Array(items), None) => {
            let index: usize = last.strip_prefix('[')?.strip_suffix(']')?.parse().ok()?;
            (index < items.len()).then(|| items.remove(index))?;
        }
        (Value::Object(members), None) => {
            members.remove(last)?;
        }
        (holder, Some(value)) => {
            let slot = value_at(holder, std::slice::from_ref(last))?;
            if *slot == value {
                return None;
            }
            *slot = value;
        }
        _ => return None,
    }
    Some(whole_object.then(|| join_path(holder)))
}

/// A path as `serde_path_to_error` prints it (`steps[0].question`).
fn join_path(segments: &[String]) -> String {
    let mut out = String::new();
    for segment in segments {
        if !segment.starts_with('[') && !out.is_empty() {
            out.push('.');
        }
        out.push_str(segment);
    }
    out
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
