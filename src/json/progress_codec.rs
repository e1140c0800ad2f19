//! How the browser app reads and writes progress: the same names and the same omissions as the
//! serde derives on the progress types (`tests/json_codec.rs` checks the two agree), so progress
//! saved by any earlier build reads back.

use super::value::Json;
use super::{object, ToJson};
use crate::domain::audience::Audience;
use crate::domain::progress::{Attempt, Preferences, Progress, StepRecord};
use crate::from_json_struct;

from_json_struct!(StepRecord {
    step,
    chosen,
    confidence,
    score,
    answered_at
});
from_json_struct!(Attempt {
    id,
    case_id,
    case_version,
    content_version,
    step_count,
    started_at,
    steps
});
from_json_struct!(Preferences { locale, discreet = default, large_text = default, high_contrast = default, certificate_name = default, audience = default, full_reasoning = default, updated_at = default });
// The learner's audience, as its kebab-case code (the serde derive's names).
crate::kebab_enum! { Audience { CivilSociety, Justice, Health, LawEnforcement, Learning } }
from_json_struct!(Progress { attempts = default, preferences = default });

impl ToJson for StepRecord {
    fn to_json(&self) -> Json {
        let mut members = vec![("step", self.step.to_json()), ("chosen", self.chosen.to_json())];
        if let Some(confidence) = self.confidence {
            members.push(("confidence", confidence.to_json()));
        }
        members.push(("score", self.score.to_json()));
        members.push(("answered_at", self.answered_at.to_json()));
        object(members)
    }
}

impl ToJson for Attempt {
    fn to_json(&self) -> Json {
        object(vec![
            ("id", self.id.to_json()),
            ("case_id", self.case_id.to_json()),
            ("case_version", self.case_version.to_json()),
            ("content_version", self.content_version.to_json()),
            ("step_count", self.step_count.to_json()),
            ("started_at", self.started_at.to_json()),
            ("steps", self.steps.to_json()),
        ])
    }
}

impl ToJson for Preferences {
    fn to_json(&self) -> Json {
        let mut members = Vec::new();
        if let Some(locale) = self.locale {
            members.push(("locale", locale.to_json()));
        }
        members.push(("discreet", self.discreet.to_json()));
        members.push(("large_text", self.large_text.to_json()));
        members.push(("high_contrast", self.high_contrast.to_json()));
        if !self.certificate_name.is_empty() {
            members.push(("certificate_name", self.certificate_name.to_json()));
        }
        if let Some(audience) = self.audience {
            members.push(("audience", audience.to_json()));
        }
        members.push(("full_reasoning", self.full_reasoning.to_json()));
        members.push(("updated_at", self.updated_at.to_json()));
        object(members)
    }
}

impl ToJson for Progress {
    fn to_json(&self) -> Json {
        object(vec![
            ("attempts", self.attempts.to_json()),
            ("preferences", self.preferences.to_json()),
        ])
    }
}
