//! Stage 7: reports for people (text) and for machines (JSON).
//!
//! Both are deterministic: verdicts come in rule order and, within a rule, in model order;
//! nothing depends on time, hash order, threads or the terminal.

use crate::check::Report;
use crate::lang::{Lang, say};
use crate::rules;
use crate::verdict::{Clause, Detail, Status, Verdict};
use std::fmt::Write as _;

/// The text report of one model, in the report's language.
pub fn text(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", report.model, report.title);
    let mut family = None;
    for rule in rules::ALL {
        if family != Some(rule.family) {
            family = Some(rule.family);
            let _ = writeln!(out, "\n{}", rule.family.title(lang));
        }
        let mut verdicts = report
            .verdicts
            .iter()
            .filter(|v| v.rule == rule.id)
            .peekable();
        if report.not_applied.contains(&rule.id) {
            let _ = writeln!(
                out,
                "  {:<10} {:<20} {}",
                "-",
                rule.id,
                lang.pick(
                    "not applied: `rules` leaves it out",
                    "niet toegepast: `rules` laat hem weg"
                )
            );
            continue;
        }
        if verdicts.peek().is_none() {
            // A rule with no subject in this model is said to have nothing to check, so that
            // a missing verdict is never read as a pass.
            let _ = writeln!(
                out,
                "  {:<10} {:<20} {}",
                "-",
                rule.id,
                lang.pick(
                    "nothing to check in this model",
                    "niets te toetsen in dit model"
                )
            );
        }
        for verdict in verdicts {
            write_verdict(&mut out, verdict, lang);
        }
    }
    let _ = writeln!(out, "\n{}", summary_line(report));
    out
}

/// "2 violated, 9 hold, 0 unknown".
fn summary_line(report: &Report) -> String {
    let crate::check::Summary {
        holds,
        violated,
        unknown,
    } = report.summary;
    say!(
        report.lang,
        "{violated} violated, {holds} hold, {unknown} unknown",
        "{violated} geschonden, {holds} voldaan, {unknown} onbeslist",
    )
}

/// A status as reports print it; a violation stands out.
fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => lang.pick("holds", "voldaan"),
        Status::Violated => lang.pick("VIOLATED", "GESCHONDEN"),
        Status::Unknown => lang.pick("unknown", "onbeslist"),
    }
}

fn write_verdict(out: &mut String, verdict: &Verdict, lang: Lang) {
    let status = status_word(verdict.status, lang);
    let subject = verdict.subject.as_deref().unwrap_or("(model)");
    let _ = writeln!(out, "  {status:<10} {:<20} {subject}", verdict.rule);
    let indent = "             ";
    if let Some(reason) = &verdict.reason {
        let _ = writeln!(out, "{indent}{reason}");
    }
    // What a proof rests on, one line each; a counterexample's clauses, with their lines.
    let rests_on = format!("{}:", lang.pick("rests on", "rust op"));
    for clause in &verdict.rests_on {
        let _ = writeln!(
            out,
            "{indent}{rests_on:<13}{} — {} ({})",
            clause.element, clause.source, clause.location
        );
    }
    for line in power_lines(verdict) {
        let _ = writeln!(out, "{indent}{:<13}{line}", lang.pick("power:", "macht:"));
    }
    let planned = format!("{}:", lang.pick("schedule", "planning"));
    for s in &verdict.schedule {
        let _ = writeln!(
            out,
            "{indent}{planned:<13}`{}` {} – {}",
            s.step, s.start, s.end
        );
    }
    let Some(counterexample) = &verdict.counterexample else {
        return;
    };
    let _ = writeln!(out, "{indent}{}", counterexample.summary);
    for (label, value) in detail_lines(counterexample, lang) {
        let _ = writeln!(out, "{indent}{:<13}{value}", format!("{label}:"));
    }
    for clause in &counterexample.clauses {
        write_clause(out, lang.pick("clause", "bepaling"), clause);
    }
}

/// Each commissioner's voting power, one line each: swings, Banzhaf, Shapley–Shubik.
fn power_lines(verdict: &Verdict) -> Vec<String> {
    verdict
        .power
        .iter()
        .map(|p| {
            format!(
                "`{}` {} {} (Banzhaf {}), Shapley–Shubik {}",
                p.party,
                p.swings,
                if p.swings == "1" { "swing" } else { "swings" },
                p.banzhaf,
                p.shapley_shubik
            )
        })
        .collect()
}

