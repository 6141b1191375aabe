//! JUnit XML, which most CI systems show as test results: a test suite per model, a test case
//! per rule and subject; a violation is a `failure`, an accepted one `skipped`, an unknown an
//! `error`.

use super::parts::{accepted_line, finding_text, subject_of};
use crate::check::Report;
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

/// The JUnit XML of several models.
pub fn junit(reports: &[Report]) -> String {
    let count = |status: Status, accepted: bool| {
        reports
            .iter()
            .flat_map(|r| &r.verdicts)
            .filter(|v| v.status == status && v.accepted.is_some() == accepted)
            .count()
    };
    let tests: usize = reports.iter().map(|r| r.verdicts.len()).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"toets\" tests=\"{tests}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
        count(Status::Violated, false),
        count(Status::Unknown, false),
        count(Status::Violated, true),
    ));
    for report in reports {
        suite(&mut out, report);
    }
    out.push_str("</testsuites>\n");
    out
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
