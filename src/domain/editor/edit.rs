//! The edits a trainer makes to a draft, one at a time, each applied by a pure function so the
//! editor's reducer only dispatches them and a native test can replay a whole writing session.

use super::draft::{blank_option, engine_verdict, Draft};
use crate::domain::case::{Question, Sentence, Step, Topic, Track};
use crate::domain::element::Element;
use crate::domain::facts::{FactChange, FactKey, Facts};
use crate::domain::frame::Frame;
use crate::domain::indicator::Indicator;
use crate::domain::verdict::Verdict;
use crate::i18n::{LocalText, Locale};

/// A text of the case, addressed as the editor shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Title,
    Summary,
    ContentWarning,
    Story(usize),
    Prompt(usize),
    Explanation(usize),
    OptionText(usize, usize),
    OptionFeedback(usize, usize),
    Sentence(usize, usize),
    Point,
    Discussion(usize),
}

impl TextField {
    /// The field's name as the content checks name it (`steps[1].question.prompt`).
    pub fn path(self) -> String {
        match self {
            TextField::Title => "title".into(),
            TextField::Summary => "summary".into(),
            TextField::ContentWarning => "content-warning".into(),
            TextField::Story(s) => format!("steps[{s}].text"),
            TextField::Prompt(s) => format!("steps[{s}].question.prompt"),
            TextField::Explanation(s) => format!("steps[{s}].explanation"),
            TextField::OptionText(s, o) => format!("steps[{s}].question.options[{o}].text"),
            TextField::OptionFeedback(s, o) => format!("steps[{s}].question.options[{o}].feedback"),
            TextField::Sentence(s, o) => format!("steps[{s}].question.sentences[{o}].text"),
            TextField::Point => "trainer.point".into(),
            TextField::Discussion(i) => format!("trainer.questions[{i}]"),
        }
    }

    /// The text in the draft, if the field exists there.
    pub fn get(self, draft: &Draft) -> Option<&LocalText> {
        let case = &draft.case;
        let step = |s: usize| case.steps.get(s);
        match self {
            TextField::Title => Some(&case.title),
            TextField::Summary => Some(&case.summary),
            TextField::ContentWarning => case.content_warning.as_ref(),
            TextField::Story(s) => step(s).map(|st| &st.text),
            TextField::Prompt(s) => step(s).map(|st| st.question.prompt()),
            TextField::Explanation(s) => step(s).map(|st| &st.explanation),
            TextField::OptionText(s, o) | TextField::OptionFeedback(s, o) => match step(s).map(|st| &st.question) {
                Some(Question::Action { options, .. }) => options.get(o).map(|op| {
                    if matches!(self, TextField::OptionText(..)) {
                        &op.text
                    } else {
                        &op.feedback
                    }
                }),
                _ => None,
            },
            TextField::Sentence(s, o) => match step(s).map(|st| &st.question) {
                Some(Question::Indicators { sentences, .. }) => sentences.get(o).map(|x| &x.text),
                _ => None,
            },
            TextField::Point => Some(&case.trainer.point),
            TextField::Discussion(i) => case.trainer.questions.get(i),
        }
    }

    fn get_mut(self, draft: &mut Draft) -> Option<&mut LocalText> {
        let case = &mut draft.case;
        match self {
            TextField::Title => Some(&mut case.title),
            TextField::Summary => Some(&mut case.summary),
            TextField::ContentWarning => case.content_warning.as_mut(),
            TextField::Story(s) => case.steps.get_mut(s).map(|st| &mut st.text),
            TextField::Prompt(s) => case.steps.get_mut(s).map(|st| prompt_mut(&mut st.question)),
            TextField::Explanation(s) => case.steps.get_mut(s).map(|st| &mut st.explanation),
            TextField::OptionText(s, o) | TextField::OptionFeedback(s, o) => {
                match case.steps.get_mut(s).map(|st| &mut st.question) {
                    Some(Question::Action { options, .. }) => options.get_mut(o).map(|op| {
                        if matches!(self, TextField::OptionText(..)) {
                            &mut op.text
                        } else {
                            &mut op.feedback
                        }
                    }),
                    _ => None,
                }
            }
            TextField::Sentence(s, o) => match case.steps.get_mut(s).map(|st| &mut st.question) {
                Some(Question::Indicators { sentences, .. }) => sentences.get_mut(o).map(|x| &mut x.text),
                _ => None,
            },
            TextField::Point => Some(&mut case.trainer.point),
            TextField::Discussion(i) => case.trainer.questions.get_mut(i),
        }
    }
}

