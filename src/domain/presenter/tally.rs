//! The session summary: the room's show of hands on each question of a show, kept as counts only
//! (no participant is ever named), with the share of the votes that went to a right answer, and
//! the same as CSV for the organisers' report.

use serde::{Deserialize, Serialize};

/// The votes recorded on one step of the show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct StepVotes {
    /// The case's id, so the summary is read against the right case even if the deck changes.
    pub case_id: String,
    pub step: usize,
    /// Raised hands per option.
    pub votes: Vec<u32>,
    /// Members a newer version stored that this one does not know (a step's votes are kept with
    /// the deck), kept as they were.
    #[serde(flatten)]
    pub unknown: std::collections::BTreeMap<String, serde_json::Value>,
}

/// The most steps a summary keeps (a long workshop has a few dozen).
pub const MAX_TALLY: usize = 500;

/// Records the votes of a step, replacing what an earlier visit of the same step recorded; a step
/// left without votes keeps what it had.
pub fn record(tally: &mut Vec<StepVotes>, case_id: &str, step: usize, votes: &[u32]) {
    if votes.iter().all(|v| *v == 0) {
        return;
    }
    let entry = StepVotes {
        case_id: case_id.to_string(),
        step,
        votes: votes.to_vec(),
        unknown: Default::default(),
    };
    match tally.iter().position(|t| t.case_id == case_id && t.step == step) {
        Some(i) => tally[i] = entry,
        None if tally.len() < MAX_TALLY => tally.push(entry),
        None => {}
    }
}

/// The share of the votes cast that went to a right option, in percent (rounded); `None` with no vote.
pub fn right_share(votes: &[u32], correct: &[usize]) -> Option<u8> {
    let total: u64 = votes.iter().map(|v| u64::from(*v)).sum();
    if total == 0 {
        return None;
    }
    let right: u64 = correct
        .iter()
        .filter_map(|i| votes.get(*i))
        .map(|v| u64::from(*v))
        .sum();
    Some(((right * 100 + total / 2) / total).min(100) as u8)
}

/// One question of the summary, as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub case_title: String,
    pub step: usize,
    pub prompt: String,
    /// Each option's letter, its votes and whether it is a right answer.
    pub options: Vec<(String, u32, bool)>,
}

/// The summary as CSV (RFC 4180: comma-separated, fields quoted, CRLF line ends), one line per
/// option; the header in the trainer's language is given by `header`.
pub fn summary_csv(rows: &[SummaryRow], header: [&str; 6]) -> String {
    let field = |text: &str| {
        // A field a spreadsheet would read as a formula is prefixed, so opening the file runs nothing.
        let text = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text.to_string()
        };
        format!("\"{}\"", text.replace('"', "\"\""))
    };
    let mut out = header.iter().map(|h| field(h)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in rows {
        for (letter, votes, right) in &row.options {
            let line = [
                field(&row.case_title),
                (row.step + 1).to_string(),
                field(&row.prompt),
                field(letter),
                votes.to_string(),
                if *right { "1".into() } else { "0".into() },
            ];
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revisited_step_keeps_its_latest_votes_and_an_empty_visit_keeps_the_old() {
        let mut tally = Vec::new();
        record(&mut tally, "a", 0, &[2, 1]);
        record(&mut tally, "a", 0, &[]);
        assert_eq!(tally[0].votes, [2, 1]);
        record(&mut tally, "a", 0, &[0, 3]);
        assert_eq!((tally.len(), tally[0].votes.clone()), (1, vec![0, 3]));
    }

    #[test]
    fn the_right_share_counts_votes_on_any_right_option() {
        assert_eq!(right_share(&[3, 1, 0, 0], &[0]), Some(75));
        assert_eq!(right_share(&[1, 1, 1], &[0, 2]), Some(67));
        assert_eq!(right_share(&[0, 0], &[0]), None);
        assert_eq!(right_share(&[u32::MAX, u32::MAX], &[0, 1]), Some(100));
    }

    #[test]
    fn the_csv_quotes_fields_and_disarms_formulas() {
        let rows = [SummaryRow {
            case_title: "Le \"devoir\" familial".into(),
            step: 0,
            prompt: "=HYPERLINK(\"x\")".into(),
            options: vec![("A".into(), 3, true), ("B".into(), 0, false)],
        }];
        let csv = summary_csv(&rows, ["Cas", "Étape", "Question", "Option", "Votes", "Juste"]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[1],
            "\"Le \"\"devoir\"\" familial\",1,\"'=HYPERLINK(\"\"x\"\")\",\"A\",3,1"
        );
        assert_eq!(lines.len(), 4, "header, two options, and the final line end");
    }
}
