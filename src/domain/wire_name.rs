//! The name a unit enum variant has in files (serde's `rename_all = "kebab-case"`), read from its
//! serde derive so the name is written in one place only.

use serde::Serialize;

/// The file name of a value that serialises as a string (a unit enum variant).
pub trait WireName {
    /// `AbuseOfPower` is `abuse-of-power`; an empty string for a value that is not a string.
    fn kebab_name(&self) -> String;
}

impl<T: Serialize> WireName for T {
    fn kebab_name(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WireName;
    use crate::domain::facts::Means;

    #[test]
    fn a_variant_has_its_kebab_case_name() {
        assert_eq!(Means::AbuseOfPower.kebab_name(), "abuse-of-power");
        assert_eq!(Means::Threat.kebab_name(), "threat");
    }
}
