//! The live checks: every problem the content checks and the pack checks find in the case a draft
//! would make, each with the field it concerns (so the editor shows it beside that field) and said
//! in the trainer's language; and the translations still missing, listed, never filled in.

use super::draft::Draft;
use crate::domain::pack::{export_pack, read_pack, PackContext};
use crate::domain::text_fields::case_texts;
use crate::i18n::Locale;

/// One problem, where it is and what it is, in the trainer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// As the checks name it: `steps[1].question.answer`, `title.fr`; `pack` for the pack's name.
    pub field: String,
    pub message: String,
}

/// The name a draft's checks give a pack when the trainer has not chosen one yet.
const CHECK_PACK_NAME: &str = "draft";

/// Every problem of the draft's case, as if it were saved into the pack named `pack`: the same
/// reading and checks a pack file goes through (so what passes here is accepted there).
pub fn live_checks(draft: &Draft, ctx: &PackContext, pack: Option<&str>, l: Locale) -> Vec<FieldProblem> {
    let case = draft.to_case();
    let name = pack.unwrap_or(CHECK_PACK_NAME);
    let file = export_pack(name, std::slice::from_ref(&case));
    match read_pack(file.as_bytes(), ctx) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(|p| FieldProblem {
                field: if p.case.is_none() {
                    "pack".into()
                } else {
                    p.field.clone()
                },
                message: p.message(l),
            })
            .collect(),
    }
}

/// The problems of one field and of what it holds (`steps[0]` holds `steps[0].question.answer`).
pub fn problems_at<'a>(problems: &'a [FieldProblem], path: &str) -> Vec<&'a FieldProblem> {
    problems
        .iter()
        .filter(|p| {
            p.field == path
                || p.field
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .collect()
}

/// For each language the case is written in, the fields still empty in it (`title`,
/// `steps[0].text`...), in reading order; languages with none are left out.
pub fn missing_translations(draft: &Draft) -> Vec<(Locale, Vec<String>)> {
    let case = &draft.case;
    Locale::ALL
        .into_iter()
        .filter(|l| case.languages.contains(l))
        .filter_map(|l| {
            let missing: Vec<String> = case_texts(case)
                .into_iter()
                .filter(|(_, t)| t.get(l).trim().is_empty())
                .map(|(field, _)| field)
                .collect();
            (!missing.is_empty()).then_some((l, missing))
        })
        .collect()
}

/// The languages something is written in, though the case may not list them yet.
pub fn written_languages(draft: &Draft) -> Vec<Locale> {
    Locale::ALL
        .into_iter()
        .filter(|l| {
            draft.case.languages.contains(l)
                || case_texts(&draft.case)
                    .iter()
                    .any(|(_, t)| !t.get(*l).trim().is_empty())
        })
        .collect()
}
