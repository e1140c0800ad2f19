//! The content model: a case is a short story in steps, each asking one question.
//!
//! The model is generic over its text type: `Case<LocalText>` is a source case with every
//! language, `Case<String>` is one language of it, as shipped in a bundle to the browser.

use super::analysis::analyse;
use super::element::Element;
use super::facts::{FactChange, Facts};
use super::frame::Frame;
use super::indicator::Indicator;
use super::verdict::Verdict;
use crate::i18n::{LocalText, Locale};
use serde::{Deserialize, Serialize};

/// A case with its texts in every language.
pub type SourceCase = Case<LocalText>;
/// A case with its texts in one language.
pub type LocalCase = Case<String>;

/// An audience the module is written for; a case can serve several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    CivilSociety,
    Justice,
    Health,
    LawEnforcement,
}

impl Track {
    pub const ALL: [Track; 4] = [
        Track::CivilSociety,
        Track::Justice,
        Track::Health,
        Track::LawEnforcement,
    ];

    /// The track as written in content files and links.
    pub fn code(self) -> &'static str {
        match self {
            Track::CivilSociety => "civil-society",
            Track::Justice => "justice",
            Track::Health => "health",
            Track::LawEnforcement => "law-enforcement",
        }
    }

    pub fn from_code(code: &str) -> Option<Track> {
        Track::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// What a case is about, for filtering the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Consent,
    ChildVictims,
    DebtBondage,
    DomesticServitude,
    ForcedBegging,
    SexualExploitation,
    ForcedLabour,
    OrganRemoval,
    ForcedCriminality,
    MoroccansAbroad,
    TransitMigration,
    SeaDeparture,
    AggravatedSmuggling,
    FraudulentDocuments,
    IrregularMigration,
    LabourExploitation,
    Identification,
    Referral,
    NonPunishment,
    Prosecution,
    Interviewing,
}

impl Topic {
    pub const ALL: [Topic; 21] = [
        Topic::Consent,
        Topic::ChildVictims,
        Topic::DebtBondage,
        Topic::DomesticServitude,
        Topic::ForcedBegging,
        Topic::SexualExploitation,
        Topic::ForcedLabour,
        Topic::OrganRemoval,
        Topic::ForcedCriminality,
        Topic::MoroccansAbroad,
        Topic::TransitMigration,
        Topic::SeaDeparture,
        Topic::AggravatedSmuggling,
        Topic::FraudulentDocuments,
        Topic::IrregularMigration,
        Topic::LabourExploitation,
        Topic::Identification,
        Topic::Referral,
        Topic::NonPunishment,
        Topic::Prosecution,
        Topic::Interviewing,
    ];
}

/// One case of the bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Case<T> {
    /// Stable identifier, kebab-case; used in links and in stored progress.
    pub id: String,
    /// Bumped when a change to the case makes earlier attempts incomparable.
    pub version: u32,
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// The languages the case is written in, in the app's order. The bank's cases have all three
    /// (the default, left out when written); a trainer's case may have one or two, and shows only
    /// in the libraries of those: learners do not expect a case they cannot read.
    #[serde(default = "all_languages", skip_serializing_if = "has_all_languages")]
    pub languages: Vec<Locale>,
    pub title: T,
    /// One or two sentences shown in the library.
    pub summary: T,
    /// Shown before the story when the case may distress; such a case can be skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_warning: Option<T>,
    pub steps: Vec<Step<T>>,
    pub trainer: TrainerNotes<T>,
    /// Where the facts taught come from (references to `shared/reference/domain-facts.md` or named
    /// sources): authors' notes, left out of what learners download (see [`SourceCase::localize`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Ids of the glossary terms the case uses (`content/glossary.toml`).
    #[serde(default)]
    pub glossary: Vec<String>,
    /// When the case was last read against the brief, and by what check: authors' notes, left
    /// out of what learners download, like `sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// Every language of the app: what a case has unless it says otherwise.
pub fn all_languages() -> Vec<Locale> {
    Locale::ALL.to_vec()
}

/// Whether `languages` names every language of the app (so need not be written).
pub fn has_all_languages(languages: &[Locale]) -> bool {
    Locale::ALL.iter().all(|l| languages.contains(l))
}

/// The review trail of a case: `[review] date = "2026-12-04", against = "...", by = "..."`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Review {
    /// The day of the last full read, `YYYY-MM-DD`.
    pub date: String,
    /// What it was read against: the brief and its edition ("domain-facts.md, December 2026").
    pub against: String,
    /// By what check: a reader's audit, the term base, the engine...
    pub by: String,
}

