//! GitHub Actions workflow commands: an annotation on the model line of each finding
//! (`::error file=…,line=…,col=…,title=…::…`), as a workflow step prints them to annotate a
//! pull request. A violation is an `error`, an accepted one a `notice`, an unknown a `warning`;
//! what holds says nothing. A model that could not be checked gives an `error` per problem.

use super::invocation::Invocation;
use super::parts::{accepted_line, finding_place, finding_text, subject_of};
use crate::check::Report;
use crate::lang::Lang;
use crate::verdict::Status;

/// A value of a workflow command's message, escaped as GitHub documents.
fn message(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property of a workflow command (`file`, `title`), escaped as GitHub documents.
fn property(text: &str) -> String {
    message(text).replace(':', "%3A").replace(',', "%2C")
}

/// The annotations of one `toets check`, one line each: the findings of the models it
/// checked, then the problems of those it could not check (each an `error` on its line).
pub fn github(reports: &[Report], invocation: &Invocation<'_>) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
    let mut out = String::new();
    for report in reports {
        for verdict in &report.verdicts {
            let level = match (verdict.status, &verdict.accepted) {
                (Status::Holds, _) => continue,
                (Status::Violated, Some(_)) => "notice",
                (Status::Violated, None) => "error",
                (Status::Unknown, _) => "warning",
            };
            let (path, line, column) = finding_place(report, verdict);
            let title = format!("toets {}: {}", verdict.rule, subject_of(verdict));
            let mut text = finding_text(verdict, report.lang);
            if let Some(accepted) = accepted_line(verdict, report.lang) {
                text = format!("{accepted}\n{text}");
            }
            out.push_str(&format!(
                "::{level} file={},line={line},col={column},title={}::{}\n",
                property(&invocation.path(path)),
                property(&title),
                message(&text)
            ));
        }
    }
    for problem in invocation.problems(lang) {
        out.push_str(&format!(
            "::error file={},line={},col={},title={}::{}\n",
            property(&invocation.path(problem.path)),
            problem.line,
            problem.column,
            property(&format!("toets invalid-model: {}", problem.code)),
            message(&problem.text)
        ));
    }
    out
}
