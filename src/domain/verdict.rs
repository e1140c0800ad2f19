//! The four possible classifications of a situation.

use serde::{Deserialize, Serialize};

/// What a situation amounts to under one frame of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Trafficking,
    Smuggling,
    Both,
    Neither,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Trafficking,
        Verdict::Smuggling,
        Verdict::Both,
        Verdict::Neither,
    ];

    /// Combines the two findings into one classification.
    pub fn from_findings(trafficking: bool, smuggling: bool) -> Verdict {
        match (trafficking, smuggling) {
            (true, true) => Verdict::Both,
            (true, false) => Verdict::Trafficking,
            (false, true) => Verdict::Smuggling,
            (false, false) => Verdict::Neither,
        }
    }

    pub fn includes_trafficking(self) -> bool {
        matches!(self, Verdict::Trafficking | Verdict::Both)
    }

    pub fn includes_smuggling(self) -> bool {
        matches!(self, Verdict::Smuggling | Verdict::Both)
    }
}
