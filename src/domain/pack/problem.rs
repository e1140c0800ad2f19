//! What can be wrong with a pack, named by case and field, and said in the learner's language.
//!
//! The content checks (`validate_case`) word their findings in English for authors' tools; here
//! each finding becomes a typed issue, so the browser can say it in French or Arabic too.

use crate::domain::element::Element;
use crate::domain::frame::Frame;
use crate::domain::validate::ContentError;
use crate::domain::verdict::Verdict;
use crate::i18n::packs_catalogue::PackMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale};
use std::fmt;

/// One problem of a pack: where it is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// The case's id (or `#3` when it has none); `None` for the pack as a whole.
    pub case: Option<String>,
    /// The field, as a path in the case: `steps[1].question.answer`; empty for the whole case.
    pub field: String,
    pub error: PackError,
}

/// What kind of type a field wanted, when it got another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Bool,
    Number,
    List,
    Object,
}

/// Why a pack, or one of its cases, is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    TooLarge,
    TooManyCases {
        count: usize,
    },
    NoCases,
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a tipsom pack.
    NotPack,
    FromFuture {
        schema: u64,
    },
    BadSchema,
    BadName,
    UnknownField {
        name: String,
    },
    MissingField {
        name: String,
    },
    MissingLanguage {
        locale: Locale,
    },
    WrongType {
        expected: Expected,
    },
    UnknownValue {
        value: String,
    },
    UnknownFact {
        value: String,
    },
    /// Any other reading error, in the parser's words.
    Unreadable {
        detail: String,
    },
    DuplicateId,
    IdInBank,
    IdInPack {
        pack: String,
    },
    UnknownTerm {
        id: String,
    },
    /// A finding of the content checks or the legal engine.
    Content(ContentIssue),
}

/// A finding of [`crate::domain::validate::validate_case`], typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentIssue {
    IdFormat,
    /// The list of the case's languages is empty or names one twice.
    Languages,
    NoTrack,
    NoArabicScript,
    FrenchCopy,
    Placeholders,
    NoDiscussion,
    NoSteps,
    VerdictMissing,
    /// A stated verdict or classify key that the engine contradicts.
    Contradicts {
        stated: Verdict,
        derived: Verdict,
        frame: Frame,
    },
    NeedsFacts,
    ElementsOptions,
    AnswerNotOption {
        element: Element,
    },
    /// An elements key that the engine contradicts: the element is `present` or not.
    ElementKey {
        element: Element,
        present: bool,
        frame: Frame,
    },
    IndicatorsMarks,
    WhatIfReached,
    WhatIfNoChange,
    WhatIfOptions {
        found: usize,
    },
    WhatIfAnswer,
    ActionOptions,
    ActionNoCorrect,
    ActionMultiple,
    /// A classify key that rests on an open question of law under `frame` (brief §9).
    OpenQuestionKey {
        frame: Frame,
    },
    /// A what-if question whose verdict, or one of whose changes, rests on an open question.
    WhatIfOpen,
    /// The facts of a step contradict each other.
    FactsContradict,
    /// A finding this module does not know yet, in English; a test keeps this list complete.
    Other(String),
}

impl PackProblem {
    pub fn pack(error: PackError) -> Self {
        PackProblem {
            case: None,
            field: String::new(),
            error,
        }
    }

    pub fn case(case: &str, field: impl Into<String>, error: PackError) -> Self {
        PackProblem {
            case: Some(case.to_string()),
            field: field.into(),
            error,
        }
    }

    /// A finding of the content checks, typed.
    pub fn from_content(error: &ContentError) -> Self {
        let issue = ContentIssue::parse(&error.message);
        // "Missing text" is said per language, which the field names (`title.fr`).
        let error_kind = match (&issue, error.field.rsplit('.').next().and_then(Locale::from_code)) {
            (ContentIssue::Other(m), Some(locale)) if m == "missing text in this language" => {
                PackError::MissingLanguage { locale }
            }
            _ => PackError::Content(issue),
        };
        PackProblem::case(&error.case, error.field.clone(), error_kind)
    }

    /// The problem in one language, without its place.
    pub fn message(&self, l: Locale) -> String {
        self.error.text(l)
    }
}

impl fmt::Display for PackProblem {
    /// The English line the command-line check prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.case {
            None => write!(f, "pack: {}", self.message(Locale::En)),
            Some(case) if self.field.is_empty() => write!(f, "case `{case}`: {}", self.message(Locale::En)),
            Some(case) => write!(f, "case `{case}`, field `{}`: {}", self.field, self.message(Locale::En)),
        }
    }
}

fn language_name(locale: Locale, l: Locale) -> &'static str {
    let names = match locale {
        Locale::En => ["English", "anglais", "الإنجليزية"],
        Locale::Fr => ["French", "français", "الفرنسية"],
        Locale::Ar => ["Arabic", "arabe", "العربية"],
    };
    match l {
        Locale::En => names[0],
        Locale::Fr => names[1],
        Locale::Ar => names[2],
    }
}

