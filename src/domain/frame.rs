//! The two frames of law every case is analysed under.

use serde::{Deserialize, Serialize};

/// A body of law the engine applies to the facts of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frame {
    /// The UN Trafficking Protocol and Smuggling of Migrants Protocol (Palermo, 2000).
    International,
    /// Moroccan law: Penal Code Art. 448-1 ff. (Law 27-14) and Law 02-03 Art. 52.
    Morocco,
}

impl Frame {
    pub const ALL: [Frame; 2] = [Frame::International, Frame::Morocco];
}