fn prompt_mut<T>(question: &mut Question<T>) -> &mut T {
    match question {
        Question::Classify { prompt, .. }
        | Question::Elements { prompt, .. }
        | Question::Action { prompt, .. }
        | Question::Indicators { prompt, .. }
        | Question::WhatIf { prompt, .. } => prompt,
    }
}

/// The kinds of question the bank has, each of which a step may ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    Classify,
    Elements,
    Action,
    Indicators,
    WhatIf,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::Classify,
        QuestionKind::Elements,
        QuestionKind::Action,
        QuestionKind::Indicators,
        QuestionKind::WhatIf,
    ];

    /// The kind as written in case files (`kind = "what-if"`).
    pub fn code(self) -> &'static str {
        match self {
            QuestionKind::Classify => "classify",
            QuestionKind::Elements => "elements",
            QuestionKind::Action => "action",
            QuestionKind::Indicators => "indicators",
            QuestionKind::WhatIf => "what-if",
        }
    }

    pub fn from_code(code: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn of<T>(question: &Question<T>) -> QuestionKind {
        match question {
            Question::Classify { .. } => QuestionKind::Classify,
            Question::Elements { .. } => QuestionKind::Elements,
            Question::Action { .. } => QuestionKind::Action,
            Question::Indicators { .. } => QuestionKind::Indicators,
            Question::WhatIf { .. } => QuestionKind::WhatIf,
        }
    }
}

/// One change to a draft.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftEdit {
    Text {
        field: TextField,
        locale: Locale,
        text: String,
    },
    CaseId(String),
    Track(Track, bool),
    Topic(Topic, bool),
    Language(Locale, bool),
    /// Whether the case shows a content warning.
    Warning(bool),
    AddStep,
    RemoveStep(usize),
    /// Whether the step states its own facts (else it keeps the previous step's).
    OwnFacts(usize, bool),
    Fact {
        step: usize,
        key: FactKey,
        on: bool,
    },
    /// The kind of the step's question; its prompt is kept.
    Kind(usize, QuestionKind),
    Frame(usize, Frame),
    /// The classify key, or the what-if target.
    Verdict(usize, Verdict),
    /// Sets the classify key to what the engine derives from the step's facts.
    UseEngineKey(usize),
    AddOption(usize),
    RemoveOption(usize, usize),
    Correct(usize, usize, bool),
    Multiple(usize, bool),
    /// An element offered by an elements question.
    ElementOption(usize, Element, bool),
    /// The indicator a sentence of an indicators question shows, or none.
    SentenceIndicator(usize, usize, Option<Indicator>),
    /// The change of the facts a what-if option proposes.
    WhatIfOption(usize, usize, FactChange),
    AddDiscussion,
    RemoveDiscussion(usize),
}

/// The facts in force at `step` (its own, or the last stated before it).
pub fn facts_at(draft: &Draft, step: usize) -> Facts {
    draft
        .case
        .effective_facts()
        .get(step)
        .copied()
        .flatten()
        .cloned()
        .unwrap_or_default()
}