/// A cited element: what it is and its source, then its place in the model file.
fn write_clause(out: &mut String, label: &str, clause: &Clause) {
    let indent = "             ";
    let _ = writeln!(
        out,
        "{indent}{:<13}{} — {}",
        format!("{label}:"),
        clause.element,
        clause.source
    );
    for line in clause.excerpt.lines() {
        let _ = writeln!(out, "{indent}{:<13}{line}", "");
    }
}

/// The lines under a counterexample's summary, as `(label, text)`: the money stream and the
/// vote, or the steps of a chain. Text and Markdown reports both show these, and then the
/// clauses.
fn detail_lines(
    counterexample: &crate::verdict::Counterexample,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    match &counterexample.detail {
        Detail::Vote {
            stream,
            consents,
            refuses,
            absent,
            ..
        } => {
            if let Some(stream) = stream {
                lines.push((lang.pick("paid from", "betaald uit"), stream.to_string()));
            }
            lines.push((
                lang.pick("consents", "stemt in"),
                rules::list(consents, lang),
            ));
            lines.push((lang.pick("refuses", "weigert"), rules::list(refuses, lang)));
            if !absent.is_empty() {
                lines.push((lang.pick("absent", "afwezig"), rules::list(absent, lang)));
            }
        }
        Detail::Power { coalition, .. } => {
            lines.push((
                lang.pick("coalition", "coalitie"),
                rules::list(coalition, lang),
            ));
        }
        Detail::Path { path, .. } => {
            for step in path {
                lines.push((
                    lang.pick("path", "keten"),
                    format!("`{}` {} `{}`", step.from, step.relation, step.to),
                ));
            }
        }
        Detail::Run { missing, done, .. } => {
            lines.push((lang.pick("run", "verloop"), done.join(" → ")));
            lines.push((lang.pick("missing", "ontbreekt"), missing.to_string()));
        }
        Detail::Infeasible { constraints } => {
            for constraint in constraints {
                lines.push((
                    lang.pick("constraint", "voorwaarde"),
                    constraint.text.clone(),
                ));
            }
        }
        // The summary already says every finding, and every amount.
        Detail::Facts { .. } | Detail::Money { .. } => {}
    }
    lines
}

/// The JSON report of several models: an array with one object per model, in the order given.
pub fn json(reports: &[Report]) -> String {
    let mut out = serde_json::to_string_pretty(reports).expect("reports serialise");
    out.push('\n');
    out
}

/// The Markdown report of several models, for a pull-request comment: a table of verdicts per
/// model, and the counterexamples and unknowns in a folded section.
pub fn markdown(reports: &[Report]) -> String {
    let mut out = String::new();
    for report in reports {
        let lang = report.lang;
        let _ = writeln!(
            out,
            "### toets: `{}` — {}\n",
            report.model,
            cell(&report.title)
        );
        let _ = writeln!(out, "**{}**\n", summary_line(report));
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "| | rule | subject | finding |",
                "| | regel | onderwerp | bevinding |"
            )
        );
        let _ = writeln!(out, "|---|---|---|---|");
        for verdict in &report.verdicts {
            let (mark, finding) = match (&verdict.counterexample, &verdict.reason) {
                (Some(cx), _) => ("❌", cell(&cx.summary)),
                (None, Some(reason)) => ("❓", cell(reason)),
                (None, None) => ("✅", status_word(Status::Holds, lang).to_string()),
            };
            let subject = verdict
                .subject
                .as_deref()
                .map_or("(model)".to_string(), |s| format!("`{}`", cell(s)));
            let _ = writeln!(
                out,
                "| {mark} | `{}` | {subject} | {finding} |",
                verdict.rule
            );
        }
        let violations: Vec<&Verdict> = report
            .verdicts
            .iter()
            .filter(|v| v.counterexample.is_some())
            .collect();
        if !violations.is_empty() {
            let _ = writeln!(
                out,
                "\n<details><summary>{}</summary>\n",
                lang.pick("Counterexamples", "Tegenvoorbeelden")
            );
            for verdict in violations {
                let cx = verdict.counterexample.as_ref().expect("filtered");
                let subject = verdict.subject.as_deref().unwrap_or("(model)");
                let _ = writeln!(out, "#### `{}` — `{subject}`\n", verdict.rule);
                let _ = writeln!(out, "{}\n", cx.summary);
                for (label, value) in detail_lines(cx, lang) {
                    let _ = writeln!(out, "- {label}: {value}");
                }
                for line in power_lines(verdict) {
                    let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
                }
                markdown_clauses(&mut out, lang.pick("clause", "bepaling"), &cx.clauses);
                out.push('\n');
            }
            let _ = writeln!(out, "</details>");
        }
        let proofs: Vec<&Verdict> = report
            .verdicts
            .iter()
            .filter(|v| {
                v.counterexample.is_none() && (!v.rests_on.is_empty() || !v.power.is_empty())
            })
            .collect();
        if !proofs.is_empty() {
            let _ = writeln!(
                out,
                "\n<details><summary>{}</summary>\n",
                lang.pick("What the proofs rest on", "Waar de bewijzen op rusten")
            );
            for verdict in proofs {
                let subject = verdict.subject.as_deref().unwrap_or("(model)");
                let _ = writeln!(out, "#### `{}` — `{subject}`\n", verdict.rule);
                markdown_clauses(
                    &mut out,
                    lang.pick("rests on", "rust op"),
                    &verdict.rests_on,
                );
                for line in power_lines(verdict) {
                    let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
                }
                out.push('\n');
            }
            let _ = writeln!(out, "</details>");
        }
        out.push('\n');
    }
    out
}

