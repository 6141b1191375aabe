//! JUnit XML, which most CI systems show as test results: a test suite per model, a test case
//! per rule and subject; a violation is a `failure`, an accepted one `skipped`, an unknown an
//! `error`. A model that could not be checked is a suite with one case in `error`.

use super::invocation::Invocation;
use super::parts::{accepted_line, finding_text, subject_of};
use crate::check::Report;
use crate::lang::Lang;
use crate::verdict::Status;

/// Text fit for XML: the five special characters escaped, and any character XML 1.0 cannot
/// hold left out.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The JUnit XML of one `toets check`: a suite per model it checked, and a suite with one
/// `error` per model it could not check, listing its problems.
pub fn junit(reports: &[Report], invocation: &Invocation<'_>) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
    let count = |status: Status, accepted: bool| {
        reports
            .iter()
            .flat_map(|r| &r.verdicts)
            .filter(|v| v.status == status && v.accepted.is_some() == accepted)
            .count()
    };
    let rejected = invocation.rejected.len();
    let tests: usize = reports.iter().map(|r| r.verdicts.len()).sum::<usize>() + rejected;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"toets\" tests=\"{tests}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
        count(Status::Violated, false),
        count(Status::Unknown, false) + rejected,
        count(Status::Violated, true),
    ));
    for report in reports {
        suite(&mut out, report);
    }
    not_checked(&mut out, invocation, lang);
    out.push_str("</testsuites>\n");
    out
}

/// A suite per model that could not be checked: one test case, `invalid-model`, in error, its
/// problems one per line as `path:line:column: code: message`.
fn not_checked(out: &mut String, invocation: &Invocation<'_>, lang: Lang) {
    let problems = invocation.problems(lang);
    for rejected in invocation.rejected {
        let path = &rejected.file.path;
        let lines: Vec<String> = problems
            .iter()
            .filter(|p| p.path == path.as_str())
            .map(|p| format!("{}:{}:{}: {}: {}", p.path, p.line, p.column, p.code, p.text))
            .collect();
        let message = rejected.summary(lang);
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    <testcase classname=\"{}\" name=\"invalid-model\">\n      <error type=\"invalid-model\" message=\"{}\">{}</error>\n    </testcase>\n  </testsuite>\n",
            xml(path),
            xml(path),
            xml(&message),
            xml(&lines.join("\n")),
        ));
    }
}

fn suite(out: &mut String, report: &Report) {
    let failures = report
        .verdicts
        .iter()
        .filter(|v| v.status == Status::Violated && v.accepted.is_none())
        .count();
    let s = &report.summary;
    out.push_str(&format!(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{}\" skipped=\"{}\">\n",
        xml(&format!("{}: {}", report.model, report.title)),
        report.verdicts.len(),
        s.unknown,
        s.accepted,
    ));
    for verdict in &report.verdicts {
        let name = xml(&format!("{} {}", verdict.rule, subject_of(verdict)));
        let class = xml(&format!("{}.{}", report.model, verdict.rule));
        let text = xml(&finding_text(verdict, report.lang));
        out.push_str(&format!(
            "    <testcase classname=\"{class}\" name=\"{name}\""
        ));
        match (verdict.status, accepted_line(verdict, report.lang)) {
            (Status::Holds, _) => out.push_str("/>\n"),
            (Status::Violated, Some(accepted)) => out.push_str(&format!(
                ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                xml(&accepted)
            )),
            (Status::Violated, None) => out.push_str(&format!(
                ">\n      <failure type=\"violated\" message=\"{text}\">{text}</failure>\n    </testcase>\n"
            )),
            (Status::Unknown, _) => out.push_str(&format!(
                ">\n      <error type=\"unknown\" message=\"{text}\">{text}</error>\n    </testcase>\n"
            )),
        }
    }
    out.push_str("  </testsuite>\n");
}
