//! GitLab's Code Quality report (a JSON array of issues, each with `description`,
//! `check_name`, `fingerprint`, `severity` and `location`), which a merge request shows beside
//! the lines of the model. A violation is `major`, an unknown `minor`, an accepted violation
//! `info`; what holds is no issue. A model that could not be checked gives a `blocker` per
//! problem.

use super::invocation::Invocation;
use super::parts::{accepted_line, finding_place, finding_text, subject_of};
use crate::check::Report;
use crate::lang::Lang;
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

/// The Code Quality report of one `toets check`: the findings of the models it checked, and
/// a `blocker` per problem of a model it could not check.
pub fn gitlab(reports: &[Report], invocation: &Invocation<'_>) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
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
                "fingerprint": fingerprint(&format!("{}:{}:{subject}", invocation.path(&report.model), verdict.rule)),
                "severity": severity,
                "location": { "path": invocation.path(path), "lines": { "begin": line } }
            }));
        }
    }
    for problem in invocation.problems(lang) {
        let path = invocation.path(problem.path);
        issues.push(serde_json::json!({
            "description": format!("{}: {}", problem.code, problem.text),
            "check_name": "invalid-model",
            "fingerprint": fingerprint(&format!("{path}:{}:{}:{}", problem.line, problem.column, problem.code)),
            "severity": "blocker",
            "location": { "path": path, "lines": { "begin": problem.line } }
        }));
    }
    let mut out = serde_json::to_string_pretty(&issues).expect("issues serialise");
    out.push('\n');
    out
}
