//! GitLab's Code Quality report (a JSON array of issues, each with `description`,
//! `check_name`, `fingerprint`, `severity` and `location`), which a merge request shows beside
//! the lines of the model. A violation is `major`, an unknown `minor`, an accepted violation
//! `info`; what holds is no issue.

use super::parts::{accepted_line, finding_place, finding_text, subject_of};
use crate::check::Report;
use crate::verdict::Status;

/// A fingerprint that stays the same for the same finding across runs and machines (64-bit
/// FNV-1a of model, rule and subject, in hex): GitLab matches issues between runs by it.
fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The Code Quality report of several models.
pub fn gitlab(reports: &[Report]) -> String {
    let mut issues = Vec::new();
    for report in reports {
        for verdict in &report.verdicts {
            let severity = match (verdict.status, &verdict.accepted) {
                (Status::Holds, _) => continue,
                (Status::Violated, Some(_)) => "info",
                (Status::Violated, None) => "major",
                (Status::Unknown, _) => "minor",
            };
            let (path, line, _) = finding_place(report, verdict);
            let subject = subject_of(verdict);
            let mut description = format!(
                "{} ({subject}): {}",
                verdict.rule,
                finding_text(verdict, report.lang)
            );
            if let Some(accepted) = accepted_line(verdict, report.lang) {
                description = format!("{description} [{accepted}]");
            }
            issues.push(serde_json::json!({
                "description": description,
                "check_name": verdict.rule,
                "fingerprint": fingerprint(&format!("{}:{}:{subject}", report.model, verdict.rule)),
                "severity": severity,
                "location": { "path": path, "lines": { "begin": line } }
            }));
        }
    }
    let mut out = serde_json::to_string_pretty(&issues).expect("issues serialise");
    out.push('\n');
    out
}
