//! The three effects the last paragraph (¶4) of Penal Code Art. 448-1 asks of exploitation.
//!
//! Exploitation "can be invoked only when it has the effect of alienating the person's will and
//! depriving them of the freedom to change their situation and harming their dignity, by whatever
//! means, even if they received consideration or pay" (domain-facts.md §4 [24][98]). It is a
//! restriction, not a widening: three limbs joined by « et … et ». Whether courts read the limbs
//! as cumulative, and how ¶4 (an *effect*) sits with ¶1–2 (a *purpose*), is unverified, so the
//! engine treats an unmet threshold as a question for a court, never as settled.

use serde::{Deserialize, Serialize};

/// One limb of the ¶4 threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThresholdLimb {
    /// The exploitation alienated the person's will.
    WillAlienated,
    /// It deprived them of the freedom to change their situation.
    NoFreedomToChange,
    /// It harmed their dignity.
    DignityHarmed,
}

impl ThresholdLimb {
    pub const ALL: [ThresholdLimb; 3] = [
        ThresholdLimb::WillAlienated,
        ThresholdLimb::NoFreedomToChange,
        ThresholdLimb::DignityHarmed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ThresholdLimb::WillAlienated => "will-alienated",
            ThresholdLimb::NoFreedomToChange => "no-freedom-to-change",
            ThresholdLimb::DignityHarmed => "dignity-harmed",
        }
    }
}