/// Cited elements as a Markdown list, each with its source and its line in the model.
fn markdown_clauses(out: &mut String, label: &str, clauses: &[Clause]) {
    for clause in clauses {
        let _ = writeln!(
            out,
            "- {label}: {} — {} (`{}`)",
            clause.element, clause.source, clause.location
        );
    }
}

/// Text fit for one cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// `path:line:column` split into its parts.
fn position(location: &str) -> Option<(&str, u64, u64)> {
    let mut parts = location.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line, column))
}

fn physical_location(location: &str, fallback_uri: &str) -> serde_json::Value {
    match position(location) {
        Some((uri, line, column)) => serde_json::json!({
            "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": { "startLine": line, "startColumn": column }
            }
        }),
        None => serde_json::json!({
            "physicalLocation": { "artifactLocation": { "uri": fallback_uri } }
        }),
    }
}

/// The SARIF 2.1.0 log of several models: one run of `toets`, a result per verdict that is
/// violated (level `error`) or unknown (level `warning`), located at the model line of the
/// first clause it rests on, with the other clauses as related locations.
pub fn sarif(reports: &[Report]) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
    let rules: Vec<serde_json::Value> = rules::ALL
        .iter()
        .map(|rule| {
            serde_json::json!({
                "id": rule.id,
                "shortDescription": { "text": rule.title.get(lang) },
                "fullDescription": { "text": rule.explanation_text(lang) },
                "help": {
                    "text": format!("toets explain {}", rule.id),
                    "markdown": rule.explanation_text(lang),
                },
                "properties": { "family": rule.family.title(lang) }
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for verdict in &report.verdicts {
            let rule_index = rules::ALL
                .iter()
                .position(|r| r.id == verdict.rule)
                .expect("verdicts name registered rules");
            let subject = verdict.subject.as_deref().unwrap_or("(model)");
            let (level, message, locations, related) = match (
                &verdict.counterexample,
                &verdict.reason,
            ) {
                (Some(cx), _) => {
                    let mut clauses = cx.clauses.iter();
                    let first = clauses.next().map_or_else(
                        || physical_location("", &report.model),
                        |c| physical_location(&c.location, &report.model),
                    );
                    let related: Vec<serde_json::Value> = clauses
                        .enumerate()
                        .map(|(i, c)| {
                            let mut location = physical_location(&c.location, &report.model);
                            location["id"] = serde_json::json!(i + 1);
                            location["message"] =
                                serde_json::json!({ "text": format!("{} — {}", c.element, c.source) });
                            location
                        })
                        .collect();
                    ("error", cx.summary.clone(), vec![first], related)
                }
                (None, Some(reason)) => (
                    "warning",
                    format!("unknown for `{subject}`: {reason}"),
                    vec![physical_location("", &report.model)],
                    Vec::new(),
                ),
                (None, None) => continue,
            };
            let mut result = serde_json::json!({
                "ruleId": verdict.rule,
                "ruleIndex": rule_index,
                "level": level,
                "message": { "text": message },
                "locations": locations,
                "partialFingerprints": {
                    "toetsSubject/v1": format!("{}:{}:{subject}", report.model, verdict.rule)
                }
            });
            if !related.is_empty() {
                result["relatedLocations"] = serde_json::Value::Array(related);
            }
            results.push(result);
        }
    }
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "toets",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serialises");
    out.push('\n');
    out
}
