//! The legal provisions the engine cites; their names in each language live in `i18n::labels`.

use serde::{Deserialize, Serialize};

/// A provision of law the engine relies on for one of its conclusions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Citation {
    /// Trafficking Protocol Art. 3(a): act, means and purpose.
    TraffickingProtocolArt3a,
    /// Trafficking Protocol Art. 3(b): consent irrelevant once a means is used.
    TraffickingProtocolArt3b,
    /// Trafficking Protocol Art. 3(c): a child needs no means.
    TraffickingProtocolArt3c,
    /// Trafficking Protocol Art. 3(d): a child is anyone under 18.
    TraffickingProtocolArt3d,
    /// Smuggling Protocol Art. 3(a): procuring illegal entry for a benefit.
    SmugglingProtocolArt3a,
    /// Smuggling Protocol Art. 6(1)(b): fraudulent documents.
    SmugglingProtocolArt6_1b,
    /// Smuggling Protocol Art. 6(3): aggravating circumstances.
    SmugglingProtocolArt6_3,
    /// Smuggling Protocol Art. 5: migrants are not liable for having been smuggled.
    SmugglingProtocolArt5,
    /// Penal Code Art. 448-1, added by Law 27-14: the definition of trafficking.
    PenalCodeArt448_1,
    /// Law 02-03 Art. 52: organising or facilitating clandestine entry or exit, free or paid.
    Law0203Art52,
}