impl Review {
    /// What is wrong with the trail, if anything: a real date, and both texts given.
    pub fn problems(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        if !is_iso_date(&self.date) {
            out.push(("review.date", "write the day of the review as YYYY-MM-DD"));
        }
        if !self.against.contains("domain-facts.md") {
            out.push((
                "review.against",
                "name the brief the case was read against (domain-facts.md and its edition)",
            ));
        }
        if self.by.trim().is_empty() {
            out.push(("review.by", "say by what check the case was reviewed"));
        }
        out
    }
}

/// Whether a text is a calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

/// One moment of a case: a piece of the story and one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Step<T> {
    pub text: T,
    /// The facts at this point; a step without facts keeps the previous step's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Facts>,
    /// The author's verdict for the facts under each frame; tests check it against the engine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<FrameVerdicts>,
    pub question: Question<T>,
    /// What the author wants the learner to take from this step, shown with the feedback.
    pub explanation: T,
}

/// A verdict under each frame of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FrameVerdicts {
    pub international: Verdict,
    pub morocco: Verdict,
}

impl FrameVerdicts {
    pub fn get(&self, frame: Frame) -> Verdict {
        match frame {
            Frame::International => self.international,
            Frame::Morocco => self.morocco,
        }
    }
}

/// The question a step asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Question<T> {
    /// Trafficking, smuggling, both or neither, under one frame of law.
    Classify { prompt: T, frame: Frame, answer: Verdict },
    /// Tick the legal elements present; partial credit.
    Elements {
        prompt: T,
        frame: Frame,
        options: Vec<Element>,
        answer: Vec<Element>,
    },
    /// What should you, in your role, do next; one or several right answers.
    Action {
        prompt: T,
        #[serde(default)]
        multiple: bool,
        options: Vec<ActionOption<T>>,
    },
    /// Tap the sentences of the story that are indicators of trafficking.
    Indicators { prompt: T, sentences: Vec<Sentence<T>> },
    /// Which one change of the facts would turn the verdict into `target`? The key is derived
    /// by the engine, which applies each change, so it cannot be wrong.
    WhatIf {
        prompt: T,
        frame: Frame,
        target: Verdict,
        options: Vec<FactChange>,
        /// Filled by the build from the engine; an author who writes it must agree with the engine.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        answer: Vec<usize>,
    },
}

/// A sentence of the story in an indicator question, and the indicator it shows, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Sentence<T> {
    pub text: T,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Indicator>,
}

/// The options of a what-if question that reach the target verdict, by the engine.
pub fn what_if_key(facts: &Facts, frame: Frame, target: Verdict, options: &[FactChange]) -> Vec<usize> {
    (0..options.len())
        .filter(|i| analyse(&options[*i].apply(facts), frame).verdict == target)
        .collect()
}

impl<T> Question<T> {
    pub fn prompt(&self) -> &T {
        match self {
            Question::Classify { prompt, .. }
            | Question::Elements { prompt, .. }
            | Question::Action { prompt, .. }
            | Question::Indicators { prompt, .. }
            | Question::WhatIf { prompt, .. } => prompt,
        }
    }

    /// How many options the learner chooses from.
    pub fn option_count(&self) -> usize {
        match self {
            Question::Classify { .. } => Verdict::ALL.len(),
            Question::Elements { options, .. } => options.len(),
            Question::Action { options, .. } => options.len(),
            Question::Indicators { sentences, .. } => sentences.len(),
            Question::WhatIf { options, .. } => options.len(),
        }
    }

    /// Whether the learner may pick more than one option.
    pub fn is_multiple(&self) -> bool {
        match self {
            Question::Classify { .. } | Question::WhatIf { .. } => false,
            Question::Elements { .. } | Question::Indicators { .. } => true,
            Question::Action { multiple, .. } => *multiple,
        }
    }

    /// The indices of the right options.
    pub fn correct_options(&self) -> Vec<usize> {
        match self {
            Question::Classify { answer, .. } => Verdict::ALL.iter().position(|v| v == answer).into_iter().collect(),
            Question::Elements { options, answer, .. } => {
                (0..options.len()).filter(|i| answer.contains(&options[*i])).collect()
            }
            Question::Action { options, .. } => (0..options.len()).filter(|i| options[*i].correct).collect(),
            Question::Indicators { sentences, .. } => (0..sentences.len())
                .filter(|i| sentences[*i].indicator.is_some())
                .collect(),
            Question::WhatIf { answer, .. } => answer.clone(),
        }
    }
}

