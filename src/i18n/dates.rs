//! Dates and times as the interface writes them, in each language, from a time in milliseconds
//! since the Unix epoch and the device's offset from UTC: "4 December 2026, 21:19",
//! "4 décembre 2026, 21 h 19", «4 دجنبر 2026، 21:19» (the months as Morocco names them), with
//! Western digits in every language. Pure, so it is tested natively; the browser gives the offset.

use super::locale::Locale;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// The months as Moroccan Arabic writes them in official texts and the press.
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

/// A moment as a calendar date and a time of day, in local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl LocalTime {
    /// `ms` since the epoch, seen from a device `offset_minutes` ahead of UTC (Morocco: +60).
    pub fn of(ms: f64, offset_minutes: i32) -> LocalTime {
        let ms = if ms.is_finite() { ms } else { 0.0 };
        let minutes = (ms / 60_000.0).floor() as i64 + i64::from(offset_minutes);
        let days = minutes.div_euclid(1440);
        let of_day = minutes.rem_euclid(1440);
        let (year, month, day) = civil_from_days(days);
        LocalTime {
            year,
            month,
            day,
            hour: (of_day / 60) as u32,
            minute: (of_day % 60) as u32,
        }
    }

    /// `2026-12-04`, for file names.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date and time in the interface's language.
    pub fn written(&self, l: Locale) -> String {
        let month = (self.month.clamp(1, 12) - 1) as usize;
        let (d, y, h, m) = (self.day, self.year, self.hour, self.minute);
        match l {
            Locale::En => format!("{d} {} {y}, {h:02}:{m:02}", MONTHS_EN[month]),
            // French: "21 h 19", with no-break spaces, as French typography writes the hour.
            Locale::Fr => format!("{d}\u{A0}{} {y}, {h}\u{A0}h\u{A0}{m:02}", MONTHS_FR[month]),
            Locale::Ar => format!("{d} {} {y}، {h:02}:{m:02}", MONTHS_AR[month]),
        }
    }
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_written_in_each_language_in_local_time() {
        // 2026-12-04T20:19:00Z, on a device one hour ahead of UTC.
        let t = LocalTime::of(1_796_415_540_000.0, 60);
        assert_eq!((t.year, t.month, t.day, t.hour, t.minute), (2026, 12, 4, 21, 19));
        assert_eq!(t.written(Locale::En), "4 December 2026, 21:19");
        assert_eq!(t.written(Locale::Fr), "4\u{A0}décembre 2026, 21\u{A0}h\u{A0}19");
        assert_eq!(t.written(Locale::Ar), "4 دجنبر 2026، 21:19");
        assert_eq!(t.iso_date(), "2026-12-04");
    }

    #[test]
    fn days_roll_over_at_local_midnight_and_before_the_epoch() {
        assert_eq!(LocalTime::of(0.0, 0).iso_date(), "1970-01-01");
        assert_eq!(LocalTime::of(0.0, -1).iso_date(), "1969-12-31");
        assert_eq!(LocalTime::of(-86_400_000.0, 0).iso_date(), "1969-12-31");
        // 2024-02-29 (a leap day) at 23:30 UTC is already 1 March in Morocco (+60).
        let leap = 1_709_249_400_000.0;
        assert_eq!(LocalTime::of(leap, 0).iso_date(), "2024-02-29");
        assert_eq!(LocalTime::of(leap, 60).iso_date(), "2024-03-01");
        assert_eq!(LocalTime::of(f64::NAN, 0).iso_date(), "1970-01-01");
    }
}
