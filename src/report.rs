//! Stage 7: reports for people (text) and for machines (JSON).
//!
//! Both are deterministic: verdicts come in rule order and, within a rule, in model order;
//! nothing depends on time, hash order, threads or the terminal.

use crate::check::Report;
use crate::rules;
use crate::verdict::{Detail, Status, Verdict};
use std::fmt::Write as _;

/// The text report of one model.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", report.model, report.title);
    let mut family = None;
    for rule in rules::ALL {
        if family != Some(rule.family) {
            family = Some(rule.family);
            let _ = writeln!(out, "\n{}", rule.family.title());
        }
        let mut verdicts = report
            .verdicts
            .iter()
            .filter(|v| v.rule == rule.id)
            .peekable();
        if verdicts.peek().is_none() {
            // A rule with no subject in this model is said to have nothing to check, so that
            // a missing verdict is never read as a pass.
            let _ = writeln!(
                out,
                "  {:<9} {:<20} nothing to check in this model",
                "-", rule.id
            );
        }
        for verdict in verdicts {
            write_verdict(&mut out, verdict);
        }
    }
    let s = report.summary;
    let _ = writeln!(
        out,
        "\n{} violated, {} hold, {} unknown",
        s.violated, s.holds, s.unknown
    );
    out
}

fn write_verdict(out: &mut String, verdict: &Verdict) {
    let status = match verdict.status {
        Status::Holds => "holds",
        Status::Violated => "VIOLATED",
        Status::Unknown => "unknown",
    };
    let subject = verdict.subject.as_deref().unwrap_or("(model)");
    let _ = writeln!(out, "  {status:<9} {:<20} {subject}", verdict.rule);
    let indent = "            ";
    if let Some(reason) = &verdict.reason {
        let _ = writeln!(out, "{indent}{reason}");
    }
    let Some(counterexample) = &verdict.counterexample else {
        return;
    };
    let _ = writeln!(out, "{indent}{}", counterexample.summary);
    match &counterexample.detail {
        Detail::Vote {
            stream,
            consents,
            refuses,
            absent,
            ..
        } => {
            if let Some(stream) = stream {
                let _ = writeln!(out, "{indent}paid from: {stream}");
            }
            let _ = writeln!(out, "{indent}consents:  {}", rules::list(consents));
            let _ = writeln!(out, "{indent}refuses:   {}", rules::list(refuses));
            if !absent.is_empty() {
                let _ = writeln!(out, "{indent}absent:    {}", rules::list(absent));
            }
        }
        Detail::Path { path, .. } => {
            for step in path {
                let _ = writeln!(
                    out,
                    "{indent}path:      `{}` {} `{}`",
                    step.from, step.relation, step.to
                );
            }
        }
        Detail::Facts { .. } => {}
    }
    for clause in &counterexample.clauses {
        let _ = writeln!(
            out,
            "{indent}clause:    {} — {} ({})",
            clause.element, clause.source, clause.location
        );
    }
}

/// The JSON report of several models: an array with one object per model, in the order given.
pub fn json(reports: &[Report]) -> String {
    let mut out = serde_json::to_string_pretty(reports).expect("reports serialise");
    out.push('\n');
    out
}