/// A new question of `kind` with `prompt`, its key proposed from `facts`.
pub fn new_question(kind: QuestionKind, prompt: LocalText, facts: &Facts) -> Question<LocalText> {
    let frame = Frame::International;
    match kind {
        QuestionKind::Classify => Question::Classify {
            prompt,
            frame,
            answer: engine_verdict(facts, frame).unwrap_or(Verdict::Neither),
        },
        QuestionKind::Elements => Question::Elements {
            prompt,
            frame,
            options: vec![Element::Act, Element::Means, Element::Purpose],
            answer: Vec::new(),
        },
        QuestionKind::Action => Question::Action {
            prompt,
            multiple: false,
            options: vec![blank_option(), blank_option()],
        },
        QuestionKind::Indicators => Question::Indicators {
            prompt,
            sentences: vec![
                Sentence {
                    text: LocalText::default(),
                    indicator: None,
                },
                Sentence {
                    text: LocalText::default(),
                    indicator: None,
                },
            ],
        },
        QuestionKind::WhatIf => {
            let current = engine_verdict(facts, frame).unwrap_or(Verdict::Neither);
            let target = Verdict::ALL
                .into_iter()
                .find(|v| *v != current)
                .unwrap_or(Verdict::Trafficking);
            let change = |fact| FactChange {
                fact,
                set: !facts.has(fact),
            };
            Question::WhatIf {
                prompt,
                frame,
                target,
                options: vec![
                    change(FactKey::Consent),
                    change(FactKey::Child),
                    change(FactKey::Benefit),
                ],
                answer: Vec::new(),
            }
        }
    }
}

impl Draft {
    /// Applies one edit at time `now`; an edit naming a step or option that is not there changes nothing.
    pub fn apply(&mut self, edit: DraftEdit, now: u64) {
        let before = self.clone();
        self.apply_inner(edit);
        if *self != before {
            self.updated = now.max(before.updated + 1);
        }
    }

