//! A draft: a case as the trainer is writing it, in any state. It is kept whole on the device as it
//! is typed; [`Draft::to_case`] turns it into the case the checks read and a pack carries, with
//! the verdicts and the keys the engine derives filled in.

use crate::domain::analysis::analyse;
use crate::domain::case::{ActionOption, FrameVerdicts, Question, SourceCase, Step, TrainerNotes};
use crate::domain::facts::Facts;
use crate::domain::frame::Frame;
use crate::domain::verdict::Verdict;
use crate::i18n::{LocalText, Locale};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A case being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Draft {
    /// The draft's own key on the device; the case's id may change, this never does.
    pub id: String,
    /// When it was last changed, in milliseconds since 1970: the newer of two copies wins.
    pub updated: u64,
    pub case: SourceCase,
    /// The pack it was last saved into, so saving again replaces it there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
}

/// `base`, or `base-2`, `base-3`... the first not in `taken`, as a kebab-case id.
pub fn unique_id(base: &str, taken: &BTreeSet<String>) -> String {
    let mut slug = String::new();
    for c in base.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    let slug = if slug.is_empty() { "case" } else { slug };
    if !taken.contains(slug) {
        return slug.to_string();
    }
    (2..)
        .map(|n| format!("{slug}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("some number is free")
}

/// The verdict the engine gives `facts` under `frame`, when the law does not leave it open.
pub fn engine_verdict(facts: &Facts, frame: Frame) -> Option<Verdict> {
    let analysis = analyse(facts, frame);
    (!analysis.verdict_is_open()).then_some(analysis.verdict)
}

impl Draft {
    /// A blank case in `locale`: one step, no facts yet, a classify question keyed by the engine.
    pub fn blank(id: &str, locale: Locale, taken: &BTreeSet<String>, now: u64) -> Draft {
        let facts = Facts::default();
        let answer = engine_verdict(&facts, Frame::International).unwrap_or(Verdict::Neither);
        Draft {
            id: id.to_string(),
            updated: now,
            pack: None,
            case: SourceCase {
                id: unique_id("new-case", taken),
                version: 1,
                tracks: Vec::new(),
                topics: Vec::new(),
                languages: vec![locale],
                title: LocalText::default(),
                summary: LocalText::default(),
                content_warning: None,
                steps: vec![Step {
                    text: LocalText::default(),
                    facts: Some(facts),
                    verdict: None,
                    question: Question::Classify {
                        prompt: LocalText::default(),
                        frame: Frame::International,
                        answer,
                    },
                    explanation: LocalText::default(),
                }],
                trainer: TrainerNotes {
                    point: LocalText::default(),
                    questions: vec![LocalText::default()],
                },
                sources: Vec::new(),
                glossary: Vec::new(),
                review: None,
            },
        }
    }

    /// A copy of a case (of the bank or of a pack) to make one's own: a new id, no review trail
    /// (the copy has not been reviewed), not yet in any pack.
    pub fn copy_of(id: &str, case: &SourceCase, taken: &BTreeSet<String>, now: u64) -> Draft {
        let mut case = case.clone();
        case.id = unique_id(&format!("{}-copy", case.id), taken);
        case.version = 1;
        case.review = None;
        Draft {
            id: id.to_string(),
            updated: now,
            case,
            pack: None,
        }
    }

    /// A case of a pack on the device, to change and save back into that pack (same id).
    pub fn edit_of(id: &str, case: &SourceCase, pack: &str, now: u64) -> Draft {
        Draft {
            id: id.to_string(),
            updated: now,
            case: case.clone(),
            pack: Some(pack.to_string()),
        }
    }

    /// The case as it would be saved: texts only in its languages (another language's text stays
    /// in the draft, never in the case), each step's verdicts and the elements and what-if keys
    /// from the engine. The classify key and the action key stay the trainer's: the checks say
    /// when the engine contradicts them.
    pub fn to_case(&self) -> SourceCase {
        let languages: Vec<Locale> = Locale::ALL
            .into_iter()
            .filter(|l| self.case.languages.contains(l))
            .collect();
        let keep = |t: &LocalText| {
            let mut out = LocalText::default();
            for l in &languages {
                *out.get_mut(*l) = t.get(*l).trim().to_string();
            }
            out
        };
        let mut case = self.case.map_text(&keep);
        case.languages = languages.clone();
        if case
            .content_warning
            .as_ref()
            .is_some_and(|w| languages.iter().all(|l| w.get(*l).is_empty()))
        {
            // A warning ticked but not yet written is reported by the checks as missing text.
            case.content_warning = Some(LocalText::default());
        }
        let facts: Vec<Option<Facts>> = case.effective_facts().into_iter().map(|f| f.cloned()).collect();
        for (step, facts) in case.steps.iter_mut().zip(facts) {
            let Some(facts) = facts else { continue };
            if step.facts.is_some() {
                step.verdict = Some(FrameVerdicts {
                    international: analyse(&facts, Frame::International).verdict,
                    morocco: analyse(&facts, Frame::Morocco).verdict,
                });
            }
            if let Question::Elements {
                frame, options, answer, ..
            } = &mut step.question
            {
                *answer = options
                    .iter()
                    .copied()
                    .filter(|e| e.is_present(&facts, *frame))
                    .collect();
            }
        }
        case.derive_keys();
        case
    }
}

/// A new, empty action option, not correct.
pub fn blank_option() -> ActionOption<LocalText> {
    ActionOption {
        text: LocalText::default(),
        correct: false,
        feedback: LocalText::default(),
    }
}