impl PackError {
    /// The message in one language.
    pub fn text(&self, l: Locale) -> String {
        let t = |m: PackMsg| m.text(l).to_string();
        let f = |m: PackMsg, values: &[(&str, &str)]| fill(m.text(l), values);
        match self {
            PackError::TooLarge => t(PackMsg::ErrTooLarge),
            PackError::TooManyCases { count } => f(PackMsg::ErrTooManyCases, &[("count", &count.to_string())]),
            PackError::NoCases => t(PackMsg::ErrNoCases),
            PackError::NotJson { line, column } => f(
                PackMsg::ErrNotJson,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            PackError::NotPack => t(PackMsg::ErrNotPack),
            PackError::FromFuture { schema } => f(PackMsg::ErrFromFuture, &[("schema", &schema.to_string())]),
            PackError::BadSchema => t(PackMsg::ErrBadSchema),
            PackError::BadName => t(PackMsg::ErrBadName),
            PackError::UnknownField { name } => f(PackMsg::ErrUnknownField, &[("name", name)]),
            PackError::MissingField { name } => f(PackMsg::ErrMissingField, &[("name", name)]),
            PackError::MissingLanguage { locale } => {
                f(PackMsg::ErrMissingLanguage, &[("language", language_name(*locale, l))])
            }
            PackError::WrongType { expected } => {
                let name = match expected {
                    Expected::Text => PackMsg::TypeText,
                    Expected::Bool => PackMsg::TypeBool,
                    Expected::Number => PackMsg::TypeNumber,
                    Expected::List => PackMsg::TypeList,
                    Expected::Object => PackMsg::TypeObject,
                };
                f(PackMsg::ErrWrongType, &[("expected", name.text(l))])
            }
            PackError::UnknownValue { value } => f(PackMsg::ErrUnknownValue, &[("value", value)]),
            PackError::UnknownFact { value } => f(PackMsg::ErrUnknownFact, &[("value", value)]),
            PackError::Unreadable { detail } => f(PackMsg::ErrUnreadable, &[("detail", detail)]),
            PackError::DuplicateId => t(PackMsg::ErrDuplicateId),
            PackError::IdInBank => t(PackMsg::ErrIdInBank),
            PackError::IdInPack { pack } => f(PackMsg::ErrIdInPack, &[("pack", pack)]),
            PackError::UnknownTerm { id } => f(PackMsg::ErrUnknownTerm, &[("id", id)]),
            PackError::Content(issue) => issue.text(l),
        }
    }
}

impl ContentIssue {
    /// Types one of `validate_case`'s English messages.
    pub fn parse(message: &str) -> ContentIssue {
        let fixed = [
            ("must be lowercase letters, digits and dashes", ContentIssue::IdFormat),
            ("name at least one audience track", ContentIssue::NoTrack),
            (
                "name each language the case is written in, once",
                ContentIssue::Languages,
            ),
            (
                "the Arabic text contains no Arabic script",
                ContentIssue::NoArabicScript,
            ),
            (
                "the French text is a copy of the English text",
                ContentIssue::FrenchCopy,
            ),
            ("placeholders differ from the English text", ContentIssue::Placeholders),
            ("give at least one discussion question", ContentIssue::NoDiscussion),
            ("a case needs at least one step", ContentIssue::NoSteps),
            (
                "a step that states facts must state its verdict under both frames",
                ContentIssue::VerdictMissing,
            ),
            ("list at least two different elements", ContentIssue::ElementsOptions),
            (
                "mark at least one sentence as an indicator and leave at least one unmarked",
                ContentIssue::IndicatorsMarks,
            ),
            ("the facts already give this verdict", ContentIssue::WhatIfReached),
            ("this change leaves the facts as they are", ContentIssue::WhatIfNoChange),
            ("differs from what the engine derives", ContentIssue::WhatIfAnswer),
            ("give at least two options", ContentIssue::ActionOptions),
            ("mark at least one option correct", ContentIssue::ActionNoCorrect),
            (
                "several options are correct: set `multiple = true`",
                ContentIssue::ActionMultiple,
            ),
        ];
        if let Some((_, issue)) = fixed.iter().find(|(m, _)| *m == message) {
            return issue.clone();
        }
        if message.ends_with("needs facts (here or in an earlier step)") {
            return ContentIssue::NeedsFacts;
        }
        let verdict = |s: &str| Verdict::ALL.into_iter().find(|v| labels::verdict(*v, Locale::En) == s);
        let frame = |s: &str| Frame::ALL.into_iter().find(|f| labels::frame(*f, Locale::En) == s);
        let element = |s: &str| Element::ALL.into_iter().find(|e| labels::element(*e, Locale::En) == s);
        if let Some(rest) = message.strip_prefix("rests on an open question of law under ") {
            if let Some(frame) = rest.split_once(':').and_then(|(fr, _)| frame(fr)) {
                return ContentIssue::OpenQuestionKey { frame };
            }
        }
        if message.starts_with("the verdict rests on an open question of law")
            || message == "this change leads to an open question of law: its verdict cannot be a key"
        {
            return ContentIssue::WhatIfOpen;
        }
        if message.starts_with("the facts contradict each other") {
            return ContentIssue::FactsContradict;
        }
        // "says {stated} but the facts make it {derived} under {frame}"
        if let Some(rest) = message.strip_prefix("says ") {
            if let Some((stated, rest)) = rest.split_once(" but the facts make it ") {
                if let Some((derived, fr)) = rest.rsplit_once(" under ") {
                    if let (Some(stated), Some(derived), Some(frame)) = (verdict(stated), verdict(derived), frame(fr)) {
                        return ContentIssue::Contradicts { stated, derived, frame };
                    }
                }
            }
        }
        // "{element} is present|absent in the facts under {frame}"
        for (word, present) in [
            (" is present in the facts under ", true),
            (" is absent in the facts under ", false),
        ] {
            if let Some((name, fr)) = message.split_once(word) {
                if let (Some(element), Some(frame)) = (element(name), frame(fr)) {
                    return ContentIssue::ElementKey {
                        element,
                        present,
                        frame,
                    };
                }
            }
        }
        // "{Element:?} is not among the options"
        if let Some(name) = message.strip_suffix(" is not among the options") {
            if let Some(element) = Element::ALL.into_iter().find(|e| format!("{e:?}") == name) {
                return ContentIssue::AnswerNotOption { element };
            }
        }
        if let Some(n) =
            message.strip_prefix("give at least 3 changes of which exactly one reaches the target; the engine finds ")
        {
            if let Ok(found) = n.parse() {
                return ContentIssue::WhatIfOptions { found };
            }
        }
        ContentIssue::Other(message.to_string())
    }