    fn apply_inner(&mut self, edit: DraftEdit) {
        match edit {
            DraftEdit::Text { field, locale, text } => {
                if let Some(t) = field.get_mut(self) {
                    *t.get_mut(locale) = text;
                }
            }
            DraftEdit::CaseId(id) => self.case.id = id.trim().to_string(),
            DraftEdit::Track(track, on) => {
                self.case.tracks.retain(|t| *t != track);
                if on {
                    self.case.tracks.push(track);
                    self.case.tracks.sort();
                }
            }
            DraftEdit::Topic(topic, on) => {
                self.case.topics.retain(|t| *t != topic);
                if on {
                    self.case.topics.push(topic);
                    self.case.topics.sort();
                }
            }
            DraftEdit::Language(locale, on) => {
                self.case.languages.retain(|l| *l != locale);
                if on {
                    self.case.languages.push(locale);
                }
                self.case.languages.sort();
            }
            DraftEdit::Warning(on) => {
                if !on {
                    self.case.content_warning = None;
                } else if self.case.content_warning.is_none() {
                    self.case.content_warning = Some(LocalText::default());
                }
            }
            DraftEdit::AddStep => {
                let prompt = LocalText::default();
                let facts = self.case.final_facts().cloned().unwrap_or_default();
                self.case.steps.push(Step {
                    text: LocalText::default(),
                    facts: None,
                    verdict: None,
                    question: new_question(QuestionKind::Action, prompt, &facts),
                    explanation: LocalText::default(),
                });
            }
            DraftEdit::RemoveStep(s) => {
                if s < self.case.steps.len() && self.case.steps.len() > 1 {
                    let kept = facts_at(self, s);
                    self.case.steps.remove(s);
                    // The next step keeps the facts it showed.
                    if let Some(next) = self.case.steps.get_mut(s) {
                        if next.facts.is_none() && s == 0 {
                            next.facts = Some(kept);
                        }
                    }
                }
            }
            DraftEdit::OwnFacts(s, own) => {
                let facts = facts_at(self, s);
                if let Some(step) = self.case.steps.get_mut(s) {
                    // The first step always states its facts: there is nothing before it to keep.
                    step.facts = (own || s == 0).then_some(facts);
                    if step.facts.is_none() {
                        step.verdict = None;
                    }
                }
            }
            DraftEdit::Fact { step: s, key, on } => {
                let facts = facts_at(self, s).with(key, on);
                if let Some(step) = self.case.steps.get_mut(s) {
                    step.facts = Some(facts);
                }
            }
            DraftEdit::Kind(s, kind) => {
                let facts = facts_at(self, s);
                if let Some(step) = self.case.steps.get_mut(s) {
                    if QuestionKind::of(&step.question) != kind {
                        let prompt = step.question.prompt().clone();
                        step.question = new_question(kind, prompt, &facts);
                    }
                }
            }
            DraftEdit::Frame(s, to) => {
                if let Some(step) = self.case.steps.get_mut(s) {
                    if let Question::Classify { frame, .. }
                    | Question::Elements { frame, .. }
                    | Question::WhatIf { frame, .. } = &mut step.question
                    {
                        *frame = to;
                    }
                }
            }
            DraftEdit::Verdict(s, verdict) => {
                if let Some(step) = self.case.steps.get_mut(s) {
                    match &mut step.question {
                        Question::Classify { answer, .. } => *answer = verdict,
                        Question::WhatIf { target, .. } => *target = verdict,
                        _ => {}
                    }
                }
            }
            DraftEdit::UseEngineKey(s) => {
                let facts = facts_at(self, s);
                if let Some(Question::Classify { frame, answer, .. }) =
                    self.case.steps.get_mut(s).map(|st| &mut st.question)
                {
                    if let Some(derived) = engine_verdict(&facts, *frame) {
                        *answer = derived;
                    }
                }
            }
            DraftEdit::AddOption(s) => {
                let facts = facts_at(self, s);
                if let Some(step) = self.case.steps.get_mut(s) {
                    match &mut step.question {
                        Question::Action { options, .. } => options.push(blank_option()),
                        Question::Indicators { sentences, .. } => sentences.push(Sentence {
                            text: LocalText::default(),
                            indicator: None,
                        }),
                        Question::WhatIf { options, .. } => {
                            let fact = Facts::all_keys()
                                .into_iter()
                                .find(|k| !options.iter().any(|o| o.fact == *k))
                                .unwrap_or(FactKey::Consent);
                            options.push(FactChange {
                                fact,
                                set: !facts.has(fact),
                            });
                        }
                        _ => {}
                    }
                }
            }
            DraftEdit::RemoveOption(s, o) => {
                if let Some(step) = self.case.steps.get_mut(s) {
                    match &mut step.question {
                        Question::Action { options, .. } if o < options.len() => {
                            options.remove(o);
                        }
                        Question::Indicators { sentences, .. } if o < sentences.len() => {
                            sentences.remove(o);
                        }
                        Question::WhatIf { options, .. } if o < options.len() => {
                            options.remove(o);
                        }
                        _ => {}
                    }
                }
            }
            DraftEdit::Correct(s, o, on) => {
                if let Some(Question::Action { options, .. }) = self.case.steps.get_mut(s).map(|st| &mut st.question) {
                    if let Some(option) = options.get_mut(o) {
                        option.correct = on;
                    }
                }
            }
            DraftEdit::Multiple(s, on) => {
                if let Some(Question::Action { multiple, .. }) = self.case.steps.get_mut(s).map(|st| &mut st.question) {
                    *multiple = on;
                }
            }
            DraftEdit::ElementOption(s, element, on) => {
                if let Some(Question::Elements { options, .. }) = self.case.steps.get_mut(s).map(|st| &mut st.question)
                {
                    options.retain(|e| *e != element);
                    if on {
                        options.push(element);
                        options.sort_by_key(|e| Element::ALL.iter().position(|x| x == e));
                    }
                }
            }
            DraftEdit::SentenceIndicator(s, o, indicator) => {
                if let Some(Question::Indicators { sentences, .. }) =
                    self.case.steps.get_mut(s).map(|st| &mut st.question)
                {
                    if let Some(sentence) = sentences.get_mut(o) {
                        sentence.indicator = indicator;
                    }
                }
            }
            DraftEdit::WhatIfOption(s, o, change) => {
                if let Some(Question::WhatIf { options, .. }) = self.case.steps.get_mut(s).map(|st| &mut st.question) {
                    if let Some(option) = options.get_mut(o) {
                        *option = change;
                    }
                }
            }
            DraftEdit::AddDiscussion => self.case.trainer.questions.push(LocalText::default()),
            DraftEdit::RemoveDiscussion(i) => {
                if i < self.case.trainer.questions.len() {
                    self.case.trainer.questions.remove(i);
                }
            }
        }
    }
}
