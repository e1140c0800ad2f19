//! The two offences the app teaches to tell apart.

/// An offence the engine finds established or not, under either frame of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Offence {
    Trafficking,
    Smuggling,
}

impl Offence {
    pub const ALL: [Offence; 2] = [Offence::Trafficking, Offence::Smuggling];
}
