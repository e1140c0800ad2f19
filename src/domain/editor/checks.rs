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

/// A field's name for the trainer, in their language: `steps[1].question.options[0].feedback.fr`
/// reads "Step 2 · Feedback on option 1 (Français)". A path the editor does not know is shown as it is.
pub fn field_label(path: &str, l: Locale) -> String {
    use crate::i18n::editor_catalogue::EditorMsg as M;
    use crate::i18n::placeholders::fill;
    let (path, language) = match path.rsplit_once('.') {
        Some((rest, code)) if Locale::from_code(code).is_some() => (rest, Locale::from_code(code)),
        _ => (path, None),
    };
    let index = |s: &str, name: &str| -> Option<(usize, String)> {
        let rest = s.strip_prefix(name)?.strip_prefix('[')?;
        let (n, after) = rest.split_once(']')?;
        Some((n.parse().ok()?, after.trim_start_matches('.').to_string()))
    };
    let n = |i: usize| (i + 1).to_string();
    let named = |m: M, i: usize| fill(m.text(l), &[("n", &n(i))]);
    let label = match path {
        "id" => Some(M::FieldId.text(l).to_string()),
        "title" => Some(M::FieldTitle.text(l).to_string()),
        "summary" => Some(M::FieldSummary.text(l).to_string()),
        "content-warning" => Some(M::FieldWarning.text(l).to_string()),
        "tracks" => Some(M::FieldTracks.text(l).to_string()),
        "topics" => Some(M::FieldTopics.text(l).to_string()),
        "languages" => Some(M::LanguagesHeading.text(l).to_string()),
        "trainer.point" => Some(M::FieldPoint.text(l).to_string()),
        "trainer.questions" => Some(M::AddDiscussion.text(l).to_string()),
        other => {
            if let Some((i, _)) = index(other, "trainer.questions") {
                Some(named(M::FieldDiscussion, i))
            } else if let Some((s, rest)) = index(other, "steps") {
                let part = match rest.as_str() {
                    "" => None,
                    "text" => Some(M::FieldStory.text(l).to_string()),
                    "explanation" => Some(M::FieldExplanation.text(l).to_string()),
                    "facts" | "verdict" | "verdict.international" | "verdict.morocco" => {
                        Some(M::FactsHeading.text(l).to_string())
                    }
                    "question.prompt" => Some(M::FieldPrompt.text(l).to_string()),
                    "question.answer" => Some(M::FieldKey.text(l).to_string()),
                    "question.frame" => Some(M::FieldFrame.text(l).to_string()),
                    "question.target" => Some(M::WhatIfTarget.text(l).to_string()),
                    "question.multiple" => Some(M::Multiple.text(l).to_string()),
                    q => match q.strip_prefix("question.").and_then(|o| {
                        index(o, "options")
                            .map(|(j, f)| (j, f, true))
                            .or_else(|| index(o, "sentences").map(|(j, f)| (j, f, false)))
                    }) {
                        Some((j, f, true)) if f == "feedback" => Some(named(M::OptionFeedback, j)),
                        Some((j, _, true)) => Some(named(M::OptionText, j)),
                        Some((j, _, false)) => Some(named(M::SentenceText, j)),
                        None => Some(M::QuestionHeading.text(l).to_string()),
                    },
                };
                let step = named(M::StepHeading, s);
                Some(match part {
                    Some(part) => format!("{step} · {part}"),
                    None => step,
                })
            } else {
                None
            }
        }
    };
    let label = label.unwrap_or_else(|| path.to_string());
    match language {
        Some(language) => format!("{label} ({})", language.native_name()),
        None => label,
    }
}
