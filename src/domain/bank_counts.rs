//! The counts of the bank that `make content-check` prints, so that whoever changes the bank sees
//! what it now holds: cases per track, verdicts under each frame, attempts, cases where the two
//! frames part, open questions of law, and how many cases carry a review trail.

use super::analysis::analyse;
use super::case::{SourceCase, Track};
use super::facts::Facts;
use super::frame::Frame;
use super::stage::Stage;
use super::verdict::Verdict;
use std::collections::BTreeMap;

/// What the bank holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BankCounts {
    pub cases: usize,
    pub steps_with_facts: usize,
    pub per_track: Vec<(Track, usize)>,
    /// The verdict of each case's final facts, per frame ([`Frame::ALL`] order).
    pub final_verdicts: [Vec<(Verdict, usize)>; 2],
    /// Cases with a step whose facts show an attempt (trafficking, an entry, an exit or the
    /// person's own crossing tried and stopped).
    pub cases_with_attempt: usize,
    pub steps_with_attempt: usize,
    /// Cases whose final verdicts differ between the frames, and cases with any step where they do.
    pub frames_differ_final: usize,
    pub frames_differ_any_step: usize,
    /// Steps, and cases, where an offence rests on an open question, per frame.
    pub open_steps: [usize; 2],
    pub open_cases: usize,
    /// Cases with a review trail, and the dates of the reviews with how many cases each.
    pub reviewed: usize,
    pub review_dates: Vec<(String, usize)>,
}

/// Whether the facts show something tried and stopped.
pub fn shows_attempt(f: &Facts) -> bool {
    f.trafficking_stage == Stage::Attempted
        || f.illegal_entry == Some(Stage::Attempted)
        || f.moroccan_entry == Some(Stage::Attempted)
        || f.moroccan_exit == Some(Stage::Attempted)
        || f.own_crossing_attempted
}

fn is_open(f: &Facts, frame: Frame) -> bool {
    let a = analyse(f, frame);
    a.trafficking.status.open().is_some() || a.smuggling.status.open().is_some() || a.verdict_if_open.is_some()
}

impl BankCounts {
    pub fn of(cases: &[SourceCase]) -> BankCounts {
        let mut c = BankCounts {
            cases: cases.len(),
            ..Default::default()
        };
        c.per_track = Track::ALL
            .iter()
            .map(|t| (*t, cases.iter().filter(|x| x.tracks.contains(t)).count()))
            .collect();
        let mut finals: [BTreeMap<Verdict, usize>; 2] = Default::default();
        let mut dates: BTreeMap<String, usize> = BTreeMap::new();
        for case in cases {
            let steps: Vec<&Facts> = case.steps.iter().filter_map(|s| s.facts.as_ref()).collect();
            c.steps_with_facts += steps.len();
            let attempts = steps.iter().filter(|f| shows_attempt(f)).count();
            c.steps_with_attempt += attempts;
            c.cases_with_attempt += usize::from(attempts > 0);
            let differs = |f: &Facts| analyse(f, Frame::International).verdict != analyse(f, Frame::Morocco).verdict;
            c.frames_differ_any_step += usize::from(steps.iter().any(|f| differs(f)));
            if let Some(f) = case.final_facts() {
                c.frames_differ_final += usize::from(differs(f));
                for (i, frame) in Frame::ALL.iter().enumerate() {
                    *finals[i].entry(analyse(f, *frame).verdict).or_default() += 1;
                }
            }
            let mut open_here = false;
            for (i, frame) in Frame::ALL.iter().enumerate() {
                let n = steps.iter().filter(|f| is_open(f, *frame)).count();
                c.open_steps[i] += n;
                open_here |= n > 0;
            }
            c.open_cases += usize::from(open_here);
            if let Some(r) = &case.review {
                c.reviewed += 1;
                *dates.entry(r.date.clone()).or_default() += 1;
            }
        }
        c.final_verdicts = finals.map(|m| {
            Verdict::ALL
                .iter()
                .map(|v| (*v, m.get(v).copied().unwrap_or(0)))
                .collect()
        });
        c.review_dates = dates.into_iter().collect();
        c
    }

    /// The counts as lines of text, for the command line.
    pub fn lines(&self) -> Vec<String> {
        let list = |items: Vec<String>| items.join(", ");
        let mut out = vec![format!(
            "bank: {} cases, {} steps with facts",
            self.cases, self.steps_with_facts
        )];
        out.push(format!(
            "  per track: {}",
            list(
                self.per_track
                    .iter()
                    .map(|(t, n)| format!("{} {n}", t.code()))
                    .collect()
            )
        ));
        for (i, frame) in Frame::ALL.iter().enumerate() {
            let name = match frame {
                Frame::International => "international",
                Frame::Morocco => "morocco",
            };
            out.push(format!(
                "  final verdict, {name}: {}",
                list(
                    self.final_verdicts[i]
                        .iter()
                        .map(|(v, n)| format!("{} {n}", verdict_code(*v)))
                        .collect()
                )
            ));
        }
        out.push(format!(
            "  attempts: {} cases ({} steps) show something tried and stopped",
            self.cases_with_attempt, self.steps_with_attempt
        ));
        out.push(format!(
            "  frames differ in verdict: {} cases at the end, {} cases at some step",
            self.frames_differ_final, self.frames_differ_any_step
        ));
        out.push(format!(
            "  open questions of law: {} cases; {} steps under the Protocols, {} under Moroccan law",
            self.open_cases, self.open_steps[0], self.open_steps[1]
        ));
        let dates = if self.review_dates.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                list(self.review_dates.iter().map(|(d, n)| format!("{d}: {n}")).collect())
            )
        };
        out.push(format!(
            "  reviewed against the brief: {} of {} cases{dates}",
            self.reviewed, self.cases
        ));
        out
    }
}

fn verdict_code(v: Verdict) -> &'static str {
    match v {
        Verdict::Trafficking => "trafficking",
        Verdict::Smuggling => "smuggling",
        Verdict::Both => "both",
        Verdict::Neither => "neither",
    }
}
