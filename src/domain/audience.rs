//! Who the learner says they are, on the first visit: one of the four professional tracks, or
//! someone just learning. It picks the first case and is kept as a preference.

use super::case::Track;
use serde::{Deserialize, Deserializer, Serialize};

/// The learner's answer to "who are you?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    CivilSociety,
    Justice,
    Health,
    LawEnforcement,
    /// No professional track: every case is for them.
    Learning,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::CivilSociety,
        Audience::Justice,
        Audience::Health,
        Audience::LawEnforcement,
        Audience::Learning,
    ];

    /// As written in links (`#/start/<code>`) and in the static home page.
    pub fn code(self) -> &'static str {
        match self {
            Audience::Learning => "learning",
            other => other.track().map(Track::code).unwrap_or_default(),
        }
    }

    pub fn from_code(code: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The track whose cases suit this learner best; `None` for someone just learning.
    pub fn track(self) -> Option<Track> {
        match self {
            Audience::CivilSociety => Some(Track::CivilSociety),
            Audience::Justice => Some(Track::Justice),
            Audience::Health => Some(Track::Health),
            Audience::LawEnforcement => Some(Track::LawEnforcement),
            Audience::Learning => None,
        }
    }
}

/// Reads a stored audience leniently: one this version does not know (written by a newer one)
/// reads as not chosen, rather than making the whole progress unreadable.
pub fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Audience>, D::Error> {
    let code: Option<String> = Option::deserialize(d)?;
    Ok(code.and_then(|c| Audience::from_code(&c)))
}