    pub fn text(&self, l: Locale) -> String {
        let t = |m: PackMsg| m.text(l).to_string();
        match self {
            ContentIssue::IdFormat => t(PackMsg::ErrIdFormat),
            ContentIssue::Languages => t(PackMsg::ErrLanguages),
            ContentIssue::NoTrack => t(PackMsg::ErrNoTrack),
            ContentIssue::NoArabicScript => t(PackMsg::ErrNoArabicScript),
            ContentIssue::FrenchCopy => t(PackMsg::ErrFrenchCopy),
            ContentIssue::Placeholders => t(PackMsg::ErrPlaceholders),
            ContentIssue::NoDiscussion => t(PackMsg::ErrNoDiscussion),
            ContentIssue::NoSteps => t(PackMsg::ErrNoSteps),
            ContentIssue::VerdictMissing => t(PackMsg::ErrVerdictMissing),
            ContentIssue::Contradicts { stated, derived, frame } => fill(
                PackMsg::ErrContradicts.text(l),
                &[
                    ("stated", labels::verdict(*stated, l)),
                    ("derived", labels::verdict(*derived, l)),
                    ("frame", labels::frame(*frame, l)),
                ],
            ),
            ContentIssue::NeedsFacts => t(PackMsg::ErrNeedsFacts),
            ContentIssue::ElementsOptions => t(PackMsg::ErrElementsOptions),
            ContentIssue::AnswerNotOption { element } => fill(
                PackMsg::ErrAnswerNotOption.text(l),
                &[("element", labels::element(*element, l))],
            ),
            ContentIssue::ElementKey {
                element,
                present,
                frame,
            } => fill(
                if *present {
                    PackMsg::ErrElementPresent.text(l)
                } else {
                    PackMsg::ErrElementAbsent.text(l)
                },
                &[
                    ("element", labels::element(*element, l)),
                    ("frame", labels::frame(*frame, l)),
                ],
            ),
            ContentIssue::IndicatorsMarks => t(PackMsg::ErrIndicatorsMarks),
            ContentIssue::WhatIfReached => t(PackMsg::ErrWhatIfReached),
            ContentIssue::WhatIfNoChange => t(PackMsg::ErrWhatIfNoChange),
            ContentIssue::WhatIfOptions { found } => {
                fill(PackMsg::ErrWhatIfOptions.text(l), &[("count", &found.to_string())])
            }
            ContentIssue::WhatIfAnswer => t(PackMsg::ErrWhatIfAnswer),
            ContentIssue::ActionOptions => t(PackMsg::ErrActionOptions),
            ContentIssue::ActionNoCorrect => t(PackMsg::ErrActionNoCorrect),
            ContentIssue::ActionMultiple => t(PackMsg::ErrActionMultiple),
            ContentIssue::OpenQuestionKey { frame } => fill(
                PackMsg::ErrOpenQuestionKey.text(l),
                &[("frame", labels::frame(*frame, l))],
            ),
            ContentIssue::WhatIfOpen => t(PackMsg::ErrWhatIfOpen),
            ContentIssue::FactsContradict => t(PackMsg::ErrFactsContradict),
            ContentIssue::Other(message) => message.clone(),
        }
    }
}
