//! Answer weights as Moodle accepts them: only a fixed list of fractions imports without error.

/// A weight in ten-millionths of the full mark (Moodle keeps 7 decimals): `10_000_000` is 100%.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fraction(pub i32);

/// Moodle's grades for an answer (`question_bank::fraction_options_full`, positive half).
pub const MOODLE_FRACTIONS: [i32; 21] = [
    10_000_000, 9_000_000, 8_333_333, 8_000_000, 7_500_000, 7_000_000, 6_666_667, 6_000_000, 5_000_000, 4_000_000,
    3_333_333, 3_000_000, 2_500_000, 2_000_000, 1_666_667, 1_428_571, 1_250_000, 1_111_111, 1_000_000, 500_000, 0,
];

impl Fraction {
    pub const FULL: Fraction = Fraction(10_000_000);
    pub const ZERO: Fraction = Fraction(0);

    pub fn negate(self) -> Fraction {
        Fraction(-self.0)
    }

    /// Whether Moodle imports this weight.
    pub fn is_valid(self) -> bool {
        MOODLE_FRACTIONS.contains(&self.0.abs())
    }

    /// The weight in percent, as GIFT and Moodle XML write it: `100`, `-50`, `33.33333`.
    pub fn percent(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = abs / 100_000;
        let decimals = format!("{:05}", abs % 100_000);
        let decimals = decimals.trim_end_matches('0');
        if decimals.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{decimals}")
        }
    }
}

/// One of `n` equal shares of the full mark: the Moodle fraction nearest to 1/n, never above it
/// by more than rounding (Moodle has no exact share for some `n`, such as 11).
pub fn share(n: usize) -> Fraction {
    if n == 0 {
        return Fraction::ZERO;
    }
    let exact = 10_000_000.0 / n as f64;
    MOODLE_FRACTIONS
        .iter()
        .copied()
        .find(|f| f64::from(*f) <= exact + 1.0)
        .map(Fraction)
        .unwrap_or(Fraction::ZERO)
}