/// One possible action, with why it is right or wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ActionOption<T> {
    pub text: T,
    pub correct: bool,
    pub feedback: T,
}

/// What a trainer needs to run the case in a room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TrainerNotes<T> {
    /// The point the case teaches.
    pub point: T,
    /// Questions to open the discussion.
    pub questions: Vec<T>,
}

impl<T> Case<T> {
    /// Whether the case is written in `locale`.
    pub fn has_language(&self, locale: Locale) -> bool {
        self.languages.contains(&locale)
    }

    /// The facts in force at each step: a step without facts keeps the previous step's.
    pub fn effective_facts(&self) -> Vec<Option<&Facts>> {
        let mut current: Option<&Facts> = None;
        self.steps
            .iter()
            .map(|step| {
                if let Some(facts) = &step.facts {
                    current = Some(facts);
                }
                current
            })
            .collect()
    }

    /// The facts at the end of the case, which decide its overall verdict.
    pub fn final_facts(&self) -> Option<&Facts> {
        self.effective_facts().into_iter().flatten().last()
    }

    /// Whether the facts change along the way.
    pub fn is_multi_step(&self) -> bool {
        self.steps.iter().filter(|s| s.facts.is_some()).count() > 1
    }

    /// Rewrites every text with `f`, keeping the structure.
    pub fn map_text<U>(&self, f: &impl Fn(&T) -> U) -> Case<U> {
        Case {
            id: self.id.clone(),
            version: self.version,
            tracks: self.tracks.clone(),
            topics: self.topics.clone(),
            languages: self.languages.clone(),
            title: f(&self.title),
            summary: f(&self.summary),
            content_warning: self.content_warning.as_ref().map(f),
            steps: self
                .steps
                .iter()
                .map(|step| Step {
                    text: f(&step.text),
                    facts: step.facts.clone(),
                    verdict: step.verdict,
                    question: match &step.question {
                        Question::Classify { prompt, frame, answer } => Question::Classify {
                            prompt: f(prompt),
                            frame: *frame,
                            answer: *answer,
                        },
                        Question::Elements {
                            prompt,
                            frame,
                            options,
                            answer,
                        } => Question::Elements {
                            prompt: f(prompt),
                            frame: *frame,
                            options: options.clone(),
                            answer: answer.clone(),
                        },
                        Question::Action {
                            prompt,
                            multiple,
                            options,
                        } => Question::Action {
                            prompt: f(prompt),
                            multiple: *multiple,
                            options: options
                                .iter()
                                .map(|o| ActionOption {
                                    text: f(&o.text),
                                    correct: o.correct,
                                    feedback: f(&o.feedback),
                                })
                                .collect(),
                        },
                        Question::Indicators { prompt, sentences } => Question::Indicators {
                            prompt: f(prompt),
                            sentences: sentences
                                .iter()
                                .map(|x| Sentence {
                                    text: f(&x.text),
                                    indicator: x.indicator,
                                })
                                .collect(),
                        },
                        Question::WhatIf {
                            prompt,
                            frame,
                            target,
                            options,
                            answer,
                        } => Question::WhatIf {
                            prompt: f(prompt),
                            frame: *frame,
                            target: *target,
                            options: options.clone(),
                            answer: answer.clone(),
                        },
                    },
                    explanation: f(&step.explanation),
                })
                .collect(),
            trainer: TrainerNotes {
                point: f(&self.trainer.point),
                questions: self.trainer.questions.iter().map(f).collect(),
            },
            sources: self.sources.clone(),
            glossary: self.glossary.clone(),
            review: self.review.clone(),
        }
    }
}

impl<T> Case<T> {
    /// Fills the keys the engine derives (what-if questions) from each step's facts.
    pub fn derive_keys(&mut self) {
        let facts: Vec<Option<Facts>> = self.effective_facts().into_iter().map(|f| f.cloned()).collect();
        for (step, facts) in self.steps.iter_mut().zip(facts) {
            if let (
                Question::WhatIf {
                    frame,
                    target,
                    options,
                    answer,
                    ..
                },
                Some(facts),
            ) = (&mut step.question, facts)
            {
                *answer = what_if_key(&facts, *frame, *target, options);
            }
        }
    }
}

impl SourceCase {
    /// This case in one language, typeset for it. The authors' `sources` (notes on where the facts
    /// come from, for them and reviewers) and review trail stay out: learners never see them.
    pub fn localize(&self, locale: Locale) -> LocalCase {
        let mut case = self.map_text(&|t: &LocalText| t.typeset(locale));
        case.sources.clear();
        case.review = None;
        case
    }
}
